//! Calling off an announcement that has not gone yet (scheduled for later, or the
//! rest of one being delivered): a confirmation page that says how many messages
//! will not be sent, then the cancellation, recorded in the audit log.

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::announcement_progress::{BatchPath, batch_id, batch_state};
use super::{OrgNav, Section};
use crate::domain::l10n;
use crate::service::announcements as ann;
use crate::web::AppState;
use crate::web::csrf::CsrfForm;
use crate::web::error::AppError;
use crate::web::extract::OrganizerConference;
use crate::web::render::{Layout, flash, html, see_other};

#[derive(Template)]
#[template(path = "organize/announcements/cancel.html")]
pub struct CancelPage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub subject: String,
    pub unsent: i64,
    pub sent: i64,
    pub action: String,
    pub back: String,
}

#[tracing::instrument(
    name = "organize::announcements::cancel_form",
    skip_all,
    fields(conference = %org.conference.id)
)]
pub async fn cancel_form(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    path: web::Path<BatchPath>,
) -> Result<HttpResponse, AppError> {
    let batch = batch_id(&path.batch)?;
    let conf = org.conference;
    let (subject, counts) = batch_state(&state, conf.id, batch.clone()).await?;
    let back = format!("/organize/c/{}/announcements/{batch}", conf.slug);
    if counts.queued == 0 {
        flash(&cookie, l10n::tr("ann-cancel-nothing-left"));
        return Ok(see_other(&back));
    }
    html(&CancelPage {
        layout: Layout::from_cookie(&cookie),
        nav: OrgNav::new(&conf, Section::Announcements),
        subject,
        unsent: counts.queued,
        sent: counts.sent,
        action: format!("{back}/cancel"),
        back,
    })
}

/// The confirmation form carries nothing but its CSRF token.
#[derive(Deserialize)]
pub struct CancelForm {}

#[tracing::instrument(
    name = "organize::announcements::cancel",
    skip_all,
    fields(conference = %org.conference.id)
)]
pub async fn cancel(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    path: web::Path<BatchPath>,
    _form: CsrfForm<CancelForm>,
) -> Result<HttpResponse, AppError> {
    let batch = batch_id(&path.batch)?;
    let conf = org.conference;
    let actor = org.user.id;
    let back = format!("/organize/c/{}/announcements/{batch}", conf.slug);
    let conf2 = conf.clone();
    let n = state
        .service
        .run(move |c, ctx| ann::cancel(c, ctx, &conf2, actor, &batch))
        .await?;
    flash(&cookie, l10n::tr_count("ann-cancel-done", n as i64));
    Ok(see_other(&back))
}
