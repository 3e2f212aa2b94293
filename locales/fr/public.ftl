## Pages publiques : liste des conférences, conférence, programme, séance, intervenant, désabonnement.

pub-home-title = Conférences
pub-home-upcoming = À venir
pub-home-no-upcoming = Aucune conférence à venir n'a encore été publiée.
pub-home-past = Passées
pub-home-no-past = Aucune conférence passée.

pub-conf-online = en ligne · horaires dans le fuseau { $zone }
pub-conf-reach =
    { $registrants ->
        [one] { $rn } participant
       *[other] { $rn } participants
    } de { $countries ->
        [one] { $cn } pays
       *[other] { $cn } pays
    }
pub-conf-register = S'inscrire
pub-conf-see-agenda =
    Voir le programme ({ $sessions ->
        [one] { $sn } séance
       *[other] { $sn } séances
    } sur { $days ->
        [one] { $dn } jour
       *[other] { $dn } jours
    })
pub-logo-alt = Logo de { $title }
pub-draft-title = Brouillon — visible uniquement par les organisateurs.
pub-draft-text = Le public, les exports et les flux obtiennent « introuvable » tant que la conférence n'est pas publiée.

pub-agenda = Programme
pub-see-agenda = Voir le programme
pub-back-to-agenda = Retour au programme
pub-feed-frab = programme (XML frab)
pub-feed-json = programme (JSON c3voc)
pub-feed-calendar = calendrier
pub-zone-shown-in = Les horaires sont indiqués dans le fuseau
pub-zone-conference-runs = (la conférence se déroule à l'heure de { $zone })
pub-zone-show-in = Afficher les horaires dans le fuseau
pub-zone-hint = Une ville, un pays ou un nom de fuseau : Tokyo, Inde, America/New_York.
pub-zone-change = Changer de fuseau horaire
pub-zone-use-browser = Utiliser mon fuseau horaire ({ $zone })
pub-download = Télécharger :
pub-download-calendar = Calendrier (.ics)
pub-days = Jours
pub-agenda-empty = Le programme n'a pas encore été publié.
pub-cancelled = Annulée
pub-moderator = Modération :
pub-speakers = Intervenants :

pub-kind-opening = Ouverture
pub-kind-keynote = Discours d'ouverture
pub-kind-panel = Table ronde
pub-kind-talk = Exposé
pub-kind-workshop = Atelier
pub-kind-break = Pause
pub-kind-closing = Clôture
pub-kind-other = Séance
pub-role-moderator = Modérateur
pub-role-speaker = Intervenant

pub-session-when = Quand (votre heure, { $zone })
pub-session-conference-time = Heure de la conférence ({ $zone })
pub-session-add-to-calendar = Ajouter au calendrier
pub-session-people = Participants à la séance
pub-people-heading = Intervenants et modérateurs
pub-person-photo-alt = Photo de { $name }
pub-person-sessions = Séances
pub-person-times-in = Horaires dans le fuseau { $zone }.

pub-unsub-title = Annonces
pub-unsub-done-heading = Votre désabonnement est effectif
pub-unsub-done-lead = Vous ne recevrez plus d'annonces de « { $conference } ».
pub-unsub-still = Les courriels concernant votre propre inscription — confirmations, réinitialisations de mot de passe, modifications des séances que vous avez choisies — continuent de vous parvenir.
pub-unsub-heading = Ne plus recevoir les annonces ?
pub-unsub-lead = Ne plus envoyer à cette adresse les annonces des organisateurs de « { $conference } ».
pub-unsub-button = Se désabonner des annonces
