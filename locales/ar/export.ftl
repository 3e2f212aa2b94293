# التصدير: كلماتنا في ملفات التقويم وعناوين أعمدة جداول CSV.
exp-ics-day-of = { $title } (اليوم { $day } من { $total })
exp-ics-online-conference = مؤتمر عبر الإنترنت.
exp-ics-agenda = جدول الأعمال بتوقيت منطقتكم الزمنية:
exp-ics-mine = جلساتكم وروابط الانضمام:
exp-ics-online = عبر الإنترنت
exp-ics-online-room = عبر الإنترنت — { $room }
exp-ics-join = انضمام
# قائمة الحضور في جلسة (CSV)
exp-roster-name = الاسم
exp-roster-country = البلد
exp-roster-organisation = المؤسسة
exp-roster-status = حالة التسجيل
exp-roster-joined = حضر
exp-roster-joined-at = وقت الانضمام ({ $zone })
exp-roster-deleted = حساب محذوف
exp-yes = نعم
exp-no = لا
# جدول التسجيلات (CSV)
exp-reg-name = الاسم
exp-reg-email = البريد الإلكتروني
exp-reg-country-code = رمز البلد
exp-reg-country-name = البلد
exp-reg-organisation = المؤسسة
exp-reg-status = الحالة
exp-reg-registered-at = تاريخ التسجيل
exp-reg-confirmed-at = تاريخ التأكيد
exp-reg-sessions-picked = الجلسات المختارة
exp-reg-minutes-present = دقائق الحضور
