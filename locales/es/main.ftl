## El diseño común de las páginas.

skip-to-content = Ir al contenido principal
nav-account-label = Cuenta
nav-my-sessions = Mis sesiones
nav-my-conference = Mi conferencia
nav-my-schedule = Mi programa
nav-back-office = Administración
nav-sign-out = Cerrar sesión
nav-sign-in = Iniciar sesión
footer-tagline = Plenary: plataforma de código abierto para conferencias virtuales.
lang-switcher-label = Idioma

## Cantidades ($count elige la forma, $n muestra el número agrupado).

registrants-count =
    { $count ->
        [one] { $n } participante
       *[other] { $n } participantes
    }
sessions-count =
    { $count ->
        [one] { $n } sesión
       *[other] { $n } sesiones
    }
