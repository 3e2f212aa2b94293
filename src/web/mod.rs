//! HTTP layer: actix handlers grouped by audience, the shared state, middleware
//! (security headers, request tracing, cookies, body limits, the edge's refusal of
//! unreadable input) and the route table.

pub mod account;
pub mod agenda_view;
pub mod answers;
pub mod attendee;
pub mod auth;
pub mod client;
pub mod content;
pub mod cookie;
pub mod csrf;
pub mod edge;
pub mod error;
pub mod exports;
pub mod extract;
pub mod guard;
pub mod hashing;
pub mod identity;
pub mod lang;
pub mod layout;
pub mod link;
pub mod metrics;
pub mod moderate;
pub mod organize;
pub mod page_cache;
pub mod participants;
pub mod people;
pub mod public;
pub mod public_agenda;
pub mod ratelimit;
pub mod render;
pub mod routes;
pub mod telemetry;
pub mod unsubscribe;
pub mod upload;
pub mod video;
pub mod zone;

use actix_session::SessionMiddleware;
use actix_session::config::{CookieContentSecurity, PersistentSession};
use actix_session::storage::CookieSessionStore;
use actix_web::cookie::{Key, SameSite};
use actix_web::middleware::DefaultHeaders;
use actix_web::web::{self, ServiceConfig};

use crate::config::Settings;
use crate::db::Db;
use crate::domain::clock::Clock;
use error::AppError;

/// Everything a handler may need; cheap to clone, nothing per-process that another
/// instance would need to see.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub settings: Settings,
    pub clock: Clock,
    pub limits: std::sync::Arc<ratelimit::RateLimits>,
    /// Runs use cases, each in its own write transaction.
    pub service: crate::service::Service,
    /// Rendered anonymous public pages and exports (one per process).
    pub pages: std::sync::Arc<page_cache::PageCache>,
}

/// One country in a select list.
pub struct CountryOption {
    pub code: &'static str,
    pub name: &'static str,
    /// Folded name, aliases and code, for the filter script (`data-search`).
    pub search: String,
}

/// Every ISO 3166-1 country with its English name, sorted by name.
pub fn country_options() -> Vec<CountryOption> {
    crate::domain::CountryCode::all_sorted()
        .into_iter()
        .map(|c| CountryOption {
            code: c.alpha2(),
            name: c.name(),
            search: c.search_text(),
        })
        .collect()
}

/// Content-Security-Policy: no inline script or style, nothing framed, forms post home.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

pub fn security_headers() -> DefaultHeaders {
    DefaultHeaders::new()
        .add(("Content-Security-Policy", CSP))
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("Referrer-Policy", "strict-origin-when-cross-origin"))
        .add(("X-Frame-Options", "DENY"))
        .add((
            "Permissions-Policy",
            "camera=(), microphone=(), geolocation=()",
        ))
}

/// The encrypted, signed login cookie (HttpOnly, SameSite=Lax, Secure on https).
pub fn cookie_middleware(key: &Key, secure: bool) -> SessionMiddleware<CookieSessionStore> {
    SessionMiddleware::builder(CookieSessionStore::default(), key.clone())
        .cookie_name("plenary".into())
        .cookie_secure(secure)
        .cookie_http_only(true)
        .cookie_same_site(SameSite::Lax)
        .cookie_content_security(CookieContentSecurity::Private)
        .session_lifecycle(
            PersistentSession::default().session_ttl(actix_web::cookie::time::Duration::days(14)),
        )
        .build()
}

/// Largest form body we accept; larger ones get the 413 page. Sized for the longest
/// field (a 20,000-character announcement in a non-Latin script is ~60 KB of UTF-8,
/// three times that once percent-encoded).
pub const FORM_LIMIT: usize = 256 * 1024;

/// Extractor settings, static files, the route table and the 404 fallback.
pub fn routes(cfg: &mut ServiceConfig) {
    cfg.app_data(
        web::FormConfig::default()
            .limit(FORM_LIMIT)
            .error_handler(|err, _req| form_error(err)),
    )
    .app_data(web::PathConfig::default().error_handler(|_, _| AppError::NotFound.into()))
    .app_data(
        web::QueryConfig::default()
            .error_handler(|e, _| AppError::BadRequest(e.to_string()).into()),
    )
    .route("/static/{file}", web::get().to(static_file))
    .configure(routes::register)
    .default_service(web::to(not_found));
}

fn form_error(err: actix_web::error::UrlencodedError) -> actix_web::Error {
    match err {
        actix_web::error::UrlencodedError::Overflow { .. } => AppError::PayloadTooLarge.into(),
        other => {
            let detail = other.to_string();
            let args = [("detail", crate::domain::l10n::Arg::Text(&detail))];
            AppError::BadRequest(crate::domain::l10n::tr_with("form-unreadable", &args)).into()
        }
    }
}

async fn not_found() -> Result<actix_web::HttpResponse, AppError> {
    Err(AppError::NotFound)
}

/// Static assets are compiled into the binary, so a deployed binary needs no files
/// beside it. They change only with a new build, so they may be cached for a day.
async fn static_file(path: web::Path<String>) -> Result<actix_web::HttpResponse, AppError> {
    let (body, content_type) = match path.as_str() {
        "style.css" => (
            include_str!("../../static/style.css"),
            "text/css; charset=utf-8",
        ),
        "app.js" => (
            include_str!("../../static/app.js"),
            "text/javascript; charset=utf-8",
        ),
        "favicon.svg" => (include_str!("../../static/favicon.svg"), "image/svg+xml"),
        _ => return Err(AppError::NotFound),
    };
    Ok(actix_web::HttpResponse::Ok()
        .content_type(content_type)
        .insert_header(("Cache-Control", "public, max-age=86400"))
        .body(body))
}
