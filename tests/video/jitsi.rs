//! Jitsi: tokens decoded with an independent JWT library (the `jwt` crate on
//! hmac 0.12 / sha2 0.10), their claims asserted for each kind of person.

use std::collections::BTreeMap;

use chrono::Duration;
use common::location;
use diesel::prelude::*;
use plenary::db::schema::sessions;

use crate::common;
use crate::helpers::*;

#[tokio::test]
async fn jitsi_tokens_name_the_room_the_window_and_the_role() {
    use hmac012::{Hmac, Mac};
    use jwt::VerifyWithKey;
    use sha2_010::Sha256;
    logs();
    let app = spawn(5).await;
    let (session, start) = shared_session(&app).await;
    configure(
        &app,
        &[
            ("video_platform", "jitsi"),
            ("jitsi_domain", "meet.example.org"),
            ("jitsi_app_id", "plenary-app"),
            ("jitsi_secret", JITSI_SECRET),
        ],
    )
    .await;
    app.clock.set(start);
    let key: Hmac<Sha256> = Hmac::new_from_slice(JITSI_SECRET.as_bytes()).unwrap();
    let wrong: Hmac<Sha256> = Hmac::new_from_slice(b"not the secret").unwrap();
    let end: chrono::NaiveDateTime = {
        let s = session.clone();
        app.with_db(move |c| {
            sessions::table
                .find(s)
                .select(sessions::ends_at)
                .first(c)
                .unwrap()
        })
        .await
    };
    for (email, host) in [
        (ATTENDEE, false),
        (MODERATOR, true),
        (SPEAKER, true),
        (ORGANIZER, true),
    ] {
        let r = join(&app, &app.demo_browser(email).await, &session).await;
        assert_eq!(r.status().as_u16(), 303, "{email}");
        let to = location(&r);
        let (room_url, token) = to.split_once("?jwt=").expect("a token");
        let room = format!("plenary-{}", session.replace('-', ""));
        assert_eq!(room_url, format!("https://meet.example.org/{room}"));
        let claims: BTreeMap<String, serde_json::Value> = token
            .verify_with_key(&key)
            .expect("HS256 with the app secret");
        assert!(
            VerifyWithKey::<BTreeMap<String, serde_json::Value>>::verify_with_key(token, &wrong)
                .is_err()
        );
        assert_eq!(claims["room"], room.as_str(), "exact room, never *");
        assert_eq!(claims["iss"], "plenary-app");
        assert_eq!(claims["sub"], "meet.example.org");
        assert_eq!(claims["aud"], "jitsi");
        assert_eq!(claims["moderator"], host, "{email}");
        assert_eq!(claims["context"]["user"]["moderator"], host, "{email}");
        assert_eq!(claims["context"]["user"]["email"], email);
        assert!(
            claims["context"]["user"]["id"]
                .as_str()
                .is_some_and(|s| s.len() == 36)
        );
        let lead = if host { 30 } else { 15 };
        assert_eq!(
            claims["nbf"].as_i64().unwrap(),
            (start - Duration::minutes(lead)).timestamp(),
            "{email}"
        );
        assert_eq!(claims["exp"].as_i64().unwrap(), end.and_utc().timestamp());
    }
}
