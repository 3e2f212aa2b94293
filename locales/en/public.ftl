## Public pages: list of conferences, conference, agenda, session, person, unsubscribe.

pub-home-title = Conferences
pub-home-upcoming = Upcoming
pub-home-no-upcoming = No upcoming conferences have been published yet.
pub-home-past = Past
pub-home-no-past = No past conferences.

pub-conf-online = online · times in { $zone }
pub-conf-reach =
    { $registrants ->
        [one] { $rn } registrant
       *[other] { $rn } registrants
    } from { $countries ->
        [one] { $cn } country
       *[other] { $cn } countries
    }
pub-conf-register = Register
pub-conf-see-agenda =
    See the agenda ({ $sessions ->
        [one] { $sn } session
       *[other] { $sn } sessions
    } over { $days ->
        [one] { $dn } day
       *[other] { $dn } days
    })
pub-logo-alt = Logo of { $title }
pub-draft-title = Draft — only organizers see this.
pub-draft-text = The public, exports and feeds get “not found” until the conference is published.

pub-agenda = Agenda
pub-see-agenda = See the agenda
pub-back-to-agenda = Back to the agenda
pub-feed-frab = schedule (frab XML)
pub-feed-json = schedule (c3voc JSON)
pub-feed-calendar = calendar
pub-zone-shown-in = Times are shown in
pub-zone-conference-runs = (the conference runs on { $zone } time)
pub-zone-show-in = Show times in
pub-zone-hint = A city, a country or a zone name: Tokyo, India, America/New_York.
pub-zone-change = Change time zone
pub-zone-use-browser = Use my time zone ({ $zone })
pub-download = Download:
pub-download-calendar = Calendar (.ics)
pub-days = Days
pub-agenda-empty = The agenda has not been published yet.
pub-cancelled = Cancelled
pub-moderator = Moderator:
pub-speakers = Speakers:

pub-kind-opening = Opening
pub-kind-keynote = Keynote
pub-kind-panel = Panel
pub-kind-talk = Talk
pub-kind-workshop = Workshop
pub-kind-break = Break
pub-kind-closing = Closing
pub-kind-other = Session
pub-role-moderator = Moderator
pub-role-speaker = Speaker

pub-session-when = When (your time, { $zone })
pub-session-conference-time = Conference time ({ $zone })
pub-session-add-to-calendar = Add to calendar
pub-session-people = People
pub-people-heading = Speakers and moderators
pub-person-photo-alt = Photo of { $name }
pub-person-sessions = Sessions
pub-person-times-in = Times in { $zone }.

pub-unsub-title = Announcements
pub-unsub-done-heading = You are unsubscribed
pub-unsub-done-lead = You will receive no more announcements from “{ $conference }”.
pub-unsub-still = Mail about your own registration — confirmations, password resets, changes to sessions you picked — still reaches you.
pub-unsub-heading = Stop announcements?
pub-unsub-lead = Stop the organisers' announcements from “{ $conference }” to this address.
pub-unsub-button = Unsubscribe from announcements
