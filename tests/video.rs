//! Video platforms (issue 17) through HTTP, with a real HTTP server standing in for
//! BigBlueButton (`common::bbb`, written from the API contract) and Jitsi tokens
//! decoded by an independent JWT library. One session link for everyone: attendees
//! enter as viewers, moderators, speakers and organizers as moderators; pending,
//! cancelled and out-of-window people get no redirect; beyond the audience cap
//! attendees get the stream; a platform that is down gives a plain page with a
//! retry; the platform's attendance callbacks put minutes in the roster once; and no
//! secret or signed URL shows up in a page, mail, feed, CSV, the audit log or a log line.

mod common;

use std::collections::BTreeMap;

use chrono::Duration;
use common::bbb::FakeBbb;
use common::{location, submit_with};
use diesel::prelude::*;
use plenary::db::schema::{audit_log, registrations, users, video_presence};

#[path = "video/helpers.rs"]
mod helpers;
#[path = "video/jitsi.rs"]
mod jitsi;

use helpers::*;

// ------------------------------------------------------------------ tests

#[tokio::test]
async fn one_link_gives_attendees_viewer_and_hosts_moderator_on_bigbluebutton() {
    logs();
    let bbb = FakeBbb::start(SECRET).await;
    let app = spawn(10).await;
    let (session, start) = shared_session(&app).await;
    configure_bbb(&app, &bbb.url, "sha256").await;
    app.clock.set(start - Duration::minutes(5));

    for email in [ATTENDEE, MODERATOR, SPEAKER, ORGANIZER] {
        let client = app.demo_browser(email).await;
        let r = join(&app, &client, &session).await;
        assert_eq!(r.status().as_u16(), 303, "{email}");
        let to = location(&r);
        assert!(
            to.starts_with(&format!("{}api/join?", bbb.url)),
            "{email}: {to}"
        );
        assert!(to.contains("redirect=true"));
        assert_eq!(bbb.follow(&to).await, 302, "the fake accepts the join URL");
    }
    let joins = bbb.joins();
    assert_eq!(joins.len(), 4);
    let ids: BTreeMap<String, String> = app
        .with_db(|c| {
            users::table
                .select((users::email, users::id))
                .load::<(String, String)>(c)
                .unwrap()
                .into_iter()
                .collect()
        })
        .await;
    let role = |email: &str| {
        joins
            .iter()
            .find(|j| j.user_id == ids[email])
            .map(|j| j.role.as_str())
            .unwrap_or("absent")
            .to_string()
    };
    assert_eq!(role(ATTENDEE), "VIEWER");
    assert_eq!(role(MODERATOR), "MODERATOR");
    assert_eq!(role(SPEAKER), "MODERATOR");
    assert_eq!(role(ORGANIZER), "MODERATOR");
    assert!(joins.iter().all(|j| j.meeting_id == meeting_id(&session)));

    // create: one meeting, asked for at every join (idempotent), with its options.
    let meeting = bbb.meeting(&meeting_id(&session)).expect("created");
    assert_eq!(meeting.creates, 4);
    assert_eq!(meeting.params["muteOnStart"], "true");
    assert_eq!(meeting.params["record"], "false");
    assert!(meeting.params["logoutURL"].ends_with(&format!("/c/{SLUG}/sessions/{session}")));
    assert!(meeting.params.contains_key("meta_endCallbackUrl"));
    assert!(meeting.params.contains_key("meta_analytics-callback-url"));
    {
        let state = bbb.state.lock().unwrap();
        assert!(
            state.calls.iter().all(|c| c.1 == "sha256" && c.2),
            "{:?}",
            state.calls
        );
    }

    // Hosts' joins are in the audit log with the role; attendees' are not.
    let audit: Vec<String> = app
        .with_db(|c| {
            audit_log::table
                .filter(audit_log::action.eq("video.join"))
                .select(audit_log::after_state.assume_not_null())
                .load(c)
                .unwrap()
        })
        .await;
    assert_eq!(audit.len(), 3, "{audit:?}");
    assert!(audit.iter().all(|a| a.starts_with("joined as MODERATOR")));
    assert!(audit.iter().any(|a| a.contains("(organizer)")));
    assert!(audit.iter().any(|a| a.contains("(speaker)")));

    // The settings page never shows the secret again; "test connection" calls getMeetings.
    let org = app.demo_browser(ORGANIZER).await;
    let page = format!("/organize/c/{SLUG}/video");
    let body = org
        .get(app.url(&page))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!body.contains(SECRET));
    assert!(body.contains("A secret is saved"));
    let r = submit_with(&org, &app.base, &page, &format!("{page}/test"), &[]).await;
    let body = r.text().await.unwrap();
    assert!(
        body.contains("BigBlueButton answered getMeetings"),
        "{body}"
    );
    assert!(
        bbb.state
            .lock()
            .unwrap()
            .calls
            .iter()
            .any(|c| c.0 == "getMeetings")
    );
    // Saving again without a secret keeps the stored one.
    configure(
        &app,
        &[
            ("video_platform", "bbb"),
            ("bbb_url", &bbb.url),
            ("bbb_secret", ""),
            ("bbb_checksum", "sha256"),
        ],
    )
    .await;
    let r = join(&app, &app.demo_browser(ATTENDEE).await, &session).await;
    assert_eq!(r.status().as_u16(), 303, "the kept secret still signs");
}

#[tokio::test]
async fn sha1_checksums_are_selectable_for_old_servers() {
    logs();
    let bbb = FakeBbb::start(SECRET).await;
    let app = spawn(5).await;
    let (session, start) = shared_session(&app).await;
    configure_bbb(&app, &bbb.url, "sha1").await;
    app.clock.set(start);
    let r = join(&app, &app.demo_browser(MODERATOR).await, &session).await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(bbb.follow(&location(&r)).await, 302);
    let state = bbb.state.lock().unwrap();
    assert!(!state.calls.is_empty());
    assert!(
        state.calls.iter().all(|c| c.1 == "sha1" && c.2),
        "{:?}",
        state.calls
    );
    assert_eq!(state.joins[0].role, "MODERATOR");
}

#[tokio::test]
async fn pending_cancelled_and_out_of_window_people_get_no_redirect() {
    logs();
    let bbb = FakeBbb::start(SECRET).await;
    let app = spawn(5).await;
    let (session, start) = shared_session(&app).await;
    configure_bbb(&app, &bbb.url, "sha256").await;
    let attendee = app.demo_browser(ATTENDEE).await;
    let speaker = app.demo_browser(SPEAKER).await;

    // 20 minutes before: hosts are in (30 minutes ahead), attendees not yet.
    app.clock.set(start - Duration::minutes(20));
    let r = join(&app, &attendee, &session).await;
    assert_eq!(r.status().as_u16(), 200);
    assert!(r.text().await.unwrap().contains("The link opens"));
    assert_eq!(join(&app, &speaker, &session).await.status().as_u16(), 303);
    // 31 minutes before: nobody.
    app.clock.set(start - Duration::minutes(31));
    assert_eq!(join(&app, &speaker, &session).await.status().as_u16(), 200);

    // Pending and cancelled registrations: no redirect, whatever the time.
    app.clock.set(start);
    for status in ["pending", "cancelled"] {
        app.with_db(move |c| {
            let uid: String = users::table
                .filter(users::email.eq(ATTENDEE))
                .select(users::id)
                .first(c)
                .unwrap();
            diesel::update(registrations::table.filter(registrations::user_id.eq(uid)))
                .set(registrations::status.eq(status))
                .execute(c)
                .unwrap();
        })
        .await;
        let r = join(&app, &attendee, &session).await;
        assert_eq!(r.status().as_u16(), 200, "{status}");
        assert!(
            r.text()
                .await
                .unwrap()
                .contains("for confirmed registrants")
        );
    }
    // After the end: nobody.
    app.clock.set(start + Duration::hours(6));
    let r = join(&app, &speaker, &session).await;
    assert_eq!(r.status().as_u16(), 200);
    assert!(r.text().await.unwrap().contains("has ended"));
    let viewers = bbb.joins().len() + bbb.state.lock().unwrap().meetings.len();
    assert_eq!(
        viewers, 1,
        "only the speaker's meeting was created, nobody joined"
    );
}

#[tokio::test]
async fn over_the_cap_attendees_get_the_stream_while_hosts_join_the_meeting() {
    logs();
    let bbb = FakeBbb::start(SECRET).await;
    let app = spawn(10).await;
    let (session, start) = shared_session(&app).await;
    configure_bbb(&app, &bbb.url, "sha256").await;
    // Every confirmed registrant picks the session: well over a cap of 2.
    let s = session.clone();
    app.with_db(move |c| {
        let confirmed: Vec<String> = registrations::table
            .filter(registrations::status.eq("confirmed"))
            .select(registrations::id)
            .load(c)
            .unwrap();
        for r in confirmed {
            diesel::sql_query(
                "INSERT INTO enrollments (registration_id, session_id, status, created_at) \
                 VALUES ($1, $2, 'enrolled', CURRENT_TIMESTAMP) ON CONFLICT DO NOTHING",
            )
            .bind::<diesel::sql_types::Text, _>(r)
            .bind::<diesel::sql_types::Text, _>(&s)
            .execute(c)
            .unwrap();
        }
    })
    .await;
    let org = app.demo_browser(ORGANIZER).await;
    let form = format!("/organize/c/{SLUG}/sessions/{session}/video");
    // A bad cap is a field error, values kept.
    let r = submit_with(
        &org,
        &app.base,
        &form,
        &form,
        &[
            ("stream_url", "https://stream.example.org/live"),
            ("audience_cap", "lots"),
        ],
    )
    .await;
    assert_eq!(r.status().as_u16(), 200);
    let body = r.text().await.unwrap();
    assert!(
        body.contains("Enter a number of people")
            && body.contains("https://stream.example.org/live")
    );
    let r = submit_with(
        &org,
        &app.base,
        &form,
        &form,
        &[
            ("stream_url", "https://stream.example.org/live"),
            ("audience_cap", "2"),
            ("record", "yes"),
        ],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);

    app.clock.set(start);
    let r = join(&app, &app.demo_browser(ATTENDEE).await, &session).await;
    assert_eq!(r.status().as_u16(), 200);
    let body = r.text().await.unwrap();
    assert!(body.contains("https://stream.example.org/live"), "{body}");
    assert!(body.contains("Open the live stream"));
    let r = join(&app, &app.demo_browser(MODERATOR).await, &session).await;
    assert_eq!(r.status().as_u16(), 303, "hosts still join");
    assert!(
        bbb.joins().is_empty(),
        "the attendee never reached the meeting"
    );
    assert_eq!(bbb.follow(&location(&r)).await, 302);
    assert_eq!(bbb.joins()[0].role, "MODERATOR");
    assert_eq!(
        bbb.meeting(&meeting_id(&session)).unwrap().params["record"],
        "true"
    );
}

#[tokio::test]
async fn a_platform_that_is_down_or_refuses_gives_a_plain_page_with_a_retry() {
    logs();
    let app = spawn(5).await;
    let (session, start) = shared_session(&app).await;
    // Nothing listens there.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let dead = format!("http://{}/bigbluebutton/", closed.local_addr().unwrap());
    drop(closed);
    configure_bbb(&app, &dead, "sha256").await;
    app.clock.set(start);
    let r = join(&app, &app.demo_browser(ATTENDEE).await, &session).await;
    assert_eq!(r.status().as_u16(), 503);
    let body = r.text().await.unwrap();
    assert!(body.contains("The meeting could not be opened"));
    assert!(
        body.contains(&format!("/c/{SLUG}/sessions/{session}/join")),
        "retry"
    );
    assert!(
        !body.contains("did not answer"),
        "attendees get no platform detail"
    );
    let r = join(&app, &app.demo_browser(MODERATOR).await, &session).await;
    assert_eq!(r.status().as_u16(), 503);
    assert!(
        r.text().await.unwrap().contains("did not answer"),
        "hosts see the error"
    );

    // A server with another secret rejects the checksum: hosts see its words.
    let bbb = FakeBbb::start("another-secret").await;
    configure_bbb(&app, &bbb.url, "sha256").await;
    let r = join(&app, &app.demo_browser(MODERATOR).await, &session).await;
    assert_eq!(r.status().as_u16(), 503);
    assert!(r.text().await.unwrap().contains("checksumError"));
    // And the test button says so too.
    let org = app.demo_browser(ORGANIZER).await;
    let page = format!("/organize/c/{SLUG}/video");
    let r = submit_with(&org, &app.base, &page, &format!("{page}/test"), &[]).await;
    assert_eq!(r.status().as_u16(), 200);
    assert!(r.text().await.unwrap().contains("The test failed"));
}

#[tokio::test]
async fn attendance_callbacks_put_minutes_in_the_roster_once() {
    logs();
    let bbb = FakeBbb::start(SECRET).await;
    let app = spawn(5).await;
    let (session, start) = shared_session(&app).await;
    configure_bbb(&app, &bbb.url, "sha256").await;
    app.clock.set(start);
    let r = join(&app, &app.demo_browser(ATTENDEE).await, &session).await;
    assert_eq!(r.status().as_u16(), 303);
    bbb.follow(&location(&r)).await;
    let uid = bbb.joins()[0].user_id.clone();
    let mid = meeting_id(&session);
    let t = |m: i64| (start + Duration::minutes(m)).to_rfc3339();
    let (j1, l1, j2) = (t(0), t(30), t(40));
    let joins = [j1.as_str(), j2.as_str()];
    let leaves = [l1.as_str()];
    let attendees = [
        (uid.as_str(), &joins[..], &leaves[..]),
        ("guest-not-in-plenary", &joins[..1], &leaves[..]),
    ];
    assert_eq!(bbb.send_analytics(&mid, &attendees).await, 200);
    assert_eq!(bbb.send_analytics(&mid, &attendees).await, 200, "again");
    app.clock.set(start + Duration::minutes(57));
    assert_eq!(bbb.send_ended(&mid).await, 200);
    assert_eq!(bbb.send_ended(&mid).await, 200, "again");
    let rows: i64 = app
        .with_db(|c| video_presence::table.count().get_result(c).unwrap())
        .await;
    assert_eq!(rows, 2, "two stays, stored once each");

    let moderator = app.demo_browser(MODERATOR).await;
    let roster = moderator
        // The demo moderator prefers another language; this test reads English.
        .get(app.url(&format!(
            "/moderate/c/{SLUG}/sessions/{session}/roster?lang=en"
        )))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
        .replace(['\u{2068}', '\u{2069}'], "");
    assert!(roster.contains("present 47 min"), "30 + 17 minutes");
    // The same minutes in the registrations CSV and the statistics.
    let org = app.demo_browser(ORGANIZER).await;
    let csv = org
        .get(app.url(&format!(
            "/organize/c/{SLUG}/registrations.csv?status=confirmed"
        )))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let line = csv
        .lines()
        .find(|l| l.contains(ATTENDEE))
        .expect("the attendee's row");
    // The tenth column: minutes present (the custom questions' answers follow).
    assert_eq!(line.split(',').nth(9), Some("\"47\""), "{line}");
    let stats = org
        .get(app.url(&format!("/organize/c/{SLUG}/stats")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(stats.contains("Attendance in the video meetings"));

    // Anything without the meeting's token is refused.
    let url = bbb.meeting(&mid).unwrap().params["meta_analytics-callback-url"].clone();
    let forged = url
        .replace("/analytics", "")
        .rsplit_once('/')
        .unwrap()
        .0
        .to_string()
        + "/0000/analytics";
    assert_eq!(bbb.post_analytics(&forged, &mid, &attendees).await, 403);
    let other_session = url.replace(&session, &uuid::Uuid::now_v7().to_string());
    assert_eq!(
        bbb.post_analytics(&other_session, &mid, &attendees).await,
        403
    );
    let r = reqwest::get(app.url(&format!("/video/bbb/{session}/nope/ended")))
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 403);
}

#[tokio::test]
async fn no_secret_or_signed_url_appears_in_pages_mails_feeds_csv_audit_or_logs() {
    logs();
    let bbb = FakeBbb::start(SECRET).await;
    let app = spawn(10).await;
    let (session, start) = shared_session(&app).await;
    configure_bbb(&app, &bbb.url, "sha256").await;
    app.clock.set(start);
    let mut seen: Vec<(String, String)> = Vec::new();
    for email in [ATTENDEE, MODERATOR, ORGANIZER] {
        let client = app.demo_browser(email).await;
        let r = join(&app, &client, &session).await;
        assert_eq!(r.status().as_u16(), 303);
        bbb.follow(&location(&r)).await;
        for path in [
            format!("/c/{SLUG}/me"),
            format!("/c/{SLUG}/sessions/{session}"),
            format!("/c/{SLUG}/agenda"),
            "/moderate".to_string(),
            format!("/moderate/c/{SLUG}/sessions/{session}"),
            format!("/moderate/c/{SLUG}/sessions/{session}/roster"),
            format!("/moderate/c/{SLUG}/sessions/{session}/roster.csv"),
            format!("/organize/c/{SLUG}/video"),
            format!("/organize/c/{SLUG}/audit"),
            format!("/organize/c/{SLUG}/registrations.csv"),
            format!("/c/{SLUG}/agenda.ics"),
            format!("/c/{SLUG}/schedule.xml"),
            format!("/c/{SLUG}/schedule.json"),
        ] {
            let body = client
                .get(app.url(&path))
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap();
            seen.push((format!("{email} {path}"), body));
        }
    }
    // The attendee's moderator page lists Plenary's link, not the platform's.
    let moderator = app.demo_browser(MODERATOR).await;
    let page = moderator
        .get(app.url("/moderate"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains(&format!("/c/{SLUG}/sessions/{session}/join")),
        "hosts see Plenary's link"
    );
    // The personal calendar feed.
    let me = format!("/c/{SLUG}/me");
    let attendee = app.demo_browser(ATTENDEE).await;
    submit_with(&attendee, &app.base, &me, &format!("{me}/feed"), &[]).await;
    let me_page = attendee
        .get(app.url(&me))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let i = me_page
        .find("/feeds/")
        .expect("the new feed address is shown once");
    let rest = &me_page[i..];
    let end = rest.find(".ics").unwrap() + 4;
    let feed = reqwest::get(app.url(&rest[..end]))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(feed.contains("BEGIN:VCALENDAR"), "{feed}");
    seen.push(("feed".into(), feed));
    app.drain().await;
    for m in app.sink.lock().unwrap().received() {
        seen.push((
            format!("mail {}", m.subject),
            format!("{}\n{}", m.text, m.html),
        ));
    }
    let audit: Vec<String> = app
        .with_db(|c| {
            audit_log::table
                .select((
                    audit_log::subject,
                    audit_log::before_state,
                    audit_log::after_state,
                ))
                .load::<(String, Option<String>, Option<String>)>(c)
                .unwrap()
                .into_iter()
                .map(|r| format!("{r:?}"))
                .collect()
        })
        .await;
    seen.push(("audit".into(), audit.join("\n")));
    let log = String::from_utf8_lossy(&logs().lock().unwrap()).into_owned();
    assert!(
        log.contains("DEBUG") || log.contains("INFO"),
        "the log is captured"
    );
    seen.push(("logs".into(), log));
    for (what, body) in &seen {
        for needle in [SECRET, "checksum=", "jwt=", "api/join", "api/create"] {
            assert!(!body.contains(needle), "{what} contains {needle}");
        }
    }
}
