## Back office, parte B (configuración de la conferencia, identidad, vídeo, programa,
## sesiones) y páginas de moderadores y ponentes. Claves con el prefijo orgb-.

orgb-error-prefix = Error:
orgb-cancelled = Cancelada
orgb-save = Guardar
orgb-cancel = Cancelar
orgb-edit = Editar
orgb-delete = Eliminar
orgb-duplicate = Duplicar
orgb-reinstate = Restablecer
orgb-no-go-back = No, volver
orgb-no-keep-it = No, conservarla
orgb-you = (usted)
orgb-minutes-short = { $minutes } min

## Moderators' and speakers' pages

orgb-mod-profile-link = Edite su perfil público
orgb-mod-profile-after = (tratamiento, cargo, foto, biografía), que se muestra en las páginas de sus sesiones.
orgb-mod-none = Todavía no modera ni interviene en ninguna sesión.
orgb-mod-none-more = Cuando los organizadores de una conferencia lo añadan a una sesión como moderador o ponente, esta aparecerá aquí con su horario en su zona, el orden de intervenciones y el enlace de reunión para los anfitriones. Para seguir sesiones como asistente, consulte
orgb-mod-none-link = las conferencias
orgb-zone-current = Los horarios se muestran en { $zone }.
orgb-zone-label = Mostrar los horarios en
orgb-zone-button = Cambiar de zona horaria
orgb-mod-session-link = Página de la sesión y orden de intervenciones
orgb-roster = Lista de asistentes
orgb-mod-session-title = { $title } — mi sesión
orgb-when-your-time = Cuándo (su hora, { $zone })
orgb-moderator = Moderador
orgb-open-roster = Abrir la lista de asistentes
orgb-public-session-page = Página pública de la sesión
orgb-run-of-show = Orden de intervenciones
orgb-no-speakers = No hay ponentes en esta sesión.
orgb-run-of-show-intro = Indique el orden en que los ponentes toman la palabra (1 es el primero) y, si lo desea, cuántos minutos tiene cada uno.
orgb-run-of-show-caption-edit = Ponentes, su orden y su tiempo de intervención
orgb-run-of-show-caption = Ponentes por orden de intervención
orgb-col-speaker = Ponente
orgb-col-position = Posición
orgb-col-slot-optional = Tiempo (minutos, opcional)
orgb-col-order = Orden
orgb-col-slot = Tiempo
orgb-position-of = Posición de { $name }
orgb-slot-of = Tiempo de intervención de { $name }, en minutos
orgb-save-run-of-show = Guardar el orden de intervenciones
orgb-host-open = Abrir la reunión
orgb-host-open-note = (enlace para moderadores y ponentes)
orgb-host-opens-at = El enlace de reunión para los anfitriones aparecerá el { $when }.
orgb-host-ended = Esta sesión ha terminado.

## Attendees by country

orgb-cc-heading = Asistentes por país
orgb-nobody-enrolled = Todavía no hay nadie inscrito en esta sesión.
orgb-cc-summary = { $enrolled } de { $countries };
orgb-cc-enrolled =
    { $count ->
        [one] { $n } inscrito
       *[other] { $n } inscritos
    }
orgb-cc-countries =
    { $count ->
        [one] { $n } país
       *[other] { $n } países
    }
orgb-cc-joined =
    { $count ->
        [one] { $n } conectado.
       *[other] { $n } conectados.
    }
orgb-cc-joined-short =
    { $count ->
        [one] { $n } conectado
       *[other] { $n } conectados
    }
orgb-cc-chart-all = Conectados / inscritos: barras oscuras, conectados; barras claras, inscritos. Todos los países figuran en la tabla siguiente.
orgb-cc-chart-partial =
    { $count ->
        [one] Conectados / inscritos del país con más asistentes: barras oscuras, conectados; barras claras, inscritos. Todos los países figuran en la tabla siguiente.
       *[other] Conectados / inscritos de los { $n } países con más asistentes: barras oscuras, conectados; barras claras, inscritos. Todos los países figuran en la tabla siguiente.
    }
orgb-cc-caption = Asistentes inscritos y conectados por país
orgb-col-country = País
orgb-col-enrolled = Inscritos
orgb-col-joined = Conectados
orgb-col-total = Total

## Roster

orgb-roster-title = Lista de asistentes — { $title }
orgb-undo = Deshacer
orgb-times-in = horarios en { $zone }
orgb-roster-read-only = Los organizadores comparten esta lista con los ponentes de la sesión. Es de solo lectura: solo los moderadores registran la asistencia.
orgb-roster-filter-label = Filtrar la lista de asistentes
orgb-search = Buscar
orgb-search-hint = Nombre, organización o dirección de correo electrónico
orgb-all-countries = Todos los países
orgb-attendance = Asistencia
orgb-everyone = Todos
orgb-not-joined = No conectado
orgb-sort-by = Ordenar por
orgb-sort-name = Nombre
orgb-sort-joined = Hora de conexión, primeras llegadas primero
orgb-sort-joined-latest = Hora de conexión, últimas llegadas primero
orgb-apply = Aplicar
orgb-clear = Borrar
orgb-refresh = Actualizar
orgb-download-csv = Descargar en CSV
orgb-download-csv-hidden = las filas mostradas
orgb-print = Imprimir
orgb-roster-showing = Se muestran { $matching } de { $enrolled }
orgb-roster-of-them-joined =
    { $count ->
        [one] ({ $n } de ellos conectado).
       *[other] ({ $n } de ellos conectados).
    }
orgb-roster-waitlisted =
    { $count ->
        [one] { $n } persona más en la lista de espera de la sesión.
       *[other] { $n } personas más en la lista de espera de la sesión.
    }
orgb-roster-updated = Actualizado a las { $time }.
orgb-roster-no-match = Nadie coincide con estos filtros.
orgb-roster-caption = Asistentes
orgb-roster-caption-filtered = Asistentes que coinciden con los filtros
orgb-range-of = { $range } de { $total }
orgb-rows-of = Filas { $range } de { $total }
orgb-col-organisation = Organización
orgb-col-registration = Inscripción
orgb-col-check-in = Asistencia
orgb-checked-in-by-hand = (asistencia registrada por un moderador)
orgb-present-minutes =
    { $count ->
        [one] presente { $n } min
       *[other] presente { $n } min
    }
orgb-mark-absent = Marcar ausente
orgb-mark-present = Marcar presente
orgb-roster-pages = Páginas de la lista de asistentes
orgb-roster-no-rows = No hay filas en esta página.
orgb-previous-page = Página anterior
orgb-next-page = Página siguiente

## Back office: conferences

orgb-create-conference = Crear una conferencia
orgb-no-conferences = Todavía no organiza ninguna conferencia.
orgb-create-first = Cree la primera.
orgb-your-conferences = Sus conferencias
orgb-col-conference = Conferencia
orgb-col-dates = Fechas
orgb-col-status = Estado
orgb-published = Publicada
orgb-draft = Borrador
orgb-overview-title = { $title } — back office
orgb-capacity-n = capacidad { $n }
orgb-stat-countries =
    { $count ->
        [one] país (confirmado)
       *[other] países (confirmados)
    }
orgb-stat-sessions =
    { $count ->
        [one] sesión
       *[other] sesiones
    }
orgb-is-published = La conferencia está publicada.
orgb-is-draft = La conferencia es un borrador: solo los organizadores pueden verla.
orgb-publish = Publicar
orgb-unpublish = Retirar la publicación
orgb-public-page = Página pública
orgb-preview-public-page = Previsualizar la página pública
orgb-preview-note = (solo los organizadores la ven hasta que la publique)
orgb-not-published = No publicada
orgb-nav-label = Back office de la conferencia
orgb-settings = Configuración
orgb-identity-link = Logotipo, banner, color de acento y línea de contacto
orgb-field-title = Título
orgb-field-slug = Dirección web
orgb-field-slug-hint = Letras minúsculas, cifras y guiones. La conferencia estará en /c/esta-direccion.
orgb-field-description = Descripción
orgb-field-description-hint = Markdown: **negrita**, [enlaces](https://…), listas. Se muestra en la página de la conferencia.
orgb-field-starts-on = Primer día
orgb-field-ends-on = Último día
orgb-field-time-zone = Zona horaria de la conferencia
orgb-field-time-zone-hint = Nombre IANA, como Europe/Zurich. Los días y horas que introduzca están en esta zona.
orgb-field-opens = Apertura de las inscripciones (opcional)
orgb-field-opens-hint = En la zona horaria de la conferencia. Vacío: abiertas desde ahora.
orgb-field-closes = Cierre de las inscripciones (opcional)
orgb-field-closes-hint = Vacío: abiertas hasta que usted las cierre.
orgb-field-capacity = Capacidad (opcional)
orgb-field-capacity-hint = Las inscripciones que la superen pasan a la lista de espera.
orgb-field-quota = Número máximo de inscritos por país (opcional)
orgb-field-quota-hint = Mantiene el equilibrio entre países; el excedente pasa a la lista de espera.
orgb-field-join-lead = Minutos antes de una sesión en que aparecen los enlaces de conexión
orgb-field-privacy = Aviso de privacidad
orgb-field-privacy-hint = Las personas inscritas lo aceptan al registrarse.
orgb-field-sender = Dirección de respuesta para el correo (opcional)
orgb-field-sender-hint = Las respuestas a los anuncios llegan a esta dirección (Reply-To).
orgb-field-short-name = Nombre corto para el correo (opcional)
orgb-field-short-name-hint = Encabeza el asunto de los anuncios, como «[IP & AI 2020] Actualización del programa». Vacío: el título.
orgb-field-speakers-roster = Los ponentes pueden ver las listas de asistentes de sus sesiones
orgb-field-speakers-roster-hint = De lo contrario, los ponentes solo ven los recuentos por país.
orgb-field-reminders = Enviar recordatorios de las sesiones a los asistentes inscritos
orgb-field-reminder-minutes = Minutos antes de cada sesión para enviar el recordatorio
orgb-create-the-conference = Crear la conferencia
orgb-save-settings = Guardar la configuración
orgb-limits-title = Confirmar los nuevos límites — { $title }
orgb-limits-heading =
    { $count ->
        [one] ¿Admitir a { $n } persona de la lista de espera?
       *[other] ¿Admitir a { $n } personas de la lista de espera?
    }
orgb-limits-with = Con una capacidad de { $capacity } y un cupo por país de { $quota },
orgb-limits-promoted =
    { $count ->
        [one] { $n } persona inscrita en la lista de espera obtiene una plaza, por orden de llegada.
       *[other] { $n } personas inscritas en la lista de espera obtienen una plaza, por orden de llegada.
    }
orgb-limits-mailed = Cada una de ellas recibe un correo de inmediato; esto no se revierte volviendo a reducir los límites.
orgb-limits-yes =
    { $count ->
        [one] Sí, guardar y admitir a { $n } persona
       *[other] Sí, guardar y admitir a { $n } personas
    }
orgb-limits-no = No, volver a la configuración
orgb-no-limit = sin límite
orgb-unpublish-title = Retirar la publicación de la conferencia — { $title }
orgb-unpublish-heading = ¿Retirar la publicación de «{ $title }»?
orgb-unpublish-intro = Hasta que vuelva a publicarla, todas las personas salvo sus organizadores obtendrán «no encontrado» en:
orgb-unpublish-pages = las páginas públicas: la página de la conferencia, el programa, cada página de sesión y el formulario de inscripción;
orgb-unpublish-exports = las exportaciones:
orgb-unpublish-feeds = los calendarios a los que se suscribieron los asistentes y los enlaces de los correos ya enviados.
orgb-unpublish-kept = Se conservan las inscripciones, las sesiones elegidas y todo el contenido del back office. Los organizadores aún pueden previsualizar las páginas públicas.
orgb-unpublish-yes = Sí, retirar la publicación
orgb-unpublish-no = No, mantenerla publicada

## Identity

orgb-identity = Identidad visual
orgb-identity-lead = El logotipo, el banner y el color de acento que se muestran en las páginas públicas, en los correos y en las listas impresas.
orgb-field-accent = Color de acento (opcional)
orgb-field-accent-hint = Seis cifras hexadecimales, como #1b4f8f. El texto blanco sobre este color, y este color usado para los enlaces de la página, deben alcanzar un contraste de 4,5:1.
orgb-field-contact = Línea de contacto de los organizadores (opcional)
orgb-field-contact-hint = Se muestra al pie de las páginas públicas, por ejemplo «Consultas: events@example.org».
orgb-identity-save = Guardar el color y el contacto
orgb-identity-current =
    { $field ->
        [logo] Logotipo actual
       *[banner] Banner actual
    }
orgb-identity-remove =
    { $field ->
        [logo] Quitar el logotipo
       *[banner] Quitar el banner
    }
orgb-identity-none =
    { $field ->
        [logo] Todavía no hay logotipo.
       *[banner] Todavía no hay banner.
    }
orgb-identity-upload-label =
    { $field ->
        [logo] Subir un nuevo logotipo
       *[banner] Subir un nuevo banner
    }
orgb-identity-upload =
    { $field ->
        [logo] Subir el logotipo
       *[banner] Subir el banner
    }

## Video

orgb-video-title = Vídeo — { $title }
orgb-video-heading = Plataforma de vídeo
orgb-video-lead = Los asistentes, moderadores y ponentes siempre utilizan el enlace de conexión de Plenary; al hacer clic, Plenary envía a cada persona a la plataforma con el rol que le corresponde.
orgb-video-where = Dónde se celebran las sesiones
orgb-field-bbb-url = Dirección del servidor
orgb-field-bbb-url-hint = Tal como la muestra bbb-conf --secret, por ejemplo https://bbb.example.org/bigbluebutton/
orgb-field-bbb-secret = Secreto compartido
orgb-secret-saved-hint = Hay un secreto guardado. Deje el campo vacío para conservarlo; escriba uno nuevo para sustituirlo.
orgb-field-checksum = Suma de verificación
orgb-checksum-sha256 = SHA-256 (BigBlueButton 2.5 y posteriores)
orgb-checksum-sha1 = SHA-1 (servidores más antiguos)
orgb-field-jitsi-domain = Dominio
orgb-field-jitsi-domain-hint = Por ejemplo meet.example.org
orgb-field-jitsi-app-id = Identificador de la aplicación
orgb-field-jitsi-app-id-hint = El emisor (iss) que espera la autenticación por token del servidor
orgb-field-jitsi-secret = Secreto de la aplicación
orgb-video-save = Guardar la configuración de vídeo
orgb-video-test = Probar la conexión
orgb-sessions = Sesiones
orgb-no-sessions = Todavía no hay sesiones.
orgb-session-video-title = Opciones de vídeo — { $title }
orgb-session-video-heading = Opciones de vídeo de «{ $title }»
orgb-field-record = Grabar la reunión (BigBlueButton)
orgb-field-stream = Dirección de la retransmisión
orgb-field-stream-hint = Una página de YouTube, PeerTube u Owncast, o una dirección HLS: los asistentes que superen el límite siguen la retransmisión
orgb-field-audience-cap = Aforo máximo de la reunión
orgb-field-audience-cap-hint = BigBlueButton recomienda unas 100 personas por reunión; los anfitriones siempre pueden entrar
orgb-back-to-video = Volver a la configuración de vídeo

## Agenda and sessions

orgb-agenda-title = Programa — { $title }
orgb-agenda-heading = Programa
orgb-agenda-zone = Horarios en la zona de la conferencia, { $zone }.
orgb-add-session = Añadir una sesión
orgb-agenda-empty = Todavía no hay sesiones. Añada la sesión de apertura para comenzar el programa.
orgb-agenda-caption = Sesiones del { $day }
orgb-col-time = Hora
orgb-col-session = Sesión
orgb-col-people = Personas
orgb-col-actions = Acciones
orgb-agenda-moderator = Moderación: { $names }
orgb-agenda-speakers = Ponentes: { $names }
orgb-conflict-title = Otra persona ha modificado esta sesión — { $title }
orgb-conflict-heading = Otra persona ha modificado esta sesión mientras usted la editaba
orgb-conflict-lead = No se ha sobrescrito nada. Compare las dos versiones y conserve la suya o guarde la de usted en su lugar.
orgb-conflict-theirs = La versión guardada
orgb-conflict-keep = Conservar la versión guardada
orgb-conflict-yours = Su versión
orgb-conflict-save = Guardar mi versión en su lugar
orgb-when = Cuándo
orgb-track = Línea temática
orgb-capacity = Capacidad
orgb-session-add-title = Añadir una sesión — { $title }
orgb-session-edit-title = Editar una sesión — { $title }
orgb-edit-session = Editar la sesión
orgb-times-are-in = Los horarios están en { $zone }.
orgb-moderators-and-speakers = Moderadores y ponentes
orgb-field-notify = Si cambia el horario, avisar por correo a los asistentes que eligieron esta sesión
orgb-picked-count =
    { $count ->
        [one] { $n } asistente eligió esta sesión.
       *[other] { $n } asistentes eligieron esta sesión.
    }
orgb-add-the-session = Añadir la sesión
orgb-save-session = Guardar la sesión
orgb-field-kind = Tipo
orgb-field-abstract = Resumen
orgb-field-day = Día
orgb-field-start = Comienza a las
orgb-field-start-hint = En la zona de la conferencia.
orgb-field-end = Termina a las
orgb-field-track = Línea temática o sala (opcional)
orgb-field-track-hint = Elija una sala de esta conferencia o escriba una nueva; las mayúsculas y los espacios no crean una sala nueva.
orgb-field-session-capacity-hint = Los asistentes que la superen pasan a la lista de espera de la sesión.
orgb-field-join-url = Enlace privado de conexión (opcional)
orgb-field-join-url-hint = Solo se muestra a las personas con inscripción confirmada, poco antes de la sesión.
orgb-reinstate-title = Restablecer una sesión — { $title }
orgb-cancel-title = Cancelar una sesión — { $title }
orgb-reinstate-heading = ¿Volver a incluir «{ $title }» en el programa?
orgb-reinstate-text = La sesión vuelve a mostrarse como prevista, también en las exportaciones y los calendarios.
orgb-cancel-heading = ¿Cancelar «{ $title }»?
orgb-cancel-text = La sesión sigue en el programa, marcada como cancelada; las exportaciones y los calendarios la marcan como cancelada
orgb-cancel-text-2 = y nadie puede conectarse a ella. Podrá restablecerla más adelante. Para retirarla por completo, puede en su lugar
orgb-cancel-delete-link = eliminarla.
orgb-cancel-mail = Recibirán un correo con el archivo de calendario actualizado.
orgb-nobody-picked = Todavía nadie ha elegido esta sesión.
orgb-reinstate-yes = Sí, restablecer la sesión
orgb-cancel-yes = Sí, cancelar la sesión
orgb-delete-title = Eliminar una sesión — { $title }
orgb-delete-heading = ¿Eliminar «{ $title }»?
orgb-delete-mail = Recibirán un correo indicando que no se celebrará.
orgb-delete-text = Se desasignan sus moderadores y ponentes. Esta acción no se puede deshacer.
orgb-delete-yes = Sí, eliminar la sesión

## Messages from the code: roles, times, flash and validation messages

orgb-role-moderator = Moderador
orgb-role-speaker = Ponente
orgb-role-moderator-and-speaker = Moderador y ponente
orgb-role-organizer = Organizador
orgb-rel-ended = terminada
orgb-rel-running = en curso
orgb-rel-minutes =
    { $count ->
        [one] empieza dentro de { $n } min
       *[other] empieza dentro de { $n } min
    }
orgb-rel-hours =
    { $count ->
        [one] empieza dentro de { $n } h
       *[other] empieza dentro de { $n } h
    }
orgb-rel-hours-minutes = empieza dentro de { $hours } h { $minutes } min
orgb-rel-days =
    { $count ->
        [one] empieza dentro de { $n } día
       *[other] empieza dentro de { $n } días
    }
orgb-date-at-time = el { $date } a las { $time }
orgb-my-slot = Interviene en la posición { $position } de { $total }
orgb-my-slot-minutes = { $place }, { $minutes } minutos
orgb-err-position-missing = Indique una posición para { $name }
orgb-err-position-range = Indique para { $name } una posición entre 1 y { $max }
orgb-err-slot-range = Indique para { $name } un tiempo de entre 1 y { $max } minutos, o deje el campo vacío
orgb-err-position-taken = La posición { $position } está asignada a más de un ponente: asigne a { $name } una posición propia
orgb-flash-run-of-show-saved = Se ha guardado el orden de intervenciones.
orgb-flash-marked-present = { $name } figura ahora como presente.
orgb-flash-marked-absent = { $name } figura ahora como ausente.
orgb-flash-already-present = { $name } ya figuraba como presente.
orgb-flash-already-absent = { $name } ya figuraba como ausente.
orgb-flash-nothing-to-undo = No hay nada que deshacer.
orgb-flash-undone-present = Deshecho: { $name } vuelve a figurar como presente.
orgb-flash-undone-absent = Deshecho: { $name } vuelve a figurar como ausente.
orgb-flash-not-undone = No se ha deshecho: la asistencia de { $name } se modificó entretanto.
orgb-deleted-account = Cuenta eliminada
orgb-flash-roster-moderators-only = Los organizadores de esta conferencia solo comparten los datos de los asistentes con los moderadores. Los recuentos por país figuran a continuación.
orgb-warn-overlap = Se solapa con «{ $title }» en la misma línea temática
orgb-warn-no-moderator = Todavía sin moderador
orgb-flash-session-added = La sesión se ha añadido al programa.
orgb-flash-with-notes = { $message } Nota: { $notes }.
orgb-flash-session-saved = La sesión se ha guardado.
orgb-flash-session-saved-notified =
    { $count ->
        [one] La sesión se ha guardado y se informará del nuevo horario a { $n } asistente.
       *[other] La sesión se ha guardado y se informará del nuevo horario a { $n } asistentes.
    }
orgb-err-double-booked = Este horario crea un conflicto para algunas personas: { $clashes }. Cambie primero el horario o las personas.
orgb-flash-session-deleted = La sesión se ha eliminado.
orgb-flash-session-deleted-notified =
    { $count ->
        [one] La sesión se ha eliminado; se informará a { $n } asistente.
       *[other] La sesión se ha eliminado; se informará a { $n } asistentes.
    }
orgb-flash-session-cancelled = La sesión se ha cancelado.
orgb-flash-session-cancelled-notified =
    { $count ->
        [one] La sesión se ha cancelado; se informará a { $n } asistente.
       *[other] La sesión se ha cancelado; se informará a { $n } asistentes.
    }
orgb-flash-session-reinstated = La sesión vuelve a figurar en el programa.
orgb-flash-session-reinstated-notified =
    { $count ->
        [one] La sesión vuelve a figurar en el programa; se informará a { $n } asistente.
       *[other] La sesión vuelve a figurar en el programa; se informará a { $n } asistentes.
    }
orgb-err-capacity-range = La capacidad debe ser un número entero entre { $min } y { $max }
orgb-err-quota-range = El cupo por país debe ser un número entero entre { $min } y { $max }
orgb-err-lead-range = La antelación de los enlaces de conexión debe ser un número entero entre { $min } y { $max }
orgb-err-reminder-range = Los minutos del recordatorio deben ser un número entero entre { $min } y { $max }
orgb-err-first-day = Introduzca el primer día como fecha, por ejemplo 2026-07-07
orgb-err-last-day = Introduzca el último día como fecha, por ejemplo 2026-07-07
orgb-err-date-time = Introduzca una fecha y una hora, por ejemplo 2026-06-01 09:00
orgb-err-title = Introduzca un título
orgb-err-slug = Utilice de 3 a 60 letras minúsculas, cifras y guiones, por ejemplo ip-ai-2026
orgb-err-last-before-first = El último día debe ser igual o posterior al primero
orgb-err-too-long = Una conferencia puede durar como máximo 31 días
orgb-err-close-before-open = El cierre de las inscripciones debe ser posterior a su apertura
orgb-err-quota-over-capacity = El cupo por país no puede superar la capacidad
orgb-err-privacy = Introduzca el aviso de privacidad que aceptan las personas inscritas
orgb-err-slug-taken = Otra conferencia ya utiliza esta dirección web; elija otra
orgb-flash-conference-created = La conferencia se ha creado como borrador. Añada su programa y sus organizadores y, a continuación, publíquela.
orgb-flash-settings-saved = Se ha guardado la configuración.
orgb-flash-settings-saved-promoted =
    { $count ->
        [one] Se ha guardado la configuración; { $n } persona ha salido de la lista de espera y ha recibido un correo.
       *[other] Se ha guardado la configuración; { $n } personas han salido de la lista de espera y han recibido un correo.
    }
orgb-flash-published = La conferencia está publicada: cualquiera puede verla e inscribirse.
orgb-flash-unpublished = Se ha retirado la publicación de la conferencia: las páginas públicas responden ahora «no encontrado».
orgb-err-time = Introduzca una hora, por ejemplo 14:30
orgb-err-kind = Elija el tipo de sesión
orgb-err-day-range = Elija un día de la conferencia (del { $first } al { $last })
orgb-err-day = Elija el día
orgb-err-session-capacity = La capacidad debe ser un número entero entre 1 y 100000, o quedar vacía
orgb-err-join-url = Introduzca la dirección completa de la reunión, que empiece por https://
orgb-logo = Logotipo
orgb-banner = Banner
orgb-flash-identity-saved = Se han guardado el color y la línea de contacto.
orgb-flash-picture-removed =
    { $field ->
        [logo] Se ha quitado el logotipo.
       *[banner] Se ha quitado el banner.
    }
orgb-flash-picture-saved =
    { $field ->
        [logo] Se ha guardado el logotipo.
       *[banner] Se ha guardado el banner.
    }
orgb-upload-hint = PNG o JPEG, de { $kb } KB como máximo. Se vuelve a codificar en PNG, lo que elimina metadatos como la ubicación.
orgb-err-picture-too-big = La imagen supera los { $kb } KB; elija una más pequeña
orgb-err-web-address = Introduzca la dirección completa, que empiece por https://
orgb-err-platform = Elija una plataforma de vídeo
orgb-err-jitsi-domain-spaces = Introduzca el dominio sin espacios, por ejemplo meet.example.org
orgb-err-bbb-url = Introduzca la dirección del servidor BigBlueButton
orgb-err-bbb-secret = Introduzca el secreto compartido del servidor
orgb-err-jitsi-domain = Introduzca el dominio de Jitsi
orgb-err-jitsi-app-id = Introduzca el identificador de aplicación que el servidor espera como emisor
orgb-err-jitsi-secret = Introduzca el secreto de la aplicación
orgb-video-recorded = con grabación
orgb-video-not-recorded = sin grabación
orgb-video-stream-set = retransmisión configurada
orgb-video-no-stream = sin retransmisión
orgb-video-audience-cap =
    { $count ->
        [one] aforo de { $n } persona
       *[other] aforo de { $n } personas
    }
orgb-flash-video-saved = Se ha guardado la configuración de la plataforma de vídeo.
orgb-video-test-ok = BigBlueButton respondió a getMeetings: la dirección y el secreto compartido funcionan.
orgb-video-test-failed = La prueba ha fallado: { $error }.
orgb-video-test-save-first = Guarde primero la dirección y el secreto del servidor.
orgb-video-test-jitsi = Jitsi no ofrece una API que consultar: el servidor comprueba los tokens cuando las personas se conectan. Entre en una sesión como anfitrión para probarlo.
orgb-video-test-choose = Elija primero BigBlueButton o Jitsi.
orgb-err-audience-cap = Introduzca un número de personas entre 1 y 100000
orgb-flash-session-video-saved = Se han guardado las opciones de vídeo de la sesión.
orgb-section-overview = Resumen
orgb-section-settings = Configuración
orgb-section-agenda = Programa
orgb-section-people = Personas
orgb-section-registrations = Inscripciones
orgb-section-statistics = Estadísticas
orgb-section-announcements = Anuncios
orgb-section-outbox = Correo saliente
orgb-section-audit = Registro de auditoría
orgb-section-video = Vídeo
orgb-status-pending = Pendientes de confirmación por correo
orgb-status-confirmed = Confirmadas
orgb-status-waitlisted = En lista de espera
orgb-status-cancelled = Canceladas
