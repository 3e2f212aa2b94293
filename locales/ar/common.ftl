## النماذج (macros.html) وصفحات الأخطاء (مشتركة بين جميع الصفحات).

common-error-summary-title = توجد مشكلة
common-error-prefix = خطأ:
common-field-country = البلد
common-select-country = يُرجى اختيار البلد
common-go-home = الانتقال إلى قائمة المؤتمرات
common-request-reference = الرقم المرجعي للطلب:
common-request-reference-hint = (الحالة { $status }). يُرجى ذكره إذا تواصلتم مع المنظمين.

common-err-sign-in = تسجيل الدخول
common-err-not-found-title = الصفحة غير موجودة
common-err-not-found-text = إذا كتبتم عنوان الصفحة بأنفسكم، فيُرجى التحقق من صحته. وإذا لصقتموه، فيُرجى التأكد من أنكم نسختم العنوان كاملًا.
common-err-forbidden-title = ليس لديكم إذن بالوصول إلى هذه الصفحة
common-err-forbidden-text = يُرجى تسجيل الدخول بحساب يملك إذن الوصول، أو التواصل مع المنظمين.
common-err-csrf-title = انتهت صلاحية النموذج
common-err-csrf-text = حرصًا على أمانكم، تعذّر قبول النموذج. يُرجى الرجوع إلى الصفحة السابقة وإعادة تحميلها ثم إرسال النموذج مجددًا.
common-err-conflict-title = سبقكم شخص آخر إلى تعديل هذا المحتوى
common-err-rate-limited-title = عدد كبير جدًا من المحاولات
common-err-rate-limited-text =
    { $count ->
        [zero] يُرجى المحاولة مجددًا الآن.
        [one] يُرجى الانتظار ثانية واحدة قبل المحاولة مجددًا.
        [two] يُرجى الانتظار ثانيتين قبل المحاولة مجددًا.
        [few] يُرجى الانتظار { $n } ثوانٍ قبل المحاولة مجددًا.
        [many] يُرجى الانتظار { $n } ثانية قبل المحاولة مجددًا.
       *[other] يُرجى الانتظار { $n } ثانية قبل المحاولة مجددًا.
    }
common-err-bad-request-title = يوجد خطأ في الطلب
common-err-too-large-title = حجم ما أرسلتموه كبير جدًا
common-err-too-large-text = يُرجى اختصار النص والمحاولة مجددًا.
common-err-unavailable-title = الخدمة غير متاحة مؤقتًا
common-err-unavailable-text = لم يُحفظ أي شيء: لم يُنفَّذ طلبكم ولو جزئيًا. يُرجى المحاولة مجددًا بعد بضع ثوانٍ. وإذا كنتم ترسلون نموذجًا، فارجعوا باستخدام زر الرجوع في المتصفح، إذ لا يزال ما كتبتموه محفوظًا هناك.
common-err-internal-title = نعتذر، حدث خطأ من جانبنا
common-err-internal-text = يُرجى المحاولة مجددًا بعد قليل. لم يُحفظ أي جزء مما أدخلتموه بصورة ناقصة.
common-conflict-same-moment = عدّل شخص آخر هذا المحتوى في اللحظة نفسها. يُرجى إعادة تحميل الصفحة والتحقق قبل المحاولة مجددًا.
common-conflict-slug-taken = حجز مؤتمر آخر عنوان الويب هذا في اللحظة نفسها. يُرجى اختيار عنوان آخر.
common-conflict-stale-session = حفظ شخص آخر هذه الجلسة بعد أن فتحتموها. يُرجى إعادة تحميل الصفحة للاطلاع على تعديلاته.
