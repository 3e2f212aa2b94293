//! An organizer's actions on one registration: resend the confirmation link,
//! confirm by hand, promote from the waiting list, cancel. Which action a status
//! allows is `domain::registration`; this runs the allowed ones under the
//! conference lock, with their mails and audit record, in the caller's transaction.

use super::registration as reg;
use super::{Ctx, Error, Result};
use crate::db::conferences::Conference;
use crate::db::registrations_admin as admin;
use crate::db::{self, DbConn};
use crate::domain::registration::RegistrationAction;
use crate::domain::status::RegistrationStatus;
use crate::domain::{Email, RegistrationId, UserId};
use crate::email::{messages, outbox};

/// What a deleted account's registration shows instead of a name.
pub const DELETED: &str = "Deleted account";

/// What an action did. Refusals change nothing and say why.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The registration's status does not allow the action.
    NotApplicable(RegistrationStatus),
    /// The account was deleted, so there is nobody to write to.
    NobodyToWriteTo,
    /// A new confirmation link went to this address.
    Resent(Email),
    /// Confirmed (by hand or by promotion); the person was sent the confirmation.
    Confirmed { name: String },
    /// Cancelled; its seats went to the waiting lists.
    Cancelled,
}

/// Runs `action` on registration `rid` of `conf`, audit-logged.
pub fn apply(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conf: &Conference,
    actor: UserId,
    rid: RegistrationId,
    action: RegistrationAction,
) -> Result<Outcome> {
    use RegistrationAction::{Cancel, Confirm, Promote, Resend};
    db::lock_conference(conn, conf.id)?;
    let d = admin::detail(conn, conf.id, rid)?.ok_or(Error::NotFound)?;
    let registration = db::registrations::by_id(conn, rid)?.ok_or(Error::NotFound)?;
    let user = match &d.person {
        Some(p) => db::users::by_id(conn, p.id)?,
        None => None,
    };
    let before = d.status;
    if !action.applies_to(before) {
        return Ok(Outcome::NotApplicable(before));
    }
    if user.is_none() && action.needs_person() {
        return Ok(Outcome::NobodyToWriteTo);
    }
    let outcome = match (action, &user) {
        (Resend, Some(u)) => {
            reg::resend(conn, ctx, conf, &u.email)?;
            Outcome::Resent(u.email.clone())
        }
        (Confirm | Promote, Some(u)) => {
            db::registrations::set_status(conn, rid, RegistrationStatus::Confirmed, ctx.now)?;
            if action == Promote {
                let mail = super::mail::compose(conn, &u.email, conf, || {
                    messages::promoted(ctx.base_url, conf, &u.name, false)
                })?
                .render(&u.email, "promoted", None)?;
                outbox::enqueue(conn, &mail, Some(conf.id), ctx.now)?;
            }
            reg::send_confirmed(conn, ctx, conf, u)?;
            Outcome::Confirmed {
                name: u.name.clone(),
            }
        }
        (Cancel, _) => {
            reg::cancel(conn, ctx, conf, &registration)?;
            Outcome::Cancelled
        }
        _ => return Err(Error::NotFound),
    };
    let after = db::registrations::by_id(conn, rid)?
        .map(|r| r.status)
        .unwrap_or(before);
    let subject = format!(
        "Registration of {} ({rid})",
        user.as_ref().map(|u| u.name.as_str()).unwrap_or(DELETED)
    );
    db::audit::record(
        conn,
        &db::audit::Entry {
            conference: Some(conf.id),
            actor: Some(actor),
            action: action.audit_verb(),
            subject: &subject,
            before: Some(before.as_str()),
            after: Some(after.as_str()),
        },
        ctx.now,
    )?;
    Ok(outcome)
}

/// What a bulk action did: how many registrations it changed (or wrote to), and
/// how many it skipped because their status no longer allowed it.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct BulkOutcome {
    pub done: usize,
    pub skipped: usize,
}

/// Runs `action` on each of `ids` of `conf` in one transaction, each audit-logged
/// as if clicked one by one; a registration that no longer allows it is skipped.
pub fn apply_many(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conf: &Conference,
    actor: UserId,
    ids: &[RegistrationId],
    action: RegistrationAction,
) -> Result<BulkOutcome> {
    let mut out = BulkOutcome::default();
    for rid in ids {
        match apply(conn, ctx, conf, actor, *rid, action) {
            Ok(Outcome::NotApplicable(_) | Outcome::NobodyToWriteTo) | Err(Error::NotFound) => {
                out.skipped += 1
            }
            Ok(_) => out.done += 1,
            Err(e) => return Err(e),
        }
    }
    Ok(out)
}
