## Pages des participants : Ma conférence, choix des séances, accès, confirmation, annulation.

att-status-pending = En attente de confirmation de l'adresse électronique
att-status-confirmed = Confirmée
att-status-waitlisted = Sur la liste d'attente
att-status-cancelled = Annulée
att-your-registration = Votre inscription :
att-register-again = S'inscrire de nouveau
att-send-link-again = Renvoyer le lien
att-back-to-me = Retour à ma page de conférence
att-back-to-session = Retour à la page de la séance
att-in-picks = Dans vos choix
att-picked = Choisie
att-on-session-waitlist = Sur la liste d'attente de la séance
att-join-session = Rejoindre la séance
att-join-link-from = Lien d'accès à partir du { $at }
att-session-ended = Cette séance est terminée.
att-pick = Choisir cette séance
att-unpick = Retirer de mes choix
att-overlaps = Chevauche votre choix « { $title } »
att-save-zone-question = Votre profil indique un autre fuseau horaire. Souhaitez-vous désormais utiliser { $zone } pour vos courriels et vos pages ?
att-save-zone-button = Enregistrer { $zone } dans mon profil

att-me-pending = Confirmez votre adresse électronique au moyen du lien que nous vous avons envoyé pour finaliser votre inscription.
att-me-waitlist-position = Vous êtes numéro { $position } sur la liste d'attente. Dès qu'une place se libère, elle vous est attribuée automatiquement et nous vous en informons par courriel.
att-me-cancelled = Votre inscription est annulée.
att-me-picked =
    { $count ->
        [one] Vous avez choisi { $n } séance.
       *[other] Vous avez choisi { $n } séances.
    }
att-me-join-lead =
    { $count ->
        [one] Les liens d'accès apparaissent ici { $n } minute avant le début de chaque séance.
       *[other] Les liens d'accès apparaissent ici { $n } minutes avant le début de chaque séance.
    }
att-me-country-hint = Le pays au titre duquel votre inscription est comptée. Corrigez-le ici s'il est erroné.
att-me-country-save = Enregistrer le pays
att-me-times = Les horaires sont indiqués dans le fuseau { $zone }.
att-me-change-zone = Changer de fuseau horaire
att-capacity-full =
    { $count ->
        [one] Complet ({ $n } place) : les nouveaux choix rejoignent la liste d'attente de la séance
       *[other] Complet ({ $n } places) : les nouveaux choix rejoignent la liste d'attente de la séance
    }
att-capacity-left =
    { $count ->
        [one] { $n } place restante sur { $cap }
       *[other] { $n } places restantes sur { $cap }
    }
att-feed-heading = Flux de calendrier
att-feed-new-intro = Abonnez-vous à cette adresse privée dans votre application de calendrier pour y voir les séances que vous avez choisies, avec leurs liens d'accès. Ne la communiquez à personne.
att-feed-copy-now = Copiez-la maintenant : elle n'est affichée que cette fois-ci.
att-feed-scrambled = Nous n'en conservons qu'une forme chiffrée et ne pouvons donc pas l'afficher de nouveau.
att-feed-google = Ajouter à Google Agenda
att-feed-outlook = Ajouter à Outlook
att-feed-apple = Ajouter à Calendrier Apple
att-feed-copy = Copier l'adresse
att-feed-rotate = Créer une nouvelle adresse (l'ancienne cessera de fonctionner)
att-feed-exists = Vous disposez d'un flux de calendrier privé. Son adresse a été affichée une seule fois, lors de sa création. Si vous ne l'avez plus, créez-en une nouvelle : l'ancienne adresse cessera alors de fonctionner.
att-feed-none = Obtenez une adresse de calendrier privée qui affiche les séances que vous avez choisies dans votre application de calendrier.
att-feed-create = Créer mon flux de calendrier
att-cancel-link = Annuler mon inscription

att-flash-picked = La séance a été ajoutée à vos choix.
att-flash-pick-waitlisted = La séance est complète : vous êtes sur sa liste d'attente et obtiendrez la prochaine place libérée.
att-flash-already-picked = Vous aviez déjà choisi cette séance.
att-flash-pick-not-confirmed = Vous pourrez choisir des séances une fois votre inscription confirmée.
att-flash-not-pickable = Cette séance ne peut pas être choisie.
att-flash-unpicked = La séance a été retirée de vos choix.
att-flash-not-picked = Cette séance ne figurait pas parmi vos choix.
att-flash-cancelled = Votre inscription est annulée et votre place a été libérée. Vous pouvez vous inscrire de nouveau tant que les inscriptions sont ouvertes.
att-flash-feed-rotated = Votre flux de calendrier a une nouvelle adresse ; l'ancienne ne fonctionne plus. Copiez la nouvelle adresse maintenant : elle n'est affichée qu'une seule fois.
att-flash-feed-created = Votre flux de calendrier personnel est prêt. Copiez son adresse maintenant : elle n'est affichée qu'une seule fois.
att-flash-not-registered = Vous n'êtes pas encore inscrit à cette conférence : veuillez d'abord vous inscrire.

att-cancel-title = Annuler votre inscription
att-cancel-heading = Annuler votre inscription ?
att-cancel-text = Votre place et vos places dans les séances reviendront aux personnes inscrites sur les listes d'attente. Votre compte est conservé ; vous pourrez vous inscrire de nouveau tant que les inscriptions sont ouvertes, mais vos places pourront avoir été attribuées entre-temps.
att-cancel-yes = Oui, annuler mon inscription
att-cancel-no = Non, la conserver
att-closed-heading = Les inscriptions ne sont pas ouvertes

att-confirm-heading = Confirmer votre inscription
att-confirm-lead = Vous confirmez ainsi l'adresse électronique { $email } et l'inscription de { $name } à « { $conference } ».
att-confirm-signed-in-as = Vous êtes connecté en tant que { $other }. La confirmation vous déconnecte de ce compte et vous connecte en tant que { $email }.
att-confirm-password = Votre mot de passe
att-confirm-password-hint = Le mot de passe choisi lors de votre inscription. Si vous l'avez oublié, inscrivez-vous de nouveau avec la même adresse et utilisez le lien figurant dans ce nouveau courriel.
att-confirm-sign-out-button = Se déconnecter et confirmer
att-confirm-button = Confirmer mon inscription
att-confirm-not-you = Si vous ne vous êtes pas inscrit, fermez cette page : rien ne se passe sans ce bouton.
att-confirm-password-missing = Saisissez le mot de passe choisi lors de votre inscription
att-confirm-password-wrong = Ce n'est pas le mot de passe choisi lors de l'inscription. Si vous ne vous êtes pas inscrit, fermez cette page
att-flash-confirmed = Votre inscription est confirmée. Choisissez les séances que vous souhaitez suivre.
att-flash-confirmed-waitlisted = Votre adresse électronique est confirmée. La conférence étant complète, vous êtes sur la liste d'attente.
att-link-used-title = Ce lien a déjà été utilisé
att-link-used-text =
    { $status ->
        [pending] Aucune autre démarche n'est nécessaire : votre inscription est en attente de confirmation de l'adresse électronique.
        [confirmed] Aucune autre démarche n'est nécessaire : votre inscription est confirmée.
        [waitlisted] Aucune autre démarche n'est nécessaire : votre inscription est sur la liste d'attente.
        [cancelled] Aucune autre démarche n'est nécessaire : votre inscription est annulée.
       *[other] Aucune autre démarche n'est nécessaire : votre inscription reste inchangée.
    }
att-link-go-to-me = Accéder à ma page de conférence
att-link-expired-title = Ce lien a expiré
att-link-expired-text = Les liens de confirmation sont valables 48 heures. Demandez-en un nouveau depuis la page d'inscription de la conférence.
att-link-invalid-title = Ce lien n'est pas valide
att-link-invalid-text = Vérifiez que vous avez copié l'adresse complète figurant dans le courriel.

att-resend-title = Renvoyer le lien
att-resend-heading = Renvoyer le lien de confirmation
att-resend-text = Saisissez l'adresse électronique utilisée pour votre inscription. Si une inscription associée attend une confirmation, nous envoyons un nouveau lien (les liens précédents ne cessent de fonctionner qu'à leur expiration).
att-email = Adresse électronique
att-resend-button = Envoyer le lien
att-sent-title = Consultez votre messagerie
att-sent-lead-to = Nous avons envoyé un courriel à { $email }.
att-sent-lead = Nous avons envoyé un courriel à votre adresse.
att-sent-text = Ouvrez le lien qu'il contient pour confirmer votre inscription. Ce lien est valable 48 heures. Si la conférence est complète, le courriel vous indique également votre rang sur la liste d'attente.
att-sent-spam = Aucun courriel après quelques minutes ? Vérifiez votre dossier de courrier indésirable.

att-join-title = Rejoindre « { $title } »
att-join-lead = Cette séance ne figure pas parmi vos choix. La rejoindre l'ajoute à vos choix et vous conduit à la réunion.
att-join-button = Choisir et rejoindre
att-join-unavailable = Le lien d'accès n'est pas disponible
att-join-not-confirmed = Les liens d'accès sont réservés aux personnes dont l'inscription est confirmée. Veuillez d'abord confirmer votre inscription.
att-join-no-seat = Le nombre de places de cette séance est limité : choisissez-la d'abord pour obtenir une place.
att-join-not-yet =
    { $count ->
        [one] Le lien s'ouvre { $n } minute avant la séance, le { $date } à { $time }.
       *[other] Le lien s'ouvre { $n } minutes avant la séance, le { $date } à { $time }.
    }
att-join-no-link = Cette séance n'a pas de lien d'accès.
att-stream-title = Regarder « { $title } »
att-stream-lead = Cette séance est suivie par tant de personnes que le public la regarde en diffusion en direct, tandis que les modérateurs et les intervenants se réunissent dans la salle vidéo.
att-stream-open = Ouvrir la diffusion en direct
att-video-failed-title = La réunion n'a pas pu être ouverte
att-video-failed-lead = La plateforme vidéo de « { $title } » ne nous a pas permis d'entrer pour le moment. Le problème ne vient pas de votre inscription. Veuillez réessayer dans un instant.
att-video-failed-detail = Réponse de la plateforme (visible par les hôtes) : { $detail }
att-video-not-configured = les paramètres de la plateforme sont incomplets
att-try-again = Réessayer
