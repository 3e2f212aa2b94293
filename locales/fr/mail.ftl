# Courrier : chaque message envoyé par Plenary, dans la langue du destinataire.
mail-signature = Plenary, au nom des organisateurs de la conférence
mail-greeting = Bonjour { $name },
mail-greeting-anonymous = Madame, Monsieur,
mail-greeting-participant = Madame, Monsieur,
mail-button-fallback = Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :
mail-detail-conference = Conférence
mail-detail-opens = Ouverture
mail-detail-closes = Clôture
mail-detail-zone = Votre fuseau horaire
mail-detail-when = Date et heure
mail-detail-session = Séance
mail-detail-new-time = Nouvel horaire
mail-action-my-page = Ouvrir ma page de la conférence
mail-action-see-my-page = Voir ma page de la conférence
mail-action-my-registration = Voir mon inscription
mail-action-agenda = Voir le programme
mail-link-expiry-48h = Le lien ne fonctionne qu’une fois et expire dans 48 heures.
# Confirmation d’une inscription
mail-confirm-subject = Confirmez votre inscription : { $conference }
mail-confirm-intro = Nous vous remercions de votre inscription à « { $conference } ». Veuillez confirmer votre adresse électronique pour la finaliser.
mail-confirm-waitlist = La conférence est complète pour le moment : vous êtes en position { $position } sur la liste d’attente. Nous vous écrirons dès qu’une place vous sera attribuée.
mail-confirm-action = Confirmer mon inscription
mail-confirm-expiry = Le lien ne fonctionne qu’une fois et expire dans 48 heures. Si vous ne vous êtes pas inscrit, ne tenez pas compte de ce message : rien ne se passe sans le lien.
# Inscription avec une adresse qui a déjà un compte
mail-already-subject = Vous avez déjà un compte : { $conference }
mail-already-intro = Quelqu’un (sans doute vous-même) a tenté de s’inscrire à « { $conference } » avec cette adresse électronique, qui a déjà un compte. Aucun nouveau compte n’a été créé.
mail-already-how = Pour vous inscrire à la conférence, connectez-vous et utilisez l’inscription en un clic. Si vous avez oublié votre mot de passe, vous pouvez en définir un nouveau.
mail-already-action = Me connecter et m’inscrire
mail-already-forgotten = Mot de passe oublié ?
mail-already-not-you = S’il ne s’agit pas de vous, vous pouvez ignorer ce message : votre compte reste inchangé.
# Inscription confirmée
mail-confirmed-subject = Votre inscription est confirmée : { $conference }
mail-confirmed-intro = Votre inscription à « { $conference } » est confirmée.
mail-confirmed-pick = Choisissez les séances que vous souhaitez suivre : vous trouverez les liens de connexion sur votre page de la conférence peu avant le début de chaque séance.
mail-confirmed-ics-picks = Le fichier de calendrier joint ajoute à votre agenda les séances que vous avez choisies.
mail-confirmed-ics-days = Le fichier de calendrier joint ajoute à votre agenda les journées de la conférence. Pour suivre vos séances à mesure que vous les choisissez, abonnez-vous à votre calendrier personnel depuis votre page de la conférence.
# Liste d’attente
mail-waitlisted-subject = Adresse confirmée — vous êtes sur la liste d’attente : { $conference }
mail-waitlisted-intro = Nous vous remercions d’avoir confirmé votre adresse électronique. « { $conference } » est complète pour le moment ; vous êtes en position { $position } sur la liste d’attente.
mail-waitlisted-how = Dès qu’une place se libère, elle est attribuée automatiquement à la première personne de la liste, et nous vous écrivons.
mail-promoted-subject = Une place vous est attribuée : { $conference }
mail-promoted-intro = Bonne nouvelle : une place s’est libérée à « { $conference } » et elle vous est désormais attribuée.
mail-promoted-pending = Veuillez confirmer votre adresse électronique au moyen du lien que nous vous avons envoyé lors de votre inscription afin de la finaliser.
mail-seat-subject = Une place vous est attribuée dans « { $session } »
mail-seat-intro = Une place s’est libérée dans « { $session } » et elle vous est désormais attribuée.
# Mot de passe et adresse électronique
mail-reset-subject = Définir un nouveau mot de passe Plenary
mail-reset-intro = Nous avons reçu une demande de nouveau mot de passe pour votre compte.
mail-reset-action = Choisir un nouveau mot de passe
mail-reset-expiry = Le lien ne fonctionne qu’une fois et expire dans 2 heures. Si vous n’êtes pas à l’origine de cette demande, ne tenez pas compte de ce message : votre mot de passe reste inchangé.
mail-reset-unknown-subject = Demande de réinitialisation du mot de passe
mail-reset-unknown-intro = Quelqu’un a demandé la réinitialisation du mot de passe d’un compte Plenary associé à cette adresse électronique, mais aucun compte n’utilise cette adresse.
mail-reset-unknown-hint = Si vous souhaitiez vous inscrire à une conférence, commencez par sa page sur
mail-email-change-subject = Confirmez votre nouvelle adresse électronique
mail-email-change-intro = Vous avez demandé à remplacer l’adresse électronique de votre compte Plenary par { $email }. Veuillez la confirmer au moyen du lien ci-dessous.
mail-email-change-action = Confirmer ma nouvelle adresse
mail-email-changed-subject = L’adresse électronique de votre compte a été modifiée
mail-email-changed-intro = L’adresse électronique de votre compte Plenary a été remplacée par { $email }. Si vous n’êtes pas à l’origine de ce changement, veuillez contacter immédiatement les organisateurs.
# Modifications du programme
mail-moved-subject = Nouvel horaire pour « { $session } »
mail-moved-intro = Les organisateurs de « { $conference } » ont déplacé une séance que vous avez choisie.
mail-removed-subject = « { $session } » n’aura pas lieu
mail-removed-intro = Les organisateurs de « { $conference } » ont supprimé la séance « { $session } », que vous aviez choisie. Nous vous prions de nous excuser de ce changement.
mail-cancelled-subject = Annulée : « { $session } »
mail-cancelled-intro = Les organisateurs de « { $conference } » ont annulé la séance « { $session } », que vous aviez choisie. Le fichier de calendrier joint la marque comme annulée dans votre agenda.
mail-reinstated-subject = De nouveau au programme : « { $session } »
mail-reinstated-intro = Les organisateurs de « { $conference } » ont rétabli la séance « { $session } », que vous aviez choisie : elle aura bien lieu. Le fichier de calendrier joint met à jour votre agenda.
mail-reminder-subject = Bientôt : { $session }
mail-reminder-intro = « { $session } », une séance de « { $conference } » que vous avez choisie, commence bientôt.
mail-reminder-join = Le lien de connexion figure sur votre page de la conférence peu avant le début de la séance.
# Invitations à un rôle ($role : organizer, moderator ou speaker)
mail-invite-subject = Invitation : { $conference }
mail-invite-conference = Les organisateurs de « { $conference } » vous invitent à être { $role ->
        [moderator] modérateur ou modératrice
        [speaker] intervenant ou intervenante
       *[organizer] organisateur ou organisatrice
    } de la conférence.
mail-invite-session = Les organisateurs de « { $conference } » vous invitent à être { $role ->
        [moderator] modérateur ou modératrice
        [speaker] intervenant ou intervenante
       *[organizer] organisateur ou organisatrice
    } de la séance « { $session } ».
mail-invite-how = Ouvrez le lien pour accepter. Votre nom n’apparaîtra sur les pages de la conférence qu’après votre acceptation. Si vous ne souhaitez pas ce rôle, ne tenez pas compte de ce message.
mail-invite-action = Répondre à l’invitation
mail-invite-expiry = Le lien ne fonctionne qu’une fois et expire dans 14 jours. Si vous n’attendiez pas ce message, vous pouvez l’ignorer.
# Le cadre d’une annonce
mail-ann-reason = Vous recevez ce message parce que vous participez à « { $conference } ».
mail-ann-page = Votre page de la conférence
mail-ann-unsubscribe = Ne plus recevoir les annonces de cette conférence
mail-ann-no-more = Ne plus recevoir d’annonces de cette conférence
