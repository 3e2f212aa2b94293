//! The one place pages are rendered: askama templates into HTML responses, redirects
//! after a form (post/redirect/get).

use actix_web::HttpResponse;
use askama::Template;

use super::error::AppError;

pub use super::cookie::{
    ADMIN_KEY, CSRF_KEY, FLASH_KEY, MOD_KEY, NAME_KEY, ORG_KEY, UID_KEY, flash,
};
pub use super::layout::Layout;

pub fn html<T: Template>(page: &T) -> Result<HttpResponse, AppError> {
    let body = page
        .render()
        .map_err(|e| AppError::Internal(anyhow::anyhow!("template: {e}")))?;
    Ok(HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(body))
}

/// 303 See Other to `to` (post/redirect/get).
pub fn see_other(to: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((actix_web::http::header::LOCATION, to))
        .finish()
}

/// A safe post-login destination: a local absolute path, never another site.
pub fn local_path(next: &str) -> Option<&str> {
    let ok = next.starts_with('/')
        && !next.starts_with("//")
        && !next.starts_with("/\\")
        && !next.contains(['\r', '\n', '\\'])
        && next.len() <= 512;
    ok.then_some(next)
}
