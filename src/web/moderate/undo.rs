//! The last check-in change made on this browser, kept in the encrypted login cookie
//! so it can be reverted exactly. It is never kept in the form: a forged form could
//! otherwise write any arrival time. The roster asks [`undo_pending`] to offer
//! "Undo"; the check-in handlers remember and take back the change.

use actix_session::Session as Cookie;
use chrono::DateTime;
use serde::{Deserialize, Serialize};

use crate::db::roster::Attended;
use crate::domain::{RegistrationId, SessionId, UserId};

const UNDO_KEY: &str = "roster_undo";

/// The last check-in change on this browser.
#[derive(Clone, Debug, Serialize, Deserialize)]
struct Stored {
    session: String,
    registration: String,
    name: String,
    before_at: Option<i64>,
    before_by: Option<String>,
    after_at: Option<i64>,
    after_by: Option<String>,
}

/// A change that can be undone: the attendance of `registration` went from `before`
/// to `after`.
pub struct Undo {
    pub registration: RegistrationId,
    pub name: String,
    pub before: Attended,
    pub after: Attended,
}

fn read(cookie: &Cookie) -> Option<Stored> {
    cookie.get::<Stored>(UNDO_KEY).ok().flatten()
}

/// Whether this browser's last change concerns `session` (the roster then offers
/// "Undo" next to the message about it).
pub fn undo_pending(cookie: &Cookie, session: SessionId) -> bool {
    read(cookie).is_some_and(|u| u.session == session.to_string())
}

fn pack(a: &Attended) -> (Option<i64>, Option<String>) {
    (
        a.at.map(|t| t.timestamp_micros()),
        a.by.map(|u| u.to_string()),
    )
}

fn unpack(at: Option<i64>, by: Option<&str>) -> Attended {
    Attended {
        at: at.and_then(DateTime::from_timestamp_micros),
        by: by.and_then(UserId::parse),
    }
}

/// Keeps `change` in `session` as the one this browser may undo.
pub fn remember(cookie: &Cookie, session: SessionId, change: &Undo) {
    let ((before_at, before_by), (after_at, after_by)) =
        (pack(&change.before), pack(&change.after));
    let _ = cookie.insert(
        UNDO_KEY,
        Stored {
            session: session.to_string(),
            registration: change.registration.to_string(),
            name: change.name.clone(),
            before_at,
            before_by,
            after_at,
            after_by,
        },
    );
}

/// Nothing to undo any more.
pub fn forget(cookie: &Cookie) {
    let _ = cookie.remove(UNDO_KEY);
}

/// Takes this browser's pending change in `session` out of the cookie, if any.
pub fn take(cookie: &Cookie, session: SessionId) -> Option<Undo> {
    let stored = read(cookie).filter(|u| u.session == session.to_string())?;
    let registration = RegistrationId::parse(&stored.registration)?;
    forget(cookie);
    Some(Undo {
        registration,
        before: unpack(stored.before_at, stored.before_by.as_deref()),
        after: unpack(stored.after_at, stored.after_by.as_deref()),
        name: stored.name,
    })
}
