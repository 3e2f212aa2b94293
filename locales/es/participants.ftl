# Lista de participantes y conservación de datos (issue 18, puntos 5 y 6).
part-page-title = Lista de participantes
part-count-participants =
    { $count ->
        [one] { $n } participante
       *[other] { $n } participantes
    }
part-count-countries =
    { $count ->
        [one] { $n } país
       *[other] { $n } países
    }
part-consent-note = Solo figuran en esta lista los participantes que han aceptado aparecer en ella.
part-download-csv = Descargar en formato CSV
part-print-view = Versión para imprimir
part-empty = Todavía no figura ningún participante en la lista.
part-no-organisation = Organización o delegación no indicada
part-col-country = País
part-col-country-code = Código del país
part-col-organisation = Organización o delegación
part-col-name = Nombre
part-col-email = Correo electrónico
part-col-status = Estado de la inscripción
part-col-consent = Acepta figurar en la lista
part-yes = Sí
part-no = No
part-anonymised = Anonimizado
part-consent-label = Mostrar mi nombre, organización y país en la lista pública de participantes
part-consent-hint = Los organizadores pueden publicar una lista de participantes. Puede cambiar de opinión en cualquier momento en «Mi conferencia».
part-me-heading = Lista de participantes
part-me-listed = Su nombre, organización y país figuran en la lista de participantes cuando los organizadores la publican.
part-me-not-listed = Usted no figura en la lista de participantes.
part-me-save = Guardar mi elección
part-me-flash-listed = Usted figurará en la lista de participantes.
part-me-flash-not-listed = Usted ya no figura en la lista de participantes.
part-nav-link = Lista de participantes
part-org-title = Lista de participantes
part-org-intro = Una vez publicada, la página pública muestra a los participantes confirmados que han aceptado figurar en ella, agrupados por país y luego por organización o delegación.
part-org-enable = Publicar la lista de participantes
part-org-enable-hint = Solo figuran los participantes que han dado su consentimiento. Pueden retirarlo en cualquier momento.
part-org-save = Guardar
part-org-public-link = Abrir la lista pública de participantes
part-org-unpublished = La lista será visible en cuanto se publique la conferencia.
part-org-internal-link = Lista interna completa
part-org-internal-csv = Descargar la lista interna completa (CSV)
part-org-preview = Vista previa de la lista pública
part-org-confirmed =
    { $count ->
        [one] { $n } inscripción confirmada en total
       *[other] { $n } inscripciones confirmadas en total
    }
part-flash-list-on = La lista de participantes está publicada.
part-flash-list-off = La lista de participantes ya no está publicada.
part-org-internal-title = Lista interna completa de participantes
part-org-internal-intro = Todas las inscripciones, cualquiera que sea su estado y hayan aceptado o no figurar en la lista. Solo para uso de los organizadores.
part-org-internal-empty = Todavía no hay inscripciones.
part-ret-title = Conservación de datos
part-ret-intro = Al término del período de conservación, que empieza a contar el último día de la conferencia, las inscripciones se anonimizan: se suprimen los nombres, las direcciones de correo electrónico y las respuestas de texto libre; los países, los estados y los recuentos se conservan para las estadísticas. Se avisa a los organizadores por correo electrónico una semana antes.
part-ret-kept = No se ha fijado un período de conservación: las inscripciones se conservan.
part-ret-due = Las inscripciones se anonimizarán el { $date }.
part-ret-warned = Se ha avisado a los organizadores por correo electrónico.
part-ret-will-warn = Se avisará a los organizadores por correo electrónico una semana antes.
part-ret-done-on = Las inscripciones se anonimizaron el { $date }.
part-ret-months-label = Período de conservación en meses
part-ret-months-hint = Un número entero de 1 a { $max }. Deje el campo vacío para conservar las inscripciones.
part-ret-months-invalid = Indique un número entero de meses entre 1 y 120, o deje el campo vacío
part-ret-save = Guardar el período de conservación
part-ret-flash-set =
    { $count ->
        [one] Las inscripciones se conservarán { $n } mes después de la conferencia.
       *[other] Las inscripciones se conservarán { $n } meses después de la conferencia.
    }
part-ret-flash-kept = Las inscripciones se conservarán; no se ha fijado un período de conservación.
part-ret-now-heading = Anonimizar ahora
part-ret-now-link = Anonimizar las inscripciones ahora
part-ret-now-after-end = Las inscripciones pueden anonimizarse una vez terminada la conferencia.
part-ret-confirm-title = Anonimizar las inscripciones ahora
part-ret-confirm-count =
    { $count ->
        [one] { $n } inscripción sigue vinculada a una persona.
       *[other] { $n } inscripciones siguen vinculadas a una persona.
    }
part-ret-confirm-what = Se suprimirán los nombres, las direcciones de correo electrónico, los calendarios personales y los consentimientos de todas las inscripciones de esta conferencia, y las inscripciones se desvincularán de las cuentas de los participantes. Los países, los estados y los recuentos se mantienen para las estadísticas.
part-ret-confirm-irreversible = Esta operación no se puede deshacer.
part-ret-confirm-check = Entiendo que las inscripciones se anonimizarán de forma definitiva
part-ret-confirm-required = Marque la casilla para confirmar que desea anonimizar las inscripciones
part-ret-confirm-button = Anonimizar las inscripciones
part-ret-confirm-already = Las inscripciones de esta conferencia ya se han anonimizado.
part-ret-flash-done =
    { $count ->
        [one] Las inscripciones se han anonimizado ({ $n } estaba vinculada a una persona).
       *[other] Las inscripciones se han anonimizado ({ $n } estaban vinculadas a una persona).
    }
part-ret-back = Volver a la conservación de datos
part-mail-retention-subject = Las inscripciones se anonimizarán dentro de una semana: { $title }
part-mail-retention-when = El período de conservación de «{ $title }» termina pronto: sus inscripciones se anonimizarán el { $date }.
part-mail-retention-what = Entonces se suprimirán los nombres, las direcciones de correo electrónico y las respuestas de texto libre; los países, los estados y los recuentos se conservarán para las estadísticas. Si necesita la lista de participantes para sus archivos, le rogamos que la descargue antes de esa fecha.
part-mail-retention-action = Revisar la conservación de datos
part-mail-retention-after = Puede modificar el período de conservación en la misma página hasta esa fecha.
