## Formularios (macros.html) y páginas de error (comunes a todas las páginas).

common-error-summary-title = Se ha producido un problema
common-error-prefix = Error:
common-field-country = País
common-select-country = Seleccione un país
common-go-home = Ir a la lista de conferencias
common-request-reference = Referencia de la solicitud:
common-request-reference-hint = (estado { $status }). Indíquela si se pone en contacto con los organizadores.

common-err-sign-in = Iniciar sesión
common-err-not-found-title = Página no encontrada
common-err-not-found-text = Si escribió la dirección web, compruebe que sea correcta. Si la pegó, compruebe que la haya copiado completa.
common-err-forbidden-title = No tiene acceso a esta página
common-err-forbidden-text = Inicie sesión con una cuenta que tenga acceso o consulte a los organizadores.
common-err-csrf-title = Su formulario ha caducado
common-err-csrf-text = Por su seguridad, no se ha podido aceptar el formulario. Vuelva atrás, recargue la página y envíelo de nuevo.
common-err-conflict-title = Otra persona modificó esto antes
common-err-rate-limited-title = Demasiados intentos
common-err-rate-limited-text =
    { $count ->
        [one] Espere { $n } segundo antes de volver a intentarlo.
       *[other] Espere { $n } segundos antes de volver a intentarlo.
    }
common-err-bad-request-title = La solicitud contiene un error
common-err-too-large-title = Lo que ha enviado es demasiado grande
common-err-too-large-text = Acorte el texto e inténtelo de nuevo.
common-err-unavailable-title = El servicio no está disponible momentáneamente
common-err-unavailable-text = No se ha guardado nada: su solicitud no se ha ejecutado, ni siquiera en parte. Vuelva a intentarlo dentro de unos segundos. Si estaba enviando un formulario, vuelva atrás con el botón Atrás de su navegador: lo que escribió sigue ahí.
common-err-internal-title = Lo sentimos, se ha producido un error por nuestra parte
common-err-internal-text = Vuelva a intentarlo en un momento. Nada de lo que introdujo se ha guardado de forma parcial.
common-conflict-same-moment = Otra persona modificó esto en el mismo momento. Recargue la página y compruébelo antes de volver a intentarlo.
common-conflict-slug-taken = Otra conferencia ha tomado esta dirección web en el mismo momento. Elija otra.
common-conflict-stale-session = Otra persona guardó esta sesión después de que usted la abriera. Recargue la página para ver sus cambios.
