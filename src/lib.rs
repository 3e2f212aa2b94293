//! Plenary: a server-rendered platform for international virtual conferences.
//!
//! Layers point one way: [`web`] (handlers, the route table and guard, extractors,
//! rendering, the one `AppError`) → [`service`] (use cases that change data, each in one
//! write transaction with its audit record and outbox mail) → [`domain`] (pure types
//! and rules), [`db`] (typed rows over SQLite or PostgreSQL), [`email`] (messages,
//! outbox, worker) and [`export`] (schedule, calendar and CSV formats). `ARCHITECTURE.md`
//! says where each kind of code lives and how a request and a mail travel.
//! [`build_app`] is the single entry used by the binary and by every integration test.

pub mod admin;
pub mod backup;
pub mod config;
pub mod db;
pub mod demo;
pub mod domain;
pub mod email;
pub mod export;
pub mod memory;
pub mod metrics;
pub mod service;
pub mod tls;
pub mod video;
pub mod web;

use std::net::{SocketAddr, TcpListener};

use actix_web::cookie::Key;
use actix_web::dev::Server;
use actix_web::middleware::Compress;
use actix_web::{App as ActixApp, HttpServer, web as aweb};
use anyhow::Context;
use tracing_actix_web::TracingLogger;

use config::Settings;
use db::Db;
use domain::clock::Clock;
use web::AppState;

/// A bound, not yet running server and what tests need to talk to it.
pub struct App {
    pub server: Server,
    pub addr: SocketAddr,
    pub state: AppState,
}

/// Connects the database, binds `settings.addr` (port 0 picks a free one) and builds
/// the HTTP server. Nothing runs until `server` is awaited.
pub fn build_app(settings: Settings, db: Db, clock: Clock) -> anyhow::Result<App> {
    tls::install();
    let secret = settings
        .secret_key
        .clone()
        .context("PLENARY_SECRET_KEY is required to serve")?;
    let key = Key::derive_from(secret.expose().as_bytes());
    let listener = TcpListener::bind(settings.addr)
        .with_context(|| format!("PLENARY_ADDR: cannot listen on {}", settings.addr))?;
    let addr = listener.local_addr()?;
    let mut settings = settings;
    // Without PLENARY_BASE_URL, links point at the address actually bound (which
    // differs from PLENARY_ADDR when it asks for port 0).
    if settings.base_url == format!("http://{}", settings.addr) {
        settings.base_url = format!("http://{addr}");
    }
    let limits = web::ratelimit::RateLimits::new(settings.rate_limits, &db, clock.clone());
    let state = AppState {
        service: service::Service::new(db.clone(), &settings.base_url, clock.clone()),
        db,
        settings: settings.clone(),
        clock,
        limits: std::sync::Arc::new(limits),
        pages: Default::default(),
    };
    let secure = settings.secure_cookies();
    let data = aweb::Data::new(state.clone());
    let server = HttpServer::new(move || {
        ActixApp::new()
            .app_data(data.clone())
            .wrap(actix_web::middleware::from_fn(web::lang::negotiate))
            .wrap(web::cookie_middleware(&key, secure))
            .wrap(web::security_headers())
            .wrap(Compress::default())
            .wrap(actix_web::middleware::from_fn(
                web::telemetry::with_request_id,
            ))
            .wrap(TracingLogger::<web::telemetry::RedactedSpan>::new())
            .configure(web::routes)
    })
    .listen(listener)?
    .shutdown_timeout(5)
    .run();
    Ok(App {
        server,
        addr,
        state,
    })
}
