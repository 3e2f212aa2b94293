## البلدان: البلد الذي يُحتسب ضمنه التسجيل (مؤتمري).

data-country-changed = يُحتسب تسجيلكم الآن ضمن البلد التالي: { $country }.
data-country-unchanged = يُحتسب تسجيلكم بالفعل ضمن البلد التالي: { $country }.
data-country-quota-full = اكتمل عدد المقاعد المخصصة للبلد { $country }، لذا يظل تسجيلكم مرتبطًا ببلده الحالي.
data-country-invalid = يُرجى اختيار بلد من القائمة؛ لم يُغيَّر بلد تسجيلكم.

## المناطق الزمنية.

data-zone-unknown = لا نعرف منطقة زمنية باسم «{ $input }»؛ يُرجى إدخال اسم مدينة أو اسم مثل Asia/Tokyo. لذا تُعرض الأوقات بتوقيت { $zone }.

## المناطق (الشعبة الإحصائية للأمم المتحدة، M49).

data-region-africa = أفريقيا
data-region-americas = الأمريكتان
data-region-asia = آسيا
data-region-europe = أوروبا
data-region-oceania = أوقيانوسيا
data-region-antarctica = أنتاركتيكا
