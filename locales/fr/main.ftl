## La mise en page commune.

skip-to-content = Aller au contenu principal
nav-account-label = Compte
nav-my-sessions = Mes séances
nav-my-conference = Ma conférence
nav-my-schedule = Mon programme
nav-back-office = Administration
nav-sign-out = Se déconnecter
nav-sign-in = Se connecter
footer-tagline = Plenary — plateforme libre de conférences virtuelles.
lang-switcher-label = Langue

## Nombres ($count choisit la forme, $n affiche le nombre groupé).

registrants-count =
    { $count ->
        [one] { $n } participant
       *[other] { $n } participants
    }
sessions-count =
    { $count ->
        [one] { $n } séance
       *[other] { $n } séances
    }

## Forms shared by sign-up and the profile.

field-language = Langue
field-language-hint = Les pages et les messages que nous vous adressons sont rédigés dans cette langue.
field-language-invalid = Veuillez choisir l’une des langues proposées.
field-default-language = Langue par défaut
field-default-language-hint = Pour les visiteurs dont le navigateur ne demande aucune de nos langues, et pour les messages aux inscrits qui n’en ont choisi aucune.

## Video platforms (product names are not translated).

video-platform-none = Pas de vidéo
video-platform-link = Un lien par séance
