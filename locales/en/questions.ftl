## Custom registration questions (issue 18, point 2).

## Kinds of question.
qst-kind-short-text = Short text
qst-kind-long-text = Long text
qst-kind-single-choice = Single choice
qst-kind-multiple-choice = Multiple choice
qst-kind-checkbox = Checkbox
qst-kind-country = Country
qst-kind-date = Date
qst-kind-organisation = Organisation or delegation

## Answers on the registrant's forms.
qst-answer-required = Answer this question.
qst-answer-choose-required = Choose an answer.
qst-answer-tick-required = Tick this box to continue.
qst-answer-choice-invalid = Choose one of the answers offered.
qst-answer-date-invalid = Enter a real date, for example 2026-12-03.
qst-answer-yes = Yes
qst-optional-note = (optional)
qst-only-for = Asked only of: { $categories }.

## My conference.
qst-me-heading = Your answers to the organisers' questions
qst-me-lead = You can change your answers at any time before the conference.
qst-me-none = The organisers have no questions for you.
qst-me-nothing-yet = You have not answered any question yet.
qst-me-change = Change your answers
qst-me-save = Save your answers
qst-me-saved = Your answers have been saved.
qst-me-saved-reapproval = Your answers have been saved. Because they changed, your registration again awaits the organizers' approval.
qst-cancel = Cancel
qst-back = Back to the questions

## Back office: the list.
qst-nav = Questions
qst-heading = Registration questions
qst-lead = Questions asked on the sign-up form, in this order. A question can be asked of everyone or only of some participant categories.
qst-new = New question
qst-none = There are no questions yet.
qst-none-hint = Add one to ask registrants, for example, for their title, their delegation or the interpretation language they need.
qst-col-question = Question
qst-col-kind = Kind
qst-col-asked-of = Asked of
qst-col-required = Required
qst-col-moderators = Visible to moderators
qst-col-answers = Answers
qst-col-actions = Actions
qst-asked-of-everyone = Everyone
qst-archived-badge = Archived
qst-move-up = Up
qst-move-down = Down
qst-move-up-label = Move “{ $label }” up
qst-move-down-label = Move “{ $label }” down
qst-archive = Archive
qst-restore = Restore
qst-delete = Delete
qst-archive-explained = An archived question is no longer asked; the answers already given stay in the registrations, their table and the CSV file.
qst-flash-created = The question “{ $label }” has been added.
qst-flash-saved = The question “{ $label }” has been saved.
qst-flash-archived = The question “{ $label }” has been archived: it is no longer asked.
qst-flash-restored = The question “{ $label }” has been restored: it is asked again.
qst-flash-deleted = The question “{ $label }” has been deleted.

## Back office: deleting.
qst-delete-heading = Delete this question?
qst-delete-warning = Nobody has answered this question yet. Deleting it cannot be undone.
qst-delete-confirm = Yes, delete the question
qst-archive-instead = Archive it instead
qst-delete-refused =
    { $count ->
        [one] This question cannot be deleted: { $n } registrant has answered it. Archive it instead; their answer is kept.
       *[other] This question cannot be deleted: { $n } registrants have answered it. Archive it instead; their answers are kept.
    }

## Back office: the form.
qst-edit-heading = Edit the question
qst-field-label = Question
qst-field-label-hint = As registrants will read it, for example “Which interpretation language do you need?”
qst-field-help = Help text
qst-field-help-hint = Shown under the question. Optional.
qst-field-kind = Kind of answer
qst-kind-fixed = The kind of answer cannot change once the question exists. Archive it and add a new question instead.
qst-field-choices = Choices
qst-field-choices-new-hint = For single and multiple choice questions only.
qst-field-choice = Choice { $n }
qst-field-choice-archived = Archived (no longer offered)
qst-choices-keep-answers = Renaming or archiving a choice keeps the answers already given as they were.
qst-field-new-choices = New choices
qst-field-new-choices-hint = One choice per line.
qst-field-required = Registrants must answer
qst-field-required-hint = For a checkbox, it must be ticked.
qst-field-moderators = Visible to moderators
qst-field-moderators-hint = Moderators see the answers in the roster of their sessions, for example accessibility needs.
qst-field-categories = Asked of
qst-field-categories-hint = Tick none to ask everyone.
qst-save = Save the question
qst-kind-missing = Choose the kind of answer.
qst-label-missing = Enter the question.
qst-choice-label-missing = Enter the choice, or archive it.
qst-choices-missing = Enter at least one choice.
qst-choices-duplicate = Each choice must be different.

## Answers in the back office and the roster.
qst-detail-heading = Answers to the questions
qst-detail-archived = (archived question)
qst-filter-any = Any answer
qst-roster-answers = Answers
qst-choice-archived-note = (archived)
