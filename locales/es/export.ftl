# Exportaciones: nuestras propias palabras en los archivos de calendario y las cabeceras de las tablas CSV.
exp-ics-day-of = { $title } (día { $day } de { $total })
exp-ics-online-conference = Conferencia en línea.
exp-ics-agenda = Programa en su zona horaria:
exp-ics-mine = Sus sesiones y enlaces de conexión:
exp-ics-online = En línea
exp-ics-online-room = En línea — { $room }
exp-ics-join = Unirse
# La lista de asistencia de una sesión (CSV)
exp-roster-name = Nombre
exp-roster-country = País
exp-roster-organisation = Organización
exp-roster-status = Estado de la inscripción
exp-roster-joined = Asistió
exp-roster-joined-at = Hora de llegada ({ $zone })
exp-roster-deleted = Cuenta eliminada
exp-yes = sí
exp-no = no
# La tabla de inscripciones (CSV)
exp-reg-name = nombre
exp-reg-email = correo electrónico
exp-reg-country-code = código de país
exp-reg-country-name = país
exp-reg-organisation = organización
exp-reg-status = estado
exp-reg-registered-at = fecha de inscripción
exp-reg-confirmed-at = fecha de confirmación
exp-reg-sessions-picked = sesiones elegidas
exp-reg-minutes-present = minutos de asistencia
