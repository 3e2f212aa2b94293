## Invitaciones personales para inscribirse (incidencia 18, punto 4): páginas de
## los organizadores, correo de recordatorio y páginas del enlace personal.
inv-nav = Invitaciones
inv-heading = Invitaciones
inv-lead = Las personas invitadas a inscribirse en una categoría por invitación reciben cada una un enlace personal. Aquí puede ver quién no ha respondido todavía, enviarles recordatorios y revocar invitaciones.
inv-no-category = Todavía ninguna categoría admite participantes por invitación. Cree una (modo de admisión: solo por invitación) antes de invitar a nadie.
inv-go-categories = Ir a las categorías
inv-action-import = Importar una lista (CSV)
inv-action-new = Invitar a una persona
inv-empty-heading = Todavía no hay nadie invitado
inv-empty-text = Importe una lista de invitados desde una hoja de cálculo, o invite a las personas una por una. Cada invitado recibe un correo con un enlace personal al formulario de inscripción.
inv-summary = { $total } invitados: { $open } sin respuesta, { $registered } inscritos, { $revoked } revocados, { $expired } vencidos.
inv-state-open = Sin respuesta
inv-state-registered = Inscrito
inv-state-revoked = Revocada
inv-state-expired = Vencida
inv-when-expires = Enlace válido hasta el { $when }
inv-when-expired = Enlace vencido el { $when }
inv-when-registered = Inscripción el { $when }
inv-when-revoked = Revocada el { $when }
inv-when-reminded = Último recordatorio: { $when }
inv-filter-state = Estado
inv-filter-category = Categoría
inv-filter-any-state = Cualquier estado
inv-filter-any-category = Cualquier categoría
inv-filter-apply = Filtrar
inv-filter-clear = Mostrar todas las invitaciones
inv-filter-empty = Ninguna invitación coincide con estos filtros.
inv-col-select = Seleccionar
inv-col-invitee = Invitado
inv-col-category = Categoría
inv-col-country = País
inv-col-language = Idioma
inv-col-state = Estado
inv-col-actions = Acciones
inv-action-revoke = Revocar
inv-remind-hint = Marque a los invitados que no se han inscrito y envíeles un recordatorio. Cada recordatorio lleva un enlace nuevo, válido durante 30 días; el enlace anterior deja de funcionar.
inv-remind-button = Enviar un recordatorio a los invitados marcados
inv-remind-none-ticked = Marque al menos un invitado al que enviar un recordatorio.
inv-remind-done =
    { $count ->
        [0] No se envió ningún recordatorio: los invitados marcados ya se inscribieron o su invitación fue revocada.
        [one] Se envió un recordatorio.
       *[other] Se enviaron { $n } recordatorios.
    }
inv-revoke-heading = ¿Revocar esta invitación?
inv-revoke-warning = El enlace personal deja de funcionar de inmediato. No se avisa al invitado; no podrá invitar de nuevo a la misma dirección.
inv-revoke-button = Revocar la invitación
inv-cancel = Cancelar
inv-revoke-done = La invitación de { $name } queda revocada.
inv-revoke-not-open = Esta invitación ya no puede revocarse: se utilizó, se revocó o venció.
inv-import-heading = Importar invitaciones
inv-import-lead = Cada persona de la lista recibe un correo de invitación con un enlace personal. Primero se comprueba toda la lista: si alguna línea tiene un problema, no se guarda nada y se indica cada problema con su línea.
inv-import-columns = La primera línea nombra las columnas: name, email, category, country, organisation, language. El país es el código de dos letras (FR, CN); el idioma es ar, zh, en, fr, ru o es, o vacío para el idioma de la conferencia.
inv-import-categories = Categorías a las que puede invitar:
inv-import-file = Archivo CSV
inv-import-file-hint = Guardado como «CSV UTF-8». Si elige un archivo, se ignora el texto de abajo.
inv-import-text = O pegue la lista
inv-import-text-hint = Un invitado por línea, después de la línea de encabezado.
inv-import-button = Comprobar y enviar las invitaciones
inv-import-problems = La lista no se importó
inv-import-nothing-saved = No se guardó nada ni se envió ningún correo. Corrija estas líneas e importe de nuevo la lista completa.
inv-import-whole-file = El archivo completo
inv-import-line = Línea { $line }
inv-import-too-big = El archivo es demasiado grande. Divida la lista en varios archivos.
inv-import-nothing = Elija un archivo o pegue la lista.
inv-import-done =
    { $count ->
        [one] Se envió una invitación.
       *[other] Se enviaron { $n } invitaciones.
    }
inv-new-heading = Invitar a una persona
inv-new-lead = La persona recibe un correo de invitación con un enlace personal al formulario de inscripción, válido durante 30 días.
inv-new-button = Enviar la invitación
inv-new-done = Invitación enviada a { $email }.
inv-field-category-missing = Elija la categoría a la que invita.
inv-field-language = Idioma de la invitación
inv-field-language-hint = El correo se redacta en este idioma y el formulario se abre en él.
inv-field-language-default = El idioma de la conferencia
inv-field-language-unknown = Elija uno de los idiomas ofrecidos.
inv-field-forwarding = Permitir el reenvío
inv-field-forwarding-hint = El enlace podrá usarse entonces con otra dirección de correo (por ejemplo, la de un colega que sustituye al invitado). De lo contrario, solo inscribe la dirección invitada.
inv-mail-reminder-subject = Recordatorio: invitación a inscribirse en { $conference }
inv-link-page-title = Su invitación — { $conference }
inv-link-heading = Inscríbase con su invitación
inv-link-lead = Está usted invitado a { $conference }, { $dates }.
inv-link-category = Quedará inscrito como: { $category }
inv-link-email-locked-hint = La invitación es para esta dirección; no puede cambiarse.
inv-link-email-forward-hint = Puede inscribirse con una dirección distinta de la invitada.
inv-link-email-locked = Esta invitación es para { $email }. Inscríbase con esa dirección.
inv-link-other-address = Esta invitación se envió a { $invited }, pero usted ha iniciado sesión como { $email }. Cierre la sesión y vuelva a abrir el enlace.
inv-flash-registered = Gracias: su inscripción por invitación ha quedado registrada. Esta página le indica en qué estado se encuentra.
inv-link-used-heading = Esta invitación ya se ha utilizado
inv-link-used-text = El enlace personal funciona una sola vez y ya se hizo una inscripción con él. Si fue usted, inicie sesión para ver su inscripción.
inv-link-revoked-heading = Esta invitación fue retirada
inv-link-revoked-text = Los organizadores retiraron esta invitación, por lo que el enlace ya no funciona. Si cree que se trata de un error, escriba a los organizadores.
inv-link-expired-heading = Esta invitación ha vencido
inv-link-expired-text = El enlace personal ya no es válido. Pida a los organizadores que le envíen un recordatorio con un enlace nuevo.
inv-link-unknown-heading = Este enlace de invitación no funciona
inv-link-unknown-text = El enlace está incompleto, o un correo más reciente lo sustituyó por otro enlace. Abra el enlace del correo de invitación más reciente, o pida a los organizadores que le envíen un recordatorio.
inv-link-go-mine = Mi conferencia
inv-link-go-conference = La página de la conferencia
inv-cat-reapprove = Modificar los datos después de la aprobación exige una nueva aprobación
inv-cat-reapprove-hint = Cuando un participante aprobado cambia su nombre, su país o su organización, su inscripción vuelve a la cola de aprobación.
