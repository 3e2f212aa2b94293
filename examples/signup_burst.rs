//! Fires N sign-ups at once at a running Plenary (each its own browser: GET the form
//! for the CSRF token, POST it) and reports the wall time and latency percentiles.
//! Run against a server started with PLENARY_RATE_LIMITS=off, e.g. via
//! `scripts/bench.sh`, or: `cargo run --release --example signup_burst -- http://127.0.0.1:8080 ip-ai-2020 200 [concurrency]`

use std::time::{Duration, Instant};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let base = args
        .next()
        .unwrap_or_else(|| "http://127.0.0.1:8080".into());
    let slug = args.next().unwrap_or_else(|| "ip-ai-2020".into());
    let n: usize = args.next().map(|s| s.parse()).transpose()?.unwrap_or(200);
    // At most this many sign-ups in flight (browsers at once); all of them by default.
    let concurrency: usize = args.next().map(|s| s.parse()).transpose()?.unwrap_or(n);
    let gate = std::sync::Arc::new(tokio::sync::Semaphore::new(concurrency.max(1)));
    let run = uuid::Uuid::new_v4().simple().to_string();
    let started = Instant::now();
    let mut tasks = Vec::new();
    for i in 0..n {
        let (base, slug, run) = (base.clone(), slug.clone(), run.clone());
        let gate = std::sync::Arc::clone(&gate);
        tasks.push(tokio::spawn(async move {
            let _turn = gate.acquire_owned().await?;
            plenary::tls::install();
            let client = reqwest::Client::builder()
                .cookie_store(true)
                .redirect(reqwest::redirect::Policy::none())
                .build()?;
            let t = Instant::now();
            let page = client
                .get(format!("{base}/c/{slug}/register"))
                .send()
                .await?
                .text()
                .await?;
            let marker = "name=\"csrf\" value=\"";
            let start = page
                .find(marker)
                .ok_or_else(|| anyhow::anyhow!("no csrf field"))?
                + marker.len();
            let csrf = page[start..]
                .split('"')
                .next()
                .unwrap_or_default()
                .to_string();
            let email = format!("burst-{run}-{i}@example.org");
            let r = client
                .post(format!("{base}/c/{slug}/register"))
                .form(&[
                    ("csrf", csrf.as_str()),
                    ("name", "Burst Participant"),
                    ("email", email.as_str()),
                    ("country", "CH"),
                    ("organization", ""),
                    ("time_zone", "Europe/Zurich"),
                    ("password", "burst password 123"),
                    ("consent", "yes"),
                ])
                .send()
                .await?;
            anyhow::ensure!(
                r.status().as_u16() == 303,
                "sign-up answered {}",
                r.status()
            );
            Ok::<Duration, anyhow::Error>(t.elapsed())
        }));
    }
    let mut latencies = Vec::new();
    let mut failures = 0;
    for t in tasks {
        match t.await? {
            Ok(d) => latencies.push(d),
            Err(e) => {
                failures += 1;
                eprintln!("failed: {e}");
            }
        }
    }
    let wall = started.elapsed();
    latencies.sort();
    let pct = |p: f64| {
        latencies
            .get(((latencies.len() as f64 - 1.0) * p) as usize)
            .copied()
            .unwrap_or_default()
    };
    println!(
        "{n} sign-ups, {concurrency} at a time: {:.2} s wall, {:.1} sign-ups/s, p50 {} ms, p99 {} ms, {failures} failed",
        wall.as_secs_f64(),
        latencies.len() as f64 / wall.as_secs_f64(),
        pct(0.5).as_millis(),
        pct(0.99).as_millis()
    );
    Ok(())
}
