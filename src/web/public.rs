//! Public pages: the list of conferences, a conference's home, its multi-day agenda
//! in the viewer's time zone, session details, and the health check.

use actix_session::Session as Cookie;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono_tz::Tz;

use super::AppState;
use super::agenda_view::{AgendaItem, agenda_item, foreign};
use super::attendee::JoinState;
use super::attendee::mine::{self, Mine, SaveZoneOffer};
use super::error::AppError;
use super::extract::{MaybeUser, visible_conference};
use super::page_cache;
use super::render::{Layout, html};
use super::zone::{TzQuery, ViewerZone, viewer_zone, with_zone_cookie};
use crate::db;
use crate::db::identity::Identity;
use crate::domain::agenda;
use crate::domain::l10n::{self, Arg};
use crate::domain::lang::Lang;
use crate::domain::timefmt::{date_span, long_date};

// ---------------------------------------------------------------- /

pub struct ConferenceCard {
    pub href: String,
    pub title: String,
    pub dates: String,
    pub zone: String,
    /// The banner's address, if the conference has one.
    pub banner: Option<String>,
    /// The description's first paragraph, as text.
    pub summary: String,
    /// The languages of the title and summary when not the page's.
    pub title_lang: Option<Lang>,
    pub summary_lang: Option<Lang>,
}

#[derive(Template)]
#[template(path = "public/home.html")]
pub struct HomePage {
    pub layout: Layout,
    pub upcoming: Vec<ConferenceCard>,
    pub past: Vec<ConferenceCard>,
}

#[tracing::instrument(name = "public::home", skip_all)]
pub async fn home(
    state: web::Data<AppState>,
    cookie: Cookie,
    req: HttpRequest,
    query: web::Query<TzQuery>,
) -> Result<HttpResponse, AppError> {
    let list = state
        .db
        .run(|c| {
            let mut out = Vec::new();
            for mut conf in db::conferences::list_published(c)? {
                db::content::localize_conference(c, &mut conf, l10n::current())?;
                let identity = db::identity::of(c, conf.id)?;
                let sessions = db::sessions::for_conference(c, conf.id)?;
                let span = sessions
                    .iter()
                    .map(|s| s.starts_at)
                    .min()
                    .zip(sessions.iter().map(|s| s.ends_at).max());
                out.push((conf, identity, span));
            }
            Ok::<_, AppError>(out)
        })
        .await?;
    let today = state.clock.now().date_naive();
    let (mut upcoming, mut past) = (Vec::new(), Vec::new());
    for (c, identity, span) in list {
        // Dates in the viewer's zone (their choice, else the conference's), from the
        // first session's start to the last one's end.
        let tz = viewer_zone(&req, &query, c.tz).tz;
        let dates = match span {
            Some((a, b)) => date_span(
                a.with_timezone(&tz).date_naive(),
                b.with_timezone(&tz).date_naive(),
            ),
            None => date_span(c.starts_on, c.ends_on),
        };
        let shown_tz = if span.is_some() { tz } else { c.tz };
        let card = ConferenceCard {
            href: format!("/c/{}", c.slug),
            dates,
            zone: shown_tz.name().to_string(),
            banner: identity.banner_url(),
            summary: crate::domain::identity::summary_of(&c.description, 220),
            title_lang: foreign(Some(c.shown.title)),
            summary_lang: foreign(Some(c.shown.description)),
            title: c.title,
        };
        if c.ends_on >= today {
            upcoming.push(card);
        } else {
            past.push(card);
        }
    }
    upcoming.reverse(); // soonest first
    html(&HomePage {
        layout: Layout::public(&cookie),
        upcoming,
        past,
    })
}

// ---------------------------------------------------------------- /c/{slug}

#[derive(Template)]
#[template(path = "public/conference.html")]
pub struct ConferencePage {
    pub layout: Layout,
    /// A draft previewed by its organizers: the page says so.
    pub draft: bool,
    pub slug: String,
    pub title: String,
    pub dates: String,
    pub zone: String,
    /// The organizers' Markdown, rendered and sanitised.
    pub description_html: String,
    pub registrants: i64,
    pub countries: i64,
    pub session_count: usize,
    pub day_count: i64,
    /// The languages of the title and description when not the page's.
    pub title_lang: Option<Lang>,
    pub description_lang: Option<Lang>,
    /// The signed-in viewer's registration (per request, never cached).
    pub mine: Option<Mine>,
    pub identity: Identity,
}

#[tracing::instrument(name = "public::conference", skip_all, fields(slug = %slug))]
pub async fn conference(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: MaybeUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let slug = slug.into_inner();
    let viewer = user.0.clone();
    let ((conf, draft), (registrants, countries), session_count, identity) = state
        .db
        .run(move |c| {
            let (mut conf, draft) = visible_conference(c, &slug, viewer.as_ref())?;
            db::content::localize_conference(c, &mut conf, l10n::current())?;
            let reach = db::stats::confirmed_reach(c, conf.id)?;
            let n = db::sessions::for_conference(c, conf.id)?.len();
            let identity = db::identity::of(c, conf.id)?;
            Ok::<_, AppError>(((conf, draft), reach, n, identity))
        })
        .await?;
    let layout = match &user.0 {
        Some(_) => Layout::from_cookie(&cookie),
        None => Layout::public(&cookie),
    };
    let mine = match &user.0 {
        Some(u) => mine::load(&state, &conf, u, &[], &layout.csrf, conf.tz).await?,
        None => None,
    };
    html(&ConferencePage {
        layout,
        mine,
        draft,
        dates: date_span(conf.starts_on, conf.ends_on),
        zone: conf.tz.name().to_string(),
        description_html: crate::domain::markdown::to_safe_html(&conf.description),
        title_lang: foreign(Some(conf.shown.title)),
        description_lang: foreign(Some(conf.shown.description)),
        day_count: (conf.ends_on - conf.starts_on).num_days() + 1,
        slug: conf.slug,
        title: conf.title,
        registrants,
        countries,
        session_count,
        identity,
    })
}

impl ConferencePage {
    /// "2,000 registrants from 175 countries" in the reader's language.
    pub fn reach(&self) -> String {
        let lang = self.layout.lang;
        l10n::t_with(
            lang,
            "pub-conf-reach",
            &[
                ("registrants", Arg::Number(self.registrants)),
                ("rn", Arg::Text(&lang.number(self.registrants))),
                ("countries", Arg::Number(self.countries)),
                ("cn", Arg::Text(&lang.number(self.countries))),
            ],
        )
    }

    /// "See the agenda (12 sessions over 3 days)" in the reader's language.
    pub fn agenda_link(&self) -> String {
        let lang = self.layout.lang;
        let sessions = i64::try_from(self.session_count).unwrap_or(i64::MAX);
        l10n::t_with(
            lang,
            "pub-conf-see-agenda",
            &[
                ("sessions", Arg::Number(sessions)),
                ("sn", Arg::Text(&lang.number(sessions))),
                ("days", Arg::Number(self.day_count)),
                ("dn", Arg::Text(&lang.number(self.day_count))),
            ],
        )
    }
}

pub(super) const HTML: &str = "text/html; charset=utf-8";

/// A page's HTML, for the cache.
pub(super) fn render<T: Template>(page: &T) -> Result<Vec<u8>, AppError> {
    super::render::render_sized(page).map(String::into_bytes)
}

// ---------------------------------------------------------------- /c/{slug}/sessions/{id}

#[derive(Template)]
#[template(path = "public/session.html")]
pub struct SessionPage {
    pub layout: Layout,
    /// A draft previewed by its organizers: the page says so.
    pub draft: bool,
    pub slug: String,
    pub conference_title: String,
    pub item: AgendaItem,
    pub date: String,
    pub conference_time: Option<String>,
    pub conference_tz: String,
    pub tz_name: String,
    pub zone_notice: Option<String>,
    pub paragraphs: Vec<String>,
    /// The languages of the abstract and of the conference title when not the page's.
    pub summary_lang: Option<Lang>,
    pub conference_title_lang: Option<Lang>,
    pub people: Vec<(String, String, String)>,
    /// The signed-in viewer's pick, join link and forms (per request, never cached).
    pub mine: Option<Mine>,
    pub save_zone: Option<SaveZoneOffer>,
    /// Profile cards of the people who consented to be shown.
    pub cards: Vec<super::people::PersonCard>,
    pub identity: Identity,
}

#[tracing::instrument(
    name = "public::session",
    skip_all,
    fields(slug = %path.0, session = %path.1)
)]
pub async fn session(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: MaybeUser,
    req: HttpRequest,
    path: web::Path<(String, String)>,
    query: web::Query<TzQuery>,
) -> Result<HttpResponse, AppError> {
    let (slug, id) = path.into_inner();
    let id = crate::domain::SessionId::parse(&id).ok_or(AppError::NotFound)?;
    if user.0.is_none() && page_cache::anonymous(&cookie) {
        let version = page_cache::version(&state, &slug).await?;
        let zone = viewer_zone(&req, &query, version.tz);
        let key = format!(
            "session\0{slug}\0{id}\0{}\0{}\0{:?}",
            zone.tz.name(),
            super::lang::current(),
            zone.notice
        );
        let resp = page_cache::serve(&state, &req, &version, key, true, HTML, || async {
            let layout = Layout::public(&cookie);
            let (page, _) = session_page(&state, &req, &query, (slug, id), None, layout).await?;
            render(&page)
        })
        .await?;
        return Ok(with_zone_cookie(resp, &zone));
    }
    let layout = Layout::from_cookie(&cookie);
    let (page, zone) = session_page(&state, &req, &query, (slug, id), user.0, layout).await?;
    Ok(with_zone_cookie(html(&page)?, &zone))
}

/// The session page for `user` (with their pick, join and forms) or for anyone.
async fn session_page(
    state: &AppState,
    req: &HttpRequest,
    query: &TzQuery,
    (slug, id): (String, crate::domain::SessionId),
    user: Option<db::users::User>,
    layout: Layout,
) -> Result<(SessionPage, ViewerZone), AppError> {
    let viewer = user.clone();
    let ((conf, draft), s, shown, identity) = state
        .db
        .run(move |c| {
            let (mut conf, draft) = visible_conference(c, &slug, viewer.as_ref())?;
            let mut s = db::sessions::by_id(c, conf.id, id)?.ok_or(AppError::NotFound)?;
            let reader = l10n::current();
            db::content::localize_conference(c, &mut conf, reader)?;
            db::content::localize_session(c, &mut s, reader, conf.default_language)?;
            let ids: Vec<_> = s.people.iter().map(|p| p.user_id).collect();
            let shown = db::profiles::shown(c, &ids)?;
            let identity = db::identity::of(c, conf.id)?;
            Ok::<_, AppError>(((conf, draft), s, shown, identity))
        })
        .await?;
    let cards = super::people::cards(&conf.slug, &s.people, &shown);
    let zone = viewer_zone(req, query, profile_zone(user.as_ref(), conf.tz));
    let tz = zone.tz;
    let (mine, save_zone) = match &user {
        Some(u) => (
            mine::load(state, &conf, u, std::slice::from_ref(&s), &layout.csrf, tz).await?,
            SaveZoneOffer::new(
                Some(u),
                &zone,
                format!("/c/{}/sessions/{}", conf.slug, s.id),
                &layout.csrf,
            ),
        ),
        None => (None, None),
    };
    let conference_time = (tz != conf.tz).then(|| {
        format!(
            "{} {}",
            long_date(s.starts_at.with_timezone(&conf.tz).date_naive()),
            agenda::time_range(s.starts_at, s.ends_at, conf.tz)
        )
    });
    let page = SessionPage {
        layout,
        mine,
        save_zone,
        draft,
        item: agenda_item(&conf.slug, &s, tz),
        date: long_date(s.starts_at.with_timezone(&tz).date_naive()),
        conference_time,
        conference_tz: conf.tz.name().to_string(),
        tz_name: tz.name().to_string(),
        zone_notice: zone.notice.clone(),
        paragraphs: s
            .summary
            .split("\n\n")
            .map(|p| p.trim().to_string())
            .filter(|p| !p.is_empty())
            .collect(),
        people: s
            .people
            .iter()
            .map(|p| {
                (
                    super::agenda_view::role_label(p.role),
                    p.name.clone(),
                    p.organization.clone().unwrap_or_default(),
                )
            })
            .collect(),
        cards,
        identity,
        summary_lang: foreign(s.languages.summary),
        conference_title_lang: foreign(Some(conf.shown.title)),
        slug: conf.slug,
        conference_title: conf.title,
    };
    Ok((page, zone))
}

/// The zone to fall back on after `?tz=` and the zone cookie: the signed-in
/// viewer's profile zone, else the conference's.
pub(super) fn profile_zone(user: Option<&crate::db::users::User>, conference: Tz) -> Tz {
    user.map_or(conference, |u| u.tz)
}

// ---------------------------------------------------------------- /healthz, /readyz

/// Liveness: the process is up and answering. It touches no database, so an
/// orchestrator does not restart a healthy process because the database is down.
#[tracing::instrument(name = "public::healthz", skip_all)]
pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(serde_json::json!({ "status": "ok" }))
}

/// Readiness: the database answers and every migration this binary knows is
/// applied; 503 otherwise, so a load balancer sends no traffic here yet.
#[tracing::instrument(name = "public::readyz", skip_all)]
pub async fn readyz(state: web::Data<AppState>) -> HttpResponse {
    let backend = state.db.url().backend_name();
    let pending = state
        .db
        .run(|c| Ok::<_, AppError>(db::pending_migrations(c)?))
        .await;
    let (status, body) = match pending {
        Ok(0) => (
            actix_web::http::StatusCode::OK,
            serde_json::json!({
                "status": "ok", "database": "ok", "migrations": "ok", "backend": backend,
            }),
        ),
        Ok(n) => (
            actix_web::http::StatusCode::SERVICE_UNAVAILABLE,
            serde_json::json!({
                "status": "error", "database": "ok", "migrations": "pending",
                "pending_migrations": n, "backend": backend,
            }),
        ),
        Err(e) => {
            tracing::warn!(error = %e, "readiness check: database unreachable");
            (
                actix_web::http::StatusCode::SERVICE_UNAVAILABLE,
                serde_json::json!({
                    "status": "error", "database": "unreachable", "backend": backend,
                }),
            )
        }
    };
    HttpResponse::build(status)
        .insert_header(("Cache-Control", "no-store"))
        .json(body)
}
