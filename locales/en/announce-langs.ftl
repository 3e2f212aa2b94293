## Announcements written in several languages (issue 15, point 6), and messages of
## the service and web code that used to be written in English only.

annl-lang-ar = Arabic
annl-lang-zh = Chinese
annl-lang-en = English
annl-lang-fr = French
annl-lang-ru = Russian
annl-lang-es = Spanish
# A version named in the reader's words, then the language in its own: "French version (Français)".
annl-heading = { $language } version ({ $native })
# The same for a reader of that language.
annl-heading-own = { $language } version
annl-main-legend = { $language }: the conference's language (required)
annl-others-title = Other languages (optional)
annl-others-hint = Registrants who chose one of these languages receive that version; everyone else receives the { $language } version. Give a version both a subject and a message, or leave it empty.
annl-written = written
annl-subject-in = Subject ({ $language })
annl-body-in = Message ({ $language })
annl-err-subject-missing = Enter a subject
annl-err-body-missing = Enter the message
annl-err-subject-missing-in = Enter the subject in { $language }, or empty this version's message too
annl-err-body-missing-in = Enter the message in { $language }, or empty this version's subject too
annl-err-body-too-long = The message must be { $max } characters or fewer
annl-err-audience-session = Choose a session of this conference
annl-err-audience-missing = Choose who receives the announcement
annl-err-send-at-format = Enter a date and time, like 2026-06-01 09:00, or leave it empty
annl-err-send-at-gap = This time does not exist in the conference's time zone (the clocks change then): choose another
annl-err-send-at-past = Choose a time in the future, or leave it empty to send now
annl-reach =
    { $count ->
        [0] No recipient chose { $language }: nobody receives this version for now.
        [one] { $n } recipient chose { $language } and receives this version.
       *[other] { $n } recipients chose { $language } and receive this version.
    }
annl-reach-default =
    { $count ->
        [0] Nobody receives this version: every recipient has a version in their own language.
        [one] { $n } recipient receives this version: those who chose { $language } and those whose language has no version.
       *[other] { $n } recipients receive this version: those who chose { $language } and those whose language has no version.
    }
annl-test-button-versions =
    { $count ->
        [one] Send a test to me
       *[other] Send a test to me ({ $n } messages, one per language)
    }
annl-test-subject = [Test] { $subject }
annl-progress-caption = Languages of this announcement
annl-progress-language = Language
annl-progress-messages = Messages
annl-progress-default = default language

## Double bookings, found when a session moves or a person is invited.
annl-clash-person-in = { $name } is already in “{ $title }” at that time
annl-clash-elsewhere = { $name } has another commitment at that time
annl-clash-you-in = You are already in “{ $title }” at that time

## Requests refused before they reach a page.
annl-edge-address-unreadable = The web address contains characters that cannot be read.
annl-edge-form-unreadable = The form contains characters that cannot be read.
annl-edge-form-unparsed = The form could not be read.
annl-upload-unreadable = The upload could not be read. Please try again.
