//! The roster as a CSV download for spreadsheets: the rows the moderator sees, with
//! the same search, filters and sort, arrival times in the viewer's zone.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};

use super::roster::{RosterQuery, load_full, private};
use crate::domain::text::country_name;
use crate::web::AppState;
use crate::web::auth::CurrentUser;
use crate::web::error::AppError;
use crate::web::public::viewer_zone;

/// A header row and data rows as RFC 4180 CSV (CRLF, quoted where needed) in UTF-8
/// with a byte-order mark for Excel. A cell starting with `=`, `+`, `-`, `@`, tab or
/// CR gets a leading `'` so a spreadsheet never runs it as a formula (the names come
/// from strangers' sign-up forms). To be replaced by the shared `export::csv`.
fn to_csv(
    headers: &[&str],
    rows: impl IntoIterator<Item = Vec<String>>,
) -> Result<Vec<u8>, csv::Error> {
    fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
        if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            std::borrow::Cow::Owned(format!("'{cell}"))
        } else {
            std::borrow::Cow::Borrowed(cell)
        }
    }
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(b"\xEF\xBB\xBF".to_vec());
    w.write_record(headers.iter().map(|h| neutralise(h).into_owned()))?;
    for row in rows {
        w.write_record(row.iter().map(|c| neutralise(c).into_owned()))?;
    }
    w.into_inner().map_err(|e| e.into_error().into())
}

pub async fn roster_csv(
    state: web::Data<AppState>,
    user: CurrentUser,
    req: HttpRequest,
    path: web::Path<(String, String)>,
    query: web::Query<RosterQuery>,
) -> Result<HttpResponse, AppError> {
    let q = query.into_inner();
    let loaded = load_full(&state, &user.0, path.into_inner(), q.filter()).await?;
    let tz = viewer_zone(&req, &q.tz_query(), user.0.tz).tz;
    let joined_header = format!("Joined at ({})", tz.name());
    let headers = [
        "Name",
        "Country",
        "Organisation",
        "Registration status",
        "Joined",
        joined_header.as_str(),
    ];
    let rows = loaded.entries.iter().map(|e| {
        vec![
            e.name.clone().unwrap_or_else(|| "Deleted account".into()),
            country_name(&e.country),
            e.organization.clone().unwrap_or_default(),
            e.status.label().to_string(),
            if e.attended_at.is_some() { "yes" } else { "no" }.to_string(),
            e.attended_at
                .map(|t| {
                    t.with_timezone(&tz)
                        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
                })
                .unwrap_or_default(),
        ]
    });
    let body = to_csv(&headers, rows).map_err(|e| AppError::Internal(e.into()))?;
    let name = format!(
        "roster-{}-{}.csv",
        loaded.ctx.conf.slug,
        &loaded.ctx.session.id.0.simple().to_string()[..8]
    );
    Ok(private(
        HttpResponse::Ok()
            .content_type("text/csv; charset=utf-8")
            .insert_header((
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ))
            .body(body),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_and_neutralises_cells() {
        let bytes = to_csv(
            &["Name", "Organisation"],
            vec![
                vec!["Doe, \"Jo\"".to_string(), "=1+1".to_string()],
                vec!["-x".to_string(), "Zürich".to_string()],
            ],
        )
        .unwrap();
        let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
        assert_eq!(
            text,
            "Name,Organisation\r\n\"Doe, \"\"Jo\"\"\",'=1+1\r\n'-x,Zürich\r\n"
        );
    }
}
