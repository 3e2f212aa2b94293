## The shared page layout.

skip-to-content = Skip to main content
nav-account-label = Account
nav-my-sessions = My sessions
nav-my-conference = My conference
nav-my-schedule = My schedule
nav-back-office = Back office
nav-sign-out = Sign out
nav-sign-in = Sign in
footer-tagline = Plenary — open-source virtual conference platform.
lang-switcher-label = Language

## Counts ($count chooses the form, $n shows the number grouped).

registrants-count =
    { $count ->
        [one] { $n } registrant
       *[other] { $n } registrants
    }
sessions-count =
    { $count ->
        [one] { $n } session
       *[other] { $n } sessions
    }

## Forms shared by sign-up and the profile.

field-language = Language
field-language-hint = Pages and the mail we send you are in this language.
field-language-invalid = Choose one of the languages listed.
field-default-language = Default language
field-default-language-hint = For visitors whose browser asks for none of our languages, and for mail to registrants who never chose one.

## Video platforms (product names are not translated).

video-platform-none = No video
video-platform-link = A link per session
