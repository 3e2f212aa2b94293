## Back-office, partie A : inscriptions, statistiques, personnes, invitations, boîte d'envoi,
## journal d'audit et annonces. Nombres : $count choisit la forme, $n l'affiche groupé.

org-error-prefix = Erreur :
org-deleted-account = Compte supprimé

## Statuts et rôles affichés.

org-status-pending = En attente de confirmation de l'adresse électronique
org-status-confirmed = Confirmée
org-status-waitlisted = Sur la liste d'attente
org-status-cancelled = Annulée
org-enrollment-enrolled = Inscrit
org-enrollment-waitlisted = Sur la liste d'attente de la séance
org-role-organizer = organisateur
org-role-moderator = modérateur
org-role-speaker = intervenant

## Colonnes de tableau communes.

org-col-name = Nom
org-col-email = Adresse électronique
org-col-organisation = Organisation
org-col-session = Séance
org-col-sessions = Séances
org-col-when = Date
org-col-place = Place
org-col-picked = Choisie
org-col-attended = Présence
org-col-role = Rôle

## Pagination.

org-pager-first = Première
org-pager-prev = Précédente
org-pager-next = Suivante
org-pager-last = Dernière
org-pager-page = Page { $page } sur { $pages }

## Tableau des inscriptions.

org-reg-title = Inscriptions
org-reg-title-lower = inscriptions
org-reg-find = Rechercher des inscriptions
org-reg-search = Rechercher
org-reg-search-hint = Nom, adresse électronique ou organisation
org-reg-status = Statut
org-reg-country = Pays
org-reg-session = Inscrit à la séance
org-reg-sort = Trier par
org-reg-order = Ordre
org-reg-apply = Appliquer
org-reg-clear = Effacer les filtres
org-reg-any-status = Tous les statuts
org-reg-any-country = Tous les pays
org-reg-any-session = Toutes les séances
org-reg-sort-registered = Date d'inscription
org-reg-registered = Inscription
org-reg-ascending = Croissant (A–Z, les plus anciennes d'abord)
org-reg-descending = Décroissant (Z–A, les plus récentes d'abord)
org-reg-showing-none = Aucune inscription ne correspond.
org-reg-showing =
    { $count ->
        [one] Inscriptions { $first } à { $last } sur { $n }.
       *[other] Inscriptions { $first } à { $last } sur { $n }.
    }
org-reg-download-csv =
    { $count ->
        [one] Télécharger cette inscription ({ $n }) au format CSV
       *[other] Télécharger ces { $n } inscriptions au format CSV
    }
org-reg-caption = Inscriptions, page { $page } sur { $pages }
org-reg-select = Sélectionner
org-reg-select-person = Sélectionner { $name }
org-reg-pages = Pages des inscriptions

## Actions groupées sur les inscriptions.

org-bulk-legend = Action groupée
org-bulk-action = Action
org-bulk-confirm = Confirmer
org-bulk-promote = Faire passer de la liste d'attente
org-bulk-resend = Renvoyer le lien de confirmation
org-bulk-cancel = Annuler
org-bulk-scope-selected = Les inscriptions cochées
org-bulk-scope-filtered =
    { $count ->
        [one] L'inscription ({ $n }) correspondant aux filtres
       *[other] Les { $n } inscriptions correspondant aux filtres
    }
org-bulk-continue = Continuer…
org-bulk-hint = La page suivante indique à combien d'inscriptions l'action s'applique, avant toute modification.
org-bulk-confirm-title = Confirmer une action groupée
org-bulk-heading-confirm =
    { $count ->
        [one] Confirmer { $n } inscription ?
       *[other] Confirmer { $n } inscriptions ?
    }
org-bulk-heading-promote =
    { $count ->
        [one] Faire passer { $n } inscription de la liste d'attente ?
       *[other] Faire passer { $n } inscriptions de la liste d'attente ?
    }
org-bulk-heading-resend =
    { $count ->
        [one] Renvoyer le lien de confirmation pour { $n } inscription ?
       *[other] Renvoyer le lien de confirmation pour { $n } inscriptions ?
    }
org-bulk-heading-cancel =
    { $count ->
        [one] Annuler { $n } inscription ?
       *[other] Annuler { $n } inscriptions ?
    }
org-bulk-yes-confirm = Oui, confirmer ({ $n })
org-bulk-yes-promote = Oui, faire passer ({ $n })
org-bulk-yes-resend = Oui, renvoyer ({ $n })
org-bulk-yes-cancel = Oui, annuler ({ $n })
org-bulk-no = Non, revenir aux inscriptions
org-bulk-summary-filtered =
    { $count ->
        [one] { $n } inscription correspond aux filtres ; l'action s'applique à { $applicable } d'entre elles.
       *[other] { $n } inscriptions correspondent aux filtres ; l'action s'applique à { $applicable } d'entre elles.
    }
org-bulk-summary-ticked =
    { $count ->
        [one] { $n } inscription est cochée ; l'action s'applique à { $applicable } d'entre elles.
       *[other] { $n } inscriptions sont cochées ; l'action s'applique à { $applicable } d'entre elles.
    }
org-bulk-summary-skipped =
    { $count ->
        [one] L'autre inscription ({ $n }) est ignorée : son statut ne le permet pas.
       *[other] Les { $n } autres sont ignorées : leur statut ne le permet pas.
    }
org-bulk-summary-audit = Chaque personne reçoit un courriel et chaque action est consignée dans le journal d'audit, comme si elles étaient traitées une à une.
org-bulk-name-confirm = Confirmation
org-bulk-name-promote = Passage depuis la liste d'attente
org-bulk-name-resend = Renvoi du lien de confirmation
org-bulk-name-cancel = Annulation
org-bulk-done =
    { $count ->
        [one] { $n } inscription traitée.
       *[other] { $n } inscriptions traitées.
    }
org-bulk-done-skipped =
    { $count ->
        [one] { $n } ignorée (son statut ne le permet pas).
       *[other] { $n } ignorées (leur statut ne le permet pas).
    }
org-bulk-done-line = { $action } : { $done }
org-bulk-flash-no-action = Veuillez choisir une action pour les inscriptions.
org-bulk-flash-no-match = Aucune inscription ne correspond aux filtres.
org-bulk-flash-none-ticked = Veuillez cocher au moins une inscription, ou choisir « toutes celles correspondant aux filtres ».

## Une inscription.

org-reg-all = Toutes les inscriptions
org-reg-waitlist-position = n° { $n } sur la liste d'attente
org-reg-person = Personne
org-reg-not-verified = non vérifiée
org-reg-none-given = non renseignée
org-reg-time-zone = Fuseau horaire
org-reg-email-verified = Adresse vérifiée le
org-reg-deleted-note = Cette personne a supprimé son compte. L'inscription est conservée, sans nom ni adresse, pour les décomptes par pays et par statut.
org-reg-history = Historique du statut
org-reg-last-change = Dernière modification
org-reg-picks = Séances choisies
org-reg-no-picks = Aucune séance choisie.
org-reg-attended =
    { $count ->
        [one] Séances suivies : { $attended } sur { $n } choisie.
       *[other] Séances suivies : { $attended } sur { $n } choisies.
    }
org-reg-picks-caption = Séances choisies par { $name }
org-reg-not-attended = non
org-reg-actions = Actions
org-reg-promote-hint = Les deux attribuent une place même lorsque la conférence est complète. « Confirmer manuellement » envoie la confirmation habituelle ; « Faire passer » informe en outre la personne qu'une place s'est libérée pour elle.
org-reg-cancelled-note = Une inscription annulée ne permet aucune action ; la personne peut s'inscrire à nouveau tant que les inscriptions sont ouvertes.
org-reg-action-resend = Renvoyer le lien de confirmation
org-reg-action-confirm = Confirmer manuellement
org-reg-action-promote = Faire passer de la liste d'attente
org-reg-action-cancel = Annuler cette inscription
org-reg-flash-not-applicable =
    Aucune modification : l'inscription est { $status ->
        [pending] en attente de confirmation de l'adresse électronique
        [confirmed] confirmée
        [waitlisted] sur la liste d'attente
       *[cancelled] annulée
    }.
org-reg-flash-nobody = Aucune modification : ce compte a été supprimé, il n'y a donc personne à qui écrire.
org-reg-flash-resent = Un nouveau lien de confirmation a été envoyé à { $email }.
org-reg-flash-confirmed = L'inscription de { $name } est confirmée et la confirmation lui a été envoyée.
org-reg-flash-cancelled = L'inscription est annulée ; ses places ont été attribuées aux listes d'attente.

## Statistiques.

org-stats-title = Statistiques
org-stats-reach =
    { $count ->
        [one] { $n } inscrit
       *[other] { $n } inscrits
    } de { $country_count ->
        [one] { $countries } pays
       *[other] { $countries } pays
    } (inscriptions confirmées).
org-stats-by-status = Inscriptions par statut
org-stats-all = Total
org-stats-by-country = Inscriptions confirmées par pays
org-stats-none-confirmed = Aucune inscription confirmée pour le moment.
org-stats-bars-caption =
    { $count ->
        [one] Le pays comptant le plus d'inscrits confirmés.
       *[other] Les { $n } pays comptant le plus d'inscrits confirmés, barres à la même échelle.
    }
org-stats-others =
    { $count ->
        [one] Autres pays ({ $countries }) : { $n } inscrit au total, hors de cette échelle.
       *[other] Autres pays ({ $countries }) : { $n } inscrits au total, hors de cette échelle.
    }
org-stats-country-caption =
    { $count ->
        [one] Inscriptions confirmées dans le pays représenté
       *[other] Inscriptions confirmées dans chacun des { $n } pays
    }
org-stats-registrants = Inscrits
org-stats-share = Part (%)
org-stats-by-region = Inscriptions confirmées par région
org-stats-region-caption = Inscriptions confirmées par région M49 des Nations Unies
org-stats-region = Région
org-stats-m49 = Code M49
org-stats-other-region = Autre ou inconnue
org-stats-over-time = Évolution des inscriptions
org-stats-per-day = Inscriptions par jour
org-stats-day-chart-desc = Une courbe avec un point par jour du { $first } au { $last } (UTC) ; le jour le plus chargé a compté { $peak } inscriptions. Le tableau ci-dessous indique chaque jour ayant enregistré des inscriptions.
org-stats-day-chart-caption = Inscriptions par jour, du { $first } au { $last } (UTC) ; maximum : { $peak }.
org-stats-no-signups = Aucune inscription pour le moment.
org-stats-per-day-table = Inscriptions par jour sous forme de tableau
org-stats-per-day-caption = Inscriptions par jour (UTC), tous statuts confondus
org-stats-day = Jour
org-stats-signups = Inscriptions
org-stats-video = Présence aux réunions vidéo
org-stats-video-caption = Personnes vues par la plateforme vidéo lors d'une réunion, par pays
org-stats-present = Personnes présentes
org-stats-attendance = Présence par séance
org-stats-no-sessions = Aucune séance pour le moment.
org-stats-attendance-caption = Places choisies et personnes présentes (connectées ou enregistrées), par séance

## Personnes et invitations.

org-people-title = Personnes
org-people-organizers = Organisateurs
org-people-no-organizers = Aucun organisateur pour le moment : invitez le premier ci-dessous.
org-people-invite-organizer = Inviter un co-organisateur par courriel
org-people-invite-hint = La personne reçoit un lien d'invitation et apparaît ici dès qu'elle l'accepte.
org-people-send-invitation = Envoyer l'invitation
org-people-organizer-invitations = Invitations d'organisateurs en attente de réponse
org-people-session-people = Modérateurs et intervenants
org-people-none = Aucun modérateur ni intervenant pour le moment. Invitez-les depuis chaque séance du programme.
org-people-none-link = Ouvrir le programme
org-people-everyone = Toutes les personnes ayant un rôle dans une séance
org-people-session-invitations = Invitations aux séances en attente de réponse
org-people-role-of =
    { $role ->
        [moderator] modérateur
       *[speaker] intervenant
    } de « { $title } »
org-people-role-line =
    { $role ->
        [moderator] Modérateur
       *[speaker] Intervenant
    } de « { $title } » ({ $when })
org-people-choose-role = Veuillez choisir modérateur ou intervenant
org-people-cannot-invite = Invitation impossible : { $clashes }.
org-people-has-role = Cette personne a déjà ce rôle
org-people-already-invited = Une invitation pour ce rôle attend déjà une réponse : renvoyez-la depuis la liste
org-people-flash-sent = Invitation envoyée à { $email }. La personne apparaîtra ici dès qu'elle l'aura acceptée.
org-people-flash-removed = La personne n'est plus affectée à cette séance.
org-people-flash-resent = Invitation renvoyée à { $email }. Le lien précédent n'est plus valable.
org-people-flash-withdrawn = L'invitation adressée à { $email } est retirée. Son lien n'est plus valable.
org-inv-expired = Expirée
org-inv-waiting = En attente
org-inv-resend = Renvoyer
org-inv-resend-hidden = l'invitation à { $email } en tant que { $what }
org-inv-withdraw = Retirer
org-inv-withdraw-hidden = l'invitation à { $email } en tant que { $what }
org-profile-heading = Profil de { $name }

## Les personnes d'une séance.

org-sp-title = Personnes de « { $title } »
org-sp-edit = Modifier la séance
org-sp-nobody = Personne n'a encore accepté de rôle. Chaque séance a besoin d'un modérateur.
org-sp-caption = Personnes de cette séance
org-sp-remove = Retirer
org-sp-remove-hidden = { $name } en tant que { $role }
org-sp-profile = Profil
org-sp-profile-hidden = de { $name }
org-sp-invitations = Invitations en attente de réponse
org-sp-invitations-caption = Invitations à cette séance en attente de réponse
org-sp-invite = Inviter une personne
org-sp-email = Adresse électronique
org-sp-moderator = Modérateur
org-sp-speaker = Intervenant

## La page d'invitation (vue de la personne invitée).

org-invite-title = Votre invitation
org-invite-invalid-title = Invitation non valable
org-invite-invalid-heading = Cette invitation n'est plus valable
org-invite-invalid-text = Une invitation ne sert qu'une fois, pendant 14 jours, sauf si les organisateurs la retirent. Veuillez leur en demander une nouvelle.
org-invite-lead-organizer = Les organisateurs de « { $conference } » invitent { $email } à rejoindre l'équipe d'organisation.
org-invite-lead-session =
    Les organisateurs de « { $conference } » invitent { $email } à être { $role ->
        [moderator] modérateur
       *[speaker] intervenant
    } de la séance « { $title } ».
org-invite-flash-organizer = Vous faites désormais partie des organisateurs de « { $conference } ».
org-invite-flash-session =
    Vous êtes désormais { $role ->
        [moderator] modérateur
       *[speaker] intervenant
    } de la séance « { $title } » de « { $conference } ».
org-invite-accept-note = Si vous acceptez, votre nom et votre organisation apparaîtront avec ce rôle sur les pages de la conférence.
org-invite-accept = Accepter l'invitation
org-invite-other-account = Vous êtes connecté en tant que { $current }, mais cette invitation est destinée à { $email }. Seul ce compte peut l'accepter.
org-invite-sign-out = Veuillez vous déconnecter, puis ouvrir à nouveau le lien du courriel.
org-invite-has-account = Un compte existe pour { $email }. Connectez-vous pour accepter l'invitation.
org-invite-sign-in = Se connecter pour accepter
org-invite-forgotten = Mot de passe oublié ?
org-invite-reset = Réinitialisez-le
org-invite-reset-after = , puis ouvrez à nouveau le lien du courriel.
org-invite-new-account = Indiquez votre nom, votre pays et un mot de passe pour créer votre compte et accepter.
org-invite-name = Votre nom
org-invite-name-hint = Tel qu'il doit apparaître sur les pages de la conférence.
org-invite-password = Choisissez un mot de passe
org-invite-password-hint = De 10 à 128 caractères.
org-invite-create = Accepter et créer mon compte
org-invite-double-booked = Vous ne pouvez pas accepter : { $clashes }. Veuillez demander aux organisateurs de modifier l'horaire, ou quitter d'abord l'autre séance.

## Boîte d'envoi.

org-outbox-title = Boîte d'envoi
org-outbox-queued = en file d'attente
org-outbox-delivered = distribués
org-outbox-failed = en échec
org-outbox-backlog =
    { $count ->
        [one] { $n } message attend d'être envoyé.
       *[other] { $n } messages attendent d'être envoyés.
    }
org-outbox-oldest = Le plus ancien attend depuis le { $since }.
org-outbox-last-error-label = Dernière erreur :
org-outbox-lookup = Rechercher un destinataire
org-outbox-lookup-hint = Une personne a-t-elle bien reçu son courriel ? Saisissez tout ou partie de son adresse électronique.
org-outbox-lookup-button = Rechercher
org-outbox-lookup-none = Aucun courriel de cette conférence n'a été envoyé à une adresse contenant « { $to } ».
org-outbox-lookup-caption = Courriels envoyés aux adresses contenant « { $to } », les plus récents d'abord
org-outbox-first-n = (les { $n } premiers)
org-outbox-recipient = Destinataire
org-outbox-subject = Objet
org-outbox-state = État
org-outbox-attempts = Tentatives
org-outbox-last-error = Dernière erreur
org-outbox-queued-at = Mis en file
org-outbox-delivered-or-next = Distribué ou prochaine tentative
org-outbox-next-attempt = Prochaine tentative
org-outbox-next-at = prochaine tentative le { $when }
org-outbox-gave-up = aucune (abandonné)
org-outbox-state-delivered = Distribué
org-outbox-state-waiting = En attente
org-outbox-state-retrying = Nouvelle tentative prévue
org-outbox-state-failed = Échec
org-outbox-all-well = Aucun courriel en échec ni en attente de nouvelle tentative. Tout ce que la conférence a envoyé a été distribué ou est en cours d'acheminement.
org-outbox-retry-all = Relancer maintenant tous les courriels en échec ou en attente
org-outbox-troubled-caption = Courriels en échec ou en attente d'une nouvelle tentative
org-outbox-retry = Relancer
org-outbox-retry-hidden = le courriel adressé à { $to }
org-outbox-flash-nothing = Rien à relancer.
org-outbox-flash-retried =
    { $count ->
        [one] { $n } message est de nouveau dans la file et sera envoyé sous peu.
       *[other] { $n } messages sont de nouveau dans la file et seront envoyés sous peu.
    }

## Journal d'audit.

org-audit-title = Journal d'audit
org-audit-show = Afficher
org-audit-filter = Filtrer
org-audit-all = Toutes les modifications
org-audit-conference = Paramètres de la conférence
org-audit-sessions = Séances
org-audit-check-ins = Pointages
org-audit-empty = Aucune modification enregistrée pour le moment.
org-audit-empty-kind = Aucune modification de ce type enregistrée pour le moment.
org-audit-caption = Les plus récentes d'abord ; heures en { $zone }
org-audit-who = Qui
org-audit-what = Quoi
org-audit-before = Avant
org-audit-after = Après

## Annonces.

org-ann-title = Annonces
org-ann-title-lower = annonces
org-ann-write = Rédiger une annonce
org-ann-none = Aucune annonce n'a encore été envoyée.
org-ann-caption = Annonces envoyées, les plus récentes d'abord
org-ann-sent = Envoi
org-ann-queued = En file
org-ann-delivered = Distribués
org-ann-failed = En échec
org-ann-recipients = Destinataires
org-ann-new-title = Nouvelle annonce
org-ann-send-to = Destinataires
org-ann-send-to-hint = Les inscriptions annulées et les comptes supprimés ne reçoivent jamais d'annonces.
org-ann-message = Message
org-ann-send-at = Envoyer le (facultatif)
org-ann-preview = Aperçu
org-ann-group-registrants = Inscrits
org-ann-group-session = Inscrits à une séance
org-ann-audience-confirmed = Tous les inscrits confirmés
org-ann-audience-waitlisted = Toutes les personnes sur la liste d'attente
org-ann-audience-staff = Modérateurs et intervenants de la conférence
org-ann-audience-session = { $title } (inscrits)
org-ann-audience-option =
    { $count ->
        [one] { $label } ({ $n } personne)
       *[other] { $label } ({ $n } personnes)
    }
org-ann-audience-empty = Personne ne fait encore partie de ce public : veuillez en choisir un autre
org-ann-subject-hint = Jusqu'à { $max } caractères. Les destinataires le verront ainsi : « { $example } ».
org-ann-body-hint = Chaque message commence par « { $greeting } » et se termine par la signature des organisateurs et un lien de désabonnement ; n'ajoutez donc pas de formule d'appel. Markdown : **gras**, *italique*, [liens](https://example.org), listes. Jusqu'à { $max } caractères. L'étape suivante montre exactement ce que verront les destinataires.
org-ann-send-at-hint = Dans le fuseau horaire de la conférence ({ $zone }). Laissez vide pour envoyer dès votre confirmation.
org-ann-greeting-preview = Madame, Monsieur (nom du destinataire),
org-ann-preview-title = Aperçu : { $subject }
org-ann-check = Vérifiez votre annonce
org-ann-test-sent = Un exemplaire de test est en route vers { $email }. Personne d'autre n'a rien reçu.
org-ann-lead =
    { $count ->
        [one] Elle sera envoyée à { $n } destinataire : { $audience }.
       *[other] Elle sera envoyée à { $n } destinataires : { $audience }.
    }
org-ann-lead-scheduled =
    { $count ->
        [one] Elle sera envoyée à { $n } destinataire : { $audience }, le { $when }.
       *[other] Elle sera envoyée à { $n } destinataires : { $audience }, le { $when }.
    }
org-ann-to-confirmed = tous les inscrits confirmés
org-ann-to-waitlisted = toutes les personnes sur la liste d'attente
org-ann-to-staff = les modérateurs et intervenants
org-ann-to-session = toutes les personnes inscrites à « { $title } »
org-ann-to-a-session = toutes les personnes inscrites à une séance
org-ann-send-button =
    { $count ->
        [one] Envoyer à { $n } destinataire
       *[other] Envoyer à { $n } destinataires
    }
org-ann-schedule-button =
    { $count ->
        [one] Programmer pour { $n } destinataire
       *[other] Programmer pour { $n } destinataires
    }
org-ann-test-button = M'envoyer un test
org-ann-change-button = Modifier
org-ann-flash-sent =
    { $count ->
        [one] Votre annonce est en cours d'envoi à { $n } destinataire.
       *[other] Votre annonce est en cours d'envoi à { $n } destinataires.
    }
org-ann-flash-scheduled =
    { $count ->
        [one] Votre annonce à { $n } destinataire sera envoyée le { $when }.
       *[other] Votre annonce à { $n } destinataires sera envoyée le { $when }.
    }
org-ann-all = Toutes les annonces
org-ann-delivery = Acheminement de cette annonce
org-ann-all-handed = Tous les messages ont été remis.
org-ann-delivering = Les courriels sont en cours d'acheminement ; cette page indique l'état au moment de son chargement.
org-ann-live = Les courriels sont en cours d'acheminement ; ces chiffres se mettent à jour d'eux-mêmes.
org-ann-reload = Actualiser pour voir les derniers chiffres
org-ann-see-failed = Voir les messages en échec et les relancer
