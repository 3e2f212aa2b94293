//! The agenda page (`/c/{slug}/agenda`): anonymous views rendered once per agenda
//! version, zone, language and interpretation filter and served from memory; signed-in
//! views share what every viewer sees (the conference and its days, built once per
//! version, zone and language) and add only the viewer's own picks per request.

use std::sync::Arc;

use actix_session::Session as Cookie;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono_tz::Tz;

use super::AppState;
use super::agenda_view::{AgendaItem, agenda_item, colour_tracks, foreign};
use super::attendee::JoinState;
use super::attendee::mine::{self, Mine, SaveZoneOffer};
use super::error::AppError;
use super::extract::{load_user, load_user_then, visible_conference};
use super::page_cache;
use super::public::{HTML, profile_zone, render};
use super::render::{Layout, html, render_sized};
use super::zone::{TzQuery, ViewerZone, viewer_zone, with_zone_cookie};
use crate::db;
use crate::db::identity::Identity;
use crate::domain::agenda::group_by_local_day;
use crate::domain::l10n;
use crate::domain::lang::Lang;
use crate::domain::timefmt::{self, long_date};

/// `?interpretation=xx` on the agenda: only the sessions interpreted into `xx`.
#[derive(serde::Deserialize)]
pub struct InterpretationQuery {
    pub interpretation: Option<String>,
}

impl InterpretationQuery {
    /// The language asked for; anything that is not one of the six shows all.
    pub fn language(&self) -> Option<Lang> {
        self.interpretation.as_deref().and_then(Lang::parse)
    }
}

pub struct AgendaDay {
    pub heading: String,
    pub anchor: String,
    pub items: Vec<AgendaLine>,
}

/// One session on the agenda, its shared part already written: every viewer of a
/// version, zone and language sees the same HTML up to their own pick controls, so
/// it is escaped once, not on every view.
pub struct AgendaLine {
    pub id: String,
    pub title: String,
    /// `<li …>` up to the viewer's controls (the page closes the line).
    pub head: String,
}

#[derive(Template)]
#[template(path = "public/agenda_line.html")]
struct AgendaLineHead<'a> {
    s: &'a AgendaItem,
    layout: Layout,
}

impl AgendaLine {
    fn new(item: &AgendaItem) -> Result<Self, AppError> {
        let head = render_sized(&AgendaLineHead {
            s: item,
            layout: Layout::plain(),
        })?;
        Ok(Self {
            id: item.id.clone(),
            title: item.title.clone(),
            head,
        })
    }
}

#[derive(Template)]
#[template(path = "public/agenda.html")]
pub struct AgendaPage {
    pub layout: Layout,
    /// A draft previewed by its organizers: the page says so.
    pub draft: bool,
    pub slug: String,
    pub title: String,
    pub tz_name: String,
    pub conference_tz: String,
    pub zone_notice: Option<String>,
    pub days: Arc<[AgendaDay]>,
    pub zones: crate::web::zone::Choices,
    /// The signed-in viewer's picks and forms (per request, never cached).
    pub mine: Option<Mine>,
    pub save_zone: Option<SaveZoneOffer>,
    pub identity: Identity,
    pub title_lang: Option<Lang>,
    /// `?interpretation=xx`: only sessions interpreted into that language.
    pub interpretation: Option<Lang>,
}

#[tracing::instrument(name = "public_agenda::agenda", skip_all, fields(slug = %slug))]
pub async fn agenda(
    state: web::Data<AppState>,
    cookie: Cookie,
    req: HttpRequest,
    slug: web::Path<String>,
    query: web::Query<TzQuery>,
    filter: web::Query<InterpretationQuery>,
) -> Result<HttpResponse, AppError> {
    let slug = slug.into_inner();
    let only = filter.language();
    if page_cache::anonymous(&cookie) {
        // Rendered once per (version, zone, language, interpretation filter) and
        // served from memory.
        let version = page_cache::version(&state, &slug).await?;
        let zone = viewer_zone(&req, &query, version.tz);
        let key = format!(
            "agenda\0{slug}\0{}\0{}\0{:?}\0{}",
            zone.tz.name(),
            super::lang::current(),
            zone.notice,
            only.map_or("", Lang::code)
        );
        let resp = page_cache::serve(&state, &req, &version, key, true, HTML, || async {
            let layout = Layout::public(&cookie);
            let viewer = Viewer::anonymous(version.clone());
            let (page, _) = agenda_page(&state, &req, &query, slug, only, layout, viewer).await?;
            render(&page)
        })
        .await?;
        return Ok(with_zone_cookie(resp, &zone));
    }
    let viewer = Viewer::load(&state, &req, &slug).await?;
    let layout = Layout::from_cookie(&cookie);
    let (page, zone) = agenda_page(&state, &req, &query, slug, only, layout, viewer).await?;
    Ok(with_zone_cookie(html(&page)?, &zone))
}

/// Who is looking at an agenda, and what of theirs it shows.
struct Viewer {
    /// The published agenda's version (`None`: a draft, seen only by its organizers).
    published: Option<page_cache::Version>,
    user: Option<db::users::User>,
    /// The user's registration and picks, read with their login session.
    found: Option<mine::Found>,
}

impl Viewer {
    fn anonymous(version: page_cache::Version) -> Self {
        Self {
            published: Some(version),
            user: None,
            found: None,
        }
    }

    /// The signed-in viewer, with their registration and picks read in the same trip
    /// to the database as their login session (the version usually comes from memory).
    async fn load(state: &AppState, req: &HttpRequest, slug: &str) -> Result<Self, AppError> {
        let published = match page_cache::version(state, slug).await {
            Ok(v) => Some(v),
            Err(AppError::NotFound) => None,
            Err(e) => return Err(e),
        };
        let (user, found) = match &published {
            Some(v) => {
                let cid = v.conference;
                match load_user_then(req, move |c, u| mine::read(c, cid, u.id)).await? {
                    Some((user, found)) => (Some(user), Some(found)),
                    None => (None, None),
                }
            }
            None => (load_user(req).await?, None),
        };
        Ok(Self {
            published,
            user,
            found,
        })
    }
}

/// What every viewer of an agenda sees in one zone and language: the conference, its
/// sessions and the days they fall on.
struct AgendaShared {
    conf: db::conferences::Conference,
    draft: bool,
    list: Vec<db::sessions::Session>,
    identity: Identity,
    days: Arc<[AgendaDay]>,
}

/// An agenda as read from the database, before it is laid out in a zone.
struct Loaded {
    conf: db::conferences::Conference,
    draft: bool,
    list: Vec<db::sessions::Session>,
    identity: Identity,
}

impl AgendaShared {
    /// Reads the conference and its sessions (in the reader's language, only those
    /// interpreted into `only` when asked) as `viewer` may see them.
    async fn load(
        state: &AppState,
        slug: String,
        viewer: Option<db::users::User>,
        only: Option<Lang>,
    ) -> Result<Loaded, AppError> {
        state
            .db
            .run(move |c| {
                let (mut conf, draft) = visible_conference(c, &slug, viewer.as_ref())?;
                let mut list = db::sessions::for_conference(c, conf.id)?;
                let reader = l10n::current();
                db::content::localize_conference(c, &mut conf, reader)?;
                db::content::localize_sessions(c, &mut list, reader, conf.default_language)?;
                if let Some(lang) = only {
                    list.retain(|s| s.languages.interprets(lang));
                }
                let identity = db::identity::of(c, conf.id)?;
                Ok(Loaded {
                    conf,
                    draft,
                    list,
                    identity,
                })
            })
            .await
    }

    /// What was loaded, with its sessions grouped by local day in `tz` and their
    /// tracks coloured.
    fn in_zone(loaded: Loaded, tz: Tz) -> Result<Self, AppError> {
        let mut days: Vec<(_, Vec<AgendaItem>)> = group_by_local_day(loaded.list.clone(), tz)
            .into_iter()
            .map(|d| {
                let items = d
                    .items
                    .iter()
                    .map(|s| agenda_item(&loaded.conf.slug, s, tz))
                    .collect();
                (d.date, items)
            })
            .collect();
        colour_tracks(days.iter_mut().flat_map(|(_, items)| items.iter_mut()));
        let days = days
            .into_iter()
            .map(|(date, items)| {
                Ok(AgendaDay {
                    heading: long_date(date),
                    anchor: timefmt::day_anchor(date),
                    items: items
                        .iter()
                        .map(AgendaLine::new)
                        .collect::<Result<_, _>>()?,
                })
            })
            .collect::<Result<Vec<_>, AppError>>()?;
        Ok(Self {
            conf: loaded.conf,
            draft: loaded.draft,
            list: loaded.list,
            identity: loaded.identity,
            days: days.into(),
        })
    }
}

/// The agenda page for `viewer` (with their picks and forms when signed in). For a
/// published agenda, what all viewers share is built once per version, zone and
/// language; only the viewer's own part per request.
async fn agenda_page(
    state: &AppState,
    req: &HttpRequest,
    query: &TzQuery,
    slug: String,
    only: Option<Lang>,
    layout: Layout,
    viewer: Viewer,
) -> Result<(AgendaPage, ViewerZone), AppError> {
    let Viewer {
        published,
        user,
        found,
    } = viewer;
    let (shared, zone) = match published {
        Some(version) => {
            let zone = viewer_zone(req, query, profile_zone(user.as_ref(), version.tz));
            let key = format!(
                "agenda-view\0{slug}\0{}\0{}\0{}",
                zone.tz.name(),
                super::lang::current(),
                only.map_or("", Lang::code)
            );
            let tz = zone.tz;
            let shared = page_cache::view(state, &version, key, || async move {
                let loaded = AgendaShared::load(state, slug, None, only).await?;
                AgendaShared::in_zone(loaded, tz)
            })
            .await?;
            (shared, zone)
        }
        None => {
            let loaded = AgendaShared::load(state, slug, user.clone(), only).await?;
            let zone = viewer_zone(req, query, profile_zone(user.as_ref(), loaded.conf.tz));
            let tz = zone.tz;
            (Arc::new(AgendaShared::in_zone(loaded, tz)?), zone)
        }
    };
    let conf = &shared.conf;
    let tz = zone.tz;
    let (mine, save_zone) = match &user {
        Some(u) => (
            match found {
                Some(found) => Mine::build(
                    conf,
                    found,
                    &shared.list,
                    &layout.csrf,
                    tz,
                    state.clock.now(),
                ),
                None => mine::load(state, conf, u, &shared.list, &layout.csrf, tz).await?,
            },
            SaveZoneOffer::new(
                Some(u),
                &zone,
                format!("/c/{}/agenda", conf.slug),
                &layout.csrf,
            ),
        ),
        None => (None, None),
    };
    let page = AgendaPage {
        layout,
        mine,
        save_zone,
        draft: shared.draft,
        tz_name: tz.name().to_string(),
        conference_tz: conf.tz.name().to_string(),
        zone_notice: zone.notice.clone(),
        title_lang: foreign(Some(conf.shown.title)),
        slug: conf.slug.clone(),
        title: conf.title.clone(),
        days: Arc::clone(&shared.days),
        zones: crate::web::zone::choices(),
        identity: shared.identity.clone(),
        interpretation: only,
    };
    Ok((page, zone))
}
