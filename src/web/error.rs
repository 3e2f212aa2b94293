//! The one error type of the web layer and its mapping to responses, and the one
//! place where storage errors get their meaning: a missing row is a 404, a unique
//! violation a 409 (or, where a form can say which field, the form's error), a pool
//! timeout or a lost database a 503 with `Retry-After`. Internal errors log their
//! cause chain once, inside the request's span, and the 500 page shows the request id
//! that the log line carries; no SQL or stack trace ever reaches the page.

use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpResponse, ResponseError};
use askama::Template;

use crate::db::DbError;
use crate::domain::l10n::{tr, tr_count};

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
    /// The database cannot be reached right now (pool timeout, refused or lost
    /// connection): the request may succeed if retried shortly.
    #[error("service unavailable: {0}")]
    Unavailable(String),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

/// Seconds a client is asked to wait when the database is unavailable.
pub const RETRY_AFTER_UNAVAILABLE_SECS: u64 = 5;

impl From<DbError> for AppError {
    fn from(e: DbError) -> Self {
        match e {
            DbError::Query(q) => q.into(),
            DbError::Pool(p) => Self::Unavailable(p.to_string()),
            DbError::Connect(c) => Self::Unavailable(c),
            other @ DbError::Migration(_) => Self::Internal(other.into()),
        }
    }
}

impl From<diesel::result::Error> for AppError {
    fn from(e: diesel::result::Error) -> Self {
        use diesel::result::{DatabaseErrorKind as Kind, Error as E};
        match e {
            E::NotFound => Self::NotFound,
            e if crate::db::is_unavailable(&e) => Self::Unavailable(e.to_string()),
            E::DatabaseError(Kind::UniqueViolation, _) => {
                Self::Conflict(tr("common-conflict-same-moment"))
            }
            other => Self::Internal(other.into()),
        }
    }
}

impl From<crate::service::Error> for AppError {
    fn from(e: crate::service::Error) -> Self {
        use crate::service::Error as S;
        match e {
            S::Query(q) => q.into(),
            S::Db(d) => d.into(),
            S::NotFound => Self::NotFound,
            S::SlugTaken => Self::Conflict(tr("common-conflict-slug-taken")),
            S::DoubleBooked(clashes) => Self::Conflict(clashes.join(" ")),
            S::StaleSession(_) => Self::Conflict(tr("common-conflict-stale-session")),
            other @ (S::Template(_) | S::Json(_) | S::Blocking(_)) => Self::Internal(other.into()),
        }
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
    pub layout: super::layout::Layout,
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
            Self::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        if let Self::LoginRequired { next } = self {
            let query = super::link::query(&[("next", next)]);
            return HttpResponse::SeeOther()
                .insert_header((header::LOCATION, format!("/login?{query}")))
                .finish();
        }
        let status = self.status_code();
        let mut reference = None;
        let (heading, message): (&str, String) = match self {
            Self::LoginRequired { .. } => ("common-err-sign-in", String::new()),
            Self::NotFound => (
                "common-err-not-found-title",
                tr("common-err-not-found-text"),
            ),
            Self::Forbidden => (
                "common-err-forbidden-title",
                tr("common-err-forbidden-text"),
            ),
            Self::Csrf => ("common-err-csrf-title", tr("common-err-csrf-text")),
            Self::Conflict(m) => ("common-err-conflict-title", m.clone()),
            Self::RateLimited { retry_after_secs } => (
                "common-err-rate-limited-title",
                tr_count(
                    "common-err-rate-limited-text",
                    i64::try_from(*retry_after_secs).unwrap_or(i64::MAX),
                ),
            ),
            Self::BadRequest(m) => ("common-err-bad-request-title", m.clone()),
            Self::PayloadTooLarge => (
                "common-err-too-large-title",
                tr("common-err-too-large-text"),
            ),
            Self::Unavailable(cause) => {
                tracing::warn!(%cause, "database unavailable");
                (
                    "common-err-unavailable-title",
                    tr("common-err-unavailable-text"),
                )
            }
            Self::Internal(e) => {
                // The request id is in the request's span, so this line carries it too.
                tracing::error!(error = ?e, "internal error");
                reference = Some(super::telemetry::current_request_id());
                ("common-err-internal-title", tr("common-err-internal-text"))
            }
        };
        let heading = &tr(heading);
        let page = ErrorPage {
            layout: super::layout::Layout::plain(),
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
        let retry_after = match self {
            Self::RateLimited { retry_after_secs } => Some(*retry_after_secs),
            Self::Unavailable(_) => Some(RETRY_AFTER_UNAVAILABLE_SECS),
            _ => None,
        };
        if let Some(secs) = retry_after
            && let Ok(v) = HeaderValue::from_str(&secs.to_string())
        {
            resp.insert_header((header::RETRY_AFTER, v));
        }
        resp.body(body)
    }
}

/// The attributes tying a form control to its hint and error message (`macros.html`):
/// ` aria-describedby="name-hint name-error" aria-invalid="true"`, or nothing.
/// `hint` is only tested for being empty (templates pass "x" when a hint is shown).
pub fn described_by(
    errors: &crate::domain::FieldErrors,
    name: impl std::fmt::Display,
    hint: impl std::fmt::Display,
) -> String {
    let name = askama::filters::escape(name, askama::filters::Html)
        .map(|n| n.to_string())
        .unwrap_or_default();
    let has_hint = !hint.to_string().is_empty();
    let has_error = errors.get(&name).is_some();
    let ids: Vec<String> = [(has_hint, "hint"), (has_error, "error")]
        .into_iter()
        .filter(|(on, _)| *on)
        .map(|(_, what)| format!("{name}-{what}"))
        .collect();
    let mut out = String::new();
    if !ids.is_empty() {
        out.push_str(&format!(" aria-describedby=\"{}\"", ids.join(" ")));
    }
    if has_error {
        out.push_str(" aria-invalid=\"true\"");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use diesel::result::{DatabaseErrorKind, Error as DieselError};

    fn body(resp: HttpResponse) -> String {
        let bytes = actix_web::rt::System::new()
            .block_on(actix_web::body::to_bytes(resp.into_body()))
            .unwrap_or_default();
        String::from_utf8_lossy(&bytes).into_owned()
    }

    #[test]
    fn storage_errors_keep_their_meaning() {
        assert!(matches!(
            AppError::from(DieselError::NotFound),
            AppError::NotFound
        ));
        let unique = DieselError::DatabaseError(
            DatabaseErrorKind::UniqueViolation,
            Box::new("duplicate key".to_string()),
        );
        assert_eq!(AppError::from(unique).status_code(), StatusCode::CONFLICT);
        let lost = DieselError::DatabaseError(
            DatabaseErrorKind::ClosedConnection,
            Box::new("server closed the connection".to_string()),
        );
        assert_eq!(
            AppError::from(lost).status_code(),
            StatusCode::SERVICE_UNAVAILABLE
        );
        let refused = AppError::from(DbError::Connect("connection refused".into()));
        let resp = refused.error_response();
        assert_eq!(resp.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(
            resp.headers()
                .get(header::RETRY_AFTER)
                .map(|v| v.as_bytes()),
            Some(RETRY_AFTER_UNAVAILABLE_SECS.to_string().as_bytes())
        );
        assert!(
            !body(resp).contains("connection refused"),
            "no cause on the page"
        );
    }

    #[test]
    fn the_login_redirect_encodes_where_to_come_back() {
        let resp = AppError::LoginRequired {
            next: "/c/x/me?tz=Asia/Tokyo&a=b c".into(),
        }
        .error_response();
        assert_eq!(
            resp.headers().get(header::LOCATION).map(|v| v.as_bytes()),
            Some(&b"/login?next=/c/x/me%3Ftz%3DAsia/Tokyo%26a%3Db+c"[..])
        );
    }
}
