//! Database access: the pool, migrations, and queries grouped per aggregate.
//! Everything here is blocking; the web layer calls it through [`Db::run`] /
//! [`Db::write`], which move the work off the async event loop.

pub mod announcement_versions;
pub mod answers;
pub mod audit;
pub mod categories;
pub mod conferences;
mod conn;
pub mod content;
pub mod identity;
pub mod images;
pub mod invitations;
pub mod login_sessions;
pub mod participants;
pub mod profiles;
pub mod questions;
pub mod ratelimit;
mod raw_where;
pub mod registration_invitations;
pub mod registrations;
pub mod registrations_admin;
pub mod reminders;
pub mod retention;
pub mod roles;
pub mod roster;
pub mod schema;
mod session_people;
pub mod session_status;
pub mod sessions;
pub mod stats;
pub mod tokens;
pub mod types;
pub mod users;
pub mod video;

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::connection::SimpleConnection;
use diesel::pg::PgConnection;
use diesel::r2d2::{ManageConnection, Pool, PooledConnection};
use diesel::sqlite::SqliteConnection;
use diesel::{Connection, RunQueryDsl};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

pub use conn::DbConn;
pub(crate) use conn::on_backend;

use crate::config::DatabaseUrl;
use crate::domain::l10n;

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const PG_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// Errors from the storage layer. Callers map them to `AppError::Internal` unless a
/// constraint violation means something to them (see [`is_unique_violation`]).
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("cannot connect to the database: {0}")]
    Connect(String),
    #[error("database pool: {0}")]
    Pool(#[from] diesel::r2d2::PoolError),
    #[error(transparent)]
    Query(#[from] diesel::result::Error),
    #[error("migration failed: {0}")]
    Migration(String),
}

/// True when `e` says the database cannot be used right now rather than that the
/// statement was wrong: a lost or refused connection, a server shutting down or
/// terminating our session, a read-only database (a PostgreSQL standby during a
/// failover, or a SQLite file the process may no longer write), or a SQLite file
/// locked past the busy timeout. Such a request may succeed if retried shortly, and
/// since every action runs in one transaction, nothing of it was kept.
pub fn is_unavailable(e: &diesel::result::Error) -> bool {
    use diesel::result::{DatabaseErrorKind as Kind, Error as E};
    match e {
        E::DatabaseError(Kind::ClosedConnection | Kind::UnableToSendCommand, _)
        | E::DatabaseError(Kind::ReadOnlyTransaction, _) => true,
        E::DatabaseError(_, info) => {
            let m = info.message().to_ascii_lowercase();
            [
                // SQLite
                "readonly database",
                "database is locked",
                "disk i/o error",
                "unable to open database file",
                // PostgreSQL, when libpq did not already mark the connection bad
                "terminating connection",
                "server closed the connection",
                "no connection to the server",
                "the database system is shutting down",
                "the database system is starting up",
                "does not allow connections",
            ]
            .iter()
            .any(|needle| m.contains(needle))
        }
        E::RollbackErrorOnCommit { commit_error, .. } => is_unavailable(commit_error),
        E::BrokenTransactionManager => true,
        _ => false,
    }
}

pub fn is_unique_violation(e: &diesel::result::Error) -> bool {
    matches!(
        e,
        diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _)
    )
}

/// Opens connections for r2d2 and prepares each SQLite connection (WAL, foreign keys,
/// busy timeout). We pick the backend ourselves so a bad URL reports the real error.
pub struct Manager {
    url: DatabaseUrl,
}

fn connect(url: &DatabaseUrl) -> Result<DbConn, DbError> {
    match url {
        DatabaseUrl::Sqlite(path) => {
            let mut c = SqliteConnection::establish(path)
                .map_err(|e| DbError::Connect(format!("{path}: {e}")))?;
            c.batch_execute(
                "PRAGMA busy_timeout = 10000;
                 PRAGMA journal_mode = WAL;
                 PRAGMA synchronous = NORMAL;
                 PRAGMA foreign_keys = ON;",
            )?;
            Ok(DbConn::Sqlite(c))
        }
        DatabaseUrl::Postgres(u) => PgConnection::establish(u)
            .map(DbConn::Pg)
            .map_err(|e| DbError::Connect(e.to_string())),
    }
}

impl ManageConnection for Manager {
    type Connection = DbConn;
    type Error = DbError;

    fn connect(&self) -> Result<DbConn, DbError> {
        connect(&self.url)
    }

    fn is_valid(&self, conn: &mut DbConn) -> Result<(), DbError> {
        diesel::sql_query("SELECT 1").execute(conn)?;
        Ok(())
    }

    /// Diesel's own rule: a connection given back while its thread unwinds from a panic
    /// (a transaction may still be open on it) or whose transaction manager is broken
    /// (a failed COMMIT or ROLLBACK) is dropped, never handed to the next request.
    fn has_broken(&self, conn: &mut DbConn) -> bool {
        std::thread::panicking() || diesel::r2d2::R2D2Connection::is_broken(conn)
    }
}

pub type PooledConn = PooledConnection<Manager>;

/// The application's handle on the database: a pool plus, on SQLite, a process-wide
/// writer lock. SQLite allows one writer at a time; taking the lock before `BEGIN`
/// keeps a read-then-write transaction from failing with `SQLITE_BUSY` when another
/// writer committed in between. PostgreSQL writers rely on row locks and constraints.
#[derive(Clone)]
pub struct Db {
    pool: Pool<Manager>,
    url: DatabaseUrl,
    write_lock: Arc<Mutex<()>>,
    /// Callers blocked in [`Db::conn`] right now (r2d2 does not count them).
    waiting: Arc<AtomicU32>,
}

/// The pool at one moment, for the metrics endpoint.
#[derive(Clone, Copy, Debug)]
pub struct PoolStatus {
    pub connections: u32,
    pub idle: u32,
    pub waiting: u32,
    pub max: u32,
}

pub use crate::config::DEFAULT_CHECKOUT_TIMEOUT;

/// r2d2 logs every failed connection attempt at `error`; while the database is away
/// that is several lines a second. Requests say "database unavailable" themselves
/// and the mail worker logs the outage once, so these attempts are debug lines.
#[derive(Debug)]
struct QuietErrors;

impl diesel::r2d2::HandleError<DbError> for QuietErrors {
    fn handle_error(&self, error: DbError) {
        tracing::debug!(%error, "database connection attempt failed");
    }
}

impl Db {
    /// Connects once up front so a bad URL fails fast with the real error; callers
    /// wait at most [`DEFAULT_CHECKOUT_TIMEOUT`] for a connection.
    pub fn connect(url: &DatabaseUrl, pool_size: u32) -> Result<Self, DbError> {
        Self::connect_with(url, pool_size, DEFAULT_CHECKOUT_TIMEOUT)
    }

    /// [`Db::connect`] with the time a caller waits for a pooled connection before
    /// the checkout fails (and the request is answered 503).
    pub fn connect_with(
        url: &DatabaseUrl,
        pool_size: u32,
        checkout_timeout: std::time::Duration,
    ) -> Result<Self, DbError> {
        drop(connect(url)?);
        let pool = Pool::builder()
            .max_size(pool_size)
            .connection_timeout(checkout_timeout)
            .error_handler(Box::new(QuietErrors))
            .build(Manager { url: url.clone() })?;
        Ok(Self {
            pool,
            url: url.clone(),
            write_lock: Arc::new(Mutex::new(())),
            waiting: Arc::new(AtomicU32::new(0)),
        })
    }

    pub fn url(&self) -> &DatabaseUrl {
        &self.url
    }

    pub fn conn(&self) -> Result<PooledConn, DbError> {
        self.waiting.fetch_add(1, Ordering::Relaxed);
        let conn = self.pool.get();
        self.waiting.fetch_sub(1, Ordering::Relaxed);
        Ok(conn?)
    }

    /// Open, idle and awaited connections right now.
    pub fn pool_status(&self) -> PoolStatus {
        let state = self.pool.state();
        PoolStatus {
            connections: state.connections,
            idle: state.idle_connections,
            waiting: self.waiting.load(Ordering::Relaxed),
            max: self.pool.max_size(),
        }
    }

    /// Runs blocking read work on actix's blocking thread pool.
    pub async fn run<T, E, F>(&self, f: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<DbError> + From<actix_web::error::BlockingError> + Send + 'static,
        F: FnOnce(&mut DbConn) -> Result<T, E> + Send + 'static,
    {
        let db = self.clone();
        let span = tracing::Span::current();
        let lang = l10n::current();
        actix_web::web::block(move || {
            let _guard = span.enter();
            let mut conn = db.conn()?;
            l10n::with(lang, || f(&mut conn))
        })
        .await?
    }

    /// Runs `f` in one write transaction off the event loop; nothing is kept if it fails.
    pub async fn write<T, E, F>(&self, f: F) -> Result<T, E>
    where
        T: Send + 'static,
        E: From<DbError> + From<diesel::result::Error> + From<actix_web::error::BlockingError>,
        E: Send + 'static,
        F: FnOnce(&mut DbConn) -> Result<T, E> + Send + 'static,
    {
        let db = self.clone();
        let span = tracing::Span::current();
        let lang = l10n::current();
        actix_web::web::block(move || {
            let _guard = span.enter();
            l10n::with(lang, || db.write_blocking(f))
        })
        .await?
    }

    /// The blocking form of [`Db::write`], for the CLI and the mail worker.
    pub fn write_blocking<T, E, F>(&self, f: F) -> Result<T, E>
    where
        E: From<DbError> + From<diesel::result::Error>,
        F: FnOnce(&mut DbConn) -> Result<T, E>,
    {
        let mut conn = self.conn()?;
        let _lock = match conn_backend(&conn) {
            Backend::Sqlite => Some(self.write_lock.lock().unwrap_or_else(|p| p.into_inner())),
            Backend::Postgres => None,
        };
        let conn: &mut DbConn = &mut conn;
        conn.transaction(f)
    }

    /// After a bulk load PostgreSQL has no statistics until autovacuum gets to the
    /// tables (never where it is off): its planner then guesses 500 registrations a
    /// conference and picks nested loops over 100,000 rows (a search took 1.7 s
    /// instead of 0.25 s; the demo's opening roster of 1,295 35 ms instead of 16 ms).
    /// VACUUM also sets the visibility map for index-only scans. SQLite: nothing.
    pub fn analyze_after_bulk_load(&self) -> Result<(), DbError> {
        let mut conn = self.conn()?;
        if let DbConn::Pg(_) = &*conn {
            diesel::sql_query("VACUUM ANALYZE").execute(&mut *conn)?;
        }
        Ok(())
    }

    /// Applies pending migrations; returns how many ran.
    pub fn migrate(&self) -> Result<usize, DbError> {
        let mut conn = self.conn()?;
        migrate(&mut conn)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub fn conn_backend(conn: &DbConn) -> Backend {
    match conn {
        DbConn::Sqlite(_) => Backend::Sqlite,
        DbConn::Pg(_) => Backend::Postgres,
    }
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn migrate(conn: &mut DbConn) -> Result<usize, DbError> {
    let applied = match conn {
        DbConn::Sqlite(c) => c.run_pending_migrations(SQLITE_MIGRATIONS).map(|v| v.len()),
        DbConn::Pg(c) => c.run_pending_migrations(PG_MIGRATIONS).map(|v| v.len()),
    };
    let applied = applied.map_err(|e| DbError::Migration(e.to_string()))?;
    // Feed tokens stored in plain text before they were hashed (SQLite has no
    // SHA-256 in SQL, so this step is not a migration); a no-op once done.
    registrations::hash_plain_feed_tokens(conn)
        .map_err(|e| DbError::Migration(format!("hashing feed tokens: {e}")))?;
    Ok(applied)
}

/// How many embedded migrations this database has not applied yet (the
/// readiness check answers 503 until it is 0).
#[tracing::instrument(level = "debug", skip_all)]
pub fn pending_migrations(conn: &mut DbConn) -> Result<usize, DbError> {
    let pending = match conn {
        DbConn::Sqlite(c) => {
            MigrationHarness::pending_migrations(c, SQLITE_MIGRATIONS).map(|v| v.len())
        }
        DbConn::Pg(c) => MigrationHarness::pending_migrations(c, PG_MIGRATIONS).map(|v| v.len()),
    };
    pending.map_err(|e| DbError::Migration(e.to_string()))
}

/// Reverts the most recent migration (used by the readiness test).
pub fn revert_last(conn: &mut DbConn) -> Result<(), DbError> {
    let r = match conn {
        DbConn::Sqlite(c) => c.revert_last_migration(SQLITE_MIGRATIONS).map(|_| ()),
        DbConn::Pg(c) => c.revert_last_migration(PG_MIGRATIONS).map(|_| ()),
    };
    r.map_err(|e| DbError::Migration(e.to_string()))
}

/// Reverts every migration (used by the up–down–up test).
#[tracing::instrument(level = "debug", skip_all)]
pub fn revert_all(conn: &mut DbConn) -> Result<(), DbError> {
    let r = match conn {
        DbConn::Sqlite(c) => c.revert_all_migrations(SQLITE_MIGRATIONS).map(|_| ()),
        DbConn::Pg(c) => c.revert_all_migrations(PG_MIGRATIONS).map(|_| ()),
    };
    r.map_err(|e| DbError::Migration(e.to_string()))
}

/// Serializes row locking for capacity decisions on PostgreSQL (SQLite is already
/// serialized by the writer lock): locks the conference row until the transaction ends.
#[tracing::instrument(level = "debug", skip_all)]
pub fn lock_conference(
    conn: &mut DbConn,
    conference_id: crate::domain::ConferenceId,
) -> Result<(), diesel::result::Error> {
    if let DbConn::Pg(c) = conn {
        diesel::sql_query("SELECT id FROM conferences WHERE id = $1 FOR UPDATE")
            .bind::<diesel::sql_types::Text, _>(conference_id)
            .execute(c)?;
    }
    Ok(())
}

/// UTC times are stored as naive timestamps truncated to microseconds, so SQLite
/// (nanoseconds) and PostgreSQL (microseconds) round-trip the same values.
pub fn to_db_time(t: DateTime<Utc>) -> NaiveDateTime {
    let n = t.naive_utc();
    let micros = n.and_utc().timestamp_subsec_micros();
    n.with_nanosecond(micros * 1000).unwrap_or(n)
}

pub fn from_db_time(t: NaiveDateTime) -> DateTime<Utc> {
    t.and_utc()
}

use chrono::Timelike;
