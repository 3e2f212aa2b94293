//! "My conference": the registration's status, the agenda with picks, places left,
//! overlaps and join links, cancelling, and the personal calendar feed.

use actix_session::Session as Cookie;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::my_registration;
use crate::db;
use crate::domain::SessionId;
use crate::domain::agenda::{self, group_by_local_day};
use crate::domain::capacity::places_left;
use crate::domain::l10n::{Arg, current, tr, tr_count, tr_with};
use crate::domain::status::RegistrationStatus;
use crate::domain::timefmt::{date_span, long_date};
use crate::service::picks::{self as pick_service, PickOutcome};
use crate::service::registration as reg;
use crate::web::AppState;
use crate::web::agenda_view::{AgendaItem, agenda_item};
use crate::web::auth::CurrentUser;
use crate::web::csrf::{Csrf, CsrfForm};
use crate::web::error::AppError;
use crate::web::extract::PublishedConference;
use crate::web::render::{Layout, flash, html, see_other};
use crate::web::zone::{TzQuery, viewer_zone};

pub struct MyItem {
    pub id: String,
    pub item: AgendaItem,
    pub picked: Option<&'static str>,
    pub pickable: bool,
    pub capacity_note: Option<String>,
    pub overlaps: Vec<String>,
    pub join: JoinState,
}

#[derive(PartialEq, Eq)]
pub enum JoinState {
    Hidden,
    Open(String),
    /// The whole sentence saying from when the link is available, in the reader's
    /// language and zone.
    OpensAt(String),
    Ended,
}

pub struct MyDay {
    pub heading: String,
    pub items: Vec<MyItem>,
}

#[derive(Template)]
#[template(path = "attendee/me.html")]
pub struct MePage {
    pub layout: Layout,
    pub slug: String,
    pub title: String,
    pub dates: String,
    pub status: RegistrationStatus,
    pub waitlist_position: Option<i64>,
    pub tz_name: String,
    pub days: Vec<MyDay>,
    pub picked_count: usize,
    pub feed: FeedState,
    pub join_lead_minutes: i32,
    /// The registration's country, which the registrant may correct.
    pub country: String,
    pub countries: Vec<crate::web::CountryOption>,
    pub errors: crate::domain::FieldErrors,
    /// Consents to appear on the list of participants (issue 18).
    pub list_consent: bool,
    /// In an approval category: (the state's name, what it means) while awaiting or
    /// declined.
    pub approval: Option<(String, String)>,
    /// The answers to the conference's questions, when some are asked of them.
    pub answers: Option<super::answers::MyAnswers>,
}

/// Where a registration of an approval category stands, while not approved.
async fn approval_note(
    state: &AppState,
    rid: crate::domain::RegistrationId,
) -> Result<Option<(String, String)>, AppError> {
    use crate::domain::categories::Approval;
    use crate::domain::l10n::{Arg, tr, tr_with};
    let found = state
        .db
        .run(move |c| {
            let held = crate::service::approvals::held(c, rid)?;
            let category = crate::service::approvals::category_of(c, rid)?;
            Ok::<_, AppError>(held.zip(category))
        })
        .await?;
    Ok(found.map(|(a, cat)| {
        let key = match a {
            Approval::Declined => "reg-me-declined",
            _ => "reg-me-awaiting",
        };
        (
            tr(a.label_key()),
            tr_with(key, &[("category", Arg::Text(&cat.name))]),
        )
    }))
}

/// A new feed address and the ways to subscribe to it: `webcal://` (Apple Calendar,
/// Thunderbird and most desktop clients open it as a subscription), Google Calendar
/// and Outlook's "add from web" pages, and the plain `https://` address to copy.
pub struct FeedLinks {
    pub https: String,
    pub webcal: String,
    pub google: String,
    pub outlook: String,
}

impl FeedLinks {
    pub fn new(https: String, name: &str) -> Self {
        let webcal = match https.split_once("://") {
            Some((_, rest)) => format!("webcal://{rest}"),
            None => https.clone(),
        };
        Self {
            google: format!(
                "https://calendar.google.com/calendar/render?{}",
                crate::web::link::query(&[("cid", webcal.as_str())])
            ),
            outlook: format!(
                "https://outlook.live.com/calendar/0/addfromweb?{}",
                crate::web::link::query(&[("url", https.as_str()), ("name", name)])
            ),
            webcal,
            https,
        }
    }
}

/// The calendar feed as the page shows it: its address only right after it was
/// made (only a hash is stored, so it cannot be shown again later).
pub enum FeedState {
    None,
    /// Just created or rotated: the address, shown this once.
    New(FeedLinks),
    /// Exists; its address was shown when it was made.
    Exists,
}

/// The login-cookie key carrying a new feed address from the POST to the page
/// that shows it once: (conference slug, secret). The cookie is encrypted.
const NEW_FEED_KEY: &str = "new_feed";

#[tracing::instrument(
    name = "attendee::me",
    skip_all,
    fields(conference = %conf.0.id, user = %user.0.id)
)]
pub async fn me(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    req: HttpRequest,
    conf: PublishedConference,
    query: web::Query<TzQuery>,
) -> Result<HttpResponse, AppError> {
    let conf = conf.0;
    let user = user.0;
    let Some(registration) = my_registration(&state, &conf, &user).await? else {
        return Ok(see_other(&format!("/c/{}/register", conf.slug)));
    };
    let (cid, rid) = (conf.id, registration.id);
    let default_language = conf.default_language;
    let reg_for_pos = registration.clone();
    let (sessions, picks, counts, position) = state
        .db
        .run(move |c| {
            let mut sessions = db::sessions::for_conference(c, cid)?;
            db::content::localize_sessions(
                c,
                &mut sessions,
                crate::domain::l10n::current(),
                default_language,
            )?;
            let picks = db::registrations::picks(c, rid)?;
            let mut counts = Vec::new();
            for s in sessions.iter().filter(|s| s.capacity.is_some()) {
                counts.push((s.id, db::registrations::enrolled_count(c, s.id)?));
            }
            let position = (reg_for_pos.status == RegistrationStatus::Waitlisted)
                .then(|| db::registrations::waitlist_position(c, &reg_for_pos))
                .transpose()?;
            Ok::<_, AppError>((sessions, picks, counts, position))
        })
        .await?;
    let conf = crate::web::content::localized(&state, &conf).await?;
    // The viewer's zone: ?tz= or the zone cookie, else their profile's zone.
    let zone = viewer_zone(&req, &query, user.tz);
    let tz = zone.tz;
    let now = state.clock.now();
    let picked_sessions: Vec<&crate::db::sessions::Session> = sessions
        .iter()
        .filter(|s| picks.iter().any(|p| p.session_id == s.id))
        .collect();
    let days = group_by_local_day(sessions.clone(), tz)
        .into_iter()
        .map(|d| MyDay {
            heading: long_date(d.date),
            items: d
                .items
                .iter()
                .map(|s| {
                    let pick = picks.iter().find(|p| p.session_id == s.id);
                    let overlaps = match pick {
                        Some(_) => picked_sessions
                            .iter()
                            .filter(|o| o.id != s.id && agenda::overlaps(**o, s))
                            .map(|o| o.title.clone())
                            .collect(),
                        None => Vec::new(),
                    };
                    let mine = super::mine::entry(
                        &conf,
                        s,
                        registration.status,
                        pick.map(|p| p.status),
                        now,
                        tz,
                    );
                    let taken = counts
                        .iter()
                        .find(|(id, _)| *id == s.id)
                        .map(|(_, n)| *n)
                        .unwrap_or(0);
                    let capacity_note =
                        s.capacity
                            .zip(places_left(s.capacity, taken))
                            .map(|(cap, left)| {
                                if left == 0 {
                                    tr_count("att-capacity-full", cap.into())
                                } else {
                                    tr_with(
                                        "att-capacity-left",
                                        &[
                                            ("count", Arg::Number(left)),
                                            ("n", Arg::Text(&current().number(left))),
                                            ("cap", Arg::Text(&current().number(cap.into()))),
                                        ],
                                    )
                                }
                            });
                    MyItem {
                        id: s.id.to_string(),
                        item: agenda_item(&conf.slug, s, tz),
                        picked: mine.picked,
                        pickable: mine.pickable,
                        capacity_note,
                        overlaps,
                        join: mine.join,
                    }
                })
                .collect(),
        })
        .collect();
    let new_feed = cookie
        .remove_as::<(String, String)>(NEW_FEED_KEY)
        .and_then(Result::ok)
        .filter(|(slug, _)| *slug == conf.slug && registration.feed_token_hash.is_some());
    let feed = match (new_feed, &registration.feed_token_hash) {
        (Some((_, token)), _) => FeedState::New(FeedLinks::new(
            format!("{}/feeds/{token}.ics", state.settings.base_url),
            &conf.title,
        )),
        (None, Some(_)) => FeedState::Exists,
        (None, None) => FeedState::None,
    };
    super::mine::refresh_nav(&state, &cookie, user.id).await?;
    let list_consent = super::list_consent::consent_of(&state, registration.id).await?;
    let approval = approval_note(&state, rid).await?;
    let answers = super::answers::summary(&state, &conf, rid).await?;
    html(&MePage {
        answers,
        list_consent,
        approval,
        layout: Layout::from_cookie(&cookie),
        dates: date_span(conf.starts_on, conf.ends_on),
        status: registration.status,
        waitlist_position: position,
        tz_name: tz.name().to_string(),
        picked_count: picks.len(),
        days,
        feed,
        join_lead_minutes: conf.join_lead_minutes,
        country: registration.country.clone(),
        countries: crate::web::country_options(),
        errors: crate::domain::FieldErrors::new(),
        slug: conf.slug,
        title: conf.title,
    })
}

#[derive(Deserialize)]
pub struct PickForm {
    #[serde(default)]
    pub session: String,
    #[serde(default)]
    pub action: String,
    /// The page the form was on: "agenda" or "session" (else My conference).
    #[serde(default)]
    pub back: String,
}

#[tracing::instrument(
    name = "attendee::pick",
    skip_all,
    fields(conference = %conf.0.id, user = %user.0.id)
)]
pub async fn pick(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    form: CsrfForm<PickForm>,
    conf: PublishedConference,
) -> Result<HttpResponse, AppError> {
    let conf = conf.0;
    let Some(registration) = my_registration(&state, &conf, &user.0).await? else {
        return Ok(super::not_registered(&cookie, &conf.slug));
    };
    let session = SessionId::parse(&form.session)
        .ok_or_else(|| AppError::BadRequest("unknown session".into()))?;
    let conf2 = conf.clone();
    let message = match form.action.as_str() {
        "pick" => {
            let outcome = state
                .service
                .run(move |c, ctx| pick_service::pick(c, ctx, &conf2, &registration, session))
                .await?;
            match outcome {
                PickOutcome::Enrolled => "att-flash-picked",
                PickOutcome::Waitlisted => "att-flash-pick-waitlisted",
                PickOutcome::AlreadyPicked => "att-flash-already-picked",
                PickOutcome::NotConfirmed => "att-flash-pick-not-confirmed",
                PickOutcome::NotPickable => "att-flash-not-pickable",
            }
        }
        "unpick" => {
            let removed = state
                .service
                .run(move |c, ctx| pick_service::unpick(c, ctx, &conf2, &registration, session))
                .await?;
            if removed {
                "att-flash-unpicked"
            } else {
                "att-flash-not-picked"
            }
        }
        _ => return Err(AppError::BadRequest("unknown action".into())),
    };
    flash(&cookie, tr(message));
    let back = match form.back.as_str() {
        "agenda" => format!("/c/{}/agenda#s-{session}", conf.slug),
        "session" => format!("/c/{}/sessions/{session}", conf.slug),
        _ => format!("/c/{}/me#s-{session}", conf.slug),
    };
    Ok(see_other(&back))
}

#[derive(Template)]
#[template(path = "attendee/cancel.html")]
pub struct CancelPage {
    pub layout: Layout,
    pub slug: String,
    pub title: String,
}

#[tracing::instrument(
    name = "attendee::cancel_form",
    skip_all,
    fields(conference = %conf.0.id, user = %user.0.id)
)]
pub async fn cancel_form(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    conf: PublishedConference,
) -> Result<HttpResponse, AppError> {
    let conf = conf.0;
    let registration = my_registration(&state, &conf, &user.0).await?;
    if registration.is_none_or(|r| r.status == RegistrationStatus::Cancelled) {
        return Ok(see_other(&format!("/c/{}/me", conf.slug)));
    }
    html(&CancelPage {
        layout: Layout::from_cookie(&cookie),
        slug: conf.slug,
        title: conf.title,
    })
}

#[tracing::instrument(
    name = "attendee::cancel",
    skip_all,
    fields(conference = %conf.0.id, user = %user.0.id)
)]
pub async fn cancel(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    _: Csrf,
    conf: PublishedConference,
) -> Result<HttpResponse, AppError> {
    let conf = conf.0;
    let Some(registration) = my_registration(&state, &conf, &user.0).await? else {
        return Ok(super::not_registered(&cookie, &conf.slug));
    };
    let conf2 = conf.clone();
    let (uid, name) = (user.0.id, user.0.name.clone());
    state
        .service
        .run(move |c, ctx| {
            crate::service::waitlist::cancel_by_attendee(c, ctx, &conf2, &registration, uid, &name)
        })
        .await?;
    super::mine::refresh_nav(&state, &cookie, user.0.id).await?;
    flash(&cookie, tr("att-flash-cancelled"));
    Ok(see_other(&format!("/c/{}/me", conf.slug)))
}

#[tracing::instrument(
    name = "attendee::rotate_feed",
    skip_all,
    fields(conference = %conf.0.id, user = %user.0.id)
)]
pub async fn rotate_feed(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    _: Csrf,
    conf: PublishedConference,
) -> Result<HttpResponse, AppError> {
    let conf = conf.0;
    let Some(registration) = my_registration(&state, &conf, &user.0).await? else {
        return Ok(super::not_registered(&cookie, &conf.slug));
    };
    let had = registration.feed_token_hash.is_some();
    let token = state
        .service
        .run(move |c, ctx| reg::rotate_feed_token(c, ctx, &registration))
        .await?;
    let _ = cookie.insert(NEW_FEED_KEY, (conf.slug.clone(), token));
    flash(
        &cookie,
        if had {
            tr("att-flash-feed-rotated")
        } else {
            tr("att-flash-feed-created")
        },
    );
    Ok(see_other(&format!("/c/{}/me#feed", conf.slug)))
}
