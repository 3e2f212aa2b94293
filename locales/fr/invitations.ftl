## Invitations personnelles à s'inscrire (ticket 18, point 4) : pages des
## organisateurs, courriel de rappel et pages du lien personnel.
inv-nav = Invitations
inv-heading = Invitations
inv-lead = Les personnes invitées à s'inscrire dans une catégorie sur invitation reçoivent chacune un lien personnel. Vous voyez ici qui n'a pas encore répondu, vous pouvez leur envoyer des rappels et révoquer des invitations.
inv-no-category = Aucune catégorie n'admet encore de participants sur invitation. Créez-en une (mode d'admission : sur invitation uniquement) avant d'inviter qui que ce soit.
inv-go-categories = Aller aux catégories
inv-action-import = Importer une liste (CSV)
inv-action-new = Inviter une personne
inv-empty-heading = Personne n'est encore invité
inv-empty-text = Importez une liste d'invités depuis un tableur, ou invitez les personnes une à une. Chaque invité reçoit un courriel contenant un lien personnel vers le formulaire d'inscription.
inv-summary = { $total } invités : { $open } sans réponse, { $registered } inscrits, { $revoked } révoqués, { $expired } expirés.
inv-state-open = Sans réponse
inv-state-registered = Inscrit
inv-state-revoked = Révoquée
inv-state-expired = Expirée
inv-when-expires = Lien valable jusqu'au { $when }
inv-when-expired = Lien expiré le { $when }
inv-when-registered = Inscription le { $when }
inv-when-revoked = Révoquée le { $when }
inv-when-reminded = Dernier rappel : { $when }
inv-filter-state = État
inv-filter-category = Catégorie
inv-filter-any-state = Tous les états
inv-filter-any-category = Toutes les catégories
inv-filter-apply = Filtrer
inv-filter-clear = Afficher toutes les invitations
inv-filter-empty = Aucune invitation ne correspond à ces filtres.
inv-col-select = Sélectionner
inv-col-invitee = Invité
inv-col-category = Catégorie
inv-col-country = Pays
inv-col-language = Langue
inv-col-state = État
inv-col-actions = Actions
inv-action-revoke = Révoquer
inv-remind-hint = Cochez les invités qui ne se sont pas inscrits et envoyez-leur un rappel. Chaque rappel contient un nouveau lien, valable 30 jours ; le lien précédent cesse de fonctionner.
inv-remind-button = Envoyer un rappel aux invités cochés
inv-remind-none-ticked = Cochez au moins un invité à qui envoyer un rappel.
inv-remind-done =
    { $count ->
        [0] Aucun rappel envoyé : les invités cochés se sont inscrits ou leur invitation a été révoquée.
        [one] Un rappel envoyé.
       *[other] { $n } rappels envoyés.
    }
inv-revoke-heading = Révoquer cette invitation ?
inv-revoke-warning = Le lien personnel cesse immédiatement de fonctionner. L'invité n'en est pas informé ; vous ne pourrez pas inviter de nouveau la même adresse.
inv-revoke-button = Révoquer l'invitation
inv-cancel = Annuler
inv-revoke-done = L'invitation de { $name } est révoquée.
inv-revoke-not-open = Cette invitation ne peut plus être révoquée : elle a été utilisée, révoquée ou a expiré.
inv-import-heading = Importer des invitations
inv-import-lead = Chaque personne de la liste reçoit un courriel d'invitation avec un lien personnel. La liste entière est d'abord vérifiée : si une ligne pose problème, rien n'est enregistré et chaque problème est indiqué avec sa ligne.
inv-import-columns = La première ligne nomme les colonnes : name, email, category, country, organisation, language. Le pays est le code à deux lettres (FR, CN) ; la langue est ar, zh, en, fr, ru ou es, ou vide pour la langue de la conférence.
inv-import-categories = Catégories auxquelles vous pouvez inviter :
inv-import-file = Fichier CSV
inv-import-file-hint = Enregistré au format « CSV UTF-8 ». Si vous choisissez un fichier, le texte ci-dessous est ignoré.
inv-import-text = Ou collez la liste
inv-import-text-hint = Un invité par ligne, après la ligne d'en-tête.
inv-import-button = Vérifier et envoyer les invitations
inv-import-problems = La liste n'a pas été importée
inv-import-nothing-saved = Rien n'a été enregistré et aucun courriel n'a été envoyé. Corrigez ces lignes et importez de nouveau la liste entière.
inv-import-whole-file = Le fichier entier
inv-import-line = Ligne { $line }
inv-import-too-big = Le fichier est trop volumineux. Répartissez la liste en plusieurs fichiers.
inv-import-nothing = Choisissez un fichier ou collez la liste.
inv-import-done =
    { $count ->
        [one] Une invitation envoyée.
       *[other] { $n } invitations envoyées.
    }
inv-new-heading = Inviter une personne
inv-new-lead = La personne reçoit un courriel d'invitation avec un lien personnel vers le formulaire d'inscription, valable 30 jours.
inv-new-button = Envoyer l'invitation
inv-new-done = Invitation envoyée à { $email }.
inv-field-category-missing = Choisissez la catégorie à laquelle inviter.
inv-field-language = Langue de l'invitation
inv-field-language-hint = Le courriel est rédigé dans cette langue, et le formulaire s'ouvre dans celle-ci.
inv-field-language-default = La langue de la conférence
inv-field-language-unknown = Choisissez l'une des langues proposées.
inv-field-forwarding = Autoriser le transfert
inv-field-forwarding-hint = Le lien peut alors servir avec une autre adresse électronique (par exemple celle d'un collègue qui remplace l'invité). Sinon, il n'inscrit que l'adresse invitée.
inv-mail-reminder-subject = Rappel : invitation à vous inscrire à { $conference }
inv-link-page-title = Votre invitation — { $conference }
inv-link-heading = Inscrivez-vous avec votre invitation
inv-link-lead = Vous êtes invité à { $conference }, { $dates }.
inv-link-category = Vous serez inscrit en tant que : { $category }
inv-link-email-locked-hint = L'invitation est destinée à cette adresse ; elle ne peut pas être modifiée.
inv-link-email-forward-hint = Vous pouvez vous inscrire avec une autre adresse que celle qui a été invitée.
inv-link-email-locked = Cette invitation est destinée à { $email }. Inscrivez-vous avec cette adresse.
inv-link-other-address = Cette invitation a été envoyée à { $invited }, mais vous êtes connecté en tant que { $email }. Déconnectez-vous, puis ouvrez de nouveau le lien.
inv-flash-registered = Merci : votre inscription par invitation est enregistrée. Cette page vous indique où en est votre inscription.
inv-link-used-heading = Cette invitation a déjà été utilisée
inv-link-used-text = Le lien personnel ne fonctionne qu'une fois, et une inscription a déjà été faite avec lui. Si c'était vous, connectez-vous pour voir votre inscription.
inv-link-revoked-heading = Cette invitation a été retirée
inv-link-revoked-text = Les organisateurs ont retiré cette invitation ; le lien ne fonctionne donc plus. Si vous pensez qu'il s'agit d'une erreur, écrivez aux organisateurs.
inv-link-expired-heading = Cette invitation a expiré
inv-link-expired-text = Le lien personnel n'est plus valable. Demandez aux organisateurs de vous envoyer un rappel avec un nouveau lien.
inv-link-unknown-heading = Ce lien d'invitation ne fonctionne pas
inv-link-unknown-text = Le lien est incomplet, ou un courriel plus récent l'a remplacé par un autre lien. Ouvrez le lien du dernier courriel d'invitation, ou demandez aux organisateurs de vous envoyer un rappel.
inv-link-go-mine = Ma conférence
inv-link-go-conference = La page de la conférence
inv-cat-reapprove = Une modification après approbation exige une nouvelle approbation
inv-cat-reapprove-hint = Lorsqu'un participant approuvé modifie son nom, son pays ou son organisation, son inscription retourne dans la file d'approbation.
