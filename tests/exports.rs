//! The exports through HTTP with the real server: schedule.xml checked by xmllint
//! against the frab XSD, schedule.json by a draft-06 validator against the c3voc
//! schema, iCalendar read back by an independent parser (the `ical` crate) field by
//! field, conditional requests, agenda changes, and the personal feed's join links.
//! The schemas are the copies in `tests/schemas/`, so a clean clone needs nothing else.

mod common;

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use common::{TestApp, location};
use diesel::prelude::*;
use plenary::db::schema::{registrations, sessions, users};
use plenary::db::sessions::{NewSession, TimesUpdate};
use plenary::db::{self, conferences::NewConference, users::NewUser};
use plenary::domain::status::{RegistrationStatus, SessionKind, SessionRole};
use plenary::domain::{ConferenceId, CountryCode, Email, RegistrationId, SessionId, UserId};

const SLUG: &str = "ip-ai-2020";
const SCHEMAS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/schemas");
/// Demo join links live on this host; public exports must never contain them.
const MEETING_HOST: &str = "meet.example.org";

/// A title in three scripts, with the characters iCalendar escapes, longer than a line.
const HARD_TITLE: &str = "Конференция: 人工知能と知的財産, «AI»; with commas, semicolons; and a very long title that must be folded beyond 75 octets … ☃";
const HARD_SUMMARY: &str = "First line; with a semicolon, and a comma.\r\nSecond line: \\ a backslash\n\nالملكية الفكرية والذكاء الاصطناعي";

// ---------------------------------------------------------------- helpers

async fn fetch(app: &TestApp, path: &str) -> (u16, reqwest::header::HeaderMap, String) {
    let r = app.get(path).await;
    let status = r.status().as_u16();
    let headers = r.headers().clone();
    (status, headers, r.text().await.expect("body"))
}

fn header<'a>(h: &'a reqwest::header::HeaderMap, name: &str) -> &'a str {
    h.get(name).and_then(|v| v.to_str().ok()).unwrap_or("")
}

async fn conference_id(app: &TestApp, slug: &'static str) -> ConferenceId {
    app.with_db(move |c| db::conferences::by_slug(c, slug).unwrap().unwrap().id)
        .await
}

async fn all_sessions(app: &TestApp) -> Vec<db::sessions::Session> {
    let cid = conference_id(app, SLUG).await;
    app.with_db(move |c| db::sessions::for_conference(c, cid).unwrap())
        .await
}

/// A session with a hard title and summary on the demo's first day, moderated by
/// someone whose name is in Arabic script; returns its id.
async fn add_hard_session(app: &TestApp) -> SessionId {
    let cid = conference_id(app, SLUG).await;
    let id = SessionId::new();
    app.with_db(move |c| {
        let now = Utc::now();
        let user = UserId::new();
        let email = Email::parse("layla@example.org").unwrap();
        db::users::insert(
            c,
            &NewUser {
                id: user,
                email: &email,
                name: "ليلى عبد الله",
                country: CountryCode::parse("EG").unwrap(),
                organization: None,
                tz: chrono_tz::Africa::Cairo,
                password_hash: None,
                is_admin: false,
                email_verified_at: Some(now),
                language: None,
            },
            now,
        )
        .unwrap();
        let start = Utc.with_ymd_and_hms(2020, 7, 7, 8, 0, 0).unwrap();
        db::sessions::insert(
            c,
            &NewSession {
                id,
                conference_id: cid,
                title: HARD_TITLE,
                summary: HARD_SUMMARY,
                kind: SessionKind::Talk,
                starts_at: start,
                ends_at: start + Duration::minutes(50),
                track: "",
                capacity: None,
                join_url: Some("https://meet.example.org/hard?room=1&pin=2"),
            },
            now,
        )
        .unwrap();
        db::sessions::add_person(c, id, user, SessionRole::Moderator, 0, now).unwrap();
    })
    .await;
    id
}

/// Runs xmllint on a document; `false` when xmllint is missing outside CI.
fn xmllint_validates(xml: &str) -> bool {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("schedule.xml");
    std::fs::write(&file, xml).unwrap();
    let out = match std::process::Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(format!("{SCHEMAS}/schedule.xml.xsd"))
        .arg(&file)
        .output()
    {
        Ok(out) => out,
        Err(e) if std::env::var("CI").as_deref() != Ok("true") => {
            eprintln!("SKIPPED: xmllint is not installed ({e}); apt-get install libxml2-utils");
            return false;
        }
        Err(e) => panic!("xmllint is required in CI: {e}"),
    };
    assert!(
        out.status.success(),
        "schedule.xml is not valid:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    true
}

fn c3voc_validator() -> jsonschema::Validator {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{SCHEMAS}/schedule.schema.json")).unwrap(),
    )
    .unwrap();
    jsonschema::draft6::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the c3voc schema compiles as draft-06")
}

fn schema_errors(validator: &jsonschema::Validator, doc: &serde_json::Value) -> Vec<String> {
    validator
        .iter_errors(doc)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

/// The `guid` attributes of the `<event>` elements, in document order.
fn xml_event_guids(xml: &str) -> Vec<String> {
    xml.split("<event ")
        .skip(1)
        .filter_map(|s| s.split("guid=\"").nth(1)?.split('"').next())
        .map(str::to_string)
        .collect()
}

fn json_events(doc: &serde_json::Value) -> Vec<&serde_json::Value> {
    doc["schedule"]["conference"]["days"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|d| d["rooms"].as_object().unwrap().values())
        .flat_map(|events| events.as_array().unwrap())
        .collect()
}

/// RFC 5545 TEXT unescaping (the `ical` crate leaves values escaped).
fn unescape(v: &str) -> String {
    let mut out = String::new();
    let mut chars = v.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

struct IcsEvent(ical::parser::ical::component::IcalEvent);

impl IcsEvent {
    fn prop(&self, name: &str) -> Option<&ical::property::Property> {
        self.0.properties.iter().find(|p| p.name == name)
    }
    fn value(&self, name: &str) -> String {
        self.prop(name)
            .and_then(|p| p.value.clone())
            .unwrap_or_default()
    }
    fn text(&self, name: &str) -> String {
        unescape(&self.value(name))
    }
    fn param(&self, name: &str, param: &str) -> Option<String> {
        self.prop(name)?
            .params
            .as_ref()?
            .iter()
            .find(|(k, _)| k == param)
            .map(|(_, v)| v.join(","))
    }
}

/// Parses a calendar with the `ical` crate, after checking the raw lines: CRLF, at
/// most 75 octets each.
fn parse_ics(body: &str) -> Vec<IcsEvent> {
    assert!(body.ends_with("\r\n"));
    for line in body.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        assert!(!line.contains('\n') && !line.contains('\r'), "{line:?}");
    }
    let mut parser = ical::IcalParser::new(std::io::BufReader::new(body.as_bytes()));
    let cal = parser.next().expect("a calendar").expect("parses");
    assert!(parser.next().is_none());
    cal.events.into_iter().map(IcsEvent).collect()
}

fn event_for(events: &[IcsEvent], id: SessionId) -> &IcsEvent {
    let uid = format!("session-{id}@plenary");
    events
        .iter()
        .find(|e| e.value("UID") == uid)
        .unwrap_or_else(|| panic!("no event {uid}"))
}

fn ics_time(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

async fn log_in_demo_attendee(app: &TestApp) {
    let r = app
        .login("attendee@demo.plenary.test", "plenary-demo")
        .await;
    assert_eq!(r.status().as_u16(), 303, "login");
}

/// Rotates the demo attendee's feed through "My conference"; returns the token (read
/// from the page, which shows it once) and the registration. Only its SHA-256 is
/// stored: a database read yields no working feed address.
async fn rotate_feed(app: &TestApp) -> (String, RegistrationId) {
    let me = format!("/c/{SLUG}/me");
    let r = app.submit(&me, &format!("{me}/feed"), &[]).await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(location(&r), format!("{me}#feed"));
    let (status, page) = app.get_page(&me).await;
    assert_eq!(status, 200);
    let url = page.text(".feed-url");
    let token = url
        .rsplit_once("/feeds/")
        .and_then(|(_, t)| t.strip_suffix(".ics"))
        .expect("the new feed address is shown once")
        .to_string();
    let (_, again) = app.get_page(&me).await;
    assert_eq!(
        again.count(".feed-url"),
        0,
        "the address is shown only once"
    );
    let (id, stored) = app
        .with_db(|c| {
            let (id, stored): (String, Option<String>) = registrations::table
                .inner_join(users::table)
                .filter(users::email.eq("attendee@demo.plenary.test"))
                .select((registrations::id, registrations::feed_token_hash))
                .first(c)
                .unwrap();
            (id, stored.expect("a stored feed hash"))
        })
        .await;
    assert_ne!(stored, token, "the feed secret is not stored in plain text");
    assert_eq!(stored, plenary::db::tokens::hash(&token));
    (token, RegistrationId::parse(&id).unwrap())
}

// ---------------------------------------------------------------- schedule

#[tokio::test]
async fn the_demo_schedule_xml_is_valid_frab_xml_without_breaks_or_join_links() {
    let app = TestApp::spawn_demo(20).await;
    let (status, h, xml) = fetch(&app, &format!("/c/{SLUG}/schedule.xml")).await;
    assert_eq!(status, 200);
    assert_eq!(header(&h, "content-type"), "application/xml; charset=utf-8");
    xmllint_validates(&xml);

    assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    assert!(xml.contains("<version>1</version>"));
    assert!(xml.contains("<acronym>ip_ai_2020</acronym>"));
    assert!(xml.contains("<time_zone_name>Europe/Zurich</time_zone_name>"));
    // Local day boundaries with the CEST offset.
    assert!(xml.contains(
        r#"<day index="1" date="2020-07-07" start="2020-07-07T00:00:00+02:00" end="2020-07-08T00:00:00+02:00">"#
    ));
    assert_eq!(xml.matches("<day ").count(), 3);
    assert!(xml.contains(r#"<room name="Main hall""#) && xml.contains(r#"<room name="Room B""#));
    assert!(xml.contains("<date>2020-07-07T13:00:00+02:00</date>"));
    assert!(xml.contains("<start>13:00</start>") && xml.contains("<duration>00:30</duration>"));
    assert!(xml.contains("<duration>01:30</duration>"));
    assert!(xml.contains("Moderator: "), "roles are spelled out");

    let list = all_sessions(&app).await;
    let breaks: Vec<_> = list
        .iter()
        .filter(|s| s.kind == SessionKind::Break)
        .collect();
    assert!(!breaks.is_empty());
    for b in breaks {
        assert!(
            !xml.contains(&b.id.to_string()),
            "break {} exported",
            b.title
        );
    }
    let talks = list.iter().filter(|s| s.kind != SessionKind::Break).count();
    assert_eq!(xml_event_guids(&xml).len(), talks);
    assert!(!xml.contains(MEETING_HOST), "join links are private");
}

#[tokio::test]
async fn the_demo_schedule_json_is_valid_c3voc_json_and_agrees_with_the_xml() {
    let app = TestApp::spawn_demo(20).await;
    let (status, h, body) = fetch(&app, &format!("/c/{SLUG}/schedule.json")).await;
    assert_eq!(status, 200);
    assert_eq!(header(&h, "content-type"), "application/json");
    let doc: serde_json::Value = serde_json::from_str(&body).unwrap();
    let validator = c3voc_validator();
    let errors = schema_errors(&validator, &doc);
    assert!(errors.is_empty(), "{errors:#?}");

    // The validator really checks: a document missing what the schema requires fails.
    let mut broken = doc.clone();
    broken["schedule"]["conference"]
        .as_object_mut()
        .unwrap()
        .remove("acronym");
    assert!(!schema_errors(&validator, &broken).is_empty());

    let conf = &doc["schedule"]["conference"];
    assert_eq!(doc["schedule"]["version"], "1");
    assert_eq!(conf["daysCount"], 3);
    assert_eq!(conf["time_zone_name"], "Europe/Zurich");
    assert_eq!(conf["days"][2]["day_start"], "2020-07-09T00:00:00+02:00");
    let events = json_events(&doc);
    let opening = events
        .iter()
        .find(|e| e["type"] == "opening")
        .expect("the opening");
    assert_eq!(opening["date"], "2020-07-07T13:00:00+02:00");
    assert_eq!(opening["duration"], "00:30");
    assert_eq!(opening["room"], "Main hall");
    let roles: Vec<&str> = opening["persons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["role"].as_str().unwrap())
        .collect();
    assert_eq!(roles.first(), Some(&"moderator"));
    assert!(roles.contains(&"speaker"));
    assert!(!body.contains(MEETING_HOST), "join links are private");

    // Same events, same GUIDs (the session ids), same numeric ids in both formats.
    let (_, _, xml) = fetch(&app, &format!("/c/{SLUG}/schedule.xml")).await;
    let mut xml_guids = xml_event_guids(&xml);
    let mut json_guids: Vec<String> = events
        .iter()
        .map(|e| e["guid"].as_str().unwrap().to_string())
        .collect();
    xml_guids.sort();
    json_guids.sort();
    assert_eq!(xml_guids, json_guids);
    for e in &events {
        let tag = format!(
            r#"<event id="{}" guid="{}">"#,
            e["id"],
            e["guid"].as_str().unwrap()
        );
        assert!(xml.contains(&tag), "{tag}");
    }
    let ids: Vec<String> = all_sessions(&app)
        .await
        .iter()
        .map(|s| s.id.to_string())
        .collect();
    assert!(json_guids.iter().all(|g| ids.contains(g)));
}

#[tokio::test]
async fn cancelled_sessions_leave_the_schedule_and_are_struck_in_the_calendar() {
    let app = TestApp::spawn_demo(10).await;
    let hard = add_hard_session(&app).await;
    app.with_db(move |c| {
        diesel::update(sessions::table.find(hard.to_string()))
            .set(sessions::status.eq("cancelled"))
            .execute(c)
            .unwrap();
    })
    .await;
    let (_, _, xml) = fetch(&app, &format!("/c/{SLUG}/schedule.xml")).await;
    xmllint_validates(&xml);
    assert!(!xml.contains(&hard.to_string()));
    let (_, _, json) = fetch(&app, &format!("/c/{SLUG}/schedule.json")).await;
    assert!(!json.contains(&hard.to_string()));
    let (_, _, ics) = fetch(&app, &format!("/c/{SLUG}/agenda.ics")).await;
    assert_eq!(
        event_for(&parse_ics(&ics), hard).value("STATUS"),
        "CANCELLED"
    );
}

// ---------------------------------------------------------------- iCalendar

#[tokio::test]
async fn the_agenda_ics_reads_back_field_by_field_in_any_script() {
    let app = TestApp::spawn_demo(10).await;
    let hard = add_hard_session(&app).await;
    let (status, h, body) = fetch(&app, &format!("/c/{SLUG}/agenda.ics")).await;
    assert_eq!(status, 200);
    assert_eq!(header(&h, "content-type"), "text/calendar; charset=utf-8");
    assert!(!body.contains(MEETING_HOST), "join links are private");
    assert!(!body.contains("CONFERENCE"));

    let events = parse_ics(&body);
    let list = all_sessions(&app).await;
    assert_eq!(events.len(), list.len(), "every session, breaks included");
    for s in &list {
        let e = event_for(&events, s.id);
        assert_eq!(e.value("DTSTART"), ics_time(s.starts_at));
        assert_eq!(e.value("DTEND"), ics_time(s.ends_at));
        assert_eq!(e.text("SUMMARY"), s.title);
        assert_eq!(e.value("SEQUENCE"), "0");
        assert_eq!(e.value("STATUS"), "CONFIRMED");
        assert_eq!(e.value("DTSTAMP"), ics_time(s.updated_at));
    }

    let e = event_for(&events, hard);
    assert_eq!(e.value("DTSTART"), "20200707T080000Z");
    assert_eq!(e.value("DTEND"), "20200707T085000Z");
    assert_eq!(e.text("SUMMARY"), HARD_TITLE);
    let description = e.text("DESCRIPTION");
    assert!(
        description.starts_with(&HARD_SUMMARY.replace("\r\n", "\n")),
        "{description:?}"
    );
    assert!(description.contains("Moderator: ليلى عبد الله"));
    assert!(description.ends_with(&format!("/c/{SLUG}/sessions/{hard}")));
    assert_eq!(e.text("LOCATION"), "Online — Main hall");

    // The raw text: escaped specials, folded, and unfolding gives back the title.
    let unfolded = body.replace("\r\n ", "");
    let escaped = HARD_TITLE.replace(',', "\\,").replace(';', "\\;");
    assert!(unfolded.contains(&format!("SUMMARY;LANGUAGE=en:{escaped}\r\n")));
    assert!(
        !body.contains(&format!("SUMMARY;LANGUAGE=en:{escaped}")),
        "a long title is folded"
    );
    assert!(body.contains("NAME;LANGUAGE=en;VALUE=TEXT:"));
    assert!(body.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert_eq!(body.matches("\r\nPRODID:").count(), 1);
    assert!(body.contains("\r\nPRODID:-//Plenary//Plenary "));
}

#[tokio::test]
async fn a_session_ics_holds_that_session_only() {
    let app = TestApp::spawn_demo(10).await;
    let hard = add_hard_session(&app).await;
    let (status, h, body) = fetch(&app, &format!("/c/{SLUG}/sessions/{hard}/event.ics")).await;
    assert_eq!(status, 200);
    assert_eq!(header(&h, "content-type"), "text/calendar; charset=utf-8");
    let events = parse_ics(&body);
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].text("SUMMARY"), HARD_TITLE);
    // The session page stays where it was.
    let (status, _) = app.get_html(&format!("/c/{SLUG}/sessions/{hard}")).await;
    assert_eq!(status, 200);
    for missing in [
        format!("/c/{SLUG}/sessions/{}/event.ics", SessionId::new()),
        format!("/c/{SLUG}/sessions/not-a-uuid/event.ics"),
        format!("/c/no-such-conference/sessions/{hard}/event.ics"),
    ] {
        assert_eq!(fetch(&app, &missing).await.0, 404, "{missing}");
    }
}

#[tokio::test]
async fn moving_a_session_bumps_sequence_and_version_and_retires_the_etag() {
    let app = TestApp::spawn_demo(10).await;
    let hard = add_hard_session(&app).await;
    let cid = conference_id(&app, SLUG).await;
    let paths = [
        format!("/c/{SLUG}/schedule.xml"),
        format!("/c/{SLUG}/schedule.json"),
        format!("/c/{SLUG}/agenda.ics"),
        format!("/c/{SLUG}/sessions/{hard}/event.ics"),
    ];
    let mut old = Vec::new();
    for p in &paths {
        let (status, h, _) = fetch(&app, p).await;
        assert_eq!(status, 200);
        old.push(header(&h, "etag").to_string());
    }

    let start = Utc.with_ymd_and_hms(2020, 7, 8, 7, 0, 0).unwrap();
    let end = start + Duration::minutes(45);
    let moved = app
        .with_db(move |c| db::sessions::update_times(c, cid, hard, start, end, Utc::now()).unwrap())
        .await;
    assert_eq!(moved, TimesUpdate::Moved);

    for (p, etag) in paths.iter().zip(&old) {
        let r = app
            .client
            .get(app.url(p))
            .header("If-None-Match", etag)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 200, "{p} still answers 304 to {etag}");
        assert_ne!(header(r.headers(), "etag"), etag);
    }
    let (_, _, ics) = fetch(&app, &format!("/c/{SLUG}/agenda.ics")).await;
    let events = parse_ics(&ics);
    let e = event_for(&events, hard);
    assert_eq!(e.value("SEQUENCE"), "1");
    assert_eq!(e.value("DTSTART"), "20200708T070000Z");
    assert_eq!(e.value("DTEND"), "20200708T074500Z");
    // Version 1 is the seeded demo; adding the hard session and its moderator are
    // two agenda changes (3), and the move a third.
    let (_, _, xml) = fetch(&app, &format!("/c/{SLUG}/schedule.xml")).await;
    assert!(xml.contains("<version>4</version>"));
    let (_, _, json) = fetch(&app, &format!("/c/{SLUG}/schedule.json")).await;
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(doc["schedule"]["version"], "4");
    let e = json_events(&doc)
        .into_iter()
        .find(|e| e["guid"] == hard.to_string())
        .unwrap()
        .clone();
    assert_eq!(e["date"], "2020-07-08T09:00:00+02:00");
    assert_eq!(e["duration"], "00:45");

    // The same times again change nothing; an unknown session is reported.
    let again = app
        .with_db(move |c| db::sessions::update_times(c, cid, hard, start, end, Utc::now()).unwrap())
        .await;
    assert_eq!(again, TimesUpdate::Unchanged);
    let (_, _, json) = fetch(&app, &format!("/c/{SLUG}/schedule.json")).await;
    assert!(
        json.contains("\"version\":\"4\""),
        "compact JSON carries the new version"
    );
    let unknown = app
        .with_db(move |c| {
            db::sessions::update_times(c, cid, SessionId::new(), start, end, Utc::now()).unwrap()
        })
        .await;
    assert_eq!(unknown, TimesUpdate::NotFound);
}

#[tokio::test]
async fn a_current_etag_or_date_gets_304_and_anything_else_the_body() {
    let app = TestApp::spawn_demo(10).await;
    for p in [
        format!("/c/{SLUG}/schedule.xml"),
        format!("/c/{SLUG}/schedule.json"),
        format!("/c/{SLUG}/agenda.ics"),
    ] {
        let (_, h, _) = fetch(&app, &p).await;
        let etag = header(&h, "etag").to_string();
        let modified = header(&h, "last-modified").to_string();
        assert!(etag.starts_with("W/\""), "{p}: {etag}");
        assert!(!modified.is_empty());
        assert_eq!(header(&h, "cache-control"), "public, no-cache");
        let ask = |name: &'static str, value: String| {
            let req = app.client.get(app.url(&p)).header(name, value);
            async move { req.send().await.unwrap() }
        };
        let r = ask("If-None-Match", etag.clone()).await;
        assert_eq!(r.status().as_u16(), 304, "{p}");
        assert_eq!(header(r.headers(), "etag"), etag);
        assert!(r.text().await.unwrap().is_empty());
        let r = ask("If-None-Match", format!("\"other\", {etag}")).await;
        assert_eq!(r.status().as_u16(), 304);
        assert_eq!(
            ask("If-None-Match", "W/\"stale\"".into())
                .await
                .status()
                .as_u16(),
            200
        );
        assert_eq!(
            ask("If-Modified-Since", modified.clone())
                .await
                .status()
                .as_u16(),
            304
        );
        let long_ago = "Mon, 01 Jan 2001 00:00:00 GMT".to_string();
        assert_eq!(
            ask("If-Modified-Since", long_ago).await.status().as_u16(),
            200
        );
        // If-None-Match wins over If-Modified-Since.
        let r = app
            .client
            .get(app.url(&p))
            .header("If-None-Match", "\"stale\"")
            .header("If-Modified-Since", modified)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 200);
    }
}

#[tokio::test]
async fn an_unpublished_conference_has_no_exports() {
    let app = TestApp::spawn_demo(5).await;
    let (cid, sid) = (ConferenceId::new(), SessionId::new());
    app.with_db(move |c| {
        let now = Utc::now();
        db::conferences::insert(
            c,
            &NewConference {
                id: cid,
                slug: "draft-forum",
                title: "Draft Forum",
                description: "",
                tz: chrono_tz::Asia::Tokyo,
                starts_on: NaiveDate::from_ymd_opt(2026, 3, 2).unwrap(),
                ends_on: NaiveDate::from_ymd_opt(2026, 3, 2).unwrap(),
                registration_opens_at: None,
                registration_closes_at: None,
                capacity: None,
                privacy_notice: "",
                published: false,
            },
            now,
        )
        .unwrap();
        let start = Utc.with_ymd_and_hms(2026, 3, 2, 1, 0, 0).unwrap();
        db::sessions::insert(
            c,
            &NewSession {
                id: sid,
                conference_id: cid,
                title: "Secret plans",
                summary: "",
                kind: SessionKind::Talk,
                starts_at: start,
                ends_at: start + Duration::hours(1),
                track: "",
                capacity: None,
                join_url: None,
            },
            now,
        )
        .unwrap();
    })
    .await;
    for p in [
        "/c/draft-forum/schedule.xml".to_string(),
        "/c/draft-forum/schedule.json".to_string(),
        "/c/draft-forum/agenda.ics".to_string(),
        format!("/c/draft-forum/sessions/{sid}/event.ics"),
    ] {
        let (status, _, body) = fetch(&app, &p).await;
        assert_eq!(status, 404, "{p}");
        assert!(!body.contains("Secret plans"));
    }
}

#[tokio::test]
async fn the_agenda_page_advertises_its_exports() {
    let app = TestApp::spawn_demo(5).await;
    let (_, html) = app.get_html(&format!("/c/{SLUG}/agenda")).await;
    for (kind, file) in [
        ("application/xml", "schedule.xml"),
        ("application/json", "schedule.json"),
        ("text/calendar", "agenda.ics"),
    ] {
        let head = html.split("</head>").next().unwrap();
        assert!(
            head.contains(&format!(r#"<link rel="alternate" type="{kind}""#))
                && head.contains(&format!(r#"href="/c/{SLUG}/{file}""#)),
            "{kind}"
        );
    }
}

// ---------------------------------------------------------------- personal feed

#[tokio::test]
async fn the_personal_feed_carries_join_links_only_while_confirmed() {
    let app = TestApp::spawn_demo(10).await;
    log_in_demo_attendee(&app).await;
    let (token, registration) = rotate_feed(&app).await;
    let picks = app
        .with_db(move |c| db::registrations::picks(c, registration).unwrap())
        .await;
    assert!(!picks.is_empty());
    let list = all_sessions(&app).await;

    // A calendar app: no cookies, just the URL.
    let calendar_app = common::plain_client();
    let feed = app.url(&format!("/feeds/{token}.ics"));
    let r = calendar_app.get(&feed).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
    assert_eq!(
        header(r.headers(), "content-type"),
        "text/calendar; charset=utf-8"
    );
    assert_eq!(header(r.headers(), "cache-control"), "private, no-store");
    assert!(r.headers().get("etag").is_none() && r.headers().get("set-cookie").is_none());
    let body = r.text().await.unwrap();
    let events = parse_ics(&body);
    assert_eq!(events.len(), picks.len());
    for p in &picks {
        let s = list.iter().find(|s| s.id == p.session_id).unwrap();
        let url = s.join_url.clone().expect("picked sessions have links");
        let e = event_for(&events, s.id);
        assert_eq!(e.value("CONFERENCE"), url);
        assert_eq!(e.param("CONFERENCE", "VALUE").as_deref(), Some("URI"));
        assert_eq!(e.param("CONFERENCE", "FEATURE").as_deref(), Some("VIDEO"));
        assert_eq!(e.param("CONFERENCE", "LABEL").as_deref(), Some("Join"));
        assert!(e.text("DESCRIPTION").starts_with(&format!("Join: {url}")));
        assert_eq!(e.value("DTSTART"), ics_time(s.starts_at));
        assert_eq!(e.text("SUMMARY"), s.title);
    }

    // Back to pending (e.g. an organizer reopened it): the same picks, no links.
    let now = Utc::now();
    app.with_db(move |c| {
        db::registrations::set_status(c, registration, RegistrationStatus::Pending, now).unwrap()
    })
    .await;
    let body = calendar_app
        .get(&feed)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let events = parse_ics(&body);
    assert_eq!(events.len(), picks.len());
    assert!(!body.contains("CONFERENCE") && !body.contains(MEETING_HOST));
    assert!(
        events
            .iter()
            .all(|e| !e.text("DESCRIPTION").contains("Join:"))
    );

    app.with_db(move |c| {
        db::registrations::set_status(c, registration, RegistrationStatus::Confirmed, now).unwrap()
    })
    .await;
    let body = calendar_app
        .get(&feed)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(body.matches("CONFERENCE;").count(), picks.len());
}

#[tokio::test]
async fn a_rotated_or_unknown_feed_token_is_404() {
    let app = TestApp::spawn_demo(10).await;
    log_in_demo_attendee(&app).await;
    let (old, _) = rotate_feed(&app).await;
    let (new, registration) = rotate_feed(&app).await;
    assert_ne!(old, new);
    let calendar_app = common::plain_client();
    let status = |token: String| {
        let req = calendar_app.get(app.url(&format!("/feeds/{token}.ics")));
        async move { req.send().await.unwrap().status().as_u16() }
    };
    assert_eq!(status(new.clone()).await, 200);
    assert_eq!(status(old).await, 404);
    assert_eq!(status("A".repeat(43)).await, 404);
    assert_eq!(status("not%20a%20token".into()).await, 404);

    // Revoked outright.
    app.with_db(move |c| {
        db::registrations::set_feed_token(c, registration, None, chrono::Utc::now()).unwrap()
    })
    .await;
    assert_eq!(status(new).await, 404);
}

// ---------------------------------------------------------------- persons

/// (name, `id` attribute) of every `<person>` element, in document order.
fn xml_person_ids(xml: &str) -> Vec<(String, u32)> {
    use quick_xml::Reader;
    use quick_xml::events::Event;
    let mut reader = Reader::from_str(xml);
    let mut out = Vec::new();
    let mut current: Option<(u32, String)> = None;
    loop {
        match reader.read_event().expect("xml") {
            Event::Start(e) if e.name().as_ref() == "person" => {
                let id = e
                    .try_get_attribute("id")
                    .expect("attribute")
                    .expect("a <person> without an id attribute");
                let id = id.value.parse::<u32>();
                current = Some((id.expect("integer id"), String::new()));
            }
            Event::Text(t) => {
                if let Some((_, name)) = current.as_mut() {
                    name.push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(r) => {
                if let Some((_, name)) = current.as_mut() {
                    let entity: &str = r.as_ref();
                    name.push_str(
                        quick_xml::escape::resolve_predefined_entity(entity).expect("entity"),
                    );
                }
            }
            Event::End(e) if e.name().as_ref() == "person" => {
                let (id, name) = current.take().expect("open person");
                out.push((name, id));
            }
            Event::Eof => break,
            _ => {}
        }
    }
    assert!(!out.is_empty(), "no persons in the schedule");
    out
}

#[tokio::test]
async fn schedule_xml_persons_carry_stable_ids_and_events_link_their_pages() {
    let app = TestApp::spawn_demo(10).await;
    let path = format!("/c/{SLUG}/schedule.xml");
    let (_, _, xml) = fetch(&app, &path).await;
    xmllint_validates(&xml);
    let persons = xml_person_ids(&xml);
    // The same person has the same id in every event, and different people differ.
    let mut by_name = std::collections::HashMap::new();
    for (name, id) in &persons {
        assert!(*id > 0);
        assert_eq!(*by_name.entry(name.clone()).or_insert(*id), *id, "{name}");
    }
    let distinct: std::collections::HashSet<_> = by_name.values().collect();
    assert_eq!(distinct.len(), by_name.len(), "two people share an id");
    // Stable across an agenda change.
    let (_, _, again) = fetch(&app, &path).await;
    assert_eq!(xml_person_ids(&again), persons);
    // Every event links its session page.
    let events = xml_event_guids(&xml);
    assert!(!events.is_empty());
    for guid in &events {
        assert!(
            xml.contains(&format!("/c/{SLUG}/sessions/{guid}\">Session page</link>")),
            "no link to session {guid}"
        );
    }
}

#[tokio::test]
async fn renaming_or_deleting_a_speaker_retires_the_exports_etag() {
    let app = TestApp::spawn_demo(10).await;
    let paths = [
        format!("/c/{SLUG}/schedule.xml"),
        format!("/c/{SLUG}/schedule.json"),
        format!("/c/{SLUG}/agenda.ics"),
    ];
    async fn etags(app: &TestApp, paths: &[String]) -> Vec<String> {
        let mut v = Vec::new();
        for p in paths {
            let (status, h, _) = fetch(app, p).await;
            assert_eq!(status, 200);
            v.push(header(&h, "etag").to_string());
        }
        v
    }
    async fn still_current(app: &TestApp, paths: &[String], old: &[String]) -> Vec<bool> {
        let mut v = Vec::new();
        for (p, etag) in paths.iter().zip(old) {
            let r = app
                .client
                .get(app.url(p))
                .header("If-None-Match", etag)
                .send()
                .await
                .unwrap();
            v.push(r.status().as_u16() == 304);
        }
        v
    }
    let before = etags(&app, &paths).await;
    assert_eq!(still_current(&app, &paths, &before).await, [true; 3]);

    // The demo moderator renames themselves on their account page.
    let moderator = app.new_browser();
    app.sign_in_demo(&moderator, "moderator@demo.plenary.test")
        .await;
    let page = common::Page::parse(
        &moderator
            .get(app.url("/account"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
    );
    let r = moderator
        .post(app.url("/account"))
        .form(&[
            ("csrf", page.csrf().as_str()),
            ("name", "Ambassador Renamed"),
            ("country", "CH"),
            ("organization", "Permanent Mission"),
            ("time_zone", "Europe/Zurich"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 303, "profile saved");
    let (_, _, xml) = fetch(&app, &paths[0]).await;
    assert!(xml.contains("Ambassador Renamed"));
    assert_eq!(still_current(&app, &paths, &before).await, [false; 3]);

    // Deleting the account retires the new tags too.
    let renamed = etags(&app, &paths).await;
    let page = common::Page::parse(
        &moderator
            .get(app.url("/account/delete"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
    );
    let r = moderator
        .post(app.url("/account/delete"))
        .form(&[
            ("csrf", page.csrf().as_str()),
            ("current", common::DEMO_PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200, "account deleted");
    assert!(r.text().await.unwrap().contains("deleted"));
    let (_, _, xml) = fetch(&app, &paths[0]).await;
    assert!(!xml.contains("Ambassador Renamed"));
    assert_eq!(still_current(&app, &paths, &renamed).await, [false; 3]);
}
