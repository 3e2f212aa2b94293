//! "My sessions" (every session where I moderate or speak, across conferences, with
//! the time to start and the hosts' join link) and one session's page: its run of
//! show, which the moderator orders and times, and the counts by country that
//! speakers may see without seeing anyone's personal data.

use std::collections::HashMap;

use actix_session::Session as Cookie;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use super::{CountryView, HostJoin, RosterAccess, host_join, relative, roles_label, when};
use crate::db;
use crate::db::sessions::{Person, Slot};
use crate::domain::FieldErrors;
use crate::domain::agenda::{self, Timed, group_by_local_day};
use crate::domain::l10n::{self, Arg};
use crate::domain::status::SessionRole;
use crate::domain::timefmt::{iso_utc, long_date};
use crate::service::moderation;
use crate::web::AppState;
use crate::web::auth::CurrentUser;
use crate::web::csrf::CsrfForm;
use crate::web::error::AppError;
use crate::web::extract::SessionContext;
use crate::web::render::{Layout, flash, html, see_other};
use crate::web::zone::{TzQuery, viewer_zone};

// ---------------------------------------------------------------- /moderate

pub struct MyItem {
    pub href: String,
    pub roster_href: Option<String>,
    pub title: String,
    pub conference_title: String,
    pub time: String,
    pub start_iso: String,
    pub relative: String,
    pub relative_class: &'static str,
    pub role: String,
    pub my_slot: Option<String>,
    pub join: HostJoin,
    pub cancelled: bool,
}

pub struct MyDay {
    pub heading: String,
    pub items: Vec<MyItem>,
}

#[derive(Template)]
#[template(path = "moderate/index.html")]
pub struct MySessionsPage {
    pub layout: Layout,
    pub tz_name: String,
    pub zone_notice: Option<String>,
    pub days: Vec<MyDay>,
    pub zones: crate::web::zone::Choices,
}

/// A `Hosted` session sorts on the agenda by its session's times.
struct ByTime(db::sessions::Hosted);

impl Timed for ByTime {
    fn starts_at(&self) -> chrono::DateTime<chrono::Utc> {
        self.0.session.starts_at
    }
    fn ends_at(&self) -> chrono::DateTime<chrono::Utc> {
        self.0.session.ends_at
    }
}

/// "You speak 2nd of 3, 10 minutes": a speaker's place in the run of show (the
/// English ordinal is passed along for the languages that use one).
fn slot_words(session: &db::sessions::Session, me: crate::domain::UserId) -> Option<String> {
    let speakers: Vec<&Person> = session.speakers().collect();
    let index = speakers.iter().position(|p| p.user_id == me)?;
    let total = i64::try_from(speakers.len()).unwrap_or(i64::MAX);
    let position = i64::try_from(index + 1).unwrap_or(i64::MAX);
    let ordinal = ordinal(index + 1);
    let place = l10n::tr_with(
        "orgb-my-slot",
        &[
            ("position", Arg::Number(position)),
            ("ordinal", Arg::Text(&ordinal)),
            ("total", Arg::Number(total)),
        ],
    );
    Some(match speakers[index].slot_minutes {
        Some(m) => l10n::tr_with(
            "orgb-my-slot-minutes",
            &[
                ("place", Arg::Text(&place)),
                ("minutes", Arg::Number(i64::from(m))),
            ],
        ),
        None => place,
    })
}

fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

#[tracing::instrument(name = "moderate::my_sessions", skip_all, fields(user = %user.0.id))]
pub async fn my_sessions(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    req: HttpRequest,
    query: web::Query<TzQuery>,
) -> Result<HttpResponse, AppError> {
    let user = user.0;
    let uid = user.id;
    let hosted = state
        .db
        .run(move |c| Ok::<_, AppError>(db::sessions::hosted_by(c, uid)?))
        .await?;
    let zone = viewer_zone(&req, &query, user.tz);
    let (tz, now) = (zone.tz, state.clock.now());
    let days = group_by_local_day(hosted.into_iter().map(ByTime).collect(), tz)
        .into_iter()
        .map(|d| MyDay {
            heading: long_date(d.date),
            items: d
                .items
                .into_iter()
                .map(|ByTime(h)| {
                    let s = &h.session;
                    let base = format!("/moderate/c/{}/sessions/{}", h.conference_slug, s.id);
                    let (relative, relative_class) = relative(now, s.starts_at, s.ends_at);
                    let roster_href = if h.roles.contains(&SessionRole::Moderator) {
                        Some(format!("{base}/roster"))
                    } else {
                        h.speakers_see_roster.then(|| format!("{base}/attendees"))
                    };
                    MyItem {
                        roster_href,
                        href: base,
                        title: s.title.clone(),
                        conference_title: h.conference_title.clone(),
                        time: agenda::time_range(s.starts_at, s.ends_at, tz),
                        start_iso: iso_utc(s.starts_at),
                        relative,
                        relative_class,
                        role: roles_label(&h.roles),
                        my_slot: h
                            .roles
                            .contains(&SessionRole::Speaker)
                            .then(|| slot_words(s, uid))
                            .flatten(),
                        join: host_join(&h.conference_slug, h.video_platform, s, &h.roles, now, tz),
                        cancelled: s.cancelled,
                    }
                })
                .collect(),
        })
        .collect();
    html(&MySessionsPage {
        layout: Layout::from_cookie(&cookie),
        tz_name: tz.name().to_string(),
        zone_notice: zone.notice,
        days,
        zones: crate::web::zone::choices(),
    })
}

// ---------------------------------------------------------------- the session page

/// One speaker's line in the run of show, with the values typed into the form.
pub struct SpeakerLine {
    pub field_position: String,
    pub field_minutes: String,
    pub name: String,
    pub organization: String,
    pub position: String,
    pub minutes: String,
    pub is_me: bool,
}

#[derive(Template)]
#[template(path = "moderate/session.html")]
pub struct SessionPage {
    pub layout: Layout,
    pub slug: String,
    pub conference_title: String,
    pub base: String,
    pub public_href: String,
    pub title: String,
    pub when: String,
    pub start_iso: String,
    pub tz_name: String,
    pub relative: String,
    pub relative_class: &'static str,
    pub cancelled: bool,
    pub role: String,
    pub join: HostJoin,
    pub moderators: Vec<String>,
    pub speakers: Vec<SpeakerLine>,
    pub my_slot: Option<String>,
    pub can_edit: bool,
    pub errors: FieldErrors,
    /// The roster for moderators, the read-only one for speakers where shared.
    pub roster_href: Option<String>,
    pub countries: CountryView,
}

fn position_field(p: &Person) -> String {
    format!("position-{}", p.user_id)
}

fn minutes_field(p: &Person) -> String {
    format!("minutes-{}", p.user_id)
}

async fn render_session(
    state: &AppState,
    cookie: &Cookie,
    req: &HttpRequest,
    query: &TzQuery,
    ctx: &SessionContext,
    form: Option<(&HashMap<String, String>, FieldErrors)>,
) -> Result<HttpResponse, AppError> {
    let sid = ctx.session.id;
    let counts = state
        .db
        .run(move |c| Ok::<_, AppError>(db::roster::counts_by_country(c, sid)?))
        .await?;
    let user = &ctx.user;
    let zone = viewer_zone(req, query, user.tz);
    let (tz, now) = (zone.tz, state.clock.now());
    let s = &ctx.session;
    let (relative, relative_class) = relative(now, s.starts_at, s.ends_at);
    let (values, errors) = match form {
        Some((values, errors)) => (Some(values), errors),
        None => (None, FieldErrors::new()),
    };
    let speakers = s
        .speakers()
        .map(|p| {
            let (fp, fm) = (position_field(p), minutes_field(p));
            let typed = |field: &str, stored: String| match values {
                Some(v) => v.get(field).cloned().unwrap_or_default(),
                None => stored,
            };
            SpeakerLine {
                position: typed(&fp, p.position.to_string()),
                minutes: typed(
                    &fm,
                    p.slot_minutes.map(|m| m.to_string()).unwrap_or_default(),
                ),
                field_position: fp,
                field_minutes: fm,
                name: p.name.clone(),
                organization: p.organization.clone().unwrap_or_default(),
                is_me: p.user_id == user.id,
            }
        })
        .collect();
    let page = SessionPage {
        layout: Layout::from_cookie(cookie),
        base: ctx.base_path(),
        public_href: format!("/c/{}/sessions/{}", ctx.conf.slug, s.id),
        title: s.title.clone(),
        when: when(s, tz),
        start_iso: iso_utc(s.starts_at),
        tz_name: tz.name().to_string(),
        relative,
        relative_class,
        cancelled: s.cancelled,
        role: roles_label(&ctx.roles),
        join: host_join(
            &ctx.conf.slug,
            ctx.conf.video_platform,
            s,
            &ctx.roles,
            now,
            tz,
        ),
        moderators: s.moderators().map(|p| p.name.clone()).collect(),
        speakers,
        my_slot: slot_words(s, user.id),
        can_edit: ctx.may_edit_run_of_show(),
        errors,
        roster_href: ctx.roster_access().map(|a| match a {
            RosterAccess::Full => format!("{}/roster", ctx.base_path()),
            RosterAccess::ReadOnly => format!("{}/attendees", ctx.base_path()),
        }),
        countries: CountryView::new(counts),
        slug: ctx.conf.slug.clone(),
        conference_title: ctx.conf.title.clone(),
    };
    html(&page)
}

#[tracing::instrument(
    name = "moderate::session",
    skip_all,
    fields(conference = %ctx.conf.id, session = %ctx.session.id, user = %ctx.user.id)
)]
pub async fn session(
    state: web::Data<AppState>,
    cookie: Cookie,
    ctx: SessionContext,
    req: HttpRequest,
    query: web::Query<TzQuery>,
) -> Result<HttpResponse, AppError> {
    render_session(&state, &cookie, &req, &query, &ctx, None).await
}

/// Longest speaking slot the form accepts, in minutes (a whole working day's session).
pub const MAX_SLOT_MINUTES: i32 = 240;

/// Reads the run-of-show form against the session's speakers: positions must be a
/// permutation of 1..n, slots 1–240 minutes or empty. Every problem is reported.
pub fn parse_run_of_show(
    speakers: &[&Person],
    form: &HashMap<String, String>,
) -> Result<Vec<Slot>, FieldErrors> {
    let n = speakers.len();
    let mut errors = FieldErrors::new();
    let mut parsed: Vec<(&Person, Option<i32>, Option<i32>)> = Vec::new();
    for p in speakers {
        let raw = form.get(&position_field(p)).map(|s| s.trim()).unwrap_or("");
        let position = if raw.is_empty() {
            errors.add(
                &position_field(p),
                l10n::tr_with("orgb-err-position-missing", &[("name", Arg::Text(&p.name))]),
            );
            None
        } else {
            match raw.parse::<i32>() {
                Ok(v) if v >= 1 && usize::try_from(v).is_ok_and(|v| v <= n) => Some(v),
                _ => {
                    errors.add(
                        &position_field(p),
                        l10n::tr_with(
                            "orgb-err-position-range",
                            &[
                                ("name", Arg::Text(&p.name)),
                                ("max", Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))),
                            ],
                        ),
                    );
                    None
                }
            }
        };
        let raw = form.get(&minutes_field(p)).map(|s| s.trim()).unwrap_or("");
        let minutes = if raw.is_empty() {
            None
        } else {
            match raw.parse::<i32>() {
                Ok(v) if (1..=MAX_SLOT_MINUTES).contains(&v) => Some(v),
                _ => {
                    errors.add(
                        &minutes_field(p),
                        l10n::tr_with(
                            "orgb-err-slot-range",
                            &[
                                ("name", Arg::Text(&p.name)),
                                ("max", Arg::Number(i64::from(MAX_SLOT_MINUTES))),
                            ],
                        ),
                    );
                    None
                }
            }
        };
        parsed.push((p, position, minutes));
    }
    for (p, position, _) in &parsed {
        let Some(v) = position else { continue };
        if parsed.iter().filter(|(_, o, _)| *o == Some(*v)).count() > 1 {
            errors.add(
                &position_field(p),
                l10n::tr_with(
                    "orgb-err-position-taken",
                    &[
                        ("name", Arg::Text(&p.name)),
                        ("position", Arg::Number(i64::from(*v))),
                    ],
                ),
            );
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(parsed
        .into_iter()
        .filter_map(|(p, position, minutes)| {
            position.map(|position| Slot {
                speaker: p.user_id,
                position,
                slot_minutes: minutes,
            })
        })
        .collect())
}

#[tracing::instrument(
    name = "moderate::save_run_of_show",
    skip_all,
    fields(conference = %ctx.conf.id, session = %ctx.session.id, user = %ctx.user.id)
)]
pub async fn save_run_of_show(
    state: web::Data<AppState>,
    cookie: Cookie,
    ctx: SessionContext,
    req: HttpRequest,
    query: web::Query<TzQuery>,
    form: CsrfForm<HashMap<String, String>>,
) -> Result<HttpResponse, AppError> {
    if !ctx.may_edit_run_of_show() {
        return Err(AppError::Forbidden);
    }
    let speakers: Vec<&Person> = ctx.session.speakers().collect();
    let slots = match parse_run_of_show(&speakers, &form) {
        Ok(slots) => slots,
        Err(errors) => {
            return render_session(&state, &cookie, &req, &query, &ctx, Some((&form, errors)))
                .await;
        }
    };
    let (actor, session) = (ctx.user.id, ctx.session.clone());
    state
        .service
        .run(move |c, sctx| moderation::save_run_of_show(c, sctx, actor, &session, &slots))
        .await?;
    flash(&cookie, l10n::tr("orgb-flash-run-of-show-saved"));
    Ok(see_other(&format!("{}#run-of-show", ctx.base_path())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::UserId;

    fn person(name: &str) -> Person {
        Person {
            user_id: UserId::new(),
            name: name.into(),
            organization: None,
            country: "CH".into(),
            role: SessionRole::Speaker,
            position: 0,
            slot_minutes: None,
        }
    }

    #[test]
    fn a_permutation_with_slots_is_accepted() {
        let (a, b) = (person("A"), person("B"));
        let form: HashMap<String, String> = [
            (position_field(&a), "2".to_string()),
            (minutes_field(&a), "".to_string()),
            (position_field(&b), " 1 ".to_string()),
            (minutes_field(&b), "240".to_string()),
        ]
        .into();
        let slots = parse_run_of_show(&[&a, &b], &form).unwrap();
        assert_eq!(slots[0].position, 2);
        assert_eq!(slots[0].slot_minutes, None);
        assert_eq!(slots[1].slot_minutes, Some(240));
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let (a, b, c) = (person("A"), person("B"), person("C"));
        let form: HashMap<String, String> = [
            (position_field(&a), "1".to_string()),
            (minutes_field(&a), "0".to_string()),
            (position_field(&b), "1".to_string()),
            (minutes_field(&b), "241".to_string()),
            (position_field(&c), "4".to_string()),
            (minutes_field(&c), "ten".to_string()),
        ]
        .into();
        let errors = parse_run_of_show(&[&a, &b, &c], &form).unwrap_err();
        assert_eq!(errors.iter().count(), 6, "{errors:?}");
        let message =
            crate::domain::l10n::strip_isolation(errors.get(&position_field(&c)).unwrap());
        assert!(message.contains("1 to 3"), "{message}");
        assert!(
            errors
                .get(&position_field(&b))
                .unwrap()
                .contains("more than one")
        );
    }

    #[test]
    fn ordinals() {
        assert_eq!(ordinal(1), "1st");
        assert_eq!(ordinal(2), "2nd");
        assert_eq!(ordinal(3), "3rd");
        assert_eq!(ordinal(11), "11th");
        assert_eq!(ordinal(22), "22nd");
    }
}
