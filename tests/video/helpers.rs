//! Helpers of tests/video.rs: the demo accounts, a capture of every log line, and
//! the steps each test repeats (configure the platform, click the join link).

use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use plenary::db::schema::{session_people, sessions, users};

use crate::common::{self, TestApp, submit_with};

pub const SLUG: &str = "ip-ai-2020";
pub const SECRET: &str = "fake-bbb-shared-secret-0123456789";
pub const JITSI_SECRET: &str = "jitsi-app-secret-9876543210";
pub const ATTENDEE: &str = "attendee@demo.plenary.test";
pub const MODERATOR: &str = "moderator@demo.plenary.test";
pub const SPEAKER: &str = "speaker@demo.plenary.test";
pub const ORGANIZER: &str = "organizer@demo.plenary.test";

// ------------------------------------------------------------------ log capture

/// Every log line of this test binary (all tests), at debug level and above.
pub fn logs() -> &'static Arc<Mutex<Vec<u8>>> {
    static LOGS: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();
    LOGS.get_or_init(|| {
        let buf = Arc::new(Mutex::new(Vec::new()));
        let writer = buf.clone();
        let _ = tracing_subscriber::fmt()
            .with_env_filter("debug")
            .with_ansi(false)
            .with_writer(move || LogWriter(writer.clone()))
            .try_init();
        buf
    })
}

struct LogWriter(Arc<Mutex<Vec<u8>>>);

impl Write for LogWriter {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

// ------------------------------------------------------------------ helpers

/// The demo, without sign-in rate limits (these tests sign in a dozen browsers).
pub async fn spawn(registrants: usize) -> TestApp {
    TestApp::spawn_from(common::Template::Demo(registrants), |s| {
        s.rate_limits = false
    })
    .await
}

/// The demo session that the demo moderator moderates and the demo speaker speaks
/// in, made open to every confirmed registrant (no capacity), and its start.
pub async fn shared_session(app: &TestApp) -> (String, DateTime<Utc>) {
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
        let spoken = of(c, SPEAKER, "speaker");
        let id = of(c, MODERATOR, "moderator")
            .into_iter()
            .find(|s| spoken.contains(s))
            .expect("a session with both");
        diesel::update(sessions::table.find(&id))
            .set(sessions::capacity.eq(None::<i32>))
            .execute(c)
            .unwrap();
        let start: chrono::NaiveDateTime = sessions::table
            .find(&id)
            .select(sessions::starts_at)
            .first(c)
            .unwrap();
        (id, start.and_utc())
    })
    .await
}

/// Saves the video settings as the demo organizer; asserts the save worked.
pub async fn configure(app: &TestApp, fields: &[(&str, &str)]) {
    let org = app.demo_browser(ORGANIZER).await;
    let page = format!("/organize/c/{SLUG}/video");
    let r = submit_with(&org, &app.base, &page, &page, fields).await;
    let status = r.status().as_u16();
    assert_eq!(status, 303, "{}", r.text().await.unwrap());
}

pub async fn configure_bbb(app: &TestApp, url: &str, checksum: &str) {
    configure(
        app,
        &[
            ("video_platform", "bbb"),
            ("bbb_url", url),
            ("bbb_secret", SECRET),
            ("bbb_checksum", checksum),
        ],
    )
    .await;
}

/// Clicks the session's join link in `client` (pressing "Pick and join" when the
/// session is not in the person's picks): the final answer.
pub async fn join(app: &TestApp, client: &reqwest::Client, session: &str) -> reqwest::Response {
    let path = format!("/c/{SLUG}/sessions/{session}/join");
    let r = client.get(app.url(&path)).send().await.unwrap();
    if r.status().as_u16() != 200 {
        return r;
    }
    let body = r.text().await.unwrap();
    if !body.contains("Pick and join") {
        return client.get(app.url(&path)).send().await.unwrap();
    }
    submit_with(client, &app.base, &path, &path, &[]).await
}

pub fn meeting_id(session: &str) -> String {
    format!("plenary-{session}")
}
