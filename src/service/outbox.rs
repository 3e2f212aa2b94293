//! Putting failed or waiting mail of a conference back in the queue (due now, the
//! attempt count kept, so the worker's backoff and give-up limit still apply),
//! audit-logged in the caller's write transaction.

use super::{Ctx, Result};
use crate::db::DbConn;
use crate::db::audit::{self, Entry};
use crate::domain::{ConferenceId, UserId};
use crate::email::outbox;

/// Requeues one mail (`only`, a hyphenated UUID) or all troubled mail of the
/// conference; returns how many were requeued. Nothing requeued, nothing logged.
pub fn retry(
    c: &mut DbConn,
    ctx: Ctx<'_>,
    conference: ConferenceId,
    actor: UserId,
    only: Option<&str>,
) -> Result<usize> {
    let n = outbox::retry(c, conference, only, ctx.now)?;
    if n > 0 {
        let (action, subject) = match only {
            Some(id) => ("outbox.retry", format!("Mail {id}")),
            None => ("outbox.retry_all", "Failed and retrying mail".to_string()),
        };
        let after = format!("{n} requeued");
        audit::record(
            c,
            &Entry {
                conference: Some(conference),
                actor: Some(actor),
                action,
                subject: &subject,
                before: None,
                after: Some(&after),
            },
            ctx.now,
        )?;
    }
    Ok(n)
}
