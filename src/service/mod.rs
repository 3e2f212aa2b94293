//! Use cases that change data: each function runs inside the caller's write
//! transaction (`Db::write`), so a change and the mail it causes commit together or
//! not at all. Handlers call one of these; these call `db` and `email`.

pub mod account;
pub mod agenda;
pub mod announcements;
pub mod attendance;
pub mod conferences;
pub mod moderation;
pub mod outbox;
pub mod people;
pub mod picks;
pub mod registration;
pub mod registrations_admin;
pub mod reminders;

use chrono::{DateTime, Utc};

/// What every use case needs besides the connection.
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    pub base_url: &'a str,
    pub now: DateTime<Utc>,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Query(#[from] diesel::result::Error),
    #[error(transparent)]
    Db(#[from] crate::db::DbError),
    #[error("rendering a message: {0}")]
    Template(#[from] askama::Error),
    /// The thing acted on does not exist (any more), or not in this conference.
    #[error("not found")]
    NotFound,
    /// Another conference already uses the slug (settled by the unique constraint
    /// when two organizers take it at once).
    #[error("the slug is taken")]
    SlugTaken,
    /// The new times put people in two sessions at once; one line per clash.
    #[error("double-booked: {}", .0.join("; "))]
    DoubleBooked(Vec<String>),
    /// Someone saved the session since the form was loaded; this is their version.
    #[error("the session was changed by someone else")]
    StaleSession(Box<crate::db::sessions::Session>),
    /// The blocking pool could not run the transaction.
    #[error("blocking task failed: {0}")]
    Blocking(#[from] actix_web::error::BlockingError),
}

pub type Result<T> = std::result::Result<T, Error>;
