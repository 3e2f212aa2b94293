//! `plenary backup` and `plenary restore` on the running app's database (SQLite, or
//! PostgreSQL with `PLENARY_TEST_DATABASE_URL`): a backup taken while people keep
//! signing up restores, into a fresh database, exactly the rows of its snapshot — and
//! that snapshot is one consistent moment; restore refuses a database that has tables.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use common::{Template, TestApp, TestDb};
use plenary::backup::{self, BackupError, TableCounts};
use plenary::config::DatabaseUrl;

async fn counts_of(app: &TestApp) -> TableCounts {
    app.with_db(|c| backup::table_counts(c).expect("count"))
        .await
}

fn url_string(url: &DatabaseUrl) -> String {
    match url {
        DatabaseUrl::Sqlite(p) => p.clone(),
        DatabaseUrl::Postgres(u) => u.clone(),
    }
}

/// Signs a new person up through the form, again and again, until `stop`.
fn keep_signing_up(
    app: &TestApp,
    stop: Arc<AtomicBool>,
    done: Arc<AtomicUsize>,
) -> tokio::task::JoinHandle<()> {
    let base = app.base.clone();
    tokio::spawn(async move {
        let client = common::new_client();
        let page = "/c/ip-ai-2020/register";
        let mut i = 0;
        while !stop.load(Ordering::Relaxed) {
            i += 1;
            let email = format!("load{i}@example.org");
            let name = format!("Load Person {i}");
            let r = common::submit_with(
                &client,
                &base,
                page,
                page,
                &[
                    ("name", name.as_str()),
                    ("email", email.as_str()),
                    ("country", "KE"),
                    ("time_zone", "Africa/Nairobi"),
                    ("password", "a sturdy passphrase"),
                    ("consent", "yes"),
                ],
            )
            .await;
            assert_eq!(r.status(), 303, "sign-up {i}");
            done.fetch_add(1, Ordering::SeqCst);
        }
    })
}

async fn wait_until(done: &AtomicUsize, at_least: usize) {
    for _ in 0..600 {
        if done.load(Ordering::SeqCst) >= at_least {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("sign-ups stalled at {}", done.load(Ordering::SeqCst));
}

#[tokio::test]
async fn a_backup_under_sign_ups_restores_its_snapshot_into_a_fresh_database() {
    let app = TestApp::spawn_from(Template::Demo(200), |s| s.rate_limits = false).await;
    let start = counts_of(&app).await;
    let (stop, done) = (
        Arc::new(AtomicBool::new(false)),
        Arc::new(AtomicUsize::new(0)),
    );
    let load = keep_signing_up(&app, stop.clone(), done.clone());
    wait_until(&done, 3).await;

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plenary.backup");
    let (url, to) = (app.db.url().clone(), file.clone());
    let snapshot = tokio::task::spawn_blocking(move || backup::backup(&url, &to))
        .await
        .unwrap()
        .expect("backup");
    let during = done.load(Ordering::SeqCst);
    wait_until(&done, during + 2).await;
    stop.store(true, Ordering::Relaxed);
    load.await.expect("sign-ups");
    let end = counts_of(&app).await;

    // The snapshot lies between the start and the end, and is one moment: every
    // sign-up in it has its account, registration, token, mail and audit record.
    assert_eq!(
        start.keys().collect::<Vec<_>>(),
        snapshot.tables.keys().collect::<Vec<_>>()
    );
    let new_in = |counts: &TableCounts, table: &str| counts[table] - start[table];
    let signed_up = new_in(&snapshot.tables, "users");
    assert!(signed_up >= 3, "{signed_up} sign-ups in the snapshot");
    assert!(
        snapshot.tables["users"] < end["users"],
        "writes went on after the backup"
    );
    for table in ["registrations", "email_tokens", "outbox"] {
        assert_eq!(new_in(&snapshot.tables, table), signed_up, "{table}");
    }
    assert!(snapshot.bytes > 0);

    let fresh = tokio::task::spawn_blocking(TestDb::fresh).await.unwrap();
    let (url, from) = (fresh.url.clone(), file.clone());
    let restored = tokio::task::spawn_blocking(move || backup::restore(&url, &from))
        .await
        .unwrap()
        .expect("restore");
    assert_eq!(restored.tables, snapshot.tables, "every table, row for row");
    assert_eq!(restored.pending_migrations, 0);

    // The restored database serves: the demo organizer signs in on it.
    let restored_app = TestApp::spawn_on(fresh).await;
    restored_app
        .sign_in_demo(&restored_app.client, "organizer@demo.plenary.test")
        .await;
    assert_eq!(restored_app.get("/readyz").await.status(), 200);
}

#[tokio::test]
async fn restore_refuses_a_database_that_has_tables_and_backup_never_overwrites() {
    let app = TestApp::spawn_demo(5).await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("b.backup");
    let url = app.db.url().clone();
    let before = counts_of(&app).await;
    let (u, f) = (url.clone(), file.clone());
    let outcome = tokio::task::spawn_blocking(move || {
        backup::backup(&u, &f).expect("backup");
        let again = backup::backup(&u, &f);
        let into_used = backup::restore(&u, &f);
        (again, into_used)
    })
    .await
    .unwrap();
    assert!(matches!(outcome.0, Err(BackupError::TargetExists(_))));
    let Err(e) = outcome.1 else {
        panic!("restored over a database with data")
    };
    assert!(matches!(e, BackupError::NotEmpty(n) if n > 10), "{e}");
    assert!(e.to_string().contains("EMPTY database"), "{e}");
    assert_eq!(counts_of(&app).await, before, "nothing changed");
}

/// The commands as an operator types them, through the binary.
#[tokio::test]
async fn the_backup_and_restore_commands_round_trip_and_say_what_they_did() {
    let app = TestApp::spawn_demo(5).await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("cli.backup");
    let plenary = |db: &DatabaseUrl, args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_plenary"))
            .args(args)
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("DATABASE_URL", url_string(db))
            .current_dir(dir.path())
            .output()
            .unwrap()
    };
    let file_arg = file.to_string_lossy().into_owned();
    let out = plenary(app.db.url(), &["backup", "--to", &file_arg]);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{said} {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        said.contains("Backed up") && said.contains("rows"),
        "{said}"
    );

    let out = plenary(app.db.url(), &["restore", "--from", &file_arg]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("EMPTY database") && err.contains("Nothing was changed"),
        "{err}"
    );

    let fresh = tokio::task::spawn_blocking(TestDb::fresh).await.unwrap();
    let out = plenary(&fresh.url, &["restore", "--from", &file_arg]);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{said} {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(said.contains("Restored"), "{said}");
    let restored = TestApp::spawn_on(fresh).await;
    assert_eq!(counts_of(&restored).await, counts_of(&app).await);
}
