//! Personal invitations to register in a participant category: importing a
//! checked list or adding one (all rows or none, in one transaction), each invitee
//! mailed a single-use, expiring link in their language (only its hash stored),
//! reminders (a fresh link, the old one stops working), revoking one, and signing
//! up through the link (`/c/{slug}/invitation/{token}`: the sign-up with the
//! category fixed and the address locked unless forwarding is allowed).

use chrono::Duration;

use super::mail::send;
use super::{Ctx, Result};
use crate::db::audit::{self, Entry};
use crate::db::conferences::Conference;
use crate::db::registration_invitations::{self as invs, NewInvitation};
use crate::db::users::User;
use crate::db::{DbConn, tokens};
use crate::db::{categories as cats, registrations as regs, users};
use crate::domain::invitation_state::InvitationState;
use crate::domain::invitations_csv::InviteRow;
use crate::domain::l10n::{self, Arg, tr, tr_with};
use crate::domain::lang::Lang;
use crate::domain::{CountryCode, UserId};
use crate::email::Content;

/// How long an invitation link is valid.
pub const INVITATION_VALID: Duration = Duration::days(30);

fn invitation_mail(
    base_url: &str,
    conf: &Conference,
    name: &str,
    token: &str,
    reminder: bool,
) -> Content {
    let subject = if reminder {
        "inv-mail-reminder-subject"
    } else {
        "reg-inv-mail-subject"
    };
    Content {
        subject: tr_with(subject, &[("conference", Arg::Text(&conf.title))]),
        greeting: tr_with("reg-mail-greeting", &[("name", Arg::Text(name))]),
        paragraphs: vec![tr_with(
            "reg-inv-mail-body",
            &[("conference", Arg::Text(&conf.title))],
        )],
        action: Some((
            tr("reg-inv-mail-action"),
            format!("{base_url}/c/{}/invitation/{token}", conf.slug),
        )),
        after: vec![tr("reg-inv-mail-after")],
        signature: tr("reg-mail-signature"),
        ..Content::default()
    }
}

/// Writes every row as an invitation and mails each invitee, in the caller's one
/// transaction: a failure (a concurrent import of the same address, settled by the
/// unique constraint) rolls all of it back. Returns how many were invited.
pub fn import(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    actor: UserId,
    conf: &Conference,
    rows: &[InviteRow],
    allow_forwarding: bool,
) -> Result<usize> {
    for row in rows {
        let token = crate::domain::secret::random_token();
        let hash = tokens::hash(&token);
        invs::insert(
            conn,
            &NewInvitation {
                conference_id: conf.id,
                category_id: &row.category_id,
                email: row.email.as_str(),
                name: row.name.as_str(),
                country: row.country.alpha2(),
                organization: row.organization.as_deref(),
                language: row.language.map(Lang::code),
                token_hash: &hash,
                allow_forwarding,
                expires_at: ctx.now + INVITATION_VALID,
                created_by: actor,
            },
            ctx.now,
        )?;
        let lang = row.language.unwrap_or(conf.default_language);
        let content = l10n::with(lang, || {
            invitation_mail(ctx.base_url, conf, row.name.as_str(), &token, false)
        });
        send(
            conn,
            ctx,
            conf,
            &row.email,
            "registration_invitation",
            content,
            None,
        )?;
    }
    let after = format!("{} invitation(s)", rows.len());
    audit::record(
        conn,
        &Entry {
            conference: Some(conf.id),
            actor: Some(actor),
            action: "registration_invitation.import",
            subject: "Registration invitations",
            before: None,
            after: Some(&after),
        },
        ctx.now,
    )?;
    Ok(rows.len())
}

/// Revokes an open invitation: its link stops working. Whether it was open.
pub fn revoke(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    actor: UserId,
    conf: &Conference,
    id: &str,
) -> Result<bool> {
    let revoked = invs::revoke(conn, conf.id, id, ctx.now)?;
    if revoked {
        audit::record(
            conn,
            &Entry {
                conference: Some(conf.id),
                actor: Some(actor),
                action: "registration_invitation.revoke",
                subject: id,
                before: None,
                after: None,
            },
            ctx.now,
        )?;
    }
    Ok(revoked)
}

/// The language an invitee's mail is written in: theirs, else the conference's.
fn language_of(inv: &invs::InvitationRow, conf: &Conference) -> Lang {
    inv.language
        .as_deref()
        .and_then(Lang::parse)
        .unwrap_or(conf.default_language)
}

/// Mails the chosen invitees who have not registered (open or expired, not
/// revoked) a reminder with a fresh link valid for [`INVITATION_VALID`] (the
/// earlier link stops working). Returns how many were reminded; the others
/// (registered, revoked, not of this conference) are skipped.
pub fn remind(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    actor: UserId,
    conf: &Conference,
    ids: &[String],
) -> Result<usize> {
    let mut reminded = 0;
    for inv in invs::by_ids(conn, conf.id, ids)? {
        if matches!(
            inv.state(ctx.now),
            InvitationState::Registered | InvitationState::Revoked
        ) {
            continue;
        }
        let token = crate::domain::secret::random_token();
        if !invs::renew(
            conn,
            &inv.id,
            &tokens::hash(&token),
            ctx.now + INVITATION_VALID,
            ctx.now,
        )? {
            continue;
        }
        let Ok(to) = crate::domain::Email::parse(&inv.email) else {
            continue;
        };
        let content = l10n::with(language_of(&inv, conf), || {
            invitation_mail(ctx.base_url, conf, &inv.name, &token, true)
        });
        send(
            conn,
            ctx,
            conf,
            &to,
            "registration_invitation_reminder",
            content,
            None,
        )?;
        reminded += 1;
    }
    if reminded > 0 {
        let after = format!("{reminded} reminder(s)");
        audit::record(
            conn,
            &Entry {
                conference: Some(conf.id),
                actor: Some(actor),
                action: "registration_invitation.remind",
                subject: "Registration invitations",
                before: None,
                after: Some(&after),
            },
            ctx.now,
        )?;
    }
    Ok(reminded)
}

/// What signing up through a personal link did.
#[derive(Debug, PartialEq, Eq)]
pub enum Accepted {
    /// A registration in the invitation's category; the link is used.
    Registered,
    /// The address has an account: nothing registered, the link still works once
    /// the person signs in (they were mailed, as on the open form).
    ExistingAccount,
    /// Signed in and already registered: the link is left unused.
    AlreadyRegistered,
    /// The link no longer works (used, revoked or expired); nothing written.
    Closed(InvitationState),
    /// The address is not the invited one and forwarding is not allowed.
    WrongEmail,
}

/// The open invitation behind `token_hash` and its category, or why it is closed.
fn open_invitation(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conf: &Conference,
    token_hash: &str,
) -> Result<std::result::Result<(invs::InvitationRow, cats::Category), Accepted>> {
    crate::db::lock_conference(conn, conf.id)?;
    let inv = invs::by_token_hash(conn, conf.id, token_hash)?.ok_or(super::Error::NotFound)?;
    let state = inv.state(ctx.now);
    if !state.is_open() {
        return Ok(Err(Accepted::Closed(state)));
    }
    let category = cats::by_id(conn, conf.id, &inv.category_id)?.ok_or(super::Error::NotFound)?;
    Ok(Ok((inv, category)))
}

/// Marks the link used by `user`'s registration (rolled back with everything else
/// when someone used it in the meantime) and audits it.
fn use_link(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conf: &Conference,
    inv: &invs::InvitationRow,
    user: UserId,
) -> Result<Accepted> {
    let reg = regs::for_user(conn, conf.id, user)?.ok_or(super::Error::NotFound)?;
    if !invs::mark_used(conn, &inv.id, reg.id, ctx.now)? {
        return Err(super::Error::NotFound);
    }
    let subject = format!("{} <{}>", inv.name, inv.email);
    audit::record_about(
        conn,
        &Entry {
            conference: Some(conf.id),
            actor: Some(user),
            action: "registration_invitation.use",
            subject: &subject,
            before: None,
            after: None,
        },
        user,
        ctx.now,
    )?;
    Ok(Accepted::Registered)
}

/// Signs up through the link behind `token_hash` (the form's category is replaced
/// by the invitation's): as [`super::registration::sign_up`], then the link is used.
pub fn accept(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conf: &Conference,
    token_hash: &str,
    mut s: super::registration::SignUp,
) -> Result<Accepted> {
    let (inv, category) = match open_invitation(conn, ctx, conf, token_hash)? {
        Ok(found) => found,
        Err(closed) => return Ok(closed),
    };
    if !inv.allow_forwarding && s.email.as_str() != inv.email {
        return Ok(Accepted::WrongEmail);
    }
    s.category = Some(category);
    match super::registration::sign_up(conn, ctx, conf, &s)? {
        super::registration::SignUpOutcome::ExistingAccount => Ok(Accepted::ExistingAccount),
        super::registration::SignUpOutcome::Created { .. } => {
            let user = users::by_email(conn, &s.email)?.ok_or(super::Error::NotFound)?;
            use_link(conn, ctx, conf, &inv, user.id)
        }
    }
}

/// Registers a signed-in `user` through the link behind `token_hash`, in one
/// click as [`super::registration::join`], under `country`.
pub fn accept_signed_in(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conf: &Conference,
    token_hash: &str,
    user: &User,
    country: CountryCode,
    given: &super::questions::Answers,
) -> Result<Accepted> {
    let (inv, category) = match open_invitation(conn, ctx, conf, token_hash)? {
        Ok(found) => found,
        Err(closed) => return Ok(closed),
    };
    if !inv.allow_forwarding && user.email.as_str() != inv.email {
        return Ok(Accepted::WrongEmail);
    }
    match super::questions::join_with_answers(
        conn,
        ctx,
        conf,
        user,
        country,
        Some(&category),
        given,
    )? {
        super::registration::JoinOutcome::AlreadyRegistered => Ok(Accepted::AlreadyRegistered),
        _ => use_link(conn, ctx, conf, &inv, user.id),
    }
}
