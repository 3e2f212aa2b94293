## Back office, part A: registrations, statistics, people, invitations, outbox,
## audit log and announcements. Counts: $count chooses the form, $n shows it grouped.

org-error-prefix = Error:
org-deleted-account = Deleted account

## Statuses and roles shown to people.

org-status-pending = Pending email confirmation
org-status-confirmed = Confirmed
org-status-waitlisted = On the waiting list
org-status-cancelled = Cancelled
org-enrollment-enrolled = Enrolled
org-enrollment-waitlisted = On the session's waiting list
org-role-organizer = organizer
org-role-moderator = moderator
org-role-speaker = speaker

## Table columns used on several pages.

org-col-name = Name
org-col-email = Email
org-col-organisation = Organisation
org-col-session = Session
org-col-sessions = Sessions
org-col-when = When
org-col-place = Place
org-col-picked = Picked
org-col-attended = Attended
org-col-role = Role

## Pagination.

org-pager-first = First
org-pager-prev = Previous
org-pager-next = Next
org-pager-last = Last
org-pager-page = Page { $page } of { $pages }

## Registrations table.

org-reg-title = Registrations
org-reg-title-lower = registrations
org-reg-find = Find registrations
org-reg-search = Search
org-reg-search-hint = Name, email or organisation
org-reg-status = Status
org-reg-country = Country
org-reg-session = Enrolled in session
org-reg-sort = Sort by
org-reg-order = Order
org-reg-apply = Apply
org-reg-clear = Clear filters
org-reg-any-status = Any status
org-reg-any-country = Any country
org-reg-any-session = Any session
org-reg-sort-registered = Registered date
org-reg-registered = Registered
org-reg-ascending = Ascending (A–Z, oldest first)
org-reg-descending = Descending (Z–A, newest first)
org-reg-showing-none = No registrations match.
org-reg-showing =
    { $count ->
        [one] Showing { $first }–{ $last } of { $n } registration.
       *[other] Showing { $first }–{ $last } of { $n } registrations.
    }
org-reg-download-csv =
    { $count ->
        [one] Download this { $n } as CSV
       *[other] Download these { $n } as CSV
    }
org-reg-caption = Registrations, page { $page } of { $pages }
org-reg-select = Select
org-reg-select-person = Select { $name }
org-reg-pages = Pages of registrations

## Bulk actions on the registrations table.

org-bulk-legend = Bulk action
org-bulk-action = Action
org-bulk-confirm = Confirm
org-bulk-promote = Promote from the waiting list
org-bulk-resend = Resend the confirmation link
org-bulk-cancel = Cancel
org-bulk-scope-selected = The ticked registrations
org-bulk-scope-filtered =
    { $count ->
        [one] The { $n } registration matching the filters
       *[other] All { $n } matching the filters
    }
org-bulk-continue = Continue…
org-bulk-hint = The next page says how many the action applies to, before anything changes.
org-bulk-confirm-title = Confirm a bulk action
org-bulk-heading-confirm =
    { $count ->
        [one] Confirm { $n } registration?
       *[other] Confirm { $n } registrations?
    }
org-bulk-heading-promote =
    { $count ->
        [one] Promote { $n } registration from the waiting list?
       *[other] Promote { $n } registrations from the waiting list?
    }
org-bulk-heading-resend =
    { $count ->
        [one] Resend the confirmation link to { $n } registration?
       *[other] Resend the confirmation link to { $n } registrations?
    }
org-bulk-heading-cancel =
    { $count ->
        [one] Cancel { $n } registration?
       *[other] Cancel { $n } registrations?
    }
org-bulk-yes-confirm = Yes, confirm { $n }
org-bulk-yes-promote = Yes, promote { $n }
org-bulk-yes-resend = Yes, resend to { $n }
org-bulk-yes-cancel = Yes, cancel { $n }
org-bulk-no = No, back to the registrations
org-bulk-summary-filtered =
    { $count ->
        [one] { $n } registration matches the filters; the action applies to { $applicable } of them.
       *[other] { $n } registrations match the filters; the action applies to { $applicable } of them.
    }
org-bulk-summary-ticked =
    { $count ->
        [one] { $n } registration is ticked; the action applies to { $applicable } of them.
       *[other] { $n } registrations are ticked; the action applies to { $applicable } of them.
    }
org-bulk-summary-skipped =
    { $count ->
        [one] The other { $n } is skipped: its status does not allow it.
       *[other] The other { $n } are skipped: their status does not allow it.
    }
org-bulk-summary-audit = Each one is mailed and recorded in the audit log as if done one by one.
org-bulk-name-confirm = Confirm
org-bulk-name-promote = Promote from the waiting list
org-bulk-name-resend = Resend the confirmation link
org-bulk-name-cancel = Cancel
org-bulk-done =
    { $count ->
        [one] { $n } registration done.
       *[other] { $n } registrations done.
    }
org-bulk-done-skipped =
    { $count ->
        [one] { $n } skipped (its status does not allow it).
       *[other] { $n } skipped (their status does not allow it).
    }
org-bulk-done-line = { $action }: { $done }
org-bulk-flash-no-action = Choose an action for the registrations.
org-bulk-flash-no-match = No registration matches the filters.
org-bulk-flash-none-ticked = Tick at least one registration, or choose “all matching the filters”.

## One registration.

org-reg-all = All registrations
org-reg-waitlist-position = number { $n } on the waiting list
org-reg-person = Person
org-reg-not-verified = not verified
org-reg-none-given = none given
org-reg-time-zone = Time zone
org-reg-email-verified = Email verified
org-reg-deleted-note = This person deleted their account. The registration is kept, without name or email, for the counts by country and status.
org-reg-history = Status history
org-reg-last-change = Last change
org-reg-picks = Picked sessions
org-reg-no-picks = No sessions picked.
org-reg-attended =
    { $count ->
        [one] Attended { $attended } of { $n } picked session.
       *[other] Attended { $attended } of { $n } picked sessions.
    }
org-reg-picks-caption = Sessions picked by { $name }
org-reg-not-attended = no
org-reg-actions = Actions
org-reg-promote-hint = Both give a seat even when the conference is full. “Confirm by hand” sends the usual confirmation; “Promote” also tells the person a seat has become free for them.
org-reg-cancelled-note = A cancelled registration has no actions; the person can register again while registration is open.
org-reg-action-resend = Resend the confirmation link
org-reg-action-confirm = Confirm by hand
org-reg-action-promote = Promote from the waiting list
org-reg-action-cancel = Cancel this registration
org-reg-flash-not-applicable =
    Nothing changed: the registration is { $status ->
        [pending] pending email confirmation
        [confirmed] confirmed
        [waitlisted] on the waiting list
       *[cancelled] cancelled
    }.
org-reg-flash-nobody = Nothing changed: this account was deleted, so there is nobody to write to.
org-reg-flash-resent = A new confirmation link is on its way to { $email }.
org-reg-flash-confirmed = { $name } is confirmed and has been sent the confirmation.
org-reg-flash-cancelled = The registration is cancelled; its seats went to the waiting lists.

## Statistics.

org-stats-title = Statistics
org-stats-reach =
    { $count ->
        [one] { $n } registrant
       *[other] { $n } registrants
    } from { $country_count ->
        [one] { $countries } country
       *[other] { $countries } countries
    } (confirmed registrations).
org-stats-by-status = Registrations by status
org-stats-all = All
org-stats-by-country = Confirmed registrations by country
org-stats-none-confirmed = No confirmed registrations yet.
org-stats-bars-caption =
    { $count ->
        [one] The country with the most confirmed registrants.
       *[other] The { $n } countries with the most confirmed registrants, bars to scale with each other.
    }
org-stats-others =
    { $count ->
        [one] Other countries ({ $countries }): { $n } registrant together, not drawn to this scale.
       *[other] Other countries ({ $countries }): { $n } registrants together, not drawn to this scale.
    }
org-stats-country-caption =
    { $count ->
        [one] Confirmed registrations in the { $n } country
       *[other] Confirmed registrations in each of the { $n } countries
    }
org-stats-registrants = Registrants
org-stats-share = Share (%)
org-stats-by-region = Confirmed registrations by region
org-stats-region-caption = Confirmed registrations by UN M49 region
org-stats-region = Region
org-stats-m49 = M49 code
org-stats-other-region = Other or unknown
org-stats-over-time = Registrations over time
org-stats-per-day = Sign-ups per day
org-stats-day-chart-desc = A line with one point per day from { $first } to { $last } (UTC); the busiest day had { $peak } sign-ups. The table below lists every day with sign-ups.
org-stats-day-chart-caption = Sign-ups per day, { $first } to { $last } (UTC); peak { $peak }.
org-stats-no-signups = No sign-ups yet.
org-stats-per-day-table = Sign-ups per day as a table
org-stats-per-day-caption = Sign-ups per day (UTC), any status
org-stats-day = Day
org-stats-signups = Sign-ups
org-stats-video = Attendance in the video meetings
org-stats-video-caption = People the video platform saw in a meeting, by country
org-stats-present = People present
org-stats-attendance = Attendance per session
org-stats-no-sessions = No sessions yet.
org-stats-attendance-caption = Seats picked and people who attended (joined or checked in), per session

## People and invitations.

org-people-title = People
org-people-organizers = Organizers
org-people-no-organizers = No organizers yet: invite the first one below.
org-people-invite-organizer = Invite a co-organizer by email
org-people-invite-hint = They receive an invitation link and appear here once they accept.
org-people-send-invitation = Send invitation
org-people-organizer-invitations = Organizer invitations waiting for an answer
org-people-session-people = Moderators and speakers
org-people-none = No moderators or speakers yet. Invite them from each session in the agenda.
org-people-none-link = Open the agenda
org-people-everyone = Everyone with a role in a session
org-people-session-invitations = Session invitations waiting for an answer
org-people-role-of =
    { $role ->
        [moderator] moderator
       *[speaker] speaker
    } of “{ $title }”
org-people-role-line =
    { $role ->
        [moderator] Moderator
       *[speaker] Speaker
    } of “{ $title }” ({ $when })
org-people-choose-role = Choose moderator or speaker
org-people-cannot-invite = Cannot invite: { $clashes }.
org-people-has-role = This person already has that role
org-people-already-invited = An invitation for this role is already waiting for an answer: resend it from the list
org-people-flash-sent = Invitation sent to { $email }. They appear here once they accept.
org-people-flash-removed = The person is no longer assigned to this session.
org-people-flash-resent = Invitation sent again to { $email }. The earlier link no longer works.
org-people-flash-withdrawn = The invitation to { $email } is withdrawn. Its link no longer works.
org-inv-expired = Expired
org-inv-waiting = Waiting
org-inv-resend = Resend
org-inv-resend-hidden = the invitation to { $email } as { $what }
org-inv-withdraw = Withdraw
org-inv-withdraw-hidden = the invitation to { $email } as { $what }
org-profile-heading = Profile of { $name }

## One session's people.

org-sp-title = People of “{ $title }”
org-sp-edit = Edit the session
org-sp-nobody = Nobody has accepted a role yet. Every session needs a moderator.
org-sp-caption = People of this session
org-sp-remove = Remove
org-sp-remove-hidden = { $name } as { $role }
org-sp-profile = Profile
org-sp-profile-hidden = of { $name }
org-sp-invitations = Invitations waiting for an answer
org-sp-invitations-caption = Invitations to this session waiting for an answer
org-sp-invite = Invite someone
org-sp-email = Email address
org-sp-moderator = Moderator
org-sp-speaker = Speaker

## The invitation page (the invited person's view).

org-invite-title = Your invitation
org-invite-invalid-title = Invitation not valid
org-invite-invalid-heading = This invitation is not valid any more
org-invite-invalid-text = Invitations work once, for 14 days, until the organisers withdraw them. Ask the organisers for a new one.
org-invite-lead-organizer = The organisers of “{ $conference }” invite { $email } to be an organizer.
org-invite-lead-session =
    The organisers of “{ $conference }” invite { $email } to be { $role ->
        [moderator] moderator
       *[speaker] speaker
    } of the session “{ $title }”.
org-invite-flash-organizer = You are now an organizer of “{ $conference }”.
org-invite-flash-session =
    You are now { $role ->
        [moderator] moderator
       *[speaker] speaker
    } of the session “{ $title }” of “{ $conference }”.
org-invite-accept-note = If you accept, your name and organisation appear with this role on the conference's pages.
org-invite-accept = Accept the invitation
org-invite-other-account = You are signed in as { $current }, but this invitation is for { $email }. Only that account can accept it.
org-invite-sign-out = Sign out, then open the link in the email again.
org-invite-has-account = There is an account for { $email }. Sign in to accept the invitation.
org-invite-sign-in = Sign in to accept
org-invite-forgotten = Forgotten your password?
org-invite-reset = Reset it
org-invite-reset-after = , then open the link in the email again.
org-invite-new-account = Choose your name, country and a password to create your account and accept.
org-invite-name = Your name
org-invite-name-hint = As it should appear on the conference's pages.
org-invite-password = Choose a password
org-invite-password-hint = 10 to 128 characters.
org-invite-create = Accept and create my account
org-invite-double-booked = You cannot accept: { $clashes }. Ask the organisers to change the time, or leave the other session first.

## Outbox.

org-outbox-title = Outbox
org-outbox-queued = queued
org-outbox-delivered = delivered
org-outbox-failed = failed
org-outbox-backlog =
    { $count ->
        [one] { $n } message is waiting to be sent.
       *[other] { $n } messages are waiting to be sent.
    }
org-outbox-oldest = The oldest has been waiting since { $since }.
org-outbox-last-error-label = Last error:
org-outbox-lookup = Look up a recipient
org-outbox-lookup-hint = Did someone get their mail? Type their email address or part of it.
org-outbox-lookup-button = Look up
org-outbox-lookup-none = No mail of this conference went to an address containing “{ $to }”.
org-outbox-lookup-caption = Mail to addresses containing “{ $to }”, newest first
org-outbox-first-n = (the first { $n })
org-outbox-recipient = Recipient
org-outbox-subject = Subject
org-outbox-state = State
org-outbox-attempts = Attempts
org-outbox-last-error = Last error
org-outbox-queued-at = Queued
org-outbox-delivered-or-next = Delivered or next
org-outbox-next-attempt = Next attempt
org-outbox-next-at = next attempt { $when }
org-outbox-gave-up = none (gave up)
org-outbox-state-delivered = Delivered
org-outbox-state-waiting = Waiting
org-outbox-state-retrying = Retrying
org-outbox-state-failed = Failed
org-outbox-all-well = No failed or retrying mail. Everything the conference sent was delivered or is on its way.
org-outbox-retry-all = Retry all failed and retrying mail now
org-outbox-troubled-caption = Mail that failed or is waiting to be retried
org-outbox-retry = Retry
org-outbox-retry-hidden = the mail to { $to }
org-outbox-flash-nothing = Nothing to retry.
org-outbox-flash-retried =
    { $count ->
        [one] { $n } message is back in the queue and will be sent shortly.
       *[other] { $n } messages are back in the queue and will be sent shortly.
    }

## Audit log.

org-audit-title = Audit log
org-audit-show = Show
org-audit-filter = Filter
org-audit-all = All changes
org-audit-conference = Conference settings
org-audit-sessions = Sessions
org-audit-check-ins = Check-ins
org-audit-empty = No changes recorded yet.
org-audit-empty-kind = No changes of this kind recorded yet.
org-audit-caption = Newest first; times in { $zone }
org-audit-who = Who
org-audit-what = What
org-audit-before = Before
org-audit-after = After

## Announcements.

org-ann-title = Announcements
org-ann-title-lower = announcements
org-ann-write = Write an announcement
org-ann-none = No announcement has been sent yet.
org-ann-caption = Announcements sent, newest first
org-ann-sent = Sent
org-ann-queued = Queued
org-ann-delivered = Delivered
org-ann-failed = Failed
org-ann-recipients = Recipients
org-ann-new-title = New announcement
org-ann-send-to = Send to
org-ann-send-to-hint = Cancelled registrations and deleted accounts never receive announcements.
org-ann-message = Message
org-ann-send-at = Send at (optional)
org-ann-preview = Preview
org-ann-group-registrants = Registrants
org-ann-group-session = Enrolled in one session
org-ann-audience-confirmed = All confirmed registrants
org-ann-audience-waitlisted = Everyone on the waiting list
org-ann-audience-staff = Moderators and speakers of the conference
org-ann-audience-session = { $title } (enrolled)
org-ann-audience-option =
    { $count ->
        [one] { $label } ({ $n } person)
       *[other] { $label } ({ $n } people)
    }
org-ann-audience-empty = Nobody is in this audience yet: choose another
org-ann-subject-hint = Up to { $max } characters. Recipients see it as “{ $example }”.
org-ann-body-hint = Each message starts with “{ $greeting }” and ends with the organisers' signature and an unsubscribe link, so do not write a greeting. Markdown: **bold**, *italic*, [links](https://example.org), lists. Up to { $max } characters. The next step shows exactly what recipients will see.
org-ann-send-at-hint = In the conference's time zone ({ $zone }). Leave empty to send as soon as you confirm.
org-ann-greeting-preview = Dear (the recipient's name),
org-ann-preview-title = Preview: { $subject }
org-ann-check = Check your announcement
org-ann-test-sent = A test copy is on its way to { $email }. Nobody else received anything.
org-ann-lead =
    { $count ->
        [one] It will go to { $n } recipient: { $audience }.
       *[other] It will go to { $n } recipients: { $audience }.
    }
org-ann-lead-scheduled =
    { $count ->
        [one] It will go to { $n } recipient: { $audience }, on { $when }.
       *[other] It will go to { $n } recipients: { $audience }, on { $when }.
    }
org-ann-to-confirmed = all confirmed registrants
org-ann-to-waitlisted = everyone on the waiting list
org-ann-to-staff = the moderators and speakers
org-ann-to-session = everyone enrolled in “{ $title }”
org-ann-to-a-session = everyone enrolled in a session
org-ann-send-button =
    { $count ->
        [one] Send to { $n } recipient
       *[other] Send to { $n } recipients
    }
org-ann-schedule-button =
    { $count ->
        [one] Schedule for { $n } recipient
       *[other] Schedule for { $n } recipients
    }
org-ann-test-button = Send a test to me
org-ann-change-button = Change it
org-ann-flash-sent =
    { $count ->
        [one] Your announcement is on its way to { $n } recipient.
       *[other] Your announcement is on its way to { $n } recipients.
    }
org-ann-flash-scheduled =
    { $count ->
        [one] Your announcement to { $n } recipient will be sent on { $when }.
       *[other] Your announcement to { $n } recipients will be sent on { $when }.
    }
org-ann-all = All announcements
org-ann-delivery = Delivery of this announcement
org-ann-all-handed = Every message has been handed over.
org-ann-delivering = Mail is being delivered; this page shows the state when it was loaded.
org-ann-live = Mail is being delivered; these numbers update by themselves.
org-ann-reload = Reload to see the latest numbers
org-ann-see-failed = See the failed messages and retry them
