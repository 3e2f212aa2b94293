## 表单（macros.html）和错误页面（所有页面共用）。

common-error-summary-title = 出现问题
common-error-prefix = 错误：
common-field-country = 国家/地区
common-select-country = 请选择国家/地区
common-go-home = 前往会议列表
common-request-reference = 请求编号：
common-request-reference-hint = （状态 { $status }）。联系组织方时请提供此编号。

common-err-sign-in = 登录
common-err-not-found-title = 找不到页面
common-err-not-found-text = 如果网址是您手动输入的，请检查是否正确；如果是粘贴的，请检查是否复制了完整网址。
common-err-forbidden-title = 您无权访问此页面
common-err-forbidden-text = 请使用有访问权限的账户登录，或联系组织方。
common-err-csrf-title = 您的表单已过期
common-err-csrf-text = 为保障您的安全，该表单未被接受。请返回上一页，刷新页面后重新提交。
common-err-conflict-title = 他人已先行修改了此内容
common-err-rate-limited-title = 尝试次数过多
common-err-rate-limited-text =
    { $count ->
       *[other] 请等待 { $n } 秒后再试。
    }
common-err-bad-request-title = 请求有误
common-err-too-large-title = 您提交的内容过大
common-err-too-large-text = 请缩短文本后重试。
common-err-unavailable-title = 服务暂时不可用
common-err-unavailable-text = 未保存任何内容：您的请求未被执行，连部分执行也没有。请在几秒钟后重试。如果您正在提交表单，请使用浏览器的“返回”按钮返回：您输入的内容仍然保留。
common-err-internal-title = 抱歉，我们这边出现了问题
common-err-internal-text = 请稍后重试。您输入的内容不会被部分保存。
common-conflict-same-moment = 他人在同一时间修改了此内容。请刷新页面并核对后再试。
common-conflict-slug-taken = 另一个会议在同一时间占用了此网址。请另选一个。
common-conflict-stale-session = 在您打开此环节后，他人保存了修改。请刷新页面查看其更改。
