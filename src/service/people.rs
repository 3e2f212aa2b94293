//! Naming people to roles: organizers of a conference, moderators and speakers of a
//! session. A known email gets a notice; an unknown one gets an account without a
//! password and an invitation link to set one.

use chrono::Duration;

use super::{Ctx, Error, Result};
use crate::db::audit::{self, Entry};
use crate::db::conferences::Conference;
use crate::db::sessions::Session;
use crate::db::tokens::{self, Purpose};
use crate::db::users::{self, NewUser};
use crate::db::{self, DbConn};
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
}

#[derive(Debug, PartialEq, Eq)]
pub enum Assigned {
    /// An existing account was given the role and a notice.
    Known,
    /// A new account was created and invited.
    Invited,
    AlreadyHasRole,
    /// The person is in another session at that time.
    DoubleBooked(Vec<String>),
    /// The email has no account: a name is needed to invite them.
    NameNeeded,
}

/// Who gets which role: a name is needed only when the email has no account.
pub struct Assignment<'a> {
    pub role: Role,
    pub email: &'a Email,
    pub name: Option<&'a PersonName>,
}

/// Gives the role to the person (in `session` for session roles).
pub fn assign(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conf: &Conference,
    session: Option<&Session>,
    who: &Assignment<'_>,
    actor: UserId,
) -> Result<Assigned> {
    let Assignment { role, email, name } = *who;
    let existing = users::by_email(conn, email)?;
    if let (Some(u), Some(s)) = (&existing, session) {
        if s.people
            .iter()
            .any(|p| p.user_id == u.id && Role::Session(p.role) == role)
        {
            return Ok(Assigned::AlreadyHasRole);
        }
        let clashes: Vec<String> = db::sessions::of_person(conn, u.id)?
            .into_iter()
            .filter(|b| b.session != s.id && b.starts_at < s.ends_at && s.starts_at < b.ends_at)
            .map(|b| format!("{} is already in “{}” at that time", u.name, b.title))
            .collect();
        if !clashes.is_empty() {
            return Ok(Assigned::DoubleBooked(clashes));
        }
    }
    if let (Some(u), Role::Organizer) = (&existing, role)
        && db::roles::is_organizer(conn, conf.id, u.id)?
    {
        return Ok(Assigned::AlreadyHasRole);
    }
    let (user_id, user_name, outcome) = match existing {
        Some(u) => (u.id, u.name, Assigned::Known),
        None => {
            let Some(name) = name else {
                return Ok(Assigned::NameNeeded);
            };
            let id = UserId::new();
            // A placeholder until the person accepts and picks their own country.
            let country = CountryCode::parse("CH")
                .unwrap_or_else(|_| unreachable!("CH is an ISO 3166-1 code"));
            users::insert(
                conn,
                &NewUser {
                    id,
                    email,
                    name: name.as_str(),
                    country,
                    organization: None,
                    tz: conf.tz,
                    password_hash: None,
                    is_admin: false,
                    email_verified_at: None,
                },
                ctx.now,
            )?;
            (id, name.as_str().to_string(), Assigned::Invited)
        }
    };
    match (role, session) {
        (Role::Organizer, _) => db::conferences::add_organizer(conn, conf.id, user_id, ctx.now)?,
        (Role::Session(r), Some(s)) => {
            let position = s.people.iter().filter(|p| p.role == r).count() as i32 + 1;
            db::sessions::add_person(conn, s.id, user_id, r, position, ctx.now)?;
        }
        (Role::Session(_), None) => return Ok(Assigned::AlreadyHasRole),
    }
    let session_title = session.map(|s| s.title.as_str());
    let content = if outcome == Assigned::Invited {
        let token = tokens::issue(
            conn,
            user_id,
            Purpose::Invite,
            None,
            None,
            INVITE_VALID,
            ctx.now,
        )?;
        messages::invitation(ctx.base_url, conf, &user_name, role.label(), &token)
    } else {
        messages::role_notice(ctx.base_url, conf, &user_name, role.label(), session_title)
    };
    let mail = content.render(email, "role", None)?;
    outbox::enqueue(conn, &mail, Some(conf.id), ctx.now)?;
    let subject = match session_title {
        Some(t) => format!("{user_name} as {} of “{t}”", role.label()),
        None => format!("{user_name} as {}", role.label()),
    };
    audit::record_about(
        conn,
        &Entry {
            conference: Some(conf.id),
            actor: Some(actor),
            action: "people.assign",
            subject: &subject,
            before: None,
            after: Some(email.as_str()),
        },
        user_id,
        ctx.now,
    )?;
    Ok(outcome)
}

/// [`assign`] for session `session` of `conf`, loaded in the same transaction.
pub fn assign_to_session(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conf: &Conference,
    session: SessionId,
    who: &Assignment<'_>,
    actor: UserId,
) -> Result<Assigned> {
    let s = db::sessions::by_id(conn, conf.id, session)?.ok_or(Error::NotFound)?;
    assign(conn, ctx, conf, Some(&s), who, actor)
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
        audit::record_about(
            conn,
            &Entry {
                conference: Some(conference),
                actor: Some(actor),
                action: "people.remove",
                subject: &subject,
                before: Some(role.as_str()),
                after: None,
            },
            user,
            ctx.now,
        )?;
    }
    Ok(())
}

/// Accepts an invitation: the token (single use) gives its account a password and
/// a country and marks the email verified. `None` when the token is unknown, used
/// or expired, or its account is gone.
pub fn accept_invitation(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    token: &str,
    country: CountryCode,
    password_hash: &str,
) -> Result<Option<users::User>> {
    let Ok(t) = tokens::consume(conn, token, Purpose::Invite, ctx.now)? else {
        return Ok(None);
    };
    let Some(u) = users::by_id(conn, t.user_id)? else {
        return Ok(None);
    };
    users::set_password(conn, u.id, password_hash, ctx.now)?;
    users::mark_verified(conn, u.id, ctx.now)?;
    let profile = users::Profile {
        name: &u.name,
        country,
        organization: u.organization.as_deref(),
        tz: u.tz,
    };
    users::update_profile(conn, u.id, &profile, ctx.now)?;
    Ok(users::by_id(conn, u.id)?)
}
