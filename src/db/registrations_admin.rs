//! The organizer's view of registrations: the searchable, filterable, sortable and
//! paginated table, its CSV export, and one registration with its person and picks.
//!
//! Search is a case-insensitive substring match on name, email and organisation
//! (`LIKE '%term%' ESCAPE '\'` with the term lowercased and its `%`, `_` and `\`
//! escaped; `lower()` of each column on PostgreSQL, whose `LIKE` heeds case). A
//! leading wildcard cannot seek an index, so a search scans the people once, through
//! the narrow `users_name_search` index rather than the table, and keeps the
//! registrations of those who match: `r.user_id IN (…)`. Counts and page ids read
//! only `registrations` and its indexes; the page's 50 rows are joined to their
//! people afterwards (a deferred join). Pages are `LIMIT 50 OFFSET n` (see
//! `web::organize::registrations` for why offset rather than keyset): the default
//! order walks `registrations_conference_created`, and the name order walks
//! `users_name_search` (see [`name_page`]), so neither sorts 100,000 rows.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::dsl::count_star;
use diesel::prelude::*;
use diesel::sql_types::Text;

use super::raw_where::{self, NamedThenUnnamed, Where};
use super::schema::{enrollments, registrations, sessions, users};
use super::{DbConn, from_db_time};
use crate::domain::categories::Approval;
use crate::domain::status::{EnrollmentStatus, RegistrationStatus};
use crate::domain::{ConferenceId, CountryCode, RegistrationId, SessionId, TimeZone, UserId};

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

// ---------------------------------------------------------------- the list's SQL

/// The list's `WHERE` over `registrations r`. The count and the page's ids never
/// join `users` (a search is `r.user_id IN (people who match)`, one scan of the
/// `users_name_search` index), and the name order can walk that index (see
/// [`name_page`]).
fn where_of(conn: &DbConn, conference: ConferenceId, f: &Filter) -> Where {
    let mut w = Where::new(conn, "r.conference_id = $1", &conference.to_string());
    if let Some(s) = f.status {
        let n = w.bind(s.as_str());
        w.and(&format!("r.status = {n}"));
    }
    if f.status == Some(RegistrationStatus::Cancelled) {
        // Awaiting or declined approval is shown as such, not as cancelled.
        w.and(&format!(
            "r.id NOT IN (SELECT rc.registration_id FROM registration_categories rc \
             WHERE rc.approval IN ('{}', '{}'))",
            super::categories::HELD[0],
            super::categories::HELD[1]
        ));
    }
    if let Some(a) = f.approval {
        let n = w.bind(a.as_str());
        w.and(&format!(
            "r.id IN (SELECT rc.registration_id FROM registration_categories rc \
             WHERE rc.approval = {n})"
        ));
    }
    for (question, value) in &f.answers {
        let q = w.bind(question);
        let choice = w.bind(value);
        let text = w.bind(value);
        w.and(&format!(
            "r.id IN (SELECT a.registration_id FROM registration_answers a \
             WHERE a.question_id = {q} AND (a.choice_id = {choice} OR a.value = {text}))"
        ));
    }
    if let Some(c) = &f.country {
        let n = w.bind(c);
        w.and(&format!("r.country = {n}"));
    }
    if let Some(s) = f.session {
        let n = w.bind(&s.to_string());
        w.and(&format!(
            "r.id IN (SELECT e.registration_id FROM enrollments e \
             WHERE e.session_id = {n} AND e.status = 'enrolled')"
        ));
    }
    if let Some(term) = f.search.as_deref().filter(|t| !t.is_empty()) {
        let people = w.people_matching("r.user_id", term);
        w.and(&people);
    }
    w
}

/// The `ORDER BY` of every sort but the name's, on `registrations r`. Ties are
/// broken by id so that pages never overlap or skip a row.
fn order_by(sort: Sort) -> &'static str {
    match (sort.key, sort.descending) {
        (SortKey::Country, false) => "r.country ASC, r.id ASC",
        (SortKey::Country, true) => "r.country DESC, r.id DESC",
        (SortKey::Status, false) => "r.status ASC, r.created_at ASC, r.id ASC",
        (SortKey::Status, true) => "r.status DESC, r.created_at DESC, r.id DESC",
        (SortKey::Registered, false) | (SortKey::Name, false) => "r.created_at ASC, r.id ASC",
        (SortKey::Registered, true) | (SortKey::Name, true) => "r.created_at DESC, r.id DESC",
    }
}

/// How many registrations match.
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference))]
pub fn count(conn: &mut DbConn, conference: ConferenceId, f: &Filter) -> QueryResult<i64> {
    where_of(conn, conference, f).count(conn, "registrations r", None)
}

/// The ids of one page (`limit` from `offset`) in the requested order.
fn page_ids(
    conn: &mut DbConn,
    conference: ConferenceId,
    f: &Filter,
    sort: Sort,
    offset: i64,
    limit: i64,
) -> QueryResult<Vec<RegistrationId>> {
    if sort.key == SortKey::Name {
        return name_page(conn, conference, f, sort.descending, offset, limit);
    }
    let w = where_of(conn, conference, f);
    let sql = format!(
        "SELECT r.id AS id FROM registrations r WHERE {} ORDER BY {} LIMIT {limit} OFFSET {offset}",
        w.sql,
        order_by(sort)
    );
    w.ids(conn, sql, RegistrationId::parse)
}

/// A page in name order: people by name (ties by their id), then the registrations
/// whose account was deleted (no name), by id, in either direction.
///
/// When the matching registrations are many, the named part walks the
/// `users_name_search` index in order and looks each person's registration up
/// (`users CROSS JOIN registrations` keeps SQLite from reordering the loops), so a
/// page costs the rows it skips and reads, not a sort of every registration. When
/// they are few compared with the people on the site, sorting them is cheaper.
fn name_page(
    conn: &mut DbConn,
    conference: ConferenceId,
    f: &Filter,
    descending: bool,
    offset: i64,
    limit: i64,
) -> QueryResult<Vec<RegistrationId>> {
    let w = where_of(conn, conference, f);
    let dir = if descending { "DESC" } else { "ASC" };
    let matching = w.count(conn, "registrations r", None)?;
    let from = if raw_where::walk_by_name(offset, limit, raw_where::people(conn)?, matching) {
        "users u CROSS JOIN registrations r WHERE r.user_id = u.id AND"
    } else {
        "registrations r JOIN users u ON u.id = r.user_id WHERE"
    };
    NamedThenUnnamed {
        named: format!(
            "SELECT r.id AS id FROM {from} {} ORDER BY u.name {dir}, u.id {dir}",
            w.sql
        ),
        named_from: "registrations r",
        named_condition: "r.user_id IS NOT NULL",
        unnamed: format!(
            "SELECT r.id AS id FROM registrations r WHERE r.user_id IS NULL AND {} ORDER BY r.id {dir}",
            w.sql
        ),
    }
    .page(conn, &w, offset, limit, RegistrationId::parse)
}

/// The rows of `ids`, in that order, with their people.
fn rows_of(conn: &mut DbConn, ids: &[RegistrationId]) -> QueryResult<Vec<Row>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut rows: HashMap<RegistrationId, Row> = registrations::table
        .left_join(users::table)
        .filter(registrations::id.eq_any(ids))
        .select(row_columns())
        .load::<RowRecord>(conn)?
        .into_iter()
        .map(|r| (r.id, to_row(r)))
        .collect();
    Ok(ids.iter().filter_map(|id| rows.remove(id)).collect())
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

/// One page of matching registrations, `limit` rows from `offset`.
///
/// Two steps (a "deferred join"): the page's ids first, reading only
/// `registrations` and its indexes (and, in name order, `users_name_search`); then
/// the page's rows with their people.
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference))]
pub fn page(
    conn: &mut DbConn,
    conference: ConferenceId,
    f: &Filter,
    sort: Sort,
    offset: i64,
    limit: i64,
) -> QueryResult<Vec<Row>> {
    let ids = page_ids(conn, conference, f, sort, offset, limit)?;
    rows_of(conn, &ids)
}

/// How many rows [`all_chunked`] reads at a time. Each chunk looks its rows up by id
/// in every index keyed by registration (rows, picks, answers, categories), and ids
/// are random: a chunk of 1,000 out of 100,000 touched most leaf pages of those
/// indexes, so every chunk read them all again. 10,000 share those pages ten times
/// better (a 100,000-row export: 4.6 → 3.1–3.5 s) for a few megabytes more per chunk.
pub const CHUNK: usize = 10_000;

/// Every matching registration, in the requested order, handed to `each` in chunks
/// of [`CHUNK`] rows with the connection: the ids in order first (one query, a few
/// megabytes at 100,000), then the rows chunk by chunk, so memory stays flat
/// whatever the size of the conference. `each` stops the walk by returning `false`.
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference))]
pub fn all_chunked<E: From<diesel::result::Error>>(
    conn: &mut DbConn,
    conference: ConferenceId,
    f: &Filter,
    sort: Sort,
    mut each: impl FnMut(&mut DbConn, Vec<Row>) -> Result<bool, E>,
) -> Result<(), E> {
    let ids = page_ids(conn, conference, f, sort, 0, i64::MAX)?;
    for chunk in ids.chunks(CHUNK) {
        let rows = rows_of(conn, chunk)?;
        if !each(conn, rows)? {
            break;
        }
    }
    Ok(())
}

/// Every matching registration (for bulk actions), in the requested order.
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference))]
pub fn all(
    conn: &mut DbConn,
    conference: ConferenceId,
    f: &Filter,
    sort: Sort,
) -> QueryResult<Vec<Row>> {
    let mut out = Vec::new();
    all_chunked(conn, conference, f, sort, |_, rows| {
        out.extend(rows);
        Ok::<_, diesel::result::Error>(true)
    })?;
    Ok(out)
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

/// Picks (enrolled or on a session's waiting list) of each of `ids` that has any,
/// counted in SQL through the enrollments' primary key.
#[tracing::instrument(level = "debug", skip_all)]
pub fn pick_counts_of(
    conn: &mut DbConn,
    ids: &[RegistrationId],
) -> QueryResult<HashMap<RegistrationId, i64>> {
    enrollments::table
        .filter(enrollments::registration_id.eq_any(ids))
        .group_by(enrollments::registration_id)
        .select((enrollments::registration_id, count_star()))
        .load::<(RegistrationId, i64)>(conn)
        .map(|v| v.into_iter().collect())
}

/// The countries that occur among the conference's registrations, for the filter.
///
/// A loose index scan: one seek in `registrations_conference_country` per country
/// (the next code after the last one found) instead of reading every registration,
/// so 200 countries cost 200 seeks whether the conference has 100 or 100,000
/// registrants.
#[tracing::instrument(level = "debug", skip_all, fields(conference = %conference))]
pub fn countries(conn: &mut DbConn, conference: ConferenceId) -> QueryResult<Vec<String>> {
    #[derive(QueryableByName)]
    struct CountryRow {
        #[diesel(sql_type = Text)]
        country: String,
    }
    let rows: Vec<CountryRow> = diesel::sql_query(
        "WITH RECURSIVE c(country) AS ( \
           SELECT MIN(country) FROM registrations WHERE conference_id = $1 \
           UNION ALL \
           SELECT (SELECT MIN(r.country) FROM registrations r \
                   WHERE r.conference_id = $1 AND r.country > c.country) \
           FROM c WHERE c.country IS NOT NULL) \
         SELECT country FROM c WHERE country IS NOT NULL ORDER BY country",
    )
    .bind::<Text, _>(conference)
    .load(conn)?;
    Ok(rows.into_iter().map(|r| r.country).collect())
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
