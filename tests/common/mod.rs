//! The one test harness: `TestApp::spawn()` starts the real server on 127.0.0.1:0
//! with a database of its own — a temp SQLite file, or a PostgreSQL database when
//! `PLENARY_TEST_DATABASE_URL` is set (created per test, dropped on `Drop`), copied
//! from a template migrated once per test binary (see `db`) — and a cookie-keeping
//! HTTP client with redirects off. Signing in, posting forms with their CSRF token
//! and reading HTML (see `html`) go through the helpers here.
#![allow(dead_code)] // each test binary uses a different part of the harness

use std::sync::OnceLock;

use plenary::config::{MailTransport, Secret, Settings};
use plenary::db::Db;
use plenary::domain::clock::Clock;
use plenary::email::worker::{DrainReport, Worker};
use std::sync::Arc;

pub mod bbb;
pub mod db;
pub mod html;
pub mod process;
pub mod smtp;

pub use db::{Template, TestDb};
pub use html::Page;

/// The password of every account the demo seeds.
pub const DEMO_PASSWORD: &str = "plenary-demo";

pub fn settings_for(db: &TestDb, mail_dir: &std::path::Path) -> Settings {
    let mut s = Settings::from_lookup(|_| None).expect("default settings");
    s.database_url = db.url.clone();
    s.addr = "127.0.0.1:0".parse().expect("addr");
    s.base_url = format!("http://{}", s.addr);
    s.secret_key = Some(Secret::new(
        "test-secret-key-that-is-long-enough-0123456789",
    ));
    s.mail = MailTransport::Files(mail_dir.to_path_buf());
    s.db_pool_size = 8;
    s
}

pub struct TestApp {
    pub base: String,
    pub client: reqwest::Client,
    pub db: Db,
    pub clock: Clock,
    pub settings: Settings,
    pub sink: std::sync::Mutex<smtp::SmtpSink>,
    pub worker: Arc<Worker>,
    /// The app's rate limits (to look at what they keep).
    pub limits: Arc<plenary::web::ratelimit::RateLimits>,
    /// The app's cache of public pages: `with_db` writes around the service, so it
    /// tells the cache to read the conferences' versions again.
    pub pages: Arc<plenary::web::page_cache::PageCache>,
    handle: actix_web::dev::ServerHandle,
    // Dropped last: the database outlives the server.
    test_db: Option<TestDb>,
}

static TRACING: OnceLock<()> = OnceLock::new();

impl TestApp {
    /// A migrated, empty app.
    pub async fn spawn() -> Self {
        Self::spawn_with(|_| {}).await
    }

    /// A migrated app with the demo conference loaded (`registrants` invented people).
    pub async fn spawn_demo(registrants: usize) -> Self {
        Self::spawn_from(Template::Demo(registrants), |_| {}).await
    }

    /// A demo app (see [`TestApp::spawn_demo`]) whose own browser is signed in as the
    /// demo account `email`.
    pub async fn spawn_demo_signed_in(registrants: usize, email: &str) -> Self {
        let app = Self::spawn_demo(registrants).await;
        app.sign_in_demo(&app.client, email).await;
        app
    }

    /// A migrated, empty app with settings changed by `adjust` before it starts.
    pub async fn spawn_with(adjust: impl FnOnce(&mut Settings)) -> Self {
        Self::spawn_from(Template::Migrated, adjust).await
    }

    /// An app on a copy of `template`, with settings changed by `adjust`.
    pub async fn spawn_from(template: Template, adjust: impl FnOnce(&mut Settings)) -> Self {
        let test_db = tokio::task::spawn_blocking(move || TestDb::from_template(template))
            .await
            .expect("template task");
        Self::start(test_db, smtp::SmtpSink::start(), adjust).await
    }

    /// An app on `test_db` as it is (migrated first if it needs to be), for a
    /// database filled by other means, such as a restored backup.
    pub async fn spawn_on(test_db: TestDb) -> Self {
        Self::start(test_db, smtp::SmtpSink::start(), |_| {}).await
    }

    async fn start(
        test_db: TestDb,
        sink: smtp::SmtpSink,
        adjust: impl FnOnce(&mut Settings),
    ) -> Self {
        TRACING.get_or_init(|| {
            if std::env::var("TEST_LOG").is_ok() {
                tracing_subscriber::fmt().with_env_filter("info").init();
            }
        });
        let mut settings = settings_for(&test_db, std::path::Path::new("unused"));
        settings.mail = MailTransport::Smtp(Secret::new(sink.url()));
        adjust(&mut settings);
        Self::launch(Some(test_db), sink, settings).await
    }

    /// A second instance of this app: another server with the same settings on the
    /// same database, its own mail sink and cookie jar (two processes behind one
    /// load balancer). The database stays owned by `self`.
    pub async fn sibling(&self) -> Self {
        let sink = smtp::SmtpSink::start();
        let mut settings = self.settings.clone();
        settings.mail = MailTransport::Smtp(Secret::new(sink.url()));
        Self::launch(None, sink, settings).await
    }

    async fn launch(test_db: Option<TestDb>, sink: smtp::SmtpSink, settings: Settings) -> Self {
        let db = Db::connect_with(
            &settings.database_url,
            settings.db_pool_size,
            settings.db_checkout_timeout,
        )
        .expect("connect");
        let migrate_db = db.clone();
        tokio::task::spawn_blocking(move || migrate_db.migrate())
            .await
            .expect("migrate task")
            .expect("migrate");
        let clock = Clock::system();
        let worker =
            Arc::new(Worker::from_settings(db.clone(), clock.clone(), &settings).expect("worker"));
        let app =
            plenary::build_app(settings.clone(), db.clone(), clock.clone()).expect("build app");
        let handle = app.server.handle();
        let limits = app.state.limits.clone();
        let pages = app.state.pages.clone();
        tokio::spawn(app.server);
        Self {
            base: format!("http://{}", app.addr),
            client: new_client(),
            db,
            clock,
            settings,
            sink: std::sync::Mutex::new(sink),
            worker,
            limits,
            pages,
            handle,
            test_db,
        }
    }

    /// Stops this server and starts a new one on the same database and mail sink
    /// (a restart of the process). The new app has a fresh cookie jar.
    pub async fn restart(mut self) -> Self {
        self.handle.stop(true).await;
        let test_db = self.test_db.take().expect("db");
        let sink = std::mem::replace(&mut *self.sink.lock().unwrap(), smtp::SmtpSink::start());
        drop(self);
        Self::start(test_db, sink, |_| {}).await
    }

    /// A second browser on the same app (its own cookies).
    pub fn new_browser(&self) -> reqwest::Client {
        new_client()
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.expect("GET")
    }

    pub async fn get_html(&self, path: &str) -> (u16, String) {
        let r = self.get(path).await;
        let status = r.status().as_u16();
        (status, r.text().await.expect("body"))
    }

    /// Fetches `page` and submits a form to `action` with the page's CSRF token.
    pub async fn submit(
        &self,
        page: &str,
        action: &str,
        fields: &[(&str, &str)],
    ) -> reqwest::Response {
        submit_with(&self.client, &self.base, page, action, fields).await
    }

    /// Opens an email link whose page asks for a click (confirming a registration or
    /// a change of email) in `client`, and presses the button: the answer of the POST.
    pub async fn press_link(&self, client: &reqwest::Client, path: &str) -> reqwest::Response {
        submit_with(client, &self.base, path, path, &[]).await
    }

    /// Presses the button of a sign-up's confirmation link, giving the password chosen
    /// at that sign-up (the page asks for it while the address is unproven).
    pub async fn confirm_with(
        &self,
        client: &reqwest::Client,
        path: &str,
        password: &str,
    ) -> reqwest::Response {
        submit_with(client, &self.base, path, path, &[("password", password)]).await
    }

    /// The path of the confirmation link in the latest "Confirm …" mail to `email`
    /// (delivered: call [`TestApp::drain`] first).
    pub fn confirm_path(&self, email: &str) -> String {
        let mails = self.mails_to(email);
        let mail = mails
            .iter()
            .rev()
            .find(|m| m.subject.starts_with("Confirm"))
            .expect("a confirmation mail");
        let link = mail.link_containing("/confirm/").expect("a confirm link");
        link.strip_prefix(&self.base)
            .expect("link to this server")
            .to_string()
    }

    /// Signs the app's own browser in; the answer of the login form.
    pub async fn login(&self, email: &str, password: &str) -> reqwest::Response {
        login_with(&self.client, &self.base, email, password).await
    }

    /// Signs `client` in, asserting that it worked.
    pub async fn sign_in(&self, client: &reqwest::Client, email: &str, password: &str) {
        let r = login_with(client, &self.base, email, password).await;
        assert_eq!(r.status().as_u16(), 303, "login {email}");
    }

    /// Signs `client` in as a demo account (all share [`DEMO_PASSWORD`]).
    pub async fn sign_in_demo(&self, client: &reqwest::Client, email: &str) {
        self.sign_in(client, email, DEMO_PASSWORD).await;
    }

    /// A second browser, signed in as the demo account `email`.
    pub async fn demo_browser(&self, email: &str) -> reqwest::Client {
        let client = self.new_browser();
        self.sign_in_demo(&client, email).await;
        client
    }

    /// Fetches `path` and parses the page; the status comes with it.
    pub async fn get_page(&self, path: &str) -> (u16, Page) {
        let (status, body) = self.get_html(path).await;
        (status, Page::parse(&body))
    }

    /// Runs the outbox worker until nothing is due.
    pub async fn drain(&self) -> DrainReport {
        let w = self.worker.clone();
        tokio::task::spawn_blocking(move || w.drain())
            .await
            .expect("drain task")
            .expect("drain")
    }

    pub fn mails_to(&self, address: &str) -> Vec<smtp::ReceivedMail> {
        self.sink.lock().unwrap().to(address)
    }

    /// A second, published conference `slug` with its own organizer (who must not
    /// reach other conferences' back offices). Returns nothing; log in with
    /// `email` / `password`.
    pub async fn other_conference_with_organizer(
        &self,
        slug: &'static str,
        email: &'static str,
        password: &str,
    ) {
        use plenary::db::{self, conferences::NewConference, users::NewUser};
        use plenary::domain::{ConferenceId, CountryCode, Email, Password, UserId, passwords};
        let hash = passwords::hash(&Password::parse(password).expect("password")).expect("hash");
        self.with_db(move |c| {
            let now = chrono::Utc::now();
            let conf = ConferenceId::new();
            let day = chrono::NaiveDate::from_ymd_opt(2030, 1, 1).expect("date");
            db::conferences::insert(
                c,
                &NewConference {
                    id: conf,
                    slug,
                    title: "Other Conference",
                    description: "",
                    tz: chrono_tz::UTC,
                    starts_on: day,
                    ends_on: day,
                    registration_opens_at: None,
                    registration_closes_at: None,
                    capacity: None,
                    privacy_notice: "",
                    published: true,
                },
                now,
            )
            .expect("conference");
            let uid = UserId::new();
            db::users::insert(
                c,
                &NewUser {
                    id: uid,
                    email: &Email::parse(email).expect("email"),
                    name: "Other Organizer",
                    country: CountryCode::parse("FR").expect("country"),
                    organization: None,
                    tz: chrono_tz::UTC,
                    password_hash: Some(&hash),
                    is_admin: false,
                    email_verified_at: Some(now),
                    language: None,
                },
                now,
            )
            .expect("user");
            db::conferences::add_organizer(c, conf, uid, now).expect("role");
        })
        .await;
    }

    /// The path of the newest invitation link mailed to `email` (drains the outbox
    /// first). Roles are granted only through these links.
    pub async fn invitation_path(&self, email: &str) -> String {
        self.drain().await;
        let mail = self
            .mails_to(email)
            .into_iter()
            // By its link, not its subject: the mail is in the invitee's language.
            .rfind(|m| m.link_containing("/invite/").is_some())
            .unwrap_or_else(|| panic!("an invitation to {email}"));
        let link = mail
            .link_containing("/invite/")
            .expect("an invitation link");
        link.strip_prefix(&self.base)
            .expect("a link to this app")
            .to_string()
    }

    /// Accepts the newest invitation mailed to `email` as `client`, already signed
    /// in as that address (one click); the answer (303 when granted).
    pub async fn accept_invitation(
        &self,
        client: &reqwest::Client,
        email: &str,
    ) -> reqwest::Response {
        let path = self.invitation_path(email).await;
        submit_with(client, &self.base, &path, &path, &[]).await
    }

    /// Runs blocking database work against the app's database.
    pub async fn with_db<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut plenary::db::DbConn) -> T + Send + 'static,
    ) -> T {
        let db = self.db.clone();
        let done = tokio::task::spawn_blocking(move || {
            let mut conn = db.conn().expect("conn");
            f(&mut conn)
        })
        .await
        .expect("db task");
        self.pages.forget_versions();
        done
    }
}

/// A client with no cookies and no options, as a calendar app or a scanner uses.
/// How long a test client keeps an idle connection for reuse: well under the
/// server's keep-alive (actix-web closes a connection idle for 5 s). A client that
/// reused a connection at the moment the server closed it would see the request fail
/// with `IncompleteMessage` (seen in CI after 30 sign-ups hashed in a debug build
/// left the first browsers idle for about 5 s).
pub const CLIENT_IDLE: std::time::Duration = std::time::Duration::from_secs(2);

pub fn plain_client() -> reqwest::Client {
    plenary::tls::install();
    reqwest::Client::builder()
        .pool_idle_timeout(CLIENT_IDLE)
        .build()
        .expect("client")
}

pub fn new_client() -> reqwest::Client {
    plenary::tls::install();
    reqwest::Client::builder()
        .cookie_store(true)
        .pool_idle_timeout(CLIENT_IDLE)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client")
}

/// The value of the first hidden `csrf` field in a page.
pub fn csrf_in(html: &str) -> String {
    Page::parse(html).csrf()
}

/// Signs `client` in through the login form; the response is the form's answer
/// (303 on success, 200 with the errors otherwise).
pub async fn login_with(
    client: &reqwest::Client,
    base: &str,
    email: &str,
    password: &str,
) -> reqwest::Response {
    submit_with(
        client,
        base,
        "/login",
        "/login",
        &[("email", email), ("password", password)],
    )
    .await
}

pub async fn submit_with(
    client: &reqwest::Client,
    base: &str,
    page: &str,
    action: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let html = client
        .get(format!("{base}{page}"))
        .send()
        .await
        .expect("GET form")
        .text()
        .await
        .unwrap();
    let token = csrf_in(&html);
    let mut all: Vec<(&str, &str)> = vec![("csrf", &token)];
    all.extend_from_slice(fields);
    client
        .post(format!("{base}{action}"))
        .form(&all)
        .send()
        .await
        .expect("POST")
}

/// The path of a redirect (`Location`), for 303 answers.
pub fn location(r: &reqwest::Response) -> String {
    r.headers()
        .get("location")
        .map(|l| l.to_str().unwrap().to_string())
        .unwrap_or_default()
}

impl Drop for TestApp {
    fn drop(&mut self) {
        // Stop accepting and drop the workers; the runtime ends with the test.
        drop(self.handle.stop(false));
    }
}

/// 13:00 in Geneva on 7 July 2020: the demo conference's opening session starts.
pub fn opening_utc() -> chrono::DateTime<chrono::Utc> {
    use chrono::TimeZone;
    chrono_tz::Europe::Zurich
        .with_ymd_and_hms(2020, 7, 7, 13, 0, 0)
        .single()
        .expect("an unambiguous local time")
        .with_timezone(&chrono::Utc)
}

/// The id of the demo conference's opening session.
pub async fn opening_id(app: &TestApp) -> String {
    use diesel::prelude::*;
    use plenary::db::schema::sessions;
    app.with_db(|c| {
        sessions::table
            .filter(sessions::kind.eq("opening"))
            .select(sessions::id)
            .first::<String>(c)
            .expect("the demo opening session")
    })
    .await
}
