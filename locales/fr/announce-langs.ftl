## Annonces rédigées en plusieurs langues (ticket 15, point 6), et messages du code
## de service et du code web autrefois rédigés en anglais seulement.

# Noms de langue employés après « en » : « en arabe ».
annl-lang-ar = arabe
annl-lang-zh = chinois
annl-lang-en = anglais
annl-lang-fr = français
annl-lang-ru = russe
annl-lang-es = espagnol
annl-heading = Version en { $language } ({ $native })
annl-heading-own = Version en { $language }
annl-main-legend = { $language } : langue de la conférence (obligatoire)
annl-others-title = Autres langues (facultatif)
annl-others-hint = Les inscrits qui ont choisi l'une de ces langues reçoivent la version correspondante ; tous les autres reçoivent la version en { $language }. Donnez à chaque version un objet et un message, ou laissez-la vide.
annl-written = rédigée
annl-subject-in = Objet (en { $language })
annl-body-in = Message (en { $language })
annl-err-subject-missing = Saisissez un objet
annl-err-body-missing = Saisissez le message
annl-err-subject-missing-in = Saisissez l'objet en { $language }, ou videz également le message de cette version
annl-err-body-missing-in = Saisissez le message en { $language }, ou videz également l'objet de cette version
annl-err-body-too-long = Le message ne doit pas dépasser { $max } caractères
annl-err-audience-session = Choisissez une séance de cette conférence
annl-err-audience-missing = Choisissez les destinataires de l'annonce
annl-err-send-at-format = Saisissez une date et une heure, par exemple 2026-06-01 09:00, ou laissez le champ vide
annl-err-send-at-gap = Cette heure n'existe pas dans le fuseau horaire de la conférence (changement d'heure) : choisissez-en une autre
annl-err-send-at-past = Choisissez une heure à venir, ou laissez le champ vide pour envoyer immédiatement
annl-reach =
    { $count ->
        [0] Aucun destinataire n'a choisi de lire en { $language } : personne ne reçoit cette version pour l'instant.
        [one] { $n } destinataire a choisi de lire en { $language } et reçoit cette version.
       *[other] { $n } destinataires ont choisi de lire en { $language } et reçoivent cette version.
    }
annl-reach-default =
    { $count ->
        [0] Personne ne reçoit cette version : chaque destinataire dispose d'une version dans sa propre langue.
        [one] { $n } destinataire reçoit cette version : ceux qui ont choisi de lire en { $language } et ceux dont la langue n'a pas de version.
       *[other] { $n } destinataires reçoivent cette version : ceux qui ont choisi de lire en { $language } et ceux dont la langue n'a pas de version.
    }
annl-test-button-versions =
    { $count ->
        [one] M'envoyer un essai
       *[other] M'envoyer un essai ({ $n } messages, un par langue)
    }
annl-test-subject = [Essai] { $subject }
annl-progress-caption = Langues de cette annonce
annl-progress-language = Langue
annl-progress-messages = Messages
annl-progress-default = langue par défaut

## Doubles réservations, relevées lorsqu'une séance est déplacée ou qu'une personne est invitée.
annl-clash-person-in = { $name } participe déjà à « { $title } » à ce moment-là
annl-clash-elsewhere = { $name } a un autre engagement à ce moment-là
annl-clash-you-in = Vous participez déjà à « { $title } » à ce moment-là

## Requêtes refusées avant d'atteindre une page.
annl-edge-address-unreadable = L'adresse web contient des caractères illisibles.
annl-edge-form-unreadable = Le formulaire contient des caractères illisibles.
annl-edge-form-unparsed = Le formulaire n'a pas pu être lu.
annl-upload-unreadable = Le fichier envoyé n'a pas pu être lu. Veuillez réessayer.
