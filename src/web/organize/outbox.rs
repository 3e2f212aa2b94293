//! `/organize/c/{slug}/outbox`: the health of the conference's mail. Lists the mails
//! that failed for good or are waiting to be retried, with their last error, and
//! lets the organizer put one or all of them back in the queue (due now, attempt
//! count kept, so the worker's backoff and give-up limit still apply to them). While
//! the mail server is away it shows the backlog: how much waits, since when, and the
//! last error. A recipient lookup (`?to=`) answers "did X get their confirmation?":
//! every mail of the conference to matching addresses, with its status, attempts
//! and last error.

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::registrations::when;
use super::{OrgNav, Section};
use crate::domain::l10n::{Arg, tr, tr_count, tr_with};
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
    /// The recipient lookup: what was typed, and what it found (`None`: no lookup).
    pub to: String,
    pub found: Option<Vec<FoundRow>>,
    pub found_max: i64,
}

/// The longest list a recipient lookup shows.
pub const FOUND_MAX: i64 = 100;

pub struct FoundRow {
    pub to: String,
    pub subject: String,
    pub kind: String,
    /// The message of the state: "Delivered", "Waiting", "Retrying" or "Failed".
    pub state: &'static str,
    /// The CSS class of the state badge.
    pub state_class: &'static str,
    pub attempts: i32,
    pub last_error: String,
    pub queued_at: String,
    /// When it was delivered, or when the next attempt is due.
    pub when: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct LookupQuery {
    #[serde(default)]
    pub to: String,
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
    query: web::Query<LookupQuery>,
) -> Result<HttpResponse, AppError> {
    let conf = org.conference;
    let cid = conf.id;
    let to: String = query.into_inner().to.trim().chars().take(254).collect();
    let needle = to.clone();
    let (counts, rows, backlog, found) = state
        .db
        .run(move |c| {
            let found = if needle.is_empty() {
                None
            } else {
                Some(crate::email::outbox_lookup::lookup(
                    c, cid, &needle, FOUND_MAX,
                )?)
            };
            Ok::<_, AppError>((
                outbox::conference_counts(c, cid)?,
                outbox::troubled(c, cid, SHOWN)?,
                outbox::backlog(c, cid)?,
                found,
            ))
        })
        .await?;
    let found = found.map(|list| {
        list.into_iter()
            .map(|m| {
                let (state, state_class) = match (m.status.as_str(), m.attempts) {
                    ("sent", _) => ("org-outbox-state-delivered", "confirmed"),
                    ("queued", 0) => ("org-outbox-state-waiting", "pending"),
                    ("queued", _) => ("org-outbox-state-retrying", "pending"),
                    _ => ("org-outbox-state-failed", "cancelled"),
                };
                FoundRow {
                    when: match m.sent_at {
                        Some(t) => when(t, conf.tz),
                        None if state_class == "cancelled" => tr("org-outbox-gave-up"),
                        None => tr_with(
                            "org-outbox-next-at",
                            &[("when", Arg::Text(&when(m.next_attempt_at, conf.tz)))],
                        ),
                    },
                    queued_at: when(m.created_at, conf.tz),
                    to: m.to_address,
                    subject: m.subject,
                    kind: m.kind,
                    state,
                    state_class,
                    attempts: m.attempts,
                    last_error: m.last_error.unwrap_or_default(),
                }
            })
            .collect()
    });
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
        to,
        found,
        found_max: FOUND_MAX,
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
            0 => tr("org-outbox-flash-nothing"),
            n => tr_count("org-outbox-flash-retried", n as i64),
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
