## Connexion, page du compte et ses formulaires (mot de passe, adresse électronique,
## profil public, suppression), et les messages qu'ils affichent.

acc-field-email = Adresse électronique
acc-field-password = Mot de passe
acc-field-your-password = Votre mot de passe
acc-field-current-password = Mot de passe actuel
acc-field-new-password = Nouveau mot de passe
acc-field-new-email = Nouvelle adresse électronique
acc-field-name = Nom complet
acc-field-organisation = Organisation (facultatif)
acc-field-zone = Votre fuseau horaire
acc-field-zone-hint = Les horaires des sessions sont affichés dans ce fuseau, par exemple Asia/Tokyo.

## Connexion.

acc-login-title = Se connecter
acc-login-link-lasts = Le lien est valable 48 heures. Si vous ne trouvez pas le message ou si le lien a expiré :
acc-login-resend-link = demandez un nouveau lien de confirmation
acc-login-submit = Se connecter
acc-login-forgotten = Mot de passe oublié ?
acc-login-new-here = Première visite ? Ouvrez une conférence et inscrivez-vous.
acc-login-conferences-link = Voir la liste des conférences
acc-login-password-missing = Saisissez votre mot de passe
acc-login-unconfirmed = Veuillez d'abord confirmer votre adresse électronique : suivez le lien figurant dans le message que nous vous avons envoyé
acc-login-wrong = L'adresse électronique ou le mot de passe est incorrect
acc-login-signed-in = Vous êtes connecté(e) en tant que { $email }.

## La page du compte.

acc-title = Votre compte
acc-conferences-heading = Vos conférences
acc-conferences-none = Vous n'êtes encore inscrit(e) à aucune conférence.
acc-conferences-link = Voir les conférences
acc-details-heading = Vos coordonnées
acc-email-current-label = Adresse électronique :
acc-details-submit = Enregistrer mes coordonnées
acc-details-saved = Vos coordonnées sont enregistrées.
acc-security-heading = Sécurité et données
acc-security-profile = Votre profil public d'intervenant
acc-security-download = Télécharger vos données (JSON)
acc-signed-in-heading = Où vous êtes connecté(e)
acc-signed-in-count =
    { $count ->
        [one] Vous êtes connecté(e) sur ce navigateur uniquement.
       *[other] Vous êtes connecté(e) sur { $n } navigateurs ou appareils, y compris celui-ci.
    }
acc-sign-out-everywhere-intro = Vous avez perdu un appareil ou utilisé un ordinateur partagé ? Déconnectez-vous partout, y compris sur ce navigateur. Vous pourrez ensuite vous reconnecter ici.
acc-sign-out-everywhere = Se déconnecter partout
acc-zone-unknown = Ce fuseau horaire nous est inconnu ; votre profil n'a pas été modifié.
acc-zone-saved = Le fuseau horaire de votre profil est désormais { $zone }.

## Mots de passe.

acc-password-title = Modifier votre mot de passe
acc-password-new-title = Choisir un nouveau mot de passe
acc-password-length-hint = De 10 à 128 caractères.
acc-password-change-hint = De 10 à 128 caractères. Vos autres appareils seront déconnectés.
acc-password-submit = Modifier mon mot de passe
acc-password-new-submit = Enregistrer mon nouveau mot de passe
acc-password-ask-new-link = Demander un nouveau lien de réinitialisation
acc-current-password-missing = Saisissez votre mot de passe actuel
acc-current-password-wrong = Votre mot de passe actuel est incorrect
acc-password-wrong = Votre mot de passe est incorrect
acc-password-changed = Votre mot de passe a été modifié. Vos autres appareils ont été déconnectés.
acc-reset-title = Réinitialiser votre mot de passe
acc-reset-intro = Saisissez l'adresse électronique de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.
acc-reset-demo = Les comptes créés pour les participants fictifs de la démonstration n'ont pas de mot de passe tant qu'il n'en a pas été défini un de cette manière.
acc-reset-submit = M'envoyer un lien
# $email is already escaped; the markup is part of the message.
acc-reset-sent = Si l'adresse <strong>{ $email }</strong> correspond à un compte, nous lui avons envoyé un lien pour choisir un nouveau mot de passe. Ce lien n'est utilisable qu'une fois, pendant 2 heures.
acc-reset-back = Retour à la connexion
acc-reset-done = Votre nouveau mot de passe est enregistré et vous êtes connecté(e).
acc-reset-link-invalid = Ce lien de réinitialisation n'est plus valable (chaque lien n'est utilisable qu'une fois, pendant 2 heures). Veuillez en demander un nouveau.

## Changement d'adresse électronique.

acc-email-title = Modifier votre adresse électronique
# $email is already escaped; the markup is part of the message.
acc-email-now = Votre adresse actuelle est <strong>{ $email }</strong>. Nous envoyons un lien à la nouvelle adresse ; le changement prend effet lorsque vous l'ouvrez.
acc-email-submit = Envoyer le lien
acc-email-same = C'est déjà votre adresse électronique
acc-email-link-sent = Nous avons envoyé un lien à { $email }. Votre adresse sera modifiée lorsque vous l'ouvrirez.
# $email is already escaped; the markup is part of the message.
acc-email-confirm-lead = L'adresse électronique de votre compte deviendra <strong>{ $email }</strong>. Vous vous connecterez ensuite avec cette adresse.
acc-email-confirm-submit = Modifier mon adresse électronique
acc-email-confirm-not-you = Si vous n'avez pas demandé ce changement, fermez cette page : rien ne se passe sans le bouton.
acc-email-link-invalid = Ce lien n'est plus valable. Chaque lien n'est utilisable qu'une fois, pendant 48 heures.
acc-email-changed = Votre adresse électronique a été modifiée.
acc-email-taken = Cette adresse électronique appartient désormais à un autre compte ; la vôtre n'a donc pas été modifiée.

## Suppression du compte.

acc-delete-title = Supprimer votre compte
acc-delete-intro = Cette action annule vos inscriptions (vos places reviennent aux personnes en liste d'attente) et efface vos données personnelles : nom, adresse électronique, organisation, mot de passe, flux d'agenda et tous les messages qui vous ont été adressés et que nous conservions. Elle est irréversible.
acc-delete-download-first = Vous souhaiterez peut-être d'abord télécharger vos données.
acc-delete-what-stays = Ce qui subsiste ne permet pas de vous identifier : vos inscriptions sous forme d'enregistrements anonymes (pays, statut et dates) pour les statistiques des organisateurs, et les entrées du journal des modifications des organisateurs, où votre nom et votre adresse électronique sont remplacés par « utilisateur supprimé » suivi d'un numéro aléatoire.
acc-delete-password-hint = Pour confirmer qu'il s'agit bien de vous.
acc-delete-submit = Supprimer mon compte
acc-delete-password-missing = Saisissez votre mot de passe pour supprimer votre compte
acc-deleted-heading = Votre compte est supprimé
acc-deleted-removed = Nous avons effacé votre nom, votre adresse électronique, votre organisation, votre mot de passe, vos flux d'agenda et tous les messages qui vous ont été adressés et que nous conservions.
acc-deleted-stays = Ce qui subsiste ne permet pas de vous identifier :
acc-deleted-stays-registrations = vos inscriptions sous forme d'enregistrements anonymes (pays, statut et dates), nécessaires aux statistiques des organisateurs ;
acc-deleted-stays-log = les entrées du journal des modifications des organisateurs, où votre nom et votre adresse électronique sont remplacés par « utilisateur supprimé » suivi d'un numéro aléatoire.
acc-deleted-mailbox = Les messages que nous vous avons envoyés auparavant restent dans votre boîte de réception ; nous ne pouvons pas les supprimer.
acc-deleted-conferences-link = Aller à la liste des conférences

## Le profil public d'intervenant.

acc-profile-own-heading = Votre profil public
acc-profile-lead = Affiché sur les pages des sessions, sur une page qui lui est propre et dans les fichiers de programme de la conférence — uniquement tant que la case « Afficher ce profil publiquement » est cochée.
acc-profile-honorific = Titre honorifique (facultatif)
acc-profile-honorific-hint = Par exemple S. E., Dr, Pr.
acc-profile-job-title = Titre ou fonction (facultatif)
acc-profile-job-title-hint = Par exemple ministre de la Culture, directrice de la recherche.
acc-profile-country-hint = Facultatif.
acc-profile-biography = Courte biographie (facultatif)
acc-profile-biography-hint =
    { $count ->
        [one] { $n } caractère au maximum.
       *[other] { $n } caractères au maximum.
    }
acc-profile-consent = Afficher ce profil publiquement
acc-profile-consent-hint = Si la case n'est pas cochée, votre nom figure toujours dans le programme, mais aucune fiche, photo ni page vous concernant n'est affichée.
acc-profile-submit = Enregistrer le profil
acc-profile-saved = Le profil est enregistré.
acc-photo-heading = Photo
acc-photo-current = Photo actuelle
acc-photo-remove = Supprimer la photo
acc-photo-none = Pas encore de photo.
acc-photo-upload-label = Téléverser une photo
acc-photo-upload = Téléverser la photo
acc-photo-removed = La photo est supprimée.
acc-photo-saved = La photo est enregistrée.
