//! Behind a trusted reverse proxy, rate limits see each visitor's own address (from
//! `X-Forwarded-For`); from any other peer, forged forwarding headers change nothing.

mod common;

use common::{Page, Template, TestApp, location};

const FORM: &str = "/c/ip-ai-2020/register";

/// Posts one sign-up as if forwarded for `client` by a proxy on loopback.
async fn sign_up_via(app: &TestApp, csrf: &str, n: usize, client: &str) -> reqwest::Response {
    let email = format!("delegate{n}@mission.example");
    app.client
        .post(app.url(FORM))
        .header("X-Forwarded-For", client)
        .form(&[
            ("csrf", csrf),
            ("name", "Delegate of a Mission"),
            ("email", email.as_str()),
            ("country", "KE"),
            ("organization", ""),
            ("time_zone", "Africa/Nairobi"),
            ("password", "a sturdy passphrase"),
            ("consent", "yes"),
        ])
        .send()
        .await
        .expect("POST")
}

async fn csrf(app: &TestApp) -> String {
    let (_, html) = app.get_html(FORM).await;
    Page::parse(&html).csrf()
}

#[tokio::test]
async fn behind_a_trusted_proxy_200_visitors_sign_up_within_a_minute() {
    let app = TestApp::spawn_from(Template::Demo(5), |s| {
        s.trusted_proxies = vec!["127.0.0.1/32".parse().expect("cidr")];
    })
    .await;
    let token = csrf(&app).await;
    let started = std::time::Instant::now();
    for n in 0..200 {
        let client = format!("203.0.{}.{}", n / 100, n % 100 + 1);
        // What a proxy chain appends: whatever the client claimed, then the client.
        let chain = format!("1.1.1.1, {client}");
        let r = sign_up_via(&app, &token, n, &chain).await;
        assert_eq!(r.status().as_u16(), 303, "sign-up {n} from {client}");
        assert_eq!(location(&r), "/c/ip-ai-2020/register/sent");
    }
    assert!(
        started.elapsed() < std::time::Duration::from_secs(60),
        "took {:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn forged_forwarding_headers_from_an_untrusted_peer_change_nothing() {
    // No trusted proxies: the TCP peer (loopback) is the client, whatever it claims.
    let app = TestApp::spawn_demo(5).await;
    let token = csrf(&app).await;
    let mut limited = 0;
    for n in 0..50 {
        let forged = format!("198.51.100.{}", n + 1);
        let r = sign_up_via(&app, &token, n, &forged).await;
        match r.status().as_u16() {
            303 => {}
            429 => limited += 1,
            other => panic!("sign-up {n}: {other}"),
        }
    }
    // The per-address burst is 40: ten of fifty are refused from one peer.
    assert!(limited >= 9, "only {limited} of 50 refused");
}
