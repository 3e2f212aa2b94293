//! The roster as a CSV download for spreadsheets: the rows the moderator sees, with
//! the same search, filters and sort, arrival times in the viewer's zone.

use actix_web::{HttpRequest, HttpResponse, web};

use super::roster::{RosterQuery, load_full, private};
use crate::domain::l10n::{Arg, strip_isolation, tr, tr_with};
use crate::domain::text::country_name;
use crate::domain::timefmt::iso_seconds_in_zone;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::SessionContext;
use crate::web::zone::viewer_zone;

#[tracing::instrument(
    name = "moderate::roster_csv",
    skip_all,
    fields(conference = %ctx.conf.id, session = %ctx.session.id, user = %ctx.user.id)
)]
pub async fn roster_csv(
    state: web::Data<AppState>,
    ctx: SessionContext,
    req: HttpRequest,
    query: web::Query<RosterQuery>,
) -> Result<HttpResponse, AppError> {
    let q = query.into_inner();
    let fallback = ctx.user.tz;
    let loaded = load_full(&state, ctx, q.filter()).await?;
    let tz = viewer_zone(&req, &q.tz_query(), fallback).tz;
    let zone = tz.name();
    let headers = [
        tr("exp-roster-name"),
        tr("exp-roster-country"),
        tr("exp-roster-organisation"),
        tr("exp-roster-status"),
        tr("exp-roster-joined"),
        strip_isolation(&tr_with(
            "exp-roster-joined-at",
            &[("zone", Arg::Text(zone))],
        )),
    ];
    let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
    let (deleted, yes, no) = (tr("exp-roster-deleted"), tr("exp-yes"), tr("exp-no"));
    let rows = loaded.entries.iter().map(|e| {
        vec![
            e.name.clone().unwrap_or_else(|| deleted.clone()),
            country_name(&e.country),
            e.organization.clone().unwrap_or_default(),
            e.status.label().to_string(),
            if e.attended_at.is_some() { &yes } else { &no }.clone(),
            e.attended_at
                .map(|t| iso_seconds_in_zone(&t.with_timezone(&tz)))
                .unwrap_or_default(),
        ]
    });
    let body =
        crate::export::csv::to_csv(&headers, rows).map_err(|e| AppError::Internal(e.into()))?;
    let name = format!(
        "roster-{}-{}.csv",
        loaded.ctx.conf.slug,
        &loaded.ctx.session.id.0.simple().to_string()[..8]
    );
    Ok(private(crate::web::exports::csv_response(&name, body)))
}
