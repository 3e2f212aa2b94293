//! Picture uploads: a `multipart/form-data` form whose CSRF token is checked before
//! anything it carries is used, with one file field read up to the image size limit.
//! A URL-encoded form to the same address (the "remove" button, or a request without a
//! file) is read as [`CsrfForm`] instead, so the same token rule holds for both.

use std::pin::Pin;

use actix_multipart::Multipart;
use actix_session::SessionExt;
use actix_web::dev::Payload;
use actix_web::http::header::CONTENT_TYPE;
use actix_web::{FromRequest, HttpRequest};
use futures_util::StreamExt;

use super::csrf::{self, CsrfForm};
use super::error::AppError;
use crate::domain::identity::MAX_IMAGE_BYTES;

/// Bytes read of a whole upload before it is refused with 413: the image limit plus
/// room for the other fields.
const BODY_LIMIT: usize = MAX_IMAGE_BYTES + 64 * 1024;

/// A checked upload form: its text fields and the file, if one was chosen.
#[derive(Debug, Default)]
pub struct Upload {
    pub fields: Vec<(String, String)>,
    /// The file's bytes (empty when no file was chosen).
    pub file: Vec<u8>,
    /// The file was larger than the image limit; `file` holds only its start.
    pub too_big: bool,
}

impl Upload {
    /// The text field `name`, or "".
    pub fn field(&self, name: &str) -> &str {
        self.fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    }
}

fn is_multipart(req: &HttpRequest) -> bool {
    req.headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.trim_start()
                .to_ascii_lowercase()
                .starts_with("multipart/form-data")
        })
}

impl FromRequest for Upload {
    type Error = actix_web::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self, actix_web::Error>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        if !is_multipart(req) {
            let form = CsrfForm::<Vec<(String, String)>>::from_request(req, payload);
            return Box::pin(async move {
                let fields = form.await?.into_inner();
                Ok(Upload {
                    fields,
                    ..Default::default()
                })
            });
        }
        let cookie = req.get_session();
        let mut parts = Multipart::new(req.headers(), payload.take());
        Box::pin(async move {
            let mut upload = Upload::default();
            let mut total = 0usize;
            while let Some(field) = parts.next().await {
                let mut field = field.map_err(unreadable)?;
                let name = field.name().unwrap_or("").to_string();
                let is_file = field
                    .content_disposition()
                    .and_then(|d| d.get_filename())
                    .is_some();
                let mut bytes = Vec::new();
                while let Some(chunk) = field.next().await {
                    let chunk = chunk.map_err(unreadable)?;
                    total += chunk.len();
                    if total > BODY_LIMIT {
                        return Err(AppError::PayloadTooLarge.into());
                    }
                    bytes.extend_from_slice(&chunk);
                }
                if is_file {
                    upload.too_big = bytes.len() > MAX_IMAGE_BYTES;
                    upload.file = bytes;
                } else {
                    let text = String::from_utf8(bytes)
                        .map_err(|_| AppError::BadRequest("a form field is not UTF-8".into()))?;
                    if text.contains('\0') {
                        return Err(AppError::BadRequest("a form field holds NUL".into()).into());
                    }
                    upload.fields.push((name, text));
                }
            }
            csrf::verify(&cookie, upload.field("csrf"))?;
            Ok(upload)
        })
    }
}

fn unreadable(e: actix_multipart::MultipartError) -> actix_web::Error {
    tracing::info!(error = %e, "unreadable upload");
    AppError::BadRequest(crate::domain::l10n::tr("annl-upload-unreadable")).into()
}
