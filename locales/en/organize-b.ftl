## Back office part B (conference settings, identity, video, agenda, sessions) and
## the moderators' and speakers' pages. Keys start with orgb-.

orgb-error-prefix = Error:
orgb-cancelled = Cancelled
orgb-save = Save
orgb-cancel = Cancel
orgb-edit = Edit
orgb-delete = Delete
orgb-duplicate = Duplicate
orgb-reinstate = Reinstate
orgb-no-go-back = No, go back
orgb-no-keep-it = No, keep it
orgb-you = (you)
orgb-minutes-short = { $minutes } min

## Moderators' and speakers' pages

orgb-mod-profile-link = Edit your public profile
orgb-mod-profile-after = (honorific, function, photo, biography) shown on your session pages.
orgb-mod-none = You do not moderate or speak in any session yet.
orgb-mod-none-more = When the organisers of a conference add you to a session as a moderator or a speaker, it appears here with its time in your zone, the run of show and the meeting link for hosts. To follow sessions as an attendee, go to
orgb-mod-none-link = the conferences
orgb-zone-current = Times are shown in { $zone }.
orgb-zone-label = Show times in
orgb-zone-button = Change time zone
orgb-mod-session-link = Session page and run of show
orgb-roster = Roster
orgb-mod-session-title = { $title } — my session
orgb-when-your-time = When (your time, { $zone })
orgb-moderator = Moderator
orgb-open-roster = Open the roster
orgb-public-session-page = Public session page
orgb-run-of-show = Run of show
orgb-no-speakers = No speakers in this session.
orgb-run-of-show-intro = Set the order in which the speakers take the floor (1 is first) and, if you wish, how many minutes each one has.
orgb-run-of-show-caption-edit = Speakers, their order and speaking slots
orgb-run-of-show-caption = Speakers in order of speaking
orgb-col-speaker = Speaker
orgb-col-position = Position
orgb-col-slot-optional = Slot (minutes, optional)
orgb-col-order = Order
orgb-col-slot = Slot
orgb-position-of = Position of { $name }
orgb-slot-of = Speaking slot of { $name }, in minutes
orgb-save-run-of-show = Save the run of show
orgb-host-open = Open the meeting
orgb-host-open-note = (link for moderators and speakers)
orgb-host-opens-at = The meeting link for hosts appears on { $when }.
orgb-host-ended = This session has ended.

## Attendees by country

orgb-cc-heading = Attendees by country
orgb-nobody-enrolled = Nobody is enrolled in this session yet.
orgb-cc-summary = { $enrolled } from { $countries };
orgb-cc-enrolled =
    { $count ->
        [one] { $n } enrolled
       *[other] { $n } enrolled
    }
orgb-cc-countries =
    { $count ->
        [one] { $n } country
       *[other] { $n } countries
    }
orgb-cc-joined =
    { $count ->
        [one] { $n } joined.
       *[other] { $n } joined.
    }
orgb-cc-joined-short =
    { $count ->
        [one] { $n } joined
       *[other] { $n } joined
    }
orgb-cc-chart-all = Joined / enrolled: dark bars joined, light bars enrolled. Every country is in the table below.
orgb-cc-chart-partial =
    { $count ->
        [one] Joined / enrolled for the { $n } country with most attendees: dark bars joined, light bars enrolled. Every country is in the table below.
       *[other] Joined / enrolled for the { $n } countries with most attendees: dark bars joined, light bars enrolled. Every country is in the table below.
    }
orgb-cc-caption = Enrolled and joined attendees by country
orgb-col-country = Country
orgb-col-enrolled = Enrolled
orgb-col-joined = Joined
orgb-col-total = Total

## Roster

orgb-roster-title = Roster — { $title }
orgb-undo = Undo
orgb-times-in = times in { $zone }
orgb-roster-read-only = The organisers share this roster with the session's speakers. It is read-only: only moderators check people in.
orgb-roster-filter-label = Filter the roster
orgb-search = Search
orgb-search-hint = Name, organisation or email address
orgb-all-countries = All countries
orgb-attendance = Attendance
orgb-everyone = Everyone
orgb-not-joined = Not joined
orgb-sort-by = Sort by
orgb-sort-name = Name
orgb-sort-joined = Time joined, first arrivals first
orgb-sort-joined-latest = Time joined, latest arrivals first
orgb-apply = Apply
orgb-clear = Clear
orgb-refresh = Refresh
orgb-download-csv = Download CSV
orgb-download-csv-hidden = of the rows shown
orgb-print = Print
orgb-roster-showing = Showing { $matching } of { $enrolled }
orgb-roster-of-them-joined =
    { $count ->
        [one] ({ $n } of them joined).
       *[other] ({ $n } of them joined).
    }
orgb-roster-waitlisted =
    { $count ->
        [one] { $n } more on the session's waiting list.
       *[other] { $n } more on the session's waiting list.
    }
orgb-roster-updated = Updated at { $time }.
orgb-roster-no-match = Nobody matches these filters.
orgb-roster-caption = Attendees
orgb-roster-caption-filtered = Attendees matching the filters
orgb-range-of = { $range } of { $total }
orgb-rows-of = Rows { $range } of { $total }
orgb-col-organisation = Organisation
orgb-col-registration = Registration
orgb-col-check-in = Check-in
orgb-checked-in-by-hand = (checked in by a moderator)
orgb-present-minutes =
    { $count ->
        [one] present { $n } min
       *[other] present { $n } min
    }
orgb-mark-absent = Mark absent
orgb-mark-present = Mark present
orgb-roster-pages = Roster pages
orgb-roster-no-rows = No rows on this page.
orgb-previous-page = Previous page
orgb-next-page = Next page

## Back office: conferences

orgb-create-conference = Create a conference
orgb-no-conferences = You do not run any conference yet.
orgb-create-first = Create the first one.
orgb-your-conferences = Your conferences
orgb-col-conference = Conference
orgb-col-dates = Dates
orgb-col-status = Status
orgb-published = Published
orgb-draft = Draft
orgb-overview-title = { $title } — back office
orgb-capacity-n = capacity { $n }
orgb-stat-countries =
    { $count ->
        [one] country (confirmed)
       *[other] countries (confirmed)
    }
orgb-stat-sessions =
    { $count ->
        [one] session
       *[other] sessions
    }
orgb-is-published = The conference is published.
orgb-is-draft = The conference is a draft: only organizers can see it.
orgb-publish = Publish
orgb-unpublish = Unpublish
orgb-public-page = Public page
orgb-preview-public-page = Preview the public page
orgb-preview-note = (only organizers see it until you publish)
orgb-not-published = Not published
orgb-nav-label = Conference back office
orgb-settings = Settings
orgb-identity-link = Logo, banner, accent colour and contact line
orgb-field-title = Title
orgb-field-slug = Web address
orgb-field-slug-hint = Lower-case letters, digits and hyphens. The conference lives at /c/this-address.
orgb-field-description = Description
orgb-field-description-hint = Markdown: **bold**, [links](https://…), lists. Shown on the conference page.
orgb-field-starts-on = First day
orgb-field-ends-on = Last day
orgb-field-time-zone = Time zone of the conference
orgb-field-time-zone-hint = IANA name, like Europe/Zurich. Days and times you enter are in this zone.
orgb-field-opens = Registration opens (optional)
orgb-field-opens-hint = In the conference's time zone. Empty: open now.
orgb-field-closes = Registration closes (optional)
orgb-field-closes-hint = Empty: open until you close it.
orgb-field-capacity = Capacity (optional)
orgb-field-capacity-hint = Registrations beyond it join the waiting list.
orgb-field-quota = At most this many registrants per country (optional)
orgb-field-quota-hint = Keeps a balance between countries; overflow joins the waiting list.
orgb-field-join-lead = Join links appear this many minutes before a session
orgb-field-privacy = Privacy notice
orgb-field-privacy-hint = Registrants agree to it when they sign up.
orgb-field-sender = Reply address for mail (optional)
orgb-field-sender-hint = Replies to announcements go here (Reply-To).
orgb-field-short-name = Short name for mail (optional)
orgb-field-short-name-hint = Starts the subject of announcements, like “[IP & AI 2020] Programme update”. Empty: the title.
orgb-field-speakers-roster = Speakers may see the rosters of their sessions
orgb-field-speakers-roster-hint = Otherwise speakers see only counts by country.
orgb-field-reminders = Send session reminders to enrolled attendees
orgb-field-reminder-minutes = Minutes before each session to send the reminder
orgb-create-the-conference = Create the conference
orgb-save-settings = Save the settings
orgb-limits-title = Confirm the new limits — { $title }
orgb-limits-heading =
    { $count ->
        [one] Promote { $n } from the waiting list?
       *[other] Promote { $n } from the waiting list?
    }
orgb-limits-with = With a capacity of { $capacity } and a per-country quota of { $quota },
orgb-limits-promoted =
    { $count ->
        [one] { $n } registrant on the waiting list gets a seat, first in line first.
       *[other] { $n } registrants on the waiting list get a seat, first in line first.
    }
orgb-limits-mailed = Each of them is mailed at once; this cannot be taken back by lowering the limits again.
orgb-limits-yes =
    { $count ->
        [one] Yes, save and promote { $n }
       *[other] Yes, save and promote { $n }
    }
orgb-limits-no = No, back to the settings
orgb-no-limit = no limit
orgb-unpublish-title = Unpublish the conference — { $title }
orgb-unpublish-heading = Unpublish “{ $title }”?
orgb-unpublish-intro = Until you publish it again, everyone except its organizers gets “not found” for:
orgb-unpublish-pages = the public pages: the conference page, the agenda, every session page and the registration form;
orgb-unpublish-exports = the exports:
orgb-unpublish-feeds = the calendar feeds attendees subscribed to, and the links in mails already sent.
orgb-unpublish-kept = Registrations, picks and everything in the back office are kept. Organizers can still preview the public pages.
orgb-unpublish-yes = Yes, unpublish
orgb-unpublish-no = No, keep it published

## Identity

orgb-identity = Identity
orgb-identity-lead = The logo, banner and accent colour shown on the public pages, in the mails and on printed rosters.
orgb-field-accent = Accent colour (optional)
orgb-field-accent-hint = Six hexadecimal digits, like #1b4f8f. White text on it, and it as a link colour on the page, must reach a contrast of 4.5:1.
orgb-field-contact = Organizer contact line (optional)
orgb-field-contact-hint = Shown at the foot of the public pages, e.g. “Questions: events@example.org”.
orgb-identity-save = Save colour and contact
orgb-identity-current =
    { $field ->
        [logo] Current logo
       *[banner] Current banner
    }
orgb-identity-remove =
    { $field ->
        [logo] Remove the logo
       *[banner] Remove the banner
    }
orgb-identity-none =
    { $field ->
        [logo] No logo yet.
       *[banner] No banner yet.
    }
orgb-identity-upload-label =
    { $field ->
        [logo] Upload a new logo
       *[banner] Upload a new banner
    }
orgb-identity-upload =
    { $field ->
        [logo] Upload the logo
       *[banner] Upload the banner
    }

## Video

orgb-video-title = Video — { $title }
orgb-video-heading = Video platform
orgb-video-lead = Attendees, moderators and speakers always use Plenary's own join link; Plenary sends each person to the platform with the right role when they click it.
orgb-video-where = Where sessions take place
orgb-field-bbb-url = Server address
orgb-field-bbb-url-hint = As bbb-conf --secret prints it, like https://bbb.example.org/bigbluebutton/
orgb-field-bbb-secret = Shared secret
orgb-secret-saved-hint = A secret is saved. Leave empty to keep it; type a new one to replace it.
orgb-field-checksum = Checksum
orgb-checksum-sha256 = SHA-256 (BigBlueButton 2.5 and later)
orgb-checksum-sha1 = SHA-1 (older servers)
orgb-field-jitsi-domain = Domain
orgb-field-jitsi-domain-hint = Like meet.example.org
orgb-field-jitsi-app-id = App id
orgb-field-jitsi-app-id-hint = The issuer (iss) the server's token authentication expects
orgb-field-jitsi-secret = App secret
orgb-video-save = Save the video settings
orgb-video-test = Test connection
orgb-sessions = Sessions
orgb-no-sessions = No sessions yet.
orgb-session-video-title = Video options — { $title }
orgb-session-video-heading = Video options for “{ $title }”
orgb-field-record = Record the meeting (BigBlueButton)
orgb-field-stream = Stream address
orgb-field-stream-hint = A YouTube, PeerTube or Owncast page, or an HLS address: attendees beyond the cap watch it
orgb-field-audience-cap = Audience cap of the meeting
orgb-field-audience-cap-hint = BigBlueButton advises about 100 people per meeting; hosts always join
orgb-back-to-video = Back to the video settings

## Agenda and sessions

orgb-agenda-title = Agenda — { $title }
orgb-agenda-heading = Agenda
orgb-agenda-zone = Times in the conference's zone, { $zone }.
orgb-add-session = Add a session
orgb-agenda-empty = No sessions yet. Add the opening session to start the agenda.
orgb-agenda-caption = Sessions on { $day }
orgb-col-time = Time
orgb-col-session = Session
orgb-col-people = People
orgb-col-actions = Actions
orgb-agenda-moderator = Moderator: { $names }
orgb-agenda-speakers = Speakers: { $names }
orgb-conflict-title = Someone else changed this session — { $title }
orgb-conflict-heading = Someone else changed this session while you were editing
orgb-conflict-lead = Nothing has been overwritten. Compare the two versions, then keep theirs or save yours over it.
orgb-conflict-theirs = The saved version
orgb-conflict-keep = Keep the saved version
orgb-conflict-yours = Your version
orgb-conflict-save = Save my version over it
orgb-when = When
orgb-track = Track
orgb-capacity = Capacity
orgb-session-add-title = Add a session — { $title }
orgb-session-edit-title = Edit a session — { $title }
orgb-edit-session = Edit the session
orgb-times-are-in = Times are in { $zone }.
orgb-moderators-and-speakers = Moderators and speakers
orgb-field-notify = If the time changes, email the attendees who picked this session
orgb-picked-count =
    { $count ->
        [one] { $n } attendee picked this session.
       *[other] { $n } attendees picked this session.
    }
orgb-add-the-session = Add the session
orgb-save-session = Save the session
orgb-field-kind = Kind
orgb-field-abstract = Abstract
orgb-field-day = Day
orgb-field-start = Starts at
orgb-field-start-hint = In the conference's zone.
orgb-field-end = Ends at
orgb-field-track = Track or room (optional)
orgb-field-track-hint = Pick a room of this conference or type a new one; case and spaces do not make a new room.
orgb-field-session-capacity-hint = Attendees beyond it join the session's waiting list.
orgb-field-join-url = Private join link (optional)
orgb-field-join-url-hint = Shown only to confirmed registrants, shortly before the session.
orgb-reinstate-title = Reinstate a session — { $title }
orgb-cancel-title = Cancel a session — { $title }
orgb-reinstate-heading = Put “{ $title }” back on the agenda?
orgb-reinstate-text = The session is shown as taking place again, in the calendar exports and feeds too.
orgb-cancel-heading = Cancel “{ $title }”?
orgb-cancel-text = The session stays on the agenda, marked cancelled; calendar exports and feeds mark it cancelled
orgb-cancel-text-2 = and nobody can join it. You can reinstate it later. To remove it altogether, you can instead
orgb-cancel-delete-link = delete it.
orgb-cancel-mail = They will receive an email with the updated calendar file.
orgb-nobody-picked = Nobody has picked this session yet.
orgb-reinstate-yes = Yes, reinstate the session
orgb-cancel-yes = Yes, cancel the session
orgb-delete-title = Delete a session — { $title }
orgb-delete-heading = Delete “{ $title }”?
orgb-delete-mail = They will receive an email saying it will not take place.
orgb-delete-text = Its moderators and speakers are unassigned. This cannot be undone.
orgb-delete-yes = Yes, delete the session

## Messages from the code: roles, times, flash and validation messages

orgb-role-moderator = Moderator
orgb-role-speaker = Speaker
orgb-role-moderator-and-speaker = Moderator and speaker
orgb-role-organizer = Organizer
orgb-rel-ended = ended
orgb-rel-running = running now
orgb-rel-minutes =
    { $count ->
        [one] starts in { $n } min
       *[other] starts in { $n } min
    }
orgb-rel-hours =
    { $count ->
        [one] starts in { $n } h
       *[other] starts in { $n } h
    }
orgb-rel-hours-minutes = starts in { $hours } h { $minutes } min
orgb-rel-days =
    { $count ->
        [one] starts in { $n } day
       *[other] starts in { $n } days
    }
orgb-date-at-time = { $date } at { $time }
orgb-my-slot = You speak { $ordinal } of { $total }
orgb-my-slot-minutes = { $place }, { $minutes } minutes
orgb-err-position-missing = Enter a position for { $name }
orgb-err-position-range = Enter a position from 1 to { $max } for { $name }
orgb-err-slot-range = Enter a slot for { $name } from 1 to { $max } minutes, or leave it empty
orgb-err-position-taken = Position { $position } is given to more than one speaker: give { $name } a position of their own
orgb-flash-run-of-show-saved = Run of show saved.
orgb-flash-marked-present = Marked { $name } present.
orgb-flash-marked-absent = Marked { $name } absent.
orgb-flash-already-present = { $name } was already marked present.
orgb-flash-already-absent = { $name } was already marked absent.
orgb-flash-nothing-to-undo = There is nothing to undo.
orgb-flash-undone-present = Undone: { $name } is marked present again.
orgb-flash-undone-absent = Undone: { $name } is marked absent again.
orgb-flash-not-undone = Not undone: the attendance of { $name } was changed in the meantime.
orgb-deleted-account = Deleted account
orgb-flash-roster-moderators-only = The organisers of this conference share attendees' details with moderators only. The counts by country are below.
orgb-warn-overlap = Overlaps with “{ $title }” in the same track
orgb-warn-no-moderator = No moderator yet
orgb-flash-session-added = The session is added to the agenda.
orgb-flash-with-notes = { $message } Note: { $notes }.
orgb-flash-session-saved = The session is saved.
orgb-flash-session-saved-notified =
    { $count ->
        [one] The session is saved and { $n } attendee will be told about the new time.
       *[other] The session is saved and { $n } attendees will be told about the new time.
    }
orgb-err-double-booked = This time double-books people: { $clashes }. Change the time or the people first.
orgb-flash-session-deleted = The session is deleted.
orgb-flash-session-deleted-notified =
    { $count ->
        [one] The session is deleted; { $n } attendee will be told.
       *[other] The session is deleted; { $n } attendees will be told.
    }
orgb-flash-session-cancelled = The session is cancelled.
orgb-flash-session-cancelled-notified =
    { $count ->
        [one] The session is cancelled; { $n } attendee will be told.
       *[other] The session is cancelled; { $n } attendees will be told.
    }
orgb-flash-session-reinstated = The session is back on the agenda.
orgb-flash-session-reinstated-notified =
    { $count ->
        [one] The session is back on the agenda; { $n } attendee will be told.
       *[other] The session is back on the agenda; { $n } attendees will be told.
    }
orgb-err-capacity-range = Capacity must be a whole number from { $min } to { $max }
orgb-err-quota-range = The per-country quota must be a whole number from { $min } to { $max }
orgb-err-lead-range = The join-link lead time must be a whole number from { $min } to { $max }
orgb-err-reminder-range = Reminder minutes must be a whole number from { $min } to { $max }
orgb-err-first-day = Enter the first day as a date, like 2026-07-07
orgb-err-last-day = Enter the last day as a date, like 2026-07-07
orgb-err-date-time = Enter a date and time, like 2026-06-01 09:00
orgb-err-title = Enter a title
orgb-err-slug = Use 3 to 60 lower-case letters, digits and hyphens, like ip-ai-2026
orgb-err-last-before-first = The last day must be the same as or after the first day
orgb-err-too-long = A conference can last at most 31 days
orgb-err-close-before-open = Registration must close after it opens
orgb-err-quota-over-capacity = The per-country quota cannot exceed the capacity
orgb-err-privacy = Enter the privacy notice registrants agree to
orgb-err-slug-taken = Another conference already uses this web address; choose another
orgb-flash-conference-created = The conference is created as a draft. Add its agenda and organizers, then publish it.
orgb-flash-settings-saved = The settings are saved.
orgb-flash-settings-saved-promoted =
    { $count ->
        [one] The settings are saved; { $n } registrant was promoted from the waiting list and mailed.
       *[other] The settings are saved; { $n } registrants were promoted from the waiting list and mailed.
    }
orgb-flash-published = The conference is published: anyone can see it and register.
orgb-flash-unpublished = The conference is unpublished: the public pages now answer 'not found'.
orgb-err-time = Enter a time like 14:30
orgb-err-kind = Choose the kind of session
orgb-err-day-range = Choose a day of the conference ({ $first } to { $last })
orgb-err-day = Choose the day
orgb-err-session-capacity = Capacity must be a whole number from 1 to 100000, or empty
orgb-err-join-url = Enter the full meeting address, starting with https://
orgb-logo = Logo
orgb-banner = Banner
orgb-flash-identity-saved = The colour and contact line are saved.
orgb-flash-picture-removed =
    { $field ->
        [logo] The logo is removed.
       *[banner] The banner is removed.
    }
orgb-flash-picture-saved =
    { $field ->
        [logo] The logo is saved.
       *[banner] The banner is saved.
    }
orgb-upload-hint = PNG or JPEG, at most { $kb } KB. It is re-encoded as PNG, which removes any metadata such as location.
orgb-err-picture-too-big = The picture is larger than { $kb } KB; choose a smaller one
orgb-err-web-address = Enter the full address, starting with https://
orgb-err-platform = Choose a video platform
orgb-err-jitsi-domain-spaces = Enter the domain without spaces, like meet.example.org
orgb-err-bbb-url = Enter the BigBlueButton server's address
orgb-err-bbb-secret = Enter the server's shared secret
orgb-err-jitsi-domain = Enter the Jitsi domain
orgb-err-jitsi-app-id = Enter the app id the server expects as issuer
orgb-err-jitsi-secret = Enter the app secret
orgb-video-recorded = recorded
orgb-video-not-recorded = not recorded
orgb-video-stream-set = stream set
orgb-video-no-stream = no stream
orgb-video-audience-cap =
    { $count ->
        [one] audience cap { $n }
       *[other] audience cap { $n }
    }
orgb-flash-video-saved = The video platform settings are saved.
orgb-video-test-ok = BigBlueButton answered getMeetings: the address and the shared secret work.
orgb-video-test-failed = The test failed: { $error }.
orgb-video-test-save-first = Save the server's address and secret first.
orgb-video-test-jitsi = Jitsi has no API to call: tokens are checked by the server when people join. Join a session as a host to try it.
orgb-video-test-choose = Choose BigBlueButton or Jitsi first.
orgb-err-audience-cap = Enter a number of people from 1 to 100000
orgb-flash-session-video-saved = The session's video options are saved.
orgb-section-overview = Overview
orgb-section-settings = Settings
orgb-section-agenda = Agenda
orgb-section-people = People
orgb-section-registrations = Registrations
orgb-section-statistics = Statistics
orgb-section-announcements = Announcements
orgb-section-outbox = Outbox
orgb-section-audit = Audit log
orgb-section-video = Video
orgb-status-pending = Pending email confirmation
orgb-status-confirmed = Confirmed
orgb-status-waitlisted = On the waiting list
orgb-status-cancelled = Cancelled
