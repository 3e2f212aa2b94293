//! Participant categories of a conference and the category (with the approval
//! decision) of each registration (`registration_categories`).

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;

use super::schema::{categories, registration_categories, registrations, users};
use super::{DbConn, from_db_time, to_db_time};
use crate::domain::capacity::{Limits, Taken};
use crate::domain::categories::{Admission, Approval};
use crate::domain::status::RegistrationStatus;
use crate::domain::{ConferenceId, RegistrationId, UserId};

#[derive(Clone, Debug)]
pub struct Category {
    pub id: String,
    pub conference_id: ConferenceId,
    pub name: String,
    pub description: String,
    pub admission: Admission,
    pub capacity: Option<i32>,
    pub country_quota: Option<i32>,
    pub listed: bool,
    pub position: i32,
    pub archived_at: Option<DateTime<Utc>>,
    /// An approved registrant who edits their profile goes back to the queue.
    pub reapprove_on_edit: bool,
}

impl Category {
    pub fn limits(&self) -> Limits {
        Limits {
            capacity: self.capacity,
            country_quota: self.country_quota,
        }
    }
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = categories)]
struct Row {
    id: String,
    conference_id: ConferenceId,
    name: String,
    description: String,
    admission: String,
    capacity: Option<i32>,
    country_quota: Option<i32>,
    listed: bool,
    position: i32,
    archived_at: Option<NaiveDateTime>,
    reapprove_on_edit: bool,
}

fn unexpected(what: &str, value: &str) -> diesel::result::Error {
    diesel::result::Error::DeserializationError(
        format!("unexpected {what} value {value:?} in the database").into(),
    )
}

fn from_row(r: Row) -> QueryResult<Category> {
    let admission =
        Admission::parse(&r.admission).ok_or_else(|| unexpected("Admission", &r.admission))?;
    Ok(Category {
        id: r.id,
        conference_id: r.conference_id,
        name: r.name,
        description: r.description,
        admission,
        capacity: r.capacity,
        country_quota: r.country_quota,
        listed: r.listed,
        position: r.position,
        archived_at: r.archived_at.map(from_db_time),
        reapprove_on_edit: r.reapprove_on_edit,
    })
}

/// What an organizer sets on a category.
pub struct CategoryFields<'a> {
    pub name: &'a str,
    pub description: &'a str,
    pub admission: Admission,
    pub capacity: Option<i32>,
    pub country_quota: Option<i32>,
    pub listed: bool,
    pub reapprove_on_edit: bool,
}

/// Every category of the conference, archived ones included, in order.
#[tracing::instrument(level = "debug", skip_all)]
pub fn for_conference(conn: &mut DbConn, conference: ConferenceId) -> QueryResult<Vec<Category>> {
    categories::table
        .filter(categories::conference_id.eq(conference))
        .order((categories::position, categories::name))
        .select(Row::as_select())
        .load(conn)?
        .into_iter()
        .map(from_row)
        .collect()
}

/// The live (not archived) categories of the conference, in order.
pub fn live(conn: &mut DbConn, conference: ConferenceId) -> QueryResult<Vec<Category>> {
    Ok(for_conference(conn, conference)?
        .into_iter()
        .filter(|c| c.archived_at.is_none())
        .collect())
}

/// One category of this conference.
#[tracing::instrument(level = "debug", skip_all)]
pub fn by_id(
    conn: &mut DbConn,
    conference: ConferenceId,
    id: &str,
) -> QueryResult<Option<Category>> {
    categories::table
        .filter(categories::conference_id.eq(conference))
        .filter(categories::id.eq(id))
        .select(Row::as_select())
        .first(conn)
        .optional()?
        .map(from_row)
        .transpose()
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn insert(
    conn: &mut DbConn,
    conference: ConferenceId,
    f: &CategoryFields<'_>,
    now: DateTime<Utc>,
) -> QueryResult<String> {
    let id = uuid::Uuid::now_v7().to_string();
    let position: Option<i32> = categories::table
        .filter(categories::conference_id.eq(conference))
        .select(diesel::dsl::max(categories::position))
        .first(conn)?;
    let now = to_db_time(now);
    diesel::insert_into(categories::table)
        .values((
            categories::id.eq(&id),
            categories::conference_id.eq(conference),
            categories::name.eq(f.name),
            categories::description.eq(f.description),
            categories::admission.eq(f.admission.as_str()),
            categories::capacity.eq(f.capacity),
            categories::country_quota.eq(f.country_quota),
            categories::listed.eq(f.listed),
            categories::reapprove_on_edit.eq(f.reapprove_on_edit),
            categories::position.eq(position.map_or(1, |p| p + 1)),
            categories::created_at.eq(now),
            categories::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(id)
}

#[tracing::instrument(level = "debug", skip_all)]
pub fn update(
    conn: &mut DbConn,
    id: &str,
    f: &CategoryFields<'_>,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::update(categories::table.find(id))
        .set((
            categories::name.eq(f.name),
            categories::description.eq(f.description),
            categories::admission.eq(f.admission.as_str()),
            categories::capacity.eq(f.capacity),
            categories::country_quota.eq(f.country_quota),
            categories::listed.eq(f.listed),
            categories::reapprove_on_edit.eq(f.reapprove_on_edit),
            categories::updated_at.eq(to_db_time(now)),
        ))
        .execute(conn)?;
    Ok(())
}

/// Archives (`Some(now)`) or restores (`None`) a category.
pub fn set_archived(
    conn: &mut DbConn,
    id: &str,
    at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::update(categories::table.find(id))
        .set((
            categories::archived_at.eq(at.map(to_db_time)),
            categories::updated_at.eq(to_db_time(now)),
        ))
        .execute(conn)?;
    Ok(())
}

pub fn delete(conn: &mut DbConn, id: &str) -> QueryResult<()> {
    diesel::delete(categories::table.find(id)).execute(conn)?;
    Ok(())
}

/// Registrations (of any status) in the category.
pub fn registration_count(conn: &mut DbConn, id: &str) -> QueryResult<i64> {
    registration_categories::table
        .filter(registration_categories::category_id.eq(id))
        .count()
        .get_result(conn)
}

/// Seats held in the category, in total and by `country`.
pub fn taken(conn: &mut DbConn, id: &str, country: &str) -> QueryResult<Taken> {
    let q = || {
        registration_categories::table
            .inner_join(registrations::table)
            .filter(registration_categories::category_id.eq(id))
            .filter(registrations::status.eq_any(RegistrationStatus::HOLDING_SEAT))
    };
    Ok(Taken {
        total: q().count().get_result(conn)?,
        country: q()
            .filter(registrations::country.eq(country))
            .count()
            .get_result(conn)?,
    })
}

/// A registration's category and, in an approval category, the decision.
#[derive(Clone, Debug)]
pub struct Placement {
    pub registration_id: RegistrationId,
    pub category_id: String,
    pub approval: Option<Approval>,
    pub decision_message: Option<String>,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = registration_categories)]
struct PlacementRow {
    registration_id: RegistrationId,
    category_id: String,
    approval: Option<String>,
    decision_message: Option<String>,
}

fn placement(r: PlacementRow) -> QueryResult<Placement> {
    let approval = match r.approval {
        Some(a) => Some(Approval::parse(&a).ok_or_else(|| unexpected("Approval", &a))?),
        None => None,
    };
    Ok(Placement {
        registration_id: r.registration_id,
        category_id: r.category_id,
        approval,
        decision_message: r.decision_message,
    })
}

pub fn placement_of(
    conn: &mut DbConn,
    registration: RegistrationId,
) -> QueryResult<Option<Placement>> {
    registration_categories::table
        .find(registration)
        .select(PlacementRow::as_select())
        .first(conn)
        .optional()?
        .map(placement)
        .transpose()
}

/// Puts the registration in the category with this approval state (replacing
/// what it had).
pub fn place(
    conn: &mut DbConn,
    registration: RegistrationId,
    category: &str,
    approval: Option<Approval>,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    let now = to_db_time(now);
    diesel::delete(registration_categories::table.find(registration)).execute(conn)?;
    diesel::insert_into(registration_categories::table)
        .values((
            registration_categories::registration_id.eq(registration),
            registration_categories::category_id.eq(category),
            registration_categories::approval.eq(approval.map(Approval::as_str)),
            registration_categories::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// Records a decision on a registration.
pub fn decide(
    conn: &mut DbConn,
    registration: RegistrationId,
    approval: Approval,
    message: Option<&str>,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    let now = to_db_time(now);
    diesel::update(registration_categories::table.find(registration))
        .set((
            registration_categories::approval.eq(approval.as_str()),
            registration_categories::decided_at.eq(now),
            registration_categories::decision_message.eq(message),
            registration_categories::updated_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

/// One line of the approval queue.
#[derive(Clone, Debug)]
pub struct QueueEntry {
    pub registration_id: RegistrationId,
    pub user_id: Option<UserId>,
    pub name: String,
    pub email: String,
    pub email_confirmed: bool,
    pub organization: Option<String>,
    pub country: String,
    pub category_id: String,
    pub approval: Approval,
    pub created_at: DateTime<Utc>,
}

/// (registration, user, name, email, verified at, organisation, country, category,
/// approval, created at).
type QueueRow = (
    RegistrationId,
    UserId,
    String,
    String,
    Option<NaiveDateTime>,
    Option<String>,
    String,
    String,
    Option<String>,
    NaiveDateTime,
);

/// Registrations of approval categories of the conference in `states`, optionally
/// of one category and one country, oldest first.
#[tracing::instrument(level = "debug", skip_all)]
pub fn queue(
    conn: &mut DbConn,
    conference: ConferenceId,
    states: &[Approval],
    category: Option<&str>,
    country: Option<&str>,
) -> QueryResult<Vec<QueueEntry>> {
    let states: Vec<&str> = states.iter().map(|a| a.as_str()).collect();
    let mut q = registration_categories::table
        .inner_join(registrations::table.inner_join(users::table))
        .filter(registrations::conference_id.eq(conference))
        .filter(registration_categories::approval.eq_any(states))
        .into_boxed();
    if let Some(c) = category {
        q = q.filter(registration_categories::category_id.eq(c.to_string()));
    }
    if let Some(c) = country {
        q = q.filter(registrations::country.eq(c.to_string()));
    }
    let rows: Vec<QueueRow> = q
        .order((registrations::created_at, registrations::id))
        .select((
            registrations::id,
            users::id,
            users::name,
            users::email,
            users::email_verified_at,
            users::organization,
            registrations::country,
            registration_categories::category_id,
            registration_categories::approval,
            registrations::created_at,
        ))
        .load(conn)?;
    rows.into_iter()
        .map(
            |(rid, uid, name, email, verified, org, country, cat, approval, created)| {
                let a = approval.unwrap_or_default();
                Ok(QueueEntry {
                    registration_id: rid,
                    user_id: Some(uid),
                    name,
                    email,
                    email_confirmed: verified.is_some(),
                    organization: org,
                    country,
                    category_id: cat,
                    approval: Approval::parse(&a).ok_or_else(|| unexpected("Approval", &a))?,
                    created_at: from_db_time(created),
                })
            },
        )
        .collect()
}

/// The approval states of `ids` that hold the registration back (awaiting or
/// declined): such a registration's status is `cancelled`, and this says why.
pub fn held_of(
    conn: &mut DbConn,
    ids: &[RegistrationId],
) -> QueryResult<std::collections::HashMap<RegistrationId, Approval>> {
    let rows: Vec<(RegistrationId, Option<String>)> = registration_categories::table
        .filter(registration_categories::registration_id.eq_any(ids))
        .filter(registration_categories::approval.eq_any(HELD))
        .select((
            registration_categories::registration_id,
            registration_categories::approval,
        ))
        .load(conn)?;
    rows.into_iter()
        .filter_map(|(id, a)| a.map(|a| (id, a)))
        .map(|(id, a)| {
            Approval::parse(&a)
                .map(|a| (id, a))
                .ok_or_else(|| unexpected("Approval", &a))
        })
        .collect()
}

/// The stored approval values that hold a registration back.
pub const HELD: [&str; 2] = ["awaiting", "declined"];

/// The live registrations of `user` approved in a category that asks for approval
/// again after an edit.
pub fn reapprovable(conn: &mut DbConn, user: UserId) -> QueryResult<Vec<RegistrationId>> {
    registration_categories::table
        .inner_join(registrations::table)
        .inner_join(categories::table)
        .filter(registrations::user_id.eq(user))
        .filter(registrations::status.ne(RegistrationStatus::Cancelled))
        .filter(registration_categories::approval.eq(Approval::Approved.as_str()))
        .filter(categories::reapprove_on_edit.eq(true))
        .select(registration_categories::registration_id)
        .load(conn)
}

/// Puts an approved registration back in the queue (no decision yet).
pub fn reopen(
    conn: &mut DbConn,
    registration: RegistrationId,
    now: DateTime<Utc>,
) -> QueryResult<()> {
    diesel::update(registration_categories::table.find(registration))
        .set((
            registration_categories::approval.eq(Approval::Awaiting.as_str()),
            registration_categories::decided_at.eq(None::<NaiveDateTime>),
            registration_categories::updated_at.eq(to_db_time(now)),
        ))
        .execute(conn)?;
    Ok(())
}

/// Registrations of the conference held back by approval: (awaiting, declined).
pub fn held_counts(conn: &mut DbConn, conference: ConferenceId) -> QueryResult<(i64, i64)> {
    let mut count = |state: Approval| -> QueryResult<i64> {
        registration_categories::table
            .inner_join(registrations::table)
            .filter(registrations::conference_id.eq(conference))
            .filter(registration_categories::approval.eq(state.as_str()))
            .count()
            .get_result(conn)
    };
    Ok((count(Approval::Awaiting)?, count(Approval::Declined)?))
}
