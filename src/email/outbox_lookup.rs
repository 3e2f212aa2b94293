//! The outbox page's recipient lookup: "did X get their confirmation?" — every mail of
//! a conference to matching addresses, with its status, attempts and last error — and
//! the headers of every mail to one address, for its owner's data download.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use diesel::sql_types::Text;

use crate::db::DbConn;
use crate::db::schema::outbox;
use crate::domain::ConferenceId;

/// One mail of a conference as the outbox page's recipient lookup shows it.
#[derive(Debug, Clone)]
pub struct Found {
    pub kind: String,
    pub to_address: String,
    pub subject: String,
    pub status: String,
    pub attempts: i32,
    pub last_error: Option<String>,
    pub created_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
    pub next_attempt_at: DateTime<Utc>,
}

/// The conference's mail to addresses containing `needle` (case-insensitive), newest
/// first, at most `limit`: "did X get their confirmation?".
pub fn lookup(
    conn: &mut DbConn,
    conference: ConferenceId,
    needle: &str,
    limit: i64,
) -> QueryResult<Vec<Found>> {
    let escaped: String = needle
        .trim()
        .to_lowercase()
        .chars()
        .flat_map(|c| match c {
            '%' | '_' | '\\' => vec!['\\', c],
            c => vec![c],
        })
        .collect();
    outbox::table
        .filter(outbox::conference_id.eq(conference.to_string()))
        .filter(
            diesel::dsl::sql::<Text>("lower(to_address)")
                .like(format!("%{escaped}%"))
                .escape('\\'),
        )
        .order((outbox::created_at.desc(), outbox::id.desc()))
        .limit(limit)
        .select((
            outbox::kind,
            outbox::to_address,
            outbox::subject,
            outbox::status,
            outbox::attempts,
            outbox::last_error,
            outbox::created_at,
            outbox::sent_at,
            outbox::next_attempt_at,
        ))
        .load::<(
            String,
            String,
            String,
            String,
            i32,
            Option<String>,
            NaiveDateTime,
            Option<NaiveDateTime>,
            NaiveDateTime,
        )>(conn)
        .map(|rows| {
            rows.into_iter()
                .map(|r| Found {
                    kind: r.0,
                    to_address: r.1,
                    subject: r.2,
                    status: r.3,
                    attempts: r.4,
                    last_error: r.5,
                    created_at: crate::db::from_db_time(r.6),
                    sent_at: r.7.map(crate::db::from_db_time),
                    next_attempt_at: crate::db::from_db_time(r.8),
                })
                .collect()
        })
}

/// A stored mail as its recipient may see it in their data download: headers and
/// status, never the body (a queued body can hold a working link).
#[derive(Debug, Clone, Queryable)]
pub struct Header {
    pub message_id: String,
    pub kind: String,
    pub subject: String,
    pub status: String,
    pub created_at: NaiveDateTime,
    pub sent_at: Option<NaiveDateTime>,
}

/// Every stored mail to `address`, oldest first.
pub fn headers_to(conn: &mut DbConn, address: &str) -> QueryResult<Vec<Header>> {
    outbox::table
        .filter(outbox::to_address.eq(address))
        .order((outbox::created_at, outbox::id))
        .select((
            outbox::message_id,
            outbox::kind,
            outbox::subject,
            outbox::status,
            outbox::created_at,
            outbox::sent_at,
        ))
        .load(conn)
}
