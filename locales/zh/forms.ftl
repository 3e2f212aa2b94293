## 所有表单共用的校验提示，以及表单有误时的页面标题。

form-error-title = 错误：{ $title }
form-too-long =
    { $count ->
       *[other] 不得超过 { $n } 个字符
    }
form-control-characters = 不得包含控制字符
form-invisible-characters = 不得包含不可见的格式字符，例如零宽空格或强制改变文字方向的字符
form-email-missing = 请输入您的电子邮件地址
form-email-too-long = 电子邮件地址不得超过 254 个字符
form-email-format = 请输入格式正确的电子邮件地址，例如 name@example.org
form-country-missing = 请选择您所在的国家
form-country-unknown = 请从列表中选择一个国家
form-zone-missing = 请输入时区，例如 Europe/Zurich
form-zone-unknown = “{ $zone }”不是我们所知的时区；请输入城市名称或类似 Asia/Tokyo 的时区名称
form-name-missing = 请输入您的全名
form-password-missing = 请输入密码
form-password-too-short =
    { $count ->
       *[other] 密码至少须包含 { $n } 个字符
    }
form-password-too-long =
    { $count ->
       *[other] 密码不得超过 { $n } 个字符
    }
form-colour-format = 请以六位十六进制数字输入颜色，例如 #1b4f8f
form-colour-too-light = 此颜色过浅：其上白色文字的对比度为 { $contrast }:1，而清晰可读至少需要 { $min }:1（WCAG AA）。请选择更深的色调
form-colour-links-too-light = 此颜色用作页面背景上的链接颜色时，对比度为 { $contrast }:1，而至少需要 { $min }:1（WCAG AA）。请选择更深的色调
form-picture-missing = 请选择要上传的图片
form-picture-too-large = 该图片大小为 { $size } KB；最大允许 { $max } KB
form-picture-not-png-or-jpeg = 该文件不是 PNG 或 JPEG 图片
form-picture-unreadable = 无法读取该图片（文件已损坏，或像素尺寸过大）
form-picture-not-converted = 无法转换该图片
form-unreadable = 无法读取表单：{ $detail }
