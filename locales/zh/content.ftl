# 多语言会议内容：设置中的内容语言、翻译编辑器，以及公开页面上的现场语言和同声传译。

content-languages = 内容语言
content-languages-hint = 您用于发布会议名称、简介、隐私声明及各场次文字的语言。默认语言始终包含在内。
content-edit-translations = 以各语言填写文字
content-title = 翻译
content-intro = 请以会议的每种语言填写会议名称、简介和隐私声明。已翻译的文字以读者的语言显示，未翻译的则以默认语言显示。
content-choose-languages = 在设置中选择会议语言
content-only-default = 本会议仅以默认语言发布内容。
content-add-languages = 添加语言
content-session-gaps = 部分场次尚未翻译：
content-to-agenda = 返回议程
content-save = 保存翻译
content-default-language = 默认语言
content-default-hint = 默认语言的文字请在设置表单或场次表单中修改。
content-empty = （空）
content-missing = 未翻译
content-missing-count = { $count ->
       *[other] 缺少 { $n } 项文字
    }
content-missing-titles = { $count ->
       *[other] 有 { $n } 个场次缺少{ $language }标题
    }
content-in-ar = 阿拉伯文
content-in-zh = 中文
content-in-en = 英文
content-in-fr = 法文
content-in-ru = 俄文
content-in-es = 西班牙文
content-field-title = 名称
content-field-description = 简介
content-field-privacy = 隐私声明
content-field-session-title = 场次名称
content-field-abstract = 摘要
content-flash-saved = 翻译已保存。
content-flash-session-saved = 场次的语言和翻译已保存。
content-session-title = 场次语言与翻译
content-session-link = 翻译
content-floor = 现场语言
content-floor-hint = 大多数发言人在会场使用的语言。
content-floor-unsaid = 未指定
content-interpretation = 提供的同声传译
content-interpretation-hint = 请勾选本场次提供同声传译的每种语言。
content-err-floor = 请从所列语言中选择一种。
content-pub-floor = 现场语言：
content-pub-interpretation = 同声传译：
content-filter-label = 按同声传译语言筛选场次
content-filter-any = 任何语言
content-filter-apply = 显示
content-filter-clear = 显示所有场次
content-filter-none = 没有场次提供该语言的同声传译：{ $language }。
