//! The edge: what every request must be before any handler, guard or query sees it.
//! A path, a query string or a URL-encoded form body that decodes to a NUL byte or to
//! bytes that are not UTF-8 is refused here — PostgreSQL cannot store or compare NUL in
//! text, and no field of ours has a use for either — so no handler needs its own check.
//! A path is refused with 404 (no page has such an address), a query or a form with 400.
//! A form body larger than [`super::FORM_LIMIT`] is refused with 413 before it is read.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{CONTENT_LENGTH, CONTENT_TYPE};
use actix_web::middleware::Next;
use actix_web::web::Bytes;

use super::FORM_LIMIT;
use super::error::AppError;
use crate::domain::l10n::tr;

/// Why a piece of text was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unreadable {
    /// It decodes to a NUL byte.
    Nul,
    /// It decodes to bytes that are not UTF-8.
    NotUtf8,
}

/// Percent-decodes `raw` (`+` needs no decoding for this check) and says whether the
/// result is text we can store: UTF-8 without NUL. A `%` not followed by two hex digits
/// stays as it is, as the URL-encoding parsers do.
pub fn check(raw: &[u8]) -> Result<(), Unreadable> {
    let decoded = percent_decode(raw);
    if decoded.contains(&0) {
        return Err(Unreadable::Nul);
    }
    match std::str::from_utf8(&decoded) {
        Ok(_) => Ok(()),
        Err(_) => Err(Unreadable::NotUtf8),
    }
}

fn percent_decode(raw: &[u8]) -> Vec<u8> {
    fn hex(b: u8) -> Option<u8> {
        match b {
            b'0'..=b'9' => Some(b - b'0'),
            b'a'..=b'f' => Some(b - b'a' + 10),
            b'A'..=b'F' => Some(b - b'A' + 10),
            _ => None,
        }
    }
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        if raw[i] == b'%'
            && let (Some(h), Some(l)) = (
                raw.get(i + 1).copied().and_then(hex),
                raw.get(i + 2).copied().and_then(hex),
            )
        {
            out.push(h * 16 + l);
            i += 3;
        } else {
            out.push(raw[i]);
            i += 1;
        }
    }
    out
}

fn is_form(req: &ServiceRequest) -> bool {
    req.headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| {
            v.trim()
                .eq_ignore_ascii_case("application/x-www-form-urlencoded")
        })
}

fn declared_length(req: &ServiceRequest) -> Option<usize> {
    req.headers()
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse().ok())
}

/// Refuses unreadable paths (404), query strings and form bodies (400), and form
/// bodies over the limit (413). Other bodies are left to the extractors, which refuse
/// a wrong content type with 400.
pub async fn reject_unreadable(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let refusal = if check(req.uri().path().as_bytes()).is_err() {
        Some(AppError::NotFound)
    } else if check(req.query_string().as_bytes()).is_err() {
        Some(AppError::BadRequest(tr("annl-edge-address-unreadable")))
    } else if is_form(&req) {
        if declared_length(&req).is_some_and(|n| n > FORM_LIMIT) {
            Some(AppError::PayloadTooLarge)
        } else {
            match req.extract::<Bytes>().await {
                Ok(body) if body.len() > FORM_LIMIT => Some(AppError::PayloadTooLarge),
                Ok(body) => {
                    let refusal = check(&body)
                        .err()
                        .map(|_| AppError::BadRequest(tr("annl-edge-form-unreadable")));
                    req.set_payload(body.into());
                    refusal
                }
                Err(e) if e.as_response_error().status_code().as_u16() == 413 => {
                    Some(AppError::PayloadTooLarge)
                }
                Err(_) => Some(AppError::BadRequest(tr("annl-edge-form-unparsed"))),
            }
        }
    } else {
        None
    };
    match refusal {
        Some(e) => Ok(req.error_response(e).map_into_right_body()),
        None => next
            .call(req)
            .await
            .map(ServiceResponse::map_into_left_body),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nul_is_refused_raw_and_encoded() {
        assert_eq!(check(b"/c/%00"), Err(Unreadable::Nul));
        assert_eq!(check(b"q=a%00b"), Err(Unreadable::Nul));
        assert_eq!(check(b"a\0b"), Err(Unreadable::Nul));
    }

    #[test]
    fn bytes_that_are_not_utf8_are_refused() {
        assert_eq!(check(b"q=%FF"), Err(Unreadable::NotUtf8));
        assert_eq!(check(b"q=%C3%28"), Err(Unreadable::NotUtf8));
        assert_eq!(check(b"q=%ED%A0%80"), Err(Unreadable::NotUtf8)); // a lone surrogate
    }

    #[test]
    fn ordinary_and_unusual_text_passes() {
        assert_eq!(check(b"/c/ip-ai-2020/agenda"), Ok(()));
        assert_eq!(check(b"q=Z%C3%BCrich+%E2%80%8F%D7%A9"), Ok(()));
        assert_eq!(check(b"q=100%"), Ok(())); // a lone % is text, not an escape
        assert_eq!(check(b"q=%zz%2"), Ok(()));
        assert_eq!(check(b""), Ok(()));
    }
}
