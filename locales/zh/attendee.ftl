## 参会者页面：我的会议、选择环节、加入、确认、取消。

att-status-pending = 待确认电子邮箱
att-status-confirmed = 已确认
att-status-waitlisted = 在候补名单中
att-status-cancelled = 已取消
att-your-registration = 您的注册：
att-register-again = 重新注册
att-send-link-again = 重新发送链接
att-back-to-me = 返回我的会议页面
att-back-to-session = 返回环节页面
att-in-picks = 已在您的选择中
att-picked = 已选择
att-on-session-waitlist = 在该环节的候补名单中
att-join-session = 加入环节
att-join-link-from = 加入链接开放时间：{ $at }
att-session-ended = 此环节已结束。
att-pick = 选择此环节
att-unpick = 从我的选择中移除
att-overlaps = 与您选择的“{ $title }”时间冲突
att-save-zone-question = 您的个人资料中设置的是另一个时区。今后您的邮件和页面是否改用 { $zone }？
att-save-zone-button = 将 { $zone } 保存到我的个人资料

att-me-pending = 请通过我们发送给您的链接确认电子邮箱，以完成注册。
att-me-waitlist-position = 您在候补名单中排第 { $position } 位。一旦有名额空出，将自动分配给您，并通过电子邮件通知您。
att-me-cancelled = 您的注册已取消。
att-me-picked =
    { $count ->
       *[other] 您已选择 { $n } 个环节。
    }
att-me-join-lead =
    { $count ->
       *[other] 每个环节开始前 { $n } 分钟，加入链接将显示在此处。
    }
att-me-country-hint = 您的注册所计入的国家/地区。如有错误，请在此更正。
att-me-country-save = 保存国家/地区
att-me-times = 时间以 { $zone } 显示。
att-me-change-zone = 更改您的时区
att-capacity-full =
    { $count ->
       *[other] 已满（{ $n } 个名额）：新的选择将进入该环节的候补名单
    }
att-capacity-left =
    { $count ->
       *[other] 剩余 { $n } 个名额（共 { $cap } 个）
    }
att-feed-heading = 日历订阅
att-feed-new-intro = 在您的日历应用中订阅此私人地址，即可查看您所选的环节及其加入链接。请勿告知他人。
att-feed-copy-now = 请立即复制：此地址仅显示这一次。
att-feed-scrambled = 我们只保存其加密形式，因此无法再次显示。
att-feed-google = 添加到 Google 日历
att-feed-outlook = 添加到 Outlook
att-feed-apple = 添加到 Apple 日历
att-feed-copy = 复制地址
att-feed-rotate = 生成新地址（旧地址将失效）
att-feed-exists = 您已有私人日历订阅。其地址仅在生成时显示过一次。如果您已找不到该地址，请生成新地址：旧地址随即失效。
att-feed-none = 获取一个私人日历地址，在您的日历应用中显示您所选的环节。
att-feed-create = 创建我的日历订阅
att-cancel-link = 取消我的注册

att-flash-picked = 该环节已添加到您的选择中。
att-flash-pick-waitlisted = 该环节已满：您已进入其候补名单，将获得下一个空出的名额。
att-flash-already-picked = 您此前已选择过此环节。
att-flash-pick-not-confirmed = 您的注册确认后即可选择环节。
att-flash-not-pickable = 此环节无法选择。
att-flash-unpicked = 该环节已从您的选择中移除。
att-flash-not-picked = 该环节不在您的选择中。
att-flash-cancelled = 您的注册已取消，名额已释放。注册开放期间，您可以重新注册。
att-flash-feed-rotated = 您的日历订阅已有新地址，旧地址已失效。请立即复制新地址：它仅显示一次。
att-flash-feed-created = 您的个人日历订阅已准备就绪。请立即复制其地址：它仅显示一次。
att-flash-not-registered = 您尚未注册此会议：请先注册。

att-cancel-title = 取消您的注册
att-cancel-heading = 确定要取消您的注册吗？
att-cancel-text = 您的会议名额和各环节名额将转给候补名单中的人员。您的账户将保留；注册开放期间您可以重新注册，但届时名额可能已被占用。
att-cancel-yes = 是，取消我的注册
att-cancel-no = 否，保留注册
att-closed-heading = 注册尚未开放

att-confirm-heading = 确认您的注册
att-confirm-lead = 此操作将确认电子邮箱 { $email }，以及 { $name } 对“{ $conference }”的注册。
att-confirm-signed-in-as = 您当前以 { $other } 的身份登录。确认后将退出该账户，并以 { $email } 的身份登录。
att-confirm-password = 您的密码
att-confirm-password-hint = 您注册时设置的密码。如果忘记密码，请使用同一地址重新注册，并使用新邮件中的链接。
att-confirm-sign-out-button = 退出并确认
att-confirm-button = 确认我的注册
att-confirm-not-you = 如果您并未注册，请关闭此页面：不点击按钮就不会发生任何操作。
att-confirm-password-missing = 请输入您注册时设置的密码
att-confirm-password-wrong = 这不是注册时设置的密码。如果您并未注册，请关闭此页面
att-flash-confirmed = 您的注册已确认。请选择您希望参加的环节。
att-flash-confirmed-waitlisted = 您的电子邮箱已确认。会议名额已满，因此您已进入候补名单。
att-link-used-title = 此链接已被使用
att-link-used-text =
    { $status ->
        [pending] 无需其他操作：您的注册正在等待确认电子邮箱。
        [confirmed] 无需其他操作：您的注册已确认。
        [waitlisted] 无需其他操作：您的注册在候补名单中。
        [cancelled] 无需其他操作：您的注册已取消。
       *[other] 无需其他操作：您的注册状态未变。
    }
att-link-go-to-me = 前往我的会议页面
att-link-expired-title = 此链接已过期
att-link-expired-text = 确认链接的有效期为 48 小时。请在会议的注册页面申请新链接。
att-link-invalid-title = 此链接无效
att-link-invalid-text = 请检查您是否复制了邮件中的完整地址。

att-resend-title = 重新发送链接
att-resend-heading = 重新发送确认链接
att-resend-text = 请输入您注册时使用的电子邮箱。如果该邮箱有待确认的注册，我们将发送新链接（旧链接仅在过期后失效）。
att-email = 电子邮箱
att-resend-button = 发送链接
att-sent-title = 请查收电子邮件
att-sent-lead-to = 我们已向 { $email } 发送了一封电子邮件。
att-sent-lead = 我们已向您的邮箱发送了一封电子邮件。
att-sent-text = 请打开邮件中的链接以确认注册。该链接有效期为 48 小时。如果会议名额已满，邮件中还会告知您在候补名单中的位次。
att-sent-spam = 几分钟后仍未收到邮件？请检查垃圾邮件文件夹。

att-join-title = 加入“{ $title }”
att-join-lead = 此环节不在您的选择中。加入后，它将被添加到您的选择中，并带您进入会议。
att-join-button = 选择并加入
att-join-unavailable = 加入链接不可用
att-join-not-confirmed = 加入链接仅供注册已确认的参会者使用。请先确认您的注册。
att-join-no-seat = 此环节名额有限：请先选择该环节以获得名额。
att-join-not-yet =
    { $count ->
       *[other] 链接将在环节开始前 { $n } 分钟开放，即 { $date } { $time }。
    }
att-join-no-link = 此环节没有加入链接。
att-stream-title = 观看“{ $title }”
att-stream-lead = 关注此环节的人数众多，因此观众通过直播观看，主持人和发言人则在视频会议室中交流。
att-stream-open = 打开直播
att-video-failed-title = 无法打开会议
att-video-failed-lead = “{ $title }”的视频平台暂时未能让我们进入。这与您的注册无关。请稍后重试。
att-video-failed-detail = 平台返回的信息（仅向主持方显示）：{ $detail }
att-video-not-configured = 平台设置不完整
att-try-again = 重试
