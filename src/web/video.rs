//! The web side of video platforms: sending a person through the door minted for
//! them (BigBlueButton's `create`, then a redirect to the signed `join`; or Jitsi's
//! signed room URL), the plain-words page when the platform is down or refuses, the
//! stream page for attendees beyond the meeting's cap, and the platform's callbacks
//! (per-meeting signed token in the path; anything else is 403). Signed URLs go only
//! into a `Location` header, never into a page, a log line or the audit log.

use actix_web::http::header;
use actix_web::{HttpResponse, web};
use askama::Template;

use crate::domain::SessionId;
use crate::domain::video::bbb;
use crate::service::video::{Callback, Door, Ticket};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::render::{Layout, html};

/// "The meeting could not be opened", with a retry button (the same join link).
#[derive(Template)]
#[template(path = "attendee/video_failed.html")]
pub struct FailedPage {
    pub layout: Layout,
    pub title: String,
    pub retry_href: String,
    pub back_href: String,
    /// The platform's own words, for hosts only.
    pub detail: Option<String>,
}

/// Attendees beyond the meeting's cap watch the stream.
#[derive(Template)]
#[template(path = "attendee/stream.html")]
pub struct StreamPage {
    pub layout: Layout,
    pub title: String,
    pub stream_url: String,
    pub session_href: String,
}

/// Where a join ends: the platform, or a page saying why not.
pub struct Context {
    pub layout: Layout,
    pub title: String,
    pub join_href: String,
    pub session_href: String,
}

fn redirect(url: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, url))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .insert_header((header::REFERRER_POLICY, "no-referrer"))
        .finish()
}

/// Sends the person through `ticket`'s door, or explains (never a 500).
pub async fn enter(ticket: Ticket, ctx: Context) -> Result<HttpResponse, AppError> {
    let failed = |detail: String| {
        tracing::warn!(error = %detail, "video platform failed a join");
        let status_page = html(&FailedPage {
            layout: ctx.layout.clone(),
            title: ctx.title.clone(),
            retry_href: ctx.join_href.clone(),
            back_href: ctx.session_href.clone(),
            detail: ticket.role.is_host().then_some(detail),
        });
        status_page.map(|mut r| {
            *r.status_mut() = actix_web::http::StatusCode::SERVICE_UNAVAILABLE;
            r.headers_mut()
                .insert(header::RETRY_AFTER, header::HeaderValue::from_static("30"));
            r
        })
    };
    match &ticket.door {
        Door::Bbb { create, join } => match crate::video::call_bbb(create).await {
            Ok(()) => Ok(redirect(join.expose())),
            Err(e) => failed(e.to_string()),
        },
        Door::Jitsi { url } => Ok(redirect(url.expose())),
        Door::NotConfigured => failed(crate::domain::l10n::tr("att-video-not-configured")),
    }
}

pub fn stream(
    layout: Layout,
    title: String,
    stream_url: String,
    session_href: String,
) -> Result<HttpResponse, AppError> {
    html(&StreamPage {
        layout,
        title,
        stream_url,
        session_href,
    })
}

fn answer(outcome: Callback) -> HttpResponse {
    match outcome {
        Callback::Forbidden => HttpResponse::Forbidden()
            .content_type("text/plain; charset=utf-8")
            .body("forbidden\n"),
        Callback::Unreadable => HttpResponse::BadRequest()
            .content_type("text/plain; charset=utf-8")
            .body("not an analytics callback\n"),
        Callback::Recorded(n) => {
            tracing::info!(changed = n, "video platform callback taken in");
            HttpResponse::Ok()
                .content_type("text/plain; charset=utf-8")
                .body("ok\n")
        }
    }
}

fn forbidden() -> HttpResponse {
    answer(Callback::Forbidden)
}

/// BigBlueButton's `meta_endCallbackUrl`: the meeting ended.
#[tracing::instrument(name = "video::bbb_meeting_ended", skip_all)]
pub async fn bbb_meeting_ended(
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (session, token) = path.into_inner();
    let Some(session) = SessionId::parse(&session) else {
        return Ok(forbidden());
    };
    let outcome = state
        .service
        .run(move |c, ctx| crate::service::video::record_meeting_ended(c, ctx, session, &token))
        .await?;
    Ok(answer(outcome))
}

/// BigBlueButton's `meta_analytics-callback-url`: each attendee's joins and leaves.
#[tracing::instrument(name = "video::bbb_analytics", skip_all)]
pub async fn bbb_analytics(
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    let (session, token) = path.into_inner();
    let Some(session) = SessionId::parse(&session) else {
        return Ok(forbidden());
    };
    let attendees = bbb::read_analytics(&body);
    let outcome = state
        .service
        .run(move |c, ctx| {
            crate::service::video::record_analytics(c, ctx, session, &token, attendees.as_deref())
        })
        .await?;
    Ok(answer(outcome))
}
