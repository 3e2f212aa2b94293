//! Participant categories: how one gets into a category (open, approval,
//! invitation), where an approval decision stands, and the seat rule with a
//! category's own limits on top of the conference's.

use super::capacity::{self, Limits, Seat, Taken};

/// How one gets into a category.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Admission {
    /// Email confirmation, as for a conference without categories.
    Open,
    /// Confirmed email, then the organizers approve or decline.
    Approval,
    /// Only through a personal invitation link; never offered on the public form.
    Invitation,
}

impl Admission {
    pub const ALL: [Admission; 3] = [Admission::Open, Admission::Approval, Admission::Invitation];

    pub fn as_str(self) -> &'static str {
        match self {
            Admission::Open => "open",
            Admission::Approval => "approval",
            Admission::Invitation => "invitation",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == s)
    }

    /// Whether the public sign-up form offers categories admitted this way.
    pub fn on_public_form(self) -> bool {
        self != Admission::Invitation
    }

    /// The Fluent key of the admission's name.
    pub fn label_key(self) -> &'static str {
        match self {
            Admission::Open => "reg-admission-open",
            Admission::Approval => "reg-admission-approval",
            Admission::Invitation => "reg-admission-invitation",
        }
    }
}

/// Where an organizers' decision on a registration in an approval category stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Approval {
    /// In the queue: holds no seat.
    Awaiting,
    /// Confirmed, or waitlisted when it was full.
    Approved,
    /// Holds no seat; may be reconsidered (approved later).
    Declined,
}

impl Approval {
    pub const ALL: [Approval; 3] = [Approval::Awaiting, Approval::Approved, Approval::Declined];

    pub fn as_str(self) -> &'static str {
        match self {
            Approval::Awaiting => "awaiting",
            Approval::Approved => "approved",
            Approval::Declined => "declined",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == s)
    }

    /// Whether an organizer may approve a registration in this state.
    pub fn may_approve(self) -> bool {
        self != Approval::Approved
    }

    /// Whether an organizer may decline a registration in this state.
    pub fn may_decline(self) -> bool {
        self == Approval::Awaiting
    }

    /// The Fluent key of the state's name.
    pub fn label_key(self) -> &'static str {
        match self {
            Approval::Awaiting => "reg-approval-awaiting",
            Approval::Approved => "reg-approval-approved",
            Approval::Declined => "reg-approval-declined",
        }
    }
}

/// A seat under the conference's limits and the category's: the conference first
/// (full stays full), then the category.
pub fn seat(conference: (Limits, Taken), category: Option<(Limits, Taken)>) -> Seat {
    match capacity::seat(conference.0, conference.1) {
        Seat::Available => category.map_or(Seat::Available, |(l, t)| capacity::seat(l, t)),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l(capacity: Option<i32>, country_quota: Option<i32>) -> Limits {
        Limits {
            capacity,
            country_quota,
        }
    }

    fn t(total: i64, country: i64) -> Taken {
        Taken { total, country }
    }

    #[test]
    fn a_category_limits_on_top_of_the_conference() {
        let conf = (l(Some(10), None), t(3, 0));
        assert_eq!(seat(conf, None), Seat::Available);
        assert_eq!(seat(conf, Some((l(Some(3), None), t(3, 0)))), Seat::Full);
        assert_eq!(
            seat(conf, Some((l(None, Some(1)), t(2, 1)))),
            Seat::CountryQuotaReached
        );
        assert_eq!(
            seat((l(Some(3), None), t(3, 0)), Some((l(None, None), t(0, 0)))),
            Seat::Full
        );
    }

    #[test]
    fn values_round_trip() {
        for a in Admission::ALL {
            assert_eq!(Admission::parse(a.as_str()), Some(a));
        }
        for a in Approval::ALL {
            assert_eq!(Approval::parse(a.as_str()), Some(a));
        }
        assert!(!Admission::Invitation.on_public_form());
        assert!(Approval::Declined.may_approve() && !Approval::Declined.may_decline());
    }
}
