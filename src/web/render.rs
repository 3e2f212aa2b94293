//! The one place pages are rendered: askama templates into HTML responses, with the
//! shared layout context (signed-in user, CSRF token, flash message).

use actix_session::Session as Cookie;
use actix_web::HttpResponse;
use askama::Template;

use super::error::AppError;

/// What the base layout needs on every page.
#[derive(Clone, Debug, Default)]
pub struct Layout {
    /// Display name of the signed-in user.
    pub user_name: Option<String>,
    pub is_admin: bool,
    /// Organizes a conference (or is an admin): show the back-office link.
    pub is_organizer: bool,
    /// Moderates or speaks somewhere: show "My sessions".
    pub is_session_person: bool,
    pub csrf: String,
    pub flash: Option<String>,
}

pub const UID_KEY: &str = "uid";
pub const NAME_KEY: &str = "name";
pub const ADMIN_KEY: &str = "adm";
pub const CSRF_KEY: &str = "csrf";
pub const FLASH_KEY: &str = "flash";
/// Set at sign-in: the user organizes a conference (header shows the back office).
pub const ORG_KEY: &str = "org";
/// Set at sign-in: the user moderates or speaks (header shows "My sessions").
pub const MOD_KEY: &str = "mod";

impl Layout {
    /// A layout with nobody signed in (error pages, which have no request at hand).
    pub fn plain() -> Self {
        Self::default()
    }

    /// Reads the layout from the login cookie; takes (removes) the flash message and
    /// makes sure a CSRF token exists for the page's forms.
    pub fn from_cookie(cookie: &Cookie) -> Self {
        let csrf = super::csrf::token(cookie);
        let flash = cookie.remove_as::<String>(FLASH_KEY).and_then(Result::ok);
        Self {
            user_name: cookie.get::<String>(NAME_KEY).ok().flatten(),
            is_admin: flag(cookie, ADMIN_KEY),
            is_organizer: flag(cookie, ORG_KEY),
            is_session_person: flag(cookie, MOD_KEY),
            csrf,
            flash,
        }
    }
}

fn flag(cookie: &Cookie, key: &str) -> bool {
    cookie.get::<bool>(key).ok().flatten().unwrap_or(false)
}

/// Queues a one-time message shown on the next page (post/redirect/get).
pub fn flash(cookie: &Cookie, message: impl Into<String>) {
    let _ = cookie.insert(FLASH_KEY, message.into());
}

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

/// Percent-encodes a query value (RFC 3986 unreserved characters pass through).
pub fn url_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
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
