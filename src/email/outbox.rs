//! The outbox table: every email is a row written in the same transaction as the
//! change that causes it, so a mail is never lost nor sent for a change that was
//! rolled back.
//!
//! Claims and leases — the rules that let any number of workers (threads of `plenary
//! serve`, `plenary worker` processes, on one or several machines) share one outbox:
//!
//! - A worker **claims** up to a batch of due rows with one atomic statement,
//!   `UPDATE outbox SET lease_until = now + lease WHERE id IN (SELECT … due AND lease
//!   expired or absent …) RETURNING …`, in its own short transaction. On PostgreSQL
//!   the inner SELECT adds `FOR UPDATE SKIP LOCKED`, so two workers claiming at the same
//!   moment take disjoint rows instead of waiting for each other; on SQLite the writer
//!   lock (one writer per database file, across processes) serializes claims.
//! - A claimed row belongs to its worker until `lease_until`. The worker sends it and
//!   then records the outcome, clearing the lease: [`mark_sent`], or [`mark_failed`]
//!   (back in the queue with backoff, or `failed` after [`MAX_ATTEMPTS`]).
//! - A worker that stops on purpose (SIGTERM, or the mail server went away in the
//!   middle of a batch) gives back what it claimed but did not try with [`release`]:
//!   the rows are due again at once, their attempt counts unchanged.
//! - A worker that dies (SIGKILL, power loss) gives nothing back: its rows return by
//!   themselves when the lease expires (`PLENARY_OUTBOX_LEASE_SECS`, two minutes by
//!   default), and another worker claims them.
//! - The one case that can deliver twice is a crash after the SMTP server accepted
//!   a message and before [`mark_sent`] committed (milliseconds). The resent copy
//!   carries the same `Message-ID`, which receiving systems use to drop duplicates.
//!   A lease must therefore outlast a batch: 25 sends, each with a 20 s SMTP timeout.

use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use diesel::prelude::*;
use diesel::sql_types::{Integer, Nullable, Text, Timestamp};

use super::Mail;
use crate::db::schema::outbox;
use crate::db::{DbConn, to_db_time};
use crate::domain::ConferenceId;

/// After this many failed attempts a mail is marked `failed` and left for a person.
pub const MAX_ATTEMPTS: i32 = 8;
pub use crate::config::DEFAULT_LEASE;

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
            outbox::sender_name.eq(&mail.headers.sender_name),
            outbox::reply_to.eq(&mail.headers.reply_to),
            outbox::list_unsubscribe.eq(&mail.headers.list_unsubscribe),
            outbox::language.eq(mail.headers.language.map(|l| l.code())),
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
    #[diesel(sql_type = Nullable<Text>)]
    pub sender_name: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    pub reply_to: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    pub list_unsubscribe: Option<String>,
    /// The language the mail is written in (`Content-Language`).
    #[diesel(sql_type = Nullable<Text>)]
    pub language: Option<String>,
}

/// Leases up to `limit` due rows to the caller for `lease`. Run inside a write
/// transaction (see the module's rules).
pub fn claim_due(
    conn: &mut DbConn,
    now: DateTime<Utc>,
    limit: i32,
    lease: Duration,
) -> QueryResult<Vec<Claimed>> {
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
           attachment_name, attachment_type, attachment_body, attempts, created_at, \
           sender_name, reply_to, list_unsubscribe, language"
    );
    diesel::sql_query(sql)
        .bind::<Timestamp, _>(to_db_time(now + lease))
        .bind::<Timestamp, _>(to_db_time(now))
        .bind::<Integer, _>(limit)
        .load(conn)
}

/// What a sent mail's stored body becomes.
pub const REDACTED_BODY: &str = "(Removed after delivery.)";

/// Records a delivery and redacts the stored copy: bodies carry working links
/// (password reset, confirmation, invitation) and personal details, and once the mail
/// has gone the copy only helps whoever reads the database. Kept: the recipient, the
/// subject (no message puts a secret there), kind, status, times and Message-ID,
/// which the back office and the bounce trail need.
pub fn mark_sent(conn: &mut DbConn, id: &str, now: DateTime<Utc>) -> QueryResult<()> {
    diesel::update(outbox::table.find(id))
        .set((
            outbox::status.eq("sent"),
            outbox::sent_at.eq(to_db_time(now)),
            outbox::attempts.eq(outbox::attempts + 1),
            outbox::lease_until.eq(None::<NaiveDateTime>),
            outbox::last_error.eq(None::<String>),
            outbox::body_text.eq(REDACTED_BODY),
            outbox::body_html.eq(REDACTED_BODY),
            outbox::attachment_body.eq(None::<String>),
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

/// How many mails wait (queued, including retrying) and when the oldest of them
/// was written, for the metrics endpoint.
pub fn queue_depth(conn: &mut DbConn) -> QueryResult<(i64, Option<DateTime<Utc>>)> {
    let (n, oldest) = outbox::table
        .filter(outbox::status.eq("queued"))
        .select((
            diesel::dsl::count_star(),
            diesel::dsl::min(outbox::created_at),
        ))
        .first::<(i64, Option<NaiveDateTime>)>(conn)?;
    Ok((n, oldest.map(crate::db::from_db_time)))
}

/// Gives claimed rows back without an attempt: due again at once, attempt count and
/// last error unchanged. Only rows still queued are touched.
pub fn release(conn: &mut DbConn, ids: &[String]) -> QueryResult<usize> {
    if ids.is_empty() {
        return Ok(0);
    }
    diesel::update(
        outbox::table
            .filter(outbox::id.eq_any(ids))
            .filter(outbox::status.eq("queued")),
    )
    .set(outbox::lease_until.eq(None::<NaiveDateTime>))
    .execute(conn)
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

// ---------------------------------------------------------------- back office
// Batches (announcements), idempotent mails (reminders) and the health view.

/// Inserts a row unless one with `message_id` exists; returns whether it was written.
/// `ON CONFLICT DO NOTHING` with `$n` binds reads the same on both backends.
fn insert_unless_present(
    conn: &mut DbConn,
    mail: &Mail,
    conference: Option<ConferenceId>,
    message_id: &str,
    batch: Option<&str>,
    now: DateTime<Utc>,
    due: DateTime<Utc>,
) -> QueryResult<bool> {
    let now = to_db_time(now);
    let n = diesel::sql_query(
        "INSERT INTO outbox (id, message_id, conference_id, kind, batch_id, to_address, subject, \
           body_text, body_html, attachment_name, attachment_type, attachment_body, status, \
           attempts, next_attempt_at, created_at, sender_name, reply_to, list_unsubscribe, \
           language) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'queued', 0, $13, $14, \
           $15, $16, $17, $18) \
         ON CONFLICT DO NOTHING",
    )
    .bind::<Text, _>(uuid::Uuid::now_v7().to_string())
    .bind::<Text, _>(message_id)
    .bind::<Nullable<Text>, _>(conference.map(|c| c.to_string()))
    .bind::<Text, _>(mail.kind)
    .bind::<Nullable<Text>, _>(batch)
    .bind::<Text, _>(&mail.to)
    .bind::<Text, _>(&mail.subject)
    .bind::<Text, _>(&mail.text)
    .bind::<Text, _>(&mail.html)
    .bind::<Nullable<Text>, _>(mail.attachment.as_ref().map(|a| a.filename.as_str()))
    .bind::<Nullable<Text>, _>(mail.attachment.as_ref().map(|a| a.content_type.as_str()))
    .bind::<Nullable<Text>, _>(mail.attachment.as_ref().map(|a| a.body.as_str()))
    .bind::<Timestamp, _>(to_db_time(due))
    .bind::<Timestamp, _>(now)
    .bind::<Nullable<Text>, _>(mail.headers.sender_name.as_deref())
    .bind::<Nullable<Text>, _>(mail.headers.reply_to.as_deref())
    .bind::<Nullable<Text>, _>(mail.headers.list_unsubscribe.as_deref())
    .bind::<Nullable<Text>, _>(mail.headers.language.map(|l| l.code()))
    .execute(conn)?;
    Ok(n == 1)
}

/// Writes one mail of a batch (an announcement): rows sharing `batch` are reported
/// together. Call inside the transaction that writes the whole batch. The worker
/// sends it from `due` on (now, or the time an announcement is scheduled for).
pub fn enqueue_in_batch(
    conn: &mut DbConn,
    mail: &Mail,
    conference: ConferenceId,
    batch: &str,
    now: DateTime<Utc>,
    due: DateTime<Utc>,
) -> QueryResult<()> {
    let message_id = format!("<{}@plenary.mail>", uuid::Uuid::now_v7().simple());
    insert_unless_present(
        conn,
        mail,
        Some(conference),
        &message_id,
        Some(batch),
        now,
        due,
    )?;
    Ok(())
}

/// Writes `mail` under a deterministic `message_id` unless that id is already in the
/// outbox: the UNIQUE constraint makes a mail that must go once (a reminder) go once,
/// even when two workers schedule it at the same moment. Returns whether it was new.
pub fn enqueue_once(
    conn: &mut DbConn,
    mail: &Mail,
    conference: ConferenceId,
    message_id: &str,
    now: DateTime<Utc>,
) -> QueryResult<bool> {
    insert_unless_present(conn, mail, Some(conference), message_id, None, now, now)
}

/// Rows by status: queued (including retrying), sent, failed, cancelled (a
/// scheduled announcement called off before it went).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct StatusCounts {
    pub queued: i64,
    pub sent: i64,
    pub failed: i64,
    pub cancelled: i64,
}

impl StatusCounts {
    pub fn total(&self) -> i64 {
        self.queued + self.sent + self.failed + self.cancelled
    }

    fn add(&mut self, status: &str, n: i64) {
        match status {
            "queued" => self.queued += n,
            "sent" => self.sent += n,
            "cancelled" => self.cancelled += n,
            _ => self.failed += n,
        }
    }
}

/// Cancels the messages of a batch that have not gone yet and are not being sent
/// right now (a worker's live lease); returns how many.
pub fn cancel_batch(
    conn: &mut DbConn,
    conference: ConferenceId,
    batch: &str,
    now: DateTime<Utc>,
) -> QueryResult<usize> {
    diesel::update(
        outbox::table
            .filter(outbox::conference_id.eq(conference.to_string()))
            .filter(outbox::batch_id.eq(batch))
            .filter(outbox::status.eq("queued"))
            .filter(
                outbox::lease_until
                    .is_null()
                    .or(outbox::lease_until.lt(to_db_time(now))),
            ),
    )
    .set((
        outbox::status.eq("cancelled"),
        outbox::lease_until.eq(None::<NaiveDateTime>),
        outbox::body_text.eq(REDACTED_BODY),
        outbox::body_html.eq(REDACTED_BODY),
        outbox::attachment_body.eq(None::<String>),
    ))
    .execute(conn)
}

/// Counts of one batch of a conference.
pub fn batch_counts(
    conn: &mut DbConn,
    conference: ConferenceId,
    batch: &str,
) -> QueryResult<StatusCounts> {
    let rows: Vec<(String, i64)> = outbox::table
        .filter(outbox::conference_id.eq(conference.to_string()))
        .filter(outbox::batch_id.eq(batch))
        .group_by(outbox::status)
        .select((outbox::status, diesel::dsl::count_star()))
        .load(conn)?;
    let mut c = StatusCounts::default();
    for (status, n) in rows {
        c.add(&status, n);
    }
    Ok(c)
}

/// One sent batch for the list of announcements.
#[derive(QueryableByName, Debug, Clone)]
pub struct BatchSummary {
    #[diesel(sql_type = Text)]
    pub batch_id: String,
    #[diesel(sql_type = Text)]
    pub subject: String,
    #[diesel(sql_type = Timestamp)]
    pub created_at: NaiveDateTime,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    pub queued: i64,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    pub sent: i64,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    pub failed: i64,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    pub cancelled: i64,
}

/// The conference's batches of `kind`, newest first, counted in SQL.
pub fn batches(
    conn: &mut DbConn,
    conference: ConferenceId,
    kind: &str,
) -> QueryResult<Vec<BatchSummary>> {
    diesel::sql_query(
        "SELECT batch_id, MIN(subject) AS subject, MIN(created_at) AS created_at, \
           SUM(CASE WHEN status = 'queued' THEN 1 ELSE 0 END) AS queued, \
           SUM(CASE WHEN status = 'sent' THEN 1 ELSE 0 END) AS sent, \
           SUM(CASE WHEN status = 'failed' THEN 1 ELSE 0 END) AS failed, \
           SUM(CASE WHEN status = 'cancelled' THEN 1 ELSE 0 END) AS cancelled \
         FROM outbox WHERE conference_id = $1 AND kind = $2 AND batch_id IS NOT NULL \
         GROUP BY batch_id ORDER BY MIN(created_at) DESC, batch_id DESC",
    )
    .bind::<Text, _>(conference.to_string())
    .bind::<Text, _>(kind)
    .load(conn)
}

/// The first subject of a batch (its announcement's subject), if the batch exists.
pub fn batch_subject(
    conn: &mut DbConn,
    conference: ConferenceId,
    batch: &str,
) -> QueryResult<Option<String>> {
    outbox::table
        .filter(outbox::conference_id.eq(conference.to_string()))
        .filter(outbox::batch_id.eq(batch))
        .select(outbox::subject)
        .first(conn)
        .optional()
}

/// All of a conference's mail by status.
pub fn conference_counts(conn: &mut DbConn, conference: ConferenceId) -> QueryResult<StatusCounts> {
    let rows: Vec<(String, i64)> = outbox::table
        .filter(outbox::conference_id.eq(conference.to_string()))
        .group_by(outbox::status)
        .select((outbox::status, diesel::dsl::count_star()))
        .load(conn)?;
    let mut c = StatusCounts::default();
    for (status, n) in rows {
        c.add(&status, n);
    }
    Ok(c)
}

/// What is waiting to go out for a conference: the oldest queued mail, and the last
/// error a retrying mail met (the mail server's answer, or why it could not be reached).
#[derive(Debug, Clone, Default)]
pub struct Backlog {
    pub oldest_queued: Option<DateTime<Utc>>,
    pub last_error: Option<String>,
}

pub fn backlog(conn: &mut DbConn, conference: ConferenceId) -> QueryResult<Backlog> {
    let oldest: Option<NaiveDateTime> = outbox::table
        .filter(outbox::conference_id.eq(conference.to_string()))
        .filter(outbox::status.eq("queued"))
        .select(diesel::dsl::min(outbox::created_at))
        .first(conn)?;
    // The row failed last is the one whose next attempt was set last.
    let last_error: Option<Option<String>> = outbox::table
        .filter(outbox::conference_id.eq(conference.to_string()))
        .filter(outbox::status.eq("queued"))
        .filter(outbox::last_error.is_not_null())
        .order((outbox::next_attempt_at.desc(), outbox::id.desc()))
        .select(outbox::last_error)
        .first(conn)
        .optional()?;
    Ok(Backlog {
        oldest_queued: oldest.map(crate::db::from_db_time),
        last_error: last_error.flatten(),
    })
}

/// A mail that failed for good or is waiting for another attempt.
#[derive(Debug, Clone)]
pub struct Troubled {
    pub id: String,
    pub kind: String,
    pub to_address: String,
    pub subject: String,
    pub status: String,
    pub attempts: i32,
    pub last_error: Option<String>,
    pub next_attempt_at: DateTime<Utc>,
}

/// Failed mails and queued ones that have failed at least once, most urgent first.
pub fn troubled(
    conn: &mut DbConn,
    conference: ConferenceId,
    limit: i64,
) -> QueryResult<Vec<Troubled>> {
    outbox::table
        .filter(outbox::conference_id.eq(conference.to_string()))
        .filter(
            outbox::status
                .eq("failed")
                .or(outbox::status.eq("queued").and(outbox::attempts.gt(0))),
        )
        .order((outbox::next_attempt_at, outbox::id))
        .limit(limit)
        .select((
            outbox::id,
            outbox::kind,
            outbox::to_address,
            outbox::subject,
            outbox::status,
            outbox::attempts,
            outbox::last_error,
            outbox::next_attempt_at,
        ))
        .load::<(
            String,
            String,
            String,
            String,
            String,
            i32,
            Option<String>,
            NaiveDateTime,
        )>(conn)
        .map(|rows| {
            rows.into_iter()
                .map(|r| Troubled {
                    id: r.0,
                    kind: r.1,
                    to_address: r.2,
                    subject: r.3,
                    status: r.4,
                    attempts: r.5,
                    last_error: r.6,
                    next_attempt_at: crate::db::from_db_time(r.7),
                })
                .collect()
        })
}

/// Puts failed or retrying mail of the conference back in the queue, due now, keeping
/// its attempt count (`only` one row, or all). Returns how many rows changed.
pub fn retry(
    conn: &mut DbConn,
    conference: ConferenceId,
    only: Option<&str>,
    now: DateTime<Utc>,
) -> QueryResult<usize> {
    let mut q = diesel::update(outbox::table)
        .filter(outbox::conference_id.eq(conference.to_string()))
        .filter(
            outbox::status
                .eq("failed")
                .or(outbox::status.eq("queued").and(outbox::attempts.gt(0))),
        )
        .into_boxed();
    if let Some(id) = only {
        q = q.filter(outbox::id.eq(id.to_string()));
    }
    q.set((
        outbox::status.eq("queued"),
        outbox::next_attempt_at.eq(to_db_time(now)),
        outbox::lease_until.eq(None::<NaiveDateTime>),
    ))
    .execute(conn)
}
