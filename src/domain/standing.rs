//! A person's standing in one conference session: the rule that decides whether an
//! organizer, a moderator or a speaker is looking at it. Computed once per request by
//! the route guard and handed to the handlers.

use super::status::SessionRole;

/// The viewer's strongest standing in one session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// Organizer of the conference or site admin: everything, without a seat on stage.
    Organizer,
    Moderator,
    Speaker,
}

impl Standing {
    /// `organizer` is true for the conference's organizers and site admins; `roles`
    /// are the person's own roles on this session's stage. `None`: no standing at all.
    pub fn of(organizer: bool, roles: &[SessionRole]) -> Option<Self> {
        if organizer {
            Some(Self::Organizer)
        } else if roles.contains(&SessionRole::Moderator) {
            Some(Self::Moderator)
        } else if roles.contains(&SessionRole::Speaker) {
            Some(Self::Speaker)
        } else {
            None
        }
    }

    /// Moderators and organizers run the session (roster check-in, run of show).
    pub fn runs_the_session(self) -> bool {
        matches!(self, Self::Organizer | Self::Moderator)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use SessionRole::{Moderator, Speaker};

    #[test]
    fn the_strongest_standing_wins() {
        assert_eq!(Standing::of(true, &[Speaker]), Some(Standing::Organizer));
        assert_eq!(
            Standing::of(false, &[Speaker, Moderator]),
            Some(Standing::Moderator)
        );
        assert_eq!(Standing::of(false, &[Speaker]), Some(Standing::Speaker));
        assert_eq!(Standing::of(false, &[]), None);
        assert!(Standing::Moderator.runs_the_session());
        assert!(!Standing::Speaker.runs_the_session());
    }
}
