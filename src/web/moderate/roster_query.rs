//! The roster's query string (search, filters, sort, page and display zone), parsed
//! once: unknown values fall back to "all", and links are rebuilt from the parsed
//! values only, so nothing typed is echoed into a URL unchecked.

use chrono_tz::Tz;
use serde::Deserialize;

use crate::db::roster::{Attendance, Filter, Sort, Window};
use crate::domain::CountryCode;
use crate::web::link::query;
use crate::web::zone::TzQuery;

/// Longest search text kept (longer input is cut, not refused).
const MAX_SEARCH: usize = 100;
/// Rows on one page of the roster (search and filters run over all of them).
pub const PAGE_SIZE: i64 = 100;

/// The roster's query string: search, filters, sort and the display zone. Unknown
/// values fall back to "all" so an edited URL never errors.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct RosterQuery {
    #[serde(default)]
    pub q: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub attendance: String,
    #[serde(default)]
    pub sort: String,
    #[serde(default)]
    pub tz: Option<String>,
    #[serde(default)]
    pub page: String,
}

impl RosterQuery {
    pub(super) fn search(&self) -> Option<String> {
        let s: String = self.q.trim().chars().take(MAX_SEARCH).collect();
        (!s.is_empty()).then_some(s)
    }

    pub(super) fn country(&self) -> Option<CountryCode> {
        CountryCode::parse(&self.country).ok()
    }

    pub(super) fn attendance(&self) -> Attendance {
        match self.attendance.as_str() {
            "joined" => Attendance::Joined,
            "not-joined" => Attendance::NotJoined,
            _ => Attendance::Any,
        }
    }

    pub(super) fn sort(&self) -> Sort {
        match self.sort.as_str() {
            "country" => Sort::Country,
            "joined" => Sort::Joined,
            "joined-latest" => Sort::JoinedLatest,
            _ => Sort::Name,
        }
    }

    /// The page asked for, from 1 (anything unreadable is the first page).
    pub(super) fn page(&self) -> i64 {
        self.page
            .trim()
            .parse::<i64>()
            .unwrap_or(1)
            .clamp(1, i64::MAX / PAGE_SIZE)
    }

    /// Every matching row (the CSV).
    pub fn filter(&self) -> Filter {
        Filter {
            search: self.search(),
            country: self.country(),
            attendance: self.attendance(),
            sort: self.sort(),
            window: None,
        }
    }

    /// The rows of the page asked for (the roster pages).
    pub fn page_filter(&self) -> Filter {
        Filter {
            window: Some(Window {
                offset: (self.page() - 1) * PAGE_SIZE,
                limit: PAGE_SIZE,
            }),
            ..self.filter()
        }
    }

    pub(super) fn is_filtered(&self) -> bool {
        self.search().is_some() || self.country().is_some() || self.attendance() != Attendance::Any
    }

    pub(super) fn tz_query(&self) -> TzQuery {
        TzQuery {
            tz: self.tz.clone(),
        }
    }

    /// The canonical parameters (parsed values only, so nothing typed is echoed into
    /// a URL unchecked), without the sort when `with_sort` is false.
    pub(super) fn params(&self, with_sort: bool) -> Vec<(&'static str, String)> {
        let mut params: Vec<(&'static str, String)> = Vec::new();
        if let Some(s) = self.search() {
            params.push(("q", s));
        }
        if let Some(c) = self.country() {
            params.push(("country", c.alpha2().to_string()));
        }
        match self.attendance() {
            Attendance::Joined => params.push(("attendance", "joined".into())),
            Attendance::NotJoined => params.push(("attendance", "not-joined".into())),
            Attendance::Any => {}
        }
        if with_sort {
            match self.sort() {
                Sort::Name => {}
                Sort::Country => params.push(("sort", "country".into())),
                Sort::Joined => params.push(("sort", "joined".into())),
                Sort::JoinedLatest => params.push(("sort", "joined-latest".into())),
            }
        }
        if let Some(tz) = self.tz.as_deref().and_then(|t| t.parse::<Tz>().ok()) {
            params.push(("tz", tz.name().to_string()));
        }
        if with_sort && self.page() > 1 {
            params.push(("page", self.page().to_string()));
        }
        params
    }

    /// The link to page `page` of this view.
    pub(super) fn page_href(&self, path: &str, page: i64) -> String {
        let mut params = self.params(false);
        if let Some(sort) = self.params(true).into_iter().find(|(k, _)| *k == "sort") {
            params.push(sort);
        }
        if page > 1 {
            params.push(("page", page.to_string()));
        }
        format!("{path}{}", with_question_mark(&query(&params)))
    }

    /// The canonical query string, without the sort when `with_sort` is false.
    pub(super) fn encode(&self, with_sort: bool) -> String {
        query(&self.params(with_sort))
    }
}

/// "?a=b" or "" for a link.
pub(super) fn with_question_mark(query: &str) -> String {
    if query.is_empty() {
        String::new()
    } else {
        format!("?{query}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_string_is_rebuilt_from_parsed_values() {
        let q = RosterQuery {
            q: " a&b ".into(),
            country: "ch".into(),
            attendance: "joined".into(),
            sort: "bogus".into(),
            tz: Some("Not/AZone".into()),
            page: "1".into(),
        };
        assert_eq!(q.encode(true), "q=a%26b&country=CH&attendance=joined");
    }
}
