//! The languages an announcement was written in: one row per (batch, language),
//! written when it is sent (`service::announcements::send`), read by its progress
//! page, with how many of its messages went out in each language.

use chrono::{DateTime, Utc};
use diesel::prelude::*;

use super::DbConn;
use super::schema::{announcement_versions, outbox};
use crate::domain::ConferenceId;
use crate::domain::lang::Lang;

/// One language version of a sent announcement.
#[derive(Queryable, Selectable, Clone, Debug, PartialEq, Eq)]
#[diesel(table_name = announcement_versions)]
pub struct Version {
    pub lang: Lang,
    pub subject: String,
    pub body: String,
    /// The conference's default language, which recipients without their own get.
    pub is_default: bool,
}

/// Stores the versions of the announcement `batch`.
pub fn insert(
    conn: &mut DbConn,
    conference: ConferenceId,
    batch: &str,
    versions: &[Version],
    now: DateTime<Utc>,
) -> QueryResult<()> {
    for v in versions {
        diesel::insert_into(announcement_versions::table)
            .values((
                announcement_versions::batch_id.eq(batch),
                announcement_versions::lang.eq(v.lang),
                announcement_versions::conference_id.eq(conference.to_string()),
                announcement_versions::subject.eq(&v.subject),
                announcement_versions::body.eq(&v.body),
                announcement_versions::is_default.eq(v.is_default),
                announcement_versions::created_at.eq(super::to_db_time(now)),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// The versions of `batch`, the default language's first. Empty for an
/// announcement sent before versions were stored.
pub fn of_batch(
    conn: &mut DbConn,
    conference: ConferenceId,
    batch: &str,
) -> QueryResult<Vec<Version>> {
    let mut rows: Vec<Version> = announcement_versions::table
        .filter(announcement_versions::conference_id.eq(conference.to_string()))
        .filter(announcement_versions::batch_id.eq(batch))
        .select(Version::as_select())
        .load(conn)?;
    rows.sort_by_key(|v| (!v.is_default, Lang::ALL.iter().position(|l| *l == v.lang)));
    Ok(rows)
}

/// How many messages of `batch` were written in each language, most first (`None`:
/// rows queued before the outbox recorded languages).
pub fn recipients_by_language(
    conn: &mut DbConn,
    conference: ConferenceId,
    batch: &str,
) -> QueryResult<Vec<(Option<Lang>, i64)>> {
    let mut rows: Vec<(Option<Lang>, i64)> = outbox::table
        .filter(outbox::conference_id.eq(conference.to_string()))
        .filter(outbox::batch_id.eq(batch))
        .group_by(outbox::language)
        .select((outbox::language, diesel::dsl::count_star()))
        .load(conn)?;
    rows.sort_by(|a, b| {
        b.1.cmp(&a.1)
            .then_with(|| a.0.map(Lang::code).cmp(&b.0.map(Lang::code)))
    });
    Ok(rows)
}

/// The default language's subject of each of a conference's announcements that has
/// versions: (batch, subject).
pub fn default_subjects(
    conn: &mut DbConn,
    conference: ConferenceId,
) -> QueryResult<Vec<(String, String)>> {
    announcement_versions::table
        .filter(announcement_versions::conference_id.eq(conference.to_string()))
        .filter(announcement_versions::is_default.eq(true))
        .select((
            announcement_versions::batch_id,
            announcement_versions::subject,
        ))
        .load(conn)
}
