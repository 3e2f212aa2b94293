//! Consent to appear on the conference's public list of participants: the sign-up
//! form's checkbox ([`FIELD`], parsed by [`parse`]; its markup is the include
//! `templates/attendee/list_consent_field.html`, which needs `list_consent: bool` and
//! `layout` on the page) and the form in My conference that changes it at any time.
//!
//! For the sign-up form: add `#[serde(default)] pub list_consent: Option<String>` to
//! its form, `list_consent: bool` to its page (kept when the form is shown again),
//! include the snippet, and inside the sign-up's transaction call
//! `service::participants::consent_at_sign_up(conn, ctx, registration_id,
//! list_consent::parse(form.list_consent.as_deref()))`.

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::my_registration;
use crate::domain::l10n::tr;
use crate::service::participants as svc;
use crate::web::AppState;
use crate::web::auth::CurrentUser;
use crate::web::csrf::CsrfForm;
use crate::web::error::AppError;
use crate::web::extract::PublishedConference;
use crate::web::render::{flash, see_other};

/// The checkbox's form-field name.
pub const FIELD: &str = "list_consent";

/// Whether the checkbox was ticked (a browser sends it only then, as `yes`).
pub fn parse(value: Option<&str>) -> bool {
    value.is_some_and(|v| !v.trim().is_empty())
}

#[derive(Deserialize)]
pub struct ListConsentForm {
    #[serde(default)]
    pub list_consent: Option<String>,
}

#[tracing::instrument(
    name = "attendee::set_list_consent",
    skip_all,
    fields(conference = %conf.0.id, user = %user.0.id)
)]
pub async fn set_list_consent(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    form: CsrfForm<ListConsentForm>,
    conf: PublishedConference,
) -> Result<HttpResponse, AppError> {
    let conf = conf.0;
    let Some(registration) = my_registration(&state, &conf, &user.0).await? else {
        return Ok(super::not_registered(&cookie, &conf.slug));
    };
    let consent = parse(form.list_consent.as_deref());
    let conf2 = conf.clone();
    state
        .service
        .run(move |c, ctx| svc::set_consent(c, ctx, &conf2, &registration, consent))
        .await?;
    flash(
        &cookie,
        tr(if consent {
            "part-me-flash-listed"
        } else {
            "part-me-flash-not-listed"
        }),
    );
    Ok(see_other(&format!("/c/{}/me#list-consent", conf.slug)))
}

/// Whether the registration consents (for My conference).
pub async fn consent_of(
    state: &AppState,
    registration: crate::domain::RegistrationId,
) -> Result<bool, AppError> {
    state
        .db
        .run(move |c| Ok::<_, AppError>(crate::db::participants::consent(c, registration)?))
        .await
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_a_ticked_box_is_consent() {
        assert!(super::parse(Some("yes")));
        assert!(!super::parse(None));
        assert!(!super::parse(Some("")));
    }
}
