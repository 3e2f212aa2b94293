## Formulaires (macros.html) et pages d'erreur (communs à toutes les pages).

common-error-summary-title = Un problème est survenu
common-error-prefix = Erreur :
common-field-country = Pays
common-select-country = Sélectionnez un pays
common-go-home = Accéder à la liste des conférences
common-request-reference = Référence de la demande :
common-request-reference-hint = (statut { $status }). Veuillez l'indiquer si vous contactez les organisateurs.

common-err-sign-in = Se connecter
common-err-not-found-title = Page introuvable
common-err-not-found-text = Si vous avez saisi l'adresse vous-même, vérifiez qu'elle est exacte. Si vous l'avez collée, vérifiez que vous l'avez copiée en entier.
common-err-forbidden-title = Vous n'avez pas accès à cette page
common-err-forbidden-text = Connectez-vous avec un compte qui y a accès, ou adressez-vous aux organisateurs.
common-err-csrf-title = Votre formulaire a expiré
common-err-csrf-text = Pour votre sécurité, le formulaire n'a pas pu être accepté. Revenez en arrière, rechargez la page et envoyez-le de nouveau.
common-err-conflict-title = Une autre personne a modifié ces données entre-temps
common-err-rate-limited-title = Trop de tentatives
common-err-rate-limited-text =
    { $count ->
        [one] Veuillez patienter { $n } seconde avant de réessayer.
       *[other] Veuillez patienter { $n } secondes avant de réessayer.
    }
common-err-bad-request-title = La demande comporte une erreur
common-err-too-large-title = Votre envoi est trop volumineux
common-err-too-large-text = Raccourcissez le texte et réessayez.
common-err-unavailable-title = Le service est momentanément indisponible
common-err-unavailable-text = Rien n'a été enregistré : votre demande n'a pas été exécutée, même partiellement. Veuillez réessayer dans quelques secondes. Si vous envoyiez un formulaire, revenez en arrière avec le bouton Précédent de votre navigateur : votre saisie y est conservée.
common-err-internal-title = Nous sommes désolés, une erreur s'est produite de notre côté
common-err-internal-text = Veuillez réessayer dans un instant. Aucune de vos saisies n'a été enregistrée partiellement.
common-conflict-same-moment = Une autre personne a modifié ces données au même moment. Rechargez la page et vérifiez avant de réessayer.
common-conflict-slug-taken = Une autre conférence a pris cette adresse web au même moment. Veuillez en choisir une autre.
common-conflict-stale-session = Une autre personne a enregistré cette séance après que vous l'avez ouverte. Rechargez la page pour voir ses modifications.
