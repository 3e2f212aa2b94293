## Cancelling an announcement that has not gone yet.

ann-cancel-title = Annuler l’annonce
ann-cancel-heading = Annuler « { $subject } » ?
ann-cancel-unsent =
    { $count ->
        [one] { $n } message n’est pas encore parti : il ne sera pas envoyé.
       *[other] { $n } messages ne sont pas encore partis : ils ne seront pas envoyés.
    }
ann-cancel-already-sent =
    { $count ->
        [one] { $n } message a déjà été remis ; il ne peut pas être rappelé.
       *[other] { $n } messages ont déjà été remis ; ils ne peuvent pas être rappelés.
    }
ann-cancel-confirm = Oui, annuler l’envoi
ann-cancel-keep = Non, le maintenir
ann-cancel-link = Annuler ce qui n’a pas encore été envoyé
ann-cancel-done =
    { $count ->
        [0] Il ne restait rien à annuler.
        [one] L’annonce est annulée : { $n } message ne sera pas envoyé.
       *[other] L’annonce est annulée : { $n } messages ne seront pas envoyés.
    }
ann-cancel-nothing-left = Tous les messages de cette annonce sont déjà partis ; il n’y a rien à annuler.
ann-cancelled-count =
    { $count ->
        [one] { $n } message a été annulé avant son envoi.
       *[other] { $n } messages ont été annulés avant leur envoi.
    }
