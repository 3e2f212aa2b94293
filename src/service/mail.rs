//! Sending mail from a use case: the message is rendered for its recipient, in their
//! language, and written to the outbox inside the use case's transaction, so it goes
//! out if and only if the change commits.

use super::{Ctx, Result};
use crate::db::DbConn;
use crate::db::conferences::Conference;
use crate::domain::Email;
use crate::domain::l10n;
use crate::domain::lang::Lang;
use crate::email::{Attachment, Content, messages, outbox};

/// The language of mail to `to`: the one they chose (sign-up, profile), else the
/// conference's default language, else (mail about no conference) the language of
/// the page they asked from, as a person without an account has no other.
pub fn language_for(conn: &mut DbConn, to: &str, conf: Option<&Conference>) -> Result<Lang> {
    let chosen = crate::db::users::language_of(conn, to)?;
    Ok(match conf {
        Some(conf) => messages::recipient_language(chosen, Some(conf)),
        None => chosen.unwrap_or_else(l10n::current),
    })
}

/// Builds a message with `build` in the language of `to` (see [`language_for`]), so
/// its words and its dates are theirs.
pub fn compose(
    conn: &mut DbConn,
    to: &Email,
    conf: &Conference,
    build: impl FnOnce() -> Content,
) -> Result<Content> {
    let lang = language_for(conn, to.as_str(), Some(conf))?;
    Ok(l10n::with(lang, build))
}

/// Conference `conf` with its title, description and privacy notice in the
/// language of mail to `to` (translated where it is, else the default language's).
pub fn conference_for(conn: &mut DbConn, to: &Email, conf: &Conference) -> Result<Conference> {
    let lang = language_for(conn, to.as_str(), Some(conf))?;
    let mut conf = conf.clone();
    crate::db::content::localize_conference(conn, &mut conf, lang)?;
    Ok(conf)
}

/// Session `id`'s title (`title` in the default language) in the language of mail
/// to `to`, by the one fallback rule (`domain::content::pick`).
pub fn session_title_for(
    conn: &mut DbConn,
    to: &Email,
    conf: &Conference,
    id: crate::domain::SessionId,
    title: &str,
) -> Result<String> {
    let lang = language_for(conn, to.as_str(), Some(conf))?;
    let text = if lang == conf.default_language {
        None
    } else {
        crate::db::content::session_text(conn, id, lang)?
    };
    Ok(crate::domain::content::pick(
        lang,
        conf.default_language,
        title,
        text.as_ref().map(|t| t.title.as_str()),
    )
    .text
    .to_string())
}

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
