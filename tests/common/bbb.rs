//! An in-process fake BigBlueButton server, written from the published API contract
//! (docs.bigbluebutton.org, "API"): every call is `GET /bigbluebutton/api/{call}?{query}`
//! with `checksum = hex(SHA(call + query-without-checksum + secret))`, SHA-1 or
//! SHA-256 (told apart by length); a wrong checksum is `FAILED/checksumError`.
//! `create` is idempotent per `meetingID`; `join` needs the meeting, resolves the
//! role (`role=MODERATOR|VIEWER`, else the deprecated passwords) and records who
//! joined as what; with `redirect=true` it answers 302 into the client. The fake can
//! send the callbacks a real server sends: the analytics callback (JSON, POST) and
//! the meeting-ended callback (GET with `meetingID`).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use actix_web::{App, HttpRequest, HttpResponse, HttpServer, web};
use sha1::Sha1;
use sha2::{Digest, Sha256};

#[derive(Clone, Debug)]
pub struct Meeting {
    pub name: String,
    pub params: HashMap<String, String>,
    /// How many `create` calls named this meeting (the meeting is made once).
    pub creates: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Join {
    pub meeting_id: String,
    pub user_id: String,
    pub full_name: String,
    pub role: String,
}

#[derive(Default, Debug)]
pub struct State {
    pub secret: String,
    pub meetings: HashMap<String, Meeting>,
    pub joins: Vec<Join>,
    /// Every call: (call name, "sha1"/"sha256"/"bad", succeeded).
    pub calls: Vec<(String, &'static str, bool)>,
}

pub struct FakeBbb {
    /// What an organizer types as the server address.
    pub url: String,
    pub state: Arc<Mutex<State>>,
    handle: actix_web::dev::ServerHandle,
}

fn xml(body: &str) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/xml")
        .body(format!("<response>{body}</response>"))
}

fn failed(key: &str, message: &str) -> HttpResponse {
    xml(&format!(
        "<returncode>FAILED</returncode><messageKey>{key}</messageKey><message>{message}</message>"
    ))
}

fn checksum_kind(call: &str, query: &str, secret: &str, given: &str) -> &'static str {
    let input = format!("{call}{query}{secret}");
    if given.len() == 40 && hex::encode(Sha1::digest(input.as_bytes())) == given {
        "sha1"
    } else if given.len() == 64 && hex::encode(Sha256::digest(input.as_bytes())) == given {
        "sha256"
    } else {
        "bad"
    }
}

async fn api(
    req: HttpRequest,
    call: web::Path<String>,
    state: web::Data<Arc<Mutex<State>>>,
) -> HttpResponse {
    let call = call.into_inner();
    let raw = req.query_string();
    // The checksum is the last parameter; it is not part of what it covers.
    let (query, given) = match raw.rfind("checksum=") {
        Some(i) => (
            raw[..i].trim_end_matches('&').to_string(),
            raw[i + "checksum=".len()..].to_string(),
        ),
        None => (raw.to_string(), String::new()),
    };
    let mut s = state.lock().unwrap();
    let kind = checksum_kind(&call, &query, &s.secret, &given);
    if kind == "bad" {
        s.calls.push((call, kind, false));
        return failed(
            "checksumError",
            "You did not pass the checksum security check",
        );
    }
    let params: HashMap<String, String> = serde_urlencoded::from_str(&query).unwrap_or_default();
    let p = |k: &str| params.get(k).cloned().unwrap_or_default();
    let answer = match call.as_str() {
        "create" => {
            let id = p("meetingID");
            if id.is_empty() {
                failed("missingParamMeetingID", "You must specify a meeting ID")
            } else {
                let m = s.meetings.entry(id.clone()).or_insert_with(|| Meeting {
                    name: p("name"),
                    params: params.clone(),
                    creates: 0,
                });
                m.creates += 1;
                let warning = if m.creates > 1 {
                    "<messageKey>duplicateWarning</messageKey>"
                } else {
                    ""
                };
                xml(&format!(
                    "<returncode>SUCCESS</returncode><meetingID>{id}</meetingID>{warning}"
                ))
            }
        }
        "join" => {
            let id = p("meetingID");
            if !s.meetings.contains_key(&id) {
                failed(
                    "invalidMeetingIdentifier",
                    "The meeting ID that you supplied did not match any existing meetings",
                )
            } else {
                let role = match p("role").as_str() {
                    "MODERATOR" | "moderator" => "MODERATOR",
                    "VIEWER" | "viewer" => "VIEWER",
                    _ => {
                        let m = &s.meetings[&id];
                        if params.get("password") == m.params.get("moderatorPW") {
                            "MODERATOR"
                        } else {
                            "VIEWER"
                        }
                    }
                };
                s.joins.push(Join {
                    meeting_id: id,
                    user_id: p("userID"),
                    full_name: p("fullName"),
                    role: role.into(),
                });
                if p("redirect") == "true" {
                    s.calls.push((call, kind, true));
                    return HttpResponse::Found()
                        .insert_header(("location", "/html5client/join?sessionToken=fake"))
                        .finish();
                }
                xml("<returncode>SUCCESS</returncode><auth_token>fake</auth_token>")
            }
        }
        "getMeetings" => {
            let list: String = s
                .meetings
                .iter()
                .map(|(id, m)| format!("<meeting><meetingID>{id}</meetingID><meetingName>{}</meetingName></meeting>", m.name))
                .collect();
            xml(&format!(
                "<returncode>SUCCESS</returncode><meetings>{list}</meetings>"
            ))
        }
        _ => failed("unsupportedRequest", "This request is not supported."),
    };
    s.calls.push((call, kind, true));
    answer
}

impl FakeBbb {
    pub async fn start(secret: &str) -> Self {
        let state = Arc::new(Mutex::new(State {
            secret: secret.into(),
            ..State::default()
        }));
        let data = web::Data::new(state.clone());
        let server = HttpServer::new(move || {
            App::new()
                .app_data(data.clone())
                .route("/bigbluebutton/api/{call}", web::get().to(api))
        })
        .workers(1)
        .bind("127.0.0.1:0")
        .expect("bind the fake BigBlueButton");
        let addr = server.addrs()[0];
        let server = server.run();
        let handle = server.handle();
        tokio::spawn(server);
        Self {
            url: format!("http://{addr}/bigbluebutton/"),
            state,
            handle,
        }
    }

    pub fn joins(&self) -> Vec<Join> {
        self.state.lock().unwrap().joins.clone()
    }

    pub fn meeting(&self, id: &str) -> Option<Meeting> {
        self.state.lock().unwrap().meetings.get(id).cloned()
    }

    /// Follows the browser's redirect to a join URL (given by Plenary) on this server.
    pub async fn follow(&self, join_url: &str) -> u16 {
        plenary::tls::install();
        reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap()
            .get(join_url)
            .send()
            .await
            .expect("GET join")
            .status()
            .as_u16()
    }

    /// Sends the analytics callback of `meeting`: `attendees` as (userID, joins, leaves)
    /// in RFC 3339. Answers the status Plenary gave.
    pub async fn send_analytics(
        &self,
        meeting: &str,
        attendees: &[(&str, &[&str], &[&str])],
    ) -> u16 {
        let url =
            self.meeting(meeting).expect("meeting").params["meta_analytics-callback-url"].clone();
        self.post_analytics(&url, meeting, attendees).await
    }

    pub async fn post_analytics(
        &self,
        url: &str,
        meeting: &str,
        attendees: &[(&str, &[&str], &[&str])],
    ) -> u16 {
        let attendees: Vec<serde_json::Value> = attendees
            .iter()
            .map(|(id, joins, leaves)| {
                serde_json::json!({
                    "ext_user_id": id, "name": "someone", "moderator": false,
                    "joins": joins, "leaves": leaves, "duration": 0,
                })
            })
            .collect();
        let body = serde_json::json!({
            "version": "1.0",
            "meeting_id": meeting,
            "internal_meeting_id": "internal-1",
            "data": {"metadata": {}, "duration": 0, "attendees": attendees, "files": [], "polls": []},
        });
        super::plain_client()
            .post(url)
            .json(&body)
            .send()
            .await
            .expect("POST analytics")
            .status()
            .as_u16()
    }

    /// Sends the meeting-ended callback of `meeting`.
    pub async fn send_ended(&self, meeting: &str) -> u16 {
        let url = self.meeting(meeting).expect("meeting").params["meta_endCallbackUrl"].clone();
        super::plain_client()
            .get(format!("{url}?meetingID={meeting}&recordingmarks=false"))
            .send()
            .await
            .expect("GET ended")
            .status()
            .as_u16()
    }
}

impl Drop for FakeBbb {
    fn drop(&mut self) {
        drop(self.handle.stop(false));
    }
}
