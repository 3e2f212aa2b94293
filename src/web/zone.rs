//! The time zone a page is shown in: `?tz=Area/City`, else the zone a visitor picked
//! before (a cookie), else the fallback the page names (the conference's zone), and
//! the cookie that remembers a pick.

use actix_web::cookie::{Cookie as HttpCookie, SameSite};
use actix_web::{HttpRequest, HttpResponse};
use chrono_tz::Tz;
use serde::Deserialize;

use crate::domain::TimeZone;
use crate::domain::l10n::{Arg, tr_with};
use crate::domain::lang::Lang;

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
            Err(_) => {
                let shown: String = raw.trim().chars().take(60).collect();
                ViewerZone {
                    tz: fallback,
                    notice: Some(tr_with(
                        "data-zone-unknown",
                        &[
                            ("input", Arg::Text(&shown)),
                            ("zone", Arg::Text(fallback.name())),
                        ],
                    )),
                    remember: false,
                    secure,
                }
            }
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

/// The zone picker's suggestions (about 400) in the reader's language, as the
/// `<datalist>` every page with a zone picker includes (`{{ zones.html()|safe }}`).
pub type Choices = std::sync::Arc<ZoneDatalist>;

/// The suggestions rendered once: some 400 options, the largest part of a page with
/// a zone picker, written per request only as a copy.
pub struct ZoneDatalist(String);

impl ZoneDatalist {
    pub fn html(&self) -> &str {
        &self.0
    }
}

#[derive(askama::Template)]
#[template(path = "zone_options.html")]
struct ZoneOptions<'a> {
    zones: &'a [crate::domain::zones::ZoneChoice],
}

/// How long a built list of suggestions serves: zones change offset on the hour or
/// the half hour (UTC), so a list built within the same quarter hour is current.
const CHOICES_SLOT_SECS: i64 = 15 * 60;

/// The zone picker's suggestions with each zone's UTC offset now, built once per
/// language and quarter hour (every page with a zone picker shows them).
pub fn choices() -> Choices {
    use askama::Template as _;
    use std::collections::HashMap;
    use std::sync::{LazyLock, Mutex};
    static BUILT: LazyLock<Mutex<HashMap<Lang, (i64, Choices)>>> =
        LazyLock::new(|| Mutex::new(HashMap::new()));
    let now = chrono::Utc::now();
    let slot = now.timestamp().div_euclid(CHOICES_SLOT_SECS);
    let lang = crate::domain::l10n::current();
    let mut built = BUILT.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((at, list)) = built.get(&lang)
        && *at == slot
    {
        return list.clone();
    }
    let zones = crate::domain::zones::choices(now);
    // The template only writes strings: rendering cannot fail but for a formatter
    // error, which leaves the picker without suggestions (typing still works).
    let html = ZoneOptions { zones: &zones }.render().unwrap_or_else(|e| {
        tracing::error!(error = %e, "zone suggestions not rendered");
        String::new()
    });
    let list: Choices = std::sync::Arc::new(ZoneDatalist(html));
    built.insert(lang, (slot, list.clone()));
    list
}
