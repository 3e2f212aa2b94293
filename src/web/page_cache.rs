//! The anonymous public pages (conference, agenda, session) and the schedule exports,
//! rendered once per (conference, agenda version, zone) and served from memory with
//! an `ETag`, `Cache-Control: public, no-cache` and a gzip body compressed once.
//!
//! A conference's version is the exports' validator: its `agenda_version` (bumped by
//! every agenda or person change), the latest change of a session and of the
//! conference row. It is read from the database with one small query and trusted for
//! at most [`VERSION_TTL`], and not at all once this process has written anything
//! since (every write goes through `Service::run`, which counts them): an edit here is
//! seen at once, an edit made by another instance on the same database within a
//! second. The rendered bodies are keyed by that version, so an old one is simply
//! never asked for again and falls out of the bounded LRU.
//!
//! Only requests without a signed-in user or a pending flash message are cached;
//! signed-in views (picks, the header's links) are rendered per request.

use std::collections::HashMap;
use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use actix_session::Session as Cookie;
use actix_web::http::header::{
    self, EntityTag, HeaderValue, HttpDate, IfModifiedSince, IfNoneMatch,
};
use actix_web::web::Bytes;
use actix_web::{HttpMessage, HttpRequest, HttpResponse};
use chrono_tz::Tz;
use sha2::{Digest, Sha256};

use super::AppState;
use super::cookie::{FLASH_KEY, UID_KEY};
use super::error::AppError;
use super::extract::published_conference;
use crate::db;
use crate::domain::lang::Lang;

/// How long a version read from the database is trusted when this process has not
/// written since: the delay before another instance's edit shows here.
pub const VERSION_TTL: Duration = Duration::from_secs(1);
/// Rendered bodies kept (pages × zones × conferences); the least recently used go.
const CAPACITY: usize = 512;
/// Bodies smaller than this are not worth a gzip copy.
const GZIP_MIN: usize = 512;

/// What a conference's public output is validated by.
#[derive(Clone)]
pub struct Version {
    pub etag: EntityTag,
    pub last_modified: SystemTime,
    /// The conference's own zone (the agenda's default).
    pub tz: Tz,
    /// The conference (a signed-in view reads the viewer's rows in it).
    pub conference: crate::domain::ConferenceId,
}

/// A value read from the database at `at`, when this process had made `writes`.
struct Seen<T> {
    value: T,
    at: Instant,
    writes: u64,
}

/// Values read from the database per conference slug, each trusted for at most
/// [`VERSION_TTL`] and not at all once this process has written since.
struct Memo<T> {
    seen: Mutex<HashMap<String, Seen<T>>>,
}

impl<T> Default for Memo<T> {
    fn default() -> Self {
        Self {
            seen: Mutex::new(HashMap::new()),
        }
    }
}

impl<T: Clone> Memo<T> {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Seen<T>>> {
        self.seen.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The value for `slug` if it is still to be trusted.
    fn fresh(&self, slug: &str, writes: u64) -> Option<T> {
        self.lock()
            .get(slug)
            .filter(|s| s.writes == writes && s.at.elapsed() < VERSION_TTL)
            .map(|s| s.value.clone())
    }

    /// Remembers `value`, read from the database at `at` after `writes` writes.
    fn remember(&self, slug: &str, value: T, at: Instant, writes: u64) {
        let mut seen = self.lock();
        if seen.len() > CAPACITY {
            seen.clear();
        }
        seen.insert(slug.to_string(), Seen { value, at, writes });
    }

    fn forget(&self) {
        self.lock().clear();
    }

    /// The value for `slug`: from memory when still to be trusted, else read with
    /// `query` on a pooled connection and remembered.
    async fn read_through<Q>(&self, state: &AppState, slug: &str, query: Q) -> Result<T, AppError>
    where
        T: Send + 'static,
        Q: FnOnce(&mut db::DbConn, &str) -> Result<T, AppError> + Send + 'static,
    {
        let writes = state.service.writes();
        if let Some(v) = self.fresh(slug, writes) {
            return Ok(v);
        }
        let at = Instant::now();
        let owned = slug.to_string();
        let value = state.db.run(move |c| query(c, &owned)).await?;
        self.remember(slug, value.clone(), at, writes);
        Ok(value)
    }
}

/// One rendered response, with its validators' header values formatted once.
pub struct Cached {
    etag: EntityTag,
    last_modified: SystemTime,
    etag_header: HeaderValue,
    last_modified_header: HeaderValue,
    content_type: &'static str,
    body: Bytes,
    gzip: Option<Bytes>,
}

impl Cached {
    pub fn new(
        etag: EntityTag,
        last_modified: SystemTime,
        content_type: &'static str,
        body: Vec<u8>,
    ) -> Self {
        let gzip = (body.len() >= GZIP_MIN).then(|| gzip(&body)).flatten();
        Self {
            etag_header: header_value(&etag.to_string()),
            last_modified_header: header_value(&HttpDate::from(last_modified).to_string()),
            etag,
            last_modified,
            content_type,
            body: Bytes::from(body),
            gzip,
        }
    }

    /// 304 when the client's copy is current, else the body (gzip when accepted).
    pub fn respond(&self, req: &HttpRequest) -> HttpResponse {
        let fresh = if req.headers().contains_key(header::IF_NONE_MATCH) {
            match req.get_header::<IfNoneMatch>() {
                Some(IfNoneMatch::Any) => true,
                Some(IfNoneMatch::Items(tags)) => tags.iter().any(|t| t.weak_eq(&self.etag)),
                None => false,
            }
        } else {
            req.get_header::<IfModifiedSince>()
                .is_some_and(|IfModifiedSince(since)| self.last_modified <= SystemTime::from(since))
        };
        let mut r = if fresh {
            HttpResponse::NotModified()
        } else {
            HttpResponse::Ok()
        };
        r.insert_header((header::ETAG, self.etag_header.clone()))
            .insert_header((header::LAST_MODIFIED, self.last_modified_header.clone()))
            .insert_header((header::CACHE_CONTROL, "public, no-cache"))
            .insert_header((header::VARY, "Accept-Encoding, Cookie"));
        if fresh {
            return r.finish();
        }
        r.content_type(self.content_type);
        match &self.gzip {
            Some(gz) if accepts_gzip(req) => r
                .insert_header((header::CONTENT_ENCODING, "gzip"))
                .body(gz.clone()),
            _ => r.body(self.body.clone()),
        }
    }
}

/// A header value from text we formatted ourselves (an entity tag, an HTTP date).
fn header_value(text: &str) -> HeaderValue {
    HeaderValue::from_str(text).unwrap_or_else(|_| HeaderValue::from_static(""))
}

fn accepts_gzip(req: &HttpRequest) -> bool {
    req.headers()
        .get_all(header::ACCEPT_ENCODING)
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|part| {
            let mut it = part.split(';').map(str::trim);
            let gzip = it.next().is_some_and(|c| c.eq_ignore_ascii_case("gzip"));
            let refused = it.any(|p| {
                p.strip_prefix("q=")
                    .and_then(|q| q.trim().parse::<f32>().ok())
                    .is_some_and(|q| q <= 0.0)
            });
            gzip && !refused
        })
}

fn gzip(body: &[u8]) -> Option<Bytes> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    e.write_all(body).ok()?;
    e.finish().ok().map(Bytes::from)
}

/// A bounded map whose least recently used entry goes first.
struct Lru<V> {
    map: HashMap<String, (V, u64)>,
    tick: u64,
}

impl<V> Default for Lru<V> {
    fn default() -> Self {
        Self {
            map: HashMap::new(),
            tick: 0,
        }
    }
}

impl<V: Clone> Lru<V> {
    fn get(&mut self, key: &str) -> Option<V> {
        self.tick += 1;
        let tick = self.tick;
        self.map.get_mut(key).map(|(v, used)| {
            *used = tick;
            v.clone()
        })
    }

    fn put(&mut self, key: String, value: V) {
        if self.map.len() >= CAPACITY && !self.map.contains_key(&key) {
            let oldest = self
                .map
                .iter()
                .min_by_key(|(_, (_, used))| *used)
                .map(|(k, _)| k.clone());
            if let Some(k) = oldest {
                self.map.remove(&k);
            }
        }
        self.tick += 1;
        let tick = self.tick;
        self.map.insert(key, (value, tick));
    }
}

/// A value built from one version of a conference, shared by the requests that need it.
type View = Arc<dyn std::any::Any + Send + Sync>;

/// The process's cache of versions and rendered public responses.
#[derive(Default)]
pub struct PageCache {
    versions: Memo<Version>,
    /// Each conference's default language, for readers who ask for none of the six
    /// (asked by the language middleware on every `/c/{slug}…` request).
    languages: Memo<Option<Lang>>,
    pages: Mutex<Lru<Arc<Cached>>>,
    /// What signed-in views of a version share (e.g. an agenda's days), built once.
    views: Mutex<Lru<View>>,
}

impl PageCache {
    /// Reads every conference's version from the database again on its next request
    /// (for a write made around `Service::run`, e.g. by a test or a script).
    pub fn forget_versions(&self) {
        self.versions.forget();
        self.languages.forget();
    }

    fn get(&self, key: &str) -> Option<Arc<Cached>> {
        self.pages
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(key)
    }

    fn put(&self, key: String, page: Arc<Cached>) {
        let mut pages = self.pages.lock().unwrap_or_else(|e| e.into_inner());
        pages.put(key, page);
    }
}

/// True when the request shows nobody signed in and no flash message: its public
/// page is the same for every such visitor.
pub fn anonymous(cookie: &Cookie) -> bool {
    matches!(cookie.get::<String>(UID_KEY), Ok(None))
        && matches!(cookie.get::<String>(FLASH_KEY), Ok(None))
}

/// The published conference's current version: from memory when read less than
/// [`VERSION_TTL`] ago and this process wrote nothing since, else one small query.
/// An unknown or unpublished conference is `NotFound`, as on its pages.
pub async fn version(state: &AppState, slug: &str) -> Result<Version, AppError> {
    let versions = &state.pages.versions;
    versions
        .read_through(state, slug, |c, slug| {
            let conf = published_conference(c, slug)?;
            let last = db::sessions::last_updated(c, conf.id)?;
            Ok(super::exports::version_of(&conf, last))
        })
        .await
}

/// The default language of the conference at `slug` (published or not; `None` when
/// there is none), read as [`version`] is: from memory when read less than
/// [`VERSION_TTL`] ago and this process wrote nothing since, else one small query.
pub async fn default_language(state: &AppState, slug: &str) -> Result<Option<Lang>, AppError> {
    let languages = &state.pages.languages;
    languages
        .read_through(state, slug, |c, slug| {
            Ok(db::conferences::default_language(c, slug)?)
        })
        .await
}

/// The cached response for `key` (which must include everything the output depends
/// on besides the version), rendered by `render` on a miss. Pages (`per_key_etag`)
/// get an `ETag` of their own per key, as one URL varies by the zone cookie.
pub async fn serve<F, Fut>(
    state: &AppState,
    req: &HttpRequest,
    version: &Version,
    key: String,
    per_key_etag: bool,
    content_type: &'static str,
    render: F,
) -> Result<HttpResponse, AppError>
where
    F: FnOnce() -> Fut,
    Fut: Future<Output = Result<Vec<u8>, AppError>>,
{
    let key = format!("{key}\0{}", version.etag.tag());
    if let Some(hit) = state.pages.get(&key) {
        return Ok(hit.respond(req));
    }
    let etag = if per_key_etag {
        let digest = hex::encode(&Sha256::digest(key.as_bytes())[..12]);
        EntityTag::new_weak(digest)
    } else {
        version.etag.clone()
    };
    let body = render().await?;
    let page = Arc::new(Cached::new(etag, version.last_modified, content_type, body));
    state.pages.put(key, Arc::clone(&page));
    Ok(page.respond(req))
}

/// The value for `key` (which must include everything it depends on besides the
/// version) built from `version` by `build` on a miss, and kept in the same bounded
/// way as the rendered bodies: what the signed-in views of one version share.
pub async fn view<T, F, Fut>(
    state: &AppState,
    version: &Version,
    key: String,
    build: F,
) -> Result<Arc<T>, AppError>
where
    T: Send + Sync + 'static,
    F: FnOnce() -> Fut,
    Fut: Future<Output = Result<T, AppError>>,
{
    let key = format!("{key}\0{}", version.etag.tag());
    let lock = || state.pages.views.lock().unwrap_or_else(|e| e.into_inner());
    let hit = lock().get(&key);
    if let Some(found) = hit.and_then(|v| v.downcast::<T>().ok()) {
        return Ok(found);
    }
    let built = Arc::new(build().await?);
    lock().put(key, Arc::clone(&built) as View);
    Ok(built)
}
