//! c3voc `schedule.json` (JSON Schema draft-06, the copy in `tests/schemas/`), the JSON
//! twin of [`super::schedule_xml`] built from the same [`Schedule`]. serde writes it;
//! the structs below mirror the schema's names, including the deprecated fields it
//! still requires (`id`, `start`, `duration`).
//!
//! Persons follow the schema's pretalx shape (`name`, `guid`) plus a `role`
//! ("moderator" or "speaker"), which the schema allows as an extra property; the frab
//! shape (`public_name` + `id`) is not added as well, because the schema wants a person
//! to match exactly one of the two.

use serde::Serialize;

use super::schedule::{Event, Schedule, c3voc_zone_name, hhmm, iso};

const SCHEMA_URL: &str = "https://c3voc.de/schedule/schema.json";

#[derive(Serialize)]
struct Document<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    generator: Generator,
    schedule: ScheduleJson<'a>,
}

#[derive(Serialize)]
struct Generator {
    name: &'static str,
    version: &'static str,
}

#[derive(Serialize)]
struct ScheduleJson<'a> {
    version: &'a str,
    base_url: &'a str,
    url: &'a str,
    conference: Conference<'a>,
}

#[derive(Serialize)]
struct Conference<'a> {
    acronym: &'a str,
    title: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    description: &'a str,
    start: String,
    end: String,
    #[serde(rename = "daysCount")]
    days_count: usize,
    timeslot_duration: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    time_zone_name: Option<&'a str>,
    url: &'a str,
    tracks: Vec<Track>,
    rooms: Vec<Room<'a>>,
    days: Vec<Day<'a>>,
}

#[derive(Serialize)]
struct Track {
    name: &'static str,
    slug: &'static str,
}

#[derive(Serialize)]
struct Room<'a> {
    name: &'a str,
    guid: String,
    #[serde(rename = "type")]
    kind: &'static str,
}

#[derive(Serialize)]
struct Day<'a> {
    index: u32,
    date: String,
    day_start: String,
    day_end: String,
    rooms: RoomEvents<'a>,
}

/// Room name → events, in the schedule's room order (a JSON object; serde_json's own
/// maps would sort the rooms by name).
struct RoomEvents<'a>(Vec<(&'a str, Vec<EventJson<'a>>)>);

impl Serialize for RoomEvents<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (room, events) in &self.0 {
            map.serialize_entry(room, events)?;
        }
        map.end()
    }
}

#[derive(Serialize)]
struct EventJson<'a> {
    guid: String,
    id: u32,
    date: String,
    start: String,
    end: String,
    duration: String,
    room: &'a str,
    slug: &'a str,
    url: &'a str,
    title: &'a str,
    subtitle: Option<&'a str>,
    track: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    language: Option<&'a str>,
    #[serde(rename = "abstract")]
    summary: &'a str,
    description: &'a str,
    persons: Vec<Person<'a>>,
    links: [&'static str; 0],
}

#[derive(Serialize)]
struct Person<'a> {
    name: &'a str,
    guid: String,
    role: &'static str,
    #[serde(flatten)]
    profile: Option<PersonProfileJson<'a>>,
}

/// A consenting person's profile: pretalx's `avatar` and `biography`, the person's
/// page as `url`, and Plenary's own fields.
#[derive(Serialize)]
struct PersonProfileJson<'a> {
    url: &'a str,
    avatar: Option<&'a str>,
    biography: &'a str,
    honorific: &'a str,
    function: &'a str,
    organisation: &'a str,
    country: &'a str,
}

/// The document, UTF-8, compact (a quarter smaller than indented; every reader parses it).
pub fn to_json(s: &Schedule) -> serde_json::Result<Vec<u8>> {
    let doc = Document {
        schema: SCHEMA_URL,
        generator: Generator {
            name: "Plenary",
            version: env!("CARGO_PKG_VERSION"),
        },
        schedule: ScheduleJson {
            version: &s.version,
            base_url: &s.base_url,
            url: &s.conference_url,
            conference: Conference {
                acronym: &s.acronym,
                title: &s.title,
                description: &s.description,
                start: s.start.to_string(),
                end: s.end.to_string(),
                days_count: s.days.len(),
                timeslot_duration: hhmm(s.timeslot_minutes),
                time_zone_name: Some(s.tz.name()).filter(|n| c3voc_zone_name(n)),
                url: &s.conference_url,
                tracks: s
                    .tracks
                    .iter()
                    .map(|k| Track {
                        name: k.label(),
                        slug: k.as_str(),
                    })
                    .collect(),
                rooms: s
                    .rooms
                    .iter()
                    .map(|r| Room {
                        name: &r.name,
                        guid: r.guid.to_string(),
                        kind: "online",
                    })
                    .collect(),
                days: s
                    .days
                    .iter()
                    .map(|d| Day {
                        index: d.index,
                        date: d.date.to_string(),
                        day_start: iso(&d.start),
                        day_end: iso(&d.end),
                        rooms: RoomEvents(
                            d.rooms
                                .iter()
                                .map(|(room, events)| {
                                    (room.name.as_str(), events.iter().map(event).collect())
                                })
                                .collect(),
                        ),
                    })
                    .collect(),
            },
        },
    };
    serde_json::to_vec(&doc)
}

fn event(e: &Event) -> EventJson<'_> {
    EventJson {
        guid: e.guid.to_string(),
        id: e.id,
        date: iso(&e.start),
        start: e.start_hhmm(),
        end: iso(&e.end),
        duration: e.duration(),
        room: &e.room,
        slug: &e.slug,
        url: &e.url,
        title: &e.title,
        subtitle: None,
        track: e.kind.label(),
        kind: e.kind.as_str(),
        language: Some(e.language),
        summary: &e.summary,
        description: &e.description,
        persons: e
            .persons
            .iter()
            .map(|p| Person {
                name: &p.name,
                guid: p.guid.to_string(),
                role: p.role.as_str(),
                profile: p.profile.as_ref().map(|pr| PersonProfileJson {
                    url: &pr.url,
                    avatar: pr.avatar.as_deref(),
                    biography: &pr.biography,
                    honorific: &pr.honorific,
                    function: &pr.function,
                    organisation: &pr.organisation,
                    country: &pr.country,
                }),
            })
            .collect(),
        links: [],
    }
}
