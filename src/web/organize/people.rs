//! People: moderators and speakers of each session, the conference's organizers,
//! and the page listing everyone with a role. Invitations are accepted at
//! `/invite/{token}`.

use actix_session::Session as Cookie;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::{OrgNav, Section, span_session};
use crate::db;
use crate::db::conferences::Conference;
use crate::db::tokens::Purpose;
use crate::domain::status::SessionRole;
use crate::domain::timefmt::short_weekday_date_clock;
use crate::domain::{CountryCode, Email, FieldErrors, Password, PersonName, UserId, passwords};
use crate::service::people::{self as svc, Assigned, Role};
use crate::web::AppState;
use crate::web::auth::{sign_in, token_is_live};
use crate::web::country_options;
use crate::web::csrf::CsrfForm;
use crate::web::error::AppError;
use crate::web::extract::OrganizerConference;
use crate::web::hashing;
use crate::web::render::{Layout, flash, html, see_other};

#[derive(Default, Deserialize, Clone)]
pub struct AssignForm {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub role: String,
}

pub struct PersonRow {
    pub user_id: String,
    pub name: String,
    pub organization: String,
    pub role: &'static str,
    pub role_value: &'static str,
}

#[derive(Template)]
#[template(path = "organize/session_people.html")]
pub struct SessionPeoplePage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub session_title: String,
    pub session_id: String,
    pub people: Vec<PersonRow>,
    pub errors: FieldErrors,
    pub form: AssignForm,
}

fn session_page(
    cookie: &Cookie,
    org: &OrganizerConference,
    errors: FieldErrors,
    form: AssignForm,
) -> Result<HttpResponse, AppError> {
    let (conf, s) = (&org.conference, org.session()?);
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
                role: p.role.label(),
                role_value: p.role.as_str(),
            })
            .collect(),
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
    cookie: Cookie,
    org: OrganizerConference,
) -> Result<HttpResponse, AppError> {
    let form = AssignForm {
        role: "speaker".into(),
        ..AssignForm::default()
    };
    session_page(&cookie, &org, FieldErrors::new(), form)
}

fn parse_assign(
    f: &AssignForm,
    with_role: bool,
) -> Result<(Email, Option<PersonName>, Option<SessionRole>), FieldErrors> {
    let mut e = FieldErrors::new();
    let email = e.check("email", Email::parse(&f.email));
    let name = if f.name.trim().is_empty() {
        Some(None)
    } else {
        e.check("name", PersonName::parse(&f.name).map(Some))
    };
    let role = if with_role {
        e.check(
            "role",
            SessionRole::parse(&f.role)
                .map(Some)
                .ok_or_else(|| "Choose moderator or speaker".to_string()),
        )
    } else {
        Some(None)
    };
    match (email, name, role) {
        (Some(email), Some(name), Some(role)) if e.is_empty() => Ok((email, name, role)),
        _ => Err(e),
    }
}

fn outcome_errors(outcome: &Assigned) -> Option<FieldErrors> {
    let mut e = FieldErrors::new();
    match outcome {
        Assigned::DoubleBooked(clashes) => {
            e.add("email", format!("Cannot assign: {}.", clashes.join("; ")))
        }
        Assigned::NameNeeded => e.add(
            "name",
            "This email has no account yet: enter the person's name to invite them",
        ),
        Assigned::AlreadyHasRole => e.add("email", "This person already has that role"),
        Assigned::Known | Assigned::Invited => return None,
    }
    Some(e)
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
    let (email, name, role) = match parse_assign(&form, true) {
        Ok(v) => v,
        Err(e) => return session_page(&cookie, &org, e, form),
    };
    let sid = org.session()?.id;
    let (actor, email2, conf) = (org.user.id, email.clone(), org.conference.clone());
    let role = Role::Session(role.unwrap_or(SessionRole::Speaker));
    let outcome = state
        .service
        .run(move |c, ctx| {
            let who = svc::Assignment {
                role,
                email: &email2,
                name: name.as_ref(),
            };
            svc::assign_to_session(c, ctx, &conf, sid, &who, actor)
        })
        .await?;
    // These outcomes change nothing, so the session the guard loaded is current.
    if let Some(e) = outcome_errors(&outcome) {
        return session_page(&cookie, &org, e, form);
    }
    flash(
        &cookie,
        match outcome {
            Assigned::Invited => {
                format!("{email} has no account yet: an invitation is on its way.")
            }
            _ => format!("{email} is assigned and notified."),
        },
    );
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
    flash(&cookie, "The person is no longer assigned to this session.");
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
        let line = format!(
            "{} of “{}” ({})",
            r.role.label(),
            r.session_title,
            short_weekday_date_clock(&r.starts_at.with_timezone(&tz))
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
    html(&PeoplePage {
        layout: Layout::from_cookie(cookie),
        nav: OrgNav::new(conf, Section::People),
        organizers: organizers.into_iter().map(|(_, n, e)| (n, e)).collect(),
        people,
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
    let (email, name, _) = match parse_assign(&form, false) {
        Ok(v) => v,
        Err(e) => return people_page(&state, &cookie, &org.conference, e, form).await,
    };
    let (actor, email2, conf) = (org.user.id, email.clone(), org.conference.clone());
    let outcome = state
        .service
        .run(move |c, ctx| {
            let who = svc::Assignment {
                role: Role::Organizer,
                email: &email2,
                name: name.as_ref(),
            };
            svc::assign(c, ctx, &conf, None, &who, actor)
        })
        .await?;
    if let Some(e) = outcome_errors(&outcome) {
        return people_page(&state, &cookie, &org.conference, e, form).await;
    }
    flash(
        &cookie,
        format!("{email} is now an organizer of this conference and has been told."),
    );
    Ok(see_other(&format!(
        "/organize/c/{}/people",
        org.conference.slug
    )))
}

// ---------------------------------------------------------------- /invite/{token}

#[derive(Default, Deserialize)]
pub struct AcceptForm {
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub password: String,
}

#[derive(Template)]
#[template(path = "organize/invite.html")]
pub struct InvitePage {
    pub layout: Layout,
    pub token: String,
    pub errors: FieldErrors,
    pub country: String,
    pub countries: Vec<crate::web::CountryOption>,
}

fn invite_page(cookie: &Cookie, token: String, errors: FieldErrors, country: String) -> InvitePage {
    InvitePage {
        layout: Layout::from_cookie(cookie),
        token,
        errors,
        country,
        countries: country_options(),
    }
}

// The token is a secret: the spans of these two record nothing about the request.
#[tracing::instrument(name = "organize::people::invite_form", skip_all)]
pub async fn invite_form(
    cookie: Cookie,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    html(&invite_page(
        &cookie,
        token.into_inner(),
        FieldErrors::new(),
        String::new(),
    ))
}

#[tracing::instrument(name = "organize::people::accept_invite", skip_all)]
pub async fn accept_invite(
    state: web::Data<AppState>,
    cookie: Cookie,
    req: HttpRequest,
    token: web::Path<String>,
    form: CsrfForm<AcceptForm>,
) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    let mut e = FieldErrors::new();
    let country = e.check("country", CountryCode::parse(&form.country));
    let password = e.check("password", Password::parse(&form.password));
    let (Some(country), Some(password)) = (country, password) else {
        return html(&invite_page(&cookie, token, e, form.country.clone()));
    };
    // The invitation is checked before the (deliberately slow, memory-hungry) hash.
    let user = if token_is_live(&state, &req, &token, Purpose::Invite).await? {
        let hash = hashing::run(move || passwords::hash(&password)).await??;
        state
            .service
            .run(move |c, ctx| svc::accept_invitation(c, ctx, &token, country, &hash))
            .await?
    } else {
        None
    };
    let Some(u) = user else {
        let mut e = FieldErrors::new();
        e.add("password", "This invitation is not valid any more (invitations work once, for 14 days). Ask the organisers for a new one.");
        return html(&invite_page(
            &cookie,
            String::new(),
            e,
            form.country.clone(),
        ));
    };
    let roles = sign_in(&state, &cookie, &u).await?;
    flash(&cookie, "Welcome! Your account is ready.");
    Ok(see_other(if roles.organizer {
        "/organize"
    } else {
        "/moderate"
    }))
}
