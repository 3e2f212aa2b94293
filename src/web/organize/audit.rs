//! The audit log of a conference: who changed what and when, newest first,
//! filterable by kind of change.

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::{OrgNav, Section};
use crate::db;
use crate::domain::timefmt::{iso_utc, short_date_clock_seconds_zone};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::OrganizerConference;
use crate::web::render::{Layout, html};

pub struct Row {
    pub at: String,
    pub at_iso: String,
    pub actor: String,
    pub action: String,
    pub subject: String,
    pub before: String,
    pub after: String,
}

#[derive(Template)]
#[template(path = "organize/audit.html")]
pub struct AuditPage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub rows: Vec<Row>,
    pub filter: String,
    pub filters: &'static [(&'static str, &'static str)],
    pub zone: String,
}

/// Kinds of change to filter by: (action prefix, message of its label).
const FILTERS: &[(&str, &str)] = &[
    ("", "org-audit-all"),
    ("conference.", "org-audit-conference"),
    ("session.", "org-audit-sessions"),
    ("people.", "org-people-title"),
    ("registration.", "org-reg-title"),
    ("announcement.", "org-ann-title"),
    ("outbox.", "org-outbox-title"),
    ("roster.", "org-audit-check-ins"),
];

#[derive(Deserialize)]
pub struct Query {
    #[serde(default)]
    pub action: String,
}

#[tracing::instrument(
    name = "organize::audit::audit",
    skip_all,
    fields(conference = %org.conference.id)
)]
pub async fn audit(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    q: web::Query<Query>,
) -> Result<HttpResponse, AppError> {
    let conf = org.conference;
    let filter = FILTERS
        .iter()
        .find(|(p, _)| *p == q.action)
        .map(|(p, _)| *p)
        .unwrap_or("");
    let cid = conf.id;
    let entries = state
        .db
        .run(move |c| Ok::<_, AppError>(db::audit::for_conference(c, cid, Some(filter), 500)?))
        .await?;
    html(&AuditPage {
        layout: Layout::from_cookie(&cookie),
        nav: OrgNav::new(&conf, Section::Audit),
        rows: entries
            .into_iter()
            .map(|e| Row {
                at: short_date_clock_seconds_zone(&e.at.with_timezone(&conf.tz)),
                // HTML's <time datetime> takes at most three digits of a second.
                at_iso: iso_utc(e.at),
                actor: e
                    .actor_name
                    .unwrap_or_else(|| crate::domain::l10n::tr("org-deleted-account")),
                action: e.action,
                subject: e.subject,
                before: e.before.unwrap_or_default(),
                after: e.after.unwrap_or_default(),
            })
            .collect(),
        filter: filter.to_string(),
        filters: FILTERS,
        zone: conf.tz.name().to_string(),
    })
}
