## Cancelling an announcement that has not gone yet.

ann-cancel-title = 取消通知
ann-cancel-heading = 是否取消“{ $subject }”？
ann-cancel-unsent =
    { $count ->
       *[other] 尚有 { $n } 封邮件未发出，将不再发送。
    }
ann-cancel-already-sent =
    { $count ->
       *[other] 已有 { $n } 封邮件送达，无法撤回。
    }
ann-cancel-confirm = 是，取消发送
ann-cancel-keep = 否，保留
ann-cancel-link = 取消尚未发送的邮件
ann-cancel-done =
    { $count ->
        [0] 没有可取消的邮件。
       *[other] 通知已取消：{ $n } 封邮件将不再发送。
    }
ann-cancel-nothing-left = 此通知的所有邮件均已发出，没有可取消的内容。
ann-cancelled-count =
    { $count ->
       *[other] { $n } 封邮件在发出前已取消。
    }
