## Páginas públicas: lista de conferencias, conferencia, programa, sesión, ponente, baja de anuncios.

pub-home-title = Conferencias
pub-home-upcoming = Próximas
pub-home-no-upcoming = Todavía no se ha publicado ninguna conferencia próxima.
pub-home-past = Anteriores
pub-home-no-past = No hay conferencias anteriores.

pub-conf-online = en línea · horarios en la zona horaria { $zone }
pub-conf-reach =
    { $registrants ->
        [one] { $rn } participante inscrito
       *[other] { $rn } participantes inscritos
    } de { $countries ->
        [one] { $cn } país
       *[other] { $cn } países
    }
pub-conf-register = Inscribirse
pub-conf-see-agenda =
    Ver el programa ({ $sessions ->
        [one] { $sn } sesión
       *[other] { $sn } sesiones
    } en { $days ->
        [one] { $dn } día
       *[other] { $dn } días
    })
pub-logo-alt = Logotipo de { $title }
pub-draft-title = Borrador: solo lo ven los organizadores.
pub-draft-text = El público, las exportaciones y los canales reciben «no encontrado» hasta que se publique la conferencia.

pub-agenda = Programa
pub-see-agenda = Ver el programa
pub-back-to-agenda = Volver al programa
pub-feed-frab = programa (XML frab)
pub-feed-json = programa (JSON c3voc)
pub-feed-calendar = calendario
pub-zone-shown-in = Los horarios se muestran en la zona horaria
pub-zone-conference-runs = (la conferencia se rige por la hora de { $zone })
pub-zone-show-in = Mostrar los horarios en
pub-zone-hint = Una ciudad, un país o el nombre de una zona horaria: Tokio, India, America/New_York.
pub-zone-change = Cambiar la zona horaria
pub-zone-use-browser = Usar mi zona horaria ({ $zone })
pub-download = Descargar:
pub-download-calendar = Calendario (.ics)
pub-days = Días
pub-agenda-empty = El programa aún no se ha publicado.
pub-cancelled = Cancelada
pub-moderator = Moderación:
pub-speakers = Ponentes:

pub-kind-opening = Apertura
pub-kind-keynote = Conferencia magistral
pub-kind-panel = Mesa redonda
pub-kind-talk = Ponencia
pub-kind-workshop = Taller
pub-kind-break = Pausa
pub-kind-closing = Clausura
pub-kind-other = Sesión
pub-role-moderator = Moderador
pub-role-speaker = Ponente

pub-session-when = Cuándo (su hora, { $zone })
pub-session-conference-time = Hora de la conferencia ({ $zone })
pub-session-add-to-calendar = Añadir al calendario
pub-session-people = Participantes en la sesión
pub-people-heading = Ponentes y moderadores
pub-person-photo-alt = Fotografía de { $name }
pub-person-sessions = Sesiones
pub-person-times-in = Horarios en la zona horaria { $zone }.

pub-unsub-title = Anuncios
pub-unsub-done-heading = Se ha dado de baja
pub-unsub-done-lead = Ya no recibirá más anuncios de «{ $conference }».
pub-unsub-still = Los correos sobre su propia inscripción (confirmaciones, restablecimientos de contraseña, cambios en las sesiones que eligió) le seguirán llegando.
pub-unsub-heading = ¿Dejar de recibir anuncios?
pub-unsub-lead = Dejar de enviar a esta dirección los anuncios de los organizadores de «{ $conference }».
pub-unsub-button = Darse de baja de los anuncios
