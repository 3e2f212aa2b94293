//! One agenda line as pages show it (the public agenda and an attendee's own
//! schedule): times in the viewer's zone, people's names, a link to the session.

use chrono_tz::Tz;

use crate::db::sessions::{Person, Session};
use crate::domain::l10n::tr;
use crate::domain::lang::Lang;
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
    /// The track's colour on the agenda (1–8, set by [`colour_tracks`]; 0: none).
    pub track_colour: usize,
    /// The title's language when it is not the page's (a fallback), for `lang`.
    pub title_lang: Option<Lang>,
    pub floor: Option<Lang>,
    pub interpretation: Vec<Lang>,
}

impl AgendaItem {
    /// Whether the session says anything about its languages.
    pub fn has_languages(&self) -> bool {
        self.floor.is_some() || !self.interpretation.is_empty()
    }
}

/// `shown` when it differs from the page's language (text in a fallback language
/// is marked with its own `lang`).
pub fn foreign(shown: Option<Lang>) -> Option<Lang> {
    shown.filter(|l| *l != crate::domain::l10n::current())
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
        track_colour: 0,
        title_lang: foreign(s.languages.title),
        floor: s.languages.floor,
        interpretation: s.languages.interpretation.clone(),
    }
}

/// Colours of the tracks on one agenda: the distinct track names in alphabetical
/// order take the palette's colours in turn (`track-1` … `track-8` in the
/// stylesheet), so two tracks of a conference differ whenever there are at most
/// eight, and a track keeps its colour from page to page.
pub fn colour_tracks<'a>(items: impl IntoIterator<Item = &'a mut AgendaItem>) {
    let mut items: Vec<&mut AgendaItem> = items.into_iter().collect();
    let key = |t: &str| t.trim().to_lowercase();
    let mut names: Vec<String> = items
        .iter()
        .map(|i| key(&i.track))
        .filter(|t| !t.is_empty())
        .collect();
    names.sort();
    names.dedup();
    for item in &mut items {
        let k = key(&item.track);
        item.track_colour = names.iter().position(|n| *n == k).map_or(0, |i| i % 8 + 1);
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

/// [`kind_label`] of a borrowed kind (templates iterate over references).
pub fn kind_label_of(kind: &SessionKind) -> String {
    kind_label(*kind)
}

/// A person's role in a session as the reader says it.
pub fn role_label(role: SessionRole) -> String {
    tr(match role {
        SessionRole::Moderator => "pub-role-moderator",
        SessionRole::Speaker => "pub-role-speaker",
    })
}

/// The names joined with commas, each isolated (U+2068 … U+2069) so that a Latin
/// name next to an Arabic or Hebrew one keeps its own direction and the list its order.
fn names<'a>(people: impl Iterator<Item = &'a Person>) -> String {
    people
        .map(|p| format!("\u{2068}{}\u{2069}", p.name))
        .collect::<Vec<_>>()
        .join(", ")
}
