//! Who is in which session, read across sessions: a person's bookings (for
//! double-booking checks), everyone holding a session role in a conference, and the
//! registrants enrolled in a session (for notices). Re-exported by `db::sessions`,
//! which owns the sessions themselves and every change to them.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;

use super::schema::{session_people, sessions, users};
use super::{DbConn, from_db_time};
use crate::domain::status::{SessionRole, SessionStatus};
use crate::domain::{ConferenceId, SessionId, TimeZone, UserId};

/// One of a person's sessions, for double-booking checks.
#[derive(Clone, Debug)]
pub struct Booking {
    pub session: SessionId,
    /// Whose session it is: only the same conference's titles may be shown to its
    /// organizers.
    pub conference: ConferenceId,
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
}

/// A person's scheduled sessions in any conference.
#[tracing::instrument(level = "debug", skip_all, fields(user = %user))]
pub fn of_person(conn: &mut DbConn, user: UserId) -> QueryResult<Vec<Booking>> {
    session_people::table
        .inner_join(sessions::table)
        .filter(session_people::user_id.eq(user))
        .filter(sessions::status.eq(SessionStatus::Scheduled))
        .select((
            sessions::id,
            sessions::conference_id,
            sessions::title,
            sessions::starts_at,
            sessions::ends_at,
        ))
        .distinct()
        .load::<(
            SessionId,
            ConferenceId,
            String,
            NaiveDateTime,
            NaiveDateTime,
        )>(conn)
        .map(|rows| {
            rows.into_iter()
                .map(|(id, conference, title, s, e)| Booking {
                    session: id,
                    conference,
                    title,
                    starts_at: from_db_time(s),
                    ends_at: from_db_time(e),
                })
                .collect()
        })
}

/// One role held in a session of a conference.
#[derive(Clone, Debug)]
pub struct RoleHolder {
    pub name: String,
    pub email: String,
    pub role: SessionRole,
    pub session: SessionId,
    pub session_title: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub scheduled: bool,
}

/// Everyone with a session role in a conference, ordered by name then time.
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference))]
pub fn people_of_conference(
    conn: &mut DbConn,
    conference: ConferenceId,
) -> QueryResult<Vec<RoleHolder>> {
    session_people::table
        .inner_join(sessions::table)
        .inner_join(users::table)
        .filter(sessions::conference_id.eq(conference))
        .order((users::name, sessions::starts_at))
        .select((
            users::name,
            users::email,
            session_people::role,
            sessions::id,
            sessions::title,
            sessions::starts_at,
            sessions::ends_at,
            sessions::status,
        ))
        .load::<(
            String,
            String,
            SessionRole,
            SessionId,
            String,
            NaiveDateTime,
            NaiveDateTime,
            SessionStatus,
        )>(conn)
        .map(|rows| {
            rows.into_iter()
                .map(
                    |(name, email, role, session, session_title, at, end, status)| RoleHolder {
                        name,
                        email,
                        role,
                        session,
                        session_title,
                        starts_at: from_db_time(at),
                        ends_at: from_db_time(end),
                        scheduled: status == SessionStatus::Scheduled,
                    },
                )
                .collect()
        })
}

/// Confirmed registrants enrolled in a session (for notices): (email, name, zone).
#[tracing::instrument(level = "debug", skip_all, fields(session = %session))]
pub fn enrolled_people(
    conn: &mut DbConn,
    session: SessionId,
) -> QueryResult<Vec<(String, String, TimeZone)>> {
    use super::schema::{enrollments, registrations};
    use crate::domain::status::RegistrationStatus;
    enrollments::table
        .inner_join(registrations::table.inner_join(users::table))
        .filter(enrollments::session_id.eq(session))
        .filter(registrations::status.ne(RegistrationStatus::Cancelled))
        .select((users::email, users::name, users::time_zone))
        .load(conn)
}
