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

## Forms shared by sign-up and the profile.

field-language = Idioma
field-language-hint = Las páginas y los mensajes que le enviamos se presentan en este idioma.
field-language-invalid = Elija uno de los idiomas de la lista.
field-default-language = Idioma predeterminado
field-default-language-hint = Para los visitantes cuyo navegador no solicita ninguno de nuestros idiomas y para los mensajes a las personas inscritas que no han elegido ninguno.

## Video platforms (product names are not translated).

video-platform-none = Sin vídeo
video-platform-link = Un enlace por sesión
