//! The session form of the agenda editor: what the organizer typed, its parsing
//! into a [`SessionInput`] (every field error at once), the page that shows it, and
//! the page shown when someone else saved the session first.

use actix_session::Session as Cookie;
use askama::Template;
use chrono::{NaiveDate, NaiveTime};
use serde::Deserialize;

use super::{OrgNav, Section};
use crate::db::conferences::Conference;
use crate::db::sessions::Session;
use crate::domain::agenda::{self, local_to_utc};
use crate::domain::l10n::{self, Arg};
use crate::domain::status::SessionKind;
use crate::domain::text::clean_text;
use crate::domain::timefmt::{clock, long_date};
use crate::domain::{FieldErrors, SessionId};
use crate::service::agenda::SessionInput;
use crate::web::render::Layout;

#[derive(Default, Deserialize, Clone)]
pub struct SessionForm {
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

fn parse_time(raw: &str) -> Result<NaiveTime, String> {
    NaiveTime::parse_from_str(raw.trim(), "%H:%M").map_err(|_| l10n::tr("orgb-err-time"))
}

pub fn parse_session(f: &SessionForm, conf: &Conference) -> Result<SessionInput, FieldErrors> {
    let mut e = FieldErrors::new();
    let title = e.check(
        "title",
        clean_text(&f.title, 200, false).and_then(|t| {
            if t.is_empty() {
                Err(l10n::tr("orgb-err-title"))
            } else {
                Ok(t)
            }
        }),
    );
    let kind = e.check(
        "kind",
        SessionKind::parse(&f.kind).ok_or_else(|| l10n::tr("orgb-err-kind")),
    );
    let summary = e.check("summary", clean_text(&f.summary, 10_000, true));
    let day = e.check("day", {
        match NaiveDate::parse_from_str(f.day.trim(), "%Y-%m-%d") {
            Ok(d) if d >= conf.starts_on && d <= conf.ends_on => Ok(d),
            Ok(_) => Err(l10n::tr_with(
                "orgb-err-day-range",
                &[
                    ("first", Arg::Text(&conf.starts_on.to_string())),
                    ("last", Arg::Text(&conf.ends_on.to_string())),
                ],
            )),
            Err(_) => Err(l10n::tr("orgb-err-day")),
        }
    });
    let start = e.check("start", parse_time(&f.start));
    let end = e.check("end", parse_time(&f.end));
    let (mut starts_at, mut ends_at) = (None, None);
    if let (Some(day), Some(start), Some(end)) = (day, start, end) {
        // The day is the start's; an end at or before the start on the clock is on the
        // next day (23:00–01:00 crosses midnight in the conference zone).
        starts_at = e.check("start", local_to_utc(day.and_time(start), conf.tz));
        ends_at = e.check(
            "end",
            local_to_utc(agenda::end_day(day, start, end).and_time(end), conf.tz),
        );
        if let (Some(a), Some(b)) = (starts_at, ends_at)
            && let Err(message) = agenda::check_span(a, b, end <= start)
        {
            e.add("end", message);
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
                _ => Err(l10n::tr("orgb-err-session-capacity")),
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
            Err(l10n::tr("orgb-err-join-url"))
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
        ) if e.is_empty() => Ok(SessionInput {
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

pub fn form_from(s: &Session, tz: chrono_tz::Tz) -> SessionForm {
    SessionForm {
        title: s.title.clone(),
        kind: s.kind.as_str().into(),
        summary: s.summary.clone(),
        day: s.starts_at.with_timezone(&tz).date_naive().to_string(),
        start: clock(&s.starts_at.with_timezone(&tz)),
        end: clock(&s.ends_at.with_timezone(&tz)),
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

pub(super) fn days_of(conf: &Conference) -> Vec<DayOption> {
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
    pub enrolled: i64,
    pub session_id: String,
    /// The conference's rooms, offered as the track field's suggestions.
    pub rooms: Vec<String>,
}

#[allow(clippy::too_many_arguments)]
pub fn form_page(
    cookie: &Cookie,
    conf: &Conference,
    creating: bool,
    session_id: Option<SessionId>,
    errors: FieldErrors,
    form: SessionForm,
    enrolled: i64,
    rooms: Vec<String>,
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
        rooms,
    }
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
