//! One agenda line as pages show it (the public agenda and an attendee's own
//! schedule): times in the viewer's zone, people's names, a link to the session.

use chrono_tz::Tz;

use crate::db::sessions::{Person, Session};
use crate::domain::l10n::tr;
use crate::domain::status::{SessionKind, SessionRole};
use crate::domain::{agenda, timefmt};

pub struct AgendaItem {
    /// The session's id (anchors `#s-{id}`, the signed-in viewer's pick forms).
    pub id: String,
    pub href: String,
    pub time: String,
    pub start_iso: String,
    pub kind: &'static str,
    pub kind_label: String,
    pub title: String,
    pub track: String,
    pub moderators: String,
    pub speakers: String,
    pub cancelled: bool,
}

pub fn agenda_item(slug: &str, s: &Session, tz: Tz) -> AgendaItem {
    AgendaItem {
        id: s.id.to_string(),
        href: format!("/c/{slug}/sessions/{}", s.id),
        time: agenda::time_range(s.starts_at, s.ends_at, tz),
        start_iso: timefmt::iso_utc(s.starts_at),
        kind: s.kind.as_str(),
        kind_label: kind_label(s.kind),
        title: s.title.clone(),
        track: s.track.clone(),
        moderators: names(s.moderators()),
        speakers: names(s.speakers()),
        cancelled: s.cancelled,
    }
}

/// A session's kind as the reader says it ("Keynote", "Conférence principale").
pub fn kind_label(kind: SessionKind) -> String {
    tr(match kind {
        SessionKind::Opening => "pub-kind-opening",
        SessionKind::Keynote => "pub-kind-keynote",
        SessionKind::Panel => "pub-kind-panel",
        SessionKind::Talk => "pub-kind-talk",
        SessionKind::Workshop => "pub-kind-workshop",
        SessionKind::Break => "pub-kind-break",
        SessionKind::Closing => "pub-kind-closing",
        SessionKind::Other => "pub-kind-other",
    })
}

/// A person's role in a session as the reader says it.
pub fn role_label(role: SessionRole) -> String {
    tr(match role {
        SessionRole::Moderator => "pub-role-moderator",
        SessionRole::Speaker => "pub-role-speaker",
    })
}

fn names<'a>(people: impl Iterator<Item = &'a Person>) -> String {
    people
        .map(|p| p.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}
