//! When the database goes away, visitors get a 503 page with `Retry-After` (the error
//! says "try again shortly"), never a 500. PostgreSQL only: the test removes the
//! running app's database from under it, which is what a failover looks like to the
//! pool. On SQLite there is no server to lose; the mapping itself is unit-tested in
//! `web::error`.

mod common;

use common::TestApp;
use diesel::{Connection, RunQueryDsl};
use plenary::config::DatabaseUrl;

#[tokio::test]
async fn a_lost_database_answers_503_with_retry_after() {
    let Ok(admin_url) = std::env::var("PLENARY_TEST_DATABASE_URL") else {
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
