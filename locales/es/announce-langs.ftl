## Anuncios redactados en varios idiomas (incidencia 15, punto 6) y mensajes del
## código de servicio y del código web que antes solo estaban en inglés.

# Nombres de idioma usados tras «en»: «en árabe».
annl-lang-ar = árabe
annl-lang-zh = chino
annl-lang-en = inglés
annl-lang-fr = francés
annl-lang-ru = ruso
annl-lang-es = español
annl-heading = Versión en { $language } ({ $native })
annl-heading-own = Versión en { $language }
annl-main-legend = { $language }: idioma de la conferencia (obligatorio)
annl-others-title = Otros idiomas (opcional)
annl-others-hint = Los inscritos que eligieron uno de estos idiomas reciben esa versión; todos los demás reciben la versión en { $language }. Indique para cada versión un asunto y un mensaje, o déjela vacía.
annl-written = redactada
annl-subject-in = Asunto (en { $language })
annl-body-in = Mensaje (en { $language })
annl-err-subject-missing = Introduzca un asunto
annl-err-body-missing = Introduzca el mensaje
annl-err-subject-missing-in = Introduzca el asunto en { $language }, o deje vacío también el mensaje de esta versión
annl-err-body-missing-in = Introduzca el mensaje en { $language }, o deje vacío también el asunto de esta versión
annl-err-body-too-long = El mensaje no puede superar los { $max } caracteres
annl-err-audience-session = Elija una sesión de esta conferencia
annl-err-audience-missing = Elija quién recibe el anuncio
annl-err-send-at-format = Introduzca una fecha y una hora, por ejemplo 2026-06-01 09:00, o deje el campo vacío
annl-err-send-at-gap = Esta hora no existe en la zona horaria de la conferencia (cambio de hora): elija otra
annl-err-send-at-past = Elija una hora futura, o deje el campo vacío para enviar ahora
annl-reach =
    { $count ->
        [0] Ningún destinatario eligió leer en { $language }: por ahora nadie recibe esta versión.
        [one] { $n } destinatario eligió leer en { $language } y recibe esta versión.
       *[other] { $n } destinatarios eligieron leer en { $language } y reciben esta versión.
    }
annl-reach-default =
    { $count ->
        [0] Nadie recibe esta versión: cada destinatario dispone de una versión en su propio idioma.
        [one] { $n } destinatario recibe esta versión: quienes eligieron leer en { $language } y aquellos cuyo idioma no tiene versión.
       *[other] { $n } destinatarios reciben esta versión: quienes eligieron leer en { $language } y aquellos cuyo idioma no tiene versión.
    }
annl-test-button-versions =
    { $count ->
        [one] Enviarme una prueba
       *[other] Enviarme una prueba ({ $n } mensajes, uno por idioma)
    }
annl-test-subject = [Prueba] { $subject }
annl-progress-caption = Idiomas de este anuncio
annl-progress-language = Idioma
annl-progress-messages = Mensajes
annl-progress-default = idioma predeterminado

## Coincidencias de horario, detectadas al mover una sesión o al invitar a una persona.
annl-clash-person-in = { $name } ya participa en «{ $title }» a esa hora
annl-clash-elsewhere = { $name } tiene otro compromiso a esa hora
annl-clash-you-in = Usted ya participa en «{ $title }» a esa hora

## Solicitudes rechazadas antes de llegar a una página.
annl-edge-address-unreadable = La dirección web contiene caracteres que no se pueden leer.
annl-edge-form-unreadable = El formulario contiene caracteres que no se pueden leer.
annl-edge-form-unparsed = No se pudo leer el formulario.
annl-upload-unreadable = No se pudo leer el archivo enviado. Vuelva a intentarlo.
