//! The mail server away for 60 s during a sign-up burst (issue 13, point 4), with the
//! real binary and its own worker: meanwhile the organizer's Outbox page shows the
//! backlog and the last error; once the mail server is back, every acknowledged
//! sign-up's confirmation arrives exactly once, and nothing else does.

mod common;

use std::collections::HashMap;
use std::time::{Duration, Instant};

use common::process::{self, Server};
use common::smtp::SmtpSink;
use common::{DEMO_PASSWORD, Template, TestDb};

const SLUG: &str = "ip-ai-2020";
const BURST: usize = 40;
const OUTAGE: Duration = Duration::from_secs(60);

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sixty_seconds_without_a_mail_server_lose_and_double_nothing() {
    let test_db = tokio::task::spawn_blocking(|| TestDb::from_template(Template::Demo(5)))
        .await
        .expect("template");
    let mut sink = SmtpSink::start();
    let server = Server::serve(&test_db.url, &sink.url(), &[], &[]).await;
    let organizer = common::new_client();
    let r = common::login_with(
        &organizer,
        &server.base,
        "organizer@demo.plenary.test",
        DEMO_PASSWORD,
    )
    .await;
    assert_eq!(r.status().as_u16(), 303);

    // The mail server goes away; a burst of sign-ups arrives.
    sink.stop();
    let down_since = Instant::now();
    let tasks: Vec<_> = (0..BURST)
        .map(|i| {
            let base = server.base.clone();
            tokio::spawn(async move {
                let email = format!("outage-{i}@example.org");
                let status = process::sign_up(&base, SLUG, &email).await;
                (email, status)
            })
        })
        .collect();
    let mut acknowledged = Vec::new();
    for t in tasks {
        let (email, status) = t.await.expect("sign-up task");
        assert_eq!(status, Some(303), "{email} signs up while mail is down");
        acknowledged.push(email);
    }

    // The organizer sees the backlog and why.
    let outbox = server.url(&format!("/organize/c/{SLUG}/outbox"));
    let deadline = Instant::now() + Duration::from_secs(20);
    let page = loop {
        let page = organizer
            .get(&outbox)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        if page.contains("Last error:") || Instant::now() > deadline {
            break page;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    };
    assert!(
        page.contains("messages are waiting to be sent"),
        "the backlog is shown"
    );
    assert!(page.contains("Last error:"), "the last error is shown");
    assert!(sink.received().is_empty());

    // Back after a minute: every confirmation arrives, once.
    tokio::time::sleep(OUTAGE.saturating_sub(down_since.elapsed())).await;
    sink.restart();
    let back = Instant::now();
    let deadline = back + Duration::from_secs(120);
    let delivered = loop {
        let mut by_to: HashMap<String, usize> = HashMap::new();
        for m in sink.received() {
            *by_to.entry(m.to).or_insert(0) += 1;
        }
        if by_to.len() >= BURST || Instant::now() > deadline {
            // A moment more, to catch a duplicate that would follow.
            tokio::time::sleep(Duration::from_secs(2)).await;
            let mut by_to: HashMap<String, usize> = HashMap::new();
            for m in sink.received() {
                *by_to.entry(m.to).or_insert(0) += 1;
            }
            break by_to;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    eprintln!(
        "mail outage ({}): {} sign-ups during {} s without mail; {} delivered {:.1} s after \
         the mail server returned",
        test_db.url.backend_name(),
        acknowledged.len(),
        OUTAGE.as_secs(),
        delivered.values().sum::<usize>(),
        back.elapsed().as_secs_f64() - 2.0,
    );
    for email in &acknowledged {
        assert_eq!(delivered.get(email), Some(&1), "{email}");
    }
    assert_eq!(delivered.len(), acknowledged.len(), "no other mail");
    let page = organizer
        .get(&outbox)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!page.contains("waiting to be sent"), "the backlog is gone");
    assert!(!server.log_text().contains("panicked"));
}
