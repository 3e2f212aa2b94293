//! The real `plenary serve` as a child process, for what an in-process server cannot
//! show: two instances on one database, SIGKILL in the middle of a burst, SIGTERM.
//! The binary is the one Cargo built for the tests, or `PLENARY_BIN` (CI points it at
//! the release build). Each process gets a clean environment (no `.env`), logs to a
//! file the test can read, and is killed when dropped.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use plenary::config::DatabaseUrl;

/// The secret every test process shares, so a login cookie works on each of them.
pub const SECRET: &str = "test-secret-key-that-is-long-enough-0123456789";

pub fn binary() -> PathBuf {
    match std::env::var("PLENARY_BIN") {
        Ok(p) if !p.is_empty() => {
            let p = PathBuf::from(p);
            if p.is_absolute() {
                p
            } else {
                PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(p)
            }
        }
        _ => PathBuf::from(env!("CARGO_BIN_EXE_plenary")),
    }
}

/// A free port on 127.0.0.1 (free when asked; the process binds it right after).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

pub fn database_url_string(url: &DatabaseUrl) -> String {
    match url {
        DatabaseUrl::Sqlite(p) => p.clone(),
        DatabaseUrl::Postgres(u) => u.clone(),
    }
}

pub struct Server {
    child: Option<Child>,
    pub port: u16,
    pub base: String,
    pub log: PathBuf,
    dir: tempfile::TempDir,
    db: String,
    smtp: String,
    command: &'static str,
    args: Vec<String>,
    env: Vec<(String, String)>,
}

impl Server {
    /// Starts `plenary serve <args>` on `db` with mail to `smtp` and waits until it
    /// answers `/healthz`. Rate limits are off (a burst comes from one address).
    pub async fn serve(db: &DatabaseUrl, smtp: &str, args: &[&str], env: &[(&str, &str)]) -> Self {
        Self::run("serve", db, smtp, args, env).await
    }

    /// Starts `plenary worker` (the outbox worker alone, no web server).
    pub async fn worker(db: &DatabaseUrl, smtp: &str, env: &[(&str, &str)]) -> Self {
        Self::run("worker", db, smtp, &[], env).await
    }

    async fn run(
        command: &'static str,
        db: &DatabaseUrl,
        smtp: &str,
        args: &[&str],
        env: &[(&str, &str)],
    ) -> Self {
        let port = free_port();
        let mut s = Self {
            child: None,
            port,
            base: format!("http://127.0.0.1:{port}"),
            log: PathBuf::new(),
            dir: tempfile::tempdir().expect("temp dir"),
            db: database_url_string(db),
            smtp: smtp.to_string(),
            command,
            args: args.iter().map(|a| a.to_string()).collect(),
            env: env
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        };
        s.log = s.dir.path().join("plenary.log");
        s.start().await;
        s
    }

    /// Starts (again) on the same port, database and mail server.
    pub async fn start(&mut self) {
        assert!(self.child.is_none(), "already running");
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.log)
            .expect("log file");
        let mut c = Command::new(binary());
        c.env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("DATABASE_URL", &self.db)
            .env("PLENARY_ADDR", format!("127.0.0.1:{}", self.port))
            .env("PLENARY_SECRET_KEY", SECRET)
            .env("SMTP_URL", &self.smtp)
            .env("PLENARY_RATE_LIMITS", "off")
            .env("RUST_LOG", "info,actix_server=warn")
            .current_dir(self.dir.path())
            .arg(self.command)
            .args(&self.args)
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("log file"))
            .stderr(log);
        for (k, v) in &self.env {
            c.env(k, v);
        }
        self.child = Some(c.spawn().expect("start plenary"));
        if self.command == "serve" {
            self.wait_healthy(Duration::from_secs(60)).await;
        }
    }

    /// Waits until `/healthz` answers 200.
    pub async fn wait_healthy(&mut self, within: Duration) {
        let client = super::plain_client();
        let until = Instant::now() + within;
        loop {
            if let Ok(r) = client.get(format!("{}/healthz", self.base)).send().await
                && r.status().as_u16() == 200
            {
                return;
            }
            if let Some(Some(status)) = self.child.as_mut().map(|c| c.try_wait().ok().flatten()) {
                panic!("plenary exited with {status}: {}", self.log_text());
            }
            assert!(
                Instant::now() < until,
                "plenary did not become healthy: {}",
                self.log_text()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    fn pid(&self) -> i32 {
        self.child.as_ref().expect("running").id() as i32
    }

    /// SIGKILL: the process gets no chance to clean up.
    pub fn kill(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// SIGTERM, then waits (at most `within`) for the process to exit; its exit code.
    pub async fn terminate(&mut self, within: Duration) -> Option<i32> {
        // SAFETY: kill(2) with a pid of a child we own and have not reaped.
        unsafe {
            libc::kill(self.pid(), libc::SIGTERM);
        }
        let mut c = self.child.take().expect("running");
        let until = Instant::now() + within;
        loop {
            if let Some(status) = c.try_wait().expect("wait") {
                return status.code();
            }
            if Instant::now() > until {
                let _ = c.kill();
                let _ = c.wait();
                panic!("plenary did not stop within {within:?} of SIGTERM");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}

/// The fields of the demo conference's sign-up form for `email`.
pub fn sign_up_fields(email: &str) -> Vec<(&'static str, String)> {
    vec![
        ("name", "Burst Tester".to_string()),
        ("email", email.to_string()),
        ("country", "CH".to_string()),
        ("organization", String::new()),
        ("time_zone", "Europe/Zurich".to_string()),
        ("password", "a sturdy passphrase".to_string()),
        ("consent", "yes".to_string()),
    ]
}

/// One sign-up to the conference `slug` at `base` in a browser of its own: GET the
/// form (for its CSRF token), POST it. The POST's status, or `None` when no answer
/// came (connection refused or reset: the server was down or died).
pub async fn sign_up(base: &str, slug: &str, email: &str) -> Option<u16> {
    let client = super::new_client();
    let page = format!("{base}/c/{slug}/register");
    let form = client.get(&page).send().await.ok()?;
    if form.status().as_u16() != 200 {
        return Some(form.status().as_u16());
    }
    let token = super::csrf_in(&form.text().await.ok()?);
    let mut fields = vec![("csrf", token)];
    fields.extend(sign_up_fields(email));
    let r = client.post(&page).form(&fields).send().await.ok()?;
    Some(r.status().as_u16())
}

/// Queues `n` plain mails to `<prefix>-<i>@example.org` straight into the outbox of
/// `url`, in one transaction (what a burst of use cases would have left there).
pub fn queue_mails(url: &DatabaseUrl, prefix: &str, n: usize) {
    let db = plenary::db::Db::connect(url, 1).expect("connect");
    let now = chrono::Utc::now();
    db.write_blocking(|c| {
        for i in 0..n {
            let mail = plenary::email::Mail {
                to: format!("{prefix}-{i}@example.org"),
                subject: format!("Test mail {i}"),
                text: format!("Mail number {i}."),
                html: format!("<p>Mail number {i}.</p>"),
                attachment: None,
                kind: "test",
                headers: Default::default(),
            };
            plenary::email::outbox::enqueue(c, &mail, None, now)?;
        }
        Ok::<_, plenary::service::Error>(())
    })
    .expect("queue mails");
}

/// Outbox rows by status, and how many queued rows are still leased.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct OutboxState {
    pub queued: i64,
    pub sent: i64,
    pub failed: i64,
    pub leased: i64,
}

pub fn outbox_state(url: &DatabaseUrl) -> OutboxState {
    use diesel::prelude::*;
    use plenary::db::schema::outbox;
    let db = plenary::db::Db::connect(url, 1).expect("connect");
    let mut c = db.conn().expect("conn");
    let mut s = OutboxState::default();
    for (status, n) in plenary::email::outbox::counts(&mut c).expect("counts") {
        match status.as_str() {
            "queued" => s.queued = n,
            "sent" => s.sent = n,
            _ => s.failed += n,
        }
    }
    s.leased = outbox::table
        .filter(outbox::status.eq("queued"))
        .filter(outbox::lease_until.is_not_null())
        .count()
        .get_result(&mut c)
        .expect("leased");
    s
}
