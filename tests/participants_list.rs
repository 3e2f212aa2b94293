//! The list of participants and data retention (issue 18, points 5 and 6) through
//! HTTP: the public list shows only consenting confirmed participants, grouped by
//! country with counts, and follows a withdrawn consent at once; it is 404 while off;
//! its CSV and printable view; the organizers' internal list; the retention job (run
//! with a clock past the period) warns the organizers a week before, once, then
//! anonymises and keeps the counts by country; "anonymise now" asks for confirmation.

mod common;

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use common::{TestApp, location, submit_with};
use diesel::prelude::*;
use plenary::db::schema::{
    audit_log, categories, conferences, registration_categories, registrations, users,
};
use plenary::domain::l10n::strip_isolation;
use plenary::domain::retention::due_on;

const SLUG: &str = "ip-ai-2020";
const ORGANIZER: &str = "organizer@demo.plenary.test";
const ATTENDEE: &str = "attendee@demo.plenary.test";

fn at_noon(day: NaiveDate) -> DateTime<Utc> {
    Utc.from_utc_datetime(&day.and_hms_opt(12, 0, 0).unwrap())
}

/// Turns the public list on as the demo organizer.
async fn enable_list(app: &TestApp, organizer: &reqwest::Client) {
    let page = format!("/organize/c/{SLUG}/participants-list");
    let r = submit_with(
        organizer,
        &app.base,
        &page,
        &page,
        &[("participants_list_enabled", "yes")],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
}

/// Gives (or withdraws) consent to `n` confirmed demo registrations of `country`
/// other than the demo attendee's, straight in the database; returns their names.
async fn consent_in(app: &TestApp, country: &'static str, n: i64) -> Vec<String> {
    app.with_db(move |c| {
        let rows: Vec<(String, String)> = registrations::table
            .inner_join(users::table)
            .inner_join(conferences::table)
            .filter(conferences::slug.eq(SLUG))
            .filter(registrations::status.eq("confirmed"))
            .filter(users::email.ne(ATTENDEE))
            .filter(diesel::dsl::not(
                registrations::id.eq_any(unlisted_registrations()),
            ))
            .select((registrations::id, users::name))
            .limit(n)
            .load(c)
            .unwrap();
        for (id, _) in &rows {
            diesel::update(registrations::table.find(id))
                .set((
                    registrations::listed_consent.eq(true),
                    registrations::country.eq(country),
                ))
                .execute(c)
                .unwrap();
        }
        rows.into_iter().map(|(_, name)| name).collect()
    })
    .await
}

/// The registrations in categories that are not listed (the demo's press and
/// secretariat), as a subquery.
#[allow(clippy::type_complexity)]
fn unlisted_registrations() -> diesel::dsl::Select<
    diesel::dsl::Filter<
        diesel::dsl::InnerJoin<registration_categories::table, categories::table>,
        diesel::dsl::Eq<categories::listed, bool>,
    >,
    registration_categories::registration_id,
> {
    registration_categories::table
        .inner_join(categories::table)
        .filter(categories::listed.eq(false))
        .select(registration_categories::registration_id)
}

async fn attendee_name(app: &TestApp) -> String {
    app.with_db(|c| {
        users::table
            .filter(users::email.eq(ATTENDEE))
            .select(users::name)
            .first(c)
            .unwrap()
    })
    .await
}

async fn get(client: &reqwest::Client, app: &TestApp, path: &str) -> (u16, String) {
    let r = client.get(app.url(path)).send().await.unwrap();
    let status = r.status().as_u16();
    (status, strip_isolation(&r.text().await.unwrap()))
}

#[tokio::test]
async fn the_public_list_shows_only_consenting_participants_by_country_and_follows_consent() {
    let app = TestApp::spawn_demo(12).await;
    let list = format!("/c/{SLUG}/participants");
    assert_eq!(
        app.get(&list).await.status().as_u16(),
        404,
        "off by default"
    );
    assert_eq!(app.get(&format!("{list}.csv")).await.status().as_u16(), 404);

    let organizer = app.demo_browser(ORGANIZER).await;
    enable_list(&app, &organizer).await;
    let (status, body) = get(&app.client, &app, &list).await;
    assert_eq!(status, 200);
    assert!(body.contains("No participants are listed yet."), "{body}");

    // Two in Chile, and the demo attendee (from Kenya); the rest have not consented.
    let chileans = consent_in(&app, "CL", 2).await;
    assert_eq!(chileans.len(), 2);
    let attendee = app.demo_browser(ATTENDEE).await;
    let name = attendee_name(&app).await;
    // The demo attendee without a category (as in a conference without categories):
    // on the list once they consent.
    app.with_db(|c| {
        let rid: String = registrations::table
            .inner_join(users::table)
            .filter(users::email.eq(ATTENDEE))
            .select(registrations::id)
            .first(c)
            .unwrap();
        diesel::delete(registration_categories::table.find(rid))
            .execute(c)
            .unwrap()
    })
    .await;
    let me = format!("/c/{SLUG}/me");
    let (_, page) = get(&attendee, &app, &me).await;
    assert!(page.contains("You do not appear on the list of participants."));
    let r = submit_with(
        &attendee,
        &app.base,
        &me,
        &format!("{me}/list-consent"),
        &[("list_consent", "yes")],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    let (_, page) = get(&attendee, &app, &me).await;
    assert!(page.contains("You will appear on the list of participants."));

    let (status, body) = get(&app.client, &app, &list).await;
    assert_eq!(status, 200);
    assert!(body.contains(&name), "the attendee is listed: {body}");
    for k in &chileans {
        assert!(body.contains(k.as_str()), "{k} is listed");
    }
    assert!(body.contains("Kenya") && body.contains("Chile"), "{body}");
    assert!(
        body.contains("<bdi>Chile</bdi> <span class=\"muted\">(2)</span>"),
        "Chile's count: {body}"
    );
    assert!(
        body.find("Chile").unwrap() < body.find("Kenya").unwrap(),
        "countries in order"
    );
    let total: i64 = app
        .with_db(|c| {
            registrations::table
                .filter(registrations::listed_consent.eq(true))
                .count()
                .get_result(c)
                .unwrap()
        })
        .await;
    assert_eq!(total, 3);
    assert!(body.contains("3 participants"), "{body}");
    let unlisted: Vec<String> = app
        .with_db(|c| {
            registrations::table
                .inner_join(users::table)
                .filter(registrations::listed_consent.eq(false))
                .select(users::email)
                .load(c)
                .unwrap()
        })
        .await;
    assert!(!unlisted.is_empty());

    // CSV and the printable view carry the same people.
    let r = app.get(&format!("{list}.csv")).await;
    assert_eq!(r.status().as_u16(), 200);
    assert!(
        r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let csv = r.text().await.unwrap();
    assert!(csv.contains("\"Country\",\"Country code\",\"Organisation or delegation\",\"Name\""));
    assert!(csv.contains(&name));
    assert_eq!(csv.lines().count(), 4, "a header and three people: {csv}");
    let (status, print) = get(&app.client, &app, &format!("{list}/print")).await;
    assert_eq!(status, 200);
    assert!(print.contains("participants-print") && print.contains(&name));

    // Withdrawn: off the list at the very next request.
    let r = submit_with(
        &attendee,
        &app.base,
        &me,
        &format!("{me}/list-consent"),
        &[],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    let (_, body) = get(&app.client, &app, &list).await;
    assert!(
        !body.contains(&name),
        "withdrawn consent is honoured at once"
    );
    assert!(body.contains("2 participants"));

    // The organizers' internal list has everyone, consent or not, with addresses.
    let (status, internal) = get(
        &organizer,
        &app,
        &format!("/organize/c/{SLUG}/participants-list/internal"),
    )
    .await;
    assert_eq!(status, 200);
    assert!(internal.contains(ATTENDEE) && internal.contains(unlisted[0].as_str()));
    let r = organizer
        .get(app.url(&format!(
            "/organize/c/{SLUG}/participants-list/internal.csv"
        )))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    assert!(r.text().await.unwrap().contains(ATTENDEE));

    // Off again: 404.
    let page = format!("/organize/c/{SLUG}/participants-list");
    submit_with(&organizer, &app.base, &page, &page, &[]).await;
    assert_eq!(app.get(&list).await.status().as_u16(), 404);
}

#[tokio::test]
async fn attendees_and_strangers_cannot_reach_the_organizer_pages() {
    let app = TestApp::spawn_demo(3).await;
    let attendee = app.demo_browser(ATTENDEE).await;
    for path in [
        "/organize/c/ip-ai-2020/participants-list",
        "/organize/c/ip-ai-2020/participants-list/internal.csv",
        "/organize/c/ip-ai-2020/retention",
        "/organize/c/ip-ai-2020/retention/anonymise",
    ] {
        let r = attendee.get(app.url(path)).send().await.unwrap();
        assert_eq!(r.status().as_u16(), 403, "{path}");
        let r = app.get(path).await;
        assert!(location(&r).starts_with("/login?next="), "{path}");
    }
}

async fn counts_by_country(app: &TestApp) -> Vec<(String, i64)> {
    app.with_db(|c| {
        let cid = conferences::table
            .filter(conferences::slug.eq(SLUG))
            .select(conferences::id)
            .first::<plenary::domain::ConferenceId>(c)
            .unwrap();
        plenary::db::stats::confirmed_by_country(c, cid).unwrap()
    })
    .await
}

async fn linked(app: &TestApp) -> i64 {
    app.with_db(|c| {
        registrations::table
            .inner_join(conferences::table)
            .filter(conferences::slug.eq(SLUG))
            .filter(registrations::user_id.is_not_null())
            .count()
            .get_result(c)
            .unwrap()
    })
    .await
}

async fn run_job(app: &TestApp, now: DateTime<Utc>) -> plenary::service::retention::Done {
    let base = app.base.clone();
    let db = app.db.clone();
    tokio::task::spawn_blocking(move || {
        db.write_blocking(|c| plenary::service::retention::run_due(c, now, &base))
            .unwrap()
    })
    .await
    .unwrap()
}

#[tokio::test]
async fn the_retention_job_warns_a_week_before_then_anonymises_and_keeps_counts() {
    let app = TestApp::spawn_demo(12).await;
    let organizer = app.demo_browser(ORGANIZER).await;
    let page = format!("/organize/c/{SLUG}/retention");
    let r = submit_with(
        &organizer,
        &app.base,
        &page,
        &page,
        &[("retention_months", "0")],
    )
    .await;
    assert_eq!(r.status().as_u16(), 200, "a field error");
    let body = strip_isolation(&r.text().await.unwrap());
    assert!(body.contains("Enter a whole number of months from 1 to 120"));
    let r = submit_with(
        &organizer,
        &app.base,
        &page,
        &page,
        &[("retention_months", "12")],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);

    let ends_on: NaiveDate = app
        .with_db(|c| {
            conferences::table
                .filter(conferences::slug.eq(SLUG))
                .select(conferences::ends_on)
                .first(c)
                .unwrap()
        })
        .await;
    let due = due_on(ends_on, 12);
    let before = counts_by_country(&app).await;
    assert!(!before.is_empty());
    let linked_before = linked(&app).await;
    assert!(linked_before > 0);

    let done = run_job(&app, at_noon(due - Duration::days(8))).await;
    assert_eq!((done.warned, done.anonymised), (0, 0), "too early");
    let done = run_job(&app, at_noon(due - Duration::days(7))).await;
    assert_eq!((done.warned, done.anonymised), (1, 0), "a week before");
    let done = run_job(&app, at_noon(due - Duration::days(6))).await;
    assert_eq!(done.warned, 0, "warned once");
    app.drain().await;
    let mails = app.mails_to(ORGANIZER);
    let warning = mails
        .iter()
        .find(|m| m.subject.contains("anonymised in a week"))
        .expect("the warning mail");
    assert!(
        warning
            .text
            .contains(&format!("/organize/c/{SLUG}/retention"))
    );
    assert_eq!(linked(&app).await, linked_before, "nothing anonymised yet");

    let done = run_job(&app, at_noon(due)).await;
    assert_eq!((done.warned, done.anonymised), (0, 1));
    assert_eq!(linked(&app).await, 0);
    assert_eq!(
        counts_by_country(&app).await,
        before,
        "counts by country kept"
    );
    let logged: i64 = app
        .with_db(|c| {
            audit_log::table
                .filter(audit_log::action.eq("retention.anonymise_scheduled"))
                .count()
                .get_result(c)
                .unwrap()
        })
        .await;
    assert_eq!(logged, 1);
    let done = run_job(&app, at_noon(due + Duration::days(30))).await;
    assert_eq!(done, plenary::service::retention::Done::default(), "once");

    // The accounts stay; the attendee is simply no longer registered.
    let attendee = app.demo_browser(ATTENDEE).await;
    let r = attendee
        .get(app.url(&format!("/c/{SLUG}/me")))
        .send()
        .await
        .unwrap();
    assert_eq!(location(&r), format!("/c/{SLUG}/register"));
    let (_, internal) = get(
        &organizer,
        &app,
        &format!("/organize/c/{SLUG}/participants-list/internal"),
    )
    .await;
    assert!(!internal.contains(ATTENDEE));
    assert!(internal.contains("Anonymised"));
}

#[tokio::test]
async fn anonymise_now_asks_for_confirmation_and_waits_for_the_end() {
    let app = TestApp::spawn_demo(5).await;
    let organizer = app.demo_browser(ORGANIZER).await;
    let confirm = format!("/organize/c/{SLUG}/retention/anonymise");

    app.clock.set(common::opening_utc());
    let (status, body) = get(&organizer, &app, &confirm).await;
    assert_eq!(status, 200);
    assert!(body.contains("once the conference has ended"));
    let r = submit_with(
        &organizer,
        &app.base,
        &confirm,
        &confirm,
        &[("understood", "yes")],
    )
    .await;
    assert_eq!(r.status().as_u16(), 200);
    assert!(linked(&app).await > 0, "not before the end");

    app.clock.set(common::opening_utc() + Duration::days(30));
    let r = submit_with(&organizer, &app.base, &confirm, &confirm, &[]).await;
    assert_eq!(r.status().as_u16(), 200);
    let body = strip_isolation(&r.text().await.unwrap());
    assert!(body.contains("Tick the box to confirm"));
    assert!(linked(&app).await > 0, "not without the box");

    let r = submit_with(
        &organizer,
        &app.base,
        &confirm,
        &confirm,
        &[("understood", "yes")],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(linked(&app).await, 0);
    let (_, body) = get(&organizer, &app, &format!("/organize/c/{SLUG}/retention")).await;
    assert!(
        body.contains("The registrations were anonymised on"),
        "{body}"
    );
}

#[tokio::test]
async fn the_list_reads_in_the_readers_language() {
    let app = TestApp::spawn_demo(6).await;
    let organizer = app.demo_browser(ORGANIZER).await;
    enable_list(&app, &organizer).await;
    consent_in(&app, "CL", 3).await;
    for (lang, heading, count) in [
        ("ar", "قائمة المشاركين", "3 مشاركين"),
        ("ru", "Список участников", "3 участника"),
        ("zh", "与会者名单", "3 名与会者"),
        ("fr", "Liste des participants", "3 participants"),
    ] {
        let (status, body) = get(
            &app.client,
            &app,
            &format!("/c/{SLUG}/participants?lang={lang}"),
        )
        .await;
        assert_eq!(status, 200);
        if std::env::var("PRINT_PAGES").is_ok() {
            eprintln!("{body}");
        }
        assert!(body.contains(heading), "{lang}: {body}");
        assert!(body.contains(count), "{lang}: {body}");
    }
    let (_, page) = get(
        &organizer,
        &app,
        &format!("/organize/c/{SLUG}/retention?lang=ru"),
    )
    .await;
    assert!(page.contains("Срок хранения в месяцах"));
}

#[tokio::test]
async fn sign_up_asks_for_list_consent_and_unlisted_categories_stay_off_the_list() {
    let app = TestApp::spawn_demo(12).await;
    let organizer = app.demo_browser(ORGANIZER).await;
    enable_list(&app, &organizer).await;
    // A consenting, confirmed member of the secretariat (a category that is not
    // listed) stays off the public list.
    let secretariat: String = app
        .with_db(|c| {
            let (id, name): (String, String) = registrations::table
                .inner_join(users::table)
                .filter(registrations::status.eq("confirmed"))
                .filter(registrations::id.eq_any(unlisted_registrations()))
                .select((registrations::id, users::name))
                .first(c)
                .unwrap();
            diesel::update(registrations::table.find(&id))
                .set(registrations::listed_consent.eq(true))
                .execute(c)
                .unwrap();
            name
        })
        .await;
    let listed = consent_in(&app, "CL", 1).await;
    let (_, body) = get(&app.client, &app, &format!("/c/{SLUG}/participants")).await;
    assert!(body.contains(listed[0].as_str()), "{body}");
    assert!(
        !body.contains(&secretariat),
        "an unlisted category's member: {body}"
    );

    // The sign-up form asks, unticked by default, and the answer is kept.
    let form = format!("/c/{SLUG}/register");
    let (_, page) = get(&app.client, &app, &form).await;
    assert!(
        page.contains("name=\"list_consent\""),
        "the question is asked"
    );
    assert!(!page.contains("name=\"list_consent\" type=\"checkbox\" value=\"yes\" checked"));
    for (email, consent) in [("yes-list@example.org", "yes"), ("no-list@example.org", "")] {
        let mut fields: Vec<(&str, &str)> = vec![
            ("name", "List Tester"),
            ("email", email),
            ("country", "CH"),
            ("time_zone", "Europe/Zurich"),
            ("password", "a sturdy passphrase"),
            ("consent", "yes"),
        ];
        if !consent.is_empty() {
            fields.push(("list_consent", consent));
        }
        let r = app.submit(&form, &form, &fields).await;
        assert_eq!(r.status().as_u16(), 303, "{email}");
    }
    let consents: Vec<(String, bool)> = app
        .with_db(|c| {
            registrations::table
                .inner_join(users::table)
                .filter(users::email.like("%-list@example.org"))
                .select((users::email, registrations::listed_consent))
                .order(users::email)
                .load(c)
                .unwrap()
        })
        .await;
    assert_eq!(
        consents,
        vec![
            ("no-list@example.org".to_string(), false),
            ("yes-list@example.org".to_string(), true)
        ]
    );
}
