//! What an organizer may do to a registration in each status. The service refuses
//! an action the status does not allow, and the registration page offers exactly
//! the allowed ones, so the two can never disagree.

use crate::domain::status::RegistrationStatus;

/// An organizer's action on one registration.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RegistrationAction {
    /// A fresh confirmation link (pending registrations only).
    Resend,
    /// Pending or waitlisted → confirmed, with the "you are registered" mail.
    Confirm,
    /// Waitlisted → confirmed even when full: the organizer decides.
    Promote,
    /// → cancelled; frees the seats and promotes the waiting lists.
    Cancel,
}

impl RegistrationAction {
    /// In the order the page shows them.
    pub const ALL: [RegistrationAction; 4] = [
        RegistrationAction::Resend,
        RegistrationAction::Confirm,
        RegistrationAction::Promote,
        RegistrationAction::Cancel,
    ];

    /// The last segment of the action's URL (`…/registrations/{id}/{slug}`).
    pub fn slug(self) -> &'static str {
        match self {
            RegistrationAction::Resend => "resend",
            RegistrationAction::Confirm => "confirm",
            RegistrationAction::Promote => "promote",
            RegistrationAction::Cancel => "cancel",
        }
    }

    /// The action's name in the audit log.
    pub fn audit_verb(self) -> &'static str {
        match self {
            RegistrationAction::Resend => "registration.resend_confirmation",
            RegistrationAction::Confirm => "registration.confirm",
            RegistrationAction::Cancel => "registration.cancel",
            RegistrationAction::Promote => "registration.promote",
        }
    }

    /// Every action but cancelling writes to the person, so it needs one.
    pub fn needs_person(self) -> bool {
        self != RegistrationAction::Cancel
    }

    /// Whether the status lets this action change anything.
    pub fn applies_to(self, status: RegistrationStatus) -> bool {
        use RegistrationStatus::{Cancelled, Pending, Waitlisted};
        match self {
            RegistrationAction::Resend => status == Pending,
            RegistrationAction::Confirm => matches!(status, Pending | Waitlisted),
            RegistrationAction::Promote => status == Waitlisted,
            RegistrationAction::Cancel => status != Cancelled,
        }
    }

    /// Whether a registration in `status`, with (`has_person`) or without an
    /// account behind it, allows this action.
    pub fn allowed(self, status: RegistrationStatus, has_person: bool) -> bool {
        self.applies_to(status) && (has_person || !self.needs_person())
    }
}

/// The actions a registration allows, in page order.
pub fn allowed_actions(status: RegistrationStatus, has_person: bool) -> Vec<RegistrationAction> {
    RegistrationAction::ALL
        .into_iter()
        .filter(|a| a.allowed(status, has_person))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::RegistrationAction::*;
    use super::*;
    use RegistrationStatus::{Cancelled, Confirmed, Pending, Waitlisted};

    #[test]
    fn each_status_allows_its_actions() {
        assert_eq!(
            allowed_actions(Pending, true),
            vec![Resend, Confirm, Cancel]
        );
        assert_eq!(
            allowed_actions(Waitlisted, true),
            vec![Confirm, Promote, Cancel]
        );
        assert_eq!(allowed_actions(Confirmed, true), vec![Cancel]);
        assert_eq!(allowed_actions(Cancelled, true), vec![]);
    }

    #[test]
    fn a_deleted_account_can_only_be_cancelled() {
        assert_eq!(allowed_actions(Pending, false), vec![Cancel]);
        assert_eq!(allowed_actions(Waitlisted, false), vec![Cancel]);
        assert_eq!(allowed_actions(Cancelled, false), vec![]);
    }

    #[test]
    fn only_cancelling_works_without_a_person() {
        for a in RegistrationAction::ALL {
            assert_eq!(a.needs_person(), a != Cancel);
        }
    }
}
