//! Authorization from one table. Every route is declared in `web::routes` with the
//! [`Need`] it requires; this middleware enforces it before the handler runs, and the
//! authorization test walks the same table with every kind of user.

use actix_web::HttpMessage;
use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;

use super::error::AppError;
use super::extract::{Guarded, app_state, load_user};
use crate::db;
use crate::domain::SessionId;
use crate::domain::status::SessionRole;

/// What a route requires of the person asking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Need {
    /// Anyone, signed in or not.
    Public,
    /// Any signed-in user.
    SignedIn,
    /// A site admin.
    Admin,
    /// A site admin, or an organizer of at least one conference.
    AnyOrganizer,
    /// A site admin or an organizer of the conference `{slug}`.
    Organizer,
    /// An organizer of `{slug}` or a moderator of its session `{id}`.
    SessionModerator,
    /// An organizer of `{slug}`, or a moderator or speaker of its session `{id}`.
    SessionPerson,
}

/// The outcome for one request: what the guard established (the user, and the
/// conference, session and standing the route is about), or the error to answer with
/// (login redirect, 403, 404). `None` for public routes.
pub async fn check(need: Need, req: &ServiceRequest) -> Result<Option<Guarded>, AppError> {
    if need == Need::Public {
        return Ok(None);
    }
    let login = || AppError::LoginRequired {
        next: match *req.method() {
            actix_web::http::Method::GET => req.uri().to_string(),
            _ => "/".into(),
        },
    };
    let Some(user) = load_user(req.request()).await? else {
        return Err(login());
    };
    let state = app_state(req.request())?;
    let slug = req.match_info().get("slug").map(str::to_string);
    let session = req.match_info().get("id").map(str::to_string);
    let guarded = state
        .db
        .run(move |c| {
            let mut g = Guarded {
                organizer: user.is_admin,
                user,
                conference: None,
                session: None,
                roles: Vec::new(),
            };
            let (uid, is_admin) = (g.user.id, g.user.is_admin);
            let allowed = match need {
                Need::Public | Need::SignedIn => true,
                Need::Admin => is_admin,
                Need::AnyOrganizer => is_admin || !db::roles::organized_by(c, uid)?.is_empty(),
                Need::Organizer | Need::SessionModerator | Need::SessionPerson => {
                    let slug = slug.as_deref().ok_or(AppError::NotFound)?;
                    let conf = db::conferences::by_slug(c, slug)?.ok_or(AppError::NotFound)?;
                    g.organizer = is_admin || db::roles::is_organizer(c, conf.id, uid)?;
                    let cid = conf.id;
                    g.conference = Some(conf);
                    let sid = session.as_deref().map(SessionId::parse);
                    if need == Need::Organizer {
                        // Only an organizer learns whether the session exists.
                        if g.organizer
                            && let Some(sid) = sid
                        {
                            let sid = sid.ok_or(AppError::NotFound)?;
                            g.session =
                                Some(db::sessions::by_id(c, cid, sid)?.ok_or(AppError::NotFound)?);
                        }
                        g.organizer
                    } else {
                        let sid = sid.flatten().ok_or(AppError::NotFound)?;
                        g.session =
                            Some(db::sessions::by_id(c, cid, sid)?.ok_or(AppError::NotFound)?);
                        g.roles = db::roles::session_roles(c, cid, sid, uid)?;
                        g.organizer
                            || match need {
                                Need::SessionModerator => g.roles.contains(&SessionRole::Moderator),
                                _ => !g.roles.is_empty(),
                            }
                    }
                }
            };
            Ok::<_, AppError>(allowed.then_some(g))
        })
        .await?;
    guarded.map(Some).ok_or(AppError::Forbidden)
}

/// The middleware: runs [`check`] and leaves what it established for the handler's
/// extractors (`CurrentUser`, `OrganizerConference`, `SessionContext`).
pub async fn enforce(
    need: Need,
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    match check(need, &req).await {
        Ok(Some(guarded)) => {
            req.extensions_mut().insert(guarded);
        }
        Ok(None) => {}
        // Answered here, inside the request's scope, so a 500 page shows its id.
        Err(e) => return Ok(req.error_response(e).map_into_right_body()),
    }
    next.call(req)
        .await
        .map(ServiceResponse::map_into_left_body)
}
