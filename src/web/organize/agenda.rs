//! The agenda editor: a day-by-day view in the conference's zone; create, edit (with
//! a version check so two organizers never overwrite each other silently),
//! duplicate and delete sessions. The edits themselves are `service::agenda`; the
//! form and its parsing are in `session_form`.

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};
use askama::Template;

use super::session_form::{ConflictPage, SessionForm, form_from, form_page, parse_session};
use super::{OrgNav, Section, span_session};
use crate::db::{self, DbConn};
use crate::domain::agenda::{self, group_by_local_day};
use crate::domain::l10n::{self, Arg};
use crate::domain::status::{SessionKind, SessionRole};
use crate::domain::timefmt::long_date;
use crate::domain::{FieldErrors, SessionId};
use crate::service::{self, agenda as svc};
use crate::web::AppState;
use crate::web::csrf::{Csrf, CsrfForm};
use crate::web::error::AppError;
use crate::web::extract::OrganizerConference;
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
    /// In how many content languages the title is not translated yet.
    pub untranslated: i64,
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
    /// "3 sessions lack a title in French", one line per language.
    pub gaps: Vec<String>,
}

#[tracing::instrument(
    name = "organize::agenda::agenda",
    skip_all,
    fields(conference = %org.conference.id)
)]
pub async fn agenda(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
) -> Result<HttpResponse, AppError> {
    let conf = org.conference;
    let cid = conf.id;
    let conf2 = conf.clone();
    let (list, (gaps, untranslated)) = state
        .db
        .run(move |c| {
            let list = db::sessions::for_conference(c, cid)?;
            let gaps = super::content::agenda_gaps(c, &conf2, &list)?;
            Ok::<_, AppError>((list, gaps))
        })
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
                        .map(|t| l10n::tr_with("orgb-warn-overlap", &[("title", Arg::Text(&t))]))
                        .chain(
                            (s.kind != SessionKind::Break && s.moderators().next().is_none())
                                .then(|| l10n::tr("orgb-warn-no-moderator")),
                        )
                        .collect(),
                    cancelled: s.cancelled,
                    untranslated: untranslated
                        .get(&s.id)
                        .map_or(0, |n| i64::try_from(*n).unwrap_or(0)),
                })
                .collect(),
        })
        .collect();
    html(&AgendaPage {
        layout: Layout::from_cookie(&cookie),
        nav: OrgNav::new(&conf, Section::Agenda),
        zone: conf.tz.name().to_string(),
        days,
        gaps,
    })
}

// ---------------------------------------------------------------- the session form

#[tracing::instrument(
    name = "organize::agenda::new_form",
    skip_all,
    fields(conference = %org.conference.id)
)]
pub async fn new_form(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
) -> Result<HttpResponse, AppError> {
    let conf = org.conference;
    let rooms = rooms(&state, conf.id).await?;
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
        rooms,
    ))
}

#[tracing::instrument(
    name = "organize::agenda::create",
    skip_all,
    fields(conference = %org.conference.id, user = %org.user.id)
)]
pub async fn create(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    form: CsrfForm<SessionForm>,
) -> Result<HttpResponse, AppError> {
    let conf = org.conference;
    let form = form.into_inner();
    let input = match parse_session(&form, &conf) {
        Ok(p) => p,
        Err(e) => {
            let rooms = rooms(&state, conf.id).await?;
            return html(&form_page(&cookie, &conf, true, None, e, form, 0, rooms));
        }
    };
    let (actor, cid) = (org.user.id, conf.id);
    let saved = state
        .service
        .run(move |c, ctx| svc::create_session(c, ctx, cid, actor, &input))
        .await?;
    flash(
        &cookie,
        with_warnings(&l10n::tr("orgb-flash-session-added"), &saved.warnings),
    );
    Ok(see_other(&format!("/organize/c/{}/agenda", conf.slug)))
}

/// A number of people as a count for a plural message.
fn count(n: impl TryInto<i64>) -> i64 {
    n.try_into().unwrap_or(i64::MAX)
}

fn with_warnings(message: &str, warnings: &[String]) -> String {
    if warnings.is_empty() {
        message.to_string()
    } else {
        let notes = warnings.join("; ");
        l10n::tr_with(
            "orgb-flash-with-notes",
            &[
                ("message", Arg::Text(message)),
                ("notes", Arg::Text(&notes)),
            ],
        )
    }
}

/// The conference's rooms for the form's suggestions.
async fn rooms(
    state: &AppState,
    cid: crate::domain::ConferenceId,
) -> Result<Vec<String>, AppError> {
    let names = state
        .db
        .run(move |c: &mut DbConn| Ok::<_, AppError>(db::session_status::room_names(c, cid, None)?))
        .await?;
    Ok(crate::domain::rooms::room_list(
        names.iter().map(String::as_str),
    ))
}

/// How many people picked the session (the form warns before a change affects them).
async fn enrolled(state: &AppState, sid: SessionId) -> Result<i64, AppError> {
    state
        .db
        .run(move |c: &mut DbConn| {
            Ok::<_, AppError>(
                i64::try_from(db::sessions::enrolled_people(c, sid)?.len()).unwrap_or(i64::MAX),
            )
        })
        .await
}

#[tracing::instrument(
    name = "organize::agenda::edit_form",
    skip_all,
    fields(conference = %org.conference.id, session = %span_session(&org))
)]
pub async fn edit_form(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
) -> Result<HttpResponse, AppError> {
    let s = org.session()?;
    let enrolled = enrolled(&state, s.id).await?;
    let conf = &org.conference;
    let rooms = rooms(&state, conf.id).await?;
    let form = form_from(s, conf.tz);
    html(&form_page(
        &cookie,
        conf,
        false,
        Some(s.id),
        FieldErrors::new(),
        form,
        enrolled,
        rooms,
    ))
}

#[tracing::instrument(
    name = "organize::agenda::update",
    skip_all,
    fields(conference = %org.conference.id, session = %span_session(&org), user = %org.user.id)
)]
pub async fn update(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    form: CsrfForm<SessionForm>,
) -> Result<HttpResponse, AppError> {
    let sid = org.session()?.id;
    let enrolled = enrolled(&state, sid).await?;
    let conf = org.conference;
    let rooms = rooms(&state, conf.id).await?;
    let form = form.into_inner();
    let rerender = |errors: FieldErrors, form: SessionForm| {
        html(&form_page(
            &cookie,
            &conf,
            false,
            Some(sid),
            errors,
            form,
            enrolled,
            rooms.clone(),
        ))
    };
    let input = match parse_session(&form, &conf) {
        Ok(p) => p,
        Err(e) => return rerender(e, form),
    };
    // A version that does not parse matches none, so the edit is reported stale.
    let expected: i32 = form.version.trim().parse().unwrap_or(-1);
    let notify = form.notify.is_some();
    let (actor, conf2) = (org.user.id, conf.clone());
    let outcome = state
        .service
        .run(move |c, ctx| {
            svc::update_session(c, ctx, &conf2, actor, sid, expected, notify, &input)
        })
        .await;
    match outcome {
        Ok(saved) => {
            let notified = saved.notified;
            let base = if notified > 0 {
                l10n::tr_count("orgb-flash-session-saved-notified", count(notified))
            } else {
                l10n::tr("orgb-flash-session-saved")
            };
            flash(&cookie, with_warnings(&base, &saved.warnings));
            Ok(see_other(&format!("/organize/c/{}/agenda", conf.slug)))
        }
        Err(service::Error::DoubleBooked(clashes)) => {
            let mut e = FieldErrors::new();
            e.add(
                "start",
                l10n::tr_with(
                    "orgb-err-double-booked",
                    &[("clashes", Arg::Text(&clashes.join("; ")))],
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

#[tracing::instrument(
    name = "organize::agenda::duplicate",
    skip_all,
    fields(conference = %org.conference.id, session = %span_session(&org), user = %org.user.id)
)]
pub async fn duplicate(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    _: Csrf,
) -> Result<HttpResponse, AppError> {
    let sid = org.session()?.id;
    let (actor, cid) = (org.user.id, org.conference.id);
    let copy = state
        .service
        .run(move |c, ctx| svc::duplicate_session(c, ctx, cid, actor, sid))
        .await?;
    flash(
        &cookie,
        "A copy is made (without its people). Change its time and title below.",
    );
    Ok(see_other(&format!(
        "/organize/c/{}/sessions/{copy}/edit",
        org.conference.slug
    )))
}

#[derive(Template)]
#[template(path = "organize/session_delete.html")]
pub struct DeletePage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub title: String,
    pub enrolled: i64,
    pub action: String,
}

#[tracing::instrument(
    name = "organize::agenda::delete_form",
    skip_all,
    fields(conference = %org.conference.id, session = %span_session(&org))
)]
pub async fn delete_form(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
) -> Result<HttpResponse, AppError> {
    let s = org.session()?;
    let enrolled = enrolled(&state, s.id).await?;
    let conf = &org.conference;
    html(&DeletePage {
        layout: Layout::from_cookie(&cookie),
        nav: OrgNav::new(conf, Section::Agenda),
        title: s.title.clone(),
        enrolled,
        action: format!("/organize/c/{}/sessions/{}/delete", conf.slug, s.id),
    })
}

#[tracing::instrument(
    name = "organize::agenda::delete",
    skip_all,
    fields(conference = %org.conference.id, session = %span_session(&org), user = %org.user.id)
)]
pub async fn delete(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    _: Csrf,
) -> Result<HttpResponse, AppError> {
    let sid = org.session()?.id;
    let (actor, conf) = (org.user.id, org.conference);
    let slug = conf.slug.clone();
    let notified = state
        .service
        .run(move |c, ctx| svc::delete_session(c, ctx, &conf, actor, sid))
        .await?;
    flash(
        &cookie,
        if notified > 0 {
            l10n::tr_count("orgb-flash-session-deleted-notified", count(notified))
        } else {
            l10n::tr("orgb-flash-session-deleted")
        },
    );
    Ok(see_other(&format!("/organize/c/{slug}/agenda")))
}

/// Roles offered on the people form.
pub const ROLES: [SessionRole; 2] = [SessionRole::Moderator, SessionRole::Speaker];

// ---------------------------------------------------------------- cancel / reinstate

#[derive(Template)]
#[template(path = "organize/session_cancel.html")]
pub struct CancelPage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub title: String,
    pub session_id: String,
    /// The session is cancelled now: the page offers to reinstate it.
    pub cancelled: bool,
    pub enrolled: i64,
    pub action: String,
}

#[tracing::instrument(
    name = "organize::agenda::cancel_form",
    skip_all,
    fields(conference = %org.conference.id, session = %span_session(&org))
)]
pub async fn cancel_form(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
) -> Result<HttpResponse, AppError> {
    let s = org.session()?;
    let enrolled = enrolled(&state, s.id).await?;
    let conf = &org.conference;
    html(&CancelPage {
        layout: Layout::from_cookie(&cookie),
        nav: OrgNav::new(conf, Section::Agenda),
        title: s.title.clone(),
        session_id: s.id.to_string(),
        cancelled: s.cancelled,
        enrolled,
        action: format!("/organize/c/{}/sessions/{}/cancel", conf.slug, s.id),
    })
}

#[derive(serde::Deserialize)]
pub struct CancelForm {
    #[serde(default)]
    pub cancel: String,
}

#[tracing::instrument(
    name = "organize::agenda::cancel",
    skip_all,
    fields(conference = %org.conference.id, session = %span_session(&org), user = %org.user.id)
)]
pub async fn cancel(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    form: CsrfForm<CancelForm>,
) -> Result<HttpResponse, AppError> {
    let sid = org.session()?.id;
    let cancel = form.into_inner().cancel != "no";
    let (actor, conf) = (org.user.id, org.conference);
    let slug = conf.slug.clone();
    let notified = state
        .service
        .run(move |c, ctx| svc::set_cancelled(c, ctx, &conf, actor, sid, cancel))
        .await?;
    flash(
        &cookie,
        match (cancel, notified > 0) {
            (true, true) => {
                l10n::tr_count("orgb-flash-session-cancelled-notified", count(notified))
            }
            (true, false) => l10n::tr("orgb-flash-session-cancelled"),
            (false, true) => {
                l10n::tr_count("orgb-flash-session-reinstated-notified", count(notified))
            }
            (false, false) => l10n::tr("orgb-flash-session-reinstated"),
        },
    );
    Ok(see_other(&format!("/organize/c/{slug}/agenda")))
}
