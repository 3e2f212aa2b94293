//! An announcement's delivery: how many of its messages are queued, delivered,
//! failed or cancelled, as a page (with a reload link and, while something is
//! queued, the way to cancel it) and as JSON for the page's poller. The page also
//! lists the languages the announcement was written in and how many of its
//! messages went out in each.

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::announcement_form::heading;
use super::{OrgNav, Section};
use crate::db;
use crate::db::announcement_versions::Version;
use crate::domain::ConferenceId;
use crate::domain::lang::Lang;
use crate::email::outbox::{self, StatusCounts};
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::OrganizerConference;
use crate::web::render::{Layout, html};

#[derive(Template)]
#[template(path = "organize/announcements/show.html")]
pub struct ProgressPage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub subject: String,
    pub counts: StatusCounts,
    pub json_href: String,
    pub reload_href: String,
    pub outbox_href: String,
    pub back: String,
    /// Where to call off what has not gone yet.
    pub cancel_href: String,
    /// "French (Français)", the subject in it, and how many messages were in it.
    pub languages: Vec<LanguageRow>,
}

/// One language of an announcement on its progress page.
pub struct LanguageRow {
    pub code: &'static str,
    pub dir: &'static str,
    pub name: String,
    /// Its subject; empty for a language with messages but no stored version.
    pub subject: String,
    pub is_default: bool,
    pub messages: i64,
}

/// The versions of `batch` with their message counts, then any language that has
/// messages but no version (none, unless rows were queued before versions existed).
fn language_rows(versions: Vec<Version>, counts: Vec<(Option<Lang>, i64)>) -> Vec<LanguageRow> {
    let count_of = |l: Option<Lang>| counts.iter().find(|(c, _)| *c == l).map_or(0, |(_, n)| *n);
    let mut rows: Vec<LanguageRow> = versions
        .iter()
        .map(|v| LanguageRow {
            code: v.lang.code(),
            dir: v.lang.dir(),
            name: heading(v.lang),
            subject: v.subject.clone(),
            is_default: v.is_default,
            messages: count_of(Some(v.lang)),
        })
        .collect();
    for (lang, n) in &counts {
        if let Some(l) = lang.filter(|l| !versions.iter().any(|v| v.lang == *l)) {
            rows.push(LanguageRow {
                code: l.code(),
                dir: l.dir(),
                name: heading(l),
                subject: String::new(),
                is_default: false,
                messages: *n,
            });
        }
    }
    rows
}

/// The `{batch}` of a progress URL (the guard has the `{slug}`).
#[derive(Deserialize)]
pub struct BatchPath {
    pub batch: String,
}

/// The batch id of a progress URL, checked to be a UUID before any query.
pub(super) fn batch_id(raw: &str) -> Result<String, AppError> {
    uuid::Uuid::parse_str(raw)
        .map(|u| u.hyphenated().to_string())
        .map_err(|_| AppError::NotFound)
}

pub(super) async fn batch_state(
    state: &AppState,
    conf: ConferenceId,
    batch: String,
) -> Result<(String, StatusCounts), AppError> {
    state
        .db
        .run(move |c| {
            let subject = outbox::batch_subject(c, conf, &batch)?.ok_or(AppError::NotFound)?;
            Ok::<_, AppError>((subject, outbox::batch_counts(c, conf, &batch)?))
        })
        .await
}

#[tracing::instrument(
    name = "organize::announcements::progress",
    skip_all,
    fields(conference = %org.conference.id)
)]
pub async fn progress(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    path: web::Path<BatchPath>,
) -> Result<HttpResponse, AppError> {
    let batch = batch_id(&path.batch)?;
    let conf = org.conference;
    let (subject, counts) = batch_state(&state, conf.id, batch.clone()).await?;
    let (cid, b) = (conf.id, batch.clone());
    let (versions, by_language) = state
        .db
        .run(move |c| {
            Ok::<_, AppError>((
                db::announcement_versions::of_batch(c, cid, &b)?,
                db::announcement_versions::recipients_by_language(c, cid, &b)?,
            ))
        })
        .await?;
    let subject = versions.first().map_or(subject, |v| {
        crate::email::messages::announcement_subject(&conf, &v.subject)
    });
    let base = format!("/organize/c/{}/announcements", conf.slug);
    html(&ProgressPage {
        layout: Layout::from_cookie(&cookie),
        nav: OrgNav::new(&conf, Section::Announcements),
        subject,
        counts,
        json_href: format!("{base}/{batch}.json"),
        reload_href: format!("{base}/{batch}"),
        outbox_href: format!("/organize/c/{}/outbox", conf.slug),
        cancel_href: format!("{base}/{batch}/cancel"),
        back: base,
        languages: language_rows(versions, by_language),
    })
}

/// `{"queued":…,"sent":…,"failed":…,"total":…,"done":…}` for the progress poller.
#[tracing::instrument(
    name = "organize::announcements::progress_json",
    skip_all,
    fields(conference = %org.conference.id)
)]
pub async fn progress_json(
    state: web::Data<AppState>,
    org: OrganizerConference,
    path: web::Path<BatchPath>,
) -> Result<HttpResponse, AppError> {
    let batch = batch_id(&path.batch)?;
    let (_, c) = batch_state(&state, org.conference.id, batch).await?;
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(serde_json::json!({
            "queued": c.queued,
            "sent": c.sent,
            "failed": c.failed,
            "cancelled": c.cancelled,
            "total": c.total(),
            "done": c.queued == 0,
        })))
}
