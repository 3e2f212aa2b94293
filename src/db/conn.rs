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
