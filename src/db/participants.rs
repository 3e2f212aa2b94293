//! The list of participants: each registration's consent to appear on it, the
//! conference's `participant_settings` row (is the list on, how long registrations are
//! kept, when the organizers were warned and when they were anonymised), and the rows
//! of the public list and of the organizers' internal list. Typed rows; the use cases
//! are `service::participants` and `service::retention`.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use diesel::prelude::*;
use diesel::sql_types::{Text, Timestamp};

use super::schema::{conferences, participant_settings, registrations, users};
use super::{DbConn, from_db_time, to_db_time};
use crate::domain::status::RegistrationStatus;
use crate::domain::{ConferenceId, CountryCode, RegistrationId};

/// A conference's settings of the list and of retention (defaults when it has no row).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    pub list_enabled: bool,
    /// Months after the last day before registrations are anonymised; `None`: kept.
    pub retention_months: Option<i32>,
    pub warned_at: Option<DateTime<Utc>>,
    pub anonymised_at: Option<DateTime<Utc>>,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = participant_settings)]
struct SettingsRow {
    participants_list_enabled: bool,
    retention_months: Option<i32>,
    retention_warned_at: Option<NaiveDateTime>,
    anonymised_at: Option<NaiveDateTime>,
}

impl From<SettingsRow> for Settings {
    fn from(r: SettingsRow) -> Self {
        Self {
            list_enabled: r.participants_list_enabled,
            retention_months: r.retention_months,
            warned_at: r.retention_warned_at.map(from_db_time),
            anonymised_at: r.anonymised_at.map(from_db_time),
        }
    }
}

#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference))]
pub fn settings(conn: &mut DbConn, conference: ConferenceId) -> QueryResult<Settings> {
    Ok(participant_settings::table
        .find(conference)
        .select(SettingsRow::as_select())
        .first(conn)
        .optional()?
        .map(Settings::from)
        .unwrap_or_default())
}

/// Makes sure the conference has its settings row (`ON CONFLICT DO NOTHING` reads
/// the same on both backends, so two first writes at once do not collide).
fn ensure_row(conn: &mut DbConn, conference: ConferenceId, now: DateTime<Utc>) -> QueryResult<()> {
    diesel::sql_query(
        "INSERT INTO participant_settings (conference_id, participants_list_enabled, updated_at) \
         VALUES ($1, FALSE, $2) ON CONFLICT DO NOTHING",
    )
    .bind::<Text, _>(conference.to_string())
    .bind::<Timestamp, _>(to_db_time(now))
    .execute(conn)?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference))]
pub fn set_list_enabled(
    conn: &mut DbConn,
    conference: ConferenceId,
    enabled: bool,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    ensure_row(conn, conference, now)?;
    diesel::update(participant_settings::table.find(conference))
        .set((
            participant_settings::participants_list_enabled.eq(enabled),
            participant_settings::updated_at.eq(to_db_time(now)),
        ))
        .execute(conn)?;
    Ok(())
}

/// Sets the retention period; a new period also forgets an earlier warning, so the
/// organizers are warned again before the new date.
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference))]
pub fn set_retention(
    conn: &mut DbConn,
    conference: ConferenceId,
    months: Option<i32>,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    ensure_row(conn, conference, now)?;
    diesel::update(participant_settings::table.find(conference))
        .set((
            participant_settings::retention_months.eq(months),
            participant_settings::retention_warned_at.eq(None::<NaiveDateTime>),
            participant_settings::updated_at.eq(to_db_time(now)),
        ))
        .execute(conn)?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference))]
pub fn mark_warned(
    conn: &mut DbConn,
    conference: ConferenceId,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    ensure_row(conn, conference, now)?;
    diesel::update(participant_settings::table.find(conference))
        .set(participant_settings::retention_warned_at.eq(Some(to_db_time(now))))
        .execute(conn)?;
    Ok(())
}

#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference))]
pub fn mark_anonymised(
    conn: &mut DbConn,
    conference: ConferenceId,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    ensure_row(conn, conference, now)?;
    diesel::update(participant_settings::table.find(conference))
        .set((
            participant_settings::anonymised_at.eq(Some(to_db_time(now))),
            participant_settings::participants_list_enabled.eq(false),
        ))
        .execute(conn)?;
    Ok(())
}

/// A conference with a retention period whose registrations are not anonymised yet.
pub struct Retained {
    pub conference: ConferenceId,
    pub ends_on: NaiveDate,
    pub months: i32,
    pub warned_at: Option<DateTime<Utc>>,
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn retained(conn: &mut DbConn) -> QueryResult<Vec<Retained>> {
    let rows: Vec<(ConferenceId, NaiveDate, Option<i32>, Option<NaiveDateTime>)> =
        participant_settings::table
            .inner_join(conferences::table)
            .filter(participant_settings::retention_months.is_not_null())
            .filter(participant_settings::anonymised_at.is_null())
            .select((
                conferences::id,
                conferences::ends_on,
                participant_settings::retention_months,
                participant_settings::retention_warned_at,
            ))
            .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(conference, ends_on, months, warned)| {
            Some(Retained {
                conference,
                ends_on,
                months: months?,
                warned_at: warned.map(from_db_time),
            })
        })
        .collect())
}

// ---------------------------------------------------------------- consent

/// Whether the registration consents to appear on the public list.
#[tracing::instrument(level = "debug", skip_all, fields(registration = %registration))]
pub fn consent(conn: &mut DbConn, registration: RegistrationId) -> QueryResult<bool> {
    registrations::table
        .find(registration)
        .select(registrations::listed_consent)
        .first(conn)
        .optional()
        .map(|c| c.unwrap_or(false))
}

/// Records the consent (and when it was given; withdrawing clears the time). Returns
/// whether anything changed.
#[tracing::instrument(level = "debug", skip_all, fields(registration = %registration))]
pub fn set_consent(
    conn: &mut DbConn,
    registration: RegistrationId,
    consent: bool,
    now: DateTime<Utc>,
) -> QueryResult<bool> {
    let at = consent.then(|| to_db_time(now));
    let n = diesel::update(
        registrations::table
            .find(registration)
            .filter(registrations::listed_consent.ne(consent)),
    )
    .set((
        registrations::listed_consent.eq(consent),
        registrations::listed_consent_at.eq(at),
    ))
    .execute(conn)?;
    Ok(n > 0)
}

// ---------------------------------------------------------------- the lists

/// One line of a list of participants.
#[derive(Clone, Debug)]
pub struct Participant {
    pub name: String,
    pub organisation: String,
    pub country: CountryCode,
    /// Only in the internal list.
    pub email: String,
    pub status: RegistrationStatus,
    pub consent: bool,
}

type ListRow = (
    Option<String>,
    Option<String>,
    Option<String>,
    CountryCode,
    RegistrationStatus,
    bool,
);

fn from_list_row((name, email, org, country, status, consent): ListRow) -> Participant {
    Participant {
        name: name.unwrap_or_default(),
        email: email.unwrap_or_default(),
        organisation: org.unwrap_or_default(),
        country,
        status,
        consent,
    }
}

/// The public list: confirmed registrations that consent, with their people.
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference))]
pub fn listed(conn: &mut DbConn, conference: ConferenceId) -> QueryResult<Vec<Participant>> {
    use super::schema::{categories, registration_categories};
    // A registration in a category that is not listed (the secretariat, say) stays
    // off the public list; one without a category (a conference without categories)
    // is on it.
    let unlisted = registration_categories::table
        .inner_join(categories::table)
        .filter(categories::listed.eq(false))
        .select(registration_categories::registration_id);
    registrations::table
        .left_join(users::table)
        .filter(registrations::conference_id.eq(conference))
        .filter(registrations::status.eq(RegistrationStatus::Confirmed))
        .filter(registrations::listed_consent.eq(true))
        .filter(diesel::dsl::not(registrations::id.eq_any(unlisted)))
        .filter(registrations::user_id.is_not_null())
        .select(list_columns())
        .load::<ListRow>(conn)
        .map(|rows| rows.into_iter().map(from_list_row).collect())
}

/// The organizers' internal list: every registration, whatever its status or consent
/// (anonymised ones have neither name nor address).
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference))]
pub fn internal(conn: &mut DbConn, conference: ConferenceId) -> QueryResult<Vec<Participant>> {
    registrations::table
        .left_join(users::table)
        .filter(registrations::conference_id.eq(conference))
        .select(list_columns())
        .load::<ListRow>(conn)
        .map(|rows| rows.into_iter().map(from_list_row).collect())
}

#[allow(clippy::type_complexity)]
fn list_columns() -> (
    diesel::dsl::Nullable<users::name>,
    diesel::dsl::Nullable<users::email>,
    diesel::dsl::Nullable<users::organization>,
    registrations::country,
    registrations::status,
    registrations::listed_consent,
) {
    (
        users::name.nullable(),
        users::email.nullable(),
        users::organization.nullable(),
        registrations::country,
        registrations::status,
        registrations::listed_consent,
    )
}
