//! Account changes: password reset by email, change of email with re-confirmation.

use chrono::Duration;

use super::{Ctx, Result};
use crate::db::tokens::{self, Purpose};
use crate::db::{DbConn, users};
use crate::domain::{Email, UserId};
use crate::email::{messages, outbox};

pub const RESET_VALID: Duration = Duration::hours(2);

/// Mails a reset link if the email has an account (and a notice otherwise), so the
/// page shown never reveals whether an account exists.
pub fn request_reset(conn: &mut DbConn, ctx: Ctx<'_>, email: &Email) -> Result<()> {
    let content = match users::by_email(conn, email)? {
        Some(user) => {
            tokens::revoke(conn, user.id, Purpose::Reset, ctx.now)?;
            let token = tokens::issue(
                conn,
                user.id,
                Purpose::Reset,
                None,
                None,
                RESET_VALID,
                ctx.now,
            )?;
            messages::password_reset(ctx.base_url, &user.name, &token)
        }
        None => messages::reset_unknown(ctx.base_url),
    };
    let mail = content.render(email, "password_reset", None)?;
    outbox::enqueue(conn, &mail, None, ctx.now)?;
    Ok(())
}

/// Requests a change of email: a link goes to the new address.
pub fn request_email_change(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    user: UserId,
    name: &str,
    new_email: &Email,
) -> Result<()> {
    tokens::revoke(conn, user, Purpose::ChangeEmail, ctx.now)?;
    let token = tokens::issue(
        conn,
        user,
        Purpose::ChangeEmail,
        None,
        Some(new_email.as_str()),
        Duration::hours(48),
        ctx.now,
    )?;
    let mail = messages::email_change(ctx.base_url, name, &token, new_email.as_str()).render(
        new_email,
        "email_change",
        None,
    )?;
    outbox::enqueue(conn, &mail, None, ctx.now)?;
    Ok(())
}

#[derive(Debug, PartialEq, Eq)]
pub enum EmailChange {
    Changed,
    Taken,
    Invalid,
}

pub fn confirm_email_change(conn: &mut DbConn, ctx: Ctx<'_>, token: &str) -> Result<EmailChange> {
    let Ok(t) = tokens::consume(conn, token, Purpose::ChangeEmail, ctx.now)? else {
        return Ok(EmailChange::Invalid);
    };
    let (Some(user), Some(Ok(new_email))) = (
        users::by_id(conn, t.user_id)?,
        t.payload.as_deref().map(Email::parse),
    ) else {
        return Ok(EmailChange::Invalid);
    };
    if !users::set_email(conn, user.id, &new_email, ctx.now)? {
        return Ok(EmailChange::Taken);
    }
    let notice = messages::email_changed_notice(&user.name, new_email.as_str()).render(
        &user.email,
        "email_changed",
        None,
    )?;
    outbox::enqueue(conn, &notice, None, ctx.now)?;
    Ok(EmailChange::Changed)
}
