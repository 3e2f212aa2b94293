//! The organizer's safety nets, through HTTP on the demo conference (SQLite, or
//! PostgreSQL when `PLENARY_TEST_DATABASE_URL` is set): draft preview and the
//! unpublish confirmation, cancelled sessions, sessions across midnight, raised
//! limits promoting the waiting list, bulk actions, room names, statistics by region.

mod common;

use common::{Page, TestApp, location, opening_id};
use diesel::dsl::count_star;
use diesel::prelude::*;
use plenary::db;
use plenary::db::schema::{audit_log, conferences, enrollments, registrations, sessions};

const SLUG: &str = "ip-ai-2020";
const ORGANIZER: &str = "organizer@demo.plenary.test";

async fn conference_id(app: &TestApp) -> String {
    app.with_db(|c| {
        db::conferences::by_slug(c, SLUG)
            .unwrap()
            .unwrap()
            .id
            .to_string()
    })
    .await
}

async fn audit_count(app: &TestApp, action: &'static str) -> i64 {
    app.with_db(move |c| {
        audit_log::table
            .filter(audit_log::action.eq(action))
            .select(count_star())
            .first(c)
            .unwrap()
    })
    .await
}

/// Every field of the first form on `html` that a browser would submit as is.
fn form_fields(html: &str, form: &str) -> Vec<(String, String)> {
    let page = Page::parse(html);
    let mut out = Vec::new();
    for e in page.select(&format!("{form} input")) {
        let v = e.value();
        let (Some(name), value) = (v.attr("name"), v.attr("value").unwrap_or("")) else {
            continue;
        };
        let kind = v.attr("type").unwrap_or("text");
        if (kind == "checkbox" || kind == "radio") && v.attr("checked").is_none() {
            continue;
        }
        if kind == "checkbox" && v.attr("checked").is_some() {
            out.push((
                name.to_string(),
                if value.is_empty() { "yes" } else { value }.to_string(),
            ));
            continue;
        }
        out.push((name.to_string(), value.to_string()));
    }
    for e in page.select(&format!("{form} textarea")) {
        let name = e.value().attr("name").unwrap().to_string();
        out.push((name, e.text().collect::<String>()));
    }
    for e in page.select(&format!("{form} select")) {
        let name = e.value().attr("name").unwrap().to_string();
        let chosen = e
            .select(&common::html::selector("option[selected]"))
            .next()
            .or_else(|| e.select(&common::html::selector("option")).next())
            .and_then(|o| o.value().attr("value"))
            .unwrap_or("")
            .to_string();
        out.push((name, chosen));
    }
    out
}

/// Puts `n` confirmed registrants (with accounts) of the demo on the waiting list;
/// the waiting list in line order.
async fn make_waitlist(app: &TestApp, n: i64) -> Vec<String> {
    let cid = conference_id(app).await;
    app.with_db(move |c| {
        let ids: Vec<String> = registrations::table
            .filter(registrations::conference_id.eq(&cid))
            .filter(registrations::status.eq("confirmed"))
            .filter(registrations::user_id.is_not_null())
            .order((registrations::created_at, registrations::id))
            .select(registrations::id)
            .limit(n)
            .load(c)
            .unwrap();
        diesel::update(registrations::table.filter(registrations::id.eq_any(&ids)))
            .set(registrations::status.eq("waitlisted"))
            .execute(c)
            .unwrap();
        registrations::table
            .filter(registrations::conference_id.eq(&cid))
            .filter(registrations::status.eq("waitlisted"))
            .order((registrations::created_at, registrations::id))
            .select(registrations::id)
            .load(c)
            .unwrap()
    })
    .await
}

/// The VEVENT of session `sid` in the conference's agenda.ics, unfolded.
async fn agenda_event(app: &TestApp, sid: &str) -> String {
    let ics = app
        .get(&format!("/c/{SLUG}/agenda.ics"))
        .await
        .text()
        .await
        .unwrap();
    let ics = ics.replace("\r\n ", "");
    let uid = format!("UID:session-{sid}@plenary");
    let event = ics.split("BEGIN:VEVENT").find(|e| e.contains(&uid));
    event.expect("the session is in agenda.ics").to_string()
}

async fn post(app: &TestApp, path: &str, fields: &[(String, String)]) -> reqwest::Response {
    app.client
        .post(app.url(path))
        .form(fields)
        .send()
        .await
        .expect("POST")
}

#[tokio::test]
async fn a_draft_is_previewed_by_its_organizers_and_unpublishing_asks_first() {
    let app = TestApp::spawn_demo_signed_in(5, ORGANIZER).await;
    let overview = format!("/organize/c/{SLUG}");
    let publish = format!("/organize/c/{SLUG}/publish");
    // The first click only explains what stops working.
    let r = app.submit(&overview, &publish, &[("publish", "no")]).await;
    assert_eq!(r.status().as_u16(), 200);
    let body = r.text().await.unwrap();
    for what in [
        "public pages",
        "schedule.xml",
        "agenda.ics",
        "calendar feeds",
    ] {
        assert!(body.contains(what), "says that {what} stop");
    }
    let anonymous = common::new_client();
    let get = |c: &reqwest::Client, p: String| {
        let c = c.clone();
        let url = app.url(&p);
        async move { c.get(url).send().await.unwrap().status().as_u16() }
    };
    assert_eq!(
        get(&anonymous, format!("/c/{SLUG}")).await,
        200,
        "still published"
    );
    let r = app
        .submit(
            &overview,
            &publish,
            &[("publish", "no"), ("confirmed", "yes")],
        )
        .await;
    assert_eq!(r.status().as_u16(), 303);

    let session = opening_id(&app).await;
    let pages = [
        format!("/c/{SLUG}"),
        format!("/c/{SLUG}/agenda"),
        format!("/c/{SLUG}/sessions/{session}"),
    ];
    let attendee = app.demo_browser("attendee@demo.plenary.test").await;
    for p in &pages {
        assert_eq!(get(&anonymous, p.clone()).await, 404, "anonymous {p}");
        assert_eq!(get(&attendee, p.clone()).await, 404, "attendee {p}");
        let (status, html) = app.get_html(p).await;
        assert_eq!(status, 200, "organizer {p}");
        assert!(html.contains("Draft — only organizers see this"), "{p}");
    }
    for p in [
        format!("/c/{SLUG}/agenda.ics"),
        format!("/c/{SLUG}/schedule.xml"),
    ] {
        assert_eq!(get(&anonymous, p.clone()).await, 404, "{p}");
    }
    // Published again, nobody sees the banner.
    let r = app.submit(&overview, &publish, &[("publish", "yes")]).await;
    assert_eq!(r.status().as_u16(), 303);
    let html = anonymous
        .get(app.url(&pages[1]))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!html.contains("Draft — only organizers"));
}

#[tokio::test]
async fn a_cancelled_session_stays_marked_is_struck_from_calendars_and_its_pickers_are_mailed() {
    let app = TestApp::spawn_demo_signed_in(40, ORGANIZER).await;
    let sid = opening_id(&app).await;
    let s2 = sid.clone();
    let pickers: i64 = app
        .with_db(move |c| {
            enrollments::table
                .inner_join(registrations::table)
                .filter(enrollments::session_id.eq(s2))
                .filter(registrations::status.ne("cancelled"))
                .select(count_star())
                .first(c)
                .unwrap()
        })
        .await;
    assert!(pickers > 0, "the demo opening has picks");
    app.drain().await;
    let page = format!("/organize/c/{SLUG}/sessions/{sid}/cancel");
    let (status, html) = app.get_html(&page).await;
    assert_eq!(status, 200);
    let html = html.replace(['\u{2068}', '\u{2069}'], "");
    assert!(html.contains(&format!("{pickers} attendees picked this session")));
    let r = app.submit(&page, &page, &[("cancel", "yes")]).await;
    assert_eq!(location(&r), format!("/organize/c/{SLUG}/agenda"));

    let s3 = sid.clone();
    let status: String = app
        .with_db(move |c| {
            sessions::table
                .find(s3)
                .select(sessions::status)
                .first(c)
                .unwrap()
        })
        .await;
    assert_eq!(status, "cancelled", "kept, not deleted");
    let event = agenda_event(&app, &sid).await;
    assert!(event.contains("STATUS:CANCELLED"), "{event}");
    let (_, agenda) = app.get_html(&format!("/c/{SLUG}/agenda")).await;
    assert!(agenda.contains("<strong>Cancelled</strong>"));

    app.drain().await;
    let mails: Vec<_> = app
        .sink
        .lock()
        .unwrap()
        .received()
        .into_iter()
        // By the attached calendar, not the subject: each mail is in its reader's language.
        .filter(|m| {
            m.attachments
                .iter()
                .any(|a| a.0 == "session.ics" && a.2.contains("STATUS:CANCELLED"))
        })
        .collect();
    assert_eq!(mails.len() as i64, pickers);
    let (name, kind, body) = &mails[0].attachments[0];
    assert!(name.ends_with(".ics") && kind.starts_with("text/calendar"));
    assert!(body.contains("STATUS:CANCELLED"));
    assert_eq!(audit_count(&app, "session.cancel").await, 1);

    // Reinstated: scheduled again, and the pickers are told.
    let r = app.submit(&page, &page, &[("cancel", "no")]).await;
    assert_eq!(r.status().as_u16(), 303);
    let event = agenda_event(&app, &sid).await;
    assert!(event.contains("STATUS:CONFIRMED"));
    app.drain().await;
    let back = app
        .sink
        .lock()
        .unwrap()
        .received()
        .into_iter()
        .filter(|m| {
            m.attachments
                .iter()
                .any(|a| a.0 == "session.ics" && a.2.contains("STATUS:CONFIRMED"))
        })
        .count();
    assert_eq!(back as i64, pickers);
}

#[tokio::test]
async fn a_session_from_23_00_to_01_00_saves_and_shows_on_its_start_day() {
    let app = TestApp::spawn_demo_signed_in(5, ORGANIZER).await;
    let page = format!("/organize/c/{SLUG}/sessions/new");
    let r = app
        .submit(
            &page,
            &page,
            &[
                ("title", "Late night networking"),
                ("kind", "other"),
                ("summary", ""),
                ("day", "2020-07-07"),
                ("start", "23:00"),
                ("end", "01:00"),
                ("track", ""),
                ("capacity", ""),
                ("join_url", ""),
            ],
        )
        .await;
    assert_eq!(r.status().as_u16(), 303, "{}", r.text().await.unwrap());
    let (start, end): (chrono::NaiveDateTime, chrono::NaiveDateTime) = app
        .with_db(|c| {
            sessions::table
                .filter(sessions::title.eq("Late night networking"))
                .select((sessions::starts_at, sessions::ends_at))
                .first(c)
                .unwrap()
        })
        .await;
    // 23:00 CEST on 7 July is 21:00 UTC; it ends two hours later, on 8 July in Geneva.
    assert_eq!(start.to_string(), "2020-07-07 21:00:00");
    assert_eq!((end - start).num_hours(), 2);

    let (_, html) = app
        .get_html(&format!("/c/{SLUG}/agenda?tz=Europe/Zurich"))
        .await;
    let days = Page::parse(&html).texts_in("section.day", "h2, h3");
    let day = days
        .iter()
        .find(|d| d.iter().any(|t| t == "Late night networking"))
        .expect("on the agenda");
    assert!(
        day[0].contains("7 July 2020"),
        "listed on its start day: {day:?}"
    );
    assert!(html.contains("23:00–01:00 (+1)"));
    // The edit form shows it as typed.
    let sid: String = app
        .with_db(|c| {
            sessions::table
                .filter(sessions::title.eq("Late night networking"))
                .select(sessions::id)
                .first(c)
                .unwrap()
        })
        .await;
    let (_, page) = app
        .get_page(&format!("/organize/c/{SLUG}/sessions/{sid}/edit"))
        .await;
    assert_eq!(page.input("start"), "23:00");
    assert_eq!(page.input("end"), "01:00");
}

#[tokio::test]
async fn raising_the_capacity_promotes_the_waiting_list_in_order_after_a_confirmation() {
    let app = TestApp::spawn_demo_signed_in(60, ORGANIZER).await;
    make_waitlist(&app, 4).await;
    let cid = conference_id(&app).await;
    let c2 = cid.clone();
    // The conference is full at its seats taken now; its waiting list in line order.
    let (held, line): (i64, Vec<String>) = app
        .with_db(move |c| {
            let held: i64 = registrations::table
                .filter(registrations::conference_id.eq(&c2))
                .filter(registrations::status.eq_any(["pending", "confirmed"]))
                .select(count_star())
                .first(c)
                .unwrap();
            diesel::update(conferences::table.find(&c2))
                .set(conferences::capacity.eq(Some(held as i32)))
                .execute(c)
                .unwrap();
            let line = registrations::table
                .filter(registrations::conference_id.eq(&c2))
                .filter(registrations::status.eq("waitlisted"))
                .order((registrations::created_at, registrations::id))
                .select(registrations::id)
                .load(c)
                .unwrap();
            (held, line)
        })
        .await;
    assert!(line.len() >= 3, "the demo has a waiting list");
    app.drain().await;
    let edit = format!("/organize/c/{SLUG}/edit");
    let (_, html) = app.get_html(&edit).await;
    let mut fields = form_fields(&html, "form[method=post]");
    let raised = (held + 2).to_string();
    for f in fields.iter_mut() {
        if f.0 == "capacity" {
            f.1 = raised.clone();
        }
    }
    let r = post(&app, &edit, &fields).await;
    assert_eq!(r.status().as_u16(), 200);
    let confirm = r
        .text()
        .await
        .unwrap()
        .replace(['\u{2068}', '\u{2069}'], "");
    assert!(
        confirm.contains("Promote 2 from the waiting list?"),
        "{confirm}"
    );
    let status_of = |id: String| {
        let app = &app;
        async move {
            app.with_db(move |c| {
                registrations::table
                    .find(id)
                    .select(registrations::status)
                    .first::<String>(c)
                    .unwrap()
            })
            .await
        }
    };
    assert_eq!(
        status_of(line[0].clone()).await,
        "waitlisted",
        "nothing yet"
    );
    // "Yes": the page's own form, every setting carried.
    let fields = form_fields(&confirm, "form.actions");
    let r = post(&app, &edit, &fields).await;
    assert_eq!(r.status().as_u16(), 303);
    assert_ne!(status_of(line[0].clone()).await, "waitlisted");
    assert_ne!(status_of(line[1].clone()).await, "waitlisted");
    assert_eq!(status_of(line[2].clone()).await, "waitlisted", "in order");
    app.drain().await;
    let promoted = app
        .sink
        .lock()
        .unwrap()
        .received()
        .into_iter()
        .filter(|m| m.subject.starts_with("A seat is yours"))
        .count();
    assert_eq!(promoted, 2, "each promoted person is mailed");
    assert_eq!(audit_count(&app, "registration.promote_automatic").await, 2);
}

#[tokio::test]
async fn a_bulk_confirm_on_the_filtered_set_confirms_each_after_a_confirmation() {
    let app = TestApp::spawn_demo_signed_in(60, ORGANIZER).await;
    make_waitlist(&app, 5).await;
    let cid = conference_id(&app).await;
    let waiting: i64 = app
        .with_db(move |c| {
            registrations::table
                .filter(registrations::conference_id.eq(cid))
                .filter(registrations::status.eq("waitlisted"))
                .select(count_star())
                .first(c)
                .unwrap()
        })
        .await;
    assert!(waiting > 0);
    let list = format!("/organize/c/{SLUG}/registrations?status=waitlisted");
    let (_, html) = app.get_html(&list).await;
    let mut fields = form_fields(&html, "form#bulk");
    fields.retain(|(k, _)| k != "scope" && k != "action");
    fields.push(("action".into(), "confirm".into()));
    fields.push(("scope".into(), "filtered".into()));
    let bulk = format!("/organize/c/{SLUG}/registrations/bulk");
    let r = post(&app, &bulk, &fields).await;
    assert_eq!(r.status().as_u16(), 200);
    let confirm = plenary::domain::l10n::strip_isolation(&r.text().await.unwrap());
    let registrations = if waiting == 1 {
        "registration"
    } else {
        "registrations"
    };
    assert!(
        confirm.contains(&format!("Confirm {waiting} {registrations}?")),
        "{confirm}"
    );
    assert_eq!(
        audit_count(&app, "registration.confirm").await,
        0,
        "nothing yet"
    );
    let r = post(&app, &bulk, &form_fields(&confirm, "form.actions")).await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(audit_count(&app, "registration.confirm").await, waiting);
    let cid = conference_id(&app).await;
    let left: i64 = app
        .with_db(move |c| {
            registrations::table
                .filter(registrations::conference_id.eq(cid))
                .filter(registrations::status.eq("waitlisted"))
                .select(count_star())
                .first(c)
                .unwrap()
        })
        .await;
    assert_eq!(left, 0);
}

#[tokio::test]
async fn room_names_differing_in_case_and_spaces_are_one_room() {
    let app = TestApp::spawn_demo_signed_in(5, ORGANIZER).await;
    let page = format!("/organize/c/{SLUG}/sessions/new");
    for (title, room) in [
        ("Room test one", "Press  Room "),
        ("Room test two", "press room"),
    ] {
        let r = app
            .submit(
                &page,
                &page,
                &[
                    ("title", title),
                    ("kind", "talk"),
                    ("summary", ""),
                    ("day", "2020-07-08"),
                    ("start", "08:00"),
                    ("end", "08:30"),
                    ("track", room),
                    ("capacity", ""),
                    ("join_url", ""),
                ],
            )
            .await;
        assert_eq!(r.status().as_u16(), 303);
    }
    let rooms: Vec<String> = app
        .with_db(|c| {
            sessions::table
                .filter(sessions::title.like("Room test%"))
                .select(sessions::track)
                .load(c)
                .unwrap()
        })
        .await;
    assert_eq!(
        rooms,
        vec!["Press Room".to_string(), "Press Room".to_string()]
    );
    let (_, form) = app.get_page(&page).await;
    let offered = form.attrs("datalist#rooms option", "value");
    assert_eq!(
        offered
            .iter()
            .filter(|r| r.eq_ignore_ascii_case("press room"))
            .count(),
        1
    );
}

#[tokio::test]
async fn regions_add_up_to_the_confirmed_registrants_and_attendance_is_per_session() {
    let app = TestApp::spawn_demo_signed_in(300, ORGANIZER).await;
    let cid = conference_id(&app).await;
    let confirmed: i64 = app
        .with_db(move |c| {
            registrations::table
                .filter(registrations::conference_id.eq(cid))
                .filter(registrations::status.eq("confirmed"))
                .select(count_star())
                .first(c)
                .unwrap()
        })
        .await;
    let (status, page) = app.get_page(&format!("/organize/c/{SLUG}/stats")).await;
    assert_eq!(status, 200);
    let sum: i64 = page
        .select_text("table.by-region td[data-region]")
        .iter()
        .map(|n| n.parse::<i64>().unwrap())
        .sum();
    assert_eq!(sum, confirmed);
    assert!(
        page.count("table.by-region tbody tr") >= 3,
        "the demo spans continents"
    );
    assert!(page.count("table.attendance tbody tr") > 0);
}

#[tokio::test]
async fn an_attendee_cancelling_is_in_the_audit_log() {
    let app = TestApp::spawn_demo(5).await;
    let attendee = app.demo_browser("attendee@demo.plenary.test").await;
    let path = format!("/c/{SLUG}/me/cancel");
    let r = common::submit_with(&attendee, &app.base, &path, &path, &[]).await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(
        audit_count(&app, "registration.cancel_by_attendee").await,
        1
    );
}

#[tokio::test]
async fn an_account_deletion_cancelling_a_registration_is_in_the_audit_log() {
    let app = TestApp::spawn_demo(5).await;
    // The attendee deletes their account: their registration's cancellation is
    // logged, under a pseudonym.
    let attendee = app.demo_browser("attendee@demo.plenary.test").await;
    let r = common::submit_with(
        &attendee,
        &app.base,
        "/account/delete",
        "/account/delete",
        &[("current", common::DEMO_PASSWORD)],
    )
    .await;
    assert!(r.status().is_success() || r.status().is_redirection());
    let subjects: Vec<String> = app
        .with_db(|c| {
            audit_log::table
                .filter(audit_log::action.eq("registration.cancel_by_account_deletion"))
                .select(audit_log::subject)
                .load(c)
                .unwrap()
        })
        .await;
    assert_eq!(subjects.len(), 1, "the attendee had one live registration");
    assert!(subjects[0].contains("deleted user"), "{}", subjects[0]);
}
