## Signing in, the account page and its forms (password, email address, public
## profile, deletion), and the messages they show.

acc-field-email = Email address
acc-field-password = Password
acc-field-your-password = Your password
acc-field-current-password = Current password
acc-field-new-password = New password
acc-field-new-email = New email address
acc-field-name = Full name
acc-field-organisation = Organisation (optional)
acc-field-zone = Your time zone
acc-field-zone-hint = Session times are shown in this zone, for example Asia/Tokyo.

## Sign in.

acc-login-title = Sign in
acc-login-link-lasts = The link works for 48 hours. If you cannot find the email or the link has expired:
acc-login-resend-link = ask for a new confirmation link
acc-login-submit = Sign in
acc-login-forgotten = Forgotten your password?
acc-login-new-here = New here? Open a conference and register there.
acc-login-conferences-link = See the list of conferences
acc-login-password-missing = Enter your password
acc-login-unconfirmed = Confirm your email address first: follow the link in the email we sent you
acc-login-wrong = The email address or password is not correct
acc-login-signed-in = Signed in as { $email }.

## The account page.

acc-title = Your account
acc-conferences-heading = Your conferences
acc-conferences-none = You have not registered for a conference yet.
acc-conferences-link = See the conferences
acc-details-heading = Your details
acc-email-current-label = Email address:
acc-details-submit = Save my details
acc-details-saved = Your details are saved.
acc-security-heading = Security and data
acc-security-profile = Your public speaker profile
acc-security-download = Download your data (JSON)
acc-signed-in-heading = Where you are signed in
acc-signed-in-count =
    { $count ->
        [one] You are signed in on this browser only.
       *[other] You are signed in on { $n } browsers or devices, this one included.
    }
acc-sign-out-everywhere-intro = Lost a device, or used a shared computer? Sign out everywhere, this browser included. You can then sign in again here.
acc-sign-out-everywhere = Sign out everywhere
acc-zone-unknown = That time zone is not one we know; your profile is unchanged.
acc-zone-saved = Your profile's time zone is now { $zone }.

## Passwords.

acc-password-title = Change your password
acc-password-new-title = Choose a new password
acc-password-length-hint = 10 to 128 characters.
acc-password-change-hint = 10 to 128 characters. Other devices will be signed out.
acc-password-submit = Change my password
acc-password-new-submit = Set my new password
acc-password-ask-new-link = Ask for a new reset link
acc-current-password-missing = Enter your current password
acc-current-password-wrong = Your current password is not correct
acc-password-wrong = Your password is not correct
acc-password-changed = Your password is changed. Other devices have been signed out.
acc-reset-title = Reset your password
acc-reset-intro = Enter the email address of your account and we will send you a link to choose a new password.
acc-reset-demo = Accounts created for the demo's invented registrants have no password until one is set this way.
acc-reset-submit = Send me a link
# $email is already escaped; the markup is part of the message.
acc-reset-sent = If <strong>{ $email }</strong> has an account, we have sent it a link to choose a new password. The link works once, for 2 hours.
acc-reset-back = Back to sign in
acc-reset-done = Your new password is set and you are signed in.
acc-reset-link-invalid = This reset link is not valid any more (links work once, for 2 hours). Ask for a new one.

## Changing the email address.

acc-email-title = Change your email address
# $email is already escaped; the markup is part of the message.
acc-email-now = Your address now is <strong>{ $email }</strong>. We send a link to the new address; the change happens when you open it.
acc-email-submit = Send the link
acc-email-same = This is already your email address
acc-email-link-sent = We have sent a link to { $email }. Your address changes when you open it.
# $email is already escaped; the markup is part of the message.
acc-email-confirm-lead = Your account’s email address will become <strong>{ $email }</strong>. You then sign in with this address.
acc-email-confirm-submit = Change my email address
acc-email-confirm-not-you = If you did not ask for this change, close this page: nothing happens without the button.
acc-email-link-invalid = This link is not valid any more. Links work once, for 48 hours.
acc-email-changed = Your email address is changed.
acc-email-taken = That email address now belongs to another account, so yours was not changed.

## Deleting the account.

acc-delete-title = Delete your account
acc-delete-intro = This cancels your registrations (your seats go to people on the waiting lists) and removes your personal data: your name, email address, organisation, password, calendar feeds and every stored email to you. It cannot be undone.
acc-delete-download-first = You may want to download your data first.
acc-delete-what-stays = What stays has no link to you: your registrations as anonymous records (country, status and dates) for the organisers' counts, and entries in the organisers' change log with your name and email address replaced by “deleted user” and a random number.
acc-delete-password-hint = To confirm it is you.
acc-delete-submit = Delete my account
acc-delete-password-missing = Enter your password to delete your account
acc-deleted-heading = Your account is deleted
acc-deleted-removed = We have removed your name, email address, organisation, password, calendar feeds and every stored email to you.
acc-deleted-stays = What stays has no link to you:
acc-deleted-stays-registrations = your registrations as anonymous records (country, status and dates), which the organisers' counts need;
acc-deleted-stays-log = entries in the organisers' change log, where your name and email address are replaced by “deleted user” and a random number.
acc-deleted-mailbox = Emails we sent you before stay in your mailbox; we cannot remove them.
acc-deleted-conferences-link = Go to the list of conferences

## The public speaker profile.

acc-profile-own-heading = Your public profile
acc-profile-lead = Shown on the session pages, on a page of its own and in the conference's schedule files — only while the box “Show this profile publicly” is ticked.
acc-profile-honorific = Honorific (optional)
acc-profile-honorific-hint = For example H.E., Dr., Prof.
acc-profile-job-title = Title or function (optional)
acc-profile-job-title-hint = For example Minister of Culture, Director of Research.
acc-profile-country-hint = Optional.
acc-profile-biography = Short biography (optional)
acc-profile-biography-hint =
    { $count ->
        [one] At most { $n } character.
       *[other] At most { $n } characters.
    }
acc-profile-consent = Show this profile publicly
acc-profile-consent-hint = Unticked, your name still appears in the programme, but no card, photo or page of yours is shown.
acc-profile-submit = Save the profile
acc-profile-saved = The profile is saved.
acc-photo-heading = Photo
acc-photo-current = Current photo
acc-photo-remove = Remove the photo
acc-photo-none = No photo yet.
acc-photo-upload-label = Upload a photo
acc-photo-upload = Upload the photo
acc-photo-removed = The photo is removed.
acc-photo-saved = The photo is saved.
