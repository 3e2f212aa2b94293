//! "My conference" through HTTP: join links inside their window (with a clock the
//! test controls), session capacity and its waiting list, overlaps, one-click
//! registration, closed registration windows, and bad input on the sign-up form.

mod common;

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use common::{TestApp, location, opening_id, opening_utc, submit_with};
use diesel::prelude::*;
use plenary::db::schema::{enrollments, registrations, users};
use plenary::db::{self, conferences::NewConference, sessions::NewSession};
use plenary::domain::status::SessionKind;
use plenary::domain::{ConferenceId, SessionId};

#[tokio::test]
async fn the_join_link_shows_only_inside_its_window_and_records_attendance() {
    let app = TestApp::spawn_demo(5).await;
    app.sign_in_demo(&app.client, "attendee@demo.plenary.test")
        .await;
    let opening = opening_id(&app).await;
    let join = format!("/c/ip-ai-2020/sessions/{opening}/join");

    app.clock.set(opening_utc() - Duration::minutes(30));
    let (_, me) = app.get_html("/c/ip-ai-2020/me").await;
    assert!(!me.contains(&join), "no link 30 minutes before");
    assert!(me.contains("Join link from"));
    let r = app.get(&join).await;
    assert_eq!(r.status().as_u16(), 200);
    // Fluent isolates the placeables (U+2068 … U+2069).
    assert!(
        r.text()
            .await
            .unwrap()
            .replace(['\u{2068}', '\u{2069}'], "")
            .contains("The link opens 15 minutes before")
    );

    app.clock.set(opening_utc() - Duration::minutes(10));
    let (_, me) = app.get_html("/c/ip-ai-2020/me").await;
    assert!(me.contains(&join), "link 10 minutes before");
    let r = app.get(&join).await;
    assert_eq!(r.status().as_u16(), 303);
    assert!(location(&r).starts_with("https://meet.example.org/"));
    let attended: Option<chrono::NaiveDateTime> = app
        .with_db(move |c| {
            enrollments::table
                .inner_join(registrations::table.inner_join(users::table))
                .filter(users::email.eq("attendee@demo.plenary.test"))
                .filter(enrollments::session_id.eq(opening))
                .select(enrollments::attended_at)
                .first(c)
                .unwrap()
        })
        .await;
    assert!(attended.is_some());

    app.clock.set(opening_utc() + Duration::hours(3));
    let (_, me) = app.get_html("/c/ip-ai-2020/me").await;
    assert!(!me.contains(&join), "no link after the end");
    assert_eq!(app.get(&join).await.status().as_u16(), 200);
}

#[tokio::test]
async fn a_pending_registrant_never_sees_a_join_link() {
    let app = TestApp::spawn_demo(5).await;
    app.clock.set(opening_utc() - Duration::minutes(5));
    let fields = [
        ("name", "Pending Person"),
        ("email", "pending@example.org"),
        ("country", "BR"),
        ("organization", ""),
        ("time_zone", "America/Sao_Paulo"),
        ("password", "pending password"),
        ("consent", "yes"),
    ];
    app.submit("/c/ip-ai-2020/register", "/c/ip-ai-2020/register", &fields)
        .await;
    let r = app.login("pending@example.org", "pending password").await;
    assert_eq!(
        r.status().as_u16(),
        200,
        "no sign-in before the address is confirmed"
    );
    // A password reset proves the address without confirming the registration: the
    // person is signed in while their registration here is still pending.
    app.submit(
        "/password/reset",
        "/password/reset",
        &[("email", "pending@example.org")],
    )
    .await;
    app.drain().await;
    let reset = app
        .mails_to("pending@example.org")
        .iter()
        .find_map(|m| m.link_containing("/password/reset/"))
        .expect("a reset link");
    let reset = reset.strip_prefix(&app.base).unwrap().to_string();
    let r = app
        .submit(&reset, &reset, &[("password", "pending password")])
        .await;
    assert_eq!(r.status().as_u16(), 303);
    let (_, me) = app.get_html("/c/ip-ai-2020/me").await;
    assert!(me.contains("Pending email confirmation"));
    assert!(!me.contains("/join\""), "no join link for pending");
    assert!(
        !me.contains("Pick this session"),
        "pending registrants cannot pick yet"
    );
    let opening = opening_id(&app).await;
    let r = app
        .get(&format!("/c/ip-ai-2020/sessions/{opening}/join"))
        .await;
    assert_eq!(r.status().as_u16(), 200);
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("for confirmed registrants")
    );
    // Anonymous visitors are sent to sign in.
    let anon = app.new_browser();
    let r = anon
        .get(app.url(&format!("/c/ip-ai-2020/sessions/{opening}/join")))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 303);
    assert!(location(&r).starts_with("/login?next=/c/ip-ai-2020/sessions/"));
}

/// A conference in the future with one capped workshop and two overlapping talks.
async fn future_conference(app: &TestApp, capacity: i32) -> (SessionId, SessionId, SessionId) {
    let (w, a, b) = (SessionId::new(), SessionId::new(), SessionId::new());
    app.with_db(move |c| {
        let id = ConferenceId::new();
        let now = Utc::now();
        db::conferences::insert(
            c,
            &NewConference {
                id,
                slug: "future",
                title: "Future Forum",
                description: "Soon.",
                tz: chrono_tz::Asia::Tokyo,
                starts_on: NaiveDate::from_ymd_opt(2031, 5, 5).unwrap(),
                ends_on: NaiveDate::from_ymd_opt(2031, 5, 6).unwrap(),
                registration_opens_at: None,
                registration_closes_at: None,
                capacity: None,
                privacy_notice: "Privacy.",
                published: true,
            },
            now,
        )
        .unwrap();
        let at = |h: u32| {
            chrono_tz::Asia::Tokyo
                .with_ymd_and_hms(2031, 5, 5, h, 0, 0)
                .unwrap()
                .with_timezone(&Utc)
        };
        for (sid, title, start, cap) in [
            (w, "Hands-on workshop", at(9), Some(capacity)),
            (a, "Talk A", at(13), None),
            (b, "Talk B", at(13), None),
        ] {
            db::sessions::insert(
                c,
                &NewSession {
                    id: sid,
                    conference_id: id,
                    title,
                    summary: "",
                    kind: SessionKind::Workshop,
                    starts_at: start,
                    ends_at: start + Duration::minutes(90),
                    track: "",
                    capacity: cap,
                    join_url: Some("https://meet.example.org/x"),
                },
                now,
            )
            .unwrap();
        }
    })
    .await;
    (w, a, b)
}

async fn pick(app: &TestApp, client: &reqwest::Client, session: SessionId, action: &str) -> String {
    let id = session.to_string();
    submit_with(
        client,
        &app.base,
        "/c/future/me",
        "/c/future/me/picks",
        &[("session", &id), ("action", action)],
    )
    .await;
    client
        .get(app.url("/c/future/me"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_full_session_waitlists_and_promotes_when_a_place_frees() {
    let app = TestApp::spawn_demo(5).await;
    let (workshop, a, b) = future_conference(&app, 1).await;
    let first = app.new_browser();
    let second = app.new_browser();
    app.sign_in_demo(&first, "attendee@demo.plenary.test").await;
    app.sign_in_demo(&second, "speaker@demo.plenary.test").await;
    for browser in [&first, &second] {
        let r = submit_with(
            browser,
            &app.base,
            "/c/future/register",
            "/c/future/register/join",
            &[("country", "CH"), ("consent", "yes")],
        )
        .await;
        assert_eq!(location(&r), "/c/future/me");
    }
    let page = pick(&app, &first, workshop, "pick").await;
    assert!(page.contains("Session added to your picks."));
    let page = pick(&app, &second, workshop, "pick").await;
    assert!(
        page.contains("you are on its waiting list"),
        "second is waitlisted"
    );
    // Overlaps are pointed out.
    pick(&app, &first, a, "pick").await;
    let page = pick(&app, &first, b, "pick").await;
    assert!(page.contains("Overlaps with your pick “\u{2068}Talk A\u{2069}”"));
    // The first gives up the place: the second gets it and a mail.
    pick(&app, &first, workshop, "unpick").await;
    let statuses: Vec<(String, String)> = app
        .with_db(move |c| {
            enrollments::table
                .filter(enrollments::session_id.eq(workshop.to_string()))
                .inner_join(registrations::table.inner_join(users::table))
                .select((users::email, enrollments::status))
                .load(c)
                .unwrap()
        })
        .await;
    assert_eq!(
        statuses,
        vec![(
            "speaker@demo.plenary.test".to_string(),
            "enrolled".to_string()
        )]
    );
    app.drain().await;
    assert!(app.mails_to("speaker@demo.plenary.test").iter().any(|m| {
        m.subject
            .contains("You have a place in \"Hands-on workshop\"")
    }));
    // One-click registration for a signed-in user sent a confirmation with a calendar file.
    let confirmed = app.mails_to("attendee@demo.plenary.test");
    assert!(confirmed.iter().any(
        |m| m.subject.starts_with("You are registered: Future Forum") && !m.attachments.is_empty()
    ));
}

#[tokio::test]
async fn a_closed_registration_window_says_when() {
    let app = TestApp::spawn().await;
    app.with_db(|c| {
        let opens = Utc.with_ymd_and_hms(2031, 1, 10, 8, 0, 0).unwrap();
        db::conferences::insert(
            c,
            &NewConference {
                id: ConferenceId::new(),
                slug: "later",
                title: "Later Forum",
                description: "",
                tz: chrono_tz::Europe::Zurich,
                starts_on: NaiveDate::from_ymd_opt(2031, 3, 1).unwrap(),
                ends_on: NaiveDate::from_ymd_opt(2031, 3, 1).unwrap(),
                registration_opens_at: Some(opens),
                registration_closes_at: Some(opens + Duration::days(30)),
                capacity: None,
                privacy_notice: "",
                published: true,
            },
            Utc::now(),
        )
        .unwrap();
    })
    .await;
    app.clock
        .set(Utc.with_ymd_and_hms(2030, 12, 1, 8, 0, 0).unwrap());
    let (status, page) = app.get_html("/c/later/register").await;
    let page = plenary::domain::l10n::strip_isolation(&page);
    assert_eq!(status, 200);
    assert!(
        page.contains("Registration opens on Friday 10 January 2031 at 09:00 CET"),
        "{page}"
    );
    assert!(!page.contains("name=\"password\""));
    app.clock
        .set(Utc.with_ymd_and_hms(2031, 2, 20, 8, 0, 0).unwrap());
    let (_, page) = app.get_html("/c/later/register").await;
    let page = plenary::domain::l10n::strip_isolation(&page);
    assert!(page.contains("Registration closed on Sunday 9 February 2031"));
}

#[tokio::test]
async fn the_sign_up_form_reports_every_error_at_once_and_keeps_values_but_not_the_password() {
    let app = TestApp::spawn_demo(5).await;
    let fields = [
        ("name", "Ann\u{0008}"),
        ("email", "not-an-email"),
        ("country", "ZZ"),
        ("organization", "Ωmega Institute"),
        ("time_zone", "Nowhere/City"),
        ("password", "short"),
    ];
    let r = app
        .submit("/c/ip-ai-2020/register", "/c/ip-ai-2020/register", &fields)
        .await;
    assert_eq!(r.status().as_u16(), 200);
    let page = r.text().await.unwrap();
    assert!(page.contains("<title>Error: Register"));
    for field in [
        "name",
        "email",
        "country",
        "time_zone",
        "password",
        "consent",
    ] {
        assert!(
            page.contains(&format!("href=\"#{field}\"")),
            "summary links to {field}"
        );
        assert!(
            page.contains(&format!("id=\"{field}-error\"")),
            "message at {field}"
        );
    }
    assert!(
        page.contains("value=\"not-an-email\"")
            && page.contains("value=\"Ωmega Institute\"")
            && page.contains("value=\"Nowhere/City\"")
    );
    assert!(
        !page.contains("value=\"short\""),
        "the password is never echoed"
    );
    let n: i64 = app
        .with_db(|c| {
            users::table
                .filter(users::email.eq("not-an-email"))
                .count()
                .get_result(c)
                .unwrap()
        })
        .await;
    assert_eq!(n, 0);

    // Names in any script are kept exactly.
    let ok = [
        ("name", "Nguyễn Thị Minh Khai"),
        ("email", "nguyen@example.org"),
        ("country", "VN"),
        ("organization", ""),
        ("time_zone", "Asia/Ho_Chi_Minh"),
        ("password", "long enough password"),
        ("consent", "yes"),
    ];
    assert_eq!(
        app.submit("/c/ip-ai-2020/register", "/c/ip-ai-2020/register", &ok)
            .await
            .status()
            .as_u16(),
        303
    );
    let name: String = app
        .with_db(|c| {
            users::table
                .filter(users::email.eq("nguyen@example.org"))
                .select(users::name)
                .first(c)
                .unwrap()
        })
        .await;
    assert_eq!(name, "Nguyễn Thị Minh Khai");
}

#[tokio::test]
async fn an_oversized_form_gets_a_413_page() {
    let app = TestApp::spawn_demo(5).await;
    let huge = "x".repeat(300 * 1024);
    let r = app
        .submit(
            "/c/ip-ai-2020/register",
            "/c/ip-ai-2020/register",
            &[("name", &huge)],
        )
        .await;
    assert_eq!(r.status().as_u16(), 413);
    assert!(r.text().await.unwrap().contains("too large"));
}
