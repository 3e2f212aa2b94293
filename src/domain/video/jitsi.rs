//! Jitsi Meet with JWT authentication: the meeting URL `https://{domain}/{room}?jwt=…`
//! with an HS256 token signed by the app secret. The token names the exact room
//! (never `*`), is valid only within the person's join window, and says
//! `moderator: true` (top-level and in `context.user`) for hosts alone. Whether the
//! server honours that depends on its Prosody setup (see the README).

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Utc};
use hmac::{Hmac, KeyInit, Mac};
use serde::Serialize;
use sha2::Sha256;

use super::MeetingRole;

/// The deployment as a conference configured it.
#[derive(Clone, Copy, Debug)]
pub struct Deployment<'a> {
    /// `meet.example.org` (a scheme, if given, is kept).
    pub domain: &'a str,
    pub app_id: &'a str,
    pub secret: &'a str,
}

/// Who joins which room, and for how long the token holds.
#[derive(Clone, Debug)]
pub struct Entry<'a> {
    pub room: &'a str,
    pub user_id: &'a str,
    pub name: &'a str,
    pub email: &'a str,
    pub role: MeetingRole,
    /// When the person's join window opens and when the session ends.
    pub not_before: DateTime<Utc>,
    pub expires: DateTime<Utc>,
}

#[derive(Serialize)]
struct Claims<'a> {
    aud: &'a str,
    iss: &'a str,
    sub: &'a str,
    room: &'a str,
    nbf: i64,
    exp: i64,
    moderator: bool,
    context: Context<'a>,
}

#[derive(Serialize)]
struct Context<'a> {
    user: User<'a>,
}

#[derive(Serialize)]
struct User<'a> {
    id: &'a str,
    name: &'a str,
    email: &'a str,
    moderator: bool,
}

impl Deployment<'_> {
    /// The host name the token's `sub` names (the domain without a scheme or path).
    pub fn host(&self) -> &str {
        let d = self.domain.trim();
        let d = d
            .strip_prefix("https://")
            .or_else(|| d.strip_prefix("http://"))
            .unwrap_or(d);
        d.split('/').next().unwrap_or(d)
    }

    /// The signed token for `entry`.
    pub fn token(&self, entry: &Entry<'_>) -> String {
        let host = entry.role.is_host();
        let claims = Claims {
            aud: "jitsi",
            iss: self.app_id,
            sub: self.host(),
            room: entry.room,
            nbf: entry.not_before.timestamp(),
            exp: entry.expires.timestamp(),
            moderator: host,
            context: Context {
                user: User {
                    id: entry.user_id,
                    name: entry.name,
                    email: entry.email,
                    moderator: host,
                },
            },
        };
        let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"HS256","typ":"JWT"}"#);
        let body = serde_json::to_vec(&claims).expect("claims serialize");
        let signing_input = format!("{header}.{}", URL_SAFE_NO_PAD.encode(body));
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(self.secret.as_bytes())
            .expect("any key length");
        mac.update(signing_input.as_bytes());
        let signature = URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes());
        format!("{signing_input}.{signature}")
    }

    /// The meeting URL for `entry`, token included.
    pub fn join_url(&self, entry: &Entry<'_>) -> String {
        format!(
            "https://{}/{}?jwt={}",
            self.host(),
            entry.room,
            self.token(entry)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn entry(role: MeetingRole) -> Entry<'static> {
        Entry {
            room: "plenary-abc",
            user_id: "u1",
            name: "Ada",
            email: "ada@example.org",
            role,
            not_before: Utc.with_ymd_and_hms(2020, 7, 7, 12, 50, 0).unwrap(),
            expires: Utc.with_ymd_and_hms(2020, 7, 7, 14, 30, 0).unwrap(),
        }
    }

    fn claims(token: &str) -> serde_json::Value {
        let body = token.split('.').nth(1).unwrap();
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(body).unwrap()).unwrap()
    }

    #[test]
    fn tokens_name_the_exact_room_and_the_window() {
        let d = Deployment {
            domain: "https://meet.example.org/",
            app_id: "plenary",
            secret: "s3cret",
        };
        let c = claims(&d.token(&entry(MeetingRole::Viewer)));
        assert_eq!(c["room"], "plenary-abc");
        assert_eq!(c["sub"], "meet.example.org");
        assert_eq!(c["iss"], "plenary");
        assert_eq!(c["nbf"], 1_594_126_200);
        assert_eq!(c["exp"], 1_594_132_200);
        assert_eq!(c["moderator"], false);
        assert_eq!(c["context"]["user"]["moderator"], false);
        let host = claims(&d.token(&entry(MeetingRole::Moderator)));
        assert_eq!(host["moderator"], true);
        assert_eq!(host["context"]["user"]["moderator"], true);
        assert!(
            d.join_url(&entry(MeetingRole::Viewer))
                .starts_with("https://meet.example.org/plenary-abc?jwt=ey")
        );
    }
}
