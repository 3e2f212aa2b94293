## 以多种语言撰写的公告（第 15 号议题第 6 点），以及服务层和网页层代码中原先仅有英文的消息。

annl-lang-ar = 阿拉伯文
annl-lang-zh = 中文
annl-lang-en = 英文
annl-lang-fr = 法文
annl-lang-ru = 俄文
annl-lang-es = 西班牙文
annl-heading = { $language }版本（{ $native }）
annl-heading-own = { $language }版本
annl-main-legend = { $language }：会议语言（必填）
annl-others-title = 其他语言（选填）
annl-others-hint = 选择了其中某种语言的注册者将收到该语言版本；其他所有人将收到{ $language }版本。每个版本请同时填写主题和正文，或全部留空。
annl-written = 已填写
annl-subject-in = 主题（{ $language }）
annl-body-in = 正文（{ $language }）
annl-err-subject-missing = 请输入主题
annl-err-body-missing = 请输入正文
annl-err-subject-missing-in = 请输入{ $language }主题，或同时清空该版本的正文
annl-err-body-missing-in = 请输入{ $language }正文，或同时清空该版本的主题
annl-err-body-too-long = 正文不得超过 { $max } 个字符
annl-err-audience-session = 请选择本次会议中的一个场次
annl-err-audience-missing = 请选择公告的收件人
annl-err-send-at-format = 请输入日期和时间，例如 2026-06-01 09:00，或留空
annl-err-send-at-gap = 该时间在会议时区中不存在（时钟调整期间）：请另选时间
annl-err-send-at-past = 请选择将来的时间，或留空以立即发送
annl-reach =
    { $count ->
        [0] 目前没有收件人选择{ $language }：暂时无人收到此版本。
       *[other] { $n } 位收件人选择了{ $language }，将收到此版本。
    }
annl-reach-default =
    { $count ->
        [0] 无人收到此版本：每位收件人都有其本人语言的版本。
       *[other] { $n } 位收件人将收到此版本：包括选择了{ $language }的收件人，以及其语言没有对应版本的收件人。
    }
annl-test-button-versions =
    { $count ->
       *[other] 向我发送测试邮件（{ $n } 封，每种语言一封）
    }
annl-test-subject = [测试] { $subject }
annl-progress-caption = 本公告的语言
annl-progress-language = 语言
annl-progress-messages = 邮件数
annl-progress-default = 默认语言

## 调整会议时间或邀请人员时发现的时间冲突。
annl-clash-person-in = { $name } 在该时间已参加“{ $title }”
annl-clash-elsewhere = { $name } 在该时间另有安排
annl-clash-you-in = 您在该时间已参加“{ $title }”

## 在到达页面之前即被拒绝的请求。
annl-edge-address-unreadable = 网址中含有无法读取的字符。
annl-edge-form-unreadable = 表单中含有无法读取的字符。
annl-edge-form-unparsed = 无法读取该表单。
annl-upload-unreadable = 无法读取上传的文件，请重试。
