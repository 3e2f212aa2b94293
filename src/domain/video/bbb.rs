//! BigBlueButton's API, as pure functions: each call is `GET {api}/{call}?{query}
//! &checksum={hex(SHA(call + query + secret))}`, the checksum computed over exactly
//! the query string that is sent (SHA-256 by default; SHA-1 for servers older than
//! 2.5 that know nothing else). Builders for the calls Plenary makes (`create`,
//! `join`, `getMeetings`), the reading of the server's XML answer, and the signed
//! token that Plenary's own callback URLs carry.

use chrono::{DateTime, Utc};
use hmac::{Hmac, KeyInit, Mac};
use sha1::Sha1;
use sha2::{Digest, Sha256};

use super::MeetingRole;

/// The hash the server expects in `checksum`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, diesel::AsExpression, diesel::FromSqlRow)]
#[diesel(sql_type = diesel::sql_types::Text)]
pub enum ChecksumAlgorithm {
    Sha1,
    Sha256,
}

impl ChecksumAlgorithm {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Sha1 => "sha1",
            Self::Sha256 => "sha256",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "sha1" => Some(Self::Sha1),
            "sha256" => Some(Self::Sha256),
            _ => None,
        }
    }
}

/// `hex(SHA(call + query + secret))`: `query` is the query string exactly as sent,
/// without the `checksum` parameter.
pub fn checksum(algorithm: ChecksumAlgorithm, call: &str, query: &str, secret: &str) -> String {
    let input = [call.as_bytes(), query.as_bytes(), secret.as_bytes()].concat();
    match algorithm {
        ChecksumAlgorithm::Sha1 => hex::encode(Sha1::digest(&input)),
        ChecksumAlgorithm::Sha256 => hex::encode(Sha256::digest(&input)),
    }
}

/// One BigBlueButton server as a conference configured it.
#[derive(Clone, Copy, Debug)]
pub struct Server<'a> {
    /// The server's URL as given (`https://host/bigbluebutton/` or its `…/api`).
    pub url: &'a str,
    pub secret: &'a str,
    pub algorithm: ChecksumAlgorithm,
}

/// What `create` says about the meeting.
#[derive(Clone, Debug)]
pub struct CreateMeeting<'a> {
    pub meeting_id: &'a str,
    pub name: &'a str,
    pub record: bool,
    /// Where people land when they leave: the session's page on Plenary.
    pub logout_url: &'a str,
    pub conference: &'a str,
    pub session: &'a str,
    /// Plenary's callback URLs (carrying the meeting's token).
    pub end_callback_url: &'a str,
    pub analytics_callback_url: &'a str,
}

/// Who joins, and as what.
#[derive(Clone, Debug)]
pub struct JoinMeeting<'a> {
    pub meeting_id: &'a str,
    pub full_name: &'a str,
    /// The Plenary user id.
    pub user_id: &'a str,
    pub role: MeetingRole,
}

impl Server<'_> {
    /// The API's base URL, without a trailing slash.
    pub fn api_base(&self) -> String {
        let base = self.url.trim().trim_end_matches('/');
        if base.ends_with("/api") {
            base.to_string()
        } else {
            format!("{base}/api")
        }
    }

    /// The signed URL of `call` with these parameters, in this order.
    pub fn call_url(&self, call: &str, params: &[(&str, &str)]) -> String {
        let query = serde_urlencoded::to_string(params).unwrap_or_default();
        let sum = checksum(self.algorithm, call, &query, self.secret);
        let sep = if query.is_empty() { "" } else { "&" };
        format!("{}/{call}?{query}{sep}checksum={sum}", self.api_base())
    }

    /// `create`, idempotent per meeting id (a second call answers with the meeting
    /// that exists).
    pub fn create_url(&self, m: &CreateMeeting<'_>) -> String {
        self.call_url(
            "create",
            &[
                ("name", m.name),
                ("meetingID", m.meeting_id),
                ("record", if m.record { "true" } else { "false" }),
                ("autoStartRecording", "false"),
                (
                    "allowStartStopRecording",
                    if m.record { "true" } else { "false" },
                ),
                ("muteOnStart", "true"),
                ("logoutURL", m.logout_url),
                ("meta_plenary-conference", m.conference),
                ("meta_plenary-session", m.session),
                ("meta_endCallbackUrl", m.end_callback_url),
                ("meta_analytics-callback-url", m.analytics_callback_url),
            ],
        )
    }

    /// `join` with the role (BigBlueButton 2.4 and later; no passwords), sending the
    /// browser straight into the meeting.
    pub fn join_url(&self, j: &JoinMeeting<'_>) -> String {
        self.call_url(
            "join",
            &[
                ("fullName", j.full_name),
                ("meetingID", j.meeting_id),
                ("userID", j.user_id),
                ("role", j.role.as_str()),
                ("redirect", "true"),
            ],
        )
    }

    /// `getMeetings`: what the "test connection" button calls.
    pub fn get_meetings_url(&self) -> String {
        self.call_url("getMeetings", &[])
    }
}

/// The server's answer to an API call that did not succeed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    /// `messageKey`, e.g. `checksumError`.
    pub key: String,
    pub message: String,
}

/// Reads a `<response>`: `Ok` on `<returncode>SUCCESS</returncode>`, else the
/// server's `messageKey` and `message` (or what the body was, if not that XML).
pub fn read_response(body: &str) -> Result<(), Failure> {
    match tag(body, "returncode") {
        Some("SUCCESS") => Ok(()),
        Some(_) => Err(Failure {
            key: tag(body, "messageKey").unwrap_or("FAILED").to_string(),
            message: tag(body, "message").unwrap_or_default().to_string(),
        }),
        None => Err(Failure {
            key: "notBigBlueButton".into(),
            message: "the answer was not a BigBlueButton API response".into(),
        }),
    }
}

fn tag<'b>(body: &'b str, name: &str) -> Option<&'b str> {
    let open = format!("<{name}>");
    let close = format!("</{name}>");
    let start = body.find(&open)? + open.len();
    let len = body[start..].find(&close)?;
    Some(body[start..start + len].trim())
}

/// The token in Plenary's callback URLs for one meeting: HMAC-SHA256 of the meeting
/// id under the conference's shared secret, so that only the server that knows the
/// secret (and got the URL from `create`) can post attendance for that meeting.
pub fn callback_token(secret: &str, meeting_id: &str) -> String {
    let mut mac =
        <Hmac<Sha256> as KeyInit>::new_from_slice(secret.as_bytes()).expect("any key length");
    mac.update(b"plenary-callback:");
    mac.update(meeting_id.as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

/// Checks a callback token in constant time.
pub fn callback_token_ok(secret: &str, meeting_id: &str, token: &str) -> bool {
    use subtle::ConstantTimeEq;
    let want = callback_token(secret, meeting_id);
    want.len() == token.len() && bool::from(want.as_bytes().ct_eq(token.as_bytes()))
}

/// One attendee's stays from the analytics callback.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AttendeeStays {
    /// `ext_user_id`: the `userID` Plenary gave on `join`.
    pub user_id: String,
    pub stays: Vec<(DateTime<Utc>, Option<DateTime<Utc>>)>,
}

/// Reads BigBlueButton's analytics callback body (`data.attendees[]` with
/// `ext_user_id`, `joins` and `leaves`, times as RFC 3339 strings or epoch
/// milliseconds): the n-th join pairs with the n-th leave, a join without one stays
/// open. `None` when the body is not that JSON.
pub fn read_analytics(body: &[u8]) -> Option<Vec<AttendeeStays>> {
    let v: serde_json::Value = serde_json::from_slice(body).ok()?;
    let attendees = v.get("data")?.get("attendees")?.as_array()?;
    let times = |a: &serde_json::Value, key: &str| -> Vec<DateTime<Utc>> {
        let mut t: Vec<DateTime<Utc>> = a
            .get(key)
            .and_then(|x| x.as_array())
            .map(|xs| xs.iter().filter_map(time).collect())
            .unwrap_or_default();
        t.sort();
        t
    };
    Some(
        attendees
            .iter()
            .filter_map(|a| {
                let user_id = a.get("ext_user_id")?.as_str()?.to_string();
                let (joins, leaves) = (times(a, "joins"), times(a, "leaves"));
                let stays = joins
                    .iter()
                    .enumerate()
                    .map(|(i, &j)| (j, leaves.get(i).copied().filter(|&l| l >= j)))
                    .collect();
                Some(AttendeeStays { user_id, stays })
            })
            .collect(),
    )
}

fn time(v: &serde_json::Value) -> Option<DateTime<Utc>> {
    let t = match v {
        serde_json::Value::String(s) => DateTime::parse_from_rfc3339(s).ok()?.with_timezone(&Utc),
        serde_json::Value::Number(n) => DateTime::from_timestamp_millis(n.as_i64()?)?,
        _ => return None,
    };
    // Whole seconds: what both databases keep alike, so a repeat matches exactly.
    DateTime::from_timestamp(t.timestamp(), 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOCS_SECRET: &str = "639259d4-9dd8-4b25-bf01-95f9567eaf4b";
    const DOCS_QUERY: &str =
        "name=Test+Meeting&meetingID=abc123&attendeePW=111222&moderatorPW=333444";

    #[test]
    fn checksum_matches_the_api_docs_example() {
        assert_eq!(
            checksum(ChecksumAlgorithm::Sha1, "create", DOCS_QUERY, DOCS_SECRET),
            "1fcbb0c4fc1f039f73aa6d697d2db9ba7f803f17"
        );
        let sha256 = checksum(ChecksumAlgorithm::Sha256, "create", DOCS_QUERY, DOCS_SECRET);
        assert_eq!(sha256.len(), 64);
        assert_eq!(
            sha256,
            hex::encode(Sha256::digest(
                format!("create{DOCS_QUERY}{DOCS_SECRET}").as_bytes()
            ))
        );
    }

    #[test]
    fn the_checksum_covers_exactly_the_query_sent() {
        let server = Server {
            url: "https://bbb.example.org/bigbluebutton/",
            secret: DOCS_SECRET,
            algorithm: ChecksumAlgorithm::Sha1,
        };
        let url = server.call_url(
            "create",
            &[
                ("name", "Test Meeting"),
                ("meetingID", "abc123"),
                ("attendeePW", "111222"),
                ("moderatorPW", "333444"),
            ],
        );
        assert_eq!(
            url,
            format!(
                "https://bbb.example.org/bigbluebutton/api/create?{DOCS_QUERY}\
                 &checksum=1fcbb0c4fc1f039f73aa6d697d2db9ba7f803f17"
            )
        );
    }

    #[test]
    fn join_urls_carry_the_role_and_redirect() {
        let server = Server {
            url: "http://127.0.0.1:9/bigbluebutton/api",
            secret: "s",
            algorithm: ChecksumAlgorithm::Sha256,
        };
        let join = |role| {
            server.join_url(&JoinMeeting {
                meeting_id: "plenary-x",
                full_name: "Ada Lovelace",
                user_id: "u1",
                role,
            })
        };
        let viewer = join(MeetingRole::Viewer);
        assert!(
            viewer.starts_with("http://127.0.0.1:9/bigbluebutton/api/join?fullName=Ada+Lovelace&")
        );
        assert!(viewer.contains("&role=VIEWER&redirect=true&checksum="));
        assert!(!viewer.contains("PW="), "no passwords: {viewer}");
        assert!(join(MeetingRole::Moderator).contains("&role=MODERATOR&"));
        assert!(server.get_meetings_url().ends_with(&format!(
            "/api/getMeetings?checksum={}",
            checksum(ChecksumAlgorithm::Sha256, "getMeetings", "", "s")
        )));
    }

    #[test]
    fn responses_are_read() {
        assert_eq!(
            read_response("<response><returncode>SUCCESS</returncode></response>"),
            Ok(())
        );
        let failed = "<response><returncode>FAILED</returncode><messageKey>checksumError</messageKey>\
                      <message>You did not pass the checksum security check</message></response>";
        assert_eq!(read_response(failed).unwrap_err().key, "checksumError");
        assert_eq!(read_response("<html>").unwrap_err().key, "notBigBlueButton");
    }

    #[test]
    fn analytics_pair_joins_with_leaves() {
        let body = br#"{"version":"1.0","meeting_id":"m","data":{"attendees":[
            {"ext_user_id":"u1","name":"A","moderator":false,
             "joins":["2020-07-07T13:00:00.000Z","2020-07-07T13:40:00Z"],
             "leaves":["2020-07-07T13:30:00Z"]},
            {"ext_user_id":"u2","joins":[1594126800000],"leaves":[1594127100000]}]}}"#;
        let a = read_analytics(body).unwrap();
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].stays.len(), 2);
        assert!(a[0].stays[0].1.is_some() && a[0].stays[1].1.is_none());
        assert_eq!(
            (a[1].stays[0].1.unwrap() - a[1].stays[0].0).num_minutes(),
            5
        );
        assert_eq!(read_analytics(b"nope"), None);
    }

    #[test]
    fn callback_tokens_are_per_meeting() {
        let t = callback_token("secret", "plenary-a");
        assert!(callback_token_ok("secret", "plenary-a", &t));
        assert!(!callback_token_ok("secret", "plenary-b", &t));
        assert!(!callback_token_ok("other", "plenary-a", &t));
        assert!(!callback_token_ok("secret", "plenary-a", ""));
    }
}
