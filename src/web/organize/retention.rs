//! `/organize/c/{slug}/retention`: how many months after its last day the
//! conference keeps its registrations (empty: kept), when they will be anonymised and
//! whether the organizers were warned; and "anonymise now" behind a confirmation page
//! (`/anonymise`), open once the conference has ended. The rules are in
//! `domain::retention`, the use cases in `service::retention`.

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::{OrgNav, Section};
use crate::db;
use crate::db::conferences::Conference;
use crate::db::participants::Settings;
use crate::domain::FieldErrors;
use crate::domain::l10n::{tr, tr_count};
use crate::domain::retention::{MAX_MONTHS, due_on, parse_months};
use crate::domain::timefmt::long_date;
use crate::service::retention as svc;
use crate::web::AppState;
use crate::web::csrf::CsrfForm;
use crate::web::error::AppError;
use crate::web::extract::OrganizerConference;
use crate::web::render::{Layout, flash, html, see_other};

#[derive(Template)]
#[template(path = "organize/retention.html")]
pub struct RetentionPage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub errors: FieldErrors,
    /// The months field as typed.
    pub months: String,
    pub max_months: i32,
    /// "Monday 11 July 2021", when a period is set.
    pub due: Option<String>,
    pub warned: bool,
    pub anonymised: Option<String>,
    pub ended: bool,
}

fn due_text(conf: &Conference, s: &Settings) -> Option<String> {
    s.retention_months
        .map(|m| long_date(due_on(conf.ends_on, m)))
}

fn ended(state: &AppState, conf: &Conference) -> bool {
    state.clock.now().date_naive() > conf.ends_on
}

fn render(
    state: &AppState,
    cookie: &Cookie,
    conf: &Conference,
    s: &Settings,
    months: String,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    html(&RetentionPage {
        layout: Layout::from_cookie(cookie),
        nav: OrgNav::new(conf, Section::Settings),
        errors,
        months,
        max_months: MAX_MONTHS,
        due: due_text(conf, s),
        warned: s.warned_at.is_some(),
        anonymised: s.anonymised_at.map(|a| long_date(a.date_naive())),
        ended: ended(state, conf),
    })
}

async fn settings(state: &AppState, conf: &Conference) -> Result<Settings, AppError> {
    let cid = conf.id;
    state
        .db
        .run(move |c| Ok::<_, AppError>(db::participants::settings(c, cid)?))
        .await
}

#[tracing::instrument(
    name = "organize::retention::form",
    skip_all,
    fields(conference = %org.conference.id)
)]
pub async fn form(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
) -> Result<HttpResponse, AppError> {
    let conf = org.conference;
    let s = settings(&state, &conf).await?;
    let months = s
        .retention_months
        .map(|m| m.to_string())
        .unwrap_or_default();
    render(&state, &cookie, &conf, &s, months, FieldErrors::new())
}

#[derive(Deserialize)]
pub struct RetentionForm {
    #[serde(default)]
    pub retention_months: String,
}

#[tracing::instrument(
    name = "organize::retention::save",
    skip_all,
    fields(conference = %org.conference.id)
)]
pub async fn save(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    form: CsrfForm<RetentionForm>,
) -> Result<HttpResponse, AppError> {
    let conf = org.conference;
    let months = match parse_months(&form.retention_months) {
        Ok(m) => m,
        Err(_) => {
            let s = settings(&state, &conf).await?;
            let mut errors = FieldErrors::new();
            errors.add("retention_months", tr("part-ret-months-invalid"));
            return render(&state, &cookie, &conf, &s, form.0.retention_months, errors);
        }
    };
    let (conf2, actor) = (conf.clone(), org.user.id);
    state
        .service
        .run(move |c, ctx| svc::set_retention(c, ctx, &conf2, actor, months))
        .await?;
    flash(
        &cookie,
        match months {
            Some(m) => tr_count("part-ret-flash-set", i64::from(m)),
            None => tr("part-ret-flash-kept"),
        },
    );
    Ok(see_other(&format!("/organize/c/{}/retention", conf.slug)))
}

#[derive(Template)]
#[template(path = "organize/retention_confirm.html")]
pub struct ConfirmPage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub errors: FieldErrors,
    pub ended: bool,
    pub anonymised: bool,
    /// Registrations still linked to a person.
    pub linked: i64,
}

async fn confirm_page(
    state: &AppState,
    cookie: &Cookie,
    conf: &Conference,
    errors: FieldErrors,
) -> Result<HttpResponse, AppError> {
    let cid = conf.id;
    let (s, linked) = state
        .db
        .run(move |c| {
            Ok::<_, AppError>((
                db::participants::settings(c, cid)?,
                db::retention::linked(c, cid)?.len(),
            ))
        })
        .await?;
    html(&ConfirmPage {
        layout: Layout::from_cookie(cookie),
        nav: OrgNav::new(conf, Section::Settings),
        errors,
        ended: ended(state, conf),
        anonymised: s.anonymised_at.is_some(),
        linked: i64::try_from(linked).unwrap_or(i64::MAX),
    })
}

#[tracing::instrument(
    name = "organize::retention::confirm_form",
    skip_all,
    fields(conference = %org.conference.id)
)]
pub async fn confirm_form(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
) -> Result<HttpResponse, AppError> {
    confirm_page(&state, &cookie, &org.conference, FieldErrors::new()).await
}

#[derive(Deserialize)]
pub struct AnonymiseForm {
    /// The "I understand" checkbox.
    #[serde(default)]
    pub understood: Option<String>,
}

#[tracing::instrument(
    name = "organize::retention::anonymise",
    skip_all,
    fields(conference = %org.conference.id)
)]
pub async fn anonymise(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    form: CsrfForm<AnonymiseForm>,
) -> Result<HttpResponse, AppError> {
    let conf = org.conference;
    if !ended(&state, &conf) || form.understood.is_none() {
        let mut errors = FieldErrors::new();
        if ended(&state, &conf) {
            errors.add("understood", tr("part-ret-confirm-required"));
        }
        return confirm_page(&state, &cookie, &conf, errors).await;
    }
    let (conf2, actor) = (conf.clone(), org.user.id);
    let n = state
        .service
        .run(move |c, ctx| svc::anonymise(c, ctx, &conf2, Some(actor)))
        .await?;
    flash(
        &cookie,
        tr_count("part-ret-flash-done", i64::try_from(n).unwrap_or(i64::MAX)),
    );
    Ok(see_other(&format!("/organize/c/{}/retention", conf.slug)))
}
