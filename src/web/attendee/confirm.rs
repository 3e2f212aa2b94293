//! Following the confirmation link from the email (a page with a button: the link
//! itself changes nothing), and asking for a new one.

use actix_session::Session as Cookie;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::SENT_TO_KEY;
use crate::db;
use crate::domain::l10n::{Arg, tr, tr_with};
use crate::domain::status::RegistrationStatus;
use crate::domain::{Email, FieldErrors, Password, UserId, passwords};
use crate::service::registration::{self as reg, ConfirmOutcome, ConfirmPreview};
use crate::web::AppState;
use crate::web::auth::{MaybeUser, client_ip, sign_in};
use crate::web::csrf::CsrfForm;
use crate::web::error::AppError;
use crate::web::extract::PublishedConference;
use crate::web::hashing;
use crate::web::ratelimit::{Action, Guess};
use crate::web::render::{Layout, flash, html, see_other};

#[derive(Template)]
#[template(path = "attendee/link.html")]
pub struct LinkPage {
    pub layout: Layout,
    pub heading: String,
    pub message: String,
    pub action: Option<(String, String)>,
}

/// The page a confirmation link opens: it says what the button will do and changes
/// nothing itself, so a mail scanner that fetches the link cannot use it up and a
/// link sent by someone else cannot sign the visitor in (login CSRF).
#[derive(Template)]
#[template(path = "attendee/confirm.html")]
pub struct ConfirmPage {
    pub layout: Layout,
    pub token: String,
    pub email: String,
    pub name: String,
    pub conference: String,
    /// Set when the browser is signed in to another account: pressing the button
    /// signs that account out and this one in.
    pub signed_in_as: Option<String>,
    /// The link installs the password chosen at sign-up: the page asks for it.
    pub asks_password: bool,
    pub errors: FieldErrors,
}

impl ConfirmPage {
    /// What the button confirms: the address, the person and the conference.
    pub fn lead(&self) -> String {
        crate::domain::l10n::t_with(
            self.layout.lang,
            "att-confirm-lead",
            &[
                ("email", Arg::Text(&self.email)),
                ("name", Arg::Text(&self.name)),
                ("conference", Arg::Text(&self.conference)),
            ],
        )
    }

    /// The notice to a browser signed in to another account.
    pub fn signed_in_notice(&self, other: &str) -> String {
        crate::domain::l10n::t_with(
            self.layout.lang,
            "att-confirm-signed-in-as",
            &[
                ("other", Arg::Text(other)),
                ("email", Arg::Text(&self.email)),
            ],
        )
    }

    /// The page for a live link, asking for nothing yet.
    fn new(
        cookie: &Cookie,
        viewer: &MaybeUser,
        token: String,
        user: UserId,
        email: &Email,
        name: String,
        conference: String,
    ) -> Self {
        Self {
            layout: Layout::from_cookie(cookie),
            token,
            email: email.to_string(),
            name,
            conference,
            signed_in_as: viewer
                .0
                .as_ref()
                .filter(|v| v.id != user)
                .map(|v| v.email.to_string()),
            asks_password: false,
            errors: FieldErrors::new(),
        }
    }
}

/// What a confirmation link would do, read without using it up.
async fn read_preview(state: &AppState, token: &str) -> Result<ConfirmPreview, AppError> {
    let (t, now) = (token.to_string(), state.clock.now());
    state
        .db
        .run(move |c| Ok::<_, AppError>(reg::preview_confirm(c, now, &t)?))
        .await
}

#[derive(Default, Deserialize)]
pub struct ConfirmForm {
    #[serde(default)]
    pub password: String,
}

/// The answer for a link that cannot be used (any more).
fn spent_page(cookie: &Cookie, outcome: ConfirmOutcome) -> Result<HttpResponse, AppError> {
    let page = |heading: &str, message: String, action: Option<(String, String)>| LinkPage {
        layout: Layout::from_cookie(cookie),
        heading: heading.into(),
        message,
        action,
    };
    match outcome {
        ConfirmOutcome::AlreadyUsed { slug, status } => {
            let status = status.map_or("unchanged", |s| s.as_str());
            html(&page(
                &tr("att-link-used-title"),
                tr_with("att-link-used-text", &[("status", Arg::Text(status))]),
                slug.map(|s| (tr("att-link-go-to-me"), format!("/c/{s}/me"))),
            ))
        }
        ConfirmOutcome::Expired => {
            let mut resp = html(&page(
                &tr("att-link-expired-title"),
                tr("att-link-expired-text"),
                Some((tr("common-go-home"), "/".into())),
            ))?;
            *resp.status_mut() = actix_web::http::StatusCode::GONE;
            Ok(resp)
        }
        ConfirmOutcome::Unknown | ConfirmOutcome::Confirmed { .. } => {
            let mut resp = html(&page(
                &tr("att-link-invalid-title"),
                tr("att-link-invalid-text"),
                None,
            ))?;
            *resp.status_mut() = actix_web::http::StatusCode::NOT_FOUND;
            Ok(resp)
        }
    }
}

/// `GET /confirm/{token}`: reads the link and asks for a click; uses up nothing.
#[tracing::instrument(name = "attendee::confirm_form", skip_all)]
pub async fn confirm_form(
    state: web::Data<AppState>,
    cookie: Cookie,
    viewer: MaybeUser,
    req: HttpRequest,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    if token.len() > 100 {
        return Err(AppError::NotFound);
    }
    // Unknown and expired links count against the address's limit.
    let attempt = state
        .limits
        .guess(Guess::Token {
            ip: client_ip(&req),
        })
        .await?;
    let preview = read_preview(&state, &token).await?;
    if !matches!(
        preview,
        ConfirmPreview::Spent(ConfirmOutcome::Expired | ConfirmOutcome::Unknown)
    ) {
        state.limits.forgive(attempt).await?;
    }
    match preview {
        ConfirmPreview::Live {
            user,
            email,
            name,
            conference,
            pending_password,
        } => {
            let mut resp = html(&ConfirmPage {
                asks_password: pending_password.is_some(),
                ..ConfirmPage::new(&cookie, &viewer, token, user, &email, name, conference)
            })?;
            resp.headers_mut().insert(
                actix_web::http::header::CACHE_CONTROL,
                actix_web::http::header::HeaderValue::from_static("no-store"),
            );
            Ok(resp)
        }
        ConfirmPreview::Spent(outcome) => spent_page(&cookie, outcome),
    }
}

/// `POST /confirm/{token}`: the button. Confirms, and signs the link's account in
/// on this browser (replacing whoever was signed in, as the page said).
#[tracing::instrument(name = "attendee::confirm", skip_all)]
pub async fn confirm(
    state: web::Data<AppState>,
    cookie: Cookie,
    viewer: MaybeUser,
    req: HttpRequest,
    token: web::Path<String>,
    form: CsrfForm<ConfirmForm>,
) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    if token.len() > 100 {
        return Err(AppError::NotFound);
    }
    let attempt = state
        .limits
        .guess(Guess::Token {
            ip: client_ip(&req),
        })
        .await?;
    // A link that installs a sign-up's password works only with that password:
    // whoever proves the mailbox must also be whoever chose it.
    let preview = read_preview(&state, &token).await?;
    if let ConfirmPreview::Live {
        user,
        email,
        name,
        conference,
        pending_password: Some(hash),
    } = preview
    {
        let typed = form.into_inner().password;
        let right = match Password::parse(&typed) {
            Ok(p) => hashing::run(move || passwords::verify(&p, &hash)).await?,
            Err(_) => false,
        };
        if !right {
            let mut errors = FieldErrors::new();
            errors.add(
                "password",
                tr(if typed.is_empty() {
                    "att-confirm-password-missing"
                } else {
                    "att-confirm-password-wrong"
                }),
            );
            return html(&ConfirmPage {
                asks_password: true,
                errors,
                ..ConfirmPage::new(&cookie, &viewer, token, user, &email, name, conference)
            });
        }
    }
    let outcome = state
        .service
        .run(move |c, ctx| reg::confirm(c, ctx, &token))
        .await?;
    if !matches!(outcome, ConfirmOutcome::Expired | ConfirmOutcome::Unknown) {
        state.limits.forgive(attempt).await?;
    }
    let ConfirmOutcome::Confirmed { user, slug, status } = outcome else {
        return spent_page(&cookie, outcome);
    };
    let user = state
        .db
        .run(move |c| Ok::<_, AppError>(db::users::by_id(c, user)?))
        .await?
        .ok_or(AppError::NotFound)?;
    sign_in(&state, &cookie, &user).await?;
    flash(
        &cookie,
        tr(match status {
            RegistrationStatus::Waitlisted => "att-flash-confirmed-waitlisted",
            RegistrationStatus::Cancelled => "reg-flash-email-confirmed-awaiting",
            _ => "att-flash-confirmed",
        }),
    );
    Ok(see_other(&format!("/c/{slug}/me")))
}

#[derive(Template)]
#[template(path = "attendee/resend.html")]
pub struct ResendPage {
    pub layout: Layout,
    pub slug: String,
    pub title: String,
    pub errors: FieldErrors,
    pub email: String,
}

#[tracing::instrument(name = "attendee::resend_form", skip_all, fields(conference = %conf.0.id))]
pub async fn resend_form(
    cookie: Cookie,
    conf: PublishedConference,
) -> Result<HttpResponse, AppError> {
    let conf = conf.0;
    html(&ResendPage {
        layout: Layout::from_cookie(&cookie),
        slug: conf.slug,
        title: conf.title,
        errors: FieldErrors::new(),
        email: String::new(),
    })
}

#[derive(Deserialize)]
pub struct EmailForm {
    #[serde(default)]
    pub email: String,
}

#[tracing::instrument(name = "attendee::resend", skip_all, fields(conference = %conf.0.id))]
pub async fn resend(
    state: web::Data<AppState>,
    cookie: Cookie,
    req: HttpRequest,
    form: CsrfForm<EmailForm>,
    conf: PublishedConference,
) -> Result<HttpResponse, AppError> {
    let conf = conf.0;
    let email = match Email::parse(&form.email) {
        Ok(e) => e,
        Err(m) => {
            let mut errors = FieldErrors::new();
            errors.add("email", m);
            return html(&ResendPage {
                layout: Layout::from_cookie(&cookie),
                slug: conf.slug,
                title: conf.title,
                errors,
                email: form.email.clone(),
            });
        }
    };
    state
        .limits
        .check(Action::Resend, client_ip(&req), Some(email.as_str()))
        .await?;
    let (conf2, email2) = (conf.clone(), email.clone());
    state
        .service
        .run(move |c, ctx| reg::resend(c, ctx, &conf2, &email2))
        .await?;
    let _ = cookie.insert(SENT_TO_KEY, email.as_str());
    Ok(see_other(&format!("/c/{}/register/sent", conf.slug)))
}
