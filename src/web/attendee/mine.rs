//! What a signed-in attendee sees added to the public pages (conference, agenda,
//! session): their registration's status, their picks with pick/unpick forms, the
//! join link inside the window, and the offer to save a zone they chose to their
//! profile. Built per request for a signed-in viewer only; anonymous pages carry
//! none of it (they are cached), and the templates keep it in `attendee/mine_*.html`.

use std::collections::HashMap;
use std::sync::{LazyLock, RwLock};

use chrono::{DateTime, Utc};

use super::me::JoinState;
use crate::db;
use crate::db::conferences::Conference;
use crate::db::sessions::Session;
use crate::db::users::User;
use crate::domain::join::JoinAccess;
use crate::domain::l10n::{self, Arg};
use crate::domain::lang::Lang;
use crate::domain::picks;
use crate::domain::status::{EnrollmentStatus, RegistrationStatus};
use crate::domain::text::ellipsize;
use crate::domain::timefmt::{clock_zone, long_date};
use crate::domain::{ConferenceId, UserId};
use crate::service::attendance;
use crate::web::AppState;
use crate::web::error::AppError;

/// One session as the signed-in attendee sees it.
pub struct MyEntry {
    /// "picked", "waitlisted" or none.
    pub picked: Option<&'static str>,
    /// A pick/unpick form is offered.
    pub pickable: bool,
    pub join: JoinState,
}

/// A signed-in attendee's view of a conference's sessions.
pub struct Mine {
    pub slug: String,
    pub csrf: String,
    pub status: RegistrationStatus,
    /// Session id → what the attendee sees for it.
    entries: Vec<(String, MyEntry)>,
}

impl Mine {
    /// The registration's status in the reader's language.
    pub fn status_label(&self) -> String {
        super::status_label(&self.status)
    }

    /// The attendee's view of session `id` (every session of the conference has one).
    pub fn entry(&self, id: &str) -> Option<&MyEntry> {
        self.entries.iter().find(|(s, _)| s == id).map(|(_, e)| e)
    }

    pub fn registered(&self) -> bool {
        self.status != RegistrationStatus::Cancelled
    }
}

/// The signed-in user's registration in a conference and their picks, as read.
pub type Found = Option<(
    db::registrations::Registration,
    Vec<db::registrations::Pick>,
)>;

/// Reads `user`'s registration and picks in conference `cid` (`None`: not registered).
/// Kept apart from [`Mine::build`] so that a page can read them in the same trip to
/// the database as the viewer's login session.
pub fn read(c: &mut db::DbConn, cid: ConferenceId, uid: UserId) -> Result<Found, AppError> {
    let Some(r) = db::registrations::for_user(c, cid, uid)? else {
        return Ok(None);
    };
    let picks = db::registrations::picks(c, r.id)?;
    Ok(Some((r, picks)))
}

/// Loads the signed-in user's registration and picks for `conf` and works out, per
/// session, what they may do; `None` when they have no registration.
pub async fn load(
    state: &AppState,
    conf: &Conference,
    user: &User,
    sessions: &[Session],
    csrf: &str,
    tz: chrono_tz::Tz,
) -> Result<Option<Mine>, AppError> {
    let (cid, uid) = (conf.id, user.id);
    let found = state.db.run(move |c| read(c, cid, uid)).await?;
    Ok(Mine::build(
        conf,
        found,
        sessions,
        csrf,
        tz,
        state.clock.now(),
    ))
}

impl Mine {
    /// Per session, what the holder of `found` may do at `now`; `None` when they have
    /// no registration.
    pub fn build(
        conf: &Conference,
        found: Found,
        sessions: &[Session],
        csrf: &str,
        tz: chrono_tz::Tz,
        now: DateTime<Utc>,
    ) -> Option<Self> {
        let (registration, picks) = found?;
        let entries = sessions
            .iter()
            .map(|s| {
                let pick = picks
                    .iter()
                    .find(|p| p.session_id == s.id)
                    .map(|p| p.status);
                (
                    s.id.to_string(),
                    entry(conf, s, registration.status, pick, now, tz),
                )
            })
            .collect();
        Some(Self {
            slug: conf.slug.clone(),
            csrf: csrf.to_string(),
            status: registration.status,
            entries,
        })
    }
}

pub(super) fn entry(
    conf: &Conference,
    s: &Session,
    status: RegistrationStatus,
    pick: Option<EnrollmentStatus>,
    now: DateTime<Utc>,
    tz: chrono_tz::Tz,
) -> MyEntry {
    let join = match attendance::attendee_access(conf, s, Some(status), pick, now) {
        JoinAccess::Open => JoinState::Open(format!("/c/{}/sessions/{}/join", conf.slug, s.id)),
        JoinAccess::NotYet { opens_at } => JoinState::OpensAt(opens_sentence(opens_at, tz)),
        JoinAccess::Ended => JoinState::Ended,
        JoinAccess::NotAllowed(_) => JoinState::Hidden,
    };
    MyEntry {
        picked: pick.map(|p| match p {
            EnrollmentStatus::Enrolled => "picked",
            EnrollmentStatus::Waitlisted => "waitlisted",
        }),
        pickable: picks::may_pick(status)
            && picks::session_pickable(s.kind, s.cancelled, s.ends_at, now),
        join,
    }
}

/// "Join link available from Tuesday 7 July 2020 13:50 CEST", in the reader's
/// language and `tz`. A signed-in agenda writes one per coming session on every view,
/// always for the same few instants: each sentence is kept after it is first written
/// (per instant, zone and language; at most [`SENTENCES_KEPT`], then started afresh).
fn opens_sentence(at: DateTime<Utc>, tz: chrono_tz::Tz) -> String {
    type Key = (i64, chrono_tz::Tz, Lang);
    static KEPT: LazyLock<RwLock<HashMap<Key, String>>> = LazyLock::new(Default::default);
    let key = (at.timestamp(), tz, l10n::current());
    if let Some(s) = KEPT.read().unwrap_or_else(|e| e.into_inner()).get(&key) {
        return s.clone();
    }
    let local = at.with_timezone(&tz);
    let when = format!("{} {}", long_date(local.date_naive()), clock_zone(&local));
    let sentence = l10n::tr_with("att-join-link-from", &[("at", Arg::Text(&when))]);
    let mut kept = KEPT.write().unwrap_or_else(|e| e.into_inner());
    if kept.len() >= SENTENCES_KEPT {
        kept.clear();
    }
    kept.insert(key, sentence.clone());
    sentence
}

/// How many "link available from" sentences are kept (sessions × zones × languages).
const SENTENCES_KEPT: usize = 4096;

/// The offer to keep a zone chosen with `?tz=` in the profile: shown to a signed-in
/// viewer whose profile says another zone.
pub struct SaveZoneOffer {
    pub tz: String,
    pub back: String,
    pub csrf: String,
}

impl SaveZoneOffer {
    /// `Some` when `chosen` came from `?tz=` and differs from the profile's zone.
    pub fn new(
        user: Option<&User>,
        chosen: &crate::web::zone::ViewerZone,
        back: String,
        csrf: &str,
    ) -> Option<Self> {
        let user = user?;
        (chosen.remember && chosen.tz != user.tz).then(|| Self {
            tz: chosen.tz.name().to_string(),
            back,
            csrf: csrf.to_string(),
        })
    }
}

/// Refreshes the header's "My conference" links in the login cookie: every
/// conference `user` holds a registration for that is not cancelled.
pub async fn refresh_nav(
    state: &AppState,
    cookie: &actix_session::Session,
    user: crate::domain::UserId,
) -> Result<(), AppError> {
    let list = state
        .db
        .run(move |c| {
            let mut out = Vec::new();
            for r in db::registrations::all_for_user(c, user)? {
                if r.status == RegistrationStatus::Cancelled {
                    continue;
                }
                if let Some(conf) = db::conferences::by_id(c, r.conference_id)?
                    && conf.published
                {
                    out.push((conf.slug, ellipsize(&conf.title, 40)));
                }
            }
            // The cookie stays small: the five most recent registrations.
            let skip = out.len().saturating_sub(5);
            Ok::<_, AppError>(out.split_off(skip))
        })
        .await?;
    crate::web::cookie::set_my_conferences(cookie, &list);
    Ok(())
}
