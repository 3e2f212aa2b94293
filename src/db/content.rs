//! Conference content in several languages: the languages a conference lists, the
//! translations of its texts and of its sessions' texts, the sessions' floor and
//! interpretation languages, and the localising of loaded rows for a reader (the
//! choice itself is `domain::content::pick`). A page's translations are read in one
//! query whatever the number of sessions.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use diesel::prelude::*;

use super::conferences::Conference;
use super::schema::{
    conference_languages, conference_texts, session_interpretation, session_texts, sessions,
};
use super::sessions::Session;
use super::{DbConn, to_db_time};
use crate::domain::content::{content_languages, pick};
use crate::domain::lang::Lang;
use crate::domain::{ConferenceId, SessionId};

/// A conference's title, description and privacy notice in one language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = conference_texts)]
pub struct ConferenceText {
    pub lang: Lang,
    pub title: String,
    pub description: String,
    pub privacy_notice: String,
}

/// A session's title and abstract in one language.
#[derive(Clone, Debug, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = session_texts)]
pub struct SessionText {
    pub session_id: SessionId,
    pub lang: Lang,
    pub title: String,
    #[diesel(column_name = abstract_)]
    pub summary: String,
}

/// The languages conference `id` lists beyond (or including) its default.
#[tracing::instrument(level = "debug", skip_all, fields(conference = %id))]
pub fn listed_languages(conn: &mut DbConn, id: ConferenceId) -> QueryResult<Vec<Lang>> {
    conference_languages::table
        .filter(conference_languages::conference_id.eq(id))
        .select(conference_languages::lang)
        .load(conn)
}

/// The conference's content languages, its default first.
pub fn languages(conn: &mut DbConn, conf: &Conference) -> QueryResult<Vec<Lang>> {
    Ok(content_languages(
        conf.default_language,
        &listed_languages(conn, conf.id)?,
    ))
}

/// Replaces the languages conference `id` lists.
#[tracing::instrument(level = "debug", skip_all, fields(conference = %id))]
pub fn set_languages(conn: &mut DbConn, id: ConferenceId, langs: &[Lang]) -> QueryResult<()> {
    diesel::delete(conference_languages::table.filter(conference_languages::conference_id.eq(id)))
        .execute(conn)?;
    for lang in langs {
        diesel::insert_into(conference_languages::table)
            .values((
                conference_languages::conference_id.eq(id),
                conference_languages::lang.eq(*lang),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Every stored translation of conference `id`'s texts.
#[tracing::instrument(level = "debug", skip_all, fields(conference = %id))]
pub fn conference_texts(conn: &mut DbConn, id: ConferenceId) -> QueryResult<Vec<ConferenceText>> {
    conference_texts::table
        .filter(conference_texts::conference_id.eq(id))
        .select(ConferenceText::as_select())
        .load(conn)
}

/// Stores conference `id`'s texts in `text.lang` (replacing what was there).
#[tracing::instrument(level = "debug", skip_all, fields(conference = %id))]
pub fn save_conference_text(
    conn: &mut DbConn,
    id: ConferenceId,
    text: &ConferenceText,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::delete(
        conference_texts::table
            .filter(conference_texts::conference_id.eq(id))
            .filter(conference_texts::lang.eq(text.lang)),
    )
    .execute(conn)?;
    diesel::insert_into(conference_texts::table)
        .values((
            conference_texts::conference_id.eq(id),
            conference_texts::lang.eq(text.lang),
            conference_texts::title.eq(&text.title),
            conference_texts::description.eq(&text.description),
            conference_texts::privacy_notice.eq(&text.privacy_notice),
            conference_texts::updated_at.eq(to_db_time(now)),
        ))
        .execute(conn)?;
    Ok(())
}

/// Every stored translation of the sessions `ids`, in one query.
#[tracing::instrument(level = "debug", skip_all, fields(n = ids.len()))]
pub fn session_texts(conn: &mut DbConn, ids: &[SessionId]) -> QueryResult<Vec<SessionText>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    session_texts::table
        .filter(session_texts::session_id.eq_any(ids))
        .select(SessionText::as_select())
        .load(conn)
}

/// Session `id`'s texts in `lang`, if stored.
#[tracing::instrument(level = "debug", skip_all, fields(session = %id))]
pub fn session_text(
    conn: &mut DbConn,
    id: SessionId,
    lang: Lang,
) -> QueryResult<Option<SessionText>> {
    session_texts::table
        .filter(session_texts::session_id.eq(id))
        .filter(session_texts::lang.eq(lang))
        .select(SessionText::as_select())
        .first(conn)
        .optional()
}

/// Stores session `text.session_id`'s texts in `text.lang` (replacing what was there).
#[tracing::instrument(level = "debug", skip_all)]
pub fn save_session_text(
    conn: &mut DbConn,
    text: &SessionText,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::delete(
        session_texts::table
            .filter(session_texts::session_id.eq(text.session_id))
            .filter(session_texts::lang.eq(text.lang)),
    )
    .execute(conn)?;
    diesel::insert_into(session_texts::table)
        .values((
            session_texts::session_id.eq(text.session_id),
            session_texts::lang.eq(text.lang),
            session_texts::title.eq(&text.title),
            session_texts::abstract_.eq(&text.summary),
            session_texts::updated_at.eq(to_db_time(now)),
        ))
        .execute(conn)?;
    Ok(())
}

/// Sets session `id`'s floor language and the interpretation it offers.
#[tracing::instrument(level = "debug", skip_all, fields(session = %id))]
pub fn set_session_languages(
    conn: &mut DbConn,
    id: SessionId,
    floor: Option<Lang>,
    interpretation: &[Lang],
) -> QueryResult<()> {
    diesel::update(sessions::table.find(id))
        .set(sessions::floor_language.eq(floor))
        .execute(conn)?;
    diesel::delete(session_interpretation::table.filter(session_interpretation::session_id.eq(id)))
        .execute(conn)?;
    for lang in interpretation {
        diesel::insert_into(session_interpretation::table)
            .values((
                session_interpretation::session_id.eq(id),
                session_interpretation::lang.eq(*lang),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Puts the floor and interpretation languages on loaded sessions (two queries).
#[tracing::instrument(level = "debug", skip_all, fields(n = list.len()))]
pub fn load_session_languages(conn: &mut DbConn, list: &mut [Session]) -> QueryResult<()> {
    if list.is_empty() {
        return Ok(());
    }
    let ids: Vec<SessionId> = list.iter().map(|s| s.id).collect();
    let floors: HashMap<SessionId, Option<Lang>> = sessions::table
        .filter(sessions::id.eq_any(&ids))
        .select((sessions::id, sessions::floor_language))
        .load::<(SessionId, Option<Lang>)>(conn)?
        .into_iter()
        .collect();
    let mut offered: HashMap<SessionId, Vec<Lang>> = HashMap::new();
    for (sid, lang) in session_interpretation::table
        .filter(session_interpretation::session_id.eq_any(&ids))
        .select((
            session_interpretation::session_id,
            session_interpretation::lang,
        ))
        .load::<(SessionId, Lang)>(conn)?
    {
        offered.entry(sid).or_default().push(lang);
    }
    for s in list.iter_mut() {
        s.languages.floor = floors.get(&s.id).copied().flatten();
        let mut langs = offered.remove(&s.id).unwrap_or_default();
        langs.sort_by_key(|l| Lang::ALL.iter().position(|a| a == l));
        s.languages.interpretation = langs;
    }
    Ok(())
}

/// Conference `conf`'s title, description and privacy notice in `reader`'s
/// language where translated, else in its default language.
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conf.id))]
pub fn localize_conference(
    conn: &mut DbConn,
    conf: &mut Conference,
    reader: Lang,
) -> QueryResult<()> {
    let text: Option<ConferenceText> = if reader == conf.default_language {
        None
    } else {
        conference_texts::table
            .filter(conference_texts::conference_id.eq(conf.id))
            .filter(conference_texts::lang.eq(reader))
            .select(ConferenceText::as_select())
            .first(conn)
            .optional()?
    };
    apply_conference_text(conf, reader, text.as_ref());
    Ok(())
}

/// [`localize_conference`] with the translation already loaded (or none).
pub fn apply_conference_text(conf: &mut Conference, reader: Lang, text: Option<&ConferenceText>) {
    let default = conf.default_language;
    let title = pick(reader, default, &conf.title, text.map(|t| t.title.as_str()));
    let description = pick(
        reader,
        default,
        &conf.description,
        text.map(|t| t.description.as_str()),
    );
    let privacy = pick(
        reader,
        default,
        &conf.privacy_notice,
        text.map(|t| t.privacy_notice.as_str()),
    );
    conf.shown.title = title.lang;
    conf.shown.description = description.lang;
    conf.shown.privacy = privacy.lang;
    let (title, description, privacy) = (
        title.text.to_string(),
        description.text.to_string(),
        privacy.text.to_string(),
    );
    conf.title = title;
    conf.description = description;
    conf.privacy_notice = privacy;
}

/// Sessions' titles and abstracts in `reader`'s language where translated, else
/// in `default` (the conference's default language), with their floor and
/// interpretation languages: three queries for the whole list.
#[tracing::instrument(level = "debug", skip_all, fields(n = list.len()))]
pub fn localize_sessions(
    conn: &mut DbConn,
    list: &mut [Session],
    reader: Lang,
    default: Lang,
) -> QueryResult<()> {
    let mut texts: HashMap<SessionId, SessionText> = HashMap::new();
    if reader != default && !list.is_empty() {
        let ids: Vec<SessionId> = list.iter().map(|s| s.id).collect();
        for t in session_texts::table
            .filter(session_texts::session_id.eq_any(&ids))
            .filter(session_texts::lang.eq(reader))
            .select(SessionText::as_select())
            .load(conn)?
        {
            texts.insert(t.session_id, t);
        }
    }
    for s in list.iter_mut() {
        let t = texts.get(&s.id);
        let title = pick(reader, default, &s.title, t.map(|t| t.title.as_str()));
        let summary = pick(reader, default, &s.summary, t.map(|t| t.summary.as_str()));
        s.languages.title = Some(title.lang);
        s.languages.summary = Some(summary.lang);
        let (title, summary) = (title.text.to_string(), summary.text.to_string());
        s.title = title;
        s.summary = summary;
    }
    load_session_languages(conn, list)
}

/// One session, as [`localize_sessions`].
pub fn localize_session(
    conn: &mut DbConn,
    s: &mut Session,
    reader: Lang,
    default: Lang,
) -> QueryResult<()> {
    localize_sessions(conn, std::slice::from_mut(s), reader, default)
}

/// After conference `conf`'s default language changed from `old` to `conf`'s new
/// one: the stored texts (written in `old`) become `old`'s translations, and the
/// new default language's translations, where there are any, become the stored
/// texts, field by field, for the conference and each of its sessions.
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conf.id))]
pub fn rebase_default_language(
    conn: &mut DbConn,
    conf: &Conference,
    old: Lang,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    use super::schema::conferences;
    let new = conf.default_language;
    if old == new {
        return Ok(());
    }
    let texts = conference_texts(conn, conf.id)?;
    let incoming = texts.iter().find(|t| t.lang == new).cloned();
    save_conference_text(
        conn,
        conf.id,
        &ConferenceText {
            lang: old,
            title: conf.title.clone(),
            description: conf.description.clone(),
            privacy_notice: conf.privacy_notice.clone(),
        },
        now,
    )?;
    if let Some(t) = incoming {
        let keep = |new: &str, base: &str| {
            if is_missing_text(new) {
                base.to_string()
            } else {
                new.to_string()
            }
        };
        diesel::update(conferences::table.find(conf.id))
            .set((
                conferences::title.eq(keep(&t.title, &conf.title)),
                conferences::description.eq(keep(&t.description, &conf.description)),
                conferences::privacy_notice.eq(keep(&t.privacy_notice, &conf.privacy_notice)),
            ))
            .execute(conn)?;
        diesel::delete(
            conference_texts::table
                .filter(conference_texts::conference_id.eq(conf.id))
                .filter(conference_texts::lang.eq(new)),
        )
        .execute(conn)?;
    }
    let list: Vec<(SessionId, String, String)> = sessions::table
        .filter(sessions::conference_id.eq(conf.id))
        .select((sessions::id, sessions::title, sessions::summary))
        .load(conn)?;
    let ids: Vec<SessionId> = list.iter().map(|s| s.0).collect();
    let stored = session_texts(conn, &ids)?;
    for (id, title, summary) in list {
        let incoming = stored.iter().find(|t| t.session_id == id && t.lang == new);
        save_session_text(
            conn,
            &SessionText {
                session_id: id,
                lang: old,
                title: title.clone(),
                summary: summary.clone(),
            },
            now,
        )?;
        if let Some(t) = incoming {
            let title = if is_missing_text(&t.title) {
                title
            } else {
                t.title.clone()
            };
            let summary = if is_missing_text(&t.summary) {
                summary
            } else {
                t.summary.clone()
            };
            diesel::update(sessions::table.find(id))
                .set((sessions::title.eq(title), sessions::summary.eq(summary)))
                .execute(conn)?;
            diesel::delete(
                session_texts::table
                    .filter(session_texts::session_id.eq(id))
                    .filter(session_texts::lang.eq(new)),
            )
            .execute(conn)?;
        }
    }
    Ok(())
}

fn is_missing_text(text: &str) -> bool {
    crate::domain::content::is_missing(text)
}
