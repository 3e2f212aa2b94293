## 登录、账户页面及其表单（密码、电子邮件地址、公开简介、删除账户）以及这些页面显示的提示。

acc-field-email = 电子邮件地址
acc-field-password = 密码
acc-field-your-password = 您的密码
acc-field-current-password = 当前密码
acc-field-new-password = 新密码
acc-field-new-email = 新的电子邮件地址
acc-field-name = 全名
acc-field-organisation = 所属机构（选填）
acc-field-zone = 您所在的时区
acc-field-zone-hint = 会议日程时间将按此时区显示，例如 Asia/Tokyo。

## 登录。

acc-login-title = 登录
acc-login-link-lasts = 该链接在 48 小时内有效。如果您找不到这封邮件，或链接已过期：
acc-login-resend-link = 请申请新的确认链接
acc-login-submit = 登录
acc-login-forgotten = 忘记密码？
acc-login-new-here = 首次访问？请打开一个会议页面并进行注册。
acc-login-conferences-link = 查看会议列表
acc-login-password-missing = 请输入您的密码
acc-login-unconfirmed = 请先确认您的电子邮件地址：点击我们发给您的邮件中的链接
acc-login-wrong = 电子邮件地址或密码不正确
acc-login-signed-in = 您已以 { $email } 的身份登录。

## 账户页面。

acc-title = 您的账户
acc-conferences-heading = 您的会议
acc-conferences-none = 您尚未注册任何会议。
acc-conferences-link = 查看会议
acc-details-heading = 您的个人信息
acc-email-current-label = 电子邮件地址：
acc-details-submit = 保存我的信息
acc-details-saved = 您的信息已保存。
acc-security-heading = 安全与数据
acc-security-profile = 您的公开发言人简介
acc-security-download = 下载您的数据（JSON）
acc-signed-in-heading = 您的登录位置
acc-signed-in-count =
    { $count ->
        [1] 您仅在此浏览器上登录。
       *[other] 您已在 { $n } 个浏览器或设备上登录，包括此浏览器。
    }
acc-sign-out-everywhere-intro = 设备丢失，或使用过公用计算机？请在所有设备上退出登录，包括此浏览器。之后您可以在此重新登录。
acc-sign-out-everywhere = 在所有设备上退出登录
acc-zone-unknown = 我们无法识别该时区；您的个人资料未作更改。
acc-zone-saved = 您个人资料中的时区现为 { $zone }。

## 密码。

acc-password-title = 修改密码
acc-password-new-title = 设置新密码
acc-password-length-hint = 10 至 128 个字符。
acc-password-change-hint = 10 至 128 个字符。您的其他设备将退出登录。
acc-password-submit = 修改我的密码
acc-password-new-submit = 设置我的新密码
acc-password-ask-new-link = 申请新的重置链接
acc-current-password-missing = 请输入您的当前密码
acc-current-password-wrong = 您的当前密码不正确
acc-password-wrong = 您的密码不正确
acc-password-changed = 您的密码已修改。其他设备已退出登录。
acc-reset-title = 重置密码
acc-reset-intro = 请输入您账户的电子邮件地址，我们将向您发送一个用于设置新密码的链接。
acc-reset-demo = 为演示中虚构的注册者创建的账户在通过此方式设置密码之前没有密码。
acc-reset-submit = 向我发送链接
# $email is already escaped; the markup is part of the message.
acc-reset-sent = 如果 <strong>{ $email }</strong> 对应一个账户，我们已向该地址发送了设置新密码的链接。该链接仅可使用一次，有效期为 2 小时。
acc-reset-back = 返回登录
acc-reset-done = 您的新密码已设置，您已登录。
acc-reset-link-invalid = 此重置链接已失效（每个链接仅可使用一次，有效期为 2 小时）。请申请新的链接。

## 更改电子邮件地址。

acc-email-title = 更改您的电子邮件地址
# $email is already escaped; the markup is part of the message.
acc-email-now = 您当前的地址是 <strong>{ $email }</strong>。我们会向新地址发送一个链接；您打开该链接后，更改即生效。
acc-email-submit = 发送链接
acc-email-same = 这已经是您的电子邮件地址
acc-email-link-sent = 我们已向 { $email } 发送了一个链接。您打开该链接后，地址即会更改。
# $email is already escaped; the markup is part of the message.
acc-email-confirm-lead = 您账户的电子邮件地址将更改为 <strong>{ $email }</strong>。此后请使用该地址登录。
acc-email-confirm-submit = 更改我的电子邮件地址
acc-email-confirm-not-you = 如果您并未申请此项更改，请关闭本页面：不点击按钮，不会发生任何更改。
acc-email-link-invalid = 此链接已失效。每个链接仅可使用一次，有效期为 48 小时。
acc-email-changed = 您的电子邮件地址已更改。
acc-email-taken = 该电子邮件地址现已属于另一个账户，因此您的地址未作更改。

## 删除账户。

acc-delete-title = 删除您的账户
acc-delete-intro = 此操作将取消您的所有注册（您的席位将让给候补名单上的人员），并删除您的个人数据：姓名、电子邮件地址、所属机构、密码、日历订阅以及我们保存的所有发给您的邮件。此操作无法撤销。
acc-delete-download-first = 您可以先下载您的数据。
acc-delete-what-stays = 保留的内容与您本人没有关联：您的注册将作为匿名记录（国家、状态和日期）保留，供组织者统计之用；组织者变更日志中的条目也会保留，其中您的姓名和电子邮件地址将被替换为“已删除用户”及一个随机编号。
acc-delete-password-hint = 用于确认是您本人操作。
acc-delete-submit = 删除我的账户
acc-delete-password-missing = 请输入您的密码以删除账户
acc-deleted-heading = 您的账户已删除
acc-deleted-removed = 我们已删除您的姓名、电子邮件地址、所属机构、密码、日历订阅以及我们保存的所有发给您的邮件。
acc-deleted-stays = 保留的内容与您本人没有关联：
acc-deleted-stays-registrations = 您的注册作为匿名记录（国家、状态和日期）保留，供组织者统计之用；
acc-deleted-stays-log = 组织者变更日志中的条目，其中您的姓名和电子邮件地址已被替换为“已删除用户”及一个随机编号。
acc-deleted-mailbox = 我们此前发给您的邮件仍保留在您的邮箱中；我们无法删除这些邮件。
acc-deleted-conferences-link = 前往会议列表

## 公开发言人简介。

acc-profile-own-heading = 您的公开简介
acc-profile-lead = 显示在会议场次页面、单独的简介页面以及会议日程文件中——仅在勾选“公开显示此简介”时显示。
acc-profile-honorific = 尊称（选填）
acc-profile-honorific-hint = 例如：阁下、博士、教授。
acc-profile-job-title = 头衔或职务（选填）
acc-profile-job-title-hint = 例如：文化部长、研究主任。
acc-profile-country-hint = 选填。
acc-profile-biography = 简短个人介绍（选填）
acc-profile-biography-hint =
    { $count ->
       *[other] 最多 { $n } 个字符。
    }
acc-profile-consent = 公开显示此简介
acc-profile-consent-hint = 如不勾选，您的姓名仍会出现在会议日程中，但不会显示您的名片、照片或个人页面。
acc-profile-submit = 保存简介
acc-profile-saved = 简介已保存。
acc-photo-heading = 照片
acc-photo-current = 当前照片
acc-photo-remove = 删除照片
acc-photo-none = 尚无照片。
acc-photo-upload-label = 上传照片
acc-photo-upload = 上传此照片
acc-photo-removed = 照片已删除。
acc-photo-saved = 照片已保存。
