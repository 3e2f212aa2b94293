//! The door into a session's meeting: `/join` records attendance and redirects to
//! the platform, or says why the link is not available.

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};

use super::{LinkPage, conference};
use crate::domain::SessionId;
use crate::domain::join::{JoinAccess, Refusal};
use crate::service::attendance::{self, SessionJoin};
use crate::web::AppState;
use crate::web::auth::CurrentUser;
use crate::web::error::AppError;
use crate::web::public::long_date;
use crate::web::render::{Layout, html};

/// Records attendance and sends the attendee to the meeting, inside the join window;
/// otherwise a page saying why not (the one join rule decides, in the transaction).
pub async fn join_session(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (slug, id) = path.into_inner();
    let session_id = SessionId::parse(&id).ok_or(AppError::NotFound)?;
    let conf = conference(&state, slug).await?;
    let (st, conf2, uid) = (state.clone(), conf.clone(), user.0.id);
    let outcome = state
        .db
        .write(move |c| {
            Ok::<_, AppError>(attendance::join_session(
                c,
                st.ctx(),
                &conf2,
                uid,
                session_id,
            )?)
        })
        .await?;
    let message = match outcome {
        SessionJoin::Go(url) => {
            return Ok(HttpResponse::SeeOther()
                .insert_header((actix_web::http::header::LOCATION, url))
                .insert_header(("Cache-Control", "no-store"))
                .finish());
        }
        SessionJoin::UnknownSession => return Err(AppError::NotFound),
        SessionJoin::Refused(JoinAccess::NotAllowed(Refusal::NotConfirmed)) => {
            "Join links are for confirmed registrants. Confirm your registration first.".into()
        }
        SessionJoin::Refused(JoinAccess::NotAllowed(Refusal::NoSeat)) => {
            "This session has limited places: pick it first to get a place.".into()
        }
        SessionJoin::Refused(JoinAccess::NotYet { opens_at }) => {
            let opens = opens_at.with_timezone(&user.0.tz);
            format!(
                "The link opens {} minutes before the session, on {} at {}.",
                conf.join_lead_minutes,
                long_date(opens.date_naive()),
                opens.format("%H:%M %Z")
            )
        }
        SessionJoin::Refused(JoinAccess::Ended) => "This session has ended.".into(),
        // `Open` is never refused; `NotOnStage` is for hosts' pages only.
        SessionJoin::Refused(
            JoinAccess::NotAllowed(Refusal::NoLink | Refusal::NotOnStage) | JoinAccess::Open,
        ) => "This session has no join link.".to_string(),
    };
    html(&LinkPage {
        layout: Layout::from_cookie(&cookie),
        heading: "The join link is not available".into(),
        message,
        action: Some((
            "Back to my conference page".into(),
            format!("/c/{}/me", conf.slug),
        )),
    })
}
