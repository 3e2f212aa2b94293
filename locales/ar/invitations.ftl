## الدعوات الشخصية إلى التسجيل (المسألة 18، البند 4): صفحات المنظمين ورسالة
## التذكير وصفحات الرابط الشخصي.
inv-nav = الدعوات
inv-heading = الدعوات
inv-lead = يتلقى كل من دُعي إلى التسجيل في فئة مقصورة على المدعوين رابطًا شخصيًا. تعرض هذه الصفحة من لم يرد بعد، ويمكنكم منها إرسال التذكيرات وإلغاء الدعوات.
inv-no-category = لا توجد بعد فئة تقبل المشاركين بالدعوة. أنشئوا فئة (طريقة القبول: بالدعوة فقط) قبل دعوة أي شخص.
inv-go-categories = الانتقال إلى الفئات
inv-action-import = استيراد قائمة (CSV)
inv-action-new = دعوة شخص واحد
inv-empty-heading = لم تُوجَّه أي دعوة بعد
inv-empty-text = استوردوا قائمة المدعوين من جدول بيانات، أو ادعوا الأشخاص واحدًا تلو الآخر. يتلقى كل مدعو رسالة بريد إلكتروني فيها رابط شخصي إلى استمارة التسجيل.
inv-summary = عدد المدعوين: { $total }. لم يردّوا: { $open }، سجّلوا: { $registered }، دعوات ملغاة: { $revoked }، دعوات منتهية الصلاحية: { $expired }.
inv-state-open = لم يرد
inv-state-registered = مسجَّل
inv-state-revoked = ملغاة
inv-state-expired = منتهية الصلاحية
inv-when-expires = الرابط صالح حتى { $when }
inv-when-expired = انتهت صلاحية الرابط في { $when }
inv-when-registered = سجّل في { $when }
inv-when-revoked = أُلغيت في { $when }
inv-when-reminded = آخر تذكير: { $when }
inv-filter-state = الحالة
inv-filter-category = الفئة
inv-filter-any-state = كل الحالات
inv-filter-any-category = كل الفئات
inv-filter-apply = تصفية
inv-filter-clear = عرض كل الدعوات
inv-filter-empty = لا توجد دعوة تطابق عوامل التصفية هذه.
inv-col-select = تحديد
inv-col-invitee = المدعو
inv-col-category = الفئة
inv-col-country = البلد
inv-col-language = اللغة
inv-col-state = الحالة
inv-col-actions = الإجراءات
inv-action-revoke = إلغاء
inv-remind-hint = حدّدوا المدعوين الذين لم يسجّلوا وأرسلوا إليهم تذكيرًا. يحمل كل تذكير رابطًا جديدًا صالحًا لمدة 30 يومًا، ويتوقف الرابط السابق عن العمل.
inv-remind-button = إرسال تذكير إلى المدعوين المحدَّدين
inv-remind-none-ticked = حدّدوا مدعوًا واحدًا على الأقل لتذكيره.
inv-remind-done =
    { $count ->
        [zero] لم يُرسَل أي تذكير: فالمدعوون المحدَّدون قد سجّلوا أو أُلغيت دعواتهم.
        [one] أُرسل تذكير واحد.
        [two] أُرسل تذكيران.
        [few] أُرسلت { $n } تذكيرات.
        [many] أُرسل { $n } تذكيرًا.
       *[other] أُرسل { $n } تذكير.
    }
inv-revoke-heading = هل تريدون إلغاء هذه الدعوة؟
inv-revoke-warning = يتوقف الرابط الشخصي عن العمل فورًا. لن يُبلَّغ المدعو بذلك، ولن يكون بإمكانكم دعوة العنوان نفسه مرة أخرى.
inv-revoke-button = إلغاء الدعوة
inv-cancel = تراجع
inv-revoke-done = أُلغيت دعوة { $name }.
inv-revoke-not-open = لم يعد من الممكن إلغاء هذه الدعوة: فقد استُخدمت أو أُلغيت أو انتهت صلاحيتها.
inv-import-heading = استيراد الدعوات
inv-import-lead = يتلقى كل شخص في القائمة رسالة دعوة فيها رابط شخصي. تُفحص القائمة كلها أولًا: فإذا كان في أي سطر خطأ، لا يُحفظ شيء ويُذكر كل خطأ مع رقم سطره.
inv-import-columns = يحمل السطر الأول أسماء الأعمدة: name، email، category، country، organisation، language. البلد هو الرمز المكوّن من حرفين (FR، CN)، واللغة هي ar أو zh أو en أو fr أو ru أو es، أو تُترك فارغة لاعتماد لغة المؤتمر.
inv-import-categories = الفئات التي يمكنكم الدعوة إليها:
inv-import-file = ملف CSV
inv-import-file-hint = محفوظ بتنسيق "CSV UTF-8". عند اختيار ملف، يُتجاهل النص أدناه.
inv-import-text = أو الصقوا القائمة
inv-import-text-hint = مدعو واحد في كل سطر، بعد سطر العناوين.
inv-import-button = فحص الدعوات وإرسالها
inv-import-problems = لم تُستورد القائمة
inv-import-nothing-saved = لم يُحفظ شيء ولم تُرسَل أي رسالة. صحّحوا هذه الأسطر ثم استوردوا القائمة كاملة من جديد.
inv-import-whole-file = الملف بأكمله
inv-import-line = السطر { $line }
inv-import-too-big = الملف كبير جدًا. قسّموا القائمة على عدة ملفات.
inv-import-nothing = اختاروا ملفًا أو الصقوا القائمة.
inv-import-done =
    { $count ->
        [zero] لم تُرسَل أي دعوة.
        [one] أُرسلت دعوة واحدة.
        [two] أُرسلت دعوتان.
        [few] أُرسلت { $n } دعوات.
        [many] أُرسلت { $n } دعوة.
       *[other] أُرسلت { $n } دعوة.
    }
inv-new-heading = دعوة شخص واحد
inv-new-lead = يتلقى الشخص رسالة دعوة فيها رابط شخصي إلى استمارة التسجيل، صالح لمدة 30 يومًا.
inv-new-button = إرسال الدعوة
inv-new-done = أُرسلت الدعوة إلى { $email }.
inv-field-category-missing = اختاروا الفئة التي تدعون إليها.
inv-field-language = لغة الدعوة
inv-field-language-hint = تُكتب الرسالة بهذه اللغة، وتُفتح الاستمارة بها.
inv-field-language-default = لغة المؤتمر
inv-field-language-unknown = اختاروا إحدى اللغات المتاحة.
inv-field-forwarding = السماح بالتمرير
inv-field-forwarding-hint = يمكن عندئذ استخدام الرابط بعنوان بريد إلكتروني آخر (كعنوان زميل يحل محل المدعو). وإلا فلا يُسجَّل به إلا العنوان المدعو.
inv-mail-reminder-subject = تذكير: دعوة إلى التسجيل في { $conference }
inv-link-page-title = دعوتكم — { $conference }
inv-link-heading = سجّلوا بدعوتكم
inv-link-lead = أنتم مدعوون إلى { $conference }، { $dates }.
inv-link-category = ستُسجَّلون بصفة: { $category }
inv-link-email-locked-hint = الدعوة موجهة إلى هذا العنوان، ولا يمكن تغييره.
inv-link-email-forward-hint = يمكنكم التسجيل بعنوان غير العنوان المدعو.
inv-link-email-locked = هذه الدعوة موجهة إلى { $email }. سجّلوا بهذا العنوان.
inv-link-other-address = أُرسلت هذه الدعوة إلى { $invited }، لكنكم مسجّلو الدخول بالعنوان { $email }. سجّلوا الخروج ثم افتحوا الرابط من جديد.
inv-flash-registered = شكرًا لكم: سُجّل تسجيلكم عن طريق الدعوة. تبيّن هذه الصفحة حالة تسجيلكم.
inv-link-used-heading = استُخدمت هذه الدعوة من قبل
inv-link-used-text = يعمل الرابط الشخصي مرة واحدة، وقد تم التسجيل به من قبل. إن كنتم أنتم من سجّل، فسجّلوا الدخول للاطلاع على تسجيلكم.
inv-link-revoked-heading = سُحبت هذه الدعوة
inv-link-revoked-text = سحب المنظمون هذه الدعوة، ولذلك لم يعد الرابط يعمل. إن كنتم ترون أن في ذلك خطأ، فاكتبوا إلى المنظمين.
inv-link-expired-heading = انتهت صلاحية هذه الدعوة
inv-link-expired-text = لم يعد الرابط الشخصي صالحًا. اطلبوا من المنظمين أن يرسلوا إليكم تذكيرًا برابط جديد.
inv-link-unknown-heading = رابط الدعوة هذا لا يعمل
inv-link-unknown-text = الرابط ناقص، أو حلّ محله رابط آخر في رسالة أحدث. افتحوا الرابط الوارد في أحدث رسالة دعوة، أو اطلبوا من المنظمين أن يرسلوا إليكم تذكيرًا.
inv-link-go-mine = مؤتمري
inv-link-go-conference = صفحة المؤتمر
inv-cat-reapprove = التعديل بعد الموافقة يتطلب موافقة جديدة
inv-cat-reapprove-hint = عندما يغيّر مسجَّل حظي بالموافقة اسمه أو بلده أو منظمته، يعود تسجيله إلى قائمة انتظار الموافقة.
