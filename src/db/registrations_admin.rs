//! The organizer's view of registrations: the searchable, filterable, sortable and
//! paginated table, its CSV export, and one registration with its person and picks.
//!
//! Search is a case-insensitive substring match on name, email and organisation:
//! `LOWER(col) LIKE '%term%' ESCAPE '\'` with the term lowercased and its `%`, `_`
//! and `\` escaped, the same SQL on both backends. A leading wildcard cannot use an
//! index, so a search scans the conference's registrations joined to their users;
//! at 100,000 rows that is tens of milliseconds. Filters and sorts use the
//! `registrations_conference_*` indexes. Pages are `LIMIT 50 OFFSET n` with a COUNT
//! and a deferred join (see [`page`], and `web::organize::registrations` for why
//! offset rather than keyset).

use std::collections::HashMap;

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::dsl::{IntoBoxed, LeftJoin, count_star};
use diesel::prelude::*;
use diesel::sql_types::{Nullable, Text};

use super::conn::MultiBackend;
use super::schema::{enrollments, registration_categories, registrations, sessions, users};
use super::{DbConn, from_db_time};
use crate::domain::categories::Approval;
use crate::domain::status::{EnrollmentStatus, RegistrationStatus};
use crate::domain::{ConferenceId, CountryCode, RegistrationId, SessionId, TimeZone, UserId};

diesel::define_sql_function!(
    /// SQL `LOWER` on a nullable text (a left-joined user may be missing).
    fn lower(x: Nullable<Text>) -> Nullable<Text>
);

/// What the organizer asked for; every part optional. Built from query parameters
/// by the web layer, which drops values it cannot parse.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Search term as typed (trimmed); matched case-insensitively as a substring.
    pub search: Option<String>,
    pub status: Option<RegistrationStatus>,
    /// An ISO alpha-2 code.
    pub country: Option<String>,
    /// Only registrations enrolled (with a seat) in this session.
    pub session: Option<SessionId>,
    /// Answers to custom questions, all to match: (question id, a choice's id or
    /// the stored value).
    pub answers: Vec<(String, String)>,
    /// Only registrations of an approval category in this state (awaiting or
    /// declined: their status is `cancelled`, which then means only the others).
    pub approval: Option<Approval>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortKey {
    Name,
    Country,
    Status,
    #[default]
    Registered,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sort {
    pub key: SortKey,
    pub descending: bool,
}

impl Default for Sort {
    /// Newest registrations first.
    fn default() -> Self {
        Self {
            key: SortKey::Registered,
            descending: true,
        }
    }
}

/// One line of the table (and of the CSV). `name`/`email` are `None` for a deleted
/// account: its registration stays for the counts, its person is gone.
#[derive(Clone, Debug)]
pub struct Row {
    pub id: RegistrationId,
    pub name: Option<String>,
    pub email: Option<String>,
    pub organization: Option<String>,
    pub country: String,
    pub status: RegistrationStatus,
    pub created_at: DateTime<Utc>,
    pub confirmed_at: Option<DateTime<Utc>>,
}

/// A [`Row`] as [`row_columns`] selects it.
#[derive(Queryable)]
struct RowRecord {
    id: RegistrationId,
    name: Option<String>,
    email: Option<String>,
    organization: Option<String>,
    country: CountryCode,
    status: RegistrationStatus,
    created_at: NaiveDateTime,
    confirmed_at: Option<NaiveDateTime>,
}

fn to_row(r: RowRecord) -> Row {
    Row {
        id: r.id,
        name: r.name,
        email: r.email,
        organization: r.organization,
        country: r.country.alpha2().to_string(),
        status: r.status,
        created_at: from_db_time(r.created_at),
        confirmed_at: r.confirmed_at.map(from_db_time),
    }
}

/// `%term%` for `LIKE … ESCAPE '\'`: lower-cased, wildcards taken literally.
pub fn like_pattern(term: &str) -> String {
    let mut p = String::with_capacity(term.len() + 2);
    p.push('%');
    for c in term.to_lowercase().chars() {
        if matches!(c, '%' | '_' | '\\') {
            p.push('\\');
        }
        p.push(c);
    }
    p.push('%');
    p
}

type Filtered<'a> = IntoBoxed<'a, LeftJoin<registrations::table, users::table>, MultiBackend>;

/// The conference's registrations joined to their users, with the filter applied.
fn filtered<'a>(conference: ConferenceId, f: &Filter) -> Filtered<'a> {
    let mut q = registrations::table
        .left_join(users::table)
        .filter(registrations::conference_id.eq(conference))
        .into_boxed();
    if let Some(term) = f.search.as_deref().filter(|t| !t.is_empty()) {
        let pattern = like_pattern(term);
        q = q.filter(
            lower(users::name.nullable())
                .like(pattern.clone())
                .escape('\\')
                .or(lower(users::email.nullable())
                    .like(pattern.clone())
                    .escape('\\'))
                .or(lower(users::organization).like(pattern).escape('\\')),
        );
    }
    if let Some(s) = f.status {
        q = q.filter(registrations::status.eq(s));
    }
    if f.status == Some(RegistrationStatus::Cancelled) {
        // Awaiting or declined approval is shown as such, not as cancelled.
        q = q.filter(
            registrations::id.ne_all(
                registration_categories::table
                    .filter(registration_categories::approval.eq_any(super::categories::HELD))
                    .select(registration_categories::registration_id),
            ),
        );
    }
    if let Some(a) = f.approval {
        q = q.filter(
            registrations::id.eq_any(
                registration_categories::table
                    .filter(registration_categories::approval.eq(a.as_str()))
                    .select(registration_categories::registration_id),
            ),
        );
    }
    if let Some(c) = &f.country {
        q = q.filter(registrations::country.eq(c.clone()));
    }
    if let Some(s) = f.session {
        q = q.filter(
            registrations::id.eq_any(
                enrollments::table
                    .filter(enrollments::session_id.eq(s))
                    .filter(enrollments::status.eq(EnrollmentStatus::Enrolled))
                    .select(enrollments::registration_id),
            ),
        );
    }
    for (question, value) in &f.answers {
        let sub = super::answers::matching(question.clone(), value.clone(), value.clone());
        q = q.filter(registrations::id.eq_any(sub));
    }
    q
}

fn sorted<'a>(q: Filtered<'a>, sort: Sort) -> Filtered<'a> {
    // Ties are broken by id so that pages never overlap or skip a row.
    match (sort.key, sort.descending) {
        (SortKey::Name, false) => q
            .order(users::name.nullable().is_null())
            .then_order_by(users::name.nullable().asc())
            .then_order_by(registrations::id.asc()),
        (SortKey::Name, true) => q
            .order(users::name.nullable().is_null())
            .then_order_by(users::name.nullable().desc())
            .then_order_by(registrations::id.desc()),
        (SortKey::Country, false) => q
            .order(registrations::country.asc())
            .then_order_by(registrations::id.asc()),
        (SortKey::Country, true) => q
            .order(registrations::country.desc())
            .then_order_by(registrations::id.desc()),
        (SortKey::Status, false) => q
            .order(registrations::status.asc())
            .then_order_by(registrations::created_at.asc())
            .then_order_by(registrations::id.asc()),
        (SortKey::Status, true) => q
            .order(registrations::status.desc())
            .then_order_by(registrations::created_at.desc())
            .then_order_by(registrations::id.desc()),
        (SortKey::Registered, false) => q
            .order(registrations::created_at.asc())
            .then_order_by(registrations::id.asc()),
        (SortKey::Registered, true) => q
            .order(registrations::created_at.desc())
            .then_order_by(registrations::id.desc()),
    }
}

/// The columns of a [`Row`], nullable where the user may be gone.
type RowColumns = (
    registrations::id,
    diesel::dsl::Nullable<users::name>,
    diesel::dsl::Nullable<users::email>,
    diesel::dsl::Nullable<users::organization>,
    registrations::country,
    registrations::status,
    registrations::created_at,
    registrations::confirmed_at,
);

fn row_columns() -> RowColumns {
    (
        registrations::id,
        users::name.nullable(),
        users::email.nullable(),
        users::organization.nullable(),
        registrations::country,
        registrations::status,
        registrations::created_at,
        registrations::confirmed_at,
    )
}

/// How many registrations match.
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference))]
pub fn count(conn: &mut DbConn, conference: ConferenceId, f: &Filter) -> QueryResult<i64> {
    filtered(conference, f)
        .select(count_star())
        .get_result(conn)
}

/// One page of matching registrations, `limit` rows from `offset`.
///
/// Two steps (a "deferred join"): the page's ids first, selecting nothing from
/// `users`, so unless the search or the sort needs the users both backends drop the
/// join and walk the covering `registrations_conference_created` index even for the
/// last page; then the 50 rows with their people.
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference))]
pub fn page(
    conn: &mut DbConn,
    conference: ConferenceId,
    f: &Filter,
    sort: Sort,
    offset: i64,
    limit: i64,
) -> QueryResult<Vec<Row>> {
    let ids: Vec<RegistrationId> = sorted(filtered(conference, f), sort)
        .select(registrations::id)
        .offset(offset)
        .limit(limit)
        .load(conn)?;
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut rows: HashMap<RegistrationId, Row> = registrations::table
        .left_join(users::table)
        .filter(registrations::id.eq_any(&ids))
        .select(row_columns())
        .load::<RowRecord>(conn)?
        .into_iter()
        .map(|r| (r.id, to_row(r)))
        .collect();
    Ok(ids.iter().filter_map(|id| rows.remove(id)).collect())
}

/// Every matching registration (for the CSV export), in the requested order.
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference))]
pub fn all(
    conn: &mut DbConn,
    conference: ConferenceId,
    f: &Filter,
    sort: Sort,
) -> QueryResult<Vec<Row>> {
    sorted(filtered(conference, f), sort)
        .select(row_columns())
        .load::<RowRecord>(conn)
        .map(|rows| rows.into_iter().map(to_row).collect())
}

/// Picks (enrolled or on a session's waiting list) per registration of the
/// conference, counted in SQL.
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference))]
pub fn pick_counts(
    conn: &mut DbConn,
    conference: ConferenceId,
) -> QueryResult<HashMap<String, i64>> {
    enrollments::table
        .inner_join(registrations::table)
        .filter(registrations::conference_id.eq(conference))
        .group_by(enrollments::registration_id)
        .select((enrollments::registration_id, count_star()))
        .load::<(String, i64)>(conn)
        .map(|v| v.into_iter().collect())
}

/// The countries that occur among the conference's registrations, for the filter.
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference))]
pub fn countries(conn: &mut DbConn, conference: ConferenceId) -> QueryResult<Vec<String>> {
    registrations::table
        .filter(registrations::conference_id.eq(conference))
        .select(registrations::country)
        .distinct()
        .order(registrations::country)
        .load(conn)
}

// ---------------------------------------------------------------- one registration

/// A registration with its person, for the detail page and the organizer's actions.
#[derive(Clone, Debug)]
pub struct Detail {
    pub id: RegistrationId,
    pub status: RegistrationStatus,
    pub country: String,
    pub created_at: DateTime<Utc>,
    pub confirmed_at: Option<DateTime<Utc>>,
    pub cancelled_at: Option<DateTime<Utc>>,
    pub updated_at: DateTime<Utc>,
    /// `None` when the account was deleted.
    pub person: Option<Person>,
}

#[derive(Clone, Debug)]
pub struct Person {
    pub id: UserId,
    pub name: String,
    pub email: String,
    pub organization: Option<String>,
    pub country: String,
    pub time_zone: String,
    pub email_verified_at: Option<DateTime<Utc>>,
}

/// A [`Detail`] as [`detail`] selects it.
#[derive(Queryable)]
struct DetailRecord {
    id: RegistrationId,
    status: RegistrationStatus,
    country: CountryCode,
    created_at: NaiveDateTime,
    confirmed_at: Option<NaiveDateTime>,
    cancelled_at: Option<NaiveDateTime>,
    updated_at: NaiveDateTime,
    person: Option<PersonRecord>,
}

/// A [`Person`] as [`detail`] selects it.
#[derive(Queryable)]
struct PersonRecord {
    id: UserId,
    name: String,
    email: String,
    organization: Option<String>,
    country: CountryCode,
    time_zone: TimeZone,
    email_verified_at: Option<NaiveDateTime>,
}

/// One registration of `conference` (`None` if it belongs to another conference).
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference, id = %id))]
pub fn detail(
    conn: &mut DbConn,
    conference: ConferenceId,
    id: RegistrationId,
) -> QueryResult<Option<Detail>> {
    let row: Option<DetailRecord> = registrations::table
        .left_join(users::table)
        .filter(registrations::id.eq(id))
        .filter(registrations::conference_id.eq(conference))
        .select((
            registrations::id,
            registrations::status,
            registrations::country,
            registrations::created_at,
            registrations::confirmed_at,
            registrations::cancelled_at,
            registrations::updated_at,
            (
                users::id,
                users::name,
                users::email,
                users::organization,
                users::country,
                users::time_zone,
                users::email_verified_at,
            )
                .nullable(),
        ))
        .first(conn)
        .optional()?;
    Ok(row.map(|r| Detail {
        id: r.id,
        status: r.status,
        country: r.country.alpha2().to_string(),
        created_at: from_db_time(r.created_at),
        confirmed_at: r.confirmed_at.map(from_db_time),
        cancelled_at: r.cancelled_at.map(from_db_time),
        updated_at: from_db_time(r.updated_at),
        person: r.person.map(|u| Person {
            id: u.id,
            name: u.name,
            email: u.email,
            organization: u.organization,
            country: u.country.alpha2().to_string(),
            time_zone: u.time_zone.name().to_string(),
            email_verified_at: u.email_verified_at.map(from_db_time),
        }),
    }))
}

/// A pick with its session, for the detail page.
#[derive(Clone, Debug)]
pub struct PickedSession {
    pub session_id: SessionId,
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub status: EnrollmentStatus,
    pub picked_at: DateTime<Utc>,
    pub attended_at: Option<DateTime<Utc>>,
}

/// A [`PickedSession`] as [`picked_sessions`] selects it.
#[derive(Queryable)]
struct PickRecord {
    session_id: SessionId,
    title: String,
    starts_at: NaiveDateTime,
    ends_at: NaiveDateTime,
    status: EnrollmentStatus,
    picked_at: NaiveDateTime,
    attended_at: Option<NaiveDateTime>,
}

/// The registration's picks in agenda order.
#[tracing::instrument(level = "debug", skip_all, fields(registration = %registration))]
pub fn picked_sessions(
    conn: &mut DbConn,
    registration: RegistrationId,
) -> QueryResult<Vec<PickedSession>> {
    enrollments::table
        .inner_join(sessions::table)
        .filter(enrollments::registration_id.eq(registration))
        .order((sessions::starts_at, sessions::id))
        .select((
            sessions::id,
            sessions::title,
            sessions::starts_at,
            sessions::ends_at,
            enrollments::status,
            enrollments::created_at,
            enrollments::attended_at,
        ))
        .load::<PickRecord>(conn)
        .map(|rows| {
            rows.into_iter()
                .map(|r| PickedSession {
                    session_id: r.session_id,
                    title: r.title,
                    starts_at: from_db_time(r.starts_at),
                    ends_at: from_db_time(r.ends_at),
                    status: r.status,
                    picked_at: from_db_time(r.picked_at),
                    attended_at: r.attended_at.map(from_db_time),
                })
                .collect()
        })
}

#[cfg(test)]
mod tests {
    use super::like_pattern;

    #[test]
    fn search_terms_are_lowercased_and_wildcards_escaped() {
        assert_eq!(like_pattern("Ann"), "%ann%");
        assert_eq!(like_pattern("50%_a\\b"), "%50\\%\\_a\\\\b%");
        assert_eq!(like_pattern("ÉCOLE"), "%école%");
    }
}
