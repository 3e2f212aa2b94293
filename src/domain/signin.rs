//! How long a sign-in lasts on the server. A login session that has not been seen
//! for [`IDLE_LIMIT`] is over, like the cookie that carried it; its last-seen time is
//! written at most once per [`TOUCH_EVERY`], so an ordinary request only reads.

use chrono::{DateTime, Duration, Utc};

/// As long as the login cookie lives.
pub const IDLE_LIMIT: Duration = Duration::days(14);
pub const TOUCH_EVERY: Duration = Duration::hours(1);

/// Sessions last seen before this are over.
pub fn idle_cutoff(now: DateTime<Utc>) -> DateTime<Utc> {
    now - IDLE_LIMIT
}

/// Whether a request at `now` should record that the session was seen.
pub fn needs_touch(last_seen: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    now - last_seen >= TOUCH_EVERY
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_is_touched_at_most_hourly_and_ends_after_two_idle_weeks() {
        let t = DateTime::from_timestamp(1_800_000_000, 0).unwrap();
        assert!(!needs_touch(t, t + Duration::minutes(59)));
        assert!(needs_touch(t, t + Duration::minutes(60)));
        assert!(idle_cutoff(t + Duration::days(14)) == t);
        assert!(idle_cutoff(t + Duration::days(13)) < t);
    }
}
