//! Session reminders: for each published conference with reminders on, a mail to every
//! confirmed registrant with a seat in a session that starts within the next
//! `reminder_minutes`. The outbox worker calls [`enqueue_due`] once per tick.
//!
//! Each reminder goes once: its Message-ID is derived from the session and the
//! registration (`<reminder-{session}-{registration}@plenary.mail>`) and
//! `outbox.message_id` is UNIQUE, so a second run, a second worker or a restart
//! finds the row there and inserts nothing. The registrants query already skips those
//! with a row, so a tick costs one indexed lookup per due registrant, not a render.

use chrono::{DateTime, Duration, Utc};

use super::Result;
use crate::db::{self, DbConn, reminders};
use crate::domain::Email;
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
    let mut written = 0;
    for (cid, minutes) in reminders::due_conferences(conn)? {
        let Some(conf) = db::conferences::by_id(conn, cid)? else {
            continue;
        };
        let horizon = now + Duration::minutes(i64::from(minutes.max(0)));
        for s in reminders::sessions_starting(conn, cid, now, horizon)? {
            for r in reminders::not_yet_reminded(conn, s.id)? {
                let to = Email::from_db(r.email);
                let theirs = super::mail::conference_for(conn, &to, &conf)?;
                let title = super::mail::session_title_for(conn, &to, &conf, s.id, &s.title)?;
                let content = super::mail::compose(conn, &to, &conf, || {
                    messages::session_reminder(
                        base_url,
                        &theirs,
                        &r.name,
                        &title,
                        s.starts_at,
                        s.ends_at,
                        r.time_zone.tz(),
                    )
                })?;
                let mail = content.render(&to, KIND, None)?;
                let id = message_id(&s.id.to_string(), &r.registration.to_string());
                if outbox::enqueue_once(conn, &mail, conf.id, &id, now)? {
                    written += 1;
                }
            }
        }
    }
    Ok(written)
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
