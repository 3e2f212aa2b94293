//! Issue 12 through HTTP: an unconfirmed account cannot sign in (pre-account
//! hijacking), whoever proves the mailbox sets the password, confirmation and
//! change-of-email links change nothing until their button is pressed (mail
//! scanners, login CSRF), and a join link never adds a session to someone's picks
//! without a click.

mod common;

use chrono::Duration;
use common::{DEMO_PASSWORD, Page, TestApp, location, submit_with};
use diesel::prelude::*;
use plenary::db::schema::{enrollments, registrations, users};

const SLUG: &str = "ip-ai-2020";

fn fields<'a>(name: &'a str, email: &'a str, password: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("name", name),
        ("email", email),
        ("country", "GH"),
        ("organization", ""),
        ("time_zone", "Africa/Accra"),
        ("password", password),
        ("consent", "yes"),
    ]
}

/// Signs up for the demo conference in `client`; asserts the "check your email" answer.
async fn sign_up(app: &TestApp, client: &reqwest::Client, name: &str, email: &str, pw: &str) {
    let page = format!("/c/{SLUG}/register");
    let r = submit_with(client, &app.base, &page, &page, &fields(name, email, pw)).await;
    assert_eq!(r.status().as_u16(), 303, "sign-up of {email}");
    assert_eq!(location(&r), format!("/c/{SLUG}/register/sent"));
}

/// (email verified?, registration status) of `email`.
async fn account_state(app: &TestApp, email: &'static str) -> (bool, String) {
    app.with_db(move |c| {
        users::table
            .inner_join(registrations::table)
            .filter(users::email.eq(email))
            .select((
                users::email_verified_at.is_not_null(),
                registrations::status,
            ))
            .first(c)
            .expect("the account and its registration")
    })
    .await
}

async fn login_page(
    app: &TestApp,
    client: &reqwest::Client,
    email: &str,
    pw: &str,
) -> (u16, String) {
    let r = common::login_with(client, &app.base, email, pw).await;
    (r.status().as_u16(), r.text().await.expect("body"))
}

#[tokio::test]
async fn an_unconfirmed_account_cannot_sign_in_and_is_told_so_only_with_the_right_password() {
    let app = TestApp::spawn_demo(5).await;
    let email = "kofi@example.org";
    sign_up(&app, &app.client, "Kofi Annan", email, "kofi's passphrase").await;
    assert_eq!(account_state(&app, email).await, (false, "pending".into()));

    let browser = app.new_browser();
    let (status, page) = login_page(&app, &browser, email, "kofi's passphrase").await;
    assert_eq!(status, 200, "no sign-in before the address is confirmed");
    assert!(page.contains("Confirm your email address first"), "{page}");
    assert!(page.contains(&format!("href=\"/c/{SLUG}/register/resend\"")));
    assert!(
        browser
            .get(app.url("/account"))
            .send()
            .await
            .unwrap()
            .status()
            .is_redirection()
    );

    // Without the password the page says what it says for any wrong guess.
    let (status, page) = login_page(&app, &browser, email, "a wrong passphrase").await;
    assert_eq!(status, 200);
    assert!(page.contains("The email address or password is not correct"));
    assert!(!page.contains("Confirm your email address first"));

    // The resend link on the page works (the existing flow and its rate limit).
    let resend = format!("/c/{SLUG}/register/resend");
    let r = submit_with(&browser, &app.base, &resend, &resend, &[("email", email)]).await;
    assert_eq!(r.status().as_u16(), 303);
    app.drain().await;
    let confirms = app
        .mails_to(email)
        .iter()
        .filter(|m| m.subject.starts_with("Confirm"))
        .count();
    assert_eq!(confirms, 2, "the sign-up's link and the resent one");

    let link = app.confirm_path(email);
    assert_eq!(
        app.confirm_with(&browser, &link, "kofi's passphrase")
            .await
            .status()
            .as_u16(),
        303
    );
    let fresh = app.new_browser();
    let (status, _) = login_page(&app, &fresh, email, "kofi's passphrase").await;
    assert_eq!(status, 303, "signs in once confirmed");
}

#[tokio::test]
async fn whoever_confirms_a_second_sign_up_sets_the_password_and_the_first_stops_working() {
    let app = TestApp::spawn_demo(5).await;
    let email = "ama@example.org";
    // Someone who does not own the mailbox signs up first with a password of theirs…
    let squatter = app.new_browser();
    sign_up(&app, &squatter, "Not Ama", email, "squatter passphrase").await;
    // …then the owner signs up, not knowing; the page is the same "check your email".
    let owner = app.new_browser();
    sign_up(&app, &owner, "Ama Ata Aidoo", email, "owner's passphrase").await;
    app.drain().await;
    let mails: Vec<_> = app
        .mails_to(email)
        .into_iter()
        .filter(|m| m.subject.starts_with("Confirm"))
        .collect();
    assert_eq!(mails.len(), 2, "each sign-up mails its own link");
    // Each mail greets the name given at its sign-up: [squatter's, owner's].
    let link_for = |name: &str| {
        let m = mails
            .iter()
            .find(|m| m.text.contains(name))
            .unwrap_or_else(|| panic!("a confirmation mail for {name}"));
        let l = m.link_containing("/confirm/").expect("a link");
        l.strip_prefix(&app.base).unwrap().to_string()
    };
    let links = [link_for("Not Ama"), link_for("Ama Ata Aidoo")];
    assert_ne!(links[0], links[1]);
    assert_eq!(account_state(&app, email).await, (false, "pending".into()));

    // The owner cannot take on the squatter's password by confirming the squatter's
    // link: it asks for the password chosen at that sign-up.
    let r = app
        .confirm_with(&owner, &links[0], "owner's passphrase")
        .await;
    assert_eq!(r.status().as_u16(), 200);
    let page = r.text().await.unwrap();
    assert!(
        page.contains("This is not the password chosen when registering"),
        "{page}"
    );
    let r = app.press_link(&owner, &links[0]).await;
    assert_eq!(r.status().as_u16(), 200);
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("Enter the password you chose")
    );
    assert_eq!(account_state(&app, email).await, (false, "pending".into()));

    // The owner confirms the link of their own sign-up (the second mail).
    let r = app
        .confirm_with(&owner, &links[1], "owner's passphrase")
        .await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(location(&r), format!("/c/{SLUG}/me"));
    assert_eq!(account_state(&app, email).await, (true, "confirmed".into()));
    let (_, account) = {
        let r = owner.get(app.url("/account")).send().await.unwrap();
        (r.status().as_u16(), r.text().await.unwrap())
    };
    assert!(
        account.contains("Ama Ata Aidoo"),
        "the owner's name, not the squatter's"
    );

    let (status, page) = login_page(&app, &app.new_browser(), email, "squatter passphrase").await;
    assert_eq!(status, 200, "the first creator's password no longer works");
    assert!(page.contains("The email address or password is not correct"));
    let (status, _) = login_page(&app, &app.new_browser(), email, "owner's passphrase").await;
    assert_eq!(status, 303, "the password of the confirmed sign-up works");

    // The squatter's link, pressed later, does not bring their password back.
    let r = app.press_link(&app.new_browser(), &links[0]).await;
    assert_eq!(r.status().as_u16(), 303);
    let (status, _) = login_page(&app, &app.new_browser(), email, "squatter passphrase").await;
    assert_eq!(status, 200);
    let (status, _) = login_page(&app, &app.new_browser(), email, "owner's passphrase").await;
    assert_eq!(status, 303);
}

#[tokio::test]
async fn a_sign_up_for_a_confirmed_address_leaves_its_password_alone() {
    let app = TestApp::spawn_demo(5).await;
    let known = "attendee@demo.plenary.test";
    sign_up(
        &app,
        &app.new_browser(),
        "Someone Else",
        known,
        "someone else's pw",
    )
    .await;
    app.drain().await;
    let mails = app.mails_to(known);
    assert!(
        mails
            .iter()
            .any(|m| m.subject.starts_with("You already have an account"))
    );
    assert!(
        mails
            .iter()
            .all(|m| m.link_containing("/confirm/").is_none())
    );
    let (status, _) = login_page(&app, &app.new_browser(), known, "someone else's pw").await;
    assert_eq!(status, 200);
    let (status, _) = login_page(&app, &app.new_browser(), known, DEMO_PASSWORD).await;
    assert_eq!(status, 303);
}

#[tokio::test]
async fn opening_a_confirmation_link_changes_nothing_until_its_button_is_pressed() {
    let app = TestApp::spawn_demo(5).await;
    let email = "yaa@example.org";
    sign_up(
        &app,
        &app.client,
        "Yaa Asantewaa",
        email,
        "yaa's passphrase",
    )
    .await;
    app.drain().await;
    let link = app.confirm_path(email);

    // A mail scanner (no cookies) and the person's browser both fetch the link.
    let scanner = common::plain_client();
    for _ in 0..2 {
        let r = scanner.get(app.url(&link)).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 200);
        let body = r.text().await.unwrap();
        assert!(body.contains("Confirm my registration") && body.contains(email));
    }
    let (status, page) = app.get_html(&link).await;
    assert_eq!(status, 200);
    assert!(
        Page::parse(&page).csrf().len() > 10,
        "the button's form carries a token"
    );
    assert_eq!(account_state(&app, email).await, (false, "pending".into()));
    assert!(
        app.get("/account").await.status().is_redirection(),
        "opening the link signs nobody in"
    );

    // A cross-site POST (no token) is refused and confirms nothing.
    let forged = [("csrf", "forged")];
    let r = app
        .client
        .post(app.url(&link))
        .form(&forged)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 403);
    assert_eq!(account_state(&app, email).await, (false, "pending".into()));

    // The button confirms and signs in.
    let r = app
        .confirm_with(&app.client, &link, "yaa's passphrase")
        .await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(account_state(&app, email).await, (true, "confirmed".into()));
    assert_eq!(app.get("/account").await.status().as_u16(), 200);
}

#[tokio::test]
async fn a_visitor_signed_in_as_someone_else_is_asked_before_switching() {
    let app = TestApp::spawn_demo(5).await;
    let email = "efua@example.org";
    sign_up(
        &app,
        &app.new_browser(),
        "Efua Sutherland",
        email,
        "efua's passphrase",
    )
    .await;
    app.drain().await;
    let link = app.confirm_path(email);

    app.sign_in_demo(&app.client, "attendee@demo.plenary.test")
        .await;
    let (status, page) = app.get_html(&link).await;
    assert_eq!(status, 200);
    assert!(page.contains("You are signed in as \u{2068}attendee@demo.plenary.test\u{2069}"));
    assert!(page.contains("Sign out and confirm"));
    // Still the demo attendee, still unconfirmed.
    let (_, account) = app.get_html("/account").await;
    assert!(account.contains("attendee@demo.plenary.test"));
    assert!(!account_state(&app, email).await.0, "still unconfirmed");

    let r = app
        .confirm_with(&app.client, &link, "efua's passphrase")
        .await;
    assert_eq!(r.status().as_u16(), 303);
    let (_, account) = app.get_html("/account").await;
    assert!(
        account.contains(email),
        "signed in as the confirmed account now"
    );
}

#[tokio::test]
async fn opening_a_change_of_email_link_changes_nothing_until_its_button_is_pressed() {
    let app = TestApp::spawn_demo(5).await;
    app.sign_in_demo(&app.client, "attendee@demo.plenary.test")
        .await;
    let r = app
        .submit(
            "/account/email",
            "/account/email",
            &[
                ("email", "amina.new@example.org"),
                ("current", DEMO_PASSWORD),
            ],
        )
        .await;
    assert_eq!(r.status().as_u16(), 303);
    app.drain().await;
    let link = app.mails_to("amina.new@example.org")[0]
        .link_containing("/account/email/")
        .unwrap();
    let path = link.strip_prefix(&app.base).unwrap().to_string();
    let scanner = common::plain_client();
    let r = scanner.get(app.url(&path)).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
    assert!(r.text().await.unwrap().contains("amina.new@example.org"));
    let (_, account) = app.get_html("/account").await;
    assert!(
        account.contains("attendee@demo.plenary.test"),
        "unchanged by the GET"
    );

    let r = app.press_link(&app.client, &path).await;
    assert_eq!(r.status().as_u16(), 303);
    let (_, account) = app.get_html("/account").await;
    assert!(
        account.contains("amina.new@example.org")
            && account.contains("Your email address is changed.")
    );
}

/// A session of the demo conference open to everyone (no capacity, a meeting link)
/// that the demo attendee has not picked: (id, start).
async fn unpicked_open_session(app: &TestApp) -> (String, chrono::DateTime<chrono::Utc>) {
    app.with_db(|c| {
        let conf = plenary::db::conferences::by_slug(c, SLUG).unwrap().unwrap();
        let picked: Vec<String> = enrollments::table
            .inner_join(registrations::table.inner_join(users::table))
            .filter(users::email.eq("attendee@demo.plenary.test"))
            .select(enrollments::session_id)
            .load(c)
            .unwrap();
        plenary::db::sessions::for_conference(c, conf.id)
            .unwrap()
            .into_iter()
            .find(|s| {
                s.capacity.is_none()
                    && s.join_url.is_some()
                    && !s.cancelled
                    && !picked.contains(&s.id.to_string())
            })
            .map(|s| (s.id.to_string(), s.starts_at))
            .expect("an unpicked open session")
    })
    .await
}

async fn enrollment(app: &TestApp, session: String) -> Option<Option<chrono::NaiveDateTime>> {
    app.with_db(move |c| {
        enrollments::table
            .inner_join(registrations::table.inner_join(users::table))
            .filter(users::email.eq("attendee@demo.plenary.test"))
            .filter(enrollments::session_id.eq(session))
            .select(enrollments::attended_at)
            .first(c)
            .optional()
            .unwrap()
    })
    .await
}

#[tokio::test]
async fn a_join_link_of_an_unpicked_session_enrolls_nobody_without_a_click() {
    let app = TestApp::spawn_demo(5).await;
    app.sign_in_demo(&app.client, "attendee@demo.plenary.test")
        .await;
    let (session, starts) = unpicked_open_session(&app).await;
    app.clock.set(starts + Duration::minutes(1));
    let join = format!("/c/{SLUG}/sessions/{session}/join");

    let (status, page) = app.get_html(&join).await;
    assert_eq!(status, 200, "a page, not a redirect to the meeting");
    assert!(page.contains("Pick and join"));
    assert_eq!(
        enrollment(&app, session.clone()).await,
        None,
        "GET enrolls nothing"
    );

    // A cross-site form cannot press the button.
    let forged = [("csrf", "forged")];
    let r = app
        .client
        .post(app.url(&join))
        .form(&forged)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 403);
    assert_eq!(enrollment(&app, session.clone()).await, None);

    let r = app.submit(&join, &join, &[]).await;
    assert_eq!(r.status().as_u16(), 303);
    assert!(location(&r).starts_with("https://"), "{}", location(&r));
    assert!(
        matches!(enrollment(&app, session.clone()).await, Some(Some(_))),
        "picked and attended after the click"
    );
    // Now picked: the link goes straight to the meeting.
    let r = app.get(&join).await;
    assert_eq!(r.status().as_u16(), 303);
}

#[tokio::test]
async fn pick_and_join_before_the_window_records_nothing() {
    let app = TestApp::spawn_demo(5).await;
    app.sign_in_demo(&app.client, "attendee@demo.plenary.test")
        .await;
    let (session, starts) = unpicked_open_session(&app).await;
    app.clock.set(starts - Duration::hours(2));
    let join = format!("/c/{SLUG}/sessions/{session}/join");
    let (status, page) = app.get_html(&join).await;
    assert_eq!(status, 200);
    assert!(page.contains("The link opens") && !page.contains("Pick and join"));
    // Even a forged-by-hand press of the button (with a real token) is refused.
    let r = app.submit("/account", &join, &[]).await;
    assert_eq!(r.status().as_u16(), 200);
    assert_eq!(enrollment(&app, session).await, None);
}

#[tokio::test]
async fn create_admin_on_an_unconfirmed_account_vouches_for_its_address() {
    let app = TestApp::spawn_demo(5).await;
    let email = "root@example.org";
    sign_up(
        &app,
        &app.new_browser(),
        "Someone",
        email,
        "a squatter's password",
    )
    .await;
    let db = app.db.clone();
    tokio::task::spawn_blocking(move || {
        plenary::admin::create_admin(&db, email, "Root", "CH", "the operator's password")
    })
    .await
    .unwrap()
    .expect("create-admin");
    assert!(account_state(&app, email).await.0, "marked verified");
    let (status, _) = login_page(&app, &app.new_browser(), email, "the operator's password").await;
    assert_eq!(status, 303);
    let (status, _) = login_page(&app, &app.new_browser(), email, "a squatter's password").await;
    assert_eq!(status, 200);
}
