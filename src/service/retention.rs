//! Data retention: a conference may keep its registrations for a number of months
//! after its last day; then they are anonymised. The mail worker runs [`tick`] once
//! per round: it warns the organizers by mail a week before (once; see
//! `domain::retention` for the dates) and, when due, anonymises. Organizers may also
//! anonymise at once from the back office ([`anonymise`]).
//!
//! What anonymising does, kept simple on purpose: the conference's registrations are
//! detached from their accounts and their personal fields blanked (calendar feed,
//! consent to the list); the audit entries of this conference about those people get
//! a pseudonym instead of their name and address; the conference's stored mail to
//! them and their pending email tokens are deleted. The registrations' country,
//! status, dates and session seats stay, so every count (by country, status, day,
//! session) stays. The accounts themselves are untouched: they belong to the people,
//! who may have other conferences; an account deletion remains theirs to make.
//! TODO(reg-a merge): blank the free-text answers to custom questions here too.

use chrono::{DateTime, Utc};

use super::{Ctx, Result};
use crate::db::audit::{self, Entry, Person};
use crate::db::conferences::Conference;
use crate::db::{self, DbConn};
use crate::domain::retention::{Step, due_on, step};
use crate::domain::{Email, UserId};
use crate::email::messages;

/// The outbox `kind` of the warning mail.
pub const WARNING_KIND: &str = "retention_warning";

/// The organizers set (or clear) the retention period.
pub fn set_retention(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conf: &Conference,
    actor: UserId,
    months: Option<i32>,
) -> Result<bool> {
    let before = db::participants::settings(conn, conf.id)?.retention_months;
    if before == months {
        return Ok(false);
    }
    db::participants::set_retention(conn, conf.id, months, ctx.now)?;
    let show = |m: Option<i32>| m.map_or_else(|| "kept".to_string(), |m| format!("{m} months"));
    audit::record(
        conn,
        &Entry {
            conference: Some(conf.id),
            actor: Some(actor),
            action: "retention.setting",
            subject: &format!("Retention period of “{}”", conf.title),
            before: Some(&show(before)),
            after: Some(&show(months)),
        },
        ctx.now,
    )?;
    Ok(true)
}

/// Anonymises the conference's registrations (see the module doc), records it in
/// the audit log (by `actor`, or by the scheduled job when `None`) and turns the
/// public list off. Returns how many registrations were still linked to a person.
pub fn anonymise(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conf: &Conference,
    actor: Option<UserId>,
) -> Result<usize> {
    let linked = db::retention::linked(conn, conf.id)?;
    let label = "anonymised participant";
    for p in &linked {
        let regs = [p.registration];
        let person = Person {
            user: p.user,
            email: &p.email,
            name: &p.name,
            registrations: &regs,
        };
        audit::pseudonymise_in(conn, conf.id, &person, label)?;
    }
    let addresses: Vec<String> = linked.iter().map(|p| p.email.clone()).collect();
    db::retention::forget_mail(conn, conf.id, &addresses)?;
    let ids = db::retention::registration_ids(conn, conf.id)?;
    db::retention::drop_tokens(conn, &ids)?;
    super::questions::forget_personal_answers(conn, conf.id)?;
    let n = db::retention::detach(conn, conf.id, ctx.now)?;
    db::participants::mark_anonymised(conn, conf.id, ctx.now)?;
    db::conferences::bump_agenda(conn, conf.id, ctx.now)?;
    audit::record(
        conn,
        &Entry {
            conference: Some(conf.id),
            actor,
            action: if actor.is_some() {
                "retention.anonymise_now"
            } else {
                "retention.anonymise_scheduled"
            },
            subject: &format!("Registrations of “{}”", conf.title),
            before: Some(&format!("{n} linked to people")),
            after: Some(&format!("{} anonymised", ids.len())),
        },
        ctx.now,
    )?;
    Ok(n)
}

/// What one run of the job did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Done {
    pub warned: usize,
    pub anonymised: usize,
}

/// Warns and anonymises what is due at `now`, in the caller's transaction.
pub fn run_due(conn: &mut DbConn, now: DateTime<Utc>, base_url: &str) -> Result<Done> {
    let ctx = Ctx { base_url, now };
    let mut done = Done::default();
    for r in db::participants::retained(conn)? {
        let Some(conf) = db::conferences::by_id(conn, r.conference)? else {
            continue;
        };
        match step(r.ends_on, r.months, r.warned_at, now) {
            Step::Wait => {}
            Step::Warn => {
                warn_organizers(conn, ctx, &conf, due_on(r.ends_on, r.months))?;
                db::participants::mark_warned(conn, conf.id, now)?;
                done.warned += 1;
            }
            Step::Anonymise => {
                anonymise(conn, ctx, &conf, None)?;
                done.anonymised += 1;
            }
        }
    }
    Ok(done)
}

/// One mail per organizer, in their language, saying when and what will happen.
fn warn_organizers(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conf: &Conference,
    due: chrono::NaiveDate,
) -> Result<()> {
    for (id, name, email) in db::conferences::organizers(conn, conf.id)? {
        let uid = UserId::parse(&id);
        let lang = match uid {
            Some(uid) => db::users::by_id(conn, uid)?.and_then(|u| u.language),
            None => None,
        }
        .unwrap_or(conf.default_language);
        let content = messages::retention_warning(lang, ctx.base_url, conf, &name, due);
        let to = Email::from_db(email);
        super::mail::send(conn, ctx, conf, &to, WARNING_KIND, content, None)?;
    }
    audit::record(
        conn,
        &Entry {
            conference: Some(conf.id),
            actor: None,
            action: "retention.warning",
            subject: &format!("Registrations of “{}”", conf.title),
            before: None,
            after: Some(&format!("anonymised from {due}")),
        },
        ctx.now,
    )?;
    Ok(())
}

/// The worker's per-round job: [`run_due`] in one write transaction.
pub fn tick(
    db: &crate::db::Db,
    now: DateTime<Utc>,
    base_url: &str,
) -> std::result::Result<(), String> {
    db.write_blocking(|c| run_due(c, now, base_url))
        .map(|_| ())
        .map_err(|e| e.to_string())
}
