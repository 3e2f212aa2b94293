//! The shared rate-limit store on PostgreSQL: one row per key holding its GCRA
//! "theoretical arrival time" (see `domain::ratelimit`, whose functions these
//! statements follow). Every check is one atomic `INSERT … ON CONFLICT … DO UPDATE …
//! RETURNING` in its own implicit transaction, so instances share a count without
//! holding a lock beyond the statement. SQLite deployments are single-process and
//! keep their limits in memory (`web::ratelimit`); these functions answer an error
//! there.

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};

use super::DbConn;
use super::schema::rate_limits;
use crate::domain::ratelimit::{Quota, Verdict, cap_ms};

#[derive(QueryableByName)]
struct Tat {
    #[diesel(sql_type = BigInt)]
    tat_ms: i64,
}

fn pg(conn: &mut DbConn) -> QueryResult<&mut PgConnection> {
    match conn {
        DbConn::Pg(c) => Ok(c),
        DbConn::Sqlite(_) => Err(diesel::result::Error::QueryBuilderError(
            "the shared rate-limit store needs PostgreSQL".into(),
        )),
    }
}

/// [`crate::domain::ratelimit::take`] in one statement: the row moves only when the
/// attempt is allowed; a refused attempt reads the TAT for its `Retry-After`.
#[tracing::instrument(level = "debug", skip_all)]
pub fn take(conn: &mut DbConn, key: &str, q: Quota, now_ms: i64) -> QueryResult<Verdict> {
    let c = pg(conn)?;
    let moved: Option<Tat> = diesel::sql_query(
        "INSERT INTO rate_limits (key, tat_ms) VALUES ($1, $2 + $3) \
         ON CONFLICT (key) DO UPDATE SET tat_ms = GREATEST(rate_limits.tat_ms, $2) + $3 \
         WHERE GREATEST(rate_limits.tat_ms, $2) - $2 <= $4 \
         RETURNING tat_ms",
    )
    .bind::<Text, _>(key)
    .bind::<BigInt, _>(now_ms)
    .bind::<BigInt, _>(q.every_ms)
    .bind::<BigInt, _>(q.tolerance_ms())
    .get_result(c)
    .optional()?;
    if let Some(Tat { tat_ms }) = moved {
        return Ok(Verdict::Allowed { tat_ms });
    }
    let tat: Option<i64> = rate_limits::table
        .find(key)
        .select(rate_limits::tat_ms)
        .first(c)
        .optional()?;
    Ok(Verdict::Refused {
        retry_after_ms: tat.map_or(0, |t| t - now_ms - q.tolerance_ms()).max(1),
    })
}

/// [`crate::domain::ratelimit::add`] in one statement; the new TAT.
#[tracing::instrument(level = "debug", skip_all)]
pub fn add(conn: &mut DbConn, key: &str, q: Quota, now_ms: i64, max_over: u32) -> QueryResult<i64> {
    let c = pg(conn)?;
    let Tat { tat_ms } = diesel::sql_query(
        "INSERT INTO rate_limits (key, tat_ms) VALUES ($1, LEAST($2 + $3, $4)) \
         ON CONFLICT (key) DO UPDATE \
         SET tat_ms = LEAST(GREATEST(rate_limits.tat_ms, $2) + $3, $4) \
         RETURNING tat_ms",
    )
    .bind::<Text, _>(key)
    .bind::<BigInt, _>(now_ms)
    .bind::<BigInt, _>(q.every_ms)
    .bind::<BigInt, _>(cap_ms(q, now_ms, max_over))
    .get_result(c)?;
    Ok(tat_ms)
}

/// Gives one counted attempt back (see `domain::ratelimit::give_back`).
#[tracing::instrument(level = "debug", skip_all)]
pub fn give_back(conn: &mut DbConn, key: &str, q: Quota) -> QueryResult<()> {
    diesel::update(rate_limits::table.find(key))
        .set(rate_limits::tat_ms.eq(rate_limits::tat_ms - q.every_ms))
        .execute(conn)?;
    Ok(())
}

/// Deletes the keys whose time has passed; how many.
#[tracing::instrument(level = "debug", skip_all)]
pub fn prune(conn: &mut DbConn, now_ms: i64) -> QueryResult<usize> {
    diesel::delete(rate_limits::table.filter(rate_limits::tat_ms.le(now_ms))).execute(conn)
}

/// How many keys are stored (for tests and operators).
pub fn count(conn: &mut DbConn) -> QueryResult<i64> {
    rate_limits::table.count().get_result(conn)
}
