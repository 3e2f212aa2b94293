## Inicio de sesión, página de la cuenta y sus formularios (contraseña, dirección de
## correo, perfil público, eliminación), y los mensajes que muestran.

acc-field-email = Dirección de correo electrónico
acc-field-password = Contraseña
acc-field-your-password = Su contraseña
acc-field-current-password = Contraseña actual
acc-field-new-password = Nueva contraseña
acc-field-new-email = Nueva dirección de correo electrónico
acc-field-name = Nombre completo
acc-field-organisation = Organización (opcional)
acc-field-zone = Su zona horaria
acc-field-zone-hint = Los horarios de las sesiones se muestran en esta zona, por ejemplo Asia/Tokyo.

## Inicio de sesión.

acc-login-title = Iniciar sesión
acc-login-link-lasts = El enlace es válido durante 48 horas. Si no encuentra el mensaje o el enlace ha caducado:
acc-login-resend-link = solicite un nuevo enlace de confirmación
acc-login-submit = Iniciar sesión
acc-login-forgotten = ¿Ha olvidado su contraseña?
acc-login-new-here = ¿Es su primera visita? Abra una conferencia e inscríbase en ella.
acc-login-conferences-link = Ver la lista de conferencias
acc-login-password-missing = Introduzca su contraseña
acc-login-unconfirmed = Confirme primero su dirección de correo electrónico: siga el enlace del mensaje que le hemos enviado
acc-login-wrong = La dirección de correo electrónico o la contraseña no son correctas
acc-login-signed-in = Ha iniciado sesión como { $email }.

## La página de la cuenta.

acc-title = Su cuenta
acc-conferences-heading = Sus conferencias
acc-conferences-none = Todavía no se ha inscrito en ninguna conferencia.
acc-conferences-link = Ver las conferencias
acc-details-heading = Sus datos
acc-email-current-label = Dirección de correo electrónico:
acc-details-submit = Guardar mis datos
acc-details-saved = Sus datos se han guardado.
acc-security-heading = Seguridad y datos
acc-security-profile = Su perfil público de ponente
acc-security-download = Descargar sus datos (JSON)
acc-signed-in-heading = Dónde tiene la sesión iniciada
acc-signed-in-count =
    { $count ->
        [one] Tiene la sesión iniciada solo en este navegador.
       *[other] Tiene la sesión iniciada en { $n } navegadores o dispositivos, incluido este.
    }
acc-sign-out-everywhere-intro = ¿Ha perdido un dispositivo o ha utilizado un ordenador compartido? Cierre la sesión en todas partes, incluido este navegador. Después podrá volver a iniciarla aquí.
acc-sign-out-everywhere = Cerrar sesión en todas partes
acc-zone-unknown = No conocemos esa zona horaria; su perfil no se ha modificado.
acc-zone-saved = La zona horaria de su perfil es ahora { $zone }.

## Contraseñas.

acc-password-title = Cambiar su contraseña
acc-password-new-title = Elegir una nueva contraseña
acc-password-length-hint = Entre 10 y 128 caracteres.
acc-password-change-hint = Entre 10 y 128 caracteres. Se cerrará la sesión en sus demás dispositivos.
acc-password-submit = Cambiar mi contraseña
acc-password-new-submit = Establecer mi nueva contraseña
acc-password-ask-new-link = Solicitar un nuevo enlace de restablecimiento
acc-current-password-missing = Introduzca su contraseña actual
acc-current-password-wrong = Su contraseña actual no es correcta
acc-password-wrong = Su contraseña no es correcta
acc-password-changed = Su contraseña se ha cambiado. Se ha cerrado la sesión en sus demás dispositivos.
acc-reset-title = Restablecer su contraseña
acc-reset-intro = Introduzca la dirección de correo electrónico de su cuenta y le enviaremos un enlace para elegir una nueva contraseña.
acc-reset-demo = Las cuentas creadas para los participantes ficticios de la demostración no tienen contraseña hasta que se establece una de este modo.
acc-reset-submit = Enviarme un enlace
# $email is already escaped; the markup is part of the message.
acc-reset-sent = Si <strong>{ $email }</strong> tiene una cuenta, le hemos enviado un enlace para elegir una nueva contraseña. El enlace puede usarse una sola vez, durante 2 horas.
acc-reset-back = Volver al inicio de sesión
acc-reset-done = Su nueva contraseña se ha establecido y ha iniciado sesión.
acc-reset-link-invalid = Este enlace de restablecimiento ya no es válido (cada enlace puede usarse una sola vez, durante 2 horas). Solicite uno nuevo.

## Cambio de la dirección de correo electrónico.

acc-email-title = Cambiar su dirección de correo electrónico
# $email is already escaped; the markup is part of the message.
acc-email-now = Su dirección actual es <strong>{ $email }</strong>. Enviaremos un enlace a la nueva dirección; el cambio se produce cuando lo abra.
acc-email-submit = Enviar el enlace
acc-email-same = Esta ya es su dirección de correo electrónico
acc-email-link-sent = Hemos enviado un enlace a { $email }. Su dirección cambiará cuando lo abra.
# $email is already escaped; the markup is part of the message.
acc-email-confirm-lead = La dirección de correo electrónico de su cuenta pasará a ser <strong>{ $email }</strong>. A partir de entonces, iniciará sesión con esta dirección.
acc-email-confirm-submit = Cambiar mi dirección de correo electrónico
acc-email-confirm-not-you = Si usted no ha solicitado este cambio, cierre esta página: no ocurrirá nada sin pulsar el botón.
acc-email-link-invalid = Este enlace ya no es válido. Cada enlace puede usarse una sola vez, durante 48 horas.
acc-email-changed = Su dirección de correo electrónico se ha cambiado.
acc-email-taken = Esa dirección de correo electrónico pertenece ahora a otra cuenta, por lo que la suya no se ha cambiado.

## Eliminación de la cuenta.

acc-delete-title = Eliminar su cuenta
acc-delete-intro = Esta acción cancela sus inscripciones (sus plazas pasan a las personas en lista de espera) y elimina sus datos personales: nombre, dirección de correo electrónico, organización, contraseña, suscripciones de calendario y todos los mensajes que le enviamos y conservábamos. No se puede deshacer.
acc-delete-download-first = Quizá desee descargar antes sus datos.
acc-delete-what-stays = Lo que se conserva no guarda relación con usted: sus inscripciones como registros anónimos (país, estado y fechas) para los recuentos de los organizadores, y las entradas del registro de cambios de los organizadores, en las que su nombre y su dirección de correo electrónico se sustituyen por «usuario eliminado» y un número aleatorio.
acc-delete-password-hint = Para confirmar que es usted.
acc-delete-submit = Eliminar mi cuenta
acc-delete-password-missing = Introduzca su contraseña para eliminar su cuenta
acc-deleted-heading = Su cuenta se ha eliminado
acc-deleted-removed = Hemos eliminado su nombre, su dirección de correo electrónico, su organización, su contraseña, sus suscripciones de calendario y todos los mensajes que le enviamos y conservábamos.
acc-deleted-stays = Lo que se conserva no guarda relación con usted:
acc-deleted-stays-registrations = sus inscripciones como registros anónimos (país, estado y fechas), necesarios para los recuentos de los organizadores;
acc-deleted-stays-log = las entradas del registro de cambios de los organizadores, en las que su nombre y su dirección de correo electrónico se sustituyen por «usuario eliminado» y un número aleatorio.
acc-deleted-mailbox = Los mensajes que le enviamos anteriormente permanecen en su buzón; no podemos eliminarlos.
acc-deleted-conferences-link = Ir a la lista de conferencias

## El perfil público de ponente.

acc-profile-own-heading = Su perfil público
acc-profile-lead = Se muestra en las páginas de las sesiones, en una página propia y en los archivos del programa de la conferencia, solo mientras esté marcada la casilla «Mostrar este perfil públicamente».
acc-profile-honorific = Tratamiento (opcional)
acc-profile-honorific-hint = Por ejemplo, Excmo., Dr., Prof.
acc-profile-job-title = Título o cargo (opcional)
acc-profile-job-title-hint = Por ejemplo, ministra de Cultura, director de Investigación.
acc-profile-country-hint = Opcional.
acc-profile-biography = Biografía breve (opcional)
acc-profile-biography-hint =
    { $count ->
        [one] Como máximo, { $n } carácter.
       *[other] Como máximo, { $n } caracteres.
    }
acc-profile-consent = Mostrar este perfil públicamente
acc-profile-consent-hint = Si no está marcada, su nombre seguirá apareciendo en el programa, pero no se mostrará ninguna ficha, foto ni página suya.
acc-profile-submit = Guardar el perfil
acc-profile-saved = El perfil se ha guardado.
acc-photo-heading = Foto
acc-photo-current = Foto actual
acc-photo-remove = Eliminar la foto
acc-photo-none = Todavía no hay ninguna foto.
acc-photo-upload-label = Subir una foto
acc-photo-upload = Subir la foto
acc-photo-removed = La foto se ha eliminado.
acc-photo-saved = La foto se ha guardado.
