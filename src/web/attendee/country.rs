//! Correcting the country a registration counts under, from My conference.

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use super::my_registration;
use crate::domain::CountryCode;
use crate::domain::l10n::{Arg, tr_with};
use crate::service::my_registration::{self as mine, CountryChange};
use crate::web::AppState;
use crate::web::auth::CurrentUser;
use crate::web::csrf::CsrfForm;
use crate::web::error::AppError;
use crate::web::extract::PublishedConference;
use crate::web::render::{flash, see_other};

#[derive(Deserialize)]
pub struct CountryForm {
    #[serde(default)]
    pub country: String,
}

#[tracing::instrument(
    name = "attendee::set_country",
    skip_all,
    fields(conference = %conf.0.id, user = %user.0.id)
)]
pub async fn set_country(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    form: CsrfForm<CountryForm>,
    conf: PublishedConference,
) -> Result<HttpResponse, AppError> {
    let conf = conf.0;
    let back = format!("/c/{}/me#status", conf.slug);
    let Some(registration) = my_registration(&state, &conf, &user.0).await? else {
        return Ok(super::not_registered(&cookie, &conf.slug));
    };
    let country = match CountryCode::parse(&form.country) {
        Ok(c) => c,
        Err(message) => {
            flash(
                &cookie,
                tr_with(
                    "att-flash-country-invalid",
                    &[("message", Arg::Text(&message.to_string()))],
                ),
            );
            return Ok(see_other(&back));
        }
    };
    let conf2 = conf.clone();
    let outcome = state
        .service
        .run(move |c, ctx| mine::set_country(c, ctx, &conf2, &registration, country))
        .await?;
    let key = match outcome {
        CountryChange::Changed => "att-flash-country-changed",
        CountryChange::Unchanged => "att-flash-country-unchanged",
        CountryChange::QuotaFull => "att-flash-country-quota",
    };
    let name = country.name().to_string();
    flash(&cookie, tr_with(key, &[("country", Arg::Text(&name))]));
    Ok(see_other(&back))
}
