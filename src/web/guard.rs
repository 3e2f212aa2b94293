//! Authorization from one table. Every route is declared in `web::routes` with the
//! [`Need`] it requires; this middleware enforces it before the handler runs, and the
//! authorization test walks the same table with every kind of user.

use actix_session::SessionExt;
use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{HttpMessage, ResponseError};

use super::cookie::UID_KEY;
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
    /// A video platform's callback: no login; the handler checks the per-meeting
    /// signed token in the path and answers 403 to anything else.
    PlatformToken,
}

/// The outcome for one request: what the guard established (the user, and the
/// conference, session and standing the route is about), or the error to answer with
/// (login redirect, 403, 404). `None` for public routes.
pub async fn check(need: Need, req: &ServiceRequest) -> Result<Option<Guarded>, AppError> {
    if matches!(need, Need::Public | Need::PlatformToken) {
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
                Need::Public | Need::PlatformToken | Need::SignedIn => true,
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
///
/// Two privacy duties sit here because every route passes through: a response to a
/// signed-in person (every non-public route, and a public page shown to someone
/// signed in, unless its handler chose a caching policy) says `Cache-Control:
/// no-store`, so no shared or back/forward cache keeps personal data; and a redirect
/// to the login page is an ordinary event, logged at info without the path or query
/// (which can hold searched names and addresses), not an error with its details.
pub async fn enforce(
    need: Need,
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    match check(need, &req).await {
        Ok(Some(guarded)) => {
            req.extensions_mut().insert(guarded);
        }
        Ok(None) => {}
        Err(e @ AppError::LoginRequired { .. }) => return Ok(login_redirect(req, &e)),
        // Answered here, inside the request's scope, so a 500 page shows its id. A
        // refusal is as private as the page it guards: not kept by any cache.
        Err(e) => {
            let mut res = req.error_response(e);
            res.headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static(NO_STORE));
            return Ok(res.map_into_right_body());
        }
    }
    let personal = need != Need::Public || signed_in(&req);
    let mut res = next.call(req).await?;
    // A handler's `CurrentUser` extractor asks for a sign-in the same way.
    let login = res
        .response()
        .error()
        .and_then(|e| e.as_error::<AppError>())
        .and_then(|e| match e {
            AppError::LoginRequired { next } => Some(next.clone()),
            _ => None,
        });
    if let Some(next) = login {
        let (req, _) = res.into_parts();
        let e = AppError::LoginRequired { next };
        return Ok(login_redirect(ServiceRequest::from_request(req), &e));
    }
    let headers = res.headers_mut();
    let policy = headers
        .get(header::CACHE_CONTROL)
        .map(|v| v.to_str().unwrap_or_default());
    let stores = !policy.is_some_and(|p| p.contains(NO_STORE));
    if stores && (need != Need::Public || (personal && policy.is_none())) {
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(NO_STORE));
    }
    Ok(res.map_into_left_body())
}

/// The caching policy of every response with personal data.
pub const NO_STORE: &str = "no-store";

/// Whether the request carries a login cookie (the user behind it is not loaded).
fn signed_in(req: &ServiceRequest) -> bool {
    req.get_session()
        .get::<String>(UID_KEY)
        .ok()
        .flatten()
        .is_some()
}

/// The redirect to the login page for `e` (a `LoginRequired`), as a plain response:
/// no error attached, so the request logger does not log it (with its query) as one.
fn login_redirect<B>(req: ServiceRequest, e: &AppError) -> ServiceResponse<EitherBody<B>> {
    tracing::info!("sign-in required: redirected to the login page");
    let mut res = req.into_response(e.error_response());
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(NO_STORE));
    res.map_into_right_body()
}
