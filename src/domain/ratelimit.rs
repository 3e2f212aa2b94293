//! The arithmetic of rate limits: the generic cell rate algorithm (GCRA). Each key
//! keeps one number, its "theoretical arrival time" (TAT, milliseconds since 1970): a
//! quota of `burst` attempts refilled one per `every` allows an attempt at `now` when
//! the TAT is at most `every × (burst − 1)` ahead of `now`, and each counted attempt
//! moves it `every` further. A TAT in the past means a full burst, so a key whose TAT
//! has passed can be forgotten (that is how stores prune). The in-process store and
//! the PostgreSQL upserts in `db::ratelimit` both follow these functions.

use std::time::Duration;

/// `burst` attempts at once, then one per `every`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quota {
    pub burst: u32,
    pub every_ms: i64,
}

impl Quota {
    pub const fn new(burst: u32, every: Duration) -> Self {
        Self {
            burst: if burst == 0 { 1 } else { burst },
            every_ms: every.as_millis() as i64,
        }
    }

    /// How far ahead of now the TAT may be for an attempt to pass.
    pub const fn tolerance_ms(self) -> i64 {
        self.every_ms * (self.burst as i64 - 1)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Counted; store the new TAT.
    Allowed { tat_ms: i64 },
    /// Not counted (the stored TAT stays); try again after this long.
    Refused { retry_after_ms: i64 },
}

/// One attempt at `now_ms` against the stored TAT (`None`: nothing stored).
pub fn take(q: Quota, tat_ms: Option<i64>, now_ms: i64) -> Verdict {
    let base = tat_ms.unwrap_or(now_ms).max(now_ms);
    if base - now_ms <= q.tolerance_ms() {
        Verdict::Allowed {
            tat_ms: base + q.every_ms,
        }
    } else {
        Verdict::Refused {
            retry_after_ms: base - now_ms - q.tolerance_ms(),
        }
    }
}

/// Counts an attempt that is never refused (a ceiling that slows down instead): the
/// new TAT, kept at most `max_over` attempts beyond the quota so that the key's
/// memory, like the delay it causes, is bounded.
pub fn add(q: Quota, tat_ms: Option<i64>, now_ms: i64, max_over: u32) -> i64 {
    let base = tat_ms.unwrap_or(now_ms).max(now_ms);
    (base + q.every_ms).min(cap_ms(q, now_ms, max_over))
}

/// The highest TAT [`add`] stores.
pub fn cap_ms(q: Quota, now_ms: i64, max_over: u32) -> i64 {
    now_ms + q.every_ms * (i64::from(q.burst) + i64::from(max_over))
}

/// How many counted attempts beyond the quota a TAT stands for.
pub fn over(q: Quota, tat_ms: i64, now_ms: i64) -> u32 {
    let ahead = tat_ms - now_ms;
    if ahead <= 0 || q.every_ms <= 0 {
        return 0;
    }
    let outstanding = (ahead + q.every_ms - 1) / q.every_ms;
    u32::try_from(outstanding - i64::from(q.burst)).unwrap_or(0)
}

/// Gives back one counted attempt (the password or token was right).
pub fn give_back(q: Quota, tat_ms: i64) -> i64 {
    tat_ms - q.every_ms
}

/// The wait a ceiling adds per attempt beyond its quota, and the most it adds: the
/// owner of an account under attack waits at most [`MAX_DELAY`], never locked out.
pub const DELAY_STEP: Duration = Duration::from_millis(250);
pub const MAX_DELAY: Duration = Duration::from_secs(3);

/// Beyond this many attempts over the quota the delay does not grow.
pub const MAX_OVER: u32 = (MAX_DELAY.as_millis() / DELAY_STEP.as_millis()) as u32;

/// The delay for an attempt `over` the ceiling's quota.
pub fn delay(over: u32) -> Duration {
    DELAY_STEP.saturating_mul(over).min(MAX_DELAY)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIN: i64 = 60_000;

    fn q(burst: u32) -> Quota {
        Quota::new(burst, Duration::from_secs(60))
    }

    /// Runs `n` attempts at `now`, returning how many passed and the last TAT.
    fn run(q: Quota, mut tat: Option<i64>, now: i64, n: usize) -> (usize, Option<i64>) {
        let mut passed = 0;
        for _ in 0..n {
            if let Verdict::Allowed { tat_ms } = take(q, tat, now) {
                passed += 1;
                tat = Some(tat_ms);
            }
        }
        (passed, tat)
    }

    #[test]
    fn a_burst_passes_then_one_per_period() {
        let (passed, tat) = run(q(5), None, 0, 9);
        assert_eq!(passed, 5);
        assert_eq!(
            take(q(5), tat, 0),
            Verdict::Refused {
                retry_after_ms: MIN
            }
        );
        assert!(matches!(take(q(5), tat, MIN), Verdict::Allowed { .. }));
        // After the whole burst's time, the key is as good as new.
        let (passed, _) = run(q(5), tat, 5 * MIN, 9);
        assert_eq!(passed, 5);
    }

    #[test]
    fn a_refused_attempt_is_not_counted() {
        let (_, tat) = run(q(2), None, 0, 2);
        for _ in 0..100 {
            assert!(matches!(take(q(2), tat, 0), Verdict::Refused { .. }));
        }
        assert!(matches!(take(q(2), tat, MIN), Verdict::Allowed { .. }));
    }

    #[test]
    fn giving_back_restores_the_attempt() {
        let (_, tat) = run(q(3), None, 0, 3);
        let tat = tat.unwrap();
        assert!(matches!(take(q(3), Some(tat), 0), Verdict::Refused { .. }));
        assert!(matches!(
            take(q(3), Some(give_back(q(3), tat)), 0),
            Verdict::Allowed { .. }
        ));
    }

    #[test]
    fn a_ceiling_counts_every_attempt_and_its_delay_is_bounded() {
        let mut tat = None;
        let mut delays = Vec::new();
        for _ in 0..50 {
            let t = add(q(10), tat, 0, MAX_OVER);
            delays.push(delay(over(q(10), t, 0)));
            tat = Some(t);
        }
        assert!(delays[..10].iter().all(Duration::is_zero));
        assert_eq!(delays[10], DELAY_STEP);
        assert!(delays.windows(2).all(|w| w[0] <= w[1]), "grows");
        assert_eq!(*delays.last().unwrap(), MAX_DELAY);
        // The stored time never runs further than the cap: the row expires.
        assert_eq!(tat, Some(cap_ms(q(10), 0, MAX_OVER)));
        // An hour later the account is quiet again.
        assert_eq!(over(q(10), tat.unwrap(), 60 * MIN), 0);
    }
}
