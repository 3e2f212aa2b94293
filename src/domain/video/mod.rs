//! Video platforms, as pure rules: which platform a conference uses, who enters a
//! meeting as a host, the stable names of a session's meeting, and the signed
//! addresses Plenary mints per click ([`bbb`] for BigBlueButton's API checksums,
//! [`jitsi`] for Jitsi's HS256 tokens). No I/O here: the HTTP client lives in
//! `crate::video`.

pub mod bbb;
pub mod jitsi;

use chrono::{DateTime, Utc};

use crate::domain::SessionId;
use crate::domain::standing::Standing;

/// The platform a conference's sessions run on (`conferences.video_platform`, the
/// form field `video_platform`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, diesel::AsExpression, diesel::FromSqlRow)]
#[diesel(sql_type = diesel::sql_types::Text)]
pub enum Platform {
    /// No video: sessions have no join link.
    None,
    /// A static URL per session (the behaviour before platforms were connected).
    Link,
    /// A BigBlueButton server, through its API.
    Bbb,
    /// A Jitsi Meet deployment with JWT authentication.
    Jitsi,
}

impl Platform {
    pub const ALL: [Platform; 4] = [Self::None, Self::Link, Self::Bbb, Self::Jitsi];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Link => "link",
            Self::Bbb => "bbb",
            Self::Jitsi => "jitsi",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::None => "No video",
            Self::Link => "A link per session",
            Self::Bbb => "BigBlueButton",
            Self::Jitsi => "Jitsi Meet (JWT)",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == s)
    }
}

/// The role a person gets inside the meeting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MeetingRole {
    Moderator,
    Viewer,
}

impl MeetingRole {
    /// Organizers and the session's moderators and speakers are hosts (moderators of
    /// the meeting); everybody else is a viewer. `None` is no standing at all.
    pub fn of(standing: Option<Standing>) -> Self {
        match standing {
            Some(Standing::Organizer | Standing::Moderator | Standing::Speaker) => Self::Moderator,
            None => Self::Viewer,
        }
    }

    /// BigBlueButton's `role` value.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Moderator => "MODERATOR",
            Self::Viewer => "VIEWER",
        }
    }

    pub fn is_host(self) -> bool {
        self == Self::Moderator
    }
}

/// The meeting id of a session, the same on every call (so `create` is idempotent)
/// and on every Plenary instance.
pub fn meeting_id(session: SessionId) -> String {
    format!("plenary-{session}")
}

/// Jitsi's room name for a session: lower-case letters, digits and dashes only.
pub fn room_name(session: SessionId) -> String {
    format!("plenary-{}", session.to_string().replace('-', ""))
}

/// Whether a session has a way in at all: a connected platform makes a room for
/// every session; with `link`, only sessions given a static URL have one.
pub fn has_door(platform: Platform, static_link: bool) -> bool {
    match platform {
        Platform::None => false,
        Platform::Link => static_link,
        Platform::Bbb | Platform::Jitsi => true,
    }
}

/// BigBlueButton's own advice: about 100 people per meeting at most.
pub const DEFAULT_AUDIENCE_CAP: i32 = 100;

/// Whether attendees of a session go to its stream instead of the meeting: only when
/// the session has a stream and more confirmed attendees than its cap. Hosts always
/// join the meeting.
pub fn send_to_stream(role: MeetingRole, has_stream: bool, audience: i64, cap: i32) -> bool {
    role == MeetingRole::Viewer && has_stream && audience > i64::from(cap)
}

/// Minutes present in a meeting from the stays the platform reported (join, and
/// leave once known): overlapping stays (two tabs) count once, and a stay without a
/// leave counts until `until` (the session's end, or now if earlier). Whole minutes,
/// rounded down.
pub fn minutes_present(
    stays: &[(DateTime<Utc>, Option<DateTime<Utc>>)],
    until: DateTime<Utc>,
) -> i64 {
    let mut spans: Vec<(DateTime<Utc>, DateTime<Utc>)> = stays
        .iter()
        .map(|&(from, to)| (from, to.unwrap_or(until).max(from)))
        .collect();
    spans.sort();
    let mut total = chrono::Duration::zero();
    let mut current: Option<(DateTime<Utc>, DateTime<Utc>)> = None;
    for (from, to) in spans {
        current = match current {
            Some((a, b)) if from <= b => Some((a, b.max(to))),
            Some((a, b)) => {
                total += b - a;
                Some((from, to))
            }
            None => Some((from, to)),
        };
    }
    if let Some((a, b)) = current {
        total += b - a;
    }
    total.num_minutes()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn minutes_count_overlapping_stays_once() {
        let t = |m: i64| {
            Utc.with_ymd_and_hms(2020, 7, 7, 13, 0, 0).unwrap() + chrono::Duration::minutes(m)
        };
        let stays = [
            (t(0), Some(t(30))),
            (t(10), Some(t(20))),
            (t(40), Some(t(57))),
        ];
        assert_eq!(minutes_present(&stays, t(90)), 47);
        assert_eq!(minutes_present(&[(t(80), None)], t(90)), 10);
        assert_eq!(minutes_present(&[], t(90)), 0);
    }

    #[test]
    fn hosts_are_organizers_moderators_and_speakers() {
        for s in [Standing::Organizer, Standing::Moderator, Standing::Speaker] {
            assert_eq!(MeetingRole::of(Some(s)), MeetingRole::Moderator);
        }
        assert_eq!(MeetingRole::of(None), MeetingRole::Viewer);
        assert_eq!(MeetingRole::Viewer.as_str(), "VIEWER");
    }

    #[test]
    fn platforms_round_trip() {
        for p in Platform::ALL {
            assert_eq!(Platform::parse(p.as_str()), Some(p));
        }
        assert_eq!(Platform::parse("zoom"), None);
    }

    #[test]
    fn meeting_names_are_stable_per_session() {
        let s = SessionId::parse("0190c2a4-1111-7222-8333-444455556666").unwrap();
        assert_eq!(meeting_id(s), meeting_id(s));
        assert_eq!(room_name(s), "plenary-0190c2a4111172228333444455556666");
    }

    #[test]
    fn only_attendees_over_the_cap_go_to_a_stream() {
        assert!(send_to_stream(MeetingRole::Viewer, true, 101, 100));
        assert!(!send_to_stream(MeetingRole::Viewer, true, 100, 100));
        assert!(!send_to_stream(MeetingRole::Viewer, false, 500, 100));
        assert!(!send_to_stream(MeetingRole::Moderator, true, 500, 100));
    }
}
