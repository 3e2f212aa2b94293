//! People: moderators and speakers of each session, the conference's organizers,
//! and the page listing everyone with a role. Roles are offered by invitation to an
//! email address (pending invitations are listed with resend and withdraw); the
//! person appears by name only once they accept at `/invite/{token}`
//! ([`super::invite`]). Every answer to "invite this address" is the same whether
//! or not the address has an account.

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::{OrgNav, Section, span_session};
use crate::db;
use crate::db::conferences::Conference;
use crate::db::invitations::{Invitation, Offer};
use crate::domain::l10n::{Arg, tr, tr_with};
use crate::domain::status::SessionRole;
use crate::domain::timefmt::short_weekday_date_clock;
use crate::domain::{Email, FieldErrors, SessionId, UserId};
use crate::service::people::{self as svc, Invited, Role};
use crate::web::AppState;
use crate::web::csrf::CsrfForm;
use crate::web::error::AppError;
use crate::web::extract::OrganizerConference;
use crate::web::render::{Layout, flash, html, see_other};

#[derive(Default, Deserialize, Clone)]
pub struct AssignForm {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub role: String,
}

pub struct PersonRow {
    pub user_id: String,
    pub name: String,
    pub organization: String,
    /// "Moderator" or "Speaker", in the reader's language.
    pub role: String,
    pub role_value: &'static str,
}

/// A pending invitation as the organizer pages list it: the address only (never
/// a name), the role, and the fields its resend and withdraw buttons post.
pub struct PendingRow {
    pub email: String,
    /// "speaker of “Title”" on the people page, "speaker" on a session's page.
    pub what: String,
    pub role_value: &'static str,
    pub session_id: String,
    pub expired: bool,
}

fn pending_row(
    inv: &Invitation,
    now: chrono::DateTime<chrono::Utc>,
    with_title: bool,
) -> PendingRow {
    let (role, session_id) = match inv.offer {
        Offer::Organizer => (Role::Organizer, String::new()),
        Offer::Session(s, r) => (Role::Session(r), s.to_string()),
    };
    let what = match (&inv.session_title, with_title) {
        (Some(t), true) => tr_with(
            "org-people-role-of",
            &[("role", Arg::Text(role.label())), ("title", Arg::Text(t))],
        ),
        _ => tr(match role {
            Role::Organizer => "org-role-organizer",
            Role::Session(SessionRole::Moderator) => "org-role-moderator",
            Role::Session(SessionRole::Speaker) => "org-role-speaker",
        }),
    };
    PendingRow {
        email: inv.email.clone(),
        what,
        role_value: role.label(),
        session_id,
        expired: inv.expires_at <= now,
    }
}

async fn pending_of(
    state: &AppState,
    conf: &Conference,
    keep: impl Fn(&Offer) -> bool,
    with_title: bool,
) -> Result<Vec<PendingRow>, AppError> {
    let cid = conf.id;
    let all = state
        .db
        .run(move |c| Ok::<_, AppError>(db::invitations::of_conference(c, cid)?))
        .await?;
    let now = state.clock.now();
    Ok(all
        .iter()
        .filter(|i| keep(&i.offer))
        .map(|i| pending_row(i, now, with_title))
        .collect())
}

#[derive(Template)]
#[template(path = "organize/session_people.html")]
pub struct SessionPeoplePage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub session_title: String,
    pub session_id: String,
    pub people: Vec<PersonRow>,
    pub pending: Vec<PendingRow>,
    pub errors: FieldErrors,
    pub form: AssignForm,
}

async fn session_page(
    state: &AppState,
    cookie: &Cookie,
    org: &OrganizerConference,
    errors: FieldErrors,
    form: AssignForm,
) -> Result<HttpResponse, AppError> {
    let (conf, s) = (&org.conference, org.session()?);
    let sid = s.id;
    let pending = pending_of(
        state,
        conf,
        |o| matches!(o, Offer::Session(x, _) if *x == sid),
        false,
    )
    .await?;
    html(&SessionPeoplePage {
        layout: Layout::from_cookie(cookie),
        nav: OrgNav::new(conf, Section::Agenda),
        session_title: s.title.clone(),
        session_id: s.id.to_string(),
        people: s
            .people
            .iter()
            .map(|p| PersonRow {
                user_id: p.user_id.to_string(),
                name: p.name.clone(),
                organization: p.organization.clone().unwrap_or_default(),
                role: tr(match p.role {
                    SessionRole::Moderator => "org-sp-moderator",
                    SessionRole::Speaker => "org-sp-speaker",
                }),
                role_value: p.role.as_str(),
            })
            .collect(),
        pending,
        errors,
        form,
    })
}

#[tracing::instrument(
    name = "organize::people::session_people",
    skip_all,
    fields(conference = %org.conference.id, session = %span_session(&org))
)]
pub async fn session_people(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
) -> Result<HttpResponse, AppError> {
    let form = AssignForm {
        role: "speaker".into(),
        ..AssignForm::default()
    };
    session_page(&state, &cookie, &org, FieldErrors::new(), form).await
}

/// The form's address and (for session roles) role, every field error at once.
fn parse_invite(f: &AssignForm, with_role: bool) -> Result<(Email, Role), FieldErrors> {
    let mut e = FieldErrors::new();
    let email = e.check("email", Email::parse(&f.email));
    let role = if with_role {
        e.check(
            "role",
            SessionRole::parse(&f.role)
                .map(Role::Session)
                .ok_or_else(|| tr("org-people-choose-role")),
        )
    } else {
        Some(Role::Organizer)
    };
    match (email, role) {
        (Some(email), Some(role)) if e.is_empty() => Ok((email, role)),
        _ => Err(e),
    }
}

fn outcome_errors(outcome: &Invited) -> Option<FieldErrors> {
    let mut e = FieldErrors::new();
    match outcome {
        Invited::DoubleBooked(clashes) => e.add(
            "email",
            tr_with(
                "org-people-cannot-invite",
                &[("clashes", Arg::Text(&clashes.join("; ")))],
            ),
        ),
        Invited::AlreadyHasRole => e.add("email", tr("org-people-has-role")),
        Invited::AlreadyInvited => e.add("email", tr("org-people-already-invited")),
        Invited::Sent => return None,
    }
    Some(e)
}

/// The one answer to a sent invitation, whoever the address belongs to.
fn sent(cookie: &Cookie, email: &Email) {
    flash(
        cookie,
        tr_with(
            "org-people-flash-sent",
            &[("email", Arg::Text(email.as_str()))],
        ),
    );
}

#[tracing::instrument(
    name = "organize::people::assign_to_session",
    skip_all,
    fields(conference = %org.conference.id, session = %span_session(&org), user = %org.user.id)
)]
pub async fn assign_to_session(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    form: CsrfForm<AssignForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let (email, role) = match parse_invite(&form, true) {
        Ok(v) => v,
        Err(e) => return session_page(&state, &cookie, &org, e, form).await,
    };
    let sid = org.session()?.id;
    let (actor, email2, conf) = (org.user.id, email.clone(), org.conference.clone());
    let outcome = state
        .service
        .run(move |c, ctx| svc::invite(c, ctx, &conf, Some(sid), role, &email2, actor))
        .await?;
    // These outcomes change nothing, so the session the guard loaded is current.
    if let Some(e) = outcome_errors(&outcome) {
        return session_page(&state, &cookie, &org, e, form).await;
    }
    sent(&cookie, &email);
    Ok(see_other(&format!(
        "/organize/c/{}/sessions/{sid}/people",
        org.conference.slug
    )))
}

#[derive(Deserialize)]
pub struct RemoveForm {
    #[serde(default)]
    pub user: String,
    #[serde(default)]
    pub role: String,
}

#[tracing::instrument(
    name = "organize::people::remove_from_session",
    skip_all,
    fields(conference = %org.conference.id, session = %span_session(&org), user = %org.user.id)
)]
pub async fn remove_from_session(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    form: CsrfForm<RemoveForm>,
) -> Result<HttpResponse, AppError> {
    let sid = org.session()?.id;
    let (Some(uid), Some(role)) = (UserId::parse(&form.user), SessionRole::parse(&form.role))
    else {
        return Err(AppError::BadRequest("unknown person".into()));
    };
    let (actor, cid) = (org.user.id, org.conference.id);
    state
        .service
        .run(move |c, ctx| svc::remove_from_session(c, ctx, cid, sid, uid, role, actor))
        .await?;
    flash(&cookie, tr("org-people-flash-removed"));
    Ok(see_other(&format!(
        "/organize/c/{}/sessions/{sid}/people",
        org.conference.slug
    )))
}

// ---------------------------------------------------------------- everyone

pub struct EveryoneRow {
    pub name: String,
    pub email: String,
    pub roles: Vec<String>,
}

#[derive(Template)]
#[template(path = "organize/people.html")]
pub struct PeoplePage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub organizers: Vec<(String, String)>,
    pub people: Vec<EveryoneRow>,
    pub pending_organizers: Vec<PendingRow>,
    pub pending_people: Vec<PendingRow>,
    pub errors: FieldErrors,
    pub form: AssignForm,
}

async fn people_page(
    state: &AppState,
    cookie: &Cookie,
    conf: &Conference,
    errors: FieldErrors,
    form: AssignForm,
) -> Result<HttpResponse, AppError> {
    let cid = conf.id;
    let tz = conf.tz;
    let (organizers, rows) = state
        .db
        .run(move |c| {
            Ok::<_, AppError>((
                db::conferences::organizers(c, cid)?,
                db::sessions::people_of_conference(c, cid)?,
            ))
        })
        .await?;
    let mut people: Vec<EveryoneRow> = Vec::new();
    for r in rows {
        let line = tr_with(
            "org-people-role-line",
            &[
                ("role", Arg::Text(r.role.as_str())),
                ("title", Arg::Text(&r.session_title)),
                (
                    "when",
                    Arg::Text(&short_weekday_date_clock(&r.starts_at.with_timezone(&tz))),
                ),
            ],
        );
        match people.last_mut() {
            Some(p) if p.email == r.email => p.roles.push(line),
            _ => people.push(EveryoneRow {
                name: r.name,
                email: r.email,
                roles: vec![line],
            }),
        }
    }
    let pending = pending_of(state, conf, |_| true, true).await?;
    let (pending_organizers, pending_people) =
        pending.into_iter().partition(|p| p.session_id.is_empty());
    html(&PeoplePage {
        layout: Layout::from_cookie(cookie),
        nav: OrgNav::new(conf, Section::People),
        organizers: organizers.into_iter().map(|(_, n, e)| (n, e)).collect(),
        people,
        pending_organizers,
        pending_people,
        errors,
        form,
    })
}

#[tracing::instrument(
    name = "organize::people::people",
    skip_all,
    fields(conference = %org.conference.id)
)]
pub async fn people(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
) -> Result<HttpResponse, AppError> {
    people_page(
        &state,
        &cookie,
        &org.conference,
        FieldErrors::new(),
        AssignForm::default(),
    )
    .await
}

#[tracing::instrument(
    name = "organize::people::invite_organizer",
    skip_all,
    fields(conference = %org.conference.id, user = %org.user.id)
)]
pub async fn invite_organizer(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    form: CsrfForm<AssignForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let (email, role) = match parse_invite(&form, false) {
        Ok(v) => v,
        Err(e) => return people_page(&state, &cookie, &org.conference, e, form).await,
    };
    let (actor, email2, conf) = (org.user.id, email.clone(), org.conference.clone());
    let outcome = state
        .service
        .run(move |c, ctx| svc::invite(c, ctx, &conf, None, role, &email2, actor))
        .await?;
    if let Some(e) = outcome_errors(&outcome) {
        return people_page(&state, &cookie, &org.conference, e, form).await;
    }
    sent(&cookie, &email);
    Ok(see_other(&format!(
        "/organize/c/{}/people",
        org.conference.slug
    )))
}

// ---------------------------------------------------------------- resend, withdraw

/// Names one pending invitation: the address, the role and (for session roles)
/// the session; `back` is "session" to return to that session's page.
#[derive(Deserialize)]
pub struct PendingForm {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub session: String,
    #[serde(default)]
    pub back: String,
}

impl PendingForm {
    fn parse(&self) -> Result<(Offer, Email), AppError> {
        let bad = || AppError::BadRequest("unknown invitation".into());
        let email = Email::parse(&self.email).map_err(|_| bad())?;
        let offer = if self.role == Role::Organizer.label() {
            Offer::Organizer
        } else {
            let sid = SessionId::parse(&self.session).ok_or_else(bad)?;
            Offer::Session(sid, SessionRole::parse(&self.role).ok_or_else(bad)?)
        };
        Ok((offer, email))
    }

    fn back_to(&self, slug: &str, offer: Offer) -> String {
        match offer {
            Offer::Session(sid, _) if self.back == "session" => {
                format!("/organize/c/{slug}/sessions/{sid}/people")
            }
            _ => format!("/organize/c/{slug}/people"),
        }
    }
}

#[tracing::instrument(
    name = "organize::people::resend_invitation",
    skip_all,
    fields(conference = %org.conference.id, user = %org.user.id)
)]
pub async fn resend_invitation(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    form: CsrfForm<PendingForm>,
) -> Result<HttpResponse, AppError> {
    let (offer, email) = form.parse()?;
    let (actor, email2, conf) = (org.user.id, email.clone(), org.conference.clone());
    state
        .service
        .run(move |c, ctx| svc::resend(c, ctx, &conf, offer, &email2, actor))
        .await?;
    flash(
        &cookie,
        tr_with(
            "org-people-flash-resent",
            &[("email", Arg::Text(email.as_str()))],
        ),
    );
    Ok(see_other(&form.back_to(&org.conference.slug, offer)))
}

#[tracing::instrument(
    name = "organize::people::withdraw_invitation",
    skip_all,
    fields(conference = %org.conference.id, user = %org.user.id)
)]
pub async fn withdraw_invitation(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    form: CsrfForm<PendingForm>,
) -> Result<HttpResponse, AppError> {
    let (offer, email) = form.parse()?;
    let (actor, email2, conf) = (org.user.id, email.clone(), org.conference.clone());
    state
        .service
        .run(move |c, ctx| svc::withdraw(c, ctx, &conf, offer, &email2, actor))
        .await?;
    flash(
        &cookie,
        tr_with(
            "org-people-flash-withdrawn",
            &[("email", Arg::Text(email.as_str()))],
        ),
    );
    Ok(see_other(&form.back_to(&org.conference.slug, offer)))
}
