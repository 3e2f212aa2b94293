//! Registrations (a user × a conference) and enrollments (a registration × a session).

use chrono::{DateTime, Utc};
use diesel::prelude::*;

use super::schema::{enrollments, registrations};
use super::{DbConn, to_db_time};
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

pub fn insert(conn: &mut DbConn, r: &NewRegistration) -> QueryResult<()> {
    diesel::insert_into(registrations::table)
        .values((
            registrations::id.eq(r.id.to_string()),
            registrations::conference_id.eq(r.conference_id.to_string()),
            registrations::user_id.eq(r.user_id.to_string()),
            registrations::status.eq(r.status.as_str()),
            registrations::country.eq(r.country.alpha2()),
            registrations::created_at.eq(to_db_time(r.created_at)),
            registrations::confirmed_at.eq(r.confirmed_at.map(to_db_time)),
            registrations::cancelled_at.eq(r.cancelled_at.map(to_db_time)),
            registrations::updated_at.eq(to_db_time(r.created_at)),
        ))
        .execute(conn)?;
    Ok(())
}

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
            enrollments::registration_id.eq(registration.to_string()),
            enrollments::session_id.eq(session.to_string()),
            enrollments::status.eq(status.as_str()),
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
    pub feed_token: Option<String>,
    pub created_at: DateTime<Utc>,
    pub confirmed_at: Option<DateTime<Utc>>,
}

type RegRow = (
    String,
    String,
    Option<String>,
    String,
    String,
    Option<String>,
    NaiveDateTime,
    Option<NaiveDateTime>,
);

fn reg_columns() -> (
    registrations::id,
    registrations::conference_id,
    registrations::user_id,
    registrations::status,
    registrations::country,
    registrations::feed_token,
    registrations::created_at,
    registrations::confirmed_at,
) {
    (
        registrations::id,
        registrations::conference_id,
        registrations::user_id,
        registrations::status,
        registrations::country,
        registrations::feed_token,
        registrations::created_at,
        registrations::confirmed_at,
    )
}

fn from_row(r: RegRow) -> Registration {
    Registration {
        id: RegistrationId::parse(&r.0).unwrap_or_default(),
        conference_id: ConferenceId::parse(&r.1).unwrap_or_default(),
        user_id: r.2.as_deref().and_then(UserId::parse),
        status: RegistrationStatus::parse(&r.3).unwrap_or(RegistrationStatus::Pending),
        country: r.4,
        feed_token: r.5,
        created_at: from_db_time(r.6),
        confirmed_at: r.7.map(from_db_time),
    }
}

pub fn by_id(conn: &mut DbConn, id: RegistrationId) -> QueryResult<Option<Registration>> {
    registrations::table
        .find(id.to_string())
        .select(reg_columns())
        .first::<RegRow>(conn)
        .optional()
        .map(|r| r.map(from_row))
}

pub fn for_user(
    conn: &mut DbConn,
    conference: ConferenceId,
    user: UserId,
) -> QueryResult<Option<Registration>> {
    registrations::table
        .filter(registrations::conference_id.eq(conference.to_string()))
        .filter(registrations::user_id.eq(user.to_string()))
        .select(reg_columns())
        .first::<RegRow>(conn)
        .optional()
        .map(|r| r.map(from_row))
}

pub fn all_for_user(conn: &mut DbConn, user: UserId) -> QueryResult<Vec<Registration>> {
    registrations::table
        .filter(registrations::user_id.eq(user.to_string()))
        .order(registrations::created_at)
        .select(reg_columns())
        .load::<RegRow>(conn)
        .map(|rows| rows.into_iter().map(from_row).collect())
}

pub fn by_feed_token(conn: &mut DbConn, token: &str) -> QueryResult<Option<Registration>> {
    registrations::table
        .filter(registrations::feed_token.eq(token))
        .select(reg_columns())
        .first::<RegRow>(conn)
        .optional()
        .map(|r| r.map(from_row))
}

/// Registrations holding a seat (pending or confirmed), optionally from one country.
pub fn seats_taken(
    conn: &mut DbConn,
    conference: ConferenceId,
    country: Option<&str>,
) -> QueryResult<i64> {
    let holding: Vec<&str> = RegistrationStatus::HOLDING_SEAT
        .iter()
        .map(|s| s.as_str())
        .collect();
    let mut q = registrations::table
        .filter(registrations::conference_id.eq(conference.to_string()))
        .filter(registrations::status.eq_any(holding))
        .into_boxed();
    if let Some(c) = country {
        q = q.filter(registrations::country.eq(c.to_string()));
    }
    q.count().get_result(conn)
}

/// 1-based position on the conference waiting list (by sign-up time).
pub fn waitlist_position(conn: &mut DbConn, r: &Registration) -> QueryResult<i64> {
    let created = to_db_time(r.created_at);
    let ahead: i64 = registrations::table
        .filter(registrations::conference_id.eq(r.conference_id.to_string()))
        .filter(registrations::status.eq(RegistrationStatus::Waitlisted.as_str()))
        .filter(
            registrations::created_at
                .lt(created)
                .or(registrations::created_at
                    .eq(created)
                    .and(registrations::id.lt(r.id.to_string()))),
        )
        .count()
        .get_result(conn)?;
    Ok(ahead + 1)
}

/// The waiting list in order, first in line first.
pub fn waitlist(conn: &mut DbConn, conference: ConferenceId) -> QueryResult<Vec<Registration>> {
    registrations::table
        .filter(registrations::conference_id.eq(conference.to_string()))
        .filter(registrations::status.eq(RegistrationStatus::Waitlisted.as_str()))
        .order((registrations::created_at, registrations::id))
        .select(reg_columns())
        .load::<RegRow>(conn)
        .map(|rows| rows.into_iter().map(from_row).collect())
}

/// Inserts unless the user already has a registration for the conference; returns
/// whether a row was written (a concurrent double submit inserts once).
pub fn insert_if_absent(conn: &mut DbConn, r: &NewRegistration) -> QueryResult<bool> {
    use diesel::sql_types::{Nullable, Text, Timestamp};
    let n = diesel::sql_query(
        "INSERT INTO registrations (id, conference_id, user_id, status, country, created_at, confirmed_at, cancelled_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING",
    )
    .bind::<Text, _>(r.id.to_string())
    .bind::<Text, _>(r.conference_id.to_string())
    .bind::<Text, _>(r.user_id.to_string())
    .bind::<Text, _>(r.status.as_str())
    .bind::<Text, _>(r.country.alpha2())
    .bind::<Timestamp, _>(to_db_time(r.created_at))
    .bind::<Nullable<Timestamp>, _>(r.confirmed_at.map(to_db_time))
    .bind::<Nullable<Timestamp>, _>(r.cancelled_at.map(to_db_time))
    .bind::<Timestamp, _>(to_db_time(r.created_at))
    .execute(conn)?;
    Ok(n == 1)
}

pub fn set_status(
    conn: &mut DbConn,
    id: RegistrationId,
    status: RegistrationStatus,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    let now_db = to_db_time(now);
    let confirmed_at = (status == RegistrationStatus::Confirmed).then_some(now_db);
    let cancelled_at = (status == RegistrationStatus::Cancelled).then_some(now_db);
    diesel::update(registrations::table.find(id.to_string()))
        .set((
            registrations::status.eq(status.as_str()),
            registrations::updated_at.eq(now_db),
        ))
        .execute(conn)?;
    if let Some(t) = confirmed_at {
        diesel::update(registrations::table.find(id.to_string()))
            .set(registrations::confirmed_at.eq(t))
            .execute(conn)?;
    }
    if let Some(t) = cancelled_at {
        diesel::update(registrations::table.find(id.to_string()))
            .set(registrations::cancelled_at.eq(t))
            .execute(conn)?;
    }
    Ok(())
}

pub fn set_feed_token(
    conn: &mut DbConn,
    id: RegistrationId,
    token: Option<&str>,
) -> QueryResult<()> {
    diesel::update(registrations::table.find(id.to_string()))
        .set(registrations::feed_token.eq(token))
        .execute(conn)?;
    Ok(())
}

// ------------------------------------------------------------------ enrollments

#[derive(Clone, Debug)]
pub struct Pick {
    pub session_id: SessionId,
    pub status: EnrollmentStatus,
    pub attended_at: Option<DateTime<Utc>>,
}

pub fn picks(conn: &mut DbConn, registration: RegistrationId) -> QueryResult<Vec<Pick>> {
    enrollments::table
        .filter(enrollments::registration_id.eq(registration.to_string()))
        .select((
            enrollments::session_id,
            enrollments::status,
            enrollments::attended_at,
        ))
        .load::<(String, String, Option<NaiveDateTime>)>(conn)
        .map(|rows| {
            rows.into_iter()
                .map(|(s, st, a)| Pick {
                    session_id: SessionId::parse(&s).unwrap_or_default(),
                    status: EnrollmentStatus::parse(&st).unwrap_or(EnrollmentStatus::Enrolled),
                    attended_at: a.map(from_db_time),
                })
                .collect()
        })
}

pub fn enrolled_count(conn: &mut DbConn, session: SessionId) -> QueryResult<i64> {
    enrollments::table
        .filter(enrollments::session_id.eq(session.to_string()))
        .filter(enrollments::status.eq(EnrollmentStatus::Enrolled.as_str()))
        .count()
        .get_result(conn)
}

/// Inserts the pick unless present; returns whether a row was written.
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
    .bind::<Text, _>(registration.to_string())
    .bind::<Text, _>(session.to_string())
    .bind::<Text, _>(status.as_str())
    .bind::<Timestamp, _>(to_db_time(now))
    .execute(conn)?;
    Ok(n == 1)
}

/// Removes a pick; returns its status if there was one.
pub fn unenroll(
    conn: &mut DbConn,
    registration: RegistrationId,
    session: SessionId,
) -> QueryResult<Option<EnrollmentStatus>> {
    let q = enrollments::table
        .filter(enrollments::registration_id.eq(registration.to_string()))
        .filter(enrollments::session_id.eq(session.to_string()));
    let status: Option<String> = q
        .clone()
        .select(enrollments::status)
        .first(conn)
        .optional()?;
    diesel::delete(q).execute(conn)?;
    Ok(status.and_then(|s| EnrollmentStatus::parse(&s)))
}

/// The first registration on a session's waiting list (by pick time).
pub fn first_session_waitlisted(
    conn: &mut DbConn,
    session: SessionId,
) -> QueryResult<Option<RegistrationId>> {
    enrollments::table
        .filter(enrollments::session_id.eq(session.to_string()))
        .filter(enrollments::status.eq(EnrollmentStatus::Waitlisted.as_str()))
        .order((enrollments::created_at, enrollments::registration_id))
        .select(enrollments::registration_id)
        .first::<String>(conn)
        .optional()
        .map(|r| r.as_deref().and_then(RegistrationId::parse))
}

pub fn set_enrollment_status(
    conn: &mut DbConn,
    registration: RegistrationId,
    session: SessionId,
    status: EnrollmentStatus,
) -> QueryResult<()> {
    diesel::update(
        enrollments::table
            .filter(enrollments::registration_id.eq(registration.to_string()))
            .filter(enrollments::session_id.eq(session.to_string())),
    )
    .set(enrollments::status.eq(status.as_str()))
    .execute(conn)?;
    Ok(())
}

/// Records that the attendee joined (the first time only).
pub fn record_attendance(
    conn: &mut DbConn,
    registration: RegistrationId,
    session: SessionId,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::update(
        enrollments::table
            .filter(enrollments::registration_id.eq(registration.to_string()))
            .filter(enrollments::session_id.eq(session.to_string()))
            .filter(enrollments::attended_at.is_null()),
    )
    .set(enrollments::attended_at.eq(to_db_time(now)))
    .execute(conn)?;
    Ok(())
}

/// Sessions a registration held a seat in, then drops all its picks.
pub fn drop_all_picks(
    conn: &mut DbConn,
    registration: RegistrationId,
) -> QueryResult<Vec<SessionId>> {
    let held: Vec<String> = enrollments::table
        .filter(enrollments::registration_id.eq(registration.to_string()))
        .filter(enrollments::status.eq(EnrollmentStatus::Enrolled.as_str()))
        .select(enrollments::session_id)
        .load(conn)?;
    diesel::delete(
        enrollments::table.filter(enrollments::registration_id.eq(registration.to_string())),
    )
    .execute(conn)?;
    Ok(held.iter().filter_map(|s| SessionId::parse(s)).collect())
}
