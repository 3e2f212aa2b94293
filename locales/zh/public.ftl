## 公开页面：会议列表、会议、议程、议程项目、发言人、退订。

pub-home-title = 会议
pub-home-upcoming = 即将举行
pub-home-no-upcoming = 尚未发布即将举行的会议。
pub-home-past = 往届
pub-home-no-past = 暂无往届会议。

pub-conf-online = 线上 · 时间以 { $zone } 显示
pub-conf-reach =
    来自 { $countries ->
       *[other] { $cn } 个国家/地区
    }的 { $registrants ->
       *[other] { $rn } 名注册者
    }
pub-conf-register = 注册
pub-conf-see-agenda =
    查看议程（{ $days ->
       *[other] { $dn } 天
    }，共 { $sessions ->
       *[other] { $sn } 个环节
    }）
pub-logo-alt = { $title } 的标志
pub-draft-title = 草稿——仅组织方可见。
pub-draft-text = 会议发布之前，公众、导出文件和订阅源均会得到“未找到”。

pub-agenda = 议程
pub-see-agenda = 查看议程
pub-back-to-agenda = 返回议程
pub-feed-frab = 议程（frab XML）
pub-feed-json = 议程（c3voc JSON）
pub-feed-calendar = 日历
pub-zone-shown-in = 时间显示所用时区：
pub-zone-conference-runs = （会议按 { $zone } 时间进行）
pub-zone-show-in = 显示时间所用时区
pub-zone-hint = 城市、国家或时区名称：东京、印度、America/New_York。
pub-zone-change = 更改时区
pub-zone-use-browser = 使用我的时区（{ $zone }）
pub-download = 下载：
pub-download-calendar = 日历（.ics）
pub-days = 日期
pub-agenda-empty = 议程尚未发布。
pub-cancelled = 已取消
pub-moderator = 主持人：
pub-speakers = 发言人：

pub-kind-opening = 开幕式
pub-kind-keynote = 主旨演讲
pub-kind-panel = 小组讨论
pub-kind-talk = 专题报告
pub-kind-workshop = 研讨会
pub-kind-break = 休息
pub-kind-closing = 闭幕式
pub-kind-other = 会议环节
pub-role-moderator = 主持人
pub-role-speaker = 发言人

pub-session-when = 时间（您所在时区：{ $zone }）
pub-session-conference-time = 会议时间（{ $zone }）
pub-session-add-to-calendar = 添加到日历
pub-session-people = 参与人员
pub-people-heading = 发言人和主持人
pub-person-photo-alt = { $name } 的照片
pub-person-sessions = 参与的环节
pub-person-times-in = 时间以 { $zone } 显示。

pub-unsub-title = 公告
pub-unsub-done-heading = 您已退订
pub-unsub-done-lead = 您将不会再收到“{ $conference }”的公告。
pub-unsub-still = 与您本人注册有关的邮件（确认邮件、密码重置、您所选会议的变更）仍会发送给您。
pub-unsub-heading = 停止接收公告？
pub-unsub-lead = 停止向此地址发送“{ $conference }”组织方的公告。
pub-unsub-button = 退订公告
