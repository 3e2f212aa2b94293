# 与会者名单与数据保留（issue 18，第 5 点和第 6 点）。
part-page-title = 与会者名单
part-count-participants =
    { $count ->
       *[other] { $n } 名与会者
    }
part-count-countries =
    { $count ->
       *[other] { $n } 个国家
    }
part-consent-note = 本名单仅列出同意列入名单的与会者。
part-download-csv = 下载 CSV 文件
part-print-view = 打印版
part-empty = 名单中尚无与会者。
part-no-organisation = 未注明组织或代表团
part-col-country = 国家
part-col-country-code = 国家代码
part-col-organisation = 组织或代表团
part-col-name = 姓名
part-col-email = 电子邮件地址
part-col-status = 注册状态
part-col-consent = 同意列入名单
part-yes = 是
part-no = 否
part-anonymised = 已匿名化
part-consent-label = 在公开的与会者名单中显示我的姓名、组织和国家
part-consent-hint = 主办方可能公布与会者名单。您可随时在“我的会议”中更改此选择。
part-me-heading = 与会者名单
part-me-listed = 主办方公布与会者名单时，名单中将显示您的姓名、组织和国家。
part-me-not-listed = 您未列入与会者名单。
part-me-save = 保存我的选择
part-me-flash-listed = 您将被列入与会者名单。
part-me-flash-not-listed = 您已不再列入与会者名单。
part-nav-link = 与会者名单
part-org-title = 与会者名单
part-org-intro = 名单公布后，公开页面将列出同意列入名单的已确认与会者，先按国家、再按组织或代表团分组。
part-org-enable = 公布与会者名单
part-org-enable-hint = 名单仅列出已表示同意的与会者。与会者可随时撤回同意。
part-org-save = 保存
part-org-public-link = 打开公开的与会者名单
part-org-unpublished = 会议发布后，名单即可公开查看。
part-org-internal-link = 完整内部名单
part-org-internal-csv = 下载完整内部名单（CSV）
part-org-preview = 公开名单预览
part-org-confirmed =
    { $count ->
       *[other] 已确认注册共 { $n } 份
    }
part-flash-list-on = 与会者名单已公布。
part-flash-list-off = 与会者名单已停止公布。
part-org-internal-title = 完整内部与会者名单
part-org-internal-intro = 所有注册，无论其状态如何，也无论本人是否同意列入名单。仅供主办方使用。
part-org-internal-empty = 尚无任何注册。
part-ret-title = 数据保留
part-ret-intro = 保留期自会议最后一天起算。保留期届满后，注册信息将被匿名化：姓名、电子邮件地址和自由填写的答复将被删除；国家、状态和人数将予以保留，以供统计之用。主办方将提前一周收到电子邮件通知。
part-ret-kept = 未设定保留期：注册信息将予以保留。
part-ret-due = 注册信息将于 { $date } 匿名化。
part-ret-warned = 已通过电子邮件通知主办方。
part-ret-will-warn = 主办方将提前一周收到电子邮件通知。
part-ret-done-on = 注册信息已于 { $date } 匿名化。
part-ret-months-label = 保留期（月）
part-ret-months-hint = 1 至 { $max } 之间的整数。留空则保留注册信息。
part-ret-months-invalid = 请输入 1 至 120 之间的整数月数，或将此栏留空
part-ret-save = 保存保留期
part-ret-flash-set =
    { $count ->
       *[other] 注册信息将在会议结束后保留 { $n } 个月。
    }
part-ret-flash-kept = 注册信息将予以保留；未设定保留期。
part-ret-now-heading = 立即匿名化
part-ret-now-link = 立即将注册信息匿名化
part-ret-now-after-end = 会议结束后方可将注册信息匿名化。
part-ret-confirm-title = 立即将注册信息匿名化
part-ret-confirm-count =
    { $count ->
       *[other] 仍有 { $n } 份注册与个人相关联。
    }
part-ret-confirm-what = 本次会议所有注册中的姓名、电子邮件地址、个人日历和同意记录都将被删除，注册信息也将与与会者的账户解除关联。国家、状态和人数将予以保留，以供统计之用。
part-ret-confirm-irreversible = 此操作无法撤销。
part-ret-confirm-check = 我了解注册信息将被永久匿名化
part-ret-confirm-required = 请勾选此框，确认将注册信息匿名化
part-ret-confirm-button = 将注册信息匿名化
part-ret-confirm-already = 本次会议的注册信息已经匿名化。
part-ret-flash-done =
    { $count ->
       *[other] 注册信息已匿名化（其中 { $n } 份曾与个人相关联）。
    }
part-ret-back = 返回数据保留
part-mail-retention-subject = 注册信息将于一周后匿名化：{ $title }
part-mail-retention-when = “{ $title }”的数据保留期即将届满：其注册信息将于 { $date } 匿名化。
part-mail-retention-what = 届时，姓名、电子邮件地址和自由填写的答复将被删除；国家、状态和人数将予以保留，以供统计之用。如需存档与会者名单，请在该日期之前下载。
part-mail-retention-action = 查看数据保留设置
part-mail-retention-after = 在该日期之前，您可以在同一页面更改保留期。
