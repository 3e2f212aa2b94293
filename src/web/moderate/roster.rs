//! A session's roster: the page (search, filters, sort, counts by country with a
//! chart), the fragment `static/app.js` polls while the session runs, and the
//! speakers' read-only view. Reads are one blocking hop each (access check, roster
//! query and counts together), because the roster is what a moderator reloads most
//! during a 2,000-person opening. CSV is in `roster_csv`, check-in in `checkin`.

use actix_session::Session as Cookie;
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;

use super::{CountryView, RosterAccess, when};
use crate::db;
use crate::db::roster::{Attendance, Filter, Sort};
use crate::domain::join::HOST_LEAD_MINUTES;
use crate::domain::l10n::{self, Arg};
use crate::domain::text::country_name;
use crate::domain::timefmt::{clock_seconds_zone, clock_zone, day_month_clock_zone, iso_utc};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::SessionContext;
use crate::web::link::query;
use crate::web::render::{Layout, flash, html, see_other};
use crate::web::zone::viewer_zone;

pub(super) use super::roster_query::with_question_mark;
pub use super::roster_query::{PAGE_SIZE, RosterQuery};

// ---------------------------------------------------------------- views

pub struct RosterRow {
    pub id: String,
    pub name: String,
    pub deleted: bool,
    pub country: String,
    pub organization: String,
    pub status: &'static str,
    pub status_label: &'static str,
    pub joined: Option<(String, String)>,
    pub by_hand: bool,
    /// Minutes in the meeting by the video platform's word (issue 17).
    pub present_minutes: Option<i64>,
    /// Answers to questions visible to moderators (issue 18).
    pub answers: Vec<crate::web::answers::AnswerLine>,
}

pub struct SortLink {
    pub label: String,
    pub href: String,
    /// `aria-sort` value when the table is sorted by this column.
    pub current: Option<&'static str>,
}

/// The part of the page that refreshes itself: summary, counts and the table.
pub struct RosterView {
    /// The page's own path: `…/roster` (moderators) or `…/attendees` (speakers).
    pub page: String,
    pub rows: Vec<RosterRow>,
    pub countries: CountryView,
    pub waitlisted: i64,
    pub filtered: bool,
    pub can_check_in: bool,
    pub updated: String,
    pub sort_name: SortLink,
    pub sort_country: SortLink,
    pub sort_joined: SortLink,
    /// The rows matching the filters on all pages.
    pub matching: i64,
    /// Position (from 1) of the first row shown.
    pub first: i64,
    pub prev_href: Option<String>,
    pub next_href: Option<String>,
    /// The roster shows answers to custom questions (moderators only).
    pub answer_column: bool,
}

impl RosterView {
    pub fn joined_shown(&self) -> i64 {
        i64::try_from(self.rows.iter().filter(|r| r.joined.is_some()).count()).unwrap_or(i64::MAX)
    }

    /// How many rows this page shows.
    pub fn row_count(&self) -> i64 {
        i64::try_from(self.rows.len()).unwrap_or(i64::MAX)
    }

    /// "Rows 1–50 of 2,000" (`key` takes `$range` and `$total`), grouped the
    /// reader's way.
    pub fn range_of(&self, key: &str) -> String {
        let lang = l10n::current();
        let range = format!("{}–{}", lang.number(self.first), lang.number(self.last()));
        let total = lang.number(self.matching);
        l10n::tr_with(
            key,
            &[("range", Arg::Text(&range)), ("total", Arg::Text(&total))],
        )
    }

    /// "Showing 12 of 300 enrolled" when filters narrow the roster.
    pub fn showing(&self) -> String {
        let matching = l10n::current().number(self.matching);
        let enrolled = l10n::tr_count("orgb-cc-enrolled", self.countries.total_enrolled);
        l10n::tr_with(
            "orgb-roster-showing",
            &[
                ("matching", Arg::Text(&matching)),
                ("enrolled", Arg::Text(&enrolled)),
            ],
        )
    }

    /// Position of the last row shown.
    pub fn last(&self) -> i64 {
        self.first + self.rows.len() as i64 - 1
    }

    pub fn paged(&self) -> bool {
        self.matching > self.rows.len() as i64
    }
}

#[derive(Template)]
#[template(path = "moderate/roster.html")]
pub struct RosterPage {
    pub layout: Layout,
    pub slug: String,
    pub conference_title: String,
    pub session_href: String,
    /// Where the check-in and undo forms post (`…/sessions/{id}`).
    pub action_base: String,
    pub title: String,
    pub when: String,
    pub tz_name: String,
    pub search: String,
    pub country: String,
    pub attendance: &'static str,
    pub sort: &'static str,
    pub tz_param: Option<String>,
    pub country_options: Vec<(String, String)>,
    pub back: String,
    pub refresh_href: String,
    pub csv_href: Option<String>,
    pub live_url: Option<String>,
    pub undo: bool,
    pub live: RosterView,
    /// The conference's logo and colour, on screen and on the printed roster.
    pub identity: db::identity::Identity,
}

/// Just the live part, for polling.
#[derive(Template)]
#[template(path = "moderate/roster_live.html")]
pub struct RosterFragment {
    pub layout: Layout,
    pub live: RosterView,
}

const ASC: &str = "ascending";

fn joined_label(at: DateTime<Utc>, session_start: DateTime<Utc>, tz: Tz) -> String {
    let local = at.with_timezone(&tz);
    if local.date_naive() == session_start.with_timezone(&tz).date_naive() {
        clock_zone(&local)
    } else {
        day_month_clock_zone(&local)
    }
}

fn sort_link(
    q: &RosterQuery,
    page: &str,
    key: &str,
    value: &str,
    current: Option<&'static str>,
) -> SortLink {
    let mut params = q.params(false);
    if !value.is_empty() {
        params.push(("sort", value.to_string()));
    }
    SortLink {
        label: l10n::tr(key),
        href: format!("{page}{}", with_question_mark(&query(&params))),
        current,
    }
}

/// Everything a roster read needs, loaded in one blocking hop.
pub(super) struct Loaded {
    pub(super) ctx: SessionContext,
    access: RosterAccess,
    pub(super) entries: Vec<db::roster::Entry>,
    counts: Vec<db::roster::CountryCount>,
    waitlisted: i64,
    /// Minutes present per person, from the video platform's callbacks.
    minutes: Vec<(crate::domain::UserId, i64)>,
    identity: db::identity::Identity,
    /// Rows matching the filter on all pages.
    matching: i64,
    answers: super::roster_answers::RosterAnswers,
}

/// The roster when the viewer has exactly `wanted` access to it; otherwise the
/// session's context, for the caller to send them where they belong.
async fn load(
    state: &AppState,
    ctx: SessionContext,
    filter: Filter,
    wanted: RosterAccess,
) -> Result<Result<Loaded, SessionContext>, AppError> {
    let access = match ctx.roster_access() {
        Some(a) if a == wanted => a,
        _ => return Ok(Err(ctx)),
    };
    let now = state.clock.now();
    state
        .db
        .run(move |c| {
            let sid = ctx.session.id;
            let (entries, matching) = match filter.window {
                Some(w) => db::roster::page(c, sid, &filter, w)?,
                None => {
                    let all = db::roster::entries(c, sid, &filter)?;
                    let n = all.len() as i64;
                    (all, n)
                }
            };
            let counts = db::roster::counts_by_country(c, sid)?;
            let waitlisted = db::roster::waitlisted_count(c, sid)?;
            let end = ctx.session.ends_at;
            let minutes = db::video::minutes_by_person(c, &[(sid, end)], now)?
                .into_iter()
                .map(|(_, u, m)| (u, m))
                .collect();
            let identity = db::identity::of(c, ctx.conf.id)?;
            let ids: Vec<_> = entries.iter().map(|e| e.registration).collect();
            let full = access == RosterAccess::Full;
            let answers = super::roster_answers::load(c, ctx.conf.id, full, &ids)?;
            Ok::<_, AppError>(Ok(Loaded {
                answers,
                identity,
                ctx,
                access,
                entries,
                counts,
                waitlisted,
                minutes,
                matching,
            }))
        })
        .await
}

/// The full roster for moderators and organizers (the guard let only them in).
pub(super) async fn load_full(
    state: &AppState,
    ctx: SessionContext,
    filter: Filter,
) -> Result<Loaded, AppError> {
    load(state, ctx, filter, RosterAccess::Full)
        .await?
        .map_err(|_| AppError::Forbidden)
}

fn view(l: Loaded, q: &RosterQuery, tz: Tz, now: DateTime<Utc>) -> (SessionContext, RosterView) {
    let page = match l.access {
        RosterAccess::Full => format!("{}/roster", l.ctx.base_path()),
        RosterAccess::ReadOnly => format!("{}/attendees", l.ctx.base_path()),
    };
    let start = l.ctx.session.starts_at;
    let minutes = l.minutes;
    let matching = l.matching;
    let mut answers = l.answers;
    let answer_column = answers.column;
    let page_no = q.page();
    let last_page = ((matching + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
    let rows: Vec<RosterRow> = l
        .entries
        .into_iter()
        .map(|e| RosterRow {
            answers: answers.take(e.registration),
            id: e.registration.to_string(),
            deleted: e.name.is_none(),
            name: e.name.unwrap_or_else(|| l10n::tr("orgb-deleted-account")),
            country: country_name(&e.country),
            organization: e.organization.unwrap_or_default(),
            status: e.status.as_str(),
            status_label: e.status.label(),
            joined: e
                .attended_at
                .map(|t| (iso_utc(t), joined_label(t, start, tz))),
            by_hand: e.checked_in_by.is_some(),
            present_minutes: e
                .user
                .and_then(|u| minutes.iter().find(|(id, _)| *id == u).map(|m| m.1)),
        })
        .collect();
    let sort = q.sort();
    let live = RosterView {
        sort_name: sort_link(
            q,
            &page,
            "orgb-sort-name",
            "",
            (sort == Sort::Name).then_some(ASC),
        ),
        sort_country: sort_link(
            q,
            &page,
            "orgb-col-country",
            "country",
            (sort == Sort::Country).then_some(ASC),
        ),
        // The "Joined" heading toggles between first and latest arrivals.
        sort_joined: match sort {
            Sort::Joined => sort_link(q, &page, "orgb-col-joined", "joined-latest", Some(ASC)),
            Sort::JoinedLatest => {
                sort_link(q, &page, "orgb-col-joined", "joined", Some("descending"))
            }
            _ => sort_link(q, &page, "orgb-col-joined", "joined", None),
        },
        prev_href: (page_no > 1).then(|| q.page_href(&page, (page_no - 1).min(last_page))),
        next_href: (page_no < last_page).then(|| q.page_href(&page, page_no + 1)),
        answer_column,
        first: (page_no - 1) * PAGE_SIZE + 1,
        matching,
        page,
        rows,
        countries: CountryView::new(l.counts),
        waitlisted: l.waitlisted,
        filtered: q.is_filtered(),
        can_check_in: l.access == RosterAccess::Full,
        updated: clock_seconds_zone(&now.with_timezone(&tz)),
    };
    (l.ctx, live)
}

/// Personal data: never kept by a shared cache or the browser's history cache.
pub(super) fn private(mut resp: HttpResponse) -> HttpResponse {
    resp.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("private, no-store"),
    );
    resp
}

fn render(
    cookie: &Cookie,
    loaded: Loaded,
    q: &RosterQuery,
    tz: Tz,
    now: DateTime<Utc>,
) -> Result<HttpResponse, AppError> {
    let identity = loaded.identity.clone();
    let (ctx, live) = view(loaded, q, tz, now);
    let s = &ctx.session;
    let mut country_options: Vec<(String, String)> = live
        .countries
        .lines
        .iter()
        .map(|l| (l.code.clone(), l.name.clone()))
        .collect();
    country_options.sort_by(|a, b| a.1.cmp(&b.1));
    let base = ctx.base_path();
    let query = q.encode(true);
    let is_live = live.can_check_in
        && now >= s.starts_at - Duration::minutes(HOST_LEAD_MINUTES)
        && now < s.ends_at;
    let layout = Layout::from_cookie(cookie);
    let undo =
        layout.flash.is_some() && live.can_check_in && super::undo::undo_pending(cookie, s.id);
    let page = RosterPage {
        identity,
        layout,
        slug: ctx.conf.slug.clone(),
        conference_title: ctx.conf.title.clone(),
        session_href: base.clone(),
        title: s.title.clone(),
        when: when(s, tz),
        tz_name: tz.name().to_string(),
        search: q.search().unwrap_or_default(),
        country: q
            .country()
            .map(|c| c.alpha2().to_string())
            .unwrap_or_default(),
        attendance: match q.attendance() {
            Attendance::Any => "",
            Attendance::Joined => "joined",
            Attendance::NotJoined => "not-joined",
        },
        sort: match q.sort() {
            Sort::Name => "name",
            Sort::Country => "country",
            Sort::Joined => "joined",
            Sort::JoinedLatest => "joined-latest",
        },
        tz_param: q
            .tz
            .as_deref()
            .and_then(|t| t.parse::<Tz>().ok())
            .map(|t| t.name().to_string()),
        country_options,
        refresh_href: format!("{}{}", live.page, with_question_mark(&query)),
        csv_href: live
            .can_check_in
            .then(|| format!("{base}/roster.csv{}", with_question_mark(&query))),
        live_url: is_live.then(|| format!("{base}/roster/live{}", with_question_mark(&query))),
        action_base: base,
        back: query,
        undo,
        live,
    };
    Ok(private(html(&page)?))
}

/// The full roster, for moderators and organizers.
#[tracing::instrument(
    name = "moderate::roster",
    skip_all,
    fields(conference = %ctx.conf.id, session = %ctx.session.id, user = %ctx.user.id)
)]
pub async fn roster(
    state: web::Data<AppState>,
    cookie: Cookie,
    ctx: SessionContext,
    req: HttpRequest,
    query: web::Query<RosterQuery>,
) -> Result<HttpResponse, AppError> {
    let q = query.into_inner();
    let fallback = ctx.user.tz;
    let loaded = load_full(&state, ctx, q.page_filter()).await?;
    let tz = viewer_zone(&req, &q.tz_query(), fallback).tz;
    render(&cookie, loaded, &q, tz, state.clock.now())
}

/// The roster as speakers may see it: read-only, and only where the conference
/// shares it with them (`speakers_see_roster`). The moderators' roster URL stays
/// closed to speakers at the guard (403) whatever the setting; this page is on the
/// session-person level, so a speaker without the right is sent back to the session
/// page with the reason, and a moderator is sent to the full roster.
#[tracing::instrument(
    name = "moderate::shared",
    skip_all,
    fields(conference = %ctx.conf.id, session = %ctx.session.id, user = %ctx.user.id)
)]
pub async fn shared(
    state: web::Data<AppState>,
    cookie: Cookie,
    ctx: SessionContext,
    req: HttpRequest,
    query: web::Query<RosterQuery>,
) -> Result<HttpResponse, AppError> {
    let q = query.into_inner();
    let fallback = ctx.user.tz;
    let loaded = load(&state, ctx, q.page_filter(), RosterAccess::ReadOnly).await?;
    let ctx = match loaded {
        Ok(loaded) => {
            let tz = viewer_zone(&req, &q.tz_query(), fallback).tz;
            return render(&cookie, loaded, &q, tz, state.clock.now());
        }
        Err(ctx) => ctx,
    };
    if ctx.roster_access() == Some(RosterAccess::Full) {
        let query = q.encode(true);
        return Ok(see_other(&format!(
            "{}/roster{}",
            ctx.base_path(),
            with_question_mark(&query)
        )));
    }
    flash(&cookie, l10n::tr("orgb-flash-roster-moderators-only"));
    Ok(see_other(&format!("{}#countries", ctx.base_path())))
}

/// The live part alone, polled by `static/app.js` while the session runs.
#[tracing::instrument(
    name = "moderate::roster_live",
    skip_all,
    fields(conference = %ctx.conf.id, session = %ctx.session.id, user = %ctx.user.id)
)]
pub async fn roster_live(
    state: web::Data<AppState>,
    ctx: SessionContext,
    req: HttpRequest,
    query: web::Query<RosterQuery>,
) -> Result<HttpResponse, AppError> {
    let q = query.into_inner();
    let fallback = ctx.user.tz;
    let loaded = load_full(&state, ctx, q.page_filter()).await?;
    let tz = viewer_zone(&req, &q.tz_query(), fallback).tz;
    let (_, live) = view(loaded, &q, tz, state.clock.now());
    Ok(private(html(&RosterFragment {
        layout: Layout::plain(),
        live,
    })?))
}
