//! The application's clock. Production reads the system time; tests shift it to
//! check time windows (join links, token expiry) without sleeping.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use chrono::{DateTime, Duration, Utc};

#[derive(Clone, Debug, Default)]
pub struct Clock {
    offset_seconds: Arc<AtomicI64>,
}

impl Clock {
    pub fn system() -> Self {
        Self::default()
    }

    /// Now, truncated to microseconds so both database backends store it exactly.
    pub fn now(&self) -> DateTime<Utc> {
        let t = Utc::now() + Duration::seconds(self.offset_seconds.load(Ordering::Relaxed));
        DateTime::from_timestamp_micros(t.timestamp_micros()).unwrap_or(t)
    }

    /// Makes `now()` return (approximately) `at` from here on.
    pub fn set(&self, at: DateTime<Utc>) {
        let delta = at.timestamp() - Utc::now().timestamp();
        self.offset_seconds.store(delta, Ordering::Relaxed);
    }

    pub fn advance(&self, by: Duration) {
        self.offset_seconds
            .fetch_add(by.num_seconds(), Ordering::Relaxed);
    }
}
