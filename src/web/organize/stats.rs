//! `/organize/c/{slug}/stats`: totals by status, "N registrants from M countries",
//! confirmed registrations by country (a server-rendered SVG bar chart of the top 30
//! plus "others", and the same numbers for every country in a table) and sign-ups
//! per day. Every number is counted in SQL with GROUP BY; this module only lays the
//! counts out. The SVGs are plain `<rect>`s with classes (CSP forbids inline styles
//! and scripts), labelled for screen readers, with the table as the accessible twin.

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};
use askama::Template;

use super::{OrgNav, Section};
use crate::db;
use crate::domain::status::RegistrationStatus;
use crate::domain::text::country_name;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::OrganizerConference;
use crate::web::render::{Layout, html};

/// Countries drawn as their own bar; the rest are summed into "Other countries".
pub const TOP: usize = 30;
/// Geometry of the country chart (SVG user units).
const LABEL_W: i64 = 190;
const BAR_MAX_W: i64 = 440;
const ROW_H: i64 = 22;
const BAR_H: i64 = 16;

pub struct CountryRow {
    pub code: String,
    pub name: String,
    pub count: i64,
    /// "12.3"
    pub share: String,
}

/// One bar of the country chart, geometry precomputed.
pub struct Bar {
    pub label: String,
    /// The label cut to fit the chart's label column (the full name is in the bar's
    /// `<title>` and in the table).
    pub short: String,
    pub count: i64,
    pub class: &'static str,
    pub y: i64,
    pub text_y: i64,
    pub width: i64,
    pub value_x: i64,
}

pub struct DayBar {
    pub day: String,
    pub count: i64,
    pub x: i64,
    pub y: i64,
    pub height: i64,
}

#[derive(Template)]
#[template(path = "organize/stats.html")]
pub struct StatsPage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub statuses: Vec<(&'static str, &'static str, i64)>,
    pub total: i64,
    pub confirmed: i64,
    pub countries: i64,
    pub by_country: Vec<CountryRow>,
    pub bars: Vec<Bar>,
    /// The last bar sums the countries beyond the top [`TOP`].
    pub has_others: bool,
    pub chart_height: i64,
    pub label_w: i64,
    pub chart_width: i64,
    pub days: Vec<(String, i64)>,
    pub day_bars: Vec<DayBar>,
    pub day_chart_width: i64,
    pub peak_day: i64,
    /// People the video platform saw in a meeting, per country (issue 17).
    pub present_by_country: Vec<(String, i64)>,
}

/// The bars of the country chart: the top `TOP`, then one bar for the rest.
pub fn bars(by_country: &[(String, i64)]) -> Vec<Bar> {
    let mut items: Vec<(String, i64, &'static str)> = by_country
        .iter()
        .take(TOP)
        .map(|(code, n)| (country_name(code), *n, "bar"))
        .collect();
    let others: i64 = by_country.iter().skip(TOP).map(|(_, n)| n).sum();
    if others > 0 {
        let k = by_country.len() - TOP;
        items.push((format!("Other countries ({k})"), others, "bar others"));
    }
    let max = items.iter().map(|(_, n, _)| *n).max().unwrap_or(0).max(1);
    items
        .into_iter()
        .enumerate()
        .map(|(i, (label, count, class))| {
            let y = i as i64 * ROW_H;
            let width = (count * BAR_MAX_W / max).max(1);
            Bar {
                short: crate::domain::text::ellipsize(&label, LABEL_CHARS),
                label,
                count,
                class,
                y: y + (ROW_H - BAR_H) / 2,
                text_y: y + ROW_H / 2 + 4,
                value_x: LABEL_W + width + 6,
                width,
            }
        })
        .collect()
}

/// About how many characters fit in [`LABEL_W`] pixels at the chart's font size.
const LABEL_CHARS: usize = 30;

fn share(n: i64, of: i64) -> String {
    if of == 0 {
        return "0.0".into();
    }
    format!("{:.1}", n as f64 * 100.0 / of as f64)
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
    let (by_status, (confirmed, countries), by_country, days, present) = state
        .db
        .run(move |c| {
            Ok::<_, AppError>((
                db::stats::by_status(c, cid)?,
                db::stats::confirmed_reach(c, cid)?,
                db::stats::confirmed_by_country(c, cid)?,
                db::stats::signups_per_day(c, cid)?,
                db::video::present_by_country(c, cid)?,
            ))
        })
        .await?;
    let statuses: Vec<(&'static str, &'static str, i64)> = RegistrationStatus::ALL
        .iter()
        .map(|s| {
            let n = by_status
                .iter()
                .find(|(st, _)| st == s.as_str())
                .map(|(_, n)| *n)
                .unwrap_or(0);
            (s.as_str(), s.label(), n)
        })
        .collect();
    let bars = bars(&by_country);
    let peak_day = days.iter().map(|d| d.n).max().unwrap_or(0);
    const DAY_W: i64 = 6;
    const DAY_H: i64 = 120;
    let day_bars = days
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let height = (d.n * DAY_H / peak_day.max(1)).max(1);
            DayBar {
                day: d.day.clone(),
                count: d.n,
                x: i as i64 * DAY_W,
                y: DAY_H - height,
                height,
            }
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
        chart_height: (bars.len() as i64 * ROW_H).max(ROW_H),
        chart_width: LABEL_W + BAR_MAX_W + 60,
        label_w: LABEL_W,
        has_others: by_country.len() > TOP,
        bars,
        day_chart_width: (days.len() as i64 * DAY_W).max(DAY_W),
        days: days.into_iter().map(|d| (d.day, d.n)).collect(),
        day_bars,
        peak_day,
        present_by_country: present
            .into_iter()
            .map(|p| (country_name(&p.country), p.people))
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chart_has_the_top_countries_and_one_bar_for_the_rest() {
        let counts: Vec<(String, i64)> =
            (0..40).map(|i| (format!("C{i}"), 100 - i as i64)).collect();
        let b = bars(&counts);
        assert_eq!(b.len(), TOP + 1);
        assert_eq!(
            b.iter().map(|b| b.width).max(),
            Some(BAR_MAX_W),
            "widest fills"
        );
        assert!(b[0].width > b[TOP - 1].width);
        let rest: i64 = counts.iter().skip(TOP).map(|(_, n)| n).sum();
        assert_eq!(b[TOP].count, rest);
        assert_eq!(b[TOP].class, "bar others");
        assert_eq!(bars(&counts[..3]).len(), 3);
        assert!(bars(&[]).is_empty());
    }
}
