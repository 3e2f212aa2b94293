//! When a conference's registrations are anonymised after its retention period, and
//! when the organizers are warned: pure date arithmetic, written once for the job,
//! the settings page and the tests.
//!
//! The period runs from the conference's last day: with 12 months and a last day of
//! 10 July 2020, registrations are kept through 10 July 2021 and anonymised from
//! 11 July 2021 (the due day, in UTC). The organizers are warned from seven days
//! before the due day, and anonymisation never happens less than seven days after
//! that warning, so a period set (or shortened) late still gives them a week.

use chrono::{DateTime, Duration, Months, NaiveDate, Utc};

/// How long before the due day the organizers are warned (and the least time between
/// the warning and the anonymisation).
pub const NOTICE_DAYS: i64 = 7;
/// The longest period accepted (ten years).
pub const MAX_MONTHS: i32 = 120;

/// The first day on which the registrations are anonymised.
pub fn due_on(ends_on: NaiveDate, months: i32) -> NaiveDate {
    let months = Months::new(u32::try_from(months.clamp(0, MAX_MONTHS)).unwrap_or(0));
    ends_on
        .checked_add_months(months)
        .unwrap_or(NaiveDate::MAX)
        .succ_opt()
        .unwrap_or(NaiveDate::MAX)
}

/// What the job does for one conference at `now`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Nothing yet.
    Wait,
    /// Mail the organizers that the registrations will be anonymised.
    Warn,
    /// Anonymise the registrations now.
    Anonymise,
}

pub fn step(
    ends_on: NaiveDate,
    months: i32,
    warned_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Step {
    let due = due_on(ends_on, months);
    let today = now.date_naive();
    match warned_at {
        None if today >= due - Duration::days(NOTICE_DAYS) => Step::Warn,
        None => Step::Wait,
        Some(w) if today >= due && now >= w + Duration::days(NOTICE_DAYS) => Step::Anonymise,
        Some(_) => Step::Wait,
    }
}

/// A retention period that is not a whole number of months from 1 to [`MAX_MONTHS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvalidMonths;

/// A retention period typed by an organizer: empty means "keep", else whole months
/// from 1 to [`MAX_MONTHS`].
pub fn parse_months(input: &str) -> Result<Option<i32>, InvalidMonths> {
    let t = input.trim();
    if t.is_empty() {
        return Ok(None);
    }
    match t.parse::<i32>() {
        Ok(m) if (1..=MAX_MONTHS).contains(&m) => Ok(Some(m)),
        _ => Err(InvalidMonths),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn at(day: NaiveDate) -> DateTime<Utc> {
        Utc.from_utc_datetime(&day.and_hms_opt(12, 0, 0).unwrap())
    }

    #[test]
    fn the_period_runs_from_the_last_day_and_ends_at_month_ends() {
        assert_eq!(due_on(d(2020, 7, 10), 12), d(2021, 7, 11));
        assert_eq!(due_on(d(2020, 1, 31), 1), d(2020, 3, 1));
    }

    #[test]
    fn the_warning_comes_a_week_before_and_the_anonymisation_a_week_after_it() {
        let end = d(2020, 7, 10);
        let due = due_on(end, 12);
        assert_eq!(step(end, 12, None, at(due - Duration::days(8))), Step::Wait);
        assert_eq!(step(end, 12, None, at(due - Duration::days(7))), Step::Warn);
        // Not warned yet on the due day: warn first, anonymise a week later.
        assert_eq!(step(end, 12, None, at(due)), Step::Warn);
        let warned = at(due);
        assert_eq!(step(end, 12, Some(warned), at(due)), Step::Wait);
        assert_eq!(
            step(end, 12, Some(warned), at(due + Duration::days(7))),
            Step::Anonymise
        );
        let early = at(due - Duration::days(7));
        assert_eq!(step(end, 12, Some(early), at(due)), Step::Anonymise);
    }

    #[test]
    fn months_are_whole_and_bounded() {
        assert_eq!(parse_months(" "), Ok(None));
        assert_eq!(parse_months("12"), Ok(Some(12)));
        assert_eq!(parse_months("0"), Err(InvalidMonths));
        assert_eq!(parse_months("121"), Err(InvalidMonths));
        assert_eq!(parse_months("six"), Err(InvalidMonths));
    }
}
