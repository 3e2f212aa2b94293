//! iCalendar (RFC 5545, with RFC 7986's `NAME`, `REFRESH-INTERVAL` and `CONFERENCE`)
//! through one builder, the `icalendar` crate, for the registration mail, the public
//! agenda and single-session files, and the personal feed. Times are written in UTC,
//! so no VTIMEZONE is needed; the conference zone is named in `X-WR-TIMEZONE` for
//! clients that display it.
//!
//! What the crate is trusted with and what is done here (checked by the tests):
//! - TEXT escaping of `\`, `,`, `;` and newlines is the crate's. It does not escape the
//!   RFC 7986 `NAME` (it knows no value type for it), so `NAME` is written with an
//!   explicit `VALUE=TEXT`; and text is normalised first ([`clean`]): CR LF and lone CR
//!   become LF (a raw CR would end the content line), other controls are dropped.
//! - Folding is redone by [`refold`]: the crate's folder lets a continuation line
//!   reach 76 octets when the rest of a line is exactly 75 bytes, and may fold next to
//!   a space, which readers that trim line ends (the `ical` crate among them) lose.
//! - Files served over HTTP carry no `METHOD` (they are published calendars, not iTIP
//!   messages), so each `DTSTAMP` is the session's last revision, as RFC 5545 §3.8.7.2
//!   says, rather than the time of the request: the same agenda gives the same bytes,
//!   which is what lets the web layer answer with an `ETag`.

use chrono::{DateTime, Utc};
use icalendar::{Calendar, Component, Event, EventLike, EventStatus, Property};

use super::schedule::{people_lines, room_name};
use crate::db::conferences::Conference;
use crate::db::sessions::Session;
use crate::domain::l10n::{self, Arg};
use crate::domain::status::SessionKind;

/// Our own words in a calendar (not the organisers' titles), in the reader's language
/// ([`l10n::current`]: the request's, or the recipient's for a mail attachment),
/// without Fluent's isolation marks, which calendar programs would show as boxes.
fn tr(key: &str, args: &[(&str, Arg<'_>)]) -> String {
    l10n::strip_isolation(&l10n::tr_with(key, args))
}

/// The media type of every calendar we write: published calendars (downloads, feeds and
/// mail attachments to import), so no `METHOD` and no `method=` parameter.
pub const CONTENT_TYPE: &str = "text/calendar; charset=utf-8";

/// Who made the calendar (RFC 5545 §3.7.3).
const PRODID: &str = concat!("-//Plenary//Plenary ", env!("CARGO_PKG_VERSION"), "//EN");

/// How often subscribed clients should fetch the agenda and the personal feed again.
const REFRESH_HOURS: i64 = 1;

/// The calendar attached to the registration confirmation: one VEVENT per session the
/// registrant picked (as in the public agenda), or, before they pick any, one event
/// per conference day in the conference's zone (the day's first start to its last
/// end) — never one block across nights. `None` when there is nothing to put in it.
pub fn confirmation_calendar(
    conf: &Conference,
    sessions: &[Session],
    picked: &[crate::domain::SessionId],
    base_url: &str,
    now: DateTime<Utc>,
) -> Option<String> {
    let live: Vec<&Session> = sessions.iter().filter(|s| !s.cancelled).collect();
    let mine: Vec<&&Session> = live.iter().filter(|s| picked.contains(&s.id)).collect();
    let mut cal = calendar(conf, &conf.title, false);
    if !mine.is_empty() {
        for s in mine {
            cal.push(session_event(conf, s, base_url, None, s.updated_at));
        }
        return Some(render(&cal));
    }
    let mut days: std::collections::BTreeMap<chrono::NaiveDate, (DateTime<Utc>, DateTime<Utc>)> =
        std::collections::BTreeMap::new();
    for s in live.iter().filter(|s| s.kind != SessionKind::Break) {
        let day = s.starts_at.with_timezone(&conf.tz).date_naive();
        let span = days.entry(day).or_insert((s.starts_at, s.ends_at));
        span.0 = span.0.min(s.starts_at);
        span.1 = span.1.max(s.ends_at);
    }
    if days.is_empty() {
        return None;
    }
    let url = format!("{base_url}/c/{}", conf.slug);
    let total = days.len();
    let lang = l10n::current();
    for (i, (day, (start, end))) in days.into_iter().enumerate() {
        let summary = if total > 1 {
            let (day, total) = (lang.number(i as i64 + 1), lang.number(total as i64));
            tr(
                "exp-ics-day-of",
                &[
                    ("title", Arg::Text(&conf.title)),
                    ("day", Arg::Text(&day)),
                    ("total", Arg::Text(&total)),
                ],
            )
        } else {
            conf.title.clone()
        };
        let event = Event::new()
            .uid(&format!("conference-{}-{day}@plenary", conf.id))
            .summary(&clean(&summary))
            .description(&format!(
                "{} {} {url}/agenda\n{} {url}/me",
                tr("exp-ics-online-conference", &[]),
                tr("exp-ics-agenda", &[]),
                tr("exp-ics-mine", &[]),
            ))
            .starts(start)
            .ends(end)
            .url(&url)
            .location(&tr("exp-ics-online", &[]))
            .timestamp(now)
            .sequence(u32::try_from(conf.agenda_version).unwrap_or(0))
            .status(EventStatus::Confirmed)
            .done();
        cal.push(event);
    }
    Some(render(&cal))
}

/// The public agenda: one VEVENT per session, breaks (transparent, so they block no
/// time) and cancelled sessions (`STATUS:CANCELLED`, so subscribed calendars strike
/// them) included. No join links: those are for confirmed registrants only.
pub fn agenda_calendar(conf: &Conference, sessions: &[Session], base_url: &str) -> String {
    let mut cal = calendar(conf, &conf.title, true);
    for s in sessions {
        cal.push(session_event(conf, s, base_url, None, s.updated_at));
    }
    render(&cal)
}

/// One session, to add to a calendar by hand.
pub fn session_calendar(conf: &Conference, session: &Session, base_url: &str) -> String {
    let mut cal = calendar(conf, &format!("{} — {}", session.title, conf.title), false);
    cal.push(session_event(
        conf,
        session,
        base_url,
        None,
        session.updated_at,
    ));
    render(&cal)
}

/// A session in someone's personal feed.
pub struct FeedItem<'a> {
    pub session: &'a Session,
    /// The meeting link, when this registrant may have it (the caller decides).
    pub join_url: Option<&'a str>,
    /// Picked, but waiting for a seat: shown as tentative.
    pub waitlisted: bool,
    /// When what this item shows last changed (the session, or the registration that
    /// decides about the link).
    pub revised_at: DateTime<Utc>,
}

/// A registrant's picked sessions, with the meeting link as RFC 7986 `CONFERENCE` and
/// in the description where `join_url` is given.
pub fn personal_calendar(conf: &Conference, items: &[FeedItem<'_>], base_url: &str) -> String {
    let mut cal = calendar(conf, &format!("{} — my sessions", conf.title), true);
    for item in items {
        let mut event = session_event(conf, item.session, base_url, item.join_url, item.revised_at);
        if item.waitlisted && !item.session.cancelled {
            event.status(EventStatus::Tentative);
        }
        cal.push(event);
    }
    render(&cal)
}

/// The calendar shell: `NAME`/`X-WR-CALNAME`, the zone, and for subscriptions how often
/// to refresh.
fn calendar(conf: &Conference, name: &str, subscription: bool) -> Calendar {
    let name = clean(name);
    // `Calendar::new()` would name the crate as PRODID; a second PRODID is invalid.
    let mut cal = Calendar::empty();
    cal.append_property(Property::new("VERSION", "2.0"));
    cal.append_property(Property::new("PRODID", PRODID));
    cal.append_property(Property::new("CALSCALE", "GREGORIAN"));
    cal.append_property(
        Property::new("NAME", &name)
            .add_parameter("VALUE", "TEXT")
            .add_parameter("LANGUAGE", conf.shown.title.code())
            .done(),
    );
    cal.append_property(Property::new("X-WR-CALNAME", &name));
    cal.timezone(conf.tz.name());
    if subscription {
        cal.ttl(&chrono::Duration::hours(REFRESH_HOURS));
    }
    cal
}

fn session_event(
    conf: &Conference,
    s: &Session,
    base_url: &str,
    join_url: Option<&str>,
    revised_at: DateTime<Utc>,
) -> Event {
    let page = format!("{base_url}/c/{}/sessions/{}", conf.slug, s.id);
    let mut description = Vec::new();
    if let Some(url) = join_url {
        description.push(format!("{}: {url}", tr("exp-ics-join", &[])));
    }
    if !s.summary.trim().is_empty() {
        description.push(s.summary.trim().to_string());
    }
    let people = people_lines(s);
    if !people.is_empty() {
        description.push(people.join("\n"));
    }
    description.push(page.clone());

    let mut event = Event::new();
    event
        .uid(&format!("session-{}@plenary", s.id))
        .timestamp(revised_at)
        .last_modified(s.updated_at)
        .sequence(u32::try_from(s.sequence).unwrap_or(0))
        .starts(s.starts_at)
        .ends(s.ends_at)
        .location(&clean(&tr(
            "exp-ics-online-room",
            &[("room", Arg::Text(room_name(s)))],
        )))
        .url(&page)
        .status(if s.cancelled {
            EventStatus::Cancelled
        } else {
            EventStatus::Confirmed
        });
    // The title and abstract may be a fallback in the default language: say which.
    let title_lang = s.languages.title.unwrap_or(conf.default_language);
    event.append_property(
        Property::new("SUMMARY", clean(&s.title))
            .add_parameter("LANGUAGE", title_lang.code())
            .done(),
    );
    let description_lang = if s.summary.trim().is_empty() {
        l10n::current()
    } else {
        s.languages.summary.unwrap_or(conf.default_language)
    };
    event.append_property(
        Property::new("DESCRIPTION", clean(&description.join("\n\n")))
            .add_parameter("LANGUAGE", description_lang.code())
            .done(),
    );
    event.add_property("CATEGORIES", clean(s.kind.label()));
    if s.kind == SessionKind::Break {
        event.add_property("TRANSP", "TRANSPARENT");
    }
    if let Some(url) = join_url.filter(|u| is_plain_uri(u)) {
        event.append_property(
            Property::new("CONFERENCE", url)
                .add_parameter("VALUE", "URI")
                .add_parameter("FEATURE", "VIDEO")
                .add_parameter("LABEL", &tr("exp-ics-join", &[]))
                .done(),
        );
    }
    event.done()
}

/// Text as iCalendar can carry it: line breaks as LF (escaped `\n` by the crate), no
/// other control characters except tab.
pub fn clean(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
        .collect()
}

/// A URI value is written unescaped, so it must not contain what would end or split
/// the content line.
fn is_plain_uri(u: &str) -> bool {
    !u.is_empty()
        && !u
            .chars()
            .any(|c| c.is_control() || c.is_whitespace() || c == '"')
}

fn render(cal: &Calendar) -> String {
    refold(&cal.to_string())
}

/// Undoes the crate's folding and folds again: each physical line at most 75 octets
/// (RFC 5545 §3.1), never inside a UTF-8 sequence, and where possible not next to a
/// space (some readers trim spaces at the ends of folded lines).
pub fn refold(ics: &str) -> String {
    let unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
    let mut out = String::with_capacity(ics.len() + ics.len() / 32);
    for line in unfolded.split("\r\n").filter(|l| !l.is_empty()) {
        fold_line(line, &mut out);
        out.push_str("\r\n");
    }
    out
}

fn fold_line(line: &str, out: &mut String) {
    const FIRST: usize = 75;
    let mut rest = line;
    // A continuation line starts with one space, so it holds 74 octets of content.
    let mut limit = FIRST;
    while rest.len() > limit {
        let mut cut = limit;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        let mut nicer = cut;
        while nicer > limit / 2 && touches_space(rest, nicer) {
            nicer -= 1;
            while !rest.is_char_boundary(nicer) {
                nicer -= 1;
            }
        }
        if !touches_space(rest, nicer) {
            cut = nicer;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        limit = FIRST - 1;
    }
    out.push_str(rest);
}

fn touches_space(s: &str, at: usize) -> bool {
    s[..at].ends_with(char::is_whitespace) || s[at..].starts_with(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unfold(s: &str) -> String {
        s.replace("\r\n ", "")
    }

    #[test]
    fn folded_lines_fit_in_75_octets_and_unfold_to_the_original() {
        let samples = [
            "a".repeat(150),
            "b".repeat(149),
            "c ".repeat(120),
            "Конференция: 人工知能と知的財産, «AI»; ".repeat(8),
            "😀".repeat(60),
            format!("{}é{}", "x".repeat(74), "y".repeat(200)),
        ];
        for sample in samples {
            let line = format!("SUMMARY:{sample}");
            let mut out = String::new();
            fold_line(&line, &mut out);
            for physical in out.split("\r\n") {
                assert!(
                    physical.len() <= 75,
                    "{} octets: {physical:?}",
                    physical.len()
                );
            }
            assert_eq!(unfold(&out), line);
        }
    }

    #[test]
    fn folds_avoid_spaces_at_line_ends() {
        let line = format!("DESCRIPTION:{}end", "word ".repeat(60));
        let mut out = String::new();
        fold_line(&line, &mut out);
        for physical in out.split("\r\n ") {
            assert!(!physical.ends_with(' '), "{physical:?}");
        }
    }

    #[test]
    fn refold_keeps_short_lines_and_crlf() {
        let ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";
        assert_eq!(refold(ics), ics);
    }

    #[test]
    fn text_is_cleaned_of_carriage_returns_and_controls() {
        assert_eq!(clean("a\r\nb\rc\u{7}d\te"), "a\nb\ncd\te");
    }
}
