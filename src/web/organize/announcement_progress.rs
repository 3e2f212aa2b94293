//! An announcement's delivery: how many of its messages are queued, delivered,
//! failed or cancelled, as a page (with a reload link and, while something is
//! queued, the way to cancel it) and as JSON for the page's poller.

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::{OrgNav, Section};
use crate::domain::ConferenceId;
use crate::email::outbox::{self, StatusCounts};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::OrganizerConference;
use crate::web::render::{Layout, html};

#[derive(Template)]
#[template(path = "organize/announcements/show.html")]
pub struct ProgressPage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub subject: String,
    pub counts: StatusCounts,
    pub json_href: String,
    pub reload_href: String,
    pub outbox_href: String,
    pub back: String,
    /// Where to call off what has not gone yet.
    pub cancel_href: String,
}

/// The `{batch}` of a progress URL (the guard has the `{slug}`).
#[derive(Deserialize)]
pub struct BatchPath {
    pub batch: String,
}

/// The batch id of a progress URL, checked to be a UUID before any query.
pub(super) fn batch_id(raw: &str) -> Result<String, AppError> {
    uuid::Uuid::parse_str(raw)
        .map(|u| u.hyphenated().to_string())
        .map_err(|_| AppError::NotFound)
}

pub(super) async fn batch_state(
    state: &AppState,
    conf: ConferenceId,
    batch: String,
) -> Result<(String, StatusCounts), AppError> {
    state
        .db
        .run(move |c| {
            let subject = outbox::batch_subject(c, conf, &batch)?.ok_or(AppError::NotFound)?;
            Ok::<_, AppError>((subject, outbox::batch_counts(c, conf, &batch)?))
        })
        .await
}

#[tracing::instrument(
    name = "organize::announcements::progress",
    skip_all,
    fields(conference = %org.conference.id)
)]
pub async fn progress(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    path: web::Path<BatchPath>,
) -> Result<HttpResponse, AppError> {
    let batch = batch_id(&path.batch)?;
    let conf = org.conference;
    let (subject, counts) = batch_state(&state, conf.id, batch.clone()).await?;
    let base = format!("/organize/c/{}/announcements", conf.slug);
    html(&ProgressPage {
        layout: Layout::from_cookie(&cookie),
        nav: OrgNav::new(&conf, Section::Announcements),
        subject,
        counts,
        json_href: format!("{base}/{batch}.json"),
        reload_href: format!("{base}/{batch}"),
        outbox_href: format!("/organize/c/{}/outbox", conf.slug),
        cancel_href: format!("{base}/{batch}/cancel"),
        back: base,
    })
}

/// `{"queued":…,"sent":…,"failed":…,"total":…,"done":…}` for the progress poller.
#[tracing::instrument(
    name = "organize::announcements::progress_json",
    skip_all,
    fields(conference = %org.conference.id)
)]
pub async fn progress_json(
    state: web::Data<AppState>,
    org: OrganizerConference,
    path: web::Path<BatchPath>,
) -> Result<HttpResponse, AppError> {
    let batch = batch_id(&path.batch)?;
    let (_, c) = batch_state(&state, org.conference.id, batch).await?;
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(serde_json::json!({
            "queued": c.queued,
            "sent": c.sent,
            "failed": c.failed,
            "cancelled": c.cancelled,
            "total": c.total(),
            "done": c.queued == 0,
        })))
}
