## أسئلة التسجيل المخصصة (البلاغ 18، البند 2).

## أنواع الأسئلة.
qst-kind-short-text = نص قصير
qst-kind-long-text = نص طويل
qst-kind-single-choice = اختيار واحد
qst-kind-multiple-choice = اختيار متعدد
qst-kind-checkbox = خانة اختيار
qst-kind-country = البلد
qst-kind-date = التاريخ
qst-kind-organisation = المنظمة أو الوفد

## الإجابات في استمارات المسجلين.
qst-answer-required = يُرجى الإجابة عن هذا السؤال.
qst-answer-choose-required = يُرجى اختيار إجابة.
qst-answer-tick-required = يُرجى تحديد هذه الخانة للمتابعة.
qst-answer-choice-invalid = يُرجى اختيار إحدى الإجابات المعروضة.
qst-answer-date-invalid = يُرجى إدخال تاريخ صحيح، مثل 2026-12-03.
qst-answer-yes = نعم
qst-optional-note = (اختياري)
qst-only-for = يُطرح على الفئات التالية فقط: { $categories }.

## مؤتمري.
qst-me-heading = إجاباتكم عن أسئلة المنظمين
qst-me-lead = يمكنكم تعديل إجاباتكم في أي وقت قبل انعقاد المؤتمر.
qst-me-none = ليس لدى المنظمين أسئلة موجهة إليكم.
qst-me-nothing-yet = لم تجيبوا عن أي سؤال بعد.
qst-me-change = تعديل إجاباتكم
qst-me-save = حفظ إجاباتكم
qst-me-saved = حُفظت إجاباتكم.
qst-me-saved-reapproval = حُفظت إجاباتكم. ونظرًا إلى تغيّرها، يعود تسجيلكم إلى انتظار موافقة المنظمين.
qst-cancel = إلغاء
qst-back = العودة إلى الأسئلة

## لوحة الإدارة: القائمة.
qst-nav = الأسئلة
qst-heading = أسئلة التسجيل
qst-lead = الأسئلة المطروحة في استمارة التسجيل بهذا الترتيب. يمكن طرح السؤال على الجميع أو على بعض فئات المشاركين فقط.
qst-new = سؤال جديد
qst-none = لا توجد أسئلة بعد.
qst-none-hint = أضيفوا سؤالًا لتسألوا المسجلين مثلًا عن اللقب أو الوفد أو لغة الترجمة الشفوية التي يحتاجونها.
qst-col-question = السؤال
qst-col-kind = النوع
qst-col-asked-of = يُطرح على
qst-col-required = إلزامي
qst-col-moderators = مرئي لمديري الجلسات
qst-col-answers = الإجابات
qst-col-actions = الإجراءات
qst-asked-of-everyone = الجميع
qst-archived-badge = مؤرشف
qst-move-up = إلى الأعلى
qst-move-down = إلى الأسفل
qst-move-up-label = نقل «{ $label }» إلى الأعلى
qst-move-down-label = نقل «{ $label }» إلى الأسفل
qst-archive = أرشفة
qst-restore = استعادة
qst-delete = حذف
qst-archive-explained = لا يُطرح السؤال المؤرشف بعد الآن؛ وتبقى الإجابات المقدَّمة في التسجيلات وجدولها وملف CSV.
qst-flash-created = أُضيف السؤال «{ $label }».
qst-flash-saved = حُفظ السؤال «{ $label }».
qst-flash-archived = أُرشف السؤال «{ $label }»: لم يعد يُطرح.
qst-flash-restored = استُعيد السؤال «{ $label }»: أصبح يُطرح من جديد.
qst-flash-deleted = حُذف السؤال «{ $label }».

## لوحة الإدارة: الحذف.
qst-delete-heading = هل تريدون حذف هذا السؤال؟
qst-delete-warning = لم يُجب أحد عن هذا السؤال بعد. لا يمكن التراجع عن الحذف.
qst-delete-confirm = نعم، احذفوا السؤال
qst-archive-instead = أرشفته بدلًا من ذلك
qst-delete-refused =
    { $count ->
        [zero] لا يمكن حذف هذا السؤال: أجاب عنه { $n } مسجل. يُرجى أرشفته بدلًا من ذلك؛ وتُحفظ الإجابات.
        [one] لا يمكن حذف هذا السؤال: أجاب عنه مسجل واحد. يُرجى أرشفته بدلًا من ذلك؛ وتُحفظ إجابته.
        [two] لا يمكن حذف هذا السؤال: أجاب عنه مسجلان. يُرجى أرشفته بدلًا من ذلك؛ وتُحفظ إجابتاهما.
        [few] لا يمكن حذف هذا السؤال: أجاب عنه { $n } مسجلين. يُرجى أرشفته بدلًا من ذلك؛ وتُحفظ إجاباتهم.
        [many] لا يمكن حذف هذا السؤال: أجاب عنه { $n } مسجلًا. يُرجى أرشفته بدلًا من ذلك؛ وتُحفظ إجاباتهم.
       *[other] لا يمكن حذف هذا السؤال: أجاب عنه { $n } مسجل. يُرجى أرشفته بدلًا من ذلك؛ وتُحفظ إجاباتهم.
    }

## لوحة الإدارة: الاستمارة.
qst-edit-heading = تعديل السؤال
qst-field-label = السؤال
qst-field-label-hint = كما سيقرؤه المسجلون، مثل «ما لغة الترجمة الشفوية التي تحتاجونها؟»
qst-field-help = نص إرشادي
qst-field-help-hint = يظهر تحت السؤال. اختياري.
qst-field-kind = نوع الإجابة
qst-kind-fixed = لا يمكن تغيير نوع الإجابة بعد إنشاء السؤال. يُرجى أرشفته وإضافة سؤال جديد بدلًا من ذلك.
qst-field-choices = الخيارات
qst-field-choices-new-hint = لأسئلة الاختيار الواحد أو المتعدد فقط.
qst-field-choice = الخيار { $n }
qst-field-choice-archived = مؤرشف (لم يعد معروضًا)
qst-choices-keep-answers = إعادة تسمية خيار أو أرشفته تُبقي الإجابات المقدَّمة كما هي.
qst-field-new-choices = خيارات جديدة
qst-field-new-choices-hint = خيار واحد في كل سطر.
qst-field-required = يجب على المسجلين الإجابة
qst-field-required-hint = إذا كانت خانة اختيار، فيجب تحديدها.
qst-field-moderators = مرئي لمديري الجلسات
qst-field-moderators-hint = يرى مديرو الجلسات الإجابات في قائمة الحضور لجلساتهم، مثل احتياجات إتاحة الوصول.
qst-field-categories = يُطرح على
qst-field-categories-hint = لا تحددوا أي فئة لطرح السؤال على الجميع.
qst-save = حفظ السؤال
qst-kind-missing = يُرجى اختيار نوع الإجابة.
qst-label-missing = يُرجى إدخال السؤال.
qst-choice-label-missing = يُرجى إدخال الخيار أو أرشفته.
qst-choices-missing = يُرجى إدخال خيار واحد على الأقل.
qst-choices-duplicate = يجب أن يختلف كل خيار عن الآخر.

## الإجابات في لوحة الإدارة وقائمة الحضور.
qst-detail-heading = الإجابات عن الأسئلة
qst-detail-archived = (سؤال مؤرشف)
qst-filter-any = أي إجابة
qst-roster-answers = الإجابات
qst-choice-archived-note = (مؤرشف)
