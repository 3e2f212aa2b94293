## استمارة التسجيل، وفئات المشاركين، والموافقة (helper reg-a).
reg-error-prefix = خطأ:{" "}
reg-page-title = التسجيل — { $conference }
reg-heading = التسجيل
reg-lead = { $conference } · { $dates } · عبر الإنترنت
reg-full-notice = اكتمل عدد المقاعد في المؤتمر حاليًا. تُدرج التسجيلات الجديدة في قائمة الانتظار، وتُمنح المقاعد التي تشغر تلقائيًا لأول شخص في القائمة.
reg-signed-in-as = لقد سجّلتم الدخول باسم { $name } ({ $email }).
reg-join-button = التسجيل في هذا المؤتمر
reg-have-account = هل لديكم حساب بالفعل؟
reg-sign-in-link = سجّلوا الدخول للتسجيل بنقرة واحدة.
reg-field-name = الاسم الكامل
reg-field-name-hint = كما تودّون أن يظهر للمشرفين، بأي نظام كتابة.
reg-field-email = عنوان البريد الإلكتروني
reg-field-email-hint = سنرسل إليكم رابطًا لتأكيد تسجيلكم.
reg-country-hint = البلد الذي تمثلونه أو تقيمون فيه.
reg-country-hint-join = البلد الذي تمثلونه أو تقيمون فيه، لأغراض هذا المؤتمر.
reg-field-organization = المنظمة (اختياري)
reg-field-time-zone = منطقتكم الزمنية
reg-field-time-zone-hint = نعرض مواعيد الجلسات بحسب هذه المنطقة. تُملأ تلقائيًا من متصفحكم متى أمكن ذلك.
reg-field-password = أنشئوا كلمة مرور
reg-field-password-hint = من 10 إلى 128 حرفًا. بضع كلمات لا رابط بينها تشكّل كلمة مرور جيدة.
reg-privacy-notice = إشعار الخصوصية
reg-consent-label = لقد اطّلعت على إشعار الخصوصية وأوافق على استخدام بياناتي على النحو المبيّن فيه
reg-consent-missing = يُرجى الموافقة على إشعار الخصوصية لإتمام التسجيل
reg-submit = التسجيل
reg-no-email = سجّلتم ولكن لم تصلكم الرسالة؟
reg-resend-link = إعادة إرسال رابط التأكيد
reg-window-when = { $date } الساعة { $time }
reg-window-opens = يُفتح باب التسجيل في { $when }.
reg-window-closed = أُغلق باب التسجيل في { $when }.
reg-category-legend = بأي صفة تشاركون؟
reg-category-needs-approval = يراجع المنظمون التسجيلات في هذه الفئة.
reg-category-missing = يُرجى تحديد الصفة التي تشاركون بها
reg-flash-already = أنتم مسجّلون بالفعل.
reg-flash-registered = تم تسجيلكم. أُرسل إليكم تأكيد بالبريد الإلكتروني.
reg-flash-waitlisted = اكتمل عدد المقاعد في المؤتمر: أُدرجتم في قائمة الانتظار.
reg-flash-confirm-email = أوشكتم على الانتهاء: يُرجى تأكيد عنوان بريدكم الإلكتروني عبر الرابط الذي أرسلناه إليكم للتو.
reg-flash-awaiting = شكرًا لكم. تسجيلكم الآن في انتظار موافقة المنظمين، وسنراسلكم فور اتخاذهم القرار.
reg-flash-email-confirmed-awaiting = تم تأكيد عنوان بريدكم الإلكتروني. تسجيلكم الآن في انتظار موافقة المنظمين.
reg-yes = نعم
reg-no = لا
## طرق القبول وحالات الموافقة.
reg-admission-open = مفتوح (تأكيد بالبريد الإلكتروني)
reg-admission-approval = بموافقة المنظمين
reg-admission-invitation = بدعوة فقط
reg-approval-awaiting = في انتظار الموافقة
reg-approval-approved = تمت الموافقة
reg-approval-declined = مرفوض
## الإدارة: الفئات.
reg-nav-categories = الفئات
reg-nav-approvals = الموافقات
reg-cat-heading = فئات المشاركين
reg-cat-lead = الصفات التي يشارك بها الأشخاص في هذا المؤتمر، وطريقة قبولهم، والحدود الخاصة بكل فئة إضافة إلى حدود المؤتمر.
reg-cat-new = فئة جديدة
reg-cat-edit-heading = تعديل الفئة
reg-cat-none = لا توجد فئات بعد: يسجّل الجميع بالطريقة نفسها.
reg-cat-col-name = الاسم
reg-cat-col-admission = القبول
reg-cat-col-capacity = السعة
reg-cat-col-quota = لكل بلد
reg-cat-col-listed = في القائمة العامة
reg-cat-col-registrations = التسجيلات
reg-cat-col-actions = الإجراءات
reg-cat-archived-badge = مؤرشفة
reg-cat-archive = أرشفة
reg-cat-restore = استعادة
reg-cat-delete = حذف
reg-cat-field-name = الاسم
reg-cat-field-name-hint = على سبيل المثال «مندوب دولة عضو» أو «مراقب» أو «صحافة».
reg-cat-field-description = الوصف (اختياري)
reg-cat-field-description-hint = يظهر تحت الاسم في استمارة التسجيل.
reg-cat-field-admission = طريقة القبول
reg-cat-field-capacity = السعة (اختياري)
reg-cat-field-capacity-hint = عدد المقاعد في هذه الفئة، إضافة إلى سعة المؤتمر. اتركوا الحقل فارغًا لعدم وضع حد.
reg-cat-field-quota = المقاعد لكل بلد (اختياري)
reg-cat-field-quota-hint = الحد الأقصى لعدد الأشخاص من كل بلد في هذه الفئة. اتركوا الحقل فارغًا لعدم وضع حد.
reg-cat-field-listed = يظهر أعضاء الفئة في القائمة العامة للمشاركين
reg-cat-field-listed-hint = لا يُدرج فيها إلا من يوافق على ذلك.
reg-cat-save = حفظ الفئة
reg-cat-name-missing = يُرجى إدخال اسم الفئة
reg-cat-admission-missing = يُرجى اختيار طريقة القبول
reg-cat-limit-invalid = يُرجى إدخال عدد صحيح لا يقل عن { $min }، أو ترك الحقل فارغًا
reg-cat-created = أُنشئت الفئة «{ $name }».
reg-cat-saved = حُفظت الفئة «{ $name }».
reg-cat-archived = أُرشفت الفئة «{ $name }»: لم تعد معروضة، وتبقى تسجيلاتها على حالها.
reg-cat-restored = استُعيدت الفئة «{ $name }».
reg-cat-deleted = حُذفت الفئة «{ $name }».
reg-cat-delete-refused =
    { $count ->
        [zero] لا يمكن حذف هذه الفئة: فيها { $n } تسجيل. يُرجى أرشفتها بدلًا من ذلك حتى لا تعود معروضة.
        [one] لا يمكن حذف هذه الفئة: فيها تسجيل واحد. يُرجى أرشفتها بدلًا من ذلك حتى لا تعود معروضة.
        [two] لا يمكن حذف هذه الفئة: فيها تسجيلان. يُرجى أرشفتها بدلًا من ذلك حتى لا تعود معروضة.
        [few] لا يمكن حذف هذه الفئة: فيها { $n } تسجيلات. يُرجى أرشفتها بدلًا من ذلك حتى لا تعود معروضة.
        [many] لا يمكن حذف هذه الفئة: فيها { $n } تسجيلًا. يُرجى أرشفتها بدلًا من ذلك حتى لا تعود معروضة.
       *[other] لا يمكن حذف هذه الفئة: فيها { $n } تسجيل. يُرجى أرشفتها بدلًا من ذلك حتى لا تعود معروضة.
    }
## الإدارة: قائمة انتظار الموافقة.
reg-appr-heading = تسجيلات في انتظار الموافقة
reg-appr-heading-declined = التسجيلات المرفوضة
reg-appr-lead = التسجيلات في الفئات التي تتطلب موافقتكم. يُؤكَّد تسجيل من تتم الموافقة عليه، أو يُدرج في قائمة الانتظار إن لم يتوفر مقعد؛ ويمكن الموافقة لاحقًا على تسجيل مرفوض.
reg-appr-show-declined = عرض التسجيلات المرفوضة
reg-appr-show-awaiting = عرض التسجيلات التي تنتظر الموافقة
reg-appr-filter-category = الفئة
reg-appr-filter-country = البلد
reg-appr-filter-all = الكل
reg-appr-filter-apply = تصفية
reg-appr-empty = لا توجد هنا تسجيلات تنتظر قرارًا.
reg-appr-col-select = تحديد
reg-appr-col-name = الاسم
reg-appr-col-category = الفئة
reg-appr-col-country = البلد
reg-appr-col-organization = المنظمة
reg-appr-col-state = القرار
reg-appr-email-unconfirmed = لم يُؤكَّد البريد الإلكتروني بعد
reg-appr-message = رسالة إلى المسجّلين (اختياري)
reg-appr-message-hint = تُدرج في الرسالة التي يتلقاها كل مسجّل محدَّد.
reg-appr-approve = الموافقة على المحدَّد
reg-appr-decline = رفض المحدَّد
reg-appr-choose-decision = يُرجى الاختيار بين الموافقة والرفض.
reg-appr-none-ticked = يُرجى تحديد تسجيل واحد على الأقل.
reg-appr-done = سُجّلت القرارات: المؤكَّدة { $confirmed }، وفي قائمة الانتظار { $waitlisted }، والمرفوضة { $declined }، ودون تغيير { $skipped }.
## البريد.
reg-mail-greeting = السيد/السيدة { $name } المحترم/المحترمة،
reg-mail-signature = Plenary، نيابةً عن منظمي المؤتمر
reg-mail-see-registration = عرض تسجيلي
reg-mail-message-label = رسالة من المنظمين
reg-mail-awaiting-subject = تم استلام التسجيل وهو في انتظار الموافقة: { $conference }
reg-mail-awaiting-body = نشكركم على تأكيد عنوان بريدكم الإلكتروني. أصبح تسجيلكم في «{ $conference }» بصفة «{ $category }» لدى المنظمين، الذين يراجعون كل تسجيل في هذه الفئة. وسنراسلكم فور اتخاذهم القرار.
reg-mail-approved-subject = تمت الموافقة على تسجيلكم: { $conference }
reg-mail-approved-body = وافق منظمو «{ $conference }» على تسجيلكم.
reg-mail-approved-confirmed = تم تأكيد مقعدكم. وستصلكم رسالة منفصلة تتضمن قيد التقويم.
reg-mail-approved-confirm-email = يُرجى تأكيد عنوان بريدكم الإلكتروني عبر الرابط الذي أرسلناه إليكم سابقًا لإتمام تسجيلكم.
reg-mail-approved-waitlisted = اكتمل عدد المقاعد في المؤتمر حاليًا، ولذلك أُدرجتم في قائمة الانتظار. وسنراسلكم فور توفر مقعد لكم.
reg-mail-declined-subject = لم تتم الموافقة على تسجيلكم: { $conference }
reg-mail-declined-body = نأسف لإبلاغكم بأن منظمي «{ $conference }» لم يتمكنوا من الموافقة على تسجيلكم.
## مؤتمري.
reg-me-your-registration = تسجيلكم:
reg-me-awaiting = سجّلتم بصفة «{ $category }». يراجع المنظمون كل تسجيل في هذه الفئة، وسنراسلكم فور اتخاذهم القرار. وإلى ذلك الحين لا يُحجز لكم مقعد ولا يمكنكم اختيار الجلسات.
reg-me-declined = لم يوافق المنظمون على تسجيلكم بصفة «{ $category }». إذا كنتم ترون أن في ذلك خطأً، يُرجى التواصل معهم.
## الدعوات: قراءة ملف CSV.
reg-inv-csv-encoding = الملف ليس نصًا بترميز UTF-8 ابتداءً من هذا السطر. يُرجى حفظه بصيغة «CSV UTF-8» ثم استيراده مجددًا.
reg-inv-csv-unreadable = تتعذر قراءة هذا السطر بصيغة CSV.
reg-inv-csv-missing-columns = تنقص سطرَ العناوين الأعمدةُ التالية: { $columns }.
reg-inv-csv-unknown-category = لا توجد فئة «{ $category }» مفتوحة للدعوات.
reg-inv-csv-unknown-language = «{ $language }» ليست من اللغات المتاحة (ar، zh، en، fr، ru، es).
reg-inv-csv-duplicate = يتكرر العنوان { $email } في الملف أكثر من مرة.
reg-inv-csv-already-invited = سبقت دعوة { $email }.
reg-inv-csv-empty = لا يتضمن الملف أي دعوة.
## الدعوات: الرسالة.
reg-inv-mail-subject = دعوة إلى التسجيل: { $conference }
reg-inv-mail-body = يسرّنا دعوتكم إلى التسجيل في «{ $conference }». يفتح الرابط أدناه استمارة التسجيل المعدّة لكم.
reg-inv-mail-action = سجّلوا الآن
reg-inv-mail-after = هذا الرابط شخصي، ويعمل مرة واحدة، وتنتهي صلاحيته بعد 30 يومًا.
