## 后台管理第二部分（会议设置、视觉形象、视频、议程、会议场次）以及主持人和发言人页面。
## 键名以 orgb- 开头。

orgb-error-prefix = 错误：
orgb-cancelled = 已取消
orgb-save = 保存
orgb-cancel = 取消
orgb-edit = 编辑
orgb-delete = 删除
orgb-duplicate = 复制
orgb-reinstate = 恢复
orgb-no-go-back = 不，返回
orgb-no-keep-it = 不，保留
orgb-you = （您）
orgb-minutes-short = { $minutes } 分钟

## Moderators' and speakers' pages

orgb-mod-profile-link = 编辑您的公开资料
orgb-mod-profile-after = （称谓、职务、照片、简介），将显示在您所参与场次的页面上。
orgb-mod-none = 您目前尚未主持任何场次，也未在任何场次中发言。
orgb-mod-none-more = 会议组织方将您添加为某一场次的主持人或发言人后，该场次将显示在此处，并附有按您所在时区显示的时间、发言顺序以及主持方会议链接。如需以与会者身份参加场次，请前往
orgb-mod-none-link = 会议列表
orgb-zone-current = 时间按 { $zone } 显示。
orgb-zone-label = 时间显示时区
orgb-zone-button = 更改时区
orgb-mod-session-link = 场次页面和发言顺序
orgb-roster = 与会者名单
orgb-mod-session-title = { $title } — 我的场次
orgb-when-your-time = 时间（您的时区：{ $zone }）
orgb-moderator = 主持人
orgb-open-roster = 打开与会者名单
orgb-public-session-page = 场次公开页面
orgb-run-of-show = 发言顺序
orgb-no-speakers = 本场次没有发言人。
orgb-run-of-show-intro = 请设定发言人的发言顺序（1 为第一位），如有需要，还可设定每位发言人的发言时长（分钟）。
orgb-run-of-show-caption-edit = 发言人、发言顺序及发言时长
orgb-run-of-show-caption = 按发言顺序排列的发言人
orgb-col-speaker = 发言人
orgb-col-position = 顺序
orgb-col-slot-optional = 时长（分钟，可选）
orgb-col-order = 顺序
orgb-col-slot = 时长
orgb-position-of = { $name } 的发言顺序
orgb-slot-of = { $name } 的发言时长（分钟）
orgb-save-run-of-show = 保存发言顺序
orgb-host-open = 进入会议
orgb-host-open-note = （主持人和发言人专用链接）
orgb-host-opens-at = 主持方会议链接将于 { $when } 显示。
orgb-host-ended = 本场次已结束。

## Attendees by country

orgb-cc-heading = 按国家统计的与会者
orgb-nobody-enrolled = 目前尚无人报名本场次。
orgb-cc-summary = { $enrolled }，来自 { $countries }；
orgb-cc-enrolled =
    { $count ->
       *[other] { $n } 人报名
    }
orgb-cc-countries =
    { $count ->
       *[other] { $n } 个国家
    }
orgb-cc-joined =
    { $count ->
       *[other] { $n } 人已进入。
    }
orgb-cc-joined-short =
    { $count ->
       *[other] { $n } 人已进入
    }
orgb-cc-chart-all = 已进入 / 已报名：深色条表示已进入，浅色条表示已报名。所有国家均列于下表。
orgb-cc-chart-partial =
    { $count ->
       *[other] 与会者最多的 { $n } 个国家的已进入 / 已报名人数：深色条表示已进入，浅色条表示已报名。所有国家均列于下表。
    }
orgb-cc-caption = 按国家统计的已报名和已进入的与会者
orgb-col-country = 国家
orgb-col-enrolled = 已报名
orgb-col-joined = 已进入
orgb-col-total = 合计

## Roster

orgb-roster-title = 与会者名单 — { $title }
orgb-undo = 撤销
orgb-times-in = 时间按 { $zone } 显示
orgb-roster-read-only = 组织方已将本名单与本场次的发言人共享。名单为只读：只有主持人可以登记出席。
orgb-roster-filter-label = 筛选与会者名单
orgb-search = 搜索
orgb-search-hint = 姓名、机构或电子邮件地址
orgb-all-countries = 所有国家
orgb-attendance = 出席情况
orgb-everyone = 全部
orgb-not-joined = 未进入
orgb-sort-by = 排序方式
orgb-sort-name = 姓名
orgb-sort-joined = 进入时间，先到者在前
orgb-sort-joined-latest = 进入时间，后到者在前
orgb-apply = 应用
orgb-clear = 清除
orgb-refresh = 刷新
orgb-download-csv = 下载 CSV
orgb-download-csv-hidden = （所显示的行）
orgb-print = 打印
orgb-roster-showing = 显示 { $matching } 人，共 { $enrolled }
orgb-roster-of-them-joined =
    { $count ->
       *[other] （其中 { $n } 人已进入）。
    }
orgb-roster-waitlisted =
    { $count ->
       *[other] 另有 { $n } 人在本场次的候补名单上。
    }
orgb-roster-updated = 更新于 { $time }。
orgb-roster-no-match = 没有符合筛选条件的人员。
orgb-roster-caption = 与会者
orgb-roster-caption-filtered = 符合筛选条件的与会者
orgb-range-of = 第 { $range } 人，共 { $total } 人
orgb-rows-of = 第 { $range } 行，共 { $total } 行
orgb-col-organisation = 机构
orgb-col-registration = 注册状态
orgb-col-check-in = 出席登记
orgb-checked-in-by-hand = （由主持人登记）
orgb-present-minutes =
    { $count ->
       *[other] 在场 { $n } 分钟
    }
orgb-mark-absent = 标记为缺席
orgb-mark-present = 标记为出席
orgb-roster-pages = 与会者名单分页
orgb-roster-no-rows = 本页没有记录。
orgb-previous-page = 上一页
orgb-next-page = 下一页

## Back office: conferences

orgb-create-conference = 创建会议
orgb-no-conferences = 您目前尚未管理任何会议。
orgb-create-first = 请创建第一个会议。
orgb-your-conferences = 您的会议
orgb-col-conference = 会议
orgb-col-dates = 日期
orgb-col-status = 状态
orgb-published = 已发布
orgb-draft = 草稿
orgb-overview-title = { $title } — 后台管理
orgb-capacity-n = 容量 { $n }
orgb-stat-countries =
    { $count ->
       *[other] 个国家（已确认）
    }
orgb-stat-sessions =
    { $count ->
       *[other] 个场次
    }
orgb-is-published = 本会议已发布。
orgb-is-draft = 本会议为草稿：仅组织方可见。
orgb-publish = 发布
orgb-unpublish = 取消发布
orgb-public-page = 公开页面
orgb-preview-public-page = 预览公开页面
orgb-preview-note = （发布之前仅组织方可见）
orgb-not-published = 未发布
orgb-nav-label = 会议后台管理
orgb-settings = 设置
orgb-identity-link = 标志、横幅、强调色和联系信息
orgb-field-title = 标题
orgb-field-slug = 网址
orgb-field-slug-hint = 小写字母、数字和连字符。会议网址为 /c/此地址。
orgb-field-description = 简介
orgb-field-description-hint = Markdown：**粗体**、[链接](https://…)、列表。显示在会议页面上。
orgb-field-starts-on = 首日
orgb-field-ends-on = 末日
orgb-field-time-zone = 会议时区
orgb-field-time-zone-hint = IANA 名称，例如 Europe/Zurich。您输入的日期和时间均以此时区为准。
orgb-field-opens = 注册开始时间（可选）
orgb-field-opens-hint = 以会议时区为准。留空：立即开放。
orgb-field-closes = 注册截止时间（可选）
orgb-field-closes-hint = 留空：开放至您关闭为止。
orgb-field-capacity = 容量（可选）
orgb-field-capacity-hint = 超出容量的注册将列入候补名单。
orgb-field-quota = 每个国家的注册人数上限（可选）
orgb-field-quota-hint = 保持各国之间的平衡；超出部分列入候补名单。
orgb-field-join-lead = 场次开始前多少分钟显示入会链接
orgb-field-privacy = 隐私声明
orgb-field-privacy-hint = 注册者在注册时须同意该声明。
orgb-field-sender = 邮件回复地址（可选）
orgb-field-sender-hint = 对通知的回复将发送至此地址（Reply-To）。
orgb-field-short-name = 邮件中使用的简称（可选）
orgb-field-short-name-hint = 置于通知邮件主题开头，例如“[IP & AI 2020] 议程更新”。留空：使用会议标题。
orgb-field-speakers-roster = 发言人可查看其场次的与会者名单
orgb-field-speakers-roster-hint = 否则发言人只能看到按国家统计的人数。
orgb-field-reminders = 向已报名的与会者发送场次提醒
orgb-field-reminder-minutes = 每个场次开始前多少分钟发送提醒
orgb-create-the-conference = 创建会议
orgb-save-settings = 保存设置
orgb-limits-title = 确认新的限额 — { $title }
orgb-limits-heading =
    { $count ->
       *[other] 是否从候补名单中递补 { $n } 人？
    }
orgb-limits-with = 按照容量 { $capacity }、每国限额 { $quota }，
orgb-limits-promoted =
    { $count ->
       *[other] 候补名单上的 { $n } 名注册者将按先后顺序获得名额。
    }
orgb-limits-mailed = 系统将立即向每位递补者发送邮件；即使再次降低限额，也无法撤回。
orgb-limits-yes =
    { $count ->
       *[other] 是，保存并递补 { $n } 人
    }
orgb-limits-no = 不，返回设置
orgb-no-limit = 不限
orgb-unpublish-title = 取消发布会议 — { $title }
orgb-unpublish-heading = 是否取消发布“{ $title }”？
orgb-unpublish-intro = 在您重新发布之前，除组织方外，任何人访问以下内容时都将看到“未找到”：
orgb-unpublish-pages = 公开页面：会议页面、议程、各场次页面和注册表；
orgb-unpublish-exports = 导出文件：
orgb-unpublish-feeds = 与会者订阅的日历源，以及已发送邮件中的链接。
orgb-unpublish-kept = 注册信息、场次选择以及后台中的所有内容都将保留。组织方仍可预览公开页面。
orgb-unpublish-yes = 是，取消发布
orgb-unpublish-no = 不，保持发布

## Identity

orgb-identity = 视觉形象
orgb-identity-lead = 显示在公开页面、邮件和打印的与会者名单上的标志、横幅和强调色。
orgb-field-accent = 强调色（可选）
orgb-field-accent-hint = 六位十六进制数字，例如 #1b4f8f。其上的白色文字以及页面上以该颜色显示的链接，对比度均须达到 4.5:1。
orgb-field-contact = 组织方联系信息（可选）
orgb-field-contact-hint = 显示在公开页面底部，例如“咨询：events@example.org”。
orgb-identity-save = 保存颜色和联系信息
orgb-identity-current =
    { $field ->
        [logo] 当前标志
       *[banner] 当前横幅
    }
orgb-identity-remove =
    { $field ->
        [logo] 删除标志
       *[banner] 删除横幅
    }
orgb-identity-none =
    { $field ->
        [logo] 尚无标志。
       *[banner] 尚无横幅。
    }
orgb-identity-upload-label =
    { $field ->
        [logo] 上传新标志
       *[banner] 上传新横幅
    }
orgb-identity-upload =
    { $field ->
        [logo] 上传标志
       *[banner] 上传横幅
    }

## Video

orgb-video-title = 视频 — { $title }
orgb-video-heading = 视频平台
orgb-video-lead = 与会者、主持人和发言人始终使用 Plenary 自己的入会链接；点击后，Plenary 会以相应角色将每个人引导至视频平台。
orgb-video-where = 场次举行平台
orgb-field-bbb-url = 服务器地址
orgb-field-bbb-url-hint = 即 bbb-conf --secret 输出的地址，例如 https://bbb.example.org/bigbluebutton/
orgb-field-bbb-secret = 共享密钥
orgb-secret-saved-hint = 已保存密钥。留空则保留原密钥；输入新密钥则予以替换。
orgb-field-checksum = 校验算法
orgb-checksum-sha256 = SHA-256（BigBlueButton 2.5 及更高版本）
orgb-checksum-sha1 = SHA-1（较旧的服务器）
orgb-field-jitsi-domain = 域名
orgb-field-jitsi-domain-hint = 例如 meet.example.org
orgb-field-jitsi-app-id = 应用 ID
orgb-field-jitsi-app-id-hint = 服务器令牌认证所要求的签发者（iss）
orgb-field-jitsi-secret = 应用密钥
orgb-video-save = 保存视频设置
orgb-video-test = 测试连接
orgb-sessions = 场次
orgb-no-sessions = 尚无场次。
orgb-session-video-title = 视频选项 — { $title }
orgb-session-video-heading = “{ $title }”的视频选项
orgb-field-record = 录制会议（BigBlueButton）
orgb-field-stream = 直播地址
orgb-field-stream-hint = YouTube、PeerTube 或 Owncast 页面，或 HLS 地址：超出人数上限的与会者观看直播
orgb-field-audience-cap = 会议人数上限
orgb-field-audience-cap-hint = BigBlueButton 建议每场会议约 100 人；主持方始终可以进入
orgb-back-to-video = 返回视频设置

## Agenda and sessions

orgb-agenda-title = 议程 — { $title }
orgb-agenda-heading = 议程
orgb-agenda-zone = 时间以会议时区 { $zone } 为准。
orgb-add-session = 添加场次
orgb-agenda-empty = 尚无场次。请先添加开幕场次，开始编排议程。
orgb-agenda-caption = { $day }的场次
orgb-col-time = 时间
orgb-col-session = 场次
orgb-col-people = 人员
orgb-col-actions = 操作
orgb-agenda-moderator = 主持人：{ $names }
orgb-agenda-speakers = 发言人：{ $names }
orgb-conflict-title = 他人已修改此场次 — { $title }
orgb-conflict-heading = 在您编辑期间，他人修改了此场次
orgb-conflict-lead = 任何内容均未被覆盖。请比较两个版本，然后保留对方的版本，或以您的版本覆盖。
orgb-conflict-theirs = 已保存的版本
orgb-conflict-keep = 保留已保存的版本
orgb-conflict-yours = 您的版本
orgb-conflict-save = 以我的版本覆盖
orgb-when = 时间
orgb-track = 分会场
orgb-capacity = 容量
orgb-session-add-title = 添加场次 — { $title }
orgb-session-edit-title = 编辑场次 — { $title }
orgb-edit-session = 编辑场次
orgb-times-are-in = 时间以 { $zone } 为准。
orgb-moderators-and-speakers = 主持人和发言人
orgb-field-notify = 如时间变更，以电子邮件通知已选择本场次的与会者
orgb-picked-count =
    { $count ->
       *[other] 已有 { $n } 名与会者选择本场次。
    }
orgb-add-the-session = 添加场次
orgb-save-session = 保存场次
orgb-field-kind = 类型
orgb-field-abstract = 摘要
orgb-field-day = 日期
orgb-field-start = 开始时间
orgb-field-start-hint = 以会议时区为准。
orgb-field-end = 结束时间
orgb-field-track = 分会场或会议室（可选）
orgb-field-track-hint = 选择本会议的会议室或输入新的会议室；大小写和空格不同不会产生新的会议室。
orgb-field-session-capacity-hint = 超出容量的与会者将列入本场次的候补名单。
orgb-field-join-url = 专用入会链接（可选）
orgb-field-join-url-hint = 仅在场次开始前不久向注册已确认者显示。
orgb-reinstate-title = 恢复场次 — { $title }
orgb-cancel-title = 取消场次 — { $title }
orgb-reinstate-heading = 是否将“{ $title }”恢复到议程中？
orgb-reinstate-text = 该场次将重新显示为照常举行，日历导出文件和日历源中亦然。
orgb-cancel-heading = 是否取消“{ $title }”？
orgb-cancel-text = 该场次仍保留在议程中，并标记为已取消；日历导出文件和日历源也将其标记为已取消
orgb-cancel-text-2 = ，且任何人都无法进入。您以后可以恢复该场次。如需彻底移除，您也可以改为
orgb-cancel-delete-link = 删除该场次。
orgb-cancel-mail = 他们将收到一封附有更新后日历文件的电子邮件。
orgb-nobody-picked = 目前尚无人选择本场次。
orgb-reinstate-yes = 是，恢复该场次
orgb-cancel-yes = 是，取消该场次
orgb-delete-title = 删除场次 — { $title }
orgb-delete-heading = 是否删除“{ $title }”？
orgb-delete-mail = 他们将收到一封电子邮件，告知该场次不再举行。
orgb-delete-text = 其主持人和发言人将被撤销指派。此操作无法撤销。
orgb-delete-yes = 是，删除该场次

## Messages from the code: roles, times, flash and validation messages

orgb-role-moderator = 主持人
orgb-role-speaker = 发言人
orgb-role-moderator-and-speaker = 主持人兼发言人
orgb-role-organizer = 组织方
orgb-rel-ended = 已结束
orgb-rel-running = 正在进行
orgb-rel-minutes =
    { $count ->
       *[other] { $n } 分钟后开始
    }
orgb-rel-hours =
    { $count ->
       *[other] { $n } 小时后开始
    }
orgb-rel-hours-minutes = { $hours } 小时 { $minutes } 分钟后开始
orgb-rel-days =
    { $count ->
       *[other] { $n } 天后开始
    }
orgb-date-at-time = { $date } { $time }
orgb-my-slot = 您是 { $total } 位发言人中的第 { $position } 位
orgb-my-slot-minutes = { $place }，发言 { $minutes } 分钟
orgb-err-position-missing = 请为 { $name } 填写发言顺序
orgb-err-position-range = 请为 { $name } 填写 1 至 { $max } 之间的发言顺序
orgb-err-slot-range = 请为 { $name } 填写 1 至 { $max } 分钟的发言时长，或留空
orgb-err-position-taken = 发言顺序 { $position } 分配给了多位发言人：请为 { $name } 指定单独的顺序
orgb-flash-run-of-show-saved = 发言顺序已保存。
orgb-flash-marked-present = 已将 { $name } 标记为出席。
orgb-flash-marked-absent = 已将 { $name } 标记为缺席。
orgb-flash-already-present = { $name } 此前已标记为出席。
orgb-flash-already-absent = { $name } 此前已标记为缺席。
orgb-flash-nothing-to-undo = 没有可撤销的操作。
orgb-flash-undone-present = 已撤销：{ $name } 重新标记为出席。
orgb-flash-undone-absent = 已撤销：{ $name } 重新标记为缺席。
orgb-flash-not-undone = 未撤销：{ $name } 的出席状态在此期间已被更改。
orgb-deleted-account = 已删除的账户
orgb-flash-roster-moderators-only = 本会议组织方仅向主持人提供与会者详细信息。按国家统计的人数见下文。
orgb-warn-overlap = 与同一分会场的“{ $title }”时间重叠
orgb-warn-no-moderator = 尚未指定主持人
orgb-flash-session-added = 场次已添加到议程。
orgb-flash-with-notes = { $message } 注意：{ $notes }。
orgb-flash-session-saved = 场次已保存。
orgb-flash-session-saved-notified =
    { $count ->
       *[other] 场次已保存，系统将通知 { $n } 名与会者新的时间。
    }
orgb-err-double-booked = 该时间与部分人员的其他安排冲突：{ $clashes }。请先更改时间或人员。
orgb-flash-session-deleted = 场次已删除。
orgb-flash-session-deleted-notified =
    { $count ->
       *[other] 场次已删除；系统将通知 { $n } 名与会者。
    }
orgb-flash-session-cancelled = 场次已取消。
orgb-flash-session-cancelled-notified =
    { $count ->
       *[other] 场次已取消；系统将通知 { $n } 名与会者。
    }
orgb-flash-session-reinstated = 场次已恢复到议程中。
orgb-flash-session-reinstated-notified =
    { $count ->
       *[other] 场次已恢复到议程中；系统将通知 { $n } 名与会者。
    }
orgb-err-capacity-range = 容量必须是 { $min } 至 { $max } 之间的整数
orgb-err-quota-range = 每国限额必须是 { $min } 至 { $max } 之间的整数
orgb-err-lead-range = 入会链接提前显示时间必须是 { $min } 至 { $max } 之间的整数
orgb-err-reminder-range = 提醒提前分钟数必须是 { $min } 至 { $max } 之间的整数
orgb-err-first-day = 请以日期格式输入首日，例如 2026-07-07
orgb-err-last-day = 请以日期格式输入末日，例如 2026-07-07
orgb-err-date-time = 请输入日期和时间，例如 2026-06-01 09:00
orgb-err-title = 请输入标题
orgb-err-slug = 请使用 3 至 60 个小写字母、数字和连字符，例如 ip-ai-2026
orgb-err-last-before-first = 末日必须与首日相同或晚于首日
orgb-err-too-long = 会议最长为 31 天
orgb-err-close-before-open = 注册截止时间必须晚于开始时间
orgb-err-quota-over-capacity = 每国限额不得超过容量
orgb-err-privacy = 请输入注册者须同意的隐私声明
orgb-err-slug-taken = 其他会议已使用该网址；请另选一个
orgb-flash-conference-created = 会议已创建为草稿。请添加议程和组织方，然后发布。
orgb-flash-settings-saved = 设置已保存。
orgb-flash-settings-saved-promoted =
    { $count ->
       *[other] 设置已保存；已从候补名单中递补 { $n } 名注册者，并已向其发送邮件。
    }
orgb-flash-published = 会议已发布：任何人都可以查看并注册。
orgb-flash-unpublished = 会议已取消发布：公开页面现显示“未找到”。
orgb-err-time = 请输入时间，例如 14:30
orgb-err-kind = 请选择场次类型
orgb-err-day-range = 请选择会议期间的日期（{ $first } 至 { $last }）
orgb-err-day = 请选择日期
orgb-err-session-capacity = 容量必须是 1 至 100000 之间的整数，或留空
orgb-err-join-url = 请输入以 https:// 开头的完整会议地址
orgb-logo = 标志
orgb-banner = 横幅
orgb-flash-identity-saved = 颜色和联系信息已保存。
orgb-flash-picture-removed =
    { $field ->
        [logo] 标志已删除。
       *[banner] 横幅已删除。
    }
orgb-flash-picture-saved =
    { $field ->
        [logo] 标志已保存。
       *[banner] 横幅已保存。
    }
orgb-upload-hint = PNG 或 JPEG 格式，不超过 { $kb } KB。图片将重新编码为 PNG，位置等元数据将被清除。
orgb-err-picture-too-big = 图片超过 { $kb } KB；请选择较小的图片
orgb-err-web-address = 请输入以 https:// 开头的完整地址
orgb-err-platform = 请选择视频平台
orgb-err-jitsi-domain-spaces = 请输入不含空格的域名，例如 meet.example.org
orgb-err-bbb-url = 请输入 BigBlueButton 服务器地址
orgb-err-bbb-secret = 请输入服务器的共享密钥
orgb-err-jitsi-domain = 请输入 Jitsi 域名
orgb-err-jitsi-app-id = 请输入服务器要求作为签发者的应用 ID
orgb-err-jitsi-secret = 请输入应用密钥
orgb-video-recorded = 录制
orgb-video-not-recorded = 不录制
orgb-video-stream-set = 已设置直播
orgb-video-no-stream = 无直播
orgb-video-audience-cap =
    { $count ->
       *[other] 人数上限 { $n }
    }
orgb-flash-video-saved = 视频平台设置已保存。
orgb-video-test-ok = BigBlueButton 已响应 getMeetings：地址和共享密钥有效。
orgb-video-test-failed = 测试失败：{ $error }。
orgb-video-test-save-first = 请先保存服务器地址和密钥。
orgb-video-test-jitsi = Jitsi 没有可调用的 API：令牌由服务器在人员进入时验证。请以主持方身份进入一个场次进行测试。
orgb-video-test-choose = 请先选择 BigBlueButton 或 Jitsi。
orgb-err-audience-cap = 请输入 1 至 100000 之间的人数
orgb-flash-session-video-saved = 场次视频选项已保存。
orgb-section-overview = 概览
orgb-section-settings = 设置
orgb-section-agenda = 议程
orgb-section-people = 人员
orgb-section-registrations = 注册
orgb-section-statistics = 统计
orgb-section-announcements = 通知
orgb-section-outbox = 发件箱
orgb-section-audit = 审计日志
orgb-section-video = 视频
orgb-status-pending = 待邮件确认
orgb-status-confirmed = 已确认
orgb-status-waitlisted = 候补中
orgb-status-cancelled = 已取消
