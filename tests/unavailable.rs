//! When the database goes away, visitors get a 503 page with `Retry-After` (the error
//! says "try again shortly"), never a 500, and a form sent meanwhile is saved whole or
//! not at all. PostgreSQL: the app's database is dropped, or refuses connections with
//! every backend terminated for 20 s under load (recovery without restart measured).
//! SQLite: the file's write lock is held by another process past the busy timeout.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use common::{DEMO_PASSWORD, Template, TestApp};
use diesel::prelude::*;
use diesel::{Connection, RunQueryDsl};
use plenary::config::DatabaseUrl;

#[tokio::test]
async fn a_lost_database_answers_503_with_retry_after() {
    let Some(admin_url) = std::env::var("PLENARY_TEST_DATABASE_URL")
        .ok()
        .filter(|u| !u.is_empty())
    else {
        eprintln!("skipped: needs PostgreSQL (PLENARY_TEST_DATABASE_URL)");
        return;
    };
    let app = TestApp::spawn_demo_signed_in(5, "attendee@demo.plenary.test").await;
    assert_eq!(app.get("/c/ip-ai-2020/agenda").await.status(), 200);

    let DatabaseUrl::Postgres(url) = app.db.url().clone() else {
        panic!("the app runs on PostgreSQL");
    };
    let name = url.rsplit('/').next().expect("database name").to_string();
    tokio::task::spawn_blocking(move || {
        let mut admin = diesel::PgConnection::establish(&admin_url).expect("admin connection");
        diesel::sql_query(format!("DROP DATABASE {name} WITH (FORCE)"))
            .execute(&mut admin)
            .expect("drop the app's database");
    })
    .await
    .expect("drop task");

    // A public page (its handler's query) and a signed-in one (the route guard's), at
    // once: each waits for the pool's checkout timeout.
    let paths = ["/c/ip-ai-2020/agenda", "/c/ip-ai-2020/me"];
    let (a, b, ready, alive) = tokio::join!(
        app.get(paths[0]),
        app.get(paths[1]),
        app.get("/readyz"),
        app.get("/healthz")
    );
    // Not ready (no traffic, please) but alive (no restart: the process is fine).
    assert_eq!(ready.status().as_u16(), 503, "/readyz");
    let ready: serde_json::Value = ready.json().await.expect("readyz body");
    assert_eq!(ready["database"], "unreachable");
    assert_eq!(alive.status().as_u16(), 200, "/healthz");
    for (path, r) in paths.into_iter().zip([a, b]) {
        assert_eq!(r.status().as_u16(), 503, "{path}");
        assert!(r.headers().get("retry-after").is_some(), "{path}");
        let body = r.text().await.expect("body");
        assert!(body.contains("briefly unavailable"), "{path}: {body}");
        assert!(
            !body.contains("does not exist"),
            "no database detail on the page"
        );
    }
}

/// One request of the load: when it was answered (since the start), its status, and
/// whether a 503 carried `Retry-After`.
type Answer = (Duration, u16, bool);

async fn load(base: String, stop: Arc<AtomicBool>, start: Instant, signed_in: bool) -> Vec<Answer> {
    let client = common::new_client();
    if signed_in {
        let r =
            common::login_with(&client, &base, "attendee@demo.plenary.test", DEMO_PASSWORD).await;
        assert_eq!(r.status().as_u16(), 303);
    }
    let path = if signed_in {
        "/c/ip-ai-2020/me"
    } else {
        "/c/ip-ai-2020/agenda"
    };
    let mut answers = Vec::new();
    while !stop.load(Ordering::Relaxed) {
        if let Ok(r) = client.get(format!("{base}{path}")).send().await {
            let status = r.status().as_u16();
            let retry_after = r.headers().get("retry-after").is_some();
            answers.push((start.elapsed(), status, retry_after));
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    answers
}

fn pg_exec(admin_url: &str, sql: String) {
    let mut admin = diesel::PgConnection::establish(admin_url).expect("admin connection");
    diesel::sql_query(sql)
        .execute(&mut admin)
        .expect("admin statement");
}

#[tokio::test]
async fn a_database_away_for_twenty_seconds_answers_only_503_and_recovers_without_restart() {
    let Some(admin_url) = std::env::var("PLENARY_TEST_DATABASE_URL")
        .ok()
        .filter(|u| !u.is_empty())
    else {
        eprintln!("skipped: needs PostgreSQL (PLENARY_TEST_DATABASE_URL)");
        return;
    };
    // The sign-up loop comes from one address for longer than the sign-up limit
    // allows; the limits are not what this test is about.
    let app = TestApp::spawn_from(Template::Demo(5), |s| s.rate_limits = false).await;
    let DatabaseUrl::Postgres(url) = app.db.url().clone() else {
        panic!("the app runs on PostgreSQL");
    };
    let name = url.rsplit('/').next().expect("database name").to_string();
    let start = Instant::now();
    let stop = Arc::new(AtomicBool::new(false));
    let mut tasks = Vec::new();
    for i in 0..6 {
        tasks.push(tokio::spawn(load(
            app.base.clone(),
            stop.clone(),
            start,
            i % 2 == 1,
        )));
    }
    // Sign-ups too: each is saved whole or answered 503.
    let signups = {
        let (base, stop) = (app.base.clone(), stop.clone());
        tokio::spawn(async move {
            let mut answers = Vec::new();
            let mut i = 0;
            while !stop.load(Ordering::Relaxed) {
                let email = format!("outage-{i}@example.org");
                let status = common::process::sign_up(&base, "ip-ai-2020", &email).await;
                answers.push((email, status));
                i += 1;
            }
            answers
        })
    };
    tokio::time::sleep(Duration::from_secs(2)).await;

    // The outage: no new connections, and every existing one cut.
    let away_at = start.elapsed();
    let (a, n) = (admin_url.clone(), name.clone());
    tokio::task::spawn_blocking(move || {
        pg_exec(&a, format!("ALTER DATABASE {n} ALLOW_CONNECTIONS false"));
        pg_exec(
            &a,
            format!("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{n}'"),
        );
    })
    .await
    .expect("outage task");
    tokio::time::sleep(Duration::from_secs(20)).await;
    let (a, n) = (admin_url.clone(), name.clone());
    tokio::task::spawn_blocking(move || {
        pg_exec(&a, format!("ALTER DATABASE {n} ALLOW_CONNECTIONS true"))
    })
    .await
    .expect("recovery task");
    let back_at = start.elapsed();
    // Recovery: the first 200 of the agenda after the database is back.
    let recovered = loop {
        let r = app.get("/c/ip-ai-2020/agenda").await;
        if r.status().as_u16() == 200 {
            break start.elapsed() - back_at;
        }
        assert!(
            start.elapsed() - back_at < Duration::from_secs(30),
            "no recovery in 30 s"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    tokio::time::sleep(Duration::from_secs(2)).await;
    stop.store(true, Ordering::Relaxed);
    let mut answers = Vec::new();
    for t in tasks {
        answers.extend(t.await.expect("load task"));
    }
    let signups = signups.await.expect("sign-up task");

    // The anonymous agenda may come from the page cache for as long as its version
    // may be trusted without the database (VERSION_TTL after the last read before the
    // outage): a page that was right a moment ago, not an error. After that, every
    // answer must say the database is away.
    let settled = away_at + Duration::from_millis(500) + plenary::web::page_cache::VERSION_TTL;
    let during: Vec<&Answer> = answers
        .iter()
        .filter(|(t, _, _)| *t > settled && *t < back_at)
        .collect();
    let count = |s: u16| answers.iter().filter(|a| a.1 == s).count();
    eprintln!(
        "PostgreSQL away 20 s: {} page requests ({} during the outage): {} × 200, {} × 503, {} × 500; \
         {} sign-ups tried ({} × 303, {} × 503); recovery {:.2} s after connections were allowed",
        answers.len(),
        during.len(),
        count(200),
        count(503),
        answers.iter().filter(|a| a.1 >= 500 && a.1 != 503).count(),
        signups.len(),
        signups.iter().filter(|s| s.1 == Some(303)).count(),
        signups.iter().filter(|s| s.1 == Some(503)).count(),
        recovered.as_secs_f64()
    );
    assert!(!during.is_empty(), "requests ran during the outage");
    for (t, status, retry_after) in &answers {
        assert!(matches!(status, 200 | 503), "{status} at {t:?}");
        if *status == 503 {
            assert!(retry_after, "503 without Retry-After at {t:?}");
        }
    }
    assert!(during.iter().all(|a| a.1 == 503), "the outage was seen");
    assert!(
        recovered < Duration::from_secs(10),
        "recovered in {recovered:?}"
    );
    // A sign-up is saved whole or not at all: answered 303 ⇒ its registration exists,
    // answered 503 ⇒ no account was left behind.
    for (email, status) in &signups {
        let e = email.clone();
        let exists = app
            .with_db(move |c| {
                use plenary::db::schema::users;
                users::table
                    .filter(users::email.eq(e))
                    .count()
                    .get_result::<i64>(c)
                    .expect("count")
            })
            .await;
        match status {
            Some(303) => assert_eq!(exists, 1, "{email}"),
            Some(503) => assert_eq!(exists, 0, "{email} half-written"),
            other => assert!(matches!(other, Some(200) | None), "{email}: {other:?}"),
        }
    }
}

#[tokio::test]
async fn a_sqlite_database_that_cannot_be_written_answers_a_sign_up_503_and_keeps_nothing() {
    if std::env::var("PLENARY_TEST_DATABASE_URL").is_ok_and(|u| !u.is_empty()) {
        eprintln!("skipped: SQLite only");
        return;
    }
    let app = TestApp::spawn_demo(5).await;
    let DatabaseUrl::Sqlite(path) = app.db.url().clone() else {
        panic!("the app runs on SQLite");
    };
    // Another process holds the write lock (a stuck writer, a long backup) for longer
    // than the busy timeout: the sign-up cannot write.
    let (locked_tx, locked_rx) = std::sync::mpsc::channel();
    let (release_tx, release_rx) = std::sync::mpsc::channel::<()>();
    let holder = std::thread::spawn(move || {
        use diesel::connection::SimpleConnection;
        let mut c = diesel::SqliteConnection::establish(&path).expect("second connection");
        c.batch_execute("BEGIN EXCLUSIVE; UPDATE conferences SET title = title;")
            .expect("take the write lock");
        locked_tx.send(()).unwrap();
        release_rx.recv().ok();
        c.batch_execute("ROLLBACK;").expect("release");
    });
    locked_rx.recv().unwrap();
    let email = "readonly@example.org";
    let page = "/c/ip-ai-2020/register";
    let fields = common::process::sign_up_fields(email);
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = app.submit(page, page, &fields).await;
    assert_eq!(r.status().as_u16(), 503);
    assert!(r.headers().get("retry-after").is_some());
    let body = r.text().await.unwrap();
    assert!(body.contains("Nothing was saved"), "{body}");
    release_tx.send(()).unwrap();
    holder.join().unwrap();

    let count = || {
        app.with_db(move |c| {
            use plenary::db::schema::users;
            users::table
                .filter(users::email.eq(email))
                .count()
                .get_result::<i64>(c)
                .expect("count")
        })
    };
    assert_eq!(count().await, 0, "nothing half-written");
    assert_eq!(app.drain().await.sent, 0, "no mail for what was not saved");
    // And the same sign-up goes through once the database can be written.
    let r = app.submit(page, page, &fields).await;
    assert_eq!(r.status().as_u16(), 303);
    assert_eq!(count().await, 1);
}
