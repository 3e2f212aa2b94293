//! Session reminders: for each published conference with reminders on, a mail to every
//! confirmed registrant with a seat in a session that starts within the next
//! `reminder_minutes`. The outbox worker calls [`enqueue_due`] once per tick.
//!
//! Each reminder goes once: its Message-ID is derived from the session and the
//! registration (`<reminder-{session}-{registration}@plenary.mail>`) and
//! `outbox.message_id` is UNIQUE, so a second run, a second worker or a restart
//! finds the row there and inserts nothing. The registrants query already skips those
//! with a row, so a tick costs one indexed lookup per due registrant, not a render.

use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use diesel::prelude::*;

use super::Result;
use crate::db::schema::{conferences, enrollments, registrations, sessions, users};
use crate::db::{self, DbConn, from_db_time, to_db_time};
use crate::domain::status::{EnrollmentStatus, RegistrationStatus, SessionKind};
use crate::domain::{ConferenceId, Email};
use crate::email::{messages, outbox};

/// The outbox `kind` of reminder rows.
pub const KIND: &str = "reminder";

/// The Message-ID that makes a reminder unique.
pub fn message_id(session: &str, registration: &str) -> String {
    format!("<reminder-{session}-{registration}@plenary.mail>")
}

/// Enqueues the reminders that are due at `now` and not yet in the outbox; returns
/// how many were written. Run inside one write transaction.
pub fn enqueue_due(conn: &mut DbConn, now: DateTime<Utc>, base_url: &str) -> Result<usize> {
    let due: Vec<(String, i32)> = conferences::table
        .filter(conferences::reminders_enabled.eq(true))
        .filter(conferences::published.eq(true))
        .select((conferences::id, conferences::reminder_minutes))
        .load(conn)?;
    let mut written = 0;
    for (cid, minutes) in due {
        let Some(conf) = ConferenceId::parse(&cid)
            .map(|id| db::conferences::by_id(conn, id))
            .transpose()?
            .flatten()
        else {
            continue;
        };
        let horizon = now + Duration::minutes(i64::from(minutes.max(0)));
        let soon: Vec<(String, String, NaiveDateTime, NaiveDateTime)> = sessions::table
            .filter(sessions::conference_id.eq(&cid))
            .filter(sessions::status.eq("scheduled"))
            .filter(sessions::kind.ne(SessionKind::Break.as_str()))
            .filter(sessions::starts_at.gt(to_db_time(now)))
            .filter(sessions::starts_at.le(to_db_time(horizon)))
            .select((
                sessions::id,
                sessions::title,
                sessions::starts_at,
                sessions::ends_at,
            ))
            .load(conn)?;
        for (sid, title, starts, ends) in soon {
            for (rid, email, name, zone) in not_yet_reminded(conn, &sid)? {
                let tz = zone.parse().unwrap_or(conf.tz);
                let content = messages::session_reminder(
                    base_url,
                    &conf,
                    &name,
                    &title,
                    from_db_time(starts),
                    from_db_time(ends),
                    tz,
                );
                let mail = content.render(&Email::from_db(email), KIND, None)?;
                if outbox::enqueue_once(conn, &mail, conf.id, &message_id(&sid, &rid), now)? {
                    written += 1;
                }
            }
        }
    }
    Ok(written)
}

/// Confirmed registrants with a seat in `session` and no reminder in the outbox yet:
/// (registration id, email, name, time zone).
fn not_yet_reminded(
    conn: &mut DbConn,
    session: &str,
) -> QueryResult<Vec<(String, String, String, String)>> {
    use crate::db::schema::outbox;
    use diesel::dsl::{exists, not};
    // The message id as SQL (`||` concatenates on both backends), to look it up in
    // the UNIQUE index of outbox.message_id.
    let reminder_id = diesel::dsl::sql::<diesel::sql_types::Text>("'<reminder-' || ")
        .bind::<diesel::sql_types::Text, _>(session.to_string())
        .sql(" || '-' || registrations.id || '@plenary.mail>'");
    enrollments::table
        .inner_join(registrations::table.inner_join(users::table))
        .filter(enrollments::session_id.eq(session))
        .filter(enrollments::status.eq(EnrollmentStatus::Enrolled.as_str()))
        .filter(registrations::status.eq(RegistrationStatus::Confirmed.as_str()))
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

/// The worker's per-tick job: enqueue due reminders in one write transaction.
pub fn tick(
    db: &crate::db::Db,
    now: chrono::DateTime<chrono::Utc>,
    base_url: &str,
) -> std::result::Result<(), String> {
    db.write_blocking(|c| enqueue_due(c, now, base_url))
        .map(|_| ())
        .map_err(|e| e.to_string())
}
