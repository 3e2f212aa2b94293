//! What operators see: Prometheus metrics (on their own address, or on the site behind
//! a bearer token, never open by default), read back with a strict text-format
//! parser; liveness vs readiness; and JSON log lines carrying the request id and the
//! route pattern, from the real binary.

mod common;

use std::collections::HashMap;

use common::TestApp;

/// Counters are process-wide and tests run in parallel: each test asserts on what
/// only it causes (its routes, its sign-up, its rate-limited account), as differences.
const TOKEN: &str = "metrics-token-0123456789abcdef";

/// One sample line: metric name, labels, value.
#[derive(Debug)]
struct Sample {
    name: String,
    labels: HashMap<String, String>,
    value: f64,
}

/// A strict reader of Prometheus' text exposition format (0.0.4): every line is a
/// `# HELP`, a `# TYPE` (before its samples, one per family) or a sample whose
/// name and label names are valid, whose label values are quoted with only `\\`,
/// `\"` and `\n` escapes, and whose value is a float. Histograms must have
/// cumulative buckets ending in `+Inf` equal to `_count`. (The `prometheus-parse`
/// crate cuts label values at the first `}`, which route patterns contain.)
fn parse(text: &str) -> Vec<Sample> {
    let name_ok = |n: &str| {
        !n.is_empty()
            && !n.starts_with(|c: char| c.is_ascii_digit())
            && n.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':')
    };
    let mut types: HashMap<String, String> = HashMap::new();
    let mut samples = Vec::new();
    for line in text.lines().filter(|l| !l.is_empty()) {
        if let Some(rest) = line.strip_prefix("# TYPE ") {
            let (name, kind) = rest.split_once(' ').expect(line);
            assert!(name_ok(name), "{line}");
            assert!(
                ["counter", "gauge", "histogram", "summary", "untyped"].contains(&kind),
                "{line}"
            );
            assert!(
                types.insert(name.into(), kind.into()).is_none(),
                "twice: {line}"
            );
            continue;
        }
        if line.starts_with("# HELP ") || line.starts_with('#') {
            continue;
        }
        let name_end = line.find(['{', ' ']).expect(line);
        let name = &line[..name_end];
        assert!(name_ok(name), "{line}");
        let family = ["_bucket", "_count", "_sum"]
            .iter()
            .find_map(|s| {
                name.strip_suffix(s)
                    .filter(|f| types.get(*f).is_some_and(|t| t == "histogram"))
            })
            .unwrap_or(name);
        assert!(types.contains_key(family), "sample before its TYPE: {line}");
        let mut rest = &line[name_end..];
        let mut labels = HashMap::new();
        if let Some(after) = rest.strip_prefix('{') {
            let mut at = after;
            while !at.starts_with('}') {
                let (label, tail) = at.split_once("=\"").expect(line);
                assert!(name_ok(label), "label {label}: {line}");
                let mut value = String::new();
                let mut chars = tail.char_indices();
                let end = loop {
                    match chars.next().expect(line) {
                        (j, '"') => break j + 1,
                        (_, '\\') => match chars.next().expect(line).1 {
                            'n' => value.push('\n'),
                            c @ ('\\' | '"') => value.push(c),
                            c => panic!("bad escape \\{c}: {line}"),
                        },
                        (_, c) => value.push(c),
                    }
                };
                labels.insert(label.to_string(), value);
                at = &tail[end..];
                at = at.strip_prefix(',').unwrap_or(at);
            }
            rest = &at[1..];
        }
        let value = rest.trim_start_matches(' ');
        let value = value.split(' ').next().expect(line);
        let value = match value {
            "+Inf" => f64::INFINITY,
            "-Inf" => f64::NEG_INFINITY,
            v => v
                .parse::<f64>()
                .unwrap_or_else(|_| panic!("value {v}: {line}")),
        };
        samples.push(Sample {
            name: name.to_string(),
            labels,
            value,
        });
    }
    // Histograms: cumulative buckets, +Inf equal to the count.
    for (family, _) in types.iter().filter(|(_, t)| *t == "histogram") {
        let counts = samples
            .iter()
            .filter(|s| s.name == format!("{family}_count"));
        for count in counts {
            let same = |s: &&Sample| count.labels.iter().all(|(k, v)| s.labels.get(k) == Some(v));
            let mut buckets: Vec<(f64, f64)> = samples
                .iter()
                .filter(|s| s.name == format!("{family}_bucket"))
                .filter(same)
                .map(|s| {
                    (
                        s.labels["le"].parse::<f64>().unwrap_or(f64::INFINITY),
                        s.value,
                    )
                })
                .collect();
            buckets.sort_by(|a, b| a.0.total_cmp(&b.0));
            assert!(
                buckets.windows(2).all(|w| w[0].1 <= w[1].1),
                "{family} not cumulative"
            );
            assert_eq!(
                buckets.last().map(|b| b.0),
                Some(f64::INFINITY),
                "{family} +Inf"
            );
            assert_eq!(
                buckets.last().map(|b| b.1),
                Some(count.value),
                "{family} count"
            );
        }
    }
    samples
}

/// The sum of the samples `name` whose labels include all of `labels` (0 if none).
fn value(samples: &[Sample], name: &str, labels: &[(&str, &str)]) -> f64 {
    samples
        .iter()
        .filter(|s| s.name == name)
        .filter(|s| {
            labels
                .iter()
                .all(|(k, v)| s.labels.get(*k).map(String::as_str) == Some(*v))
        })
        .map(|s| s.value)
        .sum()
}

async fn scrape(url: &str) -> (String, Vec<Sample>) {
    let r = reqwest::get(url).await.expect("scrape");
    assert_eq!(r.status(), 200);
    let ctype = r.headers()["content-type"].to_str().unwrap().to_string();
    assert!(ctype.starts_with("text/plain; version=0.0.4"), "{ctype}");
    let text = r.text().await.unwrap();
    let parsed = parse(&text);
    (text, parsed)
}

#[test]
fn the_format_checker_refuses_malformed_expositions() {
    let good = "# TYPE a counter\na{route=\"/c/{slug}\",x=\"q\\\"\"} 1\n";
    assert_eq!(parse(good)[0].labels["route"], "/c/{slug}");
    assert_eq!(parse(good)[0].labels["x"], "q\"");
    for bad in [
        "a 1\n",                                  // no TYPE
        "# TYPE a counter\na{route=/x} 1\n",      // unquoted value
        "# TYPE a counter\na{route=\"x\"} one\n", // not a number
        "# TYPE 1a counter\n",                    // bad name
        "# TYPE h histogram\nh_bucket{le=\"1\"} 2\nh_bucket{le=\"+Inf\"} 1\nh_count 1\n",
    ] {
        let refused = std::panic::catch_unwind(|| parse(bad)).is_err();
        assert!(refused, "accepted: {bad}");
    }
}

#[tokio::test]
async fn the_site_does_not_serve_metrics_unless_a_token_is_set() {
    let app = TestApp::spawn().await;
    assert_eq!(app.get("/metrics").await.status(), 404);
}

#[tokio::test]
async fn metrics_count_requests_by_pattern_sign_ups_mails_and_rate_limits() {
    let app = TestApp::spawn_from(common::Template::Demo(10), |s| {
        s.metrics_token = Some(plenary::config::Secret::new(TOKEN));
    })
    .await;
    let (server, addr) = plenary::web::metrics::server(
        "127.0.0.1:0".parse().unwrap(),
        app.db.clone(),
        app.clock.clone(),
    )
    .expect("metrics server");
    tokio::spawn(server);
    let metrics_url = format!("http://{addr}/metrics");
    let (_, before) = scrape(&metrics_url).await;

    // A token in a URL: counted under the pattern, never under the path.
    let r = app.get("/confirm/secret-token-in-the-url").await;
    let confirm_status = r.status().as_u16().to_string();
    // One sign-up, its mail queued, then (an hour later) delivered.
    let page = "/c/ip-ai-2020/register";
    let r = app
        .submit(
            page,
            page,
            &[
                ("name", "Metric Person"),
                ("email", "metric.person@example.org"),
                ("country", "CH"),
                ("time_zone", "Europe/Zurich"),
                ("password", "a sturdy passphrase"),
                ("consent", "yes"),
            ],
        )
        .await;
    assert_eq!(r.status(), 303, "sign-up accepted");
    app.clock.set(app.clock.now() + chrono::Duration::hours(1));
    let (_, queued) = scrape(&metrics_url).await;
    assert!(value(&queued, "plenary_outbox_queued", &[]) >= 1.0);
    assert!(
        value(&queued, "plenary_outbox_oldest_queued_age_seconds", &[]) >= 3600.0,
        "the oldest queued mail is an hour old"
    );
    let report = app.drain().await;
    assert!(report.sent >= 1);
    // Wrong passwords for one account until the limit answers 429.
    let mut limited = false;
    for _ in 0..10 {
        let r = app
            .login("metric.person@example.org", "not the password")
            .await;
        if r.status() == 429 {
            limited = true;
            break;
        }
    }
    assert!(limited, "the login limit answered 429");

    let (text, after) = scrape(&metrics_url).await;
    assert!(!text.contains("secret-token-in-the-url"), "no raw paths");
    let delta = |name: &str, labels: &[(&str, &str)]| {
        value(&after, name, labels) - value(&before, name, labels)
    };
    assert_eq!(
        delta(
            "plenary_http_requests_total",
            &[
                ("route", "/confirm/{token}"),
                ("method", "GET"),
                ("status", &confirm_status)
            ]
        ),
        1.0
    );
    assert_eq!(
        delta(
            "plenary_http_request_duration_seconds_count",
            &[("route", "/confirm/{token}")]
        ),
        1.0
    );
    assert!(
        delta(
            "plenary_http_requests_total",
            &[("route", "/c/{slug}/register"), ("method", "POST")]
        ) >= 1.0
    );
    assert_eq!(
        delta("plenary_sign_ups_total", &[("status", "pending")]),
        1.0
    );
    assert!(delta("plenary_mail_deliveries_total", &[("outcome", "sent")]) >= report.sent as f64);
    assert!(delta("plenary_rate_limited_total", &[("action", "login")]) >= 1.0);
    assert_eq!(
        delta(
            "plenary_http_requests_total",
            &[("route", "/login"), ("status", "429")]
        ),
        1.0
    );
    assert_eq!(value(&after, "plenary_outbox_queued", &[]), 0.0);
    assert_eq!(
        value(&after, "plenary_outbox_oldest_queued_age_seconds", &[]),
        0.0
    );
    assert_eq!(value(&after, "plenary_db_pool_max_connections", &[]), 8.0);
    let open = value(
        &after,
        "plenary_db_pool_connections",
        &[("state", "in_use")],
    ) + value(&after, "plenary_db_pool_connections", &[("state", "idle")]);
    assert!((1.0..=8.0).contains(&open), "{open} connections open");
    let types: HashMap<_, _> = text
        .lines()
        .filter_map(|l| l.strip_prefix("# TYPE "))
        .filter_map(|l| l.split_once(' '))
        .collect();
    assert_eq!(types["plenary_http_request_duration_seconds"], "histogram");
    assert_eq!(types["plenary_http_requests_total"], "counter");

    // The same metrics on the site, for the holder of the token only.
    let url = app.url("/metrics");
    assert_eq!(app.client.get(&url).send().await.unwrap().status(), 401);
    let wrong = app
        .client
        .get(&url)
        .bearer_auth("metrics-token-guess-000000000")
        .send();
    assert_eq!(wrong.await.unwrap().status(), 401);
    let r = app
        .client
        .get(&url)
        .bearer_auth(TOKEN)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let on_site = parse(&r.text().await.unwrap());
    assert!(value(&on_site, "plenary_sign_ups_total", &[]) >= 1.0);
}

#[tokio::test]
async fn a_mail_server_that_is_away_shows_as_retrying_deliveries_and_a_backlog() {
    let app = TestApp::spawn_demo(5).await;
    let (server, addr) = plenary::web::metrics::server(
        "127.0.0.1:0".parse().unwrap(),
        app.db.clone(),
        app.clock.clone(),
    )
    .expect("metrics server");
    tokio::spawn(server);
    let metrics_url = format!("http://{addr}/metrics");
    app.drain().await;
    let (_, before) = scrape(&metrics_url).await;
    app.sink.lock().unwrap().stop();
    // A reset link, not a sign-up: the other test counts sign-ups exactly, and the
    // counters are shared by the tests of this binary.
    let r = app
        .submit(
            "/password/reset",
            "/password/reset",
            &[("email", "attendee@demo.plenary.test")],
        )
        .await;
    assert_eq!(r.status(), 200, "reset asked while mail is away");
    let report = app.drain().await;
    assert_eq!(report.sent, 0);
    let (text, during) = scrape(&metrics_url).await;
    let delta = |now: &[Sample], name: &str, labels: &[(&str, &str)]| {
        value(now, name, labels) - value(&before, name, labels)
    };
    assert!(
        delta(
            &during,
            "plenary_mail_deliveries_total",
            &[("outcome", "retrying")]
        ) >= 1.0,
        "{text}"
    );
    assert!(
        value(&during, "plenary_outbox_queued", &[]) >= 1.0,
        "{text}"
    );

    // The server is back: the backlog goes out and the gauge returns to zero.
    app.sink.lock().unwrap().restart();
    app.clock.set(app.clock.now() + chrono::Duration::hours(1));
    let report = app.drain().await;
    assert!(report.sent >= 1);
    let (text, after) = scrape(&metrics_url).await;
    assert!(
        delta(
            &after,
            "plenary_mail_deliveries_total",
            &[("outcome", "sent")]
        ) >= 1.0,
        "{text}"
    );
    assert_eq!(value(&after, "plenary_outbox_queued", &[]), 0.0, "{text}");
    assert_eq!(app.mails_to("attendee@demo.plenary.test").len(), 1);
}

#[tokio::test]
async fn healthz_is_liveness_and_readyz_waits_for_every_migration() {
    let app = TestApp::spawn().await;
    let r = app.get("/readyz").await;
    assert_eq!(r.status(), 200);
    let body: serde_json::Value = r.json().await.unwrap();
    assert_eq!(body["migrations"], "ok");

    app.with_db(|c| plenary::db::revert_last(c).expect("revert the newest migration"))
        .await;
    let r = app.get("/readyz").await;
    assert_eq!(r.status(), 503);
    let body: serde_json::Value = r.json().await.unwrap();
    assert_eq!(body["migrations"], "pending");
    assert_eq!(body["pending_migrations"], 1);
    assert_eq!(app.get("/healthz").await.status(), 200, "still alive");

    app.with_db(|c| plenary::db::migrate(c).expect("migrate"))
        .await;
    assert_eq!(app.get("/readyz").await.status(), 200);
}

/// Stops the child server however the test ends.
struct Child(std::process::Child);

impl Drop for Child {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[tokio::test]
async fn serve_writes_json_lines_with_request_id_and_route_and_serves_metrics_apart() {
    let dir = tempfile::tempdir().unwrap();
    let (port, metrics_port) = (free_port(), free_port());
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_plenary"))
        .arg("serve")
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .current_dir(dir.path())
        .env("DATABASE_URL", dir.path().join("p.db"))
        .env("PLENARY_AUTO_MIGRATE", "1")
        .env("PLENARY_SECRET_KEY", "k".repeat(40))
        .env("PLENARY_ADDR", format!("127.0.0.1:{port}"))
        .env("PLENARY_METRICS_ADDR", format!("127.0.0.1:{metrics_port}"))
        .env("PLENARY_LOG_FORMAT", "json")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut child = Child(child);
    let base = format!("http://127.0.0.1:{port}");
    let client = common::new_client();
    let mut up = false;
    for _ in 0..200 {
        if client
            .get(format!("{base}/readyz"))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            up = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(up, "serve did not start");
    let r = client
        .get(format!("{base}/confirm/a-secret-token-9f8e"))
        .send()
        .await
        .unwrap();
    let request_id = r.status().as_u16();
    let (text, metrics) = scrape(&format!("http://127.0.0.1:{metrics_port}/metrics")).await;
    assert!(
        value(
            &metrics,
            "plenary_http_requests_total",
            &[("route", "/confirm/{token}")]
        ) == 1.0,
        "{text}"
    );
    // The main site does not serve metrics without PLENARY_METRICS_TOKEN.
    let r = client.get(format!("{base}/metrics")).send().await.unwrap();
    assert_eq!(r.status(), 404);
    // Nothing else answers on the metrics address.
    let r = client
        .get(format!("http://127.0.0.1:{metrics_port}/"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);

    let _ = child.0.kill();
    let out = child.0.wait_with_output_taken();
    let stdout = String::from_utf8_lossy(&out);
    assert!(!stdout.contains("a-secret-token-9f8e"), "{stdout}");
    // Every line is JSON, the command's own start-up notices (where mail goes) too.
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect();
    let answered = lines
        .iter()
        .find(|l| l["message"] == "answered" && l["span"]["http.route"] == "/confirm/{token}")
        .unwrap_or_else(|| panic!("no request line for the confirm route in {stdout}"));
    assert!(
        lines.iter().any(|l| l["level"] == "WARN"
            && l["message"]
                .as_str()
                .is_some_and(|m| m.contains("Mail is NOT sent"))),
        "the notice about where mail goes, as JSON: {stdout}"
    );
    assert_eq!(answered["status"], request_id);
    assert_eq!(answered["level"], "INFO");
    let id = answered["span"]["request_id"].as_str().unwrap_or_default();
    assert_eq!(
        uuid::Uuid::parse_str(id).map(|_| ()),
        Ok(()),
        "request id {id}"
    );
}

trait TakeOutput {
    fn wait_with_output_taken(&mut self) -> Vec<u8>;
}

impl TakeOutput for std::process::Child {
    /// The child's whole stdout once it has exited.
    fn wait_with_output_taken(&mut self) -> Vec<u8> {
        use std::io::Read;
        let _ = self.wait();
        let mut out = Vec::new();
        if let Some(mut s) = self.stdout.take() {
            let _ = s.read_to_end(&mut out);
        }
        out
    }
}
