//! The outbox worker: claims due rows, builds each message with lettre (plain text +
//! HTML alternative, optional attachment, the row's stable Message-ID), sends it, and
//! records the outcome. `plenary serve` runs it on a thread; tests call [`Worker::drain`].

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;

use lettre::Message;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};

use super::outbox::{self, Claimed};
use super::transport::Transport;
use crate::db::{Db, DbError, from_db_time};
use crate::domain::clock::Clock;
use crate::metrics::{self, MailOutcome};

pub struct Worker {
    db: Db,
    transport: Transport,
    clock: Clock,
    from: Mailbox,
    reply_to: Option<Mailbox>,
}

#[derive(Debug, Default, PartialEq, Eq)]
pub struct DrainReport {
    pub sent: usize,
    pub retrying: usize,
    pub failed: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum WorkerError {
    #[error(transparent)]
    Db(#[from] DbError),
    #[error(transparent)]
    Query(#[from] diesel::result::Error),
}

const BATCH: i32 = 25;

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
        })
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
        )
    }

    pub fn transport(&self) -> &Transport {
        &self.transport
    }

    /// Sends everything that is due now, batch after batch, and reports what happened.
    pub fn drain(&self) -> Result<DrainReport, WorkerError> {
        let mut report = DrainReport::default();
        loop {
            let now = self.clock.now();
            let batch = self
                .db
                .write_blocking(|c| outbox::claim_due(c, now, BATCH).map_err(WorkerError::from))?;
            if batch.is_empty() {
                return Ok(report);
            }
            for row in &batch {
                self.deliver(row, &mut report)?;
            }
        }
    }

    fn deliver(&self, row: &Claimed, report: &mut DrainReport) -> Result<(), WorkerError> {
        let outcome = self.build(row).and_then(|m| self.transport.send(&m));
        let now = self.clock.now();
        match outcome {
            Ok(()) => {
                self.db.write_blocking(|c| {
                    outbox::mark_sent(c, &row.id, now).map_err(WorkerError::from)
                })?;
                report.sent += 1;
                metrics::global().mail(MailOutcome::Sent);
            }
            Err(e) => {
                tracing::warn!(outbox_id = %row.id, attempt = row.attempts + 1, error = %e, "mail delivery failed");
                let gave_up = self.db.write_blocking(|c| {
                    outbox::mark_failed(c, row, &e, now).map_err(WorkerError::from)
                })?;
                if gave_up {
                    report.failed += 1;
                    metrics::global().mail(MailOutcome::GaveUp);
                } else {
                    report.retrying += 1;
                    metrics::global().mail(MailOutcome::Retrying);
                }
            }
        }
        Ok(())
    }

    /// Builds the MIME message for a row; a row that cannot be built is an error to
    /// record like a failed delivery.
    fn build(&self, row: &Claimed) -> Result<Message, String> {
        let to: Mailbox = row
            .to_address
            .parse()
            .map_err(|e| format!("bad recipient: {e}"))?;
        let mut b = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(&row.subject)
            .message_id(Some(row.message_id.clone()))
            .header(super::headers::AutoSubmitted::auto_generated())
            .date(from_db_time(row.created_at).into());
        if let Some(r) = &self.reply_to {
            b = b.reply_to(r.clone());
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
    /// reminders) and then drains the outbox.
    pub fn spawn<F>(self, stop: Arc<AtomicBool>, before_tick: F) -> std::io::Result<JoinHandle<()>>
    where
        F: Fn(&Db, chrono::DateTime<chrono::Utc>) -> Result<(), String> + Send + 'static,
    {
        std::thread::Builder::new()
            .name("outbox-worker".into())
            .spawn(move || {
                tracing::info!(
                    transport = self.transport.describe(),
                    "outbox worker started"
                );
                while !stop.load(Ordering::Relaxed) {
                    if let Err(e) = before_tick(&self.db, self.clock.now()) {
                        tracing::error!(error = %e, "scheduled mail jobs failed");
                    }
                    match self.drain() {
                        Ok(r) if r != DrainReport::default() => {
                            tracing::info!(
                                sent = r.sent,
                                retrying = r.retrying,
                                failed = r.failed,
                                "outbox drained"
                            )
                        }
                        Ok(_) => {}
                        Err(e) => tracing::error!(error = %e, "outbox worker error"),
                    }
                    std::thread::sleep(std::time::Duration::from_millis(1000));
                }
            })
    }
}
