//! Login sessions: one row per sign-in, keyed by the SHA-256 of the random id in the
//! browser's cookie (the id itself is never stored). Reading the signed-in user is one
//! primary-key lookup joined to `users`.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;

use super::schema::{login_sessions, users};
use super::users::{Row, User};
use super::{DbConn, from_db_time, on_backend, to_db_time};
use crate::domain::UserId;

/// What is stored of a session id.
pub fn hash(session_id: &str) -> String {
    super::tokens::hash(session_id)
}

#[tracing::instrument(level = "debug", skip_all, fields(user = %user))]
pub fn insert(
    conn: &mut DbConn,
    id_hash: &str,
    user: UserId,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::insert_into(login_sessions::table)
        .values((
            login_sessions::id_hash.eq(id_hash),
            login_sessions::user_id.eq(user),
            login_sessions::created_at.eq(to_db_time(now)),
            login_sessions::last_seen_at.eq(to_db_time(now)),
        ))
        .execute(conn)?;
    Ok(())
}

/// The user of a live session (not revoked, seen after `idle_cutoff`) and when it was
/// last seen.
#[tracing::instrument(level = "debug", skip_all)]
pub fn user_of(
    conn: &mut DbConn,
    id_hash: &str,
    idle_cutoff: DateTime<Utc>,
) -> QueryResult<Option<(User, DateTime<Utc>)>> {
    // Every signed-in request runs this: on the backend's own connection.
    on_backend!(conn, |c| login_sessions::table
        .inner_join(users::table)
        .filter(login_sessions::id_hash.eq(id_hash))
        .filter(login_sessions::revoked_at.is_null())
        .filter(login_sessions::last_seen_at.gt(to_db_time(idle_cutoff)))
        .select((Row::as_select(), login_sessions::last_seen_at))
        .first::<(Row, NaiveDateTime)>(c))
    .optional()
    .map(|r| r.map(|(u, seen)| (User::from(u), from_db_time(seen))))
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn touch(conn: &mut DbConn, id_hash: &str, now: DateTime<Utc>) -> QueryResult<()> {
    diesel::update(login_sessions::table.find(id_hash))
        .set(login_sessions::last_seen_at.eq(to_db_time(now)))
        .execute(conn)?;
    Ok(())
}

/// Ends one session; `Some(user)` when it was live.
#[tracing::instrument(level = "debug", skip_all)]
pub fn revoke(conn: &mut DbConn, id_hash: &str, now: DateTime<Utc>) -> QueryResult<Option<UserId>> {
    diesel::update(
        login_sessions::table
            .find(id_hash)
            .filter(login_sessions::revoked_at.is_null()),
    )
    .set(login_sessions::revoked_at.eq(to_db_time(now)))
    .returning(login_sessions::user_id)
    .get_result(conn)
    .optional()
}

/// Ends every live session of `user`; how many.
#[tracing::instrument(level = "debug", skip_all, fields(user = %user))]
pub fn revoke_all(conn: &mut DbConn, user: UserId, now: DateTime<Utc>) -> QueryResult<usize> {
    diesel::update(
        login_sessions::table
            .filter(login_sessions::user_id.eq(user))
            .filter(login_sessions::revoked_at.is_null()),
    )
    .set(login_sessions::revoked_at.eq(to_db_time(now)))
    .execute(conn)
}

/// How many sessions of `user` are live.
#[tracing::instrument(level = "debug", skip_all, fields(user = %user))]
pub fn count_live(conn: &mut DbConn, user: UserId, idle_cutoff: DateTime<Utc>) -> QueryResult<i64> {
    login_sessions::table
        .filter(login_sessions::user_id.eq(user))
        .filter(login_sessions::revoked_at.is_null())
        .filter(login_sessions::last_seen_at.gt(to_db_time(idle_cutoff)))
        .count()
        .get_result(conn)
}

/// Deletes the sessions of `user` that are over (revoked, or idle since
/// `idle_cutoff`): they only record that a sign-in once happened.
#[tracing::instrument(level = "debug", skip_all, fields(user = %user))]
pub fn prune(conn: &mut DbConn, user: UserId, idle_cutoff: DateTime<Utc>) -> QueryResult<usize> {
    diesel::delete(
        login_sessions::table
            .filter(login_sessions::user_id.eq(user))
            .filter(
                login_sessions::revoked_at
                    .is_not_null()
                    .or(login_sessions::last_seen_at.le(to_db_time(idle_cutoff))),
            ),
    )
    .execute(conn)
}
