//! The registrations CSV: the list's filter and order, every matching row (answers to
//! the custom questions as extra columns), streamed in chunks from a blocking task.

use std::collections::HashMap;

use actix_web::{HttpResponse, web};

use super::text::status_shown;
use super::{ListQuery, View, answers};
use crate::db;
use crate::db::registrations_admin as admin;
use crate::domain::l10n::tr;
use crate::domain::text::country_name;
use crate::domain::timefmt::iso_utc;
use crate::web::AppState;
use crate::web::error::AppError;
use crate::web::extract::OrganizerConference;

pub const CSV_HEADERS: [&str; 10] = [
    "name",
    "email",
    "country_code",
    "country_name",
    "organisation",
    "status",
    "registered_at",
    "confirmed_at",
    "sessions_picked",
    "minutes_present",
];

/// The table's registrations (same filters and order, every page) as CSV, streamed:
/// rows are read in chunks of [`admin::CHUNK`] on a blocking thread and written to
/// the response as they come (a bounded channel: a slow client slows the reading),
/// so the server's memory does not grow with the conference.
#[tracing::instrument(
    name = "organize::registrations::csv_export",
    skip_all,
    fields(conference = %org.conference.id)
)]
pub async fn csv_export(
    state: web::Data<AppState>,
    org: OrganizerConference,
    query: web::Query<ListQuery>,
) -> Result<HttpResponse, AppError> {
    let conf = org.conference;
    let mut view = View::parse(&query);
    let cid = conf.id;
    let now = state.clock.now();
    let questions = answers::questions(&state, cid).await?;
    answers::keep_known(&mut view.filter, &questions);
    let headers = crate::export::csv::translated_headers("exp-reg-", &CSV_HEADERS);
    let headers: Vec<&str> = headers
        .iter()
        .chain(questions.iter().map(|q| &q.label))
        .map(String::as_str)
        .collect();
    let head = crate::export::csv::head(&headers).map_err(|e| AppError::Internal(e.into()))?;
    let (tx, mut rx) = tokio::sync::mpsc::channel::<Result<web::Bytes, AppError>>(4);
    let db = state.db.clone();
    let errors = tx.clone();
    // The spawned task is outside the request's scope: carry the reader's language.
    let lang = crate::domain::l10n::current();
    actix_web::rt::spawn(crate::domain::l10n::scope(lang, async move {
        let sent = db
            .run(move |c| {
                if tx.blocking_send(Ok(web::Bytes::from(head))).is_err() {
                    return Ok(());
                }
                // Minutes in the video meetings, by the platform's callbacks (issue 17).
                let minutes: HashMap<String, i64> =
                    crate::db::video::minutes_in_conference(c, cid, now)?
                        .into_iter()
                        .map(|(_, email, m)| (email, m))
                        .collect();
                admin::all_chunked(c, cid, &view.filter, view.sort, |c, rows| {
                    let ids: Vec<_> = rows.iter().map(|r| r.id).collect();
                    let picks = admin::pick_counts_of(c, &ids)?;
                    let held = db::categories::held_of(c, &ids)?;
                    let mut cells = answers::csv_cells(c, &questions, &ids)?;
                    let lines = rows.into_iter().map(|r| {
                        let answered = cells.remove(&r.id).unwrap_or_default();
                        let mut line = csv_line(r, &picks, &minutes, &held);
                        line.extend(answered);
                        line
                    });
                    let bytes = crate::export::csv::body(lines)
                        .map_err(|e| AppError::Internal(e.into()))?;
                    // The client went away: stop reading.
                    Ok::<_, AppError>(tx.blocking_send(Ok(web::Bytes::from(bytes))).is_ok())
                })
            })
            .await;
        crate::memory::give_back();
        if let Err(e) = sent {
            tracing::error!(error = %e, "registrations CSV cut short");
            let _ = errors.send(Err(e)).await;
        }
    }));
    let body = futures_util::stream::poll_fn(move |cx| rx.poll_recv(cx));
    Ok(crate::web::exports::csv_stream_response(
        &format!("{}-registrations.csv", conf.slug),
        body,
    ))
}

/// One registration as a line of the CSV, in [`CSV_HEADERS`]' order.
fn csv_line(
    r: admin::Row,
    picks: &HashMap<crate::domain::RegistrationId, i64>,
    minutes: &HashMap<String, i64>,
    held: &HashMap<crate::domain::RegistrationId, crate::domain::categories::Approval>,
) -> Vec<String> {
    let present = r
        .email
        .as_deref()
        .and_then(|e| minutes.get(e))
        .copied()
        .unwrap_or(0);
    vec![
        r.name.unwrap_or_else(|| tr("org-deleted-account")),
        r.email.unwrap_or_default(),
        r.country.clone(),
        country_name(&r.country),
        r.organization.unwrap_or_default(),
        status_shown(r.status, held.get(&r.id).copied())
            .2
            .to_string(),
        iso_utc(r.created_at),
        r.confirmed_at.map(iso_utc).unwrap_or_default(),
        picks.get(&r.id).copied().unwrap_or(0).to_string(),
        present.to_string(),
    ]
}
