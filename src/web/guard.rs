//! Authorization from one table. Every route is declared in `web::routes` with the
//! [`Need`] it requires; this middleware enforces it before the handler runs, and the
//! authorization test walks the same table with every kind of user.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::{HttpMessage, web};

use super::AppState;
use super::error::AppError;
use crate::db::{self, users::User};
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

/// The user the guard loaded, for handlers (saves a second query).
#[derive(Clone)]
pub struct GuardedUser(pub User);

/// The outcome for one user and one request: the user (if the route needs one), or
/// the error to answer with (login redirect, 403, 404).
pub async fn check(need: Need, req: &ServiceRequest) -> Result<Option<User>, AppError> {
    if need == Need::Public {
        return Ok(None);
    }
    let login = || AppError::LoginRequired {
        next: match *req.method() {
            actix_web::http::Method::GET => req.uri().to_string(),
            _ => "/".into(),
        },
    };
    let Some(user) = super::auth::load_user(req.request()).await? else {
        return Err(login());
    };
    if need == Need::SignedIn {
        return Ok(Some(user));
    }
    let state = req
        .app_data::<web::Data<AppState>>()
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("no app state")))?
        .clone();
    let slug = req.match_info().get("slug").map(str::to_string);
    let session = req.match_info().get("id").map(str::to_string);
    let (uid, is_admin) = (user.id, user.is_admin);
    let allowed = state
        .db
        .run(move |c| {
            Ok::<_, AppError>(match need {
                Need::Public | Need::SignedIn => true,
                Need::Admin => is_admin,
                Need::AnyOrganizer => is_admin || !db::roles::organized_by(c, uid)?.is_empty(),
                Need::Organizer | Need::SessionModerator | Need::SessionPerson => {
                    let slug = slug.as_deref().ok_or(AppError::NotFound)?;
                    let conf = db::conferences::by_slug(c, slug)?.ok_or(AppError::NotFound)?;
                    let organizer = is_admin || db::roles::is_organizer(c, conf.id, uid)?;
                    if need == Need::Organizer {
                        organizer
                    } else {
                        let sid = session
                            .as_deref()
                            .and_then(SessionId::parse)
                            .ok_or(AppError::NotFound)?;
                        db::sessions::by_id(c, conf.id, sid)?.ok_or(AppError::NotFound)?;
                        organizer || {
                            let roles = db::roles::session_roles(c, conf.id, sid, uid)?;
                            match need {
                                Need::SessionModerator => roles.contains(&SessionRole::Moderator),
                                _ => !roles.is_empty(),
                            }
                        }
                    }
                }
            })
        })
        .await?;
    if allowed {
        Ok(Some(user))
    } else {
        Err(AppError::Forbidden)
    }
}

/// The middleware: runs [`check`] and hands the loaded user to the handler.
pub async fn enforce(
    need: Need,
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    if let Some(user) = check(need, &req).await? {
        req.extensions_mut().insert(GuardedUser(user));
    }
    next.call(req).await
}
