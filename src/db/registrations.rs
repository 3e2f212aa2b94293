//! Registrations (a user × a conference) and enrollments (a registration × a session).

use chrono::{DateTime, Utc};
use diesel::prelude::*;

use super::schema::{enrollments, registrations};
use super::{DbConn, on_backend, to_db_time};
use crate::domain::status::{EnrollmentStatus, RegistrationStatus};
use crate::domain::{ConferenceId, CountryCode, RegistrationId, SessionId, UserId};

pub struct NewRegistration {
    pub id: RegistrationId,
    pub conference_id: ConferenceId,
    pub user_id: UserId,
    pub status: RegistrationStatus,
    pub country: CountryCode,
    pub created_at: DateTime<Utc>,
    pub confirmed_at: Option<DateTime<Utc>>,
    pub cancelled_at: Option<DateTime<Utc>>,
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn insert(conn: &mut DbConn, r: &NewRegistration) -> QueryResult<()> {
    diesel::insert_into(registrations::table)
        .values((
            registrations::id.eq(r.id),
            registrations::conference_id.eq(r.conference_id),
            registrations::user_id.eq(r.user_id),
            registrations::status.eq(r.status),
            registrations::country.eq(r.country),
            registrations::created_at.eq(to_db_time(r.created_at)),
            registrations::confirmed_at.eq(r.confirmed_at.map(to_db_time)),
            registrations::cancelled_at.eq(r.cancelled_at.map(to_db_time)),
            registrations::updated_at.eq(to_db_time(r.created_at)),
        ))
        .execute(conn)?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all, fields(registration = %registration, session = %session))]
pub fn enroll(
    conn: &mut DbConn,
    registration: RegistrationId,
    session: SessionId,
    status: EnrollmentStatus,
    at: DateTime<Utc>,
    attended_at: Option<DateTime<Utc>>,
) -> QueryResult<()> {
    diesel::insert_into(enrollments::table)
        .values((
            enrollments::registration_id.eq(registration),
            enrollments::session_id.eq(session),
            enrollments::status.eq(status),
            enrollments::created_at.eq(to_db_time(at)),
            enrollments::attended_at.eq(attended_at.map(to_db_time)),
        ))
        .execute(conn)?;
    Ok(())
}

use chrono::NaiveDateTime;

use super::from_db_time;

#[derive(Clone, Debug)]
pub struct Registration {
    pub id: RegistrationId,
    pub conference_id: ConferenceId,
    pub user_id: Option<UserId>,
    pub status: RegistrationStatus,
    pub country: String,
    /// The SHA-256 of the calendar feed's secret (the secret itself is shown once).
    pub feed_token_hash: Option<String>,
    pub feed_created_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub confirmed_at: Option<DateTime<Utc>>,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = registrations)]
struct RegRow {
    id: RegistrationId,
    conference_id: ConferenceId,
    user_id: Option<UserId>,
    status: RegistrationStatus,
    country: CountryCode,
    feed_token_hash: Option<String>,
    feed_created_at: Option<NaiveDateTime>,
    created_at: NaiveDateTime,
    confirmed_at: Option<NaiveDateTime>,
}

fn reg_columns() -> diesel::dsl::AsSelect<RegRow, super::conn::MultiBackend> {
    RegRow::as_select()
}

fn from_row(r: RegRow) -> Registration {
    Registration {
        id: r.id,
        conference_id: r.conference_id,
        user_id: r.user_id,
        status: r.status,
        country: r.country.alpha2().to_string(),
        feed_token_hash: r.feed_token_hash,
        feed_created_at: r.feed_created_at.map(from_db_time),
        created_at: from_db_time(r.created_at),
        confirmed_at: r.confirmed_at.map(from_db_time),
    }
}

#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub fn by_id(conn: &mut DbConn, id: RegistrationId) -> QueryResult<Option<Registration>> {
    registrations::table
        .find(id)
        .select(reg_columns())
        .first(conn)
        .optional()
        .map(|r| r.map(from_row))
}

#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference, user = %user))]
pub fn for_user(
    conn: &mut DbConn,
    conference: ConferenceId,
    user: UserId,
) -> QueryResult<Option<Registration>> {
    // A signed-in agenda view runs this: on the backend's own connection.
    on_backend!(conn, |c| registrations::table
        .filter(registrations::conference_id.eq(conference))
        .filter(registrations::user_id.eq(user))
        .select(RegRow::as_select())
        .first(c))
    .optional()
    .map(|r| r.map(from_row))
}

#[tracing::instrument(level = "debug", skip_all, fields(user = %user))]
pub fn all_for_user(conn: &mut DbConn, user: UserId) -> QueryResult<Vec<Registration>> {
    registrations::table
        .filter(registrations::user_id.eq(user))
        .order(registrations::created_at)
        .select(reg_columns())
        .load(conn)
        .map(|rows| rows.into_iter().map(from_row).collect())
}

/// The registration whose calendar feed secret is `token` (looked up by its hash).
#[tracing::instrument(level = "debug", skip_all)]
pub fn by_feed_token(conn: &mut DbConn, token: &str) -> QueryResult<Option<Registration>> {
    registrations::table
        .filter(registrations::feed_token_hash.eq(super::tokens::hash(token)))
        .select(reg_columns())
        .first(conn)
        .optional()
        .map(|r| r.map(from_row))
}

/// Registrations holding a seat (pending or confirmed), optionally from one country.
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference))]
pub fn seats_taken(
    conn: &mut DbConn,
    conference: ConferenceId,
    country: Option<&str>,
) -> QueryResult<i64> {
    let mut q = registrations::table
        .filter(registrations::conference_id.eq(conference))
        .filter(registrations::status.eq_any(RegistrationStatus::HOLDING_SEAT))
        .into_boxed();
    if let Some(c) = country {
        q = q.filter(registrations::country.eq(c));
    }
    q.count().get_result(conn)
}

/// 1-based position on the conference waiting list (by sign-up time).
#[tracing::instrument(level = "debug", skip_all)]
pub fn waitlist_position(conn: &mut DbConn, r: &Registration) -> QueryResult<i64> {
    let created = to_db_time(r.created_at);
    let ahead: i64 = registrations::table
        .filter(registrations::conference_id.eq(r.conference_id))
        .filter(registrations::status.eq(RegistrationStatus::Waitlisted))
        .filter(
            registrations::created_at
                .lt(created)
                .or(registrations::created_at
                    .eq(created)
                    .and(registrations::id.lt(r.id))),
        )
        .count()
        .get_result(conn)?;
    Ok(ahead + 1)
}

/// The waiting list in order, first in line first.
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference))]
pub fn waitlist(conn: &mut DbConn, conference: ConferenceId) -> QueryResult<Vec<Registration>> {
    registrations::table
        .filter(registrations::conference_id.eq(conference))
        .filter(registrations::status.eq(RegistrationStatus::Waitlisted))
        .order((registrations::created_at, registrations::id))
        .select(reg_columns())
        .load(conn)
        .map(|rows| rows.into_iter().map(from_row).collect())
}

/// Inserts unless the user already has a registration for the conference; returns
/// whether a row was written (a concurrent double submit inserts once).
#[tracing::instrument(level = "debug", skip_all)]
pub fn insert_if_absent(conn: &mut DbConn, r: &NewRegistration) -> QueryResult<bool> {
    use diesel::sql_types::{Nullable, Text, Timestamp};
    let n = diesel::sql_query(
        "INSERT INTO registrations (id, conference_id, user_id, status, country, created_at, confirmed_at, cancelled_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING",
    )
    .bind::<Text, _>(r.id)
    .bind::<Text, _>(r.conference_id)
    .bind::<Text, _>(r.user_id)
    .bind::<Text, _>(r.status)
    .bind::<Text, _>(r.country)
    .bind::<Timestamp, _>(to_db_time(r.created_at))
    .bind::<Nullable<Timestamp>, _>(r.confirmed_at.map(to_db_time))
    .bind::<Nullable<Timestamp>, _>(r.cancelled_at.map(to_db_time))
    .bind::<Timestamp, _>(to_db_time(r.created_at))
    .execute(conn)?;
    Ok(n == 1)
}

#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub fn set_status(
    conn: &mut DbConn,
    id: RegistrationId,
    status: RegistrationStatus,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    let now_db = to_db_time(now);
    let confirmed_at = (status == RegistrationStatus::Confirmed).then_some(now_db);
    let cancelled_at = (status == RegistrationStatus::Cancelled).then_some(now_db);
    diesel::update(registrations::table.find(id))
        .set((
            registrations::status.eq(status),
            registrations::updated_at.eq(now_db),
        ))
        .execute(conn)?;
    if let Some(t) = confirmed_at {
        diesel::update(registrations::table.find(id))
            .set(registrations::confirmed_at.eq(t))
            .execute(conn)?;
    }
    if let Some(t) = cancelled_at {
        diesel::update(registrations::table.find(id))
            .set(registrations::cancelled_at.eq(t))
            .execute(conn)?;
    }
    Ok(())
}

/// The country a registration counts under (corrected by the registrant).
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub fn set_country(
    conn: &mut DbConn,
    id: RegistrationId,
    country: CountryCode,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::update(registrations::table.find(id))
        .set((
            registrations::country.eq(country),
            registrations::updated_at.eq(to_db_time(now)),
        ))
        .execute(conn)?;
    Ok(())
}

/// Stores the hash of the calendar feed's new secret `token` (`None` removes the
/// feed); only the hash is kept, so the address works only for whoever got it.
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub fn set_feed_token(
    conn: &mut DbConn,
    id: RegistrationId,
    token: Option<&str>,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::update(registrations::table.find(id))
        .set((
            registrations::feed_token_hash.eq(token.map(super::tokens::hash)),
            registrations::feed_created_at.eq(token.map(|_| to_db_time(now))),
        ))
        .execute(conn)?;
    Ok(())
}

/// Removes the calendar feeds of `user`'s registrations (when the account is deleted).
#[tracing::instrument(level = "debug", skip_all, fields(user = %user))]
pub fn drop_feeds_of_user(conn: &mut DbConn, user: UserId) -> QueryResult<usize> {
    diesel::update(registrations::table.filter(registrations::user_id.eq(user)))
        .set((
            registrations::feed_token_hash.eq(None::<String>),
            registrations::feed_created_at.eq(None::<NaiveDateTime>),
        ))
        .execute(conn)
}

/// Hashes feed secrets still stored in plain text (written before they were hashed):
/// a hash is 64 hex digits, a secret 43 base64url characters. Idempotent.
#[tracing::instrument(level = "debug", skip_all)]
pub fn hash_plain_feed_tokens(conn: &mut DbConn) -> QueryResult<usize> {
    let plain: Vec<(RegistrationId, String)> = registrations::table
        .filter(registrations::feed_token_hash.is_not_null())
        .select((
            registrations::id,
            registrations::feed_token_hash.assume_not_null(),
        ))
        .load(conn)?
        .into_iter()
        .filter(|(_, t): &(RegistrationId, String)| !is_sha256_hex(t))
        .collect();
    for (id, token) in &plain {
        diesel::update(registrations::table.find(*id))
            .set(registrations::feed_token_hash.eq(super::tokens::hash(token)))
            .execute(conn)?;
    }
    Ok(plain.len())
}

fn is_sha256_hex(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

// ------------------------------------------------------------------ enrollments

#[derive(Clone, Debug)]
pub struct Pick {
    pub session_id: SessionId,
    pub status: EnrollmentStatus,
    pub attended_at: Option<DateTime<Utc>>,
}

#[tracing::instrument(level = "debug", skip_all, fields(registration = %registration))]
pub fn picks(conn: &mut DbConn, registration: RegistrationId) -> QueryResult<Vec<Pick>> {
    // A signed-in agenda view runs this: on the backend's own connection.
    on_backend!(conn, |c| enrollments::table
        .filter(enrollments::registration_id.eq(registration))
        .select((
            enrollments::session_id,
            enrollments::status,
            enrollments::attended_at,
        ))
        .load::<(SessionId, EnrollmentStatus, Option<NaiveDateTime>)>(c))
    .map(|rows| {
        rows.into_iter()
            .map(|(session_id, status, a)| Pick {
                session_id,
                status,
                attended_at: a.map(from_db_time),
            })
            .collect()
    })
}

#[tracing::instrument(level = "debug", skip_all, fields(session = %session))]
pub fn enrolled_count(conn: &mut DbConn, session: SessionId) -> QueryResult<i64> {
    enrollments::table
        .filter(enrollments::session_id.eq(session))
        .filter(enrollments::status.eq(EnrollmentStatus::Enrolled))
        .count()
        .get_result(conn)
}

/// Inserts the pick unless present; returns whether a row was written.
#[tracing::instrument(level = "debug", skip_all, fields(registration = %registration, session = %session))]
pub fn enroll_if_absent(
    conn: &mut DbConn,
    registration: RegistrationId,
    session: SessionId,
    status: EnrollmentStatus,
    now: DateTime<Utc>,
) -> QueryResult<bool> {
    use diesel::sql_types::{Text, Timestamp};
    let n = diesel::sql_query(
        "INSERT INTO enrollments (registration_id, session_id, status, created_at) \
         VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
    )
    .bind::<Text, _>(registration)
    .bind::<Text, _>(session)
    .bind::<Text, _>(status)
    .bind::<Timestamp, _>(to_db_time(now))
    .execute(conn)?;
    Ok(n == 1)
}

/// Removes a pick; returns its status if there was one.
#[tracing::instrument(level = "debug", skip_all, fields(registration = %registration, session = %session))]
pub fn unenroll(
    conn: &mut DbConn,
    registration: RegistrationId,
    session: SessionId,
) -> QueryResult<Option<EnrollmentStatus>> {
    let q = enrollments::table
        .filter(enrollments::registration_id.eq(registration))
        .filter(enrollments::session_id.eq(session));
    let status: Option<EnrollmentStatus> = q.select(enrollments::status).first(conn).optional()?;
    diesel::delete(q).execute(conn)?;
    Ok(status)
}

/// The first registration on a session's waiting list (by pick time).
#[tracing::instrument(level = "debug", skip_all, fields(session = %session))]
pub fn first_session_waitlisted(
    conn: &mut DbConn,
    session: SessionId,
) -> QueryResult<Option<RegistrationId>> {
    enrollments::table
        .filter(enrollments::session_id.eq(session))
        .filter(enrollments::status.eq(EnrollmentStatus::Waitlisted))
        .order((enrollments::created_at, enrollments::registration_id))
        .select(enrollments::registration_id)
        .first::<RegistrationId>(conn)
        .optional()
}

#[tracing::instrument(level = "debug", skip_all, fields(registration = %registration, session = %session))]
pub fn set_enrollment_status(
    conn: &mut DbConn,
    registration: RegistrationId,
    session: SessionId,
    status: EnrollmentStatus,
) -> QueryResult<()> {
    diesel::update(
        enrollments::table
            .filter(enrollments::registration_id.eq(registration))
            .filter(enrollments::session_id.eq(session)),
    )
    .set(enrollments::status.eq(status))
    .execute(conn)?;
    Ok(())
}

/// Records that the attendee joined (the first time only).
#[tracing::instrument(level = "debug", skip_all, fields(registration = %registration, session = %session))]
pub fn record_attendance(
    conn: &mut DbConn,
    registration: RegistrationId,
    session: SessionId,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::update(
        enrollments::table
            .filter(enrollments::registration_id.eq(registration))
            .filter(enrollments::session_id.eq(session))
            .filter(enrollments::attended_at.is_null()),
    )
    .set(enrollments::attended_at.eq(to_db_time(now)))
    .execute(conn)?;
    Ok(())
}

/// Sessions a registration held a seat in, then drops all its picks.
#[tracing::instrument(level = "debug", skip_all, fields(registration = %registration))]
pub fn drop_all_picks(
    conn: &mut DbConn,
    registration: RegistrationId,
) -> QueryResult<Vec<SessionId>> {
    let held: Vec<SessionId> = enrollments::table
        .filter(enrollments::registration_id.eq(registration))
        .filter(enrollments::status.eq(EnrollmentStatus::Enrolled))
        .select(enrollments::session_id)
        .load(conn)?;
    diesel::delete(enrollments::table.filter(enrollments::registration_id.eq(registration)))
        .execute(conn)?;
    Ok(held)
}
