//! CSRF by construction: every POST route in the route table refuses a form without
//! the browser's token, or with a forged one, before it does anything — walked from the
//! table itself, so a route added later is covered without touching this test.

mod common;

use common::TestApp;
use plenary::web::routes::TABLE;

#[tokio::test]
async fn every_post_route_refuses_a_missing_or_forged_token() {
    // The site admin passes every guard, so only the token can stop the request.
    let app = TestApp::spawn_demo_signed_in(20, "admin@demo.plenary.test").await;
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
    let any_id = uuid::Uuid::now_v7().to_string();

    let mut checked = 0;
    for (methods, pattern, _) in TABLE.iter().filter(|(m, _, _)| m.contains(&"post")) {
        let path = pattern
            .replace("{slug}", "ip-ai-2020")
            .replace("{id}", &session_id)
            .replace("{rid}", &any_id)
            .replace("{mid}", &any_id)
            .replace("{batch}", &any_id)
            .replace("{token}", "some-token");
        for (what, fields) in [
            ("no token", vec![("name", "x")]),
            (
                "a forged token",
                vec![("name", "x"), ("csrf", "forged-token")],
            ),
        ] {
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
        }
        checked += 1;
    }
    assert!(checked >= 30, "the walk covered {checked} POST routes");
}
