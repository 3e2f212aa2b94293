//! `/organize/c/{slug}/participants-list`: the switch that publishes the list of
//! participants, with a preview of exactly what the public page shows, and the
//! organizers' internal list (`/internal`, `/internal.csv`): every registration
//! whatever its status or consent, with addresses, for their own use.

use actix_session::Session as Cookie;
use actix_web::{HttpResponse, web};
use askama::Template;
use serde::Deserialize;

use super::{OrgNav, Section};
use crate::db;
use crate::db::participants::Participant;
use crate::domain::countries::collation_key;
use crate::domain::l10n::tr;
use crate::domain::text::country_name;
use crate::service::participants as svc;
use crate::web::AppState;
use crate::web::csrf::CsrfForm;
use crate::web::error::AppError;
use crate::web::exports::csv_response;
use crate::web::extract::OrganizerConference;
use crate::web::participants::{CountryGroup, group};
use crate::web::render::{Layout, flash, html, see_other};

#[derive(Template)]
#[template(path = "organize/participants_list.html")]
pub struct ListSettingsPage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub enabled: bool,
    pub published: bool,
    /// The preview: what the public page shows now.
    pub groups: Vec<CountryGroup>,
    pub total: i64,
    pub countries: i64,
    /// Confirmed registrations, listed or not.
    pub confirmed: i64,
}

#[tracing::instrument(
    name = "organize::participants_list::page",
    skip_all,
    fields(conference = %org.conference.id)
)]
pub async fn page(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
) -> Result<HttpResponse, AppError> {
    let conf = org.conference;
    let cid = conf.id;
    let (settings, rows, (confirmed, _)) = state
        .db
        .run(move |c| {
            Ok::<_, AppError>((
                db::participants::settings(c, cid)?,
                db::participants::listed(c, cid)?,
                db::stats::confirmed_reach(c, cid)?,
            ))
        })
        .await?;
    let groups = group(rows);
    html(&ListSettingsPage {
        layout: Layout::from_cookie(&cookie),
        nav: OrgNav::new(&conf, Section::Registrations),
        enabled: settings.list_enabled,
        published: conf.published,
        total: groups.iter().map(|g| g.count).sum(),
        countries: groups.len() as i64,
        groups,
        confirmed,
    })
}

#[derive(Deserialize)]
pub struct ListForm {
    /// The checkbox: present when ticked.
    #[serde(default)]
    pub participants_list_enabled: Option<String>,
}

#[tracing::instrument(
    name = "organize::participants_list::save",
    skip_all,
    fields(conference = %org.conference.id)
)]
pub async fn save(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
    form: CsrfForm<ListForm>,
) -> Result<HttpResponse, AppError> {
    let conf = org.conference;
    let enabled = form.participants_list_enabled.is_some();
    let (conf2, actor) = (conf.clone(), org.user.id);
    state
        .service
        .run(move |c, ctx| svc::set_list_enabled(c, ctx, &conf2, actor, enabled))
        .await?;
    flash(
        &cookie,
        tr(if enabled {
            "part-flash-list-on"
        } else {
            "part-flash-list-off"
        }),
    );
    Ok(see_other(&format!(
        "/organize/c/{}/participants-list",
        conf.slug
    )))
}

/// The internal list in the order of the public one: country, organisation, name.
fn internal_rows(rows: Vec<Participant>) -> Vec<(String, Participant)> {
    let mut rows: Vec<(String, Participant)> = rows
        .into_iter()
        .map(|p| (country_name(p.country.alpha2()), p))
        .collect();
    rows.sort_by_cached_key(|(country, p)| {
        (
            collation_key(country),
            collation_key(p.organisation.trim()),
            collation_key(&p.name),
        )
    });
    rows
}

#[derive(Template)]
#[template(path = "organize/participants_list_internal.html")]
pub struct InternalPage {
    pub layout: Layout,
    pub nav: OrgNav,
    pub rows: Vec<(String, Participant)>,
}

#[tracing::instrument(
    name = "organize::participants_list::internal",
    skip_all,
    fields(conference = %org.conference.id)
)]
pub async fn internal(
    state: web::Data<AppState>,
    cookie: Cookie,
    org: OrganizerConference,
) -> Result<HttpResponse, AppError> {
    let conf = org.conference;
    let cid = conf.id;
    let rows = state
        .db
        .run(move |c| Ok::<_, AppError>(db::participants::internal(c, cid)?))
        .await?;
    html(&InternalPage {
        layout: Layout::from_cookie(&cookie),
        nav: OrgNav::new(&conf, Section::Registrations),
        rows: internal_rows(rows),
    })
}

#[tracing::instrument(
    name = "organize::participants_list::internal_csv",
    skip_all,
    fields(conference = %org.conference.id)
)]
pub async fn internal_csv(
    state: web::Data<AppState>,
    org: OrganizerConference,
) -> Result<HttpResponse, AppError> {
    let conf = org.conference;
    let cid = conf.id;
    let rows = state
        .db
        .run(move |c| Ok::<_, AppError>(db::participants::internal(c, cid)?))
        .await?;
    let headers = [
        tr("part-col-country"),
        tr("part-col-country-code"),
        tr("part-col-organisation"),
        tr("part-col-name"),
        tr("part-col-email"),
        tr("part-col-status"),
        tr("part-col-consent"),
    ];
    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
    let (yes, no) = (tr("part-yes"), tr("part-no"));
    let body = internal_rows(rows).into_iter().map(|(country, p)| {
        vec![
            country,
            p.country.alpha2().to_string(),
            p.organisation,
            p.name,
            p.email,
            p.status.as_str().to_string(),
            if p.consent { yes.clone() } else { no.clone() },
        ]
    });
    let bytes =
        crate::export::csv::to_csv(&headers, body).map_err(|e| AppError::Internal(e.into()))?;
    Ok(csv_response(
        &format!("{}-participants-internal.csv", conf.slug),
        bytes,
    ))
}
