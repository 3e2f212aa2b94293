//! Accounts through HTTP: login and its rate limit, CSRF, password reset by email,
//! change of password and email, profile edits, deleting the account and
//! downloading one's data.

mod common;

use common::{DEMO_PASSWORD, TestApp, location, login_with};
use diesel::prelude::*;
use plenary::db::schema::{registrations, users};

#[tokio::test]
async fn the_demo_attendee_signs_in_and_out() {
    let app = TestApp::spawn_demo(5).await;
    let r = app.login("attendee@demo.plenary.test", DEMO_PASSWORD).await;
    assert_eq!(r.status().as_u16(), 303);
    let (_, home) = app.get_html("/").await;
    assert!(home.contains("Amina Demo-Attendee") && home.contains("Sign out"));
    let r = app.submit("/", "/logout", &[]).await;
    assert_eq!(r.status().as_u16(), 303);
    let (_, home) = app.get_html("/").await;
    assert!(home.contains("Sign in") && !home.contains("Amina"));
}

#[tokio::test]
async fn a_wrong_password_re_renders_with_the_email_kept_and_no_hint_which_was_wrong() {
    let app = TestApp::spawn_demo(5).await;
    for email in ["attendee@demo.plenary.test", "nobody@example.org"] {
        let r = app.login(email, "not the password").await;
        assert_eq!(r.status().as_u16(), 200);
        let body = r.text().await.unwrap();
        assert!(body.contains("The email address or password is not correct"));
        assert!(body.contains(&format!("value=\"{email}\"")));
        assert!(body.contains("There is a problem"));
    }
}

#[tokio::test]
async fn the_login_rate_limit_answers_429_with_retry_after() {
    let app = TestApp::spawn_demo(5).await;
    let mut last = None;
    for _ in 0..6 {
        last = Some(
            app.login("attendee@demo.plenary.test", "wrong wrong wrong")
                .await,
        );
    }
    let r = last.unwrap();
    assert_eq!(r.status().as_u16(), 429);
    let retry: u64 = r
        .headers()
        .get("retry-after")
        .unwrap()
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(retry >= 1);
    assert!(r.text().await.unwrap().contains("Too many attempts"));
    // The right password is refused too while limited (no oracle).
    assert_eq!(
        app.login("attendee@demo.plenary.test", DEMO_PASSWORD)
            .await
            .status()
            .as_u16(),
        429
    );
}

#[tokio::test]
async fn state_changing_forms_without_a_valid_csrf_token_get_403() {
    let app = TestApp::spawn_demo(5).await;
    app.get("/login").await; // a cookie with a token exists, but we do not send it
    for (path, fields) in [
        (
            "/login",
            vec![
                ("email", "attendee@demo.plenary.test"),
                ("password", DEMO_PASSWORD),
            ],
        ),
        ("/c/ip-ai-2020/register", vec![("email", "x@example.org")]),
        ("/logout", vec![]),
        ("/password/reset", vec![("email", "x@example.org")]),
    ] {
        let missing = app
            .client
            .post(app.url(path))
            .form(&fields)
            .send()
            .await
            .unwrap();
        assert_eq!(missing.status().as_u16(), 403, "{path} without token");
        assert!(missing.text().await.unwrap().contains("Your form expired"));
        let mut forged = fields.clone();
        forged.push(("csrf", "forged-token"));
        let r = app
            .client
            .post(app.url(path))
            .form(&forged)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 403, "{path} with a forged token");
    }
}

#[tokio::test]
async fn a_password_reset_by_email_sets_a_new_password_once() {
    let app = TestApp::spawn_demo(5).await;
    let r = app
        .submit(
            "/password/reset",
            "/password/reset",
            &[("email", "attendee@demo.plenary.test")],
        )
        .await;
    assert!(
        r.text().await.unwrap().contains(
            "If <strong>\u{2068}attendee@demo.plenary.test\u{2069}</strong> has an account"
        )
    );
    // An unknown address gets the same page and a different mail.
    let r = app
        .submit(
            "/password/reset",
            "/password/reset",
            &[("email", "ghost@example.org")],
        )
        .await;
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("If <strong>\u{2068}ghost@example.org\u{2069}</strong> has an account")
    );
    app.drain().await;
    assert!(
        app.mails_to("ghost@example.org")[0]
            .text
            .contains("there is no account")
    );
    let mail = &app.mails_to("attendee@demo.plenary.test")[0];
    let link = mail.link_containing("/password/reset/").unwrap();
    let path = link.strip_prefix(&app.base).unwrap().to_string();
    let r = app
        .submit(&path, &path, &[("password", "a brand new passphrase")])
        .await;
    assert_eq!(r.status().as_u16(), 303);
    let again = app
        .submit(&path, &path, &[("password", "another passphrase!")])
        .await;
    assert!(again.text().await.unwrap().contains("not valid any more"));
    let fresh = app.new_browser();
    let ok = login_with(
        &fresh,
        &app.base,
        "attendee@demo.plenary.test",
        "a brand new passphrase",
    )
    .await;
    assert_eq!(ok.status().as_u16(), 303);
}

#[tokio::test]
async fn changing_the_password_signs_out_other_browsers() {
    let app = TestApp::spawn_demo(5).await;
    app.login("attendee@demo.plenary.test", DEMO_PASSWORD).await;
    let other = app.new_browser();
    login_with(
        &other,
        &app.base,
        "attendee@demo.plenary.test",
        DEMO_PASSWORD,
    )
    .await;
    assert_eq!(
        other
            .get(app.url("/account"))
            .send()
            .await
            .unwrap()
            .status()
            .as_u16(),
        200
    );
    let bad = app
        .submit(
            "/account/password",
            "/account/password",
            &[("current", "wrong one here"), ("password", "short")],
        )
        .await;
    let body = bad.text().await.unwrap();
    assert!(
        body.contains("Your current password is not correct")
            && body.contains("at least \u{2068}10\u{2069} characters"),
        "both errors at once"
    );
    let r = app
        .submit(
            "/account/password",
            "/account/password",
            &[
                ("current", DEMO_PASSWORD),
                ("password", "a different passphrase"),
            ],
        )
        .await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(
        app.get("/account").await.status().as_u16(),
        200,
        "this browser stays signed in"
    );
    let r = other.get(app.url("/account")).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 303, "the other browser is signed out");
}

#[tokio::test]
async fn the_profile_form_keeps_values_and_shows_every_error() {
    let app = TestApp::spawn_demo(5).await;
    app.login("attendee@demo.plenary.test", DEMO_PASSWORD).await;
    let r = app
        .submit(
            "/account",
            "/account",
            &[
                ("name", "Amina\u{0007}"),
                ("country", "XX"),
                ("organization", "Kenya Copyright Board"),
                ("time_zone", "Mars/Base"),
            ],
        )
        .await;
    assert_eq!(r.status().as_u16(), 200);
    let body = r.text().await.unwrap();
    for needle in [
        "control characters",
        "Select a country from the list",
        "is not a time zone we know",
        "value=\"Kenya Copyright Board\"",
        "value=\"Mars/Base\"",
        "href=\"#name\"",
        "aria-describedby=\"country-error\"",
    ] {
        assert!(body.contains(needle), "missing {needle}");
    }
    let r = app
        .submit(
            "/account",
            "/account",
            &[
                ("name", "محمد بن سلمان"),
                ("country", "sa"),
                ("organization", ""),
                ("time_zone", "Asia/Riyadh"),
            ],
        )
        .await;
    assert_eq!(r.status().as_u16(), 303);
    let (_, page) = app.get_html("/account").await;
    assert!(page.contains("محمد بن سلمان") && page.contains("Your details are saved."));
    assert!(page.contains("value=\"SA\" selected"));
}

#[tokio::test]
async fn changing_the_email_needs_the_link_sent_to_the_new_address() {
    let app = TestApp::spawn_demo(5).await;
    app.login("attendee@demo.plenary.test", DEMO_PASSWORD).await;
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
    assert_eq!(
        app.press_link(&app.client, &path).await.status().as_u16(),
        303
    );
    let (_, page) = app.get_html("/account").await;
    assert!(
        page.contains("amina.new@example.org") && page.contains("Your email address is changed.")
    );
    app.drain().await;
    assert!(
        app.mails_to("attendee@demo.plenary.test")
            .iter()
            .any(|m| m.subject.contains("email address of your account changed"))
    );
}

#[tokio::test]
async fn deleting_the_account_removes_personal_data_and_keeps_anonymous_counts() {
    let app = TestApp::spawn_demo(5).await;
    app.login("attendee@demo.plenary.test", DEMO_PASSWORD).await;
    let data = app.get("/account/data.json").await;
    assert!(
        data.headers()
            .get("content-disposition")
            .unwrap()
            .to_str()
            .unwrap()
            .contains("attachment")
    );
    let json: serde_json::Value = data.json().await.unwrap();
    assert_eq!(json["account"]["email"], "attendee@demo.plenary.test");
    assert_eq!(json["registrations"][0]["status"], "confirmed");
    assert!(
        json["registrations"][0]["sessions"]
            .as_array()
            .unwrap()
            .len()
            >= 3
    );

    let before: i64 = app
        .with_db(|c| registrations::table.count().get_result(c).unwrap())
        .await;
    let wrong = app
        .submit(
            "/account/delete",
            "/account/delete",
            &[("current", "not my password")],
        )
        .await;
    assert!(
        wrong
            .text()
            .await
            .unwrap()
            .contains("Your password is not correct")
    );
    let r = app
        .submit(
            "/account/delete",
            "/account/delete",
            &[("current", DEMO_PASSWORD)],
        )
        .await;
    assert!(r.text().await.unwrap().contains("Your account is deleted"));
    let (users_left, regs_after, orphan_status): (i64, i64, String) = app
        .with_db(|c| {
            let u = users::table
                .filter(users::email.eq("attendee@demo.plenary.test"))
                .count()
                .get_result(c)
                .unwrap();
            let n = registrations::table.count().get_result(c).unwrap();
            let s = registrations::table
                .filter(registrations::user_id.is_null())
                .filter(registrations::country.eq("KE"))
                .select(registrations::status)
                .first(c)
                .unwrap();
            (u, n, s)
        })
        .await;
    assert_eq!(users_left, 0);
    assert_eq!(regs_after, before, "the registration row stays, anonymous");
    assert_eq!(orphan_status, "cancelled");
    let r = app.get("/account").await;
    assert!(location(&r).starts_with("/login"), "signed out");
}

#[tokio::test]
async fn sign_in_never_sends_the_browser_to_another_site() {
    // Seven sign-ins of one account in a row: the login limit is not under test here.
    let app = TestApp::spawn_from(common::Template::Demo(5), |s| s.rate_limits = false).await;
    for next in [
        "/\t/evil.example",
        "//evil.example",
        "/\\evil.example",
        "https://evil.example/",
        "/\u{0b}",
        "/\u{7f}",
    ] {
        let client = app.new_browser();
        let page = format!("/login?{}", plenary::web::link::query(&[("next", next)]));
        let r = common::submit_with(
            &client,
            &app.base,
            &page,
            "/login",
            &[
                ("email", "attendee@demo.plenary.test"),
                ("password", common::DEMO_PASSWORD),
                ("next", next),
            ],
        )
        .await;
        assert_eq!(r.status().as_u16(), 303, "{next:?}");
        assert_eq!(location(&r), "/", "{next:?}");
    }
    // A NUL never reaches the login form: the edge refuses it (tests/naughty.rs).
    let r = app.get("/login?next=%2F%00").await;
    assert_eq!(r.status().as_u16(), 400, "next with a NUL");
}

#[tokio::test]
async fn unknown_reset_and_invitation_links_are_refused_with_a_clear_message() {
    let app = TestApp::spawn_demo(5).await;
    for (page, expected) in [
        (
            "/password/reset/not-a-token",
            "This reset link is not valid any more",
        ),
        (
            "/invite/not-a-token",
            "This invitation is not valid any more",
        ),
    ] {
        // An unknown invitation's page has no form: the CSRF token comes from /login.
        let form = if page.starts_with("/invite/") {
            "/login"
        } else {
            page
        };
        let r = app
            .submit(
                form,
                page,
                &[("password", "a-long-enough-password"), ("country", "CH")],
            )
            .await;
        assert_eq!(r.status().as_u16(), 200, "{page}");
        let body = r.text().await.expect("body");
        assert!(body.contains(expected), "{page}");
    }
}
