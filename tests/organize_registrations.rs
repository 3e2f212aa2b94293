//! The organizer's registrations table, its actions, the CSV export and the
//! statistics page, through HTTP against the demo conference with 2,000 registrants
//! (on SQLite, or PostgreSQL when `PLENARY_TEST_DATABASE_URL` is set). Expected
//! numbers come from SQL counts on the same database.

mod common;

use common::{Page, TestApp, location};
use diesel::dsl::count_star;
use diesel::prelude::*;
use plenary::db;
use plenary::db::schema::{audit_log, enrollments, outbox, registrations, sessions, users};
use plenary::domain::l10n::strip_isolation;
use plenary::domain::lang::Lang;

const SLUG: &str = "ip-ai-2020";
const ORGANIZER: &str = "organizer@demo.plenary.test";
const BASE: &str = "/organize/c/ip-ai-2020/registrations";

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

/// N in the status line "Showing a–b of N registrations." (0 for "No registrations match.");
/// the page's numbers are grouped ("2,001").
fn total_shown(html: &str) -> i64 {
    let status = Page::parse(html).text("p.actions [role=status]");
    if status == "No registrations match." {
        return 0;
    }
    let n = status
        .strip_prefix("Showing ")
        .and_then(|s| s.split_once(" of "))
        .and_then(|(_, s)| {
            s.strip_suffix(" registrations.")
                .or_else(|| s.strip_suffix(" registration."))
        })
        .unwrap_or_else(|| panic!("a 'Showing a–b of N registrations.' line: {status}"));
    n.replace(',', "").parse().expect("a number")
}

/// The registration links of the table (the ids after the base path), in order.
fn row_links(html: &str) -> Vec<String> {
    Page::parse(html)
        .attrs("tbody tr > th[scope=row] > a", "href")
        .into_iter()
        .map(|h| {
            h.strip_prefix("/organize/c/ip-ai-2020/registrations/")
                .unwrap_or_else(|| panic!("a registration link: {h}"))
                .to_string()
        })
        .collect()
}

async fn page(app: &TestApp, query: &str) -> String {
    let (status, html) = app.get_html(&format!("{BASE}{query}")).await;
    assert_eq!(status, 200, "{query}");
    strip_isolation(&html)
}

/// (registration id, user name, email, status) of registrants, any status.
async fn registrants(app: &TestApp, status: &str) -> Vec<(String, String, String)> {
    let status = status.to_string();
    let cid = conference_id(app).await;
    app.with_db(move |c| {
        registrations::table
            .inner_join(users::table)
            .filter(registrations::conference_id.eq(cid))
            .filter(registrations::status.eq(status))
            .order(registrations::id)
            .select((registrations::id, users::name, users::email))
            .load(c)
            .unwrap()
    })
    .await
}

#[tokio::test]
async fn the_organizer_finds_one_registrant_among_two_thousand_in_one_search() {
    let app = TestApp::spawn_demo_signed_in(2000, ORGANIZER).await;
    let all = page(&app, "").await;
    assert_eq!(
        total_shown(&all),
        2001,
        "2,000 invented + the demo attendee"
    );
    let (rid, name, email) = registrants(&app, "confirmed").await.swap_remove(1234);

    // By email, typed in upper case: exactly that registrant.
    let html = page(&app, &format!("?q={}", email.to_uppercase())).await;
    assert_eq!(total_shown(&html), 1, "{email}");
    assert_eq!(row_links(&html), vec![rid.clone()]);
    assert!(html.contains(&name));

    // By a part of an organisation name: the same count as SQL's case-insensitive match.
    let cid = conference_id(&app).await;
    let expected: i64 = app
        .with_db(move |c| {
            registrations::table
                .inner_join(users::table)
                .filter(registrations::conference_id.eq(cid))
                .filter(
                    diesel::dsl::sql::<diesel::sql_types::Bool>(
                        "LOWER(COALESCE(users.organization, '')) LIKE '%ministry%' \
                         OR LOWER(users.name) LIKE '%ministry%' OR LOWER(users.email) LIKE '%ministry%'",
                    ),
                )
                .select(count_star())
                .first(c)
                .unwrap()
        })
        .await;
    assert!(expected > 0, "the demo has ministries");
    let html = page(&app, "?q=MiNiStRy").await;
    assert_eq!(total_shown(&html), expected);

    // Wildcards are taken literally: nobody's name contains "%".
    let html = page(&app, "?q=%25").await;
    assert_eq!(total_shown(&html), 0);
}

#[tokio::test]
async fn filters_by_status_country_and_session_match_sql_counts() {
    let app = TestApp::spawn_demo_signed_in(2000, ORGANIZER).await;
    let cid = conference_id(&app).await;
    // Held back by an approval category (awaiting or declined) is its own filter,
    // not "cancelled".
    let c1 = cid.clone();
    let held: i64 = app
        .with_db(move |c| {
            plenary::db::schema::registration_categories::table
                .inner_join(registrations::table)
                .filter(registrations::conference_id.eq(c1))
                .filter(
                    plenary::db::schema::registration_categories::approval
                        .eq_any(["awaiting", "declined"]),
                )
                .select(count_star())
                .first(c)
                .unwrap()
        })
        .await;
    for status in ["pending", "confirmed", "waitlisted", "cancelled"] {
        let html = page(&app, &format!("?status={status}")).await;
        let mut n = registrants(&app, status).await.len() as i64;
        if status == "cancelled" {
            n -= held;
        }
        assert_eq!(total_shown(&html), n, "status {status}");
    }
    let awaiting = total_shown(&page(&app, "?status=awaiting").await);
    let declined = total_shown(&page(&app, "?status=declined").await);
    assert_eq!(awaiting + declined, held);
    let c2 = cid.clone();
    let jp: i64 = app
        .with_db(move |c| {
            registrations::table
                .filter(registrations::conference_id.eq(c2))
                .filter(registrations::country.eq("JP"))
                .select(count_star())
                .first(c)
                .unwrap()
        })
        .await;
    let html = page(&app, "?country=jp").await;
    assert_eq!(total_shown(&html), jp);
    assert!(html.contains("<option value=\"JP\" selected>Japan</option>"));

    // The session with the most enrolled seats.
    let (session, enrolled): (String, i64) = app
        .with_db(move |c| {
            enrollments::table
                .inner_join(sessions::table)
                .filter(sessions::conference_id.eq(cid))
                .filter(enrollments::status.eq("enrolled"))
                .group_by(enrollments::session_id)
                .select((enrollments::session_id, count_star()))
                .order(count_star().desc())
                .first(c)
                .unwrap()
        })
        .await;
    let html = page(&app, &format!("?session={session}")).await;
    assert_eq!(total_shown(&html), enrolled);
    let html = page(&app, &format!("?session={session}&status=cancelled")).await;
    assert_eq!(total_shown(&html), 0, "cancelling drops the picks");
}

#[tokio::test]
async fn sorting_and_pagination_links_walk_the_whole_table() {
    let app = TestApp::spawn_demo_signed_in(2000, ORGANIZER).await;
    let first = page(&app, "").await;
    assert!(first.contains("Page 1 of 41"), "50 a page");
    assert!(first.contains("aria-sort=\"descending\""), "newest first");
    assert!(first.contains(&format!("href=\"{BASE}?page=2\" rel=\"next\"")));
    assert!(first.contains(&format!("href=\"{BASE}?page=41\" rel=\"last\"")));
    let rows1 = row_links(&first);
    assert_eq!(rows1.len(), 50);
    let second = page(&app, "?page=2").await;
    let rows2 = row_links(&second);
    assert_eq!(rows2.len(), 50);
    assert!(
        rows1.iter().all(|r| !rows2.contains(r)),
        "pages do not overlap"
    );
    assert!(second.contains(&format!("href=\"{BASE}\" rel=\"prev\"")));
    let last = page(&app, "?page=41").await;
    assert_eq!(row_links(&last).len(), 1);
    assert!(last.contains("Showing 2,001–2,001 of 2,001"));

    // Sorting by name matches the database's own order, on both backends, and the
    // filters carry into the sort and page links.
    let cid = conference_id(&app).await;
    let expected: Vec<String> = app
        .with_db(move |c| {
            registrations::table
                .inner_join(users::table)
                .filter(registrations::conference_id.eq(cid))
                .filter(registrations::status.eq("confirmed"))
                .order((users::name.desc(), users::id.desc()))
                .select(registrations::id)
                .limit(50)
                .load(c)
                .unwrap()
        })
        .await;
    let html = page(&app, "?status=confirmed&sort=name&dir=desc").await;
    assert_eq!(row_links(&html), expected);
    assert!(html.contains(&format!(
        "href=\"{BASE}?status=confirmed&#38;sort=name&#38;dir=desc&#38;page=2\" rel=\"next\""
    )));
    assert!(html.contains(&format!(
        "href=\"{BASE}?status=confirmed&#38;sort=name&#38;dir=asc\""
    )));
    let by_country = page(&app, "?sort=country&dir=asc").await;
    assert!(by_country.contains("aria-sort=\"ascending\""));

    // Junk in every parameter shows a page, never an error.
    for junk in [
        "?sort=drop%20table&dir=sideways&page=-3",
        "?page=99999",
        "?page=abc&status=maybe&country=XX&session=nope",
        "?q=%27%3B--&session=00000000-0000-0000-0000-000000000000",
        "?page=99999999999999999999999",
    ] {
        let (status, _) = app.get_html(&format!("{BASE}{junk}")).await;
        assert_eq!(status, 200, "{junk}");
        let r = app
            .get(&format!("/organize/c/{SLUG}/registrations.csv{junk}"))
            .await;
        assert_eq!(r.status().as_u16(), 200, "csv {junk}");
    }
}

/// The name order at both ends: the first page (read by walking the people's name
/// index) and the last pages (read by sorting), against SQL's own order; a deleted
/// account's registration (no name) comes after every named one.
#[tokio::test]
async fn the_name_order_puts_people_by_name_then_deleted_accounts() {
    let app = TestApp::spawn_demo_signed_in(2000, ORGANIZER).await;
    let (gone_rid, _, gone_email) = registrants(&app, "confirmed").await.swap_remove(3);
    app.with_db(move |c| {
        diesel::delete(users::table.filter(users::email.eq(gone_email)))
            .execute(c)
            .unwrap();
    })
    .await;
    let cid = conference_id(&app).await;
    let named: Vec<String> = app
        .with_db(move |c| {
            registrations::table
                .inner_join(users::table)
                .filter(registrations::conference_id.eq(cid))
                .order((users::name.asc(), users::id.asc()))
                .select(registrations::id)
                .load(c)
                .unwrap()
        })
        .await;
    assert_eq!(
        named.len(),
        2000,
        "2,001 registrations, one without a person"
    );
    let first = page(&app, "?sort=name&dir=asc").await;
    assert_eq!(row_links(&first), named[..50].to_vec());
    let fortieth = page(&app, "?sort=name&dir=asc&page=40").await;
    assert_eq!(row_links(&fortieth), named[1950..2000].to_vec());
    let last = page(&app, "?sort=name&dir=asc&page=41").await;
    assert_eq!(
        row_links(&last),
        vec![gone_rid.clone()],
        "the nameless row last"
    );
    let last_desc = page(&app, "?sort=name&dir=desc&page=41").await;
    assert_eq!(
        row_links(&last_desc),
        vec![gone_rid],
        "last in both directions"
    );
    let first_desc = page(&app, "?sort=name&dir=desc").await;
    let mut reversed = named.clone();
    reversed.reverse();
    assert_eq!(row_links(&first_desc), reversed[..50].to_vec());
}

#[tokio::test]
async fn the_detail_page_shows_the_person_history_picks_and_attendance() {
    let app = TestApp::spawn_demo_signed_in(30, ORGANIZER).await;
    let rid: String = app
        .with_db(|c| {
            registrations::table
                .inner_join(users::table)
                .filter(users::email.eq("attendee@demo.plenary.test"))
                .select(registrations::id)
                .first(c)
                .unwrap()
        })
        .await;
    let (status, html) = app.get_html(&format!("{BASE}/{rid}")).await;
    let html = strip_isolation(&html);
    assert_eq!(status, 200);
    for expected in [
        "Amina Demo-Attendee",
        "attendee@demo.plenary.test",
        "Kenya Copyright Board",
        "Kenya",
        "Confirmed",
        "Registered",
        "Picked sessions",
        "Attended 0 of",
        "Cancel this registration",
    ] {
        assert!(html.contains(expected), "{expected}");
    }
    assert_eq!(app.get(&format!("{BASE}/not-an-id")).await.status(), 404);
    let other = uuid::Uuid::now_v7();
    assert_eq!(app.get(&format!("{BASE}/{other}")).await.status(), 404);
}

async fn act(app: &TestApp, rid: &str, action: &str) -> String {
    let page = format!("{BASE}/{rid}");
    let r = app.submit(&page, &format!("{page}/{action}"), &[]).await;
    assert_eq!(r.status().as_u16(), 303, "{action}");
    assert_eq!(location(&r), page);
    let (_, html) = app.get_html(&page).await;
    strip_isolation(&html)
}

async fn status_of(app: &TestApp, rid: &str) -> String {
    let rid = rid.to_string();
    app.with_db(move |c| {
        registrations::table
            .find(rid)
            .select(registrations::status)
            .first(c)
            .unwrap()
    })
    .await
}

async fn audited(app: &TestApp, action: &str) -> i64 {
    let action = action.to_string();
    app.with_db(move |c| {
        audit_log::table
            .filter(audit_log::action.eq(action))
            .select(count_star())
            .first(c)
            .unwrap()
    })
    .await
}

#[tokio::test]
async fn each_action_changes_the_status_mails_the_person_and_is_audited() {
    let app = TestApp::spawn_demo_signed_in(300, ORGANIZER).await;
    let pending = registrants(&app, "pending").await;
    let waitlisted = registrants(&app, "waitlisted").await;
    assert!(
        pending.len() >= 2 && waitlisted.len() >= 2,
        "the demo has both"
    );

    // Resend: still pending, a new link in the mail, audited.
    let (rid, _, email) = &pending[0];
    let html = act(&app, rid, "resend").await;
    assert!(html.contains("A new confirmation link is on its way"));
    assert_eq!(status_of(&app, rid).await, "pending");
    assert_eq!(audited(&app, "registration.resend_confirmation").await, 1);
    app.drain().await;
    assert!(
        app.mails_to(email)
            .iter()
            .any(|m| m.link_containing("/confirm/").is_some())
    );

    // Confirm by hand: pending → confirmed with the "you are registered" mail.
    act(&app, rid, "confirm").await;
    assert_eq!(status_of(&app, rid).await, "confirmed");
    assert_eq!(audited(&app, "registration.confirm").await, 1);
    app.drain().await;
    assert!(
        app.mails_to(email)
            .iter()
            .any(|m| m.subject.starts_with("You are registered"))
    );
    // Confirming again changes nothing and logs nothing.
    let html = act(&app, rid, "confirm").await;
    assert!(html.contains("Nothing changed"));
    assert_eq!(audited(&app, "registration.confirm").await, 1);

    // Confirm a waitlisted one by hand, promote another.
    act(&app, &waitlisted[0].0, "confirm").await;
    assert_eq!(status_of(&app, &waitlisted[0].0).await, "confirmed");
    let (rid2, _, email2) = &waitlisted[1];
    act(&app, rid2, "promote").await;
    assert_eq!(status_of(&app, rid2).await, "confirmed");
    assert_eq!(audited(&app, "registration.promote").await, 1);
    app.drain().await;
    let subjects: Vec<String> = app
        .mails_to(email2)
        .into_iter()
        .map(|m| m.subject)
        .collect();
    assert!(subjects.iter().any(|s| s.starts_with("A seat is yours")));
    assert!(subjects.iter().any(|s| s.starts_with("You are registered")));

    // Cancel: → cancelled, audited with before and after.
    act(&app, rid2, "cancel").await;
    assert_eq!(status_of(&app, rid2).await, "cancelled");
    let rid2c = rid2.clone();
    let (before, after, actor): (Option<String>, Option<String>, Option<String>) = app
        .with_db(move |c| {
            audit_log::table
                .filter(audit_log::action.eq("registration.cancel"))
                .filter(audit_log::subject.like(format!("%{rid2c}%")))
                .select((
                    audit_log::before_state,
                    audit_log::after_state,
                    audit_log::actor_id,
                ))
                .first(c)
                .unwrap()
        })
        .await;
    assert_eq!(
        (before.as_deref(), after.as_deref()),
        (Some("confirmed"), Some("cancelled"))
    );
    assert!(actor.is_some(), "the organizer is the actor");
    // Promote applies to waitlisted only.
    let html = act(&app, &pending[1].0, "promote").await;
    assert!(html.contains("Nothing changed"));
    assert_eq!(status_of(&app, &pending[1].0).await, "pending");
}

#[tokio::test]
async fn the_csv_export_has_one_row_per_filtered_registration_and_no_formulas() {
    let app = TestApp::spawn_demo_signed_in(2000, ORGANIZER).await;
    let (rid, _, email) = registrants(&app, "confirmed").await.swap_remove(7);
    let evil = "=HYPERLINK(\"http://evil.example\",\"Click\")";
    let e2 = email.clone();
    app.with_db(move |c| {
        diesel::update(users::table.filter(users::email.eq(e2)))
            .set(users::name.eq(evil))
            .execute(c)
            .unwrap();
    })
    .await;
    // A deleted account stays as a row without its person.
    let (gone_rid, _, gone_email) = registrants(&app, "confirmed").await.swap_remove(9);
    app.with_db(move |c| {
        diesel::delete(users::table.filter(users::email.eq(gone_email)))
            .execute(c)
            .unwrap();
    })
    .await;

    let r = app
        .get(&format!(
            "/organize/c/{SLUG}/registrations.csv?status=confirmed"
        ))
        .await;
    assert_eq!(r.status().as_u16(), 200);
    assert!(
        r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    assert!(
        r.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("attachment")
    );
    let body = r.bytes().await.unwrap();
    let mut reader = csv::Reader::from_reader(body.as_ref());
    let headers: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').to_string())
        .collect();
    assert_eq!(
        headers[10..],
        [
            "Title",
            "Delegation",
            "I need captions",
            "Interpretation language"
        ],
        "then one column per custom question"
    );
    assert_eq!(
        headers[..10],
        [
            "name",
            "email",
            "country_code",
            "country_name",
            "organisation",
            "status",
            "registered_at",
            "confirmed_at",
            "sessions_picked",
            "minutes_present"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    let confirmed = registrants(&app, "confirmed").await.len() + 1; // + the deleted one
    assert_eq!(rows.len(), confirmed);
    assert!(rows.iter().all(|r| &r[5] == "confirmed"));
    let row = rows
        .iter()
        .find(|r| r[1] == email)
        .expect("the renamed row");
    assert_eq!(&row[0], &format!("'{evil}"), "formula neutralised");
    assert!(row[6].ends_with('Z') && row[6].contains('T'), "{}", &row[6]);
    assert!(!row[7].is_empty(), "confirmed_at");
    assert!(
        rows.iter()
            .any(|r| &r[0] == "Deleted account" && r[1].is_empty())
    );
    assert!(
        rows.iter().any(|r| r[8].parse::<i64>().unwrap() > 0),
        "picks counted"
    );
    let html = page(&app, &format!("/{gone_rid}")).await;
    assert!(html.contains("Deleted account"));

    // The same filter as the table: a search finds the one row.
    let r = app
        .get(&format!("/organize/c/{SLUG}/registrations.csv?q=hyperlink"))
        .await;
    let body = r.bytes().await.unwrap();
    let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(body.as_ref())
        .records()
        .map(|r| r.unwrap())
        .collect();
    assert_eq!(rows.len(), 1);
    let _ = rid;
}

#[tokio::test]
async fn the_statistics_page_shows_the_sql_counts_and_one_bar_per_top_country() {
    let app = TestApp::spawn_demo_signed_in(2000, ORGANIZER).await;
    let cid = conference_id(&app).await;
    let (by_country, confirmed): (Vec<(String, i64)>, i64) = app
        .with_db(move |c| {
            let q = registrations::table
                .filter(registrations::conference_id.eq(cid))
                .filter(registrations::status.eq("confirmed"));
            let by: Vec<(String, i64)> = q
                .clone()
                .group_by(registrations::country)
                .select((registrations::country, count_star()))
                .load(c)
                .unwrap();
            let n = q.select(count_star()).first(c).unwrap();
            (by, n)
        })
        .await;
    let (status, html) = app.get_html(&format!("/organize/c/{SLUG}/stats")).await;
    let html = strip_isolation(&html);
    let num = |n: i64| Lang::En.number(n);
    assert_eq!(status, 200);
    assert!(html.contains(&format!(
        "{} registrants from {} countries (confirmed registrations).",
        num(confirmed),
        by_country.len()
    )));
    for s in ["pending", "confirmed", "waitlisted", "cancelled"] {
        let n = registrants(&app, s).await.len();
        assert!(
            html.contains(&format!(
                "<td class=\"num\" data-status=\"{s}\">{}</td>",
                num(n as i64)
            )),
            "{s} {n}"
        );
    }
    assert!(by_country.len() > 30, "the demo spans many countries");
    let page = Page::parse(&html);
    assert_eq!(page.count("rect[class=bar]"), 30);
    assert_eq!(page.count("ol.bar-chart li"), 30);
    // The rest is a line of its own, off the top countries' scale.
    let rest = by_country.len() - 30;
    assert!(html.contains(&format!("Other countries ({rest}): ")));
    assert!(html.contains("role=\"img\"") && html.contains("<polyline class=\"day-line\""));
    assert!(!html.contains("style="), "no inline styles under the CSP");
    // Every country in the table, with its count.
    let (code, n) = by_country.iter().max_by_key(|(_, n)| *n).unwrap();
    assert!(html.contains(&format!(
        "<span class=\"muted\">({code})</span></th><td class=\"num\">{}</td>",
        num(*n)
    )));
    assert_eq!(
        page.select_text("span.muted")
            .iter()
            .filter(|t| t.starts_with('('))
            .count(),
        by_country.len()
    );
    assert!(html.contains("Sign-ups per day"));
    let cid_again = conference_id(&app).await;
    // The per-day counts (walked day by day on SQLite, grouped on PostgreSQL) are
    // those of the registrations' own dates, days without a sign-up left out.
    let (days, expected) = app
        .with_db(move |c| {
            let cid = cid_again;
            let created: Vec<chrono::NaiveDateTime> = registrations::table
                .filter(registrations::conference_id.eq(&cid))
                .select(registrations::created_at)
                .load(c)
                .unwrap();
            let mut expected = std::collections::BTreeMap::<String, i64>::new();
            for t in created {
                *expected.entry(t.date().to_string()).or_default() += 1;
            }
            let id = plenary::domain::ConferenceId::parse(&cid).unwrap();
            (db::stats::signups_per_day(c, id).unwrap(), expected)
        })
        .await;
    let days: Vec<(String, i64)> = days.into_iter().map(|d| (d.day, d.n)).collect();
    assert!(
        expected.len() > 3,
        "the demo's sign-ups span days: {expected:?}"
    );
    assert_eq!(days, expected.into_iter().collect::<Vec<_>>());
}

#[tokio::test]
async fn another_conferences_organizer_cannot_see_these_registrations() {
    let app = TestApp::spawn_demo(10).await;
    app.other_conference_with_organizer(
        "other-conf",
        "other.organizer@example.org",
        "other organizer pw",
    )
    .await;
    let r = app
        .login("other.organizer@example.org", "other organizer pw")
        .await;
    assert_eq!(r.status().as_u16(), 303);
    for path in [
        BASE.to_string(),
        format!("{BASE}.csv"),
        format!("/organize/c/{SLUG}/stats"),
        format!("/organize/c/{SLUG}/outbox"),
        format!("/organize/c/{SLUG}/announcements"),
    ] {
        assert_eq!(app.get(&path).await.status().as_u16(), 403, "{path}");
    }
    assert_eq!(
        app.get("/organize/c/other-conf/registrations")
            .await
            .status()
            .as_u16(),
        200,
        "their own conference"
    );
    let outbox_rows: i64 = app
        .with_db(|c| outbox::table.select(count_star()).first(c).unwrap())
        .await;
    assert_eq!(outbox_rows, 0);
}
