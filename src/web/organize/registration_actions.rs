//! The organizer's buttons on one registration (resend, confirm, promote, cancel):
//! each POST calls `service::registrations_admin::apply` and flashes what happened.
//! Which buttons a status shows is `domain::registration::allowed_actions`.

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};

use serde::Deserialize;

use crate::domain::RegistrationId;
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
    pub label: &'static str,
    /// The button's class: `secondary`, `danger` or none.
    pub class: &'static str,
}

impl ActionButton {
    pub fn of(action: RegistrationAction) -> Self {
        let (label, class) = match action {
            RegistrationAction::Resend => ("Resend the confirmation link", "secondary"),
            RegistrationAction::Confirm => ("Confirm by hand", ""),
            RegistrationAction::Promote => ("Promote from the waiting list", ""),
            RegistrationAction::Cancel => ("Cancel this registration", "danger"),
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
        Outcome::NotApplicable(status) => format!(
            "Nothing changed: the registration is {}.",
            status.label().to_lowercase()
        ),
        Outcome::NobodyToWriteTo => {
            "Nothing changed: this account was deleted, so there is nobody to write to.".into()
        }
        Outcome::Resent(email) => format!("A new confirmation link is on its way to {email}."),
        Outcome::Confirmed { name } => {
            format!("{name} is confirmed and has been sent the confirmation.")
        }
        Outcome::Cancelled => {
            "The registration is cancelled; its seats went to the waiting lists.".into()
        }
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
