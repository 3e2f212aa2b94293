//! How dates and times are written for people, in one place: every page, mail and
//! export that shows a time to a reader calls one of these, with the time already in
//! the reader's zone. (Machine formats for HTML `datetime` attributes, form inputs
//! and exports are here too, named as such.) The six-languages work localises this
//! module instead of format strings scattered through handlers.

use std::fmt::Display;

use chrono::{DateTime, Datelike, NaiveDate, TimeZone, Utc};

/// "14:30".
pub fn clock<Tz: TimeZone>(t: &DateTime<Tz>) -> String
where
    Tz::Offset: Display,
{
    t.format("%H:%M").to_string()
}

/// "14:30 CEST".
pub fn clock_zone<Tz: TimeZone>(t: &DateTime<Tz>) -> String
where
    Tz::Offset: Display,
{
    format!("{} {}", t.format("%H:%M"), zone_abbreviation(t))
}

/// "14:30:05 CEST" (live pages say when they were last refreshed).
pub fn clock_seconds_zone<Tz: TimeZone>(t: &DateTime<Tz>) -> String
where
    Tz::Offset: Display,
{
    format!("{} {}", t.format("%H:%M:%S"), zone_abbreviation(t))
}

/// The zone's abbreviation at that moment: "CEST", "JST", "+04".
pub fn zone_abbreviation<Tz: TimeZone>(t: &DateTime<Tz>) -> String
where
    Tz::Offset: Display,
{
    let abbr = t.format("%Z").to_string();
    if AMBIGUOUS_ABBREVIATIONS.contains(&abbr.as_str()) {
        let offset = chrono::Offset::fix(t.offset()).local_minus_utc();
        format!("{abbr} ({})", super::zones::offset_label(offset))
    } else {
        abbr
    }
}

/// Abbreviations that name several zones (CST: China, US Central, Cuba; IST: India,
/// Ireland, Israel …): written with their offset, "19:00 CST (UTC+8)".
const AMBIGUOUS_ABBREVIATIONS: &[&str] = &[
    "CST", "CDT", "IST", "IDT", "BST", "AST", "ADT", "GST", "SST", "ECT", "AMT", "PST",
];

/// "7 Jul 14:30 CEST".
pub fn day_month_clock_zone<Tz: TimeZone>(t: &DateTime<Tz>) -> String
where
    Tz::Offset: Display,
{
    format!("{} {}", t.format("%-d %b %H:%M"), zone_abbreviation(t))
}

/// "Tue 7 Jul".
pub fn short_weekday_date<Tz: TimeZone>(t: &DateTime<Tz>) -> String
where
    Tz::Offset: Display,
{
    t.format("%a %-d %b").to_string()
}

/// "Tue 7 Jul 14:30".
pub fn short_weekday_date_clock<Tz: TimeZone>(t: &DateTime<Tz>) -> String
where
    Tz::Offset: Display,
{
    t.format("%a %-d %b %H:%M").to_string()
}

/// "7 Jul 2020, 14:30 CEST".
pub fn short_date_clock_zone<Tz: TimeZone>(t: &DateTime<Tz>) -> String
where
    Tz::Offset: Display,
{
    format!("{} {}", t.format("%-d %b %Y, %H:%M"), zone_abbreviation(t))
}

/// "7 Jul 2020 14:30:05 CEST" (the audit log).
pub fn short_date_clock_seconds_zone<Tz: TimeZone>(t: &DateTime<Tz>) -> String
where
    Tz::Offset: Display,
{
    format!(
        "{} {}",
        t.format("%-d %b %Y %H:%M:%S"),
        zone_abbreviation(t)
    )
}

/// "Tuesday 7 July 2020, 14:30 CEST".
pub fn long_date_clock_zone<Tz: TimeZone>(t: &DateTime<Tz>) -> String
where
    Tz::Offset: Display,
{
    format!(
        "{} {}",
        t.format("%A %-d %B %Y, %H:%M"),
        zone_abbreviation(t)
    )
}

/// "14:30 on 7 July 2020".
pub fn clock_on_date<Tz: TimeZone>(t: &DateTime<Tz>) -> String
where
    Tz::Offset: Display,
{
    t.format("%H:%M on %-d %B %Y").to_string()
}

/// "14:30 on 7 July 2020" for a wall-clock time that has no instant (a time that
/// does not exist in a zone, in a form's error message).
pub fn naive_clock_on_date(t: chrono::NaiveDateTime) -> String {
    t.format("%H:%M on %-d %B %Y").to_string()
}

/// "Tuesday 7 July 2020".
pub fn long_date(d: NaiveDate) -> String {
    d.format("%A %-d %B %Y").to_string()
}

/// "7 July 2020".
pub fn date(d: NaiveDate) -> String {
    d.format("%-d %B %Y").to_string()
}

/// "7–9 July 2020", "30 June – 2 July 2020", "1 December 2020 – 3 January 2021".
pub fn date_span(a: NaiveDate, b: NaiveDate) -> String {
    if a == b {
        date(a)
    } else if a.year() != b.year() {
        format!("{} – {}", date(a), date(b))
    } else if a.month() != b.month() {
        format!("{} – {}", a.format("%-d %B"), date(b))
    } else {
        format!("{}–{}", a.format("%-d"), date(b))
    }
}

/// Machine format: the value of an HTML `datetime-local` input, "2020-07-07T14:30".
pub fn datetime_local_input<Tz: TimeZone>(t: &DateTime<Tz>) -> String
where
    Tz::Offset: Display,
{
    t.format("%Y-%m-%dT%H:%M").to_string()
}

/// "2020-07-07 14:30" (audit lines, where the zone is said beside it).
pub fn iso_date_clock<Tz: TimeZone>(t: &DateTime<Tz>) -> String
where
    Tz::Offset: Display,
{
    t.format("%Y-%m-%d %H:%M").to_string()
}

/// Machine format: an instant with its offset, "2020-07-07T14:30:00+02:00".
pub fn iso_offset<Tz: TimeZone>(t: &DateTime<Tz>) -> String
where
    Tz::Offset: Display,
{
    t.format("%Y-%m-%dT%H:%M:%S%:z").to_string()
}

/// Machine format: UTC for HTML `datetime` attributes, "2020-07-07T12:30:00Z".
pub fn iso_utc(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Machine format: a page anchor for one day, "day-2020-07-07".
pub fn day_anchor(d: NaiveDate) -> String {
    d.format("day-%Y-%m-%d").to_string()
}

// ---- formats added by the handler conversions (keep names descriptive) ----

/// Machine format: an instant in the zone it is given, to the second, with `Z` when
/// that zone is UTC: "2020-07-07T14:30:05+02:00" (the roster CSV's arrival times).
pub fn iso_seconds_in_zone<Tz: TimeZone>(t: &DateTime<Tz>) -> String
where
    Tz::Offset: Display,
{
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::Europe::Zurich;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("date")
    }

    #[test]
    fn date_spans_say_each_part_once() {
        assert_eq!(date_span(d(2020, 7, 7), d(2020, 7, 7)), "7 July 2020");
        assert_eq!(date_span(d(2020, 7, 7), d(2020, 7, 9)), "7–9 July 2020");
        assert_eq!(
            date_span(d(2020, 6, 30), d(2020, 7, 2)),
            "30 June – 2 July 2020"
        );
        assert_eq!(
            date_span(d(2020, 12, 1), d(2021, 1, 3)),
            "1 December 2020 – 3 January 2021"
        );
    }

    #[test]
    fn times_are_written_in_the_zone_they_are_given() {
        let t = Utc
            .with_ymd_and_hms(2020, 7, 7, 12, 30, 5)
            .single()
            .expect("time")
            .with_timezone(&Zurich);
        assert_eq!(clock(&t), "14:30");
        assert_eq!(clock_zone(&t), "14:30 CEST");
        assert_eq!(long_date_clock_zone(&t), "Tuesday 7 July 2020, 14:30 CEST");
        assert_eq!(short_date_clock_zone(&t), "7 Jul 2020, 14:30 CEST");
        assert_eq!(datetime_local_input(&t), "2020-07-07T14:30");
        assert_eq!(iso_offset(&t), "2020-07-07T14:30:05+02:00");
        assert_eq!(iso_utc(t.with_timezone(&Utc)), "2020-07-07T12:30:05Z");
        assert_eq!(day_anchor(t.date_naive()), "day-2020-07-07");
        assert_eq!(iso_seconds_in_zone(&t), "2020-07-07T14:30:05+02:00");
        assert_eq!(
            iso_seconds_in_zone(&t.with_timezone(&Utc)),
            "2020-07-07T12:30:05Z"
        );
    }
}
