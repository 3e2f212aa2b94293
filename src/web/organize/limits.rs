//! The confirmation shown before new conference limits (capacity, per-country
//! quota) promote people from the waiting list: how many will get a seat and an
//! email, with the settings form's values carried along so "save" loses nothing.

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};
use askama::Template;

use super::conferences::ConferenceForm;
use super::{OrgNav, Section};
use crate::db::conferences::Conference;
use crate::domain::capacity::Limits;
use crate::domain::l10n::{self, Arg};
use crate::service::waitlist;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::render::{Layout, html};

#[derive(Template)]
#[template(path = "organize/limits_confirm.html")]
pub struct LimitsConfirmPage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub promoted: i64,
    pub capacity: String,
    pub quota: String,
    pub fields: Vec<(&'static str, String)>,
}

impl LimitsConfirmPage {
    /// "With a capacity of 200 and a per-country quota of 5,".
    pub fn limits_text(&self) -> String {
        l10n::tr_with(
            "orgb-limits-with",
            &[
                ("capacity", Arg::Text(&self.capacity)),
                ("quota", Arg::Text(&self.quota)),
            ],
        )
    }
}

/// The form's values as hidden fields, the confirmation added.
fn hidden_fields(f: &ConferenceForm) -> Vec<(&'static str, String)> {
    let mut v = vec![
        ("title", f.title.clone()),
        ("slug", f.slug.clone()),
        ("description", f.description.clone()),
        ("starts_on", f.starts_on.clone()),
        ("ends_on", f.ends_on.clone()),
        ("time_zone", f.time_zone.clone()),
        ("registration_opens_at", f.registration_opens_at.clone()),
        ("registration_closes_at", f.registration_closes_at.clone()),
        ("capacity", f.capacity.clone()),
        ("country_quota", f.country_quota.clone()),
        ("join_lead_minutes", f.join_lead_minutes.clone()),
        ("privacy_notice", f.privacy_notice.clone()),
        ("sender_email", f.sender_email.clone()),
        ("reminder_minutes", f.reminder_minutes.clone()),
        ("confirm_promotions", "yes".into()),
    ];
    if let Some(x) = &f.speakers_see_roster {
        v.push(("speakers_see_roster", x.clone()));
    }
    if let Some(x) = &f.reminders_enabled {
        v.push(("reminders_enabled", x.clone()));
    }
    v.push(("default_language", f.default_language.clone()));
    v.extend(f.content.hidden());
    v
}

/// The confirmation page when `limits` differ from the conference's and would
/// promote someone, unless the organizer already confirmed; `None` to save at once.
pub async fn confirm_page(
    state: &web::Data<AppState>,
    cookie: &Cookie,
    conf: &Conference,
    form: &ConferenceForm,
    limits: Limits,
) -> Result<Option<HttpResponse>, AppError> {
    let changed = conf.capacity != limits.capacity || conf.country_quota != limits.country_quota;
    if !changed || form.confirm_promotions == "yes" {
        return Ok(None);
    }
    let c2 = conf.clone();
    let promoted = state
        .db
        .run(move |c| Ok::<_, AppError>(waitlist::would_promote(c, &c2, limits)?))
        .await?;
    if promoted == 0 {
        return Ok(None);
    }
    let unlimited = || l10n::tr("orgb-no-limit");
    Ok(Some(html(&LimitsConfirmPage {
        layout: Layout::from_cookie(cookie),
        nav: OrgNav::new(conf, Section::Settings),
        promoted: i64::try_from(promoted).unwrap_or(i64::MAX),
        capacity: limits
            .capacity
            .map(|n| l10n::current().number(i64::from(n)))
            .unwrap_or_else(unlimited),
        quota: limits
            .country_quota
            .map(|n| l10n::current().number(i64::from(n)))
            .unwrap_or_else(unlimited),
        fields: hidden_fields(form),
    })?))
}
