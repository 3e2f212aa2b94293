//! Keeping a time zone chosen on a public page (`?tz=`) in the signed-in person's
//! profile, from the offer the agenda and session pages show; then back to the page.

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::domain::TimeZone;
use crate::domain::l10n::{Arg, tr, tr_with};
use crate::service::account;
use crate::web::AppState;
use crate::web::csrf::CsrfForm;
use crate::web::error::AppError;
use crate::web::extract::CurrentUser;
use crate::web::render::{flash, local_path, see_other};

#[derive(Deserialize)]
pub struct SaveZoneForm {
    #[serde(default)]
    pub tz: String,
    /// The page to come back to: a path on this site, else the account page.
    #[serde(default)]
    pub back: String,
}

#[tracing::instrument(name = "account::save_zone", skip_all, fields(user = %user.0.id))]
pub async fn save_zone(
    state: web::Data<AppState>,
    cookie: Cookie,
    user: CurrentUser,
    form: CsrfForm<SaveZoneForm>,
) -> Result<HttpResponse, AppError> {
    let back = local_path(&form.back).unwrap_or("/account").to_string();
    let Ok(tz) = TimeZone::parse(&form.tz) else {
        flash(&cookie, tr("acc-zone-unknown"));
        return Ok(see_other(&back));
    };
    let uid = user.0.id;
    state
        .service
        .run(move |c, ctx| account::set_zone(c, ctx, uid, tz))
        .await?;
    flash(
        &cookie,
        tr_with(
            "acc-zone-saved",
            &[(
                "zone",
                Arg::Text(&crate::domain::zones::zone_label(
                    tz.tz(),
                    crate::domain::l10n::current(),
                )),
            )],
        ),
    );
    Ok(see_other(&back))
}
