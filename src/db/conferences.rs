//! Conferences: lookup by slug, the public listing, and creation.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use chrono_tz::Tz;
use diesel::prelude::*;

use super::schema::conferences;
use super::{DbConn, from_db_time, to_db_time};
use crate::domain::content::ConferenceLanguages;
use crate::domain::lang::Lang;
use crate::domain::status::ConferenceRole;
use crate::domain::video::Platform;
use crate::domain::{ConferenceId, TimeZone, UserId};

#[derive(Queryable, Selectable)]
#[diesel(table_name = conferences)]
struct Row {
    id: ConferenceId,
    slug: String,
    title: String,
    description: String,
    time_zone: TimeZone,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    registration_opens_at: Option<NaiveDateTime>,
    registration_closes_at: Option<NaiveDateTime>,
    capacity: Option<i32>,
    country_quota: Option<i32>,
    join_lead_minutes: i32,
    privacy_notice: String,
    sender_email: Option<String>,
    published: bool,
    speakers_see_roster: bool,
    reminders_enabled: bool,
    reminder_minutes: i32,
    agenda_version: i64,
    updated_at: NaiveDateTime,
    video_platform: Platform,
    short_name: Option<String>,
    default_language: Lang,
}

#[derive(Clone, Debug)]
pub struct Conference {
    pub id: ConferenceId,
    pub slug: String,
    pub title: String,
    pub description: String,
    pub tz: Tz,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub registration_opens_at: Option<DateTime<Utc>>,
    pub registration_closes_at: Option<DateTime<Utc>>,
    pub capacity: Option<i32>,
    pub country_quota: Option<i32>,
    pub join_lead_minutes: i32,
    pub privacy_notice: String,
    pub sender_email: Option<String>,
    pub published: bool,
    pub speakers_see_roster: bool,
    pub reminders_enabled: bool,
    pub reminder_minutes: i32,
    pub agenda_version: i64,
    pub updated_at: DateTime<Utc>,
    /// Where sessions are held: a static link, BigBlueButton or Jitsi (issue 17).
    pub video_platform: Platform,
    /// What prefixes the subject of its announcements ("[IP&AI] …").
    pub short_name: Option<String>,
    /// The language for readers whose browser asks for none of the six, and for mail
    /// to people who never chose one.
    pub default_language: Lang,
    /// The languages the title, description and privacy notice are in (the default
    /// language's, unless `db::content::localize_conference` picked translations).
    pub shown: ConferenceLanguages,
}

impl Conference {
    /// The announcement subject tag: the short name, or the title when none is set.
    pub fn mail_tag(&self) -> &str {
        self.short_name
            .as_deref()
            .filter(|s| !s.trim().is_empty())
            .unwrap_or(&self.title)
    }
}

impl From<Row> for Conference {
    fn from(r: Row) -> Self {
        Self {
            id: r.id,
            slug: r.slug,
            title: r.title,
            description: r.description,
            tz: r.time_zone.tz(),
            starts_on: r.starts_on,
            ends_on: r.ends_on,
            registration_opens_at: r.registration_opens_at.map(from_db_time),
            registration_closes_at: r.registration_closes_at.map(from_db_time),
            capacity: r.capacity,
            country_quota: r.country_quota,
            join_lead_minutes: r.join_lead_minutes,
            privacy_notice: r.privacy_notice,
            sender_email: r.sender_email,
            published: r.published,
            speakers_see_roster: r.speakers_see_roster,
            reminders_enabled: r.reminders_enabled,
            reminder_minutes: r.reminder_minutes,
            agenda_version: r.agenda_version,
            updated_at: from_db_time(r.updated_at),
            video_platform: r.video_platform,
            short_name: r.short_name,
            default_language: r.default_language,
            shown: ConferenceLanguages::all(r.default_language),
        }
    }
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn by_slug(conn: &mut DbConn, slug: &str) -> QueryResult<Option<Conference>> {
    conferences::table
        .filter(conferences::slug.eq(slug))
        .select(Row::as_select())
        .first(conn)
        .optional()
        .map(|r| r.map(Conference::from))
}

/// The default language of the conference at `slug`, if there is one.
#[tracing::instrument(level = "debug", skip_all)]
pub fn default_language(conn: &mut DbConn, slug: &str) -> QueryResult<Option<Lang>> {
    conferences::table
        .filter(conferences::slug.eq(slug))
        .select(conferences::default_language)
        .first(conn)
        .optional()
}

#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub fn by_id(conn: &mut DbConn, id: ConferenceId) -> QueryResult<Option<Conference>> {
    conferences::table
        .find(id)
        .select(Row::as_select())
        .first(conn)
        .optional()
        .map(|r| r.map(Conference::from))
}

/// Published conferences, latest first.
#[tracing::instrument(level = "debug", skip_all)]
pub fn list_published(conn: &mut DbConn) -> QueryResult<Vec<Conference>> {
    conferences::table
        .filter(conferences::published.eq(true))
        .order(conferences::starts_on.desc())
        .select(Row::as_select())
        .load(conn)
        .map(|rows| rows.into_iter().map(Conference::from).collect())
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn count(conn: &mut DbConn) -> QueryResult<i64> {
    conferences::table.count().get_result(conn)
}

/// What is needed to create a conference; the rest takes the schema's defaults.
pub struct NewConference<'a> {
    pub id: ConferenceId,
    pub slug: &'a str,
    pub title: &'a str,
    pub description: &'a str,
    pub tz: Tz,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub registration_opens_at: Option<DateTime<Utc>>,
    pub registration_closes_at: Option<DateTime<Utc>>,
    pub capacity: Option<i32>,
    pub privacy_notice: &'a str,
    pub published: bool,
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn insert(conn: &mut DbConn, c: &NewConference<'_>, now: DateTime<Utc>) -> QueryResult<()> {
    let now = to_db_time(now);
    diesel::insert_into(conferences::table)
        .values((
            conferences::id.eq(c.id),
            conferences::slug.eq(c.slug),
            conferences::title.eq(c.title),
            conferences::description.eq(c.description),
            conferences::time_zone.eq(TimeZone(c.tz)),
            conferences::starts_on.eq(c.starts_on),
            conferences::ends_on.eq(c.ends_on),
            conferences::registration_opens_at.eq(c.registration_opens_at.map(to_db_time)),
            conferences::registration_closes_at.eq(c.registration_closes_at.map(to_db_time)),
            conferences::capacity.eq(c.capacity),
            conferences::privacy_notice.eq(c.privacy_notice),
            conferences::published.eq(c.published),
            conferences::created_at.eq(now),
            conferences::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference, user = %user))]
pub fn add_organizer(
    conn: &mut DbConn,
    conference: ConferenceId,
    user: UserId,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    use super::schema::conference_roles as cr;
    diesel::insert_into(cr::table)
        .values((
            cr::conference_id.eq(conference),
            cr::user_id.eq(user),
            cr::role.eq(ConferenceRole::Organizer),
            cr::created_at.eq(to_db_time(now)),
        ))
        .execute(conn)?;
    Ok(())
}

/// Every conference (site admins), newest first.
#[tracing::instrument(level = "debug", skip_all)]
pub fn list_all(conn: &mut DbConn) -> QueryResult<Vec<Conference>> {
    conferences::table
        .order(conferences::starts_on.desc())
        .select(Row::as_select())
        .load(conn)
        .map(|rows| rows.into_iter().map(Conference::from).collect())
}

/// Conferences with the given ids, newest first.
#[tracing::instrument(level = "debug", skip_all)]
pub fn list_by_ids(conn: &mut DbConn, ids: &[ConferenceId]) -> QueryResult<Vec<Conference>> {
    conferences::table
        .filter(conferences::id.eq_any(ids))
        .order(conferences::starts_on.desc())
        .select(Row::as_select())
        .load(conn)
        .map(|rows| rows.into_iter().map(Conference::from).collect())
}

/// Every setting an organizer edits.
pub struct Settings<'a> {
    pub slug: &'a str,
    pub title: &'a str,
    pub description: &'a str,
    pub tz: Tz,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub registration_opens_at: Option<DateTime<Utc>>,
    pub registration_closes_at: Option<DateTime<Utc>>,
    pub capacity: Option<i32>,
    pub country_quota: Option<i32>,
    pub join_lead_minutes: i32,
    pub privacy_notice: &'a str,
    pub sender_email: Option<&'a str>,
    pub short_name: Option<&'a str>,
    pub speakers_see_roster: bool,
    pub reminders_enabled: bool,
    pub reminder_minutes: i32,
    pub default_language: Lang,
}

/// Saves the settings and bumps the agenda version (exports show conference data).
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub fn update(
    conn: &mut DbConn,
    id: ConferenceId,
    s: &Settings<'_>,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::update(conferences::table.find(id))
        .set((
            conferences::slug.eq(s.slug),
            conferences::title.eq(s.title),
            conferences::description.eq(s.description),
            conferences::time_zone.eq(TimeZone(s.tz)),
            conferences::starts_on.eq(s.starts_on),
            conferences::ends_on.eq(s.ends_on),
            conferences::registration_opens_at.eq(s.registration_opens_at.map(to_db_time)),
            conferences::registration_closes_at.eq(s.registration_closes_at.map(to_db_time)),
            conferences::capacity.eq(s.capacity),
            conferences::country_quota.eq(s.country_quota),
            conferences::join_lead_minutes.eq(s.join_lead_minutes),
            conferences::privacy_notice.eq(s.privacy_notice),
            conferences::sender_email.eq(s.sender_email),
            conferences::short_name.eq(s.short_name),
            conferences::speakers_see_roster.eq(s.speakers_see_roster),
            conferences::reminders_enabled.eq(s.reminders_enabled),
            conferences::reminder_minutes.eq(s.reminder_minutes),
            conferences::default_language.eq(s.default_language),
            conferences::agenda_version.eq(conferences::agenda_version + 1),
            conferences::updated_at.eq(to_db_time(now)),
        ))
        .execute(conn)?;
    Ok(())
}

/// Sets the short name that prefixes the subject of announcements (`None`: the title).
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub fn set_short_name(conn: &mut DbConn, id: ConferenceId, short: Option<&str>) -> QueryResult<()> {
    diesel::update(conferences::table.find(id))
        .set(conferences::short_name.eq(short))
        .execute(conn)?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub fn set_published(
    conn: &mut DbConn,
    id: ConferenceId,
    published: bool,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::update(conferences::table.find(id))
        .set((
            conferences::published.eq(published),
            conferences::updated_at.eq(to_db_time(now)),
        ))
        .execute(conn)?;
    Ok(())
}

/// Marks the agenda as changed (schedule exports carry this version).
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub fn bump_agenda(conn: &mut DbConn, id: ConferenceId, now: DateTime<Utc>) -> QueryResult<()> {
    diesel::update(conferences::table.find(id))
        .set((
            conferences::agenda_version.eq(conferences::agenda_version + 1),
            conferences::updated_at.eq(to_db_time(now)),
        ))
        .execute(conn)?;
    Ok(())
}

/// Marks the agenda as changed in every conference where `user` moderates or speaks
/// (their name or organisation, shown in the schedule exports, changed or is about to
/// go away).
#[tracing::instrument(level = "debug", skip_all, fields(user = %user))]
pub fn bump_agenda_for_person(
    conn: &mut DbConn,
    user: UserId,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    use super::schema::{session_people, sessions};
    let of_person = conferences::id.eq_any(
        sessions::table
            .inner_join(session_people::table)
            .filter(session_people::user_id.eq(user))
            .select(sessions::conference_id),
    );
    diesel::update(conferences::table.filter(of_person))
        .set((
            conferences::agenda_version.eq(conferences::agenda_version + 1),
            conferences::updated_at.eq(to_db_time(now)),
        ))
        .execute(conn)?;
    Ok(())
}

/// Starts the agenda's versions over at 1, for a conference created and filled in
/// one transaction (the demo seed): nobody saw the versions its agenda went through
/// while it was being written, so its first visible agenda is version 1.
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub fn restart_agenda_version(conn: &mut DbConn, id: ConferenceId) -> QueryResult<()> {
    diesel::update(conferences::table.find(id))
        .set(conferences::agenda_version.eq(1))
        .execute(conn)?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn slug_taken(
    conn: &mut DbConn,
    slug: &str,
    except: Option<ConferenceId>,
) -> QueryResult<bool> {
    let owner: Option<ConferenceId> = conferences::table
        .filter(conferences::slug.eq(slug))
        .select(conferences::id)
        .first(conn)
        .optional()?;
    Ok(owner.is_some_and(|o| Some(o) != except))
}

/// Organizers of a conference: (user id, name, email).
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub fn organizers(
    conn: &mut DbConn,
    id: ConferenceId,
) -> QueryResult<Vec<(String, String, String)>> {
    use super::schema::{conference_roles as cr, users};
    cr::table
        .inner_join(users::table)
        .filter(cr::conference_id.eq(id))
        .filter(cr::role.eq(ConferenceRole::Organizer))
        .order(users::name)
        .select((users::id, users::name, users::email))
        .load::<(UserId, String, String)>(conn)
        .map(|rows| {
            rows.into_iter()
                .map(|(id, name, email)| (id.to_string(), name, email))
                .collect()
        })
}
