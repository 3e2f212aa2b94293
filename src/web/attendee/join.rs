//! The door into a session's meeting: `GET /join` records attendance and redirects
//! to the platform for a session the person picked, asks "Pick and join?" for one
//! they had not (the button posts to the same path), or says why the link is not
//! available.

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};
use askama::Template;

use super::LinkPage;
use crate::db::conferences::Conference;
use crate::domain::SessionId;
use crate::domain::join::{JoinAccess, Refusal};
use crate::domain::l10n::{Arg, current, tr, tr_with};
use crate::domain::timefmt::{clock_zone, long_date};
use crate::service::attendance::{self, SessionJoin};
use crate::web::AppState;
use crate::web::auth::CurrentUser;
use crate::web::csrf::Csrf;
use crate::web::error::AppError;
use crate::web::extract::PublishedConference;
use crate::web::render::{Layout, html};
use crate::web::video;

/// "Pick and join": the session is open to the person but not in their picks.
#[derive(Template)]
#[template(path = "attendee/join.html")]
pub struct PickAndJoinPage {
    pub layout: Layout,
    pub slug: String,
    pub session_id: String,
    pub title: String,
}

/// Asks for a click before a session the person had not picked is added to their
/// picks; joins a picked one at once. (The join rule decides, in the transaction.)
#[tracing::instrument(
    name = "attendee::join_session",
    skip_all,
    fields(conference = %conf.0.id, session = %path.1, user = %user.0.id)
)]
pub async fn join_session(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    conf: PublishedConference,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    join(state, cookie, user, conf.0, &path.1, false).await
}

/// The "Pick and join" button: adds the session to the picks, records attendance
/// and sends the person to the meeting, if the join rule lets them in now.
#[tracing::instrument(
    name = "attendee::pick_and_join",
    skip_all,
    fields(conference = %conf.0.id, session = %path.1, user = %user.0.id)
)]
pub async fn pick_and_join(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    _: Csrf,
    conf: PublishedConference,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    join(state, cookie, user, conf.0, &path.1, true).await
}

async fn join(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    conf: Conference,
    session: &str,
    pick_first: bool,
) -> Result<HttpResponse, AppError> {
    let session_id = SessionId::parse(session).ok_or(AppError::NotFound)?;
    let (conf2, user2) = (conf.clone(), user.0.clone());
    let outcome = state
        .service
        .run(move |c, ctx| attendance::join_session(c, ctx, &conf2, &user2, session_id, pick_first))
        .await?;
    let session_href = format!("/c/{}/sessions/{session_id}", conf.slug);
    let message = match outcome {
        SessionJoin::Go(url) => {
            return Ok(HttpResponse::SeeOther()
                .insert_header((actix_web::http::header::LOCATION, url))
                .insert_header(("Cache-Control", "no-store"))
                .finish());
        }
        SessionJoin::Enter(ticket) => {
            let ctx = video::Context {
                layout: Layout::from_cookie(&cookie),
                title: ticket.title.clone(),
                join_href: format!("{session_href}/join"),
                session_href,
            };
            return video::enter(ticket, ctx).await;
        }
        SessionJoin::Stream { title, stream_url } => {
            return video::stream(
                Layout::from_cookie(&cookie),
                title,
                stream_url,
                session_href,
            );
        }
        SessionJoin::NotPicked { title } => {
            return html(&PickAndJoinPage {
                layout: Layout::from_cookie(&cookie),
                slug: conf.slug,
                session_id: session_id.to_string(),
                title,
            });
        }
        SessionJoin::UnknownSession => return Err(AppError::NotFound),
        SessionJoin::Refused(JoinAccess::NotAllowed(Refusal::NotConfirmed)) => {
            tr("att-join-not-confirmed")
        }
        SessionJoin::Refused(JoinAccess::NotAllowed(Refusal::NoSeat)) => tr("att-join-no-seat"),
        SessionJoin::Refused(JoinAccess::NotYet { opens_at }) => {
            let opens = opens_at.with_timezone(&user.0.tz);
            let minutes = i64::from(conf.join_lead_minutes);
            tr_with(
                "att-join-not-yet",
                &[
                    ("count", Arg::Number(minutes)),
                    ("n", Arg::Text(&current().number(minutes))),
                    ("date", Arg::Text(&long_date(opens.date_naive()))),
                    ("time", Arg::Text(&clock_zone(&opens))),
                ],
            )
        }
        SessionJoin::Refused(JoinAccess::Ended) => tr("att-session-ended"),
        // `Open` is never refused; `NotOnStage` is for hosts' pages only.
        SessionJoin::Refused(
            JoinAccess::NotAllowed(Refusal::NoLink | Refusal::NotOnStage) | JoinAccess::Open,
        ) => tr("att-join-no-link"),
    };
    html(&LinkPage {
        layout: Layout::from_cookie(&cookie),
        heading: tr("att-join-unavailable"),
        message,
        action: Some((tr("att-back-to-me"), format!("/c/{}/me", conf.slug))),
    })
}
