## 管理后台 A 部分：报名、统计、人员、邀请、发件箱、审计日志和公告。
## 数量：$count 选择形式，$n 显示分组后的数字。

org-error-prefix = 错误：
org-deleted-account = 已删除的账户

## 显示的状态和角色。

org-status-pending = 等待确认电子邮件
org-status-confirmed = 已确认
org-status-waitlisted = 在候补名单上
org-status-cancelled = 已取消
org-enrollment-enrolled = 已报名
org-enrollment-waitlisted = 在本场会议的候补名单上
org-role-organizer = 组织者
org-role-moderator = 主持人
org-role-speaker = 发言人

## 通用表格列。

org-col-name = 姓名
org-col-email = 电子邮件
org-col-organisation = 单位
org-col-session = 会议
org-col-sessions = 会议
org-col-when = 时间
org-col-place = 席位
org-col-picked = 选择时间
org-col-attended = 出席
org-col-role = 角色

## 分页。

org-pager-first = 第一页
org-pager-prev = 上一页
org-pager-next = 下一页
org-pager-last = 最后一页
org-pager-page = 第 { $page } 页，共 { $pages } 页

## 报名列表。

org-reg-title = 报名
org-reg-title-lower = 报名
org-reg-find = 查找报名
org-reg-search = 搜索
org-reg-search-hint = 姓名、电子邮件或单位
org-reg-status = 状态
org-reg-country = 国家
org-reg-session = 已报名的会议
org-reg-sort = 排序依据
org-reg-order = 顺序
org-reg-apply = 应用
org-reg-clear = 清除筛选条件
org-reg-any-status = 任何状态
org-reg-any-country = 任何国家
org-reg-any-session = 任何会议
org-reg-sort-registered = 报名日期
org-reg-registered = 报名时间
org-reg-ascending = 升序（A–Z，最早的在前）
org-reg-descending = 降序（Z–A，最新的在前）
org-reg-showing-none = 没有符合条件的报名。
org-reg-showing =
    { $count ->
       *[other] 显示第 { $first }–{ $last } 条，共 { $n } 条报名。
    }
org-reg-download-csv =
    { $count ->
       *[other] 以 CSV 格式下载这 { $n } 条报名
    }
org-reg-caption = 报名，第 { $page } 页，共 { $pages } 页
org-reg-select = 选择
org-reg-select-person = 选择 { $name }
org-reg-pages = 报名列表分页

## 批量操作。

org-bulk-legend = 批量操作
org-bulk-action = 操作
org-bulk-confirm = 确认
org-bulk-promote = 从候补名单转正
org-bulk-resend = 重新发送确认链接
org-bulk-cancel = 取消
org-bulk-scope-selected = 已勾选的报名
org-bulk-scope-filtered =
    { $count ->
       *[other] 符合筛选条件的全部 { $n } 条报名
    }
org-bulk-continue = 继续…
org-bulk-hint = 下一页会说明该操作适用于多少条报名，在此之前不会有任何更改。
org-bulk-confirm-title = 确认批量操作
org-bulk-heading-confirm =
    { $count ->
       *[other] 确认 { $n } 条报名？
    }
org-bulk-heading-promote =
    { $count ->
       *[other] 将 { $n } 条报名从候补名单转正？
    }
org-bulk-heading-resend =
    { $count ->
       *[other] 向 { $n } 条报名重新发送确认链接？
    }
org-bulk-heading-cancel =
    { $count ->
       *[other] 取消 { $n } 条报名？
    }
org-bulk-yes-confirm = 是，确认（{ $n }）
org-bulk-yes-promote = 是，转正（{ $n }）
org-bulk-yes-resend = 是，重新发送（{ $n }）
org-bulk-yes-cancel = 是，取消（{ $n }）
org-bulk-no = 否，返回报名列表
org-bulk-summary-filtered =
    { $count ->
       *[other] 有 { $n } 条报名符合筛选条件；该操作适用于其中 { $applicable } 条。
    }
org-bulk-summary-ticked =
    { $count ->
       *[other] 已勾选 { $n } 条报名；该操作适用于其中 { $applicable } 条。
    }
org-bulk-summary-skipped =
    { $count ->
       *[other] 其余 { $n } 条将被跳过：其状态不允许此操作。
    }
org-bulk-summary-audit = 每条报名都会收到邮件，并像逐条处理一样记入审计日志。
org-bulk-name-confirm = 确认
org-bulk-name-promote = 从候补名单转正
org-bulk-name-resend = 重新发送确认链接
org-bulk-name-cancel = 取消
org-bulk-done =
    { $count ->
       *[other] 已处理 { $n } 条报名。
    }
org-bulk-done-skipped =
    { $count ->
       *[other] 跳过 { $n } 条（其状态不允许此操作）。
    }
org-bulk-done-line = { $action }：{ $done }
org-bulk-flash-no-action = 请为这些报名选择一项操作。
org-bulk-flash-no-match = 没有符合筛选条件的报名。
org-bulk-flash-none-ticked = 请至少勾选一条报名，或选择“所有符合筛选条件的报名”。

## 单条报名。

org-reg-all = 全部报名
org-reg-waitlist-position = 候补名单第 { $n } 位
org-reg-person = 报名人
org-reg-not-verified = 未验证
org-reg-none-given = 未填写
org-reg-time-zone = 时区
org-reg-email-verified = 电子邮件验证时间
org-reg-deleted-note = 此人已删除其账户。该报名予以保留，但不含姓名和电子邮件，仅用于按国家和状态统计。
org-reg-history = 状态记录
org-reg-last-change = 最近更改
org-reg-picks = 所选会议
org-reg-no-picks = 未选择任何会议。
org-reg-attended =
    { $count ->
       *[other] 在所选的 { $n } 场会议中出席了 { $attended } 场。
    }
org-reg-picks-caption = { $name } 所选的会议
org-reg-not-attended = 否
org-reg-actions = 操作
org-reg-promote-hint = 两者均可在会议额满时提供席位。“手动确认”发送常规确认函；“转正”还会通知此人已有空出的席位。
org-reg-cancelled-note = 已取消的报名没有可执行的操作；在报名开放期间，此人可以重新报名。
org-reg-action-resend = 重新发送确认链接
org-reg-action-confirm = 手动确认
org-reg-action-promote = 从候补名单转正
org-reg-action-cancel = 取消此报名
org-reg-flash-not-applicable =
    未作任何更改：该报名{ $status ->
        [pending] 正在等待确认电子邮件
        [confirmed] 已确认
        [waitlisted] 在候补名单上
       *[cancelled] 已取消
    }。
org-reg-flash-nobody = 未作任何更改：此账户已删除，没有可以联系的人。
org-reg-flash-resent = 新的确认链接已发送至 { $email }。
org-reg-flash-confirmed = { $name } 的报名已确认，确认函已发出。
org-reg-flash-cancelled = 该报名已取消；其席位已让给候补名单。

## 统计。

org-stats-title = 统计
org-stats-reach =
    来自 { $country_count ->
       *[other] { $countries } 个国家
    }的 { $count ->
       *[other] { $n } 名报名者
    }（已确认的报名）。
org-stats-by-status = 按状态统计的报名
org-stats-all = 合计
org-stats-by-country = 按国家统计的已确认报名
org-stats-none-confirmed = 尚无已确认的报名。
org-stats-bars-caption =
    { $count ->
       *[other] 已确认报名者最多的 { $n } 个国家，各条形按同一比例绘制。
    }
org-stats-others =
    { $count ->
       *[other] 其他国家（{ $countries } 个）：共 { $n } 名报名者，未按此比例绘制。
    }
org-stats-country-caption =
    { $count ->
       *[other] { $n } 个国家各自的已确认报名
    }
org-stats-registrants = 报名者
org-stats-share = 占比（%）
org-stats-by-region = 按区域统计的已确认报名
org-stats-region-caption = 按联合国 M49 区域统计的已确认报名
org-stats-region = 区域
org-stats-m49 = M49 代码
org-stats-other-region = 其他或未知
org-stats-over-time = 报名趋势
org-stats-per-day = 每日报名
org-stats-day-chart-desc = 一条折线，从 { $first } 到 { $last }（UTC）每天一个点；报名最多的一天有 { $peak } 人报名。下表列出了每个有报名的日期。
org-stats-day-chart-caption = 每日报名，{ $first } 至 { $last }（UTC）；峰值 { $peak }。
org-stats-no-signups = 尚无报名。
org-stats-per-day-table = 以表格形式查看每日报名
org-stats-per-day-caption = 每日报名（UTC），任何状态
org-stats-day = 日期
org-stats-signups = 报名数
org-stats-video = 视频会议出席情况
org-stats-video-caption = 视频平台在会议中记录到的人员，按国家统计
org-stats-present = 出席人数
org-stats-attendance = 各会议出席情况
org-stats-no-sessions = 尚无会议。
org-stats-attendance-caption = 各会议的已选席位和出席人数（已加入或已签到）

## 人员和邀请。

org-people-title = 人员
org-people-organizers = 组织者
org-people-no-organizers = 尚无组织者：请在下方邀请第一位。
org-people-invite-organizer = 通过电子邮件邀请联合组织者
org-people-invite-hint = 对方会收到邀请链接，接受后将显示在此处。
org-people-send-invitation = 发送邀请
org-people-organizer-invitations = 等待答复的组织者邀请
org-people-session-people = 主持人和发言人
org-people-none = 尚无主持人或发言人。请在议程中的各场会议页面邀请他们。
org-people-none-link = 打开议程
org-people-everyone = 在会议中担任角色的所有人
org-people-session-invitations = 等待答复的会议邀请
org-people-role-of =
    “{ $title }”的{ $role ->
        [moderator] 主持人
       *[speaker] 发言人
    }
org-people-role-line =
    “{ $title }”的{ $role ->
        [moderator] 主持人
       *[speaker] 发言人
    }（{ $when }）
org-people-choose-role = 请选择主持人或发言人
org-people-cannot-invite = 无法邀请：{ $clashes }。
org-people-has-role = 此人已担任该角色
org-people-already-invited = 该角色的邀请已在等待答复：请从列表中重新发送
org-people-flash-sent = 邀请已发送至 { $email }。对方接受后将显示在此处。
org-people-flash-removed = 此人已不再负责本场会议。
org-people-flash-resent = 邀请已重新发送至 { $email }。之前的链接已失效。
org-people-flash-withdrawn = 发给 { $email } 的邀请已撤回。其链接已失效。
org-inv-expired = 已过期
org-inv-waiting = 等待中
org-inv-resend = 重新发送
org-inv-resend-hidden = 以{ $what }身份发给 { $email } 的邀请
org-inv-withdraw = 撤回
org-inv-withdraw-hidden = 以{ $what }身份发给 { $email } 的邀请
org-profile-heading = { $name } 的个人资料

## 单场会议的人员。

org-sp-title = “{ $title }”的人员
org-sp-edit = 编辑会议
org-sp-nobody = 尚无人接受角色。每场会议都需要一位主持人。
org-sp-caption = 本场会议的人员
org-sp-remove = 移除
org-sp-remove-hidden = 担任{ $role }的 { $name }
org-sp-profile = 个人资料
org-sp-profile-hidden = （{ $name }）
org-sp-invitations = 等待答复的邀请
org-sp-invitations-caption = 本场会议等待答复的邀请
org-sp-invite = 邀请他人
org-sp-email = 电子邮件地址
org-sp-moderator = 主持人
org-sp-speaker = 发言人

## 邀请页面（受邀者看到的页面）。

org-invite-title = 您的邀请
org-invite-invalid-title = 邀请无效
org-invite-invalid-heading = 此邀请已失效
org-invite-invalid-text = 邀请仅可使用一次，有效期 14 天，组织者撤回后即失效。请向组织者索取新的邀请。
org-invite-lead-organizer = “{ $conference }”的组织者邀请 { $email } 担任组织者。
org-invite-lead-session =
    “{ $conference }”的组织者邀请 { $email } 担任“{ $title }”会议的{ $role ->
        [moderator] 主持人
       *[speaker] 发言人
    }。
org-invite-flash-organizer = 您现在是“{ $conference }”的组织者。
org-invite-flash-session =
    您现在是“{ $conference }”中“{ $title }”会议的{ $role ->
        [moderator] 主持人
       *[speaker] 发言人
    }。
org-invite-accept-note = 如果您接受，您的姓名和单位将以此角色显示在会议页面上。
org-invite-accept = 接受邀请
org-invite-other-account = 您当前以 { $current } 的身份登录，但此邀请是发给 { $email } 的。只有该账户可以接受。
org-invite-sign-out = 请退出登录，然后再次打开邮件中的链接。
org-invite-has-account = { $email } 已有账户。请登录以接受邀请。
org-invite-sign-in = 登录并接受
org-invite-forgotten = 忘记密码？
org-invite-reset = 请重设密码
org-invite-reset-after = ，然后再次打开邮件中的链接。
org-invite-new-account = 请填写您的姓名、国家并设置密码，以创建账户并接受邀请。
org-invite-name = 您的姓名
org-invite-name-hint = 按照希望在会议页面上显示的方式填写。
org-invite-password = 设置密码
org-invite-password-hint = 10 至 128 个字符。
org-invite-create = 接受并创建我的账户
org-invite-double-booked = 您无法接受：{ $clashes }。请联系组织者调整时间，或先退出另一场会议。

## 发件箱。

org-outbox-title = 发件箱
org-outbox-queued = 排队中
org-outbox-delivered = 已送达
org-outbox-failed = 发送失败
org-outbox-backlog =
    { $count ->
       *[other] 有 { $n } 封邮件正在等待发送。
    }
org-outbox-oldest = 最早的一封自 { $since } 起等待。
org-outbox-last-error-label = 最近的错误：
org-outbox-lookup = 查找收件人
org-outbox-lookup-hint = 想知道某人是否收到了邮件？请输入其电子邮件地址或其中一部分。
org-outbox-lookup-button = 查找
org-outbox-lookup-none = 本会议没有向包含“{ $to }”的地址发送过邮件。
org-outbox-lookup-caption = 发往包含“{ $to }”的地址的邮件，最新的在前
org-outbox-first-n = （前 { $n } 封）
org-outbox-recipient = 收件人
org-outbox-subject = 主题
org-outbox-state = 状态
org-outbox-attempts = 尝试次数
org-outbox-last-error = 最近的错误
org-outbox-queued-at = 加入队列时间
org-outbox-delivered-or-next = 送达或下次尝试
org-outbox-next-attempt = 下次尝试
org-outbox-next-at = 下次尝试：{ $when }
org-outbox-gave-up = 无（已放弃）
org-outbox-state-delivered = 已送达
org-outbox-state-waiting = 等待中
org-outbox-state-retrying = 正在重试
org-outbox-state-failed = 失败
org-outbox-all-well = 没有发送失败或等待重试的邮件。会议发出的所有邮件均已送达或正在途中。
org-outbox-retry-all = 立即重试所有失败和等待重试的邮件
org-outbox-troubled-caption = 发送失败或等待重试的邮件
org-outbox-retry = 重试
org-outbox-retry-hidden = 发往 { $to } 的邮件
org-outbox-flash-nothing = 没有需要重试的邮件。
org-outbox-flash-retried =
    { $count ->
       *[other] { $n } 封邮件已重新加入队列，即将发送。
    }

## 审计日志。

org-audit-title = 审计日志
org-audit-show = 显示
org-audit-filter = 筛选
org-audit-all = 所有更改
org-audit-conference = 会议设置
org-audit-sessions = 会议场次
org-audit-check-ins = 签到
org-audit-empty = 尚无更改记录。
org-audit-empty-kind = 尚无此类更改记录。
org-audit-caption = 最新的在前；时间为 { $zone }
org-audit-who = 操作人
org-audit-what = 内容
org-audit-before = 更改前
org-audit-after = 更改后

## 公告。

org-ann-title = 公告
org-ann-title-lower = 公告
org-ann-write = 撰写公告
org-ann-none = 尚未发送任何公告。
org-ann-caption = 已发送的公告，最新的在前
org-ann-sent = 发送时间
org-ann-queued = 排队中
org-ann-delivered = 已送达
org-ann-failed = 失败
org-ann-recipients = 收件人数
org-ann-new-title = 新公告
org-ann-send-to = 发送对象
org-ann-send-to-hint = 已取消的报名和已删除的账户不会收到公告。
org-ann-message = 正文
org-ann-send-at = 发送时间（可选）
org-ann-preview = 预览
org-ann-group-registrants = 报名者
org-ann-group-session = 报名某一场会议的人
org-ann-audience-confirmed = 所有已确认的报名者
org-ann-audience-waitlisted = 候补名单上的所有人
org-ann-audience-staff = 本次会议的主持人和发言人
org-ann-audience-session = { $title }（已报名者）
org-ann-audience-option =
    { $count ->
       *[other] { $label }（{ $n } 人）
    }
org-ann-audience-empty = 此发送对象目前没有任何人：请另选
org-ann-subject-hint = 最多 { $max } 个字符。收件人看到的主题为“{ $example }”。
org-ann-body-hint = 每封邮件以“{ $greeting }”开头，以组织者签名和退订链接结尾，因此请勿再写称呼。Markdown：**粗体**、*斜体*、[链接](https://example.org)、列表。最多 { $max } 个字符。下一步将完整显示收件人看到的内容。
org-ann-send-at-hint = 按会议所在时区（{ $zone }）。留空则在您确认后立即发送。
org-ann-greeting-preview = 尊敬的（收件人姓名）：
org-ann-preview-title = 预览：{ $subject }
org-ann-check = 请检查您的公告
org-ann-test-sent = 测试副本正在发往 { $email }。其他人均未收到任何内容。
org-ann-lead =
    { $count ->
       *[other] 将发送给 { $n } 位收件人：{ $audience }。
    }
org-ann-lead-scheduled =
    { $count ->
       *[other] 将于 { $when } 发送给 { $n } 位收件人：{ $audience }。
    }
org-ann-to-confirmed = 所有已确认的报名者
org-ann-to-waitlisted = 候补名单上的所有人
org-ann-to-staff = 主持人和发言人
org-ann-to-session = 报名“{ $title }”的所有人
org-ann-to-a-session = 报名某场会议的所有人
org-ann-send-button =
    { $count ->
       *[other] 发送给 { $n } 位收件人
    }
org-ann-schedule-button =
    { $count ->
       *[other] 定时发送给 { $n } 位收件人
    }
org-ann-test-button = 发送测试邮件给我
org-ann-change-button = 修改
org-ann-flash-sent =
    { $count ->
       *[other] 您的公告正在发往 { $n } 位收件人。
    }
org-ann-flash-scheduled =
    { $count ->
       *[other] 您发给 { $n } 位收件人的公告将于 { $when } 发送。
    }
org-ann-all = 全部公告
org-ann-delivery = 本公告的投递情况
org-ann-all-handed = 所有邮件均已交付。
org-ann-delivering = 邮件正在投递中；本页显示的是加载时的状态。
org-ann-live = 邮件正在投递中；这些数字会自动更新。
org-ann-reload = 重新加载以查看最新数字
org-ann-see-failed = 查看发送失败的邮件并重试
