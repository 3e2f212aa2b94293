//! A signed-in attendee finding their way (issue 16, points 1–4 and 17): the header's
//! "My conference", their status on the conference page, picks marked and pickable
//! from the agenda, pick/join/"Add to calendar" on session pages; countries found by
//! alias and without accents, sorted as people sort; time zones from the profile,
//! found by city, never inverted ("GMT+8"); one-click registration with consent and
//! country, corrected later in My conference.

mod common;

use chrono::Duration;
use common::Page;
use common::html::selector;
use common::{TestApp, location, opening_id, opening_utc, submit_with};
use diesel::prelude::*;
use plenary::db::schema::{registrations, users};

const ATTENDEE: &str = "attendee@demo.plenary.test";

/// The options of the page's country select as (code, name, data-search).
fn country_options(page: &Page) -> Vec<(String, String, String)> {
    page.select("select#country option")
        .into_iter()
        .filter_map(|o| {
            let v = o.value();
            let code = v.attr("value")?.to_string();
            (!code.is_empty()).then(|| {
                (
                    code,
                    common::html::text_of(o),
                    v.attr("data-search").unwrap_or_default().to_string(),
                )
            })
        })
        .collect()
}

/// The filter script's rule: every word typed occurs in one of the names.
fn filter_finds(search: &str, typed: &str) -> bool {
    let q = plenary::domain::countries::fold(typed);
    search
        .split(" | ")
        .any(|name| q.split(' ').all(|w| name.contains(w)))
}

#[tokio::test]
async fn country_choice_finds_aliases_and_sorts_by_collation() {
    let app = TestApp::spawn_demo(5).await;
    let (status, page) = app.get_page("/c/ip-ai-2020/register").await;
    assert_eq!(status, 200);
    let options = country_options(&page);
    let found = |typed: &str| -> Vec<String> {
        options
            .iter()
            .filter(|(_, _, s)| filter_finds(s, typed))
            .map(|(c, _, _)| c.clone())
            .collect()
    };
    assert_eq!(found("south korea"), ["KR"], "south korea selects KR only");
    for (typed, code) in [
        ("USA", "US"),
        ("UK", "GB"),
        ("South Korea", "KR"),
        ("Vietnam", "VN"),
        ("Ivory Coast", "CI"),
        ("cote", "CI"),
        ("turkiye", "TR"),
    ] {
        let hits = found(typed);
        assert!(hits.contains(&code.to_string()), "{typed}: {hits:?}");
    }
    let name = |code: &str| {
        options
            .iter()
            .find(|(c, _, _)| c == code)
            .map(|(_, n, _)| n.clone())
            .unwrap()
    };
    assert_eq!(name("KR"), "Korea (Republic of)");
    assert_eq!(name("SZ"), "Eswatini");
    assert_eq!(name("MK"), "North Macedonia");
    assert_eq!(name("TR"), "Türkiye");
    assert_eq!(name("CZ"), "Czechia");
    // Sorted as people sort: Åland Islands under A, not after Zimbabwe.
    let codes: Vec<&str> = options.iter().map(|(c, _, _)| c.as_str()).collect();
    assert_eq!(&codes[..2], ["AF", "AX"], "{:?}", &codes[..3]);
    assert_eq!(codes.last(), Some(&"ZW"));
}

#[tokio::test]
async fn a_tokyo_profile_shows_the_agenda_in_jst_without_tz() {
    let app = TestApp::spawn_demo(5).await;
    app.sign_in_demo(&app.client, ATTENDEE).await;
    let r = app
        .submit(
            "/c/ip-ai-2020/agenda",
            "/account/zone",
            &[("tz", "Asia/Tokyo"), ("back", "/c/ip-ai-2020/agenda")],
        )
        .await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(location(&r), "/c/ip-ai-2020/agenda");
    let (_, html) = app.get_html("/c/ip-ai-2020/agenda").await;
    assert!(html.contains("<strong id=\"shown-zone\">Asia/Tokyo</strong>"));
    assert!(html.contains("JST"));
    assert!(
        html.contains("Your profile&#39;s time zone is now \u{2068}Tokyo (Japan)\u{2069}."),
        "{html}"
    );
    let opening = opening_id(&app).await;
    let (_, html) = app
        .get_html(&format!("/c/ip-ai-2020/sessions/{opening}"))
        .await;
    assert!(
        html.contains("your time, \u{2068}Asia/Tokyo\u{2069}"),
        "session page"
    );
    // Someone else, anonymous, still sees the conference's zone.
    let anon = app.new_browser();
    let html = anon
        .get(app.url("/c/ip-ai-2020/agenda"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("<strong id=\"shown-zone\">Europe/Zurich</strong>"));
}

#[tokio::test]
async fn a_zone_chosen_while_signed_in_is_offered_for_the_profile() {
    let app = TestApp::spawn_demo(5).await;
    app.sign_in_demo(&app.client, ATTENDEE).await;
    let (_, page) = app.get_page("/c/ip-ai-2020/agenda?tz=beijing").await;
    assert_eq!(page.text("#shown-zone"), "Asia/Shanghai");
    assert_eq!(
        page.attr("form.save-zone input[name=tz]", "value"),
        "Asia/Shanghai"
    );
    // Anonymous visitors get no such offer.
    let anon = app.new_browser();
    let html = anon
        .get(app.url("/c/ip-ai-2020/agenda?tz=Cairo"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("<strong id=\"shown-zone\">Africa/Cairo</strong>"));
    assert!(!html.contains("save-zone"));
    let r = app
        .submit(
            "/c/ip-ai-2020/agenda?tz=beijing",
            "/account/zone",
            &[("tz", "Asia/Shanghai"), ("back", "//evil.example/")],
        )
        .await;
    assert_eq!(location(&r), "/account", "no redirect off the site");
    let tz: String = app
        .with_db(|c| {
            users::table
                .filter(users::email.eq(ATTENDEE))
                .select(users::time_zone)
                .first(c)
                .unwrap()
        })
        .await;
    assert_eq!(tz, "Asia/Shanghai");
}

#[tokio::test]
async fn gmt_plus_8_is_utc_plus_8_and_ambiguous_abbreviations_carry_the_offset() {
    let app = TestApp::spawn_demo(5).await;
    // The opening starts at 11:00 UTC: 19:00 at UTC+8, never 03:00 (UTC−8).
    let (_, html) = app.get_html("/c/ip-ai-2020/agenda?tz=GMT%2B8").await;
    assert!(html.contains("19:00"), "UTC+8");
    assert!(!html.contains("03:00–"), "not UTC−8");
    let (_, page) = app.get_page("/c/ip-ai-2020/agenda?tz=Asia/Shanghai").await;
    assert!(page.text("ol.agenda").contains("CST (UTC+8)"));
    let offered = page.attrs("datalist#tz-list option", "value");
    assert!(
        offered.iter().all(|z| !z.starts_with("Etc/")),
        "no Etc/GMT±N"
    );
    assert!(
        !offered
            .iter()
            .any(|z| z == "Asia/Calcutta" || z == "US/Pacific")
    );
    let labels = page.attrs("datalist#tz-list option", "label");
    let shanghai = labels.iter().find(|l| l.contains("Beijing")).unwrap();
    assert!(shanghai.starts_with("China"), "{shanghai}");
    assert!(shanghai.ends_with("UTC+8"), "{shanghai}");
    // Names in any case; cities and countries.
    for (typed, zone) in [
        ("asia/tokyo", "Asia/Tokyo"),
        ("Delhi", "Asia/Kolkata"),
        ("cairo", "Africa/Cairo"),
    ] {
        let (_, page) = app
            .get_page(&format!("/c/ip-ai-2020/agenda?tz={typed}"))
            .await;
        assert_eq!(page.text("#shown-zone"), zone, "{typed}");
    }
}

#[tokio::test]
async fn picks_are_marked_and_pickable_from_the_agenda() {
    let app = TestApp::spawn_demo(5).await;
    app.clock.set(opening_utc() - Duration::days(2));
    app.sign_in_demo(&app.client, ATTENDEE).await;
    let (_, page) = app.get_page("/c/ip-ai-2020/agenda").await;
    let picked = page.count("ol.agenda li button[value=unpick]");
    let to_pick: Vec<String> = page
        .select("ol.agenda li form.pick-form")
        .into_iter()
        .filter(|f| f.select(&selector("button[value=pick]")).next().is_some())
        .filter_map(|f| {
            f.select(&selector("input[name=session]"))
                .next()
                .and_then(|i| i.value().attr("value").map(str::to_string))
        })
        .collect();
    assert!(picked > 0, "the demo attendee's picks are marked");
    assert!(page.count("ol.agenda li .my-pick") >= picked);
    let session = to_pick.first().expect("a session to pick").clone();
    let r = app
        .submit(
            "/c/ip-ai-2020/agenda",
            "/c/ip-ai-2020/me/picks",
            &[
                ("session", &session),
                ("action", "pick"),
                ("back", "agenda"),
            ],
        )
        .await;
    assert_eq!(
        location(&r),
        format!("/c/ip-ai-2020/agenda#s-{session}"),
        "back to the agenda"
    );
    let (_, page) = app.get_page("/c/ip-ai-2020/agenda").await;
    assert_eq!(page.count("ol.agenda li button[value=unpick]"), picked + 1);
    assert!(
        page.text(&format!("li#s-{session}"))
            .contains("In your picks"),
        "the new pick is marked"
    );
    // And unpicked again, in place.
    app.submit(
        "/c/ip-ai-2020/agenda",
        "/c/ip-ai-2020/me/picks",
        &[
            ("session", &session),
            ("action", "unpick"),
            ("back", "agenda"),
        ],
    )
    .await;
    let (_, page) = app.get_page("/c/ip-ai-2020/agenda").await;
    assert_eq!(page.count("ol.agenda li button[value=unpick]"), picked);
    // Anonymous visitors see no forms.
    let anon = app.new_browser();
    let html = anon
        .get(app.url("/c/ip-ai-2020/agenda"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!html.contains("/me/picks"));
}

#[tokio::test]
async fn the_header_and_conference_page_lead_to_my_conference() {
    let app = TestApp::spawn_demo(5).await;
    let (_, page) = app.get_page("/c/ip-ai-2020").await;
    assert_eq!(
        page.attr("p.actions a.button", "href"),
        "/c/ip-ai-2020/register"
    );
    app.sign_in_demo(&app.client, ATTENDEE).await;
    let (_, page) = app.get_page("/c/ip-ai-2020").await;
    assert_eq!(
        page.text("header nav a[href=\"/c/ip-ai-2020/me\"]"),
        "My conference"
    );
    assert!(page.text("#my-status").contains("Confirmed"));
    assert!(
        page.attrs("a", "href")
            .iter()
            .all(|h| h != "/c/ip-ai-2020/register"),
        "status instead of Register"
    );
    // Every page's header carries the link.
    let (_, page) = app.get_page("/account").await;
    assert_eq!(page.count("header nav a[href=\"/c/ip-ai-2020/me\"]"), 1);
}

#[tokio::test]
async fn session_pages_offer_pick_join_and_add_to_calendar() {
    let app = TestApp::spawn_demo(5).await;
    let opening = opening_id(&app).await;
    let path = format!("/c/ip-ai-2020/sessions/{opening}");
    let (_, page) = app.get_page(&path).await;
    let ics = format!("/c/ip-ai-2020/sessions/{opening}/event.ics");
    assert_eq!(page.attr("a[href$=\"event.ics\"]", "href"), ics);
    assert_eq!(page.text("a[href$=\"event.ics\"]"), "Add to calendar");
    assert_eq!(app.get(&ics).await.status().as_u16(), 200);

    app.sign_in_demo(&app.client, ATTENDEE).await;
    app.clock.set(opening_utc() - Duration::days(2));
    let (_, page) = app.get_page(&path).await;
    assert_eq!(
        page.count(".my-session form.pick-form"),
        1,
        "pick or unpick"
    );
    assert_eq!(page.count(".my-session a.join-link"), 0, "no join link yet");
    // Inside the window, the join link (the demo attendee picked the opening).
    app.clock.set(opening_utc() - Duration::minutes(10));
    let (_, page) = app.get_page(&path).await;
    assert_eq!(
        page.attr(".my-session a.join-link", "href"),
        format!("{path}/join")
    );
}

#[tokio::test]
async fn the_agenda_links_its_downloads() {
    let app = TestApp::spawn_demo(5).await;
    let (_, page) = app.get_page("/c/ip-ai-2020/agenda").await;
    assert!(
        page.text("p.downloads")
            .starts_with("Download: Calendar (.ics) · schedule (frab XML) · schedule (c3voc JSON)")
    );
    for href in page.attrs("p.downloads a", "href") {
        assert_eq!(app.get(&href).await.status().as_u16(), 200, "{href}");
    }
}

#[tokio::test]
async fn one_click_registration_asks_consent_and_country_and_the_country_can_be_corrected() {
    let app = TestApp::spawn_demo(5).await;
    app.other_conference_with_organizer("other", "org@other.example", "a long password")
        .await;
    app.sign_in_demo(&app.client, ATTENDEE).await;
    let (_, page) = app.get_page("/c/other/register").await;
    assert_eq!(
        page.count("form[action=\"/c/other/register/join\"] input#consent"),
        1
    );
    assert_eq!(
        page.attr("select#country option[selected]", "value"),
        "KE",
        "the profile's country, prefilled"
    );
    // Without consent: the form again, with the error and the country kept.
    let r = app
        .submit(
            "/c/other/register",
            "/c/other/register/join",
            &[("country", "KR")],
        )
        .await;
    assert_eq!(r.status().as_u16(), 200);
    let page = Page::parse(&r.text().await.unwrap());
    assert!(
        page.text(".error-summary")
            .contains("Agree to the privacy notice")
    );
    assert_eq!(page.attr("select#country option[selected]", "value"), "KR");
    let r = app
        .submit(
            "/c/other/register",
            "/c/other/register/join",
            &[("country", "KR"), ("consent", "yes")],
        )
        .await;
    assert_eq!(location(&r), "/c/other/me");
    let country = || {
        app.with_db(|c| {
            registrations::table
                .inner_join(users::table)
                .inner_join(plenary::db::schema::conferences::table)
                .filter(users::email.eq(ATTENDEE))
                .filter(plenary::db::schema::conferences::slug.eq("other"))
                .select(registrations::country)
                .first::<String>(c)
                .unwrap()
        })
    };
    assert_eq!(country().await, "KR");
    // The header now lists both conferences.
    let (_, page) = app.get_page("/c/other/me").await;
    assert_eq!(page.count("header nav a[href$=\"/me\"]"), 2);
    assert_eq!(page.attr("select#country option[selected]", "value"), "KR");
    let r = submit_with(
        &app.client,
        &app.base,
        "/c/other/me",
        "/c/other/me/country",
        &[("country", "JP")],
    )
    .await;
    assert_eq!(location(&r), "/c/other/me#status");
    assert_eq!(country().await, "JP");
    let (_, html) = app.get_html("/c/other/me").await;
    let html = html.replace(['\u{2068}', '\u{2069}'], "");
    assert!(html.contains("Your registration now counts under Japan."));
}

#[tokio::test]
async fn the_organizers_country_filter_sorts_by_name_not_by_code() {
    let app = TestApp::spawn_demo(60).await;
    app.sign_in_demo(&app.client, "organizer@demo.plenary.test")
        .await;
    let (status, page) = app.get_page("/organize/c/ip-ai-2020/registrations").await;
    assert_eq!(status, 200);
    let names: Vec<String> = page
        .select("select#country option")
        .into_iter()
        .filter(|o| o.value().attr("value").is_some_and(|v| !v.is_empty()))
        .map(common::html::text_of)
        .collect();
    assert!(names.len() > 5, "{names:?}");
    let keys: Vec<Vec<u8>> = names
        .iter()
        .map(|n| plenary::domain::countries::collation_key(n))
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted, "{names:?}");
}
