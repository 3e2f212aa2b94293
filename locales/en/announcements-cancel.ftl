## Cancelling an announcement that has not gone yet.

ann-cancel-title = Cancel the announcement
ann-cancel-heading = Cancel “{ $subject }”?
ann-cancel-unsent =
    { $count ->
        [one] { $n } message has not gone yet: it will not be sent.
       *[other] { $n } messages have not gone yet: they will not be sent.
    }
ann-cancel-already-sent =
    { $count ->
        [one] { $n } message was already delivered; it cannot be called back.
       *[other] { $n } messages were already delivered; they cannot be called back.
    }
ann-cancel-confirm = Yes, cancel the sending
ann-cancel-keep = No, keep it
ann-cancel-link = Cancel what has not been sent yet
ann-cancel-done =
    { $count ->
        [0] Nothing was left to cancel.
        [one] The announcement is cancelled: { $n } message will not be sent.
       *[other] The announcement is cancelled: { $n } messages will not be sent.
    }
ann-cancel-nothing-left = Every message of this announcement has already gone; there is nothing to cancel.
ann-cancelled-count =
    { $count ->
        [one] { $n } message was cancelled before it went.
       *[other] { $n } messages were cancelled before they went.
    }
