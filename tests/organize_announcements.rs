//! Announcements, session reminders and the outbox health page, through HTTP with
//! the real server and SMTP sink (SQLite, or PostgreSQL when
//! `PLENARY_TEST_DATABASE_URL` is set).

mod common;

use chrono::{Duration, NaiveDateTime};
use common::{TestApp, location};
use diesel::dsl::count_star;
use diesel::prelude::*;
use plenary::db::schema::{
    conferences, enrollments, outbox, registrations, session_people, sessions, users,
};
use plenary::service::reminders;

const SLUG: &str = "ip-ai-2020";
const ORGANIZER: &str = "organizer@demo.plenary.test";
const NEW: &str = "/organize/c/ip-ai-2020/announcements/new";
const SEND: &str = "/organize/c/ip-ai-2020/announcements/send";

async fn conference_id(app: &TestApp) -> String {
    app.with_db(|c| {
        conferences::table
            .filter(conferences::slug.eq(SLUG))
            .select(conferences::id)
            .first(c)
            .unwrap()
    })
    .await
}

/// Confirmed registrants who still have an account.
async fn confirmed_with_account(app: &TestApp) -> i64 {
    let cid = conference_id(app).await;
    app.with_db(move |c| {
        registrations::table
            .inner_join(users::table)
            .filter(registrations::conference_id.eq(cid))
            .filter(registrations::status.eq("confirmed"))
            .select(count_star())
            .first(c)
            .unwrap()
    })
    .await
}

async fn json(app: &TestApp, path: &str) -> serde_json::Value {
    let r = app.get(path).await;
    assert_eq!(r.status().as_u16(), 200, "{path}");
    r.json().await.unwrap()
}

#[tokio::test]
async fn composing_with_errors_shows_every_error_at_once_and_keeps_the_values() {
    let app = TestApp::spawn_demo_signed_in(10, ORGANIZER).await;
    let (status, form) = app.get_html(NEW).await;
    assert_eq!(status, 200);
    assert!(form.contains("<label for=\"subject\">") && form.contains("<label for=\"body\">"));
    let long = format!("Dear all, {}", "x".repeat(20_000));
    let r = app
        .submit(
            NEW,
            NEW,
            &[("subject", ""), ("body", &long), ("audience", "waitlisted")],
        )
        .await;
    assert_eq!(r.status().as_u16(), 200);
    let html = r.text().await.unwrap();
    assert!(html.contains("There is a problem"));
    assert!(html.contains("Enter a subject"));
    assert!(
        plenary::domain::l10n::strip_isolation(&html)
            .contains("The message must be 20,000 characters or fewer")
    );
    assert!(html.contains(&long), "the body is kept");
    assert!(html.contains("<option value=\"waitlisted\" selected>"));
    assert!(html.contains("aria-invalid=\"true\""));

    let subject = "S".repeat(201);
    let r = app
        .submit(
            NEW,
            NEW,
            &[
                ("subject", &subject),
                ("body", ""),
                ("audience", "session:nope"),
            ],
        )
        .await;
    let html = r.text().await.unwrap();
    assert!(html.contains("Must be \u{2068}200\u{2069} characters or fewer"));
    assert!(html.contains("Enter the message"));
    assert!(html.contains("Choose who receives the announcement"));
    assert!(
        html.contains(&format!("value=\"{subject}\"")),
        "the subject is kept"
    );
    let rows: i64 = app
        .with_db(|c| outbox::table.select(count_star()).first(c).unwrap())
        .await;
    assert_eq!(rows, 0, "nothing is sent before the preview");
}

#[tokio::test]
async fn the_preview_shows_clean_html_and_the_right_recipient_count() {
    let app = TestApp::spawn_demo_signed_in(200, ORGANIZER).await;
    let body = "**Welcome** to the [agenda](https://example.org/a).\n\n<script>alert('x')</script>\n\n- one\n- two";
    let r = app
        .submit(
            NEW,
            NEW,
            &[
                ("subject", "Welcome to Geneva"),
                ("body", body),
                ("audience", "confirmed"),
            ],
        )
        .await;
    assert_eq!(r.status().as_u16(), 200);
    let html = r.text().await.unwrap();
    assert!(html.contains("<strong>Welcome</strong>"));
    assert!(html.contains("<li>one</li>"));
    assert!(!html.contains("<script>alert"), "the script is removed");
    let n = confirmed_with_account(&app).await;
    assert!(html.contains(&format!("data-recipients=\"{n}\"")));

    // The enrolled of one session, and the moderators and speakers.
    let cid = conference_id(&app).await;
    let c2 = cid.clone();
    let (session, enrolled): (String, i64) = app
        .with_db(move |c| {
            enrollments::table
                .inner_join(sessions::table)
                .inner_join(registrations::table)
                .filter(sessions::conference_id.eq(c2))
                .filter(enrollments::status.eq("enrolled"))
                .filter(registrations::status.eq("confirmed"))
                .group_by(enrollments::session_id)
                .select((enrollments::session_id, count_star()))
                .order(count_star().desc())
                .first(c)
                .unwrap()
        })
        .await;
    let audience = format!("session:{session}");
    let html = app
        .submit(
            NEW,
            NEW,
            &[
                ("subject", "Room change"),
                ("body", "See you"),
                ("audience", &audience),
            ],
        )
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains(&format!("data-recipients=\"{enrolled}\"")));
    let staff: i64 = app
        .with_db(move |c| {
            session_people::table
                .inner_join(sessions::table)
                .filter(sessions::conference_id.eq(cid))
                .select(diesel::dsl::count(session_people::user_id).aggregate_distinct())
                .first(c)
                .unwrap()
        })
        .await;
    let html = app
        .submit(
            NEW,
            NEW,
            &[
                ("subject", "Briefing"),
                ("body", "Briefing at 9"),
                ("audience", "staff"),
            ],
        )
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains(&format!("data-recipients=\"{staff}\"")));
}

#[tokio::test]
async fn sending_queues_one_row_per_recipient_in_one_batch_and_reports_progress() {
    let app = TestApp::spawn_demo_signed_in(40, ORGANIZER).await;
    let cid = conference_id(&app).await;
    // A deleted account and a cancelled registration must not receive it.
    let c2 = cid.clone();
    let (gone, cancelled): (String, String) = app
        .with_db(move |c| {
            let confirmed: Vec<(String, String)> = registrations::table
                .inner_join(users::table)
                .filter(registrations::conference_id.eq(c2))
                .filter(registrations::status.eq("confirmed"))
                .filter(users::email.ne("attendee@demo.plenary.test"))
                .order(registrations::id)
                .select((registrations::id, users::email))
                .load(c)
                .unwrap();
            diesel::delete(users::table.filter(users::email.eq(&confirmed[0].1)))
                .execute(c)
                .unwrap();
            diesel::update(registrations::table.find(&confirmed[1].0))
                .set(registrations::status.eq("cancelled"))
                .execute(c)
                .unwrap();
            (confirmed[0].1.clone(), confirmed[1].1.clone())
        })
        .await;
    let n = confirmed_with_account(&app).await;
    let body = "**Doors open** at 09:00 CEST.";
    let r = app
        .submit(
            NEW,
            SEND,
            &[
                ("subject", "Doors open"),
                ("body", body),
                ("audience", "confirmed"),
                ("action", "send"),
            ],
        )
        .await;
    assert_eq!(r.status().as_u16(), 303);
    let progress = location(&r);
    let batch = progress
        .strip_prefix("/organize/c/ip-ai-2020/announcements/")
        .expect("the progress page")
        .to_string();
    let b2 = batch.clone();
    let rows: Vec<(String, String, String)> = app
        .with_db(move |c| {
            outbox::table
                .filter(outbox::batch_id.eq(b2))
                .select((outbox::kind, outbox::status, outbox::to_address))
                .load(c)
                .unwrap()
        })
        .await;
    assert_eq!(rows.len() as i64, n, "one row per recipient");
    assert!(
        rows.iter()
            .all(|(k, s, _)| k == "announcement" && s == "queued")
    );
    assert!(
        !rows
            .iter()
            .any(|(_, _, to)| to == &gone || to == &cancelled)
    );
    let mut to: Vec<&String> = rows.iter().map(|(_, _, t)| t).collect();
    to.dedup();
    assert_eq!(to.len() as i64, n, "each once");

    let (status, page) = app.get_html(&progress).await;
    assert_eq!(status, 200);
    assert!(page.contains("aria-live=\"polite\""));
    assert!(page.contains(&format!("data-progress-url=\"{progress}.json\"")));
    assert!(
        page.contains(&format!("href=\"{progress}\"")),
        "a reload link"
    );
    let j = json(&app, &format!("{progress}.json")).await;
    assert_eq!(j["queued"], n);
    assert_eq!(j["sent"], 0);
    assert_eq!(j["done"], false);

    assert_eq!(app.drain().await.sent as i64, n);
    let j = json(&app, &format!("{progress}.json")).await;
    assert_eq!(
        (j["queued"].as_i64(), j["sent"].as_i64()),
        (Some(0), Some(n))
    );
    assert_eq!(j["failed"], 0);
    assert_eq!(j["done"], true);

    let mails = app.mails_to("attendee@demo.plenary.test");
    let m = mails
        .iter()
        .find(|m| m.subject == "[IP & AI 2020] Doors open")
        .expect("the announcement, its subject tagged with the conference's short name");
    assert!(
        m.text.contains("Doors open at 09:00 CEST.") && !m.text.contains("**"),
        "the text part is the Markdown as readable text: {}",
        m.text
    );
    assert!(m.html.contains("<strong>Doors open</strong>"));
    assert!(m.text.contains("Amina Demo-Attendee"));
    assert!(app.mails_to(&gone).is_empty() && app.mails_to(&cancelled).is_empty());

    let (_, list) = app.get_html("/organize/c/ip-ai-2020/announcements").await;
    assert!(list.contains(&format!(
        "href=\"{progress}\"><bdi>[IP &#38; AI 2020] Doors open</bdi></a>"
    )));
    let audit: i64 = app
        .with_db(|c| {
            plenary::db::schema::audit_log::table
                .filter(plenary::db::schema::audit_log::action.eq("announcement.send"))
                .select(count_star())
                .first(c)
                .unwrap()
        })
        .await;
    assert_eq!(audit, 1);
    // Unknown batches are not found, as JSON or page.
    let other = uuid::Uuid::now_v7();
    for p in [
        format!("/organize/c/{SLUG}/announcements/{other}"),
        format!("/organize/c/{SLUG}/announcements/{other}.json"),
        format!("/organize/c/{SLUG}/announcements/nope.json"),
    ] {
        assert_eq!(app.get(&p).await.status().as_u16(), 404, "{p}");
    }
    // "Change it" on the preview goes back to the form with the draft.
    let r = app
        .submit(
            NEW,
            SEND,
            &[
                ("subject", "Second"),
                ("body", "Draft"),
                ("audience", "confirmed"),
                ("action", "edit"),
            ],
        )
        .await;
    let html = r.text().await.unwrap();
    assert!(html.contains("value=\"Second\"") && html.contains(">Draft</textarea>"));
}

#[tokio::test]
async fn session_reminders_are_enqueued_once_even_if_the_scheduler_runs_twice() {
    let app = TestApp::spawn_demo(100).await;
    let cid = conference_id(&app).await;
    // The demo attendee's first picked session, and the time 10 minutes before it.
    let c2 = cid.clone();
    let (session, title, starts): (String, String, NaiveDateTime) = app
        .with_db(move |c| {
            diesel::update(conferences::table.find(&c2))
                .set((
                    conferences::reminders_enabled.eq(true),
                    conferences::reminder_minutes.eq(30),
                ))
                .execute(c)
                .unwrap();
            enrollments::table
                .inner_join(sessions::table)
                .inner_join(registrations::table.inner_join(users::table))
                .filter(users::email.eq("attendee@demo.plenary.test"))
                .order(sessions::starts_at)
                .select((sessions::id, sessions::title, sessions::starts_at))
                .first(c)
                .unwrap()
        })
        .await;
    let now = starts.and_utc() - Duration::minutes(10);
    let window_end = now + Duration::minutes(30);
    let expected: i64 = app
        .with_db(move |c| {
            enrollments::table
                .inner_join(sessions::table)
                .inner_join(registrations::table.inner_join(users::table))
                .filter(sessions::conference_id.eq(cid))
                .filter(sessions::starts_at.gt(now.naive_utc()))
                .filter(sessions::starts_at.le(window_end.naive_utc()))
                .filter(sessions::status.eq("scheduled"))
                .filter(enrollments::status.eq("enrolled"))
                .filter(registrations::status.eq("confirmed"))
                .select(count_star())
                .first(c)
                .unwrap()
        })
        .await;
    assert!(expected > 0);
    let base = app.settings.base_url.clone();
    let b2 = base.clone();
    let first = app
        .with_db(move |c| reminders::enqueue_due(c, now, &b2).unwrap())
        .await;
    let second = app
        .with_db(move |c| reminders::enqueue_due(c, now, &base).unwrap())
        .await;
    assert_eq!(first as i64, expected);
    assert_eq!(second, 0, "each reminder once");
    let rows: i64 = app
        .with_db(|c| {
            outbox::table
                .filter(outbox::kind.eq("reminder"))
                .select(count_star())
                .first(c)
                .unwrap()
        })
        .await;
    assert_eq!(rows, expected);

    app.drain().await;
    let mails = app.mails_to("attendee@demo.plenary.test");
    let m = mails
        .iter()
        .find(|m| m.subject == format!("Starting soon: {title}"))
        .expect("the reminder");
    assert!(
        m.text.contains("Nairobi (Kenya)"),
        "in the registrant's zone, named by its city and country"
    );
    assert!(m.text.contains("/c/ip-ai-2020/me"));
    let id = m.message_id.trim_matches(['<', '>']);
    assert!(
        id.starts_with(&format!("reminder-{session}-")) && id.ends_with("@plenary.mail"),
        "a deterministic Message-ID: {id}"
    );
}

#[tokio::test]
async fn the_outbox_page_lists_failed_mail_and_retry_requeues_it() {
    let app = TestApp::spawn_demo_signed_in(10, ORGANIZER).await;
    let outbox_page = "/organize/c/ip-ai-2020/outbox";
    let (_, html) = app.get_html(outbox_page).await;
    assert!(html.contains("No failed or retrying mail"));

    // Two announcements to the staff; the sink is down, so both fail once.
    let r = app
        .submit(
            NEW,
            SEND,
            &[
                ("subject", "Tech check"),
                ("body", "Tech check at 08:30"),
                ("audience", "staff"),
                ("action", "send"),
            ],
        )
        .await;
    assert_eq!(r.status().as_u16(), 303);
    app.sink.lock().unwrap().stop();
    // With the mail server away, each drain records the error on one row and hands
    // the rest back untouched; two drains leave two rows retrying.
    let first = app.drain().await;
    let second = app.drain().await;
    assert!(first.server_away.is_some(), "{first:?}");
    assert_eq!(first.retrying + second.retrying, 2, "{first:?} {second:?}");
    // One gives up for good.
    let failed_id: String = app
        .with_db(|c| {
            // One of the two that failed (which ones the worker tried first
            // differs between the backends).
            let id: String = outbox::table
                .filter(outbox::kind.eq("announcement"))
                .filter(outbox::attempts.gt(0))
                .order(outbox::id)
                .select(outbox::id)
                .first(c)
                .unwrap();
            diesel::update(outbox::table.find(&id))
                .set((outbox::status.eq("failed"), outbox::attempts.eq(8)))
                .execute(c)
                .unwrap();
            id
        })
        .await;
    let (_, html) = app.get_html(outbox_page).await;
    assert!(html.contains("Tech check"));
    assert!(html.contains("<span class=\"status cancelled\">Failed</span>"));
    assert!(html.contains("<span class=\"status pending\">Retrying</span>"));
    app.sink.lock().unwrap().restart();

    let r = app
        .submit(
            outbox_page,
            &format!("{outbox_page}/{failed_id}/retry"),
            &[],
        )
        .await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(location(&r), outbox_page);
    let f2 = failed_id.clone();
    let (status, attempts, due): (String, i32, NaiveDateTime) = app
        .with_db(move |c| {
            outbox::table
                .find(f2)
                .select((outbox::status, outbox::attempts, outbox::next_attempt_at))
                .first(c)
                .unwrap()
        })
        .await;
    assert_eq!((status.as_str(), attempts), ("queued", 8), "attempts kept");
    assert!(due <= app.clock.now().naive_utc());
    // That one and the rows handed back untouched are due now; the other row that
    // failed waits for its backoff, or for "retry all".
    let report = app.drain().await;
    assert!(report.sent >= 1 && report.retrying == 0, "{report:?}");
    let waiting = app
        .with_db(|c| {
            outbox::table
                .filter(outbox::status.eq("queued"))
                .count()
                .get_result::<i64>(c)
                .unwrap()
        })
        .await;
    assert_eq!(waiting, 1, "the other failed row waits for its backoff");
    let r = app
        .submit(outbox_page, &format!("{outbox_page}/retry"), &[])
        .await;
    assert_eq!(r.status().as_u16(), 303);
    let report = app.drain().await;
    assert!(report.sent == 1 && report.retrying == 0, "{report:?}");
    let (_, html) = app.get_html(outbox_page).await;
    assert!(html.contains("No failed or retrying mail"));
    let audits: Vec<String> = app
        .with_db(|c| {
            plenary::db::schema::audit_log::table
                .filter(plenary::db::schema::audit_log::action.like("outbox.%"))
                .select(plenary::db::schema::audit_log::action)
                .load(c)
                .unwrap()
        })
        .await;
    assert_eq!(audits.len(), 2, "{audits:?}");
    // An id that is not a mail of this conference changes nothing.
    let r = app
        .submit(outbox_page, &format!("{outbox_page}/not-an-id/retry"), &[])
        .await;
    assert_eq!(r.status().as_u16(), 404);
}
