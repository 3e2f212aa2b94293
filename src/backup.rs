//! `plenary backup` and `plenary restore`: a consistent online copy of the whole
//! database, and putting one back into an empty database.
//!
//! SQLite: `VACUUM INTO` writes a snapshot of one read transaction into a new file
//! while writers go on (WAL); restore copies that file into place. PostgreSQL:
//! `pg_dump -Fc` reads a snapshot exported by a repeatable-read transaction of ours,
//! in which we also count the rows of every table, so the counts printed are those of
//! the dump; restore runs `pg_restore` in one transaction. Both count the rows of
//! every table, so an operator (and the round-trip test) can compare the two.
//! The tools come from the PostgreSQL client package; their absence is a clear error.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};

use crate::config::DatabaseUrl;
use crate::db::{self, Db, DbConn, DbError};

/// Rows in each table (the migrations bookkeeping table included).
pub type TableCounts = BTreeMap<String, i64>;

/// What a backup wrote or a restore put back.
#[derive(Debug)]
pub struct Summary {
    pub tables: TableCounts,
    /// Size of the backup file.
    pub bytes: u64,
    /// Migrations this binary has that the restored database lacks (restore only).
    pub pending_migrations: usize,
}

impl Summary {
    pub fn rows(&self) -> i64 {
        self.tables.values().sum()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("{0} already exists; choose a new file name (a backup never overwrites one)")]
    TargetExists(PathBuf),
    #[error(
        "the database already has {0} table(s): restore only fills an EMPTY database. \
         Create a new one (PostgreSQL: createdb; SQLite: a path with no file) or drop this one first. Nothing was changed."
    )]
    NotEmpty(usize),
    #[error(
        "{0} was not found: install the PostgreSQL client tools (Debian/Ubuntu package \
         postgresql-client, the same major version as the server or newer)"
    )]
    ToolMissing(&'static str),
    #[error("{tool} failed ({status}): {stderr}")]
    Tool {
        tool: &'static str,
        status: String,
        stderr: String,
    },
    #[error("{0} is not a SQLite database file")]
    NotSqlite(PathBuf),
    #[error("{0}: {1}")]
    Io(PathBuf, std::io::Error),
    #[error(transparent)]
    Db(#[from] DbError),
    #[error(transparent)]
    Query(#[from] diesel::result::Error),
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> BackupError + '_ {
    move |e| BackupError::Io(path.to_path_buf(), e)
}

/// Writes a consistent copy of the database at `url` to the new file `to`, while
/// the application keeps running.
pub fn backup(url: &DatabaseUrl, to: &Path) -> Result<Summary, BackupError> {
    if to.exists() {
        return Err(BackupError::TargetExists(to.to_path_buf()));
    }
    // Written beside the target and renamed when complete, so a failed backup never
    // leaves a file that looks like a good one.
    let partial = with_suffix(to, ".partial");
    let _ = std::fs::remove_file(&partial);
    let result = match url {
        DatabaseUrl::Sqlite(_) => backup_sqlite(url, &partial),
        DatabaseUrl::Postgres(pg) => backup_postgres(url, pg, &partial),
    };
    let tables = match result {
        Ok(t) => t,
        Err(e) => {
            let _ = std::fs::remove_file(&partial);
            return Err(e);
        }
    };
    std::fs::rename(&partial, to).map_err(io(to))?;
    let bytes = std::fs::metadata(to).map_err(io(to))?.len();
    Ok(Summary {
        tables,
        bytes,
        pending_migrations: 0,
    })
}

fn backup_sqlite(url: &DatabaseUrl, to: &Path) -> Result<TableCounts, BackupError> {
    let db = Db::connect(url, 1)?;
    let mut conn = db.conn()?;
    let target = to.to_string_lossy().replace('\'', "''");
    conn.batch_execute(&format!("VACUUM INTO '{target}'"))?;
    drop(conn);
    // The file holds exactly the snapshot; count what it holds.
    let copy = Db::connect(&DatabaseUrl::Sqlite(to.to_string_lossy().into_owned()), 1)?;
    let mut conn = copy.conn()?;
    // Keep the file self-contained: no -wal beside it once we close.
    conn.batch_execute("PRAGMA journal_mode = DELETE;")?;
    Ok(table_counts(&mut conn)?)
}

fn backup_postgres(url: &DatabaseUrl, pg_url: &str, to: &Path) -> Result<TableCounts, BackupError> {
    tool_present("pg_dump")?;
    let db = Db::connect(url, 1)?;
    let mut conn = db.conn()?;
    let DbConn::Pg(pg) = &mut *conn else {
        unreachable!("a postgres URL opens a PostgreSQL connection")
    };
    // The snapshot lives as long as this transaction: pg_dump must finish inside it.
    pg.build_transaction()
        .repeatable_read()
        .read_only()
        .run(|pg| {
            let snapshot: String =
                diesel::select(diesel::dsl::sql::<Text>("pg_export_snapshot()")).get_result(pg)?;
            let counts = pg_table_counts(pg)?;
            let (url, password) = split_password(pg_url);
            let mut cmd = Command::new("pg_dump");
            cmd.args(["--format=custom", "--no-owner", "--no-privileges"])
                .arg(format!("--snapshot={snapshot}"))
                .arg("--file")
                .arg(to)
                .arg("--dbname")
                .arg(url);
            if let Some(p) = password {
                cmd.env("PGPASSWORD", p);
            }
            run_tool("pg_dump", &mut cmd)?;
            Ok::<_, BackupError>(counts)
        })
}

/// Puts the backup `from` into the EMPTY database at `url` and counts what it holds.
pub fn restore(url: &DatabaseUrl, from: &Path) -> Result<Summary, BackupError> {
    let bytes = std::fs::metadata(from).map_err(io(from))?.len();
    match url {
        DatabaseUrl::Sqlite(path) => restore_sqlite(Path::new(path), from)?,
        DatabaseUrl::Postgres(pg) => restore_postgres(url, pg, from)?,
    }
    let db = Db::connect(url, 1)?;
    let mut conn = db.conn()?;
    let tables = table_counts(&mut conn)?;
    let pending_migrations = db::pending_migrations(&mut conn)?;
    Ok(Summary {
        tables,
        bytes,
        pending_migrations,
    })
}

fn restore_sqlite(target: &Path, from: &Path) -> Result<(), BackupError> {
    let mut header = [0u8; 16];
    let read = std::fs::File::open(from)
        .and_then(|mut f| f.read_exact(&mut header))
        .map_err(io(from));
    if read.is_err() || &header != b"SQLite format 3\0" {
        return Err(BackupError::NotSqlite(from.to_path_buf()));
    }
    if target.exists() {
        let url = DatabaseUrl::Sqlite(target.to_string_lossy().into_owned());
        let n = table_counts(&mut *Db::connect(&url, 1)?.conn()?)?.len();
        if n > 0 {
            return Err(BackupError::NotEmpty(n));
        }
        for suffix in ["", "-wal", "-shm"] {
            let p = with_suffix(target, suffix);
            if p.exists() {
                std::fs::remove_file(&p).map_err(io(&p))?;
            }
        }
    }
    let partial = with_suffix(target, ".restoring");
    std::fs::copy(from, &partial).map_err(io(&partial))?;
    std::fs::rename(&partial, target).map_err(io(target))?;
    Ok(())
}

fn restore_postgres(url: &DatabaseUrl, pg_url: &str, from: &Path) -> Result<(), BackupError> {
    tool_present("pg_restore")?;
    {
        let db = Db::connect(url, 1)?;
        let mut conn = db.conn()?;
        let DbConn::Pg(pg) = &mut *conn else {
            unreachable!("a postgres URL opens a PostgreSQL connection")
        };
        let n = pg_tables(pg)?.len();
        if n > 0 {
            return Err(BackupError::NotEmpty(n));
        }
    }
    let (url, password) = split_password(pg_url);
    let mut cmd = Command::new("pg_restore");
    cmd.args([
        "--no-owner",
        "--no-privileges",
        "--exit-on-error",
        "--single-transaction",
    ])
    .arg("--dbname")
    .arg(url)
    .arg(from);
    if let Some(p) = password {
        cmd.env("PGPASSWORD", p);
    }
    run_tool("pg_restore", &mut cmd)
}

/// Rows in every table of the database, by table name.
pub fn table_counts(conn: &mut DbConn) -> QueryResult<TableCounts> {
    match conn {
        DbConn::Pg(pg) => pg_table_counts(pg),
        DbConn::Sqlite(c) => {
            let names: Vec<Name> = diesel::sql_query(
                "SELECT name FROM sqlite_master WHERE type = 'table' \
                 AND name NOT LIKE 'sqlite_%' ORDER BY name",
            )
            .load(c)?;
            count_each(c, names)
        }
    }
}

fn pg_tables(pg: &mut PgConnection) -> QueryResult<Vec<Name>> {
    diesel::sql_query(
        "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    )
    .load(pg)
}

fn pg_table_counts(pg: &mut PgConnection) -> QueryResult<TableCounts> {
    let names = pg_tables(pg)?;
    count_each(pg, names)
}

fn count_each<C>(conn: &mut C, names: Vec<Name>) -> QueryResult<TableCounts>
where
    C: Connection,
    diesel::query_builder::SqlQuery: diesel::query_dsl::LoadQuery<'static, C, Count>,
{
    let mut counts = TableCounts::new();
    for Name { name } in names {
        let quoted = name.replace('"', "\"\"");
        let Count { n } = diesel::sql_query(format!("SELECT COUNT(*) AS n FROM \"{quoted}\""))
            .get_result(conn)?;
        counts.insert(name, n);
    }
    Ok(counts)
}

#[derive(QueryableByName)]
struct Name {
    #[diesel(sql_type = Text)]
    name: String,
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

fn tool_present(tool: &'static str) -> Result<(), BackupError> {
    match Command::new(tool).arg("--version").output() {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(BackupError::ToolMissing(tool)),
        Err(e) => Err(BackupError::Io(PathBuf::from(tool), e)),
    }
}

fn run_tool(tool: &'static str, cmd: &mut Command) -> Result<(), BackupError> {
    let out = cmd.output().map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => BackupError::ToolMissing(tool),
        _ => BackupError::Io(PathBuf::from(tool), e),
    })?;
    if out.status.success() {
        Ok(())
    } else {
        Err(BackupError::Tool {
            tool,
            status: out.status.to_string(),
            stderr: String::from_utf8_lossy(&out.stderr).trim().to_string(),
        })
    }
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

/// Takes the password out of a `postgres://user:password@host/db` URL, so it goes
/// to the tool in `PGPASSWORD` rather than on a command line others can read.
fn split_password(url: &str) -> (String, Option<String>) {
    let Some((scheme, rest)) = url.split_once("://") else {
        return (url.to_string(), None);
    };
    let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(authority_end);
    let Some((userinfo, host)) = authority.rsplit_once('@') else {
        return (url.to_string(), None);
    };
    let Some((user, password)) = userinfo.split_once(':') else {
        return (url.to_string(), None);
    };
    (
        format!("{scheme}://{user}@{host}{tail}"),
        Some(percent_decode(password)),
    )
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(h) = s.get(i + 1..i + 3)
            && let Ok(b) = u8::from_str_radix(h, 16)
        {
            out.push(b);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_password_leaves_the_url_for_pgpassword() {
        assert_eq!(
            split_password("postgres://app:s%40cret:x@db.example:5432/plenary?sslmode=require"),
            (
                "postgres://app@db.example:5432/plenary?sslmode=require".to_string(),
                Some("s@cret:x".to_string())
            )
        );
        assert_eq!(
            split_password("postgres://postgres@127.0.0.1/x"),
            ("postgres://postgres@127.0.0.1/x".to_string(), None)
        );
        assert_eq!(
            split_password("postgresql://localhost/x"),
            ("postgresql://localhost/x".to_string(), None)
        );
    }
}
