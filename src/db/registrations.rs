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
