//! The back office through HTTP: an admin creates a conference from nothing to a
//! published three-day agenda with moderators and speakers; the agenda editor's
//! checks, version conflicts, notices to attendees, and the audit log.

mod common;

use common::{Page, TestApp, location, new_client, submit_with};
use diesel::prelude::*;
use plenary::db::schema::{audit_log, sessions};

fn conference_fields<'a>(title: &'a str, slug: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("title", title),
        ("slug", slug),
        (
            "description",
            "A **three-day** forum.\n\n<script>alert(1)</script>",
        ),
        ("starts_on", "2031-03-24"),
        ("ends_on", "2031-03-26"),
        ("time_zone", "Europe/Zurich"),
        ("registration_opens_at", ""),
        ("registration_closes_at", ""),
        ("capacity", "500"),
        ("country_quota", ""),
        ("join_lead_minutes", "15"),
        ("privacy_notice", "We use your data to run the forum."),
        ("sender_email", ""),
        ("reminder_minutes", "30"),
    ]
}

async fn add_session(
    app: &TestApp,
    client: &reqwest::Client,
    slug: &str,
    title: &str,
    day: &str,
    start: &str,
    end: &str,
) -> reqwest::Response {
    let page = format!("/organize/c/{slug}/sessions/new");
    submit_with(
        client,
        &app.base,
        &page,
        &page,
        &[
            ("title", title),
            ("kind", "panel"),
            ("summary", "Plausible abstract."),
            ("day", day),
            ("start", start),
            ("end", end),
            ("track", "Main hall"),
            ("capacity", ""),
            ("join_url", "https://meet.example.org/abc"),
        ],
    )
    .await
}

async fn session_id(app: &TestApp, title: &'static str) -> String {
    app.with_db(move |c| {
        sessions::table
            .filter(sessions::title.eq(title))
            .select(sessions::id)
            .first(c)
            .unwrap()
    })
    .await
}

#[tokio::test]
async fn an_admin_builds_a_published_three_day_conference_from_nothing() {
    let app = TestApp::spawn_demo(5).await;
    let admin = new_client();
    app.sign_in(&admin, "admin@demo.plenary.test", "plenary-demo")
        .await;

    // All errors at once, values kept.
    let mut bad = conference_fields("", "Not A Slug");
    bad.retain(|(k, _)| *k != "ends_on");
    bad.push(("ends_on", "2031-03-20"));
    let r = submit_with(
        &admin,
        &app.base,
        "/organize/conferences/new",
        "/organize/conferences/new",
        &bad,
    )
    .await;
    assert_eq!(r.status().as_u16(), 200);
    let page = r.text().await.unwrap();
    for f in ["title", "slug", "ends_on"] {
        assert!(page.contains(&format!("href=\"#{f}\"")), "error for {f}");
    }
    assert!(page.contains("value=\"Not A Slug\""));
    // The demo slug is taken.
    let r = submit_with(
        &admin,
        &app.base,
        "/organize/conferences/new",
        "/organize/conferences/new",
        &conference_fields("Forum", "ip-ai-2020"),
    )
    .await;
    let body = r.text().await.unwrap();
    assert!(body.contains("already uses this web address"), "{body}");

    let r = submit_with(
        &admin,
        &app.base,
        "/organize/conferences/new",
        "/organize/conferences/new",
        &conference_fields("Geneva Data Forum", "data-forum"),
    )
    .await;
    assert_eq!(location(&r), "/organize/c/data-forum");
    assert_eq!(
        app.get("/c/data-forum").await.status().as_u16(),
        404,
        "a draft is not public"
    );

    for (title, day, start, end) in [
        ("Opening of the Data Forum", "2031-03-24", "09:00", "09:30"),
        ("Panel on data flows", "2031-03-25", "14:00", "15:30"),
        ("Closing", "2031-03-26", "17:00", "17:30"),
    ] {
        let r = add_session(&app, &admin, "data-forum", title, day, start, end).await;
        assert_eq!(r.status().as_u16(), 303, "{title}");
    }
    // Outside the dates, end before start, a time skipped by DST (2031-03-30 is outside anyway).
    let r = add_session(
        &app,
        &admin,
        "data-forum",
        "Too late",
        "2031-03-27",
        "10:00",
        "11:00",
    )
    .await;
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("Choose a day of the conference")
    );
    let r = add_session(
        &app,
        &admin,
        "data-forum",
        "Backwards",
        "2031-03-25",
        "11:00",
        "10:00",
    )
    .await;
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("The end must be after the start")
    );

    // A known user as moderator, an address without an account as speaker, a known
    // user as co-organizer: all three are invitations, answered the same way.
    let opening = session_id(&app, "Opening of the Data Forum").await;
    let people = format!("/organize/c/data-forum/sessions/{opening}/people");
    for (email, role) in [
        ("moderator@demo.plenary.test", "moderator"),
        ("new.speaker@example.org", "speaker"),
    ] {
        let r = submit_with(
            &admin,
            &app.base,
            &people,
            &people,
            &[("email", email), ("role", role)],
        )
        .await;
        assert_eq!(r.status().as_u16(), 303, "{email}");
    }
    let r = submit_with(
        &admin,
        &app.base,
        "/organize/c/data-forum/people",
        "/organize/c/data-forum/organizers",
        &[("email", "organizer@demo.plenary.test")],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    // Nobody holds a role before accepting.
    let organizer = app.demo_browser("organizer@demo.plenary.test").await;
    let before = organizer
        .get(app.url("/organize/c/data-forum/agenda"))
        .send()
        .await
        .unwrap()
        .status()
        .as_u16();
    assert!(before == 403 || before == 404, "{before}");

    // The moderator accepts in one click, signed in.
    let moderator = app.demo_browser("moderator@demo.plenary.test").await;
    let r = app
        .accept_invitation(&moderator, "moderator@demo.plenary.test")
        .await;
    assert_eq!(location(&r), "/moderate");
    // The new speaker chooses a name and password.
    let path = app.invitation_path("new.speaker@example.org").await;
    let speaker = new_client();
    let r = submit_with(
        &speaker,
        &app.base,
        &path,
        &path,
        &[
            ("name", "Ngozi Adébáyọ̀"),
            ("country", "NG"),
            ("password", "speaker password 1"),
        ],
    )
    .await;
    assert_eq!(location(&r), "/moderate");

    // The co-organizer accepts and then reaches the back office of the new conference.
    let r = app
        .accept_invitation(&organizer, "organizer@demo.plenary.test")
        .await;
    assert_eq!(location(&r), "/organize");
    assert_eq!(
        organizer
            .get(app.url("/organize/c/data-forum/agenda"))
            .send()
            .await
            .unwrap()
            .status()
            .as_u16(),
        200
    );

    // Publish: the public agenda shows three days with the people.
    let r = submit_with(
        &admin,
        &app.base,
        "/organize/c/data-forum",
        "/organize/c/data-forum/publish",
        &[("publish", "yes")],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    let (status, agenda) = app.get_html("/c/data-forum/agenda").await;
    assert_eq!(status, 200);
    assert_eq!(Page::parse(&agenda).count("section.day"), 3);
    assert!(agenda.contains("Ngozi Adébáyọ̀") && agenda.contains("Demo-Moderator"));
    let (_, home) = app.get_html("/c/data-forum").await;
    assert!(
        !home.contains("<script>alert"),
        "the description is never raw HTML"
    );

    let (_, audit) = {
        let r = admin
            .get(app.url("/organize/c/data-forum/audit"))
            .send()
            .await
            .unwrap();
        (r.status(), r.text().await.unwrap())
    };
    for action in [
        "conference.create",
        "session.create",
        "people.invite",
        "people.accept",
        "conference.publish",
    ] {
        assert!(audit.contains(action), "audit lacks {action}");
    }
    let filtered = admin
        .get(app.url("/organize/c/data-forum/audit?action=people."))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(filtered.contains("people.invite") && !filtered.contains("session.create"));
}

#[tokio::test]
async fn two_organizers_editing_one_session_get_a_conflict_page_and_lose_nothing() {
    let app = TestApp::spawn_demo(5).await;
    let a = new_client();
    let b = new_client();
    app.sign_in(&a, "organizer@demo.plenary.test", "plenary-demo")
        .await;
    app.sign_in(&b, "admin@demo.plenary.test", "plenary-demo")
        .await;
    let id = session_id(&app, "Opening by the Director General").await;
    let edit = format!("/organize/c/ip-ai-2020/sessions/{id}/edit");
    let page_a = a
        .get(app.url(&edit))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let page_b = b
        .get(app.url(&edit))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let version = Page::parse(&page_a).input("version");
    let fields = |title: &'static str, csrf: String, version: String| {
        vec![
            ("csrf".to_string(), csrf),
            ("title".into(), title.into()),
            ("kind".into(), "opening".into()),
            ("summary".into(), "Opening words.".into()),
            ("day".into(), "2020-07-07".into()),
            ("start".into(), "13:00".into()),
            ("end".into(), "13:30".into()),
            ("track".into(), "Main hall".into()),
            ("capacity".into(), "".into()),
            ("join_url".into(), "https://meet.example.org/open".into()),
            ("version".into(), version),
        ]
    };
    let r = a
        .post(app.url(&edit))
        .form(&fields(
            "Opening — edited by A",
            Page::parse(&page_a).csrf(),
            version.clone(),
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 303);
    let r = b
        .post(app.url(&edit))
        .form(&fields(
            "Opening — edited by B",
            Page::parse(&page_b).csrf(),
            version,
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 409);
    let conflict = r.text().await.unwrap();
    assert!(
        conflict.contains("Opening — edited by A") && conflict.contains("Opening — edited by B")
    );
    let title: String = app
        .with_db(|c| {
            sessions::table
                .filter(sessions::title.like("Opening —%"))
                .select(sessions::title)
                .first(c)
                .unwrap()
        })
        .await;
    assert_eq!(
        title, "Opening — edited by A",
        "B did not overwrite A silently"
    );
    // B decides to save theirs over it from the conflict page.
    let new_version = Page::parse(&conflict).input("version");
    let r = b
        .post(app.url(&edit))
        .form(&fields(
            "Opening — edited by B",
            Page::parse(&conflict).csrf(),
            new_version,
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 303);
}

#[tokio::test]
async fn moving_or_deleting_a_picked_session_tells_its_attendees() {
    let app = TestApp::spawn_demo(30).await;
    let org = new_client();
    app.sign_in(&org, "organizer@demo.plenary.test", "plenary-demo")
        .await;
    let id = session_id(&app, "Opening by the Director General").await;
    let edit = format!("/organize/c/ip-ai-2020/sessions/{id}/edit");
    let page = org
        .get(app.url(&edit))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("attendees picked this session"));
    let version = Page::parse(&page).input("version");
    let r = submit_with(
        &org,
        &app.base,
        &edit,
        &edit,
        &[
            ("title", "Opening by the Director General"),
            ("kind", "opening"),
            ("summary", "Moved."),
            ("day", "2020-07-07"),
            ("start", "14:00"),
            ("end", "14:30"),
            ("track", "Main hall"),
            ("capacity", ""),
            ("join_url", ""),
            ("version", &version),
            ("notify", "yes"),
        ],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    let (_, agenda) = {
        let r = org
            .get(app.url("/organize/c/ip-ai-2020/agenda"))
            .send()
            .await
            .unwrap();
        (r.status(), r.text().await.unwrap())
    };
    assert!(
        agenda.contains("will be told about the new time"),
        "flash mentions the notices"
    );
    app.drain().await;
    let moved = app.mails_to("attendee@demo.plenary.test");
    assert!(
        moved
            .iter()
            .any(|m| m.subject.contains("New time") && m.text.contains("EAT")),
        "in the attendee's zone (Nairobi)"
    );

    // Deleting asks first and names the count, then notifies.
    let del = format!("/organize/c/ip-ai-2020/sessions/{id}/delete");
    let confirm = org
        .get(app.url(&del))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(confirm.contains("attendees picked this session"));
    let r = submit_with(&org, &app.base, &del, &del, &[]).await;
    assert_eq!(r.status().as_u16(), 303);
    app.drain().await;
    assert!(
        app.mails_to("attendee@demo.plenary.test")
            .iter()
            .any(|m| m.subject.contains("will not take place"))
    );
    let actions: Vec<String> = app
        .with_db(|c| audit_log::table.select(audit_log::action).load(c).unwrap())
        .await;
    assert!(
        actions.contains(&"session.update".to_string())
            && actions.contains(&"session.delete".to_string())
    );
}

#[tokio::test]
async fn a_person_cannot_be_booked_in_two_overlapping_sessions() {
    let app = TestApp::spawn_demo(5).await;
    let org = new_client();
    app.sign_in(&org, "organizer@demo.plenary.test", "plenary-demo")
        .await;
    // The demo moderator moderates the opening (13:00–13:30): a parallel session at 13:15 clashes.
    let r = add_session(
        &app,
        &org,
        "ip-ai-2020",
        "Side event",
        "2020-07-07",
        "13:15",
        "14:00",
    )
    .await;
    assert!(r.status().as_u16() == 303);
    let side = session_id(&app, "Side event").await;
    let people = format!("/organize/c/ip-ai-2020/sessions/{side}/people");
    let r = submit_with(
        &org,
        &app.base,
        &people,
        &people,
        &[
            ("email", "moderator@demo.plenary.test"),
            ("role", "moderator"),
        ],
    )
    .await;
    assert_eq!(r.status().as_u16(), 200);
    let page = r.text().await.unwrap();
    assert!(
        plenary::domain::l10n::strip_isolation(&page)
            .contains("is already in “Opening by the Director General” at that time"),
        "{page}"
    );
    // The overlap in the same track is pointed out on the agenda.
    let agenda = org
        .get(app.url("/organize/c/ip-ai-2020/agenda"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let agenda = agenda.replace(['\u{2068}', '\u{2069}'], "");
    assert!(agenda.contains("Overlaps with “Side event” in the same track"));
}
