//! Sending mail from a use case: the message is rendered for its recipient and
//! written to the outbox inside the use case's transaction, so it goes out if and only
//! if the change commits.

use super::{Ctx, Result};
use crate::db::DbConn;
use crate::db::conferences::Conference;
use crate::domain::Email;
use crate::email::{Attachment, Content, outbox};

/// Renders `content` for `to` and queues it, tagged with `conf` and `kind`.
pub fn send(
    conn: &mut DbConn,
    ctx: Ctx<'_>,
    conf: &Conference,
    to: &Email,
    kind: &'static str,
    mut content: Content,
    attachment: Option<Attachment>,
) -> Result<()> {
    let identity = crate::db::identity::of(conn, conf.id)?;
    content.brand = crate::email::Brand {
        name: conf.title.clone(),
        accent: identity.accent.map(|a| a.to_string()),
        logo: identity
            .logo
            .map(|h| format!("{}/images/{h}", ctx.base_url)),
        contact: identity.contact_line,
    };
    let mail = content.render(to, kind, attachment)?;
    outbox::enqueue(conn, &mail, Some(conf.id), ctx.now)?;
    Ok(())
}
