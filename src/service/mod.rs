//! Use cases that change data: each function runs inside the caller's write
//! transaction (`Db::write`), so a change and the mail it causes commit together or
//! not at all. Handlers call one of these; these call `db` and `email`.

pub mod account;
pub mod announcements;
pub mod attendance;
pub mod moderation;
pub mod people;
pub mod picks;
pub mod registration;
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
}

pub type Result<T> = std::result::Result<T, Error>;
