# Mail: every message Plenary sends, in the recipient's language.
mail-signature = Plenary, on behalf of the conference organisers
mail-greeting = Dear { $name },
mail-greeting-anonymous = Hello,
mail-greeting-participant = Dear participant,
mail-button-fallback = If the button does not work, copy this address into your browser:
mail-detail-conference = Conference
mail-detail-opens = Opens
mail-detail-closes = Closes
mail-detail-zone = Your time zone
mail-detail-when = When
mail-detail-session = Session
mail-detail-new-time = New time
mail-action-my-page = Open my conference page
mail-action-see-my-page = See my conference page
mail-action-my-registration = See my registration
mail-action-agenda = See the agenda
mail-link-expiry-48h = The link works once and expires in 48 hours.
# Confirmation of a sign-up
mail-confirm-subject = Confirm your registration: { $conference }
mail-confirm-intro = Thank you for registering for "{ $conference }". Please confirm your email address to complete your registration.
mail-confirm-waitlist = The conference is full at the moment, so you are number { $position } on the waiting list. We will email you as soon as a seat is yours.
mail-confirm-action = Confirm my registration
mail-confirm-expiry = The link works once and expires in 48 hours. If you did not register, ignore this email: nothing happens without the link.
# Sign-up with an address that already has an account
mail-already-subject = You already have an account: { $conference }
mail-already-intro = Someone (probably you) tried to sign up for "{ $conference }" with this email address, which already has an account. No new account was created.
mail-already-how = To register for the conference, sign in and use the one-click registration. If you have forgotten your password, you can set a new one.
mail-already-action = Sign in and register
mail-already-forgotten = Forgotten your password?
mail-already-not-you = If this was not you, you can ignore this email; your account is unchanged.
# Registration confirmed
mail-confirmed-subject = You are registered: { $conference }
mail-confirmed-intro = Your registration for "{ $conference }" is confirmed.
mail-confirmed-pick = Pick the sessions you want to follow: you will find the join links on your conference page shortly before each session starts.
mail-confirmed-ics-picks = The attached calendar file adds the sessions you picked to your calendar.
mail-confirmed-ics-days = The attached calendar file adds the conference days to your calendar. To follow your own sessions as you pick them, subscribe to your personal calendar from your conference page.
# Waiting list
mail-waitlisted-subject = Email confirmed — you are on the waiting list: { $conference }
mail-waitlisted-intro = Thank you for confirming your email address. "{ $conference }" is full at the moment; you are number { $position } on the waiting list.
mail-waitlisted-how = When a seat frees up, it is given to the first person on the list automatically and we email you.
mail-promoted-subject = A seat is yours: { $conference }
mail-promoted-intro = Good news: a seat has become free at "{ $conference }" and it is now yours.
mail-promoted-pending = Please confirm your email address with the link we sent when you signed up to complete your registration.
mail-seat-subject = You have a place in "{ $session }"
mail-seat-intro = A place has become free in "{ $session }" and it is now yours.
# Password and email address
mail-reset-subject = Set a new Plenary password
mail-reset-intro = We received a request to set a new password for your account.
mail-reset-action = Choose a new password
mail-reset-expiry = The link works once and expires in 2 hours. If you did not ask for this, ignore this email: your password stays the same.
mail-reset-unknown-subject = Password reset request
mail-reset-unknown-intro = Someone asked to reset the password of a Plenary account with this email address, but there is no account with it.
mail-reset-unknown-hint = If you meant to register for a conference, start from its page on
mail-email-change-subject = Confirm your new email address
mail-email-change-intro = You asked to change the email address of your Plenary account to { $email }. Confirm it with the link below.
mail-email-change-action = Confirm my new address
mail-email-changed-subject = The email address of your account changed
mail-email-changed-intro = The email address of your Plenary account was changed to { $email }. If you did not do this, contact the organisers at once.
# Changes to the agenda
mail-moved-subject = New time for "{ $session }"
mail-moved-intro = The organisers of "{ $conference }" have moved a session you picked.
mail-removed-subject = "{ $session }" will not take place
mail-removed-intro = The organisers of "{ $conference }" have removed the session "{ $session }", which you had picked. We are sorry for the change.
mail-cancelled-subject = Cancelled: "{ $session }"
mail-cancelled-intro = The organisers of "{ $conference }" have cancelled the session "{ $session }", which you had picked. The attached calendar file marks it cancelled in your calendar.
mail-reinstated-subject = Back on the agenda: "{ $session }"
mail-reinstated-intro = The organisers of "{ $conference }" have reinstated the session "{ $session }", which you had picked: it takes place after all. The attached calendar file updates your calendar.
mail-reminder-subject = Starting soon: { $session }
mail-reminder-intro = "{ $session }", a session of "{ $conference }" that you picked, starts soon.
mail-reminder-join = The join link is on your conference page shortly before the session starts.
# Role invitations ($role: organizer, moderator or speaker)
mail-invite-subject = Invitation: { $conference }
mail-invite-conference = The organisers of "{ $conference }" invite you to be { $role ->
        [moderator] moderator
        [speaker] speaker
       *[organizer] organizer
    } of the conference.
mail-invite-session = The organisers of "{ $conference }" invite you to be { $role ->
        [moderator] moderator
        [speaker] speaker
       *[organizer] organizer
    } of the session "{ $session }".
mail-invite-how = Open the link to accept. You will see your name on the conference's pages only after you accept. If you do not want the role, ignore this email.
mail-invite-action = Answer the invitation
mail-invite-expiry = The link works once and expires in 14 days. If you did not expect this email, you can ignore it.
# The frame around an announcement
mail-ann-reason = You receive this because you take part in “{ $conference }”.
mail-ann-page = Your conference page
mail-ann-unsubscribe = Unsubscribe from this conference's announcements
mail-ann-no-more = No more announcements from this conference
