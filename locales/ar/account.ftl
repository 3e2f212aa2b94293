## تسجيل الدخول، وصفحة الحساب ونماذجها (كلمة المرور، وعنوان البريد الإلكتروني،
## والملف التعريفي العام، وحذف الحساب)، والرسائل التي تعرضها.

acc-field-email = عنوان البريد الإلكتروني
acc-field-password = كلمة المرور
acc-field-your-password = كلمة المرور الخاصة بكم
acc-field-current-password = كلمة المرور الحالية
acc-field-new-password = كلمة المرور الجديدة
acc-field-new-email = عنوان البريد الإلكتروني الجديد
acc-field-name = الاسم الكامل
acc-field-organisation = الجهة (اختياري)
acc-field-zone = منطقتكم الزمنية
acc-field-zone-hint = تُعرض مواعيد الجلسات بتوقيت هذه المنطقة، مثل Asia/Tokyo.

## تسجيل الدخول.

acc-login-title = تسجيل الدخول
acc-login-link-lasts = يظل الرابط صالحًا لمدة 48 ساعة. إذا لم تعثروا على الرسالة أو انتهت صلاحية الرابط:
acc-login-resend-link = اطلبوا رابط تأكيد جديدًا
acc-login-submit = تسجيل الدخول
acc-login-forgotten = هل نسيتم كلمة المرور؟
acc-login-new-here = هل هذه زيارتكم الأولى؟ افتحوا صفحة أحد المؤتمرات وسجّلوا فيه.
acc-login-conferences-link = عرض قائمة المؤتمرات
acc-login-password-missing = يُرجى إدخال كلمة المرور
acc-login-unconfirmed = يُرجى تأكيد عنوان بريدكم الإلكتروني أولًا باتباع الرابط الوارد في الرسالة التي أرسلناها إليكم
acc-login-wrong = عنوان البريد الإلكتروني أو كلمة المرور غير صحيحة
acc-login-signed-in = تم تسجيل دخولكم باسم { $email }.

## صفحة الحساب.

acc-title = حسابكم
acc-conferences-heading = مؤتمراتكم
acc-conferences-none = لم تسجّلوا بعد في أي مؤتمر.
acc-conferences-link = عرض المؤتمرات
acc-details-heading = بياناتكم
acc-email-current-label = عنوان البريد الإلكتروني:
acc-details-submit = حفظ بياناتي
acc-details-saved = تم حفظ بياناتكم.
acc-security-heading = الأمان والبيانات
acc-security-profile = ملفكم التعريفي العام بصفتكم متحدثين
acc-security-download = تنزيل بياناتكم (JSON)
acc-signed-in-heading = الأماكن التي سجّلتم الدخول منها
acc-signed-in-count =
    { $count ->
        [one] أنتم مسجّلو الدخول من هذا المتصفح فقط.
        [two] أنتم مسجّلو الدخول من متصفحين أو جهازين، منهما هذا المتصفح.
        [few] أنتم مسجّلو الدخول من { $n } متصفحات أو أجهزة، منها هذا المتصفح.
        [many] أنتم مسجّلو الدخول من { $n } متصفحًا أو جهازًا، منها هذا المتصفح.
       *[other] أنتم مسجّلو الدخول من { $n } متصفح أو جهاز، منها هذا المتصفح.
    }
acc-sign-out-everywhere-intro = هل فقدتم جهازًا أو استخدمتم حاسوبًا مشتركًا؟ سجّلوا الخروج من جميع الأجهزة، بما فيها هذا المتصفح، ثم يمكنكم تسجيل الدخول هنا من جديد.
acc-sign-out-everywhere = تسجيل الخروج من جميع الأجهزة
acc-zone-unknown = هذه المنطقة الزمنية غير معروفة لدينا؛ لم يُغيَّر ملفكم الشخصي.
acc-zone-saved = أصبحت المنطقة الزمنية في ملفكم الشخصي { $zone }.

## كلمات المرور.

acc-password-title = تغيير كلمة المرور
acc-password-new-title = اختيار كلمة مرور جديدة
acc-password-length-hint = من 10 إلى 128 حرفًا.
acc-password-change-hint = من 10 إلى 128 حرفًا. سيُسجَّل خروجكم من الأجهزة الأخرى.
acc-password-submit = تغيير كلمة المرور
acc-password-new-submit = تعيين كلمة المرور الجديدة
acc-password-ask-new-link = طلب رابط جديد لإعادة التعيين
acc-current-password-missing = يُرجى إدخال كلمة المرور الحالية
acc-current-password-wrong = كلمة المرور الحالية غير صحيحة
acc-password-wrong = كلمة المرور غير صحيحة
acc-password-changed = تم تغيير كلمة المرور، وسُجِّل خروجكم من الأجهزة الأخرى.
acc-reset-title = إعادة تعيين كلمة المرور
acc-reset-intro = أدخلوا عنوان البريد الإلكتروني المرتبط بحسابكم، وسنرسل إليكم رابطًا لاختيار كلمة مرور جديدة.
acc-reset-demo = لا توجد كلمات مرور للحسابات المُنشأة للمسجَّلين الوهميين في العرض التوضيحي إلى أن تُعيَّن بهذه الطريقة.
acc-reset-submit = إرسال رابط إليّ
# $email is already escaped; the markup is part of the message.
acc-reset-sent = إذا كان العنوان <strong>{ $email }</strong> مرتبطًا بحساب، فقد أرسلنا إليه رابطًا لاختيار كلمة مرور جديدة. يصلح الرابط للاستخدام مرة واحدة خلال ساعتين.
acc-reset-back = العودة إلى تسجيل الدخول
acc-reset-done = تم تعيين كلمة المرور الجديدة وتسجيل دخولكم.
acc-reset-link-invalid = رابط إعادة التعيين هذا لم يعد صالحًا (يصلح كل رابط للاستخدام مرة واحدة خلال ساعتين). يُرجى طلب رابط جديد.

## تغيير عنوان البريد الإلكتروني.

acc-email-title = تغيير عنوان البريد الإلكتروني
# $email is already escaped; the markup is part of the message.
acc-email-now = عنوانكم الحالي هو <strong>{ $email }</strong>. سنرسل رابطًا إلى العنوان الجديد، ويتم التغيير عند فتحكم له.
acc-email-submit = إرسال الرابط
acc-email-same = هذا هو عنوان بريدكم الإلكتروني الحالي
acc-email-link-sent = أرسلنا رابطًا إلى { $email }. سيتغيّر عنوانكم عند فتح هذا الرابط.
# $email is already escaped; the markup is part of the message.
acc-email-confirm-lead = سيصبح عنوان البريد الإلكتروني لحسابكم <strong>{ $email }</strong>، وستسجّلون الدخول بعد ذلك بهذا العنوان.
acc-email-confirm-submit = تغيير عنوان بريدي الإلكتروني
acc-email-confirm-not-you = إذا لم تطلبوا هذا التغيير، فأغلقوا هذه الصفحة: لن يحدث شيء دون الضغط على الزر.
acc-email-link-invalid = هذا الرابط لم يعد صالحًا. يصلح كل رابط للاستخدام مرة واحدة خلال 48 ساعة.
acc-email-changed = تم تغيير عنوان بريدكم الإلكتروني.
acc-email-taken = أصبح هذا العنوان تابعًا لحساب آخر، ولذلك لم يُغيَّر عنوانكم.

## حذف الحساب.

acc-delete-title = حذف الحساب
acc-delete-intro = يؤدي ذلك إلى إلغاء تسجيلاتكم (وتنتقل مقاعدكم إلى المدرجين في قوائم الانتظار) وإلى حذف بياناتكم الشخصية: الاسم، وعنوان البريد الإلكتروني، والجهة، وكلمة المرور، واشتراكات التقويم، وجميع الرسائل المحفوظة الموجهة إليكم. ولا يمكن التراجع عن ذلك.
acc-delete-download-first = قد ترغبون في تنزيل بياناتكم أولًا.
acc-delete-what-stays = ما يبقى لا يرتبط بكم: تسجيلاتكم في صورة سجلات مجهولة الهوية (البلد والحالة والتواريخ) لأغراض الإحصاءات لدى المنظمين، وقيود سجل التغييرات لدى المنظمين بعد استبدال اسمكم وعنوان بريدكم الإلكتروني بعبارة «مستخدم محذوف» ورقم عشوائي.
acc-delete-password-hint = للتأكد من أنكم صاحب الحساب.
acc-delete-submit = حذف حسابي
acc-delete-password-missing = يُرجى إدخال كلمة المرور لحذف حسابكم
acc-deleted-heading = تم حذف حسابكم
acc-deleted-removed = حذفنا اسمكم، وعنوان بريدكم الإلكتروني، وجهتكم، وكلمة المرور، واشتراكات التقويم، وجميع الرسائل المحفوظة الموجهة إليكم.
acc-deleted-stays = ما يبقى لا يرتبط بكم:
acc-deleted-stays-registrations = تسجيلاتكم في صورة سجلات مجهولة الهوية (البلد والحالة والتواريخ)، يحتاج إليها المنظمون لإحصاءاتهم؛
acc-deleted-stays-log = قيود سجل التغييرات لدى المنظمين، بعد استبدال اسمكم وعنوان بريدكم الإلكتروني بعبارة «مستخدم محذوف» ورقم عشوائي.
acc-deleted-mailbox = تبقى الرسائل التي أرسلناها إليكم سابقًا في صندوق بريدكم، ولا يمكننا حذفها.
acc-deleted-conferences-link = الانتقال إلى قائمة المؤتمرات

## الملف التعريفي العام للمتحدث.

acc-profile-own-heading = ملفكم التعريفي العام
acc-profile-lead = يُعرض في صفحات الجلسات، وفي صفحة خاصة به، وفي ملفات برنامج المؤتمر — ما دام المربع «عرض هذا الملف التعريفي للعموم» محددًا فقط.
acc-profile-honorific = اللقب التشريفي (اختياري)
acc-profile-honorific-hint = مثل: صاحب السعادة، الدكتور، الأستاذ.
acc-profile-job-title = اللقب أو المنصب (اختياري)
acc-profile-job-title-hint = مثل: وزيرة الثقافة، مدير البحوث.
acc-profile-country-hint = اختياري.
acc-profile-biography = نبذة تعريفية موجزة (اختياري)
acc-profile-biography-hint =
    { $count ->
        [zero] { $n } حرف على الأكثر.
        [one] حرف واحد على الأكثر.
        [two] حرفان على الأكثر.
        [few] { $n } أحرف على الأكثر.
        [many] { $n } حرفًا على الأكثر.
       *[other] { $n } حرف على الأكثر.
    }
acc-profile-consent = عرض هذا الملف التعريفي للعموم
acc-profile-consent-hint = إذا لم يُحدَّد المربع، يظل اسمكم مدرجًا في البرنامج، ولكن لا تُعرض أي بطاقة أو صورة أو صفحة خاصة بكم.
acc-profile-submit = حفظ الملف التعريفي
acc-profile-saved = تم حفظ الملف التعريفي.
acc-photo-heading = الصورة
acc-photo-current = الصورة الحالية
acc-photo-remove = إزالة الصورة
acc-photo-none = لا توجد صورة بعد.
acc-photo-upload-label = تحميل صورة
acc-photo-upload = تحميل الصورة
acc-photo-removed = تمت إزالة الصورة.
acc-photo-saved = تم حفظ الصورة.
