## Questions d'inscription personnalisées (ticket 18, point 2).

## Types de question.
qst-kind-short-text = Texte court
qst-kind-long-text = Texte long
qst-kind-single-choice = Choix unique
qst-kind-multiple-choice = Choix multiple
qst-kind-checkbox = Case à cocher
qst-kind-country = Pays
qst-kind-date = Date
qst-kind-organisation = Organisation ou délégation

## Réponses dans les formulaires des inscrits.
qst-answer-required = Veuillez répondre à cette question.
qst-answer-choose-required = Veuillez choisir une réponse.
qst-answer-tick-required = Veuillez cocher cette case pour continuer.
qst-answer-choice-invalid = Veuillez choisir l'une des réponses proposées.
qst-answer-date-invalid = Veuillez saisir une date valide, par exemple 2026-12-03.
qst-answer-yes = Oui
qst-optional-note = (facultatif)
qst-only-for = Posée uniquement à : { $categories }.

## Ma conférence.
qst-me-heading = Vos réponses aux questions des organisateurs
qst-me-lead = Vous pouvez modifier vos réponses à tout moment avant la conférence.
qst-me-none = Les organisateurs n'ont pas de questions à vous poser.
qst-me-nothing-yet = Vous n'avez encore répondu à aucune question.
qst-me-change = Modifier vos réponses
qst-me-save = Enregistrer vos réponses
qst-me-saved = Vos réponses ont été enregistrées.
qst-me-saved-reapproval = Vos réponses ont été enregistrées. Comme elles ont changé, votre inscription attend de nouveau l’approbation des organisateurs.
qst-cancel = Annuler
qst-back = Retour aux questions

## Back-office : la liste.
qst-nav = Questions
qst-heading = Questions d'inscription
qst-lead = Questions posées dans le formulaire d'inscription, dans cet ordre. Une question peut être posée à tous ou seulement à certaines catégories de participants.
qst-new = Nouvelle question
qst-none = Il n'y a encore aucune question.
qst-none-hint = Ajoutez-en une pour demander aux inscrits, par exemple, leur titre, leur délégation ou la langue d'interprétation dont ils ont besoin.
qst-col-question = Question
qst-col-kind = Type
qst-col-asked-of = Posée à
qst-col-required = Obligatoire
qst-col-moderators = Visible des modérateurs
qst-col-answers = Réponses
qst-col-actions = Actions
qst-asked-of-everyone = Tous
qst-archived-badge = Archivée
qst-move-up = Monter
qst-move-down = Descendre
qst-move-up-label = Monter « { $label } »
qst-move-down-label = Descendre « { $label } »
qst-archive = Archiver
qst-restore = Rétablir
qst-delete = Supprimer
qst-archive-explained = Une question archivée n'est plus posée ; les réponses déjà données restent dans les inscriptions, leur tableau et le fichier CSV.
qst-flash-created = La question « { $label } » a été ajoutée.
qst-flash-saved = La question « { $label } » a été enregistrée.
qst-flash-archived = La question « { $label } » a été archivée : elle n'est plus posée.
qst-flash-restored = La question « { $label } » a été rétablie : elle est de nouveau posée.
qst-flash-deleted = La question « { $label } » a été supprimée.

## Back-office : suppression.
qst-delete-heading = Supprimer cette question ?
qst-delete-warning = Personne n'a encore répondu à cette question. La suppression est définitive.
qst-delete-confirm = Oui, supprimer la question
qst-archive-instead = L'archiver plutôt
qst-delete-refused =
    { $count ->
        [one] Cette question ne peut pas être supprimée : { $n } inscrit y a répondu. Archivez-la plutôt ; sa réponse est conservée.
       *[other] Cette question ne peut pas être supprimée : { $n } inscrits y ont répondu. Archivez-la plutôt ; leurs réponses sont conservées.
    }

## Back-office : le formulaire.
qst-edit-heading = Modifier la question
qst-field-label = Question
qst-field-label-hint = Telle que les inscrits la liront, par exemple « De quelle langue d'interprétation avez-vous besoin ? »
qst-field-help = Texte d'aide
qst-field-help-hint = Affiché sous la question. Facultatif.
qst-field-kind = Type de réponse
qst-kind-fixed = Le type de réponse ne peut plus changer une fois la question créée. Archivez-la et ajoutez plutôt une nouvelle question.
qst-field-choices = Choix
qst-field-choices-new-hint = Uniquement pour les questions à choix unique ou multiple.
qst-field-choice = Choix { $n }
qst-field-choice-archived = Archivé (n'est plus proposé)
qst-choices-keep-answers = Renommer ou archiver un choix conserve telles quelles les réponses déjà données.
qst-field-new-choices = Nouveaux choix
qst-field-new-choices-hint = Un choix par ligne.
qst-field-required = Les inscrits doivent répondre
qst-field-required-hint = Pour une case à cocher, elle doit être cochée.
qst-field-moderators = Visible des modérateurs
qst-field-moderators-hint = Les modérateurs voient les réponses dans la liste des inscrits de leurs sessions, par exemple les besoins d'accessibilité.
qst-field-categories = Posée à
qst-field-categories-hint = Ne cochez rien pour la poser à tous.
qst-save = Enregistrer la question
qst-kind-missing = Veuillez choisir le type de réponse.
qst-label-missing = Veuillez saisir la question.
qst-choice-label-missing = Veuillez saisir le choix, ou l'archiver.
qst-choices-missing = Veuillez saisir au moins un choix.
qst-choices-duplicate = Chaque choix doit être différent.

## Réponses dans le back-office et la liste des inscrits.
qst-detail-heading = Réponses aux questions
qst-detail-archived = (question archivée)
qst-filter-any = Toute réponse
qst-roster-answers = Réponses
qst-choice-archived-note = (archivé)
