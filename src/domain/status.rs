//! Closed sets of values that the schema also CHECKs: registration status, session
//! kind and status, and the roles people hold. Each binds and loads as Diesel `Text`
//! (see `db::types`); a stored value outside the set is an error, never a default.

macro_rules! string_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident => $text:literal / $label:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, diesel::AsExpression, diesel::FromSqlRow)]
        #[diesel(sql_type = diesel::sql_types::Text)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// Human label for pages.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            pub fn parse(s: &str) -> Option<Self> {
                match s { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

string_enum!(
    /// `pending` until the email link is followed; `waitlisted` when the conference is full.
    RegistrationStatus {
        Pending => "pending" / "Pending email confirmation",
        Confirmed => "confirmed" / "Confirmed",
        Waitlisted => "waitlisted" / "On the waiting list",
        Cancelled => "cancelled" / "Cancelled",
    }
);

impl RegistrationStatus {
    /// Statuses that occupy a seat of the conference's capacity.
    pub const HOLDING_SEAT: [RegistrationStatus; 2] =
        [RegistrationStatus::Pending, RegistrationStatus::Confirmed];
}

string_enum!(
    SessionKind {
        Opening => "opening" / "Opening",
        Keynote => "keynote" / "Keynote",
        Panel => "panel" / "Panel",
        Talk => "talk" / "Talk",
        Workshop => "workshop" / "Workshop",
        Break => "break" / "Break",
        Closing => "closing" / "Closing",
        Other => "other" / "Session",
    }
);

string_enum!(
    /// A cancelled session stays on the agenda, marked as such.
    SessionStatus {
        Scheduled => "scheduled" / "Scheduled",
        Cancelled => "cancelled" / "Cancelled",
    }
);

string_enum!(
    /// Roles on a whole conference (`conference_roles.role`).
    ConferenceRole {
        Organizer => "organizer" / "Organizer",
    }
);

string_enum!(
    SessionRole {
        Moderator => "moderator" / "Moderator",
        Speaker => "speaker" / "Speaker",
    }
);

string_enum!(
    EnrollmentStatus {
        Enrolled => "enrolled" / "Enrolled",
        Waitlisted => "waitlisted" / "On the session's waiting list",
    }
);

impl RegistrationStatus {
    /// The Fluent message naming this status for people (`locales/*/organize.ftl`);
    /// its English text is [`RegistrationStatus::label`].
    pub fn label_key(self) -> &'static str {
        match self {
            RegistrationStatus::Pending => "org-status-pending",
            RegistrationStatus::Confirmed => "org-status-confirmed",
            RegistrationStatus::Waitlisted => "org-status-waitlisted",
            RegistrationStatus::Cancelled => "org-status-cancelled",
        }
    }
}

impl EnrollmentStatus {
    /// The Fluent message naming this status for people; English is [`EnrollmentStatus::label`].
    pub fn label_key(self) -> &'static str {
        match self {
            EnrollmentStatus::Enrolled => "org-enrollment-enrolled",
            EnrollmentStatus::Waitlisted => "org-enrollment-waitlisted",
        }
    }
}
