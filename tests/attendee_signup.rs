//! The attendee's path through HTTP with the real server and a real SMTP sink:
//! sign-up, the confirmation mail and its link, tokens, enumeration, races,
//! capacity and the waiting list, and the outbox surviving outages and restarts.

mod common;

use chrono::{Duration, NaiveDate, Utc};
use common::{Page, Template, TestApp, location, submit_with};
use diesel::prelude::*;
use plenary::db::schema::{registrations, users};
use plenary::db::{self, conferences::NewConference};
use plenary::domain::ConferenceId;

const PASSWORD: &str = "a sturdy passphrase";

fn sign_up_fields<'a>(name: &'a str, email: &'a str, country: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("name", name),
        ("email", email),
        ("country", country),
        ("organization", "Ministry of Culture"),
        ("time_zone", "Asia/Ho_Chi_Minh"),
        ("password", PASSWORD),
        ("consent", "yes"),
    ]
}

async fn sign_up(app: &TestApp, slug: &str, name: &str, email: &str) -> reqwest::Response {
    let page = format!("/c/{slug}/register");
    app.submit(&page, &page, &sign_up_fields(name, email, "VN"))
        .await
}

/// The confirmation link of the latest "Confirm …" mail to `email`.
async fn confirm_link(app: &TestApp, email: &str) -> String {
    app.confirm_path(email)
}

#[tokio::test]
async fn the_whole_journey_from_sign_up_to_a_picked_session() {
    let app = TestApp::spawn_demo(20).await;
    // A week before the demo conference, so sessions can still be picked.
    app.clock
        .set(chrono::TimeZone::with_ymd_and_hms(&Utc, 2020, 7, 1, 9, 0, 0).unwrap());
    let name = "Nguyễn Thị Minh Khai";
    let email = "minh.khai@example.org";
    let r = sign_up(&app, "ip-ai-2020", name, email).await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(location(&r), "/c/ip-ai-2020/register/sent");
    let (_, sent) = app.get_html("/c/ip-ai-2020/register/sent").await;
    assert!(sent.contains("Check your email") && sent.contains(email));

    // Nothing leaves before the worker runs; then exactly one mail.
    assert!(app.mails_to(email).is_empty());
    assert_eq!(app.drain().await.sent, 1);
    let mails = app.mails_to(email);
    assert_eq!(mails.len(), 1);
    let m = &mails[0];
    assert!(
        m.subject.contains("Confirm your registration"),
        "{}",
        m.subject
    );
    assert!(
        m.text.contains(name) && m.html.contains(name),
        "both parts greet by name"
    );
    assert!(m.message_id.ends_with("@plenary.mail"), "{}", m.message_id);

    // Signed out until the link is followed.
    let r = app.get("/c/ip-ai-2020/me").await;
    assert_eq!(r.status().as_u16(), 303);
    assert!(location(&r).starts_with("/login?next="));

    let link = confirm_link(&app, email).await;
    let r = app.confirm_with(&app.client, &link, PASSWORD).await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(location(&r), "/c/ip-ai-2020/me");
    let (status, me) = app.get_html("/c/ip-ai-2020/me").await;
    assert_eq!(status, 200);
    assert!(me.contains("Confirmed"));
    assert!(me.contains(name), "the name shows in the page header");
    assert!(
        me.contains("ICT") || me.contains("+07"),
        "times in the registrant's zone"
    );

    // The confirmation mail with the conference in their zone and a calendar file.
    app.drain().await;
    let confirmed = app
        .mails_to(email)
        .into_iter()
        .find(|m| m.subject.starts_with("You are registered"))
        .expect("confirmed mail");
    // The zone as a reader names it: its city and country (issue 15).
    assert!(confirmed.text.contains("Ho Chi Minh"), "{}", confirmed.text);
    let (file, ct, ics) = confirmed
        .attachments
        .first()
        .expect("an .ics attachment")
        .clone();
    assert_eq!(file, "ip-ai-2020.ics");
    assert_eq!(ct, "text/calendar");
    assert!(ics.contains("BEGIN:VCALENDAR") && ics.contains("BEGIN:VEVENT"));

    // Pick a session, see it marked, unpick it.
    let session_id = Page::parse(&me).input("session");
    let r = app
        .submit(
            "/c/ip-ai-2020/me",
            "/c/ip-ai-2020/me/picks",
            &[("session", &session_id), ("action", "pick")],
        )
        .await;
    assert_eq!(r.status().as_u16(), 303);
    let (_, me) = app.get_html("/c/ip-ai-2020/me").await;
    assert!(me.contains("Session added to your picks."));
    assert!(me.contains("Remove from my picks"));
    let r = app
        .submit(
            "/c/ip-ai-2020/me",
            "/c/ip-ai-2020/me/picks",
            &[("session", &session_id), ("action", "unpick")],
        )
        .await;
    assert_eq!(r.status().as_u16(), 303);
    let (_, me) = app.get_html("/c/ip-ai-2020/me").await;
    assert!(me.contains("Session removed from your picks."));
}

#[tokio::test]
async fn a_used_link_is_harmless_and_an_expired_one_is_refused() {
    let app = TestApp::spawn_demo(5).await;
    sign_up(
        &app,
        "ip-ai-2020",
        "Zoë O'Brien-Łukasiewicz",
        "zoe@example.org",
    )
    .await;
    app.drain().await;
    let link = confirm_link(&app, "zoe@example.org").await;
    assert_eq!(
        app.confirm_with(&app.client, &link, PASSWORD)
            .await
            .status()
            .as_u16(),
        303
    );
    let (status, again) = app.get_html(&link).await;
    assert_eq!(status, 200);
    assert!(again.contains("already been used") && again.contains("confirmed"));
    // Only one "you are registered" mail despite two clicks.
    app.drain().await;
    let registered = app
        .mails_to("zoe@example.org")
        .iter()
        .filter(|m| m.subject.starts_with("You are registered"))
        .count();
    assert_eq!(registered, 1);

    let browser = app.new_browser();
    submit_with(
        &browser,
        &app.base,
        "/c/ip-ai-2020/register",
        "/c/ip-ai-2020/register",
        &sign_up_fields("محمد بن سلمان", "late@example.org", "SA"),
    )
    .await;
    app.drain().await;
    let link = confirm_link(&app, "late@example.org").await;
    app.clock.advance(Duration::hours(49));
    let r = browser.get(app.url(&link)).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 410);
    assert!(r.text().await.unwrap().contains("expired"));
    let status: String = app
        .with_db(|c| {
            registrations::table
                .inner_join(users::table)
                .filter(users::email.eq("late@example.org"))
                .select(registrations::status)
                .first(c)
                .unwrap()
        })
        .await;
    assert_eq!(status, "pending");
    let (status, _) = app.get_html("/confirm/not-a-real-token").await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn a_known_email_sees_the_same_page_and_gets_a_different_mail() {
    let app = TestApp::spawn_demo(5).await;
    let known = "attendee@demo.plenary.test";
    let fresh = "fresh@example.org";
    let a = sign_up(&app, "ip-ai-2020", "Someone", known).await;
    let (_, page_a) = app.get_html("/c/ip-ai-2020/register/sent").await;
    let b = sign_up(&app, "ip-ai-2020", "Someone", fresh).await;
    let (_, page_b) = app.get_html("/c/ip-ai-2020/register/sent").await;
    assert_eq!(a.status(), b.status());
    assert_eq!(location(&a), location(&b));
    assert_eq!(
        page_a.replace(known, "EMAIL"),
        page_b.replace(fresh, "EMAIL")
    );
    app.drain().await;
    let to_known = app.mails_to(known);
    assert_eq!(to_known.len(), 1);
    assert!(
        to_known[0]
            .subject
            .starts_with("You already have an account"),
        "{}",
        to_known[0].subject
    );
    assert!(to_known[0].link_containing("/login").is_some());
    assert!(app.mails_to(fresh)[0].subject.starts_with("Confirm"));
    // Case does not make a second account either.
    sign_up(&app, "ip-ai-2020", "Someone", "FRESH@Example.ORG").await;
    let n: i64 = app
        .with_db(|c| {
            users::table
                .filter(users::email.eq("fresh@example.org"))
                .count()
                .get_result(c)
                .unwrap()
        })
        .await;
    assert_eq!(n, 1);
}

/// Signs up each of `emails` on `slug` from a browser of its own, all at once: every
/// browser first loads the form (its CSRF token), then all posts are released together.
/// Returns each browser with the status and `Location` of its answer.
async fn race_sign_ups(
    app: &TestApp,
    slug: &str,
    emails: Vec<String>,
    country: &'static str,
) -> Vec<(String, reqwest::Client, u16, String)> {
    let page = format!("/c/{slug}/register");
    let start = std::sync::Arc::new(tokio::sync::Barrier::new(emails.len()));
    let mut tasks = Vec::new();
    for email in emails {
        let browser = app.new_browser();
        let url = app.url(&page);
        let start = start.clone();
        tasks.push(tokio::spawn(async move {
            let form = browser.get(&url).send().await.expect("GET form");
            let csrf = Page::parse(&form.text().await.expect("form body")).csrf();
            let mut fields = sign_up_fields("Participant", &email, country);
            fields.insert(0, ("csrf", &csrf));
            let fields: Vec<(String, String)> = fields
                .into_iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect();
            start.wait().await;
            let r = browser.post(&url).form(&fields).send().await.expect("POST");
            let (status, to) = (r.status().as_u16(), location(&r));
            (email, browser, status, to)
        }));
    }
    let mut answers = Vec::new();
    for t in tasks {
        answers.push(t.await.expect("sign-up task"));
    }
    answers
}

#[tokio::test]
async fn fifty_parallel_sign_ups_with_one_email_make_one_account() {
    // Rate limits off: all fifty requests must reach the sign-up and race there.
    let app = TestApp::spawn_from(Template::Demo(5), |s| s.rate_limits = false).await;
    let answers = race_sign_ups(
        &app,
        "ip-ai-2020",
        vec!["same@example.org".to_string(); 50],
        "FR",
    )
    .await;
    for (_, _, status, to) in &answers {
        assert_eq!(
            (*status, to.as_str()),
            (303, "/c/ip-ai-2020/register/sent"),
            "every sign-up is answered alike"
        );
    }
    let (accounts, regs): (i64, i64) = app
        .with_db(|c| {
            let accounts = users::table
                .filter(users::email.eq("same@example.org"))
                .count()
                .get_result(c)
                .unwrap();
            let regs = registrations::table
                .inner_join(users::table)
                .filter(users::email.eq("same@example.org"))
                .count()
                .get_result(c)
                .unwrap();
            (accounts, regs)
        })
        .await;
    assert_eq!((accounts, regs), (1, 1));
    let statuses = by_status(&app).await;
    assert!(statuses.contains(&("same@example.org".to_string(), "pending".to_string())));
    // The account is still unconfirmed, so every sign-up gets a link of its own
    // (carrying its own password: whoever confirms from the mailbox sets it), and
    // none is told that the account exists.
    assert_eq!(app.drain().await.sent, 50);
    let mails = app.mails_to("same@example.org");
    let count = |prefix: &str| {
        mails
            .iter()
            .filter(|m| m.subject.starts_with(prefix))
            .count()
    };
    assert_eq!(
        (
            count("Confirm your registration"),
            count("You already have an account"),
            mails.len()
        ),
        (50, 0, 50)
    );
}

async fn small_conference(app: &TestApp, capacity: i32) {
    app.with_db(move |c| {
        db::conferences::insert(
            c,
            &NewConference {
                id: ConferenceId::new(),
                slug: "small",
                title: "Small Expert Meeting",
                description: "Ten seats.",
                tz: chrono_tz::Europe::Zurich,
                starts_on: NaiveDate::from_ymd_opt(2031, 3, 3).unwrap(),
                ends_on: NaiveDate::from_ymd_opt(2031, 3, 3).unwrap(),
                registration_opens_at: None,
                registration_closes_at: None,
                capacity: Some(capacity),
                privacy_notice: "We use your data to run the meeting.",
                published: true,
            },
            Utc::now(),
        )
        .unwrap();
    })
    .await;
}

async fn by_status(app: &TestApp) -> Vec<(String, String)> {
    app.with_db(|c| {
        registrations::table
            .inner_join(users::table)
            .select((users::email, registrations::status))
            .order((registrations::created_at, registrations::id))
            .load::<(String, String)>(c)
            .unwrap()
    })
    .await
}

#[tokio::test]
async fn capacity_ten_and_thirty_parallel_sign_ups_then_promotion_in_order() {
    let app = TestApp::spawn().await;
    small_conference(&app, 10).await;
    let emails = (0..30).map(|i| format!("p{i}@example.org")).collect();
    let mut people = Vec::new();
    for (email, browser, status, _) in race_sign_ups(&app, "small", emails, "KE").await {
        assert_eq!(status, 303, "{email}");
        people.push((email, browser));
    }
    assert_eq!(app.drain().await.sent, 30);
    // Everyone confirms their email.
    for (email, browser) in &people {
        let link = confirm_link(&app, email).await;
        assert_eq!(
            app.confirm_with(browser, &link, PASSWORD)
                .await
                .status()
                .as_u16(),
            303
        );
    }
    let rows = by_status(&app).await;
    let confirmed: Vec<_> = rows.iter().filter(|(_, s)| s == "confirmed").collect();
    let waitlisted: Vec<String> = rows
        .iter()
        .filter(|(_, s)| s == "waitlisted")
        .map(|(e, _)| e.clone())
        .collect();
    assert_eq!((confirmed.len(), waitlisted.len()), (10, 20));

    // A waitlisted person sees their position.
    let (first_email, first_browser) = people.iter().find(|(e, _)| *e == waitlisted[0]).unwrap();
    let me = first_browser
        .get(app.url("/c/small/me"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        me.contains("number \u{2068}1\u{2069} on the waiting list"),
        "{first_email}"
    );

    // Two confirmed people cancel; the first two in line are promoted, in order.
    for (email, _) in confirmed.iter().take(2) {
        let (_, browser) = people.iter().find(|(e, _)| e == email).unwrap();
        let r = submit_with(
            browser,
            &app.base,
            "/c/small/me/cancel",
            "/c/small/me/cancel",
            &[],
        )
        .await;
        assert_eq!(r.status().as_u16(), 303);
    }
    let rows = by_status(&app).await;
    let status_of = |e: &str| rows.iter().find(|(x, _)| x == e).unwrap().1.clone();
    assert_eq!(status_of(&waitlisted[0]), "confirmed");
    assert_eq!(status_of(&waitlisted[1]), "confirmed");
    assert_eq!(status_of(&waitlisted[2]), "waitlisted");
    assert_eq!(rows.iter().filter(|(_, s)| s == "confirmed").count(), 10);
    app.drain().await;
    assert!(
        app.mails_to(&waitlisted[0])
            .iter()
            .any(|m| m.subject.starts_with("A seat is yours"))
    );
    assert!(
        !app.mails_to(&waitlisted[2])
            .iter()
            .any(|m| m.subject.starts_with("A seat is yours"))
    );
}

#[tokio::test]
async fn mail_survives_an_smtp_outage_and_is_delivered_once() {
    let app = TestApp::spawn_demo(5).await;
    app.sink.lock().unwrap().stop();
    sign_up(&app, "ip-ai-2020", "Outage Person", "outage@example.org").await;
    let report = app.drain().await;
    assert_eq!((report.sent, report.retrying), (0, 1));
    app.sink.lock().unwrap().restart();
    // Backoff: not retried immediately...
    assert_eq!(app.drain().await.sent, 0);
    // ...but once the backoff has passed.
    app.clock.advance(Duration::minutes(2));
    assert_eq!(app.drain().await.sent, 1);
    assert_eq!(app.drain().await.sent, 0);
    let mails = app.mails_to("outage@example.org");
    assert_eq!(mails.len(), 1);
    let (attempts, error): (i32, Option<String>) = app
        .with_db(|c| {
            use plenary::db::schema::outbox;
            outbox::table
                .select((outbox::attempts, outbox::last_error))
                .first(c)
                .unwrap()
        })
        .await;
    assert_eq!(attempts, 2);
    assert!(error.is_none(), "the error is cleared once sent");
}

#[tokio::test]
async fn a_restart_with_a_pending_outbox_delivers_each_mail_once() {
    let app = TestApp::spawn_demo(5).await;
    sign_up(&app, "ip-ai-2020", "Restart Person", "restart@example.org").await;
    let app = app.restart().await;
    assert_eq!(app.drain().await.sent, 1);
    assert_eq!(app.drain().await.sent, 0);
    assert_eq!(app.mails_to("restart@example.org").len(), 1);
}

/// Every mail says a program sent it (RFC 3834), so out-of-office robots stay quiet,
/// and its HTML sizes nothing in `rem` (SpamAssassin's FONT_INVIS_MSGID rule scores
/// `font-size` in `rem` as invisible text).
#[tokio::test]
async fn mails_are_auto_generated_and_size_fonts_in_pixels() {
    let app = TestApp::spawn_demo(5).await;
    let r = sign_up(
        &app,
        "ip-ai-2020",
        "Amina Diallo",
        "amina.diallo@example.org",
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(app.drain().await.sent, 1);
    let raw = app.sink.lock().unwrap().raw();
    assert_eq!(raw.len(), 1);
    let message = String::from_utf8_lossy(&raw[0]);
    let (head, _) = message.split_once("\r\n\r\n").expect("headers");
    assert!(
        head.lines().any(|l| l == "Auto-Submitted: auto-generated"),
        "{head}"
    );
    let mail = &app.mails_to("amina.diallo@example.org")[0];
    assert!(mail.html.contains("font-size:14px"), "{}", mail.html);
    assert!(!mail.html.contains("rem;") && !mail.html.contains("rem\""));
}
