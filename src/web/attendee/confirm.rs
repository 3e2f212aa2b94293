//! Following the confirmation link from the email, and asking for a new one.

use actix_session::Session as Cookie;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::{SENT_TO_KEY, conference};
use crate::db;
use crate::domain::status::RegistrationStatus;
use crate::domain::{Email, FieldErrors};
use crate::service::registration::{self as reg, ConfirmOutcome};
use crate::web::AppState;
use crate::web::auth::{client_ip, sign_in};
use crate::web::error::AppError;
use crate::web::ratelimit::Action;
use crate::web::render::{Layout, flash, html, see_other};

#[derive(Template)]
#[template(path = "attendee/link.html")]
pub struct LinkPage {
    pub layout: Layout,
    pub heading: String,
    pub message: String,
    pub action: Option<(String, String)>,
}

pub async fn confirm(
    state: web::Data<AppState>,
    cookie: Cookie,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    if token.len() > 100 {
        return Err(AppError::NotFound);
    }
    let st = state.clone();
    let outcome = state
        .db
        .write(move |c| Ok::<_, AppError>(reg::confirm(c, st.ctx(), &token)?))
        .await?;
    let page = |heading: &str, message: String, action: Option<(String, String)>| LinkPage {
        layout: Layout::from_cookie(&cookie),
        heading: heading.into(),
        message,
        action,
    };
    match outcome {
        ConfirmOutcome::Confirmed { user, slug, status } => {
            let user = state
                .db
                .run(move |c| Ok::<_, AppError>(db::users::by_id(c, user)?))
                .await?
                .ok_or(AppError::NotFound)?;
            sign_in(
                &cookie,
                &user,
                crate::web::auth::nav_roles(&state, &user).await?,
            );
            flash(
                &cookie,
                match status {
                    RegistrationStatus::Waitlisted => {
                        "Your email address is confirmed. The conference is full, so you are on the waiting list."
                    }
                    _ => "Your registration is confirmed. Pick the sessions you want to follow.",
                },
            );
            Ok(see_other(&format!("/c/{slug}/me")))
        }
        ConfirmOutcome::AlreadyUsed { slug, status } => {
            let status = status
                .map(|s| s.label().to_lowercase())
                .unwrap_or_else(|| "unchanged".into());
            html(&page(
                "This link has already been used",
                format!("Nothing more to do: your registration is {status}."),
                slug.map(|s| ("Go to my conference page".to_string(), format!("/c/{s}/me"))),
            ))
        }
        ConfirmOutcome::Expired => {
            let mut resp = html(&page(
                "This link has expired",
                "Confirmation links work for 48 hours. Ask for a new one from the conference's registration page.".into(),
                Some(("Go to the list of conferences".into(), "/".into())),
            ))?;
            *resp.status_mut() = actix_web::http::StatusCode::GONE;
            Ok(resp)
        }
        ConfirmOutcome::Unknown => {
            let mut resp = html(&page(
                "This link is not valid",
                "Check that you copied the whole address from the email.".into(),
                None,
            ))?;
            *resp.status_mut() = actix_web::http::StatusCode::NOT_FOUND;
            Ok(resp)
        }
    }
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

pub async fn resend_form(
    state: web::Data<AppState>,
    cookie: Cookie,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let conf = conference(&state, slug.into_inner()).await?;
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
    pub csrf: String,
    #[serde(default)]
    pub email: String,
}

pub async fn resend(
    state: web::Data<AppState>,
    cookie: Cookie,
    req: HttpRequest,
    slug: web::Path<String>,
    form: web::Form<EmailForm>,
) -> Result<HttpResponse, AppError> {
    crate::web::csrf::verify(&cookie, &form.csrf)?;
    let conf = conference(&state, slug.into_inner()).await?;
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
        .check(Action::Resend, client_ip(&req), Some(email.as_str()))?;
    let st = state.clone();
    let (conf2, email2) = (conf.clone(), email.clone());
    state
        .db
        .write(move |c| Ok::<_, AppError>(reg::resend(c, st.ctx(), &conf2, &email2)?))
        .await?;
    let _ = cookie.insert(SENT_TO_KEY, email.as_str());
    Ok(see_other(&format!("/c/{}/register/sent", conf.slug)))
}
