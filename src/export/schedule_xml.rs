//! frab/pentabarf `schedule.xml`, as schedule apps (Giggity, ConfClerk, EventFahrplan)
//! and the c3voc video pipeline read it; valid against `schedule.xml.xsd` (the copy in
//! `tests/schemas/`). Written with quick-xml, which escapes text and attributes; text
//! is also stripped of the few characters XML 1.0 cannot carry at all.
//!
//! The XSD gives persons no role, so the roles are also spelled out in each event's
//! `<description>` ("Moderator: …", "Speakers: …"); the `<slug>` is left out because
//! the XSD's slug pattern rejects conference slugs with hyphens, and readers derive
//! one themselves when it is missing.

use std::borrow::Cow;
use std::io;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event as XmlEvent};

use super::schedule::{Event, Schedule, hhmm, iso};

/// The document, UTF-8.
pub fn to_xml(schedule: &Schedule) -> io::Result<Vec<u8>> {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    w.write_event(XmlEvent::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.create_element("schedule").write_inner_content(|w| {
        w.create_element("generator")
            .with_attribute(("name", "Plenary"))
            .with_attribute(("version", env!("CARGO_PKG_VERSION")))
            .write_empty()?;
        text(w, "url", &schedule.xml_url)?;
        text(w, "version", &schedule.version)?;
        w.create_element("conference")
            .write_inner_content(|w| conference(w, schedule))?;
        for day in &schedule.days {
            w.create_element("day")
                .with_attribute(("index", day.index.to_string().as_str()))
                .with_attribute(("date", day.date.to_string().as_str()))
                .with_attribute(("start", iso(&day.start).as_str()))
                .with_attribute(("end", iso(&day.end).as_str()))
                .write_inner_content(|w| {
                    for (room, events) in &day.rooms {
                        w.create_element("room")
                            .with_attribute(("name", safe(&room.name).as_ref()))
                            .with_attribute(("guid", room.guid.to_string().as_str()))
                            .write_inner_content(|w| events.iter().try_for_each(|e| event(w, e)))?;
                    }
                    Ok(())
                })?;
        }
        Ok(())
    })?;
    let mut out = w.into_inner();
    out.push(b'\n');
    Ok(out)
}

fn conference(w: &mut Writer<Vec<u8>>, s: &Schedule) -> io::Result<()> {
    text(w, "acronym", &s.acronym)?;
    text(w, "title", &s.title)?;
    text(w, "start", &s.start.to_string())?;
    text(w, "end", &s.end.to_string())?;
    text(w, "days", &s.days.len().to_string())?;
    text(w, "timeslot_duration", &hhmm(s.timeslot_minutes))?;
    text(w, "base_url", &s.base_url)?;
    text(w, "url", &s.conference_url)?;
    text(w, "time_zone_name", s.tz.name())?;
    for kind in &s.tracks {
        w.create_element("track")
            .with_attribute(("name", kind.label()))
            .with_attribute(("slug", kind.as_str()))
            .write_empty()?;
    }
    Ok(())
}

fn event(w: &mut Writer<Vec<u8>>, e: &Event) -> io::Result<()> {
    w.create_element("event")
        .with_attribute(("id", e.id.to_string().as_str()))
        .with_attribute(("guid", e.guid.to_string().as_str()))
        .write_inner_content(|w| {
            text(w, "date", &iso(&e.start))?;
            text(w, "start", &e.start_hhmm())?;
            text(w, "duration", &e.duration())?;
            text(w, "room", &e.room)?;
            text(w, "title", &e.title)?;
            text(w, "type", e.kind.as_str())?;
            text(w, "track", e.kind.label())?;
            text(w, "abstract", &e.summary)?;
            text(w, "language", e.language)?;
            text(w, "description", &e.description)?;
            text(w, "url", &e.url)?;
            w.create_element("persons").write_inner_content(|w| {
                for p in &e.persons {
                    w.create_element("person")
                        .with_attribute(("id", p.id.to_string().as_str()))
                        .with_attribute(("guid", p.guid.to_string().as_str()))
                        .write_text_content(BytesText::new(&safe(&p.name)))?;
                }
                Ok(())
            })?;
            w.create_element("links").write_inner_content(|w| {
                w.create_element("link")
                    .with_attribute(("href", e.url.as_str()))
                    .write_text_content(BytesText::new("Session page"))?;
                Ok(())
            })?;
            Ok(())
        })?;
    Ok(())
}

fn text(w: &mut Writer<Vec<u8>>, name: &str, value: &str) -> io::Result<()> {
    if value.is_empty() {
        w.create_element(name).write_empty()?;
    } else {
        w.create_element(name)
            .write_text_content(BytesText::new(&safe(value)))?;
    }
    Ok(())
}

/// Drops what XML 1.0 cannot represent even escaped: C0 controls other than tab,
/// newline and carriage return, and U+FFFE/U+FFFF.
fn safe(s: &str) -> Cow<'_, str> {
    let allowed = |c: char| {
        matches!(c, '\t' | '\n' | '\r')
            || ('\u{20}'..='\u{D7FF}').contains(&c)
            || ('\u{E000}'..='\u{FFFD}').contains(&c)
            || c >= '\u{10000}'
    };
    if s.chars().all(allowed) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.chars().filter(|c| allowed(*c)).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn characters_xml_cannot_carry_are_dropped() {
        assert_eq!(safe("a\u{1}b\u{FFFE}c\td"), "abc\td");
        assert!(matches!(safe("Конференция «AI»"), Cow::Borrowed(_)));
    }
}
