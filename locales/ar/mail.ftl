# البريد: كل رسالة يرسلها Plenary بلغة المرسَل إليه.
mail-signature = Plenary، نيابةً عن منظمي المؤتمر
mail-greeting = حضرة { $name } المحترم/ة،
mail-greeting-anonymous = تحية طيبة،
mail-greeting-participant = حضرة المشارك/ة المحترم/ة،
mail-button-fallback = إذا لم يعمل الزر، يُرجى نسخ هذا العنوان في متصفحكم:
mail-detail-conference = المؤتمر
mail-detail-opens = الافتتاح
mail-detail-closes = الاختتام
mail-detail-zone = منطقتكم الزمنية
mail-detail-when = الموعد
mail-detail-session = الجلسة
mail-detail-new-time = الموعد الجديد
mail-action-my-page = فتح صفحتي في المؤتمر
mail-action-see-my-page = عرض صفحتي في المؤتمر
mail-action-my-registration = عرض تسجيلي
mail-action-agenda = عرض جدول الأعمال
mail-link-expiry-48h = يعمل الرابط مرة واحدة وتنتهي صلاحيته بعد 48 ساعة.
# تأكيد التسجيل
mail-confirm-subject = يُرجى تأكيد تسجيلكم: { $conference }
mail-confirm-intro = نشكركم على التسجيل في «{ $conference }». يُرجى تأكيد عنوان بريدكم الإلكتروني لإتمام التسجيل.
mail-confirm-waitlist = اكتمل عدد المشاركين في المؤتمر حاليًا، وترتيبكم على قائمة الانتظار هو { $position }. وسنراسلكم فور تخصيص مقعد لكم.
mail-confirm-action = تأكيد تسجيلي
mail-confirm-expiry = يعمل الرابط مرة واحدة وتنتهي صلاحيته بعد 48 ساعة. إذا لم تسجّلوا، فيُرجى تجاهل هذه الرسالة: لن يحدث شيء من دون الرابط.
# التسجيل بعنوان له حساب بالفعل
mail-already-subject = لديكم حساب بالفعل: { $conference }
mail-already-intro = حاول شخص ما (على الأرجح أنتم) التسجيل في «{ $conference }» بعنوان البريد الإلكتروني هذا، وهو مرتبط بحساب قائم. ولم يُنشأ أي حساب جديد.
mail-already-how = للتسجيل في المؤتمر، يُرجى تسجيل الدخول واستخدام التسجيل بنقرة واحدة. وإذا نسيتم كلمة المرور، يمكنكم تعيين كلمة مرور جديدة.
mail-already-action = تسجيل الدخول والتسجيل في المؤتمر
mail-already-forgotten = هل نسيتم كلمة المرور؟
mail-already-not-you = إذا لم تكونوا أنتم، فيمكنكم تجاهل هذه الرسالة؛ فحسابكم لم يتغير.
# تأكيد التسجيل
mail-confirmed-subject = تم تسجيلكم: { $conference }
mail-confirmed-intro = تم تأكيد تسجيلكم في «{ $conference }».
mail-confirmed-pick = يُرجى اختيار الجلسات التي تودّون متابعتها: ستجدون روابط الانضمام في صفحتكم في المؤتمر قبيل بدء كل جلسة.
mail-confirmed-ics-picks = يضيف ملف التقويم المرفق الجلسات التي اخترتموها إلى تقويمكم.
mail-confirmed-ics-days = يضيف ملف التقويم المرفق أيام المؤتمر إلى تقويمكم. ولمتابعة جلساتكم أولًا بأول عند اختيارها، يُرجى الاشتراك في تقويمكم الشخصي من صفحتكم في المؤتمر.
# قائمة الانتظار
mail-waitlisted-subject = تم تأكيد البريد الإلكتروني — أنتم على قائمة الانتظار: { $conference }
mail-waitlisted-intro = نشكركم على تأكيد عنوان بريدكم الإلكتروني. اكتمل عدد المشاركين في «{ $conference }» حاليًا، وترتيبكم على قائمة الانتظار هو { $position }.
mail-waitlisted-how = عندما يشغر مقعد، يُخصَّص تلقائيًا لأول شخص على القائمة ونراسلكم.
mail-promoted-subject = خُصِّص لكم مقعد: { $conference }
mail-promoted-intro = يسرّنا إبلاغكم بأن مقعدًا قد شغر في «{ $conference }» وقد خُصِّص لكم الآن.
mail-promoted-pending = يُرجى تأكيد عنوان بريدكم الإلكتروني عبر الرابط الذي أرسلناه إليكم عند التسجيل لإتمام تسجيلكم.
mail-seat-subject = خُصِّص لكم مكان في «{ $session }»
mail-seat-intro = شغر مكان في «{ $session }» وقد خُصِّص لكم الآن.
# كلمة المرور وعنوان البريد الإلكتروني
mail-reset-subject = تعيين كلمة مرور جديدة لـ Plenary
mail-reset-intro = تلقّينا طلبًا لتعيين كلمة مرور جديدة لحسابكم.
mail-reset-action = اختيار كلمة مرور جديدة
mail-reset-expiry = يعمل الرابط مرة واحدة وتنتهي صلاحيته بعد ساعتين. إذا لم تطلبوا ذلك، فيُرجى تجاهل هذه الرسالة: ستبقى كلمة المرور كما هي.
mail-reset-unknown-subject = طلب إعادة تعيين كلمة المرور
mail-reset-unknown-intro = طلب شخص ما إعادة تعيين كلمة مرور حساب في Plenary بعنوان البريد الإلكتروني هذا، ولكن لا يوجد حساب بهذا العنوان.
mail-reset-unknown-hint = إذا كنتم تودّون التسجيل في مؤتمر، فيُرجى البدء من صفحته على الموقع
mail-email-change-subject = يُرجى تأكيد عنوان بريدكم الإلكتروني الجديد
mail-email-change-intro = طلبتم تغيير عنوان البريد الإلكتروني لحسابكم في Plenary إلى { $email }. يُرجى تأكيده عبر الرابط أدناه.
mail-email-change-action = تأكيد عنواني الجديد
mail-email-changed-subject = تغيّر عنوان البريد الإلكتروني لحسابكم
mail-email-changed-intro = تم تغيير عنوان البريد الإلكتروني لحسابكم في Plenary إلى { $email }. إذا لم تقوموا بذلك، فيُرجى الاتصال بالمنظمين فورًا.
# تغييرات جدول الأعمال
mail-moved-subject = موعد جديد لـ «{ $session }»
mail-moved-intro = غيّر منظمو «{ $conference }» موعد جلسة اخترتموها.
mail-removed-subject = لن تُعقد «{ $session }»
mail-removed-intro = حذف منظمو «{ $conference }» جلسة «{ $session }» التي كنتم قد اخترتموها. ونعتذر عن هذا التغيير.
mail-cancelled-subject = أُلغيت: «{ $session }»
mail-cancelled-intro = ألغى منظمو «{ $conference }» جلسة «{ $session }» التي كنتم قد اخترتموها. ويُظهرها ملف التقويم المرفق ملغاةً في تقويمكم.
mail-reinstated-subject = عادت إلى جدول الأعمال: «{ $session }»
mail-reinstated-intro = أعاد منظمو «{ $conference }» جلسة «{ $session }» التي كنتم قد اخترتموها: ستُعقد في موعدها. ويحدّث ملف التقويم المرفق تقويمكم.
mail-reminder-subject = تبدأ قريبًا: { $session }
mail-reminder-intro = تبدأ قريبًا «{ $session }»، وهي جلسة من جلسات «{ $conference }» اخترتموها.
mail-reminder-join = سيكون رابط الانضمام في صفحتكم في المؤتمر قبيل بدء الجلسة.
# الدعوات إلى الأدوار ($role: organizer أو moderator أو speaker)
mail-invite-subject = دعوة: { $conference }
mail-invite-conference = يدعوكم منظمو «{ $conference }» إلى تولّي دور { $role ->
        [moderator] مدير الجلسات
        [speaker] المتحدث
       *[organizer] المنظم
    } في المؤتمر.
mail-invite-session = يدعوكم منظمو «{ $conference }» إلى تولّي دور { $role ->
        [moderator] مدير الجلسة
        [speaker] المتحدث
       *[organizer] المنظم
    } في جلسة «{ $session }».
mail-invite-how = يُرجى فتح الرابط لقبول الدعوة. لن يظهر اسمكم على صفحات المؤتمر إلا بعد قبولكم. وإذا كنتم لا ترغبون في هذا الدور، فيُرجى تجاهل هذه الرسالة.
mail-invite-action = الرد على الدعوة
mail-invite-expiry = يعمل الرابط مرة واحدة وتنتهي صلاحيته بعد 14 يومًا. وإذا لم تكونوا تتوقعون هذه الرسالة، فيمكنكم تجاهلها.
# إطار الإعلان
mail-ann-reason = تصلكم هذه الرسالة لأنكم تشاركون في «{ $conference }».
mail-ann-page = صفحتكم في المؤتمر
mail-ann-unsubscribe = إلغاء الاشتراك في إعلانات هذا المؤتمر
mail-ann-no-more = عدم تلقي مزيد من الإعلانات من هذا المؤتمر
