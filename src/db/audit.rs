//! The audit log: who changed what in the back office, when, with a before/after
//! summary. Written in the same transaction as the change it records.

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;

use super::schema::audit_log;
use super::{DbConn, from_db_time, to_db_time};
use crate::domain::{ConferenceId, RegistrationId, UserId};

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
    insert(conn, e, None, now)
}

/// [`record`] for a change about a person (`about`): their account's deletion then
/// finds the entry and replaces their name and address in it by a pseudonym.
#[tracing::instrument(level = "debug", skip_all)]
pub fn record_about(
    conn: &mut DbConn,
    e: &Entry<'_>,
    about: UserId,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    insert(conn, e, Some(about), now)
}

fn insert(
    conn: &mut DbConn,
    e: &Entry<'_>,
    about: Option<UserId>,
    now: DateTime<Utc>,
) -> QueryResult<()> {
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
            audit_log::subject_user_id.eq(about),
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
            audit_log::actor_label,
            audit_log::action,
            audit_log::subject,
            audit_log::before_state,
            audit_log::after_state,
            audit_log::created_at,
        ))
        .load::<(
            Option<String>,
            Option<String>,
            String,
            String,
            Option<String>,
            Option<String>,
            NaiveDateTime,
        )>(conn)
        .map(|rows| {
            rows.into_iter()
                .map(|(name, label, action, subject, before, after, at)| Logged {
                    actor_name: name.or(label),
                    action,
                    subject,
                    before,
                    after,
                    at: from_db_time(at),
                })
                .collect()
        })
}

// ------------------------------------------------------------ deleted accounts

/// Who a set of entries is about, to find them: the account, its email address and
/// name as written into the entries' text, and its registrations (whose ids the
/// check-in and registration entries name).
pub struct Person<'a> {
    pub user: UserId,
    pub email: &'a str,
    pub name: &'a str,
    pub registrations: &'a [RegistrationId],
}

/// One stored entry, with its id, for [`about`] and [`pseudonymise`].
#[derive(Debug, Clone, Queryable)]
pub struct Stored {
    pub id: String,
    pub conference_id: Option<ConferenceId>,
    pub actor_id: Option<UserId>,
    pub action: String,
    pub subject: String,
    pub before: Option<String>,
    pub after: Option<String>,
    pub created_at: NaiveDateTime,
    pub subject_user_id: Option<UserId>,
}

/// Entries about the person (and, with `by_them`, also those they made): recorded
/// with [`record_about`], naming one of their registrations, or holding their email
/// address (older entries were written before `subject_user_id` existed; the address
/// is unique, the name is not, so the name alone never selects an entry).
#[tracing::instrument(level = "debug", skip_all, fields(user = %p.user))]
pub fn about(conn: &mut DbConn, p: &Person<'_>, by_them: bool) -> QueryResult<Vec<Stored>> {
    // `_` in an address is a LIKE wildcard: the SQL may match a little more, and the
    // check below keeps only the entries that really name the person.
    let like_email = format!("%{}%", p.email);
    let mut q = audit_log::table
        .filter(
            audit_log::subject_user_id
                .eq(p.user)
                .or(audit_log::subject.like(like_email.clone()))
                .or(audit_log::before_state.like(like_email.clone()))
                .or(audit_log::after_state.like(like_email)),
        )
        .into_boxed();
    if by_them {
        q = q.or_filter(audit_log::actor_id.eq(p.user));
    }
    for r in p.registrations {
        q = q.or_filter(audit_log::subject.like(format!("%{r}%")));
    }
    q.order((audit_log::created_at, audit_log::id))
        .select((
            audit_log::id,
            audit_log::conference_id,
            audit_log::actor_id,
            audit_log::action,
            audit_log::subject,
            audit_log::before_state,
            audit_log::after_state,
            audit_log::created_at,
            audit_log::subject_user_id,
        ))
        .load::<Stored>(conn)
        .map(|rows| {
            rows.into_iter()
                .filter(|e| (by_them && e.actor_id == Some(p.user)) || names(e, p))
                .collect()
        })
}

/// Whether the entry is about the person (see [`about`]).
fn names(e: &Stored, p: &Person<'_>) -> bool {
    let email = p.email.to_lowercase();
    let has_email = |s: &str| s.to_lowercase().contains(&email);
    e.subject_user_id == Some(p.user)
        || has_email(&e.subject)
        || e.before.as_deref().is_some_and(has_email)
        || e.after.as_deref().is_some_and(has_email)
        || p.registrations
            .iter()
            .any(|r| e.subject.contains(&r.to_string()))
}

/// A fresh pseudonym for a deleted account, e.g. "deleted user #a1b2c3": random, so
/// nothing links it back to the account (not even its id), and the same in every
/// entry of one deletion, so the log still reads as one person's history.
pub fn pseudonym() -> String {
    format!(
        "deleted user #{}",
        &uuid::Uuid::new_v4().simple().to_string()[..6]
    )
}

/// Replaces the person's email address and name by `label` in every entry made by
/// them or about them, and unlinks the entries from the account (the actor is shown
/// as `label`). Run in the deletion's transaction, before the account is deleted.
#[tracing::instrument(level = "debug", skip_all, fields(user = %p.user))]
pub fn pseudonymise(conn: &mut DbConn, p: &Person<'_>, label: &str) -> QueryResult<usize> {
    let rows = about(conn, p, true)?;
    for e in &rows {
        let scrub = |s: &str| scrub(s, p, label);
        diesel::update(audit_log::table.find(&e.id))
            .set((
                audit_log::subject.eq(scrub(&e.subject)),
                audit_log::before_state.eq(e.before.as_deref().map(scrub)),
                audit_log::after_state.eq(e.after.as_deref().map(scrub)),
                audit_log::subject_user_id.eq(None::<UserId>),
            ))
            .execute(conn)?;
        if e.actor_id == Some(p.user) {
            diesel::update(audit_log::table.find(&e.id))
                .set((
                    audit_log::actor_id.eq(None::<UserId>),
                    audit_log::actor_label.eq(label),
                ))
                .execute(conn)?;
        }
    }
    Ok(rows.len())
}

/// [`pseudonymise`] limited to the entries of one conference that are about the
/// person (not those they made): for a conference whose registrations are
/// anonymised after their retention period, while the account itself stays.
#[tracing::instrument(level = "debug", skip_all, fields(user = %p.user))]
pub fn pseudonymise_in(
    conn: &mut DbConn,
    conference: ConferenceId,
    p: &Person<'_>,
    label: &str,
) -> QueryResult<usize> {
    let rows: Vec<Stored> = about(conn, p, false)?
        .into_iter()
        .filter(|e| e.conference_id == Some(conference))
        .collect();
    for e in &rows {
        let scrub = |s: &str| scrub(s, p, label);
        diesel::update(audit_log::table.find(&e.id))
            .set((
                audit_log::subject.eq(scrub(&e.subject)),
                audit_log::before_state.eq(e.before.as_deref().map(scrub)),
                audit_log::after_state.eq(e.after.as_deref().map(scrub)),
                audit_log::subject_user_id.eq(None::<UserId>),
            ))
            .execute(conn)?;
    }
    Ok(rows.len())
}

/// `text` with the person's address (any case) and name replaced by `label`.
fn scrub(text: &str, p: &Person<'_>, label: &str) -> String {
    let mut out = replace_ignoring_case(text, p.email, label);
    if !p.name.trim().is_empty() {
        out = out.replace(p.name, label);
    }
    out
}

fn replace_ignoring_case(text: &str, needle: &str, with: &str) -> String {
    if needle.is_empty() {
        return text.to_string();
    }
    let lower = text.to_lowercase();
    let needle = needle.to_lowercase();
    // Lowercasing can change byte lengths outside ASCII; fall back to exact matching.
    if lower.len() != text.len() {
        return text.replace(&needle, with);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = 0;
    for (i, _) in lower.match_indices(&needle) {
        out.push_str(&text[rest..i]);
        out.push_str(with);
        rest = i + needle.len();
    }
    out.push_str(&text[rest..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scrubbing_replaces_address_in_any_case_and_name() {
        let regs = [];
        let p = Person {
            user: UserId(uuid::Uuid::nil()),
            email: "ann@example.org",
            name: "Ann Lee",
            registrations: &regs,
        };
        assert_eq!(
            scrub(
                "Ann Lee as Speaker; sent to Ann@Example.org",
                &p,
                "deleted user #1"
            ),
            "deleted user #1 as Speaker; sent to deleted user #1"
        );
        assert_eq!(scrub("Session “Opening”", &p, "x"), "Session “Opening”");
        assert!(pseudonym().starts_with("deleted user #"));
        assert_ne!(pseudonym(), pseudonym());
    }
}
