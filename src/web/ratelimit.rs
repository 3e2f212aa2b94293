//! Rate limits on everything that checks a password or a token, and on the forms
//! that send mail. Guessing is limited without ever locking the owner out:
//!
//! - a sign-in counts only when it fails (a slot is taken before the password is
//!   checked, so parallel guesses cannot slip past, and given back when it was
//!   right), per (account, client address) and per client address — each answers 429
//!   with `Retry-After` when used up;
//! - a looser per-account ceiling counts failures from every address; beyond it
//!   each attempt waits a little longer ([`ratelimit::delay`], at most
//!   [`ratelimit::MAX_DELAY`]) but is never refused, so the right password still
//!   works while someone elsewhere guesses;
//! - current-password checks count per account, token links per address, failures
//!   only; sign-up, reset requests and resends count every attempt.
//!
//! The arithmetic is `domain::ratelimit` (GCRA). On PostgreSQL the keys live in the
//! `rate_limits` table, shared by every instance, one atomic upsert per check; on
//! SQLite (one process) in a map in memory. Both forget keys whose time has passed
//! at most once a minute.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

use crate::config::DatabaseUrl;
use crate::db::{self, Db};
use crate::domain::UserId;
use crate::domain::clock::Clock;
use crate::domain::ratelimit::{self, MAX_OVER, Quota, Verdict};

use super::error::AppError;

/// Forms where every attempt counts (each sends mail or creates an account).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    SignUp,
    Reset,
    Resend,
}

impl Action {
    /// The action's name in metrics.
    pub fn label(self) -> &'static str {
        match self {
            Self::SignUp => "sign_up",
            Self::Reset => "reset",
            Self::Resend => "resend",
        }
    }
}

/// Checks of a secret, where only failures count.
#[derive(Clone, Copy, Debug)]
pub enum Guess<'a> {
    /// A sign-in with `account` (an email address) from `ip`.
    SignIn {
        account: &'a str,
        ip: Option<IpAddr>,
    },
    /// A signed-in person's current password (change password or email, delete).
    CurrentPassword { user: UserId },
    /// A link's token (confirmation, reset, invitation, change of email).
    Token { ip: Option<IpAddr> },
}

/// Keys name an address or an account; stores keep only their SHA-256, so the table
/// holds no email addresses.
fn key(name: String) -> String {
    db::tokens::hash(&name)
}

const fn quota(burst: u32, every_secs: u64) -> Quota {
    Quota::new(burst, Duration::from_secs(every_secs))
}

/// Failed sign-ins of one account from one address: 5, then one a minute.
const SIGN_IN_PAIR: Quota = quota(5, 60);
/// Failed sign-ins from one address, whatever the account: 20, then one per 6 s.
const SIGN_IN_IP: Quota = quota(20, 6);
/// Failed sign-ins of one account from anywhere: 10, then one a minute before the
/// delays start.
const SIGN_IN_ACCOUNT: Quota = quota(10, 60);
/// Wrong current passwords of a signed-in account: 5, then one a minute.
const CURRENT_PASSWORD: Quota = quota(5, 60);
/// Unknown or expired link tokens from one address: 10, then one per 30 s.
const TOKEN_IP: Quota = quota(10, 30);

/// (per address, per account). Sign-up per address is generous because whole
/// delegations register from behind one office address.
fn action_quotas(action: Action) -> (Quota, Quota) {
    match action {
        Action::SignUp => (quota(40, 5), quota(5, 120)),
        Action::Reset => (quota(10, 60), quota(3, 300)),
        Action::Resend => (quota(10, 60), quota(3, 300)),
    }
}

/// Where the keys live.
enum Store {
    Memory(Mutex<HashMap<String, i64>>),
    Shared(Db),
}

pub struct RateLimits {
    enabled: bool,
    store: Store,
    clock: Clock,
    /// When keys whose time has passed were last forgotten (ms since 1970).
    pruned_at: AtomicI64,
}

/// Slots a [`Guess`] took; give them back with [`RateLimits::forgive`] when the
/// secret was right. Dropped without that, the attempt stays counted as a failure.
#[must_use = "give the slots back when the secret was right"]
pub struct Attempt {
    taken: Vec<(String, Quota)>,
}

const PRUNE_EVERY_MS: i64 = 60_000;

fn limited(retry_after_ms: i64) -> AppError {
    AppError::RateLimited {
        retry_after_secs: u64::try_from((retry_after_ms + 999) / 1000)
            .unwrap_or(1)
            .max(1),
    }
}

impl RateLimits {
    /// On PostgreSQL the limits are shared through `db`; on SQLite they live here.
    pub fn new(enabled: bool, db: &Db, clock: Clock) -> Self {
        let store = match db.url() {
            DatabaseUrl::Postgres(_) => Store::Shared(db.clone()),
            DatabaseUrl::Sqlite(_) => Store::Memory(Mutex::new(HashMap::new())),
        };
        Self::with_store(enabled, store, clock)
    }

    /// Limits kept in this process whatever the database (for unit tests).
    pub fn in_memory(enabled: bool, clock: Clock) -> Self {
        Self::with_store(enabled, Store::Memory(Mutex::new(HashMap::new())), clock)
    }

    fn with_store(enabled: bool, store: Store, clock: Clock) -> Self {
        Self {
            enabled,
            store,
            pruned_at: AtomicI64::new(clock.now().timestamp_millis()),
            clock,
        }
    }

    fn now_ms(&self) -> i64 {
        self.clock.now().timestamp_millis()
    }

    /// Counts one attempt at a form where every attempt counts; 429 when over.
    pub async fn check(
        &self,
        action: Action,
        ip: Option<IpAddr>,
        account: Option<&str>,
    ) -> Result<(), AppError> {
        if !self.enabled {
            return Ok(());
        }
        let (per_ip, per_account) = action_quotas(action);
        let mut keys = Vec::new();
        if let Some(ip) = ip {
            keys.push((key(format!("{action:?}:ip:{ip}")), per_ip));
        }
        if let Some(account) = account {
            keys.push((
                key(format!("{action:?}:account:{}", account.to_lowercase())),
                per_account,
            ));
        }
        self.take_all(keys)
            .await
            .map(drop)
            .inspect_err(|_| crate::metrics::global().rate_limited(action.label()))
    }

    /// Takes the slots a check of a secret needs, before the check: 429 when one is
    /// used up; for a sign-in, first waits as long as the account's ceiling asks.
    pub async fn guess(&self, guess: Guess<'_>) -> Result<Attempt, AppError> {
        if !self.enabled {
            return Ok(Attempt { taken: Vec::new() });
        }
        let mut strict = Vec::new();
        let mut ceiling = None;
        match guess {
            Guess::SignIn { account, ip } => {
                let account = account.to_lowercase();
                if let Some(ip) = ip {
                    strict.push((key(format!("signin:pair:{account}|{ip}")), SIGN_IN_PAIR));
                    strict.push((key(format!("signin:ip:{ip}")), SIGN_IN_IP));
                }
                ceiling = Some((key(format!("signin:account:{account}")), SIGN_IN_ACCOUNT));
            }
            Guess::CurrentPassword { user } => {
                strict.push((key(format!("password:user:{user}")), CURRENT_PASSWORD));
            }
            Guess::Token { ip } => {
                if let Some(ip) = ip {
                    strict.push((key(format!("token:ip:{ip}")), TOKEN_IP));
                }
            }
        }
        let label = match guess {
            Guess::SignIn { .. } => "login",
            Guess::CurrentPassword { .. } => "current_password",
            Guess::Token { .. } => "token",
        };
        let mut attempt = self
            .take_all(strict)
            .await
            .inspect_err(|_| crate::metrics::global().rate_limited(label))?;
        if let Some((k, q)) = ceiling {
            let tat = self.add(&k, q).await?;
            attempt.taken.push((k, q));
            let wait = ratelimit::delay(ratelimit::over(q, tat, self.now_ms()));
            if !wait.is_zero() {
                tokio::time::sleep(wait).await;
            }
        }
        Ok(attempt)
    }

    /// Gives back the slots of an attempt whose secret was right.
    pub async fn forgive(&self, attempt: Attempt) -> Result<(), AppError> {
        if attempt.taken.is_empty() {
            return Ok(());
        }
        match &self.store {
            Store::Memory(map) => {
                let mut map = map.lock().unwrap_or_else(|p| p.into_inner());
                for (key, q) in &attempt.taken {
                    if let Some(tat) = map.get_mut(key) {
                        *tat = ratelimit::give_back(*q, *tat);
                    }
                }
                Ok(())
            }
            Store::Shared(db) => {
                db.run(move |c| {
                    for (key, q) in &attempt.taken {
                        db::ratelimit::give_back(c, key, *q)?;
                    }
                    Ok::<_, AppError>(())
                })
                .await
            }
        }
    }

    /// Takes one slot of every key, or none: a refusal gives back those taken.
    async fn take_all(&self, keys: Vec<(String, Quota)>) -> Result<Attempt, AppError> {
        self.prune_now_and_then().await?;
        let now = self.now_ms();
        let refused = match &self.store {
            Store::Memory(map) => {
                let mut map = map.lock().unwrap_or_else(|p| p.into_inner());
                let mut refused = None;
                let mut taken = Vec::new();
                for (key, q) in &keys {
                    match ratelimit::take(*q, map.get(key).copied(), now) {
                        Verdict::Allowed { tat_ms } => {
                            map.insert(key.clone(), tat_ms);
                            taken.push((key, q));
                        }
                        Verdict::Refused { retry_after_ms } => {
                            refused = Some(retry_after_ms);
                            break;
                        }
                    }
                }
                if refused.is_some() {
                    for (key, q) in taken {
                        if let Some(tat) = map.get_mut(key) {
                            *tat = ratelimit::give_back(*q, *tat);
                        }
                    }
                }
                refused
            }
            Store::Shared(db) => {
                let keys = keys.clone();
                db.run(move |c| {
                    let mut taken = Vec::new();
                    for (key, q) in &keys {
                        match db::ratelimit::take(c, key, *q, now)? {
                            Verdict::Allowed { .. } => taken.push((key, q)),
                            Verdict::Refused { retry_after_ms } => {
                                for (key, q) in taken {
                                    db::ratelimit::give_back(c, key, *q)?;
                                }
                                return Ok::<_, AppError>(Some(retry_after_ms));
                            }
                        }
                    }
                    Ok(None)
                })
                .await?
            }
        };
        match refused {
            Some(ms) => Err(limited(ms)),
            None => Ok(Attempt { taken: keys }),
        }
    }

    /// Counts one attempt against a ceiling; the key's new TAT.
    async fn add(&self, key: &str, q: Quota) -> Result<i64, AppError> {
        let now = self.now_ms();
        match &self.store {
            Store::Memory(map) => {
                let mut map = map.lock().unwrap_or_else(|p| p.into_inner());
                let tat = ratelimit::add(q, map.get(key).copied(), now, MAX_OVER);
                map.insert(key.to_string(), tat);
                Ok(tat)
            }
            Store::Shared(db) => {
                let key = key.to_string();
                db.run(move |c| Ok::<_, AppError>(db::ratelimit::add(c, &key, q, now, MAX_OVER)?))
                    .await
            }
        }
    }

    /// Forgets keys whose time has passed, at most once a minute (one process does
    /// it at a time: the others see the new time and skip).
    async fn prune_now_and_then(&self) -> Result<(), AppError> {
        let now = self.now_ms();
        let last = self.pruned_at.load(Ordering::Relaxed);
        if now - last < PRUNE_EVERY_MS
            || self
                .pruned_at
                .compare_exchange(last, now, Ordering::Relaxed, Ordering::Relaxed)
                .is_err()
        {
            return Ok(());
        }
        match &self.store {
            Store::Memory(map) => {
                map.lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .retain(|_, tat| *tat > now);
            }
            Store::Shared(db) => {
                let removed = db
                    .run(move |c| Ok::<_, AppError>(db::ratelimit::prune(c, now)?))
                    .await?;
                tracing::debug!(removed, "rate-limit keys pruned");
            }
        }
        Ok(())
    }

    /// How many keys this process keeps in memory (`None` with the shared store).
    pub fn keys_in_memory(&self) -> Option<usize> {
        match &self.store {
            Store::Memory(map) => Some(map.lock().unwrap_or_else(|p| p.into_inner()).len()),
            Store::Shared(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(n: u8) -> Option<IpAddr> {
        Some(IpAddr::from([203, 0, 113, n]))
    }

    #[actix_web::test]
    async fn sign_in_failures_are_counted_per_address_and_successes_are_not() {
        let limits = RateLimits::in_memory(true, Clock::system());
        let account = "owner@example.org";
        for _ in 0..40 {
            let a = limits
                .guess(Guess::SignIn { account, ip: ip(1) })
                .await
                .expect("a right password is never limited");
            limits.forgive(a).await.expect("forgive");
        }
        for _ in 0..5 {
            drop(
                limits
                    .guess(Guess::SignIn { account, ip: ip(2) })
                    .await
                    .expect("burst"),
            );
        }
        assert!(matches!(
            limits.guess(Guess::SignIn { account, ip: ip(2) }).await,
            Err(AppError::RateLimited {
                retry_after_secs: 60
            })
        ));
        // The owner's own address is not affected.
        assert!(
            limits
                .guess(Guess::SignIn { account, ip: ip(1) })
                .await
                .is_ok()
        );
    }

    #[actix_web::test]
    async fn keys_whose_time_has_passed_are_forgotten() {
        let clock = Clock::system();
        let limits = RateLimits::in_memory(true, clock.clone());
        for n in 0..20 {
            limits
                .check(Action::Reset, ip(n), None)
                .await
                .expect("first try");
        }
        assert_eq!(limits.keys_in_memory(), Some(20));
        clock.advance(chrono::Duration::hours(1));
        limits
            .check(Action::Reset, ip(99), None)
            .await
            .expect("new key");
        assert_eq!(limits.keys_in_memory(), Some(1));
    }
}
