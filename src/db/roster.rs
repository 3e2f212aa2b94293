//! A session's roster: who is enrolled, from where, and whether they joined.
//!
//! A page is read in two steps, as the registrations list is: its ids, filtered and
//! sorted in SQL (`raw_where`), then its rows with their people. An enrollment carries
//! its registration's country (kept by triggers), so the counts by country and the
//! country filter read one index, and the name order walks the people by their
//! lower-cased name (`users_lower_name`) when the session holds many of them, so the
//! first page of a 64,000-person session does not sort 64,000 rows. The CSV (every
//! row) is one query. Check-ins are conditional updates, so two moderators clicking
//! at once settle on one outcome instead of a lost update.

use std::sync::LazyLock;

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::dsl::{count, count_star};
use diesel::prelude::*;
use diesel::sql_types::{Integer, Nullable, Text};

use super::raw_where::{self, NamedThenUnnamed, Where};
use super::schema::{enrollments, registrations, users};
use super::{DbConn, from_db_time, to_db_time};
use crate::domain::status::{EnrollmentStatus, RegistrationStatus};
use crate::domain::{CountryCode, RegistrationId, SessionId, UserId};

diesel::define_sql_function! {
    /// SQL `lower()`: both backends have it. PostgreSQL's `LIKE` is case-sensitive,
    /// so searches compare lower-cased text on both sides.
    fn lower(x: Nullable<Text>) -> Nullable<Text>;
}

/// Who may appear: registrations that hold a place in the session.
const ENROLLED: EnrollmentStatus = EnrollmentStatus::Enrolled;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Attendance {
    #[default]
    Any,
    Joined,
    NotJoined,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Sort {
    #[default]
    Name,
    Country,
    /// Earliest arrival first; those who have not joined last.
    Joined,
    /// Latest arrival first (who just came in, during the session).
    JoinedLatest,
}

/// What the viewer asked for; every field already parsed.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    /// Matches name, organisation or email, case-insensitively (ASCII on SQLite).
    pub search: Option<String>,
    pub country: Option<CountryCode>,
    pub attendance: Attendance,
    pub sort: Sort,
    /// One page of the rows (`None`: all of them, for the CSV).
    pub window: Option<Window>,
}

/// Which rows of the sorted roster to read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    pub offset: i64,
    pub limit: i64,
}

/// The search, country and attendance conditions of a [`Filter`], applied to a boxed
/// query over enrollments ⋈ registrations ⟕ users (the rows and their count).
macro_rules! narrowed {
    ($q:expr, $f:expr) => {{
        let mut q = $q;
        if let Some(s) = $f
            .search
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            let pattern = super::raw_where::like_pattern(s);
            q = q.filter(
                lower(users::name.nullable())
                    .like(pattern.clone())
                    .escape('\\')
                    .or(lower(users::organization)
                        .like(pattern.clone())
                        .escape('\\'))
                    .or(lower(users::email.nullable()).like(pattern).escape('\\')),
            );
        }
        if let Some(c) = $f.country {
            q = q.filter(enrollments::country.eq(c));
        }
        match $f.attendance {
            Attendance::Any => q,
            Attendance::Joined => q.filter(enrollments::attended_at.is_not_null()),
            Attendance::NotJoined => q.filter(enrollments::attended_at.is_null()),
        }
    }};
}

/// How many enrolled people match the filter's conditions (all pages): one index
/// range when nothing narrows the roster.
fn count_matching(conn: &mut DbConn, session: SessionId, f: &Filter) -> QueryResult<i64> {
    let narrowed = f.search.as_deref().is_some_and(|s| !s.trim().is_empty())
        || f.country.is_some()
        || f.attendance != Attendance::Any;
    if narrowed {
        where_of(conn, session, f).count(conn, "enrollments", None)
    } else {
        enrolled_count(conn, session)
    }
}

/// The filter's conditions over `enrollments` (a search looks the people up through
/// their registrations).
fn where_of(conn: &DbConn, session: SessionId, f: &Filter) -> Where {
    let mut w = Where::new(conn, "enrollments.session_id = $1", &session.to_string());
    w.and(&format!("enrollments.status = '{}'", ENROLLED.as_str()));
    if let Some(term) = f.search.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        let people = w.people_matching("r2.user_id", term);
        w.and(&format!(
            "enrollments.registration_id IN (SELECT r2.id FROM registrations r2 WHERE {people})"
        ));
    }
    if let Some(c) = f.country {
        let n = w.bind(c.alpha2());
        w.and(&format!("enrollments.country = {n}"));
    }
    match f.attendance {
        Attendance::Any => {}
        Attendance::Joined => w.and("enrollments.attended_at IS NOT NULL"),
        Attendance::NotJoined => w.and("enrollments.attended_at IS NULL"),
    }
    w
}

/// A search narrower than this reads all its matching ids at once (one scan of the
/// people instead of one for the count and one for the page).
const SEARCH_AT_ONCE: i64 = 5_000;

/// One page of the roster (`window`, in the filter's order) and how many rows match
/// on all pages, each counted once.
#[tracing::instrument(skip(conn))]
pub fn page(
    conn: &mut DbConn,
    session: SessionId,
    f: &Filter,
    window: Window,
) -> QueryResult<(Vec<Entry>, i64)> {
    if f.search.as_deref().is_some_and(|s| !s.trim().is_empty()) {
        let ids = sorted_ids(conn, session, f, 0, SEARCH_AT_ONCE + 1)?;
        let matching = ids.len() as i64;
        if matching <= SEARCH_AT_ONCE {
            let from = usize::try_from(window.offset).unwrap_or(usize::MAX);
            let take = usize::try_from(window.limit).unwrap_or(usize::MAX);
            let shown: Vec<_> = ids.into_iter().skip(from).take(take).collect();
            return Ok((rows_of(conn, session, &shown)?, matching));
        }
    }
    let matching = count_matching(conn, session, f)?;
    let ids = if f.sort == Sort::Name {
        let clause = where_of(conn, session, f);
        name_page(conn, &clause, matching, window)?
    } else {
        sorted_ids(conn, session, f, window.offset, window.limit)?
    };
    Ok((rows_of(conn, session, &ids)?, matching))
}

/// The ids of `limit` rows from `offset` in the filter's order, by sorting every
/// matching row.
fn sorted_ids(
    conn: &mut DbConn,
    session: SessionId,
    f: &Filter,
    offset: i64,
    limit: i64,
) -> QueryResult<Vec<RegistrationId>> {
    let clause = where_of(conn, session, f);
    let joined = "enrollments JOIN registrations ON registrations.id = enrollments.registration_id \
                  LEFT JOIN users ON users.id = registrations.user_id";
    let order = match f.sort {
        Sort::Name => {
            "users.name IS NULL, lower(users.name), users.id, registrations.id".to_string()
        }
        Sort::Country => format!(
            "{}, users.name IS NULL, lower(users.name), users.id, registrations.id",
            country_rank_sql()
        ),
        Sort::Joined => "enrollments.attended_at IS NULL, enrollments.attended_at, \
                         users.name IS NULL, lower(users.name), users.id, registrations.id"
            .to_string(),
        Sort::JoinedLatest => "enrollments.attended_at IS NULL, enrollments.attended_at DESC, \
                               users.name IS NULL, lower(users.name), users.id, registrations.id"
            .to_string(),
    };
    let sql = format!(
        "SELECT registrations.id AS id FROM {joined} WHERE {} ORDER BY {order} \
         LIMIT {limit} OFFSET {offset}",
        clause.sql
    );
    clause.ids(conn, sql, RegistrationId::parse)
}

/// A page in name order (lower-cased, ties by the person's id), then the deleted
/// accounts by registration. With many matching rows the people are walked in
/// `users_lower_name` order and each one's enrollment looked up; with few, the
/// matching rows are sorted.
fn name_page(
    conn: &mut DbConn,
    w: &Where,
    matching: i64,
    Window { offset, limit }: Window,
) -> QueryResult<Vec<RegistrationId>> {
    let named = if raw_where::walk_by_name(offset, limit, raw_where::people(conn)?, matching) {
        format!(
            "SELECT registrations.id AS id FROM users CROSS JOIN registrations \
             CROSS JOIN enrollments WHERE registrations.user_id = users.id \
             AND registrations.conference_id = (SELECT conference_id FROM sessions WHERE id = $1) \
             AND enrollments.registration_id = registrations.id AND {} \
             ORDER BY lower(users.name), users.id",
            w.sql
        )
    } else {
        format!(
            "SELECT registrations.id AS id FROM enrollments \
             JOIN registrations ON registrations.id = enrollments.registration_id \
             JOIN users ON users.id = registrations.user_id WHERE {} \
             ORDER BY lower(users.name), users.id",
            w.sql
        )
    };
    let with_registration =
        "enrollments JOIN registrations ON registrations.id = enrollments.registration_id";
    NamedThenUnnamed {
        named,
        named_from: with_registration,
        named_condition: "registrations.user_id IS NOT NULL",
        unnamed: format!(
            "SELECT registrations.id AS id FROM {with_registration} \
             WHERE registrations.user_id IS NULL AND {} ORDER BY registrations.id",
            w.sql
        ),
    }
    .page(conn, w, offset, limit, RegistrationId::parse)
}

/// Everyone enrolled in the session (one index range).
fn enrolled_count(conn: &mut DbConn, session: SessionId) -> QueryResult<i64> {
    enrollments::table
        .filter(enrollments::session_id.eq(session))
        .filter(enrollments::status.eq(ENROLLED))
        .count()
        .get_result(conn)
}

/// One line of the roster. `name`/`organization` are `None` for a deleted account
/// (the registration outlives the user for the statistics).
#[derive(Clone, Debug)]
pub struct Entry {
    pub registration: RegistrationId,
    pub user: Option<UserId>,
    pub name: Option<String>,
    pub country: String,
    pub organization: Option<String>,
    pub status: RegistrationStatus,
    pub attended_at: Option<DateTime<Utc>>,
    pub checked_in_by: Option<UserId>,
}

/// An [`Entry`] as [`entries`] selects it.
#[derive(Queryable)]
struct EntryRow {
    registration: RegistrationId,
    user: Option<UserId>,
    name: Option<String>,
    country: CountryCode,
    organization: Option<String>,
    status: RegistrationStatus,
    attended_at: Option<NaiveDateTime>,
    checked_in_by: Option<UserId>,
}

/// `CASE enrollments.country WHEN 'AF' THEN 0 … END`: the rank of each code in
/// the order of the names shown in each language (Switzerland among the S's, not
/// among the C's of its code; "Suisse" in French, 瑞士 by pinyin in Chinese). Built
/// once per language from the ISO list, so no user input ever reaches this SQL.
static COUNTRY_RANK_SQL: LazyLock<Vec<String>> = LazyLock::new(|| {
    crate::domain::lang::Lang::ALL
        .iter()
        .map(|lang| {
            let mut sql = String::from("CASE enrollments.country");
            for (rank, c) in CountryCode::all_sorted_in(*lang).iter().enumerate() {
                sql.push_str(&format!(" WHEN '{}' THEN {rank}", c.alpha2()));
            }
            sql.push_str(" ELSE 100000 END");
            sql
        })
        .collect()
});

/// [`COUNTRY_RANK_SQL`] in the reader's language.
fn country_rank_sql() -> &'static str {
    let lang = crate::domain::l10n::current();
    let i = crate::domain::lang::Lang::ALL
        .iter()
        .position(|l| *l == lang)
        .unwrap_or(0);
    &COUNTRY_RANK_SQL[i]
}

/// Every row of a session's roster, filtered and sorted as asked, in one query (the
/// CSV; the filter's window is not applied).
#[tracing::instrument(skip(conn))]
pub fn entries(conn: &mut DbConn, session: SessionId, f: &Filter) -> QueryResult<Vec<Entry>> {
    let mut q = narrowed!(entry_rows(session), f);
    // Deleted accounts (no name) after the named ones on both backends,
    // whose NULL ordering differs; ids make every order total, as on pages.
    let by_name = (
        users::name.nullable().is_null(),
        lower(users::name.nullable()),
        users::id.nullable(),
    );
    q = match f.sort {
        Sort::Name => q.order(by_name).then_order_by(registrations::id),
        Sort::Country => q
            .order(diesel::dsl::sql::<Integer>(country_rank_sql()))
            .then_order_by(by_name)
            .then_order_by(registrations::id),
        Sort::Joined => q
            .order(enrollments::attended_at.is_null())
            .then_order_by(enrollments::attended_at)
            .then_order_by(by_name)
            .then_order_by(registrations::id),
        Sort::JoinedLatest => q
            .order(enrollments::attended_at.is_null())
            .then_order_by(enrollments::attended_at.desc())
            .then_order_by(by_name)
            .then_order_by(registrations::id),
    };
    let rows: Vec<EntryRow> = q.load(conn)?;
    Ok(rows.into_iter().map(to_entry).collect())
}

/// The session's enrolled rows with their people, as [`EntryRow`]s.
fn entry_rows(session: SessionId) -> EntryQuery {
    enrollments::table
        .inner_join(registrations::table.left_join(users::table))
        .filter(enrollments::session_id.eq(session))
        .filter(enrollments::status.eq(ENROLLED))
        .select(entry_columns())
        .into_boxed()
}

/// The enrolled rows of one session with their people, boxed for filters and order.
type EntryQuery = diesel::helper_types::IntoBoxed<
    'static,
    diesel::dsl::Select<
        diesel::dsl::Filter<
            diesel::dsl::Filter<SessionJoin, diesel::dsl::Eq<enrollments::session_id, SessionId>>,
            diesel::dsl::Eq<enrollments::status, EnrollmentStatus>,
        >,
        EntryColumns,
    >,
    super::conn::MultiBackend,
>;

type SessionJoin = diesel::dsl::InnerJoin<
    enrollments::table,
    diesel::dsl::LeftJoin<registrations::table, users::table>,
>;

type EntryColumns = (
    registrations::id,
    registrations::user_id,
    diesel::dsl::Nullable<users::name>,
    enrollments::country,
    diesel::dsl::Nullable<users::organization>,
    registrations::status,
    enrollments::attended_at,
    enrollments::checked_in_by,
);

fn entry_columns() -> EntryColumns {
    (
        registrations::id,
        registrations::user_id,
        users::name.nullable(),
        enrollments::country,
        users::organization.nullable(),
        registrations::status,
        enrollments::attended_at,
        enrollments::checked_in_by,
    )
}

/// The rows of `ids` (registrations enrolled in the session), in that order.
fn rows_of(
    conn: &mut DbConn,
    session: SessionId,
    ids: &[RegistrationId],
) -> QueryResult<Vec<Entry>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut by_id: std::collections::HashMap<RegistrationId, EntryRow> = entry_rows(session)
        .filter(registrations::id.eq_any(ids))
        .load::<EntryRow>(conn)?
        .into_iter()
        .map(|r| (r.registration, r))
        .collect();
    Ok(ids
        .iter()
        .filter_map(|id| by_id.remove(id))
        .map(to_entry)
        .collect())
}

fn to_entry(r: EntryRow) -> Entry {
    Entry {
        registration: r.registration,
        user: r.user,
        name: r.name,
        country: r.country.alpha2().to_string(),
        organization: r.organization,
        status: r.status,
        attended_at: r.attended_at.map(from_db_time),
        checked_in_by: r.checked_in_by,
    }
}

/// Enrolled and joined people of one country.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CountryCount {
    pub country: String,
    pub enrolled: i64,
    pub joined: i64,
}

/// Counts by country for the whole session (never filtered: these are the figures a
/// moderator announces), most enrolled first. Contains no personal data, so speakers
/// see it too.
#[tracing::instrument(skip(conn))]
pub fn counts_by_country(conn: &mut DbConn, session: SessionId) -> QueryResult<Vec<CountryCount>> {
    // One range of `enrollments_session_country`: no registration is read.
    let rows: Vec<(CountryCode, i64, i64)> = enrollments::table
        .filter(enrollments::session_id.eq(session))
        .filter(enrollments::status.eq(ENROLLED))
        .group_by(enrollments::country)
        .select((
            enrollments::country,
            count_star(),
            count(enrollments::attended_at),
        ))
        .load(conn)?;
    let mut list: Vec<CountryCount> = rows
        .into_iter()
        .map(|(country, enrolled, joined)| CountryCount {
            country: country.alpha2().to_string(),
            enrolled,
            joined,
        })
        .collect();
    list.sort_by(|a, b| {
        b.enrolled
            .cmp(&a.enrolled)
            .then_with(|| a.country.cmp(&b.country))
    });
    Ok(list)
}

/// People waiting for a place in a session with a capacity.
#[tracing::instrument(level = "debug", skip_all, fields(session = %session))]
pub fn waitlisted_count(conn: &mut DbConn, session: SessionId) -> QueryResult<i64> {
    enrollments::table
        .filter(enrollments::session_id.eq(session))
        .filter(enrollments::status.eq(EnrollmentStatus::Waitlisted))
        .count()
        .get_result(conn)
}

/// Attendance of one enrollment as it is stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Attended {
    pub at: Option<DateTime<Utc>>,
    pub by: Option<UserId>,
}

/// The attendance of one person in one session and their display name (`None` for a
/// deleted account); `None` when they are not enrolled.
#[tracing::instrument(level = "debug", skip_all, fields(session = %session, registration = %registration))]
pub fn attendance(
    conn: &mut DbConn,
    session: SessionId,
    registration: RegistrationId,
) -> QueryResult<Option<(Attended, Option<String>)>> {
    enrollments::table
        .inner_join(registrations::table.left_join(users::table))
        .filter(enrollments::session_id.eq(session))
        .filter(enrollments::registration_id.eq(registration))
        .filter(enrollments::status.eq(ENROLLED))
        .select((
            enrollments::attended_at,
            enrollments::checked_in_by,
            users::name.nullable(),
        ))
        .first::<(Option<NaiveDateTime>, Option<UserId>, Option<String>)>(conn)
        .optional()
        .map(|r| {
            r.map(|(at, by, name)| {
                (
                    Attended {
                        at: at.map(from_db_time),
                        by,
                    },
                    name,
                )
            })
        })
}

/// Sets the attendance to `to` only if it is still `from` (compare-and-set on the
/// stored time); returns whether it changed. A concurrent change makes it a no-op.
#[tracing::instrument(level = "debug", skip_all, fields(session = %session, registration = %registration))]
pub fn set_attendance(
    conn: &mut DbConn,
    session: SessionId,
    registration: RegistrationId,
    from: &Attended,
    to: &Attended,
) -> QueryResult<bool> {
    let update = diesel::update(
        enrollments::table
            .filter(enrollments::session_id.eq(session))
            .filter(enrollments::registration_id.eq(registration)),
    )
    .set((
        enrollments::attended_at.eq(to.at.map(to_db_time)),
        enrollments::checked_in_by.eq(to.by),
    ))
    .into_boxed();
    let n = match from.at {
        None => update.filter(enrollments::attended_at.is_null()),
        Some(t) => update.filter(enrollments::attended_at.eq(to_db_time(t))),
    }
    .execute(conn)?;
    Ok(n == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn country_rank_follows_english_names() {
        let sql = country_rank_sql();
        let ch = sql.find("'CH'").unwrap();
        let se = sql.find("'SE'").unwrap();
        let cm = sql.find("'CM'").unwrap();
        assert!(cm < se && se < ch, "Cameroon < Sweden < Switzerland");
    }
}
