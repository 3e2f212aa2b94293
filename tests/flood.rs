//! Hashing floods against the real binary (issue 12, H2): 256 parallel bogus
//! password-reset POSTs, then 256 parallel sign-ins with a wrong password (each one
//! a real argon2 verification, ~19 MB), with the rate limits off so that only the
//! hashing bound stands between the flood and the server's memory. The server is a
//! separate `plenary serve` process, so its peak RSS (`VmHWM`) is its own.
//!
//! Bound: the peak RSS grows by less than [`RSS_BOUND_MB`] over the warmed-up
//! baseline (unbounded, 256 hashes at once took it from 181 MB to 3.4 GB), falls back
//! to within one hash's working memory of it when the flood is over, no answer is a
//! 500, and the agenda keeps answering during the flood.

mod common;

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{Page, Template, TestDb};
use plenary::config::DatabaseUrl;
use plenary::demo::DEMO_SLUG;

const RSS_BOUND_MB: u64 = 100;
const FLOOD: usize = 256;
/// One argon2 hash's working memory at OWASP's parameters (19,456 KiB).
const HASH_MB: u64 = 19;

struct Server {
    child: Child,
    base: String,
    _mail: tempfile::TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    async fn start(db: &TestDb) -> Self {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("free port")
            .port();
        let url = match &db.url {
            DatabaseUrl::Sqlite(p) => p.clone(),
            DatabaseUrl::Postgres(u) => u.clone(),
        };
        let mail = tempfile::tempdir().expect("mail dir");
        let child = Command::new(env!("CARGO_BIN_EXE_plenary"))
            .args(["serve", "--no-worker"])
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("DATABASE_URL", url)
            .env("PLENARY_ADDR", format!("127.0.0.1:{port}"))
            .env("PLENARY_BASE_URL", format!("http://127.0.0.1:{port}"))
            .env(
                "PLENARY_SECRET_KEY",
                "flood-test-secret-key-that-is-long-enough-0123456789",
            )
            .env("PLENARY_MAIL_DIR", mail.path())
            .env("PLENARY_RATE_LIMITS", "off")
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .current_dir(std::env::temp_dir())
            .spawn()
            .expect("spawn plenary serve");
        let server = Self {
            child,
            base: format!("http://127.0.0.1:{port}"),
            _mail: mail,
        };
        let client = common::plain_client();
        for _ in 0..300 {
            if let Ok(r) = client.get(format!("{}/healthz", server.base)).send().await
                && r.status().is_success()
            {
                return server;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("plenary serve did not answer /healthz within 30 s");
    }

    /// (current RSS, peak RSS) of the server process in MB.
    fn rss_mb(&self) -> (u64, u64) {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .expect("/proc status");
        let field = |name: &str| {
            status
                .lines()
                .find_map(|l| l.strip_prefix(name))
                .and_then(|v| v.split_whitespace().next())
                .and_then(|kb| kb.parse::<u64>().ok())
                .expect("rss field")
                / 1024
        };
        (field("VmRSS:"), field("VmHWM:"))
    }

    fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }
}

/// A browser with a cookie and the CSRF token of its login page.
async fn browser_with_token(server: &Server) -> (reqwest::Client, String) {
    let client = common::new_client();
    let body = client
        .get(server.url("/login"))
        .send()
        .await
        .expect("GET /login")
        .text()
        .await
        .expect("body");
    let token = Page::parse(&body).csrf();
    (client, token)
}

/// Milliseconds for one agenda page.
async fn agenda_ms(server: &Server) -> u128 {
    let start = Instant::now();
    let r = reqwest::get(server.url(&format!("/c/{DEMO_SLUG}/agenda")))
        .await
        .expect("agenda");
    assert_eq!(r.status().as_u16(), 200);
    r.bytes().await.expect("agenda body");
    start.elapsed().as_millis()
}

fn median(mut v: Vec<u128>) -> u128 {
    v.sort_unstable();
    v[v.len() / 2]
}

/// Sends `FLOOD` POSTs at once to `path` with `fields` (plus a valid CSRF token),
/// measuring the agenda meanwhile; returns (statuses, agenda times in ms).
async fn flood(server: &Server, path: &str, fields: &[(&str, &str)]) -> (Vec<u16>, Vec<u128>) {
    let (client, token) = browser_with_token(server).await;
    let mut form: Vec<(String, String)> = fields
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    form.push(("csrf".into(), token));
    let tasks: Vec<_> = (0..FLOOD)
        .map(|i| {
            let client = client.clone();
            let form = form.clone();
            let url = server.url(&path.replace("{i}", &format!("bogus-token-{i:04}")));
            tokio::spawn(async move {
                client
                    .post(url)
                    .form(&form)
                    .timeout(Duration::from_secs(120))
                    .send()
                    .await
                    .map(|r| r.status().as_u16())
                    .unwrap_or(0)
            })
        })
        .collect();
    let mut agenda = Vec::new();
    while !tasks.iter().all(|t| t.is_finished()) {
        agenda.push(agenda_ms(server).await);
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let mut statuses = Vec::new();
    for t in tasks {
        statuses.push(t.await.expect("task"));
    }
    (statuses, agenda)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn hashing_floods_keep_memory_bounded_and_the_agenda_answering() {
    let db = tokio::task::spawn_blocking(|| TestDb::from_template(Template::Demo(200)))
        .await
        .expect("template");
    let server = Server::start(&db).await;

    // Warm up: one real verification and a few agenda renders, so that the
    // baseline holds what any running server holds.
    let (client, token) = browser_with_token(&server).await;
    let r = client
        .post(server.url("/login"))
        .form(&[
            ("email", "organizer@demo.plenary.test"),
            ("password", "not the password"),
            ("csrf", &token),
        ])
        .send()
        .await
        .expect("warm-up login");
    assert_eq!(r.status().as_u16(), 200);
    let quiet = median(agenda_times(&server, 5).await);
    let (baseline, _) = server.rss_mb();

    let (resets, agenda_a) = flood(
        &server,
        "/password/reset/{i}",
        &[("password", "a new long password 123")],
    )
    .await;
    let (_, after_resets) = server.rss_mb();
    eprintln!("flood: peak {after_resets} MB after {FLOOD} bogus reset POSTs");
    let (logins, agenda_b) = flood(
        &server,
        "/login",
        &[
            ("email", "organizer@demo.plenary.test"),
            ("password", "wrong password for the flood"),
        ],
    )
    .await;
    let (after, peak) = server.rss_mb();
    let busy = median(agenda_a.iter().chain(&agenda_b).copied().collect());
    eprintln!(
        "flood: baseline {baseline} MB, peak {peak} MB, after {after} MB; \
         agenda median {quiet} ms quiet, {busy} ms under flood ({} samples)",
        agenda_a.len() + agenda_b.len()
    );

    for (name, statuses) in [("reset", &resets), ("login", &logins)] {
        let bad: Vec<_> = statuses
            .iter()
            .filter(|s| !matches!(s, 200 | 303 | 404 | 410 | 429 | 503))
            .collect();
        assert!(bad.is_empty(), "{name} flood answered {bad:?}");
    }
    // A bogus reset link never reaches the hash: no answer is a sign-in.
    assert!(resets.iter().all(|s| *s != 303), "{resets:?}");
    // The wrong password is refused (200 with the form), or the request waited too
    // long for a hashing slot (503) — never a sign-in.
    assert!(logins.contains(&200), "{logins:?}");
    assert!(
        peak.saturating_sub(baseline) < RSS_BOUND_MB,
        "peak RSS {peak} MB, baseline {baseline} MB: more than {RSS_BOUND_MB} MB growth"
    );
    // Once the flood is over no hash is running, and their working memory (19 MB
    // each) is unmapped: the server is back near its baseline. Before it was, each
    // hashing thread kept 19 MB for good (baseline 100 MB, after 127 MB; now 80 → 89).
    assert!(
        after < baseline + HASH_MB,
        "RSS {after} MB after the flood, baseline {baseline} MB: the hashes' working \
         memory ({HASH_MB} MB each) was kept"
    );
    assert!(
        busy < quiet * 10 + 500,
        "agenda median {busy} ms under the flood vs {quiet} ms quiet"
    );
}

async fn agenda_times(server: &Server, n: usize) -> Vec<u128> {
    let mut v = Vec::new();
    for _ in 0..n {
        v.push(agenda_ms(server).await);
    }
    v
}
