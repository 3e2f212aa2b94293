//! Where a personal registration invitation stands (open, registered, revoked,
//! expired), decided once from its timestamps, for the organizers' list, its
//! filters and the personal link's page.

use chrono::{DateTime, Utc};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InvitationState {
    /// Not answered yet: the link works.
    Open,
    /// The link was used to register.
    Registered,
    /// An organizer withdrew it.
    Revoked,
    /// Not used before it expired.
    Expired,
}

impl InvitationState {
    pub const ALL: [InvitationState; 4] = [
        InvitationState::Open,
        InvitationState::Registered,
        InvitationState::Revoked,
        InvitationState::Expired,
    ];

    /// Used beats revoked beats expired: a used link was answered whatever came later.
    pub fn of(
        used: Option<DateTime<Utc>>,
        revoked: Option<DateTime<Utc>>,
        expires: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Self {
        match (used, revoked) {
            (Some(_), _) => Self::Registered,
            (None, Some(_)) => Self::Revoked,
            _ if now >= expires => Self::Expired,
            _ => Self::Open,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Registered => "registered",
            Self::Revoked => "revoked",
            Self::Expired => "expired",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == s)
    }

    /// The Fluent key of the state's name.
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Open => "inv-state-open",
            Self::Registered => "inv-state-registered",
            Self::Revoked => "inv-state-revoked",
            Self::Expired => "inv-state-expired",
        }
    }

    /// The CSS class of the state's badge.
    pub fn badge(self) -> &'static str {
        match self {
            Self::Open => "pending",
            Self::Registered => "confirmed",
            Self::Revoked | Self::Expired => "cancelled",
        }
    }

    /// Whether an organizer may revoke it or remind the invitee.
    pub fn is_open(self) -> bool {
        self == Self::Open
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    #[test]
    fn used_beats_revoked_beats_expired() {
        let now = Utc::now();
        let past = now - Duration::days(1);
        let future = now + Duration::days(1);
        assert_eq!(
            InvitationState::of(None, None, future, now),
            InvitationState::Open
        );
        assert_eq!(
            InvitationState::of(None, None, past, now),
            InvitationState::Expired
        );
        assert_eq!(
            InvitationState::of(None, Some(past), past, now),
            InvitationState::Revoked
        );
        assert_eq!(
            InvitationState::of(Some(past), Some(past), past, now),
            InvitationState::Registered
        );
        for s in InvitationState::ALL {
            assert_eq!(InvitationState::parse(s.as_str()), Some(s));
        }
    }
}
