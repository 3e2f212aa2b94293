## 页面通用布局。

skip-to-content = 跳至正文
nav-account-label = 账户
nav-my-sessions = 我的场次
nav-my-conference = 我的会议
nav-my-schedule = 我的日程
nav-back-office = 后台管理
nav-sign-out = 退出登录
nav-sign-in = 登录
footer-tagline = Plenary——开源虚拟会议平台。
lang-switcher-label = 语言

## 数量（$count 决定形式，$n 显示分组后的数字）。

registrants-count = { $n } 名与会者
sessions-count = { $n } 场会议

## Forms shared by sign-up and the profile.

field-language = 语言
field-language-hint = 网页及我们发送给您的邮件将使用此语言。
field-language-invalid = 请从所列语言中选择一种。
field-default-language = 默认语言
field-default-language-hint = 适用于浏览器未请求我们所支持任何语言的访客，以及未选择语言的注册者所收到的邮件。

## Video platforms (product names are not translated).

video-platform-none = 不使用视频
video-platform-link = 每场会议一个链接
