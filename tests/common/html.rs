//! HTML read the way a browser reads it: a page parsed with `scraper` (html5ever) and
//! queried with CSS selectors, so tests do not depend on attribute order, quoting or
//! white space in the markup. Every query that expects something panics with the
//! selector when it is missing, which is the message a failing test wants.

use scraper::{ElementRef, Html, Selector};

pub struct Page {
    html: Html,
}

pub fn selector(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|e| panic!("bad selector {css:?}: {e}"))
}

/// The text of an element with runs of white space folded to one space.
pub fn text_of(e: ElementRef<'_>) -> String {
    e.text()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

impl Page {
    pub fn parse(body: &str) -> Self {
        Self {
            html: Html::parse_document(body),
        }
    }

    /// Every element matching `css`, in document order.
    pub fn select(&self, css: &str) -> Vec<ElementRef<'_>> {
        self.html.select(&selector(css)).collect()
    }

    /// The first element matching `css`; panics when there is none.
    pub fn one(&self, css: &str) -> ElementRef<'_> {
        self.html
            .select(&selector(css))
            .next()
            .unwrap_or_else(|| panic!("no element matches {css:?}"))
    }

    pub fn count(&self, css: &str) -> usize {
        self.html.select(&selector(css)).count()
    }

    /// The folded text of each element matching `css`.
    pub fn select_text(&self, css: &str) -> Vec<String> {
        self.select(css).into_iter().map(text_of).collect()
    }

    /// For each element matching `outer`, the folded text of the `inner` elements in it.
    pub fn texts_in(&self, outer: &str, inner: &str) -> Vec<Vec<String>> {
        let inner = selector(inner);
        self.select(outer)
            .into_iter()
            .map(|o| o.select(&inner).map(text_of).collect())
            .collect()
    }

    /// The folded text of the first element matching `css`.
    pub fn text(&self, css: &str) -> String {
        text_of(self.one(css))
    }

    /// Attribute `name` of the first element matching `css`; panics when either is missing.
    pub fn attr(&self, css: &str, name: &str) -> String {
        self.one(css)
            .value()
            .attr(name)
            .unwrap_or_else(|| panic!("{css:?} has no attribute {name:?}"))
            .to_string()
    }

    /// Attribute `name` of every element matching `css` that has it.
    pub fn attrs(&self, css: &str, name: &str) -> Vec<String> {
        self.select(css)
            .into_iter()
            .filter_map(|e| e.value().attr(name).map(str::to_string))
            .collect()
    }

    /// The folded text of the first element matching `css` inside `within`.
    pub fn text_of_first(within: ElementRef<'_>, css: &str) -> String {
        within
            .select(&selector(css))
            .next()
            .map(text_of)
            .unwrap_or_else(|| panic!("no element matches {css:?}"))
    }

    /// The value of the first hidden `csrf` field.
    pub fn csrf(&self) -> String {
        self.attr("input[name=csrf]", "value")
    }

    /// The value of the first input named `name`.
    pub fn input(&self, name: &str) -> String {
        self.attr(&format!("input[name={name}]"), "value")
    }
}
