# Exports : nos propres mots dans les fichiers de calendrier et les en-têtes des tableaux CSV.
exp-ics-day-of = { $title } (jour { $day } sur { $total })
exp-ics-online-conference = Conférence en ligne.
exp-ics-agenda = Programme dans votre fuseau horaire :
exp-ics-mine = Vos séances et liens de connexion :
exp-ics-online = En ligne
exp-ics-online-room = En ligne — { $room }
exp-ics-join = Rejoindre
# La liste de présence d’une séance (CSV)
exp-roster-name = Nom
exp-roster-country = Pays
exp-roster-organisation = Organisation
exp-roster-status = Statut de l’inscription
exp-roster-joined = Présent
exp-roster-joined-at = Arrivée ({ $zone })
exp-roster-deleted = Compte supprimé
exp-yes = oui
exp-no = non
# Le tableau des inscriptions (CSV)
exp-reg-name = nom
exp-reg-email = adresse électronique
exp-reg-country-code = code pays
exp-reg-country-name = pays
exp-reg-organisation = organisation
exp-reg-status = statut
exp-reg-registered-at = inscrit le
exp-reg-confirmed-at = confirmé le
exp-reg-sessions-picked = séances choisies
exp-reg-minutes-present = minutes de présence
