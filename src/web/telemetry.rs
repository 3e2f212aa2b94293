//! The request span and the request's log line. Like tracing-actix-web's default, but
//! the span records the route *pattern* (`/confirm/{token}`) instead of the requested
//! path and no client IP, so secret tokens in URLs and personal data never reach the
//! logs; [`with_request_id`] writes one "answered" line a request (status, time) and
//! counts it in the metrics under the same pattern.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::{Error, HttpMessage};
use tracing::Span;
use tracing_actix_web::{DefaultRootSpanBuilder, RequestId, RootSpanBuilder};

pub struct RedactedSpan;

/// The route pattern of the request, found once (matching walks the route table's
/// patterns) and kept in its extensions for [`with_request_id`].
#[derive(Clone)]
struct RoutePattern(String);

fn route_pattern(request: &ServiceRequest) -> String {
    if let Some(RoutePattern(p)) = request.extensions().get::<RoutePattern>() {
        return p.clone();
    }
    let route = request
        .match_pattern()
        .unwrap_or_else(|| "unmatched".into());
    request.extensions_mut().insert(RoutePattern(route.clone()));
    route
}

impl RootSpanBuilder for RedactedSpan {
    fn on_request_start(request: &ServiceRequest) -> Span {
        let route = route_pattern(request);
        let request_id = request
            .extensions()
            .get::<RequestId>()
            .map(|r| r.to_string())
            .unwrap_or_default();
        tracing::info_span!(
            "request",
            request_id = %request_id,
            http.method = %request.method(),
            http.route = %route,
            http.status_code = tracing::field::Empty,
            otel.status_code = tracing::field::Empty,
            exception.message = tracing::field::Empty,
            exception.details = tracing::field::Empty,
        )
    }

    fn on_request_end<B: MessageBody>(span: Span, outcome: &Result<ServiceResponse<B>, Error>) {
        DefaultRootSpanBuilder::on_request_end(span, outcome);
    }
}

tokio::task_local! {
    /// The id of the request being answered, for the 500 page (an error response
    /// is built without access to the request).
    static REQUEST_ID: String;
}

/// The current request's id (the one its log lines carry), or a fresh random
/// reference outside a request.
pub fn current_request_id() -> String {
    REQUEST_ID
        .try_with(Clone::clone)
        .unwrap_or_else(|_| uuid::Uuid::new_v4().to_string())
}

/// Middleware inside `TracingLogger`: makes the request id available to error pages,
/// and when the answer is ready writes the request's log line (inside the request
/// span, so it carries the request id and route pattern) and counts it in the
/// metrics. Handlers' errors and the route guard's (which answers itself, see
/// `guard::enforce`) become responses inside this scope.
pub async fn with_request_id(
    req: ServiceRequest,
    next: actix_web::middleware::Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let id = req
        .extensions()
        .get::<RequestId>()
        .map(|r| r.to_string())
        .unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
    let started = std::time::Instant::now();
    let route = route_pattern(&req);
    let method = req.method().clone();
    let outcome = REQUEST_ID.scope(id, next.call(req)).await;
    let status = match &outcome {
        Ok(res) => res.status(),
        Err(e) => e.as_response_error().status_code(),
    };
    let elapsed = started.elapsed();
    tracing::info!(
        status = status.as_u16(),
        elapsed_ms = elapsed.as_secs_f64() * 1000.0,
        "answered"
    );
    crate::metrics::global().request(
        &route,
        method.as_str(),
        status.as_u16(),
        elapsed.as_secs_f64(),
    );
    outcome
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::web::error::AppError;
    use actix_web::ResponseError;

    #[test]
    fn the_500_page_shows_the_request_id_of_the_log_line() {
        let resp = REQUEST_ID.sync_scope("req-5f2a".to_string(), || {
            AppError::Internal(anyhow::anyhow!("SELECT secret FROM users")).error_response()
        });
        assert_eq!(resp.status(), 500);
        let bytes = actix_web::rt::System::new()
            .block_on(actix_web::body::to_bytes(resp.into_body()))
            .unwrap_or_default();
        let page = String::from_utf8_lossy(&bytes);
        assert!(page.contains("req-5f2a"), "{page}");
        assert!(!page.contains("SELECT"), "no SQL on the page");
    }
}
