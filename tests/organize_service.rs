//! Organizer use cases called directly in `service/`, where a race is easier to
//! stage than through HTTP: several organizers creating a conference with the same
//! slug at the same moment get one conference and a typed "slug taken" refusal
//! each, never a database error.

mod common;

use chrono::NaiveDate;
use common::TestApp;
use plenary::domain::{Email, TimeZone};
use plenary::service::{self, Ctx, conferences::ConferenceInput};

fn input(slug: &str) -> ConferenceInput {
    ConferenceInput {
        title: "Race Forum".into(),
        slug: slug.into(),
        description: String::new(),
        tz: TimeZone::parse("Europe/Zurich").expect("zone"),
        starts_on: NaiveDate::from_ymd_opt(2031, 3, 24).expect("date"),
        ends_on: NaiveDate::from_ymd_opt(2031, 3, 26).expect("date"),
        opens: None,
        closes: None,
        capacity: None,
        quota: None,
        lead: 15,
        privacy: "We use your data to run the forum.".into(),
        sender: None,
        short_name: None,
        speakers_see_roster: false,
        reminders_enabled: false,
        reminder_minutes: 30,
        default_language: plenary::domain::lang::Lang::En,
        content_languages: Vec::new(),
    }
}

#[tokio::test]
async fn organizers_taking_the_same_slug_at_once_get_one_conference_and_slug_taken() {
    let app = TestApp::spawn().await;
    app.other_conference_with_organizer("other-conf", "org@example.org", "a long passphrase")
        .await;
    let actor = app
        .with_db(|c| {
            let email = Email::parse("org@example.org").expect("email");
            plenary::db::users::by_email(c, &email)
                .expect("query")
                .expect("user")
                .id
        })
        .await;
    let attempts: Vec<_> = (0..6)
        .map(|_| {
            let (db, base) = (app.db.clone(), app.settings.base_url.clone());
            tokio::task::spawn_blocking(move || {
                db.write_blocking(|c| {
                    let ctx = Ctx {
                        base_url: &base,
                        now: chrono::Utc::now(),
                    };
                    service::conferences::create(c, ctx, actor, &input("race-forum"))
                })
            })
        })
        .collect();
    let mut created = 0;
    for a in attempts {
        match a.await.expect("task") {
            Ok(_) => created += 1,
            Err(service::Error::SlugTaken) => {}
            Err(e) => panic!("a racing create must be refused as SlugTaken, not {e:?}"),
        }
    }
    assert_eq!(created, 1, "exactly one conference gets the slug");
}
