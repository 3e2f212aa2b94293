## Back-office, partie B (paramètres de la conférence, identité, vidéo, programme,
## séances) et pages des modérateurs et intervenants. Clés préfixées orgb-.

orgb-error-prefix = Erreur :
orgb-cancelled = Annulée
orgb-save = Enregistrer
orgb-cancel = Annuler
orgb-edit = Modifier
orgb-delete = Supprimer
orgb-duplicate = Dupliquer
orgb-reinstate = Rétablir
orgb-no-go-back = Non, revenir en arrière
orgb-no-keep-it = Non, la conserver
orgb-you = (vous)
orgb-minutes-short = { $minutes } min

## Moderators' and speakers' pages

orgb-mod-profile-link = Modifiez votre profil public
orgb-mod-profile-after = (titre, fonction, photo, biographie), affiché sur les pages de vos séances.
orgb-mod-none = Vous ne modérez encore aucune séance et n’intervenez dans aucune.
orgb-mod-none-more = Lorsque les organisateurs d’une conférence vous ajoutent à une séance comme modérateur ou intervenant, elle apparaît ici avec son horaire dans votre fuseau, le déroulé et le lien de réunion réservé aux animateurs. Pour suivre des séances en tant que participant, rendez-vous sur
orgb-mod-none-link = la liste des conférences
orgb-zone-current = Les horaires sont indiqués dans le fuseau { $zone }.
orgb-zone-label = Afficher les horaires dans le fuseau
orgb-zone-button = Changer de fuseau horaire
orgb-mod-session-link = Page de la séance et déroulé
orgb-roster = Liste des participants
orgb-mod-session-title = { $title } — ma séance
orgb-when-your-time = Quand (votre heure, { $zone })
orgb-moderator = Modérateur
orgb-open-roster = Ouvrir la liste des participants
orgb-public-session-page = Page publique de la séance
orgb-run-of-show = Déroulé
orgb-no-speakers = Aucun intervenant dans cette séance.
orgb-run-of-show-intro = Indiquez l’ordre dans lequel les intervenants prennent la parole (1 en premier) et, si vous le souhaitez, le nombre de minutes dont chacun dispose.
orgb-run-of-show-caption-edit = Intervenants, ordre de passage et temps de parole
orgb-run-of-show-caption = Intervenants par ordre de passage
orgb-col-speaker = Intervenant
orgb-col-position = Rang
orgb-col-slot-optional = Temps de parole (minutes, facultatif)
orgb-col-order = Ordre
orgb-col-slot = Temps de parole
orgb-position-of = Rang de { $name }
orgb-slot-of = Temps de parole de { $name }, en minutes
orgb-save-run-of-show = Enregistrer le déroulé
orgb-host-open = Ouvrir la réunion
orgb-host-open-note = (lien réservé aux modérateurs et aux intervenants)
orgb-host-opens-at = Le lien de réunion des animateurs apparaîtra le { $when }.
orgb-host-ended = Cette séance est terminée.

## Attendees by country

orgb-cc-heading = Participants par pays
orgb-nobody-enrolled = Personne n’est encore inscrit à cette séance.
orgb-cc-summary = { $enrolled } de { $countries } ;
orgb-cc-enrolled =
    { $count ->
        [one] { $n } inscrit
       *[other] { $n } inscrits
    }
orgb-cc-countries =
    { $count ->
        [one] { $n } pays
       *[other] { $n } pays
    }
orgb-cc-joined =
    { $count ->
        [one] { $n } connecté.
       *[other] { $n } connectés.
    }
orgb-cc-joined-short =
    { $count ->
        [one] { $n } connecté
       *[other] { $n } connectés
    }
orgb-cc-chart-all = Connectés / inscrits : barres foncées pour les connectés, barres claires pour les inscrits. Tous les pays figurent dans le tableau ci-dessous.
orgb-cc-chart-partial =
    { $count ->
        [one] Connectés / inscrits pour le pays comptant le plus de participants : barres foncées pour les connectés, barres claires pour les inscrits. Tous les pays figurent dans le tableau ci-dessous.
       *[other] Connectés / inscrits pour les { $n } pays comptant le plus de participants : barres foncées pour les connectés, barres claires pour les inscrits. Tous les pays figurent dans le tableau ci-dessous.
    }
orgb-cc-caption = Participants inscrits et connectés par pays
orgb-col-country = Pays
orgb-col-enrolled = Inscrits
orgb-col-joined = Connectés
orgb-col-total = Total

## Roster

orgb-roster-title = Liste des participants — { $title }
orgb-undo = Annuler la dernière action
orgb-times-in = horaires en { $zone }
orgb-roster-read-only = Les organisateurs partagent cette liste avec les intervenants de la séance. Elle est en lecture seule : seuls les modérateurs enregistrent les présences.
orgb-roster-filter-label = Filtrer la liste des participants
orgb-search = Rechercher
orgb-search-hint = Nom, organisation ou adresse électronique
orgb-all-countries = Tous les pays
orgb-attendance = Présence
orgb-everyone = Tout le monde
orgb-not-joined = Non connecté
orgb-sort-by = Trier par
orgb-sort-name = Nom
orgb-sort-joined = Heure de connexion, premiers arrivés d’abord
orgb-sort-joined-latest = Heure de connexion, derniers arrivés d’abord
orgb-apply = Appliquer
orgb-clear = Effacer
orgb-refresh = Actualiser
orgb-download-csv = Télécharger au format CSV
orgb-download-csv-hidden = les lignes affichées
orgb-print = Imprimer
orgb-roster-showing = { $matching } affichés sur { $enrolled }
orgb-roster-of-them-joined =
    { $count ->
        [one] (dont { $n } connecté).
       *[other] (dont { $n } connectés).
    }
orgb-roster-waitlisted =
    { $count ->
        [one] { $n } autre personne sur la liste d’attente de la séance.
       *[other] { $n } autres personnes sur la liste d’attente de la séance.
    }
orgb-roster-updated = Mis à jour à { $time }.
orgb-roster-no-match = Personne ne correspond à ces filtres.
orgb-roster-caption = Participants
orgb-roster-caption-filtered = Participants correspondant aux filtres
orgb-range-of = { $range } sur { $total }
orgb-rows-of = Lignes { $range } sur { $total }
orgb-col-organisation = Organisation
orgb-col-registration = Inscription
orgb-col-check-in = Présence
orgb-checked-in-by-hand = (présence enregistrée par un modérateur)
orgb-present-minutes =
    { $count ->
        [one] présent { $n } min
       *[other] présent { $n } min
    }
orgb-mark-absent = Marquer absent
orgb-mark-present = Marquer présent
orgb-roster-pages = Pages de la liste des participants
orgb-roster-no-rows = Aucune ligne sur cette page.
orgb-previous-page = Page précédente
orgb-next-page = Page suivante

## Back office: conferences

orgb-create-conference = Créer une conférence
orgb-no-conferences = Vous n’organisez encore aucune conférence.
orgb-create-first = Créez la première.
orgb-your-conferences = Vos conférences
orgb-col-conference = Conférence
orgb-col-dates = Dates
orgb-col-status = Statut
orgb-published = Publiée
orgb-draft = Brouillon
orgb-overview-title = { $title } — back-office
orgb-capacity-n = capacité { $n }
orgb-stat-countries =
    { $count ->
        [one] pays (confirmé)
       *[other] pays (confirmés)
    }
orgb-stat-sessions =
    { $count ->
        [one] séance
       *[other] séances
    }
orgb-is-published = La conférence est publiée.
orgb-is-draft = La conférence est un brouillon : seuls les organisateurs peuvent la voir.
orgb-publish = Publier
orgb-unpublish = Retirer la publication
orgb-public-page = Page publique
orgb-preview-public-page = Prévisualiser la page publique
orgb-preview-note = (visible des seuls organisateurs jusqu’à la publication)
orgb-not-published = Non publiée
orgb-nav-label = Back-office de la conférence
orgb-settings = Paramètres
orgb-identity-link = Logo, bannière, couleur d’accent et ligne de contact
orgb-field-title = Titre
orgb-field-slug = Adresse web
orgb-field-slug-hint = Lettres minuscules, chiffres et traits d’union. La conférence se trouve à l’adresse /c/cette-adresse.
orgb-field-description = Description
orgb-field-description-hint = Markdown : **gras**, [liens](https://…), listes. Affichée sur la page de la conférence.
orgb-field-starts-on = Premier jour
orgb-field-ends-on = Dernier jour
orgb-field-time-zone = Fuseau horaire de la conférence
orgb-field-time-zone-hint = Nom IANA, par exemple Europe/Zurich. Les jours et heures que vous saisissez sont exprimés dans ce fuseau.
orgb-field-opens = Ouverture des inscriptions (facultatif)
orgb-field-opens-hint = Dans le fuseau horaire de la conférence. Vide : ouvertes dès maintenant.
orgb-field-closes = Clôture des inscriptions (facultatif)
orgb-field-closes-hint = Vide : ouvertes jusqu’à ce que vous les fermiez.
orgb-field-capacity = Capacité (facultatif)
orgb-field-capacity-hint = Au-delà, les inscriptions sont placées sur la liste d’attente.
orgb-field-quota = Nombre maximal d’inscrits par pays (facultatif)
orgb-field-quota-hint = Préserve l’équilibre entre les pays ; les inscriptions excédentaires sont placées sur la liste d’attente.
orgb-field-join-lead = Nombre de minutes avant une séance où les liens de connexion apparaissent
orgb-field-privacy = Avis de confidentialité
orgb-field-privacy-hint = Les personnes inscrites l’acceptent lors de leur inscription.
orgb-field-sender = Adresse de réponse pour les courriels (facultatif)
orgb-field-sender-hint = Les réponses aux annonces arrivent à cette adresse (Reply-To).
orgb-field-short-name = Nom court pour les courriels (facultatif)
orgb-field-short-name-hint = Début de l’objet des annonces, par exemple « [IP & AI 2020] Mise à jour du programme ». Vide : le titre.
orgb-field-speakers-roster = Les intervenants peuvent consulter la liste des participants de leurs séances
orgb-field-speakers-roster-hint = Sinon, les intervenants ne voient que les effectifs par pays.
orgb-field-reminders = Envoyer des rappels de séance aux participants inscrits
orgb-field-reminder-minutes = Nombre de minutes avant chaque séance pour l’envoi du rappel
orgb-create-the-conference = Créer la conférence
orgb-save-settings = Enregistrer les paramètres
orgb-limits-title = Confirmer les nouvelles limites — { $title }
orgb-limits-heading =
    { $count ->
        [one] Faire passer { $n } personne de la liste d’attente aux inscrits ?
       *[other] Faire passer { $n } personnes de la liste d’attente aux inscrits ?
    }
orgb-limits-with = Avec une capacité de { $capacity } et un quota par pays de { $quota },
orgb-limits-promoted =
    { $count ->
        [one] { $n } personne inscrite sur la liste d’attente obtient une place, par ordre d’arrivée.
       *[other] { $n } personnes inscrites sur la liste d’attente obtiennent une place, par ordre d’arrivée.
    }
orgb-limits-mailed = Chacune d’elles reçoit immédiatement un courriel ; abaisser de nouveau les limites ne permettra pas de revenir en arrière.
orgb-limits-yes =
    { $count ->
        [one] Oui, enregistrer et admettre { $n } personne
       *[other] Oui, enregistrer et admettre { $n } personnes
    }
orgb-limits-no = Non, revenir aux paramètres
orgb-no-limit = aucune limite
orgb-unpublish-title = Retirer la publication de la conférence — { $title }
orgb-unpublish-heading = Retirer la publication de « { $title } » ?
orgb-unpublish-intro = Jusqu’à une nouvelle publication, toute personne autre que les organisateurs obtiendra « introuvable » pour :
orgb-unpublish-pages = les pages publiques : la page de la conférence, le programme, chaque page de séance et le formulaire d’inscription ;
orgb-unpublish-exports = les exports :
orgb-unpublish-feeds = les flux d’agenda auxquels les participants se sont abonnés, ainsi que les liens des courriels déjà envoyés.
orgb-unpublish-kept = Les inscriptions, les choix de séances et tout le contenu du back-office sont conservés. Les organisateurs peuvent toujours prévisualiser les pages publiques.
orgb-unpublish-yes = Oui, retirer la publication
orgb-unpublish-no = Non, la laisser publiée

## Identity

orgb-identity = Identité visuelle
orgb-identity-lead = Le logo, la bannière et la couleur d’accent affichés sur les pages publiques, dans les courriels et sur les listes imprimées.
orgb-field-accent = Couleur d’accent (facultatif)
orgb-field-accent-hint = Six chiffres hexadécimaux, par exemple #1b4f8f. Un texte blanc sur cette couleur, et cette couleur utilisée pour les liens de la page, doivent atteindre un contraste de 4,5:1.
orgb-field-contact = Ligne de contact des organisateurs (facultatif)
orgb-field-contact-hint = Affichée au bas des pages publiques, par exemple « Questions : events@example.org ».
orgb-identity-save = Enregistrer la couleur et le contact
orgb-identity-current =
    { $field ->
        [logo] Logo actuel
       *[banner] Bannière actuelle
    }
orgb-identity-remove =
    { $field ->
        [logo] Supprimer le logo
       *[banner] Supprimer la bannière
    }
orgb-identity-none =
    { $field ->
        [logo] Aucun logo pour l’instant.
       *[banner] Aucune bannière pour l’instant.
    }
orgb-identity-upload-label =
    { $field ->
        [logo] Téléverser un nouveau logo
       *[banner] Téléverser une nouvelle bannière
    }
orgb-identity-upload =
    { $field ->
        [logo] Téléverser le logo
       *[banner] Téléverser la bannière
    }

## Video

orgb-video-title = Vidéo — { $title }
orgb-video-heading = Plateforme vidéo
orgb-video-lead = Les participants, les modérateurs et les intervenants utilisent toujours le lien de connexion de Plenary ; en cliquant dessus, chacun est dirigé vers la plateforme avec le rôle qui lui revient.
orgb-video-where = Lieu des séances
orgb-field-bbb-url = Adresse du serveur
orgb-field-bbb-url-hint = Telle qu’affichée par bbb-conf --secret, par exemple https://bbb.example.org/bigbluebutton/
orgb-field-bbb-secret = Secret partagé
orgb-secret-saved-hint = Un secret est enregistré. Laissez ce champ vide pour le conserver ; saisissez-en un nouveau pour le remplacer.
orgb-field-checksum = Somme de contrôle
orgb-checksum-sha256 = SHA-256 (BigBlueButton 2.5 et versions ultérieures)
orgb-checksum-sha1 = SHA-1 (serveurs plus anciens)
orgb-field-jitsi-domain = Domaine
orgb-field-jitsi-domain-hint = Par exemple meet.example.org
orgb-field-jitsi-app-id = Identifiant d’application
orgb-field-jitsi-app-id-hint = L’émetteur (iss) attendu par l’authentification par jeton du serveur
orgb-field-jitsi-secret = Secret d’application
orgb-video-save = Enregistrer les paramètres vidéo
orgb-video-test = Tester la connexion
orgb-sessions = Séances
orgb-no-sessions = Aucune séance pour l’instant.
orgb-session-video-title = Options vidéo — { $title }
orgb-session-video-heading = Options vidéo de « { $title } »
orgb-field-record = Enregistrer la réunion (BigBlueButton)
orgb-field-stream = Adresse de diffusion
orgb-field-stream-hint = Une page YouTube, PeerTube ou Owncast, ou une adresse HLS : les participants au-delà de la limite suivent la diffusion
orgb-field-audience-cap = Nombre maximal de participants à la réunion
orgb-field-audience-cap-hint = BigBlueButton recommande environ 100 personnes par réunion ; les animateurs peuvent toujours se connecter
orgb-back-to-video = Retour aux paramètres vidéo

## Agenda and sessions

orgb-agenda-title = Programme — { $title }
orgb-agenda-heading = Programme
orgb-agenda-zone = Horaires dans le fuseau de la conférence, { $zone }.
orgb-add-session = Ajouter une séance
orgb-agenda-empty = Aucune séance pour l’instant. Ajoutez la séance d’ouverture pour commencer le programme.
orgb-agenda-caption = Séances du { $day }
orgb-col-time = Heure
orgb-col-session = Séance
orgb-col-people = Personnes
orgb-col-actions = Actions
orgb-agenda-moderator = Modération : { $names }
orgb-agenda-speakers = Intervenants : { $names }
orgb-conflict-title = Quelqu’un d’autre a modifié cette séance — { $title }
orgb-conflict-heading = Quelqu’un d’autre a modifié cette séance pendant que vous la modifiiez
orgb-conflict-lead = Rien n’a été écrasé. Comparez les deux versions, puis conservez la leur ou remplacez-la par la vôtre.
orgb-conflict-theirs = La version enregistrée
orgb-conflict-keep = Conserver la version enregistrée
orgb-conflict-yours = Votre version
orgb-conflict-save = Enregistrer ma version à la place
orgb-when = Quand
orgb-track = Volet
orgb-capacity = Capacité
orgb-session-add-title = Ajouter une séance — { $title }
orgb-session-edit-title = Modifier une séance — { $title }
orgb-edit-session = Modifier la séance
orgb-times-are-in = Les horaires sont exprimés dans le fuseau { $zone }.
orgb-moderators-and-speakers = Modérateurs et intervenants
orgb-field-notify = Si l’horaire change, prévenir par courriel les participants qui ont choisi cette séance
orgb-picked-count =
    { $count ->
        [one] { $n } participant a choisi cette séance.
       *[other] { $n } participants ont choisi cette séance.
    }
orgb-add-the-session = Ajouter la séance
orgb-save-session = Enregistrer la séance
orgb-field-kind = Type
orgb-field-abstract = Résumé
orgb-field-day = Jour
orgb-field-start = Début
orgb-field-start-hint = Dans le fuseau de la conférence.
orgb-field-end = Fin
orgb-field-track = Volet ou salle (facultatif)
orgb-field-track-hint = Choisissez une salle de cette conférence ou saisissez-en une nouvelle ; majuscules et espaces ne créent pas de nouvelle salle.
orgb-field-session-capacity-hint = Au-delà, les participants sont placés sur la liste d’attente de la séance.
orgb-field-join-url = Lien de connexion privé (facultatif)
orgb-field-join-url-hint = Affiché uniquement aux personnes dont l’inscription est confirmée, peu avant la séance.
orgb-reinstate-title = Rétablir une séance — { $title }
orgb-cancel-title = Annuler une séance — { $title }
orgb-reinstate-heading = Remettre « { $title } » au programme ?
orgb-reinstate-text = La séance apparaît de nouveau comme ayant lieu, y compris dans les exports et flux d’agenda.
orgb-cancel-heading = Annuler « { $title } » ?
orgb-cancel-text = La séance reste au programme, marquée comme annulée ; les exports et flux d’agenda l’indiquent comme annulée
orgb-cancel-text-2 = et personne ne peut s’y connecter. Vous pourrez la rétablir ultérieurement. Pour la retirer entièrement, vous pouvez plutôt
orgb-cancel-delete-link = la supprimer.
orgb-cancel-mail = Ils recevront un courriel accompagné du fichier d’agenda mis à jour.
orgb-nobody-picked = Personne n’a encore choisi cette séance.
orgb-reinstate-yes = Oui, rétablir la séance
orgb-cancel-yes = Oui, annuler la séance
orgb-delete-title = Supprimer une séance — { $title }
orgb-delete-heading = Supprimer « { $title } » ?
orgb-delete-mail = Ils recevront un courriel indiquant qu’elle n’aura pas lieu.
orgb-delete-text = Ses modérateurs et intervenants en sont retirés. Cette action est irréversible.
orgb-delete-yes = Oui, supprimer la séance

## Messages from the code: roles, times, flash and validation messages

orgb-role-moderator = Modérateur
orgb-role-speaker = Intervenant
orgb-role-moderator-and-speaker = Modérateur et intervenant
orgb-role-organizer = Organisateur
orgb-rel-ended = terminée
orgb-rel-running = en cours
orgb-rel-minutes =
    { $count ->
        [one] commence dans { $n } min
       *[other] commence dans { $n } min
    }
orgb-rel-hours =
    { $count ->
        [one] commence dans { $n } h
       *[other] commence dans { $n } h
    }
orgb-rel-hours-minutes = commence dans { $hours } h { $minutes } min
orgb-rel-days =
    { $count ->
        [one] commence dans { $n } jour
       *[other] commence dans { $n } jours
    }
orgb-date-at-time = le { $date } à { $time }
orgb-my-slot = Vous intervenez en position { $position } sur { $total }
orgb-my-slot-minutes = { $place }, { $minutes } minutes
orgb-err-position-missing = Indiquez un rang pour { $name }
orgb-err-position-range = Indiquez pour { $name } un rang compris entre 1 et { $max }
orgb-err-slot-range = Indiquez pour { $name } un temps de parole compris entre 1 et { $max } minutes, ou laissez le champ vide
orgb-err-position-taken = Le rang { $position } est attribué à plusieurs intervenants : donnez à { $name } un rang qui lui soit propre
orgb-flash-run-of-show-saved = Le déroulé est enregistré.
orgb-flash-marked-present = { $name } est marqué(e) présent(e).
orgb-flash-marked-absent = { $name } est marqué(e) absent(e).
orgb-flash-already-present = { $name } était déjà marqué(e) présent(e).
orgb-flash-already-absent = { $name } était déjà marqué(e) absent(e).
orgb-flash-nothing-to-undo = Il n’y a rien à annuler.
orgb-flash-undone-present = Action annulée : { $name } est de nouveau marqué(e) présent(e).
orgb-flash-undone-absent = Action annulée : { $name } est de nouveau marqué(e) absent(e).
orgb-flash-not-undone = Action non annulée : la présence de { $name } a été modifiée entre-temps.
orgb-deleted-account = Compte supprimé
orgb-flash-roster-moderators-only = Les organisateurs de cette conférence ne communiquent les coordonnées des participants qu’aux modérateurs. Les effectifs par pays figurent ci-dessous.
orgb-warn-overlap = Chevauche « { $title } » dans le même volet
orgb-warn-no-moderator = Pas encore de modérateur
orgb-flash-session-added = La séance est ajoutée au programme.
orgb-flash-with-notes = { $message } Remarque : { $notes }.
orgb-flash-session-saved = La séance est enregistrée.
orgb-flash-session-saved-notified =
    { $count ->
        [one] La séance est enregistrée et { $n } participant sera informé du nouvel horaire.
       *[other] La séance est enregistrée et { $n } participants seront informés du nouvel horaire.
    }
orgb-err-double-booked = Cet horaire crée un conflit pour certaines personnes : { $clashes }. Modifiez d’abord l’horaire ou les personnes.
orgb-flash-session-deleted = La séance est supprimée.
orgb-flash-session-deleted-notified =
    { $count ->
        [one] La séance est supprimée ; { $n } participant en sera informé.
       *[other] La séance est supprimée ; { $n } participants en seront informés.
    }
orgb-flash-session-cancelled = La séance est annulée.
orgb-flash-session-cancelled-notified =
    { $count ->
        [one] La séance est annulée ; { $n } participant en sera informé.
       *[other] La séance est annulée ; { $n } participants en seront informés.
    }
orgb-flash-session-reinstated = La séance est de nouveau au programme.
orgb-flash-session-reinstated-notified =
    { $count ->
        [one] La séance est de nouveau au programme ; { $n } participant en sera informé.
       *[other] La séance est de nouveau au programme ; { $n } participants en seront informés.
    }
orgb-err-capacity-range = La capacité doit être un nombre entier compris entre { $min } et { $max }
orgb-err-quota-range = Le quota par pays doit être un nombre entier compris entre { $min } et { $max }
orgb-err-lead-range = Le délai d’affichage des liens de connexion doit être un nombre entier compris entre { $min } et { $max }
orgb-err-reminder-range = Le délai du rappel doit être un nombre entier de minutes compris entre { $min } et { $max }
orgb-err-first-day = Saisissez le premier jour sous forme de date, par exemple 2026-07-07
orgb-err-last-day = Saisissez le dernier jour sous forme de date, par exemple 2026-07-07
orgb-err-date-time = Saisissez une date et une heure, par exemple 2026-06-01 09:00
orgb-err-title = Saisissez un titre
orgb-err-slug = Utilisez de 3 à 60 lettres minuscules, chiffres et traits d’union, par exemple ip-ai-2026
orgb-err-last-before-first = Le dernier jour doit être identique ou postérieur au premier jour
orgb-err-too-long = Une conférence peut durer 31 jours au maximum
orgb-err-close-before-open = La clôture des inscriptions doit être postérieure à leur ouverture
orgb-err-quota-over-capacity = Le quota par pays ne peut pas dépasser la capacité
orgb-err-privacy = Saisissez l’avis de confidentialité que les personnes inscrites acceptent
orgb-err-slug-taken = Une autre conférence utilise déjà cette adresse web ; choisissez-en une autre
orgb-flash-conference-created = La conférence est créée à l’état de brouillon. Ajoutez son programme et ses organisateurs, puis publiez-la.
orgb-flash-settings-saved = Les paramètres sont enregistrés.
orgb-flash-settings-saved-promoted =
    { $count ->
        [one] Les paramètres sont enregistrés ; { $n } personne a quitté la liste d’attente et a reçu un courriel.
       *[other] Les paramètres sont enregistrés ; { $n } personnes ont quitté la liste d’attente et ont reçu un courriel.
    }
orgb-flash-published = La conférence est publiée : tout le monde peut la consulter et s’y inscrire.
orgb-flash-unpublished = La publication de la conférence est retirée : les pages publiques répondent désormais « introuvable ».
orgb-err-time = Saisissez une heure, par exemple 14:30
orgb-err-kind = Choisissez le type de séance
orgb-err-day-range = Choisissez un jour de la conférence (du { $first } au { $last })
orgb-err-day = Choisissez le jour
orgb-err-session-capacity = La capacité doit être un nombre entier compris entre 1 et 100000, ou rester vide
orgb-err-join-url = Saisissez l’adresse complète de la réunion, commençant par https://
orgb-logo = Logo
orgb-banner = Bannière
orgb-flash-identity-saved = La couleur et la ligne de contact sont enregistrées.
orgb-flash-picture-removed =
    { $field ->
        [logo] Le logo est supprimé.
       *[banner] La bannière est supprimée.
    }
orgb-flash-picture-saved =
    { $field ->
        [logo] Le logo est enregistré.
       *[banner] La bannière est enregistrée.
    }
orgb-upload-hint = PNG ou JPEG, { $kb } Ko au maximum. L’image est réencodée en PNG, ce qui supprime les métadonnées telles que la localisation.
orgb-err-picture-too-big = L’image dépasse { $kb } Ko ; choisissez-en une plus légère
orgb-err-web-address = Saisissez l’adresse complète, commençant par https://
orgb-err-platform = Choisissez une plateforme vidéo
orgb-err-jitsi-domain-spaces = Saisissez le domaine sans espaces, par exemple meet.example.org
orgb-err-bbb-url = Saisissez l’adresse du serveur BigBlueButton
orgb-err-bbb-secret = Saisissez le secret partagé du serveur
orgb-err-jitsi-domain = Saisissez le domaine Jitsi
orgb-err-jitsi-app-id = Saisissez l’identifiant d’application que le serveur attend comme émetteur
orgb-err-jitsi-secret = Saisissez le secret d’application
orgb-video-recorded = enregistrée
orgb-video-not-recorded = non enregistrée
orgb-video-stream-set = diffusion configurée
orgb-video-no-stream = pas de diffusion
orgb-video-audience-cap =
    { $count ->
        [one] limite de { $n } participant
       *[other] limite de { $n } participants
    }
orgb-flash-video-saved = Les paramètres de la plateforme vidéo sont enregistrés.
orgb-video-test-ok = BigBlueButton a répondu à getMeetings : l’adresse et le secret partagé sont valides.
orgb-video-test-failed = Le test a échoué : { $error }.
orgb-video-test-save-first = Enregistrez d’abord l’adresse et le secret du serveur.
orgb-video-test-jitsi = Jitsi n’offre pas d’API à interroger : les jetons sont vérifiés par le serveur lorsque les personnes se connectent. Connectez-vous à une séance en tant qu’animateur pour faire l’essai.
orgb-video-test-choose = Choisissez d’abord BigBlueButton ou Jitsi.
orgb-err-audience-cap = Saisissez un nombre de personnes compris entre 1 et 100000
orgb-flash-session-video-saved = Les options vidéo de la séance sont enregistrées.
orgb-section-overview = Vue d’ensemble
orgb-section-settings = Paramètres
orgb-section-agenda = Programme
orgb-section-people = Personnes
orgb-section-registrations = Inscriptions
orgb-section-statistics = Statistiques
orgb-section-announcements = Annonces
orgb-section-outbox = Courriels sortants
orgb-section-audit = Journal d’audit
orgb-section-video = Vidéo
orgb-status-pending = En attente de confirmation par courriel
orgb-status-confirmed = Confirmées
orgb-status-waitlisted = Sur la liste d’attente
orgb-status-cancelled = Annulées
