# Exports: our own words in calendar files and the header rows of CSV tables.
exp-ics-day-of = { $title } (day { $day } of { $total })
exp-ics-online-conference = Online conference.
exp-ics-agenda = Agenda in your time zone:
exp-ics-mine = Your sessions and join links:
exp-ics-online = Online
exp-ics-online-room = Online — { $room }
exp-ics-join = Join
# The roster of a session (CSV)
exp-roster-name = Name
exp-roster-country = Country
exp-roster-organisation = Organisation
exp-roster-status = Registration status
exp-roster-joined = Joined
exp-roster-joined-at = Joined at ({ $zone })
exp-roster-deleted = Deleted account
exp-yes = yes
exp-no = no
# The registrations table (CSV); English keeps the column ids that scripts read.
exp-reg-name = name
exp-reg-email = email
exp-reg-country-code = country_code
exp-reg-country-name = country_name
exp-reg-organisation = organisation
exp-reg-status = status
exp-reg-registered-at = registered_at
exp-reg-confirmed-at = confirmed_at
exp-reg-sessions-picked = sessions_picked
exp-reg-minutes-present = minutes_present
