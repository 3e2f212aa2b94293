//! The attendee use cases that moved into `service/` keep the rules the pages show:
//! the pick use case refuses what My conference does not offer (an ended session),
//! and `/join` records attendance only when the join rule lets the person in.

mod common;

use chrono::Duration;
use common::{TestApp, opening_id, opening_utc};
use diesel::prelude::*;
use plenary::db::schema::{enrollments, registrations, users};

const ATTENDEE: &str = "attendee@demo.plenary.test";

async fn sign_in_attendee(app: &TestApp) {
    app.sign_in_demo(&app.client, ATTENDEE).await;
}

async fn attended(app: &TestApp, session: String) -> Option<chrono::NaiveDateTime> {
    app.with_db(move |c| {
        enrollments::table
            .inner_join(registrations::table.inner_join(users::table))
            .filter(users::email.eq(ATTENDEE))
            .filter(enrollments::session_id.eq(session))
            .select(enrollments::attended_at)
            .first::<Option<chrono::NaiveDateTime>>(c)
            .optional()
            .unwrap()
            .flatten()
    })
    .await
}

#[tokio::test]
async fn an_ended_session_cannot_be_picked_even_by_a_forged_form() {
    let app = TestApp::spawn_demo(5).await;
    sign_in_attendee(&app).await;
    let opening = opening_id(&app).await;
    app.clock.set(opening_utc() + Duration::days(5));
    // Whether or not the demo had it picked, it is not picked now.
    for action in ["unpick", "pick"] {
        let r = app
            .submit(
                "/c/ip-ai-2020/me",
                "/c/ip-ai-2020/me/picks",
                &[("session", opening.as_str()), ("action", action)],
            )
            .await;
        assert_eq!(r.status().as_u16(), 303, "{action}");
    }
    let (_, me) = app.get_html("/c/ip-ai-2020/me").await;
    assert!(me.contains("This session cannot be picked."), "{me}");
}

#[tokio::test]
async fn a_join_before_the_window_records_no_attendance() {
    let app = TestApp::spawn_demo(5).await;
    sign_in_attendee(&app).await;
    let opening = opening_id(&app).await;
    app.clock.set(opening_utc() - Duration::hours(2));
    let r = app
        .get(&format!("/c/ip-ai-2020/sessions/{opening}/join"))
        .await;
    assert_eq!(r.status().as_u16(), 200);
    assert!(attended(&app, opening.clone()).await.is_none());

    app.clock.set(opening_utc());
    let r = app
        .get(&format!("/c/ip-ai-2020/sessions/{opening}/join"))
        .await;
    assert_eq!(r.status().as_u16(), 303);
    assert!(attended(&app, opening).await.is_some());
}
