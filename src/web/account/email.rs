//! Changing the account's email address: the form (current password), the link
//! mailed to the new address, its landing page and the button that makes the change.

use actix_session::Session as Cookie;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::password_matches;
use crate::db;
use crate::db::tokens::Purpose;
use crate::domain::l10n::{Arg, tr, tr_with};
use crate::domain::{Email, FieldErrors};
use crate::service::account::{self, EmailChange};
use crate::web::AppState;
use crate::web::auth::client_ip;
use crate::web::csrf::{Csrf, CsrfForm};
use crate::web::error::AppError;
use crate::web::extract::CurrentUser;
use crate::web::ratelimit::Guess;
use crate::web::render::{Layout, flash, html, see_other};
#[derive(Default, Deserialize)]
pub struct EmailChangeForm {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub current: String,
}

#[derive(Template)]
#[template(path = "account/email.html")]
pub struct EmailPage {
    pub layout: Layout,
    pub errors: FieldErrors,
    pub current_email: String,
    pub email: String,
}

#[tracing::instrument(name = "account::email_form", skip_all, fields(user = %user.0.id))]
pub async fn email_form(cookie: Cookie, user: CurrentUser) -> Result<HttpResponse, AppError> {
    html(&EmailPage {
        layout: Layout::from_cookie(&cookie),
        errors: FieldErrors::new(),
        current_email: user.0.email.to_string(),
        email: String::new(),
    })
}

#[tracing::instrument(name = "account::change_email", skip_all, fields(user = %user.0.id))]
pub async fn change_email(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    form: CsrfForm<EmailChangeForm>,
) -> Result<HttpResponse, AppError> {
    let mut e = FieldErrors::new();
    let email = e.check("email", Email::parse(&form.email));
    if email.as_ref() == Some(&user.0.email) {
        e.add("email", tr("acc-email-same"));
    }
    if form.current.is_empty() {
        e.add("current", tr("acc-current-password-missing"));
    } else if !password_matches(&state, &user.0, &form.current).await? {
        e.add("current", tr("acc-current-password-wrong"));
    }
    let Some(email) = email.filter(|_| e.is_empty()) else {
        return html(&EmailPage {
            layout: Layout::from_cookie(&cookie),
            errors: e,
            current_email: user.0.email.to_string(),
            email: form.email.clone(),
        });
    };
    let (uid, name, e2) = (user.0.id, user.0.name.clone(), email.clone());
    state
        .service
        .run(move |c, ctx| account::request_email_change(c, ctx, uid, &name, &e2))
        .await?;
    flash(
        &cookie,
        tr_with(
            "acc-email-link-sent",
            &[("email", Arg::Text(email.as_str()))],
        ),
    );
    Ok(see_other("/account"))
}

/// The page the change-of-email link opens: it names the new address and asks for
/// a click, so a mail scanner that fetches the link changes nothing.
#[derive(Template)]
#[template(path = "account/email_confirm.html")]
pub struct EmailConfirmPage {
    pub layout: Layout,
    pub token: String,
    pub new_email: String,
}

/// `GET /account/email/{token}`: reads the link without using it up.
#[tracing::instrument(name = "account::confirm_email_form", skip_all)]
pub async fn confirm_email_form(
    state: web::Data<AppState>,
    cookie: Cookie,
    req: HttpRequest,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    // Unknown and expired links count against the address's limit.
    let attempt = state
        .limits
        .guess(Guess::Token {
            ip: client_ip(&req),
        })
        .await?;
    let (t, now) = (token.clone(), state.clock.now());
    let new_email = state
        .db
        .run(move |c| {
            Ok::<_, AppError>(
                db::tokens::peek(c, &t, Purpose::ChangeEmail, now)?
                    .ok()
                    .and_then(|t| t.payload),
            )
        })
        .await?;
    if new_email.is_some() {
        state.limits.forgive(attempt).await?;
    }
    let Some(new_email) = new_email else {
        flash(&cookie, tr("acc-email-link-invalid"));
        return Ok(see_other("/account"));
    };
    html(&EmailConfirmPage {
        layout: Layout::from_cookie(&cookie),
        token,
        new_email,
    })
}

/// `POST /account/email/{token}`: the button; changes the address.
#[tracing::instrument(name = "account::confirm_email", skip_all)]
pub async fn confirm_email(
    state: web::Data<AppState>,
    cookie: Cookie,
    _: Csrf,
    req: HttpRequest,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    let attempt = state
        .limits
        .guess(Guess::Token {
            ip: client_ip(&req),
        })
        .await?;
    let outcome = state
        .service
        .run(move |c, ctx| account::confirm_email_change(c, ctx, &token))
        .await?;
    if outcome != EmailChange::Invalid {
        state.limits.forgive(attempt).await?;
    }
    let message = match outcome {
        EmailChange::Changed => "acc-email-changed",
        EmailChange::Taken => "acc-email-taken",
        EmailChange::Invalid => "acc-email-link-invalid",
    };
    flash(&cookie, tr(message));
    Ok(see_other("/account"))
}
