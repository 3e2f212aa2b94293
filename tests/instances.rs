//! Two `plenary serve` processes on one PostgreSQL database, both running the outbox
//! worker, as behind a load balancer (issue 13, point 2): 2,000 queued mails are
//! delivered exactly once between them (counted at the SMTP server by recipient and
//! Message-ID), and a browser signed in on one instance is signed in on the other,
//! and signed out on both by a logout on either.
//!
//! Several processes on one SQLite file are not a supported deployment (README), so
//! on SQLite the test says so and returns.

mod common;

use std::collections::HashSet;
use std::time::{Duration, Instant};

use common::process::{self, Server};
use common::smtp::SmtpSink;
use common::{DEMO_PASSWORD, Template, TestDb};

const MAILS: usize = 2000;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_instances_deliver_every_mail_once_and_share_sign_ins() {
    let test_db = tokio::task::spawn_blocking(|| TestDb::from_template(Template::Demo(5)))
        .await
        .expect("template");
    if !test_db.is_postgres() {
        eprintln!("skipped on SQLite: several instances need PostgreSQL");
        return;
    }
    let url = test_db.url.clone();
    tokio::task::spawn_blocking(move || process::queue_mails(&url, "pair", MAILS))
        .await
        .expect("queue task");
    let sink = SmtpSink::start();
    let started = Instant::now();
    let a = Server::serve(&test_db.url, &sink.url(), &[], &[]).await;
    let b = Server::serve(&test_db.url, &sink.url(), &[], &[]).await;

    // Signed in on A, the same browser is signed in on B; a logout on B ends it on A.
    let browser = common::new_client();
    let r = common::login_with(
        &browser,
        &a.base,
        "organizer@demo.plenary.test",
        DEMO_PASSWORD,
    )
    .await;
    assert_eq!(r.status().as_u16(), 303, "signed in on A");
    for server in [&a, &b] {
        let r = browser.get(server.url("/account")).send().await.unwrap();
        assert_eq!(
            r.status().as_u16(),
            200,
            "{} answers the signed-in user",
            server.base
        );
        assert!(
            r.text()
                .await
                .unwrap()
                .contains("organizer@demo.plenary.test")
        );
    }
    let account = browser
        .get(b.url("/account"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let r = browser
        .post(b.url("/logout"))
        .form(&[("csrf", common::csrf_in(&account))])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 303, "signed out on B");
    let r = browser.get(a.url("/account")).send().await.unwrap();
    assert!(r.status().is_redirection(), "and so on A");

    // Both workers drain the one outbox.
    let deadline = Instant::now() + Duration::from_secs(180);
    loop {
        let url = test_db.url.clone();
        let state = tokio::task::spawn_blocking(move || process::outbox_state(&url))
            .await
            .expect("outbox task");
        if state.queued == 0 {
            assert_eq!(state.failed, 0, "{state:?}");
            break;
        }
        assert!(Instant::now() < deadline, "outbox not drained: {state:?}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let drained_in = started.elapsed();
    let mails: Vec<_> = sink
        .received()
        .into_iter()
        .filter(|m| m.to.starts_with("pair-"))
        .collect();
    let recipients: HashSet<&str> = mails.iter().map(|m| m.to.as_str()).collect();
    let ids: HashSet<&str> = mails.iter().map(|m| m.message_id.as_str()).collect();
    let sent_by = |s: &Server| {
        strip_ansi(&s.log_text())
            .lines()
            .filter(|l| l.contains("outbox drained"))
            .filter_map(|l| {
                l.split("sent=")
                    .nth(1)?
                    .split(|c: char| !c.is_ascii_digit())
                    .next()?
                    .parse::<usize>()
                    .ok()
            })
            .sum::<usize>()
    };
    eprintln!(
        "two instances: {} deliveries, {} recipients, {} Message-IDs in {:.1} s \
         (A logged {} sent, B {})",
        mails.len(),
        recipients.len(),
        ids.len(),
        drained_in.as_secs_f64(),
        sent_by(&a),
        sent_by(&b),
    );
    assert_eq!(recipients.len(), MAILS, "every mail delivered");
    assert_eq!(mails.len(), MAILS, "no mail delivered twice");
    assert_eq!(ids.len(), MAILS, "one Message-ID per mail");
    assert!(sent_by(&a) > 0 && sent_by(&b) > 0, "both workers took part");
    for s in [&a, &b] {
        assert!(!s.log_text().contains("panicked"), "{}", s.log_text());
    }
}

/// The log without terminal colour codes.
fn strip_ansi(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}
