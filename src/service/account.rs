//! Account changes: profile, password (changed, or reset by email), change of email
//! with re-confirmation, and deleting the account.

use crate::domain::lang::Lang;
use chrono::Duration;

use super::{Ctx, Result};
use crate::db::tokens::{self, Purpose};
use crate::db::users::User;
use crate::db::{self, DbConn, users};
use crate::domain::l10n;
use crate::domain::{CountryCode, Email, PersonName, TimeZone, UserId};
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
            let lang = user.language.unwrap_or_else(l10n::current);
            l10n::with(lang, || {
                messages::password_reset(ctx.base_url, &user.name, &token)
            })
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
    let lang = users::by_id(conn, user)?
        .and_then(|u| u.language)
        .unwrap_or_else(l10n::current);
    let mail = l10n::with(lang, || {
        messages::email_change(ctx.base_url, name, &token, new_email.as_str())
    })
    .render(new_email, "email_change", None)?;
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
    let lang = user.language.unwrap_or_else(l10n::current);
    let notice = l10n::with(lang, || {
        messages::email_changed_notice(&user.name, new_email.as_str())
    })
    .render(&user.email, "email_changed", None)?;
    outbox::enqueue(conn, &notice, None, ctx.now)?;
    Ok(EmailChange::Changed)
}

/// A validated profile form.
pub struct Profile {
    pub name: PersonName,
    pub country: CountryCode,
    /// Cleaned text; empty means none.
    pub organization: String,
    pub tz: TimeZone,
    pub language: Lang,
}

/// Saves the profile; returns the user as stored now (for the login cookie).
pub fn update_profile(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    user: UserId,
    p: &Profile,
) -> Result<Option<User>> {
    let profile = users::Profile {
        name: p.name.as_str(),
        country: p.country,
        organization: Some(p.organization.as_str()).filter(|s| !s.is_empty()),
        tz: p.tz.tz(),
        language: Some(p.language),
    };
    let before = users::by_id(conn, user)?;
    users::update_profile(conn, user, &profile, ctx.now)?;
    let after = users::by_id(conn, user)?;
    let shown = |u: &User| (u.name.clone(), u.organization.clone());
    if before.as_ref().map(shown) != after.as_ref().map(shown) {
        db::conferences::bump_agenda_for_person(conn, user, ctx.now)?;
    }
    // What the organizers approved changed: some categories ask to approve again.
    let approved = |u: &User| (u.name.clone(), u.organization.clone(), u.country);
    if let Some(a) = after.as_ref()
        && before.as_ref().map(approved) != Some(approved(a))
    {
        super::approvals::reopen_after_edit(conn, ctx, a)?;
    }
    Ok(after)
}

/// Keeps `tz` as the user's zone (chosen on a public page); the rest of the
/// profile stays as it is.
pub fn set_zone(conn: &mut DbConn, ctx: Ctx<'_>, user: UserId, tz: TimeZone) -> Result<()> {
    let Some(u) = users::by_id(conn, user)? else {
        return Ok(());
    };
    let profile = users::Profile {
        name: &u.name,
        country: u.country,
        organization: u.organization.as_deref(),
        tz: tz.tz(),
        language: u.language,
    };
    users::update_profile(conn, user, &profile, ctx.now)?;
    Ok(())
}

/// Stores a new password hash (hashed off the event loop by the caller); returns the
/// user as stored now. Every login session of the user ends.
pub fn change_password(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    user: UserId,
    hash: &str,
) -> Result<Option<User>> {
    users::set_password(conn, user, hash, ctx.now)?;
    // Every browser signed in with the old password is signed out; the caller signs
    // this one in again.
    db::login_sessions::revoke_all(conn, user, ctx.now)?;
    Ok(users::by_id(conn, user)?)
}

/// Sets the password through a reset link; `None` when the link is not valid any
/// more. Following the link proves the address, as a confirmation link would. Every
/// login session of the user ends (whoever knew the old password is signed out).
pub fn reset_password(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    token: &str,
    hash: &str,
) -> Result<Option<User>> {
    let Ok(t) = tokens::consume(conn, token, Purpose::Reset, ctx.now)? else {
        return Ok(None);
    };
    users::set_password(conn, t.user_id, hash, ctx.now)?;
    db::login_sessions::revoke_all(conn, t.user_id, ctx.now)?;
    users::mark_verified(conn, t.user_id, ctx.now)?;
    Ok(users::by_id(conn, t.user_id)?)
}

/// Deletes the account: its live registrations are cancelled first so their seats
/// go to the waiting lists; then everything personal goes: every stored mail to the
/// address (queued, sent or failed, and a pending change of address), the calendar
/// feeds, and the name and address in the audit log, replaced by a pseudonym such as
/// "deleted user #a1b2c3". What stays is anonymous: the registrations (country,
/// status, dates) with no link to anyone, which the organisers' counts
/// need. The account's tokens go with it (foreign key).
pub fn delete_account(conn: &mut DbConn, ctx: Ctx<'_>, user: UserId, email: &Email) -> Result<()> {
    let Some(account) = users::by_id(conn, user)? else {
        return Ok(());
    };
    let registrations = db::registrations::all_for_user(conn, user)?;
    for r in &registrations {
        if let Some(conf) = db::conferences::by_id(conn, r.conference_id)?
            && super::registration::cancel(conn, ctx, &conf, r)?
        {
            // Recorded before the pseudonymisation below, which then hides the name.
            super::waitlist::record_cancellation(
                conn,
                ctx,
                r,
                None,
                &account.name,
                "registration.cancel_by_account_deletion",
            )?;
        }
    }
    let ids: Vec<_> = registrations.iter().map(|r| r.id).collect();
    let person = db::audit::Person {
        user,
        email: email.as_str(),
        name: &account.name,
        registrations: &ids,
    };
    db::audit::pseudonymise(conn, &person, &db::audit::pseudonym())?;
    outbox::forget_address(conn, email.as_str())?;
    super::announcements::forget_address(conn, email.as_str())?;
    db::conferences::bump_agenda_for_person(conn, user, ctx.now)?;
    for pending in tokens::payloads(conn, user, Purpose::ChangeEmail)? {
        outbox::forget_address(conn, &pending)?;
    }
    db::registrations::drop_feeds_of_user(conn, user)?;
    users::delete(conn, user)?;
    Ok(())
}
