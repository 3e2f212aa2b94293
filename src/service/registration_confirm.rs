//! Confirmation links of sign-ups: reading one without using it up, using it
//! (proving the address, confirming the registration or keeping it on the waiting
//! list or in the approval queue), and sending a fresh one. Re-exported by
//! `registration`, where the sign-up that issues them lives.

use chrono::{DateTime, Utc};

use super::approvals;
use super::mail::{compose, send};
use super::registration::{CONFIRM_VALID, PendingAccount, send_confirmed};
use super::{Ctx, Result};
use crate::db::conferences::Conference;
use crate::db::registrations as regs;
use crate::db::tokens::{self, Purpose, Rejected};
use crate::db::users;
use crate::db::{self, DbConn};
use crate::domain::categories::Approval;
use crate::domain::status::RegistrationStatus;
use crate::domain::{Email, UserId};
use crate::email::messages;

#[derive(Debug)]
pub enum ConfirmOutcome {
    /// The link worked; the registration now has this status.
    Confirmed {
        user: UserId,
        slug: String,
        status: RegistrationStatus,
    },
    /// The link was used before: harmless, tell the person where they stand.
    AlreadyUsed {
        slug: Option<String>,
        status: Option<RegistrationStatus>,
    },
    Expired,
    Unknown,
}

/// What a confirmation link would do, read without using it up (the page that
/// asks the person to press the button).
#[derive(Debug)]
pub enum ConfirmPreview {
    Live {
        /// The account the link confirms (and signs in).
        user: UserId,
        email: Email,
        /// The name given at the sign-up this link came from.
        name: String,
        conference: String,
        /// The password hash chosen at that sign-up, while the address is unproven:
        /// the link installs it, so only someone who knows that password may use the
        /// link (the address's owner cannot take on a password a squatter chose).
        pending_password: Option<String>,
    },
    /// Used, expired or unknown: the same answers as [`confirm`] gives.
    Spent(ConfirmOutcome),
}

/// Where a used link's registration stands now.
fn already_used(conn: &mut DbConn, t: Option<tokens::Token>) -> Result<ConfirmOutcome> {
    let reg = match t.and_then(|t| t.registration_id) {
        Some(id) => regs::by_id(conn, id)?,
        None => None,
    };
    let slug = match &reg {
        Some(r) => db::conferences::by_id(conn, r.conference_id)?.map(|c| c.slug),
        None => None,
    };
    Ok(ConfirmOutcome::AlreadyUsed {
        slug,
        status: reg.map(|r| r.status),
    })
}

/// Reads a confirmation link without using it up. Only reads: a mail scanner that
/// fetches the link changes nothing.
pub fn preview_confirm(
    conn: &mut DbConn,
    now: DateTime<Utc>,
    token: &str,
) -> Result<ConfirmPreview> {
    let t = match tokens::peek(conn, token, Purpose::Confirm, now)? {
        Ok(t) => t,
        Err((Rejected::Unknown, _)) => return Ok(ConfirmPreview::Spent(ConfirmOutcome::Unknown)),
        Err((Rejected::Expired, _)) => return Ok(ConfirmPreview::Spent(ConfirmOutcome::Expired)),
        Err((Rejected::Used, t)) => return Ok(ConfirmPreview::Spent(already_used(conn, t)?)),
    };
    let reg = match t.registration_id {
        Some(id) => regs::by_id(conn, id)?,
        None => None,
    };
    let conf = match &reg {
        Some(r) => db::conferences::by_id(conn, r.conference_id)?,
        None => None,
    };
    let (Some(user), Some(conf)) = (users::by_id(conn, t.user_id)?, conf) else {
        return Ok(ConfirmPreview::Spent(ConfirmOutcome::Unknown));
    };
    let pending = PendingAccount::from_payload(t.payload.as_deref())
        .filter(|_| user.email_verified_at.is_none());
    let (name, pending_password) = match pending {
        Some(p) => (p.name, Some(p.password_hash)),
        None => (user.name, None),
    };
    Ok(ConfirmPreview::Live {
        user: user.id,
        email: user.email,
        name,
        conference: conf.title,
        pending_password,
    })
}

/// Uses a confirmation link: proves the address, confirms the registration (or
/// keeps it on the waiting list) and, while the address was unproven, installs the
/// password and profile chosen at the sign-up the link came from.
pub fn confirm(conn: &mut DbConn, ctx: Ctx<'_>, token: &str) -> Result<ConfirmOutcome> {
    let consumed = tokens::consume(conn, token, Purpose::Confirm, ctx.now)?;
    let t = match consumed {
        Ok(t) => t,
        Err((Rejected::Unknown, _)) => return Ok(ConfirmOutcome::Unknown),
        Err((Rejected::Expired, _)) => return Ok(ConfirmOutcome::Expired),
        Err((Rejected::Used, t)) => return already_used(conn, t),
    };
    let Some(reg_id) = t.registration_id else {
        return Ok(ConfirmOutcome::Unknown);
    };
    let (Some(reg), Some(user)) = (regs::by_id(conn, reg_id)?, users::by_id(conn, t.user_id)?)
    else {
        return Ok(ConfirmOutcome::Unknown);
    };
    let Some(conf) = db::conferences::by_id(conn, reg.conference_id)? else {
        return Ok(ConfirmOutcome::Unknown);
    };
    db::lock_conference(conn, conf.id)?;
    // Once the address is proven, no older link's password replaces the owner's.
    if user.email_verified_at.is_none()
        && let Some(pending) = PendingAccount::from_payload(t.payload.as_deref())
    {
        pending.install(conn, user.id, ctx.now)?;
    }
    users::mark_verified(conn, user.id, ctx.now)?;
    let user = users::by_id(conn, user.id)?.ok_or(diesel::result::Error::NotFound)?;
    let status = match reg.status {
        RegistrationStatus::Pending => {
            regs::set_status(conn, reg.id, RegistrationStatus::Confirmed, ctx.now)?;
            send_confirmed(conn, ctx, &conf, &user)?;
            RegistrationStatus::Confirmed
        }
        RegistrationStatus::Waitlisted => {
            let p = regs::waitlist_position(conn, &reg)?;
            // The conference's title in the recipient's language.
            let theirs = super::mail::conference_for(conn, &user.email, &conf)?;
            let content = compose(conn, &user.email, &conf, || {
                messages::waitlisted_confirmed(ctx.base_url, &theirs, &user.name, p)
            })?;
            send(conn, ctx, &conf, &user.email, "waitlisted", content, None)?;
            RegistrationStatus::Waitlisted
        }
        RegistrationStatus::Cancelled => {
            approvals::mail_awaiting(conn, ctx, &conf, reg.id, &user)?;
            RegistrationStatus::Cancelled
        }
        other => other,
    };
    Ok(ConfirmOutcome::Confirmed {
        user: user.id,
        slug: conf.slug,
        status,
    })
}

/// Sends a fresh confirmation link if the email has a pending registration for the
/// conference, or a live one while the address is unconfirmed (such an account
/// cannot sign in before it confirms); silently does nothing otherwise. The new
/// link carries no password: the account keeps the one it has.
pub fn resend(conn: &mut DbConn, ctx: Ctx<'_>, conf: &Conference, email: &Email) -> Result<()> {
    let Some(user) = users::by_email(conn, email)? else {
        return Ok(());
    };
    let Some(reg) = regs::for_user(conn, conf.id, user.id)? else {
        return Ok(());
    };
    let unverified = user.email_verified_at.is_none();
    let needs_link = reg.status == RegistrationStatus::Pending
        || (reg.status != RegistrationStatus::Cancelled && unverified)
        || (unverified && approvals::held(conn, reg.id)? == Some(Approval::Awaiting));
    if !needs_link {
        return Ok(());
    }
    let position = (reg.status == RegistrationStatus::Waitlisted)
        .then(|| regs::waitlist_position(conn, &reg))
        .transpose()?;
    let token = tokens::issue(
        conn,
        user.id,
        Purpose::Confirm,
        Some(reg.id),
        None,
        CONFIRM_VALID,
        ctx.now,
    )?;
    // The conference's title in the recipient's language.
    let theirs = super::mail::conference_for(conn, &user.email, conf)?;
    let content = compose(conn, &user.email, conf, || {
        messages::confirm_registration(ctx.base_url, &theirs, &user.name, &token, position)
    })?;
    send(conn, ctx, conf, &user.email, "confirm", content, None)
}
