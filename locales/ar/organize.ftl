## المكتب الخلفي، الجزء أ: التسجيلات والإحصاءات والأشخاص والدعوات وصندوق الصادر
## وسجل التدقيق والإعلانات. الأعداد: المتغير count يختار الصيغة والمتغير n يعرض العدد مجمّعًا.

org-error-prefix = خطأ:
org-deleted-account = حساب محذوف

## الحالات والأدوار المعروضة.

org-status-pending = في انتظار تأكيد البريد الإلكتروني
org-status-confirmed = مؤكَّد
org-status-waitlisted = على قائمة الانتظار
org-status-cancelled = ملغى
org-enrollment-enrolled = مسجَّل
org-enrollment-waitlisted = على قائمة انتظار الجلسة
org-role-organizer = منظِّم
org-role-moderator = مدير جلسة
org-role-speaker = متحدث

## أعمدة الجداول المشتركة.

org-col-name = الاسم
org-col-email = البريد الإلكتروني
org-col-organisation = الجهة
org-col-session = الجلسة
org-col-sessions = الجلسات
org-col-when = الموعد
org-col-place = المقعد
org-col-picked = تاريخ الاختيار
org-col-attended = الحضور
org-col-role = الدور

## التنقل بين الصفحات.

org-pager-first = الأولى
org-pager-prev = السابقة
org-pager-next = التالية
org-pager-last = الأخيرة
org-pager-page = الصفحة { $page } من { $pages }

## جدول التسجيلات.

org-reg-title = التسجيلات
org-reg-title-lower = التسجيلات
org-reg-find = البحث في التسجيلات
org-reg-search = بحث
org-reg-search-hint = الاسم أو البريد الإلكتروني أو الجهة
org-reg-status = الحالة
org-reg-country = البلد
org-reg-session = مسجَّل في الجلسة
org-reg-sort = الترتيب حسب
org-reg-order = اتجاه الترتيب
org-reg-apply = تطبيق
org-reg-clear = مسح عوامل التصفية
org-reg-any-status = أي حالة
org-reg-any-country = أي بلد
org-reg-any-session = أي جلسة
org-reg-sort-registered = تاريخ التسجيل
org-reg-registered = تاريخ التسجيل
org-reg-ascending = تصاعدي (أ–ي، الأقدم أولًا)
org-reg-descending = تنازلي (ي–أ، الأحدث أولًا)
org-reg-showing-none = لا توجد تسجيلات مطابقة.
org-reg-showing =
    { $count ->
        [zero] عرض { $first }–{ $last } من أصل { $n } تسجيل.
        [one] عرض { $first }–{ $last } من أصل تسجيل واحد.
        [two] عرض { $first }–{ $last } من أصل تسجيلين.
        [few] عرض { $first }–{ $last } من أصل { $n } تسجيلات.
        [many] عرض { $first }–{ $last } من أصل { $n } تسجيلًا.
       *[other] عرض { $first }–{ $last } من أصل { $n } تسجيل.
    }
org-reg-download-csv =
    { $count ->
        [zero] تنزيل { $n } تسجيل بصيغة CSV
        [one] تنزيل هذا التسجيل بصيغة CSV
        [two] تنزيل هذين التسجيلين بصيغة CSV
        [few] تنزيل هذه التسجيلات الـ{ $n } بصيغة CSV
        [many] تنزيل هذه الـ{ $n } تسجيلًا بصيغة CSV
       *[other] تنزيل هذه الـ{ $n } تسجيل بصيغة CSV
    }
org-reg-caption = التسجيلات، الصفحة { $page } من { $pages }
org-reg-select = تحديد
org-reg-select-person = تحديد { $name }
org-reg-pages = صفحات التسجيلات

## الإجراءات الجماعية على التسجيلات.

org-bulk-legend = إجراء جماعي
org-bulk-action = الإجراء
org-bulk-confirm = تأكيد
org-bulk-promote = النقل من قائمة الانتظار
org-bulk-resend = إعادة إرسال رابط التأكيد
org-bulk-cancel = إلغاء
org-bulk-scope-selected = التسجيلات المحدَّدة
org-bulk-scope-filtered =
    { $count ->
        [zero] لا توجد تسجيلات مطابقة لعوامل التصفية
        [one] التسجيل الوحيد المطابق لعوامل التصفية
        [two] التسجيلان المطابقان لعوامل التصفية
        [few] جميع التسجيلات الـ{ $n } المطابقة لعوامل التصفية
        [many] جميع الـ{ $n } تسجيلًا المطابقة لعوامل التصفية
       *[other] جميع الـ{ $n } تسجيل المطابقة لعوامل التصفية
    }
org-bulk-continue = متابعة…
org-bulk-hint = تبيّن الصفحة التالية عدد التسجيلات التي ينطبق عليها الإجراء، قبل إجراء أي تغيير.
org-bulk-confirm-title = تأكيد إجراء جماعي
org-bulk-heading-confirm =
    { $count ->
        [zero] تأكيد { $n } تسجيل؟
        [one] تأكيد تسجيل واحد؟
        [two] تأكيد تسجيلين؟
        [few] تأكيد { $n } تسجيلات؟
        [many] تأكيد { $n } تسجيلًا؟
       *[other] تأكيد { $n } تسجيل؟
    }
org-bulk-heading-promote =
    { $count ->
        [zero] نقل { $n } تسجيل من قائمة الانتظار؟
        [one] نقل تسجيل واحد من قائمة الانتظار؟
        [two] نقل تسجيلين من قائمة الانتظار؟
        [few] نقل { $n } تسجيلات من قائمة الانتظار؟
        [many] نقل { $n } تسجيلًا من قائمة الانتظار؟
       *[other] نقل { $n } تسجيل من قائمة الانتظار؟
    }
org-bulk-heading-resend =
    { $count ->
        [zero] إعادة إرسال رابط التأكيد إلى { $n } تسجيل؟
        [one] إعادة إرسال رابط التأكيد إلى تسجيل واحد؟
        [two] إعادة إرسال رابط التأكيد إلى تسجيلين؟
        [few] إعادة إرسال رابط التأكيد إلى { $n } تسجيلات؟
        [many] إعادة إرسال رابط التأكيد إلى { $n } تسجيلًا؟
       *[other] إعادة إرسال رابط التأكيد إلى { $n } تسجيل؟
    }
org-bulk-heading-cancel =
    { $count ->
        [zero] إلغاء { $n } تسجيل؟
        [one] إلغاء تسجيل واحد؟
        [two] إلغاء تسجيلين؟
        [few] إلغاء { $n } تسجيلات؟
        [many] إلغاء { $n } تسجيلًا؟
       *[other] إلغاء { $n } تسجيل؟
    }
org-bulk-yes-confirm = نعم، تأكيد ({ $n })
org-bulk-yes-promote = نعم، النقل ({ $n })
org-bulk-yes-resend = نعم، إعادة الإرسال ({ $n })
org-bulk-yes-cancel = نعم، الإلغاء ({ $n })
org-bulk-no = لا، العودة إلى التسجيلات
org-bulk-summary-filtered =
    { $count ->
        [zero] لا يطابق عوامل التصفية أي تسجيل.
        [one] يطابق عوامل التصفية تسجيل واحد؛ وينطبق الإجراء على { $applicable } منها.
        [two] يطابق عوامل التصفية تسجيلان؛ وينطبق الإجراء على { $applicable } منها.
        [few] يطابق عوامل التصفية { $n } تسجيلات؛ وينطبق الإجراء على { $applicable } منها.
        [many] يطابق عوامل التصفية { $n } تسجيلًا؛ وينطبق الإجراء على { $applicable } منها.
       *[other] يطابق عوامل التصفية { $n } تسجيل؛ وينطبق الإجراء على { $applicable } منها.
    }
org-bulk-summary-ticked =
    { $count ->
        [zero] لم يُحدَّد أي تسجيل.
        [one] حُدِّد تسجيل واحد؛ وينطبق الإجراء على { $applicable } منها.
        [two] حُدِّد تسجيلان؛ وينطبق الإجراء على { $applicable } منها.
        [few] حُدِّدت { $n } تسجيلات؛ وينطبق الإجراء على { $applicable } منها.
        [many] حُدِّد { $n } تسجيلًا؛ وينطبق الإجراء على { $applicable } منها.
       *[other] حُدِّد { $n } تسجيل؛ وينطبق الإجراء على { $applicable } منها.
    }
org-bulk-summary-skipped =
    { $count ->
        [one] يُتخطّى التسجيل الآخر: حالته لا تسمح بذلك.
        [two] يُتخطّى التسجيلان الآخران: حالتهما لا تسمح بذلك.
        [few] تُتخطّى التسجيلات الـ{ $n } الأخرى: حالتها لا تسمح بذلك.
       *[other] يُتخطّى { $n } من التسجيلات الأخرى: حالتها لا تسمح بذلك.
    }
org-bulk-summary-audit = يُرسَل بريد إلى كل شخص ويُسجَّل كل إجراء في سجل التدقيق كما لو نُفِّذ كلٌّ منها على حدة.
org-bulk-name-confirm = التأكيد
org-bulk-name-promote = النقل من قائمة الانتظار
org-bulk-name-resend = إعادة إرسال رابط التأكيد
org-bulk-name-cancel = الإلغاء
org-bulk-done =
    { $count ->
        [zero] لم يُنفَّذ على أي تسجيل.
        [one] نُفِّذ على تسجيل واحد.
        [two] نُفِّذ على تسجيلين.
        [few] نُفِّذ على { $n } تسجيلات.
        [many] نُفِّذ على { $n } تسجيلًا.
       *[other] نُفِّذ على { $n } تسجيل.
    }
org-bulk-done-skipped =
    { $count ->
        [one] وتُخطّي تسجيل واحد (حالته لا تسمح بذلك).
        [two] وتُخطّي تسجيلان (حالتهما لا تسمح بذلك).
        [few] وتُخطّيت { $n } تسجيلات (حالتها لا تسمح بذلك).
        [many] وتُخطّي { $n } تسجيلًا (حالتها لا تسمح بذلك).
       *[other] وتُخطّي { $n } تسجيل (حالتها لا تسمح بذلك).
    }
org-bulk-done-line = { $action }: { $done }
org-bulk-flash-no-action = يُرجى اختيار إجراء للتسجيلات.
org-bulk-flash-no-match = لا يطابق عوامل التصفية أي تسجيل.
org-bulk-flash-none-ticked = يُرجى تحديد تسجيل واحد على الأقل، أو اختيار «جميع التسجيلات المطابقة لعوامل التصفية».

## تسجيل واحد.

org-reg-all = جميع التسجيلات
org-reg-waitlist-position = رقم { $n } على قائمة الانتظار
org-reg-person = الشخص
org-reg-not-verified = غير مُتحقَّق منه
org-reg-none-given = لم تُذكر
org-reg-time-zone = المنطقة الزمنية
org-reg-email-verified = تاريخ التحقق من البريد
org-reg-deleted-note = حذف هذا الشخص حسابه. يُحتفظ بالتسجيل دون الاسم أو البريد الإلكتروني لأغراض الإحصاء حسب البلد والحالة.
org-reg-history = سجل الحالة
org-reg-last-change = آخر تغيير
org-reg-picks = الجلسات المختارة
org-reg-no-picks = لم تُختر أي جلسة.
org-reg-attended =
    { $count ->
        [zero] حضر { $attended } من أصل { $n } جلسة مختارة.
        [one] حضر { $attended } من أصل جلسة مختارة واحدة.
        [two] حضر { $attended } من أصل جلستين مختارتين.
        [few] حضر { $attended } من أصل { $n } جلسات مختارة.
        [many] حضر { $attended } من أصل { $n } جلسةً مختارة.
       *[other] حضر { $attended } من أصل { $n } جلسة مختارة.
    }
org-reg-picks-caption = الجلسات التي اختارها { $name }
org-reg-not-attended = لا
org-reg-actions = الإجراءات
org-reg-promote-hint = كلا الإجراءين يمنح مقعدًا حتى لو كان المؤتمر مكتملًا. «التأكيد يدويًا» يرسل التأكيد المعتاد؛ أما «النقل» فيُعلم الشخص أيضًا بأن مقعدًا قد أصبح متاحًا له.
org-reg-cancelled-note = لا تتوفر إجراءات للتسجيل الملغى؛ ويمكن للشخص التسجيل مجددًا ما دام التسجيل مفتوحًا.
org-reg-action-resend = إعادة إرسال رابط التأكيد
org-reg-action-confirm = التأكيد يدويًا
org-reg-action-promote = النقل من قائمة الانتظار
org-reg-action-cancel = إلغاء هذا التسجيل
org-reg-flash-not-applicable =
    لم يتغير شيء: التسجيل { $status ->
        [pending] في انتظار تأكيد البريد الإلكتروني
        [confirmed] مؤكَّد
        [waitlisted] على قائمة الانتظار
       *[cancelled] ملغى
    }.
org-reg-flash-nobody = لم يتغير شيء: حُذف هذا الحساب، فلا يوجد من تُرسَل إليه الرسالة.
org-reg-flash-resent = أُرسل رابط تأكيد جديد إلى { $email }.
org-reg-flash-confirmed = تأكَّد تسجيل { $name } وأُرسل إليه التأكيد.
org-reg-flash-cancelled = أُلغي التسجيل؛ وانتقلت مقاعده إلى قوائم الانتظار.

## الإحصاءات.

org-stats-title = الإحصاءات
org-stats-reach =
    { $count ->
        [zero] { $n } مسجَّل
        [one] مسجَّل واحد
        [two] مسجَّلان
        [few] { $n } مسجَّلين
        [many] { $n } مسجَّلًا
       *[other] { $n } مسجَّل
    } من { $country_count ->
        [zero] { $countries } بلد
        [one] بلد واحد
        [two] بلدين
        [few] { $countries } بلدان
        [many] { $countries } بلدًا
       *[other] { $countries } بلد
    } (التسجيلات المؤكَّدة).
org-stats-by-status = التسجيلات حسب الحالة
org-stats-all = المجموع
org-stats-by-country = التسجيلات المؤكَّدة حسب البلد
org-stats-none-confirmed = لا توجد تسجيلات مؤكَّدة حتى الآن.
org-stats-bars-caption =
    { $count ->
        [one] البلد صاحب أكبر عدد من المسجَّلين المؤكَّدين.
        [two] البلدان صاحبا أكبر عدد من المسجَّلين المؤكَّدين، والأعمدة بمقياس واحد.
        [few] البلدان الـ{ $n } صاحبة أكبر عدد من المسجَّلين المؤكَّدين، والأعمدة بمقياس واحد.
        [many] الـ{ $n } بلدًا صاحبة أكبر عدد من المسجَّلين المؤكَّدين، والأعمدة بمقياس واحد.
       *[other] الـ{ $n } بلد صاحبة أكبر عدد من المسجَّلين المؤكَّدين، والأعمدة بمقياس واحد.
    }
org-stats-others =
    { $count ->
        [zero] بلدان أخرى ({ $countries }): { $n } مسجَّل إجمالًا، غير مرسومة بهذا المقياس.
        [one] بلدان أخرى ({ $countries }): مسجَّل واحد إجمالًا، غير مرسوم بهذا المقياس.
        [two] بلدان أخرى ({ $countries }): مسجَّلان إجمالًا، غير مرسومين بهذا المقياس.
        [few] بلدان أخرى ({ $countries }): { $n } مسجَّلين إجمالًا، غير مرسومة بهذا المقياس.
        [many] بلدان أخرى ({ $countries }): { $n } مسجَّلًا إجمالًا، غير مرسومة بهذا المقياس.
       *[other] بلدان أخرى ({ $countries }): { $n } مسجَّل إجمالًا، غير مرسومة بهذا المقياس.
    }
org-stats-country-caption =
    { $count ->
        [one] التسجيلات المؤكَّدة في البلد الوحيد
        [two] التسجيلات المؤكَّدة في كلٍّ من البلدين
        [few] التسجيلات المؤكَّدة في كلٍّ من البلدان الـ{ $n }
        [many] التسجيلات المؤكَّدة في كلٍّ من الـ{ $n } بلدًا
       *[other] التسجيلات المؤكَّدة في كلٍّ من الـ{ $n } بلد
    }
org-stats-registrants = المسجَّلون
org-stats-share = النسبة (%)
org-stats-by-region = التسجيلات المؤكَّدة حسب المنطقة
org-stats-region-caption = التسجيلات المؤكَّدة حسب مناطق الأمم المتحدة (M49)
org-stats-region = المنطقة
org-stats-m49 = رمز M49
org-stats-other-region = أخرى أو غير معروفة
org-stats-over-time = التسجيلات عبر الزمن
org-stats-per-day = التسجيلات اليومية
org-stats-day-chart-desc = خط بنقطة واحدة لكل يوم من { $first } إلى { $last } (بالتوقيت العالمي المنسق)؛ وبلغ عدد التسجيلات في أكثر الأيام نشاطًا { $peak }. ويسرد الجدول أدناه كل يوم شهد تسجيلات.
org-stats-day-chart-caption = التسجيلات اليومية من { $first } إلى { $last } (بالتوقيت العالمي المنسق)؛ الذروة: { $peak }.
org-stats-no-signups = لا توجد تسجيلات حتى الآن.
org-stats-per-day-table = التسجيلات اليومية في جدول
org-stats-per-day-caption = التسجيلات اليومية (بالتوقيت العالمي المنسق)، بجميع الحالات
org-stats-day = اليوم
org-stats-signups = التسجيلات
org-stats-video = الحضور في اجتماعات الفيديو
org-stats-video-caption = الأشخاص الذين رصدتهم منصة الفيديو في اجتماع، حسب البلد
org-stats-present = الحاضرون
org-stats-attendance = الحضور حسب الجلسة
org-stats-no-sessions = لا توجد جلسات حتى الآن.
org-stats-attendance-caption = المقاعد المختارة والأشخاص الذين حضروا (انضموا أو سُجِّل حضورهم)، حسب الجلسة

## الأشخاص والدعوات.

org-people-title = الأشخاص
org-people-organizers = المنظِّمون
org-people-no-organizers = لا يوجد منظِّمون حتى الآن: يُرجى دعوة أولهم أدناه.
org-people-invite-organizer = دعوة منظِّم مشارك عبر البريد الإلكتروني
org-people-invite-hint = يتلقى المدعو رابط دعوة ويظهر هنا بمجرد قبولها.
org-people-send-invitation = إرسال الدعوة
org-people-organizer-invitations = دعوات المنظِّمين التي تنتظر ردًا
org-people-session-people = مديرو الجلسات والمتحدثون
org-people-none = لا يوجد مديرو جلسات أو متحدثون حتى الآن. يُرجى دعوتهم من صفحة كل جلسة في جدول الأعمال.
org-people-none-link = فتح جدول الأعمال
org-people-everyone = كل من لديه دور في جلسة
org-people-session-invitations = دعوات الجلسات التي تنتظر ردًا
org-people-role-of =
    { $role ->
        [moderator] مدير جلسة
       *[speaker] متحدث
    } في «{ $title }»
org-people-role-line =
    { $role ->
        [moderator] مدير جلسة
       *[speaker] متحدث
    } في «{ $title }» ({ $when })
org-people-choose-role = يُرجى اختيار مدير جلسة أو متحدث
org-people-cannot-invite = تتعذر الدعوة: { $clashes }.
org-people-has-role = هذا الشخص يتولى هذا الدور بالفعل
org-people-already-invited = توجد دعوة لهذا الدور تنتظر ردًا بالفعل: يُرجى إعادة إرسالها من القائمة
org-people-flash-sent = أُرسلت الدعوة إلى { $email }. سيظهر المدعو هنا بمجرد قبولها.
org-people-flash-removed = لم يعد هذا الشخص مكلَّفًا بهذه الجلسة.
org-people-flash-resent = أُعيد إرسال الدعوة إلى { $email }. لم يعد الرابط السابق صالحًا.
org-people-flash-withdrawn = سُحبت الدعوة الموجهة إلى { $email }. لم يعد رابطها صالحًا.
org-inv-expired = منتهية الصلاحية
org-inv-waiting = بانتظار الرد
org-inv-resend = إعادة الإرسال
org-inv-resend-hidden = الدعوة الموجهة إلى { $email } بصفة { $what }
org-inv-withdraw = سحب
org-inv-withdraw-hidden = الدعوة الموجهة إلى { $email } بصفة { $what }
org-profile-heading = الملف الشخصي لـ{ $name }

## أشخاص جلسة واحدة.

org-sp-title = أشخاص جلسة «{ $title }»
org-sp-edit = تعديل الجلسة
org-sp-nobody = لم يقبل أحد أي دور حتى الآن. تحتاج كل جلسة إلى مدير.
org-sp-caption = أشخاص هذه الجلسة
org-sp-remove = إزالة
org-sp-remove-hidden = { $name } بصفة { $role }
org-sp-profile = الملف الشخصي
org-sp-profile-hidden = لـ{ $name }
org-sp-invitations = دعوات تنتظر ردًا
org-sp-invitations-caption = دعوات هذه الجلسة التي تنتظر ردًا
org-sp-invite = دعوة شخص
org-sp-email = عنوان البريد الإلكتروني
org-sp-moderator = مدير الجلسة
org-sp-speaker = متحدث

## صفحة الدعوة (كما يراها المدعو).

org-invite-title = دعوتكم
org-invite-invalid-title = الدعوة غير صالحة
org-invite-invalid-heading = لم تعد هذه الدعوة صالحة
org-invite-invalid-text = تصلح الدعوة لمرة واحدة خلال 14 يومًا، ما لم يسحبها المنظِّمون. يُرجى طلب دعوة جديدة من المنظِّمين.
org-invite-lead-organizer = يدعو منظِّمو «{ $conference }» صاحب العنوان { $email } إلى الانضمام إلى المنظِّمين.
org-invite-lead-session =
    يدعو منظِّمو «{ $conference }» صاحب العنوان { $email } ليكون { $role ->
        [moderator] مديرًا
       *[speaker] متحدثًا
    } في جلسة «{ $title }».
org-invite-flash-organizer = أصبحتم الآن من منظِّمي «{ $conference }».
org-invite-flash-session =
    أصبحتم الآن { $role ->
        [moderator] مدير جلسة
       *[speaker] متحدثًا
    } في جلسة «{ $title }» ضمن «{ $conference }».
org-invite-accept-note = إذا قبلتم، يظهر اسمكم وجهتكم بهذا الدور على صفحات المؤتمر.
org-invite-accept = قبول الدعوة
org-invite-other-account = لقد سجّلتم الدخول باسم { $current }، لكن هذه الدعوة موجهة إلى { $email }. لا يمكن قبولها إلا من ذلك الحساب.
org-invite-sign-out = يُرجى تسجيل الخروج، ثم فتح الرابط الوارد في البريد مرة أخرى.
org-invite-has-account = يوجد حساب للعنوان { $email }. يُرجى تسجيل الدخول لقبول الدعوة.
org-invite-sign-in = تسجيل الدخول للقبول
org-invite-forgotten = هل نسيتم كلمة المرور؟
org-invite-reset = أعيدوا تعيينها
org-invite-reset-after = ، ثم افتحوا الرابط الوارد في البريد مرة أخرى.
org-invite-new-account = يُرجى اختيار اسمكم وبلدكم وكلمة مرور لإنشاء حسابكم وقبول الدعوة.
org-invite-name = الاسم
org-invite-name-hint = كما ينبغي أن يظهر على صفحات المؤتمر.
org-invite-password = اختيار كلمة مرور
org-invite-password-hint = من 10 إلى 128 حرفًا.
org-invite-create = قبول الدعوة وإنشاء حسابي
org-invite-double-booked = لا يمكنكم القبول: { $clashes }. يُرجى مطالبة المنظِّمين بتغيير الموعد، أو مغادرة الجلسة الأخرى أولًا.

## صندوق الصادر.

org-outbox-title = صندوق الصادر
org-outbox-queued = في قائمة الانتظار
org-outbox-delivered = تم تسليمها
org-outbox-failed = فشل إرسالها
org-outbox-backlog =
    { $count ->
        [zero] لا توجد رسائل تنتظر الإرسال.
        [one] رسالة واحدة تنتظر الإرسال.
        [two] رسالتان تنتظران الإرسال.
        [few] { $n } رسائل تنتظر الإرسال.
        [many] { $n } رسالةً تنتظر الإرسال.
       *[other] { $n } رسالة تنتظر الإرسال.
    }
org-outbox-oldest = أقدمها ينتظر منذ { $since }.
org-outbox-last-error-label = آخر خطأ:
org-outbox-lookup = البحث عن مستلم
org-outbox-lookup-hint = هل وصل البريد إلى شخص ما؟ اكتبوا عنوان بريده الإلكتروني أو جزءًا منه.
org-outbox-lookup-button = بحث
org-outbox-lookup-none = لم يُرسل أي بريد من هذا المؤتمر إلى عنوان يحتوي على «{ $to }».
org-outbox-lookup-caption = البريد المرسل إلى العناوين التي تحتوي على «{ $to }»، الأحدث أولًا
org-outbox-first-n = (أول { $n })
org-outbox-recipient = المستلم
org-outbox-subject = الموضوع
org-outbox-state = الحالة
org-outbox-attempts = المحاولات
org-outbox-last-error = آخر خطأ
org-outbox-queued-at = وقت الإدراج في القائمة
org-outbox-delivered-or-next = التسليم أو المحاولة التالية
org-outbox-next-attempt = المحاولة التالية
org-outbox-next-at = المحاولة التالية في { $when }
org-outbox-gave-up = لا توجد (توقفت المحاولات)
org-outbox-state-delivered = تم التسليم
org-outbox-state-waiting = بالانتظار
org-outbox-state-retrying = إعادة المحاولة
org-outbox-state-failed = فشل
org-outbox-all-well = لا يوجد بريد فشل إرساله أو ينتظر إعادة المحاولة. كل ما أرسله المؤتمر سُلِّم أو في طريقه.
org-outbox-retry-all = إعادة محاولة إرسال كل البريد الفاشل والمنتظر الآن
org-outbox-troubled-caption = البريد الذي فشل إرساله أو ينتظر إعادة المحاولة
org-outbox-retry = إعادة المحاولة
org-outbox-retry-hidden = للبريد الموجه إلى { $to }
org-outbox-flash-nothing = لا يوجد ما تُعاد محاولته.
org-outbox-flash-retried =
    { $count ->
        [zero] لم تُعَد أي رسالة إلى قائمة الانتظار.
        [one] أُعيدت رسالة واحدة إلى قائمة الانتظار وستُرسل قريبًا.
        [two] أُعيدت رسالتان إلى قائمة الانتظار وستُرسلان قريبًا.
        [few] أُعيدت { $n } رسائل إلى قائمة الانتظار وستُرسل قريبًا.
        [many] أُعيدت { $n } رسالةً إلى قائمة الانتظار وستُرسل قريبًا.
       *[other] أُعيدت { $n } رسالة إلى قائمة الانتظار وستُرسل قريبًا.
    }

## سجل التدقيق.

org-audit-title = سجل التدقيق
org-audit-show = عرض
org-audit-filter = تصفية
org-audit-all = جميع التغييرات
org-audit-conference = إعدادات المؤتمر
org-audit-sessions = الجلسات
org-audit-check-ins = تسجيلات الحضور
org-audit-empty = لم تُسجَّل أي تغييرات حتى الآن.
org-audit-empty-kind = لم تُسجَّل أي تغييرات من هذا النوع حتى الآن.
org-audit-caption = الأحدث أولًا؛ الأوقات بتوقيت { $zone }
org-audit-who = من
org-audit-what = ماذا
org-audit-before = قبل
org-audit-after = بعد

## الإعلانات.

org-ann-title = الإعلانات
org-ann-title-lower = الإعلانات
org-ann-write = كتابة إعلان
org-ann-none = لم يُرسل أي إعلان حتى الآن.
org-ann-caption = الإعلانات المرسلة، الأحدث أولًا
org-ann-sent = تاريخ الإرسال
org-ann-queued = في القائمة
org-ann-delivered = تم تسليمها
org-ann-failed = فشل إرسالها
org-ann-recipients = المستلمون
org-ann-new-title = إعلان جديد
org-ann-send-to = الإرسال إلى
org-ann-send-to-hint = لا تتلقى التسجيلات الملغاة والحسابات المحذوفة أي إعلانات.
org-ann-message = الرسالة
org-ann-send-at = موعد الإرسال (اختياري)
org-ann-preview = معاينة
org-ann-group-registrants = المسجَّلون
org-ann-group-session = المسجَّلون في جلسة واحدة
org-ann-audience-confirmed = جميع المسجَّلين المؤكَّدين
org-ann-audience-waitlisted = كل من على قائمة الانتظار
org-ann-audience-staff = مديرو الجلسات والمتحدثون في المؤتمر
org-ann-audience-session = { $title } (المسجَّلون)
org-ann-audience-option =
    { $count ->
        [zero] { $label } (لا أحد)
        [one] { $label } (شخص واحد)
        [two] { $label } (شخصان)
        [few] { $label } ({ $n } أشخاص)
        [many] { $label } ({ $n } شخصًا)
       *[other] { $label } ({ $n } شخص)
    }
org-ann-audience-empty = لا يوجد أحد في هذه الفئة حتى الآن: يُرجى اختيار فئة أخرى
org-ann-subject-hint = حتى { $max } حرف. سيراه المستلمون هكذا: «{ $example }».
org-ann-body-hint = تبدأ كل رسالة بعبارة «{ $greeting }» وتنتهي بتوقيع المنظِّمين ورابط لإلغاء الاشتراك، فلا داعي لكتابة تحية. Markdown: **غامق**، *مائل*، [روابط](https://example.org)، قوائم. حتى { $max } حرف. تعرض الخطوة التالية ما سيراه المستلمون تمامًا.
org-ann-send-at-hint = بالمنطقة الزمنية للمؤتمر ({ $zone }). اتركوه فارغًا للإرسال فور تأكيدكم.
org-ann-greeting-preview = حضرة (اسم المستلم) المحترم،
org-ann-preview-title = معاينة: { $subject }
org-ann-check = راجعوا إعلانكم
org-ann-test-sent = نسخة تجريبية في طريقها إلى { $email }. لم يتلقَّ أي شخص آخر شيئًا.
org-ann-lead =
    { $count ->
        [zero] سيُرسل إلى { $n } مستلم: { $audience }.
        [one] سيُرسل إلى مستلم واحد: { $audience }.
        [two] سيُرسل إلى مستلمَين: { $audience }.
        [few] سيُرسل إلى { $n } مستلمين: { $audience }.
        [many] سيُرسل إلى { $n } مستلمًا: { $audience }.
       *[other] سيُرسل إلى { $n } مستلم: { $audience }.
    }
org-ann-lead-scheduled =
    { $count ->
        [zero] سيُرسل إلى { $n } مستلم: { $audience }، في { $when }.
        [one] سيُرسل إلى مستلم واحد: { $audience }، في { $when }.
        [two] سيُرسل إلى مستلمَين: { $audience }، في { $when }.
        [few] سيُرسل إلى { $n } مستلمين: { $audience }، في { $when }.
        [many] سيُرسل إلى { $n } مستلمًا: { $audience }، في { $when }.
       *[other] سيُرسل إلى { $n } مستلم: { $audience }، في { $when }.
    }
org-ann-to-confirmed = جميع المسجَّلين المؤكَّدين
org-ann-to-waitlisted = كل من على قائمة الانتظار
org-ann-to-staff = مديرو الجلسات والمتحدثون
org-ann-to-session = كل المسجَّلين في «{ $title }»
org-ann-to-a-session = كل المسجَّلين في جلسة
org-ann-send-button =
    { $count ->
        [zero] الإرسال إلى { $n } مستلم
        [one] الإرسال إلى مستلم واحد
        [two] الإرسال إلى مستلمَين
        [few] الإرسال إلى { $n } مستلمين
        [many] الإرسال إلى { $n } مستلمًا
       *[other] الإرسال إلى { $n } مستلم
    }
org-ann-schedule-button =
    { $count ->
        [zero] جدولة الإرسال إلى { $n } مستلم
        [one] جدولة الإرسال إلى مستلم واحد
        [two] جدولة الإرسال إلى مستلمَين
        [few] جدولة الإرسال إلى { $n } مستلمين
        [many] جدولة الإرسال إلى { $n } مستلمًا
       *[other] جدولة الإرسال إلى { $n } مستلم
    }
org-ann-test-button = إرسال نسخة تجريبية إليّ
org-ann-change-button = تعديله
org-ann-flash-sent =
    { $count ->
        [zero] إعلانكم في طريقه إلى { $n } مستلم.
        [one] إعلانكم في طريقه إلى مستلم واحد.
        [two] إعلانكم في طريقه إلى مستلمَين.
        [few] إعلانكم في طريقه إلى { $n } مستلمين.
        [many] إعلانكم في طريقه إلى { $n } مستلمًا.
       *[other] إعلانكم في طريقه إلى { $n } مستلم.
    }
org-ann-flash-scheduled =
    { $count ->
        [zero] سيُرسل إعلانكم إلى { $n } مستلم في { $when }.
        [one] سيُرسل إعلانكم إلى مستلم واحد في { $when }.
        [two] سيُرسل إعلانكم إلى مستلمَين في { $when }.
        [few] سيُرسل إعلانكم إلى { $n } مستلمين في { $when }.
        [many] سيُرسل إعلانكم إلى { $n } مستلمًا في { $when }.
       *[other] سيُرسل إعلانكم إلى { $n } مستلم في { $when }.
    }
org-ann-all = جميع الإعلانات
org-ann-delivery = تسليم هذا الإعلان
org-ann-all-handed = سُلِّمت جميع الرسائل.
org-ann-delivering = يجري تسليم البريد؛ تعرض هذه الصفحة الحالة وقت تحميلها.
org-ann-live = يجري تسليم البريد؛ تتحدث هذه الأرقام تلقائيًا.
org-ann-reload = إعادة التحميل لرؤية أحدث الأرقام
org-ann-see-failed = عرض الرسائل التي فشل إرسالها وإعادة المحاولة
