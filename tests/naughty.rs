//! Naughty input, on whichever backend the harness runs (SQLite, or PostgreSQL with
//! `PLENARY_TEST_DATABASE_URL`): every route of the route table gets the Big List of
//! Naughty Strings (`tests/corpus/blns.txt`, MIT, see `tests/corpus/README.md`) and
//! our own additions — NUL, bytes that are not UTF-8, bidirectional and zero-width
//! marks, 100 kB strings, SQL, HTML and template injection, path traversal — in its
//! path segments, query strings and form fields, from every kind of user. No answer
//! may be a 5xx. Every string goes to at least one field of every route; the other
//! fields and the other users get a deterministic sample, so the walk stays bounded.
//!
//! The second test submits a marker tag in every free-text field of the sign-up,
//! profile, conference, session and announcement forms and reads every page and
//! export back: HTML never contains the raw tag, XML escapes it, JSON keeps it as a
//! string value.

mod common;

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Instant;

use common::{TestApp, new_client};
use diesel::prelude::*;
use plenary::db::schema::{registrations, session_people, users};
use plenary::web::guard::Need;
use plenary::web::routes::TABLE;
use scraper::{Html, Selector};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Who {
    Anonymous,
    Attendee,
    Moderator,
    OtherOrganizer,
    Organizer,
    Admin,
}

const EVERYONE: [Who; 6] = [
    Who::Anonymous,
    Who::Attendee,
    Who::Moderator,
    Who::OtherOrganizer,
    Who::Organizer,
    Who::Admin,
];

/// The user who may use a route needing `need`: the one that gets the whole corpus.
fn main_user(need: Need) -> Who {
    match need {
        Need::Public | Need::PlatformToken => Who::Anonymous,
        Need::SignedIn => Who::Attendee,
        Need::Admin | Need::AnyOrganizer => Who::Admin,
        Need::Organizer => Who::Organizer,
        Need::SessionModerator | Need::SessionPerson => Who::Moderator,
    }
}

/// The corpus as raw bytes: not every naughty input is UTF-8.
fn corpus() -> Vec<Vec<u8>> {
    let mut all: Vec<Vec<u8>> = include_str!("corpus/blns.txt")
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.as_bytes().to_vec())
        .collect();
    all.extend(extras());
    all
}

/// Our additions to the list; they come first in every sample.
fn extras() -> Vec<Vec<u8>> {
    let mut v: Vec<Vec<u8>> = [
        "\0",
        "a\0b",
        "ip-ai-2020\0",
        "%00",
        "\u{202E}gnp.exe",
        "\u{200F}שלום\u{200F}",
        "\u{200B}",
        "a\u{200D}b\u{FEFF}",
        "\u{0301}\u{0301}\u{0301}",
        "' OR '1'='1' --",
        "'; DROP TABLE users; --",
        "%' OR 1=1 --",
        "\\",
        "%_%",
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "<x-plenary-marker>",
        "{{7*7}}",
        "{% raw %}{{ self }}",
        "${7*7}",
        "../../../../etc/passwd",
        "..%2f..%2f..%2fetc%2fpasswd",
        "..\\..\\windows\\win.ini",
        "/etc/passwd",
        "a\r\nSet-Cookie: x=1",
        "=cmd|' /C calc'!A0",
        "-1",
        "99999999999999999999999",
        "2020-13-45",
        "Europe/../../etc",
    ]
    .iter()
    .map(|s| s.as_bytes().to_vec())
    .collect();
    v.push(vec![0xFF]);
    v.push(vec![b'a', 0xC3, 0x28]);
    v.push(vec![0xED, 0xA0, 0x80]);
    v.push(vec![0xF0, 0x28, 0x8C, 0x28]);
    v.push("x".repeat(100_000).into_bytes());
    v.push("é".repeat(50_000).into_bytes());
    v
}

/// Percent-encodes every byte but the unreserved ones, so any bytes can be sent.
fn enc(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 3);
    for &b in bytes {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn form_body(fields: &[(String, Vec<u8>)]) -> String {
    fields
        .iter()
        .map(|(k, v)| format!("{}={}", enc(k.as_bytes()), enc(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// The fields of a form on a page, with their default values.
#[derive(Clone, Debug, Default)]
struct FormFields(Vec<(String, String)>);

/// Every POST form of a page, by the path it posts to.
fn forms_of(html: &str) -> Vec<(String, FormFields)> {
    let doc = Html::parse_document(html);
    let form_sel = Selector::parse("form[method=post]").unwrap();
    let field_sel = Selector::parse("input[name], textarea[name], select[name]").unwrap();
    let option_sel = Selector::parse("option").unwrap();
    let mut out = Vec::new();
    for form in doc.select(&form_sel) {
        let action = form.value().attr("action").unwrap_or("").to_string();
        let action = action.split('?').next().unwrap_or("").to_string();
        let mut fields = Vec::new();
        for f in form.select(&field_sel) {
            let name = f.value().attr("name").unwrap().to_string();
            if fields.iter().any(|(n, _): &(String, String)| *n == name) {
                continue;
            }
            let value = match f.value().name() {
                "textarea" => f.text().collect(),
                "select" => f
                    .select(&option_sel)
                    .find(|o| o.value().attr("selected").is_some())
                    .or_else(|| f.select(&option_sel).next())
                    .and_then(|o| o.value().attr("value"))
                    .unwrap_or("")
                    .to_string(),
                _ => match f.value().attr("type") {
                    Some("checkbox" | "radio") if f.value().attr("checked").is_none() => continue,
                    _ => f.value().attr("value").unwrap_or("").to_string(),
                },
            };
            fields.push((name, value));
        }
        out.push((action, FormFields(fields)));
    }
    out
}

struct Ids {
    session: String,
    registration: String,
    other: String,
}

fn fill(pattern: &str, ids: &Ids) -> String {
    pattern
        .replace("{slug}", "ip-ai-2020")
        .replace("{id}", &ids.session)
        .replace("{rid}", &ids.registration)
        .replace("{mid}", &ids.other)
        .replace("{batch}", &ids.other)
        .replace("{token}", "not-a-real-token")
}

/// `pattern` with placeholder number `which` replaced by `raw` (encoded) and the
/// others filled with real values.
fn fill_with(pattern: &str, ids: &Ids, which: usize, raw: &[u8]) -> String {
    let mut out = String::new();
    let mut rest = pattern;
    let mut n = 0;
    while let Some(start) = rest.find('{') {
        let end = rest[start..].find('}').unwrap() + start;
        out.push_str(&rest[..start]);
        let placeholder = &rest[start..=end];
        if n == which {
            out.push_str(&enc(raw));
        } else {
            out.push_str(&fill(placeholder, ids));
        }
        n += 1;
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

fn placeholders(pattern: &str) -> usize {
    pattern.matches('{').count()
}

/// The query parameters a GET route reads (its first one gets the whole corpus).
fn query_params(pattern: &str) -> &'static [&'static str] {
    if pattern == "/login" {
        &["next"]
    } else if pattern.ends_with("/registrations") || pattern.ends_with("/registrations.csv") {
        &["q", "status", "country", "session", "sort", "dir", "page"]
    } else if pattern.ends_with("/roster")
        || pattern.ends_with("/roster/live")
        || pattern.ends_with("/roster.csv")
    {
        &["q", "country", "attendance", "sort", "tz"]
    } else if pattern.ends_with("/audit") {
        &["action"]
    } else if pattern.starts_with("/c/") || pattern.starts_with("/moderate/") {
        &["tz"]
    } else {
        &[]
    }
}

/// One request of the walk.
struct Probe {
    who: Who,
    method: &'static str,
    pattern: &'static str,
    what: String,
    path: String,
    body: Option<String>,
}

/// A deterministic sample of `n` strings: our additions first, then blns strings
/// spread over the list from a per-route offset.
fn sample(all: &[Vec<u8>], extras: usize, n: usize, seed: usize) -> Vec<Vec<u8>> {
    let blns = all.len() - extras;
    let mut out: Vec<Vec<u8>> = all[blns..].iter().take(n / 2).cloned().collect();
    let step = (blns / (n - out.len()).max(1)).max(1);
    let mut i = seed % blns;
    while out.len() < n {
        out.push(all[i].clone());
        i = (i + step) % blns;
    }
    out
}

async fn browser_for(app: &TestApp, who: Who) -> reqwest::Client {
    let client = new_client();
    let email = match who {
        Who::Anonymous => None,
        Who::Attendee => Some("attendee@demo.plenary.test"),
        Who::Moderator => Some("moderator@demo.plenary.test"),
        Who::OtherOrganizer => Some("other.organizer@example.org"),
        Who::Organizer => Some("organizer@demo.plenary.test"),
        Who::Admin => Some("admin@demo.plenary.test"),
    };
    match email {
        Some(e) if who == Who::OtherOrganizer => {
            app.sign_in(&client, e, "other organizer pw").await
        }
        Some(e) => app.sign_in_demo(&client, e).await,
        None => {
            client.get(app.url("/login")).send().await.unwrap();
        }
    }
    client
}

async fn csrf_of(app: &TestApp, client: &reqwest::Client) -> String {
    let page = client
        .get(app.url("/password/reset"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    common::csrf_in(&page)
}

async fn ids_of(app: &TestApp) -> Ids {
    app.with_db(|c| {
        let session = session_people::table
            .inner_join(users::table)
            .filter(users::email.eq("moderator@demo.plenary.test"))
            .select(session_people::session_id)
            .first::<String>(c)
            .expect("a moderated session");
        let registration = registrations::table
            .select(registrations::id)
            .first::<String>(c)
            .expect("a registration");
        Ids {
            session,
            registration,
            other: uuid::Uuid::now_v7().to_string(),
        }
    })
    .await
}

/// The status of the answer, or 0 when the server closed the connection instead.
async fn send(req: reqwest::RequestBuilder) -> u16 {
    match req.send().await {
        Ok(r) => {
            let s = r.status().as_u16();
            let _ = r.bytes().await;
            s
        }
        Err(_) => 0,
    }
}

/// Never sent with naughty values by a signed-in user: they would end the walk.
fn ends_the_walk(pattern: &str, who: Who) -> bool {
    who != Who::Anonymous && pattern == "/logout"
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_route_answers_naughty_input_with_a_server_error() {
    let started = Instant::now();
    let app = TestApp::spawn_from(common::Template::Demo(20), |s| s.rate_limits = false).await;
    app.other_conference_with_organizer(
        "other-conf",
        "other.organizer@example.org",
        "other organizer pw",
    )
    .await;
    let ids = ids_of(&app).await;
    let all = corpus();
    let n_extras = extras().len();

    let mut browsers = BTreeMap::new();
    let mut tokens = BTreeMap::new();
    for who in EVERYONE {
        let client = browser_for(&app, who).await;
        tokens.insert(who, csrf_of(&app, &client).await);
        browsers.insert(who, client);
    }

    // The forms each POST route receives, read from the pages that show them.
    let mut forms: BTreeMap<String, FormFields> = BTreeMap::new();
    for who in [Who::Admin, Who::Moderator, Who::Attendee, Who::Anonymous] {
        for (methods, pattern, _) in TABLE {
            if !methods.contains(&"get") || pattern.ends_with(".csv") {
                continue;
            }
            let r = browsers[&who]
                .get(app.url(&fill(pattern, &ids)))
                .send()
                .await
                .unwrap();
            if r.status() != 200 {
                continue;
            }
            for (action, fields) in forms_of(&r.text().await.unwrap()) {
                forms.entry(action).or_insert(fields);
            }
        }
    }

    // The walk, as a list of requests.
    let mut probes = Vec::new();
    for (r, (methods, pattern, need)) in TABLE.iter().enumerate() {
        let main = main_user(*need);
        // The whole corpus goes to one method of each path: the form when there is one.
        let full_method = if methods.contains(&"post") {
            "post"
        } else {
            "get"
        };
        for method in methods.iter().copied() {
            let fields = forms.get(&fill(pattern, &ids)).cloned().unwrap_or_default();
            // (field kind, field name or placeholder index) for this route.
            let mut slots: Vec<(&'static str, String)> = Vec::new();
            // The first slot gets the whole corpus: a GET route's first path segment
            // (cheap: most values find nothing), else its query; a POST route's form.
            if method == "get" {
                slots.extend((0..placeholders(pattern)).map(|i| ("path", i.to_string())));
                slots.extend(
                    query_params(pattern)
                        .iter()
                        .map(|q| ("query", q.to_string())),
                );
            } else {
                slots.extend(
                    fields
                        .0
                        .iter()
                        .filter(|(n, _)| n != "csrf")
                        .map(|(n, _)| ("form", n.clone())),
                );
            }
            if method == "post" {
                slots.extend((0..placeholders(pattern)).map(|i| ("path", i.to_string())));
            }
            if slots.is_empty() {
                slots.push((if method == "get" { "query" } else { "form" }, "q".into()));
            }
            for who in EVERYONE {
                if ends_the_walk(pattern, who) {
                    continue;
                }
                for (s, (kind, name)) in slots.iter().enumerate() {
                    let values = match (who == main, s) {
                        (true, 0) if method == full_method => all.clone(),
                        (true, 0) => sample(&all, n_extras, 24, r * 13),
                        (true, _) => sample(&all, n_extras, 16, r * 31 + s * 7),
                        (false, 0) => sample(&all, n_extras, 8, r * 17 + s),
                        (false, _) => continue,
                    };
                    for v in values {
                        let (path, body) = match *kind {
                            "path" => (
                                fill_with(pattern, &ids, name.parse().unwrap(), &v),
                                (method == "post").then(|| {
                                    form_body(&[("csrf".into(), tokens[&who].clone().into())])
                                }),
                            ),
                            "query" => (
                                format!("{}?{}={}", fill(pattern, &ids), name, enc(&v)),
                                None,
                            ),
                            _ => {
                                let mut sent: Vec<(String, Vec<u8>)> =
                                    vec![("csrf".into(), tokens[&who].clone().into())];
                                for (n, d) in &fields.0 {
                                    if n == "csrf" {
                                        continue;
                                    }
                                    let value = if n == name {
                                        v.clone()
                                    } else {
                                        d.clone().into_bytes()
                                    };
                                    sent.push((n.clone(), value));
                                }
                                if !fields.0.iter().any(|(n, _)| n == name) {
                                    sent.push((name.clone(), v.clone()));
                                }
                                (fill(pattern, &ids), Some(form_body(&sent)))
                            }
                        };
                        let preview: String =
                            String::from_utf8_lossy(&v).chars().take(40).collect();
                        probes.push(Probe {
                            who,
                            method,
                            pattern,
                            what: format!("{kind} {name} = {preview:?}"),
                            path,
                            body,
                        });
                    }
                }
            }
        }
    }

    // Side effects aside, the order does not matter: run a few at a time.
    let total = probes.len();
    let browsers = Arc::new(browsers);
    let base = app.base.clone();
    let semaphore = Arc::new(tokio::sync::Semaphore::new(6));
    let mut set = tokio::task::JoinSet::new();
    for p in probes {
        let permit = semaphore.clone().acquire_owned().await.unwrap();
        let client = browsers[&p.who].clone();
        let url = format!("{base}{}", p.path);
        set.spawn(async move {
            let req = match p.body {
                Some(body) => client
                    .post(&url)
                    .header("content-type", "application/x-www-form-urlencoded")
                    .body(body),
                None => client.get(&url),
            };
            // One retry: a keep-alive connection may close just as a request is sent.
            let retry = req.try_clone();
            let mut status = send(req).await;
            if status == 0
                && let Some(again) = retry
            {
                status = send(again).await;
            }
            drop(permit);
            (status, p.who, p.method, p.pattern, p.what, url.len())
        });
    }
    let mut failures = Vec::new();
    let mut statuses: BTreeMap<u16, usize> = BTreeMap::new();
    while let Some(done) = set.join_next().await {
        let (status, who, method, pattern, what, len) = done.unwrap();
        *statuses.entry(status).or_default() += 1;
        if status >= 500 || (status == 0 && len < 16_000) {
            failures.push(format!("{who:?} {method} {pattern} {what} -> {status}"));
        }
    }
    eprintln!(
        "naughty walk: {total} requests in {:.1?}, statuses {statuses:?}",
        started.elapsed()
    );
    assert!(
        failures.is_empty(),
        "{} server errors, first ones:\n{}",
        failures.len(),
        failures
            .iter()
            .take(40)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
    assert!(total > TABLE.len() * 500, "the walk sent {total} requests");
}

/// What the edge answers for unreadable input, wrong content types, duplicated and
/// missing fields and bodies over the limit: never a 5xx, and the NUL findings of
/// issue 13 (a NUL in a slug or a search gave 500 on PostgreSQL) stay fixed.
#[tokio::test]
async fn the_edge_refuses_unreadable_input_before_any_query_runs() {
    let app = TestApp::spawn_demo_signed_in(5, "organizer@demo.plenary.test").await;
    let status = |r: reqwest::Response| r.status().as_u16();
    for (path, expected) in [
        ("/c/%00", 404),
        ("/c/ip-ai-2020%00/agenda", 404),
        ("/c/ip-ai-2020%FF/agenda", 404),
        ("/c/ip-ai-2020/agenda?tz=%00", 400),
        ("/c/ip-ai-2020/agenda?tz=%C3%28", 400),
        ("/organize/c/ip-ai-2020/registrations?q=%00", 400),
        ("/organize/c/ip-ai-2020/registrations.csv?q=%00", 400),
        ("/organize/c/ip-ai-2020/registrations?q=%ED%A0%80", 400),
        ("/nowhere%00", 404),
        // Readable oddities are answered as usual.
        ("/organize/c/ip-ai-2020/registrations?q=%E2%80%8F%25", 200),
        ("/c/ip-ai-2020/agenda?tz=%25", 200),
    ] {
        assert_eq!(status(app.get(path).await), expected, "GET {path}");
    }

    let page = app.get_html("/account").await.1;
    let csrf = common::csrf_in(&page);
    let post = |body: String, content_type: &'static str| {
        app.client
            .post(app.url("/account"))
            .header("content-type", content_type)
            .body(body)
            .send()
    };
    let form = "application/x-www-form-urlencoded";
    let ok = format!("csrf={csrf}&name=Org&country=CH&organization=&time_zone=UTC");
    for (what, body, content_type, expected) in [
        ("NUL", format!("{ok}&name=a%00b"), form, 400),
        ("NUL in a name", format!("csrf={csrf}&na%00me=x"), form, 400),
        ("not UTF-8", format!("{ok}&organization=%FF"), form, 400),
        ("raw bytes", format!("csrf={csrf}&name=\u{0}"), form, 400),
        (
            "JSON",
            format!("{{\"csrf\":\"{csrf}\"}}"),
            "application/json",
            400,
        ),
        (
            "multipart",
            ok.clone(),
            "multipart/form-data; boundary=x",
            400,
        ),
        ("duplicated", format!("{ok}&name=Other"), form, 400),
        ("missing", format!("csrf={csrf}"), form, 200),
        ("huge", format!("{ok}&x={}", "y".repeat(300_000)), form, 413),
    ] {
        let r = post(body, content_type).await.expect("POST");
        assert_eq!(status(r), expected, "POST /account with {what}");
    }
    // A body without a length, too large: 413 while it is read, not a 500.
    let addr = app.base.trim_start_matches("http://").to_string();
    let answer = tokio::task::spawn_blocking(move || chunked_post(&addr, 40, 10_000))
        .await
        .expect("task");
    assert!(
        answer.starts_with("HTTP/1.1 413"),
        "a chunked body over the limit: {answer}"
    );
    // The valid form still goes through, so the refusals were about the input.
    let r = post(ok, form).await.expect("POST");
    assert_eq!(status(r), 303, "the valid profile form");
}

/// Sends `/login` a chunked form body of `chunks` × `size` bytes over a raw socket
/// (no Content-Length) and returns the start of the answer.
fn chunked_post(addr: &str, chunks: usize, size: usize) -> String {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(std::time::Duration::from_secs(30)))
        .expect("timeout");
    let head = format!(
        "POST /login HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    );
    let _ = s.write_all(head.as_bytes());
    let chunk = format!("{size:x}\r\n{}\r\n", "a".repeat(size));
    for _ in 0..chunks {
        if s.write_all(chunk.as_bytes()).is_err() {
            break; // the server answered and closed early
        }
    }
    let _ = s.write_all(b"0\r\n\r\n");
    let mut answer = vec![0; 64];
    let n = s.read(&mut answer).unwrap_or(0);
    String::from_utf8_lossy(&answer[..n]).into_owned()
}

const MARKER: &str = "<x-plenary-marker>";

/// Fetches `page`, fills the POST form whose action is `action` with its own values
/// changed by `changes`, and submits it; the answer's status.
async fn fill_and_submit(
    app: &TestApp,
    client: &reqwest::Client,
    page: &str,
    action: &str,
    changes: &[(&str, String)],
) -> u16 {
    let html = client
        .get(app.url(page))
        .send()
        .await
        .expect("GET")
        .text()
        .await
        .expect("body");
    let (_, FormFields(mut fields)) = forms_of(&html)
        .into_iter()
        .find(|(a, _)| a == action)
        .unwrap_or_else(|| panic!("{page} has no form posting to {action}"));
    for (name, value) in changes {
        match fields.iter_mut().find(|(n, _)| n == name) {
            Some(f) => f.1 = value.clone(),
            None => fields.push((name.to_string(), value.clone())),
        }
    }
    let r = client
        .post(app.url(action))
        .form(&fields)
        .send()
        .await
        .expect("POST");
    r.status().as_u16()
}

fn json_has_marker(v: &serde_json::Value) -> bool {
    match v {
        serde_json::Value::String(s) => s.contains(MARKER),
        serde_json::Value::Array(a) => a.iter().any(json_has_marker),
        serde_json::Value::Object(o) => o.values().any(json_has_marker),
        _ => false,
    }
}

#[tokio::test]
async fn marker_tags_in_every_text_field_are_escaped_on_every_page_and_export() {
    let app = TestApp::spawn_from(common::Template::Demo(5), |s| s.rate_limits = false).await;
    let ids = ids_of(&app).await;
    let m = |what: &str| format!("{MARKER} {what} \"&' {MARKER}");

    // Sign-up by someone new.
    let newcomer = new_client();
    let status = fill_and_submit(
        &app,
        &newcomer,
        "/c/ip-ai-2020/register",
        "/c/ip-ai-2020/register",
        &[
            ("name", m("newcomer")),
            ("organization", m("org")),
            ("email", "marker.newcomer@example.org".into()),
            ("country", "CH".into()),
            ("time_zone", "Europe/Zurich".into()),
            ("password", "a long enough password".into()),
            ("consent", "yes".into()),
        ],
    )
    .await;
    assert_eq!(status, 303, "sign-up with marker name");

    // Profiles of an attendee and of the moderator.
    for email in ["attendee@demo.plenary.test", "moderator@demo.plenary.test"] {
        let client = app.demo_browser(email).await;
        let status = fill_and_submit(
            &app,
            &client,
            "/account",
            "/account",
            &[("name", m("person")), ("organization", m("org"))],
        )
        .await;
        assert_eq!(status, 303, "profile of {email}");
    }

    // The organizer's conference, session and announcement.
    let organizer = app.demo_browser("organizer@demo.plenary.test").await;
    let edit = "/organize/c/ip-ai-2020/edit";
    let status = fill_and_submit(
        &app,
        &organizer,
        edit,
        edit,
        &[
            ("title", m("conference")),
            ("description", m("description")),
            ("privacy_notice", m("privacy")),
        ],
    )
    .await;
    assert_eq!(status, 303, "conference settings");
    let session_edit = format!("/organize/c/ip-ai-2020/sessions/{}/edit", ids.session);
    let status = fill_and_submit(
        &app,
        &organizer,
        &session_edit,
        &session_edit,
        &[
            ("title", m("session")),
            ("summary", m("summary")),
            ("track", m("track")),
        ],
    )
    .await;
    assert_eq!(status, 303, "session edit");
    let compose = "/organize/c/ip-ai-2020/announcements/new";
    let compose_page = organizer
        .get(app.url(compose))
        .send()
        .await
        .expect("GET")
        .text()
        .await
        .expect("body");
    let (_, FormFields(mut fields)) = forms_of(&compose_page)
        .into_iter()
        .find(|(a, _)| a == compose)
        .expect("the compose form");
    for (name, value) in fields.iter_mut() {
        match name.as_str() {
            "subject" => *value = m("subject"),
            "body" => *value = m("body"),
            _ => {}
        }
    }
    let preview = organizer
        .post(app.url(compose))
        .form(&fields)
        .send()
        .await
        .expect("preview");
    assert_eq!(preview.status().as_u16(), 200, "announcement preview");
    let preview = preview.text().await.expect("body");
    assert!(
        !preview.contains(MARKER),
        "the preview shows the raw marker"
    );
    let (_, FormFields(fields)) = forms_of(&preview)
        .into_iter()
        .find(|(a, _)| a.ends_with("/announcements/send"))
        .expect("the preview's send form");
    let mut fields = fields;
    fields.push(("action".into(), "send".into())); // the "Send" button
    let sent = organizer
        .post(app.url("/organize/c/ip-ai-2020/announcements/send"))
        .form(&fields)
        .send()
        .await
        .expect("send");
    assert_eq!(sent.status().as_u16(), 303, "announcement sent");
    app.drain().await;

    // Everything every kind of user can read.
    let mut escaped_on = Vec::new();
    let mut checked = 0;
    for who in [
        Who::Anonymous,
        Who::Attendee,
        Who::Moderator,
        Who::Organizer,
    ] {
        let client = browser_for(&app, who).await;
        for (methods, pattern, _) in TABLE {
            if !methods.contains(&"get") {
                continue;
            }
            let path = fill(pattern, &ids);
            let r = client.get(app.url(&path)).send().await.expect("GET");
            let status = r.status().as_u16();
            let kind = r
                .headers()
                .get("content-type")
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
                .to_string();
            let body = r.text().await.expect("body");
            assert!(status < 500, "{who:?} {path} -> {status}");
            let what = format!("{who:?} {path} ({kind})");
            if kind.starts_with("text/html") || kind.contains("xml") {
                assert!(!body.contains(MARKER), "{what} has the raw marker");
                if kind.starts_with("text/html") {
                    // What a browser builds from it: text, never an element.
                    let page = common::Page::parse(&body);
                    assert_eq!(page.count("x-plenary-marker"), 0, "{what}");
                }
                if body.contains("x-plenary-marker") {
                    escaped_on.push(what);
                }
            } else if kind.contains("json") {
                let v: serde_json::Value =
                    serde_json::from_str(&body).unwrap_or_else(|e| panic!("{what}: {e}"));
                if json_has_marker(&v) {
                    escaped_on.push(what);
                }
            } else if kind.starts_with("text/csv") {
                let mut reader = csv::Reader::from_reader(body.as_bytes());
                for record in reader.records() {
                    let record = record.unwrap_or_else(|e| panic!("{what}: {e}"));
                    if record.iter().any(|c| c.contains(MARKER)) {
                        escaped_on.push(what.clone());
                    }
                }
            }
            checked += 1;
        }
    }
    // The mail: HTML parts escaped too.
    let mails = app.sink.lock().unwrap().received();
    for mail in &mails {
        assert!(
            !mail.html.contains(MARKER),
            "mail {:?} to {}",
            mail.subject,
            mail.to
        );
    }
    // (In the Markdown body the tag is stripped as unknown HTML; the subject keeps it.)
    assert!(
        mails.iter().any(|m| m.subject.contains(MARKER)),
        "the announcement was not sent: {} mails",
        mails.len()
    );
    eprintln!(
        "marker: {checked} pages read, the marker shown escaped on {}:\n{}",
        escaped_on.len(),
        escaped_on.join("\n")
    );
    assert!(
        escaped_on.len() >= 30,
        "the marker reached only {escaped_on:?}"
    );
    for must in [
        "Anonymous /c/ip-ai-2020 ",
        "Anonymous /c/ip-ai-2020/schedule.xml",
        "Anonymous /c/ip-ai-2020/schedule.json",
        "Organizer /organize/c/ip-ai-2020/registrations ",
        "Organizer /organize/c/ip-ai-2020/registrations.csv",
    ] {
        assert!(
            escaped_on.iter().any(|w| w.starts_with(must)),
            "{must} does not show the marker: {escaped_on:?}"
        );
    }
}
