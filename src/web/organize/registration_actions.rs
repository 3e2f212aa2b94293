//! The organizer's buttons on one registration (resend, confirm, promote, cancel):
//! each POST calls `service::registrations_admin::apply` and flashes what happened.
//! Which buttons a status shows is `domain::registration::allowed_actions`.

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};

use serde::Deserialize;

use crate::domain::RegistrationId;
use crate::domain::l10n::{Arg, tr, tr_with};
use crate::domain::registration::RegistrationAction;
use crate::service::registrations_admin::{self as svc, Outcome};
use crate::web::AppState;
use crate::web::csrf::Csrf;
use crate::web::error::AppError;
use crate::web::extract::OrganizerConference;
use crate::web::render::{flash, see_other};

/// The `{rid}` of a registration URL (the guard has the `{slug}`).
#[derive(Deserialize)]
pub struct RegistrationPath {
    pub rid: String,
}

impl RegistrationPath {
    /// The registration id, or 404 for anything that is not one.
    pub fn id(&self) -> Result<RegistrationId, AppError> {
        RegistrationId::parse(&self.rid).ok_or(AppError::NotFound)
    }
}

/// One button of the registration page.
pub struct ActionButton {
    pub action: RegistrationAction,
    /// The last segment of the form's URL.
    pub slug: &'static str,
    /// The message of the button's text.
    pub label: &'static str,
    /// The button's class: `secondary`, `danger` or none.
    pub class: &'static str,
}

impl ActionButton {
    pub fn of(action: RegistrationAction) -> Self {
        let (label, class) = match action {
            RegistrationAction::Resend => ("org-reg-action-resend", "secondary"),
            RegistrationAction::Confirm => ("org-reg-action-confirm", ""),
            RegistrationAction::Promote => ("org-reg-action-promote", ""),
            RegistrationAction::Cancel => ("org-reg-action-cancel", "danger"),
        };
        Self {
            action,
            slug: action.slug(),
            label,
            class,
        }
    }
}

/// The flash message for an outcome.
fn message(outcome: Outcome) -> String {
    match outcome {
        Outcome::NotApplicable(status) => tr_with(
            "org-reg-flash-not-applicable",
            &[("status", Arg::Text(status.as_str()))],
        ),
        Outcome::NobodyToWriteTo => tr("org-reg-flash-nobody"),
        Outcome::Resent(email) => tr_with(
            "org-reg-flash-resent",
            &[("email", Arg::Text(email.as_str()))],
        ),
        Outcome::Confirmed { name } => {
            tr_with("org-reg-flash-confirmed", &[("name", Arg::Text(&name))])
        }
        Outcome::Cancelled => tr("org-reg-flash-cancelled"),
    }
}

async fn act(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    path: web::Path<RegistrationPath>,
    action: RegistrationAction,
) -> Result<HttpResponse, AppError> {
    let rid = path.id()?;
    let (conf, actor) = (org.conference, org.user.id);
    let slug = conf.slug.clone();
    let outcome = state
        .service
        .run(move |c, ctx| svc::apply(c, ctx, &conf, actor, rid, action))
        .await?;
    flash(&cookie, message(outcome));
    Ok(see_other(&format!(
        "/organize/c/{slug}/registrations/{rid}"
    )))
}

#[tracing::instrument(
    name = "organize::registration_actions::resend",
    skip_all,
    fields(conference = %org.conference.id, registration = %path.rid, user = %org.user.id)
)]
pub async fn resend(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    path: web::Path<RegistrationPath>,
    _: Csrf,
) -> Result<HttpResponse, AppError> {
    act(state, cookie, org, path, RegistrationAction::Resend).await
}

#[tracing::instrument(
    name = "organize::registration_actions::confirm",
    skip_all,
    fields(conference = %org.conference.id, registration = %path.rid, user = %org.user.id)
)]
pub async fn confirm(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    path: web::Path<RegistrationPath>,
    _: Csrf,
) -> Result<HttpResponse, AppError> {
    act(state, cookie, org, path, RegistrationAction::Confirm).await
}

#[tracing::instrument(
    name = "organize::registration_actions::cancel",
    skip_all,
    fields(conference = %org.conference.id, registration = %path.rid, user = %org.user.id)
)]
pub async fn cancel(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    path: web::Path<RegistrationPath>,
    _: Csrf,
) -> Result<HttpResponse, AppError> {
    act(state, cookie, org, path, RegistrationAction::Cancel).await
}

#[tracing::instrument(
    name = "organize::registration_actions::promote",
    skip_all,
    fields(conference = %org.conference.id, registration = %path.rid, user = %org.user.id)
)]
pub async fn promote(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    path: web::Path<RegistrationPath>,
    _: Csrf,
) -> Result<HttpResponse, AppError> {
    act(state, cookie, org, path, RegistrationAction::Promote).await
}
