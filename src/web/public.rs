//! Public pages: the list of conferences, a conference's home, its multi-day agenda
//! in the viewer's time zone, session details, and the health check.

use actix_session::Session as Cookie;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono_tz::Tz;

use super::AppState;
use super::agenda_view::{AgendaItem, agenda_item};
use super::error::AppError;
use super::extract::published_conference;
use super::page_cache;
use super::render::{Layout, html};
use super::zone::{TzQuery, ViewerZone, viewer_zone, with_zone_cookie};
use crate::db;
use crate::db::conferences::Conference;
use crate::domain::agenda::{self, group_by_local_day};
use crate::domain::timefmt::{self, date_span, long_date};

// ---------------------------------------------------------------- /

pub struct ConferenceCard {
    pub href: String,
    pub title: String,
    pub dates: String,
    pub zone: String,
}

#[derive(Template)]
#[template(path = "public/home.html")]
pub struct HomePage {
    pub layout: Layout,
    pub upcoming: Vec<ConferenceCard>,
    pub past: Vec<ConferenceCard>,
}

#[tracing::instrument(name = "public::home", skip_all)]
pub async fn home(state: web::Data<AppState>, cookie: Cookie) -> Result<HttpResponse, AppError> {
    let list = state
        .db
        .run(|c| Ok::<_, AppError>(db::conferences::list_published(c)?))
        .await?;
    let today = state.clock.now().date_naive();
    let (mut upcoming, mut past) = (Vec::new(), Vec::new());
    for c in list {
        let card = ConferenceCard {
            href: format!("/c/{}", c.slug),
            dates: date_span(c.starts_on, c.ends_on),
            zone: c.tz.name().to_string(),
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
}

#[tracing::instrument(name = "public::conference", skip_all, fields(slug = %slug))]
pub async fn conference(
    state: web::Data<AppState>,
    cookie: Cookie,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let slug = slug.into_inner();
    let (conf, (registrants, countries), session_count) = state
        .db
        .run(move |c| {
            let conf = published_conference(c, &slug)?;
            let reach = db::stats::confirmed_reach(c, conf.id)?;
            let n = db::sessions::for_conference(c, conf.id)?.len();
            Ok::<_, AppError>((conf, reach, n))
        })
        .await?;
    html(&ConferencePage {
        layout: Layout::public(&cookie),
        dates: date_span(conf.starts_on, conf.ends_on),
        zone: conf.tz.name().to_string(),
        description_html: crate::domain::markdown::to_safe_html(&conf.description),
        day_count: (conf.ends_on - conf.starts_on).num_days() + 1,
        slug: conf.slug,
        title: conf.title,
        registrants,
        countries,
        session_count,
    })
}

// ---------------------------------------------------------------- /c/{slug}/agenda

pub struct AgendaDay {
    pub heading: String,
    pub anchor: String,
    pub items: Vec<AgendaItem>,
}

#[derive(Template)]
#[template(path = "public/agenda.html")]
pub struct AgendaPage {
    pub layout: Layout,
    pub slug: String,
    pub title: String,
    pub tz_name: String,
    pub conference_tz: String,
    pub zone_notice: Option<String>,
    pub days: Vec<AgendaDay>,
    pub zones: &'static [Tz],
}

#[tracing::instrument(name = "public::agenda", skip_all, fields(slug = %slug))]
pub async fn agenda(
    state: web::Data<AppState>,
    cookie: Cookie,
    req: HttpRequest,
    slug: web::Path<String>,
    query: web::Query<TzQuery>,
) -> Result<HttpResponse, AppError> {
    let slug = slug.into_inner();
    if page_cache::anonymous(&cookie) {
        let version = page_cache::version(&state, &slug).await?;
        let zone = viewer_zone(&req, &query, version.tz);
        let key = format!("agenda\0{slug}\0{}\0{:?}", zone.tz.name(), zone.notice);
        let resp = page_cache::serve(&state, &req, &version, key, true, HTML, || async {
            let (conf, list) = load_agenda(&state, slug).await?;
            render(&agenda_page(Layout::default(), conf, list, &zone))
        })
        .await?;
        return Ok(with_zone_cookie(resp, &zone));
    }
    let (conf, list) = load_agenda(&state, slug).await?;
    let zone = viewer_zone(&req, &query, conf.tz);
    let page = agenda_page(Layout::public(&cookie), conf, list, &zone);
    Ok(with_zone_cookie(html(&page)?, &zone))
}

async fn load_agenda(
    state: &AppState,
    slug: String,
) -> Result<(Conference, Vec<db::sessions::Session>), AppError> {
    state
        .db
        .run(move |c| {
            let conf = published_conference(c, &slug)?;
            let list = db::sessions::for_conference(c, conf.id)?;
            Ok::<_, AppError>((conf, list))
        })
        .await
}

fn agenda_page(
    layout: Layout,
    conf: Conference,
    list: Vec<db::sessions::Session>,
    zone: &ViewerZone,
) -> AgendaPage {
    let tz = zone.tz;
    let days = group_by_local_day(list, tz)
        .into_iter()
        .map(|d| AgendaDay {
            heading: long_date(d.date),
            anchor: timefmt::day_anchor(d.date),
            items: d
                .items
                .iter()
                .map(|s| agenda_item(&conf.slug, s, tz))
                .collect(),
        })
        .collect();
    AgendaPage {
        layout,
        tz_name: tz.name().to_string(),
        conference_tz: conf.tz.name().to_string(),
        zone_notice: zone.notice.clone(),
        slug: conf.slug,
        title: conf.title,
        days,
        zones: &chrono_tz::TZ_VARIANTS,
    }
}

const HTML: &str = "text/html; charset=utf-8";

/// A page's HTML, for the cache.
fn render<T: Template>(page: &T) -> Result<Vec<u8>, AppError> {
    page.render()
        .map(String::into_bytes)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("template: {e}")))
}

// ---------------------------------------------------------------- /c/{slug}/sessions/{id}

#[derive(Template)]
#[template(path = "public/session.html")]
pub struct SessionPage {
    pub layout: Layout,
    pub slug: String,
    pub conference_title: String,
    pub item: AgendaItem,
    pub date: String,
    pub conference_time: Option<String>,
    pub conference_tz: String,
    pub tz_name: String,
    pub zone_notice: Option<String>,
    pub paragraphs: Vec<String>,
    pub people: Vec<(String, String, String)>,
}

#[tracing::instrument(
    name = "public::session",
    skip_all,
    fields(slug = %path.0, session = %path.1)
)]
pub async fn session(
    state: web::Data<AppState>,
    cookie: Cookie,
    req: HttpRequest,
    path: web::Path<(String, String)>,
    query: web::Query<TzQuery>,
) -> Result<HttpResponse, AppError> {
    let (slug, id) = path.into_inner();
    let id = crate::domain::SessionId::parse(&id).ok_or(AppError::NotFound)?;
    if page_cache::anonymous(&cookie) {
        let version = page_cache::version(&state, &slug).await?;
        let zone = viewer_zone(&req, &query, version.tz);
        let key = format!(
            "session\0{slug}\0{id}\0{}\0{:?}",
            zone.tz.name(),
            zone.notice
        );
        let resp = page_cache::serve(&state, &req, &version, key, true, HTML, || async {
            let (conf, s) = load_session(&state, slug, id).await?;
            render(&session_page(Layout::default(), conf, &s, &zone))
        })
        .await?;
        return Ok(with_zone_cookie(resp, &zone));
    }
    let (conf, s) = load_session(&state, slug, id).await?;
    let zone = viewer_zone(&req, &query, conf.tz);
    let page = session_page(Layout::public(&cookie), conf, &s, &zone);
    Ok(with_zone_cookie(html(&page)?, &zone))
}

async fn load_session(
    state: &AppState,
    slug: String,
    id: crate::domain::SessionId,
) -> Result<(Conference, db::sessions::Session), AppError> {
    state
        .db
        .run(move |c| {
            let conf = published_conference(c, &slug)?;
            let s = db::sessions::by_id(c, conf.id, id)?.ok_or(AppError::NotFound)?;
            Ok::<_, AppError>((conf, s))
        })
        .await
}

fn session_page(
    layout: Layout,
    conf: Conference,
    s: &db::sessions::Session,
    zone: &ViewerZone,
) -> SessionPage {
    let tz = zone.tz;
    let conference_time = (tz != conf.tz).then(|| {
        format!(
            "{} {}",
            long_date(s.starts_at.with_timezone(&conf.tz).date_naive()),
            agenda::time_range(s.starts_at, s.ends_at, conf.tz)
        )
    });
    SessionPage {
        layout,
        item: agenda_item(&conf.slug, s, tz),
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
                    p.role.label().to_string(),
                    p.name.clone(),
                    p.organization.clone().unwrap_or_default(),
                )
            })
            .collect(),
        slug: conf.slug,
        conference_title: conf.title,
    }
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
