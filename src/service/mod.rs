//! Use cases that change data. Each use case is a function of a connection and a
//! [`Ctx`] that writes its change, its audit record and its outbox mail; the web layer
//! runs it through [`Service::run`], which opens the one write transaction it runs in,
//! so a change and the mail it causes commit together or not at all. The CLI and the
//! mail worker use [`crate::db::Db::write_blocking`] the same way. These call `db`,
//! `domain` and `email`, never `web`.

pub mod account;
pub mod agenda;
pub mod announcement_draft;
pub mod announcements;
pub mod approvals;
pub mod attendance;
pub mod categories;
pub mod conferences;
pub mod content;
pub mod identity;
pub mod login_sessions;
pub mod mail;
pub mod moderation;
pub mod my_registration;
pub mod outbox;
pub mod participants;
pub mod people;
pub mod picks;
pub mod questions;
pub mod registration;
pub mod registration_confirm;
pub mod registration_invitations;
pub mod registrations_admin;
pub mod reminders;
pub mod retention;
pub mod video;
pub mod waitlist;

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::{DateTime, Utc};

use crate::db::{Db, DbConn};
use crate::domain::clock::Clock;

/// What every use case needs besides the connection.
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    pub base_url: &'a str,
    pub now: DateTime<Utc>,
}

/// The web layer's door into the use cases: it owns the transaction, the clock and
/// the public base URL, so a handler only names the use case to run.
#[derive(Clone)]
pub struct Service {
    db: Db,
    base_url: Arc<str>,
    clock: Clock,
    /// Write transactions run by this process, so caches of what they may change
    /// (the public pages) know to look again.
    writes: Arc<AtomicU64>,
}

impl Service {
    pub fn new(db: Db, base_url: &str, clock: Clock) -> Self {
        Self {
            db,
            base_url: base_url.into(),
            clock,
            writes: Arc::default(),
        }
    }

    /// How many write transactions this process has run (committed or not).
    pub fn writes(&self) -> u64 {
        self.writes.load(Ordering::Acquire)
    }

    /// Runs `use_case` in one write transaction off the event loop; nothing of it is
    /// kept if it fails. The clock is read once, so the whole use case sees one "now".
    pub async fn run<T, F>(&self, use_case: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConn, Ctx<'_>) -> Result<T> + Send + 'static,
    {
        let base_url = Arc::clone(&self.base_url);
        let now = self.clock.now();
        let done = self
            .db
            .write(move |c| {
                use_case(
                    c,
                    Ctx {
                        base_url: &base_url,
                        now,
                    },
                )
            })
            .await;
        self.writes.fetch_add(1, Ordering::AcqRel);
        done
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Query(#[from] diesel::result::Error),
    #[error(transparent)]
    Db(#[from] crate::db::DbError),
    #[error("rendering a message: {0}")]
    Template(#[from] askama::Error),
    /// A token's payload could not be written as JSON.
    #[error("encoding a payload: {0}")]
    Json(#[from] serde_json::Error),
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
