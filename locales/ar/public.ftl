## الصفحات العامة: قائمة المؤتمرات، والمؤتمر، والبرنامج، والجلسة، والمتحدث، وإلغاء الاشتراك.

pub-home-title = المؤتمرات
pub-home-upcoming = المؤتمرات القادمة
pub-home-no-upcoming = لم يُنشر أي مؤتمر قادم حتى الآن.
pub-home-past = المؤتمرات السابقة
pub-home-no-past = لا توجد مؤتمرات سابقة.

pub-conf-online = عبر الإنترنت · الأوقات بتوقيت { $zone }
pub-conf-reach =
    { $registrants ->
        [zero] لا يوجد مشاركون
        [one] مشارك واحد
        [two] مشاركان
        [few] { $rn } مشاركين
        [many] { $rn } مشاركًا
       *[other] { $rn } مشارك
    } من { $countries ->
        [zero] أي بلد
        [one] بلد واحد
        [two] بلدين
        [few] { $cn } بلدان
        [many] { $cn } بلدًا
       *[other] { $cn } بلد
    }
pub-conf-register = التسجيل
pub-conf-see-agenda =
    عرض البرنامج ({ $sessions ->
        [zero] لا توجد جلسات
        [one] جلسة واحدة
        [two] جلستان
        [few] { $sn } جلسات
        [many] { $sn } جلسة
       *[other] { $sn } جلسة
    } على مدى { $days ->
        [zero] { $dn } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $dn } أيام
        [many] { $dn } يومًا
       *[other] { $dn } يوم
    })
pub-logo-alt = شعار { $title }
pub-draft-title = مسودة — لا يراها إلا المنظمون.
pub-draft-text = يتلقى الجمهور وملفات التصدير والخلاصات رسالة «غير موجود» إلى أن يُنشر المؤتمر.

pub-agenda = البرنامج
pub-see-agenda = عرض البرنامج
pub-back-to-agenda = العودة إلى البرنامج
pub-feed-frab = البرنامج (frab XML)
pub-feed-json = البرنامج (c3voc JSON)
pub-feed-calendar = التقويم
pub-zone-shown-in = تُعرض الأوقات بتوقيت
pub-zone-conference-runs = (يُعقد المؤتمر بتوقيت { $zone })
pub-zone-show-in = عرض الأوقات بتوقيت
pub-zone-hint = مدينة أو بلد أو اسم منطقة زمنية: طوكيو، الهند، America/New_York.
pub-zone-change = تغيير المنطقة الزمنية
pub-zone-use-browser = استخدام منطقتي الزمنية ({ $zone })
pub-download = تنزيل:
pub-download-calendar = التقويم (‎.ics)
pub-days = الأيام
pub-agenda-empty = لم يُنشر البرنامج بعد.
pub-cancelled = أُلغيت
pub-moderator = مدير الجلسة:
pub-speakers = المتحدثون:

pub-kind-opening = الافتتاح
pub-kind-keynote = كلمة رئيسية
pub-kind-panel = حلقة نقاش
pub-kind-talk = عرض
pub-kind-workshop = ورشة عمل
pub-kind-break = استراحة
pub-kind-closing = الختام
pub-kind-other = جلسة
pub-role-moderator = مدير الجلسة
pub-role-speaker = متحدث

pub-session-when = الموعد (بتوقيتكم، { $zone })
pub-session-conference-time = توقيت المؤتمر ({ $zone })
pub-session-add-to-calendar = الإضافة إلى التقويم
pub-session-people = المشاركون في الجلسة
pub-people-heading = المتحدثون ومديرو الجلسات
pub-person-photo-alt = صورة { $name }
pub-person-sessions = الجلسات
pub-person-times-in = الأوقات بتوقيت { $zone }.

pub-unsub-title = الإعلانات
pub-unsub-done-heading = أُلغي اشتراككم
pub-unsub-done-lead = لن تتلقوا بعد الآن أي إعلانات من «{ $conference }».
pub-unsub-still = ستظل تصلكم الرسائل المتعلقة بتسجيلكم — رسائل التأكيد، وإعادة تعيين كلمة المرور، والتغييرات في الجلسات التي اخترتموها.
pub-unsub-heading = إيقاف الإعلانات؟
pub-unsub-lead = إيقاف إرسال إعلانات منظمي «{ $conference }» إلى هذا العنوان.
pub-unsub-button = إلغاء الاشتراك في الإعلانات
