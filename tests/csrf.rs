//! CSRF by construction: every POST route in the route table refuses a form without
//! the browser's token, with an empty or forged one, with another browser's valid
//! token, and with this browser's own token from before it signed in (or out and in
//! again) — walked from the table itself, so a route added later is covered without
//! touching this test. Each refusal is a 403 and changes nothing: the database reads
//! the same before and after, and the browser is still signed in.

mod common;

use chrono::NaiveDateTime;
use common::TestApp;
use diesel::prelude::*;
use plenary::db::schema::{
    audit_log, conference_roles, conferences, email_tokens, enrollments, outbox, registrations,
    session_people, sessions, users,
};
use plenary::web::guard::Need;
use plenary::web::routes::TABLE;

/// Everything a POST could change, as one comparable string.
async fn fingerprint(app: &TestApp) -> String {
    app.with_db(|c| {
        let counts = [
            audit_log::table.count().get_result::<i64>(c),
            outbox::table.count().get_result::<i64>(c),
            email_tokens::table.count().get_result::<i64>(c),
            conference_roles::table.count().get_result::<i64>(c),
            session_people::table.count().get_result::<i64>(c),
        ]
        .map(|n| n.expect("count"));
        let users = users::table
            .select((
                users::id,
                users::name,
                users::password_hash,
                users::updated_at,
            ))
            .order(users::id)
            .load::<(String, String, Option<String>, NaiveDateTime)>(c)
            .expect("users");
        let confs = conferences::table
            .select((
                conferences::id,
                conferences::published,
                conferences::updated_at,
            ))
            .order(conferences::id)
            .load::<(String, bool, NaiveDateTime)>(c)
            .expect("conferences");
        let sessions = sessions::table
            .select((sessions::id, sessions::status, sessions::updated_at))
            .order(sessions::id)
            .load::<(String, String, NaiveDateTime)>(c)
            .expect("sessions");
        let regs = registrations::table
            .select((
                registrations::id,
                registrations::status,
                registrations::updated_at,
            ))
            .order(registrations::id)
            .load::<(String, String, NaiveDateTime)>(c)
            .expect("registrations");
        let enrollments = enrollments::table
            .select((
                enrollments::registration_id,
                enrollments::session_id,
                enrollments::status,
                enrollments::attended_at,
            ))
            .order((enrollments::registration_id, enrollments::session_id))
            .load::<(String, String, String, Option<NaiveDateTime>)>(c)
            .expect("enrollments");
        format!("{counts:?}\n{users:?}\n{confs:?}\n{sessions:?}\n{regs:?}\n{enrollments:?}")
    })
    .await
}

async fn csrf_of(app: &TestApp, client: &reqwest::Client) -> String {
    let page = client
        .get(app.url("/password/reset"))
        .send()
        .await
        .expect("GET")
        .text()
        .await
        .expect("body");
    common::csrf_in(&page)
}

#[tokio::test]
async fn every_post_route_refuses_every_kind_of_bad_token_and_changes_nothing() {
    // The site admin passes every guard, so only the token can stop the request.
    let app = TestApp::spawn_demo(20).await;
    let admin = "admin@demo.plenary.test";

    // A token from before this browser signed in.
    let before_sign_in = csrf_of(&app, &app.client).await;
    app.sign_in_demo(&app.client, admin).await;
    // A token from a session that was signed out (and in again since).
    let before_sign_out = csrf_of(&app, &app.client).await;
    let r = app
        .submit("/password/reset", "/logout", &[])
        .await
        .status()
        .as_u16();
    assert_eq!(r, 303, "sign out");
    app.sign_in_demo(&app.client, admin).await;
    let current = csrf_of(&app, &app.client).await;
    // A valid token of another browser (another user's).
    let other = app.demo_browser("organizer@demo.plenary.test").await;
    let foreign = csrf_of(&app, &other).await;
    for stale in [&before_sign_in, &before_sign_out, &foreign] {
        assert!(!stale.is_empty() && *stale != current, "tokens differ");
    }

    let session_id = app
        .with_db(|c| {
            let conf = plenary::db::conferences::by_slug(c, "ip-ai-2020")
                .expect("query")
                .expect("demo conference");
            plenary::db::sessions::for_conference(c, conf.id)
                .expect("sessions")
                .into_iter()
                .find(|s| !s.people.is_empty())
                .expect("a session with people")
                .id
                .to_string()
        })
        .await;
    let registration_id = app
        .with_db(|c| {
            registrations::table
                .select(registrations::id)
                .first::<String>(c)
                .expect("a registration")
        })
        .await;
    let any_id = uuid::Uuid::now_v7().to_string();

    let before = fingerprint(&app).await;
    let mut checked = 0;
    // Platform callbacks carry the meeting's signed token instead of a browser's
    // (tests/video.rs checks that anything else gets 403), and the one-click
    // unsubscribe (RFC 8058) is authenticated by its token alone: mail clients POST to
    // it without cookies (tests/mail.rs covers it).
    for (methods, pattern, _) in TABLE.iter().filter(|(m, p, need)| {
        m.contains(&"post") && *need != Need::PlatformToken && !p.starts_with("/unsubscribe/")
    }) {
        let path = pattern
            .replace("{slug}", "ip-ai-2020")
            .replace("{id}", &session_id)
            .replace("{rid}", &registration_id)
            .replace("{mid}", &any_id)
            .replace("{batch}", &any_id)
            .replace("{token}", "some-token");
        for (what, token) in [
            ("no token", None),
            ("an empty token", Some("")),
            ("a forged token", Some("forged-token")),
            ("another browser's token", Some(foreign.as_str())),
            ("a token from before sign-in", Some(before_sign_in.as_str())),
            (
                "a token from before sign-out",
                Some(before_sign_out.as_str()),
            ),
        ] {
            let mut fields = vec![("name", "x"), ("confirm", "yes")];
            if let Some(t) = token {
                fields.push(("csrf", t));
            }
            let r = app
                .client
                .post(app.url(&path))
                .form(&fields)
                .send()
                .await
                .expect("POST");
            let status = r.status().as_u16();
            let body = r.text().await.expect("body");
            assert_eq!(status, 403, "{methods:?} {path} with {what}");
            assert!(body.contains("Your form expired"), "{path} with {what}");
            checked += 1;
        }
    }
    assert!(checked >= 30 * 6, "the walk sent {checked} forged POSTs");
    assert_eq!(
        fingerprint(&app).await,
        before,
        "a refused POST changed data"
    );
    // Not signed out by the refused /logout, nor by anything else.
    assert_eq!(app.get("/account").await.status().as_u16(), 200);
    // And the current token still works, so the refusals were about the token.
    let r = app
        .client
        .post(app.url("/logout"))
        .form(&[("csrf", current.as_str())])
        .send()
        .await
        .expect("POST");
    assert_eq!(r.status().as_u16(), 303);
}
