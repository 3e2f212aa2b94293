# Correo: cada mensaje que envía Plenary, en el idioma del destinatario.
mail-signature = Plenary, en nombre de los organizadores de la conferencia
mail-greeting = Estimado/a { $name }:
mail-greeting-anonymous = Estimado/a señor/a:
mail-greeting-participant = Estimado/a participante:
mail-button-fallback = Si el botón no funciona, copie esta dirección en su navegador:
mail-detail-conference = Conferencia
mail-detail-opens = Apertura
mail-detail-closes = Clausura
mail-detail-zone = Su zona horaria
mail-detail-when = Fecha y hora
mail-detail-session = Sesión
mail-detail-new-time = Nuevo horario
mail-action-my-page = Abrir mi página de la conferencia
mail-action-see-my-page = Ver mi página de la conferencia
mail-action-my-registration = Ver mi inscripción
mail-action-agenda = Ver el programa
mail-link-expiry-48h = El enlace solo funciona una vez y caduca en 48 horas.
# Confirmación de una inscripción
mail-confirm-subject = Confirme su inscripción: { $conference }
mail-confirm-intro = Le agradecemos su inscripción en «{ $conference }». Le rogamos que confirme su dirección de correo electrónico para completarla.
mail-confirm-waitlist = En este momento la conferencia está completa: ocupa usted el puesto { $position } en la lista de espera. Le escribiremos en cuanto se le asigne una plaza.
mail-confirm-action = Confirmar mi inscripción
mail-confirm-expiry = El enlace solo funciona una vez y caduca en 48 horas. Si usted no se ha inscrito, ignore este mensaje: sin el enlace no ocurre nada.
# Inscripción con una dirección que ya tiene cuenta
mail-already-subject = Ya tiene usted una cuenta: { $conference }
mail-already-intro = Alguien (probablemente usted) ha intentado inscribirse en «{ $conference }» con esta dirección de correo electrónico, que ya tiene una cuenta. No se ha creado ninguna cuenta nueva.
mail-already-how = Para inscribirse en la conferencia, inicie sesión y utilice la inscripción con un solo clic. Si ha olvidado su contraseña, puede establecer una nueva.
mail-already-action = Iniciar sesión e inscribirme
mail-already-forgotten = ¿Ha olvidado su contraseña?
mail-already-not-you = Si no ha sido usted, puede ignorar este mensaje: su cuenta no ha cambiado.
# Inscripción confirmada
mail-confirmed-subject = Su inscripción está confirmada: { $conference }
mail-confirmed-intro = Su inscripción en «{ $conference }» está confirmada.
mail-confirmed-pick = Elija las sesiones que desea seguir: encontrará los enlaces de conexión en su página de la conferencia poco antes del inicio de cada sesión.
mail-confirmed-ics-picks = El archivo de calendario adjunto añade a su calendario las sesiones que ha elegido.
mail-confirmed-ics-days = El archivo de calendario adjunto añade a su calendario los días de la conferencia. Para seguir sus sesiones a medida que las elija, suscríbase a su calendario personal desde su página de la conferencia.
# Lista de espera
mail-waitlisted-subject = Dirección confirmada — está usted en la lista de espera: { $conference }
mail-waitlisted-intro = Le agradecemos que haya confirmado su dirección de correo electrónico. «{ $conference }» está completa en este momento; ocupa usted el puesto { $position } en la lista de espera.
mail-waitlisted-how = Cuando quede libre una plaza, se asignará automáticamente a la primera persona de la lista y le escribiremos.
mail-promoted-subject = Se le ha asignado una plaza: { $conference }
mail-promoted-intro = Buenas noticias: ha quedado libre una plaza en «{ $conference }» y ahora es suya.
mail-promoted-pending = Le rogamos que confirme su dirección de correo electrónico con el enlace que le enviamos al inscribirse para completar su inscripción.
mail-seat-subject = Tiene usted una plaza en «{ $session }»
mail-seat-intro = Ha quedado libre una plaza en «{ $session }» y ahora es suya.
# Contraseña y dirección de correo electrónico
mail-reset-subject = Establecer una nueva contraseña de Plenary
mail-reset-intro = Hemos recibido una solicitud para establecer una nueva contraseña para su cuenta.
mail-reset-action = Elegir una nueva contraseña
mail-reset-expiry = El enlace solo funciona una vez y caduca en 2 horas. Si usted no lo ha solicitado, ignore este mensaje: su contraseña no cambia.
mail-reset-unknown-subject = Solicitud de restablecimiento de contraseña
mail-reset-unknown-intro = Alguien ha solicitado restablecer la contraseña de una cuenta de Plenary con esta dirección de correo electrónico, pero no existe ninguna cuenta con ella.
mail-reset-unknown-hint = Si deseaba inscribirse en una conferencia, comience desde su página en
mail-email-change-subject = Confirme su nueva dirección de correo electrónico
mail-email-change-intro = Ha solicitado cambiar la dirección de correo electrónico de su cuenta de Plenary a { $email }. Confírmela con el enlace siguiente.
mail-email-change-action = Confirmar mi nueva dirección
mail-email-changed-subject = La dirección de correo electrónico de su cuenta ha cambiado
mail-email-changed-intro = La dirección de correo electrónico de su cuenta de Plenary se ha cambiado a { $email }. Si no ha sido usted, póngase en contacto de inmediato con los organizadores.
# Cambios en el programa
mail-moved-subject = Nuevo horario de «{ $session }»
mail-moved-intro = Los organizadores de «{ $conference }» han cambiado el horario de una sesión que usted eligió.
mail-removed-subject = «{ $session }» no se celebrará
mail-removed-intro = Los organizadores de «{ $conference }» han suprimido la sesión «{ $session }», que usted había elegido. Lamentamos el cambio.
mail-cancelled-subject = Cancelada: «{ $session }»
mail-cancelled-intro = Los organizadores de «{ $conference }» han cancelado la sesión «{ $session }», que usted había elegido. El archivo de calendario adjunto la marca como cancelada en su calendario.
mail-reinstated-subject = De nuevo en el programa: «{ $session }»
mail-reinstated-intro = Los organizadores de «{ $conference }» han restablecido la sesión «{ $session }», que usted había elegido: finalmente se celebrará. El archivo de calendario adjunto actualiza su calendario.
mail-reminder-subject = Próximamente: { $session }
mail-reminder-intro = «{ $session }», una sesión de «{ $conference }» que usted eligió, comenzará en breve.
mail-reminder-join = El enlace de conexión estará en su página de la conferencia poco antes del inicio de la sesión.
# Invitaciones a un rol ($role: organizer, moderator o speaker)
mail-invite-subject = Invitación: { $conference }
mail-invite-conference = Los organizadores de «{ $conference }» le invitan a ser { $role ->
        [moderator] moderador/a
        [speaker] ponente
       *[organizer] organizador/a
    } de la conferencia.
mail-invite-session = Los organizadores de «{ $conference }» le invitan a ser { $role ->
        [moderator] moderador/a
        [speaker] ponente
       *[organizer] organizador/a
    } de la sesión «{ $session }».
mail-invite-how = Abra el enlace para aceptar. Su nombre aparecerá en las páginas de la conferencia solo después de que acepte. Si no desea asumir este rol, ignore este mensaje.
mail-invite-action = Responder a la invitación
mail-invite-expiry = El enlace solo funciona una vez y caduca en 14 días. Si no esperaba este mensaje, puede ignorarlo.
# El marco de un anuncio
mail-ann-reason = Recibe este mensaje porque participa en «{ $conference }».
mail-ann-page = Su página de la conferencia
mail-ann-unsubscribe = Darse de baja de los anuncios de esta conferencia
mail-ann-no-more = No recibir más anuncios de esta conferencia
