//! Hand-written `WHERE` clauses with their text parameters, for the list queries the
//! query builder cannot shape: the registrations list and a session's roster read
//! only the indexes they need, choose their join order (walking the people by name
//! instead of sorting every row) and join the page's rows afterwards.
//!
//! Every user value is a bound parameter; only SQL written here is spliced in.

use diesel::prelude::*;
use diesel::query_builder::{BoxedSqlQuery, SqlQuery};
use diesel::sql_types::{BigInt, Text};

use super::DbConn;
use super::conn::MultiBackend;

/// A `WHERE` clause and its parameters (all text), in placeholder order.
pub struct Where {
    pub sql: String,
    binds: Vec<String>,
    pg: bool,
}

impl Where {
    /// `first` is the clause's first condition, written with `$1` for `value`.
    pub fn new(conn: &DbConn, first: &str, value: &str) -> Self {
        Self {
            sql: first.to_string(),
            binds: vec![value.to_string()],
            pg: matches!(conn, DbConn::Pg(_)),
        }
    }

    /// Adds a parameter; returns its placeholder.
    pub fn bind(&mut self, value: &str) -> String {
        self.binds.push(value.to_string());
        format!("${}", self.binds.len())
    }

    /// Appends ` AND {condition}`.
    pub fn and(&mut self, condition: &str) {
        self.sql.push_str(" AND ");
        self.sql.push_str(condition);
    }

    /// `{column} IN (people whose name, email or organisation contains term)`: one
    /// scan of the narrow `users_name_search` index. SQLite's `LIKE` ignores ASCII
    /// case and its `lower()` knows only ASCII, so `lower()` is applied only on
    /// PostgreSQL, whose `LIKE` heeds case.
    pub fn people_matching(&mut self, column: &str, term: &str) -> String {
        let n = self.bind(&like_pattern(term));
        let pg = self.pg;
        let col = |c: &str| {
            if pg {
                format!("lower(s.{c}) LIKE {n} ESCAPE '\\'")
            } else {
                format!("s.{c} LIKE {n} ESCAPE '\\'")
            }
        };
        format!(
            "{column} IN (SELECT s.id FROM users s WHERE {} OR {} OR {})",
            col("name"),
            col("email"),
            col("organization")
        )
    }

    /// `sql` (which must use this clause's placeholders) with the parameters bound.
    pub fn query(&self, sql: String) -> BoxedSqlQuery<'static, MultiBackend, SqlQuery> {
        let mut q = diesel::sql_query(sql).into_boxed::<MultiBackend>();
        for b in &self.binds {
            q = q.bind::<Text, _>(b.clone());
        }
        q
    }

    /// How many rows of `from` (tables and joins) match this clause and, when given,
    /// `also`.
    pub fn count(&self, conn: &mut DbConn, from: &str, also: Option<&str>) -> QueryResult<i64> {
        let also = also.map(|c| format!("{c} AND ")).unwrap_or_default();
        let row: CountRow = self
            .query(format!(
                "SELECT COUNT(*) AS n FROM {from} WHERE {also}{}",
                self.sql
            ))
            .get_result(conn)?;
        Ok(row.n)
    }

    /// The `id` column of `sql`'s rows, parsed (rows that do not parse are skipped).
    pub fn ids<T>(
        &self,
        conn: &mut DbConn,
        sql: String,
        parse: impl Fn(&str) -> Option<T>,
    ) -> QueryResult<Vec<T>> {
        let rows: Vec<IdRow> = self.query(sql).load(conn)?;
        Ok(rows.iter().filter_map(|r| parse(&r.id)).collect())
    }
}

/// A page in name order whose rows may have lost their person (a deleted account):
/// the named rows by name (`named`, a query of ids without `LIMIT`), then the others
/// (`unnamed`, likewise); `named_from` with `named_condition` counts the named rows
/// when the page starts past them.
pub struct NamedThenUnnamed<'a> {
    pub named: String,
    pub named_from: &'a str,
    pub named_condition: &'a str,
    pub unnamed: String,
}

impl NamedThenUnnamed<'_> {
    pub fn page<T>(
        &self,
        conn: &mut DbConn,
        w: &Where,
        offset: i64,
        limit: i64,
        parse: impl Fn(&str) -> Option<T>,
    ) -> QueryResult<Vec<T>> {
        let mut ids = w.ids(
            conn,
            format!("{} LIMIT {limit} OFFSET {offset}", self.named),
            &parse,
        )?;
        let got = ids.len() as i64;
        if got == limit {
            return Ok(ids);
        }
        let named_total = if got > 0 {
            offset + got
        } else {
            w.count(conn, self.named_from, Some(self.named_condition))?
        };
        let skip = (offset + got - named_total).max(0);
        ids.extend(w.ids(
            conn,
            format!("{} LIMIT {} OFFSET {skip}", self.unnamed, limit - got),
            &parse,
        )?);
        Ok(ids)
    }
}

#[derive(QueryableByName)]
struct IdRow {
    #[diesel(sql_type = Text)]
    id: String,
}

#[derive(QueryableByName)]
struct CountRow {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

/// How many people have an account (for choosing between walking the people by
/// name and sorting the matching rows).
pub fn people(conn: &mut DbConn) -> QueryResult<i64> {
    let row: CountRow = diesel::sql_query("SELECT COUNT(*) AS n FROM users").get_result(conn)?;
    Ok(row.n)
}

/// Whether a page in name order is cheaper by walking the people by name (reading
/// about `(offset + limit) × people / matching` index entries) than by sorting the
/// `matching` rows.
pub fn walk_by_name(offset: i64, limit: i64, people: i64, matching: i64) -> bool {
    (offset + limit).saturating_mul(people) <= matching.saturating_mul(matching)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_terms_are_lowercased_and_wildcards_escaped() {
        assert_eq!(like_pattern("Ann"), "%ann%");
        assert_eq!(like_pattern("50%_a\\b"), "%50\\%\\_a\\\\b%");
        assert_eq!(like_pattern("ÉCOLE"), "%école%");
    }

    #[test]
    fn walking_pays_when_the_matching_rows_are_many() {
        assert!(walk_by_name(0, 100, 100_000, 64_000));
        assert!(!walk_by_name(0, 100, 100_000, 500));
        assert!(!walk_by_name(60_000, 100, 100_000, 64_000));
    }
}
