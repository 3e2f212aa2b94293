# 邮件：Plenary 发送的每封邮件，均使用收件人的语言。
mail-signature = Plenary，谨代表会议主办方
mail-greeting = 尊敬的{ $name }：
mail-greeting-anonymous = 您好：
mail-greeting-participant = 尊敬的与会者：
mail-button-fallback = 如果按钮无法使用，请将以下地址复制到浏览器中：
mail-detail-conference = 会议
mail-detail-opens = 开幕
mail-detail-closes = 闭幕
mail-detail-zone = 您的时区
mail-detail-when = 时间
mail-detail-session = 会场
mail-detail-new-time = 新时间
mail-action-my-page = 打开我的会议页面
mail-action-see-my-page = 查看我的会议页面
mail-action-my-registration = 查看我的注册
mail-action-agenda = 查看议程
mail-link-expiry-48h = 该链接仅可使用一次，48 小时后失效。
# 注册确认
mail-confirm-subject = 请确认您的注册：{ $conference }
mail-confirm-intro = 感谢您注册参加“{ $conference }”。请确认您的电子邮件地址，以完成注册。
mail-confirm-waitlist = 会议目前名额已满，您在候补名单中排第 { $position } 位。一旦有名额分配给您，我们将立即发邮件通知您。
mail-confirm-action = 确认我的注册
mail-confirm-expiry = 该链接仅可使用一次，48 小时后失效。如果您并未注册，请忽略此邮件：没有该链接，不会发生任何操作。
# 已有账户的地址再次注册
mail-already-subject = 您已有账户：{ $conference }
mail-already-intro = 有人（很可能是您本人）尝试使用此电子邮件地址注册参加“{ $conference }”，但该地址已有账户。系统未创建新账户。
mail-already-how = 如需注册参加会议，请登录并使用一键注册。如果您忘记了密码，可以设置新密码。
mail-already-action = 登录并注册
mail-already-forgotten = 忘记密码？
mail-already-not-you = 如果这不是您本人的操作，请忽略此邮件；您的账户没有任何变化。
# 注册已确认
mail-confirmed-subject = 您已成功注册：{ $conference }
mail-confirmed-intro = 您注册参加“{ $conference }”已获确认。
mail-confirmed-pick = 请选择您希望参加的会场：每个会场开始前不久，您可以在您的会议页面上找到参会链接。
mail-confirmed-ics-picks = 所附日历文件会将您选择的会场添加到您的日历中。
mail-confirmed-ics-days = 所附日历文件会将会议日程添加到您的日历中。如需随选随时跟进您的会场，请在您的会议页面订阅个人日历。
# 候补名单
mail-waitlisted-subject = 邮件地址已确认——您已列入候补名单：{ $conference }
mail-waitlisted-intro = 感谢您确认电子邮件地址。“{ $conference }”目前名额已满；您在候补名单中排第 { $position } 位。
mail-waitlisted-how = 一旦有名额空出，系统将自动分配给名单上的第一位，并发邮件通知您。
mail-promoted-subject = 已为您保留名额：{ $conference }
mail-promoted-intro = 好消息：“{ $conference }”有名额空出，现已分配给您。
mail-promoted-pending = 请通过您注册时我们发送的链接确认您的电子邮件地址，以完成注册。
mail-seat-subject = 您已获得“{ $session }”的名额
mail-seat-intro = “{ $session }”有名额空出，现已分配给您。
# 密码和电子邮件地址
mail-reset-subject = 设置新的 Plenary 密码
mail-reset-intro = 我们收到了为您的账户设置新密码的请求。
mail-reset-action = 设置新密码
mail-reset-expiry = 该链接仅可使用一次，2 小时后失效。如果您并未提出此请求，请忽略此邮件：您的密码保持不变。
mail-reset-unknown-subject = 密码重置请求
mail-reset-unknown-intro = 有人请求重置使用此电子邮件地址的 Plenary 账户的密码，但不存在使用该地址的账户。
mail-reset-unknown-hint = 如果您希望注册参加某个会议，请从该会议的页面开始，网址为
mail-email-change-subject = 请确认您的新电子邮件地址
mail-email-change-intro = 您已申请将您 Plenary 账户的电子邮件地址更改为 { $email }。请通过以下链接确认。
mail-email-change-action = 确认我的新地址
mail-email-changed-subject = 您账户的电子邮件地址已更改
mail-email-changed-intro = 您 Plenary 账户的电子邮件地址已更改为 { $email }。如果这不是您本人的操作，请立即与主办方联系。
# 议程变更
mail-moved-subject = “{ $session }”的时间已调整
mail-moved-intro = “{ $conference }”的主办方调整了您所选会场的时间。
mail-removed-subject = “{ $session }”将不再举行
mail-removed-intro = “{ $conference }”的主办方已删除您所选的会场“{ $session }”。对于此项变更，我们深表歉意。
mail-cancelled-subject = 已取消：“{ $session }”
mail-cancelled-intro = “{ $conference }”的主办方已取消您所选的会场“{ $session }”。所附日历文件会在您的日历中将其标记为已取消。
mail-reinstated-subject = 已恢复至议程：“{ $session }”
mail-reinstated-intro = “{ $conference }”的主办方已恢复您所选的会场“{ $session }”：该会场将如期举行。所附日历文件会更新您的日历。
mail-reminder-subject = 即将开始：{ $session }
mail-reminder-intro = 您所选的“{ $conference }”会场“{ $session }”即将开始。
mail-reminder-join = 会场开始前不久，参会链接将显示在您的会议页面上。
# 角色邀请（$role：organizer、moderator 或 speaker）
mail-invite-subject = 邀请：{ $conference }
mail-invite-conference = “{ $conference }”的主办方诚邀您担任本次会议的{ $role ->
        [moderator] 主持人
        [speaker] 发言人
       *[organizer] 组织者
    }。
mail-invite-session = “{ $conference }”的主办方诚邀您担任会场“{ $session }”的{ $role ->
        [moderator] 主持人
        [speaker] 发言人
       *[organizer] 组织者
    }。
mail-invite-how = 请打开链接接受邀请。只有在您接受后，您的姓名才会出现在会议页面上。如果您不希望担任该角色，请忽略此邮件。
mail-invite-action = 回复邀请
mail-invite-expiry = 该链接仅可使用一次，14 天后失效。如果您没有预期收到此邮件，可以忽略。
# 公告的框架
mail-ann-reason = 您收到此邮件，是因为您参加了“{ $conference }”。
mail-ann-page = 您的会议页面
mail-ann-unsubscribe = 退订本次会议的公告
mail-ann-no-more = 不再接收本次会议的公告
