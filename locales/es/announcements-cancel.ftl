## Cancelling an announcement that has not gone yet.

ann-cancel-title = Cancelar el anuncio
ann-cancel-heading = ¿Cancelar «{ $subject }»?
ann-cancel-unsent =
    { $count ->
        [one] { $n } mensaje aún no ha salido: no se enviará.
       *[other] { $n } mensajes aún no han salido: no se enviarán.
    }
ann-cancel-already-sent =
    { $count ->
        [one] { $n } mensaje ya se entregó; no puede recuperarse.
       *[other] { $n } mensajes ya se entregaron; no pueden recuperarse.
    }
ann-cancel-confirm = Sí, cancelar el envío
ann-cancel-keep = No, mantenerlo
ann-cancel-link = Cancelar lo que aún no se ha enviado
ann-cancel-done =
    { $count ->
        [0] No quedaba nada por cancelar.
        [one] El anuncio se ha cancelado: { $n } mensaje no se enviará.
       *[other] El anuncio se ha cancelado: { $n } mensajes no se enviarán.
    }
ann-cancel-nothing-left = Todos los mensajes de este anuncio ya han salido; no hay nada que cancelar.
ann-cancelled-count =
    { $count ->
        [one] { $n } mensaje se canceló antes de salir.
       *[other] { $n } mensajes se cancelaron antes de salir.
    }
