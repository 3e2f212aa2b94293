//! Machine-readable exports over HTTP: the schedule as frab XML and c3voc JSON, the
//! agenda and single sessions as iCalendar, the personal calendar feed, and the
//! response helper for CSV downloads. The formats live in [`crate::export`]; this file
//! only finds the data, answers conditional requests and sets the headers.
//!
//! Public exports are validated by a weak `ETag` over the conference slug, its
//! `agenda_version`, the latest change of a session or of the conference row, and the
//! Plenary version (output can change with a release), and by `Last-Modified`. They
//! say `Cache-Control: public, no-cache`: caches may keep them but must ask again, and
//! the question costs one small query before any agenda is loaded, answered with 304.
//!
//! The personal feed (`/feeds/{token}.ics`) is a plain GET that calendar apps can
//! subscribe to as `webcal://` without cookies: the token in the path is the only
//! credential. Its answers say `Cache-Control: private, no-store` because they hold
//! join links meant for one person and are reachable by a bearer URL: no shared cache
//! or proxy may keep a copy, and once the token is rotated or the registration loses
//! its confirmation, nothing stored can hand the links out again. There is nothing to
//! revalidate then, so the feed has no `ETag`.

use std::time::{Duration as StdDuration, SystemTime};

use actix_web::http::header::{self, EntityTag, HttpDate, IfModifiedSince, IfNoneMatch};
use actix_web::{HttpMessage, HttpRequest, HttpResponse, web};
use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

use super::AppState;
use super::auth::client_ip;
use super::error::AppError;
use super::extract::published_conference;
use super::page_cache::{self, Version};
use super::ratelimit::Guess;
use crate::db::conferences::Conference;
use crate::db::registrations::{Pick, Registration};
use crate::db::sessions::Session;
use crate::db::{self, DbConn};
use crate::domain::SessionId;
use crate::domain::status::EnrollmentStatus;
use crate::domain::video::Platform;
use crate::export::{ical, schedule, schedule_json, schedule_xml};
use crate::service::attendance;

const XML_CONTENT_TYPE: &str = "application/xml; charset=utf-8";
const JSON_CONTENT_TYPE: &str = "application/json";
const CSV_CONTENT_TYPE: &str = "text/csv; charset=utf-8";

// ---------------------------------------------------------------- validators

/// What a public export's response is validated by.
struct Validators {
    etag: EntityTag,
    last_modified: SystemTime,
}

impl Validators {
    fn of(conf: &Conference, sessions_changed: Option<DateTime<Utc>>) -> Self {
        let changed = sessions_changed.map_or(conf.updated_at, |t| t.max(conf.updated_at));
        let mut h = Sha256::new();
        for part in [
            conf.slug.as_str(),
            &conf.agenda_version.to_string(),
            &micros(sessions_changed).to_string(),
            &micros(Some(conf.updated_at)).to_string(),
            env!("CARGO_PKG_VERSION"),
        ] {
            h.update(part.as_bytes());
            h.update([0]);
        }
        let digest = hex::encode(&h.finalize()[..12]);
        let secs = u64::try_from(changed.timestamp()).unwrap_or(0);
        Self {
            etag: EntityTag::new_weak(format!("{}-{digest}", conf.agenda_version)),
            last_modified: SystemTime::UNIX_EPOCH + StdDuration::from_secs(secs),
        }
    }

    /// RFC 9110 §13.2.2: `If-None-Match` (weak comparison) decides when present;
    /// otherwise `If-Modified-Since`, at the one-second precision of HTTP dates.
    fn not_modified(&self, asked: &Conditions) -> bool {
        match &asked.none_match {
            Some(Some(IfNoneMatch::Any)) => true,
            Some(Some(IfNoneMatch::Items(tags))) => tags.iter().any(|t| t.weak_eq(&self.etag)),
            Some(None) => false, // present but unreadable: answer in full
            None => asked
                .modified_since
                .is_some_and(|since| self.last_modified <= since),
        }
    }

    fn respond(&self, content_type: &str, body: Vec<u8>) -> HttpResponse {
        let mut r = HttpResponse::Ok();
        self.headers(&mut r);
        r.content_type(content_type).body(body)
    }

    fn not_modified_response(&self) -> HttpResponse {
        let mut r = HttpResponse::NotModified();
        self.headers(&mut r);
        r.finish()
    }

    fn headers(&self, r: &mut actix_web::HttpResponseBuilder) {
        r.insert_header(header::ETag(self.etag.clone()))
            .insert_header(header::LastModified(HttpDate::from(self.last_modified)))
            .insert_header((header::CACHE_CONTROL, "public, no-cache"));
    }
}

/// The conditional headers of a request, read before the work leaves the event loop.
struct Conditions {
    /// `Some(None)`: the header is there but could not be read.
    none_match: Option<Option<IfNoneMatch>>,
    modified_since: Option<SystemTime>,
}

impl Conditions {
    fn of(req: &HttpRequest) -> Self {
        Self {
            none_match: req
                .headers()
                .contains_key(header::IF_NONE_MATCH)
                .then(|| req.get_header::<IfNoneMatch>()),
            modified_since: req
                .get_header::<IfModifiedSince>()
                .map(|IfModifiedSince(since)| SystemTime::from(since)),
        }
    }
}

/// The cache's version of a conference: the exports' validators and its zone.
pub(super) fn version_of(conf: &Conference, sessions_changed: Option<DateTime<Utc>>) -> Version {
    let v = Validators::of(conf, sessions_changed);
    Version {
        etag: v.etag,
        last_modified: v.last_modified,
        tz: conf.tz,
        conference: conf.id,
    }
}

/// The conference's and its sessions' texts in the reader's language (with the
/// default language's where not translated), and the sessions' languages.
fn localize(
    c: &mut DbConn,
    conf: &mut Conference,
    sessions: &mut [Session],
) -> Result<(), AppError> {
    let reader = crate::domain::l10n::current();
    db::content::localize_conference(c, conf, reader)?;
    db::content::localize_sessions(c, sessions, reader, conf.default_language)?;
    Ok(())
}

/// Loads the published conference and its agenda (a cache miss).
async fn load(state: &AppState, slug: String) -> Result<(Conference, Vec<Session>), AppError> {
    state
        .db
        .run(move |c| {
            let mut conf = published_conference(c, &slug)?;
            let mut sessions = db::sessions::for_conference(c, conf.id)?;
            localize(c, &mut conf, &mut sessions)?;
            Ok::<_, AppError>((conf, sessions))
        })
        .await
}

/// Renders a whole-agenda export from the conference, its sessions and the schedule
/// model (with the consenting people's profiles).
type RenderExport = fn(&Conference, &[Session], &schedule::Schedule) -> Result<Vec<u8>, AppError>;

/// A whole-agenda export from the cache, rendered by `render` once per version.
async fn cached_export(
    state: &AppState,
    req: &HttpRequest,
    slug: String,
    kind: &'static str,
    content_type: &'static str,
    render: RenderExport,
) -> Result<HttpResponse, AppError> {
    let version = page_cache::version(state, &slug).await?;
    // Calendars carry our own words in the reader's language: one copy per language.
    let key = format!("{kind}\0{slug}\0{}", crate::domain::l10n::current().code());
    page_cache::serve(state, req, &version, key, false, content_type, || async {
        let (conf, sessions) = load(state, slug).await?;
        let model = with_profiles(state, &conf, &sessions).await?;
        render(&conf, &sessions, &model)
    })
    .await
}

fn micros(t: Option<DateTime<Utc>>) -> i64 {
    t.map_or(0, |t| t.timestamp_micros())
}

/// Either a 304 for the validators, or the conference and its agenda to render.
enum Agenda {
    Unchanged(Validators),
    Changed(Validators, Box<Conference>, Vec<Session>),
}

/// Finds the published conference; answers 304 from one small query when the client's
/// copy is current, else loads the agenda.
async fn agenda(state: &AppState, req: &HttpRequest, slug: String) -> Result<Agenda, AppError> {
    let asked = Conditions::of(req);
    state
        .db
        .run(move |c| {
            let conf = published_conference(c, &slug)?;
            let v = Validators::of(&conf, db::sessions::last_updated(c, conf.id)?);
            if v.not_modified(&asked) {
                return Ok(Agenda::Unchanged(v));
            }
            let mut conf = conf;
            let mut sessions = db::sessions::for_conference(c, conf.id)?;
            localize(c, &mut conf, &mut sessions)?;
            Ok(Agenda::Changed(v, Box::new(conf), sessions))
        })
        .await
}

/// The schedule model with the consenting people's profiles attached.
async fn with_profiles(
    state: &AppState,
    conf: &Conference,
    sessions: &[Session],
) -> Result<schedule::Schedule, AppError> {
    let ids: Vec<_> = sessions
        .iter()
        .flat_map(|s| s.people.iter().map(|p| p.user_id))
        .collect();
    let shown = state
        .db
        .run(move |c| Ok::<_, AppError>(db::profiles::shown(c, &ids)?))
        .await?;
    let mut s = schedule::build(conf, sessions, &state.settings.base_url);
    crate::export::profiles::attach(&mut s, &conf.slug, &shown);
    Ok(s)
}

fn internal(e: impl Into<anyhow::Error>) -> AppError {
    AppError::Internal(e.into())
}

// ---------------------------------------------------------------- schedule

/// `GET /c/{slug}/schedule.xml`: frab/pentabarf XML.
#[tracing::instrument(name = "exports::schedule_xml", skip_all, fields(slug = %slug))]
pub async fn schedule_xml(
    state: web::Data<AppState>,
    req: HttpRequest,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    cached_export(
        &state,
        &req,
        slug.into_inner(),
        "xml",
        XML_CONTENT_TYPE,
        |_, _, model| schedule_xml::to_xml(model).map_err(internal),
    )
    .await
}

/// `GET /c/{slug}/schedule.json`: c3voc JSON.
#[tracing::instrument(name = "exports::schedule_json", skip_all, fields(slug = %slug))]
pub async fn schedule_json(
    state: web::Data<AppState>,
    req: HttpRequest,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    cached_export(
        &state,
        &req,
        slug.into_inner(),
        "json",
        JSON_CONTENT_TYPE,
        |_, _, model| schedule_json::to_json(model).map_err(internal),
    )
    .await
}

// ---------------------------------------------------------------- iCalendar

/// `GET /c/{slug}/agenda.ics`: every session, public details only.
#[tracing::instrument(name = "exports::agenda_ics", skip_all, fields(slug = %slug))]
pub async fn agenda_ics(
    state: web::Data<AppState>,
    req: HttpRequest,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    cached_export(
        &state,
        &req,
        slug.into_inner(),
        "ics",
        ical::CONTENT_TYPE,
        |conf, sessions, model| {
            Ok(ical::agenda_calendar(conf, sessions, &model.base_url).into_bytes())
        },
    )
    .await
}

/// `GET /c/{slug}/sessions/{id}/event.ics`: one session.
#[tracing::instrument(
    name = "exports::session_ics",
    skip_all,
    fields(slug = %path.0, session = %path.1)
)]
pub async fn session_ics(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (slug, id) = path.into_inner();
    let id = SessionId::parse(&id).ok_or(AppError::NotFound)?;
    match agenda(&state, &req, slug).await? {
        Agenda::Unchanged(v) => Ok(v.not_modified_response()),
        Agenda::Changed(v, conf, sessions) => {
            let session = sessions
                .iter()
                .find(|s| s.id == id)
                .ok_or(AppError::NotFound)?;
            let body = ical::session_calendar(&conf, session, &state.settings.base_url);
            Ok(v.respond(ical::CONTENT_TYPE, body.into_bytes()))
        }
    }
}

/// `GET /feeds/{token}.ics`: the registrant's picked sessions. Unknown or rotated
/// tokens, and conferences no longer published, are 404.
#[tracing::instrument(name = "exports::feed", skip_all, fields(registration))]
pub async fn feed(
    state: web::Data<AppState>,
    req: HttpRequest,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    if !plausible_token(&token) {
        return Err(AppError::NotFound);
    }
    // Unknown tokens count against the address's limit like other link tokens; a
    // known one gives its slot back, so calendar services that poll many feeds from
    // one address are never slowed.
    let attempt = state
        .limits
        .guess(Guess::Token {
            ip: client_ip(&req),
        })
        .await?;
    let (conf, registration, picks, sessions) = state.db.run(move |c| load_feed(c, &token)).await?;
    state.limits.forgive(attempt).await?;
    tracing::Span::current().record("registration", tracing::field::display(registration.id));
    let now = state.clock.now();
    let doors: Vec<Option<String>> = sessions
        .iter()
        .map(|s| door(&conf, s, &state.settings.base_url))
        .collect();
    let items: Vec<ical::FeedItem<'_>> = sessions
        .iter()
        .zip(&doors)
        .filter_map(|(s, door)| {
            let pick = picks.iter().find(|p| p.session_id == s.id)?;
            Some(ical::FeedItem {
                session: s,
                join_url: join_link(&conf, &registration, s, door.as_deref(), pick, now),
                waitlisted: pick.status == EnrollmentStatus::Waitlisted,
                revised_at: registration
                    .confirmed_at
                    .map_or(s.updated_at, |t| t.max(s.updated_at)),
            })
        })
        .collect();
    let body = ical::personal_calendar(&conf, &items, &state.settings.base_url);
    Ok(HttpResponse::Ok()
        .content_type(ical::CONTENT_TYPE)
        .insert_header((header::CACHE_CONTROL, "private, no-store"))
        .body(body))
}

type Feed = (Conference, Registration, Vec<Pick>, Vec<Session>);

fn load_feed(c: &mut DbConn, token: &str) -> Result<Feed, AppError> {
    let registration = db::registrations::by_feed_token(c, token)?.ok_or(AppError::NotFound)?;
    let conf = db::conferences::by_id(c, registration.conference_id)?
        .filter(|conf| conf.published)
        .ok_or(AppError::NotFound)?;
    let picks = db::registrations::picks(c, registration.id)?;
    let mut sessions = if picks.is_empty() {
        Vec::new()
    } else {
        db::sessions::for_conference(c, conf.id)?
    };
    // A calendar app asks in no language: the registrant's own, else the default.
    let chosen = match registration.user_id {
        Some(u) => db::users::by_id(c, u)?.and_then(|u| u.language),
        None => None,
    };
    let reader = chosen.unwrap_or(conf.default_language);
    let mut conf = conf;
    crate::domain::l10n::with(reader, || localize(c, &mut conf, &mut sessions))?;
    Ok((conf, registration, picks, sessions))
}

/// The meeting link is in the feed for whoever the join rule lets in at some time
/// (a calendar keeps the link, so the window itself does not matter here): a
/// confirmed registration, a session that takes place and has a link, and for a
/// session with limited places a seat in it.
fn join_link<'a>(
    conf: &Conference,
    registration: &Registration,
    s: &Session,
    door: Option<&'a str>,
    pick: &Pick,
    now: DateTime<Utc>,
) -> Option<&'a str> {
    attendance::attendee_access(conf, s, Some(registration.status), Some(pick.status), now)
        .entitled()
        .then_some(door)
        .flatten()
}

/// The way in a calendar keeps: on a video platform Plenary's own join link (the
/// platform's URL is minted per click and never leaves the server); with `link`,
/// the session's static URL.
fn door(conf: &Conference, s: &Session, base_url: &str) -> Option<String> {
    match conf.video_platform {
        Platform::Bbb | Platform::Jitsi => {
            Some(format!("{base_url}/c/{}/sessions/{}/join", conf.slug, s.id))
        }
        Platform::None | Platform::Link => s.join_url.clone(),
    }
}

/// Feed tokens are URL-safe base64 of 32 random bytes; anything else is not looked up.
fn plausible_token(token: &str) -> bool {
    (16..=128).contains(&token.len())
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

// ---------------------------------------------------------------- CSV

/// A CSV download (bytes from [`crate::export::csv::to_csv`]). The file name is reduced
/// to ASCII letters, digits, `.`, `-` and `_`, so it needs no quoting rules; the table
/// is for the person who asked, so it is not stored by any cache.
pub fn csv_response(filename: &str, bytes: Vec<u8>) -> HttpResponse {
    csv_builder(filename).body(bytes)
}

/// A CSV download written as it is read ([`csv_response`]'s headers): for tables too
/// large to hold in memory, such as 100,000 registrations.
pub fn csv_stream_response<S, E>(filename: &str, body: S) -> HttpResponse
where
    S: futures_util::Stream<Item = Result<actix_web::web::Bytes, E>> + 'static,
    E: Into<Box<dyn std::error::Error>> + 'static,
{
    csv_builder(filename).streaming(body)
}

fn csv_builder(filename: &str) -> actix_web::HttpResponseBuilder {
    let name: String = filename
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let name = if name.trim_matches(['.', '_']).is_empty() {
        "export.csv".to_string()
    } else {
        name
    };
    let mut b = HttpResponse::Ok();
    b.content_type(CSV_CONTENT_TYPE)
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{name}\""),
        ))
        .insert_header((header::CACHE_CONTROL, "private, no-store"));
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_downloads_are_attachments_with_a_safe_name() {
        let r = csv_response("roster \"Panel\"/Ωmega.csv", b"a\r\n".to_vec());
        let h = r.headers();
        assert_eq!(
            h.get(header::CONTENT_TYPE).unwrap(),
            "text/csv; charset=utf-8"
        );
        assert_eq!(
            h.get(header::CONTENT_DISPOSITION).unwrap(),
            "attachment; filename=\"roster__Panel___mega.csv\""
        );
        let r = csv_response("..", Vec::new());
        assert_eq!(
            r.headers().get(header::CONTENT_DISPOSITION).unwrap(),
            "attachment; filename=\"export.csv\""
        );
    }

    #[test]
    fn feed_tokens_are_checked_before_any_query() {
        assert!(plausible_token(
            "q3Zl0V9w1b8k-_AbCdEfGhIjKlMnOpQrStUvWxYz012"
        ));
        for bad in [
            "",
            "short",
            "has space in it........",
            "semi;colon;;;;;;;;;;;",
            &"a".repeat(129),
        ] {
            assert!(!plausible_token(bad), "{bad}");
        }
    }
}
