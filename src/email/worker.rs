//! The outbox worker: claims due rows, builds each message with lettre (plain text +
//! HTML alternative, optional attachment, the row's stable Message-ID), sends it, and
//! records the outcome. `plenary serve` runs it on a thread; tests call [`Worker::drain`].
//!
//! Outages: when the database or the mail server cannot be reached, the loop backs
//! off (1 s, 2 s, 4 s, … capped at [`MAX_PAUSE`]) and logs one warning when the
//! outage starts and one info line when it ends, not a line per attempt. A mail
//! server that cannot be reached fails the one row being sent (its error shows on
//! the organizer's outbox page) and gives the rest of the batch back untouched.
//! Stopping (SIGTERM) gives back what was claimed but not yet sent; see the claim
//! and lease rules in `outbox`.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use lettre::Message;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};

use super::outbox::{self, Claimed};
use super::transport::{SendError, Transport};
use crate::db::{Db, DbError, from_db_time};
use crate::domain::clock::Clock;
use crate::metrics::{self, MailOutcome};

pub struct Worker {
    db: Db,
    transport: Transport,
    clock: Clock,
    from: Mailbox,
    reply_to: Option<Mailbox>,
    lease: chrono::Duration,
    stop: Arc<AtomicBool>,
}

#[derive(Debug, Default, PartialEq, Eq)]
pub struct DrainReport {
    pub sent: usize,
    pub retrying: usize,
    pub failed: usize,
    /// Claimed rows given back untried (the mail server was away, or the worker is
    /// stopping).
    pub released: usize,
    /// The last error when the mail server could not be reached; draining stopped.
    pub server_away: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum WorkerError {
    #[error(transparent)]
    Db(#[from] DbError),
    #[error(transparent)]
    Query(#[from] diesel::result::Error),
    /// Inside the send transaction: the message was not accepted.
    #[error("{0}")]
    Send(SendError),
}

const BATCH: i32 = 25;
/// The pause between two rounds of the worker when all is well.
const PAUSE: Duration = Duration::from_secs(1);
/// The longest pause while the database or the mail server is away.
pub const MAX_PAUSE: Duration = Duration::from_secs(30);

/// The pause after `failures` rounds in a row that failed: 1 s doubling to [`MAX_PAUSE`].
pub fn pause_after(failures: u32) -> Duration {
    PAUSE
        .saturating_mul(1u32 << failures.min(16))
        .min(MAX_PAUSE)
}

/// One thing the worker depends on (the database, the mail server) and whether it is
/// away: logs when an outage starts and when it ends, once each.
struct Outage {
    what: &'static str,
    since: Option<Instant>,
    failures: u32,
}

impl Outage {
    fn new(what: &'static str) -> Self {
        Self {
            what,
            since: None,
            failures: 0,
        }
    }

    fn failed(&mut self, error: &str) {
        self.failures += 1;
        if self.since.is_none() {
            self.since = Some(Instant::now());
            tracing::warn!(
                error,
                "outbox worker: the {} is unavailable; retrying with backoff up to {} s",
                self.what,
                MAX_PAUSE.as_secs()
            );
        }
    }

    fn ok(&mut self) {
        if let Some(since) = self.since.take() {
            tracing::info!(
                outage_secs = since.elapsed().as_secs(),
                attempts = self.failures,
                "outbox worker: the {} is back",
                self.what
            );
        }
        self.failures = 0;
    }
}

impl Worker {
    pub fn new(
        db: Db,
        transport: Transport,
        clock: Clock,
        from: &str,
        reply_to: Option<&str>,
    ) -> anyhow::Result<Self> {
        let from = from
            .parse()
            .map_err(|e| anyhow::anyhow!("PLENARY_MAIL_FROM: {e}"))?;
        let reply_to = reply_to
            .map(|r| r.parse())
            .transpose()
            .map_err(|e| anyhow::anyhow!("PLENARY_MAIL_REPLY_TO: {e}"))?;
        Ok(Self {
            db,
            transport,
            clock,
            from,
            reply_to,
            lease: chrono::Duration::from_std(super::outbox::DEFAULT_LEASE)?,
            stop: Arc::default(),
        })
    }

    /// How long this worker's claims last (see the lease rules in `outbox`).
    pub fn with_lease(mut self, lease: Duration) -> anyhow::Result<Self> {
        self.lease = chrono::Duration::from_std(lease)?;
        Ok(self)
    }

    pub fn from_settings(
        db: Db,
        clock: Clock,
        s: &crate::config::Settings,
    ) -> anyhow::Result<Self> {
        let transport = Transport::from_settings(&s.mail)?;
        Self::new(
            db,
            transport,
            clock,
            &s.mail_from,
            s.mail_reply_to.as_deref(),
        )?
        .with_lease(s.outbox_lease)
    }

    pub fn transport(&self) -> &Transport {
        &self.transport
    }

    /// Sends everything that is due now, batch after batch, and reports what happened.
    /// Returns early, giving back the untried rows of its batch, when the mail server
    /// cannot be reached or the worker is told to stop.
    pub fn drain(&self) -> Result<DrainReport, WorkerError> {
        let mut report = DrainReport::default();
        loop {
            if self.stop.load(Ordering::Relaxed) {
                return Ok(report);
            }
            let now = self.clock.now();
            let lease = self.lease;
            let batch = self.db.write_blocking(|c| {
                outbox::claim_due(c, now, BATCH, lease).map_err(WorkerError::from)
            })?;
            if batch.is_empty() {
                return Ok(report);
            }
            for (i, row) in batch.iter().enumerate() {
                let rest = &batch[i..];
                if self.stop.load(Ordering::Relaxed) {
                    report.released += self.release(rest)?;
                    return Ok(report);
                }
                if let Err(away) = self.deliver(row, &mut report) {
                    report.released += self.release(&rest[1..])?;
                    report.server_away = Some(away.message);
                    return Ok(report);
                }
            }
        }
    }

    fn release(&self, rows: &[Claimed]) -> Result<usize, WorkerError> {
        let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
        self.db
            .write_blocking(|c| outbox::release(c, &ids).map_err(WorkerError::from))
    }

    /// Sends one row and records the outcome. `Err` when the mail server could not be
    /// reached (the row itself is recorded as a failed attempt).
    ///
    /// The row is marked sent in a transaction that stays open while the message is
    /// handed to the mail server and commits right after its "250 OK": a crash can
    /// then only duplicate a mail in the instant between that answer and the COMMIT,
    /// not during the wait for a connection or a lock. The transaction holds the row
    /// (PostgreSQL) or the database's write lock (SQLite) for one send: milliseconds
    /// to a nearby relay, at most the SMTP timeout if the mail server hangs.
    fn deliver(&self, row: &Claimed, report: &mut DrainReport) -> Result<(), SendError> {
        let message = self.build(row).map_err(|message| SendError {
            message,
            server_away: false,
        });
        let now = self.clock.now();
        let sent = self.db.write_blocking(|c| {
            outbox::mark_sent(c, &row.id, now)?;
            match &message {
                Ok(m) => self.transport.send(m).map_err(WorkerError::Send),
                Err(e) => Err(WorkerError::Send(e.clone())),
            }
        });
        let failure = match sent {
            Ok(()) => {
                report.sent += 1;
                metrics::global().mail(MailOutcome::Sent);
                return Ok(());
            }
            Err(WorkerError::Send(e)) => e,
            Err(e) => {
                // The database went away before or after the send: the row keeps its
                // lease and comes back when it expires (see `outbox`).
                tracing::debug!(outbox_id = %row.id, error = %e, "cannot record a delivery");
                return Err(SendError {
                    message: format!("cannot record the delivery: {e}"),
                    server_away: true,
                });
            }
        };
        tracing::debug!(outbox_id = %row.id, attempt = row.attempts + 1, error = %failure, "mail delivery failed");
        let recorded = self.db.write_blocking(|c| {
            outbox::mark_failed(c, row, &failure.message, now).map_err(WorkerError::from)
        });
        match recorded {
            Ok(true) => {
                tracing::warn!(outbox_id = %row.id, error = %failure, "mail given up after {} attempts", outbox::MAX_ATTEMPTS);
                report.failed += 1;
                metrics::global().mail(MailOutcome::GaveUp);
            }
            Ok(false) => {
                report.retrying += 1;
                metrics::global().mail(MailOutcome::Retrying);
            }
            Err(e) => {
                return Err(SendError {
                    message: format!("cannot record a failed delivery: {e}"),
                    server_away: true,
                });
            }
        }
        if failure.server_away {
            Err(failure)
        } else {
            Ok(())
        }
    }

    /// Builds the MIME message for a row; a row that cannot be built is an error to
    /// record like a failed delivery.
    fn build(&self, row: &Claimed) -> Result<Message, String> {
        let to: Mailbox = row
            .to_address
            .parse()
            .map_err(|e| format!("bad recipient: {e}"))?;
        // An announcement goes out under its conference's name, from the same address.
        let from = match &row.sender_name {
            Some(name) => Mailbox::new(Some(name.clone()), self.from.email.clone()),
            None => self.from.clone(),
        };
        let mut b = Message::builder()
            .from(from)
            .to(to)
            .subject(&row.subject)
            .message_id(Some(row.message_id.clone()))
            .header(super::headers::AutoSubmitted::auto_generated())
            .date(from_db_time(row.created_at).into());
        let reply_to = match &row.reply_to {
            Some(r) => Some(r.parse().map_err(|e| format!("bad Reply-To: {e}"))?),
            None => self.reply_to.clone(),
        };
        if let Some(r) = reply_to {
            b = b.reply_to(r);
        }
        if let Some(lang) = &row.language {
            b = b.header(super::headers::ContentLanguage::new(lang));
        }
        if let Some(url) = &row.list_unsubscribe {
            b = b
                .header(super::headers::ListUnsubscribe::url(url))
                .header(super::headers::ListUnsubscribePost::one_click());
        }
        let alternative = MultiPart::alternative()
            .singlepart(SinglePart::plain(row.body_text.clone()))
            .singlepart(SinglePart::html(row.body_html.clone()));
        let body = match (
            &row.attachment_name,
            &row.attachment_type,
            &row.attachment_body,
        ) {
            (Some(name), Some(ct), Some(content)) => {
                let ct = ContentType::parse(ct).map_err(|e| format!("attachment type: {e}"))?;
                MultiPart::mixed()
                    .multipart(alternative)
                    .singlepart(Attachment::new(name.clone()).body(content.clone(), ct))
            }
            _ => alternative,
        };
        b.multipart(body)
            .map_err(|e| format!("cannot build message: {e}"))
    }

    /// Runs the worker on its own thread until `stop` is set: every second it calls
    /// `before_tick` (the caller's scheduled jobs that enqueue mail, such as session
    /// reminders) and then drains the outbox. Backs off while the database or the mail
    /// server is away. On `stop` it gives back the rows it claimed but did not send,
    /// and the thread ends.
    pub fn spawn<F>(
        mut self,
        stop: Arc<AtomicBool>,
        before_tick: F,
    ) -> std::io::Result<JoinHandle<()>>
    where
        F: Fn(&Db, chrono::DateTime<chrono::Utc>) -> Result<(), String> + Send + 'static,
    {
        self.stop = stop.clone();
        std::thread::Builder::new()
            .name("outbox-worker".into())
            .spawn(move || {
                tracing::info!(
                    transport = self.transport.describe(),
                    "outbox worker started"
                );
                let mut database = Outage::new("database");
                let mut mail_server = Outage::new("mail server");
                while !stop.load(Ordering::Relaxed) {
                    let jobs = before_tick(&self.db, self.clock.now());
                    let drained = self.drain();
                    match (&jobs, &drained) {
                        (_, Err(e)) => database.failed(&e.to_string()),
                        (Err(e), _) if is_unavailable_message(e) => database.failed(e),
                        _ => database.ok(),
                    }
                    if let (Err(e), Ok(_)) = (&jobs, &drained)
                        && !is_unavailable_message(e)
                    {
                        tracing::error!(error = %e, "scheduled mail jobs failed");
                    }
                    if let Ok(r) = &drained {
                        match &r.server_away {
                            Some(e) => mail_server.failed(e),
                            None if r.sent > 0 => mail_server.ok(),
                            None => {}
                        }
                        if r.sent + r.failed > 0 {
                            tracing::info!(
                                sent = r.sent,
                                retrying = r.retrying,
                                failed = r.failed,
                                "outbox drained"
                            );
                        }
                    }
                    let failures = database.failures.max(mail_server.failures);
                    let pause = if failures == 0 {
                        PAUSE
                    } else {
                        pause_after(failures - 1)
                    };
                    sleep_unless_stopped(pause, &stop);
                }
                tracing::info!("outbox worker stopped");
            })
    }
}

/// Whether a scheduled job's error (a string) is the database being away.
fn is_unavailable_message(e: &str) -> bool {
    let e = e.to_ascii_lowercase();
    [
        "database pool",
        "connect",
        "timed out",
        "readonly",
        "locked",
        "terminating",
    ]
    .iter()
    .any(|n| e.contains(n))
}

/// Sleeps `pause`, waking early when `stop` is set.
fn sleep_unless_stopped(pause: Duration, stop: &AtomicBool) {
    let until = Instant::now() + pause;
    while !stop.load(Ordering::Relaxed) {
        let left = until.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return;
        }
        std::thread::sleep(left.min(Duration::from_millis(100)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pause_doubles_and_is_capped() {
        assert_eq!(pause_after(0), Duration::from_secs(1));
        assert_eq!(pause_after(1), Duration::from_secs(2));
        assert_eq!(pause_after(4), Duration::from_secs(16));
        assert_eq!(pause_after(5), MAX_PAUSE);
        assert_eq!(pause_after(40), MAX_PAUSE);
    }
}
