## Personal invitations to register (issue 18, point 4): the organizers' pages,
## the reminder mail and the personal link's pages.
inv-nav = Invitations
inv-heading = Invitations
inv-lead = People invited to register in an invitation-only category each receive a personal link. Here you see who has not answered yet, send them reminders and revoke invitations.
inv-no-category = No category admits people by invitation yet. Create one (how people get in: by invitation only) before inviting anyone.
inv-go-categories = Go to the categories
inv-action-import = Import a list (CSV)
inv-action-new = Invite one person
inv-empty-heading = No one is invited yet
inv-empty-text = Import a list of invitees from a spreadsheet, or invite people one by one. Each invitee receives an email with a personal link to the registration form.
inv-summary = { $total } invited: { $open } have not answered, { $registered } registered, { $revoked } revoked, { $expired } expired.
inv-state-open = Not answered
inv-state-registered = Registered
inv-state-revoked = Revoked
inv-state-expired = Expired
inv-when-expires = Link valid until { $when }
inv-when-expired = Link expired on { $when }
inv-when-registered = Registered on { $when }
inv-when-revoked = Revoked on { $when }
inv-when-reminded = Last reminder: { $when }
inv-filter-state = State
inv-filter-category = Category
inv-filter-any-state = Any state
inv-filter-any-category = Any category
inv-filter-apply = Filter
inv-filter-clear = Show all invitations
inv-filter-empty = No invitation matches these filters.
inv-col-select = Select
inv-col-invitee = Invitee
inv-col-category = Category
inv-col-country = Country
inv-col-language = Language
inv-col-state = State
inv-col-actions = Actions
inv-action-revoke = Revoke
inv-remind-hint = Tick the invitees who have not registered and send them a reminder. Each reminder carries a new link, valid for 30 days; the earlier link stops working.
inv-remind-button = Send a reminder to the ticked invitees
inv-remind-none-ticked = Tick at least one invitee to remind.
inv-remind-done =
    { $count ->
        [0] No reminder sent: the ticked invitees have registered or their invitations were revoked.
        [one] One reminder sent.
       *[other] { $n } reminders sent.
    }
inv-revoke-heading = Revoke this invitation?
inv-revoke-warning = The personal link stops working at once. The invitee is not told; you cannot invite the same address again.
inv-revoke-button = Revoke the invitation
inv-cancel = Cancel
inv-revoke-done = The invitation of { $name } is revoked.
inv-revoke-not-open = This invitation can no longer be revoked: it was used, revoked or has expired.
inv-import-heading = Import invitations
inv-import-lead = Everyone on the list receives an invitation email with a personal link. The whole list is checked first: if any line has a problem, nothing is saved and every problem is listed with its line.
inv-import-columns = The first line names the columns: name, email, category, country, organisation, language. Country is the two-letter code (FR, CN); language is ar, zh, en, fr, ru or es, or empty for the conference's language.
inv-import-categories = Categories you can invite to:
inv-import-file = CSV file
inv-import-file-hint = Saved as “CSV UTF-8”. When you choose a file, the text below is ignored.
inv-import-text = Or paste the list
inv-import-text-hint = One invitee a line, after the header line.
inv-import-button = Check and send the invitations
inv-import-problems = The list was not imported
inv-import-nothing-saved = Nothing was saved and no one was mailed. Correct these lines and import the whole list again.
inv-import-whole-file = The whole file
inv-import-line = Line { $line }
inv-import-too-big = The file is too large. Split the list into several files.
inv-import-nothing = Choose a file or paste the list.
inv-import-done =
    { $count ->
        [one] One invitation sent.
       *[other] { $n } invitations sent.
    }
inv-new-heading = Invite one person
inv-new-lead = The person receives an invitation email with a personal link to the registration form, valid for 30 days.
inv-new-button = Send the invitation
inv-new-done = Invitation sent to { $email }.
inv-field-category-missing = Choose the category to invite to.
inv-field-language = Language of the invitation
inv-field-language-hint = The email is written in this language, and the form opens in it.
inv-field-language-default = The conference's language
inv-field-language-unknown = Choose one of the languages offered.
inv-field-forwarding = Allow forwarding
inv-field-forwarding-hint = The link may then be used with another email address (for example by a colleague who replaces the invitee). Otherwise it only registers the invited address.
inv-mail-reminder-subject = Reminder: invitation to register for { $conference }
inv-link-page-title = Your invitation — { $conference }
inv-link-heading = Register with your invitation
inv-link-lead = You are invited to { $conference }, { $dates }.
inv-link-category = You will be registered as: { $category }
inv-link-email-locked-hint = The invitation is for this address; it cannot be changed.
inv-link-email-forward-hint = You may register with another address than the one invited.
inv-link-email-locked = This invitation is for { $email }. Register with that address.
inv-link-other-address = This invitation was sent to { $invited }, but you are signed in as { $email }. Sign out, then open the link again.
inv-flash-registered = Thank you: your registration through the invitation is recorded. This page shows where you stand.
inv-link-used-heading = This invitation has already been used
inv-link-used-text = The personal link works once, and a registration was already made with it. If it was you, sign in to see your registration.
inv-link-revoked-heading = This invitation was withdrawn
inv-link-revoked-text = The organisers have withdrawn this invitation, so the link no longer works. If you think this is a mistake, write to the organisers.
inv-link-expired-heading = This invitation has expired
inv-link-expired-text = The personal link is no longer valid. Ask the organisers to send you a reminder with a new link.
inv-link-unknown-heading = This invitation link does not work
inv-link-unknown-text = The link is incomplete, or a newer email replaced it with another link. Open the link from the most recent invitation email, or ask the organisers to send you a reminder.
inv-link-go-mine = My conference
inv-link-go-conference = The conference's page
inv-cat-reapprove = Editing after approval requires approval again
inv-cat-reapprove-hint = When an approved registrant changes their name, country or organisation, their registration goes back to the approval queue.
