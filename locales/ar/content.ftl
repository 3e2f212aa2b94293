# محتوى المؤتمرات بعدة لغات: لغات المحتوى في الإعدادات، ومحررات الترجمة، ولغة القاعة
# والترجمة الفورية في الصفحات العامة.

content-languages = لغات المحتوى
content-languages-hint = اللغات التي تنشرون بها العنوان والوصف وإشعار الخصوصية ونصوص الجلسات. وتكون اللغة الافتراضية دائمًا من بينها.
content-edit-translations = إدخال النصوص بكل لغة
content-title = الترجمات
content-intro = يُرجى إدخال عنوان المؤتمر ووصفه وإشعار الخصوصية بكل لغة من لغاته. يرى القراء النص بلغتهم متى كان مترجمًا، وباللغة الافتراضية في غير ذلك.
content-choose-languages = اختيار لغات المؤتمر في الإعدادات
content-only-default = ينشر هذا المؤتمر محتواه باللغة الافتراضية فقط.
content-add-languages = إضافة لغات
content-session-gaps = بعض الجلسات لم تُترجم بعد:
content-to-agenda = العودة إلى البرنامج
content-save = حفظ الترجمات
content-default-language = اللغة الافتراضية
content-default-hint = يُعدَّل نص اللغة الافتراضية في نموذج الإعدادات أو في نموذج الجلسة.
content-empty = (فارغ)
content-missing = غير مترجم
content-missing-count = { $count ->
        [zero] لا توجد نصوص ناقصة
        [one] نص واحد ناقص
        [two] نصان ناقصان
        [few] { $n } نصوص ناقصة
        [many] { $n } نصًا ناقصًا
       *[other] { $n } نص ناقص
    }
content-missing-titles = { $count ->
        [zero] لا توجد جلسات بلا عنوان { $language }
        [one] جلسة واحدة بلا عنوان { $language }
        [two] جلستان بلا عنوان { $language }
        [few] { $n } جلسات بلا عنوان { $language }
        [many] { $n } جلسة بلا عنوان { $language }
       *[other] { $n } جلسة بلا عنوان { $language }
    }
content-in-ar = بالعربية
content-in-zh = بالصينية
content-in-en = بالإنجليزية
content-in-fr = بالفرنسية
content-in-ru = بالروسية
content-in-es = بالإسبانية
content-field-title = العنوان
content-field-description = الوصف
content-field-privacy = إشعار الخصوصية
content-field-session-title = عنوان الجلسة
content-field-abstract = الملخص
content-flash-saved = تم حفظ الترجمات.
content-flash-session-saved = تم حفظ لغات الجلسة وترجماتها.
content-session-title = لغات الجلسة وترجماتها
content-session-link = الترجمات
content-floor = لغة القاعة
content-floor-hint = اللغة التي سيتحدث بها معظم المتحدثين في القاعة.
content-floor-unsaid = غير محددة
content-interpretation = الترجمة الفورية المتاحة
content-interpretation-hint = يُرجى تحديد كل لغة تُترجم إليها الجلسة ترجمة فورية.
content-err-floor = يُرجى اختيار إحدى اللغات المدرجة.
content-pub-floor = لغة القاعة:
content-pub-interpretation = الترجمة الفورية:
content-filter-label = الجلسات المترجمة فوريًا إلى
content-filter-any = أي لغة
content-filter-apply = عرض
content-filter-clear = عرض جميع الجلسات
content-filter-none = لا توجد جلسة تُقدَّم فيها ترجمة فورية إلى هذه اللغة: { $language }.
