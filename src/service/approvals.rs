//! Categories at sign-up and the organizers' approval queue: the seat rule with a
//! category's limits on top of the conference's, and approving or declining
//! registrations of approval categories (each decision audited and mailed). A
//! registration awaiting approval, or declined, holds no seat: its status is
//! `cancelled` and its `registration_categories.approval` says why.

use super::mail::send;
use super::{Ctx, Result};
use crate::db::audit::{self, Entry};
use crate::db::categories::{self as cats, Category};
use crate::db::conferences::Conference;
use crate::db::registrations as regs;
use crate::db::{self, DbConn, users};
use crate::domain::capacity::{Limits, Seat, Taken};
use crate::domain::categories::{self as rule, Approval};
use crate::domain::l10n;
use crate::domain::lang::Lang;
use crate::domain::status::RegistrationStatus;
use crate::domain::{RegistrationId, UserId};
use crate::email::approval_messages::{self as mails, Approved};

/// Whether a registrant from `country` in `category` (if any) gets a seat now.
pub fn seat(
    conn: &mut DbConn,
    conf: &Conference,
    category: Option<&Category>,
    country: &str,
) -> Result<Seat> {
    let limits = Limits {
        capacity: conf.capacity,
        country_quota: conf.country_quota,
    };
    let taken = Taken {
        total: regs::seats_taken(conn, conf.id, None)?,
        country: match limits.country_quota {
            Some(_) => regs::seats_taken(conn, conf.id, Some(country))?,
            None => 0,
        },
    };
    let category = match category {
        Some(c) => Some((c.limits(), cats::taken(conn, &c.id, country)?)),
        None => None,
    };
    Ok(rule::seat((limits, taken), category))
}

/// The category a registration is in, if any.
pub fn category_of(conn: &mut DbConn, reg: RegistrationId) -> Result<Option<Category>> {
    let Some(p) = cats::placement_of(conn, reg)? else {
        return Ok(None);
    };
    let Some(r) = regs::by_id(conn, reg)? else {
        return Ok(None);
    };
    Ok(cats::by_id(conn, r.conference_id, &p.category_id)?)
}

/// Whether the registration waits for, or was refused, the organizers' approval.
pub fn held(conn: &mut DbConn, reg: RegistrationId) -> Result<Option<Approval>> {
    Ok(cats::placement_of(conn, reg)?
        .and_then(|p| p.approval)
        .filter(|a| *a != Approval::Approved))
}

/// After the email is confirmed: tells the person their request waits for the
/// organizers (nothing when the registration is not awaiting approval).
pub fn mail_awaiting(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conf: &Conference,
    reg: RegistrationId,
    user: &users::User,
) -> Result<()> {
    if held(conn, reg)? != Some(Approval::Awaiting) {
        return Ok(());
    }
    let category = category_of(conn, reg)?.map(|c| c.name).unwrap_or_default();
    let lang = user.language.unwrap_or(Lang::En);
    let content = l10n::with(lang, || {
        mails::awaiting(ctx.base_url, conf, &user.name, &category)
    });
    send(
        conn,
        ctx,
        conf,
        &user.email,
        "approval_awaiting",
        content,
        None,
    )
}

/// An organizer's decision on registrations of the queue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    Approve,
    Decline,
}

/// What a decision did, for the flash message.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Decided {
    pub confirmed: usize,
    pub waitlisted: usize,
    pub declined: usize,
    /// Not in an approval state that allows the decision (already decided, or not
    /// of this conference).
    pub skipped: usize,
}

/// Approves or declines `ids` of `conf`, under the conference lock so two
/// organizers approving for the last seat at once give it once. Approved: confirmed
/// (pending while the email is unconfirmed), or waitlisted when there is no seat.
/// Declined: holds no seat; may be approved later.
pub fn decide(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    actor: UserId,
    conf: &Conference,
    ids: &[RegistrationId],
    decision: Decision,
    message: Option<&str>,
) -> Result<Decided> {
    db::lock_conference(conn, conf.id)?;
    let mut out = Decided::default();
    for id in ids {
        let (Some(reg), Some(p)) = (regs::by_id(conn, *id)?, cats::placement_of(conn, *id)?) else {
            out.skipped += 1;
            continue;
        };
        let allowed = match (decision, p.approval) {
            (Decision::Approve, Some(a)) => a.may_approve(),
            (Decision::Decline, Some(a)) => a.may_decline(),
            _ => false,
        };
        let user = match reg.user_id {
            Some(u) => users::by_id(conn, u)?,
            None => None,
        };
        let (true, true, Some(user)) = (allowed, reg.conference_id == conf.id, user) else {
            out.skipped += 1;
            continue;
        };
        let category = cats::by_id(conn, conf.id, &p.category_id)?;
        let lang = user.language.unwrap_or(Lang::En);
        let verified = user.email_verified_at.is_some();
        let (action, after) = match decision {
            Decision::Approve => {
                let seat = seat(conn, conf, category.as_ref(), &reg.country)?;
                let (status, how) = match (seat, verified) {
                    (Seat::Available, true) => (RegistrationStatus::Confirmed, Approved::Confirmed),
                    (Seat::Available, false) => {
                        (RegistrationStatus::Pending, Approved::ConfirmEmail)
                    }
                    _ => (RegistrationStatus::Waitlisted, Approved::Waitlisted),
                };
                regs::set_status(conn, reg.id, status, ctx.now)?;
                cats::decide(conn, reg.id, Approval::Approved, message, ctx.now)?;
                let content = l10n::with(lang, || {
                    mails::approved(ctx.base_url, conf, &user.name, how, message)
                });
                send(
                    conn,
                    ctx,
                    conf,
                    &user.email,
                    "approval_approved",
                    content,
                    None,
                )?;
                if status == RegistrationStatus::Confirmed {
                    l10n::with(lang, || {
                        super::registration::send_confirmed(conn, ctx, conf, &user)
                    })?;
                    out.confirmed += 1;
                } else if status == RegistrationStatus::Waitlisted {
                    out.waitlisted += 1;
                } else {
                    out.confirmed += 1;
                }
                ("registration.approve", status.as_str())
            }
            Decision::Decline => {
                cats::decide(conn, reg.id, Approval::Declined, message, ctx.now)?;
                let content = l10n::with(lang, || {
                    mails::declined(ctx.base_url, conf, &user.name, message)
                });
                send(
                    conn,
                    ctx,
                    conf,
                    &user.email,
                    "approval_declined",
                    content,
                    None,
                )?;
                out.declined += 1;
                ("registration.decline", "declined")
            }
        };
        let subject = format!("{} <{}>", user.name, user.email);
        let after = match message {
            Some(m) => format!("{after}; message: {m}"),
            None => after.to_string(),
        };
        audit::record_about(
            conn,
            &Entry {
                conference: Some(conf.id),
                actor: Some(actor),
                action,
                subject: &subject,
                before: p.approval.map(Approval::as_str),
                after: Some(&after),
            },
            user.id,
            ctx.now,
        )?;
    }
    Ok(out)
}

/// After `user` edited their profile: each of their approved registrations in a
/// category set to "editing after approval requires approval again" goes back to
/// the queue (holding no seat, which goes to the waiting list), audited.
/// Returns how many went back.
pub fn reopen_after_edit(conn: &mut DbConn, ctx: Ctx<'_>, user: &users::User) -> Result<usize> {
    let ids = cats::reapprovable(conn, user.id)?;
    reopen(conn, ctx, user, &ids)
}

/// After `user` changed their answers to `registration`'s questions: as
/// [`reopen_after_edit`], for that registration only. Returns whether it went back.
pub fn reopen_after_answers(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    user: &users::User,
    registration: RegistrationId,
) -> Result<bool> {
    let ids: Vec<RegistrationId> = cats::reapprovable(conn, user.id)?
        .into_iter()
        .filter(|id| *id == registration)
        .collect();
    Ok(reopen(conn, ctx, user, &ids)? > 0)
}

/// Sends these approved registrations of `user` back to the approval queue.
fn reopen(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    user: &users::User,
    ids: &[RegistrationId],
) -> Result<usize> {
    for id in ids {
        let Some(reg) = regs::by_id(conn, *id)? else {
            continue;
        };
        let Some(conf) = db::conferences::by_id(conn, reg.conference_id)? else {
            continue;
        };
        db::lock_conference(conn, conf.id)?;
        regs::set_status(conn, reg.id, RegistrationStatus::Cancelled, ctx.now)?;
        cats::reopen(conn, reg.id, ctx.now)?;
        let subject = format!("{} <{}>", user.name, user.email);
        audit::record_about(
            conn,
            &Entry {
                conference: Some(conf.id),
                actor: Some(user.id),
                action: "registration.reapproval",
                subject: &subject,
                before: Some(reg.status.as_str()),
                after: Some(Approval::Awaiting.as_str()),
            },
            user.id,
            ctx.now,
        )?;
        super::registration::promote_waitlist(conn, ctx, &conf)?;
    }
    Ok(ids.len())
}
