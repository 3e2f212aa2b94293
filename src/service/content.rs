//! Translating a conference's content: its title, description and privacy notice,
//! and a session's title, abstract, floor and interpretation languages, each saved
//! with its audit record in the caller's one transaction. Saving bumps the agenda
//! version, so no cached public page or export keeps the old text.

use super::{Ctx, Error, Result};
use crate::db::audit::{self, Entry};
use crate::db::content::{ConferenceText, SessionText};
use crate::db::{self, DbConn};
use crate::domain::lang::Lang;
use crate::domain::{ConferenceId, SessionId, UserId};

/// Saves conference `id`'s texts in the languages of `texts` (the default
/// language's text is the settings form's, never one of these).
pub fn save_conference_texts(
    c: &mut DbConn,
    ctx: Ctx<'_>,
    actor: UserId,
    id: ConferenceId,
    texts: &[ConferenceText],
) -> Result<()> {
    let conf = db::conferences::by_id(c, id)?.ok_or(Error::NotFound)?;
    for t in texts.iter().filter(|t| t.lang != conf.default_language) {
        db::content::save_conference_text(c, id, t, ctx.now)?;
    }
    db::conferences::bump_agenda(c, id, ctx.now)?;
    let langs = codes(texts.iter().map(|t| t.lang));
    audit::record(
        c,
        &Entry {
            conference: Some(id),
            actor: Some(actor),
            action: "conference.translate",
            subject: &conf.title,
            before: None,
            after: Some(&langs),
        },
        ctx.now,
    )?;
    Ok(())
}

/// What the session translation form saves.
pub struct SessionContent {
    pub texts: Vec<SessionText>,
    pub floor: Option<Lang>,
    pub interpretation: Vec<Lang>,
}

/// Saves session `session`'s translations, floor and interpretation languages.
pub fn save_session_content(
    c: &mut DbConn,
    ctx: Ctx<'_>,
    actor: UserId,
    conference: ConferenceId,
    session: SessionId,
    content: &SessionContent,
) -> Result<()> {
    let conf = db::conferences::by_id(c, conference)?.ok_or(Error::NotFound)?;
    let s = db::sessions::by_id(c, conference, session)?.ok_or(Error::NotFound)?;
    for t in content
        .texts
        .iter()
        .filter(|t| t.lang != conf.default_language && t.session_id == s.id)
    {
        db::content::save_session_text(c, t, ctx.now)?;
    }
    db::content::set_session_languages(c, s.id, content.floor, &content.interpretation)?;
    db::conferences::bump_agenda(c, conference, ctx.now)?;
    let after = format!(
        "texts: {}; floor: {}; interpretation: {}",
        codes(content.texts.iter().map(|t| t.lang)),
        content.floor.map(Lang::code).unwrap_or("-"),
        codes(content.interpretation.iter().copied())
    );
    audit::record(
        c,
        &Entry {
            conference: Some(conference),
            actor: Some(actor),
            action: "session.translate",
            subject: &s.title,
            before: None,
            after: Some(&after),
        },
        ctx.now,
    )?;
    Ok(())
}

fn codes(langs: impl Iterator<Item = Lang>) -> String {
    langs.map(Lang::code).collect::<Vec<_>>().join(", ")
}
