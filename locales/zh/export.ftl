# 导出：日历文件中由我们撰写的文字，以及 CSV 表格的表头。
exp-ics-day-of = { $title }（第 { $day } 天，共 { $total } 天）
exp-ics-online-conference = 线上会议。
exp-ics-agenda = 按您所在时区显示的议程：
exp-ics-mine = 您的会场和参会链接：
exp-ics-online = 线上
exp-ics-online-room = 线上 — { $room }
exp-ics-join = 加入
# 会场出席名单（CSV）
exp-roster-name = 姓名
exp-roster-country = 国家
exp-roster-organisation = 机构
exp-roster-status = 注册状态
exp-roster-joined = 已出席
exp-roster-joined-at = 加入时间（{ $zone }）
exp-roster-deleted = 已删除的账户
exp-yes = 是
exp-no = 否
# 注册表（CSV）
exp-reg-name = 姓名
exp-reg-email = 电子邮件
exp-reg-country-code = 国家代码
exp-reg-country-name = 国家
exp-reg-organisation = 机构
exp-reg-status = 状态
exp-reg-registered-at = 注册时间
exp-reg-confirmed-at = 确认时间
exp-reg-sessions-picked = 所选会场数
exp-reg-minutes-present = 出席分钟数
