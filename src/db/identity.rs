//! A conference's identity (accent colour, contact line, logo, banner): one row per
//! conference that has set any of it; a conference without a row has the site's look.

use chrono::{DateTime, Utc};
use diesel::prelude::*;

use super::schema::conference_identity as ci;
use super::{DbConn, to_db_time};
use crate::domain::ConferenceId;
use crate::domain::identity::AccentColour;

#[derive(Queryable, Selectable)]
#[diesel(table_name = ci)]
struct Row {
    accent_colour: Option<String>,
    contact_line: String,
    logo_hash: Option<String>,
    banner_hash: Option<String>,
}

/// What the public pages, the mails and the roster show of a conference's identity.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Identity {
    pub accent: Option<AccentColour>,
    pub contact_line: String,
    pub logo: Option<String>,
    pub banner: Option<String>,
}

impl Identity {
    /// `/images/{hash}` of the logo, if any.
    pub fn logo_url(&self) -> Option<String> {
        self.logo.as_ref().map(|h| format!("/images/{h}"))
    }

    pub fn banner_url(&self) -> Option<String> {
        self.banner.as_ref().map(|h| format!("/images/{h}"))
    }

    /// `/accent/{hex}.css`, the stylesheet that sets the accent colour.
    pub fn accent_css(&self) -> Option<String> {
        self.accent.map(|a| format!("/accent/{}.css", a.hex()))
    }
}

/// A conference's identity (the default one when it never set any).
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference))]
pub fn of(conn: &mut DbConn, conference: ConferenceId) -> QueryResult<Identity> {
    let row = ci::table
        .find(conference)
        .select(Row::as_select())
        .first(conn)
        .optional()?;
    let Some(r) = row else {
        return Ok(Identity::default());
    };
    let accent = match r.accent_colour {
        None => None,
        // Stored values were checked when saved; a stored value that no longer parses
        // is an error, never silently dropped.
        Some(s) => Some(AccentColour::parse(&s).map_err(|e| {
            diesel::result::Error::DeserializationError(
                format!("conference_identity.accent_colour {s:?}: {e}").into(),
            )
        })?),
    };
    Ok(Identity {
        accent,
        contact_line: r.contact_line,
        logo: r.logo_hash,
        banner: r.banner_hash,
    })
}

/// Writes the whole identity of a conference (insert or replace).
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference))]
pub fn save(
    conn: &mut DbConn,
    conference: ConferenceId,
    identity: &Identity,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    let now = to_db_time(now);
    let accent = identity.accent.map(|a| a.to_string());
    let n = diesel::update(ci::table.find(conference))
        .set((
            ci::accent_colour.eq(&accent),
            ci::contact_line.eq(&identity.contact_line),
            ci::logo_hash.eq(&identity.logo),
            ci::banner_hash.eq(&identity.banner),
            ci::updated_at.eq(now),
        ))
        .execute(conn)?;
    if n == 0 {
        diesel::insert_into(ci::table)
            .values((
                ci::conference_id.eq(conference),
                ci::accent_colour.eq(&accent),
                ci::contact_line.eq(&identity.contact_line),
                ci::logo_hash.eq(&identity.logo),
                ci::banner_hash.eq(&identity.banner),
                ci::updated_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(())
}
