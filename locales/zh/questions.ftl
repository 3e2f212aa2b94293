## 自定义报名问题（问题单 18，第 2 点）。

## 问题类型。
qst-kind-short-text = 短文本
qst-kind-long-text = 长文本
qst-kind-single-choice = 单选
qst-kind-multiple-choice = 多选
qst-kind-checkbox = 复选框
qst-kind-country = 国家或地区
qst-kind-date = 日期
qst-kind-organisation = 组织或代表团

## 报名者表单中的回答。
qst-answer-required = 请回答此问题。
qst-answer-choose-required = 请选择一个答案。
qst-answer-tick-required = 请勾选此框以继续。
qst-answer-choice-invalid = 请从所提供的答案中选择。
qst-answer-date-invalid = 请输入有效日期，例如 2026-12-03。
qst-answer-yes = 是
qst-optional-note = （选填）
qst-only-for = 仅向以下类别提问：{ $categories }。

## 我的会议。
qst-me-heading = 您对组织者问题的回答
qst-me-lead = 会议开始前，您可以随时修改回答。
qst-me-none = 组织者没有需要您回答的问题。
qst-me-nothing-yet = 您尚未回答任何问题。
qst-me-change = 修改回答
qst-me-save = 保存回答
qst-me-saved = 您的回答已保存。
qst-me-saved-reapproval = 您的回答已保存。由于回答有所更改，您的注册需再次经组织方批准。
qst-cancel = 取消
qst-back = 返回问题列表

## 管理后台：列表。
qst-nav = 问题
qst-heading = 报名问题
qst-lead = 报名表中按此顺序提出的问题。问题可以向所有人提出，也可以只向部分参会类别提出。
qst-new = 新建问题
qst-none = 尚无问题。
qst-none-hint = 添加问题，例如询问报名者的称谓、所属代表团或所需的口译语言。
qst-col-question = 问题
qst-col-kind = 类型
qst-col-asked-of = 提问对象
qst-col-required = 必答
qst-col-moderators = 主持人可见
qst-col-answers = 回答数
qst-col-actions = 操作
qst-asked-of-everyone = 所有人
qst-archived-badge = 已归档
qst-move-up = 上移
qst-move-down = 下移
qst-move-up-label = 上移“{ $label }”
qst-move-down-label = 下移“{ $label }”
qst-archive = 归档
qst-restore = 恢复
qst-delete = 删除
qst-archive-explained = 已归档的问题不再提出；已有的回答仍保留在报名记录、报名表格和 CSV 文件中。
qst-flash-created = 已添加问题“{ $label }”。
qst-flash-saved = 已保存问题“{ $label }”。
qst-flash-archived = 已归档问题“{ $label }”：不再提出。
qst-flash-restored = 已恢复问题“{ $label }”：将再次提出。
qst-flash-deleted = 已删除问题“{ $label }”。

## 管理后台：删除。
qst-delete-heading = 删除此问题？
qst-delete-warning = 尚无人回答此问题。删除后无法撤销。
qst-delete-confirm = 是，删除问题
qst-archive-instead = 改为归档
qst-delete-refused =
    { $count ->
       *[other] 无法删除此问题：已有 { $n } 位报名者作答。请改为归档，已有回答将予以保留。
    }

## 管理后台：表单。
qst-edit-heading = 编辑问题
qst-field-label = 问题
qst-field-label-hint = 报名者将看到的文字，例如“您需要哪种口译语言？”
qst-field-help = 说明文字
qst-field-help-hint = 显示在问题下方。选填。
qst-field-kind = 回答类型
qst-kind-fixed = 问题创建后，回答类型无法更改。请将其归档并新建问题。
qst-field-choices = 选项
qst-field-choices-new-hint = 仅适用于单选和多选问题。
qst-field-choice = 选项 { $n }
qst-field-choice-archived = 已归档（不再提供）
qst-choices-keep-answers = 重命名或归档选项时，已有回答保持不变。
qst-field-new-choices = 新选项
qst-field-new-choices-hint = 每行一个选项。
qst-field-required = 报名者必须回答
qst-field-required-hint = 如为复选框，则必须勾选。
qst-field-moderators = 主持人可见
qst-field-moderators-hint = 主持人可在其会议的参会名单中看到回答，例如无障碍需求。
qst-field-categories = 提问对象
qst-field-categories-hint = 不勾选任何类别即向所有人提问。
qst-save = 保存问题
qst-kind-missing = 请选择回答类型。
qst-label-missing = 请输入问题。
qst-choice-label-missing = 请输入选项，或将其归档。
qst-choices-missing = 请至少输入一个选项。
qst-choices-duplicate = 各选项不得重复。

## 管理后台和参会名单中的回答。
qst-detail-heading = 问题回答
qst-detail-archived = （已归档的问题）
qst-filter-any = 任意回答
qst-roster-answers = 回答
qst-choice-archived-note = （已归档）
