//! `/organize/c/{slug}/outbox`: the health of the conference's mail. Lists the mails
//! that failed for good or are waiting to be retried, with their last error, and
//! lets the organizer put one or all of them back in the queue (due now, attempt
//! count kept, so the worker's backoff and give-up limit still apply to them). While
//! the mail server is away it shows the backlog: how much waits, since when, and the
//! last error.

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::registrations::when;
use super::{OrgNav, Section};
use crate::email::outbox::{self, StatusCounts};
use crate::service;
use crate::web::AppState;
use crate::web::csrf::Csrf;
use crate::web::error::AppError;
use crate::web::extract::OrganizerConference;
use crate::web::render::{Layout, flash, html, see_other};

/// The longest list shown; "retry all" still covers every row.
pub const SHOWN: i64 = 200;

pub struct MailRow {
    pub retry_href: String,
    pub to: String,
    pub subject: String,
    pub kind: String,
    pub failed: bool,
    pub attempts: i32,
    pub last_error: String,
    pub next_attempt: String,
}

#[derive(Template)]
#[template(path = "organize/outbox.html")]
pub struct OutboxPage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub counts: StatusCounts,
    pub rows: Vec<MailRow>,
    pub retry_all_href: String,
    pub shown_max: i64,
    /// When the oldest mail still waiting was queued, in the conference's zone.
    pub oldest_queued: Option<String>,
    /// The last error a retrying mail met.
    pub last_error: Option<String>,
}

#[tracing::instrument(
    name = "organize::outbox::index",
    skip_all,
    fields(conference = %org.conference.id)
)]
pub async fn index(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
) -> Result<HttpResponse, AppError> {
    let conf = org.conference;
    let cid = conf.id;
    let (counts, rows, backlog) = state
        .db
        .run(move |c| {
            Ok::<_, AppError>((
                outbox::conference_counts(c, cid)?,
                outbox::troubled(c, cid, SHOWN)?,
                outbox::backlog(c, cid)?,
            ))
        })
        .await?;
    let base = format!("/organize/c/{}/outbox", conf.slug);
    html(&OutboxPage {
        layout: Layout::from_cookie(&cookie),
        counts,
        rows: rows
            .into_iter()
            .map(|m| MailRow {
                retry_href: format!("{base}/{}/retry", m.id),
                failed: m.status == "failed",
                to: m.to_address,
                subject: m.subject,
                kind: m.kind,
                attempts: m.attempts,
                last_error: m.last_error.unwrap_or_default(),
                next_attempt: when(m.next_attempt_at, conf.tz),
            })
            .collect(),
        retry_all_href: format!("{base}/retry"),
        shown_max: SHOWN,
        oldest_queued: backlog.oldest_queued.map(|t| when(t, conf.tz)),
        last_error: backlog.last_error,
        nav: OrgNav::new(&conf, Section::Outbox),
    })
}

async fn requeue(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    only: Option<String>,
) -> Result<HttpResponse, AppError> {
    let (cid, actor) = (org.conference.id, org.user.id);
    let n = state
        .service
        .run(move |c, ctx| service::outbox::retry(c, ctx, cid, actor, only.as_deref()))
        .await?;
    flash(
        &cookie,
        match n {
            0 => "Nothing to retry.".to_string(),
            1 => "1 message is back in the queue and will be sent shortly.".to_string(),
            n => format!("{n} messages are back in the queue and will be sent shortly."),
        },
    );
    Ok(see_other(&format!(
        "/organize/c/{}/outbox",
        org.conference.slug
    )))
}

#[tracing::instrument(
    name = "organize::outbox::retry_all",
    skip_all,
    fields(conference = %org.conference.id, user = %org.user.id)
)]
pub async fn retry_all(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    _: Csrf,
) -> Result<HttpResponse, AppError> {
    requeue(state, cookie, org, None).await
}

/// The `{mid}` of a retry URL (the guard has the `{slug}`).
#[derive(Deserialize)]
pub struct MailPath {
    pub mid: String,
}

#[tracing::instrument(
    name = "organize::outbox::retry_one",
    skip_all,
    fields(conference = %org.conference.id, mail = %path.mid, user = %org.user.id)
)]
pub async fn retry_one(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    path: web::Path<MailPath>,
    _: Csrf,
) -> Result<HttpResponse, AppError> {
    let mid = uuid::Uuid::parse_str(&path.mid)
        .map(|u| u.hyphenated().to_string())
        .map_err(|_| AppError::NotFound)?;
    requeue(state, cookie, org, Some(mid)).await
}
