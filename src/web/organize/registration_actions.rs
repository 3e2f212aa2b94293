//! The organizer's buttons on one registration (resend, confirm, promote, cancel):
//! each POST calls `service::registrations_admin::apply` and flashes what happened.
//! Which buttons a status shows is `domain::registration::allowed_actions`.

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};

use super::conference;
use super::registrations::registration_id;
use crate::domain::registration::RegistrationAction;
use crate::service::registrations_admin::{self as svc, Outcome};
use crate::web::AppState;
use crate::web::attendee::CsrfOnly;
use crate::web::auth::CurrentUser;
use crate::web::error::AppError;
use crate::web::render::{flash, see_other};

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
    user: CurrentUser,
    path: web::Path<(String, String)>,
    form: web::Form<CsrfOnly>,
    action: RegistrationAction,
) -> Result<HttpResponse, AppError> {
    crate::web::csrf::verify(&cookie, &form.csrf)?;
    let (slug, rid) = path.into_inner();
    let rid = registration_id(&rid)?;
    let conf = conference(&state, slug).await?;
    let (st, conf2, actor) = (state.clone(), conf.clone(), user.0.id);
    let outcome = state
        .db
        .write(move |c| svc::apply(c, st.ctx(), &conf2, actor, rid, action))
        .await?;
    flash(&cookie, message(outcome));
    Ok(see_other(&format!(
        "/organize/c/{}/registrations/{rid}",
        conf.slug
    )))
}

pub async fn resend(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    path: web::Path<(String, String)>,
    form: web::Form<CsrfOnly>,
) -> Result<HttpResponse, AppError> {
    act(state, cookie, user, path, form, RegistrationAction::Resend).await
}

pub async fn confirm(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    path: web::Path<(String, String)>,
    form: web::Form<CsrfOnly>,
) -> Result<HttpResponse, AppError> {
    act(state, cookie, user, path, form, RegistrationAction::Confirm).await
}

pub async fn cancel(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    path: web::Path<(String, String)>,
    form: web::Form<CsrfOnly>,
) -> Result<HttpResponse, AppError> {
    act(state, cookie, user, path, form, RegistrationAction::Cancel).await
}

pub async fn promote(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    path: web::Path<(String, String)>,
    form: web::Form<CsrfOnly>,
) -> Result<HttpResponse, AppError> {
    act(state, cookie, user, path, form, RegistrationAction::Promote).await
}
