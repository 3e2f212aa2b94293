//! `seed-demo`: a believable conference, deterministic and idempotent.

mod common;

use common::TestApp;
use diesel::prelude::*;
use plenary::db::schema::{registrations, session_people, sessions, users};

#[derive(Debug, PartialEq)]
struct Counts {
    users: i64,
    sessions: i64,
    registrations: i64,
    people: i64,
}

async fn counts(app: &TestApp) -> Counts {
    app.with_db(|c| Counts {
        users: users::table.count().get_result(c).unwrap(),
        sessions: sessions::table.count().get_result(c).unwrap(),
        registrations: registrations::table.count().get_result(c).unwrap(),
        people: session_people::table.count().get_result(c).unwrap(),
    })
    .await
}

#[tokio::test]
async fn seeding_twice_changes_nothing_and_says_so() {
    let app = TestApp::spawn_demo(100).await;
    let before = counts(&app).await;
    let db = app.db.clone();
    let report = tokio::task::spawn_blocking(move || plenary::demo::seed_demo(&db, 100))
        .await
        .unwrap()
        .unwrap();
    assert!(!report.created);
    assert_eq!(before, counts(&app).await);
}

async fn user_rows(app: &TestApp) -> Vec<(String, String, String, String)> {
    app.with_db(|c| {
        users::table
            .select((users::id, users::email, users::name, users::country))
            .order(users::id)
            .load(c)
            .unwrap()
    })
    .await
}

#[tokio::test]
async fn the_demo_is_deterministic() {
    let a = TestApp::spawn_demo(60).await;
    let b = TestApp::spawn_demo(60).await;
    let (ra, rb) = (user_rows(&a).await, user_rows(&b).await);
    assert!(ra.len() > 60);
    assert_eq!(ra, rb);
}

#[tokio::test]
async fn the_demo_looks_like_an_international_conference() {
    let app = TestApp::spawn_demo(2000).await;
    let (countries, statuses, agenda, people, passworded) = app
        .with_db(|c| {
            let countries: i64 = registrations::table
                .select(diesel::dsl::count(registrations::country).aggregate_distinct())
                .get_result(c)
                .unwrap();
            let statuses: Vec<String> = registrations::table
                .select(registrations::status)
                .distinct()
                .load(c)
                .unwrap();
            let agenda: Vec<(String, String)> = sessions::table
                .select((sessions::id, sessions::kind))
                .load(c)
                .unwrap();
            let people: Vec<(String, String)> = session_people::table
                .select((session_people::session_id, session_people::role))
                .load(c)
                .unwrap();
            let passworded: Vec<String> = users::table
                .filter(users::password_hash.is_not_null())
                .select(users::email)
                .order(users::email)
                .load(c)
                .unwrap();
            (countries, statuses, agenda, people, passworded)
        })
        .await;
    assert!(countries >= 130, "only {countries} countries");
    for s in ["pending", "confirmed", "waitlisted", "cancelled"] {
        assert!(statuses.iter().any(|x| x == s), "no {s} registrations");
    }
    let real: Vec<_> = agenda.iter().filter(|(_, k)| k != "break").collect();
    assert!(real.len() >= 24, "{} sessions", real.len());
    assert!(
        agenda.iter().any(|(_, k)| k == "opening") && agenda.iter().any(|(_, k)| k == "closing")
    );
    for (id, _) in real {
        let mods = people
            .iter()
            .filter(|(s, r)| s == id && r == "moderator")
            .count();
        let spk = people
            .iter()
            .filter(|(s, r)| s == id && r == "speaker")
            .count();
        assert_eq!(mods, 1, "session {id}");
        assert!((2..=4).contains(&spk), "session {id} has {spk} speakers");
    }
    // Only the five demo role accounts can log in.
    assert_eq!(
        passworded,
        vec![
            "admin@demo.plenary.test",
            "attendee@demo.plenary.test",
            "moderator@demo.plenary.test",
            "organizer@demo.plenary.test",
            "speaker@demo.plenary.test",
        ]
    );
    // Names in many scripts.
    let names: Vec<String> = app
        .with_db(|c| users::table.select(users::name).load(c).unwrap())
        .await;
    let scripts = [
        |c: char| ('\u{0600}'..='\u{06FF}').contains(&c), // Arabic
        |c: char| ('\u{0400}'..='\u{04FF}').contains(&c), // Cyrillic
        |c: char| ('\u{4E00}'..='\u{9FFF}').contains(&c), // Han
        |c: char| ('\u{AC00}'..='\u{D7AF}').contains(&c), // Hangul
        |c: char| ('\u{0900}'..='\u{097F}').contains(&c), // Devanagari
    ];
    for (i, in_script) in scripts.iter().enumerate() {
        assert!(
            names.iter().any(|n| n.chars().any(in_script)),
            "no names in script #{i}"
        );
    }
}
