//! The time zone a page is shown in: `?tz=Area/City`, else the zone a visitor picked
//! before (a cookie), else the fallback the page names (the conference's zone), and
//! the cookie that remembers a pick.

use actix_web::cookie::{Cookie as HttpCookie, SameSite};
use actix_web::{HttpRequest, HttpResponse};
use chrono_tz::Tz;
use serde::Deserialize;

use crate::domain::TimeZone;
use crate::domain::l10n::Arg;

/// The cookie that remembers the zone a visitor picked.
pub const TZ_COOKIE: &str = "plenary_tz";

/// The zone a page is shown in, and why.
pub struct ViewerZone {
    pub tz: Tz,
    /// A friendly message when `?tz=` named no zone we know.
    pub notice: Option<String>,
    /// Set when `?tz=` picked a valid zone: remember it in a cookie.
    pub remember: bool,
    /// The cookie must carry `Secure`: the site is served over https (its base URL,
    /// as for the login cookie) or this request came over https.
    pub secure: bool,
}

#[derive(Deserialize)]
pub struct TzQuery {
    pub tz: Option<String>,
}

/// `?tz=Area/City`, else the zone cookie, else `fallback` (the conference's zone).
pub fn viewer_zone(req: &HttpRequest, query: &TzQuery, fallback: Tz) -> ViewerZone {
    let secure = req
        .app_data::<actix_web::web::Data<super::AppState>>()
        .is_some_and(|s| s.settings.secure_cookies())
        || req.connection_info().scheme() == "https";
    if let Some(raw) = query.tz.as_deref().filter(|s| !s.trim().is_empty()) {
        return match TimeZone::parse(raw) {
            Ok(z) => ViewerZone {
                tz: z.tz(),
                notice: None,
                remember: true,
                secure,
            },
            Err(msg) => ViewerZone {
                tz: fallback,
                notice: Some(crate::domain::l10n::tr_with(
                    "pub-zone-unknown",
                    &[
                        ("message", Arg::Text(&msg.to_string())),
                        ("zone", Arg::Text(fallback.name())),
                    ],
                )),
                remember: false,
                secure,
            },
        };
    }
    let from_cookie = req
        .cookie(TZ_COOKIE)
        .and_then(|c| TimeZone::parse(c.value()).ok());
    ViewerZone {
        tz: from_cookie.map(|z| z.tz()).unwrap_or(fallback),
        notice: None,
        remember: false,
        secure,
    }
}

/// Remembers a zone picked with `?tz=` in a cookie on `resp`.
pub fn with_zone_cookie(mut resp: HttpResponse, zone: &ViewerZone) -> HttpResponse {
    if zone.remember {
        let c = HttpCookie::build(TZ_COOKIE, zone.tz.name().to_string())
            .path("/")
            .same_site(SameSite::Lax)
            .secure(zone.secure)
            .max_age(actix_web::cookie::time::Duration::days(365))
            .finish();
        let _ = resp.add_cookie(&c);
    }
    resp
}

/// The zone picker's suggestions with each zone's UTC offset now.
pub fn choices() -> Vec<crate::domain::zones::ZoneChoice> {
    crate::domain::zones::choices(chrono::Utc::now())
}
