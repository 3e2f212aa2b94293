//! Extractors that hand handlers what the route guard already established: the
//! signed-in user, and for back-office and session routes the conference, the session
//! and the person's standing, loaded once per request. A handler names what it needs
//! in its signature (`CurrentUser`, `OrganizerConference`, `SessionContext`) instead
//! of loading it again.

use std::future::{Future, Ready, ready};
use std::pin::Pin;

use actix_session::SessionExt;
use actix_web::{FromRequest, HttpMessage, HttpRequest, web};

use super::AppState;
use super::cookie::session_id;
use super::error::AppError;
use crate::db::{self, DbConn, conferences::Conference, sessions::Session, users::User};
use crate::domain::signin;
use crate::domain::standing::Standing;
use crate::domain::status::SessionRole;
use crate::service::login_sessions;

/// What the guard established for one request, left in its extensions.
#[derive(Clone)]
pub struct Guarded {
    pub user: User,
    /// The conference `{slug}` of an organizer or session route.
    pub conference: Option<Conference>,
    /// The session `{id}` of a session route (or of an organizer route with `{id}`).
    pub session: Option<Session>,
    /// Site admin or organizer of `conference`.
    pub organizer: bool,
    /// The user's own roles on `session`'s stage.
    pub roles: Vec<SessionRole>,
}

/// The signed-in user of a request: the guard's, or the user of the login session
/// the cookie names (one primary-key lookup). A session that was signed out (here or
/// everywhere), ended by a password change, idle too long, or whose account is gone,
/// signs this browser out.
pub async fn load_user(req: &HttpRequest) -> Result<Option<User>, AppError> {
    if let Some(g) = req.extensions().get::<Guarded>() {
        return Ok(Some(g.user.clone()));
    }
    Ok(load_user_then(req, |_, _| Ok(()))
        .await?
        .map(|(user, ())| user))
}

/// [`load_user`] and what `then` reads for that user, in one trip to the blocking
/// pool: a page that needs the viewer's own rows (an agenda's picks) waits for one
/// pooled connection, not two in turn.
pub async fn load_user_then<T, F>(req: &HttpRequest, then: F) -> Result<Option<(User, T)>, AppError>
where
    T: Send + 'static,
    F: FnOnce(&mut DbConn, &User) -> Result<T, AppError> + Send + 'static,
{
    let state = app_state(req)?;
    let guarded = req.extensions().get::<Guarded>().map(|g| g.user.clone());
    if let Some(user) = guarded {
        return state
            .db
            .run(move |c| {
                let found = then(c, &user)?;
                Ok(Some((user, found)))
            })
            .await;
    }
    let cookie = req.get_session();
    let Some(sid) = session_id(&cookie) else {
        return Ok(None);
    };
    let id_hash = db::login_sessions::hash(&sid);
    let now = state.clock.now();
    let lookup = id_hash.clone();
    let found = state
        .db
        .run(move |c| {
            let Some((user, last_seen)) =
                db::login_sessions::user_of(c, &lookup, signin::idle_cutoff(now))?
            else {
                return Ok::<_, AppError>(None);
            };
            let found = then(c, &user)?;
            Ok(Some((user, last_seen, found)))
        })
        .await?;
    let Some((user, last_seen, found)) = found else {
        cookie.purge();
        return Ok(None);
    };
    if signin::needs_touch(last_seen, now) {
        state
            .service
            .run(move |c, ctx| login_sessions::touch(c, ctx, &id_hash))
            .await?;
        // The cookie is sent again only when it changes; renewing it here makes its
        // lifetime count again from the login session's latest use, like the idle limit.
        cookie.renew();
    }
    Ok(Some((user, found)))
}

pub fn app_state(req: &HttpRequest) -> Result<web::Data<AppState>, AppError> {
    req.app_data::<web::Data<AppState>>()
        .cloned()
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("no app state")))
}

/// Where to come back after signing in when a request needs a user.
fn login_required(req: &HttpRequest) -> AppError {
    let next = match req.method() {
        &actix_web::http::Method::GET => req.uri().to_string(),
        _ => req
            .headers()
            .get("referer")
            .and_then(|r| r.to_str().ok())
            .and_then(|r| r.split_once("://").map(|(_, rest)| rest))
            .and_then(|rest| rest.find('/').map(|i| rest[i..].to_string()))
            .unwrap_or_else(|| "/".into()),
    };
    AppError::LoginRequired { next }
}

/// The signed-in user, or a redirect to the login page that comes back here.
pub struct CurrentUser(pub User);

impl FromRequest for CurrentUser {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, _: &mut actix_web::dev::Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            match load_user(&req).await? {
                Some(u) => Ok(CurrentUser(u)),
                None => Err(login_required(&req)),
            }
        })
    }
}

/// The signed-in user if there is one.
pub struct MaybeUser(pub Option<User>);

impl FromRequest for MaybeUser {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, _: &mut actix_web::dev::Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move { Ok(MaybeUser(load_user(&req).await?)) })
    }
}

/// What the guard left, or an internal error: a handler asked for a context its
/// route's `Need` does not establish (a mistake in the route table, caught by tests).
fn guarded(req: &HttpRequest) -> Result<Guarded, AppError> {
    req.extensions()
        .get::<Guarded>()
        .cloned()
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("route has no guard context")))
}

/// An organizer route (`Need::Organizer`): the conference `{slug}` and the organizer.
pub struct OrganizerConference {
    pub user: User,
    pub conference: Conference,
    /// The session `{id}` when the route has one (it exists in this conference).
    pub session: Option<Session>,
}

impl FromRequest for OrganizerConference {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut actix_web::dev::Payload) -> Self::Future {
        ready(guarded(req).and_then(|g| match g.conference {
            Some(conference) if g.organizer => Ok(Self {
                user: g.user,
                conference,
                session: g.session,
            }),
            _ => Err(AppError::Forbidden),
        }))
    }
}

impl OrganizerConference {
    /// The route's session, for routes with `{id}`.
    pub fn session(&self) -> Result<&Session, AppError> {
        self.session.as_ref().ok_or(AppError::NotFound)
    }
}

/// A session route (`Need::SessionPerson` / `SessionModerator`): the conference, the
/// session and the viewer's standing in it.
#[derive(Clone)]
pub struct SessionContext {
    pub user: User,
    pub conf: Conference,
    pub session: Session,
    pub standing: Standing,
    /// The viewer's own roles on stage (empty for an organizer who is not on stage).
    pub roles: Vec<SessionRole>,
}

impl FromRequest for SessionContext {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut actix_web::dev::Payload) -> Self::Future {
        ready(guarded(req).and_then(|g| {
            let standing = Standing::of(g.organizer, &g.roles).ok_or(AppError::Forbidden)?;
            match (g.conference, g.session) {
                (Some(conf), Some(session)) => Ok(Self {
                    user: g.user,
                    conf,
                    session,
                    standing,
                    roles: g.roles,
                }),
                _ => Err(AppError::NotFound),
            }
        }))
    }
}

/// The conference `{slug}` of a public page as `viewer` may see it: published, or a
/// draft previewed by a site admin or one of its organizers (the `bool` says draft);
/// anyone else gets 404, as if it did not exist.
pub fn visible_conference(
    conn: &mut DbConn,
    slug: &str,
    viewer: Option<&User>,
) -> Result<(Conference, bool), AppError> {
    match db::conferences::by_slug(conn, slug)? {
        Some(c) if c.published => Ok((c, false)),
        Some(c) => match viewer {
            Some(u) if u.is_admin || db::roles::is_organizer(conn, c.id, u.id)? => Ok((c, true)),
            _ => Err(AppError::NotFound),
        },
        None => Err(AppError::NotFound),
    }
}

/// Published conference by slug, or 404 (an unpublished one does not exist to the public).
pub fn published_conference(conn: &mut DbConn, slug: &str) -> Result<Conference, AppError> {
    match db::conferences::by_slug(conn, slug)? {
        Some(c) if c.published => Ok(c),
        _ => Err(AppError::NotFound),
    }
}

/// The published conference `{slug}` of a public or attendee route, or 404.
pub struct PublishedConference(pub Conference);

impl FromRequest for PublishedConference {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, _: &mut actix_web::dev::Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            let slug = req
                .match_info()
                .get("slug")
                .ok_or(AppError::NotFound)?
                .to_string();
            let state = app_state(&req)?;
            let conf = state
                .db
                .run(move |c| published_conference(c, &slug))
                .await?;
            Ok(Self(conf))
        })
    }
}
