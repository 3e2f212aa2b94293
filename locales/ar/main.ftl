## التخطيط المشترك للصفحات.

skip-to-content = الانتقال إلى المحتوى الرئيسي
nav-account-label = الحساب
nav-my-sessions = جلساتي
nav-my-conference = مؤتمري
nav-my-schedule = جدولي
nav-back-office = لوحة الإدارة
nav-sign-out = تسجيل الخروج
nav-sign-in = تسجيل الدخول
footer-tagline = Plenary — منصة مفتوحة المصدر للمؤتمرات الافتراضية.
lang-switcher-label = اللغة

## الأعداد (‏$count يحدد الصيغة، و‏$n يعرض العدد مع الفواصل).

registrants-count =
    { $count ->
        [zero] لا يوجد مشاركون
        [one] مشارك واحد
        [two] مشاركان
        [few] { $n } مشاركين
        [many] { $n } مشاركًا
       *[other] { $n } مشارك
    }
sessions-count =
    { $count ->
        [zero] لا توجد جلسات
        [one] جلسة واحدة
        [two] جلستان
        [few] { $n } جلسات
        [many] { $n } جلسة
       *[other] { $n } جلسة
    }

## Forms shared by sign-up and the profile.

field-language = اللغة
field-language-hint = تُعرض الصفحات والرسائل التي نوجهها إليكم بهذه اللغة.
field-language-invalid = يُرجى اختيار إحدى اللغات المدرجة.
field-default-language = اللغة الافتراضية
field-default-language-hint = للزوار الذين لا تطلب متصفحاتهم أيًّا من لغاتنا، وللرسائل الموجهة إلى المسجلين الذين لم يختاروا لغة.

## Video platforms (product names are not translated).

video-platform-none = بدون فيديو
video-platform-link = رابط لكل جلسة
