## Preguntas de inscripción personalizadas (incidencia 18, punto 2).

## Tipos de pregunta.
qst-kind-short-text = Texto corto
qst-kind-long-text = Texto largo
qst-kind-single-choice = Opción única
qst-kind-multiple-choice = Opción múltiple
qst-kind-checkbox = Casilla de verificación
qst-kind-country = País
qst-kind-date = Fecha
qst-kind-organisation = Organización o delegación

## Respuestas en los formularios de los inscritos.
qst-answer-required = Responda a esta pregunta.
qst-answer-choose-required = Elija una respuesta.
qst-answer-tick-required = Marque esta casilla para continuar.
qst-answer-choice-invalid = Elija una de las respuestas ofrecidas.
qst-answer-date-invalid = Introduzca una fecha válida, por ejemplo 2026-12-03.
qst-answer-yes = Sí
qst-optional-note = (opcional)
qst-only-for = Solo se pregunta a: { $categories }.

## Mi conferencia.
qst-me-heading = Sus respuestas a las preguntas de los organizadores
qst-me-lead = Puede cambiar sus respuestas en cualquier momento antes de la conferencia.
qst-me-none = Los organizadores no tienen preguntas para usted.
qst-me-nothing-yet = Todavía no ha respondido a ninguna pregunta.
qst-me-change = Cambiar sus respuestas
qst-me-save = Guardar sus respuestas
qst-me-saved = Sus respuestas se han guardado.
qst-me-saved-reapproval = Sus respuestas se han guardado. Dado que han cambiado, su inscripción queda de nuevo pendiente de la aprobación de los organizadores.
qst-cancel = Cancelar
qst-back = Volver a las preguntas

## Administración: la lista.
qst-nav = Preguntas
qst-heading = Preguntas de inscripción
qst-lead = Preguntas que se hacen en el formulario de inscripción, en este orden. Una pregunta puede hacerse a todos o solo a algunas categorías de participantes.
qst-new = Nueva pregunta
qst-none = Todavía no hay preguntas.
qst-none-hint = Añada una para preguntar a los inscritos, por ejemplo, su tratamiento, su delegación o el idioma de interpretación que necesitan.
qst-col-question = Pregunta
qst-col-kind = Tipo
qst-col-asked-of = Se pregunta a
qst-col-required = Obligatoria
qst-col-moderators = Visible para los moderadores
qst-col-answers = Respuestas
qst-col-actions = Acciones
qst-asked-of-everyone = Todos
qst-archived-badge = Archivada
qst-move-up = Subir
qst-move-down = Bajar
qst-move-up-label = Subir «{ $label }»
qst-move-down-label = Bajar «{ $label }»
qst-archive = Archivar
qst-restore = Restaurar
qst-delete = Eliminar
qst-archive-explained = Una pregunta archivada ya no se hace; las respuestas ya dadas permanecen en las inscripciones, en su tabla y en el archivo CSV.
qst-flash-created = Se ha añadido la pregunta «{ $label }».
qst-flash-saved = Se ha guardado la pregunta «{ $label }».
qst-flash-archived = Se ha archivado la pregunta «{ $label }»: ya no se hace.
qst-flash-restored = Se ha restaurado la pregunta «{ $label }»: vuelve a hacerse.
qst-flash-deleted = Se ha eliminado la pregunta «{ $label }».

## Administración: eliminar.
qst-delete-heading = ¿Eliminar esta pregunta?
qst-delete-warning = Nadie ha respondido todavía a esta pregunta. La eliminación no se puede deshacer.
qst-delete-confirm = Sí, eliminar la pregunta
qst-archive-instead = Archivarla en su lugar
qst-delete-refused =
    { $count ->
        [one] No es posible eliminar esta pregunta: { $n } inscrito la ha respondido. Archívela en su lugar; su respuesta se conserva.
       *[other] No es posible eliminar esta pregunta: { $n } inscritos la han respondido. Archívela en su lugar; sus respuestas se conservan.
    }

## Administración: el formulario.
qst-edit-heading = Editar la pregunta
qst-field-label = Pregunta
qst-field-label-hint = Tal como la leerán los inscritos, por ejemplo «¿Qué idioma de interpretación necesita?»
qst-field-help = Texto de ayuda
qst-field-help-hint = Se muestra debajo de la pregunta. Opcional.
qst-field-kind = Tipo de respuesta
qst-kind-fixed = El tipo de respuesta no puede cambiar una vez creada la pregunta. Archívela y añada una pregunta nueva en su lugar.
qst-field-choices = Opciones
qst-field-choices-new-hint = Solo para preguntas de opción única o múltiple.
qst-field-choice = Opción { $n }
qst-field-choice-archived = Archivada (ya no se ofrece)
qst-choices-keep-answers = Cambiar el nombre de una opción o archivarla conserva tal cual las respuestas ya dadas.
qst-field-new-choices = Nuevas opciones
qst-field-new-choices-hint = Una opción por línea.
qst-field-required = Los inscritos deben responder
qst-field-required-hint = Si es una casilla, debe estar marcada.
qst-field-moderators = Visible para los moderadores
qst-field-moderators-hint = Los moderadores ven las respuestas en la lista de asistentes de sus sesiones, por ejemplo las necesidades de accesibilidad.
qst-field-categories = Se pregunta a
qst-field-categories-hint = No marque ninguna para preguntar a todos.
qst-save = Guardar la pregunta
qst-kind-missing = Elija el tipo de respuesta.
qst-label-missing = Introduzca la pregunta.
qst-choice-label-missing = Introduzca la opción o archívela.
qst-choices-missing = Introduzca al menos una opción.
qst-choices-duplicate = Cada opción debe ser distinta.

## Respuestas en la administración y en la lista de asistentes.
qst-detail-heading = Respuestas a las preguntas
qst-detail-archived = (pregunta archivada)
qst-filter-any = Cualquier respuesta
qst-roster-answers = Respuestas
qst-choice-archived-note = (archivada)
