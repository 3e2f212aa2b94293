//! The anonymous public pages and schedule exports served from the process's cache:
//! no cookie for anonymous visitors, one gzip body per version revalidated by its
//! `ETag`, signed-in views rendered per request, and an organizer's edit seen at once
//! on the instance that made it and within a second on another instance.

mod common;

use std::io::Read;
use std::time::{Duration, Instant};

use common::{Page, TestApp, new_client, opening_id, submit_with};

const AGENDA: &str = "/c/ip-ai-2020/agenda";

#[tokio::test]
async fn anonymous_public_pages_and_exports_set_no_cookie() {
    let app = TestApp::spawn_demo(20).await;
    let session = format!("/c/ip-ai-2020/sessions/{}", opening_id(&app).await);
    for path in [
        "/",
        "/c/ip-ai-2020",
        AGENDA,
        session.as_str(),
        "/c/ip-ai-2020/schedule.xml",
        "/c/ip-ai-2020/schedule.json",
        "/c/ip-ai-2020/agenda.ics",
    ] {
        let browser = new_client();
        for _ in 0..2 {
            let r = browser.get(app.url(path)).send().await.unwrap();
            assert_eq!(r.status(), 200, "{path}");
            assert!(
                r.headers().get("set-cookie").is_none(),
                "{path} sets a cookie"
            );
        }
    }
    // A page with a form still gets its token (and the cookie holding it).
    let r = new_client().get(app.url("/login")).send().await.unwrap();
    assert!(r.headers().get("set-cookie").is_some());
}

#[tokio::test]
async fn the_agenda_is_compressed_once_and_revalidated_by_its_etag() {
    let app = TestApp::spawn_demo(20).await;
    let browser = new_client();
    let plain = browser.get(app.url(AGENDA)).send().await.unwrap();
    assert_eq!(plain.headers()["cache-control"], "public, no-cache");
    let etag = plain.headers()["etag"].to_str().unwrap().to_string();
    let plain = plain.text().await.unwrap();
    let gz = browser
        .get(app.url(AGENDA))
        .header("accept-encoding", "gzip, deflate, br")
        .send()
        .await
        .unwrap();
    assert_eq!(gz.headers()["content-encoding"], "gzip");
    assert_eq!(gz.headers()["etag"].to_str().unwrap(), etag);
    let bytes = gz.bytes().await.unwrap();
    assert!(bytes.len() * 4 < plain.len(), "compressed");
    let mut unpacked = String::new();
    flate2::read::GzDecoder::new(&bytes[..])
        .read_to_string(&mut unpacked)
        .unwrap();
    assert_eq!(unpacked, plain);
    let again = browser
        .get(app.url(AGENDA))
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 304);
    // Another zone is another page, with a validator of its own.
    let tokyo = browser
        .get(app.url(&format!("{AGENDA}?tz=Asia/Tokyo")))
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(tokyo.status(), 200);
    assert!(tokyo.text().await.unwrap().contains("JST"));
}

#[tokio::test]
async fn signed_in_visitors_get_their_own_page_not_the_cached_one() {
    let app = TestApp::spawn_demo(20).await;
    let (_, anonymous) = app.get_html(AGENDA).await;
    assert!(anonymous.contains("Sign in"));
    let attendee = app.demo_browser("attendee@demo.plenary.test").await;
    let page = attendee
        .get(app.url(AGENDA))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Sign out") && !page.contains(">Sign in<"));
    assert!(
        !Page::parse(&page).csrf().is_empty(),
        "the sign-out form's token"
    );
}

/// Signed-in views share what every viewer of a version sees (built once) and add
/// their own part per request: each viewer sees only their own registration and
/// picks, and an organizer's edit reaches them at once.
#[tokio::test]
async fn signed_in_views_share_the_agenda_but_keep_their_own_picks_and_see_edits() {
    let app = TestApp::spawn_demo(5).await;
    let attendee = app.demo_browser("attendee@demo.plenary.test").await;
    let organizer = app.demo_browser("organizer@demo.plenary.test").await;
    let get = |client: &reqwest::Client| {
        let url = app.url(AGENDA);
        let client = client.clone();
        async move {
            let r = client.get(url).send().await.unwrap();
            assert_eq!(r.status(), 200);
            r.text().await.unwrap()
        }
    };
    let mine = get(&attendee).await;
    let theirs = get(&organizer).await;
    assert!(
        mine.contains(r#"id="my-status""#),
        "the attendee's registration"
    );
    assert!(mine.contains(r#"class="my-pick""#), "the attendee's picks");
    assert!(
        !theirs.contains(r#"id="my-status""#) && !theirs.contains(r#"class="my-pick""#),
        "the organizer holds no registration: none of the attendee's part"
    );
    let token = |html: &str| Page::parse(html).csrf();
    assert_ne!(token(&mine), token(&theirs), "each viewer's own form token");
    // Same agenda for both.
    let titles = |html: &str| html.matches("<h3>").count();
    assert_eq!(titles(&mine), titles(&theirs));

    rename_opening(&app, &organizer, "Renamed for the signed-in").await;
    let after = get(&attendee).await;
    assert!(
        after.contains("Renamed for the signed-in"),
        "the edit at once"
    );
    assert!(after.contains(r#"id="my-status""#));
}

#[tokio::test]
async fn an_edit_is_seen_at_once_here_and_within_a_second_on_another_instance() {
    let app = TestApp::spawn_demo(5).await;
    let other = app.sibling().await;
    for instance in [&app, &other] {
        let (_, html) = instance.get_html(AGENDA).await;
        assert!(!html.contains("Renamed opening"));
        let (_, xml) = instance.get_html("/c/ip-ai-2020/schedule.xml").await;
        assert!(!xml.contains("Renamed opening"));
    }
    let organizer = app.demo_browser("organizer@demo.plenary.test").await;
    rename_opening(&app, &organizer, "Renamed opening").await;
    let (_, here) = app.get_html(AGENDA).await;
    assert!(here.contains("Renamed opening"), "the editing instance");
    let (_, xml) = app.get_html("/c/ip-ai-2020/schedule.xml").await;
    assert!(xml.contains("Renamed opening"));
    let started = Instant::now();
    loop {
        let (_, there) = other.get_html(AGENDA).await;
        if there.contains("Renamed opening") {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_millis(1500),
            "the other instance still shows the old agenda"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The organizer renames the demo's opening session (and moves it) through the
/// session form, as in a browser.
async fn rename_opening(app: &TestApp, organizer: &reqwest::Client, title: &str) {
    let edit = format!(
        "/organize/c/ip-ai-2020/sessions/{}/edit",
        opening_id(app).await
    );
    let form = organizer
        .get(app.url(&edit))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let version = Page::parse(&form).input("version");
    let r = submit_with(
        organizer,
        &app.base,
        &edit,
        &edit,
        &[
            ("title", title),
            ("kind", "opening"),
            ("summary", "Moved."),
            ("day", "2020-07-07"),
            ("start", "14:00"),
            ("end", "14:30"),
            ("track", "Main hall"),
            ("capacity", ""),
            ("join_url", ""),
            ("version", &version),
        ],
    )
    .await;
    assert_eq!(r.status(), 303, "the session form saved");
}
