//! The agenda editor: a day-by-day view in the conference's zone; create, edit (with
//! a version check so two organizers never overwrite each other silently),
//! duplicate and delete sessions. The edits themselves are `service::agenda`; the
//! form and its parsing are in `session_form`.

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::session_form::{ConflictPage, SessionForm, form_from, form_page, parse_session};
use super::{OrgNav, Section, conference};
use crate::db::conferences::Conference;
use crate::db::sessions::Session;
use crate::db::{self};
use crate::domain::agenda::{self, group_by_local_day};
use crate::domain::status::{SessionKind, SessionRole};
use crate::domain::timefmt::long_date;
use crate::domain::{FieldErrors, SessionId};
use crate::service::{self, agenda as svc};
use crate::web::AppState;
use crate::web::auth::CurrentUser;
use crate::web::error::AppError;
use crate::web::render::{Layout, flash, html, see_other};

// ---------------------------------------------------------------- the agenda view

pub struct EditorItem {
    pub id: String,
    pub time: String,
    pub title: String,
    pub kind: &'static str,
    pub track: String,
    pub moderators: String,
    pub speakers: String,
    pub warnings: Vec<String>,
    pub cancelled: bool,
}

pub struct EditorDay {
    pub heading: String,
    pub items: Vec<EditorItem>,
}

#[derive(Template)]
#[template(path = "organize/agenda.html")]
pub struct AgendaPage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub zone: String,
    pub days: Vec<EditorDay>,
}

pub async fn agenda(
    state: web::Data<AppState>,
    cookie: Cookie,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let conf = conference(&state, slug.into_inner()).await?;
    let cid = conf.id;
    let list = state
        .db
        .run(move |c| Ok::<_, AppError>(db::sessions::for_conference(c, cid)?))
        .await?;
    let names = |it: &mut dyn Iterator<Item = &db::sessions::Person>| {
        it.map(|p| p.name.as_str()).collect::<Vec<_>>().join(", ")
    };
    let days = group_by_local_day(list.clone(), conf.tz)
        .into_iter()
        .map(|d| EditorDay {
            heading: long_date(d.date),
            items: d
                .items
                .iter()
                .map(|s| EditorItem {
                    id: s.id.to_string(),
                    time: agenda::time_range(s.starts_at, s.ends_at, conf.tz),
                    title: s.title.clone(),
                    kind: s.kind.label(),
                    track: s.track.clone(),
                    moderators: names(&mut s.moderators()),
                    speakers: names(&mut s.speakers()),
                    warnings: svc::track_overlaps(s, &list)
                        .into_iter()
                        .map(|t| format!("Overlaps with “{t}” in the same track"))
                        .chain(
                            (s.kind != SessionKind::Break && s.moderators().next().is_none())
                                .then(|| "No moderator yet".to_string()),
                        )
                        .collect(),
                    cancelled: s.cancelled,
                })
                .collect(),
        })
        .collect();
    html(&AgendaPage {
        layout: Layout::from_cookie(&cookie),
        nav: OrgNav::new(&conf, Section::Agenda),
        zone: conf.tz.name().to_string(),
        days,
    })
}

// ---------------------------------------------------------------- the session form

pub async fn new_form(
    state: web::Data<AppState>,
    cookie: Cookie,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let conf = conference(&state, slug.into_inner()).await?;
    let form = SessionForm {
        kind: "talk".into(),
        day: conf.starts_on.to_string(),
        start: "09:00".into(),
        end: "10:00".into(),
        ..SessionForm::default()
    };
    html(&form_page(
        &cookie,
        &conf,
        true,
        None,
        FieldErrors::new(),
        form,
        0,
    ))
}

pub async fn create(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    slug: web::Path<String>,
    form: web::Form<SessionForm>,
) -> Result<HttpResponse, AppError> {
    crate::web::csrf::verify(&cookie, &form.csrf)?;
    let conf = conference(&state, slug.into_inner()).await?;
    let form = form.into_inner();
    let input = match parse_session(&form, &conf) {
        Ok(p) => p,
        Err(e) => return html(&form_page(&cookie, &conf, true, None, e, form, 0)),
    };
    let (st, actor, cid) = (state.clone(), user.0.id, conf.id);
    let saved = state
        .db
        .write(move |c| svc::create_session(c, st.ctx(), cid, actor, &input))
        .await?;
    flash(
        &cookie,
        with_warnings("The session is added to the agenda.", &saved.warnings),
    );
    Ok(see_other(&format!("/organize/c/{}/agenda", conf.slug)))
}

fn with_warnings(message: &str, warnings: &[String]) -> String {
    if warnings.is_empty() {
        message.to_string()
    } else {
        format!("{message} Note: {}.", warnings.join("; "))
    }
}

async fn load_session(
    state: &AppState,
    conf: &Conference,
    id: &str,
) -> Result<(Session, usize), AppError> {
    let sid = SessionId::parse(id).ok_or(AppError::NotFound)?;
    let cid = conf.id;
    state
        .db
        .run(move |c| {
            let s = db::sessions::by_id(c, cid, sid)?.ok_or(AppError::NotFound)?;
            let n = db::sessions::enrolled_people(c, sid)?.len();
            Ok::<_, AppError>((s, n))
        })
        .await
}

pub async fn edit_form(
    state: web::Data<AppState>,
    cookie: Cookie,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (slug, id) = path.into_inner();
    let conf = conference(&state, slug).await?;
    let (s, enrolled) = load_session(&state, &conf, &id).await?;
    let form = form_from(&s, conf.tz);
    html(&form_page(
        &cookie,
        &conf,
        false,
        Some(s.id),
        FieldErrors::new(),
        form,
        enrolled,
    ))
}

pub async fn update(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    path: web::Path<(String, String)>,
    form: web::Form<SessionForm>,
) -> Result<HttpResponse, AppError> {
    crate::web::csrf::verify(&cookie, &form.csrf)?;
    let (slug, id) = path.into_inner();
    let conf = conference(&state, slug).await?;
    let (current, enrolled) = load_session(&state, &conf, &id).await?;
    let form = form.into_inner();
    let rerender = |errors: FieldErrors, form: SessionForm| {
        html(&form_page(
            &cookie,
            &conf,
            false,
            Some(current.id),
            errors,
            form,
            enrolled,
        ))
    };
    let input = match parse_session(&form, &conf) {
        Ok(p) => p,
        Err(e) => return rerender(e, form),
    };
    let expected: i32 = form.version.trim().parse().unwrap_or(-1);
    let notify = form.notify.is_some();
    let (st, actor, conf2, sid) = (state.clone(), user.0.id, conf.clone(), current.id);
    let outcome = state
        .db
        .write(move |c| {
            svc::update_session(c, st.ctx(), &conf2, actor, sid, expected, notify, &input)
        })
        .await;
    match outcome {
        Ok(saved) => {
            let notified = saved.notified;
            let base = if notified > 0 {
                format!(
                    "The session is saved and {notified} attendee(s) will be told about the new time."
                )
            } else {
                "The session is saved.".to_string()
            };
            flash(&cookie, with_warnings(&base, &saved.warnings));
            Ok(see_other(&format!("/organize/c/{}/agenda", conf.slug)))
        }
        Err(service::Error::DoubleBooked(clashes)) => {
            let mut e = FieldErrors::new();
            e.add(
                "start",
                format!(
                    "This time double-books people: {}. Change the time or the people first.",
                    clashes.join("; ")
                ),
            );
            rerender(e, form)
        }
        Err(service::Error::StaleSession(latest)) => {
            let mut yours = form.clone();
            yours.version = latest.version.to_string();
            let mut resp = html(&ConflictPage {
                layout: Layout::from_cookie(&cookie),
                nav: OrgNav::new(&conf, Section::Agenda),
                theirs: form_from(&latest, conf.tz),
                yours,
                action: format!("/organize/c/{}/sessions/{}/edit", conf.slug, latest.id),
                edit_href: format!("/organize/c/{}/sessions/{}/edit", conf.slug, latest.id),
            })?;
            *resp.status_mut() = actix_web::http::StatusCode::CONFLICT;
            Ok(resp)
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize)]
pub struct CsrfOnly {
    #[serde(default)]
    pub csrf: String,
}

pub async fn duplicate(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    path: web::Path<(String, String)>,
    form: web::Form<CsrfOnly>,
) -> Result<HttpResponse, AppError> {
    crate::web::csrf::verify(&cookie, &form.csrf)?;
    let (slug, id) = path.into_inner();
    let conf = conference(&state, slug).await?;
    let sid = SessionId::parse(&id).ok_or(AppError::NotFound)?;
    let (st, actor, cid) = (state.clone(), user.0.id, conf.id);
    let copy = state
        .db
        .write(move |c| svc::duplicate_session(c, st.ctx(), cid, actor, sid))
        .await?;
    flash(
        &cookie,
        "A copy is made (without its people). Change its time and title below.",
    );
    Ok(see_other(&format!(
        "/organize/c/{}/sessions/{copy}/edit",
        conf.slug
    )))
}

#[derive(Template)]
#[template(path = "organize/session_delete.html")]
pub struct DeletePage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub title: String,
    pub enrolled: usize,
    pub action: String,
}

pub async fn delete_form(
    state: web::Data<AppState>,
    cookie: Cookie,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (slug, id) = path.into_inner();
    let conf = conference(&state, slug).await?;
    let (s, enrolled) = load_session(&state, &conf, &id).await?;
    html(&DeletePage {
        layout: Layout::from_cookie(&cookie),
        nav: OrgNav::new(&conf, Section::Agenda),
        title: s.title,
        enrolled,
        action: format!("/organize/c/{}/sessions/{}/delete", conf.slug, s.id),
    })
}

pub async fn delete(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    path: web::Path<(String, String)>,
    form: web::Form<CsrfOnly>,
) -> Result<HttpResponse, AppError> {
    crate::web::csrf::verify(&cookie, &form.csrf)?;
    let (slug, id) = path.into_inner();
    let conf = conference(&state, slug).await?;
    let sid = SessionId::parse(&id).ok_or(AppError::NotFound)?;
    let (st, actor, conf2) = (state.clone(), user.0.id, conf.clone());
    let notified = state
        .db
        .write(move |c| svc::delete_session(c, st.ctx(), &conf2, actor, sid))
        .await?;
    flash(
        &cookie,
        if notified > 0 {
            format!("The session is deleted; {notified} attendee(s) will be told.")
        } else {
            "The session is deleted.".to_string()
        },
    );
    Ok(see_other(&format!("/organize/c/{}/agenda", conf.slug)))
}

/// Roles offered on the people form.
pub const ROLES: [SessionRole; 2] = [SessionRole::Moderator, SessionRole::Speaker];
