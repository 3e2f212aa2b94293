## لوحة الإدارة، الجزء الثاني (إعدادات المؤتمر، الهوية البصرية، الفيديو، جدول الأعمال،
## الجلسات) وصفحات مديري الجلسات والمتحدثين. تبدأ المفاتيح بـ orgb-.

orgb-error-prefix = خطأ:
orgb-cancelled = ملغاة
orgb-save = حفظ
orgb-cancel = إلغاء
orgb-edit = تعديل
orgb-delete = حذف
orgb-duplicate = نسخ
orgb-reinstate = إعادة
orgb-no-go-back = لا، العودة
orgb-no-keep-it = لا، الإبقاء عليها
orgb-you = (أنتم)
orgb-minutes-short = { $minutes } دقيقة

## Moderators' and speakers' pages

orgb-mod-profile-link = عدّلوا ملفكم التعريفي العام
orgb-mod-profile-after = (اللقب، والوظيفة، والصورة، والسيرة الذاتية) الذي يظهر في صفحات جلساتكم.
orgb-mod-none = لا تديرون أي جلسة ولا تتحدثون في أي جلسة حتى الآن.
orgb-mod-none-more = عندما يضيفكم منظمو مؤتمر ما إلى جلسة بصفة مدير للجلسة أو متحدث، تظهر هنا مع موعدها بحسب منطقتكم الزمنية، وترتيب الكلمات، ورابط الاجتماع الخاص بالمضيفين. لمتابعة الجلسات بصفة مشارك، انتقلوا إلى
orgb-mod-none-link = قائمة المؤتمرات
orgb-zone-current = تُعرض الأوقات بحسب المنطقة الزمنية { $zone }.
orgb-zone-label = عرض الأوقات بحسب المنطقة الزمنية
orgb-zone-button = تغيير المنطقة الزمنية
orgb-mod-session-link = صفحة الجلسة وترتيب الكلمات
orgb-roster = قائمة الحضور
orgb-mod-session-title = { $title } — جلستي
orgb-when-your-time = الموعد (بتوقيتكم، { $zone })
orgb-moderator = مدير الجلسة
orgb-open-roster = فتح قائمة الحضور
orgb-public-session-page = الصفحة العامة للجلسة
orgb-run-of-show = ترتيب الكلمات
orgb-no-speakers = لا يوجد متحدثون في هذه الجلسة.
orgb-run-of-show-intro = حددوا الترتيب الذي يأخذ به المتحدثون الكلمة (1 هو الأول)، وإن شئتم عدد الدقائق المخصصة لكل منهم.
orgb-run-of-show-caption-edit = المتحدثون وترتيبهم ومدة كلماتهم
orgb-run-of-show-caption = المتحدثون بحسب ترتيب الكلمات
orgb-col-speaker = المتحدث
orgb-col-position = الترتيب
orgb-col-slot-optional = المدة (بالدقائق، اختيارية)
orgb-col-order = الترتيب
orgb-col-slot = المدة
orgb-position-of = ترتيب { $name }
orgb-slot-of = مدة كلمة { $name } بالدقائق
orgb-save-run-of-show = حفظ ترتيب الكلمات
orgb-host-open = فتح الاجتماع
orgb-host-open-note = (رابط لمديري الجلسات والمتحدثين)
orgb-host-opens-at = يظهر رابط الاجتماع الخاص بالمضيفين في { $when }.
orgb-host-ended = انتهت هذه الجلسة.

## Attendees by country

orgb-cc-heading = الحضور بحسب البلد
orgb-nobody-enrolled = لم يسجَّل أحد في هذه الجلسة بعد.
orgb-cc-summary = { $enrolled } من { $countries }؛
orgb-cc-enrolled =
    { $count ->
        [zero] لا مسجلين
        [one] مسجل واحد
        [two] مسجلان
        [few] { $n } مسجلين
        [many] { $n } مسجلًا
       *[other] { $n } مسجل
    }
orgb-cc-countries =
    { $count ->
        [zero] أي بلد
        [one] بلد واحد
        [two] بلدين
        [few] { $n } بلدان
        [many] { $n } بلدًا
       *[other] { $n } بلد
    }
orgb-cc-joined =
    { $count ->
        [zero] ولم ينضم أحد.
        [one] انضم منهم واحد.
        [two] انضم منهم اثنان.
        [few] انضم منهم { $n }.
        [many] انضم منهم { $n }.
       *[other] انضم منهم { $n }.
    }
orgb-cc-joined-short =
    { $count ->
        [zero] لم ينضم أحد
        [one] منضم واحد
        [two] منضمان
        [few] { $n } منضمين
        [many] { $n } منضمًا
       *[other] { $n } منضم
    }
orgb-cc-chart-all = المنضمون / المسجلون: الأشرطة الداكنة للمنضمين، والفاتحة للمسجلين. جميع البلدان مدرجة في الجدول أدناه.
orgb-cc-chart-partial =
    { $count ->
        [zero] المنضمون / المسجلون: الأشرطة الداكنة للمنضمين، والفاتحة للمسجلين. جميع البلدان مدرجة في الجدول أدناه.
        [one] المنضمون / المسجلون في البلد الأكثر حضورًا: الأشرطة الداكنة للمنضمين، والفاتحة للمسجلين. جميع البلدان مدرجة في الجدول أدناه.
        [two] المنضمون / المسجلون في البلدين الأكثر حضورًا: الأشرطة الداكنة للمنضمين، والفاتحة للمسجلين. جميع البلدان مدرجة في الجدول أدناه.
        [few] المنضمون / المسجلون في البلدان الـ{ $n } الأكثر حضورًا: الأشرطة الداكنة للمنضمين، والفاتحة للمسجلين. جميع البلدان مدرجة في الجدول أدناه.
        [many] المنضمون / المسجلون في البلدان الـ{ $n } الأكثر حضورًا: الأشرطة الداكنة للمنضمين، والفاتحة للمسجلين. جميع البلدان مدرجة في الجدول أدناه.
       *[other] المنضمون / المسجلون في البلدان الـ{ $n } الأكثر حضورًا: الأشرطة الداكنة للمنضمين، والفاتحة للمسجلين. جميع البلدان مدرجة في الجدول أدناه.
    }
orgb-cc-caption = الحضور المسجلون والمنضمون بحسب البلد
orgb-col-country = البلد
orgb-col-enrolled = المسجلون
orgb-col-joined = المنضمون
orgb-col-total = المجموع

## Roster

orgb-roster-title = قائمة الحضور — { $title }
orgb-undo = تراجع
orgb-times-in = الأوقات بحسب { $zone }
orgb-roster-read-only = يطلع المنظمون المتحدثين في الجلسة على هذه القائمة. وهي للاطلاع فقط: لا يسجل الحضور إلا مديرو الجلسات.
orgb-roster-filter-label = تصفية قائمة الحضور
orgb-search = بحث
orgb-search-hint = الاسم أو المنظمة أو عنوان البريد الإلكتروني
orgb-all-countries = جميع البلدان
orgb-attendance = الحضور
orgb-everyone = الجميع
orgb-not-joined = لم ينضم
orgb-sort-by = الترتيب بحسب
orgb-sort-name = الاسم
orgb-sort-joined = وقت الانضمام، الأسبق أولًا
orgb-sort-joined-latest = وقت الانضمام، الأحدث أولًا
orgb-apply = تطبيق
orgb-clear = مسح
orgb-refresh = تحديث
orgb-download-csv = تنزيل بصيغة CSV
orgb-download-csv-hidden = للصفوف المعروضة
orgb-print = طباعة
orgb-roster-showing = عرض { $matching } من أصل { $enrolled }
orgb-roster-of-them-joined =
    { $count ->
        [zero] (لم ينضم أحد منهم).
        [one] (انضم منهم واحد).
        [two] (انضم منهم اثنان).
        [few] (انضم منهم { $n }).
        [many] (انضم منهم { $n }).
       *[other] (انضم منهم { $n }).
    }
orgb-roster-waitlisted =
    { $count ->
        [zero] لا أحد على قائمة انتظار الجلسة.
        [one] شخص آخر على قائمة انتظار الجلسة.
        [two] شخصان آخران على قائمة انتظار الجلسة.
        [few] { $n } أشخاص آخرين على قائمة انتظار الجلسة.
        [many] { $n } شخصًا آخر على قائمة انتظار الجلسة.
       *[other] { $n } شخص آخر على قائمة انتظار الجلسة.
    }
orgb-roster-updated = آخر تحديث في { $time }.
orgb-roster-no-match = لا أحد يطابق عوامل التصفية هذه.
orgb-roster-caption = الحضور
orgb-roster-caption-filtered = الحضور المطابقون لعوامل التصفية
orgb-range-of = { $range } من أصل { $total }
orgb-rows-of = الصفوف { $range } من أصل { $total }
orgb-col-organisation = المنظمة
orgb-col-registration = التسجيل
orgb-col-check-in = تسجيل الحضور
orgb-checked-in-by-hand = (سجّل حضوره مدير الجلسة)
orgb-present-minutes =
    { $count ->
        [zero] حاضر { $n } دقيقة
        [one] حاضر دقيقة واحدة
        [two] حاضر دقيقتين
        [few] حاضر { $n } دقائق
        [many] حاضر { $n } دقيقة
       *[other] حاضر { $n } دقيقة
    }
orgb-mark-absent = تسجيل الغياب
orgb-mark-present = تسجيل الحضور
orgb-roster-pages = صفحات قائمة الحضور
orgb-roster-no-rows = لا توجد صفوف في هذه الصفحة.
orgb-previous-page = الصفحة السابقة
orgb-next-page = الصفحة التالية

## Back office: conferences

orgb-create-conference = إنشاء مؤتمر
orgb-no-conferences = لا تديرون أي مؤتمر حتى الآن.
orgb-create-first = أنشئوا المؤتمر الأول.
orgb-your-conferences = مؤتمراتكم
orgb-col-conference = المؤتمر
orgb-col-dates = التواريخ
orgb-col-status = الحالة
orgb-published = منشور
orgb-draft = مسودة
orgb-overview-title = { $title } — لوحة الإدارة
orgb-capacity-n = السعة { $n }
orgb-stat-countries =
    { $count ->
        [zero] بلد (مؤكد)
        [one] بلد (مؤكد)
        [two] بلدان (مؤكدان)
        [few] بلدان (مؤكدة)
        [many] بلدًا (مؤكدًا)
       *[other] بلد (مؤكد)
    }
orgb-stat-sessions =
    { $count ->
        [zero] جلسة
        [one] جلسة
        [two] جلستان
        [few] جلسات
        [many] جلسة
       *[other] جلسة
    }
orgb-is-published = المؤتمر منشور.
orgb-is-draft = المؤتمر مسودة: لا يراه إلا المنظمون.
orgb-publish = نشر
orgb-unpublish = إلغاء النشر
orgb-public-page = الصفحة العامة
orgb-preview-public-page = معاينة الصفحة العامة
orgb-preview-note = (لا يراها إلا المنظمون إلى أن تنشروها)
orgb-not-published = غير منشور
orgb-nav-label = لوحة إدارة المؤتمر
orgb-settings = الإعدادات
orgb-identity-link = الشعار واللافتة ولون التمييز وسطر الاتصال
orgb-field-title = العنوان
orgb-field-slug = عنوان الويب
orgb-field-slug-hint = أحرف لاتينية صغيرة وأرقام وشرطات. يكون المؤتمر على العنوان ‎/c/هذا-العنوان.
orgb-field-description = الوصف
orgb-field-description-hint = Markdown: ‏**غامق**، و[روابط](https://…)، وقوائم. يظهر في صفحة المؤتمر.
orgb-field-starts-on = اليوم الأول
orgb-field-ends-on = اليوم الأخير
orgb-field-time-zone = المنطقة الزمنية للمؤتمر
orgb-field-time-zone-hint = اسم IANA، مثل Europe/Zurich. الأيام والأوقات التي تدخلونها تكون بحسب هذه المنطقة.
orgb-field-opens = بدء التسجيل (اختياري)
orgb-field-opens-hint = بحسب المنطقة الزمنية للمؤتمر. إذا تُرك فارغًا: التسجيل مفتوح الآن.
orgb-field-closes = انتهاء التسجيل (اختياري)
orgb-field-closes-hint = إذا تُرك فارغًا: يبقى التسجيل مفتوحًا إلى أن تغلقوه.
orgb-field-capacity = السعة (اختيارية)
orgb-field-capacity-hint = تُحال التسجيلات الزائدة عليها إلى قائمة الانتظار.
orgb-field-quota = الحد الأقصى لعدد المسجلين من كل بلد (اختياري)
orgb-field-quota-hint = يحافظ على التوازن بين البلدان؛ ويُحال الفائض إلى قائمة الانتظار.
orgb-field-join-lead = عدد الدقائق التي تظهر فيها روابط الانضمام قبل الجلسة
orgb-field-privacy = إشعار الخصوصية
orgb-field-privacy-hint = يوافق عليه المسجلون عند التسجيل.
orgb-field-sender = عنوان الرد على الرسائل (اختياري)
orgb-field-sender-hint = تصل الردود على الإعلانات إلى هذا العنوان (Reply-To).
orgb-field-short-name = الاسم المختصر للرسائل (اختياري)
orgb-field-short-name-hint = يُستهل به موضوع الإعلانات، مثل «[IP & AI 2020] تحديث البرنامج». إذا تُرك فارغًا: العنوان.
orgb-field-speakers-roster = يجوز للمتحدثين الاطلاع على قوائم حضور جلساتهم
orgb-field-speakers-roster-hint = وإلا فلا يرى المتحدثون سوى الأعداد بحسب البلد.
orgb-field-reminders = إرسال تذكيرات بالجلسات إلى الحضور المسجلين
orgb-field-reminder-minutes = عدد الدقائق قبل كل جلسة لإرسال التذكير
orgb-create-the-conference = إنشاء المؤتمر
orgb-save-settings = حفظ الإعدادات
orgb-limits-title = تأكيد الحدود الجديدة — { $title }
orgb-limits-heading =
    { $count ->
        [zero] هل تريدون الترقية من قائمة الانتظار؟
        [one] هل تريدون ترقية شخص واحد من قائمة الانتظار؟
        [two] هل تريدون ترقية شخصين من قائمة الانتظار؟
        [few] هل تريدون ترقية { $n } أشخاص من قائمة الانتظار؟
        [many] هل تريدون ترقية { $n } شخصًا من قائمة الانتظار؟
       *[other] هل تريدون ترقية { $n } شخص من قائمة الانتظار؟
    }
orgb-limits-with = بسعة قدرها { $capacity } وحصة لكل بلد قدرها { $quota }،
orgb-limits-promoted =
    { $count ->
        [zero] لا يحصل أحد من قائمة الانتظار على مقعد.
        [one] يحصل مسجل واحد من قائمة الانتظار على مقعد، بحسب الأسبقية.
        [two] يحصل مسجلان من قائمة الانتظار على مقعدين، بحسب الأسبقية.
        [few] يحصل { $n } مسجلين من قائمة الانتظار على مقاعد، بحسب الأسبقية.
        [many] يحصل { $n } مسجلًا من قائمة الانتظار على مقاعد، بحسب الأسبقية.
       *[other] يحصل { $n } مسجل من قائمة الانتظار على مقاعد، بحسب الأسبقية.
    }
orgb-limits-mailed = تُرسل إلى كل منهم رسالة فورًا؛ ولا يمكن التراجع عن ذلك بخفض الحدود مجددًا.
orgb-limits-yes =
    { $count ->
        [zero] نعم، الحفظ والترقية
        [one] نعم، الحفظ وترقية شخص واحد
        [two] نعم، الحفظ وترقية شخصين
        [few] نعم، الحفظ وترقية { $n } أشخاص
        [many] نعم، الحفظ وترقية { $n } شخصًا
       *[other] نعم، الحفظ وترقية { $n } شخص
    }
orgb-limits-no = لا، العودة إلى الإعدادات
orgb-no-limit = بلا حد
orgb-unpublish-title = إلغاء نشر المؤتمر — { $title }
orgb-unpublish-heading = هل تريدون إلغاء نشر «{ $title }»؟
orgb-unpublish-intro = إلى أن تنشروه مجددًا، سيتلقى الجميع باستثناء منظميه رسالة «غير موجود» عند طلب:
orgb-unpublish-pages = الصفحات العامة: صفحة المؤتمر، وجدول الأعمال، وكل صفحة جلسة، واستمارة التسجيل؛
orgb-unpublish-exports = ملفات التصدير:
orgb-unpublish-feeds = موجزات التقويم التي اشترك فيها الحضور، والروابط الواردة في الرسائل المرسلة سابقًا.
orgb-unpublish-kept = يُحتفظ بالتسجيلات والجلسات المختارة وكل ما في لوحة الإدارة. ويظل بإمكان المنظمين معاينة الصفحات العامة.
orgb-unpublish-yes = نعم، إلغاء النشر
orgb-unpublish-no = لا، الإبقاء عليه منشورًا

## Identity

orgb-identity = الهوية البصرية
orgb-identity-lead = الشعار واللافتة ولون التمييز التي تظهر في الصفحات العامة وفي الرسائل وعلى قوائم الحضور المطبوعة.
orgb-field-accent = لون التمييز (اختياري)
orgb-field-accent-hint = ستة أرقام ست عشرية، مثل ‎#1b4f8f. يجب أن يبلغ التباين 4.5:1 للنص الأبيض على هذا اللون، ولهذا اللون عند استخدامه للروابط في الصفحة.
orgb-field-contact = سطر الاتصال بالمنظمين (اختياري)
orgb-field-contact-hint = يظهر في أسفل الصفحات العامة، مثل «للاستفسار: events@example.org».
orgb-identity-save = حفظ اللون وسطر الاتصال
orgb-identity-current =
    { $field ->
        [logo] الشعار الحالي
       *[banner] اللافتة الحالية
    }
orgb-identity-remove =
    { $field ->
        [logo] إزالة الشعار
       *[banner] إزالة اللافتة
    }
orgb-identity-none =
    { $field ->
        [logo] لا يوجد شعار بعد.
       *[banner] لا توجد لافتة بعد.
    }
orgb-identity-upload-label =
    { $field ->
        [logo] رفع شعار جديد
       *[banner] رفع لافتة جديدة
    }
orgb-identity-upload =
    { $field ->
        [logo] رفع الشعار
       *[banner] رفع اللافتة
    }

## Video

orgb-video-title = الفيديو — { $title }
orgb-video-heading = منصة الفيديو
orgb-video-lead = يستخدم الحضور ومديرو الجلسات والمتحدثون دائمًا رابط الانضمام الخاص بـ Plenary؛ وعند النقر عليه، يوجّه Plenary كل شخص إلى المنصة بالدور المناسب له.
orgb-video-where = مكان انعقاد الجلسات
orgb-field-bbb-url = عنوان الخادم
orgb-field-bbb-url-hint = كما يعرضه الأمر bbb-conf --secret، مثل https://bbb.example.org/bigbluebutton/
orgb-field-bbb-secret = السر المشترك
orgb-secret-saved-hint = هناك سر محفوظ. اتركوا الحقل فارغًا للإبقاء عليه، أو اكتبوا سرًا جديدًا لاستبداله.
orgb-field-checksum = المجموع الاختباري
orgb-checksum-sha256 = SHA-256 (الإصدار 2.5 من BigBlueButton وما بعده)
orgb-checksum-sha1 = SHA-1 (الخوادم الأقدم)
orgb-field-jitsi-domain = النطاق
orgb-field-jitsi-domain-hint = مثل meet.example.org
orgb-field-jitsi-app-id = معرّف التطبيق
orgb-field-jitsi-app-id-hint = الجهة المصدِرة (iss) التي تتوقعها مصادقة الرموز في الخادم
orgb-field-jitsi-secret = سر التطبيق
orgb-video-save = حفظ إعدادات الفيديو
orgb-video-test = اختبار الاتصال
orgb-sessions = الجلسات
orgb-no-sessions = لا توجد جلسات بعد.
orgb-session-video-title = خيارات الفيديو — { $title }
orgb-session-video-heading = خيارات الفيديو لجلسة «{ $title }»
orgb-field-record = تسجيل الاجتماع (BigBlueButton)
orgb-field-stream = عنوان البث
orgb-field-stream-hint = صفحة على YouTube أو PeerTube أو Owncast، أو عنوان HLS: يشاهد البث الحضور الذين يتجاوزون الحد الأقصى
orgb-field-audience-cap = الحد الأقصى لعدد المشاركين في الاجتماع
orgb-field-audience-cap-hint = يوصي BigBlueButton بنحو 100 شخص لكل اجتماع؛ ويمكن للمضيفين الانضمام دائمًا
orgb-back-to-video = العودة إلى إعدادات الفيديو

## Agenda and sessions

orgb-agenda-title = جدول الأعمال — { $title }
orgb-agenda-heading = جدول الأعمال
orgb-agenda-zone = الأوقات بحسب المنطقة الزمنية للمؤتمر، { $zone }.
orgb-add-session = إضافة جلسة
orgb-agenda-empty = لا توجد جلسات بعد. أضيفوا الجلسة الافتتاحية لبدء جدول الأعمال.
orgb-agenda-caption = جلسات يوم { $day }
orgb-col-time = الوقت
orgb-col-session = الجلسة
orgb-col-people = الأشخاص
orgb-col-actions = الإجراءات
orgb-agenda-moderator = مدير الجلسة: { $names }
orgb-agenda-speakers = المتحدثون: { $names }
orgb-conflict-title = عدّل شخص آخر هذه الجلسة — { $title }
orgb-conflict-heading = عدّل شخص آخر هذه الجلسة أثناء تحريركم لها
orgb-conflict-lead = لم يُستبدل أي شيء. قارنوا بين النسختين، ثم أبقوا على نسخته أو احفظوا نسختكم بدلًا منها.
orgb-conflict-theirs = النسخة المحفوظة
orgb-conflict-keep = الإبقاء على النسخة المحفوظة
orgb-conflict-yours = نسختكم
orgb-conflict-save = حفظ نسختي بدلًا منها
orgb-when = الموعد
orgb-track = المسار
orgb-capacity = السعة
orgb-session-add-title = إضافة جلسة — { $title }
orgb-session-edit-title = تعديل جلسة — { $title }
orgb-edit-session = تعديل الجلسة
orgb-times-are-in = الأوقات بحسب { $zone }.
orgb-moderators-and-speakers = مديرو الجلسة والمتحدثون
orgb-field-notify = إذا تغيّر الموعد، إبلاغ الحضور الذين اختاروا هذه الجلسة بالبريد الإلكتروني
orgb-picked-count =
    { $count ->
        [zero] لم يختر أحد هذه الجلسة.
        [one] اختار هذه الجلسة مشارك واحد.
        [two] اختار هذه الجلسة مشاركان.
        [few] اختار هذه الجلسة { $n } مشاركين.
        [many] اختار هذه الجلسة { $n } مشاركًا.
       *[other] اختار هذه الجلسة { $n } مشارك.
    }
orgb-add-the-session = إضافة الجلسة
orgb-save-session = حفظ الجلسة
orgb-field-kind = النوع
orgb-field-abstract = الملخص
orgb-field-day = اليوم
orgb-field-start = تبدأ في
orgb-field-start-hint = بحسب المنطقة الزمنية للمؤتمر.
orgb-field-end = تنتهي في
orgb-field-track = المسار أو القاعة (اختياري)
orgb-field-track-hint = اختاروا قاعة من قاعات هذا المؤتمر أو اكتبوا قاعة جديدة؛ ولا يؤدي اختلاف حالة الأحرف أو المسافات إلى إنشاء قاعة جديدة.
orgb-field-session-capacity-hint = يُحال الحضور الزائدون عليها إلى قائمة انتظار الجلسة.
orgb-field-join-url = رابط انضمام خاص (اختياري)
orgb-field-join-url-hint = لا يظهر إلا للمسجلين المؤكدين، قبيل الجلسة.
orgb-reinstate-title = إعادة جلسة — { $title }
orgb-cancel-title = إلغاء جلسة — { $title }
orgb-reinstate-heading = هل تريدون إعادة «{ $title }» إلى جدول الأعمال؟
orgb-reinstate-text = تظهر الجلسة مجددًا على أنها ستنعقد، وكذلك في ملفات تصدير التقويم وموجزاته.
orgb-cancel-heading = هل تريدون إلغاء «{ $title }»؟
orgb-cancel-text = تبقى الجلسة في جدول الأعمال مع الإشارة إلى إلغائها؛ وتشير ملفات تصدير التقويم وموجزاته إلى أنها ملغاة
orgb-cancel-text-2 = ولا يمكن لأحد الانضمام إليها. ويمكنكم إعادتها لاحقًا. ولإزالتها نهائيًا، يمكنكم بدلًا من ذلك
orgb-cancel-delete-link = حذفها.
orgb-cancel-mail = وسيتلقون رسالة بالبريد الإلكتروني مرفقًا بها ملف التقويم المحدَّث.
orgb-nobody-picked = لم يختر أحد هذه الجلسة بعد.
orgb-reinstate-yes = نعم، إعادة الجلسة
orgb-cancel-yes = نعم، إلغاء الجلسة
orgb-delete-title = حذف جلسة — { $title }
orgb-delete-heading = هل تريدون حذف «{ $title }»؟
orgb-delete-mail = وسيتلقون رسالة بالبريد الإلكتروني تفيد بأنها لن تنعقد.
orgb-delete-text = يُلغى إسناد الجلسة إلى مديريها ومتحدثيها. ولا يمكن التراجع عن هذا الإجراء.
orgb-delete-yes = نعم، حذف الجلسة

## Messages from the code: roles, times, flash and validation messages

orgb-role-moderator = مدير الجلسة
orgb-role-speaker = متحدث
orgb-role-moderator-and-speaker = مدير الجلسة ومتحدث
orgb-role-organizer = منظم
orgb-rel-ended = انتهت
orgb-rel-running = جارية الآن
orgb-rel-minutes =
    { $count ->
        [zero] تبدأ بعد { $n } دقيقة
        [one] تبدأ بعد دقيقة واحدة
        [two] تبدأ بعد دقيقتين
        [few] تبدأ بعد { $n } دقائق
        [many] تبدأ بعد { $n } دقيقة
       *[other] تبدأ بعد { $n } دقيقة
    }
orgb-rel-hours =
    { $count ->
        [zero] تبدأ بعد { $n } ساعة
        [one] تبدأ بعد ساعة واحدة
        [two] تبدأ بعد ساعتين
        [few] تبدأ بعد { $n } ساعات
        [many] تبدأ بعد { $n } ساعة
       *[other] تبدأ بعد { $n } ساعة
    }
orgb-rel-hours-minutes = تبدأ بعد { $hours } س و{ $minutes } د
orgb-rel-days =
    { $count ->
        [zero] تبدأ بعد { $n } يوم
        [one] تبدأ بعد يوم واحد
        [two] تبدأ بعد يومين
        [few] تبدأ بعد { $n } أيام
        [many] تبدأ بعد { $n } يومًا
       *[other] تبدأ بعد { $n } يوم
    }
orgb-date-at-time = { $date } في الساعة { $time }
orgb-my-slot = ترتيب كلمتكم { $position } من أصل { $total }
orgb-my-slot-minutes = { $place }، ومدتها { $minutes } دقيقة
orgb-err-position-missing = يُرجى إدخال ترتيب { $name }
orgb-err-position-range = يُرجى إدخال ترتيب لـ{ $name } من 1 إلى { $max }
orgb-err-slot-range = يُرجى إدخال مدة لـ{ $name } من 1 إلى { $max } دقيقة، أو ترك الحقل فارغًا
orgb-err-position-taken = الترتيب { $position } مسند إلى أكثر من متحدث: يُرجى إسناد ترتيب مستقل إلى { $name }
orgb-flash-run-of-show-saved = حُفظ ترتيب الكلمات.
orgb-flash-marked-present = سُجّل حضور { $name }.
orgb-flash-marked-absent = سُجّل غياب { $name }.
orgb-flash-already-present = كان حضور { $name } مسجلًا من قبل.
orgb-flash-already-absent = كان غياب { $name } مسجلًا من قبل.
orgb-flash-nothing-to-undo = لا يوجد ما يمكن التراجع عنه.
orgb-flash-undone-present = تم التراجع: سُجّل حضور { $name } مجددًا.
orgb-flash-undone-absent = تم التراجع: سُجّل غياب { $name } مجددًا.
orgb-flash-not-undone = لم يتم التراجع: تغيّر تسجيل حضور { $name } في الأثناء.
orgb-deleted-account = حساب محذوف
orgb-flash-roster-moderators-only = لا يطلع منظمو هذا المؤتمر على بيانات الحضور إلا مديري الجلسات. وترد الأعداد بحسب البلد أدناه.
orgb-warn-overlap = تتداخل مع «{ $title }» في المسار نفسه
orgb-warn-no-moderator = لم يُحدَّد مدير للجلسة بعد
orgb-flash-session-added = أُضيفت الجلسة إلى جدول الأعمال.
orgb-flash-with-notes = { $message } ملاحظة: { $notes }.
orgb-flash-session-saved = حُفظت الجلسة.
orgb-flash-session-saved-notified =
    { $count ->
        [zero] حُفظت الجلسة.
        [one] حُفظت الجلسة وسيُبلَّغ مشارك واحد بالموعد الجديد.
        [two] حُفظت الجلسة وسيُبلَّغ مشاركان بالموعد الجديد.
        [few] حُفظت الجلسة وسيُبلَّغ { $n } مشاركين بالموعد الجديد.
        [many] حُفظت الجلسة وسيُبلَّغ { $n } مشاركًا بالموعد الجديد.
       *[other] حُفظت الجلسة وسيُبلَّغ { $n } مشارك بالموعد الجديد.
    }
orgb-err-double-booked = يتعارض هذا الموعد مع ارتباطات بعض الأشخاص: { $clashes }. يُرجى تغيير الموعد أو الأشخاص أولًا.
orgb-flash-session-deleted = حُذفت الجلسة.
orgb-flash-session-deleted-notified =
    { $count ->
        [zero] حُذفت الجلسة.
        [one] حُذفت الجلسة؛ وسيُبلَّغ مشارك واحد.
        [two] حُذفت الجلسة؛ وسيُبلَّغ مشاركان.
        [few] حُذفت الجلسة؛ وسيُبلَّغ { $n } مشاركين.
        [many] حُذفت الجلسة؛ وسيُبلَّغ { $n } مشاركًا.
       *[other] حُذفت الجلسة؛ وسيُبلَّغ { $n } مشارك.
    }
orgb-flash-session-cancelled = أُلغيت الجلسة.
orgb-flash-session-cancelled-notified =
    { $count ->
        [zero] أُلغيت الجلسة.
        [one] أُلغيت الجلسة؛ وسيُبلَّغ مشارك واحد.
        [two] أُلغيت الجلسة؛ وسيُبلَّغ مشاركان.
        [few] أُلغيت الجلسة؛ وسيُبلَّغ { $n } مشاركين.
        [many] أُلغيت الجلسة؛ وسيُبلَّغ { $n } مشاركًا.
       *[other] أُلغيت الجلسة؛ وسيُبلَّغ { $n } مشارك.
    }
orgb-flash-session-reinstated = أُعيدت الجلسة إلى جدول الأعمال.
orgb-flash-session-reinstated-notified =
    { $count ->
        [zero] أُعيدت الجلسة إلى جدول الأعمال.
        [one] أُعيدت الجلسة إلى جدول الأعمال؛ وسيُبلَّغ مشارك واحد.
        [two] أُعيدت الجلسة إلى جدول الأعمال؛ وسيُبلَّغ مشاركان.
        [few] أُعيدت الجلسة إلى جدول الأعمال؛ وسيُبلَّغ { $n } مشاركين.
        [many] أُعيدت الجلسة إلى جدول الأعمال؛ وسيُبلَّغ { $n } مشاركًا.
       *[other] أُعيدت الجلسة إلى جدول الأعمال؛ وسيُبلَّغ { $n } مشارك.
    }
orgb-err-capacity-range = يجب أن تكون السعة عددًا صحيحًا من { $min } إلى { $max }
orgb-err-quota-range = يجب أن تكون الحصة لكل بلد عددًا صحيحًا من { $min } إلى { $max }
orgb-err-lead-range = يجب أن تكون مدة إظهار روابط الانضمام مسبقًا عددًا صحيحًا من { $min } إلى { $max }
orgb-err-reminder-range = يجب أن تكون دقائق التذكير عددًا صحيحًا من { $min } إلى { $max }
orgb-err-first-day = يُرجى إدخال اليوم الأول بصيغة تاريخ، مثل 2026-07-07
orgb-err-last-day = يُرجى إدخال اليوم الأخير بصيغة تاريخ، مثل 2026-07-07
orgb-err-date-time = يُرجى إدخال تاريخ ووقت، مثل 2026-06-01 09:00
orgb-err-title = يُرجى إدخال عنوان
orgb-err-slug = يُرجى استخدام 3 إلى 60 من الأحرف اللاتينية الصغيرة والأرقام والشرطات، مثل ip-ai-2026
orgb-err-last-before-first = يجب أن يكون اليوم الأخير هو اليوم الأول نفسه أو بعده
orgb-err-too-long = لا يجوز أن تتجاوز مدة المؤتمر 31 يومًا
orgb-err-close-before-open = يجب أن ينتهي التسجيل بعد بدئه
orgb-err-quota-over-capacity = لا يجوز أن تتجاوز الحصة لكل بلد السعة
orgb-err-privacy = يُرجى إدخال إشعار الخصوصية الذي يوافق عليه المسجلون
orgb-err-slug-taken = يستخدم مؤتمر آخر عنوان الويب هذا؛ يُرجى اختيار عنوان آخر
orgb-flash-conference-created = أُنشئ المؤتمر في صورة مسودة. أضيفوا جدول أعماله ومنظميه، ثم انشروه.
orgb-flash-settings-saved = حُفظت الإعدادات.
orgb-flash-settings-saved-promoted =
    { $count ->
        [zero] حُفظت الإعدادات.
        [one] حُفظت الإعدادات؛ ورُقّي مسجل واحد من قائمة الانتظار وأُبلغ بالبريد.
        [two] حُفظت الإعدادات؛ ورُقّي مسجلان من قائمة الانتظار وأُبلغا بالبريد.
        [few] حُفظت الإعدادات؛ ورُقّي { $n } مسجلين من قائمة الانتظار وأُبلغوا بالبريد.
        [many] حُفظت الإعدادات؛ ورُقّي { $n } مسجلًا من قائمة الانتظار وأُبلغوا بالبريد.
       *[other] حُفظت الإعدادات؛ ورُقّي { $n } مسجل من قائمة الانتظار وأُبلغوا بالبريد.
    }
orgb-flash-published = نُشر المؤتمر: يمكن للجميع الاطلاع عليه والتسجيل فيه.
orgb-flash-unpublished = أُلغي نشر المؤتمر: تعرض الصفحات العامة الآن رسالة «غير موجود».
orgb-err-time = يُرجى إدخال وقت، مثل 14:30
orgb-err-kind = يُرجى اختيار نوع الجلسة
orgb-err-day-range = يُرجى اختيار يوم من أيام المؤتمر (من { $first } إلى { $last })
orgb-err-day = يُرجى اختيار اليوم
orgb-err-session-capacity = يجب أن تكون السعة عددًا صحيحًا من 1 إلى 100000، أو أن تُترك فارغة
orgb-err-join-url = يُرجى إدخال عنوان الاجتماع كاملًا، بدءًا بـ https://
orgb-logo = الشعار
orgb-banner = اللافتة
orgb-flash-identity-saved = حُفظ اللون وسطر الاتصال.
orgb-flash-picture-removed =
    { $field ->
        [logo] أُزيل الشعار.
       *[banner] أُزيلت اللافتة.
    }
orgb-flash-picture-saved =
    { $field ->
        [logo] حُفظ الشعار.
       *[banner] حُفظت اللافتة.
    }
orgb-upload-hint = بصيغة PNG أو JPEG، وبحجم لا يتجاوز { $kb } كيلوبايت. يُعاد ترميز الصورة بصيغة PNG، مما يزيل البيانات الوصفية مثل الموقع.
orgb-err-picture-too-big = يتجاوز حجم الصورة { $kb } كيلوبايت؛ يُرجى اختيار صورة أصغر
orgb-err-web-address = يُرجى إدخال العنوان كاملًا، بدءًا بـ https://
orgb-err-platform = يُرجى اختيار منصة فيديو
orgb-err-jitsi-domain-spaces = يُرجى إدخال النطاق دون مسافات، مثل meet.example.org
orgb-err-bbb-url = يُرجى إدخال عنوان خادم BigBlueButton
orgb-err-bbb-secret = يُرجى إدخال السر المشترك للخادم
orgb-err-jitsi-domain = يُرجى إدخال نطاق Jitsi
orgb-err-jitsi-app-id = يُرجى إدخال معرّف التطبيق الذي يتوقعه الخادم بصفته الجهة المصدِرة
orgb-err-jitsi-secret = يُرجى إدخال سر التطبيق
orgb-video-recorded = مع التسجيل
orgb-video-not-recorded = دون تسجيل
orgb-video-stream-set = البث مُعدّ
orgb-video-no-stream = دون بث
orgb-video-audience-cap =
    { $count ->
        [zero] الحد الأقصى { $n } مشارك
        [one] الحد الأقصى مشارك واحد
        [two] الحد الأقصى مشاركان
        [few] الحد الأقصى { $n } مشاركين
        [many] الحد الأقصى { $n } مشاركًا
       *[other] الحد الأقصى { $n } مشارك
    }
orgb-flash-video-saved = حُفظت إعدادات منصة الفيديو.
orgb-video-test-ok = استجاب BigBlueButton لطلب getMeetings: العنوان والسر المشترك صالحان.
orgb-video-test-failed = فشل الاختبار: { $error }.
orgb-video-test-save-first = يُرجى حفظ عنوان الخادم وسره أولًا.
orgb-video-test-jitsi = لا يوفر Jitsi واجهة برمجية يمكن استدعاؤها: يتحقق الخادم من الرموز عند انضمام الأشخاص. انضموا إلى جلسة بصفة مضيف لتجربة ذلك.
orgb-video-test-choose = يُرجى اختيار BigBlueButton أو Jitsi أولًا.
orgb-err-audience-cap = يُرجى إدخال عدد من الأشخاص من 1 إلى 100000
orgb-flash-session-video-saved = حُفظت خيارات الفيديو للجلسة.
orgb-section-overview = نظرة عامة
orgb-section-settings = الإعدادات
orgb-section-agenda = جدول الأعمال
orgb-section-people = الأشخاص
orgb-section-registrations = التسجيلات
orgb-section-statistics = الإحصاءات
orgb-section-announcements = الإعلانات
orgb-section-outbox = البريد الصادر
orgb-section-audit = سجل التدقيق
orgb-section-video = الفيديو
orgb-status-pending = بانتظار التأكيد بالبريد الإلكتروني
orgb-status-confirmed = مؤكدة
orgb-status-waitlisted = على قائمة الانتظار
orgb-status-cancelled = ملغاة
