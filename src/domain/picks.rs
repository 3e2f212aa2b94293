//! Which sessions an attendee may pick: the rule the "Add to my picks" button on My
//! conference and the pick use case both follow, so the page never offers what the
//! service would refuse. Whether the registration allows picking at all (only a
//! confirmed one does) is asked separately, because the two answers are told apart.

use chrono::{DateTime, Utc};

use super::status::{RegistrationStatus, SessionKind};

/// A registration in this status may pick sessions.
pub fn may_pick(status: RegistrationStatus) -> bool {
    status == RegistrationStatus::Confirmed
}

/// The session can be picked at `now`: it takes place, is not a break, and has not
/// ended.
pub fn session_pickable(
    kind: SessionKind,
    cancelled: bool,
    ends_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> bool {
    !cancelled && kind != SessionKind::Break && now < ends_at
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};

    #[test]
    fn sessions_that_take_place_can_be_picked_until_they_end() {
        let end = Utc.with_ymd_and_hms(2020, 7, 7, 14, 30, 0).unwrap();
        let before = end - Duration::seconds(1);
        assert!(session_pickable(SessionKind::Panel, false, end, before));
        assert!(!session_pickable(SessionKind::Panel, false, end, end));
        assert!(!session_pickable(SessionKind::Panel, true, end, before));
        assert!(!session_pickable(SessionKind::Break, false, end, before));
    }

    #[test]
    fn only_confirmed_registrations_pick() {
        assert!(may_pick(RegistrationStatus::Confirmed));
        for s in [
            RegistrationStatus::Pending,
            RegistrationStatus::Waitlisted,
            RegistrationStatus::Cancelled,
        ] {
            assert!(!may_pick(s));
        }
    }
}
