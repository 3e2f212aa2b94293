//! What the reminder job reads: conferences with reminders on, their sessions about
//! to start, and the confirmed registrants of a session who have no reminder in the
//! outbox yet. Typed rows; the job itself is `service::reminders`.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;

use super::schema::{conferences, enrollments, outbox, registrations, sessions, users};
use super::{DbConn, from_db_time, to_db_time};
use crate::domain::status::{EnrollmentStatus, RegistrationStatus, SessionKind, SessionStatus};
use crate::domain::{ConferenceId, RegistrationId, SessionId, TimeZone};

/// A published conference with reminders on, and how long before a start they go.
#[tracing::instrument(level = "debug", skip_all)]
pub fn due_conferences(conn: &mut DbConn) -> QueryResult<Vec<(ConferenceId, i32)>> {
    conferences::table
        .filter(conferences::reminders_enabled.eq(true))
        .filter(conferences::published.eq(true))
        .select((conferences::id, conferences::reminder_minutes))
        .load(conn)
}

/// A scheduled, non-break session starting soon.
#[derive(Queryable, Selectable)]
#[diesel(table_name = sessions)]
struct SessionRow {
    id: SessionId,
    title: String,
    starts_at: NaiveDateTime,
    ends_at: NaiveDateTime,
}

pub struct StartingSession {
    pub id: SessionId,
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
}

/// The scheduled sessions of `conference` (breaks excepted) that start in `(after, until]`.
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference))]
pub fn sessions_starting(
    conn: &mut DbConn,
    conference: ConferenceId,
    after: DateTime<Utc>,
    until: DateTime<Utc>,
) -> QueryResult<Vec<StartingSession>> {
    let rows: Vec<SessionRow> = sessions::table
        .filter(sessions::conference_id.eq(conference))
        .filter(sessions::status.eq(SessionStatus::Scheduled))
        .filter(sessions::kind.ne(SessionKind::Break))
        .filter(sessions::starts_at.gt(to_db_time(after)))
        .filter(sessions::starts_at.le(to_db_time(until)))
        .select(SessionRow::as_select())
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|r| StartingSession {
            id: r.id,
            title: r.title,
            starts_at: from_db_time(r.starts_at),
            ends_at: from_db_time(r.ends_at),
        })
        .collect())
}

/// A registrant to remind.
#[derive(Queryable)]
pub struct Recipient {
    pub registration: RegistrationId,
    pub email: String,
    pub name: String,
    pub time_zone: TimeZone,
}

/// Confirmed registrants with a seat in `session` and no reminder in the outbox yet.
/// The reminder's Message-ID (spelled as `service::reminders::message_id` does) is
/// looked up in the UNIQUE index of `outbox.message_id`.
#[tracing::instrument(level = "debug", skip_all, fields(session = %session))]
pub fn not_yet_reminded(conn: &mut DbConn, session: SessionId) -> QueryResult<Vec<Recipient>> {
    use diesel::dsl::{exists, not};
    // `||` concatenates on both backends.
    let reminder_id = diesel::dsl::sql::<diesel::sql_types::Text>("'<reminder-' || ")
        .bind::<diesel::sql_types::Text, _>(session.to_string())
        .sql(" || '-' || registrations.id || '@plenary.mail>'");
    enrollments::table
        .inner_join(registrations::table.inner_join(users::table))
        .filter(enrollments::session_id.eq(session))
        .filter(enrollments::status.eq(EnrollmentStatus::Enrolled))
        .filter(registrations::status.eq(RegistrationStatus::Confirmed))
        .filter(not(exists(
            outbox::table.filter(outbox::message_id.eq(reminder_id)),
        )))
        .select((
            registrations::id,
            users::email,
            users::name,
            users::time_zone,
        ))
        .load(conn)
}
