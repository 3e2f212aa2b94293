//! `/organize/c/{slug}/stats`: totals by status, "N registrants from M countries",
//! confirmed registrations by country (a bar chart of the top 30 on their own scale,
//! full names in HTML so they wrap, "other countries" as a line of its own, and every
//! country in a table), by UN M49 region, sign-ups per day (an SVG line) and
//! attendance per session. Every number is counted in SQL with GROUP BY; this module
//! only lays the counts out. The SVGs are plain shapes with classes (CSP forbids
//! inline styles and scripts), labelled for screen readers, with tables as twins.

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};
use askama::Template;

use super::registrations::text::counted;
use super::{OrgNav, Section};
use crate::db;
use crate::domain::l10n::{Arg, current, tr, tr_with};
use crate::domain::regions::by_region;
use crate::domain::status::RegistrationStatus;
use crate::domain::text::country_name;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::OrganizerConference;
use crate::web::render::{Layout, html};

/// Countries drawn as their own bar; the rest are one line, "Other countries".
pub const TOP: usize = 30;
/// Bar lengths in the SVG user units of each bar's track.
const BAR_MAX_W: i64 = 440;
/// Geometry of the sign-ups line chart (SVG user units).
const DAY_W: i64 = 8;
const DAY_H: i64 = 120;

pub struct CountryRow {
    pub code: String,
    pub name: String,
    pub count: i64,
    /// "12.3"
    pub share: String,
}

/// One bar of the country chart: the full name (HTML, so it wraps) and the bar's
/// length on the top countries' own scale.
pub struct Bar {
    pub label: String,
    pub count: i64,
    pub width: i64,
}

/// The countries beyond the top [`TOP`], summed, shown as a line of its own (on the
/// top countries' scale it would dwarf every bar).
pub struct Others {
    pub countries: usize,
    pub count: i64,
    /// "Other countries (10): 10,000 registrants together, not drawn to this scale."
    pub line: String,
}

pub struct RegionRow {
    pub label: String,
    pub m49: &'static str,
    pub count: i64,
    pub share: String,
}

/// The sign-ups line chart: one point per day from the first sign-up to the last,
/// days without sign-ups at zero.
pub struct DayChart {
    pub points: String,
    pub width: i64,
    pub height: i64,
    pub first: String,
    pub last: String,
}

#[derive(Template)]
#[template(path = "organize/stats.html")]
pub struct StatsPage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub statuses: Vec<(&'static str, String, i64)>,
    /// "2,000 registrants from 175 countries (confirmed registrations)."
    pub reach: String,
    /// What the bar chart shows, under it.
    pub bars_caption: String,
    /// The sign-ups line for screen readers, and its caption.
    pub day_chart_desc: String,
    pub day_chart_caption: String,
    pub total: i64,
    pub confirmed: i64,
    pub countries: i64,
    pub by_country: Vec<CountryRow>,
    pub bars: Vec<Bar>,
    pub others: Option<Others>,
    pub regions: Vec<RegionRow>,
    pub days: Vec<(String, i64)>,
    pub day_chart: Option<DayChart>,
    pub peak_day: i64,
    /// People the video platform saw in a meeting, per country (issue 17).
    pub present_by_country: Vec<(String, i64)>,
    pub attendance: Vec<db::stats::SessionAttendance>,
}

/// The bars of the country chart (the top `TOP`, scaled to the largest of them)
/// and the line for the rest.
pub fn bars(by_country: &[(String, i64)]) -> (Vec<Bar>, Option<Others>) {
    let top = &by_country[..by_country.len().min(TOP)];
    let max = top.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    let bars = top
        .iter()
        .map(|(code, n)| Bar {
            label: country_name(code),
            count: *n,
            width: (n * BAR_MAX_W / max).max(1),
        })
        .collect();
    let rest = &by_country[top.len()..];
    let others = (!rest.is_empty()).then(|| {
        let count = rest.iter().map(|(_, n)| n).sum();
        Others {
            countries: rest.len(),
            count,
            line: counted(
                "org-stats-others",
                count,
                &[("countries", rest.len() as i64)],
            ),
        }
    });
    (bars, others)
}

/// The daily line: every day from the first to the last with sign-ups.
pub fn day_chart(days: &[db::stats::DayCount]) -> Option<DayChart> {
    use chrono::NaiveDate;
    let parse = |d: &str| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok();
    let first = parse(&days.first()?.day)?;
    let last = parse(&days.last()?.day)?;
    let peak = days.iter().map(|d| d.n).max().unwrap_or(0).max(1);
    let mut points = Vec::new();
    for (i, day) in first.iter_days().take_while(|d| *d <= last).enumerate() {
        let key = day.to_string();
        let n = days.iter().find(|d| d.day == key).map(|d| d.n).unwrap_or(0);
        let x = i as i64 * DAY_W;
        let y = DAY_H - n * DAY_H / peak;
        points.push(format!("{x},{y}"));
    }
    let width = ((points.len() as i64 - 1) * DAY_W).max(DAY_W);
    if points.len() == 1 {
        points.push(format!(
            "{width},{}",
            points[0].split(',').nth(1).unwrap_or("0")
        ));
    }
    Some(DayChart {
        points: points.join(" "),
        width,
        height: DAY_H,
        first: first.to_string(),
        last: last.to_string(),
    })
}

/// "2,000 registrants from 175 countries (confirmed registrations).": each count
/// chooses its own plural form (`$count`, `$country_count`).
fn reach(confirmed: i64, countries: i64) -> String {
    let lang = current();
    let (n, m) = (lang.number(confirmed), lang.number(countries));
    tr_with(
        "org-stats-reach",
        &[
            ("count", Arg::Number(confirmed)),
            ("n", Arg::Text(&n)),
            ("country_count", Arg::Number(countries)),
            ("countries", Arg::Text(&m)),
        ],
    )
}

fn share(n: i64, of: i64) -> String {
    if of == 0 {
        return "0.0".into();
    }
    format!("{:.1}", n as f64 * 100.0 / of as f64)
}

/// The chart's description or caption: its first and last day and the busiest day's count.
fn chart_text(key: &str, ch: &DayChart, peak: i64) -> String {
    let peak = current().number(peak);
    tr_with(
        key,
        &[
            ("first", Arg::Text(&ch.first)),
            ("last", Arg::Text(&ch.last)),
            ("peak", Arg::Text(&peak)),
        ],
    )
}

#[tracing::instrument(
    name = "organize::stats::page",
    skip_all,
    fields(conference = %org.conference.id)
)]
pub async fn page(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
) -> Result<HttpResponse, AppError> {
    let conf = org.conference;
    let cid = conf.id;
    // Four independent counts, each on its own connection at the same time: the
    // page takes as long as the slowest (at 100,000 registrations, tens of ms each),
    // not their sum. They are figures, not a ledger: each is consistent in itself.
    let (totals, days, present, attendance) = futures_util::future::try_join4(
        state
            .db
            .run(move |c| Ok::<_, AppError>(db::stats::totals(c, cid)?)),
        state
            .db
            .run(move |c| Ok::<_, AppError>(db::stats::signups_per_day(c, cid)?)),
        state
            .db
            .run(move |c| Ok::<_, AppError>(db::video::present_by_country(c, cid)?)),
        state
            .db
            .run(move |c| Ok::<_, AppError>(db::stats::attendance_per_session(c, cid)?)),
    )
    .await?;
    let db::stats::Totals {
        by_status,
        confirmed,
        countries,
        confirmed_by_country: by_country,
    } = totals;
    let statuses: Vec<(&'static str, String, i64)> = RegistrationStatus::ALL
        .iter()
        .map(|s| {
            let n = by_status
                .iter()
                .find(|(st, _)| st == s.as_str())
                .map(|(_, n)| *n)
                .unwrap_or(0);
            (s.as_str(), tr(s.label_key()), n)
        })
        .collect();
    let (bars, others) = bars(&by_country);
    let bars_len = bars.len() as i64;
    let chart = day_chart(&days);
    let peak_day = days.iter().map(|d| d.n).max().unwrap_or(0);
    let regions = by_region(by_country.iter().map(|(c, n)| (c.as_str(), *n)))
        .into_iter()
        .map(|(r, n)| RegionRow {
            label: r.map_or_else(|| tr("org-stats-other-region"), |r| r.label().to_string()),
            m49: r.map(|r| r.m49()).unwrap_or(""),
            count: n,
            share: share(n, confirmed),
        })
        .collect();
    html(&StatsPage {
        layout: Layout::from_cookie(&cookie),
        nav: OrgNav::new(&conf, Section::Statistics),
        total: statuses.iter().map(|(_, _, n)| n).sum(),
        statuses,
        confirmed,
        countries,
        by_country: by_country
            .iter()
            .map(|(code, n)| CountryRow {
                name: country_name(code),
                code: code.clone(),
                count: *n,
                share: share(*n, confirmed),
            })
            .collect(),
        bars,
        others,
        regions,
        reach: reach(confirmed, countries),
        bars_caption: counted("org-stats-bars-caption", bars_len, &[]),
        day_chart_desc: chart.as_ref().map_or_else(String::new, |ch| {
            chart_text("org-stats-day-chart-desc", ch, peak_day)
        }),
        day_chart_caption: chart.as_ref().map_or_else(String::new, |ch| {
            chart_text("org-stats-day-chart-caption", ch, peak_day)
        }),
        day_chart: chart,
        peak_day,
        days: days.into_iter().map(|d| (d.day, d.n)).collect(),
        present_by_country: present
            .into_iter()
            .map(|p| (country_name(&p.country), p.people))
            .collect(),
        attendance,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chart_has_the_top_countries_on_their_own_scale_and_a_line_for_the_rest() {
        let counts: Vec<(String, i64)> = (0..40)
            .map(|i| {
                (
                    format!("C{i}"),
                    if i >= TOP { 1000 } else { 100 - i as i64 },
                )
            })
            .collect();
        let (b, others) = bars(&counts);
        assert_eq!(b.len(), TOP);
        assert_eq!(b[0].width, BAR_MAX_W, "the largest top country fills");
        assert!(b[0].width > b[TOP - 1].width);
        let others = others.expect("a line for the rest");
        assert_eq!(others.countries, 10);
        assert_eq!(others.count, 10_000);
        assert!(bars(&counts[..3]).1.is_none());
        assert!(bars(&[]).0.is_empty());
    }

    #[test]
    fn the_daily_line_fills_days_without_sign_ups() {
        let d = |day: &str, n| db::stats::DayCount { day: day.into(), n };
        let chart = day_chart(&[d("2020-07-01", 4), d("2020-07-04", 2)]).unwrap();
        assert_eq!(chart.points, "0,0 8,120 16,120 24,60");
        assert!(day_chart(&[]).is_none());
        assert_eq!(day_chart(&[d("2020-07-01", 1)]).unwrap().points, "0,0 8,0");
    }
}
