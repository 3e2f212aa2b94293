//! The agenda as the schedule exchange formats see it (frab/pentabarf `schedule.xml`,
//! c3voc `schedule.json`): one model built here, written by [`super::schedule_xml`] and
//! [`super::schedule_json`], so both formats agree on every id, day and room.
//!
//! Decisions, shared by both formats:
//! - Each event's `guid` is the session's own UUID: already public in session URLs,
//!   unique across systems, and stable when a session is renamed or moved. The numeric
//!   `id` both schemas still require is derived from it (31 bits of its SHA-256, so
//!   32-bit readers cope); a collision within one conference is resolved by probing in
//!   GUID order.
//! - Breaks are left out, as pretalx does: they are no talks, and a video pipeline
//!   reading the schedule would open a recording for each. Cancelled sessions are left
//!   out too: neither format has a cancelled state, and frab and pretalx publish only
//!   what takes place; readers drop what vanished under a new `version`. (The calendar
//!   exports keep both, see [`super::ical`].)
//! - Rooms are the sessions' `track` (the demo's "Main hall", "Room B"); sessions
//!   without one are in [`DEFAULT_ROOM`]. Every day lists every room, as frab does.
//! - An event's `track` is its kind ("Keynote", "Panel", …): Plenary has no thematic
//!   tracks, and apps colour and filter by track.
//! - Days run from local midnight to the next local midnight in the conference's zone,
//!   written with that moment's UTC offset (so a DST change shows), stretched when a
//!   session runs past midnight.
//! - Person GUIDs are UUID v5 of the user id, not of the email as c3voc suggests: a
//!   hash of an email address can be confirmed by anyone who guesses the address.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, LocalResult, NaiveDate, NaiveTime, TimeZone, Timelike};
use chrono_tz::Tz;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::db::conferences::Conference;
use crate::db::sessions::Session;
use crate::domain::status::{SessionKind, SessionRole};
use crate::domain::timefmt;

/// The room of sessions that name none.
pub const DEFAULT_ROOM: &str = "Main hall";

/// Namespace of Plenary's person GUIDs (UUID v5 of the user id).
const PERSON_NAMESPACE: Uuid = Uuid::from_u128(0x430c_d626_dd0d_4cd7_af89_fffa_6635_544e);

pub struct Schedule {
    /// The conference's `agenda_version`, which every agenda edit bumps.
    pub version: String,
    pub acronym: String,
    pub title: String,
    pub description: String,
    pub tz: Tz,
    pub start: NaiveDate,
    pub end: NaiveDate,
    /// Largest grid that every start and duration fits, in minutes (5 to 60).
    pub timeslot_minutes: i64,
    /// `{base_url}/` — what relative references would be resolved against.
    pub base_url: String,
    /// The conference's public page.
    pub conference_url: String,
    /// The agenda as XML (frab's `<url>`): the public location of this schedule.
    pub xml_url: String,
    pub rooms: Vec<Room>,
    /// Session kinds in use, in the order of [`SessionKind::ALL`].
    pub tracks: Vec<SessionKind>,
    pub days: Vec<Day>,
}

#[derive(Clone)]
pub struct Room {
    pub name: String,
    pub guid: Uuid,
}

pub struct Day {
    /// 1-based.
    pub index: u32,
    pub date: NaiveDate,
    pub start: DateTime<Tz>,
    pub end: DateTime<Tz>,
    /// Every room of the conference, in [`Schedule::rooms`] order, with this day's events.
    pub rooms: Vec<(Room, Vec<Event>)>,
}

pub struct Event {
    pub id: u32,
    pub guid: Uuid,
    pub room: String,
    pub title: String,
    pub kind: SessionKind,
    pub start: DateTime<Tz>,
    pub end: DateTime<Tz>,
    pub summary: String,
    /// Who moderates and who speaks, in words (the XML format has no person roles).
    pub description: String,
    pub url: String,
    pub slug: String,
    pub persons: Vec<Person>,
    /// The language the title and abstract are written in (the reader's, or the
    /// conference's default language where they are not translated).
    pub language: &'static str,
}

pub struct Person {
    /// A positive 31-bit id, stable for the person (schedule readers such as
    /// ConfClerk key presenters by it and store none without it).
    pub id: u32,
    pub guid: Uuid,
    pub name: String,
    pub role: SessionRole,
    pub user: crate::domain::UserId,
    /// The public profile, for people who consented (see [`super::profiles`]).
    pub profile: Option<super::profiles::PersonProfile>,
}

impl Event {
    /// "HH:MM", as both schemas want.
    pub fn duration(&self) -> String {
        let minutes = (self.end - self.start).num_minutes().max(0);
        format!("{:02}:{:02}", minutes / 60, minutes % 60)
    }

    /// Local start "HH:MM" in the conference's zone.
    pub fn start_hhmm(&self) -> String {
        timefmt::clock(&self.start)
    }
}

/// "2020-07-07T13:00:00+02:00": RFC 3339 with the zone's offset at that instant.
pub fn iso(t: &DateTime<Tz>) -> String {
    timefmt::iso_offset(t)
}

/// "HH:MM" for a number of minutes.
pub fn hhmm(minutes: i64) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// Builds the schedule of a conference from all its sessions (in any order).
pub fn build(conf: &Conference, sessions: &[Session], base_url: &str) -> Schedule {
    let tz = conf.tz;
    let acronym = acronym(&conf.slug);
    let included: Vec<&Session> = sessions
        .iter()
        .filter(|s| s.kind != SessionKind::Break && !s.cancelled)
        .collect();
    let ids = numeric_ids(&included);

    let mut rooms: Vec<Room> = Vec::new();
    for s in &included {
        let name = room_name(s);
        if !rooms.iter().any(|r| r.name == name) {
            rooms.push(Room {
                guid: Uuid::new_v5(&conf.id.0, format!("room:{name}").as_bytes()),
                name: name.to_string(),
            });
        }
    }
    let tracks = SessionKind::ALL
        .iter()
        .copied()
        .filter(|k| included.iter().any(|s| s.kind == *k))
        .collect();

    let mut events: Vec<Event> = included
        .iter()
        .zip(&ids)
        .map(|(s, id)| event(conf, s, *id, &acronym, base_url))
        .collect();
    events.sort_by_key(|e| (e.start, e.end, e.guid));

    // The conference's dates, and any date a session falls on outside them.
    let mut by_date: BTreeMap<NaiveDate, Vec<Event>> = conf
        .starts_on
        .iter_days()
        .take_while(|d| *d <= conf.ends_on)
        .map(|d| (d, Vec::new()))
        .collect();
    for e in events {
        by_date.entry(e.start.date_naive()).or_default().push(e);
    }
    let mut days = Vec::new();
    for (i, (date, todays)) in by_date.into_iter().enumerate() {
        let start = local_day_start(date, tz);
        let next = date
            .succ_opt()
            .map_or(start + Duration::days(1), |d| local_day_start(d, tz));
        let end = todays.iter().map(|e| e.end).fold(next, |a, b| a.max(b));
        let mut day_rooms: Vec<(Room, Vec<Event>)> =
            rooms.iter().map(|r| (r.clone(), Vec::new())).collect();
        for e in todays {
            if let Some((_, list)) = day_rooms.iter_mut().find(|(r, _)| r.name == e.room) {
                list.push(e);
            }
        }
        days.push(Day {
            index: u32::try_from(i + 1).unwrap_or(u32::MAX),
            date,
            start,
            end,
            rooms: day_rooms,
        });
    }

    Schedule {
        version: conf.agenda_version.to_string(),
        acronym,
        title: conf.title.clone(),
        description: conf.description.clone(),
        tz,
        start: conf.starts_on,
        end: conf.ends_on,
        timeslot_minutes: timeslot_minutes(sessions_in_zone(&included, tz)),
        base_url: format!("{base_url}/"),
        conference_url: format!("{base_url}/c/{}", conf.slug),
        xml_url: format!("{base_url}/c/{}/schedule.xml", conf.slug),
        rooms,
        tracks,
        days,
    }
}

/// The room a session is in: its track, else [`DEFAULT_ROOM`].
pub fn room_name(s: &Session) -> &str {
    let t = s.track.trim();
    if t.is_empty() { DEFAULT_ROOM } else { t }
}

/// "Moderator: …" and "Speakers: …", for formats without roles of their own.
pub fn people_lines(s: &Session) -> Vec<String> {
    [
        (SessionRole::Moderator, "Moderator", "Moderators"),
        (SessionRole::Speaker, "Speaker", "Speakers"),
    ]
    .into_iter()
    .filter_map(|(role, one, many)| {
        let names: Vec<&str> = s
            .people
            .iter()
            .filter(|p| p.role == role)
            .map(|p| p.name.as_str())
            .collect();
        let label = if names.len() == 1 { one } else { many };
        (!names.is_empty()).then(|| format!("{label}: {}", names.join(", ")))
    })
    .collect()
}

fn event(conf: &Conference, s: &Session, id: u32, acronym: &str, base_url: &str) -> Event {
    Event {
        id,
        guid: s.id.0,
        room: room_name(s).to_string(),
        title: s.title.clone(),
        kind: s.kind,
        start: s.starts_at.with_timezone(&conf.tz),
        end: s.ends_at.with_timezone(&conf.tz),
        summary: s.summary.clone(),
        language: s.languages.title.unwrap_or(conf.default_language).code(),
        description: people_lines(s).join("\n"),
        url: format!("{base_url}/c/{}/sessions/{}", conf.slug, s.id),
        slug: event_slug(acronym, id, &s.title),
        persons: s
            .people
            .iter()
            .map(|p| Person {
                id: person_id(p.user_id.0.as_bytes()),
                guid: Uuid::new_v5(&PERSON_NAMESPACE, p.user_id.0.as_bytes()),
                name: p.name.clone(),
                role: p.role,
                user: p.user_id,
                profile: None,
            })
            .collect(),
    }
}

/// A person's positive 31-bit id: the first 31 bits of the SHA-256 of the user id
/// (never 0), the same in every export and every version of the schedule.
fn person_id(user_id: &[u8]) -> u32 {
    let digest = Sha256::digest(user_id);
    (u32::from_be_bytes([digest[0], digest[1], digest[2], digest[3]]) & 0x7fff_ffff).max(1)
}

/// A positive 31-bit id per session, from its UUID; unique within the list.
fn numeric_ids(sessions: &[&Session]) -> Vec<u32> {
    let mut order: Vec<usize> = (0..sessions.len()).collect();
    order.sort_by_key(|i| sessions[*i].id);
    let mut taken = std::collections::HashSet::new();
    let mut ids = vec![0; sessions.len()];
    for i in order {
        let digest = Sha256::digest(sessions[i].id.0.as_bytes());
        let mut id = u32::from_be_bytes([digest[0], digest[1], digest[2], digest[3]]) & 0x7fff_ffff;
        while id == 0 || !taken.insert(id) {
            id = (id + 1) & 0x7fff_ffff;
        }
        ids[i] = id;
    }
    ids
}

/// The conference acronym both schemas accept: the slug in lower case with `_` for
/// anything but letters and digits (the JSON schema allows no `-` after the first
/// character), at least four characters.
pub fn acronym(slug: &str) -> String {
    let mut a: String = slug
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    while a.len() < 4 {
        a.push('_');
    }
    a
}

/// c3voc's `{acronym}-{id}-{title}` slug, the title reduced to ASCII letters and digits
/// (a title in another script adds nothing; the id keeps the slug unique).
fn event_slug(acronym: &str, id: u32, title: &str) -> String {
    let mut words = String::new();
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            words.push(c.to_ascii_lowercase());
        } else if !words.ends_with('-') && !words.is_empty() {
            words.push('-');
        }
        if words.len() >= 48 {
            break;
        }
    }
    let words = words.trim_end_matches('-');
    if words.is_empty() {
        format!("{acronym}-{id}")
    } else {
        format!("{acronym}-{id}-{words}")
    }
}

/// The first instant of a local date: midnight, or the end of a DST gap that swallows
/// midnight (as in zones that spring forward at 00:00).
fn local_day_start(date: NaiveDate, tz: Tz) -> DateTime<Tz> {
    let mut t = date.and_time(NaiveTime::MIN);
    for _ in 0..(24 * 4) {
        match tz.from_local_datetime(&t) {
            LocalResult::Single(d) | LocalResult::Ambiguous(d, _) => return d,
            LocalResult::None => t += Duration::minutes(15),
        }
    }
    tz.from_utc_datetime(&date.and_time(NaiveTime::MIN))
}

fn sessions_in_zone(sessions: &[&Session], tz: Tz) -> Vec<(i64, i64)> {
    sessions
        .iter()
        .map(|s| {
            let start = s.starts_at.with_timezone(&tz);
            let minute_of_day = i64::from(start.hour() * 60 + start.minute());
            (minute_of_day, (s.ends_at - s.starts_at).num_minutes())
        })
        .collect()
}

/// The grid every session start and duration sits on, e.g. 15 for an agenda in
/// quarter hours; between 5 and 60 minutes, 15 for an empty agenda.
fn timeslot_minutes(starts_and_lengths: Vec<(i64, i64)>) -> i64 {
    fn gcd(a: i64, b: i64) -> i64 {
        if b == 0 { a } else { gcd(b, a % b) }
    }
    let g = starts_and_lengths
        .iter()
        .flat_map(|(start, len)| [*start, *len])
        .fold(60, gcd);
    if starts_and_lengths.is_empty() {
        15
    } else {
        g.clamp(5, 60)
    }
}

/// Whether a zone name fits the c3voc JSON schema's `time_zone_name` pattern
/// (`^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$`); zones such as `Etc/GMT+5` do not and are left
/// out of the JSON (the XML takes any name).
pub fn c3voc_zone_name(name: &str) -> bool {
    fn word(s: &str) -> usize {
        let mut chars = s.chars();
        match chars.next() {
            Some(c) if c.is_ascii_uppercase() => {
                let lower = chars.take_while(|c| c.is_ascii_lowercase()).count();
                if lower > 0 { 1 + lower } else { 0 }
            }
            _ => 0,
        }
    }
    if name.ends_with("UTC") {
        return true;
    }
    let area = word(name);
    area > 0 && name[area..].starts_with('/') && word(&name[area + 1..]) > 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_fit_both_schemas() {
        assert_eq!(acronym("ip-ai-2020"), "ip_ai_2020");
        assert_eq!(acronym("ai"), "ai__");
        assert_eq!(acronym("Été-2026"), "_t__2026");
    }

    #[test]
    fn slugs_keep_ascii_words_and_the_id() {
        assert_eq!(
            event_slug("ip_ai_2020", 42, "Keynote: Inventorship and the Machine"),
            "ip_ai_2020-42-keynote-inventorship-and-the-machine"
        );
        assert_eq!(
            event_slug("ip_ai_2020", 7, "人工知能と知的財産"),
            "ip_ai_2020-7"
        );
        assert_eq!(
            event_slug("ip_ai_2020", 7, "«AI» — 2030?"),
            "ip_ai_2020-7-ai-2030"
        );
    }

    #[test]
    fn timeslot_is_the_common_grid() {
        assert_eq!(
            timeslot_minutes(vec![(13 * 60, 30), (13 * 60 + 30, 45)]),
            15
        );
        assert_eq!(timeslot_minutes(vec![(9 * 60, 60), (10 * 60, 120)]), 60);
        assert_eq!(timeslot_minutes(vec![(9 * 60 + 1, 60)]), 5);
        assert_eq!(timeslot_minutes(vec![]), 15);
    }

    #[test]
    fn zone_names_are_checked_against_the_c3voc_pattern() {
        for ok in [
            "Europe/Zurich",
            "America/New_York",
            "Asia/Ho_Chi_Minh",
            "UTC",
            "Etc/UTC",
        ] {
            assert!(c3voc_zone_name(ok), "{ok}");
        }
        for bad in ["Etc/GMT+5", "EST5EDT", "GMT", "europe/zurich"] {
            assert!(!c3voc_zone_name(bad), "{bad}");
        }
    }

    #[test]
    fn a_day_starts_after_a_dst_gap_at_midnight() {
        // Santiago sprang forward at 00:00 on 2019-09-08: the day starts at 01:00 -03.
        let tz: Tz = "America/Santiago".parse().unwrap();
        let d = local_day_start(NaiveDate::from_ymd_opt(2019, 9, 8).unwrap(), tz);
        assert_eq!(iso(&d), "2019-09-08T01:00:00-03:00");
        let z = local_day_start(
            NaiveDate::from_ymd_opt(2020, 7, 7).unwrap(),
            chrono_tz::Europe::Zurich,
        );
        assert_eq!(iso(&z), "2020-07-07T00:00:00+02:00");
    }
}
