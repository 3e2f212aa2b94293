//! The public pages through HTTP: the agenda grouped by local day in the viewer's
//! zone, DST, unknown zones, unpublished conferences, the reach line and /healthz.

mod common;

use chrono::{NaiveDate, TimeZone, Utc};
use common::{Page, TestApp};
use plenary::db::{self, conferences::NewConference, sessions::NewSession};
use plenary::domain::status::SessionKind;
use plenary::domain::{ConferenceId, SessionId};

/// The `<h2>` day headings of an agenda page, in order.
fn day_headings(html: &str) -> Vec<String> {
    Page::parse(html).select_text("section.day > h2")
}

/// The session titles of each day section, to check which sessions fall on which day.
fn day_titles(html: &str) -> Vec<Vec<String>> {
    Page::parse(html).texts_in("section.day", "h3 > a")
}

#[tokio::test]
async fn demo_agenda_has_three_days_in_zurich() {
    let app = TestApp::spawn_demo(50).await;
    let (status, html) = app.get_html("/c/ip-ai-2020/agenda").await;
    assert_eq!(status, 200);
    assert_eq!(
        day_headings(&html),
        vec![
            "Tuesday 7 July 2020",
            "Wednesday 8 July 2020",
            "Thursday 9 July 2020"
        ]
    );
    assert!(html.contains("13:00–"), "opening at 13:00 Geneva time");
    assert!(html.contains("CEST"));
    assert!(!html.contains("JST"));
    assert!(html.contains("Director General"));
}

#[tokio::test]
async fn tokyo_viewers_see_late_sessions_on_the_next_day_labelled_jst() {
    let app = TestApp::spawn_demo(20).await;
    let (_, zurich) = app.get_html("/c/ip-ai-2020/agenda").await;
    let (status, tokyo) = app.get_html("/c/ip-ai-2020/agenda?tz=Asia/Tokyo").await;
    assert_eq!(status, 200);
    assert!(tokyo.contains("JST") && !tokyo.contains("CEST"));
    let days = day_headings(&tokyo);
    // Late Geneva sessions on 9 July fall on 10 July in Tokyo.
    assert_eq!(
        days.first().map(String::as_str),
        Some("Tuesday 7 July 2020")
    );
    assert!(days.iter().any(|d| d == "Friday 10 July 2020"), "{days:?}");
    // The last session of Geneva's first day is on Tokyo's second day.
    let zurich_days = day_titles(&zurich);
    let last_title = zurich_days[0].last().expect("a session title");
    let tokyo_days = day_titles(&tokyo);
    assert!(
        !tokyo_days[0].contains(last_title),
        "{last_title} should move to the next day"
    );
    assert!(tokyo_days[1].contains(last_title), "{tokyo_days:?}");
}

#[tokio::test]
async fn the_chosen_zone_is_remembered_in_a_cookie() {
    let app = TestApp::spawn_demo(10).await;
    let first = app.get("/c/ip-ai-2020/agenda?tz=America/New_York").await;
    assert!(first.headers().get_all("set-cookie").iter().any(|v| {
        v.to_str()
            .unwrap()
            .starts_with("plenary_tz=America/New_York")
    }));
    let (_, html) = app.get_html("/c/ip-ai-2020/agenda").await;
    assert!(html.contains("EDT"), "zone cookie not applied");
}

#[tokio::test]
async fn an_unknown_zone_gets_a_friendly_message_and_the_conference_zone() {
    let app = TestApp::spawn_demo(10).await;
    for bad in ["Mars/Olympus_Mons", "%3Cscript%3E", &"A".repeat(500)] {
        let (status, html) = app
            .get_html(&format!("/c/ip-ai-2020/agenda?tz={bad}"))
            .await;
        assert_eq!(status, 200, "{bad}");
        assert!(html.contains("is not a time zone we know"), "{bad}");
        assert!(html.contains("CEST"));
        assert!(!html.contains("<script>"));
    }
    // A NUL never reaches the page: the edge refuses it (tests/naughty.rs).
    let (status, _) = app.get_html("/c/ip-ai-2020/agenda?tz=x%00y").await;
    assert_eq!(status, 400, "x%00y");
}

async fn conference_across_dst(
    app: &TestApp,
    published: bool,
) -> (ConferenceId, SessionId, SessionId) {
    let id = ConferenceId::new();
    let (a, b) = (SessionId::new(), SessionId::new());
    app.with_db(move |c| {
        let now = Utc::now();
        db::conferences::insert(
            c,
            &NewConference {
                id,
                slug: "autumn-dst",
                title: "Autumn Forum",
                description: "Across the clock change.",
                tz: chrono_tz::Europe::Zurich,
                starts_on: NaiveDate::from_ymd_opt(2026, 10, 24).unwrap(),
                ends_on: NaiveDate::from_ymd_opt(2026, 10, 26).unwrap(),
                registration_opens_at: None,
                registration_closes_at: None,
                capacity: None,
                privacy_notice: "",
                published,
            },
            now,
        )
        .unwrap();
        // 10:00 Zurich on the Saturday (CEST, UTC+2) and the Monday (CET, UTC+1).
        for (sid, day, title) in [(a, 24, "Before the change"), (b, 26, "After the change")] {
            let start = chrono_tz::Europe::Zurich
                .with_ymd_and_hms(2026, 10, day, 10, 0, 0)
                .unwrap()
                .with_timezone(&Utc);
            db::sessions::insert(
                c,
                &NewSession {
                    id: sid,
                    conference_id: id,
                    title,
                    summary: "",
                    kind: SessionKind::Talk,
                    starts_at: start,
                    ends_at: start + chrono::Duration::minutes(60),
                    track: "",
                    capacity: None,
                    join_url: None,
                },
                now,
            )
            .unwrap();
        }
    })
    .await;
    (id, a, b)
}

#[tokio::test]
async fn a_conference_across_a_dst_change_shows_the_right_offsets() {
    let app = TestApp::spawn().await;
    conference_across_dst(&app, true).await;
    let (_, html) = app.get_html("/c/autumn-dst/agenda").await;
    assert!(html.contains("10:00–11:00 CEST"), "{html}");
    assert!(html.contains("10:00–11:00 CET"));
    // In UTC both are plain, one hour apart.
    let (_, utc) = app.get_html("/c/autumn-dst/agenda?tz=UTC").await;
    assert!(
        utc.contains("08:00–09:00 UTC") && utc.contains("09:00–10:00 UTC"),
        "{utc}"
    );
}

#[tokio::test]
async fn unpublished_conferences_are_not_found_by_the_public() {
    let app = TestApp::spawn().await;
    let (_, a, _) = conference_across_dst(&app, false).await;
    for path in [
        "/c/autumn-dst",
        "/c/autumn-dst/agenda",
        &format!("/c/autumn-dst/sessions/{a}"),
    ] {
        let (status, html) = app.get_html(path).await;
        assert_eq!(status, 404, "{path}");
        assert!(html.contains("Page not found"));
    }
    let (_, home) = app.get_html("/").await;
    assert!(!home.contains("Autumn Forum"));
}

#[tokio::test]
async fn registrant_count_excludes_pending_waitlisted_and_cancelled() {
    let app = TestApp::spawn_demo(300).await;
    let expected: (i64, i64) = app
        .with_db(|c| {
            use diesel::prelude::*;
            use plenary::db::schema::registrations as r;
            let rows: Vec<(String, String)> =
                r::table.select((r::status, r::country)).load(c).unwrap();
            let confirmed: Vec<_> = rows.iter().filter(|(s, _)| s == "confirmed").collect();
            assert!(rows.iter().any(|(s, _)| s == "pending"));
            assert!(rows.iter().any(|(s, _)| s == "cancelled"));
            let countries: std::collections::BTreeSet<_> =
                confirmed.iter().map(|(_, c)| c).collect();
            (confirmed.len() as i64, countries.len() as i64)
        })
        .await;
    assert!(expected.0 < 301);
    let (status, html) = app.get_html("/c/ip-ai-2020").await;
    assert_eq!(status, 200);
    // Fluent isolates each placeable (U+2068 … U+2069).
    let html = html.replace(['\u{2068}', '\u{2069}'], "");
    let line = format!("{} registrants from {} countries", expected.0, expected.1);
    assert!(html.contains(&line), "missing {line}");
}

#[tokio::test]
async fn session_page_shows_both_zones_and_people() {
    let app = TestApp::spawn().await;
    let (_, a, _) = conference_across_dst(&app, true).await;
    let (status, html) = app
        .get_html(&format!("/c/autumn-dst/sessions/{a}?tz=Asia/Tokyo"))
        .await;
    assert_eq!(status, 200);
    assert!(html.contains("17:00–18:00 JST"), "{html}");
    assert!(html.contains("10:00–11:00 CEST"));
    let (status, _) = app.get_html("/c/autumn-dst/sessions/not-a-uuid").await;
    assert_eq!(status, 404);
    let (status, _) = app
        .get_html(&format!("/c/autumn-dst/sessions/{}", SessionId::new()))
        .await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn healthz_is_alive_and_readyz_reports_the_database() {
    let app = TestApp::spawn().await;
    let r = app.get("/healthz").await;
    assert_eq!(r.status().as_u16(), 200);
    let body: serde_json::Value = r.json().await.unwrap();
    assert_eq!(body["status"], "ok");
    let r = app.get("/readyz").await;
    assert_eq!(r.status().as_u16(), 200);
    let body: serde_json::Value = r.json().await.unwrap();
    assert_eq!(body["database"], "ok");
    assert_eq!(body["migrations"], "ok");
}

#[tokio::test]
async fn every_response_carries_security_headers_and_404_has_the_site_style() {
    let app = TestApp::spawn().await;
    for path in ["/", "/no/such/page", "/healthz", "/static/style.css"] {
        let r = app.get(path).await;
        let h = r.headers();
        let csp = h
            .get("content-security-policy")
            .expect(path)
            .to_str()
            .unwrap();
        assert!(csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'"));
        assert!(!csp.contains("unsafe-inline"));
        assert_eq!(h.get("x-content-type-options").unwrap(), "nosniff");
        assert!(h.get("referrer-policy").is_some());
    }
    let (status, html) = app.get_html("/no/such/page").await;
    assert_eq!(status, 404);
    assert!(html.contains("/static/style.css") && html.contains("Page not found"));
}

#[tokio::test]
async fn head_requests_answer_like_get_without_a_body() {
    let app = TestApp::spawn_demo(5).await;
    for path in [
        "/c/ip-ai-2020/agenda",
        "/c/ip-ai-2020/schedule.xml",
        "/c/ip-ai-2020/agenda.ics",
    ] {
        let r = app.client.head(app.url(path)).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 200, "{path}");
        assert!(r.headers().get("content-type").is_some());
        assert!(r.bytes().await.unwrap().is_empty(), "{path}");
    }
    // Posting to a page that only reads is still refused.
    let r = app
        .client
        .post(app.url("/c/ip-ai-2020/agenda"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 405);
}
