//! One database per test, cloned from a template migrated once per test binary.
//! Migrating (and seeding the demo) is most of a test's set-up, so each process builds
//! a template once per kind — migrated and empty, or migrated with the demo seeded for
//! a given number of registrants — and every test gets a copy: on SQLite a file copy
//! of a template written with `VACUUM INTO`, on PostgreSQL `CREATE DATABASE … TEMPLATE`.
//! PostgreSQL names carry the process id and creation time: the templates are dropped
//! when the process exits, and leftovers of killed runs older than a day are dropped
//! by the next run, so CI does not pile up databases.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, Once, OnceLock};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use diesel::{Connection, PgConnection, QueryableByName, RunQueryDsl};
use plenary::config::DatabaseUrl;
use plenary::db::Db;

/// What a template holds besides the schema.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Template {
    Migrated,
    Demo(usize),
}

pub struct TestDb {
    pub url: DatabaseUrl,
    _dir: Option<tempfile::TempDir>,
    pg_drop: Option<(String, String)>,
}

/// Databases made by this harness start with this; older ones with a dead run's
/// timestamp are dropped by [`drop_stale`].
const PREFIX: &str = "plenary_t";
const STALE_AFTER: Duration = Duration::from_secs(24 * 3600);

fn admin_url() -> Option<String> {
    std::env::var("PLENARY_TEST_DATABASE_URL")
        .ok()
        .filter(|u| !u.is_empty())
}

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// `plenary_t<kind>_<unix seconds>_<unique>`: the time lets a later run recognise leftovers.
fn pg_name(kind: &str, unique: &str) -> String {
    format!("{PREFIX}{kind}_{}_{unique}", unix_now())
}

fn pg_admin(admin_url: &str) -> PgConnection {
    PgConnection::establish(admin_url).expect("connect to PLENARY_TEST_DATABASE_URL")
}

fn pg_url(admin_url: &str, name: &str) -> String {
    let base = admin_url
        .rsplit_once('/')
        .map(|(b, _)| b.to_string())
        .expect("PLENARY_TEST_DATABASE_URL has a database name");
    format!("{base}/{name}")
}

fn pg_exec(admin: &mut PgConnection, sql: &str) -> diesel::QueryResult<usize> {
    diesel::sql_query(sql).execute(admin)
}

impl TestDb {
    /// A fresh, empty database (not migrated).
    pub fn fresh() -> Self {
        match admin_url() {
            Some(admin_url) => {
                let name = pg_name("test", &uuid::Uuid::new_v4().simple().to_string());
                pg_exec(
                    &mut pg_admin(&admin_url),
                    &format!("CREATE DATABASE {name}"),
                )
                .expect("create test database");
                Self::pg(admin_url, name)
            }
            None => {
                let dir = tempfile::tempdir().expect("temp dir");
                let path = dir.path().join("plenary-test.db");
                Self::sqlite(dir, path)
            }
        }
    }

    /// A database of its own holding what `template` holds (built once per process).
    pub fn from_template(template: Template) -> Self {
        match admin_url() {
            Some(admin_url) => {
                let source = pg_template(&admin_url, template);
                let name = pg_name("test", &uuid::Uuid::new_v4().simple().to_string());
                // PostgreSQL refuses to copy a database while anyone else is connected to
                // it; only this process knows the template, and it copies one at a time.
                static COPYING: Mutex<()> = Mutex::new(());
                let mut admin = pg_admin(&admin_url);
                {
                    let _one = COPYING.lock().unwrap_or_else(|p| p.into_inner());
                    pg_exec(
                        &mut admin,
                        &format!("CREATE DATABASE {name} TEMPLATE {source}"),
                    )
                    .expect("copy template database");
                }
                Self::pg(admin_url, name)
            }
            None => {
                let source = sqlite_template(template);
                let dir = tempfile::tempdir().expect("temp dir");
                let path = dir.path().join("plenary-test.db");
                std::fs::copy(source, &path).expect("copy template file");
                Self::sqlite(dir, path)
            }
        }
    }

    fn pg(admin_url: String, name: String) -> Self {
        Self {
            url: DatabaseUrl::Postgres(pg_url(&admin_url, &name)),
            _dir: None,
            pg_drop: Some((admin_url, name)),
        }
    }

    fn sqlite(dir: tempfile::TempDir, path: PathBuf) -> Self {
        Self {
            url: DatabaseUrl::Sqlite(path.to_string_lossy().into_owned()),
            _dir: Some(dir),
            pg_drop: None,
        }
    }

    pub fn is_postgres(&self) -> bool {
        matches!(self.url, DatabaseUrl::Postgres(_))
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some((admin_url, name)) = self.pg_drop.take()
            && let Ok(mut admin) = PgConnection::establish(&admin_url)
        {
            let _ = pg_exec(
                &mut admin,
                &format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
            );
        }
    }
}

/// Migrates `url` and, for a demo template, seeds the demo; then closes every connection.
fn fill(url: &DatabaseUrl, template: Template) -> Db {
    let db = Db::connect(url, 1).expect("connect to the template");
    db.migrate().expect("migrate the template");
    if let Template::Demo(registrants) = template {
        plenary::demo::seed_demo(&db, registrants).expect("seed the demo");
    }
    db
}

/// A value per template kind, each built at most once.
type PerTemplate<T> = OnceLock<Mutex<HashMap<Template, Arc<OnceLock<T>>>>>;

/// One value per template kind, built once by whichever test asks first while the
/// others wait for it (and tests asking for another kind do not).
fn once_per<T: Clone + Send + Sync + 'static>(
    map: &'static PerTemplate<T>,
    template: Template,
    build: impl FnOnce() -> T,
) -> T {
    let cell = map
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .entry(template)
        .or_default()
        .clone();
    cell.get_or_init(build).clone()
}

/// The directory of this process's SQLite templates, removed at exit.
fn sqlite_dir() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::Builder::new()
            .prefix("plenary-templates-")
            .tempdir()
            .expect("template dir")
            .keep();
        at_exit(ExitTask::RemoveDir(dir.clone()));
        dir
    })
}

fn sqlite_template(template: Template) -> PathBuf {
    static TEMPLATES: OnceLock<Mutex<HashMap<Template, Arc<OnceLock<PathBuf>>>>> = OnceLock::new();
    once_per(&TEMPLATES, template, || {
        let name = match template {
            Template::Migrated => "migrated".to_string(),
            Template::Demo(n) => format!("demo-{n}"),
        };
        let work = sqlite_dir().join(format!("{name}.building.db"));
        let out = sqlite_dir().join(format!("{name}.db"));
        let db = fill(
            &DatabaseUrl::Sqlite(work.to_string_lossy().into_owned()),
            template,
        );
        // One self-contained file (no -wal beside it) that a plain copy reproduces.
        let mut conn = db.conn().expect("template connection");
        diesel::sql_query(format!("VACUUM INTO '{}'", out.display()))
            .execute(&mut *conn)
            .expect("write the template file");
        drop(conn);
        drop(db);
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", work.display()));
        }
        out
    })
}

fn pg_template(admin_url: &str, template: Template) -> String {
    static TEMPLATES: OnceLock<Mutex<HashMap<Template, Arc<OnceLock<String>>>>> = OnceLock::new();
    static CLEAN: Once = Once::new();
    CLEAN.call_once(|| drop_stale(admin_url));
    once_per(&TEMPLATES, template, || {
        let kind = match template {
            Template::Migrated => "tplm".to_string(),
            Template::Demo(n) => format!("tpld{n}"),
        };
        let name = pg_name(&kind, &std::process::id().to_string());
        let mut admin = pg_admin(admin_url);
        pg_exec(&mut admin, &format!("CREATE DATABASE {name}")).expect("create template");
        at_exit(ExitTask::DropDatabase(admin_url.to_string(), name.clone()));
        // Dropping the pool closes the template's only connection before it is copied.
        drop(fill(
            &DatabaseUrl::Postgres(pg_url(admin_url, &name)),
            template,
        ));
        name
    })
}

#[derive(QueryableByName)]
struct Datname {
    #[diesel(sql_type = diesel::sql_types::Text)]
    datname: String,
}

/// Drops this harness's databases whose name says they were made over a day ago:
/// the leftovers of runs that were killed before they could clean up.
fn drop_stale(admin_url: &str) {
    let mut admin = pg_admin(admin_url);
    let names: Vec<Datname> = diesel::sql_query(format!(
        "SELECT datname FROM pg_database WHERE datname LIKE '{PREFIX}%'"
    ))
    .load(&mut admin)
    .expect("list test databases");
    let cutoff = unix_now().saturating_sub(STALE_AFTER.as_secs());
    for Datname { datname } in names {
        let created = datname
            .split('_')
            .nth(2)
            .and_then(|t| t.parse::<u64>().ok());
        if created.is_some_and(|t| t < cutoff) {
            let _ = pg_exec(
                &mut admin,
                &format!("DROP DATABASE IF EXISTS {datname} WITH (FORCE)"),
            );
        }
    }
}

enum ExitTask {
    RemoveDir(PathBuf),
    DropDatabase(String, String),
}

static EXIT_TASKS: Mutex<Vec<ExitTask>> = Mutex::new(Vec::new());

/// Runs `task` when the test binary exits (statics are never dropped, so templates
/// are cleaned up from a C `atexit` hook, which runs on success and on failure).
fn at_exit(task: ExitTask) {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        extern "C" fn run_exit_tasks() {
            let tasks = std::mem::take(&mut *EXIT_TASKS.lock().unwrap_or_else(|p| p.into_inner()));
            for task in tasks {
                match task {
                    ExitTask::RemoveDir(dir) => {
                        let _ = std::fs::remove_dir_all(dir);
                    }
                    ExitTask::DropDatabase(admin_url, name) => {
                        if let Ok(mut admin) = PgConnection::establish(&admin_url) {
                            let _ = pg_exec(
                                &mut admin,
                                &format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
                            );
                        }
                    }
                }
            }
        }
        // SAFETY: registering a plain `extern "C" fn` with no arguments is what
        // `atexit` expects; the function only touches a `static` Mutex.
        unsafe {
            libc::atexit(run_exit_tasks);
        }
    });
    EXIT_TASKS
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .push(task);
}
