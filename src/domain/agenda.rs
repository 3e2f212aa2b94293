//! The multi-day agenda as a viewer sees it: sessions grouped by *local* date in the
//! viewer's zone (a session at 23:30 in Geneva is on the next day in Tokyo), with
//! times labelled by the zone's abbreviation at that instant (CEST, JST, …). DST is
//! chrono-tz's job; nothing here adds fixed offsets.

use super::timefmt;
use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;

/// Anything with a start and end in UTC can be placed on an agenda.
pub trait Timed {
    fn starts_at(&self) -> DateTime<Utc>;
    fn ends_at(&self) -> DateTime<Utc>;
}

#[derive(Debug)]
pub struct Day<T> {
    pub date: NaiveDate,
    pub items: Vec<T>,
}

/// Groups items (in any order) into days of `tz`, each day and each day's items sorted
/// by start time.
pub fn group_by_local_day<T: Timed>(mut items: Vec<T>, tz: Tz) -> Vec<Day<T>> {
    items.sort_by_key(|i| (i.starts_at(), i.ends_at()));
    let mut days: Vec<Day<T>> = Vec::new();
    for item in items {
        let date = item.starts_at().with_timezone(&tz).date_naive();
        match days.last_mut() {
            Some(d) if d.date == date => d.items.push(item),
            _ => days.push(Day {
                date,
                items: vec![item],
            }),
        }
    }
    days
}

/// "14:00–15:30 CEST"; when the end falls on another local day it is marked "(+1)".
pub fn time_range(start: DateTime<Utc>, end: DateTime<Utc>, tz: Tz) -> String {
    let s = start.with_timezone(&tz);
    let e = end.with_timezone(&tz);
    let plus = (e.date_naive() - s.date_naive()).num_days();
    let end_zone = if timefmt::zone_abbreviation(&s) == timefmt::zone_abbreviation(&e) {
        String::new()
    } else {
        format!(" {}", timefmt::zone_abbreviation(&e))
    };
    let day_mark = if plus > 0 {
        format!(" (+{plus})")
    } else {
        String::new()
    };
    format!(
        "{}–{}{}{} {}",
        timefmt::clock(&s),
        timefmt::clock(&e),
        day_mark,
        end_zone,
        timefmt::zone_abbreviation(&s)
    )
    .replace("  ", " ")
}

/// The zone's abbreviation at an instant, e.g. "CEST"; chrono-tz gives "+04" style
/// names for zones without one.
pub fn zone_abbreviation(at: DateTime<Utc>, tz: Tz) -> String {
    timefmt::zone_abbreviation(&at.with_timezone(&tz))
}

/// The local day a session ends on, given the day it starts: the same day, or the
/// next one when the end is at or before the start on the clock (23:00–01:00).
pub fn end_day(day: NaiveDate, start: chrono::NaiveTime, end: chrono::NaiveTime) -> NaiveDate {
    if end <= start {
        day.succ_opt().unwrap_or(day)
    } else {
        day
    }
}

/// The longest a session across midnight may last: an end typed before the start
/// is read as the next day only for a plausible night session (23:00–01:00), not
/// for a slip such as 11:00–10:00.
pub const MAX_OVERNIGHT_HOURS: i64 = 12;

/// A session's span is valid when it ends after it starts and, when it crosses
/// midnight (`overnight`, the end typed at or before the start), lasts at most
/// [`MAX_OVERNIGHT_HOURS`].
pub fn check_span(
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    overnight: bool,
) -> Result<(), &'static str> {
    if end <= start || (overnight && end - start > chrono::Duration::hours(MAX_OVERNIGHT_HOURS)) {
        Err(
            "The end must be after the start (an earlier end is read as the next day only for a session of up to 12 hours)",
        )
    } else {
        Ok(())
    }
}

/// Whether two half-open intervals overlap.
pub fn overlaps<A: Timed, B: Timed>(a: &A, b: &B) -> bool {
    a.starts_at() < b.ends_at() && b.starts_at() < a.ends_at()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    struct S(DateTime<Utc>, DateTime<Utc>);
    impl Timed for S {
        fn starts_at(&self) -> DateTime<Utc> {
            self.0
        }
        fn ends_at(&self) -> DateTime<Utc> {
            self.1
        }
    }

    fn zurich(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        chrono_tz::Europe::Zurich
            .with_ymd_and_hms(y, m, d, h, min, 0)
            .single()
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn late_geneva_session_is_next_day_in_tokyo() {
        let late = S(zurich(2020, 7, 7, 23, 30), zurich(2020, 7, 7, 23, 59));
        let early = S(zurich(2020, 7, 7, 13, 0), zurich(2020, 7, 7, 14, 0));
        let days = group_by_local_day(vec![late, early], chrono_tz::Asia::Tokyo);
        assert_eq!(days.len(), 2);
        assert_eq!(days[1].date, NaiveDate::from_ymd_opt(2020, 7, 8).unwrap());
        let days = group_by_local_day(
            vec![S(zurich(2020, 7, 7, 23, 30), zurich(2020, 7, 7, 23, 59))],
            chrono_tz::Europe::Zurich,
        );
        assert_eq!(days[0].date, NaiveDate::from_ymd_opt(2020, 7, 7).unwrap());
    }

    #[test]
    fn a_session_across_midnight_ends_the_next_day_and_stays_on_its_start_day() {
        let day = NaiveDate::from_ymd_opt(2020, 7, 7).unwrap();
        let t = |h| chrono::NaiveTime::from_hms_opt(h, 0, 0).unwrap();
        assert_eq!(end_day(day, t(23), t(1)), day.succ_opt().unwrap());
        assert_eq!(end_day(day, t(9), t(10)), day);
        let (a, b) = (zurich(2020, 7, 7, 23, 0), zurich(2020, 7, 8, 1, 0));
        assert!(check_span(a, b, true).is_ok());
        assert!(check_span(b, a, false).is_err());
        // 11:00–10:00 is a slip, not a 23-hour session.
        let slip = (zurich(2020, 7, 7, 11, 0), zurich(2020, 7, 8, 10, 0));
        assert!(check_span(slip.0, slip.1, true).is_err());
        let days = group_by_local_day(vec![S(a, b)], chrono_tz::Europe::Zurich);
        assert_eq!(days[0].date, day);
        assert_eq!(
            time_range(a, b, chrono_tz::Europe::Zurich),
            "23:00–01:00 (+1) CEST"
        );
    }

    #[test]
    fn range_names_the_zone_and_follows_dst() {
        let summer = time_range(
            zurich(2020, 7, 7, 14, 0),
            zurich(2020, 7, 7, 15, 30),
            chrono_tz::Europe::Zurich,
        );
        assert_eq!(summer, "14:00–15:30 CEST");
        let winter = time_range(
            zurich(2020, 1, 7, 14, 0),
            zurich(2020, 1, 7, 15, 30),
            chrono_tz::Europe::Zurich,
        );
        assert_eq!(winter, "14:00–15:30 CET");
        let tokyo = time_range(
            zurich(2020, 7, 7, 14, 0),
            zurich(2020, 7, 7, 15, 30),
            chrono_tz::Asia::Tokyo,
        );
        assert_eq!(tokyo, "21:00–22:30 JST");
    }
}

/// A wall-clock time in `tz` as UTC. A time that does not exist (skipped by a DST
/// change) is an error to show the organizer; an ambiguous one (repeated hour)
/// takes the first occurrence.
pub fn local_to_utc(local: chrono::NaiveDateTime, tz: Tz) -> Result<DateTime<Utc>, String> {
    use chrono::TimeZone;
    match tz.from_local_datetime(&local) {
        chrono::LocalResult::Single(t) => Ok(t.with_timezone(&Utc)),
        chrono::LocalResult::Ambiguous(first, _) => Ok(first.with_timezone(&Utc)),
        chrono::LocalResult::None => Err(format!(
            "{} does not exist in {} (the clocks change then); choose another time",
            timefmt::naive_clock_on_date(local),
            tz.name()
        )),
    }
}

#[cfg(test)]
mod local_tests {
    use super::*;

    #[test]
    fn skipped_and_repeated_hours_are_handled() {
        let tz = chrono_tz::Europe::Zurich;
        let gap = NaiveDate::from_ymd_opt(2026, 3, 29)
            .unwrap()
            .and_hms_opt(2, 30, 0)
            .unwrap();
        assert!(local_to_utc(gap, tz).is_err());
        let repeated = NaiveDate::from_ymd_opt(2026, 10, 25)
            .unwrap()
            .and_hms_opt(2, 30, 0)
            .unwrap();
        assert_eq!(
            local_to_utc(repeated, tz)
                .unwrap()
                .format("%H:%M")
                .to_string(),
            "00:30"
        );
    }
}
