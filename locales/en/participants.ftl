# The list of participants and data retention (issue 18, points 5 and 6).
part-page-title = List of participants
part-count-participants =
    { $count ->
        [one] { $n } participant
       *[other] { $n } participants
    }
part-count-countries =
    { $count ->
        [one] { $n } country
       *[other] { $n } countries
    }
part-consent-note = Only participants who have agreed to appear on this list are shown.
part-download-csv = Download as CSV
part-print-view = Printable view
part-empty = No participants are listed yet.
part-no-organisation = No organisation or delegation given
part-col-country = Country
part-col-country-code = Country code
part-col-organisation = Organisation or delegation
part-col-name = Name
part-col-email = Email address
part-col-status = Registration status
part-col-consent = Agreed to be listed
part-yes = Yes
part-no = No
part-anonymised = Anonymised
part-consent-label = Show my name, organisation and country on the public list of participants
part-consent-hint = The organisers may publish a list of participants. You can change your mind at any time in My conference.
part-me-heading = List of participants
part-me-listed = Your name, organisation and country appear on the list of participants when the organisers publish it.
part-me-not-listed = You do not appear on the list of participants.
part-me-save = Save my choice
part-me-flash-listed = You will appear on the list of participants.
part-me-flash-not-listed = You no longer appear on the list of participants.
part-nav-link = List of participants
part-org-title = List of participants
part-org-intro = When it is published, the public page lists the confirmed participants who have agreed to appear on it, grouped by country and then by organisation or delegation.
part-org-enable = Publish the list of participants
part-org-enable-hint = Only participants who have given their consent are listed. Participants may withdraw their consent at any time.
part-org-save = Save
part-org-public-link = Open the public list of participants
part-org-unpublished = The list will be visible once the conference is published.
part-org-internal-link = Full internal list
part-org-internal-csv = Download the full internal list (CSV)
part-org-preview = Preview of the public list
part-org-confirmed =
    { $count ->
        [one] { $n } confirmed registration in total
       *[other] { $n } confirmed registrations in total
    }
part-flash-list-on = The list of participants is published.
part-flash-list-off = The list of participants is no longer published.
part-org-internal-title = Full internal list of participants
part-org-internal-intro = Every registration, whatever its status and whether or not the person agreed to be listed. For the organisers' use only.
part-org-internal-empty = There are no registrations yet.
part-ret-title = Data retention
part-ret-intro = After the retention period, which starts on the last day of the conference, registrations are anonymised: names, email addresses and free-text answers are removed; countries, statuses and counts are kept for the statistics. The organisers are warned by email a week before.
part-ret-kept = No retention period is set: registrations are kept.
part-ret-due = Registrations will be anonymised on { $date }.
part-ret-warned = The organisers have been warned by email.
part-ret-will-warn = The organisers will be warned by email a week before.
part-ret-done-on = The registrations were anonymised on { $date }.
part-ret-months-label = Retention period in months
part-ret-months-hint = A whole number from 1 to { $max }. Leave empty to keep registrations.
part-ret-months-invalid = Enter a whole number of months from 1 to 120, or leave the field empty
part-ret-save = Save the retention period
part-ret-flash-set =
    { $count ->
        [one] Registrations will be kept for { $n } month after the conference.
       *[other] Registrations will be kept for { $n } months after the conference.
    }
part-ret-flash-kept = Registrations will be kept; no retention period is set.
part-ret-now-heading = Anonymise now
part-ret-now-link = Anonymise the registrations now
part-ret-now-after-end = Registrations can be anonymised once the conference has ended.
part-ret-confirm-title = Anonymise the registrations now
part-ret-confirm-count =
    { $count ->
        [one] { $n } registration is still linked to a person.
       *[other] { $n } registrations are still linked to a person.
    }
part-ret-confirm-what = Names, email addresses, calendar feeds and consents will be removed from every registration of this conference, and the registrations detached from the participants' accounts. Countries, statuses and counts remain for the statistics.
part-ret-confirm-irreversible = This cannot be undone.
part-ret-confirm-check = I understand that the registrations will be anonymised for good
part-ret-confirm-required = Tick the box to confirm that the registrations are to be anonymised
part-ret-confirm-button = Anonymise the registrations
part-ret-confirm-already = The registrations of this conference have already been anonymised.
part-ret-flash-done =
    { $count ->
        [one] The registrations are anonymised ({ $n } was linked to a person).
       *[other] The registrations are anonymised ({ $n } were linked to a person).
    }
part-ret-back = Back to data retention
part-mail-retention-subject = Registrations will be anonymised in a week: { $title }
part-mail-retention-when = The retention period of “{ $title }” ends soon: its registrations will be anonymised on { $date }.
part-mail-retention-what = Names, email addresses and free-text answers will then be removed; countries, statuses and counts will be kept for the statistics. If you need the list of participants for the record, download it before that date.
part-mail-retention-action = Review data retention
part-mail-retention-after = You can change the retention period on the same page until that date.
