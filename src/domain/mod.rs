//! Pure types and rules, no I/O. Input is parsed into these types once, at the edge;
//! below the web layer nothing takes a raw `String` for something that has a type.

pub mod agenda;
pub mod capacity;
pub mod categories;
pub mod clock;
pub mod collation;
pub mod content;
pub mod countries;
pub mod fields;
pub mod identity;
pub mod ids;
pub mod invitations_csv;
pub mod join;
pub mod l10n;
pub mod lang;
pub mod markdown;
pub mod passwords;
pub mod picks;
pub mod profile;
pub mod ratelimit;
pub mod regions;
pub mod registration;
pub mod retention;
pub mod rooms;
pub mod secret;
pub mod signin;
pub mod standing;
pub mod status;
pub mod text;
pub mod timefmt;
pub mod video;
pub mod zones;

pub use fields::FieldErrors;
pub use ids::{ConferenceId, RegistrationId, SessionId, UserId};
pub use text::{CountryCode, Email, Password, PersonName, TimeZone};
