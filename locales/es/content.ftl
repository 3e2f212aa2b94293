# Contenido de las conferencias en varios idiomas: idiomas del contenido en la
# configuración, editores de traducciones, idioma de la sala e interpretación.

content-languages = Idiomas del contenido
content-languages-hint = Los idiomas en los que publica el título, la descripción, el aviso de privacidad y los textos de las sesiones. El idioma predeterminado siempre figura entre ellos.
content-edit-translations = Introducir los textos en cada idioma
content-title = Traducciones
content-intro = Introduzca el título, la descripción y el aviso de privacidad de la conferencia en cada uno de sus idiomas. Los lectores ven su propio idioma cuando un texto está traducido y, en caso contrario, el idioma predeterminado.
content-choose-languages = Elegir los idiomas de la conferencia en la configuración
content-only-default = Esta conferencia publica su contenido únicamente en su idioma predeterminado.
content-add-languages = Añadir idiomas
content-session-gaps = Algunas sesiones aún no están traducidas:
content-to-agenda = Volver al programa
content-save = Guardar las traducciones
content-default-language = Idioma predeterminado
content-default-hint = El texto en el idioma predeterminado se modifica en el formulario de configuración o en el de la sesión.
content-empty = (vacío)
content-missing = Sin traducir
content-missing-count = { $count ->
        [one] Falta { $n } texto
       *[other] Faltan { $n } textos
    }
content-missing-titles = { $count ->
        [one] { $n } sesión no tiene título { $language }
       *[other] { $n } sesiones no tienen título { $language }
    }
content-in-ar = en árabe
content-in-zh = en chino
content-in-en = en inglés
content-in-fr = en francés
content-in-ru = en ruso
content-in-es = en español
content-field-title = Título
content-field-description = Descripción
content-field-privacy = Aviso de privacidad
content-field-session-title = Título de la sesión
content-field-abstract = Resumen
content-flash-saved = Las traducciones se han guardado.
content-flash-session-saved = Los idiomas y las traducciones de la sesión se han guardado.
content-session-title = Idiomas y traducciones de la sesión
content-session-link = Traducciones
content-floor = Idioma de la sala
content-floor-hint = El idioma que utilizará la mayoría de los oradores en la sala.
content-floor-unsaid = Sin especificar
content-interpretation = Interpretación ofrecida
content-interpretation-hint = Marque cada idioma al que se interpreta la sesión.
content-err-floor = Elija uno de los idiomas indicados.
content-pub-floor = Idioma de la sala:
content-pub-interpretation = Interpretación:
content-filter-label = Sesiones con interpretación a
content-filter-any = Cualquier idioma
content-filter-apply = Mostrar
content-filter-clear = Mostrar todas las sesiones
content-filter-none = Ninguna sesión ofrece interpretación a este idioma: { $language }.
