//! The one connection type over both backends. Kept in its own module because the
//! `MultiConnection` derive adds a `pub use MultiBackend` next to the enum.

use diesel::pg::PgConnection;
use diesel::sqlite::SqliteConnection;

/// A database connection: SQLite (embedded default) or PostgreSQL, chosen at run time
/// from the `DATABASE_URL` scheme.
#[derive(diesel::MultiConnection)]
pub enum DbConn {
    Sqlite(SqliteConnection),
    Pg(PgConnection),
}

/// Runs `$body` with `$c` bound to the backend's own connection, for a query on a hot
/// path. Through the `MultiConnection` wrapper every execution writes the statement's
/// SQL text out again (its `walk_ast` rebuilds it even when the prepared statement is
/// cached); on the backend's own connection a cached statement is only bound. The
/// body is compiled once per backend, so it must be written in backend-neutral DSL.
macro_rules! on_backend {
    ($conn:expr, |$c:ident| $body:expr) => {
        match $conn {
            $crate::db::DbConn::Sqlite($c) => $body,
            $crate::db::DbConn::Pg($c) => $body,
        }
    };
}
pub(crate) use on_backend;
