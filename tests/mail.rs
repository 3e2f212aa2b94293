//! Mail of issue 16 through HTTP, the real server and the SMTP sink (SQLite, or
//! PostgreSQL when `PLENARY_TEST_DATABASE_URL` is set): announcements' list headers
//! and the one-click unsubscribe (RFC 8058), the test send, scheduled sending and
//! recipient counts; the confirmation's calendar; the outbox's recipient lookup.

mod common;

use chrono::Duration;
use common::{TestApp, location};
use diesel::dsl::count_star;
use diesel::prelude::*;
use plenary::db::schema::{outbox, registrations, users};

const SLUG: &str = "ip-ai-2020";
const ORGANIZER: &str = "organizer@demo.plenary.test";
const ATTENDEE: &str = "attendee@demo.plenary.test";
const NEW: &str = "/organize/c/ip-ai-2020/announcements/new";
const SEND: &str = "/organize/c/ip-ai-2020/announcements/send";

async fn confirmed_with_account(app: &TestApp) -> i64 {
    app.with_db(|c| {
        let conf = plenary::db::conferences::by_slug(c, SLUG).unwrap().unwrap();
        registrations::table
            .inner_join(users::table)
            .filter(registrations::conference_id.eq(conf.id.to_string()))
            .filter(registrations::status.eq("confirmed"))
            .select(count_star())
            .first(c)
            .unwrap()
    })
    .await
}

async fn announce(app: &TestApp, subject: &str, send_at: &str) -> reqwest::Response {
    app.submit(
        NEW,
        SEND,
        &[
            ("subject", subject),
            ("body", "See you **tomorrow**."),
            ("audience", "confirmed"),
            ("send_at", send_at),
            ("action", "send"),
        ],
    )
    .await
}

#[tokio::test]
async fn one_click_post_unsubscribes_from_announcements_and_transactional_mail_is_unaffected() {
    let app = TestApp::spawn_demo_signed_in(10, ORGANIZER).await;
    let n = confirmed_with_account(&app).await;
    assert_eq!(
        announce(&app, "First news", "").await.status().as_u16(),
        303
    );
    assert_eq!(app.drain().await.sent as i64, n);
    let mails = app.mails_to(ATTENDEE);
    let m = mails
        .iter()
        .find(|m| m.subject == "[IP & AI 2020] First news")
        .expect("the announcement");
    // Bulk-mail headers, the conference as the sender's name.
    let unsubscribe = m.header("List-Unsubscribe").expect("List-Unsubscribe");
    assert_eq!(
        m.header("List-Unsubscribe-Post"),
        Some("List-Unsubscribe=One-Click")
    );
    let url = unsubscribe
        .strip_prefix('<')
        .and_then(|u| u.strip_suffix('>'))
        .expect("<url>")
        .to_string();
    assert!(
        url.starts_with(&format!("{}/unsubscribe/", app.base)),
        "{url}"
    );
    assert!(
        m.from_name
            .starts_with("Conversation on Intellectual Property"),
        "the conference names the sender: {}",
        m.from_name
    );
    assert!(m.text.contains(&url), "the footer links the same page");
    assert!(m.text.contains("See you tomorrow.") && !m.text.contains("**"));

    // A link scanner's GET changes nothing; it shows the button.
    let scanner = common::new_client();
    let r = scanner.get(&url).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("Unsubscribe from announcements")
    );
    // The mail client's one-click POST: no cookie, no CSRF token (RFC 8058).
    let r = common::new_client()
        .post(&url)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    assert!(r.text().await.unwrap().contains("You are unsubscribed"));
    // Repeating it is harmless; an unknown token is not found.
    let again = common::new_client().post(&url).send().await.unwrap();
    assert_eq!(again.status().as_u16(), 200);
    let unknown = common::new_client()
        .post(app.url("/unsubscribe/not-a-token"))
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status().as_u16(), 404);

    // The next announcement skips them, and the compose form counts one fewer.
    let (_, form) = app.get_html(NEW).await;
    assert!(
        plenary::domain::l10n::strip_isolation(&form)
            .contains(&format!("All confirmed registrants ({} people)", n - 1)),
        "recipient counts per audience"
    );
    assert_eq!(
        announce(&app, "Second news", "").await.status().as_u16(),
        303
    );
    assert_eq!(app.drain().await.sent as i64, n - 1);
    assert!(
        !app.mails_to(ATTENDEE)
            .iter()
            .any(|m| m.subject.contains("Second news"))
    );

    // Transactional mail still reaches them, without list headers.
    let r = common::submit_with(
        &common::new_client(),
        &app.base,
        "/password/reset",
        "/password/reset",
        &[("email", ATTENDEE)],
    )
    .await;
    assert!(r.status().is_success() || r.status().is_redirection());
    app.drain().await;
    let reset = app
        .mails_to(ATTENDEE)
        .into_iter()
        .find(|m| m.subject.contains("password"))
        .expect("the reset mail");
    assert_eq!(reset.header("List-Unsubscribe"), None);
    assert_eq!(reset.header("List-Unsubscribe-Post"), None);
    assert_eq!(reset.header("Auto-Submitted"), Some("auto-generated"));
}

#[tokio::test]
async fn send_a_test_goes_only_to_the_organizer() {
    let app = TestApp::spawn_demo_signed_in(10, ORGANIZER).await;
    let (_, form) = app.get_html(NEW).await;
    assert!(
        form.contains("Dear (the recipient&#39;s name),")
            || form.contains("Dear (the recipient's name),"),
        "the compose form shows the greeting the mail adds"
    );
    let r = app
        .submit(
            NEW,
            SEND,
            &[
                ("subject", "Check me"),
                ("body", "Draft text"),
                ("audience", "confirmed"),
                ("action", "test"),
            ],
        )
        .await;
    assert_eq!(r.status().as_u16(), 200);
    let page = plenary::domain::l10n::strip_isolation(&r.text().await.unwrap());
    assert!(page.contains(&format!("A test copy is on its way to {ORGANIZER}")));
    assert!(page.contains("value=\"Check me\""), "the preview stays");
    let rows: Vec<(String, Option<String>)> = app
        .with_db(|c| {
            outbox::table
                .select((outbox::to_address, outbox::batch_id))
                .load(c)
                .unwrap()
        })
        .await;
    assert_eq!(
        rows,
        vec![(ORGANIZER.to_string(), None)],
        "one mail, to the organizer"
    );
    assert_eq!(app.drain().await.sent, 1);
    let m = &app.mails_to(ORGANIZER)[0];
    assert_eq!(m.subject, "[Test] [IP & AI 2020] Check me");
    assert_eq!(m.header("List-Unsubscribe"), None);
    assert!(app.mails_to(ATTENDEE).is_empty());
}

#[tokio::test]
async fn a_scheduled_announcement_waits_for_its_time() {
    let app = TestApp::spawn_demo_signed_in(10, ORGANIZER).await;
    let n = confirmed_with_account(&app).await;
    let tz = chrono_tz::Europe::Zurich;
    let past = (app.clock.now() - Duration::hours(1)).with_timezone(&tz);
    let r = announce(&app, "Too late", &past.format("%Y-%m-%dT%H:%M").to_string()).await;
    assert_eq!(r.status().as_u16(), 200);
    assert!(
        r.text()
            .await
            .unwrap()
            .contains("Choose a time in the future")
    );

    let at = (app.clock.now() + Duration::hours(2)).with_timezone(&tz);
    let r = announce(&app, "Later news", &at.format("%Y-%m-%dT%H:%M").to_string()).await;
    assert_eq!(r.status().as_u16(), 303);
    let progress = location(&r);
    assert_eq!(app.drain().await.sent, 0, "nothing goes before its time");
    let (_, page) = app.get_html(&progress).await;
    assert!(page.contains("Later news"));
    app.clock.advance(Duration::hours(2) + Duration::minutes(1));
    assert_eq!(app.drain().await.sent as i64, n, "then everyone gets it");
    assert!(
        app.mails_to(ATTENDEE)
            .iter()
            .any(|m| m.subject == "[IP & AI 2020] Later news")
    );
}

#[tokio::test]
async fn a_scheduled_announcement_can_be_cancelled_before_it_goes() {
    let app = TestApp::spawn_demo_signed_in(10, ORGANIZER).await;
    let n = confirmed_with_account(&app).await;
    let tz = chrono_tz::Europe::Zurich;
    let at = (app.clock.now() + Duration::hours(2)).with_timezone(&tz);
    let r = announce(&app, "Maybe news", &at.format("%Y-%m-%dT%H:%M").to_string()).await;
    assert_eq!(r.status().as_u16(), 303);
    let progress = location(&r);
    let (_, page) = app.get_html(&progress).await;
    let cancel = format!("{progress}/cancel");
    assert!(
        page.contains(&format!("href=\"{cancel}\"")),
        "a cancel link"
    );

    // The confirmation page says how many will not go.
    let plain = |html: String| html.replace(['\u{2068}', '\u{2069}'], "");
    let (status, confirm) = app.get_html(&cancel).await;
    let confirm = plain(confirm);
    assert_eq!(status, 200);
    assert!(
        confirm.contains(&format!("{n} messages have not gone yet")),
        "{confirm}"
    );
    // Without its token the form does nothing.
    let forged = app
        .client
        .post(app.url(&cancel))
        .form(&[("csrf", "forged")])
        .send()
        .await
        .unwrap();
    assert!(forged.status().is_client_error());
    let r = app.submit(&cancel, &cancel, &[]).await;
    assert_eq!(r.status().as_u16(), 303);
    let page = plain(app.get_html(&progress).await.1);
    assert!(
        page.contains(&format!(
            "The announcement is cancelled: {n} messages will not be sent."
        )),
        "{page}"
    );
    assert!(page.contains(&format!("{n} messages were cancelled before they went.")));
    assert!(
        !page.contains(&format!("href=\"{cancel}\"")),
        "nothing left to cancel"
    );

    app.clock.advance(Duration::hours(3));
    assert_eq!(
        app.drain().await.sent,
        0,
        "nothing goes, even after its time"
    );
    assert!(
        !app.mails_to(ATTENDEE)
            .iter()
            .any(|m| m.subject.ends_with("Maybe news"))
    );
    let audit: i64 = app
        .with_db(|c| {
            plenary::db::schema::audit_log::table
                .filter(plenary::db::schema::audit_log::action.eq("announcement.cancel"))
                .count()
                .get_result(c)
                .unwrap()
        })
        .await;
    assert_eq!(audit, 1, "the cancellation is in the audit log");
    // Nothing left: the confirmation page sends the organizer back with a word.
    assert_eq!(app.get(&cancel).await.status().as_u16(), 303);
}

/// The VEVENTs of an .ics: (UID, DTSTART, DTEND).
fn events(ics: &str) -> Vec<(String, String, String)> {
    let unfolded = ics.replace("\r\n ", "");
    let mut out = Vec::new();
    for block in unfolded.split("BEGIN:VEVENT").skip(1) {
        let field = |name: &str| {
            block
                .lines()
                .find(|l| l.starts_with(&format!("{name}:")))
                .map(|l| l[name.len() + 1..].trim().to_string())
                .unwrap_or_default()
        };
        out.push((field("UID"), field("DTSTART"), field("DTEND")));
    }
    out
}

#[tokio::test]
async fn the_confirmation_calendar_holds_the_picked_sessions_or_one_event_per_day() {
    let app = TestApp::spawn_demo(10).await;
    let base = app.settings.base_url.clone();
    let picked: Vec<String> = app
        .with_db(move |c| {
            use plenary::domain::status::EnrollmentStatus;
            let conf = plenary::db::conferences::by_slug(c, SLUG).unwrap().unwrap();
            let mut picked = Vec::new();
            for who in [ATTENDEE, "nobody-picked@example.org"] {
                let email = plenary::domain::Email::parse(who).unwrap();
                let user = match plenary::db::users::by_email(c, &email).unwrap() {
                    Some(u) => u,
                    None => continue,
                };
                let reg = plenary::db::registrations::for_user(c, conf.id, user.id)
                    .unwrap()
                    .expect("registered");
                picked = plenary::db::registrations::picks(c, reg.id)
                    .unwrap()
                    .into_iter()
                    .filter(|p| p.status == EnrollmentStatus::Enrolled)
                    .map(|p| p.session_id.to_string())
                    .collect();
                let ctx = plenary::service::Ctx {
                    base_url: &base,
                    now: chrono::Utc::now(),
                };
                plenary::service::registration::send_confirmed(c, ctx, &conf, &user).unwrap();
            }
            picked
        })
        .await;
    assert!(!picked.is_empty(), "the demo attendee has picks");
    app.drain().await;
    let m = app
        .mails_to(ATTENDEE)
        .into_iter()
        .find(|m| m.subject.starts_with("You are registered"))
        .expect("the confirmation");
    let (name, ct, ics) = &m.attachments[0];
    assert!(name.ends_with(".ics") && ct == "text/calendar");
    let evs = events(ics);
    assert_eq!(evs.len(), picked.len(), "one VEVENT per picked session");
    for id in &picked {
        assert!(
            evs.iter()
                .any(|(uid, _, _)| uid == &format!("session-{id}@plenary")),
            "{id} in {ics}"
        );
    }
    assert!(m.text.contains("sessions you picked"));

    // Without picks: one event per conference day, none across a night.
    let days = app
        .with_db(|c| {
            let conf = plenary::db::conferences::by_slug(c, SLUG).unwrap().unwrap();
            let sessions = plenary::db::sessions::for_conference(c, conf.id).unwrap();
            plenary::export::ical::confirmation_calendar(
                &conf,
                &sessions,
                &[],
                "https://example.org",
                chrono::Utc::now(),
            )
            .unwrap()
        })
        .await;
    let evs = events(&days);
    assert_eq!(evs.len(), 3, "the demo's three days: {days}");
    for (uid, start, end) in &evs {
        assert!(uid.starts_with("conference-"), "{uid}");
        let parse = |s: &str| chrono::NaiveDateTime::parse_from_str(s, "%Y%m%dT%H%M%SZ").unwrap();
        assert!(
            parse(end) - parse(start) < Duration::hours(24),
            "{start}–{end}"
        );
    }
}

#[tokio::test]
async fn the_outbox_finds_a_recipients_mail_with_status_attempts_and_last_error() {
    let app = TestApp::spawn_demo_signed_in(10, ORGANIZER).await;
    assert_eq!(announce(&app, "Lookup me", "").await.status().as_u16(), 303);
    app.with_db(|c| {
        let id: String = outbox::table
            .filter(outbox::to_address.eq(ATTENDEE))
            .select(outbox::id)
            .first(c)
            .unwrap();
        diesel::update(outbox::table.find(&id))
            .set((
                outbox::status.eq("failed"),
                outbox::attempts.eq(8),
                outbox::last_error.eq("550 mailbox unavailable"),
            ))
            .execute(c)
            .unwrap();
    })
    .await;
    app.drain().await;
    let (status, page) = app
        .get_page("/organize/c/ip-ai-2020/outbox?to=ATTENDEE@demo")
        .await;
    assert_eq!(status, 200);
    let found = page.text("#lookup-result");
    assert!(found.contains(ATTENDEE), "{found}");
    assert!(
        found.contains("Failed") && found.contains("550 mailbox unavailable"),
        "{found}"
    );
    assert!(found.contains('8'), "attempts: {found}");
    // Another recipient's mail was delivered.
    let (_, page) = app.get_page("/organize/c/ip-ai-2020/outbox?to=%40").await;
    assert!(page.text("#lookup-result").contains("Delivered"));
    // Nothing found, and LIKE wildcards are taken literally.
    let (_, page) = app
        .get_page("/organize/c/ip-ai-2020/outbox?to=nobody%25")
        .await;
    assert!(
        page.text("#lookup-result")
            .contains("No mail of this conference")
    );
}

/// The fields of the form posting to `action` in `html`, as a browser would send them.
fn form_fields(html: &str, action: &str) -> Vec<(String, String)> {
    let doc = scraper::Html::parse_document(html);
    let form = scraper::Selector::parse(&format!("form[action=\"{action}\"]")).unwrap();
    let field = scraper::Selector::parse("input[name], textarea[name], select[name]").unwrap();
    let selected = scraper::Selector::parse("option[selected]").unwrap();
    let form = doc.select(&form).next().expect("the form");
    let mut out = Vec::new();
    for e in form.select(&field) {
        let name = e.value().attr("name").unwrap_or_default().to_string();
        let value = match e.value().name() {
            "textarea" => e.text().collect(),
            "select" => e
                .select(&selected)
                .next()
                .and_then(|o| o.value().attr("value"))
                .unwrap_or_default()
                .to_string(),
            _ if e.value().attr("type") == Some("checkbox")
                && e.value().attr("checked").is_none() =>
            {
                continue;
            }
            _ => e.value().attr("value").unwrap_or_default().to_string(),
        };
        out.push((name, value));
    }
    out
}

#[tokio::test]
async fn the_short_name_is_a_conference_setting_that_tags_announcements() {
    let app = TestApp::spawn_demo_signed_in(5, ORGANIZER).await;
    let edit = "/organize/c/ip-ai-2020/edit";
    let (_, page) = app.get_html(edit).await;
    assert!(
        page.contains("value=\"IP &#38; AI 2020\""),
        "the demo's short name"
    );
    let mut fields = form_fields(&page, edit);
    for (name, value) in fields.iter_mut() {
        if name == "short_name" {
            *value = "IPAI-2".into();
        }
    }
    let r = app
        .client
        .post(app.url(edit))
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(announce(&app, "Tagged", "").await.status().as_u16(), 303);
    app.drain().await;
    assert!(
        app.mails_to(ATTENDEE)
            .iter()
            .any(|m| m.subject == "[IPAI-2] Tagged")
    );
}
