//! Prometheus metrics of the process: one registry, counters that the layer where
//! the thing happens increments (requests in the web middleware, sign-ups in the
//! service, mail deliveries in the outbox worker, rate-limit rejections in the web
//! limiter), and gauges set just before each scrape from the pool and the outbox
//! (see `web::metrics`). No layer imports another through here: this module knows
//! nothing of HTTP or the database, only names, labels and the text format.
//!
//! Labels are bounded on purpose: the route *pattern* (`/confirm/{token}`, never the
//! path, so neither tokens nor a scanner's random URLs become label values), the
//! method, the status code, and small fixed sets of outcomes. There is no response
//! cache in Plenary yet, so there is no cache-hit metric.

use std::sync::LazyLock;

use prometheus::{
    Encoder, Gauge, HistogramOpts, HistogramVec, IntCounterVec, IntGauge, IntGaugeVec, Opts,
    Registry, TextEncoder,
};

/// Every metric of the process, registered once in its own registry.
pub struct Metrics {
    registry: Registry,
    http_requests: IntCounterVec,
    http_duration: HistogramVec,
    pool_connections: IntGaugeVec,
    pool_max: IntGauge,
    outbox_queued: IntGauge,
    outbox_oldest_age: Gauge,
    mail_deliveries: IntCounterVec,
    sign_ups: IntCounterVec,
    rate_limited: IntCounterVec,
}

/// How one delivery attempt of an outbox row ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MailOutcome {
    Sent,
    /// Failed; the row is queued again with backoff.
    Retrying,
    /// Failed for the last time; the row is marked failed.
    GaveUp,
}

impl MailOutcome {
    fn label(self) -> &'static str {
        match self {
            Self::Sent => "sent",
            Self::Retrying => "retrying",
            Self::GaveUp => "failed",
        }
    }
}

/// What the pool looks like at scrape time.
#[derive(Clone, Copy, Debug, Default)]
pub struct PoolSample {
    pub in_use: u32,
    pub idle: u32,
    /// Callers blocked waiting for a connection.
    pub waiting: u32,
    pub max: u32,
}

/// What the outbox looks like at scrape time.
#[derive(Clone, Copy, Debug, Default)]
pub struct OutboxSample {
    pub queued: i64,
    /// Seconds since the oldest queued row was written (0 when none is queued).
    pub oldest_queued_age_secs: f64,
}

/// Seconds: from 5 ms (a cached static file) to 10 s (a large export).
const LATENCY_BUCKETS: &[f64] = &[
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

fn counter(registry: &Registry, name: &str, help: &str, labels: &[&str]) -> IntCounterVec {
    let c = IntCounterVec::new(Opts::new(name, help), labels).expect("valid counter");
    registry.register(Box::new(c.clone())).expect("unique name");
    c
}

impl Metrics {
    fn new() -> Self {
        let registry = Registry::new();
        let http_requests = counter(
            &registry,
            "plenary_http_requests_total",
            "HTTP requests answered, by route pattern, method and status.",
            &["route", "method", "status"],
        );
        let http_duration = HistogramVec::new(
            HistogramOpts::new(
                "plenary_http_request_duration_seconds",
                "Time to answer an HTTP request, by route pattern, method and status.",
            )
            .buckets(LATENCY_BUCKETS.to_vec()),
            &["route", "method", "status"],
        )
        .expect("valid histogram");
        registry
            .register(Box::new(http_duration.clone()))
            .expect("unique name");
        let pool_connections = IntGaugeVec::new(
            Opts::new(
                "plenary_db_pool_connections",
                "Database pool connections: in use, idle, and callers waiting for one.",
            ),
            &["state"],
        )
        .expect("valid gauge");
        registry
            .register(Box::new(pool_connections.clone()))
            .expect("unique name");
        let pool_max = IntGauge::new(
            "plenary_db_pool_max_connections",
            "Largest number of connections the pool opens (PLENARY_DB_POOL_SIZE).",
        )
        .expect("valid gauge");
        registry
            .register(Box::new(pool_max.clone()))
            .expect("unique name");
        let outbox_queued = IntGauge::new(
            "plenary_outbox_queued",
            "Mails waiting in the outbox (new and retrying).",
        )
        .expect("valid gauge");
        registry
            .register(Box::new(outbox_queued.clone()))
            .expect("unique name");
        let outbox_oldest_age = Gauge::new(
            "plenary_outbox_oldest_queued_age_seconds",
            "Age of the oldest mail still waiting in the outbox (0 when none waits).",
        )
        .expect("valid gauge");
        registry
            .register(Box::new(outbox_oldest_age.clone()))
            .expect("unique name");
        let mail_deliveries = counter(
            &registry,
            "plenary_mail_deliveries_total",
            "Outbox delivery attempts by outcome: sent, retrying (failed, will retry), failed (gave up).",
            &["outcome"],
        );
        let sign_ups = counter(
            &registry,
            "plenary_sign_ups_total",
            "New accounts registered through a conference's sign-up form, by registration status.",
            &["status"],
        );
        let rate_limited = counter(
            &registry,
            "plenary_rate_limited_total",
            "Requests refused by a rate limit, by action.",
            &["action"],
        );
        Self {
            registry,
            http_requests,
            http_duration,
            pool_connections,
            pool_max,
            outbox_queued,
            outbox_oldest_age,
            mail_deliveries,
            sign_ups,
            rate_limited,
        }
    }

    /// One answered request. `route` must be a route pattern or `"unmatched"`.
    pub fn request(&self, route: &str, method: &str, status: u16, seconds: f64) {
        let status = status.to_string();
        let labels = [route, method, status.as_str()];
        self.http_requests.with_label_values(&labels).inc();
        self.http_duration
            .with_label_values(&labels)
            .observe(seconds);
    }

    /// One delivery attempt of an outbox row.
    pub fn mail(&self, outcome: MailOutcome) {
        self.mail_deliveries
            .with_label_values(&[outcome.label()])
            .inc();
    }

    /// One new account with its registration (pending, or waitlisted when full).
    pub fn sign_up(&self, waitlisted: bool) {
        let status = if waitlisted { "waitlisted" } else { "pending" };
        self.sign_ups.with_label_values(&[status]).inc();
    }

    /// One request refused by the rate limit of `action`.
    pub fn rate_limited(&self, action: &'static str) {
        self.rate_limited.with_label_values(&[action]).inc();
    }

    /// Sets the gauges sampled at scrape time.
    pub fn set_samples(&self, pool: PoolSample, outbox: Option<OutboxSample>) {
        let g = &self.pool_connections;
        g.with_label_values(&["in_use"]).set(pool.in_use.into());
        g.with_label_values(&["idle"]).set(pool.idle.into());
        g.with_label_values(&["waiting"]).set(pool.waiting.into());
        self.pool_max.set(pool.max.into());
        if let Some(o) = outbox {
            self.outbox_queued.set(o.queued);
            self.outbox_oldest_age.set(o.oldest_queued_age_secs);
        }
    }

    /// Everything in Prometheus' text exposition format (version 0.0.4).
    pub fn render(&self) -> String {
        let mut out = Vec::new();
        // Encoding into a Vec fails only on a metric with an invalid name or
        // label, which `new` would already have refused.
        if let Err(e) = TextEncoder::new().encode(&self.registry.gather(), &mut out) {
            tracing::error!(error = %e, "cannot encode metrics");
        }
        String::from_utf8(out).unwrap_or_default()
    }
}

/// The content type of [`Metrics::render`].
pub const CONTENT_TYPE: &str = "text/plain; version=0.0.4; charset=utf-8";

static METRICS: LazyLock<Metrics> = LazyLock::new(Metrics::new);

/// The process's metrics. Counters are process-wide, like the process they describe.
pub fn global() -> &'static Metrics {
    &METRICS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counters_and_gauges_appear_in_the_text_format() {
        let m = Metrics::new();
        m.request("/c/{slug}", "GET", 200, 0.02);
        m.mail(MailOutcome::GaveUp);
        m.sign_up(true);
        m.rate_limited("login");
        m.set_samples(
            PoolSample {
                in_use: 2,
                idle: 3,
                waiting: 1,
                max: 16,
            },
            Some(OutboxSample {
                queued: 7,
                oldest_queued_age_secs: 42.0,
            }),
        );
        let text = m.render();
        for line in [
            r#"plenary_http_requests_total{method="GET",route="/c/{slug}",status="200"} 1"#,
            r#"plenary_http_request_duration_seconds_bucket{method="GET",route="/c/{slug}",status="200",le="0.025"} 1"#,
            r#"plenary_mail_deliveries_total{outcome="failed"} 1"#,
            r#"plenary_sign_ups_total{status="waitlisted"} 1"#,
            r#"plenary_rate_limited_total{action="login"} 1"#,
            r#"plenary_db_pool_connections{state="waiting"} 1"#,
            "plenary_db_pool_max_connections 16",
            "plenary_outbox_queued 7",
            "plenary_outbox_oldest_queued_age_seconds 42",
        ] {
            assert!(text.lines().any(|l| l == line), "{line} in\n{text}");
        }
    }
}
