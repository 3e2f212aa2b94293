## Back office, parte A: inscripciones, estadísticas, personas, invitaciones, bandeja de salida,
## registro de auditoría y anuncios. Cifras: $count elige la forma, $n la muestra agrupada.

org-error-prefix = Error:
org-deleted-account = Cuenta eliminada

## Estados y funciones que se muestran.

org-status-pending = Pendiente de confirmar el correo electrónico
org-status-confirmed = Confirmada
org-status-waitlisted = En la lista de espera
org-status-cancelled = Cancelada
org-enrollment-enrolled = Inscrito
org-enrollment-waitlisted = En la lista de espera de la sesión
org-role-organizer = organizador
org-role-moderator = moderador
org-role-speaker = ponente

## Columnas comunes de las tablas.

org-col-name = Nombre
org-col-email = Correo electrónico
org-col-organisation = Organización
org-col-session = Sesión
org-col-sessions = Sesiones
org-col-when = Fecha
org-col-place = Plaza
org-col-picked = Elegida
org-col-attended = Asistencia
org-col-role = Función

## Paginación.

org-pager-first = Primera
org-pager-prev = Anterior
org-pager-next = Siguiente
org-pager-last = Última
org-pager-page = Página { $page } de { $pages }

## Tabla de inscripciones.

org-reg-title = Inscripciones
org-reg-title-lower = inscripciones
org-reg-find = Buscar inscripciones
org-reg-search = Buscar
org-reg-search-hint = Nombre, correo electrónico u organización
org-reg-status = Estado
org-reg-country = País
org-reg-session = Inscrito en la sesión
org-reg-sort = Ordenar por
org-reg-order = Orden
org-reg-apply = Aplicar
org-reg-clear = Borrar filtros
org-reg-any-status = Cualquier estado
org-reg-any-country = Cualquier país
org-reg-any-session = Cualquier sesión
org-reg-sort-registered = Fecha de inscripción
org-reg-registered = Inscripción
org-reg-ascending = Ascendente (A–Z, las más antiguas primero)
org-reg-descending = Descendente (Z–A, las más recientes primero)
org-reg-showing-none = Ninguna inscripción coincide.
org-reg-showing =
    { $count ->
        [one] Se muestra { $first }–{ $last } de { $n } inscripción.
       *[other] Se muestran { $first }–{ $last } de { $n } inscripciones.
    }
org-reg-download-csv =
    { $count ->
        [one] Descargar esta inscripción ({ $n }) en CSV
       *[other] Descargar estas { $n } inscripciones en CSV
    }
org-reg-caption = Inscripciones, página { $page } de { $pages }
org-reg-select = Seleccionar
org-reg-select-person = Seleccionar a { $name }
org-reg-pages = Páginas de inscripciones

## Acciones en bloque sobre las inscripciones.

org-bulk-legend = Acción en bloque
org-bulk-action = Acción
org-bulk-confirm = Confirmar
org-bulk-promote = Pasar desde la lista de espera
org-bulk-resend = Reenviar el enlace de confirmación
org-bulk-cancel = Cancelar
org-bulk-scope-selected = Las inscripciones marcadas
org-bulk-scope-filtered =
    { $count ->
        [one] La inscripción ({ $n }) que coincide con los filtros
       *[other] Las { $n } inscripciones que coinciden con los filtros
    }
org-bulk-continue = Continuar…
org-bulk-hint = La página siguiente indica a cuántas inscripciones se aplica la acción, antes de que cambie nada.
org-bulk-confirm-title = Confirmar una acción en bloque
org-bulk-heading-confirm =
    { $count ->
        [one] ¿Confirmar { $n } inscripción?
       *[other] ¿Confirmar { $n } inscripciones?
    }
org-bulk-heading-promote =
    { $count ->
        [one] ¿Pasar { $n } inscripción desde la lista de espera?
       *[other] ¿Pasar { $n } inscripciones desde la lista de espera?
    }
org-bulk-heading-resend =
    { $count ->
        [one] ¿Reenviar el enlace de confirmación a { $n } inscripción?
       *[other] ¿Reenviar el enlace de confirmación a { $n } inscripciones?
    }
org-bulk-heading-cancel =
    { $count ->
        [one] ¿Cancelar { $n } inscripción?
       *[other] ¿Cancelar { $n } inscripciones?
    }
org-bulk-yes-confirm = Sí, confirmar ({ $n })
org-bulk-yes-promote = Sí, pasar ({ $n })
org-bulk-yes-resend = Sí, reenviar ({ $n })
org-bulk-yes-cancel = Sí, cancelar ({ $n })
org-bulk-no = No, volver a las inscripciones
org-bulk-summary-filtered =
    { $count ->
        [one] { $n } inscripción coincide con los filtros; la acción se aplica a { $applicable } de ellas.
       *[other] { $n } inscripciones coinciden con los filtros; la acción se aplica a { $applicable } de ellas.
    }
org-bulk-summary-ticked =
    { $count ->
        [one] Hay { $n } inscripción marcada; la acción se aplica a { $applicable } de ellas.
       *[other] Hay { $n } inscripciones marcadas; la acción se aplica a { $applicable } de ellas.
    }
org-bulk-summary-skipped =
    { $count ->
        [one] La otra ({ $n }) se omite: su estado no lo permite.
       *[other] Las otras { $n } se omiten: su estado no lo permite.
    }
org-bulk-summary-audit = Cada persona recibe un correo y cada acción queda anotada en el registro de auditoría, como si se hiciera una por una.
org-bulk-name-confirm = Confirmación
org-bulk-name-promote = Paso desde la lista de espera
org-bulk-name-resend = Reenvío del enlace de confirmación
org-bulk-name-cancel = Cancelación
org-bulk-done =
    { $count ->
        [one] { $n } inscripción tramitada.
       *[other] { $n } inscripciones tramitadas.
    }
org-bulk-done-skipped =
    { $count ->
        [one] { $n } omitida (su estado no lo permite).
       *[other] { $n } omitidas (su estado no lo permite).
    }
org-bulk-done-line = { $action }: { $done }
org-bulk-flash-no-action = Elija una acción para las inscripciones.
org-bulk-flash-no-match = Ninguna inscripción coincide con los filtros.
org-bulk-flash-none-ticked = Marque al menos una inscripción o elija «todas las que coinciden con los filtros».

## Una inscripción.

org-reg-all = Todas las inscripciones
org-reg-waitlist-position = n.º { $n } en la lista de espera
org-reg-person = Persona
org-reg-not-verified = sin verificar
org-reg-none-given = no indicada
org-reg-time-zone = Zona horaria
org-reg-email-verified = Correo verificado
org-reg-deleted-note = Esta persona eliminó su cuenta. La inscripción se conserva, sin nombre ni correo, para los recuentos por país y estado.
org-reg-history = Historial del estado
org-reg-last-change = Último cambio
org-reg-picks = Sesiones elegidas
org-reg-no-picks = No ha elegido ninguna sesión.
org-reg-attended =
    { $count ->
        [one] Asistió a { $attended } de { $n } sesión elegida.
       *[other] Asistió a { $attended } de { $n } sesiones elegidas.
    }
org-reg-picks-caption = Sesiones elegidas por { $name }
org-reg-not-attended = no
org-reg-actions = Acciones
org-reg-promote-hint = Ambas otorgan una plaza aunque la conferencia esté completa. «Confirmar manualmente» envía la confirmación habitual; «Pasar» además comunica a la persona que ha quedado una plaza libre para ella.
org-reg-cancelled-note = Una inscripción cancelada no admite acciones; la persona puede volver a inscribirse mientras la inscripción esté abierta.
org-reg-action-resend = Reenviar el enlace de confirmación
org-reg-action-confirm = Confirmar manualmente
org-reg-action-promote = Pasar desde la lista de espera
org-reg-action-cancel = Cancelar esta inscripción
org-reg-flash-not-applicable =
    No se ha cambiado nada: la inscripción está { $status ->
        [pending] pendiente de confirmar el correo electrónico
        [confirmed] confirmada
        [waitlisted] en la lista de espera
       *[cancelled] cancelada
    }.
org-reg-flash-nobody = No se ha cambiado nada: esta cuenta se eliminó, así que no hay a quién escribir.
org-reg-flash-resent = Se ha enviado un nuevo enlace de confirmación a { $email }.
org-reg-flash-confirmed = La inscripción de { $name } está confirmada y se le ha enviado la confirmación.
org-reg-flash-cancelled = La inscripción está cancelada; sus plazas han pasado a las listas de espera.

## Estadísticas.

org-stats-title = Estadísticas
org-stats-reach =
    { $count ->
        [one] { $n } inscrito
       *[other] { $n } inscritos
    } de { $country_count ->
        [one] { $countries } país
       *[other] { $countries } países
    } (inscripciones confirmadas).
org-stats-by-status = Inscripciones por estado
org-stats-all = Total
org-stats-by-country = Inscripciones confirmadas por país
org-stats-none-confirmed = Aún no hay inscripciones confirmadas.
org-stats-bars-caption =
    { $count ->
        [one] El país con más inscritos confirmados.
       *[other] Los { $n } países con más inscritos confirmados, con barras a la misma escala.
    }
org-stats-others =
    { $count ->
        [one] Otros países ({ $countries }): { $n } inscrito en total, fuera de esta escala.
       *[other] Otros países ({ $countries }): { $n } inscritos en total, fuera de esta escala.
    }
org-stats-country-caption =
    { $count ->
        [one] Inscripciones confirmadas en el único país
       *[other] Inscripciones confirmadas en cada uno de los { $n } países
    }
org-stats-registrants = Inscritos
org-stats-share = Porcentaje (%)
org-stats-by-region = Inscripciones confirmadas por región
org-stats-region-caption = Inscripciones confirmadas por región M49 de las Naciones Unidas
org-stats-region = Región
org-stats-m49 = Código M49
org-stats-other-region = Otra o desconocida
org-stats-over-time = Evolución de las inscripciones
org-stats-per-day = Inscripciones por día
org-stats-day-chart-desc = Una línea con un punto por día del { $first } al { $last } (UTC); el día de mayor actividad registró { $peak } inscripciones. La tabla siguiente recoge cada día con inscripciones.
org-stats-day-chart-caption = Inscripciones por día, del { $first } al { $last } (UTC); máximo: { $peak }.
org-stats-no-signups = Aún no hay inscripciones.
org-stats-per-day-table = Inscripciones por día en forma de tabla
org-stats-per-day-caption = Inscripciones por día (UTC), en cualquier estado
org-stats-day = Día
org-stats-signups = Inscripciones
org-stats-video = Asistencia a las reuniones por vídeo
org-stats-video-caption = Personas que la plataforma de vídeo registró en una reunión, por país
org-stats-present = Personas presentes
org-stats-attendance = Asistencia por sesión
org-stats-no-sessions = Aún no hay sesiones.
org-stats-attendance-caption = Plazas elegidas y personas que asistieron (conectadas o registradas), por sesión

## Personas e invitaciones.

org-people-title = Personas
org-people-organizers = Organizadores
org-people-no-organizers = Aún no hay organizadores: invite al primero a continuación.
org-people-invite-organizer = Invitar a un coorganizador por correo electrónico
org-people-invite-hint = La persona recibe un enlace de invitación y aparece aquí cuando lo acepta.
org-people-send-invitation = Enviar la invitación
org-people-organizer-invitations = Invitaciones de organizadores pendientes de respuesta
org-people-session-people = Moderadores y ponentes
org-people-none = Aún no hay moderadores ni ponentes. Invítelos desde cada sesión del programa.
org-people-none-link = Abrir el programa
org-people-everyone = Todas las personas con una función en una sesión
org-people-session-invitations = Invitaciones a sesiones pendientes de respuesta
org-people-role-of =
    { $role ->
        [moderator] moderador
       *[speaker] ponente
    } de «{ $title }»
org-people-role-line =
    { $role ->
        [moderator] Moderador
       *[speaker] Ponente
    } de «{ $title }» ({ $when })
org-people-choose-role = Elija moderador o ponente
org-people-cannot-invite = No es posible invitar: { $clashes }.
org-people-has-role = Esta persona ya tiene esa función
org-people-already-invited = Ya hay una invitación para esta función pendiente de respuesta: reenvíela desde la lista
org-people-flash-sent = Invitación enviada a { $email }. La persona aparecerá aquí cuando la acepte.
org-people-flash-removed = La persona ya no está asignada a esta sesión.
org-people-flash-resent = Invitación reenviada a { $email }. El enlace anterior ya no es válido.
org-people-flash-withdrawn = Se ha retirado la invitación a { $email }. Su enlace ya no es válido.
org-inv-expired = Caducada
org-inv-waiting = Pendiente
org-inv-resend = Reenviar
org-inv-resend-hidden = la invitación a { $email } como { $what }
org-inv-withdraw = Retirar
org-inv-withdraw-hidden = la invitación a { $email } como { $what }
org-profile-heading = Perfil de { $name }

## Las personas de una sesión.

org-sp-title = Personas de «{ $title }»
org-sp-edit = Editar la sesión
org-sp-nobody = Nadie ha aceptado todavía una función. Toda sesión necesita un moderador.
org-sp-caption = Personas de esta sesión
org-sp-remove = Quitar
org-sp-remove-hidden = a { $name } como { $role }
org-sp-profile = Perfil
org-sp-profile-hidden = de { $name }
org-sp-invitations = Invitaciones pendientes de respuesta
org-sp-invitations-caption = Invitaciones a esta sesión pendientes de respuesta
org-sp-invite = Invitar a alguien
org-sp-email = Dirección de correo electrónico
org-sp-moderator = Moderador
org-sp-speaker = Ponente

## La página de invitación (vista de la persona invitada).

org-invite-title = Su invitación
org-invite-invalid-title = Invitación no válida
org-invite-invalid-heading = Esta invitación ya no es válida
org-invite-invalid-text = Las invitaciones sirven una sola vez, durante 14 días, salvo que los organizadores las retiren. Solicite una nueva a los organizadores.
org-invite-lead-organizer = Los organizadores de «{ $conference }» invitan a { $email } a formar parte del equipo organizador.
org-invite-lead-session =
    Los organizadores de «{ $conference }» invitan a { $email } a ser { $role ->
        [moderator] moderador
       *[speaker] ponente
    } de la sesión «{ $title }».
org-invite-flash-organizer = Ahora forma parte de los organizadores de «{ $conference }».
org-invite-flash-session =
    Ahora es { $role ->
        [moderator] moderador
       *[speaker] ponente
    } de la sesión «{ $title }» de «{ $conference }».
org-invite-accept-note = Si acepta, su nombre y su organización aparecerán con esta función en las páginas de la conferencia.
org-invite-accept = Aceptar la invitación
org-invite-other-account = Ha iniciado sesión como { $current }, pero esta invitación es para { $email }. Solo esa cuenta puede aceptarla.
org-invite-sign-out = Cierre la sesión y vuelva a abrir el enlace del correo.
org-invite-has-account = Existe una cuenta para { $email }. Inicie sesión para aceptar la invitación.
org-invite-sign-in = Iniciar sesión para aceptar
org-invite-forgotten = ¿Ha olvidado su contraseña?
org-invite-reset = Restablézcala
org-invite-reset-after = , y vuelva a abrir el enlace del correo.
org-invite-new-account = Indique su nombre, su país y una contraseña para crear su cuenta y aceptar.
org-invite-name = Su nombre
org-invite-name-hint = Tal como debe aparecer en las páginas de la conferencia.
org-invite-password = Elija una contraseña
org-invite-password-hint = De 10 a 128 caracteres.
org-invite-create = Aceptar y crear mi cuenta
org-invite-double-booked = No puede aceptar: { $clashes }. Pida a los organizadores que cambien el horario o abandone antes la otra sesión.

## Bandeja de salida.

org-outbox-title = Bandeja de salida
org-outbox-queued = en cola
org-outbox-delivered = entregados
org-outbox-failed = fallidos
org-outbox-backlog =
    { $count ->
        [one] { $n } mensaje está pendiente de envío.
       *[other] { $n } mensajes están pendientes de envío.
    }
org-outbox-oldest = El más antiguo espera desde el { $since }.
org-outbox-last-error-label = Último error:
org-outbox-lookup = Buscar un destinatario
org-outbox-lookup-hint = ¿Recibió alguien su correo? Escriba su dirección de correo electrónico o parte de ella.
org-outbox-lookup-button = Buscar
org-outbox-lookup-none = Ningún correo de esta conferencia se envió a una dirección que contenga «{ $to }».
org-outbox-lookup-caption = Correos a direcciones que contienen «{ $to }», los más recientes primero
org-outbox-first-n = (los primeros { $n })
org-outbox-recipient = Destinatario
org-outbox-subject = Asunto
org-outbox-state = Estado
org-outbox-attempts = Intentos
org-outbox-last-error = Último error
org-outbox-queued-at = En cola desde
org-outbox-delivered-or-next = Entregado o próximo intento
org-outbox-next-attempt = Próximo intento
org-outbox-next-at = próximo intento el { $when }
org-outbox-gave-up = ninguno (abandonado)
org-outbox-state-delivered = Entregado
org-outbox-state-waiting = En espera
org-outbox-state-retrying = Reintentando
org-outbox-state-failed = Fallido
org-outbox-all-well = No hay correos fallidos ni pendientes de reintento. Todo lo que envió la conferencia se ha entregado o está en camino.
org-outbox-retry-all = Reintentar ahora todos los correos fallidos y pendientes
org-outbox-troubled-caption = Correos fallidos o pendientes de reintento
org-outbox-retry = Reintentar
org-outbox-retry-hidden = el correo a { $to }
org-outbox-flash-nothing = No hay nada que reintentar.
org-outbox-flash-retried =
    { $count ->
        [one] { $n } mensaje ha vuelto a la cola y se enviará en breve.
       *[other] { $n } mensajes han vuelto a la cola y se enviarán en breve.
    }

## Registro de auditoría.

org-audit-title = Registro de auditoría
org-audit-show = Mostrar
org-audit-filter = Filtrar
org-audit-all = Todos los cambios
org-audit-conference = Configuración de la conferencia
org-audit-sessions = Sesiones
org-audit-check-ins = Registros de asistencia
org-audit-empty = Aún no hay cambios registrados.
org-audit-empty-kind = Aún no hay cambios de este tipo registrados.
org-audit-caption = Los más recientes primero; horas en { $zone }
org-audit-who = Quién
org-audit-what = Qué
org-audit-before = Antes
org-audit-after = Después

## Anuncios.

org-ann-title = Anuncios
org-ann-title-lower = anuncios
org-ann-write = Redactar un anuncio
org-ann-none = Aún no se ha enviado ningún anuncio.
org-ann-caption = Anuncios enviados, los más recientes primero
org-ann-sent = Enviado
org-ann-queued = En cola
org-ann-delivered = Entregados
org-ann-failed = Fallidos
org-ann-recipients = Destinatarios
org-ann-new-title = Nuevo anuncio
org-ann-send-to = Enviar a
org-ann-send-to-hint = Las inscripciones canceladas y las cuentas eliminadas nunca reciben anuncios.
org-ann-message = Mensaje
org-ann-send-at = Enviar el (opcional)
org-ann-preview = Vista previa
org-ann-group-registrants = Inscritos
org-ann-group-session = Inscritos en una sesión
org-ann-audience-confirmed = Todos los inscritos confirmados
org-ann-audience-waitlisted = Todas las personas en la lista de espera
org-ann-audience-staff = Moderadores y ponentes de la conferencia
org-ann-audience-session = { $title } (inscritos)
org-ann-audience-option =
    { $count ->
        [one] { $label } ({ $n } persona)
       *[other] { $label } ({ $n } personas)
    }
org-ann-audience-empty = Todavía no hay nadie en este público: elija otro
org-ann-subject-hint = Hasta { $max } caracteres. Los destinatarios lo verán así: «{ $example }».
org-ann-body-hint = Cada mensaje empieza con «{ $greeting }» y termina con la firma de los organizadores y un enlace para darse de baja, así que no escriba un saludo. Markdown: **negrita**, *cursiva*, [enlaces](https://example.org), listas. Hasta { $max } caracteres. El paso siguiente muestra exactamente lo que verán los destinatarios.
org-ann-send-at-hint = En la zona horaria de la conferencia ({ $zone }). Déjelo vacío para enviarlo en cuanto lo confirme.
org-ann-greeting-preview = Estimado/a (nombre del destinatario):
org-ann-preview-title = Vista previa: { $subject }
org-ann-check = Revise su anuncio
org-ann-test-sent = Se está enviando una copia de prueba a { $email }. Nadie más ha recibido nada.
org-ann-lead =
    { $count ->
        [one] Se enviará a { $n } destinatario: { $audience }.
       *[other] Se enviará a { $n } destinatarios: { $audience }.
    }
org-ann-lead-scheduled =
    { $count ->
        [one] Se enviará a { $n } destinatario: { $audience }, el { $when }.
       *[other] Se enviará a { $n } destinatarios: { $audience }, el { $when }.
    }
org-ann-to-confirmed = todos los inscritos confirmados
org-ann-to-waitlisted = todas las personas en la lista de espera
org-ann-to-staff = los moderadores y ponentes
org-ann-to-session = todas las personas inscritas en «{ $title }»
org-ann-to-a-session = todas las personas inscritas en una sesión
org-ann-send-button =
    { $count ->
        [one] Enviar a { $n } destinatario
       *[other] Enviar a { $n } destinatarios
    }
org-ann-schedule-button =
    { $count ->
        [one] Programar para { $n } destinatario
       *[other] Programar para { $n } destinatarios
    }
org-ann-test-button = Enviarme una prueba
org-ann-change-button = Modificarlo
org-ann-flash-sent =
    { $count ->
        [one] Su anuncio está en camino a { $n } destinatario.
       *[other] Su anuncio está en camino a { $n } destinatarios.
    }
org-ann-flash-scheduled =
    { $count ->
        [one] Su anuncio a { $n } destinatario se enviará el { $when }.
       *[other] Su anuncio a { $n } destinatarios se enviará el { $when }.
    }
org-ann-all = Todos los anuncios
org-ann-delivery = Entrega de este anuncio
org-ann-all-handed = Se han entregado todos los mensajes.
org-ann-delivering = Se están entregando los correos; esta página muestra el estado en el momento en que se cargó.
org-ann-live = Se están entregando los correos; estas cifras se actualizan solas.
org-ann-reload = Recargar para ver las cifras más recientes
org-ann-see-failed = Ver los mensajes fallidos y reintentarlos
