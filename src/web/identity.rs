//! What gives a conference its face on the public side: uploaded pictures at
//! `/images/{hash}` and the accent colour's stylesheet at `/accent/{hex}.css`. Both
//! addresses name their content exactly (the picture's SHA-256, the colour itself), so
//! they never change meaning and are cached for a year as immutable; the Content
//! Security Policy allows no inline style, hence a stylesheet per colour.

use actix_web::http::header::{CACHE_CONTROL, ETAG, IF_NONE_MATCH};
use actix_web::{HttpRequest, HttpResponse, web};

use super::AppState;
use super::error::AppError;
use crate::db;
use crate::domain::identity::AccentColour;

const IMMUTABLE: &str = "public, max-age=31536000, immutable";

fn not_modified(req: &HttpRequest, etag: &str) -> bool {
    req.headers()
        .get_all(IF_NONE_MATCH)
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|t| t.trim() == etag || t.trim() == "*")
}

#[tracing::instrument(name = "identity::image", skip_all)]
pub async fn image(
    state: web::Data<AppState>,
    req: HttpRequest,
    hash: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let hash = hash.into_inner();
    if hash.len() != 64 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(AppError::NotFound);
    }
    let etag = format!("\"{hash}\"");
    if not_modified(&req, &etag) {
        return Ok(HttpResponse::NotModified()
            .insert_header((ETAG, etag))
            .insert_header((CACHE_CONTROL, IMMUTABLE))
            .finish());
    }
    let img = state
        .db
        .run(move |c| Ok::<_, AppError>(db::images::by_hash(c, &hash)?))
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(HttpResponse::Ok()
        .content_type(img.content_type)
        .insert_header((ETAG, etag))
        .insert_header((CACHE_CONTROL, IMMUTABLE))
        .body(img.bytes))
}

/// `--accent` for the conference's pages; refused (404) for a colour that would not
/// pass the contrast check, so no address serves an unreadable theme.
#[tracing::instrument(name = "identity::accent_css", skip_all)]
pub async fn accent_css(hex: web::Path<String>) -> Result<HttpResponse, AppError> {
    let hex = hex.into_inner();
    if hex.len() != 6 || hex.bytes().any(|b| b.is_ascii_uppercase()) {
        return Err(AppError::NotFound);
    }
    let accent = AccentColour::parse(&hex).map_err(|_| AppError::NotFound)?;
    Ok(HttpResponse::Ok()
        .content_type("text/css; charset=utf-8")
        .insert_header((CACHE_CONTROL, IMMUTABLE))
        .body(format!(
            "/* The conference's accent colour, checked for contrast on white and on the page. */\n\
             :root {{ --brand: {accent}; --accent: {accent}; \
             --brand-dark: color-mix(in srgb, {accent} 75%, #000); }}\n"
        )))
}
