## Validation messages shared by every form (shown next to the field and in the
## error summary), and the title of a page whose form has errors.

form-error-title = Error: { $title }
form-too-long =
    { $count ->
        [one] Must be { $n } character or fewer
       *[other] Must be { $n } characters or fewer
    }
form-control-characters = Must not contain control characters
form-invisible-characters = Must not contain invisible formatting characters, such as zero-width spaces or text direction overrides
form-email-missing = Enter your email address
form-email-too-long = Email address must be 254 characters or fewer
form-email-format = Enter an email address in the correct format, like name@example.org
form-country-missing = Select your country
form-country-unknown = Select a country from the list
form-zone-missing = Enter a time zone, like Europe/Zurich
form-zone-unknown = '{ $zone }' is not a time zone we know; use a city or a name like Asia/Tokyo
form-name-missing = Enter your full name
form-password-missing = Enter a password
form-password-too-short =
    { $count ->
        [one] Password must be at least { $n } character
       *[other] Password must be at least { $n } characters
    }
form-password-too-long =
    { $count ->
        [one] Password must be { $n } character or fewer
       *[other] Password must be { $n } characters or fewer
    }
form-colour-format = Enter a colour as six hexadecimal digits, like #1b4f8f
form-colour-too-light = This colour is too light: white text on it has a contrast of { $contrast }:1, and at least { $min }:1 is needed to be readable (WCAG AA). Choose a darker shade
form-colour-links-too-light = As the colour of links on the page background this colour has a contrast of { $contrast }:1, and at least { $min }:1 is needed (WCAG AA). Choose a darker shade
form-picture-missing = Choose a picture to upload
form-picture-too-large = The picture is { $size } KB; at most { $max } KB is accepted
form-picture-not-png-or-jpeg = The file is not a PNG or JPEG picture
form-picture-unreadable = The picture could not be read (damaged, or too large in pixels)
form-picture-not-converted = The picture could not be converted
form-unreadable = The form could not be read: { $detail }
