## Páginas de participantes: Mi conferencia, selección de sesiones, acceso, confirmación, cancelación.

att-status-pending = Pendiente de confirmar el correo electrónico
att-status-confirmed = Confirmada
att-status-waitlisted = En la lista de espera
att-status-cancelled = Cancelada
att-your-registration = Su inscripción:
att-register-again = Volver a inscribirse
att-send-link-again = Enviar el enlace de nuevo
att-back-to-me = Volver a mi página de la conferencia
att-back-to-session = Volver a la página de la sesión
att-in-picks = En su selección
att-picked = Seleccionada
att-on-session-waitlist = En la lista de espera de la sesión
att-join-session = Unirse a la sesión
att-join-link-from = Enlace de acceso a partir del { $at }
att-session-ended = Esta sesión ha terminado.
att-pick = Seleccionar esta sesión
att-unpick = Quitar de mi selección
att-overlaps = Coincide con su selección «{ $title }»
att-save-zone-question = Su perfil indica otra zona horaria. ¿Desea usar { $zone } para sus correos y páginas a partir de ahora?
att-save-zone-button = Guardar { $zone } en mi perfil

att-me-pending = Confirme su dirección de correo electrónico con el enlace que le enviamos para completar su inscripción.
att-me-waitlist-position = Ocupa el número { $position } en la lista de espera. Cuando se libere una plaza, se le asignará automáticamente y le avisaremos por correo electrónico.
att-me-cancelled = Su inscripción está cancelada.
att-me-picked =
    { $count ->
        [one] Ha seleccionado { $n } sesión.
       *[other] Ha seleccionado { $n } sesiones.
    }
att-me-join-lead =
    { $count ->
        [one] Los enlaces de acceso aparecen aquí { $n } minuto antes del comienzo de cada sesión.
       *[other] Los enlaces de acceso aparecen aquí { $n } minutos antes del comienzo de cada sesión.
    }
att-me-country-hint = El país al que se atribuye su inscripción. Corríjalo aquí si no es correcto.
att-me-country-save = Guardar el país
att-me-times = Los horarios se muestran en la zona horaria { $zone }.
att-me-change-zone = Cambiar su zona horaria
att-capacity-full =
    { $count ->
        [one] Completa ({ $n } plaza): las nuevas selecciones pasan a la lista de espera de la sesión
       *[other] Completa ({ $n } plazas): las nuevas selecciones pasan a la lista de espera de la sesión
    }
att-capacity-left =
    { $count ->
        [one] Queda { $n } plaza de { $cap }
       *[other] Quedan { $n } plazas de { $cap }
    }
att-feed-heading = Suscripción de calendario
att-feed-new-intro = Suscríbase a esta dirección privada en su aplicación de calendario para ver las sesiones que ha seleccionado con sus enlaces de acceso. No la comparta con nadie.
att-feed-copy-now = Cópiela ahora: solo se muestra esta vez.
att-feed-scrambled = Solo conservamos una versión cifrada, por lo que no podemos volver a mostrarla.
att-feed-google = Añadir a Google Calendar
att-feed-outlook = Añadir a Outlook
att-feed-apple = Añadir al Calendario de Apple
att-feed-copy = Copiar la dirección
att-feed-rotate = Crear una dirección nueva (la anterior dejará de funcionar)
att-feed-exists = Dispone de una suscripción de calendario privada. Su dirección se mostró una sola vez, al crearla. Si ya no la tiene, cree una nueva: la dirección anterior dejará de funcionar.
att-feed-none = Obtenga una dirección de calendario privada que muestre en su aplicación de calendario las sesiones que ha seleccionado.
att-feed-create = Crear mi suscripción de calendario
att-cancel-link = Cancelar mi inscripción

att-flash-picked = La sesión se ha añadido a su selección.
att-flash-pick-waitlisted = La sesión está completa: figura en su lista de espera y obtendrá la próxima plaza que quede libre.
att-flash-already-picked = Ya había seleccionado esta sesión.
att-flash-pick-not-confirmed = Podrá seleccionar sesiones cuando se haya confirmado su inscripción.
att-flash-not-pickable = Esta sesión no se puede seleccionar.
att-flash-unpicked = La sesión se ha quitado de su selección.
att-flash-not-picked = Esa sesión no figuraba en su selección.
att-flash-cancelled = Su inscripción se ha cancelado y su plaza ha quedado libre. Puede volver a inscribirse mientras la inscripción esté abierta.
att-flash-feed-rotated = Su suscripción de calendario tiene una dirección nueva; la anterior ya no funciona. Copie ahora la nueva dirección: solo se muestra una vez.
att-flash-feed-created = Su suscripción de calendario personal está lista. Copie ahora su dirección: solo se muestra una vez.
att-flash-not-registered = Todavía no está inscrito en esta conferencia: inscríbase primero.

att-cancel-title = Cancelar su inscripción
att-cancel-heading = ¿Desea cancelar su inscripción?
att-cancel-text = Su plaza en la conferencia y en las sesiones pasará a las personas de las listas de espera. Su cuenta se mantiene; puede volver a inscribirse mientras la inscripción esté abierta, pero es posible que para entonces sus plazas ya estén ocupadas.
att-cancel-yes = Sí, cancelar mi inscripción
att-cancel-no = No, mantenerla
att-closed-heading = La inscripción no está abierta

att-confirm-heading = Confirmar su inscripción
att-confirm-lead = Con esto se confirman la dirección de correo electrónico { $email } y la inscripción de { $name } en «{ $conference }».
att-confirm-signed-in-as = Ha iniciado sesión como { $other }. Al confirmar, se cerrará la sesión de esa cuenta y se iniciará como { $email }.
att-confirm-password = Su contraseña
att-confirm-password-hint = La contraseña que eligió al inscribirse. Si la ha olvidado, vuelva a inscribirse con la misma dirección y utilice el enlace de ese nuevo correo.
att-confirm-sign-out-button = Cerrar sesión y confirmar
att-confirm-button = Confirmar mi inscripción
att-confirm-not-you = Si usted no se inscribió, cierre esta página: no ocurrirá nada sin pulsar el botón.
att-confirm-password-missing = Introduzca la contraseña que eligió al inscribirse
att-confirm-password-wrong = Esta no es la contraseña elegida al inscribirse. Si usted no se inscribió, cierre esta página
att-flash-confirmed = Su inscripción está confirmada. Seleccione las sesiones que desea seguir.
att-flash-confirmed-waitlisted = Su dirección de correo electrónico está confirmada. La conferencia está completa, por lo que figura en la lista de espera.
att-link-used-title = Este enlace ya se ha utilizado
att-link-used-text =
    { $status ->
        [pending] No es necesario hacer nada más: su inscripción está pendiente de confirmar el correo electrónico.
        [confirmed] No es necesario hacer nada más: su inscripción está confirmada.
        [waitlisted] No es necesario hacer nada más: su inscripción está en la lista de espera.
        [cancelled] No es necesario hacer nada más: su inscripción está cancelada.
       *[other] No es necesario hacer nada más: su inscripción no ha cambiado.
    }
att-link-go-to-me = Ir a mi página de la conferencia
att-link-expired-title = Este enlace ha caducado
att-link-expired-text = Los enlaces de confirmación son válidos durante 48 horas. Solicite uno nuevo desde la página de inscripción de la conferencia.
att-link-invalid-title = Este enlace no es válido
att-link-invalid-text = Compruebe que haya copiado la dirección completa del correo electrónico.

att-resend-title = Enviar el enlace de nuevo
att-resend-heading = Enviar de nuevo el enlace de confirmación
att-resend-text = Introduzca la dirección de correo electrónico con la que se inscribió. Si tiene una inscripción pendiente de confirmación, le enviaremos un enlace nuevo (los enlaces anteriores solo dejan de funcionar cuando caducan).
att-email = Dirección de correo electrónico
att-resend-button = Enviar el enlace
att-sent-title = Consulte su correo electrónico
att-sent-lead-to = Hemos enviado un correo electrónico a { $email }.
att-sent-lead = Hemos enviado un correo electrónico a su dirección.
att-sent-text = Abra el enlace que contiene para confirmar su inscripción. El enlace es válido durante 48 horas. Si la conferencia está completa, el correo también le indica su puesto en la lista de espera.
att-sent-spam = ¿No ha recibido ningún correo al cabo de unos minutos? Revise su carpeta de correo no deseado.

att-join-title = Unirse a «{ $title }»
att-join-lead = Esta sesión no figura en su selección. Al unirse, se añadirá a su selección y accederá a la reunión.
att-join-button = Seleccionar y unirse
att-join-unavailable = El enlace de acceso no está disponible
att-join-not-confirmed = Los enlaces de acceso son para personas con inscripción confirmada. Confirme primero su inscripción.
att-join-no-seat = Esta sesión tiene plazas limitadas: selecciónela primero para obtener una plaza.
att-join-not-yet =
    { $count ->
        [one] El enlace se abre { $n } minuto antes de la sesión, el { $date } a las { $time }.
       *[other] El enlace se abre { $n } minutos antes de la sesión, el { $date } a las { $time }.
    }
att-join-no-link = Esta sesión no tiene enlace de acceso.
att-stream-title = Ver «{ $title }»
att-stream-lead = Esta sesión la siguen tantas personas que el público la ve en la transmisión en directo, mientras los moderadores y ponentes se reúnen en la sala de vídeo.
att-stream-open = Abrir la transmisión en directo
att-video-failed-title = No se ha podido abrir la reunión
att-video-failed-lead = La plataforma de vídeo de «{ $title }» no nos ha permitido entrar en este momento. No se trata de un problema con su inscripción. Vuelva a intentarlo en un momento.
att-video-failed-detail = Respuesta de la plataforma (visible para los anfitriones): { $detail }
att-video-not-configured = la configuración de la plataforma está incompleta
att-try-again = Volver a intentarlo
