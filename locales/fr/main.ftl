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
