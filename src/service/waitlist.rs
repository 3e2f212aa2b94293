//! The conference waiting list around the organizer's limits: how many a change of
//! capacity or quota would promote (for the confirmation page), and the audit lines
//! of what happens without an organizer's click: automatic promotions, attendees
//! cancelling themselves, cancellations by an account's deletion.

use std::collections::HashMap;

use super::{Ctx, Result};
use crate::db::audit::{self, Entry};
use crate::db::conferences::Conference;
use crate::db::registrations::{self as regs, Registration};
use crate::db::{self, DbConn};
use crate::domain::UserId;
use crate::domain::capacity::{self, Limits};
use crate::domain::status::RegistrationStatus;

/// How many people on the waiting list of `conf` would get a seat with `limits`.
pub fn would_promote(conn: &mut DbConn, conf: &Conference, limits: Limits) -> Result<usize> {
    let waitlist: Vec<Registration> = regs::waitlist(conn, conf.id)?
        .into_iter()
        .filter(|r| r.user_id.is_some())
        .collect();
    if waitlist.is_empty() {
        return Ok(0);
    }
    let total = regs::seats_taken(conn, conf.id, None)?;
    let mut held: HashMap<String, i64> = HashMap::new();
    if limits.country_quota.is_some() {
        for r in &waitlist {
            if !held.contains_key(&r.country) {
                let n = regs::seats_taken(conn, conf.id, Some(r.country.as_str()))?;
                held.insert(r.country.clone(), n);
            }
        }
    }
    let chosen = capacity::promotions(
        limits,
        total,
        |c| held.get(c).copied().unwrap_or(0),
        waitlist.iter().map(|r| r.country.as_str()),
    );
    Ok(chosen.len())
}

fn subject(name: &str, reg: &Registration) -> String {
    format!("Registration of {name} ({})", reg.id)
}

/// Audit line of a promotion nobody clicked: a seat freed or the limits raised.
pub fn record_promotion(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conf: &Conference,
    reg: &Registration,
    name: &str,
    after: RegistrationStatus,
) -> Result<()> {
    audit::record(
        conn,
        &Entry {
            conference: Some(conf.id),
            actor: None,
            action: "registration.promote_automatic",
            subject: &subject(name, reg),
            before: Some(RegistrationStatus::Waitlisted.as_str()),
            after: Some(after.as_str()),
        },
        ctx.now,
    )?;
    Ok(())
}

/// Audit line of a cancellation not made by an organizer: `action` is
/// `registration.cancel_by_attendee` or `registration.cancel_by_account_deletion`.
pub fn record_cancellation(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    reg: &Registration,
    actor: Option<UserId>,
    name: &str,
    action: &'static str,
) -> Result<()> {
    audit::record(
        conn,
        &Entry {
            conference: Some(reg.conference_id),
            actor,
            action,
            subject: &subject(name, reg),
            before: Some(reg.status.as_str()),
            after: Some(RegistrationStatus::Cancelled.as_str()),
        },
        ctx.now,
    )?;
    Ok(())
}

/// The attendee cancels their own registration: seats go to the waiting lists and
/// the audit log says who cancelled. Returns whether anything changed.
pub fn cancel_by_attendee(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conf: &Conference,
    reg: &Registration,
    actor: UserId,
    name: &str,
) -> Result<bool> {
    let changed = super::registration::cancel(conn, ctx, conf, reg)?;
    if changed {
        record_cancellation(
            conn,
            ctx,
            reg,
            Some(actor),
            name,
            "registration.cancel_by_attendee",
        )?;
    }
    Ok(changed)
}

/// After the organizer changed the limits of `conf`: promotes whoever now fits,
/// first in line first. Returns how many were promoted (and mailed).
pub fn after_limits_changed(conn: &mut DbConn, ctx: Ctx<'_>, conf: &Conference) -> Result<usize> {
    db::lock_conference(conn, conf.id)?;
    super::registration::promote_waitlist(conn, ctx, conf)
}
