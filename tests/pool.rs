//! The connection pool never hands out a connection that a panic or a failed commit
//! left inside a transaction. Without that rule the next request's "transaction" would
//! only be a savepoint inside the abandoned one: it would report success and its
//! writes would never be committed.

mod common;

use common::TestApp;
use diesel::RunQueryDsl;
use plenary::db::{Db, DbConn};
use plenary::web::error::AppError;

fn insert_user(c: &mut DbConn, email: &str) -> Result<(), AppError> {
    diesel::sql_query(
        "INSERT INTO users (id, email, name, country, time_zone, is_admin, created_at, updated_at) \
         VALUES ($1, $2, 'Pool Test', 'CH', 'Europe/Zurich', FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
    )
    .bind::<diesel::sql_types::Text, _>(uuid::Uuid::now_v7().to_string())
    .bind::<diesel::sql_types::Text, _>(email)
    .execute(c)?;
    Ok(())
}

#[derive(diesel::QueryableByName)]
struct Count {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
}

/// Counts users with `email` through a pool of its own, so that what it sees is
/// what was really committed.
async fn committed(app: &TestApp, email: &'static str) -> i64 {
    let other = Db::connect(app.db.url(), 1).expect("second pool");
    other
        .run(move |c| {
            let rows: Vec<Count> =
                diesel::sql_query("SELECT COUNT(*) AS n FROM users WHERE email = $1")
                    .bind::<diesel::sql_types::Text, _>(email)
                    .load(c)?;
            Ok::<_, AppError>(rows[0].n)
        })
        .await
        .expect("count")
}

#[tokio::test]
async fn a_panic_inside_a_write_transaction_leaves_the_next_request_unaffected() {
    // One connection: the request after the panic must get a clean one.
    let app = TestApp::spawn_with(|s| s.db_pool_size = 1).await;

    let panicked = app
        .db
        .write(|c| {
            insert_user(c, "lost@example.org")?;
            if std::hint::black_box(true) {
                panic!("a handler bug in the middle of a transaction");
            }
            Ok::<_, AppError>(())
        })
        .await;
    assert!(panicked.is_err(), "the panic surfaces as an error");

    app.db
        .write(|c| insert_user(c, "kept@example.org"))
        .await
        .expect("the next write succeeds");

    assert_eq!(committed(&app, "kept@example.org").await, 1);
    assert_eq!(committed(&app, "lost@example.org").await, 0);

    // And the page a visitor asks for next still answers.
    let r = app.get("/healthz").await;
    assert_eq!(r.status(), 200);
}
