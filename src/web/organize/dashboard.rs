//! `/organize`: the conferences I run, and each conference's overview page.

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};
use askama::Template;

use super::{OrgNav, Section};
use crate::db;
use crate::domain::l10n;
use crate::domain::status::RegistrationStatus;
use crate::domain::timefmt::date_span;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::{CurrentUser, OrganizerConference};
use crate::web::render::{Layout, html};

pub struct ConferenceRow {
    pub href: String,
    pub title: String,
    pub dates: String,
    pub published: bool,
}

#[derive(Template)]
#[template(path = "organize/index.html")]
pub struct IndexPage {
    pub layout: Layout,
    pub is_admin: bool,
    pub conferences: Vec<ConferenceRow>,
}

#[tracing::instrument(name = "organize::dashboard::index", skip_all, fields(user = %user.0.id))]
pub async fn index(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
) -> Result<HttpResponse, AppError> {
    let (uid, is_admin) = (user.0.id, user.0.is_admin);
    let list = state
        .db
        .run(move |c| {
            if is_admin {
                return Ok::<_, AppError>(db::conferences::list_all(c)?);
            }
            let ids = db::roles::organized_by(c, uid)?;
            Ok(db::conferences::list_by_ids(c, &ids)?)
        })
        .await?;
    html(&IndexPage {
        layout: Layout::from_cookie(&cookie),
        is_admin,
        conferences: list
            .into_iter()
            .map(|c| ConferenceRow {
                href: format!("/organize/c/{}", c.slug),
                dates: date_span(c.starts_on, c.ends_on),
                published: c.published,
                title: c.title,
            })
            .collect(),
    })
}

#[derive(Template)]
#[template(path = "organize/overview.html")]
pub struct OverviewPage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub dates: String,
    pub zone: String,
    pub counts: Vec<(String, i64)>,
    pub countries: i64,
    pub sessions: i64,
    pub capacity: Option<i64>,
}

#[tracing::instrument(
    name = "organize::dashboard::overview",
    skip_all,
    fields(conference = %org.conference.id)
)]
pub async fn overview(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
) -> Result<HttpResponse, AppError> {
    let conf = org.conference;
    let cid = conf.id;
    let (by_status, (_, countries), sessions, (awaiting, declined)) = state
        .db
        .run(move |c| {
            let by_status = db::stats::by_status(c, cid)?;
            let held = db::categories::held_counts(c, cid)?;
            let reach = db::stats::confirmed_reach(c, cid)?;
            let sessions =
                i64::try_from(db::sessions::for_conference(c, cid)?.len()).unwrap_or(i64::MAX);
            Ok::<_, AppError>((by_status, reach, sessions, held))
        })
        .await?;
    let mut counts: Vec<(String, i64)> = RegistrationStatus::ALL
        .iter()
        .map(|s| {
            (
                l10n::tr(match s {
                    RegistrationStatus::Pending => "orgb-status-pending",
                    RegistrationStatus::Confirmed => "orgb-status-confirmed",
                    RegistrationStatus::Waitlisted => "orgb-status-waitlisted",
                    RegistrationStatus::Cancelled => "orgb-status-cancelled",
                }),
                by_status
                    .iter()
                    .find(|(st, _)| st == s.as_str())
                    .map(|(_, n)| *n)
                    .unwrap_or(0)
                    // Held by approval is counted as such below, not as cancelled.
                    - if *s == RegistrationStatus::Cancelled {
                        awaiting + declined
                    } else {
                        0
                    },
            )
        })
        .collect();
    if awaiting + declined > 0 {
        counts.push((l10n::tr("reg-approval-awaiting"), awaiting));
        counts.push((l10n::tr("reg-approval-declined"), declined));
    }
    html(&OverviewPage {
        layout: Layout::from_cookie(&cookie),
        nav: OrgNav::new(&conf, Section::Overview),
        dates: date_span(conf.starts_on, conf.ends_on),
        zone: conf.tz.name().to_string(),
        counts,
        countries,
        sessions,
        capacity: conf.capacity.map(i64::from),
    })
}
