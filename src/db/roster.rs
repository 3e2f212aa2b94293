//! A session's roster: who is enrolled, from where, and whether they joined. The
//! roster is read with ONE query (enrollments ⋈ registrations ⟕ users), filtered and
//! sorted in SQL, so its cost does not grow with a query per row; counts by country
//! are one `GROUP BY`. Check-ins are conditional updates, so two moderators clicking
//! at once settle on one outcome instead of a lost update.

use std::sync::LazyLock;

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::dsl::{count, count_star};
use diesel::prelude::*;
use diesel::sql_types::{Integer, Nullable, Text};

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
            let pattern = like_pattern(s);
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
            q = q.filter(registrations::country.eq(c));
        }
        match $f.attendance {
            Attendance::Any => q,
            Attendance::Joined => q.filter(enrollments::attended_at.is_not_null()),
            Attendance::NotJoined => q.filter(enrollments::attended_at.is_null()),
        }
    }};
}

/// How many enrolled people match the filter's conditions (all pages).
#[tracing::instrument(skip(conn))]
pub fn count_matching(conn: &mut DbConn, session: SessionId, f: &Filter) -> QueryResult<i64> {
    let q = enrollments::table
        .inner_join(registrations::table.left_join(users::table))
        .filter(enrollments::session_id.eq(session))
        .filter(enrollments::status.eq(ENROLLED))
        .select(count_star())
        .into_boxed();
    narrowed!(q, f).get_result(conn)
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

/// `CASE registrations.country WHEN 'AF' THEN 0 … END`: the rank of each code in
/// the order of the names shown in each language (Switzerland among the S's, not
/// among the C's of its code; "Suisse" in French, 瑞士 by pinyin in Chinese). Built
/// once per language from the ISO list, so no user input ever reaches this SQL.
static COUNTRY_RANK_SQL: LazyLock<Vec<String>> = LazyLock::new(|| {
    crate::domain::lang::Lang::ALL
        .iter()
        .map(|lang| {
            let mut sql = String::from("CASE registrations.country");
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

/// Escapes `%`, `_` and `\` for a `LIKE … ESCAPE '\'` pattern.
fn like_pattern(search: &str) -> String {
    let mut p = String::with_capacity(search.len() + 2);
    p.push('%');
    for ch in search.to_lowercase().chars() {
        if matches!(ch, '%' | '_' | '\\') {
            p.push('\\');
        }
        p.push(ch);
    }
    p.push('%');
    p
}

/// The roster of a session, filtered and sorted as asked, in one query.
#[tracing::instrument(skip(conn))]
pub fn entries(conn: &mut DbConn, session: SessionId, f: &Filter) -> QueryResult<Vec<Entry>> {
    let mut q = enrollments::table
        .inner_join(registrations::table.left_join(users::table))
        .filter(enrollments::session_id.eq(session))
        .filter(enrollments::status.eq(ENROLLED))
        .select((
            registrations::id,
            registrations::user_id,
            users::name.nullable(),
            registrations::country,
            users::organization.nullable(),
            registrations::status,
            enrollments::attended_at,
            enrollments::checked_in_by,
        ))
        .into_boxed();
    q = narrowed!(q, f);
    // Deleted accounts (no name) after the named ones on both backends, whose NULL
    // ordering differs; the registration id makes every order total.
    let by_name = (
        users::name.nullable().is_null(),
        lower(users::name.nullable()),
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
    if let Some(w) = f.window {
        q = q.offset(w.offset).limit(w.limit);
    }
    let rows: Vec<EntryRow> = q.load(conn)?;
    Ok(rows
        .into_iter()
        .map(|r| Entry {
            registration: r.registration,
            user: r.user,
            name: r.name,
            country: r.country.alpha2().to_string(),
            organization: r.organization,
            status: r.status,
            attended_at: r.attended_at.map(from_db_time),
            checked_in_by: r.checked_in_by,
        })
        .collect())
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
    let rows: Vec<(CountryCode, i64, i64)> = enrollments::table
        .inner_join(registrations::table)
        .filter(enrollments::session_id.eq(session))
        .filter(enrollments::status.eq(ENROLLED))
        .group_by(registrations::country)
        .select((
            registrations::country,
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
    fn like_patterns_escape_wildcards() {
        assert_eq!(like_pattern("Ann"), "%ann%");
        assert_eq!(like_pattern("50%_x\\"), "%50\\%\\_x\\\\%");
    }

    #[test]
    fn country_rank_follows_english_names() {
        let sql = country_rank_sql();
        let ch = sql.find("'CH'").unwrap();
        let se = sql.find("'SE'").unwrap();
        let cm = sql.find("'CM'").unwrap();
        assert!(cm < se && se < ch, "Cameroon < Sweden < Switzerland");
    }
}
