//! Rate limits slow guessing without locking the owner out: failures count, per
//! (account, address) and per address with 429 and `Retry-After`, while the account's
//! looser ceiling only adds a bounded delay; successes never count; every check of a
//! current password or a link's token is limited; the limiter forgets old keys; and
//! on PostgreSQL two instances share one count.

mod common;

use std::time::{Duration, Instant};

use common::{DEMO_PASSWORD, Page, Template, TestApp, location};

const ATTENDEE: &str = "attendee@demo.plenary.test";

/// A demo app behind a (trusted) proxy on loopback, so each request can say which
/// visitor address it comes from.
async fn behind_proxy() -> TestApp {
    TestApp::spawn_from(Template::Demo(5), |s| {
        s.trusted_proxies = vec!["127.0.0.1/32".parse().expect("cidr")];
    })
    .await
}

/// Submits the login form as the visitor at `ip`, in a browser of its own.
async fn login_from(app: &TestApp, ip: &str, email: &str, password: &str) -> reqwest::Response {
    let client = app.new_browser();
    let html = client
        .get(app.url("/login"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let csrf = Page::parse(&html).csrf();
    client
        .post(app.url("/login"))
        .header("x-forwarded-for", ip)
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", email),
            ("password", password),
        ])
        .send()
        .await
        .expect("POST /login")
}

fn retry_after(r: &reqwest::Response) -> u64 {
    r.headers()
        .get("retry-after")
        .expect("Retry-After")
        .to_str()
        .unwrap()
        .parse()
        .unwrap()
}

#[tokio::test]
async fn the_right_password_still_signs_in_after_50_wrong_ones_from_elsewhere() {
    let app = behind_proxy().await;
    // One guesser: five failures, then refused at that address.
    let mut refused = 0;
    for _ in 0..50 {
        let r = login_from(&app, "203.0.113.66", ATTENDEE, "wrong guess").await;
        if r.status().as_u16() == 429 {
            refused += 1;
            assert!(retry_after(&r) >= 1);
        }
    }
    assert_eq!(refused, 45, "the guesser's address is limited after 5");
    // Many guessers at once, each from its own address (a botnet).
    let app = std::sync::Arc::new(app);
    let mut guesses = tokio::task::JoinSet::new();
    for n in 1..=50 {
        let app = app.clone();
        guesses.spawn(async move {
            let ip = format!("198.51.100.{n}");
            login_from(&app, &ip, ATTENDEE, "wrong guess")
                .await
                .status()
                .as_u16()
        });
    }
    while let Some(status) = guesses.join_next().await {
        assert_eq!(
            status.unwrap(),
            200,
            "a wrong password is answered, not refused"
        );
    }
    // The owner, from home: signed in, after at most the ceiling's delay.
    let started = Instant::now();
    let r = login_from(&app, "192.0.2.10", ATTENDEE, DEMO_PASSWORD).await;
    assert_eq!(r.status().as_u16(), 303);
    let waited = started.elapsed();
    assert!(waited < Duration::from_secs(6), "waited {waited:?}");
    // The ceiling did slow the guessing down.
    let started = Instant::now();
    let r = login_from(&app, "198.51.100.200", ATTENDEE, "wrong guess").await;
    assert_eq!(r.status().as_u16(), 200);
    assert!(
        started.elapsed() >= Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn successful_sign_ins_do_not_use_up_the_limit() {
    let app = TestApp::spawn_demo(5).await;
    for n in 0..30 {
        let r = common::login_with(&app.new_browser(), &app.base, ATTENDEE, DEMO_PASSWORD).await;
        assert_eq!(r.status().as_u16(), 303, "sign-in {n}");
    }
    // And failures still count: five, then 429 from this address.
    for _ in 0..5 {
        assert_eq!(
            app.login(ATTENDEE, "wrong guess").await.status().as_u16(),
            200
        );
    }
    assert_eq!(
        app.login(ATTENDEE, "wrong guess").await.status().as_u16(),
        429
    );
}

#[tokio::test]
async fn every_current_password_form_is_limited() {
    for (form, extra) in [
        ("/account/password", ("password", "a brand new passphrase")),
        ("/account/email", ("email", "new-address@example.org")),
        ("/account/delete", ("unused", "")),
    ] {
        let app = TestApp::spawn_demo_signed_in(5, ATTENDEE).await;
        for n in 0..5 {
            let r = app
                .submit(form, form, &[("current", "not my password"), extra])
                .await;
            assert_eq!(r.status().as_u16(), 200, "{form} try {n}");
            assert!(r.text().await.unwrap().contains("not correct"));
        }
        let r = app
            .submit(form, form, &[("current", "not my password"), extra])
            .await;
        assert_eq!(r.status().as_u16(), 429, "{form}");
        assert!(retry_after(&r) >= 30, "{form}");
        // The right password is refused too while limited: no oracle.
        let r = app
            .submit(form, form, &[("current", DEMO_PASSWORD), extra])
            .await;
        assert_eq!(r.status().as_u16(), 429, "{form}");
    }
}

#[tokio::test]
async fn a_right_current_password_does_not_count() {
    let app = TestApp::spawn_demo_signed_in(5, ATTENDEE).await;
    for n in 0..8 {
        let r = app
            .submit(
                "/account/email",
                "/account/email",
                &[
                    ("current", DEMO_PASSWORD),
                    ("email", "attendee@demo.plenary.test"),
                ],
            )
            .await;
        // Same address: a field error, after the password was checked and right.
        assert_eq!(r.status().as_u16(), 200, "try {n}");
        assert!(
            r.text()
                .await
                .unwrap()
                .contains("already your email address")
        );
    }
}

#[tokio::test]
async fn unknown_link_tokens_are_limited_per_address() {
    let app = behind_proxy().await;
    let forms = ["/password/reset/not-a-token", "/invite/not-a-token"];
    let links = [
        "/confirm/not-a-token",
        "/account/email/not-a-token",
        "/feeds/NotAFeedTokenAtAll0000000000.ics",
    ];
    for (n, path) in forms.iter().chain(links.iter()).enumerate() {
        let ip = format!("203.0.113.{}", n + 1);
        let mut statuses = Vec::new();
        for _ in 0..11 {
            let r = if forms.contains(path) {
                // An unknown link's page has no form: any page gives the token.
                let html = app.get_html("/login").await.1;
                let csrf = Page::parse(&html).csrf();
                app.client
                    .post(app.url(path))
                    .header("x-forwarded-for", &ip)
                    .form(&[
                        ("csrf", csrf.as_str()),
                        ("password", "a sturdy passphrase"),
                        ("country", "KE"),
                    ])
                    .send()
                    .await
                    .unwrap()
            } else {
                app.client
                    .get(app.url(path))
                    .header("x-forwarded-for", &ip)
                    .send()
                    .await
                    .unwrap()
            };
            statuses.push(r.status().as_u16());
        }
        assert!(
            statuses[..10].iter().all(|s| *s != 429),
            "{path}: {statuses:?}"
        );
        assert_eq!(statuses[10], 429, "{path}: {statuses:?}");
    }
}

#[tokio::test]
async fn a_calendar_service_polling_a_real_feed_is_never_limited() {
    let app = behind_proxy().await;
    app.login(ATTENDEE, DEMO_PASSWORD).await;
    let me = format!("/c/{}/me", plenary::demo::DEMO_SLUG);
    let r = app.submit(&me, &format!("{me}/feed"), &[]).await;
    assert_eq!(r.status().as_u16(), 303);
    let url = app.get_page(&me).await.1.text(".feed-url");
    let path = &url[url.find("/feeds/").expect("feed address shown")..];
    // A calendar service polls many people's feeds from one address.
    let calendar_service = common::plain_client();
    for n in 0..30 {
        let r = calendar_service
            .get(app.url(path))
            .header("x-forwarded-for", "198.51.100.7")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 200, "poll {n}");
    }
}

/// How many keys the app's limiter keeps (rows on PostgreSQL, entries on SQLite).
async fn limiter_keys(app: &TestApp) -> usize {
    match app.limits.keys_in_memory() {
        Some(n) => n,
        None => {
            app.with_db(|c| plenary::db::ratelimit::count(c).expect("count") as usize)
                .await
        }
    }
}

#[tokio::test]
async fn the_limiter_forgets_keys_whose_time_has_passed() {
    let app = behind_proxy().await;
    for n in 1..=12 {
        let r = login_from(&app, &format!("203.0.113.{n}"), ATTENDEE, "wrong guess").await;
        assert_eq!(r.status().as_u16(), 200);
    }
    // A pair and an address key per guesser, and the account's ceiling.
    assert_eq!(limiter_keys(&app).await, 12 * 2 + 1);
    app.clock.advance(chrono::Duration::hours(2));
    let r = login_from(&app, "192.0.2.10", ATTENDEE, "wrong guess").await;
    assert_eq!(r.status().as_u16(), 200);
    assert_eq!(
        limiter_keys(&app).await,
        3,
        "only the last guess's keys are left"
    );
}

#[tokio::test]
async fn two_instances_on_postgresql_share_one_count() {
    let first = behind_proxy().await;
    if first.limits.keys_in_memory().is_some() {
        eprintln!("SQLite: one process, limits in memory; nothing shared to test");
        return;
    }
    let second = first.sibling().await;
    for n in 0..5 {
        let app = if n % 2 == 0 { &first } else { &second };
        let r = login_from(app, "203.0.113.5", ATTENDEE, "wrong guess").await;
        assert_eq!(r.status().as_u16(), 200, "guess {n}");
    }
    for app in [&first, &second] {
        let r = login_from(app, "203.0.113.5", ATTENDEE, "wrong guess").await;
        assert_eq!(r.status().as_u16(), 429);
    }
    // A sign-in through the second instance works on the first (shared sessions).
    let r = login_from(&second, "192.0.2.10", ATTENDEE, DEMO_PASSWORD).await;
    assert_eq!(r.status().as_u16(), 303);
    assert!(!location(&r).starts_with("/login"));
}
