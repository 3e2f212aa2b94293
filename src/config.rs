//! Typed settings read once from the environment (a `.env` file is honoured).
//! Every variable is validated here; a bad value becomes a [`ConfigError`] naming the
//! variable, which `main` prints as one line before exiting with code 2.

use std::fmt;
use std::net::SocketAddr;
use std::path::PathBuf;

/// Which database a `DATABASE_URL` selects.
#[derive(Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    /// A SQLite file path (from `sqlite://path`, `file:path` or a bare path).
    Sqlite(String),
    /// A full `postgres://` or `postgresql://` URL.
    Postgres(String),
}

impl DatabaseUrl {
    pub fn parse(raw: &str) -> Result<Self, String> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Err("must not be empty".into());
        }
        if raw.starts_with("postgres://") || raw.starts_with("postgresql://") {
            return Ok(Self::Postgres(raw.to_string()));
        }
        if let Some(path) = raw
            .strip_prefix("sqlite://")
            .or_else(|| raw.strip_prefix("sqlite:"))
        {
            if path.is_empty() {
                return Err("sqlite URL has no file path".into());
            }
            return Ok(Self::Sqlite(path.to_string()));
        }
        if let Some((scheme, _)) = raw.split_once("://") {
            return Err(format!(
                "unsupported scheme '{scheme}' (use a file path, sqlite://path or postgres://...)"
            ));
        }
        Ok(Self::Sqlite(raw.to_string()))
    }

    pub fn backend_name(&self) -> &'static str {
        match self {
            Self::Sqlite(_) => "SQLite",
            Self::Postgres(_) => "PostgreSQL",
        }
    }
}

impl fmt::Debug for DatabaseUrl {
    /// Never prints a PostgreSQL password.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Sqlite(p) => write!(f, "sqlite:{p}"),
            Self::Postgres(u) => match u.split_once('@') {
                Some((_, host)) => write!(f, "postgres://…@{host}"),
                None => write!(f, "{u}"),
            },
        }
    }
}

pub use crate::domain::secret::Secret;

/// How long a caller waits for a pooled connection by default before giving up
/// (`PLENARY_DB_CHECKOUT_TIMEOUT_MS`). Short, so that while the database is away a
/// visitor gets the "try again" page in about two seconds instead of a hung request.
pub const DEFAULT_CHECKOUT_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(2);

/// How long a claimed outbox row is reserved for the worker that claimed it, unless
/// `PLENARY_OUTBOX_LEASE_SECS` says otherwise (the lease rules are in `email::outbox`).
pub const DEFAULT_LEASE: std::time::Duration = std::time::Duration::from_secs(120);

/// Where outgoing mail goes.
#[derive(Clone, Debug)]
pub enum MailTransport {
    /// `SMTP_URL`: `smtp://[user:pass@]host[:port]` (STARTTLS when offered, or required
    /// with `?tls=required`), `smtps://` (implicit TLS). Credentials are secret.
    Smtp(Secret),
    /// `.eml` files written to this folder (the demo default).
    Files(PathBuf),
}

#[derive(Clone, Debug)]
pub struct Settings {
    pub database_url: DatabaseUrl,
    pub addr: SocketAddr,
    /// Public base URL used in links in mail and feeds, without trailing slash.
    pub base_url: String,
    pub secret_key: Option<Secret>,
    pub mail: MailTransport,
    pub mail_from: String,
    pub mail_reply_to: Option<String>,
    pub auto_migrate: bool,
    /// Size of the database connection pool.
    pub db_pool_size: u32,
    /// `PLENARY_DB_CHECKOUT_TIMEOUT_MS`: how long a request waits for a database
    /// connection before it is answered 503 (the database is away or the pool is full).
    pub db_checkout_timeout: std::time::Duration,
    /// `PLENARY_OUTBOX_LEASE_SECS`: how long a worker keeps the outbox rows it claimed
    /// before another worker may take them (after a crash, say).
    pub outbox_lease: std::time::Duration,
    /// Rate limits on login, sign-up, reset and resend (`PLENARY_RATE_LIMITS=off`
    /// turns them off for load tests on loopback).
    pub rate_limits: bool,
    /// `PLENARY_TRUSTED_PROXIES`: addresses or CIDR blocks of reverse proxies whose
    /// `X-Forwarded-For` / `Forwarded` headers are believed (default: none).
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// `PLENARY_METRICS_ADDR`: where a separate server answers `/metrics` (off
    /// when unset; bind it to a private interface).
    pub metrics_addr: Option<SocketAddr>,
    /// `PLENARY_METRICS_TOKEN`: when set, `/metrics` on the main site answers a
    /// request that carries `Authorization: Bearer <token>` (404 when unset).
    pub metrics_token: Option<Secret>,
    /// `PLENARY_LOG_FORMAT`: `text` (default) or `json` (one object a line).
    pub log_format: LogFormat,
}

/// How log lines are written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LogFormat {
    /// Human-readable lines.
    #[default]
    Text,
    /// One JSON object a line, with the request span's fields (request id, route).
    Json,
}

/// Minimum length of `PLENARY_METRICS_TOKEN`, so it cannot be guessed.
pub const MIN_METRICS_TOKEN_LEN: usize = 24;

#[derive(Debug, thiserror::Error)]
#[error("{var}: {message}")]
pub struct ConfigError {
    pub var: &'static str,
    pub message: String,
}

fn bad(var: &'static str, message: impl Into<String>) -> ConfigError {
    ConfigError {
        var,
        message: message.into(),
    }
}

/// Minimum length of `PLENARY_SECRET_KEY`: the cookie key is derived from it.
pub const MIN_SECRET_LEN: usize = 32;

impl Settings {
    /// Reads settings from the process environment (after loading `.env` if present).
    pub fn from_env() -> Result<Self, ConfigError> {
        let _ = dotenvy::dotenv();
        Self::from_lookup(|k| std::env::var(k).ok())
    }

    /// Reads settings through `get`, so tests can supply their own environment.
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let get = |k: &str| get(k).filter(|v| !v.trim().is_empty());

        let database_url = match get("DATABASE_URL") {
            Some(raw) => DatabaseUrl::parse(&raw).map_err(|m| bad("DATABASE_URL", m))?,
            None => DatabaseUrl::Sqlite("plenary.db".into()),
        };
        let addr_raw = get("PLENARY_ADDR").unwrap_or_else(|| "127.0.0.1:8080".into());
        let addr: SocketAddr = addr_raw.trim().parse().map_err(|_| {
            bad(
                "PLENARY_ADDR",
                format!("'{addr_raw}' is not a socket address like 127.0.0.1:8080"),
            )
        })?;
        let base_url = match get("PLENARY_BASE_URL") {
            Some(raw) => {
                let raw = raw.trim().trim_end_matches('/').to_string();
                if !(raw.starts_with("http://") || raw.starts_with("https://"))
                    || raw.contains(char::is_whitespace)
                    || raw.len() <= "https://".len()
                {
                    return Err(bad(
                        "PLENARY_BASE_URL",
                        format!("'{raw}' must be an http:// or https:// URL"),
                    ));
                }
                raw
            }
            None => format!("http://{addr}"),
        };
        let secret_key = match get("PLENARY_SECRET_KEY") {
            Some(k) if k.len() < MIN_SECRET_LEN => {
                return Err(bad(
                    "PLENARY_SECRET_KEY",
                    format!(
                        "must be at least {MIN_SECRET_LEN} characters (try: openssl rand -hex 32)"
                    ),
                ));
            }
            Some(k) => Some(Secret::new(k)),
            None => None,
        };
        let mail = match get("SMTP_URL") {
            Some(url) => {
                let scheme_ok = url.starts_with("smtp://") || url.starts_with("smtps://");
                if !scheme_ok {
                    return Err(bad("SMTP_URL", "must start with smtp:// or smtps://"));
                }
                MailTransport::Smtp(Secret::new(url))
            }
            None => MailTransport::Files(PathBuf::from(
                get("PLENARY_MAIL_DIR").unwrap_or_else(|| "mail-out".into()),
            )),
        };
        let mail_from =
            get("PLENARY_MAIL_FROM").unwrap_or_else(|| "Plenary <no-reply@plenary.invalid>".into());
        if mail_from.parse::<lettre::message::Mailbox>().is_err() {
            return Err(bad(
                "PLENARY_MAIL_FROM",
                format!("'{mail_from}' is not a mailbox like 'Name <a@b.org>'"),
            ));
        }
        let mail_reply_to = get("PLENARY_MAIL_REPLY_TO");
        if let Some(r) = &mail_reply_to
            && r.parse::<lettre::message::Mailbox>().is_err()
        {
            return Err(bad(
                "PLENARY_MAIL_REPLY_TO",
                format!("'{r}' is not a mailbox"),
            ));
        }
        let auto_migrate = match get("PLENARY_AUTO_MIGRATE").as_deref().map(str::trim) {
            None | Some("0") | Some("false") | Some("no") => false,
            Some("1") | Some("true") | Some("yes") => true,
            Some(other) => {
                return Err(bad(
                    "PLENARY_AUTO_MIGRATE",
                    format!("'{other}' is not one of 1, 0, true, false"),
                ));
            }
        };
        let db_pool_size = match get("PLENARY_DB_POOL_SIZE") {
            Some(raw) => match raw.trim().parse::<u32>() {
                Ok(n) if (1..=256).contains(&n) => n,
                _ => {
                    return Err(bad(
                        "PLENARY_DB_POOL_SIZE",
                        format!("'{raw}' is not a number from 1 to 256"),
                    ));
                }
            },
            None => 16,
        };
        let db_checkout_timeout = match get("PLENARY_DB_CHECKOUT_TIMEOUT_MS") {
            Some(raw) => match raw.trim().parse::<u64>() {
                Ok(n) if (100..=60_000).contains(&n) => std::time::Duration::from_millis(n),
                _ => {
                    return Err(bad(
                        "PLENARY_DB_CHECKOUT_TIMEOUT_MS",
                        format!("'{raw}' is not a number of milliseconds from 100 to 60000"),
                    ));
                }
            },
            None => DEFAULT_CHECKOUT_TIMEOUT,
        };
        let outbox_lease = match get("PLENARY_OUTBOX_LEASE_SECS") {
            Some(raw) => match raw.trim().parse::<u64>() {
                Ok(n) if (2..=3600).contains(&n) => std::time::Duration::from_secs(n),
                _ => {
                    return Err(bad(
                        "PLENARY_OUTBOX_LEASE_SECS",
                        format!("'{raw}' is not a number of seconds from 2 to 3600"),
                    ));
                }
            },
            None => DEFAULT_LEASE,
        };
        let rate_limits = match get("PLENARY_RATE_LIMITS").as_deref().map(str::trim) {
            None | Some("on") | Some("1") | Some("true") => true,
            Some("off") | Some("0") | Some("false") => false,
            Some(other) => {
                return Err(bad(
                    "PLENARY_RATE_LIMITS",
                    format!("'{other}' is not one of on, off"),
                ));
            }
        };
        let trusted_proxies = match get("PLENARY_TRUSTED_PROXIES") {
            None => Vec::new(),
            Some(raw) => parse_networks(&raw).map_err(|item| {
                bad(
                    "PLENARY_TRUSTED_PROXIES",
                    format!("'{item}' is not an IP address or CIDR block"),
                )
            })?,
        };
        let metrics_addr = match get("PLENARY_METRICS_ADDR") {
            None => None,
            Some(raw) => Some(raw.trim().parse::<SocketAddr>().map_err(|_| {
                bad(
                    "PLENARY_METRICS_ADDR",
                    format!("'{raw}' is not a socket address like 127.0.0.1:9100"),
                )
            })?),
        };
        let metrics_token = match get("PLENARY_METRICS_TOKEN") {
            Some(t) if t.trim().len() < MIN_METRICS_TOKEN_LEN => {
                return Err(bad(
                    "PLENARY_METRICS_TOKEN",
                    format!(
                        "must be at least {MIN_METRICS_TOKEN_LEN} characters (try: openssl rand -hex 24)"
                    ),
                ));
            }
            Some(t) => Some(Secret::new(t.trim().to_string())),
            None => None,
        };
        let log_format = match get("PLENARY_LOG_FORMAT").as_deref().map(str::trim) {
            None | Some("text") => LogFormat::Text,
            Some("json") => LogFormat::Json,
            Some(other) => {
                return Err(bad(
                    "PLENARY_LOG_FORMAT",
                    format!("'{other}' is not one of text, json"),
                ));
            }
        };
        Ok(Self {
            metrics_addr,
            metrics_token,
            log_format,
            rate_limits,
            trusted_proxies,
            database_url,
            addr,
            base_url,
            secret_key,
            mail,
            mail_from,
            mail_reply_to,
            auto_migrate,
            db_pool_size,
            db_checkout_timeout,
            outbox_lease,
        })
    }

    /// True when the TCP peer is one of the trusted reverse proxies.
    pub fn trusts_proxy(&self, peer: std::net::IpAddr) -> bool {
        self.trusted_proxies.iter().any(|n| n.contains(&peer))
    }

    /// True when cookies must carry `Secure` (the site is served over https).
    pub fn secure_cookies(&self) -> bool {
        self.base_url.starts_with("https://")
    }
}

/// Addresses and CIDR blocks separated by commas or spaces; a bare address is a
/// block of one. The first item that is neither is the error.
fn parse_networks(raw: &str) -> Result<Vec<ipnet::IpNet>, String> {
    raw.split([',', ' ', '\t', '\n'])
        .filter(|s| !s.is_empty())
        .map(|item| {
            item.parse::<ipnet::IpNet>()
                .or_else(|_| item.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                .map_err(|_| item.to_string())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trusted_proxies_are_addresses_or_blocks() {
        let s = with(&[("PLENARY_TRUSTED_PROXIES", "127.0.0.1, 10.0.0.0/8 ::1")]).unwrap();
        assert!(s.trusts_proxy("127.0.0.1".parse().unwrap()));
        assert!(s.trusts_proxy("10.20.30.40".parse().unwrap()));
        assert!(s.trusts_proxy("::1".parse().unwrap()));
        assert!(!s.trusts_proxy("192.168.1.1".parse().unwrap()));
        assert!(with(&[]).unwrap().trusted_proxies.is_empty());
    }

    fn with(pairs: &[(&str, &str)]) -> Result<Settings, ConfigError> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Settings::from_lookup(move |k| pairs.iter().find(|(pk, _)| pk == k).map(|(_, v)| v.clone()))
    }

    #[test]
    fn defaults_are_sqlite_file_and_local_address() {
        let s = with(&[]).unwrap();
        assert_eq!(s.database_url, DatabaseUrl::Sqlite("plenary.db".into()));
        assert_eq!(s.addr.to_string(), "127.0.0.1:8080");
        assert_eq!(s.base_url, "http://127.0.0.1:8080");
        assert!(matches!(s.mail, MailTransport::Files(ref p) if p.ends_with("mail-out")));
        assert!(s.metrics_addr.is_none() && s.metrics_token.is_none());
        assert_eq!(s.log_format, LogFormat::Text);
    }

    #[test]
    fn postgres_url_selects_postgres_and_hides_password() {
        let s = with(&[("DATABASE_URL", "postgres://u:hunter2@db/x")]).unwrap();
        assert!(matches!(s.database_url, DatabaseUrl::Postgres(_)));
        assert!(!format!("{:?}", s.database_url).contains("hunter2"));
    }

    #[test]
    fn bad_values_name_their_variable() {
        for (var, value) in [
            ("DATABASE_URL", "mysql://x"),
            ("PLENARY_ADDR", "not an address"),
            ("PLENARY_BASE_URL", "ftp://x"),
            ("PLENARY_SECRET_KEY", "short"),
            ("SMTP_URL", "http://mail"),
            ("PLENARY_AUTO_MIGRATE", "maybe"),
            ("PLENARY_MAIL_FROM", "not a mailbox"),
            ("PLENARY_DB_POOL_SIZE", "0"),
            ("PLENARY_DB_CHECKOUT_TIMEOUT_MS", "2s"),
            ("PLENARY_OUTBOX_LEASE_SECS", "1"),
            ("PLENARY_RATE_LIMITS", "sometimes"),
            ("PLENARY_TRUSTED_PROXIES", "10.0.0.0/8, proxy.example"),
            ("PLENARY_METRICS_ADDR", "9100"),
            ("PLENARY_METRICS_TOKEN", "short"),
            ("PLENARY_LOG_FORMAT", "xml"),
        ] {
            let err = with(&[(var, value)]).unwrap_err();
            assert_eq!(err.var, var, "{value}");
        }
    }

    #[test]
    fn secret_key_is_never_debug_printed() {
        let key = "k".repeat(40);
        let s = with(&[("PLENARY_SECRET_KEY", &key)]).unwrap();
        assert!(!format!("{s:?}").contains(&key));
    }
}
