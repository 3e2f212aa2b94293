//! The audit log: who changed what in the back office, when, with a before/after
//! summary. Written in the same transaction as the change it records.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;

use super::schema::audit_log;
use super::{DbConn, from_db_time, to_db_time};
use crate::domain::{ConferenceId, UserId};

/// One change to record. `before`/`after` are short human-readable summaries (or
/// JSON), `None` when not applicable (creation, deletion).
pub struct Entry<'a> {
    pub conference: Option<ConferenceId>,
    pub actor: Option<UserId>,
    /// A stable verb such as `session.update` or `roster.check_in`.
    pub action: &'a str,
    /// What was changed, e.g. "Session “Opening” (uuid)".
    pub subject: &'a str,
    pub before: Option<&'a str>,
    pub after: Option<&'a str>,
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn record(conn: &mut DbConn, e: &Entry<'_>, now: DateTime<Utc>) -> QueryResult<()> {
    diesel::insert_into(audit_log::table)
        .values((
            audit_log::id.eq(uuid::Uuid::now_v7().to_string()),
            audit_log::conference_id.eq(e.conference),
            audit_log::actor_id.eq(e.actor),
            audit_log::action.eq(e.action),
            audit_log::subject.eq(e.subject),
            audit_log::before_state.eq(e.before),
            audit_log::after_state.eq(e.after),
            audit_log::created_at.eq(to_db_time(now)),
        ))
        .execute(conn)?;
    Ok(())
}

#[derive(Debug, Clone)]
pub struct Logged {
    pub actor_name: Option<String>,
    pub action: String,
    pub subject: String,
    pub before: Option<String>,
    pub after: Option<String>,
    pub at: DateTime<Utc>,
}

/// The newest entries of a conference, optionally filtered by action prefix.
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference))]
pub fn for_conference(
    conn: &mut DbConn,
    conference: ConferenceId,
    action_prefix: Option<&str>,
    limit: i64,
) -> QueryResult<Vec<Logged>> {
    use super::schema::users;
    let mut q = audit_log::table
        .left_join(users::table.on(users::id.nullable().eq(audit_log::actor_id)))
        .filter(audit_log::conference_id.eq(conference))
        .into_boxed();
    if let Some(p) = action_prefix.filter(|p| !p.is_empty()) {
        q = q.filter(audit_log::action.like(format!("{}%", p.replace(['%', '_'], ""))));
    }
    q.order((audit_log::created_at.desc(), audit_log::id.desc()))
        .limit(limit)
        .select((
            users::name.nullable(),
            audit_log::action,
            audit_log::subject,
            audit_log::before_state,
            audit_log::after_state,
            audit_log::created_at,
        ))
        .load::<(
            Option<String>,
            String,
            String,
            Option<String>,
            Option<String>,
            NaiveDateTime,
        )>(conn)
        .map(|rows| {
            rows.into_iter()
                .map(|(actor_name, action, subject, before, after, at)| Logged {
                    actor_name,
                    action,
                    subject,
                    before,
                    after,
                    at: from_db_time(at),
                })
                .collect()
        })
}
