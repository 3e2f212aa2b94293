//! People: moderators and speakers of each session, the conference's organizers,
//! and the page listing everyone with a role. Invitations are accepted at
//! `/invite/{token}`.

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::{OrgNav, Section, conference};
use crate::db;
use crate::domain::status::SessionRole;
use crate::domain::{
    CountryCode, Email, FieldErrors, Password, PersonName, SessionId, UserId, passwords,
};
use crate::service::people::{self as svc, Assigned, Role};
use crate::web::AppState;
use crate::web::auth::{CurrentUser, nav_roles, sign_in};
use crate::web::country_options;
use crate::web::error::AppError;
use crate::web::render::{Layout, flash, html, see_other};

#[derive(Default, Deserialize, Clone)]
pub struct AssignForm {
    #[serde(default)]
    pub csrf: String,
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

async fn session_page(
    state: &AppState,
    cookie: &Cookie,
    slug: String,
    id: &str,
    errors: FieldErrors,
    form: AssignForm,
) -> Result<HttpResponse, AppError> {
    let conf = conference(state, slug).await?;
    let sid = SessionId::parse(id).ok_or(AppError::NotFound)?;
    let cid = conf.id;
    let s = state
        .db
        .run(move |c| db::sessions::by_id(c, cid, sid)?.ok_or(AppError::NotFound))
        .await?;
    html(&SessionPeoplePage {
        layout: Layout::from_cookie(cookie),
        nav: OrgNav::new(&conf, Section::Agenda),
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

pub async fn session_people(
    state: web::Data<AppState>,
    cookie: Cookie,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (slug, id) = path.into_inner();
    let form = AssignForm {
        role: "speaker".into(),
        ..AssignForm::default()
    };
    session_page(&state, &cookie, slug, &id, FieldErrors::new(), form).await
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

pub async fn assign_to_session(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    path: web::Path<(String, String)>,
    form: web::Form<AssignForm>,
) -> Result<HttpResponse, AppError> {
    crate::web::csrf::verify(&cookie, &form.csrf)?;
    let (slug, id) = path.into_inner();
    let form = form.into_inner();
    let (email, name, role) = match parse_assign(&form, true) {
        Ok(v) => v,
        Err(e) => return session_page(&state, &cookie, slug, &id, e, form).await,
    };
    let conf = conference(&state, slug.clone()).await?;
    let sid = SessionId::parse(&id).ok_or(AppError::NotFound)?;
    let (st, actor, email2) = (state.clone(), user.0.id, email.clone());
    let role = Role::Session(role.unwrap_or(SessionRole::Speaker));
    let outcome = state
        .db
        .write(move |c| {
            let who = svc::Assignment {
                role,
                email: &email2,
                name: name.as_ref(),
            };
            svc::assign_to_session(c, st.ctx(), &conf, sid, &who, actor)
        })
        .await?;
    if let Some(e) = outcome_errors(&outcome) {
        return session_page(&state, &cookie, slug, &id, e, form).await;
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
        "/organize/c/{slug}/sessions/{id}/people"
    )))
}

#[derive(Deserialize)]
pub struct RemoveForm {
    #[serde(default)]
    pub csrf: String,
    #[serde(default)]
    pub user: String,
    #[serde(default)]
    pub role: String,
}

pub async fn remove_from_session(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    path: web::Path<(String, String)>,
    form: web::Form<RemoveForm>,
) -> Result<HttpResponse, AppError> {
    crate::web::csrf::verify(&cookie, &form.csrf)?;
    let (slug, id) = path.into_inner();
    let conf = conference(&state, slug.clone()).await?;
    let sid = SessionId::parse(&id).ok_or(AppError::NotFound)?;
    let (Some(uid), Some(role)) = (UserId::parse(&form.user), SessionRole::parse(&form.role))
    else {
        return Err(AppError::BadRequest("unknown person".into()));
    };
    let (st, actor, cid) = (state.clone(), user.0.id, conf.id);
    state
        .db
        .write(move |c| svc::remove_from_session(c, st.ctx(), cid, sid, uid, role, actor))
        .await?;
    flash(&cookie, "The person is no longer assigned to this session.");
    Ok(see_other(&format!(
        "/organize/c/{slug}/sessions/{id}/people"
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
    slug: String,
    errors: FieldErrors,
    form: AssignForm,
) -> Result<HttpResponse, AppError> {
    let conf = conference(state, slug).await?;
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
            SessionRole::parse(&r.role)
                .map(|r| r.label())
                .unwrap_or("Speaker"),
            r.session_title,
            r.starts_at.with_timezone(&tz).format("%a %-d %b %H:%M")
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
        nav: OrgNav::new(&conf, Section::People),
        organizers: organizers.into_iter().map(|(_, n, e)| (n, e)).collect(),
        people,
        errors,
        form,
    })
}

pub async fn people(
    state: web::Data<AppState>,
    cookie: Cookie,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    people_page(
        &state,
        &cookie,
        slug.into_inner(),
        FieldErrors::new(),
        AssignForm::default(),
    )
    .await
}

pub async fn invite_organizer(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    slug: web::Path<String>,
    form: web::Form<AssignForm>,
) -> Result<HttpResponse, AppError> {
    crate::web::csrf::verify(&cookie, &form.csrf)?;
    let slug = slug.into_inner();
    let form = form.into_inner();
    let (email, name, _) = match parse_assign(&form, false) {
        Ok(v) => v,
        Err(e) => return people_page(&state, &cookie, slug, e, form).await,
    };
    let conf = conference(&state, slug.clone()).await?;
    let (st, actor, email2) = (state.clone(), user.0.id, email.clone());
    let outcome = state
        .db
        .write(move |c| {
            let who = svc::Assignment {
                role: Role::Organizer,
                email: &email2,
                name: name.as_ref(),
            };
            svc::assign(c, st.ctx(), &conf, None, &who, actor)
        })
        .await?;
    if let Some(e) = outcome_errors(&outcome) {
        return people_page(&state, &cookie, slug, e, form).await;
    }
    flash(
        &cookie,
        format!("{email} is now an organizer of this conference and has been told."),
    );
    Ok(see_other(&format!("/organize/c/{slug}/people")))
}

// ---------------------------------------------------------------- /invite/{token}

#[derive(Default, Deserialize)]
pub struct AcceptForm {
    #[serde(default)]
    pub csrf: String,
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

pub async fn accept_invite(
    state: web::Data<AppState>,
    cookie: Cookie,
    token: web::Path<String>,
    form: web::Form<AcceptForm>,
) -> Result<HttpResponse, AppError> {
    crate::web::csrf::verify(&cookie, &form.csrf)?;
    let token = token.into_inner();
    let mut e = FieldErrors::new();
    let country = e.check("country", CountryCode::parse(&form.country));
    let password = e.check("password", Password::parse(&form.password));
    let (Some(country), Some(password)) = (country, password) else {
        return html(&invite_page(&cookie, token, e, form.country.clone()));
    };
    let hash = web::block(move || passwords::hash(&password)).await??;
    let st = state.clone();
    let user = state
        .db
        .write(move |c| svc::accept_invitation(c, st.ctx(), &token, country, &hash))
        .await?;
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
    let roles = nav_roles(&state, &u).await?;
    sign_in(&cookie, &u, roles);
    flash(&cookie, "Welcome! Your account is ready.");
    Ok(see_other(if roles.organizer {
        "/organize"
    } else {
        "/moderate"
    }))
}
