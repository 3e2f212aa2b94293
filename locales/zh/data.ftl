## 国家：注册所计入的国家（我的会议）。

data-country-changed = 您的注册现计入以下国家：{ $country }。
data-country-unchanged = 您的注册已计入以下国家：{ $country }。
data-country-quota-full = { $country }的名额已满，您的注册仍保留原国家。
data-country-invalid = 请从列表中选择国家；您的注册国家未作更改。

## 时区。

data-zone-unknown = 我们无法识别时区“{ $input }”，请输入城市名称或 Asia/Tokyo 这样的时区名称。因此时间按 { $zone } 时区显示。

## 区域（联合国统计司 M49）。

data-region-africa = 非洲
data-region-americas = 美洲
data-region-asia = 亚洲
data-region-europe = 欧洲
data-region-oceania = 大洋洲
data-region-antarctica = 南极洲
