//! The signed-in person's account: profile, password, email address, password reset
//! by email, deleting the account and downloading one's data.

use crate::domain::l10n::chosen_language;
use crate::domain::l10n::{self, tr};
use actix_session::Session as Cookie;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

mod email;
pub mod profile;
pub use email::*;
mod zone;
pub use zone::{SaveZoneForm, save_zone};

use crate::db::tokens::Purpose;
use crate::db::{self, users::User};
use crate::domain::signin;
use crate::domain::text::{clean_text, country_name};
use crate::domain::{CountryCode, Email, FieldErrors, Password, PersonName, TimeZone, passwords};
use crate::service::account;
use crate::service::login_sessions;
use crate::web::auth::{client_ip, refresh, sign_in, token_is_live};
use crate::web::csrf::{Csrf, CsrfForm};
use crate::web::error::AppError;
use crate::web::extract::CurrentUser;
use crate::web::hashing;
use crate::web::ratelimit::{Action, Guess};
use crate::web::render::{Layout, flash, html, see_other};
use crate::web::{AppState, CountryOption, country_options};

/// Checks the current password off the event loop. A wrong one counts against the
/// account's limit (429 with `Retry-After` when used up); a right one does not.
async fn password_matches(state: &AppState, user: &User, typed: &str) -> Result<bool, AppError> {
    let attempt = state
        .limits
        .guess(Guess::CurrentPassword { user: user.id })
        .await?;
    let Ok(p) = Password::parse(typed) else {
        return Ok(false);
    };
    let hash = user.password_hash.clone();
    let ok = hashing::run(move || hash.is_some_and(|h| passwords::verify(&p, &h))).await?;
    if ok {
        state.limits.forgive(attempt).await?;
    }
    Ok(ok)
}

// ---------------------------------------------------------------- /account

#[derive(Default, Deserialize)]
pub struct ProfileForm {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub organization: String,
    #[serde(default)]
    pub time_zone: String,
    #[serde(default)]
    pub language: String,
}

pub struct MyRegistration {
    pub href: String,
    pub title: String,
    pub status: String,
}

#[derive(Template)]
#[template(path = "account/index.html")]
pub struct AccountPage {
    pub layout: Layout,
    pub email: String,
    pub errors: FieldErrors,
    pub form: ProfileForm,
    pub countries: Vec<CountryOption>,
    pub zones: crate::web::zone::Choices,
    pub registrations: Vec<MyRegistration>,
    /// Browsers and devices signed in to this account, this one included.
    pub signed_in: i64,
}

async fn account_page(
    state: &AppState,
    cookie: &Cookie,
    user: &User,
    errors: FieldErrors,
    form: ProfileForm,
) -> Result<HttpResponse, AppError> {
    let uid = user.id;
    let idle_cutoff = signin::idle_cutoff(state.clock.now());
    let (registrations, signed_in) = state
        .db
        .run(move |c| {
            let mut out = Vec::new();
            for r in db::registrations::all_for_user(c, uid)? {
                if let Some(conf) = db::conferences::by_id(c, r.conference_id)? {
                    out.push(MyRegistration {
                        href: format!("/c/{}/me", conf.slug),
                        title: conf.title,
                        status: r.status.label().to_string(),
                    });
                }
            }
            let signed_in = db::login_sessions::count_live(c, uid, idle_cutoff)?;
            Ok::<_, AppError>((out, signed_in))
        })
        .await?;
    html(&AccountPage {
        layout: Layout::from_cookie(cookie),
        email: user.email.to_string(),
        errors,
        form,
        countries: country_options(),
        zones: crate::web::zone::choices(),
        registrations,
        signed_in,
    })
}

#[tracing::instrument(name = "account::account", skip_all, fields(user = %user.0.id))]
pub async fn account(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
) -> Result<HttpResponse, AppError> {
    let u = &user.0;
    let form = ProfileForm {
        name: u.name.clone(),
        country: u.country.to_string(),
        organization: u.organization.clone().unwrap_or_default(),
        time_zone: u.tz.name().to_string(),
        language: u.language.map(|l| l.code().to_string()).unwrap_or_default(),
    };
    account_page(&state, &cookie, u, FieldErrors::new(), form).await
}

#[tracing::instrument(name = "account::update_account", skip_all, fields(user = %user.0.id))]
pub async fn update_account(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    form: CsrfForm<ProfileForm>,
) -> Result<HttpResponse, AppError> {
    let form = form.into_inner();
    let mut e = FieldErrors::new();
    let name = e.check("name", PersonName::parse(&form.name));
    let country = e.check("country", CountryCode::parse(&form.country));
    let organization = e.check("organization", clean_text(&form.organization, 200, false));
    let tz = e.check("time_zone", TimeZone::parse(&form.time_zone));
    let language = e.check("language", chosen_language(&form.language));
    let (Some(name), Some(country), Some(organization), Some(tz), Some(language)) =
        (name, country, organization, tz, language)
    else {
        return account_page(&state, &cookie, &user.0, e, form).await;
    };
    let profile = account::Profile {
        name,
        country,
        organization,
        tz,
        language,
    };
    let uid = user.0.id;
    let updated = state
        .service
        .run(move |c, ctx| account::update_profile(c, ctx, uid, &profile))
        .await?;
    if let Some(u) = updated {
        refresh(&cookie, &u);
    }
    // The saved language governs from the next page on, this message included; a
    // language chosen earlier with `?lang=` would hide it, so that choice is dropped.
    flash(&cookie, l10n::t(language, "acc-details-saved"));
    let mut r = see_other("/account");
    let chosen = actix_web::cookie::Cookie::build(crate::web::lang::LANG_COOKIE, "").path("/");
    r.add_removal_cookie(&chosen.finish())
        .map_err(|e| AppError::Internal(e.into()))?;
    Ok(r)
}

// ---------------------------------------------------------------- password

#[derive(Default, Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    pub current: String,
    #[serde(default)]
    pub password: String,
}

#[derive(Template)]
#[template(path = "account/password.html")]
pub struct PasswordPage {
    pub layout: Layout,
    pub errors: FieldErrors,
    /// Set on the reset-by-email form (no current password asked).
    pub reset_token: Option<String>,
}

#[tracing::instrument(name = "account::password_form", skip_all, fields(user = %user.0.id))]
pub async fn password_form(cookie: Cookie, user: CurrentUser) -> Result<HttpResponse, AppError> {
    html(&PasswordPage {
        layout: Layout::from_cookie(&cookie),
        errors: FieldErrors::new(),
        reset_token: None,
    })
}

#[tracing::instrument(name = "account::change_password", skip_all, fields(user = %user.0.id))]
pub async fn change_password(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    form: CsrfForm<PasswordForm>,
) -> Result<HttpResponse, AppError> {
    let mut e = FieldErrors::new();
    if form.current.is_empty() {
        e.add("current", tr("acc-current-password-missing"));
    } else if !password_matches(&state, &user.0, &form.current).await? {
        e.add("current", tr("acc-current-password-wrong"));
    }
    let new = e.check("password", Password::parse(&form.password));
    let Some(new) = new.filter(|_| e.is_empty()) else {
        return html(&PasswordPage {
            layout: Layout::from_cookie(&cookie),
            errors: e,
            reset_token: None,
        });
    };
    let hash = hashing::run(move || passwords::hash(&new)).await??;
    let uid = user.0.id;
    let updated = state
        .service
        .run(move |c, ctx| account::change_password(c, ctx, uid, &hash))
        .await?;
    if let Some(u) = updated {
        // The change ended every session; this browser gets a new one.
        sign_in(&state, &cookie, &u).await?;
    }
    flash(&cookie, tr("acc-password-changed"));
    Ok(see_other("/account"))
}

// ---------------------------------------------------------------- reset by email

#[derive(Template)]
#[template(path = "account/reset_request.html")]
pub struct ResetRequestPage {
    pub layout: Layout,
    pub errors: FieldErrors,
    pub email: String,
    pub sent: bool,
    /// The demo conference is loaded: say how its invented accounts get a password.
    pub demo: bool,
}

/// Whether this site holds the demo conference.
async fn demo_loaded(state: &AppState) -> Result<bool, AppError> {
    state
        .db
        .run(|c| Ok::<_, AppError>(db::conferences::by_slug(c, crate::demo::DEMO_SLUG)?.is_some()))
        .await
}

#[tracing::instrument(name = "account::reset_form", skip_all)]
pub async fn reset_form(
    state: web::Data<AppState>,
    cookie: Cookie,
) -> Result<HttpResponse, AppError> {
    html(&ResetRequestPage {
        layout: Layout::from_cookie(&cookie),
        errors: FieldErrors::new(),
        email: String::new(),
        sent: false,
        demo: demo_loaded(&state).await?,
    })
}

#[derive(Deserialize)]
pub struct EmailOnly {
    #[serde(default)]
    pub email: String,
}

#[tracing::instrument(name = "account::request_reset", skip_all)]
pub async fn request_reset(
    state: web::Data<AppState>,
    cookie: Cookie,
    req: HttpRequest,
    form: CsrfForm<EmailOnly>,
) -> Result<HttpResponse, AppError> {
    let email = match Email::parse(&form.email) {
        Ok(e) => e,
        Err(m) => {
            let mut errors = FieldErrors::new();
            errors.add("email", m);
            return html(&ResetRequestPage {
                layout: Layout::from_cookie(&cookie),
                errors,
                email: form.email.clone(),
                sent: false,
                demo: demo_loaded(&state).await?,
            });
        }
    };
    state
        .limits
        .check(Action::Reset, client_ip(&req), Some(email.as_str()))
        .await?;
    let e2 = email.clone();
    state
        .service
        .run(move |c, ctx| account::request_reset(c, ctx, &e2))
        .await?;
    html(&ResetRequestPage {
        layout: Layout::from_cookie(&cookie),
        errors: FieldErrors::new(),
        email: email.to_string(),
        sent: true,
        demo: false,
    })
}

#[tracing::instrument(name = "account::reset_password_form", skip_all)]
pub async fn reset_password_form(
    cookie: Cookie,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    html(&PasswordPage {
        layout: Layout::from_cookie(&cookie),
        errors: FieldErrors::new(),
        reset_token: Some(token.into_inner()),
    })
}

#[tracing::instrument(name = "account::reset_password", skip_all)]
pub async fn reset_password(
    state: web::Data<AppState>,
    cookie: Cookie,
    req: HttpRequest,
    token: web::Path<String>,
    form: CsrfForm<PasswordForm>,
) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    let new = match Password::parse(&form.password) {
        Ok(p) => p,
        Err(m) => {
            let mut errors = FieldErrors::new();
            errors.add("password", m);
            return html(&PasswordPage {
                layout: Layout::from_cookie(&cookie),
                errors,
                reset_token: Some(token),
            });
        }
    };
    // The token is checked before the (deliberately slow, memory-hungry) hash.
    let user = if token_is_live(&state, &req, &token, Purpose::Reset).await? {
        let hash = hashing::run(move || passwords::hash(&new)).await??;
        state
            .service
            .run(move |c, ctx| account::reset_password(c, ctx, &token, &hash))
            .await?
    } else {
        None
    };
    match user {
        Some(u) => {
            sign_in(&state, &cookie, &u).await?;
            flash(&cookie, tr("acc-reset-done"));
            Ok(see_other("/account"))
        }
        None => {
            let mut errors = FieldErrors::new();
            errors.add("password", tr("acc-reset-link-invalid"));
            html(&PasswordPage {
                layout: Layout::from_cookie(&cookie),
                errors,
                reset_token: None,
            })
        }
    }
}

// ---------------------------------------------------------------- delete, download

#[derive(Template)]
#[template(path = "account/delete.html")]
pub struct DeletePage {
    pub layout: Layout,
    pub errors: FieldErrors,
    pub deleted: bool,
}

#[tracing::instrument(name = "account::delete_form", skip_all, fields(user = %user.0.id))]
pub async fn delete_form(cookie: Cookie, user: CurrentUser) -> Result<HttpResponse, AppError> {
    html(&DeletePage {
        layout: Layout::from_cookie(&cookie),
        errors: FieldErrors::new(),
        deleted: false,
    })
}

#[tracing::instrument(name = "account::delete", skip_all, fields(user = %user.0.id))]
pub async fn delete(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    form: CsrfForm<PasswordForm>,
) -> Result<HttpResponse, AppError> {
    if form.current.is_empty() || !password_matches(&state, &user.0, &form.current).await? {
        let mut errors = FieldErrors::new();
        errors.add(
            "current",
            tr(if form.current.is_empty() {
                "acc-delete-password-missing"
            } else {
                "acc-password-wrong"
            }),
        );
        return html(&DeletePage {
            layout: Layout::from_cookie(&cookie),
            errors,
            deleted: false,
        });
    }
    let (uid, email) = (user.0.id, user.0.email.clone());
    state
        .service
        .run(move |c, ctx| account::delete_account(c, ctx, uid, &email))
        .await?;
    cookie.purge();
    html(&DeletePage {
        layout: Layout::plain(),
        errors: FieldErrors::new(),
        deleted: true,
    })
}

// ---------------------------------------------------------------- sign out everywhere

/// Ends every login session of the account, this browser's included (a lost phone,
/// a shared computer): each of them is signed out at its next request.
#[tracing::instrument(name = "account::sign_out_everywhere", skip_all, fields(user = %user.0.id))]
pub async fn sign_out_everywhere(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    _: Csrf,
) -> Result<HttpResponse, AppError> {
    let uid = user.0.id;
    state
        .service
        .run(move |c, ctx| login_sessions::end_all(c, ctx, uid))
        .await?;
    cookie.purge();
    Ok(see_other("/login"))
}

/// Everything we hold about the person, as JSON.
#[tracing::instrument(name = "account::download", skip_all, fields(user = %user.0.id))]
pub async fn download(
    state: web::Data<AppState>,
    user: CurrentUser,
) -> Result<HttpResponse, AppError> {
    let u = user.0;
    let uid = u.id;
    let (email, name) = (u.email.as_str().to_string(), u.name.clone());
    let (registrations, roles, audit, mail) = state
        .db
        .run(move |c| {
            let mut out = Vec::new();
            let regs = db::registrations::all_for_user(c, uid)?;
            for r in &regs {
                let conf = db::conferences::by_id(c, r.conference_id)?;
                let picks = db::registrations::picks(c, r.id)?;
                let sessions = match &conf {
                    Some(cf) => db::sessions::for_conference(c, cf.id)?,
                    None => Vec::new(),
                };
                out.push(serde_json::json!({
                    "conference": conf.as_ref().map(|c| c.title.clone()),
                    "conference_slug": conf.as_ref().map(|c| c.slug.clone()),
                    "status": r.status.as_str(),
                    "country": r.country,
                    "registered_at": r.created_at,
                    "confirmed_at": r.confirmed_at,
                    // The feed's secret is stored only as a hash: its state, not its address.
                    "calendar_feed": {
                        "exists": r.feed_token_hash.is_some(),
                        "created_at": r.feed_created_at,
                    },
                    "sessions": picks.iter().map(|p| serde_json::json!({
                        "session": sessions.iter().find(|s| s.id == p.session_id).map(|s| s.title.clone()),
                        "status": p.status.as_str(),
                        "attended_at": p.attended_at,
                    })).collect::<Vec<_>>(),
                }));
            }
            let mut roles = Vec::new();
            for cid in db::roles::organized_by(c, uid)? {
                let conf = db::conferences::by_id(c, cid)?;
                roles.push(serde_json::json!({
                    "conference": conf.map(|c| c.title),
                    "role": "organizer",
                }));
            }
            for h in db::sessions::hosted_by(c, uid)? {
                roles.push(serde_json::json!({
                    "conference": h.conference_title,
                    "session": h.session.title,
                    "starts_at": h.session.starts_at,
                    "roles": h.roles.iter().map(|r| r.as_str()).collect::<Vec<_>>(),
                }));
            }
            let ids: Vec<_> = regs.iter().map(|r| r.id).collect();
            let person = db::audit::Person {
                user: uid,
                email: &email,
                name: &name,
                registrations: &ids,
            };
            let audit: Vec<_> = db::audit::about(c, &person, false)?
                .into_iter()
                .map(|e| {
                    serde_json::json!({
                        "at": db::from_db_time(e.created_at),
                        "action": e.action,
                        "subject": e.subject,
                        "before": e.before,
                        "after": e.after,
                    })
                })
                .collect();
            let mail: Vec<_> = crate::email::outbox_lookup::headers_to(c, &email)?
                .into_iter()
                .map(|m| {
                    serde_json::json!({
                        "message_id": m.message_id,
                        "kind": m.kind,
                        "subject": m.subject,
                        "status": m.status,
                        "queued_at": db::from_db_time(m.created_at),
                        "sent_at": m.sent_at.map(db::from_db_time),
                    })
                })
                .collect();
            Ok::<_, AppError>((out, roles, audit, mail))
        })
        .await?;
    let body = serde_json::json!({
        "account": {
            "email": u.email.as_str(),
            "name": u.name,
            "country": u.country.alpha2(),
            "country_name": country_name(u.country.alpha2()),
            "organization": u.organization,
            "time_zone": u.tz.name(),
            "email_verified_at": u.email_verified_at,
            "created_at": u.created_at,
        },
        "registrations": registrations,
        "roles": roles,
        "audit_entries": audit,
        // Headers only: bodies can hold working links, and sent ones are not kept.
        "mail": mail,
    });
    Ok(HttpResponse::Ok()
        .content_type("application/json; charset=utf-8")
        .insert_header((
            "Content-Disposition",
            "attachment; filename=\"my-plenary-data.json\"",
        ))
        .insert_header(("Cache-Control", "no-store"))
        .body(serde_json::to_string_pretty(&body).map_err(|e| AppError::Internal(e.into()))?))
}
