//! Registering for a conference, confirming by email, the waiting list and
//! cancelling (session picks are in `picks`). Capacity decisions lock the conference
//! row (PostgreSQL) or run under the writer lock (SQLite), so parallel sign-ups never
//! overfill a conference.

use crate::domain::lang::Lang;
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::approvals;
use super::mail::{compose, send};
use super::{Ctx, Result};
use crate::db::categories::{self as cats, Category};
use crate::db::conferences::Conference;
use crate::db::registrations::{self as regs, NewRegistration, Registration};
use crate::db::tokens::{self, Purpose};
use crate::db::users::{self, NewUser, User};
use crate::db::{self, DbConn};
use crate::domain::capacity::Seat;
use crate::domain::categories::{Admission, Approval};
use crate::domain::status::{EnrollmentStatus, RegistrationStatus};
use crate::domain::{CountryCode, Email, PersonName, RegistrationId, TimeZone, UserId};
use crate::email::{Attachment, messages};
use crate::export::ical;

pub use super::registration_confirm::{
    ConfirmOutcome, ConfirmPreview, confirm, preview_confirm, resend,
};

/// How long a confirmation link is valid.
pub const CONFIRM_VALID: Duration = Duration::hours(48);

/// A validated sign-up form (the password is already hashed, off the event loop).
pub struct SignUp {
    pub name: PersonName,
    pub email: Email,
    pub country: CountryCode,
    pub organization: Option<String>,
    pub tz: TimeZone,
    pub password_hash: String,
    /// The language chosen on the form (the page's language unless changed).
    pub language: Lang,
    /// The participant category chosen (or fixed), when the conference has some.
    pub category: Option<Category>,
    /// Consents to appear on the public list of participants (issue 18).
    pub list_consent: bool,
    /// Answers to the conference's custom questions (issue 18), already checked.
    pub answers: super::questions::Answers,
}

#[derive(Debug, PartialEq, Eq)]
pub enum SignUpOutcome {
    /// A new account and registration; a confirmation link was mailed.
    Created { waitlisted: bool },
    /// The email has an account: nothing created, a "you already have an account"
    /// mail was sent. The page shown is the same as for `Created`.
    ExistingAccount,
}

/// Whether a new registrant from `country` (in `category`, if any) gets a seat now
/// (the rule is [`crate::domain::categories::seat`]).
fn seat_for(
    conn: &mut DbConn,
    conf: &Conference,
    category: Option<&Category>,
    country: &str,
) -> Result<Seat> {
    approvals::seat(conn, conf, category, country)
}

fn seat_available(
    conn: &mut DbConn,
    conf: &Conference,
    category: Option<&Category>,
    country: &str,
) -> Result<bool> {
    Ok(seat_for(conn, conf, category, country)? == Seat::Available)
}

/// Whether a sign-up in `category` waits for the organizers' approval.
fn needs_approval(category: Option<&Category>) -> bool {
    category.is_some_and(|c| c.admission == Admission::Approval)
}

/// What a sign-up chose for the account, carried by its confirmation link and
/// installed only when that link is confirmed while the address is still unproven:
/// whoever proves the mailbox sets the password, never whoever typed the address
/// first (pre-account hijacking). Stored as JSON in the token's payload.
#[derive(Serialize, Deserialize)]
pub(super) struct PendingAccount {
    pub(super) password_hash: String,
    pub(super) name: String,
    country: String,
    organization: Option<String>,
    time_zone: String,
    #[serde(default)]
    language: Option<String>,
}

impl PendingAccount {
    fn of(s: &SignUp) -> Self {
        Self {
            password_hash: s.password_hash.clone(),
            name: s.name.as_str().to_string(),
            country: s.country.alpha2().to_string(),
            organization: s.organization.clone(),
            time_zone: s.tz.name().to_string(),
            language: Some(s.language.code().to_string()),
        }
    }

    pub(super) fn from_payload(payload: Option<&str>) -> Option<Self> {
        serde_json::from_str(payload?).ok()
    }

    /// Installs the password and profile of this sign-up on `user`.
    pub(super) fn install(
        &self,
        conn: &mut DbConn,
        user: UserId,
        now: DateTime<Utc>,
    ) -> Result<()> {
        users::set_password(conn, user, &self.password_hash, now)?;
        let (Ok(country), Ok(tz)) = (
            CountryCode::parse(&self.country),
            TimeZone::parse(&self.time_zone),
        ) else {
            return Ok(());
        };
        let profile = users::Profile {
            name: &self.name,
            country,
            organization: self.organization.as_deref(),
            tz: tz.tz(),
            language: self.language.as_deref().and_then(Lang::parse),
        };
        users::update_profile(conn, user, &profile, now)?;
        Ok(())
    }
}

/// Signs up for `conf`. A new address gets an account (unconfirmed: it cannot sign
/// in before the link is confirmed) and a registration; an address whose account is
/// still unconfirmed gets a registration and a link that carries this sign-up's
/// password; a confirmed address gets a "you already have an account" mail. The
/// page shown is the same in every case.
pub fn sign_up(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conf: &Conference,
    s: &SignUp,
) -> Result<SignUpOutcome> {
    db::lock_conference(conn, conf.id)?;
    let already = |conn: &mut DbConn, name: &str| -> Result<SignUpOutcome> {
        // The conference's title in the recipient's language.
        let theirs = super::mail::conference_for(conn, &s.email, conf)?;
        let content = compose(conn, &s.email, conf, || {
            messages::already_have_account(ctx.base_url, &theirs, name)
        })?;
        send(
            conn,
            ctx,
            conf,
            &s.email,
            "already_registered",
            content,
            None,
        )?;
        Ok(SignUpOutcome::ExistingAccount)
    };
    if let Some(existing) = users::by_email(conn, &s.email)? {
        if existing.email_verified_at.is_some() {
            return already(conn, &existing.name);
        }
        let registration = regs::for_user(conn, conf.id, existing.id)?;
        return register_and_send_link(conn, ctx, conf, existing.id, registration, s);
    }
    let user_id = UserId::new();
    let inserted = users::insert_if_absent(
        conn,
        &NewUser {
            id: user_id,
            email: &s.email,
            name: s.name.as_str(),
            country: s.country,
            organization: s.organization.as_deref(),
            tz: s.tz.tz(),
            password_hash: Some(&s.password_hash),
            is_admin: false,
            email_verified_at: None,
            language: Some(s.language),
        },
        ctx.now,
    )?;
    if !inserted {
        return already(conn, s.name.as_str());
    }
    register_and_send_link(conn, ctx, conf, user_id, None, s)
}

/// Makes sure `user` has a live registration for `conf` (a new one, or a cancelled
/// one taken up again, with a seat if there is one) and mails a confirmation link
/// that carries the sign-up's password and profile.
fn register_and_send_link(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conf: &Conference,
    user_id: UserId,
    existing: Option<Registration>,
    s: &SignUp,
) -> Result<SignUpOutcome> {
    let held = match &existing {
        Some(r) => approvals::held(conn, r.id)?.is_some(),
        None => false,
    };
    let reg_id = match existing {
        Some(r) if r.status != RegistrationStatus::Cancelled || held => r.id,
        cancelled => {
            let awaiting = needs_approval(s.category.as_ref());
            let status = if awaiting {
                RegistrationStatus::Cancelled
            } else if seat_available(conn, conf, s.category.as_ref(), s.country.alpha2())? {
                RegistrationStatus::Pending
            } else {
                RegistrationStatus::Waitlisted
            };
            let reg_id = match cancelled {
                Some(r) => {
                    regs::set_status(conn, r.id, status, ctx.now)?;
                    r.id
                }
                None => {
                    let reg = NewRegistration {
                        id: RegistrationId::new(),
                        conference_id: conf.id,
                        user_id,
                        status,
                        country: s.country,
                        created_at: ctx.now,
                        confirmed_at: None,
                        cancelled_at: None,
                    };
                    regs::insert(conn, &reg)?;
                    reg.id
                }
            };
            if let Some(c) = &s.category {
                let approval = awaiting.then_some(Approval::Awaiting);
                cats::place(conn, reg_id, &c.id, approval, ctx.now)?;
            }
            super::participants::consent_at_sign_up(conn, ctx, reg_id, s.list_consent)?;
            super::questions::save_answers(conn, ctx, reg_id, &s.answers)?;
            reg_id
        }
    };
    let reg = regs::by_id(conn, reg_id)?.ok_or(diesel::result::Error::NotFound)?;
    let position = (reg.status == RegistrationStatus::Waitlisted)
        .then(|| regs::waitlist_position(conn, &reg))
        .transpose()?;
    let payload = serde_json::to_string(&PendingAccount::of(s))?;
    let token = tokens::issue(
        conn,
        user_id,
        Purpose::Confirm,
        Some(reg_id),
        Some(&payload),
        CONFIRM_VALID,
        ctx.now,
    )?;
    // The conference's title in the recipient's language.
    let theirs = super::mail::conference_for(conn, &s.email, conf)?;
    let content = compose(conn, &s.email, conf, || {
        messages::confirm_registration(ctx.base_url, &theirs, s.name.as_str(), &token, position)
    })?;
    send(conn, ctx, conf, &s.email, "confirm", content, None)?;
    // Counted as the transaction reaches its commit (a failed COMMIT, which is
    // rare, would count one too many).
    crate::metrics::global().sign_up(position.is_some());
    Ok(SignUpOutcome::Created {
        waitlisted: position.is_some(),
    })
}

#[derive(Debug, PartialEq, Eq)]
pub enum JoinOutcome {
    /// Already registered (and not cancelled): nothing changed.
    AlreadyRegistered,
    Registered(RegistrationStatus),
    /// Registered in an approval category: waits for the organizers (or for the
    /// email to be confirmed first).
    AwaitingApproval,
}

/// One-click registration for a signed-in user, under the country they chose on
/// the form (their profile's, unless they changed it).
pub fn join(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conf: &Conference,
    user: &User,
    country: CountryCode,
    category: Option<&Category>,
) -> Result<JoinOutcome> {
    db::lock_conference(conn, conf.id)?;
    let existing = regs::for_user(conn, conf.id, user.id)?;
    if let Some(r) = &existing
        && (r.status != RegistrationStatus::Cancelled || approvals::held(conn, r.id)?.is_some())
    {
        return Ok(JoinOutcome::AlreadyRegistered);
    }
    let verified = user.email_verified_at.is_some();
    let awaiting = needs_approval(category);
    let seat = awaiting || seat_available(conn, conf, category, country.alpha2())?;
    let status = match (seat, verified) {
        _ if awaiting => RegistrationStatus::Cancelled,
        (false, _) => RegistrationStatus::Waitlisted,
        (true, true) => RegistrationStatus::Confirmed,
        (true, false) => RegistrationStatus::Pending,
    };
    let id = match existing {
        Some(r) => {
            regs::set_status(conn, r.id, status, ctx.now)?;
            regs::set_country(conn, r.id, country, ctx.now)?;
            r.id
        }
        None => {
            let reg = NewRegistration {
                id: RegistrationId::new(),
                conference_id: conf.id,
                user_id: user.id,
                status,
                country,
                created_at: ctx.now,
                confirmed_at: (status == RegistrationStatus::Confirmed).then_some(ctx.now),
                cancelled_at: None,
            };
            if !regs::insert_if_absent(conn, &reg)? {
                return Ok(JoinOutcome::AlreadyRegistered);
            }
            reg.id
        }
    };
    if let Some(c) = category {
        cats::place(
            conn,
            id,
            &c.id,
            awaiting.then_some(Approval::Awaiting),
            ctx.now,
        )?;
    }
    let reg = regs::by_id(conn, id)?.ok_or(diesel::result::Error::NotFound)?;
    match status {
        RegistrationStatus::Confirmed => send_confirmed(conn, ctx, conf, user)?,
        RegistrationStatus::Cancelled if verified => {
            approvals::mail_awaiting(conn, ctx, conf, id, user)?;
        }
        RegistrationStatus::Waitlisted if verified => {
            let p = regs::waitlist_position(conn, &reg)?;
            // The conference's title in the recipient's language.
            let theirs = super::mail::conference_for(conn, &user.email, conf)?;
            let content = compose(conn, &user.email, conf, || {
                messages::waitlisted_confirmed(ctx.base_url, &theirs, &user.name, p)
            })?;
            send(conn, ctx, conf, &user.email, "waitlisted", content, None)?;
        }
        _ => {
            let position = (status == RegistrationStatus::Waitlisted)
                .then(|| regs::waitlist_position(conn, &reg))
                .transpose()?;
            let token = tokens::issue(
                conn,
                user.id,
                Purpose::Confirm,
                Some(id),
                None,
                CONFIRM_VALID,
                ctx.now,
            )?;
            // The conference's title in the recipient's language.
            let theirs = super::mail::conference_for(conn, &user.email, conf)?;
            let content = compose(conn, &user.email, conf, || {
                messages::confirm_registration(ctx.base_url, &theirs, &user.name, &token, position)
            })?;
            send(conn, ctx, conf, &user.email, "confirm", content, None)?;
        }
    }
    Ok(if awaiting {
        JoinOutcome::AwaitingApproval
    } else {
        JoinOutcome::Registered(status)
    })
}

/// The confirmation mail with the conference in the user's zone and an .ics file.
/// Public so the back office's "confirm by hand" sends exactly this mail.
pub fn send_confirmed(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conf: &Conference,
    user: &User,
) -> Result<()> {
    let sessions = db::sessions::for_conference(conn, conf.id)?;
    let span = sessions
        .iter()
        .map(|s| s.starts_at)
        .min()
        .zip(sessions.iter().map(|s| s.ends_at).max());
    let picked: Vec<_> = match db::registrations::for_user(conn, conf.id, user.id)? {
        Some(r) => db::registrations::picks(conn, r.id)?
            .into_iter()
            .filter(|p| p.status == EnrollmentStatus::Enrolled)
            .map(|p| p.session_id)
            .collect(),
        None => Vec::new(),
    };
    // The conference's title in the recipient's language.
    let theirs = super::mail::conference_for(conn, &user.email, conf)?;
    let content = compose(conn, &user.email, conf, || {
        messages::registration_confirmed(
            ctx.base_url,
            &theirs,
            &user.name,
            user.tz,
            span,
            !picked.is_empty(),
        )
    })?;
    let attachment = crate::domain::l10n::with(content.lang, || {
        ical::confirmation_calendar(conf, &sessions, &picked, ctx.base_url, ctx.now)
    })
    .map(|body| Attachment {
        filename: format!("{}.ics", conf.slug),
        content_type: ical::CONTENT_TYPE.into(),
        body,
    });
    send(
        conn,
        ctx,
        conf,
        &user.email,
        "confirmed",
        content,
        attachment,
    )
}

/// Gives free seats to the waiting list, first in line first, and mails each person.
pub fn promote_waitlist(conn: &mut DbConn, ctx: Ctx<'_>, conf: &Conference) -> Result<usize> {
    let mut promoted = 0;
    for reg in regs::waitlist(conn, conf.id)? {
        let category = approvals::category_of(conn, reg.id)?;
        match seat_for(conn, conf, category.as_ref(), &reg.country)? {
            Seat::Available => {}
            Seat::Full => break,
            Seat::CountryQuotaReached => continue, // the next person may be from a country with room
        }
        let Some(user) = (match reg.user_id {
            Some(u) => users::by_id(conn, u)?,
            None => None,
        }) else {
            continue;
        };
        let verified = user.email_verified_at.is_some();
        let status = if verified {
            RegistrationStatus::Confirmed
        } else {
            RegistrationStatus::Pending
        };
        regs::set_status(conn, reg.id, status, ctx.now)?;
        super::waitlist::record_promotion(conn, ctx, conf, &reg, &user.name, status)?;
        // The conference's title in the recipient's language.
        let theirs = super::mail::conference_for(conn, &user.email, conf)?;
        let content = compose(conn, &user.email, conf, || {
            messages::promoted(ctx.base_url, &theirs, &user.name, !verified)
        })?;
        send(conn, ctx, conf, &user.email, "promoted", content, None)?;
        if verified {
            send_confirmed(conn, ctx, conf, &user)?;
        }
        promoted += 1;
    }
    Ok(promoted)
}

/// Cancels a registration, frees its seats in sessions and the conference, and
/// promotes the waiting lists.
pub fn cancel(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conf: &Conference,
    reg: &Registration,
) -> Result<bool> {
    db::lock_conference(conn, conf.id)?;
    let current = regs::by_id(conn, reg.id)?.ok_or(diesel::result::Error::NotFound)?;
    if current.status == RegistrationStatus::Cancelled {
        return Ok(false);
    }
    regs::set_status(conn, reg.id, RegistrationStatus::Cancelled, ctx.now)?;
    for session in regs::drop_all_picks(conn, reg.id)? {
        super::picks::promote_session_waitlist(conn, ctx, conf, session)?;
    }
    promote_waitlist(conn, ctx, conf)?;
    Ok(true)
}

/// Creates or replaces the secret of the personal calendar feed. Only its hash is
/// stored: the returned secret is shown to its owner once and never again.
pub fn rotate_feed_token(conn: &mut DbConn, ctx: Ctx<'_>, reg: &Registration) -> Result<String> {
    let token = crate::domain::secret::random_token();
    regs::set_feed_token(conn, reg.id, Some(&token), ctx.now)?;
    Ok(token)
}
