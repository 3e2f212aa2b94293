//! The moderators' and speakers' area under `/moderate`: "My sessions" across
//! conferences, a session's page with its run of show and counts by country, and the
//! roster with check-in. The route guard has already decided who may enter: the
//! roster and everything that changes it need `SessionModerator`, so speakers get
//! 403 there whatever the conference says. Speakers read attendees' details only on
//! the read-only `…/attendees` page (`SessionPerson`), and only where the conference
//! has `speakers_see_roster` on — the one rule the guard cannot know, enforced by
//! [`SessionContext::roster_access`]. Also here: who the viewer is in the session, the
//! hosts' join link (decided by the one join rule in [`crate::domain::join`]), and
//! "starts in 2 h 10 min".

pub mod checkin;
pub mod roster;
mod roster_answers;
pub mod roster_csv;
pub mod roster_query;
pub mod sessions;
pub mod undo;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::extract::SessionContext;
use crate::db;
use crate::db::sessions::Session;
use crate::domain::agenda;
use crate::domain::join::JoinAccess;
use crate::domain::l10n::{self, Arg};
use crate::domain::standing::Standing;
use crate::domain::status::SessionRole;
use crate::domain::timefmt::{clock_zone, long_date};
use crate::domain::video::Platform;
use crate::service::attendance;

/// What the viewer may do with a session's roster.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RosterAccess {
    /// Read, export and check people in.
    Full,
    /// Read and export only (a speaker where `speakers_see_roster` is on).
    ReadOnly,
}

/// The moderators' area's rules for a session the guard let the viewer into: those
/// that depend on the viewer's [`Standing`] and on the conference's settings.
impl SessionContext {
    /// The roster holds personal data: moderators and organizers read it; speakers
    /// only where the conference says so, and read-only.
    pub fn roster_access(&self) -> Option<RosterAccess> {
        match self.standing {
            Standing::Organizer | Standing::Moderator => Some(RosterAccess::Full),
            Standing::Speaker if self.conf.speakers_see_roster => Some(RosterAccess::ReadOnly),
            Standing::Speaker => None,
        }
    }

    /// Moderators and organizers order and time the speakers.
    pub fn may_edit_run_of_show(&self) -> bool {
        self.standing.runs_the_session()
    }

    /// `/moderate/c/{slug}/sessions/{id}`.
    pub fn base_path(&self) -> String {
        format!(
            "/moderate/c/{}/sessions/{}",
            self.conf.slug, self.session.id
        )
    }
}

/// "Moderator", "Speaker" or "Moderator and speaker".
pub fn roles_label(roles: &[SessionRole]) -> String {
    let moderates = roles.contains(&SessionRole::Moderator);
    let speaks = roles.contains(&SessionRole::Speaker);
    l10n::tr(match (moderates, speaks) {
        (true, true) => "orgb-role-moderator-and-speaker",
        (true, false) => "orgb-role-moderator",
        (false, true) => "orgb-role-speaker",
        (false, false) => "orgb-role-organizer",
    })
}

/// Where a session stands relative to now: the words and a class for styling.
pub fn relative(
    now: DateTime<Utc>,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
) -> (String, &'static str) {
    if now >= end {
        return (l10n::tr("orgb-rel-ended"), "ended");
    }
    if now >= start {
        return (l10n::tr("orgb-rel-running"), "running");
    }
    // Rounded up, as a countdown is read: 2 h 9 min 30 s is "2 h 10 min".
    let minutes = ((start - now).num_seconds() + 59).div_euclid(60);
    let words = match minutes {
        ..=59 => l10n::tr_count("orgb-rel-minutes", minutes.max(1)),
        60..=2879 => match (minutes / 60, minutes % 60) {
            (h, 0) => l10n::tr_count("orgb-rel-hours", h),
            (h, m) => l10n::tr_with(
                "orgb-rel-hours-minutes",
                &[("hours", Arg::Number(h)), ("minutes", Arg::Number(m))],
            ),
        },
        _ => l10n::tr_count("orgb-rel-days", minutes / (24 * 60)),
    };
    (words, "upcoming")
}

/// The meeting link for people on stage.
pub enum HostJoin {
    /// Not on stage, cancelled, or no link.
    Hidden,
    Open(String),
    /// When the link appears, in the viewer's zone.
    OpensAt(String),
    Ended,
}

/// The hosts' link for a viewer with `roles` on stage, decided by the one join rule.
/// On a video platform it is Plenary's own join link (minted per click there); with
/// `link`, the session's static URL.
pub fn host_join(
    slug: &str,
    platform: Platform,
    session: &Session,
    roles: &[SessionRole],
    now: DateTime<Utc>,
    tz: Tz,
) -> HostJoin {
    let door = match platform {
        Platform::Bbb | Platform::Jitsi => Some(format!("/c/{slug}/sessions/{}/join", session.id)),
        Platform::None | Platform::Link => session.join_url.clone(),
    };
    match (attendance::host_access(platform, session, roles, now), door) {
        (JoinAccess::Open, Some(url)) => HostJoin::Open(url),
        (JoinAccess::NotYet { opens_at }, _) => {
            let local = opens_at.with_timezone(&tz);
            let (date, time) = (long_date(local.date_naive()), clock_zone(&local));
            HostJoin::OpensAt(l10n::tr_with(
                "orgb-date-at-time",
                &[("date", Arg::Text(&date)), ("time", Arg::Text(&time))],
            ))
        }
        (JoinAccess::Ended, _) => HostJoin::Ended,
        (JoinAccess::Open, None) | (JoinAccess::NotAllowed(_), _) => HostJoin::Hidden,
    }
}

/// "Tuesday 7 July 2020, 15:00–16:30 CEST" in the viewer's zone.
pub fn when(session: &Session, tz: Tz) -> String {
    format!(
        "{}, {}",
        long_date(session.starts_at.with_timezone(&tz).date_naive()),
        agenda::time_range(session.starts_at, session.ends_at, tz)
    )
}

// ---------------------------------------------------------------- counts by country

/// One country's line in the counts table.
pub struct CountryLine {
    pub code: String,
    pub name: String,
    pub enrolled: i64,
    pub joined: i64,
}

/// One bar of the chart, laid out here so the template only places attributes
/// (CSP allows no inline styles; SVG geometry attributes are not styles).
pub struct Bar {
    pub name: String,
    pub enrolled: i64,
    pub joined: i64,
    pub y: u32,
    pub text_y: u32,
    pub enrolled_width: u32,
    pub joined_width: u32,
    pub value_x: u32,
}

/// Counts by country as a table (every country) and a bar chart (the largest ones).
pub struct CountryView {
    pub lines: Vec<CountryLine>,
    pub bars: Vec<Bar>,
    pub chart_height: u32,
    pub total_enrolled: i64,
    pub total_joined: i64,
}

/// Bars in the chart; the table below it always lists every country.
pub const CHART_BARS: usize = 12;
const LABEL_WIDTH: u32 = 190;
const BAR_AREA: u32 = 360;
const ROW_HEIGHT: u32 = 24;

impl CountryView {
    pub fn new(counts: Vec<db::roster::CountryCount>) -> Self {
        let lines: Vec<CountryLine> = counts
            .into_iter()
            .map(|c| CountryLine {
                name: crate::domain::text::country_name(&c.country),
                code: c.country,
                enrolled: c.enrolled,
                joined: c.joined,
            })
            .collect();
        let max = lines.iter().map(|l| l.enrolled).max().unwrap_or(0).max(1);
        let scale = |n: i64| -> u32 {
            let w = (n.max(0) as u64 * u64::from(BAR_AREA)) / max as u64;
            u32::try_from(w).unwrap_or(BAR_AREA).max(u32::from(n > 0))
        };
        let bars: Vec<Bar> = lines
            .iter()
            .take(CHART_BARS)
            .zip(0u32..)
            .map(|(l, i)| Bar {
                // Cut to the label column; the table below has every full name.
                name: crate::domain::text::ellipsize(&l.name, 30),
                enrolled: l.enrolled,
                joined: l.joined,
                y: i * ROW_HEIGHT + 4,
                text_y: i * ROW_HEIGHT + 17,
                enrolled_width: scale(l.enrolled),
                joined_width: scale(l.joined),
                value_x: LABEL_WIDTH + scale(l.enrolled) + 6,
            })
            .collect();
        Self {
            chart_height: u32::try_from(bars.len()).unwrap_or(0) * ROW_HEIGHT + 8,
            total_enrolled: lines.iter().map(|l| l.enrolled).sum(),
            total_joined: lines.iter().map(|l| l.joined).sum(),
            bars,
            lines,
        }
    }

    pub fn label_width(&self) -> u32 {
        LABEL_WIDTH
    }

    pub fn chart_width(&self) -> u32 {
        LABEL_WIDTH + BAR_AREA + 70
    }

    pub fn is_partial_chart(&self) -> bool {
        self.lines.len() > self.bars.len()
    }

    /// "300 enrolled from 12 countries; 120 joined." in the reader's language.
    pub fn summary(&self) -> String {
        let enrolled = l10n::tr_count("orgb-cc-enrolled", self.total_enrolled);
        let countries = l10n::tr_count("orgb-cc-countries", self.country_count());
        let head = l10n::tr_with(
            "orgb-cc-summary",
            &[
                ("enrolled", Arg::Text(&enrolled)),
                ("countries", Arg::Text(&countries)),
            ],
        );
        format!(
            "{head} {}",
            l10n::tr_count("orgb-cc-joined", self.total_joined)
        )
    }

    /// How many countries the table lists (a count for a plural message).
    pub fn country_count(&self) -> i64 {
        i64::try_from(self.lines.len()).unwrap_or(i64::MAX)
    }

    /// How many countries the chart shows.
    pub fn bar_count(&self) -> i64 {
        i64::try_from(self.bars.len()).unwrap_or(i64::MAX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};

    #[test]
    fn relative_time_reads_like_a_person_would_say_it() {
        let start = Utc.with_ymd_and_hms(2020, 7, 7, 13, 0, 0).unwrap();
        let end = start + Duration::minutes(90);
        let words = |now| l10n::strip_isolation(&relative(now, start, end).0);
        let at = |m: i64| words(start + Duration::minutes(m));
        assert_eq!(at(-130), "starts in 2 h 10 min");
        assert_eq!(at(-120), "starts in 2 h");
        assert_eq!(at(-45), "starts in 45 min");
        assert_eq!(words(start - Duration::seconds(30)), "starts in 1 min");
        assert_eq!(
            words(start - Duration::seconds(7770)),
            "starts in 2 h 10 min"
        );
        assert_eq!(at(-3 * 24 * 60), "starts in 3 days");
        assert_eq!(at(0), "running now");
        assert_eq!(at(89), "running now");
        assert_eq!(at(90), "ended");
    }

    #[test]
    fn role_labels_join_both_roles() {
        assert_eq!(roles_label(&[SessionRole::Speaker]), "Speaker");
        assert_eq!(
            roles_label(&[SessionRole::Speaker, SessionRole::Moderator]),
            "Moderator and speaker"
        );
        assert_eq!(roles_label(&[]), "Organizer");
    }
}
