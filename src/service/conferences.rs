//! Creating a conference, saving its settings and publishing it, each audit-logged
//! in the caller's write transaction. The slug is unique: a slug already in use,
//! or taken by another organizer at the same moment (the unique constraint settles
//! that race), is [`Error::SlugTaken`], which the form shows as a field error.

use crate::domain::lang::Lang;
use chrono::{DateTime, NaiveDate, Utc};
use diesel::result::Error as DieselError;

use super::{Ctx, Error, Result};
use crate::db::audit::{self, Entry};
use crate::db::conferences::{NewConference, Settings};
use crate::db::{self, DbConn};
use crate::domain::{ConferenceId, TimeZone, UserId};

/// A conference's settings as the organizer entered them, parsed and checked.
pub struct ConferenceInput {
    pub title: String,
    pub slug: String,
    pub description: String,
    pub tz: TimeZone,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub opens: Option<DateTime<Utc>>,
    pub closes: Option<DateTime<Utc>>,
    pub capacity: Option<i32>,
    pub quota: Option<i32>,
    pub lead: i32,
    pub privacy: String,
    pub sender: Option<String>,
    /// What prefixes the subject of announcements; `None`: the title.
    pub short_name: Option<String>,
    pub speakers_see_roster: bool,
    pub reminders_enabled: bool,
    pub reminder_minutes: i32,
    pub default_language: Lang,
    /// The languages its content is written in (the default among them).
    pub content_languages: Vec<Lang>,
}

impl ConferenceInput {
    fn settings(&self) -> Settings<'_> {
        Settings {
            slug: &self.slug,
            title: &self.title,
            description: &self.description,
            tz: self.tz.tz(),
            starts_on: self.starts_on,
            ends_on: self.ends_on,
            registration_opens_at: self.opens,
            registration_closes_at: self.closes,
            capacity: self.capacity,
            country_quota: self.quota,
            join_lead_minutes: self.lead,
            privacy_notice: &self.privacy,
            sender_email: self.sender.as_deref(),
            short_name: self.short_name.as_deref(),
            speakers_see_roster: self.speakers_see_roster,
            reminders_enabled: self.reminders_enabled,
            reminder_minutes: self.reminder_minutes,
            default_language: self.default_language,
        }
    }
}

/// What an edit changed, one "field: value" line per changed field, for the audit
/// log; empty when nothing changed.
pub struct Changes {
    pub before: String,
    pub after: String,
}

/// A unique violation here can only be the slug: another organizer took it between
/// our check and our write.
fn slug_race(e: DieselError) -> Error {
    if db::is_unique_violation(&e) {
        Error::SlugTaken
    } else {
        e.into()
    }
}

/// Creates an unpublished conference; returns its id.
pub fn create(
    c: &mut DbConn,
    ctx: Ctx<'_>,
    actor: UserId,
    input: &ConferenceInput,
) -> Result<ConferenceId> {
    if db::conferences::slug_taken(c, &input.slug, None)? {
        return Err(Error::SlugTaken);
    }
    let id = ConferenceId::new();
    db::conferences::insert(
        c,
        &NewConference {
            id,
            slug: &input.slug,
            title: &input.title,
            description: &input.description,
            tz: input.tz.tz(),
            starts_on: input.starts_on,
            ends_on: input.ends_on,
            registration_opens_at: input.opens,
            registration_closes_at: input.closes,
            capacity: input.capacity,
            privacy_notice: &input.privacy,
            published: false,
        },
        ctx.now,
    )
    .map_err(slug_race)?;
    db::conferences::update(c, id, &input.settings(), ctx.now).map_err(slug_race)?;
    db::content::set_languages(c, id, &input.content_languages)?;
    audit::record(
        c,
        &Entry {
            conference: Some(id),
            actor: Some(actor),
            action: "conference.create",
            subject: &input.title,
            before: None,
            after: Some(&input.slug),
        },
        ctx.now,
    )?;
    Ok(id)
}

/// Saves the settings of conference `id` (titled `title` before the edit).
pub fn update(
    c: &mut DbConn,
    ctx: Ctx<'_>,
    id: ConferenceId,
    title: &str,
    actor: UserId,
    input: &ConferenceInput,
    changes: &Changes,
) -> Result<usize> {
    if db::conferences::slug_taken(c, &input.slug, Some(id))? {
        return Err(Error::SlugTaken);
    }
    let before = db::conferences::by_id(c, id)?.ok_or(Error::NotFound)?;
    db::conferences::update(c, id, &input.settings(), ctx.now).map_err(slug_race)?;
    db::content::set_languages(c, id, &input.content_languages)?;
    if before.default_language != input.default_language {
        // The stored texts are the default language's: swap them with the new one's.
        let now_default = db::conferences::by_id(c, id)?.ok_or(Error::NotFound)?;
        db::content::rebase_default_language(c, &now_default, before.default_language, ctx.now)?;
        db::conferences::bump_agenda(c, id, ctx.now)?;
    }
    if !changes.after.is_empty() {
        audit::record(
            c,
            &Entry {
                conference: Some(id),
                actor: Some(actor),
                action: "conference.update",
                subject: title,
                before: Some(&changes.before),
                after: Some(&changes.after),
            },
            ctx.now,
        )?;
    }
    // Raised limits give the waiting list its seats now, first in line first.
    let mut promoted = 0;
    if before.capacity != input.capacity || before.country_quota != input.quota {
        let after = db::conferences::by_id(c, id)?.ok_or(Error::NotFound)?;
        promoted = super::waitlist::after_limits_changed(c, ctx, &after)?;
    }
    Ok(promoted)
}

/// Publishes (or withdraws) conference `id`, titled `title`.
pub fn publish(
    c: &mut DbConn,
    ctx: Ctx<'_>,
    id: ConferenceId,
    title: &str,
    actor: UserId,
    publish: bool,
) -> Result<()> {
    db::conferences::set_published(c, id, publish, ctx.now)?;
    audit::record(
        c,
        &Entry {
            conference: Some(id),
            actor: Some(actor),
            action: if publish {
                "conference.publish"
            } else {
                "conference.unpublish"
            },
            subject: title,
            before: None,
            after: None,
        },
        ctx.now,
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use diesel::result::DatabaseErrorKind;

    #[test]
    fn a_unique_violation_is_the_slug_taken_and_other_errors_stay_database_errors() {
        let unique = DieselError::DatabaseError(
            DatabaseErrorKind::UniqueViolation,
            Box::new(String::from("UNIQUE constraint failed: conferences.slug")),
        );
        assert!(matches!(slug_race(unique), Error::SlugTaken));
        assert!(matches!(
            slug_race(DieselError::NotFound),
            Error::Query(DieselError::NotFound)
        ));
    }
}
