//! The outbox table: every email is a row written in the same transaction as the
//! change that causes it, so a mail is never lost nor sent for a change that was
//! rolled back. Workers claim due rows with a lease (PostgreSQL adds
//! `FOR UPDATE SKIP LOCKED` so concurrent workers never claim the same row).

use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use diesel::prelude::*;
use diesel::sql_types::{Integer, Nullable, Text, Timestamp};

use super::Mail;
use crate::db::schema::outbox;
use crate::db::{DbConn, to_db_time};
use crate::domain::ConferenceId;

/// After this many failed attempts a mail is marked `failed` and left for a person.
pub const MAX_ATTEMPTS: i32 = 8;
/// How long a claimed row is reserved for the worker that claimed it.
pub const LEASE: Duration = Duration::seconds(120);

/// Writes `mail` to the outbox; call inside the transaction of the causing change.
pub fn enqueue(
    conn: &mut DbConn,
    mail: &Mail,
    conference: Option<ConferenceId>,
    now: DateTime<Utc>,
) -> QueryResult<String> {
    let id = uuid::Uuid::now_v7();
    let message_id = format!("<{}@plenary.mail>", id.simple());
    let now = to_db_time(now);
    diesel::insert_into(outbox::table)
        .values((
            outbox::id.eq(id.to_string()),
            outbox::message_id.eq(&message_id),
            outbox::conference_id.eq(conference.map(|c| c.to_string())),
            outbox::kind.eq(mail.kind),
            outbox::to_address.eq(&mail.to),
            outbox::subject.eq(&mail.subject),
            outbox::body_text.eq(&mail.text),
            outbox::body_html.eq(&mail.html),
            outbox::attachment_name.eq(mail.attachment.as_ref().map(|a| &a.filename)),
            outbox::attachment_type.eq(mail.attachment.as_ref().map(|a| &a.content_type)),
            outbox::attachment_body.eq(mail.attachment.as_ref().map(|a| &a.body)),
            outbox::status.eq("queued"),
            outbox::next_attempt_at.eq(now),
            outbox::created_at.eq(now),
        ))
        .execute(conn)?;
    Ok(message_id)
}

/// A claimed row, everything the worker needs to build and send the message.
#[derive(QueryableByName, Debug, Clone)]
pub struct Claimed {
    #[diesel(sql_type = Text)]
    pub id: String,
    #[diesel(sql_type = Text)]
    pub message_id: String,
    #[diesel(sql_type = Text)]
    pub to_address: String,
    #[diesel(sql_type = Text)]
    pub subject: String,
    #[diesel(sql_type = Text)]
    pub body_text: String,
    #[diesel(sql_type = Text)]
    pub body_html: String,
    #[diesel(sql_type = Nullable<Text>)]
    pub attachment_name: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    pub attachment_type: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    pub attachment_body: Option<String>,
    #[diesel(sql_type = Integer)]
    pub attempts: i32,
    #[diesel(sql_type = Timestamp)]
    pub created_at: NaiveDateTime,
}

/// Leases up to `limit` due rows to the caller. Run inside a write transaction.
pub fn claim_due(conn: &mut DbConn, now: DateTime<Utc>, limit: i32) -> QueryResult<Vec<Claimed>> {
    let skip_locked = match conn {
        DbConn::Pg(_) => "FOR UPDATE SKIP LOCKED",
        DbConn::Sqlite(_) => "",
    };
    let sql = format!(
        "UPDATE outbox SET lease_until = $1 WHERE id IN (\
           SELECT id FROM outbox WHERE status = 'queued' AND next_attempt_at <= $2 \
           AND (lease_until IS NULL OR lease_until < $2) \
           ORDER BY next_attempt_at, id LIMIT $3 {skip_locked}) \
         RETURNING id, message_id, to_address, subject, body_text, body_html, \
           attachment_name, attachment_type, attachment_body, attempts, created_at"
    );
    diesel::sql_query(sql)
        .bind::<Timestamp, _>(to_db_time(now + LEASE))
        .bind::<Timestamp, _>(to_db_time(now))
        .bind::<Integer, _>(limit)
        .load(conn)
}

pub fn mark_sent(conn: &mut DbConn, id: &str, now: DateTime<Utc>) -> QueryResult<()> {
    diesel::update(outbox::table.find(id))
        .set((
            outbox::status.eq("sent"),
            outbox::sent_at.eq(to_db_time(now)),
            outbox::attempts.eq(outbox::attempts + 1),
            outbox::lease_until.eq(None::<NaiveDateTime>),
            outbox::last_error.eq(None::<String>),
        ))
        .execute(conn)?;
    Ok(())
}

/// Exponential backoff: 30 s, 1 min, 2 min, … capped at one hour.
pub fn backoff(attempts_so_far: i32) -> Duration {
    let exp = attempts_so_far.clamp(0, 7) as u32;
    Duration::seconds((30i64 << exp).min(3600))
}

/// Records a failed attempt: retried later with backoff, or `failed` at the limit.
pub fn mark_failed(
    conn: &mut DbConn,
    row: &Claimed,
    error: &str,
    now: DateTime<Utc>,
) -> QueryResult<bool> {
    let attempts = row.attempts + 1;
    let give_up = attempts >= MAX_ATTEMPTS;
    let error: String = error.chars().take(1000).collect();
    diesel::update(outbox::table.find(&row.id))
        .set((
            outbox::status.eq(if give_up { "failed" } else { "queued" }),
            outbox::attempts.eq(attempts),
            outbox::next_attempt_at.eq(to_db_time(now + backoff(row.attempts))),
            outbox::lease_until.eq(None::<NaiveDateTime>),
            outbox::last_error.eq(error),
        ))
        .execute(conn)?;
    Ok(give_up)
}

/// Counts of rows by status, for tests and the back office.
pub fn counts(conn: &mut DbConn) -> QueryResult<Vec<(String, i64)>> {
    outbox::table
        .group_by(outbox::status)
        .select((outbox::status, diesel::dsl::count_star()))
        .load(conn)
}

/// Removes every message to `address` (when its owner deletes their account, their
/// name and address must not linger in stored mail).
pub fn forget_address(conn: &mut DbConn, address: &str) -> QueryResult<usize> {
    diesel::delete(outbox::table.filter(outbox::to_address.eq(address))).execute(conn)
}
