//! The moderators' area through HTTP, on the demo conference: "My sessions" with its
//! countdown and hosts' join window, the roster (filters, search, sort, counts by
//! country, CSV, live refresh), check-in with undo and its audit trail, the run of
//! show, what speakers may see under both settings of `speakers_see_roster`, and who
//! is turned away from every route.

mod common;

use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use common::{Page, TestApp, location, submit_with};
use diesel::prelude::*;
use plenary::db::schema::{
    audit_log, conferences, enrollments, registrations, session_people, sessions, users,
};
use plenary::web::routes::TABLE;

const SLUG: &str = "ip-ai-2020";
const MODERATOR: &str = "moderator@demo.plenary.test";
const SPEAKER: &str = "speaker@demo.plenary.test";
const ORGANIZER: &str = "organizer@demo.plenary.test";
const ATTENDEE: &str = "attendee@demo.plenary.test";

async fn get(app: &TestApp, client: &reqwest::Client, path: &str) -> (u16, String) {
    let r = client.get(app.url(path)).send().await.unwrap();
    (r.status().as_u16(), plain(r.text().await.unwrap()))
}

/// The page without the Unicode isolation marks Fluent puts around names and numbers.
fn plain(html: String) -> String {
    html.replace(['\u{2068}', '\u{2069}'], "")
}

/// [`TestApp::get_html`] without isolation marks.
async fn plain_html(app: &TestApp, path: &str) -> (u16, String) {
    let (status, html) = app.get_html(path).await;
    (status, plain(html))
}

/// The demo people have preferred languages of their own; these tests read English.
async fn english(app: &TestApp, client: &reqwest::Client) {
    let r = client.get(app.url("/?lang=en")).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
}

#[derive(Clone, Debug)]
struct Sess {
    id: String,
    title: String,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    join_url: Option<String>,
}

async fn session_where(app: &TestApp, kind: &'static str) -> Sess {
    app.with_db(move |c| {
        let (id, title, s, e, j): (String, String, NaiveDateTime, NaiveDateTime, Option<String>) =
            sessions::table
                .filter(sessions::kind.eq(kind))
                .order(sessions::starts_at)
                .select((
                    sessions::id,
                    sessions::title,
                    sessions::starts_at,
                    sessions::ends_at,
                    sessions::join_url,
                ))
                .first(c)
                .unwrap();
        Sess {
            id,
            title,
            starts_at: s.and_utc(),
            ends_at: e.and_utc(),
            join_url: j,
        }
    })
    .await
}

async fn opening(app: &TestApp) -> Sess {
    session_where(app, "opening").await
}

/// The panel the demo moderator moderates and the demo speaker speaks in.
async fn shared_panel(app: &TestApp) -> String {
    app.with_db(|c| {
        let of = |c: &mut plenary::db::DbConn, email: &str, role: &str| -> Vec<String> {
            session_people::table
                .inner_join(users::table)
                .filter(users::email.eq(email))
                .filter(session_people::role.eq(role))
                .select(session_people::session_id)
                .load(c)
                .unwrap()
        };
        let moderated = of(c, MODERATOR, "moderator");
        let spoken = of(c, SPEAKER, "speaker");
        moderated
            .into_iter()
            .find(|s| spoken.contains(s))
            .expect("a session with both")
    })
    .await
}

/// A session with people on stage that the demo moderator has nothing to do with.
async fn someone_elses_session(app: &TestApp) -> String {
    app.with_db(|c| {
        let mine: Vec<String> = session_people::table
            .inner_join(users::table)
            .filter(users::email.eq_any([MODERATOR, SPEAKER]))
            .select(session_people::session_id)
            .load(c)
            .unwrap();
        sessions::table
            .filter(sessions::kind.eq("keynote"))
            .filter(sessions::id.ne_all(mine))
            .select(sessions::id)
            .first(c)
            .unwrap()
    })
    .await
}

fn roster_path(id: &str) -> String {
    format!("/moderate/c/{SLUG}/sessions/{id}/roster")
}

fn session_path(id: &str) -> String {
    format!("/moderate/c/{SLUG}/sessions/{id}")
}

/// (registration id, user name, country, attended_at) of every enrolled person.
type Enrolled = (String, Option<String>, String, Option<NaiveDateTime>);

async fn enrolled(app: &TestApp, session: &str) -> Vec<Enrolled> {
    let session = session.to_string();
    app.with_db(move |c| {
        enrollments::table
            .inner_join(registrations::table.left_join(users::table))
            .filter(enrollments::session_id.eq(session))
            .filter(enrollments::status.eq("enrolled"))
            .select((
                registrations::id,
                users::name.nullable(),
                registrations::country,
                enrollments::attended_at,
            ))
            .load(c)
            .unwrap()
    })
    .await
}

/// The demo seeds no arrivals (its clock stands before the opening, and attendance is
/// seeded only for sessions already over): lets every other enrolled attendee of
/// `session` arrive on their own, a few minutes apart from `start`.
async fn arrivals(app: &TestApp, session: &str, start: DateTime<Utc>) {
    let people = enrolled(app, session).await;
    let session = session.to_string();
    app.with_db(move |c| {
        for (i, (rid, ..)) in people.iter().enumerate().filter(|(i, _)| i % 2 == 0) {
            let at = (start + Duration::seconds(37 * i as i64 - 120)).naive_utc();
            diesel::update(
                enrollments::table
                    .filter(enrollments::session_id.eq(&session))
                    .filter(enrollments::registration_id.eq(rid)),
            )
            .set(enrollments::attended_at.eq(Some(at)))
            .execute(c)
            .unwrap();
        }
    })
    .await
}

fn country_name(code: &str) -> String {
    plenary::domain::text::country_name(code)
}

/// The table rows of the roster: (registration id, name, country, when they joined).
fn rows(html: &str) -> Vec<(String, String, String, Option<String>)> {
    let page = Page::parse(html);
    page.select("tr[id^=r-]")
        .into_iter()
        .map(|tr| {
            let id = tr
                .value()
                .id()
                .unwrap()
                .trim_start_matches("r-")
                .to_string();
            let name = Page::text_of_first(tr, "th[scope=row]");
            let cells: Vec<_> = tr.select(&common::html::selector("td")).collect();
            let country = common::html::text_of(cells[0]);
            let joined = cells[3]
                .select(&common::html::selector("time"))
                .next()
                .map(|t| t.value().attr("datetime").unwrap().to_string());
            (id, name, country, joined)
        })
        .collect()
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&#38;")
        .replace('<', "&#60;")
        .replace('>', "&#62;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

async fn audit_actions(app: &TestApp) -> Vec<(String, Option<String>, Option<String>)> {
    app.with_db(|c| {
        audit_log::table
            .order((audit_log::created_at, audit_log::id))
            .select((
                audit_log::action,
                audit_log::before_state,
                audit_log::after_state,
            ))
            .load(c)
            .unwrap()
    })
    .await
}

async fn set_speakers_see_roster(app: &TestApp, on: bool) {
    app.with_db(move |c| {
        diesel::update(conferences::table.filter(conferences::slug.eq(SLUG)))
            .set(conferences::speakers_see_roster.eq(on))
            .execute(c)
            .unwrap();
    })
    .await;
}

// ---------------------------------------------------------------- My sessions

#[tokio::test]
async fn my_sessions_shows_role_countdown_and_the_hosts_join_link_in_its_window() {
    let app = TestApp::spawn_demo(20).await;
    let open = opening(&app).await;
    let url = open.join_url.clone().unwrap();
    app.sign_in_demo(&app.client, MODERATOR).await;
    english(&app, &app.client).await;

    app.clock
        .set(open.starts_at - Duration::minutes(130) + Duration::seconds(20));
    let (status, page) = plain_html(&app, "/moderate").await;
    assert_eq!(status, 200);
    assert!(page.contains(&html_escape(&open.title)), "{page}");
    assert!(page.contains("starts in 2 h 10 min"), "{page}");
    assert!(page.contains("Moderator"));
    assert!(page.contains(&roster_path(&open.id)));
    assert!(!page.contains(&url), "no host link 2 hours before");
    assert!(page.contains("The meeting link for hosts appears on"));

    app.clock.set(open.starts_at - Duration::minutes(29));
    let (_, page) = plain_html(&app, "/moderate").await;
    assert!(page.contains(&url), "host link 29 minutes before");

    app.clock.set(open.starts_at + Duration::minutes(5));
    let (_, page) = plain_html(&app, "/moderate").await;
    assert!(page.contains("running now"));
    assert!(page.contains(&url));

    app.clock.set(open.ends_at + Duration::minutes(1));
    let (_, page) = plain_html(&app, "/moderate").await;
    assert!(page.contains("ended"));
    assert!(!page.contains(&url), "no host link after the end");
}

#[tokio::test]
async fn my_sessions_shows_times_in_the_profile_zone_or_the_one_asked_for() {
    let app = TestApp::spawn_demo(5).await;
    app.sign_in_demo(&app.client, MODERATOR).await;
    english(&app, &app.client).await;
    let (_, page) = plain_html(&app, "/moderate").await;
    assert!(page.contains("Europe/Zurich") && page.contains("CEST"));
    let (_, page) = plain_html(&app, "/moderate?tz=Asia/Tokyo").await;
    assert!(
        page.contains("Asia/Tokyo") && page.contains("JST"),
        "{page}"
    );
    assert!(!page.contains("CEST"));
}

#[tokio::test]
async fn my_sessions_tells_a_user_without_sessions_what_this_page_is_for() {
    let app = TestApp::spawn_demo(5).await;
    app.sign_in_demo(&app.client, ATTENDEE).await;
    english(&app, &app.client).await;
    let (status, page) = plain_html(&app, "/moderate").await;
    assert_eq!(status, 200);
    assert!(page.contains("You do not moderate or speak in any session yet"));
    assert!(
        !page.contains("<li><a href=\"/moderate\">My sessions</a></li>"),
        "the header links to My sessions only for people with a session role"
    );
    let host = app.new_browser();
    app.sign_in_demo(&host, MODERATOR).await;
    english(&app, &host).await;
    let home = host
        .get(app.url("/"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(home.contains("<li><a href=\"/moderate\">My sessions</a></li>"));
    let anon = app.new_browser();
    let r = anon.get(app.url("/moderate")).send().await.unwrap();
    assert_eq!(location(&r), "/login?next=/moderate");
}

// ---------------------------------------------------------------- the roster

#[tokio::test]
async fn the_roster_lists_every_enrolled_attendee_with_country_status_and_arrival() {
    let app = TestApp::spawn_demo(60).await;
    let open = opening(&app).await;
    let people = enrolled(&app, &open.id).await;
    assert!(people.len() > 20, "the demo opening has a crowd");
    app.sign_in_demo(&app.client, MODERATOR).await;
    english(&app, &app.client).await;
    let r = app.get(&roster_path(&open.id)).await;
    assert_eq!(r.status().as_u16(), 200);
    assert!(
        r.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("no-store")
    );
    let page = r.text().await.unwrap();
    let shown = rows(&page);
    assert_eq!(shown.len(), people.len());
    for (id, name, country, attended) in &people {
        let row = shown.iter().find(|r| &r.0 == id).expect("every person");
        assert_eq!(row.1, name.as_deref().unwrap());
        assert_eq!(row.2, country_name(country));
        assert_eq!(row.3.is_some(), attended.is_some());
    }
    assert!(page.contains("<caption>Attendees ("));
    assert!(page.contains("Confirmed"));
    assert!(!page.contains("style="), "CSP: no inline styles");
    assert!(!page.contains("<script>"), "CSP: no inline scripts");
    // Emails are searchable but never shown (the privacy notice promises so).
    assert!(!page.contains("@example.") && !page.contains("@office.example"));
}

#[tokio::test]
async fn the_roster_filters_searches_and_sorts() {
    let app = TestApp::spawn_demo(80).await;
    let open = opening(&app).await;
    let people = enrolled(&app, &open.id).await;
    app.sign_in_demo(&app.client, MODERATOR).await;
    english(&app, &app.client).await;
    let base = roster_path(&open.id);

    // By country.
    let code = people[0].2.clone();
    let expected = people.iter().filter(|p| p.2 == code).count();
    let (_, page) = plain_html(&app, &format!("{base}?country={code}")).await;
    let shown = rows(&page);
    assert_eq!(shown.len(), expected);
    assert!(shown.iter().all(|r| r.2 == country_name(&code)));
    assert!(page.contains(&format!("<option value=\"{code}\" selected>")));

    // By attendance.
    let joined = people.iter().filter(|p| p.3.is_some()).count();
    let (_, page) = plain_html(&app, &format!("{base}?attendance=joined")).await;
    assert_eq!(rows(&page).len(), joined);
    let (_, page) = plain_html(&app, &format!("{base}?attendance=not-joined")).await;
    assert_eq!(rows(&page).len(), people.len() - joined);

    // Search by name (any case), organisation and email.
    let (rid, rid2) = (people[1].0.clone(), people[2].0.clone());
    let (r1, r2) = (rid.clone(), rid2.clone());
    app.with_db(move |c| {
        let uid = |c: &mut plenary::db::DbConn, r: &str| -> String {
            registrations::table
                .find(r)
                .select(registrations::user_id.assume_not_null())
                .first(c)
                .unwrap()
        };
        let (u1, u2) = (uid(c, &r1), uid(c, &r2));
        diesel::update(users::table.find(&u1))
            .set((
                users::name.eq("Zebediah Quuxington"),
                users::organization.eq(Some("Ministry of 100% Tests")),
            ))
            .execute(c)
            .unwrap();
        diesel::update(users::table.find(&u2))
            .set((
                users::name.eq("aaron aardvark"),
                users::email.eq("findme.x@example.org"),
            ))
            .execute(c)
            .unwrap();
    })
    .await;
    for q in ["quuxington", "QUUX", "100%25%20tests"] {
        let (_, page) = plain_html(&app, &format!("{base}?q={q}")).await;
        let shown = rows(&page);
        assert_eq!(shown.len(), 1, "search {q}");
        assert_eq!(shown[0].0, rid);
    }
    let (_, page) = plain_html(&app, &format!("{base}?q=FINDME.X")).await;
    assert_eq!(
        rows(&page).iter().map(|r| &r.0).collect::<Vec<_>>(),
        [&rid2]
    );
    let (_, page) = plain_html(&app, &format!("{base}?q=%25")).await;
    assert_eq!(rows(&page).len(), 1, "% is a literal, not a wildcard");
    let (_, page) = plain_html(&app, &format!("{base}?q=nobody-has-this")).await;
    assert!(page.contains("Nobody matches these filters."));

    // Sorting.
    let (_, page) = plain_html(&app, &base).await;
    let shown = rows(&page);
    assert_eq!(
        shown.first().unwrap().1,
        "aaron aardvark",
        "by name, any case"
    );
    let names: Vec<String> = shown.iter().map(|r| r.1.to_lowercase()).collect();
    assert!(names.windows(2).all(|w| w[0] <= w[1]), "{names:?}");
    let (_, page) = plain_html(&app, &format!("{base}?sort=country")).await;
    let countries: Vec<String> = rows(&page).into_iter().map(|r| r.2).collect();
    let mut sorted = countries.clone();
    sorted.sort_by_key(|c| {
        plenary::domain::CountryCode::all_sorted()
            .iter()
            .position(|k| k.name() == *c)
    });
    assert_eq!(countries, sorted, "by English country name");
    assert!(page.contains("aria-sort=\"ascending\"><a href=\"/moderate/c/"));
    let (_, page) = plain_html(&app, &format!("{base}?sort=joined")).await;
    let joined_cells: Vec<Option<String>> = rows(&page).into_iter().map(|r| r.3).collect();
    let first_absent = joined_cells
        .iter()
        .position(Option::is_none)
        .unwrap_or(joined_cells.len());
    assert!(joined_cells[first_absent..].iter().all(Option::is_none));
    let times: Vec<&str> = joined_cells[..first_absent]
        .iter()
        .map(|c| c.as_deref().unwrap())
        .collect();
    assert!(
        times.windows(2).all(|w| w[0] <= w[1]),
        "first arrivals first"
    );
    let (_, page) = plain_html(&app, &format!("{base}?sort=joined-latest")).await;
    let latest: Vec<String> = rows(&page).into_iter().filter_map(|r| r.3).collect();
    assert!(latest.windows(2).all(|w| w[0] >= w[1]), "latest first");
    assert!(page.contains("aria-sort=\"descending\""));
    assert!(page.contains(&format!("href=\"{base}?sort=joined\">Joined</a>")));
}

#[tokio::test]
async fn counts_by_country_come_as_a_table_and_a_chart_with_the_same_numbers() {
    let app = TestApp::spawn_demo(60).await;
    let open = opening(&app).await;
    let people = enrolled(&app, &open.id).await;
    let mut counts: std::collections::HashMap<String, (usize, usize)> = Default::default();
    for p in &people {
        let e = counts.entry(p.2.clone()).or_default();
        e.0 += 1;
        e.1 += usize::from(p.3.is_some());
    }
    let (top, (enrolled_n, joined_n)) = counts
        .iter()
        .max_by_key(|(code, (n, _))| (*n, std::cmp::Reverse((*code).clone())))
        .map(|(c, n)| (c.clone(), *n))
        .unwrap();
    app.sign_in_demo(&app.client, MODERATOR).await;
    english(&app, &app.client).await;
    let (_, page) = plain_html(&app, &roster_path(&open.id)).await;
    let name = html_escape(&country_name(&top));
    assert!(page.contains(&format!(
        "<tr><th scope=\"row\">{name}</th><td class=\"num\">{enrolled_n}</td><td class=\"num\">{joined_n}</td></tr>"
    )));
    assert!(page.contains("<svg viewBox="));
    assert!(
        page.contains(&format!(">{name}</text>")),
        "top country in the chart"
    );
    assert!(page.contains(&format!(">{joined_n} / {enrolled_n}</text>")));
    assert!(page.contains("<caption>Enrolled and joined attendees by country</caption>"));
    assert!(page.contains(&format!(
        "{} enrolled · {} joined · {} countries",
        people.len(),
        people.iter().filter(|p| p.3.is_some()).count(),
        counts.len()
    )));
}

#[tokio::test]
async fn a_deleted_account_shows_as_deleted_account_with_its_country() {
    let app = TestApp::spawn_demo(40).await;
    let open = opening(&app).await;
    let people = enrolled(&app, &open.id).await;
    let (rid, name, country, _) = people[3].clone();
    let r = rid.clone();
    app.with_db(move |c| {
        let uid: String = registrations::table
            .find(&r)
            .select(registrations::user_id.assume_not_null())
            .first(c)
            .unwrap();
        diesel::delete(users::table.find(uid)).execute(c).unwrap();
    })
    .await;
    app.sign_in_demo(&app.client, MODERATOR).await;
    english(&app, &app.client).await;
    let (_, page) = plain_html(&app, &roster_path(&open.id)).await;
    let shown = rows(&page);
    let row = shown
        .iter()
        .find(|r| r.0 == rid)
        .expect("still on the roster");
    assert_eq!(row.1, "Deleted account");
    assert_eq!(row.2, country_name(&country));
    assert!(!page.contains(&html_escape(name.as_deref().unwrap())));
    let csv = app
        // The demo moderator reads another language; the CSV follows the reader's.
        .get(&format!("{}.csv?lang=en", roster_path(&open.id)))
        .await
        .text()
        .await
        .unwrap();
    assert!(csv.contains(&format!(
        "\"Deleted account\",\"{}\"",
        country_name(&country)
    )));
}

#[tokio::test]
async fn the_roster_refreshes_itself_only_while_the_session_runs() {
    let app = TestApp::spawn_demo(20).await;
    let open = opening(&app).await;
    arrivals(&app, &open.id, open.starts_at).await;
    app.sign_in_demo(&app.client, MODERATOR).await;
    english(&app, &app.client).await;
    let path = roster_path(&open.id);
    app.clock.set(open.starts_at - Duration::hours(5));
    let (_, page) = plain_html(&app, &path).await;
    assert!(!page.contains("data-live-url"));
    assert!(
        page.contains(&format!("href=\"{path}\">Refresh</a>")),
        "plain reload"
    );
    app.clock.set(open.starts_at + Duration::minutes(5));
    let (_, page) = plain_html(&app, &format!("{path}?attendance=joined")).await;
    assert!(page.contains(&format!("data-live-url=\"{path}/live?attendance=joined\"")));
    let r = app.get(&format!("{path}/live?attendance=joined")).await;
    assert_eq!(r.status().as_u16(), 200);
    assert!(
        r.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("no-store")
    );
    let fragment = r.text().await.unwrap();
    assert!(!fragment.contains("<html") && !fragment.contains("<nav"));
    assert!(fragment.contains("<table class=\"roster-table\">"));
    assert!(fragment.contains("Attendees matching the filters"));
    let js = app.get("/static/app.js").await.text().await.unwrap();
    assert!(js.contains("data-live-url") && js.contains("15000"));
}

#[tokio::test]
async fn the_print_stylesheet_drops_navigation_and_controls_but_not_rows() {
    let app = TestApp::spawn_demo(10).await;
    let open = opening(&app).await;
    app.sign_in_demo(&app.client, MODERATOR).await;
    english(&app, &app.client).await;
    let (_, page) = plain_html(&app, &roster_path(&open.id)).await;
    for class in [
        "roster-filters",
        "roster-toolbar",
        "roster-check-col",
        "roster-table-wrap",
    ] {
        assert!(page.contains(class), "{class}");
    }
    let css = app.get("/static/style.css").await.text().await.unwrap();
    let print = css
        .split("@media print")
        .skip(1)
        .find(|block| block.contains("The full roster on paper"))
        .unwrap()
        .split("end of the moderators' section")
        .next()
        .unwrap();
    for rule in [
        ".roster-filters",
        ".roster-toolbar",
        ".roster-check-col",
        "display: table-header-group",
        "overflow: visible",
        "break-inside: avoid",
    ] {
        assert!(print.contains(rule), "print rule {rule}");
    }
    // The site's own print rules hide the header, footer and every form.
    assert!(css.contains(".site-header, .site-footer, .zone-picker, .day-nav, .skip-link, form"));
}

#[tokio::test]
async fn the_roster_csv_is_rfc_4180_utf8_with_formulas_neutralised() {
    let app = TestApp::spawn_demo(30).await;
    let open = opening(&app).await;
    let people = enrolled(&app, &open.id).await;
    let rid = people[0].0.clone();
    app.with_db(move |c| {
        let uid: String = registrations::table
            .find(&rid)
            .select(registrations::user_id.assume_not_null())
            .first(c)
            .unwrap();
        diesel::update(users::table.find(uid))
            .set((
                users::name.eq("Doe, Jane \"JD\" Žofia"),
                users::organization.eq(Some("=HYPERLINK(\"http://evil.example\")")),
            ))
            .execute(c)
            .unwrap();
    })
    .await;
    app.sign_in_demo(&app.client, MODERATOR).await;
    english(&app, &app.client).await;
    let r = app.get(&format!("{}.csv", roster_path(&open.id))).await;
    assert_eq!(r.status().as_u16(), 200);
    assert_eq!(r.headers()["content-type"], "text/csv; charset=utf-8");
    assert!(
        r.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment; filename=\"roster-ip-ai-2020-")
    );
    let bytes = r.bytes().await.unwrap();
    let body = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes)).unwrap();
    // Every cell quoted: a `;`-separator spreadsheet keeps a cell whole.
    assert!(body.starts_with(
        "\"Name\",\"Country\",\"Organisation\",\"Registration status\",\"Joined\",\"Joined at (Europe/Zurich)\"\r\n"
    ));
    assert!(body.contains("\"Doe, Jane \"\"JD\"\" Žofia\","));
    assert!(body.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\")\","));
    let mut reader = csv::Reader::from_reader(body.as_bytes());
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), people.len());
    assert!(records.iter().all(|r| r.len() == 6));
    assert!(
        records
            .iter()
            .all(|r| !r.iter().any(|c| c.starts_with(['=', '+', '-', '@'])))
    );
    // The export follows the filters on the page.
    let code = people[0].2.clone();
    let body = app
        .get(&format!("{}.csv?country={code}", roster_path(&open.id)))
        .await
        .text()
        .await
        .unwrap();
    let n = people.iter().filter(|p| p.2 == code).count();
    assert_eq!(body.trim_end().split("\r\n").count(), n + 1);
}

// ---------------------------------------------------------------- check-in and undo

async fn attendance_of(
    app: &TestApp,
    session: &str,
    registration: &str,
) -> (Option<NaiveDateTime>, Option<String>) {
    let (s, r) = (session.to_string(), registration.to_string());
    app.with_db(move |c| {
        enrollments::table
            .find((r, s))
            .select((enrollments::attended_at, enrollments::checked_in_by))
            .first(c)
            .unwrap()
    })
    .await
}

async fn user_id(app: &TestApp, email: &'static str) -> String {
    app.with_db(move |c| {
        users::table
            .filter(users::email.eq(email))
            .select(users::id)
            .first(c)
            .unwrap()
    })
    .await
}

#[tokio::test]
async fn a_moderator_checks_someone_in_and_undoes_it_with_who_and_an_audit_trail() {
    let app = TestApp::spawn_demo(40).await;
    let open = opening(&app).await;
    let people = enrolled(&app, &open.id).await;
    let (rid, name, _, _) = people.iter().find(|p| p.3.is_none()).unwrap().clone();
    let name = name.unwrap();
    let moderator = user_id(&app, MODERATOR).await;
    app.sign_in_demo(&app.client, MODERATOR).await;
    english(&app, &app.client).await;
    let path = roster_path(&open.id);
    let at = open.starts_at + Duration::minutes(3);
    app.clock.set(at);

    let r = app
        .submit(
            &format!("{path}?country={}", people[0].2),
            &format!("{path}/check-in"),
            &[
                ("mark", &format!("present:{rid}")),
                ("back", "attendance=not-joined"),
            ],
        )
        .await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(
        location(&r),
        format!("{path}?attendance=not-joined#r-{rid}")
    );
    let (attended, by) = attendance_of(&app, &open.id, &rid).await;
    let attended = attended.expect("present");
    assert!((attended.and_utc() - at).num_seconds().abs() < 5);
    assert_eq!(by.as_deref(), Some(moderator.as_str()));
    let audit = audit_actions(&app).await;
    let last = audit.last().unwrap();
    assert_eq!(last.0, "roster.check_in");
    assert_eq!(last.1.as_deref(), Some("absent"));
    assert!(last.2.as_deref().unwrap().starts_with("present since 20"));

    let (_, page) = plain_html(&app, &location(&r)).await;
    assert!(page.contains(&html_escape(&format!("Marked {name} present."))));
    assert!(page.contains(&format!(
        "action=\"/moderate/c/{SLUG}/sessions/{}/roster/undo\"",
        open.id
    )));
    assert!(page.contains(">Undo</button>"));
    let (_, again) = plain_html(&app, &path).await;
    assert!(
        !again.contains(">Undo</button>"),
        "the offer goes with the message"
    );

    let r = app
        .submit(&path, &format!("{path}/undo"), &[("back", "")])
        .await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(attendance_of(&app, &open.id, &rid).await, (None, None));
    let audit = audit_actions(&app).await;
    assert_eq!(audit.len(), 2);
    assert_eq!(audit[1].0, "roster.check_out");
    assert_eq!(audit[1].2.as_deref(), Some("absent"));
    let (_, page) = plain_html(&app, &location(&r)).await;
    assert!(page.contains(&html_escape(&format!(
        "Undone: {name} is marked absent again."
    ))));

    // Nothing left to undo.
    let r = app
        .submit(&path, &format!("{path}/undo"), &[("back", "")])
        .await;
    let (_, page) = plain_html(&app, &location(&r)).await;
    assert!(page.contains("There is nothing to undo."));
    assert_eq!(audit_actions(&app).await.len(), 2);
}

#[tokio::test]
async fn marking_twice_changes_nothing_and_withdraws_the_undo_offer() {
    let app = TestApp::spawn_demo(40).await;
    let open = opening(&app).await;
    arrivals(&app, &open.id, open.starts_at).await;
    let people = enrolled(&app, &open.id).await;
    let rid = people.iter().find(|p| p.3.is_some()).unwrap().0.clone();
    app.sign_in_demo(&app.client, MODERATOR).await;
    english(&app, &app.client).await;
    let path = roster_path(&open.id);
    let r = app
        .submit(
            &path,
            &format!("{path}/check-in"),
            &[("mark", &format!("absent:{rid}"))],
        )
        .await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(attendance_of(&app, &open.id, &rid).await, (None, None));
    assert_eq!(audit_actions(&app).await[0].0, "roster.check_out");

    // Marking absent twice changes nothing and records nothing.
    let r2 = app
        .submit(
            &path,
            &format!("{path}/check-in"),
            &[("mark", &format!("absent:{rid}"))],
        )
        .await;
    let (_, page) = plain_html(&app, &location(&r2)).await;
    assert!(page.contains("was already marked absent."));
    assert!(!page.contains(">Undo</button>"));
    assert_eq!(audit_actions(&app).await.len(), 1);

    // The first change can no longer be undone from this browser (the offer went
    // with the second message), so undo reports nothing to do.
    let r = app
        .submit(&path, &format!("{path}/undo"), &[("back", "")])
        .await;
    let (_, page) = plain_html(&app, &location(&r)).await;
    assert!(page.contains("There is nothing to undo."));
}

#[tokio::test]
async fn an_undo_after_someone_else_changed_the_line_does_nothing() {
    let app = TestApp::spawn_demo(30).await;
    let open = opening(&app).await;
    arrivals(&app, &open.id, open.starts_at).await;
    let people = enrolled(&app, &open.id).await;
    let (rid, _, _, joined) = people.iter().find(|p| p.3.is_some()).unwrap().clone();
    app.sign_in_demo(&app.client, MODERATOR).await;
    english(&app, &app.client).await;
    let path = roster_path(&open.id);
    app.submit(
        &path,
        &format!("{path}/check-in"),
        &[("mark", &format!("absent:{rid}"))],
    )
    .await;
    // The organizer checks the same person in from another browser meanwhile.
    let organizer = app.demo_browser(ORGANIZER).await;
    english(&app, &organizer).await;
    submit_with(
        &organizer,
        &app.base,
        &path,
        &format!("{path}/check-in"),
        &[("mark", &format!("present:{rid}"))],
    )
    .await;
    let r = app
        .submit(&path, &format!("{path}/undo"), &[("back", "")])
        .await;
    let (_, page) = plain_html(&app, &location(&r)).await;
    assert!(page.contains("Not undone"), "{page}");
    let (at, by) = attendance_of(&app, &open.id, &rid).await;
    assert!(
        at.is_some() && at != joined,
        "the organizer's check-in stands"
    );
    assert_eq!(by, Some(user_id(&app, ORGANIZER).await));
}

#[tokio::test]
async fn undo_restores_the_exact_arrival_time_of_a_self_joined_attendee() {
    let app = TestApp::spawn_demo(30).await;
    let open = opening(&app).await;
    arrivals(&app, &open.id, open.starts_at).await;
    let people = enrolled(&app, &open.id).await;
    let (rid, _, _, joined) = people.iter().find(|p| p.3.is_some()).unwrap().clone();
    app.sign_in_demo(&app.client, MODERATOR).await;
    english(&app, &app.client).await;
    let path = roster_path(&open.id);
    app.submit(
        &path,
        &format!("{path}/check-in"),
        &[("mark", &format!("absent:{rid}"))],
    )
    .await;
    let r = app
        .submit(&path, &format!("{path}/undo"), &[("back", "sort=joined")])
        .await;
    assert_eq!(location(&r), format!("{path}?sort=joined#r-{rid}"));
    assert_eq!(attendance_of(&app, &open.id, &rid).await, (joined, None));
    let audit = audit_actions(&app).await;
    assert_eq!(
        audit.iter().map(|a| a.0.as_str()).collect::<Vec<_>>(),
        ["roster.check_out", "roster.check_in"]
    );
}

#[tokio::test]
async fn a_check_in_without_the_forms_token_is_refused() {
    let app = TestApp::spawn_demo(20).await;
    let open = opening(&app).await;
    let people = enrolled(&app, &open.id).await;
    let rid = people.iter().find(|p| p.3.is_none()).unwrap().0.clone();
    app.sign_in_demo(&app.client, MODERATOR).await;
    english(&app, &app.client).await;
    let r = app
        .client
        .post(app.url(&format!("{}/check-in", roster_path(&open.id))))
        .form(&[("csrf", "forged"), ("mark", &format!("present:{rid}"))])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 403);
    assert_eq!(attendance_of(&app, &open.id, &rid).await, (None, None));
}

// ---------------------------------------------------------------- run of show

async fn speaker_slots(app: &TestApp, session: &str) -> Vec<(String, String, i32, Option<i32>)> {
    let s = session.to_string();
    app.with_db(move |c| {
        session_people::table
            .inner_join(users::table)
            .filter(session_people::session_id.eq(s))
            .filter(session_people::role.eq("speaker"))
            .order(session_people::position)
            .select((
                users::id,
                users::name,
                session_people::position,
                session_people::slot_minutes,
            ))
            .load(c)
            .unwrap()
    })
    .await
}

#[tokio::test]
async fn the_run_of_show_reports_every_error_at_once_and_keeps_what_was_typed() {
    let app = TestApp::spawn_demo(5).await;
    let panel = shared_panel(&app).await;
    let speakers = speaker_slots(&app, &panel).await;
    assert!(speakers.len() >= 2);
    app.sign_in_demo(&app.client, MODERATOR).await;
    english(&app, &app.client).await;
    let page = session_path(&panel);
    let mut fields: Vec<(String, String)> = Vec::new();
    for (i, (uid, _, _, _)) in speakers.iter().enumerate() {
        fields.push((format!("position-{uid}"), "1".into()));
        fields.push((
            format!("minutes-{uid}"),
            if i == 0 { "abc".into() } else { "241".into() },
        ));
    }
    let refs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let r = app
        .submit(&page, &format!("{page}/run-of-show"), &refs)
        .await;
    assert_eq!(r.status().as_u16(), 200);
    let body = plain(r.text().await.unwrap());
    assert!(body.contains("There is a problem"));
    assert!(body.contains("<title>Error: "));
    for (uid, name, _, _) in &speakers {
        assert!(
            body.contains(&format!("<li><a href=\"#position-{uid}\">")),
            "summary links to each position"
        );
        assert!(
            body.contains(&format!("<li><a href=\"#minutes-{uid}\">")),
            "and each slot"
        );
        assert!(body.contains(&html_escape(&format!(
            "Position 1 is given to more than one speaker: give {name} a position of their own"
        ))));
        assert!(body.contains(&format!("id=\"minutes-{uid}\" name=\"minutes-{uid}\"")));
    }
    assert!(body.contains("value=\"abc\""), "values kept");
    assert!(body.contains("value=\"241\""));
    assert!(body.contains("aria-invalid=\"true\""));
    assert_eq!(speaker_slots(&app, &panel).await, speakers, "nothing saved");
    assert!(audit_actions(&app).await.is_empty());
}

#[tokio::test]
async fn the_moderator_orders_and_times_the_speakers_who_then_see_their_slot() {
    let app = TestApp::spawn_demo(5).await;
    let panel = shared_panel(&app).await;
    let speakers = speaker_slots(&app, &panel).await;
    let n = speakers.len();
    app.sign_in_demo(&app.client, MODERATOR).await;
    english(&app, &app.client).await;
    let page = session_path(&panel);
    // Reverse the order; the demo speaker (first) gets 12 minutes, others none.
    let mut fields: Vec<(String, String)> = Vec::new();
    for (i, (uid, _, _, _)) in speakers.iter().enumerate() {
        fields.push((format!("position-{uid}"), (n - i).to_string()));
        fields.push((
            format!("minutes-{uid}"),
            if i == 0 { "12".into() } else { String::new() },
        ));
    }
    let refs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let r = app
        .submit(&page, &format!("{page}/run-of-show"), &refs)
        .await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(location(&r), format!("{page}#run-of-show"));
    let saved = speaker_slots(&app, &panel).await;
    let expected: Vec<_> = speakers
        .iter()
        .enumerate()
        .rev()
        .map(|(i, (uid, name, _, _))| {
            (
                uid.clone(),
                name.clone(),
                (n - i) as i32,
                (i == 0).then_some(12),
            )
        })
        .collect();
    assert_eq!(saved, expected);
    let audit = audit_actions(&app).await;
    assert_eq!(audit.len(), 1);
    assert_eq!(audit[0].0, "session.run_of_show");
    assert!(audit[0].2.as_deref().unwrap().starts_with("1. "));
    assert!(
        audit[0]
            .2
            .as_deref()
            .unwrap()
            .contains(&format!("{n}. {} (12 min)", speakers[0].1))
    );

    let speaker = app.demo_browser(SPEAKER).await;

    english(&app, &speaker).await;
    let (status, body) = get(&app, &speaker, &page).await;
    assert_eq!(status, 200);
    let me = speakers
        .iter()
        .position(|s| s.1.contains("Demo-Speaker"))
        .expect("the demo speaker");
    assert_eq!(me, 0, "the seed puts the demo speaker first");
    let ordinal = match n {
        2 => "2nd",
        3 => "3rd",
        _ => "4th",
    };
    assert!(
        body.contains(&format!("You speak {ordinal} of {n}, 12 minutes")),
        "{body}"
    );
    assert!(body.contains("<caption>Speakers in order of speaking</caption>"));
    assert!(!body.contains("/run-of-show\""), "speakers get no form");
    let (_, mine) = get(&app, &speaker, "/moderate").await;
    assert!(mine.contains(&format!("You speak {ordinal} of {n}, 12 minutes")));
    assert!(mine.contains("Speaker"));
    // And a speaker cannot post the form.
    let r = submit_with(
        &speaker,
        &app.base,
        &page,
        &format!("{page}/run-of-show"),
        &refs,
    )
    .await;
    assert_eq!(r.status().as_u16(), 403);
}

// ---------------------------------------------------------------- speakers and the roster

#[tokio::test]
async fn speakers_see_counts_by_country_but_no_names_when_the_roster_is_not_shared() {
    let app = TestApp::spawn_demo(60).await;
    let panel = shared_panel(&app).await;
    let people = enrolled(&app, &panel).await;
    assert!(!people.is_empty());
    let speaker = app.demo_browser(SPEAKER).await;
    english(&app, &speaker).await;
    let (status, body) = get(&app, &speaker, &session_path(&panel)).await;
    assert_eq!(status, 200);
    assert!(body.contains("Attendees by country"));
    assert!(body.contains(&format!("{} enrolled from", people.len())));
    for (_, name, _, _) in &people {
        assert!(!body.contains(&html_escape(name.as_deref().unwrap())));
    }
    assert!(!body.contains("/roster\"") && !body.contains("/attendees\""));
    for path in [
        roster_path(&panel),
        format!("{}.csv", roster_path(&panel)),
        format!("{}/live", roster_path(&panel)),
    ] {
        let (status, _) = get(&app, &speaker, &path).await;
        assert_eq!(status, 403, "{path}");
    }
    let r = speaker
        .get(app.url(&format!("{}/attendees", session_path(&panel))))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(location(&r), format!("{}#countries", session_path(&panel)));
    let (_, body) = get(&app, &speaker, &location(&r)).await;
    assert!(body.contains("share attendees&#39; details with moderators only"));
}

#[tokio::test]
async fn speakers_read_a_shared_roster_without_check_in_and_still_cannot_check_in() {
    let app = TestApp::spawn_demo(60).await;
    set_speakers_see_roster(&app, true).await;
    let panel = shared_panel(&app).await;
    let people = enrolled(&app, &panel).await;
    let speaker = app.demo_browser(SPEAKER).await;
    english(&app, &speaker).await;
    let (_, body) = get(&app, &speaker, &session_path(&panel)).await;
    let shared = format!("{}/attendees", session_path(&panel));
    assert!(body.contains(&format!("href=\"{shared}\"")));
    let (status, body) = get(&app, &speaker, &format!("{shared}?sort=country")).await;
    assert_eq!(status, 200);
    assert_eq!(rows(&body).len(), people.len());
    assert!(body.contains("It is read-only"));
    assert!(!body.contains("Mark present") && !body.contains("Mark absent"));
    assert!(!body.contains("/roster/check-in") && !body.contains("roster.csv"));
    assert!(!body.contains("data-live-url"));
    assert!(
        body.contains(&format!("action=\"{shared}\"")),
        "filters stay on this page"
    );
    // The moderators' roster and every change stay closed to speakers.
    let (status, _) = get(&app, &speaker, &roster_path(&panel)).await;
    assert_eq!(status, 403);
    let rid = people[0].0.clone();
    let before = attendance_of(&app, &panel, &rid).await;
    let r = submit_with(
        &speaker,
        &app.base,
        &shared,
        &format!("{}/check-in", roster_path(&panel)),
        &[("mark", &format!("present:{rid}"))],
    )
    .await;
    assert_eq!(r.status().as_u16(), 403);
    assert_eq!(attendance_of(&app, &panel, &rid).await, before);
    // A moderator following the shared link lands on the full roster.
    let moderator = app.demo_browser(MODERATOR).await;
    english(&app, &moderator).await;
    let r = moderator
        .get(app.url(&format!("{shared}?sort=country")))
        .send()
        .await
        .unwrap();
    assert_eq!(
        location(&r),
        format!("{}?sort=country", roster_path(&panel))
    );
}

// ---------------------------------------------------------------- who is turned away

#[tokio::test]
async fn a_moderator_of_one_session_is_refused_another_sessions_roster_and_changes() {
    let app = TestApp::spawn_demo(30).await;
    let other = someone_elses_session(&app).await;
    let people = enrolled(&app, &other).await;
    let rid = people[0].0.clone();
    let moderator = app.demo_browser(MODERATOR).await;
    english(&app, &moderator).await;
    let (_, mine) = get(&app, &moderator, "/moderate").await;
    assert!(!mine.contains(&other));
    for path in [
        roster_path(&other),
        format!("{}.csv", roster_path(&other)),
        format!("{}/live", roster_path(&other)),
        format!("{}/attendees", session_path(&other)),
        session_path(&other),
    ] {
        let (status, _) = get(&app, &moderator, &path).await;
        assert_eq!(status, 403, "{path}");
    }
    let before = attendance_of(&app, &other, &rid).await;
    for (action, fields) in [
        (
            format!("{}/check-in", roster_path(&other)),
            vec![("mark", format!("present:{rid}"))],
        ),
        (format!("{}/undo", roster_path(&other)), vec![]),
        (format!("{}/run-of-show", session_path(&other)), vec![]),
    ] {
        let refs: Vec<(&str, &str)> = fields.iter().map(|(a, b)| (*a, b.as_str())).collect();
        let r = submit_with(&moderator, &app.base, "/moderate", &action, &refs).await;
        assert_eq!(r.status().as_u16(), 403, "{action}");
    }
    assert_eq!(attendance_of(&app, &other, &rid).await, before);
}

#[tokio::test]
async fn checking_in_someone_not_enrolled_in_this_session_is_not_found() {
    let app = TestApp::spawn_demo(40).await;
    let open = opening(&app).await;
    let inside: Vec<String> = enrolled(&app, &open.id)
        .await
        .into_iter()
        .map(|p| p.0)
        .collect();
    let outsider: String = app
        .with_db(move |c| {
            registrations::table
                .filter(registrations::id.ne_all(inside))
                .select(registrations::id)
                .first(c)
                .unwrap()
        })
        .await;
    app.sign_in_demo(&app.client, MODERATOR).await;
    english(&app, &app.client).await;
    let path = roster_path(&open.id);
    let r = app
        .submit(
            &path,
            &format!("{path}/check-in"),
            &[("mark", &format!("present:{outsider}"))],
        )
        .await;
    assert_eq!(r.status().as_u16(), 404);
    let r = app
        .submit(
            &path,
            &format!("{path}/check-in"),
            &[("mark", "present:not-an-id")],
        )
        .await;
    assert_eq!(r.status().as_u16(), 400);
    assert!(audit_actions(&app).await.is_empty());
}

#[tokio::test]
async fn attendees_and_anonymous_visitors_are_turned_away_from_every_moderator_route() {
    let app = TestApp::spawn_demo(10).await;
    let open = opening(&app).await;
    let attendee = app.demo_browser(ATTENDEE).await;
    english(&app, &attendee).await;
    let anonymous = app.new_browser();
    anonymous.get(app.url("/login")).send().await.unwrap();
    let csrf = common::csrf_in(&get(&app, &attendee, "/password/reset").await.1);
    let mut checked = 0;
    for (methods, path, _) in TABLE.iter().filter(|(_, p, _)| p.starts_with("/moderate/")) {
        let url = app.url(&path.replace("{slug}", SLUG).replace("{id}", &open.id));
        for method in *methods {
            for (who, client) in [("attendee", &attendee), ("anonymous", &anonymous)] {
                let r = match *method {
                    "get" => client.get(&url).send().await.unwrap(),
                    _ => client
                        .post(&url)
                        .form(&[("csrf", csrf.as_str())])
                        .send()
                        .await
                        .unwrap(),
                };
                let status = r.status().as_u16();
                if who == "attendee" {
                    assert_eq!(status, 403, "{who} {method} {path}");
                } else {
                    assert_eq!(status, 303, "{who} {method} {path}");
                    assert!(location(&r).starts_with("/login?next="), "{who} {path}");
                }
                checked += 1;
            }
        }
    }
    assert!(checked >= 16, "{checked}");
}

#[tokio::test]
async fn an_organizer_reads_and_changes_any_roster_of_their_conference() {
    let app = TestApp::spawn_demo(30).await;
    let other = someone_elses_session(&app).await;
    let people = enrolled(&app, &other).await;
    let rid = people.iter().find(|p| p.3.is_none()).unwrap().0.clone();
    let organizer = app.demo_browser(ORGANIZER).await;
    english(&app, &organizer).await;
    let (status, body) = get(&app, &organizer, &roster_path(&other)).await;
    assert_eq!(status, 200);
    assert_eq!(rows(&body).len(), people.len());
    let r = submit_with(
        &organizer,
        &app.base,
        &roster_path(&other),
        &format!("{}/check-in", roster_path(&other)),
        &[("mark", &format!("present:{rid}"))],
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);
    let (at, by) = attendance_of(&app, &other, &rid).await;
    assert!(at.is_some());
    assert_eq!(by, Some(user_id(&app, ORGANIZER).await));
    let (status, _) = get(&app, &organizer, "/moderate").await;
    assert_eq!(status, 200);
}
