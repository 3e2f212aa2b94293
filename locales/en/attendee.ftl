## Attendee pages: My conference, picks, joining, confirming, cancelling.

att-status-pending = Pending email confirmation
att-status-confirmed = Confirmed
att-status-waitlisted = On the waiting list
att-status-cancelled = Cancelled
att-your-registration = Your registration:
att-register-again = Register again
att-send-link-again = Send the link again
att-back-to-me = Back to my conference page
att-back-to-session = Back to the session page
att-in-picks = In your picks
att-picked = Picked
att-on-session-waitlist = On the session's waiting list
att-join-session = Join the session
att-join-link-from = Join link from { $at }
att-session-ended = This session has ended.
att-pick = Pick this session
att-unpick = Remove from my picks
att-overlaps = Overlaps with your pick “{ $title }”
att-save-zone-question = Your profile says another time zone. Use { $zone } for your mails and pages from now on?
att-save-zone-button = Save { $zone } to my profile

att-me-pending = Confirm your email address with the link we sent you to complete your registration.
att-me-waitlist-position = You are number { $position } on the waiting list. When a seat frees up it is yours automatically and we email you.
att-me-cancelled = Your registration is cancelled.
att-me-picked =
    { $count ->
        [one] You have picked { $n } session.
       *[other] You have picked { $n } sessions.
    }
att-me-join-lead =
    { $count ->
        [one] Join links appear here { $n } minute before each session starts.
       *[other] Join links appear here { $n } minutes before each session starts.
    }
att-me-country-hint = The country your registration counts under. Correct it here if it is wrong.
att-me-country-save = Save the country
att-me-times = Times are shown in { $zone }.
att-me-change-zone = Change your time zone
att-capacity-full =
    { $count ->
        [one] Full ({ $n } place): new picks join the session's waiting list
       *[other] Full ({ $n } places): new picks join the session's waiting list
    }
att-capacity-left =
    { $count ->
        [one] { $n } of { $cap } places left
       *[other] { $n } of { $cap } places left
    }
att-feed-heading = Calendar feed
att-feed-new-intro = Subscribe to this private address in your calendar app to see your picked sessions with their join links. Keep it to yourself.
att-feed-copy-now = Copy it now: it is shown only this once.
att-feed-scrambled = We keep only a scrambled form of it, so we cannot show it again.
att-feed-google = Add to Google Calendar
att-feed-outlook = Add to Outlook
att-feed-apple = Add to Apple Calendar
att-feed-copy = Copy the address
att-feed-rotate = Make a new address (the old one stops working)
att-feed-exists = You have a private calendar feed. Its address was shown once when you made it. If you no longer have it, make a new one: the old address then stops working.
att-feed-none = Get a private calendar address that shows your picked sessions in your calendar app.
att-feed-create = Create my calendar feed
att-cancel-link = Cancel my registration

att-flash-picked = Session added to your picks.
att-flash-pick-waitlisted = The session is full: you are on its waiting list and will get the next free place.
att-flash-already-picked = You had already picked this session.
att-flash-pick-not-confirmed = You can pick sessions once your registration is confirmed.
att-flash-not-pickable = This session cannot be picked.
att-flash-unpicked = Session removed from your picks.
att-flash-not-picked = That session was not among your picks.
att-flash-cancelled = Your registration is cancelled and your seat has been freed. You can register again while registration is open.
att-flash-feed-rotated = Your calendar feed has a new address; the old one no longer works. Copy the new address now: it is shown only once.
att-flash-feed-created = Your personal calendar feed is ready. Copy its address now: it is shown only once.
att-flash-not-registered = You are not registered for this conference yet: register first.

att-cancel-title = Cancel your registration
att-cancel-heading = Cancel your registration?
att-cancel-text = Your seat and your places in sessions go to people on the waiting lists. Your account stays; you can register again while registration is open, but your places may be taken by then.
att-cancel-yes = Yes, cancel my registration
att-cancel-no = No, keep it
att-closed-heading = Registration is not open

att-confirm-heading = Confirm your registration
att-confirm-lead = This confirms the email address { $email } and the registration of { $name } for { $conference }.
att-confirm-signed-in-as = You are signed in as { $other }. Confirming signs you out of that account and signs you in as { $email }.
att-confirm-password = Your password
att-confirm-password-hint = The password you chose when you registered. If you have forgotten it, register again with the same address and use the link in that new email.
att-confirm-sign-out-button = Sign out and confirm
att-confirm-button = Confirm my registration
att-confirm-not-you = If you did not register, close this page: nothing happens without the button.
att-confirm-password-missing = Enter the password you chose when you registered
att-confirm-password-wrong = This is not the password chosen when registering. If you did not register, close this page
att-flash-confirmed = Your registration is confirmed. Pick the sessions you want to follow.
att-flash-confirmed-waitlisted = Your email address is confirmed. The conference is full, so you are on the waiting list.
att-link-used-title = This link has already been used
att-link-used-text =
    { $status ->
        [pending] Nothing more to do: your registration is pending email confirmation.
        [confirmed] Nothing more to do: your registration is confirmed.
        [waitlisted] Nothing more to do: your registration is on the waiting list.
        [cancelled] Nothing more to do: your registration is cancelled.
       *[other] Nothing more to do: your registration is unchanged.
    }
att-link-go-to-me = Go to my conference page
att-link-expired-title = This link has expired
att-link-expired-text = Confirmation links work for 48 hours. Ask for a new one from the conference's registration page.
att-link-invalid-title = This link is not valid
att-link-invalid-text = Check that you copied the whole address from the email.

att-resend-title = Send the link again
att-resend-heading = Send the confirmation link again
att-resend-text = Enter the email address you registered with. If it has a registration waiting for confirmation, we send a new link (older links stop working only when they expire).
att-email = Email address
att-resend-button = Send the link
att-sent-title = Check your email
att-sent-lead-to = We have sent an email to { $email }.
att-sent-lead = We have sent an email to your address.
att-sent-text = Open the link in it to confirm your registration. The link works for 48 hours. If the conference is full, the email also tells you your place on the waiting list.
att-sent-spam = No email after a few minutes? Check your spam folder.

att-join-title = Join “{ $title }”
att-join-lead = This session is not in your picks. Joining adds it to your picks and takes you to the meeting.
att-join-button = Pick and join
att-join-unavailable = The join link is not available
att-join-not-confirmed = Join links are for confirmed registrants. Confirm your registration first.
att-join-no-seat = This session has limited places: pick it first to get a place.
att-join-not-yet =
    { $count ->
        [one] The link opens { $n } minute before the session, on { $date } at { $time }.
       *[other] The link opens { $n } minutes before the session, on { $date } at { $time }.
    }
att-join-no-link = This session has no join link.
att-stream-title = Watch “{ $title }”
att-stream-lead = So many people are following this session that the audience watches the live stream, while the moderators and speakers meet in the video room.
att-stream-open = Open the live stream
att-video-failed-title = The meeting could not be opened
att-video-failed-lead = The video platform of “{ $title }” did not let us in just now. This is not a problem with your registration. Try again in a moment.
att-video-failed-detail = What the platform said (shown to hosts): { $detail }
att-video-not-configured = the platform's settings are incomplete
att-try-again = Try again
