//! How the domain's text-backed types travel through Diesel: ids (hyphenated UUIDs),
//! the status/role/kind enums, `CountryCode` and `TimeZone` are all `Text` columns on
//! both backends. Each gets `ToSql`/`FromSql` for SQLite, PostgreSQL and the
//! `MultiBackend` of [`DbConn`](super::DbConn), from one macro, so queries bind them
//! with `.eq(id)` and rows load them as typed fields. Decoding never guesses: a stored
//! value that does not parse is a deserialization error naming the type and the value
//! ([`UnexpectedValue`]), which fails the query and is logged by the caller's error
//! path — never a default.

use std::borrow::Cow;
use std::fmt;

use diesel::deserialize::{self, FromSql};
use diesel::pg::Pg;
use diesel::serialize::{self, IsNull, Output, ToSql};
use diesel::sql_types::Text;
use diesel::sqlite::Sqlite;

use super::conn::MultiBackend;
use crate::domain::lang::Lang;
use crate::domain::status::{
    ConferenceRole, EnrollmentStatus, RegistrationStatus, SessionKind, SessionRole, SessionStatus,
};
use crate::domain::video::Platform;
use crate::domain::video::bbb::ChecksumAlgorithm;
use crate::domain::{ConferenceId, CountryCode, RegistrationId, SessionId, TimeZone, UserId};

/// A stored value that is not a valid value of the type the column holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnexpectedValue {
    /// The Rust type the column decodes into, e.g. `SessionId`.
    pub expected: &'static str,
    /// The value found (cut to 80 characters).
    pub found: String,
}

impl fmt::Display for UnexpectedValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "stored value {:?} is not a valid {}",
            self.found, self.expected
        )
    }
}

impl std::error::Error for UnexpectedValue {}

impl UnexpectedValue {
    fn new(expected: &'static str, found: &str) -> Self {
        Self {
            expected,
            found: found.chars().take(80).collect(),
        }
    }
}

/// The text form of a value and how it is read back. Implemented by [`text_column!`]
/// for each type; the Diesel impls are written once in terms of it.
trait TextColumn: Sized {
    const NAME: &'static str;
    fn to_text(&self) -> Cow<'static, str>;
    fn from_text(s: &str) -> Option<Self>;
}

fn decode<T: TextColumn>(s: &str) -> deserialize::Result<T> {
    T::from_text(s).ok_or_else(|| Box::new(UnexpectedValue::new(T::NAME, s)) as _)
}

macro_rules! text_column {
    ($ty:ty, $name:expr, |$v:ident| $to:expr, |$s:ident| $from:expr) => {
        impl TextColumn for $ty {
            const NAME: &'static str = $name;
            fn to_text(&self) -> Cow<'static, str> {
                let $v = self;
                $to
            }
            fn from_text($s: &str) -> Option<Self> {
                $from
            }
        }

        impl ToSql<Text, Sqlite> for $ty {
            fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, Sqlite>) -> serialize::Result {
                match self.to_text() {
                    Cow::Borrowed(s) => out.set_value(s),
                    Cow::Owned(s) => out.set_value(s),
                }
                Ok(IsNull::No)
            }
        }

        impl ToSql<Text, Pg> for $ty {
            fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, Pg>) -> serialize::Result {
                std::io::Write::write_all(out, self.to_text().as_bytes())?;
                Ok(IsNull::No)
            }
        }

        impl ToSql<Text, MultiBackend> for $ty {
            fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, MultiBackend>) -> serialize::Result {
                out.set_value((Text, self));
                Ok(IsNull::No)
            }
        }

        impl FromSql<Text, Sqlite> for $ty {
            fn from_sql(
                bytes: <Sqlite as diesel::backend::Backend>::RawValue<'_>,
            ) -> deserialize::Result<Self> {
                let s = <String as FromSql<Text, Sqlite>>::from_sql(bytes)?;
                decode(&s)
            }
        }

        impl FromSql<Text, Pg> for $ty {
            fn from_sql(
                bytes: <Pg as diesel::backend::Backend>::RawValue<'_>,
            ) -> deserialize::Result<Self> {
                let s = <String as FromSql<Text, Pg>>::from_sql(bytes)?;
                decode(&s)
            }
        }

        impl FromSql<Text, MultiBackend> for $ty {
            fn from_sql(
                bytes: <MultiBackend as diesel::backend::Backend>::RawValue<'_>,
            ) -> deserialize::Result<Self> {
                bytes.from_sql::<Self, Text>()
            }
        }
    };
}

macro_rules! id_column {
    ($($ty:ident),+) => {$(
        text_column!($ty, stringify!($ty), |v| Cow::Owned(v.to_string()), |s| $ty::parse(s));
    )+};
}

macro_rules! enum_column {
    ($($ty:ident),+) => {$(
        text_column!($ty, stringify!($ty), |v| Cow::Borrowed(v.as_str()), |s| $ty::parse(s));
    )+};
}

id_column!(UserId, ConferenceId, SessionId, RegistrationId);
enum_column!(Platform, ChecksumAlgorithm);
enum_column!(
    RegistrationStatus,
    EnrollmentStatus,
    SessionKind,
    SessionStatus,
    SessionRole,
    ConferenceRole
);
text_column!(
    CountryCode,
    "CountryCode",
    |v| Cow::Borrowed(v.alpha2()),
    // Stored codes are already upper case; anything else is not what we wrote.
    |s| (s.len() == 2 && s == s.to_ascii_uppercase())
        .then(|| CountryCode::parse(s).ok())
        .flatten()
);
text_column!(Lang, "Lang", |v| Cow::Borrowed(v.code()), |s| Lang::ALL
    .into_iter()
    .find(|l| l.code() == s));
text_column!(TimeZone, "TimeZone", |v| Cow::Borrowed(v.name()), |s| s
    .parse::<chrono_tz::Tz>()
    .ok()
    .map(TimeZone));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_round_trip_through_their_text() {
        let id = SessionId::new();
        assert_eq!(SessionId::from_text(&id.to_text()), Some(id));
        for s in RegistrationStatus::ALL {
            assert_eq!(RegistrationStatus::from_text(&s.to_text()), Some(*s));
        }
        let ch = CountryCode::parse("CH").unwrap();
        assert_eq!(CountryCode::from_text(&ch.to_text()), Some(ch));
        let tz = TimeZone::parse("Europe/Zurich").unwrap();
        assert_eq!(TimeZone::from_text(&tz.to_text()), Some(tz));
    }

    #[test]
    fn unparsable_values_are_errors_naming_type_and_value() {
        let e = decode::<SessionId>("not-a-uuid").unwrap_err();
        let e = e.downcast_ref::<UnexpectedValue>().unwrap();
        assert_eq!(e.expected, "SessionId");
        assert_eq!(e.found, "not-a-uuid");
        assert!(decode::<RegistrationStatus>("maybe").is_err());
        assert!(decode::<SessionKind>("party").is_err());
        assert!(decode::<TimeZone>("Mars/Olympus").is_err());
        assert!(decode::<CountryCode>("XX").is_err());
        assert!(decode::<CountryCode>("ch").is_err());
    }
}
