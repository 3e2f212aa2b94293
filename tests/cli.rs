//! The `plenary` binary: help for every command, and one clear line with exit code 2
//! for bad configuration.

use std::process::Command;

fn plenary() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_plenary"));
    // A clean environment: no .env from the developer's checkout.
    c.env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default());
    c.current_dir(std::env::temp_dir());
    c
}

#[test]
fn help_lists_every_command() {
    let out = plenary().arg("--help").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    for cmd in [
        "serve",
        "migrate",
        "seed-demo",
        "create-admin",
        "demo",
        "backup",
        "restore",
    ] {
        assert!(text.contains(cmd), "--help lacks {cmd}");
        let sub = plenary().args([cmd, "--help"]).output().unwrap();
        assert!(sub.status.success(), "{cmd} --help");
    }
}

#[test]
fn bad_configuration_is_one_line_naming_the_variable_and_exit_code_2() {
    for (var, value) in [
        ("DATABASE_URL", "mysql://localhost/x"),
        ("PLENARY_ADDR", "nowhere"),
        ("PLENARY_SECRET_KEY", "short"),
        ("PLENARY_AUTO_MIGRATE", "perhaps"),
    ] {
        let out = plenary().arg("migrate").env(var, value).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{var}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.trim().lines().count(), 1, "{err}");
        assert!(err.contains(var), "{err}");
        assert!(!err.contains("panicked"));
    }
}

#[test]
fn serve_without_a_secret_key_is_refused_with_exit_code_2() {
    let dir = tempfile::tempdir().unwrap();
    let out = plenary()
        .arg("serve")
        .env("DATABASE_URL", dir.path().join("x.db"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("PLENARY_SECRET_KEY"));
}

#[test]
fn an_unreachable_postgres_is_reported_with_exit_code_2() {
    let out = plenary()
        .arg("migrate")
        .env("DATABASE_URL", "postgres://postgres@127.0.0.1:1/none")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("DATABASE_URL"), "{err}");
}

#[test]
fn create_admin_takes_the_password_from_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("admin.db");
    let out = plenary()
        .args([
            "create-admin",
            "--email",
            "Root@Example.org",
            "--name",
            "Zoë Admin",
        ])
        .env("DATABASE_URL", &db)
        .env("PLENARY_ADMIN_PASSWORD", "a long enough password")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("root@example.org"));
    let short = plenary()
        .args(["create-admin", "--email", "x@example.org", "--name", "X"])
        .env("DATABASE_URL", &db)
        .env("PLENARY_ADMIN_PASSWORD", "short")
        .output()
        .unwrap();
    assert_eq!(short.status.code(), Some(2));
}

mod common;

/// Stops the child server however the test ends.
struct Child(std::process::Child);

impl Drop for Child {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[tokio::test]
async fn the_quick_start_demo_serves_the_agenda_and_a_live_join_link() {
    let dir = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let child = plenary()
        .args(["demo", "--registrants", "200"])
        .current_dir(dir.path())
        .env("PLENARY_ADDR", format!("127.0.0.1:{port}"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut child = Child(child);
    let base = format!("http://127.0.0.1:{port}");
    let client = common::new_client();
    let mut up = false;
    for _ in 0..200 {
        if client
            .get(format!("{base}/healthz"))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            up = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(up, "demo did not start");
    assert!(
        dir.path().join("plenary.db").exists(),
        "the default SQLite file"
    );
    let agenda = client
        .get(format!("{base}/c/ip-ai-2020/agenda"))
        .send()
        .await
        .unwrap();
    assert_eq!(agenda.status().as_u16(), 200);
    assert!(
        agenda
            .text()
            .await
            .unwrap()
            .contains("Opening by the Director General")
    );
    // On the simulated clock the opening starts in ten minutes: its join link is live.
    let r = common::login_with(&client, &base, "attendee@demo.plenary.test", "plenary-demo").await;
    assert_eq!(r.status().as_u16(), 303);
    let me = client
        .get(format!("{base}/c/ip-ai-2020/me"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        me.contains("Join the session"),
        "a join link ten minutes before the opening"
    );
    let _ = child.0.kill();
    let mut out = String::new();
    use std::io::Read;
    child
        .0
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut out)
        .unwrap();
    for needle in [
        "admin@demo.plenary.test",
        "plenary-demo",
        "simulated clock",
        "mail-out",
    ] {
        assert!(out.contains(needle), "demo output lacks {needle}: {out}");
    }
}
