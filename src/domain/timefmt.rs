//! How dates and times are written for people, in one place: every page, mail and
//! export that shows a time to a reader calls one of these, with the time already in
//! the reader's zone, in the reader's language ([`current`]: weekday and month
//! names, the order of day, month and year; 24-hour clocks everywhere). Machine
//! formats for HTML `datetime` attributes, form inputs and exports are here too,
//! named as such, and never localised.

use std::fmt::Display;

use chrono::{DateTime, Datelike, Locale, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};

use super::l10n::current;
use super::lang::Lang;

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

/// A pattern for each language, in [`Lang::ALL`] order (ar, zh, en, fr, ru, es).
/// Arabic uses full month and weekday names (its abbreviations are not used in
/// running text), Chinese writes year, month and day with 年月日, Spanish joins with
/// "de", Russian months are genitive ("24 марта") and years take "г.".
type Patterns = [&'static str; 6];

const DAY_MONTH_CLOCK: Patterns = [
    "%-d %B %H:%M",
    "%-m月%-d日 %H:%M",
    "%-d %b %H:%M",
    "%-d %b %H:%M",
    "%-d %b %H:%M",
    "%-d %b %H:%M",
];
const SHORT_WEEKDAY_DATE: Patterns = [
    "%A %-d %B",
    "%-m月%-d日 %A",
    "%a %-d %b",
    "%a %-d %b",
    "%a, %-d %b",
    "%a %-d %b",
];
const SHORT_WEEKDAY_DATE_CLOCK: Patterns = [
    "%A %-d %B، %H:%M",
    "%-m月%-d日 %A %H:%M",
    "%a %-d %b %H:%M",
    "%a %-d %b, %H:%M",
    "%a, %-d %b, %H:%M",
    "%a %-d %b, %H:%M",
];
const SHORT_DATE_CLOCK: Patterns = [
    "%-d %B %Y، %H:%M",
    "%Y年%-m月%-d日 %H:%M",
    "%-d %b %Y, %H:%M",
    "%-d %b %Y, %H:%M",
    "%-d %b %Y г., %H:%M",
    "%-d %b %Y, %H:%M",
];
const SHORT_DATE_CLOCK_SECONDS: Patterns = [
    "%-d %B %Y %H:%M:%S",
    "%Y年%-m月%-d日 %H:%M:%S",
    "%-d %b %Y %H:%M:%S",
    "%-d %b %Y %H:%M:%S",
    "%-d %b %Y %H:%M:%S",
    "%-d %b %Y %H:%M:%S",
];
const LONG_DATE_CLOCK: Patterns = [
    "%A، %-d %B %Y، %H:%M",
    "%Y年%-m月%-d日 %A %H:%M",
    "%A %-d %B %Y, %H:%M",
    "%A %-d %B %Y, %H:%M",
    "%A, %-d %B %Y г., %H:%M",
    "%A, %-d de %B de %Y, %H:%M",
];
const CLOCK_ON_DATE: Patterns = [
    "%-d %B %Y، الساعة %H:%M",
    "%Y年%-m月%-d日 %H:%M",
    "%H:%M on %-d %B %Y",
    "%-d %B %Y à %H:%M",
    "%-d %B %Y г. в %H:%M",
    "%-d de %B de %Y a las %H:%M",
];
const LONG_DATE: Patterns = [
    "%A، %-d %B %Y",
    "%Y年%-m月%-d日 %A",
    "%A %-d %B %Y",
    "%A %-d %B %Y",
    "%A, %-d %B %Y г.",
    "%A, %-d de %B de %Y",
];
const DATE: Patterns = [
    "%-d %B %Y",
    "%Y年%-m月%-d日",
    "%-d %B %Y",
    "%-d %B %Y",
    "%-d %B %Y г.",
    "%-d de %B de %Y",
];

/// chrono's (glibc's) names for each language: Egyptian Arabic has the Gregorian
/// month names used across the Arab world's press (يناير … ديسمبر).
fn locale(lang: Lang) -> Locale {
    match lang {
        Lang::Ar => Locale::ar_EG,
        Lang::Zh => Locale::zh_CN,
        Lang::En => Locale::en_GB,
        Lang::Fr => Locale::fr_FR,
        Lang::Ru => Locale::ru_RU,
        Lang::Es => Locale::es_ES,
    }
}

fn pattern(patterns: &Patterns, lang: Lang) -> &'static str {
    patterns[Lang::ALL.iter().position(|l| *l == lang).unwrap_or(2)]
}

/// `t` written with the reader's pattern and names (English exactly as before).
fn localized<Tz: TimeZone>(t: &DateTime<Tz>, patterns: &Patterns) -> String
where
    Tz::Offset: Display,
{
    let lang = current();
    let fmt = pattern(patterns, lang);
    if lang == Lang::En {
        t.format(fmt).to_string()
    } else {
        t.format_localized(fmt, locale(lang)).to_string()
    }
}

fn localized_naive(t: NaiveDateTime, patterns: &Patterns) -> String {
    localized(&t.and_utc(), patterns)
}

fn localized_date(d: NaiveDate, patterns: &Patterns) -> String {
    localized_naive(d.and_time(NaiveTime::MIN), patterns)
}

/// "7 Jul 14:30 CEST"; "7 juil. 14:30 CEST", "7月7日 14:30 CEST".
pub fn day_month_clock_zone<Tz: TimeZone>(t: &DateTime<Tz>) -> String
where
    Tz::Offset: Display,
{
    format!(
        "{} {}",
        localized(t, &DAY_MONTH_CLOCK),
        zone_abbreviation(t)
    )
}

/// "Tue 7 Jul"; "mar. 7 juil.", "Вт, 7 июл", "7月7日 星期二", "الثلاثاء 7 يوليو".
pub fn short_weekday_date<Tz: TimeZone>(t: &DateTime<Tz>) -> String
where
    Tz::Offset: Display,
{
    localized(t, &SHORT_WEEKDAY_DATE)
}

/// "Tue 7 Jul 14:30".
pub fn short_weekday_date_clock<Tz: TimeZone>(t: &DateTime<Tz>) -> String
where
    Tz::Offset: Display,
{
    localized(t, &SHORT_WEEKDAY_DATE_CLOCK)
}

/// "7 Jul 2020, 14:30 CEST".
pub fn short_date_clock_zone<Tz: TimeZone>(t: &DateTime<Tz>) -> String
where
    Tz::Offset: Display,
{
    format!(
        "{} {}",
        localized(t, &SHORT_DATE_CLOCK),
        zone_abbreviation(t)
    )
}

/// "7 Jul 2020 14:30:05 CEST" (the audit log).
pub fn short_date_clock_seconds_zone<Tz: TimeZone>(t: &DateTime<Tz>) -> String
where
    Tz::Offset: Display,
{
    format!(
        "{} {}",
        localized(t, &SHORT_DATE_CLOCK_SECONDS),
        zone_abbreviation(t)
    )
}

/// "Tuesday 7 July 2020, 14:30 CEST"; "mardi 7 juillet 2020, 14:30 CEST",
/// "Вторник, 7 июля 2020 г., 14:30 CEST", "2020年7月7日 星期二 14:30 CEST".
pub fn long_date_clock_zone<Tz: TimeZone>(t: &DateTime<Tz>) -> String
where
    Tz::Offset: Display,
{
    format!(
        "{} {}",
        localized(t, &LONG_DATE_CLOCK),
        zone_abbreviation(t)
    )
}

/// "14:30 on 7 July 2020"; "7 juillet 2020 à 14:30", "7 июля 2020 г. в 14:30".
pub fn clock_on_date<Tz: TimeZone>(t: &DateTime<Tz>) -> String
where
    Tz::Offset: Display,
{
    localized(t, &CLOCK_ON_DATE)
}

/// "14:30 on 7 July 2020" for a wall-clock time that has no instant (a time that
/// does not exist in a zone, in a form's error message).
pub fn naive_clock_on_date(t: NaiveDateTime) -> String {
    localized_naive(t, &CLOCK_ON_DATE)
}

/// "Tuesday 7 July 2020"; "mardi 7 juillet 2020", "martes, 7 de julio de 2020".
pub fn long_date(d: NaiveDate) -> String {
    localized_date(d, &LONG_DATE)
}

/// "7 July 2020"; "24 марта 2026 г.", "2026年3月24日", "24 مارس 2026".
pub fn date(d: NaiveDate) -> String {
    localized_date(d, &DATE)
}

/// "7–9 July 2020", "30 June – 2 July 2020", "1 December 2020 – 3 January 2021";
/// "7–9 juillet 2020", "7–9 июля 2020 г.", "7–9 de julio de 2020",
/// "2020年7月7日–9日", "2020年6月30日–7月2日".
pub fn date_span(a: NaiveDate, b: NaiveDate) -> String {
    let lang = current();
    if a == b {
        return date(a);
    }
    if a.year() != b.year() {
        return format!("{} – {}", date(a), date(b));
    }
    let same_month = a.month() == b.month();
    match lang {
        Lang::Zh if same_month => format!("{}–{}日", date(a), b.day()),
        Lang::Zh => format!("{}–{}月{}日", date(a), b.month(), b.day()),
        Lang::Es if same_month => format!("{}–{}", a.day(), date(b)),
        Lang::Es => format!(
            "{} – {}",
            localized_date(a, &["", "", "", "", "", "%-d de %B"]),
            date(b)
        ),
        _ if same_month => format!("{}–{}", a.day(), date(b)),
        _ => format!(
            "{} – {}",
            localized_date(a, &["%-d %B", "", "%-d %B", "%-d %B", "%-d %B", ""]),
            date(b)
        ),
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

    fn in_lang<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
        super::super::l10n::with(lang, f)
    }

    #[test]
    fn dates_are_written_in_the_readers_language() {
        let day = d(2026, 3, 24);
        assert_eq!(in_lang(Lang::Ru, || date(day)), "24 марта 2026 г.");
        assert_eq!(in_lang(Lang::Fr, || date(day)), "24 mars 2026");
        assert_eq!(in_lang(Lang::Es, || date(day)), "24 de marzo de 2026");
        assert_eq!(in_lang(Lang::Ar, || date(day)), "24 مارس 2026");
        assert_eq!(in_lang(Lang::Zh, || date(day)), "2026年3月24日");
        assert_eq!(in_lang(Lang::En, || date(day)), "24 March 2026");
        assert_eq!(in_lang(Lang::Zh, || long_date(day)), "2026年3月24日 星期二");
        assert_eq!(in_lang(Lang::Fr, || long_date(day)), "mardi 24 mars 2026");
        assert_eq!(
            in_lang(Lang::Ar, || long_date(day)),
            "الثلاثاء، 24 مارس 2026"
        );
        assert_eq!(
            in_lang(Lang::Ru, || long_date(day)),
            "Вторник, 24 марта 2026 г."
        );
        let t = Utc
            .with_ymd_and_hms(2026, 3, 24, 13, 5, 0)
            .single()
            .expect("time")
            .with_timezone(&Zurich);
        assert_eq!(
            in_lang(Lang::Zh, || short_weekday_date(&t)),
            "3月24日 星期二"
        );
        assert_eq!(in_lang(Lang::Ru, || short_weekday_date(&t)), "Вт, 24 мар");
        assert_eq!(
            in_lang(Lang::Fr, || clock_on_date(&t)),
            "24 mars 2026 à 14:05"
        );
        assert_eq!(
            in_lang(Lang::Es, || long_date_clock_zone(&t)),
            "martes, 24 de marzo de 2026, 14:05 CET"
        );
    }

    #[test]
    fn date_spans_in_other_languages() {
        let span = |lang, a, b| in_lang(lang, || date_span(a, b));
        assert_eq!(
            span(Lang::Ru, d(2026, 3, 24), d(2026, 3, 26)),
            "24–26 марта 2026 г."
        );
        assert_eq!(
            span(Lang::Fr, d(2026, 6, 30), d(2026, 7, 2)),
            "30 juin – 2 juillet 2026"
        );
        assert_eq!(
            span(Lang::Es, d(2026, 6, 30), d(2026, 7, 2)),
            "30 de junio – 2 de julio de 2026"
        );
        assert_eq!(
            span(Lang::Zh, d(2026, 3, 24), d(2026, 3, 26)),
            "2026年3月24日–26日"
        );
        assert_eq!(
            span(Lang::Zh, d(2026, 6, 30), d(2026, 7, 2)),
            "2026年6月30日–7月2日"
        );
        assert_eq!(
            span(Lang::Ar, d(2026, 3, 24), d(2026, 3, 26)),
            "24–26 مارس 2026"
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
