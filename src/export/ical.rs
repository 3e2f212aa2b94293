//! iCalendar output through one builder (the `icalendar` crate does escaping and line
//! folding). Times are written in UTC, so no VTIMEZONE is needed; the conference zone
//! is named in `X-WR-TIMEZONE` for clients that display it.

use chrono::{DateTime, Utc};
use icalendar::{Calendar, Component, Event, EventLike, EventStatus};

use crate::db::conferences::Conference;
use crate::db::sessions::Session;

pub const CONTENT_TYPE: &str = "text/calendar; charset=utf-8; method=PUBLISH";

/// One event spanning the whole conference (first session's start to last session's
/// end), for the registration confirmation mail.
pub fn conference_calendar(
    conf: &Conference,
    first_start: DateTime<Utc>,
    last_end: DateTime<Utc>,
    base_url: &str,
    now: DateTime<Utc>,
) -> String {
    let url = format!("{base_url}/c/{}", conf.slug);
    let event = Event::new()
        .uid(&format!("conference-{}@plenary", conf.id))
        .summary(&conf.title)
        .description(&format!(
            "Online conference. Agenda in your time zone: {url}/agenda\nYour sessions and join links: {url}/me"
        ))
        .starts(first_start)
        .ends(last_end)
        .url(&url)
        .location("Online")
        .timestamp(now)
        .sequence(u32::try_from(conf.agenda_version).unwrap_or(0))
        .status(EventStatus::Confirmed)
        .done();
    let mut cal = Calendar::new();
    cal.name(&conf.title).timezone(conf.tz.name()).push(event);
    cal.done().to_string()
}

/// One VEVENT per session (cancelled ones as `STATUS:CANCELLED`).
pub fn sessions_calendar(
    conf: &Conference,
    sessions: &[Session],
    base_url: &str,
    now: DateTime<Utc>,
) -> String {
    let mut cal = Calendar::new();
    cal.name(&conf.title).timezone(conf.tz.name());
    for s in sessions {
        let url = format!("{base_url}/c/{}/sessions/{}", conf.slug, s.id);
        let event = Event::new()
            .uid(&format!("session-{}@plenary", s.id))
            .summary(&s.title)
            .description(&s.summary)
            .starts(s.starts_at)
            .ends(s.ends_at)
            .url(&url)
            .timestamp(now)
            .sequence(u32::try_from(s.sequence).unwrap_or(0))
            .status(if s.cancelled {
                EventStatus::Cancelled
            } else {
                EventStatus::Confirmed
            })
            .done();
        cal.push(event);
    }
    cal.done().to_string()
}
