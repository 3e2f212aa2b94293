//! Naming people to roles: organizers of a conference, moderators and speakers of a
//! session. A role is offered to an email address by an invitation link sent to it,
//! and granted only when the owner of that mailbox accepts — never straight to an
//! account, whether or not one exists. What organizers are told depends only on
//! their own conference's data, so naming an address teaches them nothing about
//! whether it has an account (issue 12).

use chrono::Duration;

use super::{Ctx, Error, Result};
use crate::db::audit::{self, Entry};
use crate::db::conferences::Conference;
use crate::db::invitations::{self, Invitation, Offer};
use crate::db::users::{self, NewUser};
use crate::db::{self, DbConn};
use crate::domain::l10n::{Arg, tr_with};
use crate::domain::status::SessionRole;
use crate::domain::{ConferenceId, CountryCode, Email, PersonName, SessionId, UserId};
use crate::email::{messages, outbox};

pub const INVITE_VALID: Duration = Duration::days(14);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Organizer,
    Session(SessionRole),
}

impl Role {
    pub fn label(self) -> &'static str {
        match self {
            Role::Organizer => "organizer",
            Role::Session(SessionRole::Moderator) => "moderator",
            Role::Session(SessionRole::Speaker) => "speaker",
        }
    }

    fn of(offer: Offer) -> Self {
        match offer {
            Offer::Organizer => Role::Organizer,
            Offer::Session(_, r) => Role::Session(r),
        }
    }
}

/// What became of an invitation. Every outcome is decided from the conference's own
/// data (its organizers, its sessions' people, its pending invitations), which its
/// organizers already see; never from whether the address has an account.
#[derive(Debug, PartialEq, Eq)]
pub enum Invited {
    Sent,
    /// The address already holds the role here.
    AlreadyHasRole,
    /// An invitation for the role is already waiting for an answer.
    AlreadyInvited,
    /// The address is in another session of this conference at that time.
    DoubleBooked(Vec<String>),
}

/// "speaker of “Title”" or "organizer", for audit subjects.
fn what(role: Role, session_title: Option<&str>) -> String {
    match session_title {
        Some(t) => format!("{} of “{t}”", role.label()),
        None => role.label().to_string(),
    }
}

fn record(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conference: ConferenceId,
    actor: UserId,
    action: &'static str,
    subject: &str,
    (before, after): (Option<&str>, Option<&str>),
) -> Result<()> {
    record_about(
        conn,
        ctx,
        conference,
        actor,
        None,
        action,
        subject,
        (before, after),
    )
}

/// [`record`] for a change about `about` (found and pseudonymised when that
/// account is deleted).
#[allow(clippy::too_many_arguments)]
fn record_about(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conference: ConferenceId,
    actor: UserId,
    about: Option<UserId>,
    action: &'static str,
    subject: &str,
    (before, after): (Option<&str>, Option<&str>),
) -> Result<()> {
    let entry = Entry {
        conference: Some(conference),
        actor: Some(actor),
        action,
        subject,
        before,
        after,
    };
    match about {
        Some(user) => audit::record_about(conn, &entry, user, ctx.now)?,
        None => audit::record(conn, &entry, ctx.now)?,
    }
    Ok(())
}

fn send_invitation(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conf: &Conference,
    role: Role,
    session_title: Option<&str>,
    email: &Email,
    token: &str,
) -> Result<()> {
    let content = super::mail::compose(conn, email, conf, || {
        messages::role_invitation(ctx.base_url, conf, role.label(), session_title, token)
    })?;
    let mail = content.render(email, "role", None)?;
    outbox::enqueue(conn, &mail, Some(conf.id), ctx.now)?;
    Ok(())
}

/// Offers `role` (in `session` for session roles) to `email`: stores the pending
/// invitation, mails the link and logs `people.invite`.
pub fn invite(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conf: &Conference,
    session: Option<SessionId>,
    role: Role,
    email: &Email,
    actor: UserId,
) -> Result<Invited> {
    let (offer, title) = match (role, session) {
        (Role::Organizer, _) => {
            let organizers = db::conferences::organizers(conn, conf.id)?;
            if organizers.iter().any(|(_, _, e)| e == email.as_str()) {
                return Ok(Invited::AlreadyHasRole);
            }
            (Offer::Organizer, None)
        }
        (Role::Session(r), Some(sid)) => {
            let s = db::sessions::by_id(conn, conf.id, sid)?.ok_or(Error::NotFound)?;
            // Only this conference's people are compared, by address: the same
            // facts its people page lists.
            let mine: Vec<_> = db::sessions::people_of_conference(conn, conf.id)?
                .into_iter()
                .filter(|p| p.email == email.as_str())
                .collect();
            if mine.iter().any(|p| p.session == sid && p.role == r) {
                return Ok(Invited::AlreadyHasRole);
            }
            let mut clashes: Vec<String> = mine
                .iter()
                .filter(|p| p.session != sid && p.scheduled)
                .filter(|p| p.starts_at < s.ends_at && s.starts_at < p.ends_at)
                .map(|p| {
                    tr_with(
                        "annl-clash-person-in",
                        &[
                            ("name", Arg::Text(email.as_str())),
                            ("title", Arg::Text(&p.session_title)),
                        ],
                    )
                })
                .collect();
            clashes.dedup();
            if !clashes.is_empty() {
                return Ok(Invited::DoubleBooked(clashes));
            }
            (Offer::Session(sid, r), Some(s.title))
        }
        (Role::Session(_), None) => return Err(Error::NotFound),
    };
    if invitations::is_pending(conn, conf.id, offer, email)? {
        return Ok(Invited::AlreadyInvited);
    }
    let token = invitations::insert(conn, conf.id, offer, email, actor, INVITE_VALID, ctx.now)?;
    send_invitation(conn, ctx, conf, role, title.as_deref(), email, &token)?;
    let subject = format!("{email} as {}", what(role, title.as_deref()));
    record(
        conn,
        ctx,
        conf.id,
        actor,
        "people.invite",
        &subject,
        (None, Some(email.as_str())),
    )?;
    Ok(Invited::Sent)
}

/// The title of the session an offer is about, checked to be in `conf`.
fn offer_title(conn: &mut DbConn, conf: ConferenceId, offer: Offer) -> Result<Option<String>> {
    match offer {
        Offer::Organizer => Ok(None),
        Offer::Session(sid, _) => Ok(Some(
            db::sessions::by_id(conn, conf, sid)?
                .ok_or(Error::NotFound)?
                .title,
        )),
    }
}

/// Sends a pending invitation again with a new link (the old one stops working) and
/// a new expiry. `NotFound` when there is no such pending invitation.
pub fn resend(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conf: &Conference,
    offer: Offer,
    email: &Email,
    actor: UserId,
) -> Result<()> {
    let title = offer_title(conn, conf.id, offer)?;
    let token = invitations::renew(conn, conf.id, offer, email, INVITE_VALID, ctx.now)?
        .ok_or(Error::NotFound)?;
    let role = Role::of(offer);
    send_invitation(conn, ctx, conf, role, title.as_deref(), email, &token)?;
    let subject = format!("{email} as {}", what(role, title.as_deref()));
    record(
        conn,
        ctx,
        conf.id,
        actor,
        "people.resend",
        &subject,
        (None, Some(email.as_str())),
    )
}

/// Withdraws a pending invitation: its link stops working. Withdrawing one that is
/// gone (accepted or withdrawn meanwhile) changes and logs nothing.
pub fn withdraw(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conf: &Conference,
    offer: Offer,
    email: &Email,
    actor: UserId,
) -> Result<()> {
    let title = offer_title(conn, conf.id, offer)?;
    if invitations::withdraw(conn, conf.id, offer, email)? {
        let subject = format!("{email} as {}", what(Role::of(offer), title.as_deref()));
        record(
            conn,
            ctx,
            conf.id,
            actor,
            "people.withdraw",
            &subject,
            (Some(email.as_str()), None),
        )?;
    }
    Ok(())
}

/// Takes `user` off session `session` of conference `conference` in `role`. Schedules
/// list the people, so the agenda version moves; removing someone who was not
/// there changes and logs nothing.
pub fn remove_from_session(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conference: ConferenceId,
    session: SessionId,
    user: UserId,
    role: SessionRole,
    actor: UserId,
) -> Result<()> {
    let s = db::sessions::by_id(conn, conference, session)?.ok_or(Error::NotFound)?;
    let name = s
        .people
        .iter()
        .find(|p| p.user_id == user)
        .map(|p| p.name.clone())
        .unwrap_or_default();
    // Removing a person bumps the agenda version (schedules list the people).
    if db::sessions::remove_person(conn, session, user, role)? {
        let subject = format!("{name} as {} of “{}”", role.as_str(), s.title);
        record_about(
            conn,
            ctx,
            conference,
            actor,
            Some(user),
            "people.remove",
            &subject,
            (Some(role.as_str()), None),
        )?;
    }
    Ok(())
}

// ---------------------------------------------------------------- accepting

/// What became of an acceptance. Only the invitee sees these: they may name the
/// invitee's own commitments.
#[derive(Debug)]
pub enum Accepted {
    /// The role is granted to this account.
    Granted(users::User),
    /// The link is unknown, used, withdrawn or expired.
    Invalid,
    /// Signed in as an account whose address is not the invitation's.
    WrongAccount,
    /// The address has an account with a password: its owner signs in to accept.
    SignInFirst,
    /// The invitee is in another session at that time; the invitation stays open.
    DoubleBooked(Vec<String>),
}

/// Accepts the invitation behind `token` as the signed-in `user`, whose address
/// must be the invited one. The link proves the mailbox, so an unverified address
/// becomes verified.
pub fn accept_signed_in(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    token: &str,
    user: UserId,
) -> Result<Accepted> {
    let Some(inv) = invitations::by_token(conn, token, ctx.now)? else {
        return Ok(Accepted::Invalid);
    };
    let Some(u) = users::by_id(conn, user)? else {
        return Ok(Accepted::Invalid);
    };
    if u.email.as_str() != inv.email {
        return Ok(Accepted::WrongAccount);
    }
    grant(conn, ctx, token, &inv, u)
}

/// Accepts the invitation behind `token` for someone not signed in: creates the
/// invited address's account (verified: the link proves the mailbox) with this
/// name, country and password, then grants the role. An address whose account has a
/// password must sign in instead — the invitation never replaces a password. (An
/// account without one, left by an earlier invitation, is completed.)
pub fn accept_as_new(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    token: &str,
    name: &PersonName,
    country: CountryCode,
    password_hash: &str,
) -> Result<Accepted> {
    let Some(inv) = invitations::by_token(conn, token, ctx.now)? else {
        return Ok(Accepted::Invalid);
    };
    let email = Email::parse(&inv.email).map_err(|_| Error::NotFound)?;
    let conf = db::conferences::by_id(conn, inv.conference)?.ok_or(Error::NotFound)?;
    let id = match users::by_email(conn, &email)? {
        Some(u) if u.password_hash.is_some() => return Ok(Accepted::SignInFirst),
        Some(u) => {
            users::set_password(conn, u.id, password_hash, ctx.now)?;
            let profile = users::Profile {
                name: name.as_str(),
                country,
                organization: u.organization.as_deref(),
                tz: u.tz,
                language: u.language,
            };
            users::update_profile(conn, u.id, &profile, ctx.now)?;
            u.id
        }
        None => {
            let id = UserId::new();
            let new = NewUser {
                id,
                email: &email,
                name: name.as_str(),
                country,
                organization: None,
                tz: conf.tz,
                password_hash: Some(password_hash),
                is_admin: false,
                email_verified_at: Some(ctx.now),
                language: Some(crate::domain::l10n::current()),
            };
            // A sign-up with this address in the meantime wins: its owner signs in.
            if !users::insert_if_absent(conn, &new, ctx.now)? {
                return Ok(Accepted::SignInFirst);
            }
            id
        }
    };
    let u = users::by_id(conn, id)?.ok_or(Error::NotFound)?;
    grant(conn, ctx, token, &inv, u)
}

/// Uses the token up and gives `u` the invitation's role; logs `people.accept`.
fn grant(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    token: &str,
    inv: &Invitation,
    u: users::User,
) -> Result<Accepted> {
    let title = match inv.offer {
        Offer::Organizer => None,
        Offer::Session(sid, role) => {
            let s = db::sessions::by_id(conn, inv.conference, sid)?.ok_or(Error::NotFound)?;
            let clashes: Vec<String> = db::sessions::of_person(conn, u.id)?
                .into_iter()
                .filter(|b| b.session != sid && b.starts_at < s.ends_at && s.starts_at < b.ends_at)
                .map(|b| tr_with("annl-clash-you-in", &[("title", Arg::Text(&b.title))]))
                .collect();
            if !clashes.is_empty() {
                return Ok(Accepted::DoubleBooked(clashes));
            }
            if !s.people.iter().any(|p| p.user_id == u.id && p.role == role) {
                let position = s.people.iter().filter(|p| p.role == role).count() as i32 + 1;
                db::sessions::add_person(conn, sid, u.id, role, position, ctx.now)?;
            }
            Some(s.title)
        }
    };
    if inv.offer == Offer::Organizer && !db::roles::is_organizer(conn, inv.conference, u.id)? {
        db::conferences::add_organizer(conn, inv.conference, u.id, ctx.now)?;
    }
    if invitations::take(conn, token, ctx.now)?.is_none() {
        // Accepted twice at once: the other acceptance won (this transaction's
        // writes are rolled back with the error).
        return Err(Error::NotFound);
    }
    if u.email_verified_at.is_none() {
        users::mark_verified(conn, u.id, ctx.now)?;
    }
    let subject = format!(
        "{} as {}",
        u.name,
        what(Role::of(inv.offer), title.as_deref())
    );
    record_about(
        conn,
        ctx,
        inv.conference,
        u.id,
        Some(u.id),
        "people.accept",
        &subject,
        (None, Some(u.email.as_str())),
    )?;
    let u = users::by_id(conn, u.id)?.ok_or(Error::NotFound)?;
    Ok(Accepted::Granted(u))
}
