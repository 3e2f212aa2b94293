//! Who may see and use a session's meeting link, and from when. One decision,
//! [`join_access`], answers for My conference, `/join`, the personal calendar feed
//! and the moderators' pages: attendees need a confirmed registration and, where the
//! session has limited places, a seat in it, and get the link `join_lead_minutes`
//! before the start; people on stage (moderators and speakers) get it
//! [`HOST_LEAD_MINUTES`] before the start to set up sound and slides. Nobody gets a
//! link of a cancelled session or one without a link, and nobody joins after the end.

use chrono::{DateTime, Duration, Utc};

use super::status::{EnrollmentStatus, RegistrationStatus, SessionRole};

/// Hosts (moderators and speakers) get the meeting link this long before the start,
/// earlier than attendees, to set up sound and slides.
pub const HOST_LEAD_MINUTES: i64 = 30;

/// What the decision needs to know about the session.
#[derive(Clone, Copy, Debug)]
pub struct SessionFacts {
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub cancelled: bool,
    /// The session has a meeting link at all.
    pub has_link: bool,
    /// The session has limited places (a capacity): attendees need a seat in it.
    pub limited: bool,
}

/// Who asks, in this session.
#[derive(Clone, Copy, Debug)]
pub enum Viewer<'a> {
    /// Someone asking as an attendee of the conference: their registration's status
    /// (if any) and their pick of this session (if any).
    Attendee {
        registration: Option<RegistrationStatus>,
        pick: Option<EnrollmentStatus>,
    },
    /// Someone asking from the moderators' pages: their roles on stage in this session
    /// (empty for an organizer who is not on stage).
    Host { roles: &'a [SessionRole] },
}

/// Why the link is not for this viewer, whatever the time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// No registration, or one that is not confirmed (pending, waitlisted, cancelled).
    NotConfirmed,
    /// The session is cancelled or has no meeting link.
    NoLink,
    /// The session has limited places and the viewer holds none of them.
    NoSeat,
    /// An organizer who is not on stage: hosts' links are for moderators and speakers.
    NotOnStage,
}

/// The answer: the link may be used now, later, no more, or not by this viewer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JoinAccess {
    Open,
    NotYet { opens_at: DateTime<Utc> },
    Ended,
    NotAllowed(Refusal),
}

impl JoinAccess {
    /// The viewer is entitled to the link at some time (now, later or in the past):
    /// what the personal calendar feed needs, since a calendar keeps the link.
    pub fn entitled(self) -> bool {
        !matches!(self, JoinAccess::NotAllowed(_))
    }
}

/// Decides whether `viewer` may use the session's link at `now`. `attendee_lead` is
/// the conference's `join_lead_minutes`.
pub fn join_access(
    viewer: Viewer<'_>,
    session: SessionFacts,
    attendee_lead: Duration,
    now: DateTime<Utc>,
) -> JoinAccess {
    let no_link = session.cancelled || !session.has_link;
    let lead = match viewer {
        Viewer::Attendee { registration, pick } => {
            if registration != Some(RegistrationStatus::Confirmed) {
                return JoinAccess::NotAllowed(Refusal::NotConfirmed);
            }
            if no_link {
                return JoinAccess::NotAllowed(Refusal::NoLink);
            }
            if session.limited && pick != Some(EnrollmentStatus::Enrolled) {
                return JoinAccess::NotAllowed(Refusal::NoSeat);
            }
            attendee_lead
        }
        Viewer::Host { roles } => {
            if roles.is_empty() {
                return JoinAccess::NotAllowed(Refusal::NotOnStage);
            }
            if no_link {
                return JoinAccess::NotAllowed(Refusal::NoLink);
            }
            Duration::minutes(HOST_LEAD_MINUTES)
        }
    };
    let opens_at = session.starts_at - lead;
    if now >= session.ends_at {
        JoinAccess::Ended
    } else if now >= opens_at {
        JoinAccess::Open
    } else {
        JoinAccess::NotYet { opens_at }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    const LEAD: i64 = 10;

    fn start() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2020, 7, 7, 13, 0, 0).unwrap()
    }

    fn session() -> SessionFacts {
        SessionFacts {
            starts_at: start(),
            ends_at: start() + Duration::minutes(90),
            cancelled: false,
            has_link: true,
            limited: false,
        }
    }

    fn attendee(registration: RegistrationStatus) -> Viewer<'static> {
        Viewer::Attendee {
            registration: Some(registration),
            pick: None,
        }
    }

    fn at(viewer: Viewer<'_>, s: SessionFacts, minutes_from_start: i64) -> JoinAccess {
        join_access(
            viewer,
            s,
            Duration::minutes(LEAD),
            start() + Duration::minutes(minutes_from_start),
        )
    }

    #[test]
    fn the_link_opens_exactly_at_the_lead_time() {
        let confirmed = attendee(RegistrationStatus::Confirmed);
        let opens_at = start() - Duration::minutes(LEAD);
        let just_before = join_access(
            confirmed,
            session(),
            Duration::minutes(LEAD),
            opens_at - Duration::seconds(1),
        );
        assert_eq!(just_before, JoinAccess::NotYet { opens_at });
        assert_eq!(at(confirmed, session(), -LEAD), JoinAccess::Open);
        assert_eq!(at(confirmed, session(), 89), JoinAccess::Open);
    }

    #[test]
    fn nobody_joins_at_or_after_the_end() {
        let confirmed = attendee(RegistrationStatus::Confirmed);
        assert_eq!(at(confirmed, session(), 90), JoinAccess::Ended);
        assert_eq!(at(confirmed, session(), 300), JoinAccess::Ended);
        let moderator = Viewer::Host {
            roles: &[SessionRole::Moderator],
        };
        assert_eq!(at(moderator, session(), 90), JoinAccess::Ended);
    }

    #[test]
    fn a_cancelled_session_or_one_without_a_link_has_no_link() {
        let cancelled = SessionFacts {
            cancelled: true,
            ..session()
        };
        let linkless = SessionFacts {
            has_link: false,
            ..session()
        };
        let confirmed = attendee(RegistrationStatus::Confirmed);
        let speaker = Viewer::Host {
            roles: &[SessionRole::Speaker],
        };
        for s in [cancelled, linkless] {
            assert_eq!(at(confirmed, s, 0), JoinAccess::NotAllowed(Refusal::NoLink));
            assert_eq!(at(speaker, s, 0), JoinAccess::NotAllowed(Refusal::NoLink));
        }
    }

    #[test]
    fn only_confirmed_registrants_may_join() {
        for status in [
            RegistrationStatus::Waitlisted,
            RegistrationStatus::Pending,
            RegistrationStatus::Cancelled,
        ] {
            let access = at(attendee(status), session(), 0);
            assert_eq!(access, JoinAccess::NotAllowed(Refusal::NotConfirmed));
            assert!(!access.entitled());
        }
        let unregistered = Viewer::Attendee {
            registration: None,
            pick: None,
        };
        assert_eq!(
            at(unregistered, session(), 0),
            JoinAccess::NotAllowed(Refusal::NotConfirmed)
        );
    }

    #[test]
    fn limited_sessions_need_a_seat() {
        let limited = SessionFacts {
            limited: true,
            ..session()
        };
        let with = |pick| Viewer::Attendee {
            registration: Some(RegistrationStatus::Confirmed),
            pick,
        };
        assert_eq!(
            at(with(None), limited, 0),
            JoinAccess::NotAllowed(Refusal::NoSeat)
        );
        assert_eq!(
            at(with(Some(EnrollmentStatus::Waitlisted)), limited, 0),
            JoinAccess::NotAllowed(Refusal::NoSeat)
        );
        assert_eq!(
            at(with(Some(EnrollmentStatus::Enrolled)), limited, 0),
            JoinAccess::Open
        );
        // Without limited places nobody needs a pick.
        assert_eq!(at(with(None), session(), 0), JoinAccess::Open);
    }

    #[test]
    fn a_moderator_gets_in_before_the_attendee_window() {
        let moderator = Viewer::Host {
            roles: &[SessionRole::Moderator],
        };
        let confirmed = attendee(RegistrationStatus::Confirmed);
        assert_eq!(
            at(moderator, session(), -HOST_LEAD_MINUTES),
            JoinAccess::Open
        );
        assert_eq!(
            at(confirmed, session(), -HOST_LEAD_MINUTES),
            JoinAccess::NotYet {
                opens_at: start() - Duration::minutes(LEAD)
            }
        );
        assert_eq!(
            at(moderator, session(), -HOST_LEAD_MINUTES - 1),
            JoinAccess::NotYet {
                opens_at: start() - Duration::minutes(HOST_LEAD_MINUTES)
            }
        );
    }

    #[test]
    fn an_organizer_off_stage_gets_no_hosts_link() {
        let organizer = Viewer::Host { roles: &[] };
        assert_eq!(
            at(organizer, session(), 0),
            JoinAccess::NotAllowed(Refusal::NotOnStage)
        );
    }

    #[test]
    fn the_feed_keeps_the_link_outside_the_window() {
        let confirmed = attendee(RegistrationStatus::Confirmed);
        assert!(at(confirmed, session(), -600).entitled());
        assert!(at(confirmed, session(), 600).entitled());
    }
}
