//! Rate limits on login, sign-up, password reset and resending links, per client IP
//! and per account (email), with the `governor` crate's keyed GCRA limiters. Limits
//! live in the process: with several instances each applies them separately, which
//! still bounds guessing; a shared store can replace this module later.

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::time::Duration;

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use super::error::AppError;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Login,
    SignUp,
    Reset,
    Resend,
}

impl Action {
    /// The action's name in metrics.
    pub fn label(self) -> &'static str {
        match self {
            Self::Login => "login",
            Self::SignUp => "sign_up",
            Self::Reset => "reset",
            Self::Resend => "resend",
        }
    }
}

struct Pair {
    per_ip: DefaultKeyedRateLimiter<IpAddr>,
    per_account: DefaultKeyedRateLimiter<String>,
}

fn quota(burst: u32, every: Duration) -> Quota {
    let burst = NonZeroU32::new(burst).unwrap_or(NonZeroU32::MIN);
    Quota::with_period(every)
        .unwrap_or_else(|| Quota::per_second(NonZeroU32::MIN))
        .allow_burst(burst)
}

impl Pair {
    fn new(ip: Quota, account: Quota) -> Self {
        Self {
            per_ip: RateLimiter::keyed(ip),
            per_account: RateLimiter::keyed(account),
        }
    }
}

pub struct RateLimits {
    enabled: bool,
    login: Pair,
    sign_up: Pair,
    reset: Pair,
    resend: Pair,
}

impl RateLimits {
    /// The production limits. Sign-up per IP is generous because whole delegations
    /// register from behind one office address.
    pub fn new(enabled: bool) -> Self {
        let s = Duration::from_secs;
        Self {
            enabled,
            // 20 tries then one every 6 s per IP; 5 then one a minute per account.
            login: Pair::new(quota(20, s(6)), quota(5, s(60))),
            sign_up: Pair::new(quota(40, s(5)), quota(5, s(120))),
            reset: Pair::new(quota(10, s(60)), quota(3, s(300))),
            resend: Pair::new(quota(10, s(60)), quota(3, s(300))),
        }
    }

    /// Counts one attempt; `Err(RateLimited)` with the wait when over the limit.
    pub fn check(
        &self,
        action: Action,
        ip: Option<IpAddr>,
        account: Option<&str>,
    ) -> Result<(), AppError> {
        if !self.enabled {
            return Ok(());
        }
        let pair = match action {
            Action::Login => &self.login,
            Action::SignUp => &self.sign_up,
            Action::Reset => &self.reset,
            Action::Resend => &self.resend,
        };
        let now = DefaultClock::default().now();
        let wait = |d: Duration| {
            crate::metrics::global().rate_limited(action.label());
            AppError::RateLimited {
                retry_after_secs: d.as_secs().max(1),
            }
        };
        if let Some(ip) = ip
            && let Err(not_until) = pair.per_ip.check_key(&ip)
        {
            return Err(wait(not_until.wait_time_from(now)));
        }
        if let Some(account) = account
            && let Err(not_until) = pair.per_account.check_key(&account.to_lowercase())
        {
            return Err(wait(not_until.wait_time_from(now)));
        }
        Ok(())
    }
}
