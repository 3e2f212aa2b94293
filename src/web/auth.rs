//! Signing in and out: the login and logout pages, the header's staff links looked
//! up at sign-in, and the client address used for rate limits. The cookie's contents
//! live in [`super::cookie`], the signed-in user's extractors in [`super::extract`]
//! (re-exported here).

use actix_session::Session as Cookie;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::AppState;
use super::csrf::{Csrf, CsrfForm};
use super::error::AppError;
use super::hashing;
use super::ratelimit::Guess;
use super::render::{self, Layout, html, see_other};
use crate::db::tokens::Purpose;
use crate::db::{self, users::User};
use crate::domain::l10n::{self, Arg, tr};
use crate::domain::lang::Lang;
use crate::domain::status::RegistrationStatus;
use crate::domain::{Email, FieldErrors, Password, passwords};
use crate::service::login_sessions;

pub use super::client::client_ip;
pub use super::cookie::{NavRoles, refresh};
pub use super::extract::{CurrentUser, MaybeUser, load_user};

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

/// Signs `user` in on this browser: a new login session, its id in a brand-new
/// cookie. Returns the header's staff links, looked up on the way.
pub async fn sign_in(state: &AppState, cookie: &Cookie, user: &User) -> Result<NavRoles, AppError> {
    let roles = nav_roles(state, user).await?;
    let uid = user.id;
    let session_id = state
        .service
        .run(move |c, ctx| login_sessions::start(c, ctx, uid))
        .await?;
    super::cookie::sign_in(cookie, user, roles, &session_id);
    super::attendee::mine::refresh_nav(state, cookie, user.id).await?;
    Ok(roles)
}

/// Whether a reset or invitation link still works, read without using it up.
/// (Both end in a sign-in: a reset link and an accepted invitation.) Unknown or
/// expired tokens count against the client address's limit (429 when used up).
pub async fn token_is_live(
    state: &AppState,
    req: &HttpRequest,
    token: &str,
    purpose: Purpose,
) -> Result<bool, AppError> {
    let attempt = state
        .limits
        .guess(Guess::Token { ip: client_ip(req) })
        .await?;
    let (token, now) = (token.to_string(), state.clock.now());
    let live = state
        .db
        .run(move |c| Ok::<_, AppError>(db::tokens::is_live(c, &token, purpose, now)?))
        .await?;
    if live {
        state.limits.forgive(attempt).await?;
    }
    Ok(live)
}

// ---------------------------------------------------------------- /login

#[derive(Template)]
#[template(path = "account/login.html")]
pub struct LoginPage {
    pub layout: Layout,
    pub errors: FieldErrors,
    pub email: String,
    pub next: String,
    /// For an account whose address is not confirmed yet: where to ask for a new
    /// confirmation link (the conference's resend page), if it has a registration.
    pub resend: Option<String>,
}

/// The resend page of the conference where `user` registered last and still
/// waits for confirmation, if any.
async fn resend_page_for(state: &AppState, user: &User) -> Result<Option<String>, AppError> {
    let uid = user.id;
    state
        .db
        .run(move |c| {
            for r in db::registrations::all_for_user(c, uid)?.into_iter().rev() {
                if r.status == RegistrationStatus::Cancelled {
                    continue;
                }
                if let Some(conf) = db::conferences::by_id(c, r.conference_id)?
                    && conf.published
                {
                    return Ok::<_, AppError>(Some(format!("/c/{}/register/resend", conf.slug)));
                }
            }
            Ok(None)
        })
        .await
}

#[derive(Deserialize)]
pub struct NextQuery {
    #[serde(default)]
    pub next: String,
}

#[tracing::instrument(name = "auth::login_form", skip_all)]
pub async fn login_form(
    cookie: Cookie,
    q: web::Query<NextQuery>,
) -> Result<HttpResponse, AppError> {
    html(&LoginPage {
        layout: Layout::from_cookie(&cookie),
        errors: FieldErrors::new(),
        email: String::new(),
        next: render::local_path(&q.next).unwrap_or("").to_string(),
        resend: None,
    })
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub password: String,
    #[serde(default)]
    pub next: String,
}

#[tracing::instrument(name = "auth::login", skip_all, fields(user = tracing::field::Empty))]
pub async fn login(
    state: web::Data<AppState>,
    cookie: Cookie,
    req: HttpRequest,
    form: CsrfForm<LoginForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let next = render::local_path(&form.next).unwrap_or("").to_string();
    let mut errors = FieldErrors::new();
    let email = errors.check("email", Email::parse(&form.email));
    if form.password.is_empty() {
        errors.add("password", tr("acc-login-password-missing"));
    }
    let rerender = |errors: FieldErrors, resend: Option<String>| {
        html(&LoginPage {
            layout: Layout::from_cookie(&cookie),
            errors,
            email: form.email.clone(),
            next: next.clone(),
            resend,
        })
    };
    let Some(email) = email.filter(|_| errors.is_empty()) else {
        return rerender(errors, None);
    };
    // Counted as a failure unless the password is right (then given back).
    let attempt = state
        .limits
        .guess(Guess::SignIn {
            account: email.as_str(),
            ip: client_ip(&req),
        })
        .await?;
    let password = Password::parse(&form.password).ok();
    let lookup = email.clone();
    let user = state
        .db
        .run(move |c| Ok::<_, AppError>(db::users::by_email(c, &lookup)?))
        .await?;
    let hash = user.as_ref().and_then(|u| u.password_hash.clone());
    let ok = hashing::run(move || match (password, hash) {
        (Some(p), Some(h)) => passwords::verify(&p, &h),
        (Some(p), None) => {
            passwords::dummy_verify(&p);
            false
        }
        (None, _) => false,
    })
    .await?;
    match user {
        // Checked only after the password: it tells nothing to someone without it.
        // Until the address is proven, the password may be someone else's choice.
        Some(u) if ok && u.email_verified_at.is_none() => {
            let mut errors = FieldErrors::new();
            errors.add("email", tr("acc-login-unconfirmed"));
            let resend = resend_page_for(&state, &u).await?;
            rerender(errors, resend)
        }
        Some(u) if ok => {
            tracing::Span::current().record("user", tracing::field::display(u.id));
            state.limits.forgive(attempt).await?;
            sign_in(&state, &cookie, &u).await?;
            // In the language the next page speaks: a choice made with `?lang=`,
            // else the account's own (now in the login cookie), else this page's.
            let lang = req
                .cookie(super::lang::LANG_COOKIE)
                .and_then(|c| Lang::parse(c.value()))
                .or(u.language)
                .unwrap_or_else(l10n::current);
            let email = u.email.to_string();
            let text = l10n::t_with(lang, "acc-login-signed-in", &[("email", Arg::Text(&email))]);
            render::flash(&cookie, text);
            Ok(see_other(if next.is_empty() { "/" } else { &next }))
        }
        _ => {
            let mut errors = FieldErrors::new();
            errors.add("email", tr("acc-login-wrong"));
            rerender(errors, None)
        }
    }
}

#[tracing::instrument(name = "auth::logout", skip_all)]
pub async fn logout(
    state: web::Data<AppState>,
    cookie: Cookie,
    _: Csrf,
) -> Result<HttpResponse, AppError> {
    // The session ends on the server: a copy of this cookie is signed out too.
    if let Some(id) = super::cookie::session_id(&cookie) {
        state
            .service
            .run(move |c, ctx| login_sessions::end(c, ctx, &id))
            .await?;
    }
    cookie.purge();
    Ok(see_other("/"))
}
