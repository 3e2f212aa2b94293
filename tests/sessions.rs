//! Login sessions end on the server: a cookie copied before signing out stops
//! working (GET and POST), "Sign out everywhere" reaches every browser, and a
//! password change signs out everyone else.

mod common;

use common::{DEMO_PASSWORD, Page, TestApp, location};

const ATTENDEE: &str = "attendee@demo.plenary.test";

/// The `plenary` login cookie a response sets, as a `Cookie` header value.
fn login_cookie(r: &reqwest::Response) -> String {
    r.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("plenary="))
        .and_then(|v| v.split(';').next())
        .expect("a login cookie")
        .to_string()
}

/// Whoever holds a copy of `cookie`: a client without a jar that always sends it.
struct Thief {
    client: reqwest::Client,
    cookie: String,
}

impl Thief {
    async fn get(&self, app: &TestApp, path: &str) -> reqwest::Response {
        self.client
            .get(app.url(path))
            .header("cookie", &self.cookie)
            .send()
            .await
            .expect("GET")
    }

    async fn post(&self, app: &TestApp, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(app.url(path))
            .header("cookie", &self.cookie)
            .form(form)
            .send()
            .await
            .expect("POST")
    }
}

async fn name_of(app: &TestApp, email: &'static str) -> String {
    use diesel::prelude::*;
    use plenary::db::schema::users;
    app.with_db(move |c| {
        users::table
            .filter(users::email.eq(email))
            .select(users::name)
            .first::<String>(c)
            .expect("user")
    })
    .await
}

#[tokio::test]
async fn a_cookie_copied_before_sign_out_stops_working_for_get_and_post() {
    let app = TestApp::spawn_demo(5).await;
    let r = app.login(ATTENDEE, DEMO_PASSWORD).await;
    assert_eq!(r.status().as_u16(), 303);
    let thief = Thief {
        client: common::new_client(),
        cookie: login_cookie(&r),
    };
    // The copy works while the owner is signed in, and carries the form token.
    let r = thief.get(&app, "/account").await;
    assert_eq!(r.status().as_u16(), 200);
    let csrf = Page::parse(&r.text().await.unwrap()).csrf();

    let r = app.submit("/", "/logout", &[]).await;
    assert_eq!(r.status().as_u16(), 303);

    let r = thief.get(&app, "/account").await;
    assert_eq!(r.status().as_u16(), 303);
    assert!(location(&r).starts_with("/login"), "{}", location(&r));
    let r = thief
        .post(
            &app,
            "/account",
            &[
                ("csrf", csrf.as_str()),
                ("name", "Changed By Someone Else"),
                ("country", "KE"),
                ("organization", ""),
                ("time_zone", "UTC"),
            ],
        )
        .await;
    assert_eq!(r.status().as_u16(), 303);
    assert!(location(&r).starts_with("/login"), "{}", location(&r));
    assert_eq!(name_of(&app, ATTENDEE).await, "Amina Demo-Attendee");
    let r = thief
        .post(
            &app,
            "/account/sign-out-everywhere",
            &[("csrf", csrf.as_str())],
        )
        .await;
    assert!(location(&r).starts_with("/login"), "{}", location(&r));
}

#[tokio::test]
async fn sign_out_everywhere_signs_out_every_browser_including_this_one() {
    let app = TestApp::spawn_demo(5).await;
    app.sign_in_demo(&app.client, ATTENDEE).await;
    let phone = app.demo_browser(ATTENDEE).await;
    let (status, page) = app.get_page("/account").await;
    assert_eq!(status, 200);
    assert!(
        page.text("#signed-in")
            .contains("\u{2068}2\u{2069} browsers"),
        "{}",
        page.text("#signed-in")
    );

    let r = app
        .submit("/account", "/account/sign-out-everywhere", &[])
        .await;
    assert_eq!(r.status().as_u16(), 303);

    for client in [&app.client, &phone] {
        let r = client.get(app.url("/account")).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 303);
        assert!(location(&r).starts_with("/login"));
    }
    // Signing in again works, and this browser is the only one.
    app.sign_in_demo(&app.client, ATTENDEE).await;
    let (_, page) = app.get_page("/account").await;
    assert!(page.text("#signed-in").contains("this browser only"));
}

#[tokio::test]
async fn a_password_change_signs_out_the_other_browsers_and_keeps_this_one() {
    let app = TestApp::spawn_demo(5).await;
    app.sign_in_demo(&app.client, ATTENDEE).await;
    let laptop = app.demo_browser(ATTENDEE).await;
    let r = app
        .submit(
            "/account/password",
            "/account/password",
            &[
                ("current", DEMO_PASSWORD),
                ("password", "a brand new passphrase"),
            ],
        )
        .await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(app.get("/account").await.status().as_u16(), 200);
    let r = laptop.get(app.url("/account")).send().await.unwrap();
    assert!(location(&r).starts_with("/login"));
}

#[tokio::test]
async fn sign_in_sessions_are_stored_hashed_and_ended_ones_are_pruned() {
    use diesel::prelude::*;
    use plenary::db::schema::login_sessions;
    let app = TestApp::spawn_demo(5).await;
    for _ in 0..3 {
        let r = app.login(ATTENDEE, DEMO_PASSWORD).await;
        let cookie = login_cookie(&r);
        app.submit("/", "/logout", &[]).await;
        assert!(!cookie.is_empty());
    }
    // Three ended sessions are kept until the next sign-in prunes them.
    app.sign_in_demo(&app.client, ATTENDEE).await;
    let rows: Vec<(String, Option<chrono::NaiveDateTime>)> = app
        .with_db(|c| {
            login_sessions::table
                .select((login_sessions::id_hash, login_sessions::revoked_at))
                .load(c)
                .expect("sessions")
        })
        .await;
    assert_eq!(rows.len(), 1, "ended sessions pruned at sign-in");
    assert_eq!(rows[0].0.len(), 64, "a SHA-256, not the cookie's id");
    assert!(rows[0].1.is_none());
}

/// Not a test: times a signed-in page (`cargo test --test sessions -- --ignored --nocapture`).
#[tokio::test]
#[ignore]
async fn measure_a_signed_in_page() {
    let app = TestApp::spawn_demo(5).await;
    app.sign_in_demo(&app.client, ATTENDEE).await;
    for _ in 0..50 {
        assert_eq!(app.get("/account/password").await.status().as_u16(), 200);
    }
    let n = 500;
    let started = std::time::Instant::now();
    for _ in 0..n {
        assert_eq!(app.get("/account/password").await.status().as_u16(), 200);
    }
    let per = started.elapsed().as_micros() as f64 / n as f64;
    println!("GET /account/password signed in: {per:.0} µs per request ({n} requests)");
}

#[tokio::test]
async fn signed_in_pages_send_the_cookie_again_only_when_it_changes() {
    let app = TestApp::spawn_demo(5).await;
    let r = app.login(ATTENDEE, DEMO_PASSWORD).await;
    let signed_in = Thief {
        client: common::new_client(),
        cookie: login_cookie(&r),
    };
    // Sign-in left a one-time message: the page that shows it takes it out of the
    // cookie, so that response sends the cookie again.
    let r = signed_in.get(&app, "/account").await;
    assert_eq!(r.status().as_u16(), 200);
    let reader = Thief {
        client: common::new_client(),
        cookie: login_cookie(&r),
    };
    assert!(r.headers().get("set-cookie").is_some());
    let body = r.text().await.unwrap();
    assert!(body.contains("Signed in as"), "the message is shown once");
    // Reading pages changes nothing in the cookie, so it is not re-encrypted and sent.
    for path in ["/c/ip-ai-2020/agenda", "/account", "/c/ip-ai-2020", "/"] {
        let r = reader.get(&app, path).await;
        assert_eq!(r.status().as_u16(), 200, "{path}");
        assert!(
            r.headers().get("set-cookie").is_none(),
            "{path} re-sends an unchanged cookie"
        );
    }
    // An hour on, the login session is marked as used again and the cookie's lifetime
    // starts again with it, so someone active is never signed out by the browser.
    app.clock.advance(chrono::Duration::hours(2));
    let r = reader.get(&app, "/c/ip-ai-2020/agenda").await;
    let cookie = r
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .expect("the cookie is renewed")
        .to_string();
    assert!(cookie.contains("Max-Age=1209600"), "{cookie}");
    assert!(Page::parse(&r.text().await.unwrap()).csrf().len() > 10);
    // Two idle weeks later the login session has ended on the server.
    app.clock.advance(chrono::Duration::days(15));
    let r = reader.get(&app, "/account").await;
    assert_eq!(r.status().as_u16(), 303, "signed out");
}
