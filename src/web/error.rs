//! The one error type of the web layer and its mapping to responses. Pages for
//! errors are rendered with the site's layout; internal errors log their cause chain
//! with a reference that the page shows, and never leak SQL or stack traces.

use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpResponse, ResponseError};
use askama::Template;

use crate::db::DbError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    /// Not signed in: redirect to the login page, then back to `next`.
    #[error("login required")]
    LoginRequired { next: String },
    #[error("forbidden")]
    Forbidden,
    #[error("the form's security token is missing or expired")]
    Csrf,
    #[error("conflict: {0}")]
    Conflict(String),
    #[error("too many requests")]
    RateLimited { retry_after_secs: u64 },
    #[error("bad request: {0}")]
    BadRequest(String),
    #[error("payload too large")]
    PayloadTooLarge,
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<DbError> for AppError {
    fn from(e: DbError) -> Self {
        Self::Internal(e.into())
    }
}

impl From<diesel::result::Error> for AppError {
    fn from(e: diesel::result::Error) -> Self {
        Self::Internal(e.into())
    }
}

impl From<actix_web::error::BlockingError> for AppError {
    fn from(e: actix_web::error::BlockingError) -> Self {
        Self::Internal(anyhow::anyhow!("blocking task failed: {e}"))
    }
}

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage<'a> {
    pub layout: super::render::Layout,
    pub status: u16,
    pub heading: &'a str,
    pub message: &'a str,
    pub reference: Option<String>,
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::LoginRequired { .. } => StatusCode::SEE_OTHER,
            Self::Forbidden | Self::Csrf => StatusCode::FORBIDDEN,
            Self::Conflict(_) => StatusCode::CONFLICT,
            Self::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            Self::BadRequest(_) => StatusCode::BAD_REQUEST,
            Self::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        if let Self::LoginRequired { next } = self {
            let to = format!("/login?next={}", super::render::url_encode(next));
            return super::render::see_other(&to);
        }
        let status = self.status_code();
        let mut reference = None;
        let (heading, message): (&str, String) = match self {
            Self::LoginRequired { .. } => ("Sign in", String::new()),
            Self::NotFound => (
                "Page not found",
                "If you typed the web address, check it is correct. If you pasted it, check you copied the entire address.".into(),
            ),
            Self::Forbidden => (
                "You do not have access to this page",
                "Sign in with an account that has access, or ask the organisers.".into(),
            ),
            Self::Csrf => (
                "Your form expired",
                "For your security the form could not be accepted. Go back, reload the page and submit it again.".into(),
            ),
            Self::Conflict(m) => ("Someone else changed this first", m.clone()),
            Self::RateLimited { retry_after_secs } => (
                "Too many attempts",
                format!("Please wait {retry_after_secs} seconds before trying again."),
            ),
            Self::BadRequest(m) => ("Something is wrong with the request", m.clone()),
            Self::PayloadTooLarge => (
                "What you sent is too large",
                "Shorten the text and try again.".into(),
            ),
            Self::Internal(e) => {
                let r = uuid::Uuid::new_v4().simple().to_string()[..12].to_string();
                tracing::error!(reference = %r, error = ?e, "internal error");
                reference = Some(r);
                (
                    "Sorry, something went wrong on our side",
                    "Please try again in a moment. Nothing you entered was saved partially.".into(),
                )
            }
        };
        let page = ErrorPage {
            layout: super::render::Layout::plain(),
            status: status.as_u16(),
            heading,
            message: &message,
            reference,
        };
        let body = page
            .render()
            .unwrap_or_else(|_| format!("{} {}", status.as_u16(), heading));
        let mut resp = HttpResponse::build(status);
        resp.insert_header((header::CONTENT_TYPE, "text/html; charset=utf-8"));
        if let Self::RateLimited { retry_after_secs } = self
            && let Ok(v) = HeaderValue::from_str(&retry_after_secs.to_string())
        {
            resp.insert_header((header::RETRY_AFTER, v));
        }
        resp.body(body)
    }
}
