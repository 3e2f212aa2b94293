//! `/organize/c/{slug}/registrations`: the registrations table (search, filters,
//! sorting, pagination, all as GET parameters so a view can be bookmarked), its CSV
//! export, one registration's page and the organizer's actions on it.
//!
//! Pagination is `LIMIT 50 OFFSET n` with a COUNT rather than keyset, because the
//! organizer wants "page 7 of 40" and a link to the last page under every sort
//! order. It stays fast at 100,000 rows: the default order (newest first) walks the
//! covering `registrations_conference_created` index and the page's people are
//! joined after the offset (a deferred join, `db::registrations_admin::page`), so
//! even the last page costs a few milliseconds; country and status orders sort in
//! SQL (about 0.1 s at 100,000), name about 0.2 s as it sorts across the join.
//! Keyset would only save the index walk of deep pages and give up page numbers.
//!
//! Query parameters are parsed leniently: a value we cannot read (an unknown status,
//! a page of "-3") is dropped, never an error, so an edited URL shows a page.

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use super::registration_actions::{ActionButton, RegistrationPath};
use super::{OrgNav, Section};
use crate::db;
use crate::db::registrations_admin::{self as admin, Filter, Sort, SortKey};
use crate::domain::SessionId;
use crate::domain::categories::Approval;
use crate::domain::l10n::tr;
use crate::domain::registration::{RegistrationAction, allowed_actions};
use crate::domain::status::{RegistrationStatus, SessionKind};
use crate::domain::text::{CountryCode, country_name};
use crate::domain::timefmt::{iso_utc, short_date_clock_zone, short_weekday_date};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::OrganizerConference;
use crate::web::link::query;
use crate::web::render::{Layout, html};

pub use super::registration_actions::{cancel, confirm, promote, resend};
pub use crate::service::registrations_admin::DELETED;

pub mod answers;
mod csv_file;
pub mod text;
use crate::web::answers::{AnswerLine, RawPairs};
pub use csv_file::{CSV_HEADERS, csv_export};
use text::{attended_line, showing, status_shown};

pub const PAGE_SIZE: i64 = 50;

/// The raw query string; every field optional and read leniently.
#[derive(Debug, Default, Deserialize)]
pub struct ListQuery {
    pub q: Option<String>,
    pub status: Option<String>,
    pub country: Option<String>,
    pub session: Option<String>,
    pub sort: Option<String>,
    pub dir: Option<String>,
    pub page: Option<String>,
    /// `q_<question id>`: filters on answers to custom questions.
    #[serde(flatten)]
    pub answers: RawPairs,
}

/// The view the organizer asked for, after parsing.
#[derive(Clone, Debug, Default)]
pub struct View {
    pub filter: Filter,
    pub sort: Sort,
    pub page: i64,
}

fn sort_name(k: SortKey) -> &'static str {
    match k {
        SortKey::Name => "name",
        SortKey::Country => "country",
        SortKey::Status => "status",
        SortKey::Registered => "registered",
    }
}

impl View {
    pub fn parse(q: &ListQuery) -> Self {
        fn text(v: &Option<String>) -> Option<&str> {
            v.as_deref().map(str::trim).filter(|s| !s.is_empty())
        }
        let key = match text(&q.sort) {
            Some("name") => SortKey::Name,
            Some("country") => SortKey::Country,
            Some("status") => SortKey::Status,
            _ => SortKey::Registered,
        };
        let descending = match text(&q.dir) {
            Some("asc") => false,
            Some("desc") => true,
            _ => key == SortKey::Registered,
        };
        Self {
            filter: Filter {
                search: text(&q.q).map(|s| s.chars().take(200).collect()),
                status: text(&q.status).and_then(RegistrationStatus::parse),
                approval: text(&q.status)
                    .and_then(Approval::parse)
                    .filter(|a| *a != Approval::Approved),
                country: text(&q.country)
                    .and_then(|c| CountryCode::parse(c).ok())
                    .map(|c| c.alpha2().to_string()),
                session: text(&q.session).and_then(SessionId::parse),
                answers: answers::parse(&q.answers),
            },
            sort: Sort { key, descending },
            page: text(&q.page)
                .and_then(|p| p.parse::<i64>().ok())
                .filter(|p| *p >= 1)
                .unwrap_or(1),
        }
    }

    /// The query string of this view with another sort and page ("" or "?…").
    fn query(&self, sort: Sort, page: i64) -> String {
        let f = &self.filter;
        let custom = sort != Sort::default();
        let q = query(&ViewQuery {
            q: f.search.as_deref(),
            status: f
                .status
                .map(|s| s.as_str())
                .or(f.approval.map(Approval::as_str)),
            country: f.country.as_deref(),
            session: f.session.map(|s| s.to_string()),
            sort: custom.then(|| sort_name(sort.key)),
            dir: custom.then_some(if sort.descending { "desc" } else { "asc" }),
            page: (page > 1).then_some(page),
        });
        let q = answers::with_filters(q, f);
        if q.is_empty() { q } else { format!("?{q}") }
    }
}

/// A view's parameters in the order its links have always written them.
#[derive(Serialize)]
struct ViewQuery<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    q: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    status: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    country: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    session: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sort: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    dir: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    page: Option<i64>,
}

pub struct RowView {
    pub id: String,
    pub href: String,
    pub name: String,
    pub deleted: bool,
    pub email: String,
    pub organization: String,
    pub country: String,
    pub country_name: String,
    pub status: &'static str,
    pub status_label: String,
    pub registered_iso: String,
    pub registered: String,
    /// Answers to the question columns, in order.
    pub answers: Vec<String>,
}

pub struct SortHeader {
    pub label: String,
    pub href: String,
    /// `ascending`/`descending` on the column the table is sorted by.
    pub aria_sort: Option<&'static str>,
}

pub struct Opt {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

pub struct Pager {
    pub page: i64,
    pub pages: i64,
    pub first: Option<String>,
    pub prev: Option<String>,
    pub next: Option<String>,
    pub last: Option<String>,
}

#[derive(Template)]
#[template(path = "organize/registrations/index.html")]
pub struct ListPage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub base: String,
    pub search: String,
    pub statuses: Vec<Opt>,
    pub countries: Vec<Opt>,
    pub sessions: Vec<Opt>,
    pub sorts: Vec<Opt>,
    pub directions: Vec<Opt>,
    pub headers: Vec<SortHeader>,
    pub rows: Vec<RowView>,
    pub total: i64,
    pub showing: String,
    pub pager: Pager,
    pub csv_href: String,
    pub filtered: bool,
    /// Filters and columns for custom questions.
    pub question_filters: Vec<answers::QuestionFilter>,
    pub question_columns: Vec<String>,
}

/// "7 Jul 2020, 13:05 CEST" in the conference's zone.
pub fn when(t: DateTime<Utc>, tz: Tz) -> String {
    short_date_clock_zone(&t.with_timezone(&tz))
}

fn opt(value: &str, label: &str, selected: bool) -> Opt {
    Opt {
        value: value.to_string(),
        label: label.to_string(),
        selected,
    }
}

#[tracing::instrument(
    name = "organize::registrations::index",
    skip_all,
    fields(conference = %org.conference.id)
)]
pub async fn index(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    query: web::Query<ListQuery>,
) -> Result<HttpResponse, AppError> {
    let conf = org.conference;
    let mut view = View::parse(&query);
    let cid = conf.id;
    let questions = answers::questions(&state, cid).await?;
    answers::keep_known(&mut view.filter, &questions);
    let (sessions, countries) = state
        .db
        .run(move |c| {
            let sessions = db::sessions::for_conference(c, cid)?;
            Ok::<_, AppError>((sessions, admin::countries(c, cid)?))
        })
        .await?;
    if view
        .filter
        .session
        .is_some_and(|id| !sessions.iter().any(|s| s.id == id))
    {
        view.filter.session = None;
    }
    let v = view.clone();
    let (total, rows, page, held) = state
        .db
        .run(move |c| {
            let total = admin::count(c, cid, &v.filter)?;
            let pages = ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
            let page = v.page.min(pages);
            let rows = admin::page(c, cid, &v.filter, v.sort, (page - 1) * PAGE_SIZE, PAGE_SIZE)?;
            let ids: Vec<_> = rows.iter().map(|r| r.id).collect();
            let held = db::categories::held_of(c, &ids)?;
            Ok::<_, AppError>((total, rows, page, held))
        })
        .await?;
    let columns = answers::columns(&questions);
    let question_filters = answers::filters(&state, &columns, &view.filter).await?;
    let mut cells = answers::cells(&state, &columns, rows.iter().map(|r| r.id).collect()).await?;
    let base = format!("/organize/c/{}/registrations", conf.slug);
    let pages = ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
    let link = |p: i64| format!("{base}{}", view.query(view.sort, p));
    let f = &view.filter;
    let headers = [
        ("org-col-name", SortKey::Name),
        ("org-reg-country", SortKey::Country),
        ("org-reg-status", SortKey::Status),
        ("org-reg-registered", SortKey::Registered),
    ]
    .into_iter()
    .map(|(label, key)| {
        let current = view.sort.key == key;
        // Clicking the sorted column flips it; another column starts at its default.
        let descending = if current {
            !view.sort.descending
        } else {
            key == SortKey::Registered
        };
        SortHeader {
            label: tr(label),
            href: format!("{base}{}", view.query(Sort { key, descending }, 1)),
            aria_sort: current.then_some(if view.sort.descending {
                "descending"
            } else {
                "ascending"
            }),
        }
    })
    .collect();
    let first = (page - 1) * PAGE_SIZE + 1;
    let page_html = ListPage {
        layout: Layout::from_cookie(&cookie),
        search: f.search.clone().unwrap_or_default(),
        statuses: std::iter::once(opt("", &tr("org-reg-any-status"), f.status.is_none()))
            .chain(
                RegistrationStatus::ALL
                    .iter()
                    .map(|s| opt(s.as_str(), &tr(s.label_key()), f.status == Some(*s))),
            )
            .chain(
                [Approval::Awaiting, Approval::Declined]
                    .into_iter()
                    .map(|a| opt(a.as_str(), &tr(a.label_key()), f.approval == Some(a))),
            )
            .collect(),
        countries: std::iter::once(opt("", &tr("org-reg-any-country"), f.country.is_none()))
            .chain(by_country_name(countries).iter().map(|c| {
                opt(
                    c,
                    &country_name(c),
                    f.country.as_deref() == Some(c.as_str()),
                )
            }))
            .collect(),
        sessions: std::iter::once(opt("", &tr("org-reg-any-session"), f.session.is_none()))
            .chain(
                sessions
                    .iter()
                    .filter(|s| s.kind != SessionKind::Break)
                    .map(|s| {
                        opt(
                            &s.id.to_string(),
                            &format!("{} — {}", when(s.starts_at, conf.tz), s.title),
                            f.session == Some(s.id),
                        )
                    }),
            )
            .collect(),
        sorts: [
            SortKey::Registered,
            SortKey::Name,
            SortKey::Country,
            SortKey::Status,
        ]
        .into_iter()
        .map(|k| {
            let label = match k {
                SortKey::Registered => "org-reg-sort-registered",
                SortKey::Name => "org-col-name",
                SortKey::Country => "org-reg-country",
                SortKey::Status => "org-reg-status",
            };
            opt(sort_name(k), &tr(label), view.sort.key == k)
        })
        .collect(),
        directions: vec![
            opt("asc", &tr("org-reg-ascending"), !view.sort.descending),
            opt("desc", &tr("org-reg-descending"), view.sort.descending),
        ],
        headers,
        rows: rows
            .into_iter()
            .map(|r| RowView {
                answers: cells.remove(&r.id).unwrap_or_default(),
                ..row_view(&base, held.get(&r.id).copied(), r, conf.tz)
            })
            .collect(),
        question_columns: columns.iter().map(|q| q.label.clone()).collect(),
        question_filters,
        showing: showing(first, (first + PAGE_SIZE - 1).min(total), total),
        pager: Pager {
            page,
            pages,
            first: (page > 2).then(|| link(1)),
            prev: (page > 1).then(|| link(page - 1)),
            next: (page < pages).then(|| link(page + 1)),
            last: (page + 1 < pages).then(|| link(pages)),
        },
        csv_href: format!(
            "/organize/c/{}/registrations.csv{}",
            conf.slug,
            view.query(view.sort, 1)
        ),
        filtered: *f != Filter::default(),
        total,
        base,
        nav: OrgNav::new(&conf, Section::Registrations),
    };
    html(&page_html)
}

fn row_view(base: &str, held: Option<Approval>, r: admin::Row, tz: Tz) -> RowView {
    let (status, status_label, _) = status_shown(r.status, held);
    RowView {
        id: r.id.to_string(),
        href: format!("{base}/{}", r.id),
        deleted: r.name.is_none(),
        name: r.name.unwrap_or_else(|| tr("org-deleted-account")),
        email: r.email.unwrap_or_default(),
        organization: r.organization.unwrap_or_default(),
        country_name: country_name(&r.country),
        country: r.country,
        status,
        status_label,
        registered_iso: iso_utc(r.created_at),
        registered: when(r.created_at, tz),
        answers: Vec::new(),
    }
}

// ---------------------------------------------------------------- one registration

pub struct PickView {
    pub title: String,
    pub when: String,
    /// The message naming the session's status.
    pub status: &'static str,
    pub picked: String,
    pub attended: Option<String>,
}

#[derive(Template)]
#[template(path = "organize/registrations/show.html")]
pub struct ShowPage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub action_base: String,
    pub back: String,
    pub name: String,
    pub person: Option<db::registrations_admin::Person>,
    pub country_name: String,
    pub status: RegistrationStatus,
    /// (CSS class, label, CSV value): "Awaiting approval" or "Declined" when held.
    pub shown: (&'static str, String, &'static str),
    pub waitlist_position: Option<i64>,
    pub registered: String,
    pub confirmed: Option<String>,
    pub cancelled: Option<String>,
    pub updated: String,
    pub verified: Option<String>,
    pub picks: Vec<PickView>,
    /// "Attended 2 of 3 picked sessions."
    pub attended_line: String,
    /// The buttons: exactly the actions the status allows.
    pub actions: Vec<ActionButton>,
    /// "Promote" is offered, so the page explains how it differs from "Confirm".
    pub promote_hint: bool,
    /// Answers to the conference's custom questions.
    pub answers: Vec<AnswerLine>,
}

#[tracing::instrument(
    name = "organize::registrations::show",
    skip_all,
    fields(conference = %org.conference.id, registration = %path.rid)
)]
pub async fn show(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    path: web::Path<RegistrationPath>,
) -> Result<HttpResponse, AppError> {
    let rid = path.id()?;
    let conf = org.conference;
    let cid = conf.id;
    let (d, picks, position, held) = state
        .db
        .run(move |c| {
            let d = admin::detail(c, cid, rid)?.ok_or(AppError::NotFound)?;
            let held = db::categories::held_of(c, &[rid])?.remove(&rid);
            let picks = admin::picked_sessions(c, rid)?;
            let position = match d.status {
                RegistrationStatus::Waitlisted => db::registrations::by_id(c, rid)?
                    .map(|r| db::registrations::waitlist_position(c, &r))
                    .transpose()?,
                _ => None,
            };
            Ok::<_, AppError>((d, picks, position, held))
        })
        .await?;
    let tz = conf.tz;
    let actions = allowed_actions(d.status, d.person.is_some());
    let answers = answers::detail(&state, cid, rid).await?;
    html(&ShowPage {
        answers,
        layout: Layout::from_cookie(&cookie),
        action_base: format!("/organize/c/{}/registrations/{}", conf.slug, d.id),
        back: format!("/organize/c/{}/registrations", conf.slug),
        name: d
            .person
            .as_ref()
            .map(|p| p.name.clone())
            .unwrap_or_else(|| tr("org-deleted-account")),
        verified: d
            .person
            .as_ref()
            .and_then(|p| p.email_verified_at)
            .map(|t| when(t, tz)),
        country_name: country_name(&d.country),
        status: d.status,
        shown: status_shown(d.status, held),
        waitlist_position: position,
        registered: when(d.created_at, tz),
        confirmed: d.confirmed_at.map(|t| when(t, tz)),
        cancelled: d.cancelled_at.map(|t| when(t, tz)),
        updated: when(d.updated_at, tz),
        attended_line: attended_line(
            picks.iter().filter(|p| p.attended_at.is_some()).count(),
            picks.len(),
        ),
        promote_hint: actions.contains(&RegistrationAction::Promote),
        actions: actions.into_iter().map(ActionButton::of).collect(),
        picks: picks
            .into_iter()
            .map(|p| PickView {
                title: p.title,
                when: format!(
                    "{}, {}",
                    short_weekday_date(&p.starts_at.with_timezone(&tz)),
                    crate::domain::agenda::time_range(p.starts_at, p.ends_at, tz)
                ),
                status: p.status.label_key(),
                picked: when(p.picked_at, tz),
                attended: p.attended_at.map(|t| when(t, tz)),
            })
            .collect(),
        person: d.person,
        nav: OrgNav::new(&conf, Section::Registrations),
    })
}

/// Stored codes sorted by their country's name as people sort (the query returns
/// them in code order: "CH" before "DE" puts Switzerland before Germany).
fn by_country_name(mut codes: Vec<String>) -> Vec<String> {
    codes.sort_by_cached_key(|c| crate::domain::countries::collation_key(&country_name(c)));
    codes
}
