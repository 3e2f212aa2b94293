//! Who is signed in: the login cookie holds the user id and a fingerprint of the
//! password hash (so changing the password signs out other browsers). Extractors
//! [`CurrentUser`] (redirects to login) and [`MaybeUser`]; the login and logout pages.

use std::future::Future;
use std::net::IpAddr;
use std::pin::Pin;

use actix_session::{Session as Cookie, SessionExt};
use actix_web::{FromRequest, HttpMessage, HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;
use sha2::{Digest, Sha256};

use super::AppState;
use super::error::AppError;
use super::ratelimit::Action;
use super::render::{
    self, ADMIN_KEY, CSRF_KEY, Layout, MOD_KEY, NAME_KEY, ORG_KEY, UID_KEY, html, see_other,
};
use crate::db::{self, users::User};
use crate::domain::{Email, FieldErrors, Password, UserId, passwords};

const PV_KEY: &str = "pv";
/// A fresh random value per login: the cookie's content changes completely at every
/// sign-in (the cookie-store equivalent of a new session id).
const SID_KEY: &str = "sid";

fn password_fingerprint(hash: Option<&str>) -> String {
    hex::encode(&Sha256::digest(hash.unwrap_or("").as_bytes())[..8])
}

/// The client address used for rate limits: the TCP peer (proxies are not trusted).
pub fn client_ip(req: &HttpRequest) -> Option<IpAddr> {
    req.peer_addr().map(|a| a.ip())
}

/// Which staff links the header shows; looked up once at sign-in.
#[derive(Clone, Copy, Default)]
pub struct NavRoles {
    pub organizer: bool,
    pub session_person: bool,
}

/// Looks up the roles that the header links depend on.
pub async fn nav_roles(state: &AppState, user: &User) -> Result<NavRoles, AppError> {
    let (uid, admin) = (user.id, user.is_admin);
    state
        .db
        .run(move |c| {
            Ok::<_, AppError>(NavRoles {
                organizer: admin || !db::roles::organized_by(c, uid)?.is_empty(),
                session_person: db::roles::has_any_session_role(c, uid)?,
            })
        })
        .await
}

/// Signs `user` in on this browser with a brand-new cookie session.
pub fn sign_in(cookie: &Cookie, user: &User, roles: NavRoles) {
    cookie.clear();
    cookie.renew();
    let _ = cookie.insert(UID_KEY, user.id.to_string());
    let _ = cookie.insert(NAME_KEY, &user.name);
    let _ = cookie.insert(ADMIN_KEY, user.is_admin);
    let _ = cookie.insert(ORG_KEY, roles.organizer);
    let _ = cookie.insert(MOD_KEY, roles.session_person);
    let _ = cookie.insert(PV_KEY, password_fingerprint(user.password_hash.as_deref()));
    let _ = cookie.insert(SID_KEY, crate::domain::secret::random_token());
    let _ = cookie.insert(CSRF_KEY, crate::domain::secret::random_token());
}

/// Keeps the display name in the cookie current after a profile edit.
pub fn refresh(cookie: &Cookie, user: &User) {
    let _ = cookie.insert(NAME_KEY, &user.name);
    let _ = cookie.insert(PV_KEY, password_fingerprint(user.password_hash.as_deref()));
}

/// The signed-in user of a request (loaded once: the route guard leaves it in the
/// request's extensions for the handler's extractor).
pub async fn load_user(req: &HttpRequest) -> Result<Option<User>, AppError> {
    if let Some(g) = req.extensions().get::<super::guard::GuardedUser>() {
        return Ok(Some(g.0.clone()));
    }
    let cookie = req.get_session();
    let Some(uid) = cookie
        .get::<String>(UID_KEY)
        .ok()
        .flatten()
        .and_then(|s| UserId::parse(&s))
    else {
        return Ok(None);
    };
    let state = req
        .app_data::<web::Data<AppState>>()
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("no app state")))?
        .clone();
    let user = state
        .db
        .run(move |c| Ok::<_, AppError>(db::users::by_id(c, uid)?))
        .await?;
    let pv = cookie.get::<String>(PV_KEY).ok().flatten();
    match user {
        Some(u) if pv.as_deref() == Some(&password_fingerprint(u.password_hash.as_deref())) => {
            Ok(Some(u))
        }
        _ => {
            // Deleted account or changed password: this browser is signed out.
            cookie.purge();
            Ok(None)
        }
    }
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
                None => {
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
                    Err(AppError::LoginRequired { next })
                }
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

// ---------------------------------------------------------------- /login

#[derive(Template)]
#[template(path = "account/login.html")]
pub struct LoginPage {
    pub layout: Layout,
    pub errors: FieldErrors,
    pub email: String,
    pub next: String,
}

#[derive(Deserialize)]
pub struct NextQuery {
    #[serde(default)]
    pub next: String,
}

pub async fn login_form(
    cookie: Cookie,
    q: web::Query<NextQuery>,
) -> Result<HttpResponse, AppError> {
    html(&LoginPage {
        layout: Layout::from_cookie(&cookie),
        errors: FieldErrors::new(),
        email: String::new(),
        next: render::local_path(&q.next).unwrap_or("").to_string(),
    })
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    pub csrf: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub password: String,
    #[serde(default)]
    pub next: String,
}

pub async fn login(
    state: web::Data<AppState>,
    cookie: Cookie,
    req: HttpRequest,
    form: web::Form<LoginForm>,
) -> Result<HttpResponse, AppError> {
    super::csrf::verify(&cookie, &form.csrf)?;
    let form = form.into_inner();
    let next = render::local_path(&form.next).unwrap_or("").to_string();
    let mut errors = FieldErrors::new();
    let email = errors.check("email", Email::parse(&form.email));
    if form.password.is_empty() {
        errors.add("password", "Enter your password");
    }
    let rerender = |errors: FieldErrors| {
        html(&LoginPage {
            layout: Layout::from_cookie(&cookie),
            errors,
            email: form.email.clone(),
            next: next.clone(),
        })
    };
    let Some(email) = email.filter(|_| errors.is_empty()) else {
        return rerender(errors);
    };
    state
        .limits
        .check(Action::Login, client_ip(&req), Some(email.as_str()))?;
    let password = Password::parse(&form.password).ok();
    let lookup = email.clone();
    let user = state
        .db
        .run(move |c| Ok::<_, AppError>(db::users::by_email(c, &lookup)?))
        .await?;
    let hash = user.as_ref().and_then(|u| u.password_hash.clone());
    let ok = web::block(move || match (password, hash) {
        (Some(p), Some(h)) => passwords::verify(&p, &h),
        (Some(p), None) => {
            passwords::dummy_verify(&p);
            false
        }
        (None, _) => false,
    })
    .await?;
    match user {
        Some(u) if ok => {
            sign_in(&cookie, &u, nav_roles(&state, &u).await?);
            render::flash(&cookie, format!("Signed in as {}.", u.email));
            Ok(see_other(if next.is_empty() { "/" } else { &next }))
        }
        _ => {
            let mut errors = FieldErrors::new();
            errors.add("email", "The email address or password is not correct");
            rerender(errors)
        }
    }
}

#[derive(Deserialize)]
pub struct CsrfForm {
    #[serde(default)]
    pub csrf: String,
}

pub async fn logout(cookie: Cookie, form: web::Form<CsrfForm>) -> Result<HttpResponse, AppError> {
    super::csrf::verify(&cookie, &form.csrf)?;
    cookie.purge();
    Ok(see_other("/"))
}
