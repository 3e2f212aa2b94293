//! Both backends end up with the same tables, columns and column types, and the
//! migrations go up, down and up again to the same schema.

mod common;

use diesel::sql_types::Text;
use diesel::{QueryableByName, RunQueryDsl};
use plenary::config::DatabaseUrl;
use plenary::db::{Db, DbConn};

#[derive(QueryableByName, Debug, PartialEq, Eq, PartialOrd, Ord, Clone)]
struct Column {
    #[diesel(sql_type = Text)]
    table_name: String,
    #[diesel(sql_type = Text)]
    column_name: String,
    #[diesel(sql_type = Text)]
    data_type: String,
}

/// Normalises type names so that SQLite's declared types and PostgreSQL's catalog
/// names compare.
fn normal(t: &str) -> String {
    match t.to_ascii_lowercase().as_str() {
        "timestamp without time zone" | "timestamp" => "timestamp".into(),
        "character varying" | "text" => "text".into(),
        "boolean" | "bool" => "boolean".into(),
        "integer" | "int" | "int4" => "integer".into(),
        "bigint" | "int8" => "bigint".into(),
        "date" => "date".into(),
        "blob" | "bytea" => "binary".into(),
        other => other.into(),
    }
}

fn columns(conn: &mut DbConn) -> Vec<Column> {
    let sql = match conn {
        DbConn::Sqlite(_) => {
            "SELECT m.name AS table_name, p.name AS column_name, p.type AS data_type \
             FROM sqlite_master m JOIN pragma_table_info(m.name) p \
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> '__diesel_schema_migrations'"
        }
        DbConn::Pg(_) => {
            "SELECT table_name::text AS table_name, column_name::text AS column_name, data_type::text AS data_type \
             FROM information_schema.columns \
             WHERE table_schema = 'public' AND table_name <> '__diesel_schema_migrations'"
        }
    };
    let mut cols: Vec<Column> = diesel::sql_query(sql).load(conn).expect("catalog query");
    for c in &mut cols {
        c.data_type = normal(&c.data_type);
    }
    cols.sort();
    cols
}

fn migrated_columns(url: &DatabaseUrl) -> Vec<Column> {
    let db = Db::connect(url, 2).expect("connect");
    db.migrate().expect("migrate");
    let mut conn = db.conn().expect("conn");
    columns(&mut conn)
}

/// The PostgreSQL server used for the cross-backend check: the test database URL
/// if set, else the machine's standard local server.
fn postgres_admin_url() -> Option<String> {
    let url = std::env::var("PLENARY_TEST_DATABASE_URL")
        .ok()
        .filter(|u| !u.is_empty())
        .unwrap_or_else(|| "postgres://postgres@127.0.0.1:5432/postgres".into());
    use diesel::Connection;
    match diesel::PgConnection::establish(&url) {
        Ok(_) => Some(url),
        Err(e) if std::env::var("CI").as_deref() == Ok("true") => {
            panic!("CI=true but PostgreSQL is unreachable at {url}: {e}")
        }
        Err(e) => {
            eprintln!("skipping the PostgreSQL half: {e}");
            None
        }
    }
}

#[test]
fn both_backends_have_the_same_tables_and_columns() {
    let Some(admin) = postgres_admin_url() else {
        return;
    };
    // SAFETY of env use: this test binary sets nothing else; TestDb reads the var.
    let sqlite_dir = tempfile::tempdir().unwrap();
    let sqlite = DatabaseUrl::Sqlite(sqlite_dir.path().join("s.db").to_string_lossy().into());
    let sqlite_cols = migrated_columns(&sqlite);

    let name = format!("plenary_schema_{}", uuid::Uuid::new_v4().simple());
    use diesel::Connection;
    let mut admin_conn = diesel::PgConnection::establish(&admin).unwrap();
    diesel::sql_query(format!("CREATE DATABASE {name}"))
        .execute(&mut admin_conn)
        .unwrap();
    let base = admin.rsplit_once('/').unwrap().0;
    let pg_cols = migrated_columns(&DatabaseUrl::Postgres(format!("{base}/{name}")));
    diesel::sql_query(format!("DROP DATABASE {name} WITH (FORCE)"))
        .execute(&mut admin_conn)
        .unwrap();

    assert!(
        sqlite_cols.len() > 80,
        "expected the whole schema, got {} columns",
        sqlite_cols.len()
    );
    let tables: std::collections::BTreeSet<_> =
        sqlite_cols.iter().map(|c| c.table_name.as_str()).collect();
    for t in [
        "users",
        "conferences",
        "conference_roles",
        "sessions",
        "session_people",
        "registrations",
        "enrollments",
        "email_tokens",
        "outbox",
        "audit_log",
    ] {
        assert!(tables.contains(t), "missing table {t}");
    }
    let only_sqlite: Vec<_> = sqlite_cols
        .iter()
        .filter(|c| !pg_cols.contains(c))
        .collect();
    let only_pg: Vec<_> = pg_cols
        .iter()
        .filter(|c| !sqlite_cols.contains(c))
        .collect();
    assert!(
        only_sqlite.is_empty() && only_pg.is_empty(),
        "only in SQLite: {only_sqlite:#?}\nonly in PostgreSQL: {only_pg:#?}"
    );
}

#[test]
fn migrations_go_up_down_and_up_to_the_same_schema() {
    let test_db = common::TestDb::fresh();
    let db = Db::connect(&test_db.url, 2).unwrap();
    db.migrate().unwrap();
    let mut conn = db.conn().unwrap();
    let first = columns(&mut conn);
    plenary::db::revert_all(&mut conn).unwrap();
    assert!(
        columns(&mut conn).is_empty(),
        "down migrations leave tables behind"
    );
    plenary::db::migrate(&mut conn).unwrap();
    assert_eq!(first, columns(&mut conn));
}

#[test]
fn migration_folders_have_the_same_names_on_both_backends() {
    let names = |backend: &str| {
        let mut v: Vec<String> = std::fs::read_dir(format!(
            "{}/migrations/{backend}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
        v.sort();
        v
    };
    assert_eq!(names("sqlite"), names("postgres"));
}
