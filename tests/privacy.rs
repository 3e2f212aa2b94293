//! Issue 12, points 6 and 7 (personal data and working tokens), through HTTP with the
//! real server and SMTP sink (SQLite, or PostgreSQL when `PLENARY_TEST_DATABASE_URL`
//! is set): what deleting an account leaves, what the database keeps of mail and feed
//! secrets, the data download, caching, CSV formulas, invisible characters in names,
//! images in announcements and the zone cookie.

mod common;

use common::{TestApp, location, opening_id, submit_with};
use diesel::prelude::*;
use plenary::db::schema::{announcement_unsubscribes, outbox, registrations, users};

const SLUG: &str = "ip-ai-2020";
const ORGANIZER: &str = "organizer@demo.plenary.test";
const ATTENDEE: &str = "attendee@demo.plenary.test";

async fn name_of(app: &TestApp, email: &'static str) -> String {
    app.with_db(move |c| {
        users::table
            .filter(users::email.eq(email))
            .select(users::name)
            .first(c)
            .unwrap()
    })
    .await
}

/// Stored mail to `address`: (status, subject, text body, html body).
async fn stored_mail(
    app: &TestApp,
    address: &'static str,
) -> Vec<(String, String, String, String)> {
    app.with_db(move |c| {
        outbox::table
            .filter(outbox::to_address.eq(address))
            .select((
                outbox::status,
                outbox::subject,
                outbox::body_text,
                outbox::body_html,
            ))
            .load(c)
            .unwrap()
    })
    .await
}

/// The organizer (in `org`'s browser) makes the attendee a speaker of the opening:
/// an audit entry naming them and a mail to them.
async fn make_attendee_speaker(app: &TestApp, org: &reqwest::Client) {
    let people = format!(
        "/organize/c/{SLUG}/sessions/{}/people",
        opening_id(app).await
    );
    let r = submit_with(
        org,
        &app.base,
        &people,
        &people,
        &[("email", ATTENDEE), ("role", "speaker")],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303, "invited");
    // The app's own browser is the attendee's: they accept the invitation.
    let r = app.accept_invitation(&app.client, ATTENDEE).await;
    assert_eq!(r.status().as_u16(), 303, "accepted");
}

/// Creates the signed-in attendee's feed; returns its address, shown once.
async fn create_feed(app: &TestApp) -> String {
    let me = format!("/c/{SLUG}/me");
    let r = app.submit(&me, &format!("{me}/feed"), &[]).await;
    assert_eq!(r.status().as_u16(), 303);
    let (_, page) = app.get_page(&me).await;
    let url = page.text(".feed-url");
    url.strip_prefix(&app.base).expect("a feed URL").to_string()
}

#[tokio::test]
async fn deleting_the_account_pseudonymises_the_audit_log_and_drops_mail_and_feed() {
    let app = TestApp::spawn_demo_signed_in(5, ATTENDEE).await;
    let org = app.demo_browser(ORGANIZER).await;
    make_attendee_speaker(&app, &org).await;
    app.drain().await;
    let feed = create_feed(&app).await;
    assert_eq!(
        app.new_browser()
            .get(app.url(&feed))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    // A reset link still queued when the account goes.
    app.new_browser()
        .post(app.url("/password/reset"))
        .form(&[("email", ATTENDEE)])
        .send()
        .await
        .unwrap();
    let name = name_of(&app, ATTENDEE).await;
    let audit_url = app.url(&format!("/organize/c/{SLUG}/audit"));
    let audit = org
        .get(&audit_url)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        audit.contains(&name) && audit.contains(ATTENDEE),
        "named before"
    );
    assert!(!stored_mail(&app, ATTENDEE).await.is_empty());
    // An announcement's unsubscribe link (and choice) for the address.
    async fn unsubscribes(app: &TestApp) -> i64 {
        app.with_db(|c| {
            announcement_unsubscribes::table
                .filter(announcement_unsubscribes::email.eq(ATTENDEE))
                .count()
                .get_result::<i64>(c)
                .unwrap()
        })
        .await
    }
    let conference: String = app
        .with_db(|c| {
            plenary::db::schema::conferences::table
                .select(plenary::db::schema::conferences::id)
                .first(c)
                .unwrap()
        })
        .await;
    app.with_db(move |c| {
        diesel::insert_into(announcement_unsubscribes::table)
            .values((
                announcement_unsubscribes::token_hash.eq("a-token-hash"),
                announcement_unsubscribes::conference_id.eq(conference),
                announcement_unsubscribes::email.eq(ATTENDEE),
                announcement_unsubscribes::created_at.eq(chrono::Utc::now().naive_utc()),
            ))
            .execute(c)
            .unwrap()
    })
    .await;
    assert_eq!(unsubscribes(&app).await, 1);

    let r = app
        .submit(
            "/account/delete",
            "/account/delete",
            &[("current", common::DEMO_PASSWORD)],
        )
        .await;
    let page = r.text().await.unwrap();
    assert!(page.contains("Your account is deleted"));
    assert!(page.contains("What stays has no link to you"));

    let audit = org
        .get(&audit_url)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!audit.contains(&name), "no name in the audit log");
    assert!(!audit.contains(ATTENDEE), "no address in the audit log");
    assert!(audit.contains("deleted user #"), "{audit}");
    assert!(stored_mail(&app, ATTENDEE).await.is_empty(), "no mail kept");
    let feeds: i64 = app
        .with_db(|c| {
            registrations::table
                .filter(registrations::feed_token_hash.is_not_null())
                .count()
                .get_result(c)
                .unwrap()
        })
        .await;
    assert_eq!(feeds, 0, "no feed secret kept");
    assert_eq!(unsubscribes(&app).await, 0, "no unsubscribe entry kept");
    assert_eq!(
        app.new_browser()
            .get(app.url(&feed))
            .send()
            .await
            .unwrap()
            .status(),
        404
    );
}

#[tokio::test]
async fn a_sent_mails_stored_body_no_longer_holds_its_link() {
    let app = TestApp::spawn_demo(5).await;
    let r = app
        .submit("/password/reset", "/password/reset", &[("email", ATTENDEE)])
        .await;
    assert_eq!(r.status().as_u16(), 200);
    let queued = stored_mail(&app, ATTENDEE).await;
    assert_eq!(queued.len(), 1);
    assert!(
        queued[0].2.contains("/password/reset/"),
        "queued with its link"
    );
    app.drain().await;
    let mail = &app.mails_to(ATTENDEE)[0];
    let link = mail
        .link_containing("/password/reset/")
        .expect("the reset link");
    let token = link.rsplit('/').next().unwrap().to_string();
    let stored = stored_mail(&app, ATTENDEE).await;
    let (status, subject, text, html) = &stored[0];
    assert_eq!(status, "sent");
    assert_eq!(subject, &mail.subject, "the subject is kept");
    for body in [text, html] {
        assert!(!body.contains(&token), "no token after delivery: {body}");
        assert!(!body.contains("/password/reset/"));
    }
    // The link itself still works for whoever received it.
    let (status, _) = app.get_html(&format!("/password/reset/{token}")).await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn the_data_download_has_roles_audit_entries_mail_headers_and_feed_state() {
    let app = TestApp::spawn_demo_signed_in(5, ATTENDEE).await;
    let org = app.demo_browser(ORGANIZER).await;
    make_attendee_speaker(&app, &org).await;
    let feed = create_feed(&app).await;
    let token = feed
        .trim_start_matches("/feeds/")
        .trim_end_matches(".ics")
        .to_string();
    let r = app.get("/account/data.json").await;
    assert_eq!(r.headers()["cache-control"], "no-store");
    let raw = r.text().await.unwrap();
    assert!(!raw.contains(&token), "no feed secret in the download");
    let json: serde_json::Value = serde_json::from_str(&raw).unwrap();
    let roles = json["roles"].as_array().expect("roles");
    assert!(
        roles.iter().any(|r| r["roles"]
            .as_array()
            .is_some_and(|a| a.contains(&"speaker".into()))),
        "{roles:?}"
    );
    let audit = json["audit_entries"].as_array().expect("audit entries");
    assert!(
        audit.iter().any(|e| e["action"] == "people.accept"),
        "{audit:?}"
    );
    let mail = json["mail"].as_array().expect("mail");
    assert!(!mail.is_empty());
    for m in mail {
        assert!(m["message_id"].as_str().is_some_and(|s| s.contains('@')));
        assert!(m.get("body").is_none() && m.get("body_text").is_none());
    }
    let feed_state = &json["registrations"][0]["calendar_feed"];
    assert_eq!(feed_state["exists"], true);
    assert!(feed_state["created_at"].is_string(), "{feed_state}");
}

#[tokio::test]
async fn pages_with_personal_data_are_not_stored_and_public_pages_keep_caching() {
    let app = TestApp::spawn_demo_signed_in(5, ORGANIZER).await;
    let no_store = |r: &reqwest::Response| {
        r.headers()
            .get("cache-control")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("no-store"))
    };
    for path in [
        "/account".to_string(),
        format!("/organize/c/{SLUG}/registrations"),
        format!("/organize/c/{SLUG}/registrations.csv"),
        format!("/organize/c/{SLUG}/audit"),
        format!("/c/{SLUG}"),
    ] {
        let r = app.get(&path).await;
        assert_eq!(r.status().as_u16(), 200, "{path}");
        assert!(no_store(&r), "{path} for a signed-in person");
    }
    let anonymous = app.new_browser();
    let r = anonymous
        .get(app.url(&format!("/c/{SLUG}")))
        .send()
        .await
        .unwrap();
    assert!(!no_store(&r), "a public page for a visitor");
    let r = anonymous
        .get(app.url(&format!("/c/{SLUG}/schedule.xml")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["cache-control"], "public, no-cache");
    let r = anonymous
        .get(app.url("/account?q=ann@example.org"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 303);
    assert!(location(&r).starts_with("/login?next="));
    // A refusal is not kept either: the 403 and 404 a guard answers say no-store.
    let visitor = app.new_browser();
    let r = visitor
        .get(app.url(&format!("/organize/c/{SLUG}/registrations")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 303, "anonymous: to the login page");
    assert!(no_store(&r));
    app.login(ATTENDEE, common::DEMO_PASSWORD).await;
    for (path, status) in [
        (format!("/organize/c/{SLUG}/registrations"), 403),
        (
            "/organize/c/no-such-conference/registrations".to_string(),
            404,
        ),
    ] {
        let r = app.get(&path).await;
        assert_eq!(r.status().as_u16(), status, "{path}");
        assert!(
            no_store(&r),
            "{path}: {:?}",
            r.headers().get("cache-control")
        );
    }
}

#[tokio::test]
async fn csv_cells_are_quoted_and_formulas_neutralised() {
    let app = TestApp::spawn_demo_signed_in(5, ATTENDEE).await;
    let r = app
        .submit(
            "/account",
            "/account",
            &[
                ("name", "Ann;=1+1"),
                ("country", "KE"),
                ("organization", "-2+3,@SUM(A1)"),
                ("time_zone", "Africa/Nairobi"),
            ],
        )
        .await;
    assert_eq!(r.status().as_u16(), 303, "profile saved");
    let org = app.demo_browser(ORGANIZER).await;
    let r = org
        .get(app.url(&format!("/organize/c/{SLUG}/registrations.csv")))
        .send()
        .await
        .unwrap();
    let bytes = r.bytes().await.unwrap();
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let text = String::from_utf8_lossy(body);
    assert!(
        text.contains("\"Ann;'=1+1\""),
        "quoted and neutralised: {text}"
    );
    // Read as a spreadsheet would, with either separator: no cell starts a formula.
    for sep in [b',', b';'] {
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(sep)
            .flexible(true)
            .from_reader(body);
        let mut seen = false;
        for rec in reader.records() {
            for cell in rec.unwrap().iter() {
                seen |= cell.contains("Ann");
                assert!(
                    !cell.trim_start().starts_with(['=', '+', '-', '@']),
                    "{cell:?} with separator {}",
                    sep as char
                );
            }
        }
        assert!(seen);
    }
}

#[tokio::test]
async fn names_with_invisible_formatting_are_refused_and_other_scripts_accepted() {
    let app = TestApp::spawn_demo_signed_in(5, ATTENDEE).await;
    let save = |name: &'static str, org: &'static str| {
        let app = &app;
        async move {
            app.submit(
                "/account",
                "/account",
                &[
                    ("name", name),
                    ("country", "KE"),
                    ("organization", org),
                    ("time_zone", "Africa/Nairobi"),
                ],
            )
            .await
        }
    };
    for (name, org) in [
        ("\u{202E}nimda", ""),
        ("ad\u{200B}min", ""),
        ("Ann Lee", "Acme\u{2066} Ltd"),
    ] {
        let r = save(name, org).await;
        assert_eq!(r.status().as_u16(), 200, "{name:?} {org:?}");
        let html = r.text().await.unwrap();
        assert!(
            html.contains("Must not contain invisible formatting characters"),
            "{html}"
        );
    }
    for name in ["محمد بن سلمان", "王芳", "می\u{200C}خواهم"] {
        let r = save(name, "").await;
        assert_eq!(r.status().as_u16(), 303, "{name}");
        assert_eq!(name_of(&app, ATTENDEE).await, name);
    }
}

#[tokio::test]
async fn an_announcement_mail_loads_no_remote_image() {
    let app = TestApp::spawn_demo_signed_in(3, ORGANIZER).await;
    let new = format!("/organize/c/{SLUG}/announcements/new");
    let send = format!("/organize/c/{SLUG}/announcements/send");
    let body = "Hello ![our venue](http://tracker.example/p.gif)\n\n<img src=\"http://tracker.example/q.gif\">";
    let r = app
        .submit(
            &new,
            &send,
            &[
                ("subject", "Venue"),
                ("body", body),
                ("audience", "confirmed"),
                ("action", "send"),
            ],
        )
        .await;
    assert_eq!(r.status().as_u16(), 303);
    app.drain().await;
    let mail = &app.mails_to(ATTENDEE)[0];
    assert!(!mail.html.to_lowercase().contains("<img"), "{}", mail.html);
    assert!(!mail.html.contains("q.gif"));
    assert!(
        mail.html.contains("href=\"http://tracker.example/p.gif\""),
        "a link instead"
    );
}

#[tokio::test]
async fn the_zone_cookie_is_secure_under_https() {
    let app = TestApp::spawn_demo(0).await;
    let agenda = app.url(&format!("/c/{SLUG}/agenda?tz=Asia/Tokyo"));
    let cookie = |r: &reqwest::Response| {
        r.headers()
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|v| v.starts_with("plenary_tz="))
            .expect("the zone cookie")
            .to_string()
    };
    let plain = app.new_browser().get(&agenda).send().await.unwrap();
    assert!(!cookie(&plain).contains("Secure"));
    let https = app
        .new_browser()
        .get(&agenda)
        .header("X-Forwarded-Proto", "https")
        .send()
        .await
        .unwrap();
    assert!(cookie(&https).contains("Secure"), "{}", cookie(&https));
}
