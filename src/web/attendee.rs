//! Attendees: sign-up with email confirmation, one-click registration for signed-in
//! users, resending the link, and "My conference" (status, picks, join links,
//! cancelling, the personal calendar-feed URL).

use actix_session::Session as Cookie;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::Duration;
use serde::Deserialize;

use super::auth::{CurrentUser, MaybeUser, client_ip, sign_in};
use super::error::AppError;
use super::public::{date_span, long_date, published_conference};
use super::ratelimit::Action;
use super::render::{Layout, flash, html, see_other};
use super::{AppState, CountryOption, country_options};
use crate::db::conferences::Conference;
use crate::db::registrations::Registration;
use crate::db::{self, users::User};
use crate::domain::agenda::{self, Timed, group_by_local_day};
use crate::domain::status::{EnrollmentStatus, RegistrationStatus, SessionKind};
use crate::domain::text::clean_text;
use crate::domain::{
    CountryCode, Email, FieldErrors, Password, PersonName, SessionId, TimeZone, passwords,
};
use crate::service::registration::{self as reg, ConfirmOutcome, JoinOutcome, PickOutcome};

async fn conference(state: &AppState, slug: String) -> Result<Conference, AppError> {
    state.db.run(move |c| published_conference(c, &slug)).await
}

/// Why registration is not open now, if it is not.
fn window_closed(conf: &Conference, now: chrono::DateTime<chrono::Utc>) -> Option<String> {
    let when = |t: chrono::DateTime<chrono::Utc>| {
        format!(
            "{} at {}",
            long_date(t.with_timezone(&conf.tz).date_naive()),
            t.with_timezone(&conf.tz).format("%H:%M %Z")
        )
    };
    match (conf.registration_opens_at, conf.registration_closes_at) {
        (Some(open), _) if now < open => Some(format!("Registration opens on {}.", when(open))),
        (_, Some(close)) if now >= close => {
            Some(format!("Registration closed on {}.", when(close)))
        }
        _ => None,
    }
}

// ---------------------------------------------------------------- sign-up form

/// What the person typed, echoed back on errors (never the password).
#[derive(Default, Deserialize)]
pub struct SignUpForm {
    #[serde(default)]
    pub csrf: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub organization: String,
    #[serde(default)]
    pub time_zone: String,
    #[serde(default)]
    pub password: String,
    #[serde(default)]
    pub consent: Option<String>,
}

#[derive(Template)]
#[template(path = "attendee/register.html")]
pub struct RegisterPage {
    pub layout: Layout,
    pub slug: String,
    pub title: String,
    pub dates: String,
    pub privacy_notice: String,
    pub full: bool,
    pub errors: FieldErrors,
    pub form: SignUpForm,
    pub countries: Vec<CountryOption>,
    pub zones: &'static [chrono_tz::Tz],
    /// Set when a signed-in user can register in one click.
    pub signed_in_as: Option<(String, String)>,
}

#[derive(Template)]
#[template(path = "attendee/closed.html")]
pub struct ClosedPage {
    pub layout: Layout,
    pub slug: String,
    pub title: String,
    pub message: String,
}

async fn is_full(state: &AppState, conf: &Conference) -> Result<bool, AppError> {
    let Some(cap) = conf.capacity else {
        return Ok(false);
    };
    let id = conf.id;
    let taken = state
        .db
        .run(move |c| Ok::<_, AppError>(db::registrations::seats_taken(c, id, None)?))
        .await?;
    Ok(taken >= i64::from(cap))
}

fn register_page(
    cookie: &Cookie,
    conf: &Conference,
    full: bool,
    errors: FieldErrors,
    form: SignUpForm,
    user: Option<&User>,
) -> RegisterPage {
    RegisterPage {
        layout: Layout::from_cookie(cookie),
        slug: conf.slug.clone(),
        title: conf.title.clone(),
        dates: date_span(conf.starts_on, conf.ends_on),
        privacy_notice: conf.privacy_notice.clone(),
        full,
        errors,
        form,
        countries: country_options(),
        zones: &chrono_tz::TZ_VARIANTS,
        signed_in_as: user.map(|u| (u.name.clone(), u.email.to_string())),
    }
}

pub async fn register_form(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: MaybeUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let conf = conference(&state, slug.into_inner()).await?;
    if let Some(message) = window_closed(&conf, state.clock.now()) {
        return html(&ClosedPage {
            layout: Layout::from_cookie(&cookie),
            slug: conf.slug,
            title: conf.title,
            message,
        });
    }
    if let Some(u) = &user.0 {
        let (cid, uid) = (conf.id, u.id);
        let existing = state
            .db
            .run(move |c| Ok::<_, AppError>(db::registrations::for_user(c, cid, uid)?))
            .await?;
        if existing.is_some_and(|r| r.status != RegistrationStatus::Cancelled) {
            return Ok(see_other(&format!("/c/{}/me", conf.slug)));
        }
    }
    let full = is_full(&state, &conf).await?;
    let form = SignUpForm {
        time_zone: conf.tz.name().to_string(),
        ..SignUpForm::default()
    };
    html(&register_page(
        &cookie,
        &conf,
        full,
        FieldErrors::new(),
        form,
        user.0.as_ref(),
    ))
}

/// A validated form, ready for the service.
struct ParsedSignUp {
    name: PersonName,
    email: Email,
    country: CountryCode,
    organization: Option<String>,
    tz: TimeZone,
    password: Password,
}

fn parse_sign_up(f: &SignUpForm) -> Result<ParsedSignUp, FieldErrors> {
    let mut e = FieldErrors::new();
    let name = e.check("name", PersonName::parse(&f.name));
    let email = e.check("email", Email::parse(&f.email));
    let country = e.check("country", CountryCode::parse(&f.country));
    let organization = e.check(
        "organization",
        clean_text(&f.organization, 200, false).map(|s| Some(s).filter(|s| !s.is_empty())),
    );
    let tz = e.check("time_zone", TimeZone::parse(&f.time_zone));
    let password = e.check("password", Password::parse(&f.password));
    if f.consent.is_none() {
        e.add("consent", "Agree to the privacy notice to register");
    }
    match (name, email, country, organization, tz, password) {
        (Some(name), Some(email), Some(country), Some(organization), Some(tz), Some(password))
            if e.is_empty() =>
        {
            Ok(ParsedSignUp {
                name,
                email,
                country,
                organization,
                tz,
                password,
            })
        }
        _ => Err(e),
    }
}

pub async fn register(
    state: web::Data<AppState>,
    cookie: Cookie,
    req: HttpRequest,
    slug: web::Path<String>,
    form: web::Form<SignUpForm>,
) -> Result<HttpResponse, AppError> {
    super::csrf::verify(&cookie, &form.csrf)?;
    let conf = conference(&state, slug.into_inner()).await?;
    if window_closed(&conf, state.clock.now()).is_some() {
        return Ok(see_other(&format!("/c/{}/register", conf.slug)));
    }
    let mut form = form.into_inner();
    let account = Email::parse(&form.email).ok();
    state.limits.check(
        Action::SignUp,
        client_ip(&req),
        account.as_ref().map(Email::as_str),
    )?;
    let parsed = match parse_sign_up(&form) {
        Ok(p) => p,
        Err(errors) => {
            form.password.clear();
            let full = is_full(&state, &conf).await?;
            return html(&register_page(&cookie, &conf, full, errors, form, None));
        }
    };
    let ParsedSignUp {
        name,
        email,
        country,
        organization,
        tz,
        password,
    } = parsed;
    let password_hash = web::block(move || passwords::hash(&password)).await??;
    let sign_up = reg::SignUp {
        name,
        email: email.clone(),
        country,
        organization,
        tz,
        password_hash,
    };
    let st = state.clone();
    let conf2 = conf.clone();
    state
        .db
        .write(move |c| Ok::<_, AppError>(reg::sign_up(c, st.ctx(), &conf2, &sign_up)?))
        .await?;
    let _ = cookie.insert(SENT_TO_KEY, email.as_str());
    Ok(see_other(&format!("/c/{}/register/sent", conf.slug)))
}

const SENT_TO_KEY: &str = "sent_to";

#[derive(Template)]
#[template(path = "attendee/sent.html")]
pub struct SentPage {
    pub layout: Layout,
    pub slug: String,
    pub title: String,
    pub email: Option<String>,
}

/// "Check your email": identical whether the address was new or known.
pub async fn sent(
    state: web::Data<AppState>,
    cookie: Cookie,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let conf = conference(&state, slug.into_inner()).await?;
    let email = cookie.remove_as::<String>(SENT_TO_KEY).and_then(Result::ok);
    html(&SentPage {
        layout: Layout::from_cookie(&cookie),
        slug: conf.slug,
        title: conf.title,
        email,
    })
}

#[derive(Deserialize)]
pub struct CsrfOnly {
    #[serde(default)]
    pub csrf: String,
}

/// One-click registration for a signed-in user.
pub async fn join_conference(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    slug: web::Path<String>,
    form: web::Form<CsrfOnly>,
) -> Result<HttpResponse, AppError> {
    super::csrf::verify(&cookie, &form.csrf)?;
    let conf = conference(&state, slug.into_inner()).await?;
    if window_closed(&conf, state.clock.now()).is_some() {
        return Ok(see_other(&format!("/c/{}/register", conf.slug)));
    }
    let st = state.clone();
    let conf2 = conf.clone();
    let outcome = state
        .db
        .write(move |c| Ok::<_, AppError>(reg::join(c, st.ctx(), &conf2, &user.0)?))
        .await?;
    flash(
        &cookie,
        match outcome {
            JoinOutcome::AlreadyRegistered => "You are already registered.".to_string(),
            JoinOutcome::Registered(RegistrationStatus::Confirmed) => {
                "You are registered. A confirmation is on its way to your inbox.".into()
            }
            JoinOutcome::Registered(RegistrationStatus::Waitlisted) => {
                "The conference is full: you are on the waiting list.".into()
            }
            JoinOutcome::Registered(_) => {
                "Almost done: confirm your email address with the link we just sent you.".into()
            }
        },
    );
    Ok(see_other(&format!("/c/{}/me", conf.slug)))
}

// ---------------------------------------------------------------- confirmation

#[derive(Template)]
#[template(path = "attendee/link.html")]
pub struct LinkPage {
    pub layout: Layout,
    pub heading: String,
    pub message: String,
    pub action: Option<(String, String)>,
}

pub async fn confirm(
    state: web::Data<AppState>,
    cookie: Cookie,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let token = token.into_inner();
    if token.len() > 100 {
        return Err(AppError::NotFound);
    }
    let st = state.clone();
    let outcome = state
        .db
        .write(move |c| Ok::<_, AppError>(reg::confirm(c, st.ctx(), &token)?))
        .await?;
    let page = |heading: &str, message: String, action: Option<(String, String)>| LinkPage {
        layout: Layout::from_cookie(&cookie),
        heading: heading.into(),
        message,
        action,
    };
    match outcome {
        ConfirmOutcome::Confirmed { user, slug, status } => {
            let user = state
                .db
                .run(move |c| Ok::<_, AppError>(db::users::by_id(c, user)?))
                .await?
                .ok_or(AppError::NotFound)?;
            sign_in(&cookie, &user, super::auth::nav_roles(&state, &user).await?);
            flash(
                &cookie,
                match status {
                    RegistrationStatus::Waitlisted => {
                        "Your email address is confirmed. The conference is full, so you are on the waiting list."
                    }
                    _ => "Your registration is confirmed. Pick the sessions you want to follow.",
                },
            );
            Ok(see_other(&format!("/c/{slug}/me")))
        }
        ConfirmOutcome::AlreadyUsed { slug, status } => {
            let status = status
                .map(|s| s.label().to_lowercase())
                .unwrap_or_else(|| "unchanged".into());
            html(&page(
                "This link has already been used",
                format!("Nothing more to do: your registration is {status}."),
                slug.map(|s| ("Go to my conference page".to_string(), format!("/c/{s}/me"))),
            ))
        }
        ConfirmOutcome::Expired => {
            let mut resp = html(&page(
                "This link has expired",
                "Confirmation links work for 48 hours. Ask for a new one from the conference's registration page.".into(),
                Some(("Go to the list of conferences".into(), "/".into())),
            ))?;
            *resp.status_mut() = actix_web::http::StatusCode::GONE;
            Ok(resp)
        }
        ConfirmOutcome::Unknown => {
            let mut resp = html(&page(
                "This link is not valid",
                "Check that you copied the whole address from the email.".into(),
                None,
            ))?;
            *resp.status_mut() = actix_web::http::StatusCode::NOT_FOUND;
            Ok(resp)
        }
    }
}

#[derive(Template)]
#[template(path = "attendee/resend.html")]
pub struct ResendPage {
    pub layout: Layout,
    pub slug: String,
    pub title: String,
    pub errors: FieldErrors,
    pub email: String,
}

pub async fn resend_form(
    state: web::Data<AppState>,
    cookie: Cookie,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let conf = conference(&state, slug.into_inner()).await?;
    html(&ResendPage {
        layout: Layout::from_cookie(&cookie),
        slug: conf.slug,
        title: conf.title,
        errors: FieldErrors::new(),
        email: String::new(),
    })
}

#[derive(Deserialize)]
pub struct EmailForm {
    #[serde(default)]
    pub csrf: String,
    #[serde(default)]
    pub email: String,
}

pub async fn resend(
    state: web::Data<AppState>,
    cookie: Cookie,
    req: HttpRequest,
    slug: web::Path<String>,
    form: web::Form<EmailForm>,
) -> Result<HttpResponse, AppError> {
    super::csrf::verify(&cookie, &form.csrf)?;
    let conf = conference(&state, slug.into_inner()).await?;
    let email = match Email::parse(&form.email) {
        Ok(e) => e,
        Err(m) => {
            let mut errors = FieldErrors::new();
            errors.add("email", m);
            return html(&ResendPage {
                layout: Layout::from_cookie(&cookie),
                slug: conf.slug,
                title: conf.title,
                errors,
                email: form.email.clone(),
            });
        }
    };
    state
        .limits
        .check(Action::Resend, client_ip(&req), Some(email.as_str()))?;
    let st = state.clone();
    let (conf2, email2) = (conf.clone(), email.clone());
    state
        .db
        .write(move |c| Ok::<_, AppError>(reg::resend(c, st.ctx(), &conf2, &email2)?))
        .await?;
    let _ = cookie.insert(SENT_TO_KEY, email.as_str());
    Ok(see_other(&format!("/c/{}/register/sent", conf.slug)))
}

// ---------------------------------------------------------------- my conference

pub struct MyItem {
    pub id: String,
    pub item: super::public::AgendaItem,
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
    pub feed_url: Option<String>,
    pub join_lead_minutes: i32,
}

async fn my_registration(
    state: &AppState,
    conf: &Conference,
    user: &User,
) -> Result<Option<Registration>, AppError> {
    let (cid, uid) = (conf.id, user.id);
    state
        .db
        .run(move |c| Ok::<_, AppError>(db::registrations::for_user(c, cid, uid)?))
        .await
}

pub async fn me(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    req: HttpRequest,
    slug: web::Path<String>,
    query: web::Query<super::public::TzQuery>,
) -> Result<HttpResponse, AppError> {
    let conf = conference(&state, slug.into_inner()).await?;
    let user = user.0;
    let Some(registration) = my_registration(&state, &conf, &user).await? else {
        return Ok(see_other(&format!("/c/{}/register", conf.slug)));
    };
    let (cid, rid) = (conf.id, registration.id);
    let reg_for_pos = registration.clone();
    let (sessions, picks, counts, position) = state
        .db
        .run(move |c| {
            let sessions = db::sessions::for_conference(c, cid)?;
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
    // The viewer's zone: ?tz= or the zone cookie, else their profile's zone.
    let zone = super::public::viewer_zone(&req, &query, user.tz);
    let tz = zone.tz;
    let now = state.clock.now();
    let lead = Duration::minutes(i64::from(conf.join_lead_minutes));
    let confirmed = registration.status == RegistrationStatus::Confirmed;
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
                    let seat = pick.is_none_or(|p| p.status == EnrollmentStatus::Enrolled);
                    let may_join = confirmed
                        && !s.cancelled
                        && s.join_url.is_some()
                        && seat
                        && (s.capacity.is_none() || pick.is_some());
                    let join = if !may_join {
                        JoinState::Hidden
                    } else if now >= s.ends_at() {
                        JoinState::Ended
                    } else if now >= s.starts_at() - lead {
                        JoinState::Open(format!("/c/{}/sessions/{}/join", conf.slug, s.id))
                    } else {
                        JoinState::OpensAt(format!(
                            "{} {}",
                            long_date((s.starts_at() - lead).with_timezone(&tz).date_naive()),
                            (s.starts_at() - lead).with_timezone(&tz).format("%H:%M %Z")
                        ))
                    };
                    let capacity_note = s.capacity.map(|cap| {
                        let taken = counts
                            .iter()
                            .find(|(id, _)| *id == s.id)
                            .map(|(_, n)| *n)
                            .unwrap_or(0);
                        let left = (i64::from(cap) - taken).max(0);
                        if left == 0 {
                            format!(
                                "Full ({cap} places): new picks join the session's waiting list"
                            )
                        } else {
                            format!("{left} of {cap} places left")
                        }
                    });
                    MyItem {
                        id: s.id.to_string(),
                        item: super::public::agenda_item(&conf.slug, s, tz),
                        picked: pick.map(|p| match p.status {
                            EnrollmentStatus::Enrolled => "picked",
                            EnrollmentStatus::Waitlisted => "waitlisted",
                        }),
                        pickable: confirmed
                            && !s.cancelled
                            && s.kind != SessionKind::Break
                            && s.ends_at > now,
                        capacity_note,
                        overlaps,
                        join,
                    }
                })
                .collect(),
        })
        .collect();
    let feed_url = registration
        .feed_token
        .as_ref()
        .map(|t| format!("{}/feeds/{t}.ics", state.settings.base_url));
    html(&MePage {
        layout: Layout::from_cookie(&cookie),
        dates: date_span(conf.starts_on, conf.ends_on),
        status: registration.status,
        waitlist_position: position,
        tz_name: tz.name().to_string(),
        picked_count: picks.len(),
        days,
        feed_url,
        join_lead_minutes: conf.join_lead_minutes,
        slug: conf.slug,
        title: conf.title,
    })
}

#[derive(Deserialize)]
pub struct PickForm {
    #[serde(default)]
    pub csrf: String,
    #[serde(default)]
    pub session: String,
    #[serde(default)]
    pub action: String,
}

pub async fn pick(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    slug: web::Path<String>,
    form: web::Form<PickForm>,
) -> Result<HttpResponse, AppError> {
    super::csrf::verify(&cookie, &form.csrf)?;
    let conf = conference(&state, slug.into_inner()).await?;
    let registration = my_registration(&state, &conf, &user.0)
        .await?
        .ok_or(AppError::Forbidden)?;
    let session = SessionId::parse(&form.session)
        .ok_or_else(|| AppError::BadRequest("unknown session".into()))?;
    let st = state.clone();
    let conf2 = conf.clone();
    let message = match form.action.as_str() {
        "pick" => {
            let outcome = state
                .db
                .write(move |c| {
                    Ok::<_, AppError>(reg::pick(c, st.ctx(), &conf2, &registration, session)?)
                })
                .await?;
            match outcome {
                PickOutcome::Enrolled => "Session added to your picks.",
                PickOutcome::Waitlisted => {
                    "The session is full: you are on its waiting list and will get the next free place."
                }
                PickOutcome::AlreadyPicked => "You had already picked this session.",
                PickOutcome::NotConfirmed => {
                    "You can pick sessions once your registration is confirmed."
                }
                PickOutcome::NotPickable => "This session cannot be picked.",
            }
        }
        "unpick" => {
            let removed = state
                .db
                .write(move |c| {
                    Ok::<_, AppError>(reg::unpick(c, st.ctx(), &conf2, &registration, session)?)
                })
                .await?;
            if removed {
                "Session removed from your picks."
            } else {
                "That session was not among your picks."
            }
        }
        _ => return Err(AppError::BadRequest("unknown action".into())),
    };
    flash(&cookie, message);
    Ok(see_other(&format!("/c/{}/me#s-{session}", conf.slug)))
}

/// Records attendance and sends the attendee to the meeting, inside the join window.
pub async fn join_session(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (slug, id) = path.into_inner();
    let session_id = SessionId::parse(&id).ok_or(AppError::NotFound)?;
    let conf = conference(&state, slug).await?;
    let registration = my_registration(&state, &conf, &user.0).await?;
    let now = state.clock.now();
    let cid = conf.id;
    let session = state
        .db
        .run(move |c| Ok::<_, AppError>(db::sessions::by_id(c, cid, session_id)?))
        .await?
        .ok_or(AppError::NotFound)?;
    let not_yet = |message: String| {
        html(&LinkPage {
            layout: Layout::from_cookie(&cookie),
            heading: "The join link is not available".into(),
            message,
            action: Some((
                "Back to my conference page".into(),
                format!("/c/{}/me", conf.slug),
            )),
        })
    };
    let Some(registration) = registration.filter(|r| r.status == RegistrationStatus::Confirmed)
    else {
        return not_yet(
            "Join links are for confirmed registrants. Confirm your registration first.".into(),
        );
    };
    let Some(url) = session.join_url.clone().filter(|_| !session.cancelled) else {
        return not_yet("This session has no join link.".into());
    };
    let rid = registration.id;
    let picks = state
        .db
        .run(move |c| Ok::<_, AppError>(db::registrations::picks(c, rid)?))
        .await?;
    let pick = picks.iter().find(|p| p.session_id == session_id);
    if session.capacity.is_some() && pick.is_none_or(|p| p.status != EnrollmentStatus::Enrolled) {
        return not_yet("This session has limited places: pick it first to get a place.".into());
    }
    let lead = Duration::minutes(i64::from(conf.join_lead_minutes));
    if now < session.starts_at - lead {
        let opens = (session.starts_at - lead).with_timezone(&user.0.tz);
        return not_yet(format!(
            "The link opens {} minutes before the session, on {} at {}.",
            conf.join_lead_minutes,
            long_date(opens.date_naive()),
            opens.format("%H:%M %Z")
        ));
    }
    if now >= session.ends_at {
        return not_yet("This session has ended.".into());
    }
    state
        .db
        .write(move |c| {
            if db::registrations::enroll_if_absent(
                c,
                rid,
                session_id,
                EnrollmentStatus::Enrolled,
                now,
            )? {
                tracing::debug!("attendance for an unpicked session");
            }
            db::registrations::record_attendance(c, rid, session_id, now)?;
            Ok::<_, AppError>(())
        })
        .await?;
    Ok(HttpResponse::SeeOther()
        .insert_header((actix_web::http::header::LOCATION, url))
        .insert_header(("Cache-Control", "no-store"))
        .finish())
}

#[derive(Template)]
#[template(path = "attendee/cancel.html")]
pub struct CancelPage {
    pub layout: Layout,
    pub slug: String,
    pub title: String,
}

pub async fn cancel_form(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let conf = conference(&state, slug.into_inner()).await?;
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

pub async fn cancel(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    slug: web::Path<String>,
    form: web::Form<CsrfOnly>,
) -> Result<HttpResponse, AppError> {
    super::csrf::verify(&cookie, &form.csrf)?;
    let conf = conference(&state, slug.into_inner()).await?;
    let registration = my_registration(&state, &conf, &user.0)
        .await?
        .ok_or(AppError::Forbidden)?;
    let st = state.clone();
    let conf2 = conf.clone();
    state
        .db
        .write(move |c| Ok::<_, AppError>(reg::cancel(c, st.ctx(), &conf2, &registration)?))
        .await?;
    flash(
        &cookie,
        "Your registration is cancelled and your seat has been freed. You can register again while registration is open.",
    );
    Ok(see_other(&format!("/c/{}/me", conf.slug)))
}

pub async fn rotate_feed(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    slug: web::Path<String>,
    form: web::Form<CsrfOnly>,
) -> Result<HttpResponse, AppError> {
    super::csrf::verify(&cookie, &form.csrf)?;
    let conf = conference(&state, slug.into_inner()).await?;
    let registration = my_registration(&state, &conf, &user.0)
        .await?
        .ok_or(AppError::Forbidden)?;
    let had = registration.feed_token.is_some();
    state
        .db
        .write(move |c| Ok::<_, AppError>(reg::rotate_feed_token(c, &registration)?))
        .await?;
    flash(
        &cookie,
        if had {
            "Your calendar feed has a new address; the old one no longer works."
        } else {
            "Your personal calendar feed is ready."
        },
    );
    Ok(see_other(&format!("/c/{}/me#feed", conf.slug)))
}
