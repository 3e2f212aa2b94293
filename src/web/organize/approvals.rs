//! The approval queue: registrations of approval categories waiting for a decision
//! (or declined, to reconsider), filtered by category and country, approved or
//! declined in bulk with an optional message to the registrants.

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::{OrgNav, Section};
use crate::db;
use crate::db::categories::{Category, QueueEntry};
use crate::domain::categories::{Admission, Approval};
use crate::domain::l10n::{Arg, tr, tr_with};
use crate::domain::text::clean_text;
use crate::domain::{CountryCode, RegistrationId};
use crate::service::approvals::{self as svc, Decision};
use crate::web::AppState;
use crate::web::csrf::CsrfForm;
use crate::web::error::AppError;
use crate::web::extract::OrganizerConference;
use crate::web::link::query;
use crate::web::render::{Layout, flash, html, see_other};

#[derive(Default, Deserialize)]
pub struct QueueQuery {
    #[serde(default)]
    pub category: String,
    #[serde(default)]
    pub country: String,
    /// `declined` shows the declined registrations, to reconsider.
    #[serde(default)]
    pub show: String,
}

/// One line of the queue, ready to show.
pub struct Line {
    pub entry: QueueEntry,
    pub category: String,
    pub country: String,
    pub state: String,
}

#[derive(Template)]
#[template(path = "organize/approvals/index.html")]
pub struct QueuePage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub lines: Vec<Line>,
    pub categories: Vec<Category>,
    pub countries: Vec<(String, String)>,
    pub query: QueueQuery,
    pub declined: bool,
    pub other_view: String,
    /// The message field has no error of its own (the macro wants a map).
    pub no_errors: crate::domain::FieldErrors,
}

#[tracing::instrument(name = "organize::approvals::index", skip_all)]
pub async fn index(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    q: web::Query<QueueQuery>,
) -> Result<HttpResponse, AppError> {
    let q = q.into_inner();
    let declined = q.show == "declined";
    let states = if declined {
        vec![Approval::Declined]
    } else {
        vec![Approval::Awaiting]
    };
    let cid = org.conference.id;
    let (category, country) = (
        Some(q.category.clone()).filter(|s| !s.is_empty()),
        CountryCode::parse(&q.country)
            .ok()
            .map(|c| c.alpha2().to_string()),
    );
    let (entries, categories, all) = state
        .db
        .run(move |c| {
            let entries =
                db::categories::queue(c, cid, &states, category.as_deref(), country.as_deref())?;
            let all = db::categories::queue(c, cid, &states, None, None)?;
            let cats = db::categories::for_conference(c, cid)?;
            Ok::<_, AppError>((entries, cats, all))
        })
        .await?;
    let name_of = |id: &str| {
        categories
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.name.clone())
            .unwrap_or_default()
    };
    let country_name = |code: &str| {
        CountryCode::parse(code).map_or_else(|_| code.to_string(), |c| c.name().to_string())
    };
    let mut countries: Vec<(String, String)> = all
        .iter()
        .map(|e| (e.country.clone(), country_name(&e.country)))
        .collect();
    countries.sort_by(|a, b| a.1.cmp(&b.1));
    countries.dedup();
    let lines = entries
        .into_iter()
        .map(|entry| Line {
            category: name_of(&entry.category_id),
            country: country_name(&entry.country),
            state: tr(entry.approval.label_key()),
            entry,
        })
        .collect();
    let other_view = format!(
        "/organize/c/{}/approvals{}",
        org.conference.slug,
        if declined {
            String::new()
        } else {
            format!("?{}", query(&[("show", "declined")]))
        }
    );
    html(&QueuePage {
        layout: Layout::from_cookie(&cookie),
        nav: OrgNav::new(&org.conference, Section::Registrations),
        lines,
        categories: categories
            .into_iter()
            .filter(|c| c.admission == Admission::Approval)
            .collect(),
        countries,
        query: q,
        declined,
        other_view,
        no_errors: crate::domain::FieldErrors::new(),
    })
}

#[tracing::instrument(name = "organize::approvals::decide", skip_all)]
pub async fn decide(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    form: CsrfForm<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let pairs = form.into_inner();
    let get = |k: &str| {
        pairs
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let back = format!("/organize/c/{}/approvals", org.conference.slug);
    let decision = match get("decision").as_str() {
        "approve" => Decision::Approve,
        "decline" => Decision::Decline,
        _ => {
            flash(&cookie, tr("reg-appr-choose-decision"));
            return Ok(see_other(&back));
        }
    };
    let ids: Vec<RegistrationId> = pairs
        .iter()
        .filter(|(n, _)| n == "rid")
        .filter_map(|(_, v)| RegistrationId::parse(v))
        .collect();
    if ids.is_empty() {
        flash(&cookie, tr("reg-appr-none-ticked"));
        return Ok(see_other(&back));
    }
    let message = match clean_text(&get("message"), 2000, true) {
        Ok(m) => Some(m).filter(|m| !m.is_empty()),
        Err(e) => {
            flash(&cookie, e);
            return Ok(see_other(&back));
        }
    };
    let (conf, actor) = (org.conference.clone(), org.user.id);
    let done = state
        .service
        .run(move |c, ctx| svc::decide(c, ctx, actor, &conf, &ids, decision, message.as_deref()))
        .await?;
    let n = |v: usize| Arg::Number(i64::try_from(v).unwrap_or(i64::MAX));
    flash(
        &cookie,
        tr_with(
            "reg-appr-done",
            &[
                ("confirmed", n(done.confirmed)),
                ("waitlisted", n(done.waitlisted)),
                ("declined", n(done.declined)),
                ("skipped", n(done.skipped)),
            ],
        ),
    );
    Ok(see_other(&back))
}
