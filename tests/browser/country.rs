//! The country filter of `static/app.js` in Chromium: typing narrows the list by
//! name, alias or accentless spelling, and the select never keeps an option the
//! filter hid (issue 16: "south korea" used to leave French Southern Territories
//! selected and submitted).

use serde_json::json;

use super::common::TestApp;
use super::driver::{Browser, Options};
use super::pages::SLUG;

/// Types `text` into the filter (replacing what was there) the way a person's
/// typing does: the value changes and an `input` event fires.
async fn filter(browser: &Browser, text: &str) -> (String, bool) {
    let v = browser
        .js(
            "const f = document.querySelector('input.country-filter');
             f.value = arguments[0];
             f.dispatchEvent(new Event('input', { bubbles: true }));
             const s = document.getElementById('country');
             const o = s.options[s.selectedIndex];
             return [s.value, !!(o && o.hidden)];",
            vec![json!(text)],
        )
        .await;
    (
        v[0].as_str().unwrap_or_default().to_string(),
        v[1].as_bool().unwrap_or(true),
    )
}

#[tokio::test]
async fn the_country_filter_never_leaves_a_hidden_option_selected() {
    let Some(browser) = Browser::start(Options::default()).await else {
        return;
    };
    let app = TestApp::spawn_demo(5).await;
    app.clock.set(super::a_week_before());
    browser.goto(&app.url(&format!("/c/{SLUG}/register"))).await;
    browser.find("input.country-filter").await;

    // Typed letter by letter, as a person does.
    browser
        .find("input.country-filter")
        .await
        .send_keys("south korea")
        .await
        .unwrap();
    assert_eq!(
        browser.find("#country").await.prop("value").await.unwrap(),
        Some("KR".to_string()),
        "south korea selects Korea (Republic of)"
    );
    for (typed, code) in [
        ("USA", "US"),
        ("uk", "GB"),
        ("Vietnam", "VN"),
        ("Ivory Coast", "CI"),
        ("cote", "CI"),
        ("Turkiye", "TR"),
        ("eswatini", "SZ"),
    ] {
        let (value, hidden) = filter(&browser, typed).await;
        assert_eq!(value, code, "{typed}");
        assert!(!hidden, "{typed}: the selected option is shown");
    }
    // Nothing matches: back to "Select a country", never a hidden country.
    let (value, hidden) = filter(&browser, "atlantis").await;
    assert_eq!(value, "");
    assert!(!hidden);
    assert!(
        browser
            .js(
                "return document.querySelector('.country-filter-status').textContent;",
                vec![]
            )
            .await
            .as_str()
            .unwrap_or_default()
            .contains("No country matches")
    );
    browser.quit().await;
}
