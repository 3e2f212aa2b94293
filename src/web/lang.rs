//! The reader's language for each request: `?lang=xx` (then remembered in a cookie),
//! else the language remembered before, else the browser's `Accept-Language`, else
//! English. The middleware runs the whole request (handler, templates, error pages)
//! inside a task-local scope that [`current`] reads, so the page layout picks it up
//! wherever a page is built.

use actix_session::SessionExt;
use actix_web::body::MessageBody;
use actix_web::cookie::{Cookie as HttpCookie, SameSite};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::Next;
use serde::Deserialize;

use crate::domain::l10n;
use crate::domain::lang::Lang;

/// The cookie that remembers a language chosen with `?lang=`.
pub const LANG_COOKIE: &str = "plenary_lang";

/// The language of the request being answered (English outside a request).
pub fn current() -> Lang {
    l10n::current()
}

#[derive(Deserialize)]
struct LangQuery {
    lang: Option<String>,
}

/// What the request asks for, and whether it chose explicitly (`?lang=`): the
/// query, else the language remembered from an earlier `?lang=`, else the signed-in
/// user's preferred language, else the browser's `Accept-Language`; `None` when
/// none of them names one of the six.
fn choose(req: &ServiceRequest) -> (Option<Lang>, Option<Lang>) {
    let chosen = actix_web::web::Query::<LangQuery>::from_query(req.query_string())
        .ok()
        .and_then(|q| q.into_inner().lang)
        .and_then(|code| Lang::parse(&code));
    let lang = chosen
        .or_else(|| req.cookie(LANG_COOKIE).and_then(|c| Lang::parse(c.value())))
        .or_else(|| {
            req.get_session()
                .get::<String>(super::cookie::LANG_KEY)
                .ok()
                .flatten()
                .and_then(|code| Lang::parse(&code))
        })
        .or_else(|| {
            req.headers()
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Lang::negotiate)
        });
    (lang, chosen)
}

/// The default language of the conference a public page belongs to (`/c/{slug}…`),
/// for readers whose browser asks for none of the six.
async fn conference_default(req: &ServiceRequest) -> Option<Lang> {
    let slug = req.path().strip_prefix("/c/")?.split('/').next()?;
    let state = req.app_data::<actix_web::web::Data<super::AppState>>()?;
    super::page_cache::default_language(state, slug)
        .await
        .ok()
        .flatten()
}

/// The middleware: answers the request in its language, remembers a `?lang=` choice,
/// and tells caches that the answer depends on the language asked for.
pub async fn negotiate(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let (lang, chosen) = choose(&req);
    let lang = match lang {
        Some(lang) => lang,
        None => conference_default(&req).await.unwrap_or_default(),
    };
    let secure = chosen.is_some()
        && (req
            .app_data::<actix_web::web::Data<super::AppState>>()
            .is_some_and(|s| s.settings.secure_cookies())
            || req.connection_info().scheme() == "https");
    let mut res = l10n::scope(lang, next.call(req)).await?;
    if let Some(lang) = chosen {
        let c = HttpCookie::build(LANG_COOKIE, lang.code())
            .path("/")
            .same_site(SameSite::Lax)
            .secure(secure)
            .max_age(actix_web::cookie::time::Duration::days(365))
            .finish();
        if let Ok(v) = HeaderValue::from_str(&c.to_string()) {
            res.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    res.headers_mut().append(
        header::VARY,
        HeaderValue::from_static("Accept-Language, Cookie"),
    );
    Ok(res)
}
