//! The agenda editor: a day-by-day view in the conference's zone; create, edit (with
//! a version check so two organizers never overwrite each other silently),
//! duplicate and delete sessions. Attendees who picked a session hear about a new
//! time or a removal through the outbox.

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};
use askama::Template;
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde::Deserialize;

use super::{OrgNav, Section, conference};
use crate::db::audit::{self, Entry};
use crate::db::conferences::Conference;
use crate::db::sessions::{NewSession, Session, SessionFields};
use crate::db::{self, DbConn};
use crate::domain::agenda::{self, group_by_local_day, local_to_utc};
use crate::domain::status::{SessionKind, SessionRole};
use crate::domain::text::clean_text;
use crate::domain::{Email, FieldErrors, SessionId};
use crate::email::{messages, outbox};
use crate::web::AppState;
use crate::web::auth::CurrentUser;
use crate::web::error::AppError;
use crate::web::public::long_date;
use crate::web::render::{Layout, flash, html, see_other};

// ---------------------------------------------------------------- the agenda view

pub struct EditorItem {
    pub id: String,
    pub time: String,
    pub title: String,
    pub kind: &'static str,
    pub track: String,
    pub moderators: String,
    pub speakers: String,
    pub warnings: Vec<String>,
    pub cancelled: bool,
}

pub struct EditorDay {
    pub heading: String,
    pub items: Vec<EditorItem>,
}

#[derive(Template)]
#[template(path = "organize/agenda.html")]
pub struct AgendaPage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub zone: String,
    pub days: Vec<EditorDay>,
}

/// Titles of other sessions in the same track that overlap `s`.
fn track_overlaps(s: &Session, all: &[Session]) -> Vec<String> {
    all.iter()
        .filter(|o| o.id != s.id && o.track == s.track && !o.cancelled && agenda::overlaps(*o, s))
        .map(|o| o.title.clone())
        .collect()
}

pub async fn agenda(
    state: web::Data<AppState>,
    cookie: Cookie,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let conf = conference(&state, slug.into_inner()).await?;
    let cid = conf.id;
    let list = state
        .db
        .run(move |c| Ok::<_, AppError>(db::sessions::for_conference(c, cid)?))
        .await?;
    let names = |it: &mut dyn Iterator<Item = &db::sessions::Person>| {
        it.map(|p| p.name.as_str()).collect::<Vec<_>>().join(", ")
    };
    let days = group_by_local_day(list.clone(), conf.tz)
        .into_iter()
        .map(|d| EditorDay {
            heading: long_date(d.date),
            items: d
                .items
                .iter()
                .map(|s| EditorItem {
                    id: s.id.to_string(),
                    time: agenda::time_range(s.starts_at, s.ends_at, conf.tz),
                    title: s.title.clone(),
                    kind: s.kind.label(),
                    track: s.track.clone(),
                    moderators: names(&mut s.moderators()),
                    speakers: names(&mut s.speakers()),
                    warnings: track_overlaps(s, &list)
                        .into_iter()
                        .map(|t| format!("Overlaps with “{t}” in the same track"))
                        .chain(
                            (s.kind != SessionKind::Break && s.moderators().next().is_none())
                                .then(|| "No moderator yet".to_string()),
                        )
                        .collect(),
                    cancelled: s.cancelled,
                })
                .collect(),
        })
        .collect();
    html(&AgendaPage {
        layout: Layout::from_cookie(&cookie),
        nav: OrgNav::new(&conf, Section::Agenda),
        zone: conf.tz.name().to_string(),
        days,
    })
}

// ---------------------------------------------------------------- the session form

#[derive(Default, Deserialize, Clone)]
pub struct SessionForm {
    #[serde(default)]
    pub csrf: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub day: String,
    #[serde(default)]
    pub start: String,
    #[serde(default)]
    pub end: String,
    #[serde(default)]
    pub track: String,
    #[serde(default)]
    pub capacity: String,
    #[serde(default)]
    pub join_url: String,
    /// The version the form was loaded at (edit only).
    #[serde(default)]
    pub version: String,
    /// Email the people who picked the session about a new time.
    #[serde(default)]
    pub notify: Option<String>,
}

pub struct ParsedSession {
    pub title: String,
    pub kind: SessionKind,
    pub summary: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub track: String,
    pub capacity: Option<i32>,
    pub join_url: Option<String>,
}

impl ParsedSession {
    fn fields(&self) -> SessionFields<'_> {
        SessionFields {
            title: &self.title,
            summary: &self.summary,
            kind: self.kind,
            starts_at: self.starts_at,
            ends_at: self.ends_at,
            track: &self.track,
            capacity: self.capacity,
            join_url: self.join_url.as_deref(),
        }
    }
}

fn parse_time(raw: &str) -> Result<NaiveTime, String> {
    NaiveTime::parse_from_str(raw.trim(), "%H:%M")
        .map_err(|_| "Enter a time like 14:30".to_string())
}

pub fn parse_session(f: &SessionForm, conf: &Conference) -> Result<ParsedSession, FieldErrors> {
    let mut e = FieldErrors::new();
    let title = e.check(
        "title",
        clean_text(&f.title, 200, false).and_then(|t| {
            if t.is_empty() {
                Err("Enter a title".into())
            } else {
                Ok(t)
            }
        }),
    );
    let kind = e.check(
        "kind",
        SessionKind::parse(&f.kind).ok_or_else(|| "Choose the kind of session".to_string()),
    );
    let summary = e.check("summary", clean_text(&f.summary, 10_000, true));
    let day = e.check("day", {
        match NaiveDate::parse_from_str(f.day.trim(), "%Y-%m-%d") {
            Ok(d) if d >= conf.starts_on && d <= conf.ends_on => Ok(d),
            Ok(_) => Err(format!(
                "Choose a day of the conference ({} to {})",
                conf.starts_on, conf.ends_on
            )),
            Err(_) => Err("Choose the day".to_string()),
        }
    });
    let start = e.check("start", parse_time(&f.start));
    let end = e.check("end", parse_time(&f.end));
    let (mut starts_at, mut ends_at) = (None, None);
    if let (Some(day), Some(start), Some(end)) = (day, start, end) {
        starts_at = e.check("start", local_to_utc(day.and_time(start), conf.tz));
        ends_at = e.check("end", local_to_utc(day.and_time(end), conf.tz));
        if let (Some(a), Some(b)) = (starts_at, ends_at)
            && b <= a
        {
            e.add("end", "The end must be after the start");
        }
    }
    let track = e.check("track", clean_text(&f.track, 80, false));
    let capacity = e.check("capacity", {
        let s = f.capacity.trim();
        if s.is_empty() {
            Ok(None)
        } else {
            match s.parse::<i32>() {
                Ok(n) if (1..=100_000).contains(&n) => Ok(Some(n)),
                _ => Err("Capacity must be a whole number from 1 to 100000, or empty".to_string()),
            }
        }
    });
    let join_url = e.check("join_url", {
        let s = f.join_url.trim();
        if s.is_empty() {
            Ok(None)
        } else if (s.starts_with("https://") || s.starts_with("http://"))
            && s.len() <= 500
            && !s.contains(char::is_whitespace)
        {
            Ok(Some(s.to_string()))
        } else {
            Err("Enter the full meeting address, starting with https://".to_string())
        }
    });
    match (
        title, kind, summary, starts_at, ends_at, track, capacity, join_url,
    ) {
        (
            Some(title),
            Some(kind),
            Some(summary),
            Some(starts_at),
            Some(ends_at),
            Some(track),
            Some(capacity),
            Some(join_url),
        ) if e.is_empty() => Ok(ParsedSession {
            title,
            kind,
            summary,
            starts_at,
            ends_at,
            track,
            capacity,
            join_url,
        }),
        _ => Err(e),
    }
}

fn form_from(s: &Session, tz: chrono_tz::Tz) -> SessionForm {
    SessionForm {
        csrf: String::new(),
        title: s.title.clone(),
        kind: s.kind.as_str().into(),
        summary: s.summary.clone(),
        day: s.starts_at.with_timezone(&tz).date_naive().to_string(),
        start: s.starts_at.with_timezone(&tz).format("%H:%M").to_string(),
        end: s.ends_at.with_timezone(&tz).format("%H:%M").to_string(),
        track: s.track.clone(),
        capacity: s.capacity.map(|c| c.to_string()).unwrap_or_default(),
        join_url: s.join_url.clone().unwrap_or_default(),
        version: s.version.to_string(),
        notify: Some("yes".into()),
    }
}

pub struct DayOption {
    pub value: String,
    pub label: String,
}

fn days_of(conf: &Conference) -> Vec<DayOption> {
    conf.starts_on
        .iter_days()
        .take_while(|d| *d <= conf.ends_on)
        .map(|d| DayOption {
            value: d.to_string(),
            label: long_date(d),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "organize/session_form.html")]
pub struct SessionFormPage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub creating: bool,
    pub action: String,
    pub errors: FieldErrors,
    pub form: SessionForm,
    pub days: Vec<DayOption>,
    pub kinds: &'static [SessionKind],
    pub zone: String,
    pub enrolled: usize,
    pub session_id: String,
}

fn form_page(
    cookie: &Cookie,
    conf: &Conference,
    creating: bool,
    session_id: Option<SessionId>,
    errors: FieldErrors,
    form: SessionForm,
    enrolled: usize,
) -> SessionFormPage {
    SessionFormPage {
        layout: Layout::from_cookie(cookie),
        nav: OrgNav::new(conf, Section::Agenda),
        creating,
        action: match session_id {
            Some(id) => format!("/organize/c/{}/sessions/{id}/edit", conf.slug),
            None => format!("/organize/c/{}/sessions/new", conf.slug),
        },
        errors,
        form,
        days: days_of(conf),
        kinds: SessionKind::ALL,
        zone: conf.tz.name().to_string(),
        enrolled,
        session_id: session_id.map(|s| s.to_string()).unwrap_or_default(),
    }
}

pub async fn new_form(
    state: web::Data<AppState>,
    cookie: Cookie,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let conf = conference(&state, slug.into_inner()).await?;
    let form = SessionForm {
        kind: "talk".into(),
        day: conf.starts_on.to_string(),
        start: "09:00".into(),
        end: "10:00".into(),
        ..SessionForm::default()
    };
    html(&form_page(
        &cookie,
        &conf,
        true,
        None,
        FieldErrors::new(),
        form,
        0,
    ))
}

pub async fn create(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    slug: web::Path<String>,
    form: web::Form<SessionForm>,
) -> Result<HttpResponse, AppError> {
    crate::web::csrf::verify(&cookie, &form.csrf)?;
    let conf = conference(&state, slug.into_inner()).await?;
    let form = form.into_inner();
    let p = match parse_session(&form, &conf) {
        Ok(p) => p,
        Err(e) => return html(&form_page(&cookie, &conf, true, None, e, form, 0)),
    };
    let (now, actor, cid) = (state.clock.now(), user.0.id, conf.id);
    let id = SessionId::new();
    let warnings = state
        .db
        .write(move |c| {
            db::sessions::insert(
                c,
                &NewSession {
                    id,
                    conference_id: cid,
                    title: &p.title,
                    summary: &p.summary,
                    kind: p.kind,
                    starts_at: p.starts_at,
                    ends_at: p.ends_at,
                    track: &p.track,
                    capacity: p.capacity,
                    join_url: p.join_url.as_deref(),
                },
                now,
            )?;
            db::conferences::bump_agenda(c, cid, now)?;
            audit::record(
                c,
                &Entry {
                    conference: Some(cid),
                    actor: Some(actor),
                    action: "session.create",
                    subject: &p.title,
                    before: None,
                    after: Some(&summary_of(&p.fields())),
                },
                now,
            )?;
            overlap_warnings(c, cid, id)
        })
        .await?;
    flash(
        &cookie,
        with_warnings("The session is added to the agenda.", &warnings),
    );
    Ok(see_other(&format!("/organize/c/{}/agenda", conf.slug)))
}

fn summary_of(f: &SessionFields<'_>) -> String {
    format!(
        "{} · {} · {} – {} UTC · track: {} · capacity: {}",
        f.title,
        f.kind.as_str(),
        f.starts_at.format("%Y-%m-%d %H:%M"),
        f.ends_at.format("%H:%M"),
        if f.track.is_empty() { "—" } else { f.track },
        f.capacity
            .map(|c| c.to_string())
            .unwrap_or_else(|| "none".into())
    )
}

fn with_warnings(message: &str, warnings: &[String]) -> String {
    if warnings.is_empty() {
        message.to_string()
    } else {
        format!("{message} Note: {}.", warnings.join("; "))
    }
}

fn overlap_warnings(
    c: &mut DbConn,
    conference: crate::domain::ConferenceId,
    id: SessionId,
) -> Result<Vec<String>, AppError> {
    let all = db::sessions::for_conference(c, conference)?;
    Ok(all
        .iter()
        .find(|s| s.id == id)
        .map(|s| {
            track_overlaps(s, &all)
                .into_iter()
                .map(|t| format!("it overlaps with “{t}” in the same track"))
                .collect()
        })
        .unwrap_or_default())
}

/// People of `session` who would be in two places at once at the new times.
fn double_bookings(
    c: &mut DbConn,
    session: &Session,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
) -> Result<Vec<String>, AppError> {
    let mut clashes = Vec::new();
    let mut seen = Vec::new();
    for p in &session.people {
        if seen.contains(&p.user_id) {
            continue;
        }
        seen.push(p.user_id);
        for b in db::sessions::of_person(c, p.user_id)? {
            if b.session != session.id && b.starts_at < ends_at && starts_at < b.ends_at {
                clashes.push(format!("{} is also in “{}” at that time", p.name, b.title));
            }
        }
    }
    Ok(clashes)
}

async fn load_session(
    state: &AppState,
    conf: &Conference,
    id: &str,
) -> Result<(Session, usize), AppError> {
    let sid = SessionId::parse(id).ok_or(AppError::NotFound)?;
    let cid = conf.id;
    state
        .db
        .run(move |c| {
            let s = db::sessions::by_id(c, cid, sid)?.ok_or(AppError::NotFound)?;
            let n = db::sessions::enrolled_people(c, sid)?.len();
            Ok::<_, AppError>((s, n))
        })
        .await
}

pub async fn edit_form(
    state: web::Data<AppState>,
    cookie: Cookie,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (slug, id) = path.into_inner();
    let conf = conference(&state, slug).await?;
    let (s, enrolled) = load_session(&state, &conf, &id).await?;
    let form = form_from(&s, conf.tz);
    html(&form_page(
        &cookie,
        &conf,
        false,
        Some(s.id),
        FieldErrors::new(),
        form,
        enrolled,
    ))
}

#[derive(Template)]
#[template(path = "organize/conflict.html")]
pub struct ConflictPage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub theirs: SessionForm,
    pub yours: SessionForm,
    pub action: String,
    pub edit_href: String,
}

impl ConflictPage {
    /// Your values as hidden fields, so "save mine" loses nothing.
    pub fn yours_fields(&self) -> Vec<(&'static str, &str)> {
        let y = &self.yours;
        vec![
            ("title", &y.title),
            ("kind", &y.kind),
            ("summary", &y.summary),
            ("day", &y.day),
            ("start", &y.start),
            ("end", &y.end),
            ("track", &y.track),
            ("capacity", &y.capacity),
            ("join_url", &y.join_url),
            ("version", &y.version),
        ]
    }
}

enum EditOutcome {
    Saved {
        warnings: Vec<String>,
        notified: usize,
    },
    Conflict(Box<Session>),
    DoubleBooked(Vec<String>),
}

pub async fn update(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    path: web::Path<(String, String)>,
    form: web::Form<SessionForm>,
) -> Result<HttpResponse, AppError> {
    crate::web::csrf::verify(&cookie, &form.csrf)?;
    let (slug, id) = path.into_inner();
    let conf = conference(&state, slug).await?;
    let (current, enrolled) = load_session(&state, &conf, &id).await?;
    let form = form.into_inner();
    let p = match parse_session(&form, &conf) {
        Ok(p) => p,
        Err(e) => {
            return html(&form_page(
                &cookie,
                &conf,
                false,
                Some(current.id),
                e,
                form,
                enrolled,
            ));
        }
    };
    let expected: i32 = form.version.trim().parse().unwrap_or(-1);
    let notify = form.notify.is_some();
    let (now, actor, base) = (
        state.clock.now(),
        user.0.id,
        state.settings.base_url.clone(),
    );
    let conf2 = conf.clone();
    let sid = current.id;
    let outcome = state
        .db
        .write(move |c| {
            let Some(before) = db::sessions::by_id(c, conf2.id, sid)? else {
                return Err(AppError::NotFound);
            };
            if before.version != expected {
                return Ok(EditOutcome::Conflict(Box::new(before)));
            }
            let clashes = double_bookings(c, &before, p.starts_at, p.ends_at)?;
            if !clashes.is_empty() {
                return Ok(EditOutcome::DoubleBooked(clashes));
            }
            if !db::sessions::update(c, conf2.id, sid, expected, &p.fields(), now)? {
                let latest = db::sessions::by_id(c, conf2.id, sid)?.ok_or(AppError::NotFound)?;
                return Ok(EditOutcome::Conflict(Box::new(latest)));
            }
            let before_fields = SessionFields {
                title: &before.title,
                summary: &before.summary,
                kind: before.kind,
                starts_at: before.starts_at,
                ends_at: before.ends_at,
                track: &before.track,
                capacity: before.capacity,
                join_url: before.join_url.as_deref(),
            };
            audit::record(
                c,
                &Entry {
                    conference: Some(conf2.id),
                    actor: Some(actor),
                    action: "session.update",
                    subject: &p.title,
                    before: Some(&summary_of(&before_fields)),
                    after: Some(&summary_of(&p.fields())),
                },
                now,
            )?;
            let moved = before.starts_at != p.starts_at || before.ends_at != p.ends_at;
            let mut notified = 0;
            if moved && notify {
                for (email, name, zone) in db::sessions::enrolled_people(c, sid)? {
                    let tz = zone.parse().unwrap_or(conf2.tz);
                    let content = messages::session_moved(
                        &base,
                        &conf2,
                        &name,
                        &p.title,
                        p.starts_at,
                        p.ends_at,
                        tz,
                    );
                    let mail = content
                        .render(&Email::from_db(email), "session_moved", None)
                        .map_err(|e| AppError::Internal(e.into()))?;
                    outbox::enqueue(c, &mail, Some(conf2.id), now)?;
                    notified += 1;
                }
            }
            Ok(EditOutcome::Saved {
                warnings: overlap_warnings(c, conf2.id, sid)?,
                notified,
            })
        })
        .await?;
    match outcome {
        EditOutcome::Saved { warnings, notified } => {
            let base = if notified > 0 {
                format!(
                    "The session is saved and {notified} attendee(s) will be told about the new time."
                )
            } else {
                "The session is saved.".to_string()
            };
            flash(&cookie, with_warnings(&base, &warnings));
            Ok(see_other(&format!("/organize/c/{}/agenda", conf.slug)))
        }
        EditOutcome::DoubleBooked(clashes) => {
            let mut e = FieldErrors::new();
            e.add(
                "start",
                format!(
                    "This time double-books people: {}. Change the time or the people first.",
                    clashes.join("; ")
                ),
            );
            html(&form_page(
                &cookie,
                &conf,
                false,
                Some(current.id),
                e,
                form,
                enrolled,
            ))
        }
        EditOutcome::Conflict(latest) => {
            let mut yours = form.clone();
            yours.version = latest.version.to_string();
            let mut resp = html(&ConflictPage {
                layout: Layout::from_cookie(&cookie),
                nav: OrgNav::new(&conf, Section::Agenda),
                theirs: form_from(&latest, conf.tz),
                yours,
                action: format!("/organize/c/{}/sessions/{}/edit", conf.slug, latest.id),
                edit_href: format!("/organize/c/{}/sessions/{}/edit", conf.slug, latest.id),
            })?;
            *resp.status_mut() = actix_web::http::StatusCode::CONFLICT;
            Ok(resp)
        }
    }
}

#[derive(Deserialize)]
pub struct CsrfOnly {
    #[serde(default)]
    pub csrf: String,
}

pub async fn duplicate(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    path: web::Path<(String, String)>,
    form: web::Form<CsrfOnly>,
) -> Result<HttpResponse, AppError> {
    crate::web::csrf::verify(&cookie, &form.csrf)?;
    let (slug, id) = path.into_inner();
    let conf = conference(&state, slug).await?;
    let (s, _) = load_session(&state, &conf, &id).await?;
    let (now, actor, cid) = (state.clock.now(), user.0.id, conf.id);
    let copy = SessionId::new();
    state
        .db
        .write(move |c| {
            let title = format!("{} (copy)", s.title);
            db::sessions::insert(
                c,
                &NewSession {
                    id: copy,
                    conference_id: cid,
                    title: &title,
                    summary: &s.summary,
                    kind: s.kind,
                    starts_at: s.starts_at,
                    ends_at: s.ends_at,
                    track: &s.track,
                    capacity: s.capacity,
                    join_url: s.join_url.as_deref(),
                },
                now,
            )?;
            db::conferences::bump_agenda(c, cid, now)?;
            audit::record(
                c,
                &Entry {
                    conference: Some(cid),
                    actor: Some(actor),
                    action: "session.duplicate",
                    subject: &title,
                    before: Some(&s.title),
                    after: Some(&title),
                },
                now,
            )?;
            Ok::<_, AppError>(())
        })
        .await?;
    flash(
        &cookie,
        "A copy is made (without its people). Change its time and title below.",
    );
    Ok(see_other(&format!(
        "/organize/c/{}/sessions/{copy}/edit",
        conf.slug
    )))
}

#[derive(Template)]
#[template(path = "organize/session_delete.html")]
pub struct DeletePage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub title: String,
    pub enrolled: usize,
    pub action: String,
}

pub async fn delete_form(
    state: web::Data<AppState>,
    cookie: Cookie,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (slug, id) = path.into_inner();
    let conf = conference(&state, slug).await?;
    let (s, enrolled) = load_session(&state, &conf, &id).await?;
    html(&DeletePage {
        layout: Layout::from_cookie(&cookie),
        nav: OrgNav::new(&conf, Section::Agenda),
        title: s.title,
        enrolled,
        action: format!("/organize/c/{}/sessions/{}/delete", conf.slug, s.id),
    })
}

pub async fn delete(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    path: web::Path<(String, String)>,
    form: web::Form<CsrfOnly>,
) -> Result<HttpResponse, AppError> {
    crate::web::csrf::verify(&cookie, &form.csrf)?;
    let (slug, id) = path.into_inner();
    let conf = conference(&state, slug).await?;
    let (s, _) = load_session(&state, &conf, &id).await?;
    let (now, actor, base) = (
        state.clock.now(),
        user.0.id,
        state.settings.base_url.clone(),
    );
    let conf2 = conf.clone();
    let notified = state
        .db
        .write(move |c| {
            let people = db::sessions::enrolled_people(c, s.id)?;
            for (email, name, _) in &people {
                let mail = messages::session_removed(&base, &conf2, name, &s.title)
                    .render(&Email::from_db(email.clone()), "session_removed", None)
                    .map_err(|e| AppError::Internal(e.into()))?;
                outbox::enqueue(c, &mail, Some(conf2.id), now)?;
            }
            db::sessions::delete(c, conf2.id, s.id, now)?;
            audit::record(
                c,
                &Entry {
                    conference: Some(conf2.id),
                    actor: Some(actor),
                    action: "session.delete",
                    subject: &s.title,
                    before: Some(&s.title),
                    after: None,
                },
                now,
            )?;
            Ok::<_, AppError>(people.len())
        })
        .await?;
    flash(
        &cookie,
        if notified > 0 {
            format!("The session is deleted; {notified} attendee(s) will be told.")
        } else {
            "The session is deleted.".to_string()
        },
    );
    Ok(see_other(&format!("/organize/c/{}/agenda", conf.slug)))
}

/// Roles offered on the people form.
pub const ROLES: [SessionRole; 2] = [SessionRole::Moderator, SessionRole::Speaker];
