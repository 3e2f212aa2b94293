//! Serving the Prometheus metrics of [`crate::metrics`]: on a separate address
//! (`PLENARY_METRICS_ADDR`, its own small server, meant for a private interface) and,
//! when `PLENARY_METRICS_TOKEN` is set, at `/metrics` on the main site behind that
//! bearer token. Neither is on by default. Each scrape first samples the gauges: the
//! connection pool (no query) and the outbox depth (one read).

use std::net::{SocketAddr, TcpListener};

use actix_web::dev::Server;
use actix_web::http::header;
use actix_web::{App, HttpRequest, HttpResponse, HttpServer, web};
use anyhow::Context;
use subtle::ConstantTimeEq;

use super::AppState;
use super::error::AppError;
use crate::db::{Db, DbError};
use crate::domain::clock::Clock;
use crate::email::outbox;
use crate::metrics::{self, OutboxSample, PoolSample};

/// Samples the gauges and renders every metric.
async fn render(db: &Db, clock: &Clock) -> HttpResponse {
    let pool = db.pool_status();
    let pool = PoolSample {
        in_use: pool.connections.saturating_sub(pool.idle),
        idle: pool.idle,
        waiting: pool.waiting,
        max: pool.max,
    };
    let now = clock.now();
    let depth = db
        .run(|c| Ok::<_, AppError>(outbox::queue_depth(c).map_err(DbError::from)?))
        .await;
    let outbox = match depth {
        Ok((queued, oldest)) => Some(OutboxSample {
            queued,
            oldest_queued_age_secs: oldest
                .map(|t| (now - t).num_milliseconds().max(0) as f64 / 1000.0)
                .unwrap_or(0.0),
        }),
        Err(e) => {
            // The scrape still answers; the outbox gauges keep their last values.
            tracing::warn!(error = %e, "metrics: cannot read the outbox depth");
            None
        }
    };
    let m = metrics::global();
    m.set_samples(pool, outbox);
    HttpResponse::Ok()
        .content_type(metrics::CONTENT_TYPE)
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(m.render())
}

/// The metrics server on its own address, with `/metrics` only. Nothing runs until
/// the returned server is awaited (or spawned).
pub fn server(addr: SocketAddr, db: Db, clock: Clock) -> anyhow::Result<(Server, SocketAddr)> {
    let listener = TcpListener::bind(addr)
        .with_context(|| format!("PLENARY_METRICS_ADDR: cannot listen on {addr}"))?;
    let bound = listener.local_addr()?;
    let data = web::Data::new((db, clock));
    let server = HttpServer::new(move || {
        App::new().app_data(data.clone()).route(
            "/metrics",
            web::get().to(|d: web::Data<(Db, Clock)>| async move { render(&d.0, &d.1).await }),
        )
    })
    .workers(1)
    .listen(listener)?
    .shutdown_timeout(1)
    .run();
    Ok((server, bound))
}

/// `/metrics` on the main site: 404 unless `PLENARY_METRICS_TOKEN` is set, 401
/// without `Authorization: Bearer <that token>`.
#[tracing::instrument(name = "metrics::on_site", skip_all)]
pub async fn on_site(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let Some(token) = &state.settings.metrics_token else {
        return Err(AppError::NotFound);
    };
    let offered = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or_default();
    let ok: bool = offered.as_bytes().ct_eq(token.expose().as_bytes()).into();
    if !ok {
        return Ok(HttpResponse::Unauthorized()
            .insert_header((header::WWW_AUTHENTICATE, "Bearer realm=\"metrics\""))
            .body("A bearer token is required.\n"));
    }
    Ok(render(&state.db, &state.clock).await)
}
