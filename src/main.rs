//! The `plenary` command: serve, migrate, seed the demo, create an admin, back up and
//! restore the database, or run the whole quick start with `plenary demo`.

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use plenary::config::{ConfigError, Secret, Settings};
use plenary::db::Db;
use plenary::domain::clock::Clock;

#[derive(Parser)]
#[command(
    name = "plenary",
    version,
    about = "Plenary — run an international virtual conference"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the web application (needs PLENARY_SECRET_KEY).
    Serve {
        /// Do not run the outbox mail worker in this process.
        #[arg(long)]
        no_worker: bool,
    },
    /// Apply pending database migrations.
    Migrate,
    /// Load the demo conference (does nothing if it is already there).
    SeedDemo {
        /// How many invented registrants to create.
        #[arg(long, default_value_t = 2000)]
        registrants: usize,
    },
    /// Create a site admin (or make an existing user one). The password comes from
    /// PLENARY_ADMIN_PASSWORD, or is asked for on the terminal.
    CreateAdmin {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// ISO 3166-1 alpha-2 country of the admin.
        #[arg(long, default_value = "CH")]
        country: String,
    },
    /// Run only the outbox mail worker (for a separate worker process).
    Worker,
    /// Write a consistent copy of the whole database to a new file while the site
    /// keeps running (SQLite: VACUUM INTO; PostgreSQL: pg_dump -Fc).
    Backup {
        /// The backup file to create (never overwritten).
        #[arg(long)]
        to: std::path::PathBuf,
    },
    /// Put a backup made by `backup` into an EMPTY database (DATABASE_URL); stop the
    /// site first. A database that has tables is refused.
    Restore {
        /// The backup file to read.
        #[arg(long)]
        from: std::path::PathBuf,
    },
    /// Quick start: migrate, load the demo when the database is empty, and serve.
    Demo {
        /// How many invented registrants the demo gets.
        #[arg(long, default_value_t = 2000)]
        registrants: usize,
        /// Use today's date. By default the demo runs on a simulated clock that starts
        /// ten minutes before its opening session (7 July 2020, 12:50 in Geneva), so
        /// join links, countdowns and live rosters can be tried.
        #[arg(long)]
        real_clock: bool,
    },
}

/// Exit code for bad configuration or arguments.
const EXIT_CONFIG: u8 = 2;

fn main() -> ExitCode {
    plenary::tls::install();
    let cli = Cli::parse();
    let settings = match Settings::from_env() {
        Ok(s) => s,
        Err(e) => return config_error(&e),
    };
    init_tracing(settings.log_format);
    match run(cli.command, settings) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Config(e)) => config_error(&e),
        Err(Failure::Other(e)) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn config_error(e: &ConfigError) -> ExitCode {
    eprintln!("configuration error: {e}");
    ExitCode::from(EXIT_CONFIG)
}

enum Failure {
    Config(ConfigError),
    Other(anyhow::Error),
}

impl<E: Into<anyhow::Error>> From<E> for Failure {
    fn from(e: E) -> Self {
        Failure::Other(e.into())
    }
}

/// Human-readable lines by default; with `PLENARY_LOG_FORMAT=json` one JSON object a
/// line, carrying the fields of the current span (a request's id and route pattern).
fn init_tracing(format: plenary::config::LogFormat) {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_env("RUST_LOG")
        .unwrap_or_else(|_| EnvFilter::new("info,actix_server=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false);
    match format {
        plenary::config::LogFormat::Text => builder.init(),
        plenary::config::LogFormat::Json => builder
            .json()
            .with_current_span(true)
            .with_span_list(false)
            .flatten_event(true)
            .init(),
    }
}

/// Starts the metrics server on `PLENARY_METRICS_ADDR`, if set, on the running
/// actix system; it stops with the process.
fn start_metrics(settings: &Settings, db: &Db, clock: &Clock) -> anyhow::Result<()> {
    if let Some(addr) = settings.metrics_addr {
        let (server, bound) = plenary::web::metrics::server(addr, db.clone(), clock.clone())?;
        tracing::info!("Metrics on http://{bound}/metrics");
        actix_web::rt::spawn(server);
    }
    Ok(())
}

fn backup_command(settings: &Settings, to: &std::path::Path) -> Result<(), Failure> {
    let started = std::time::Instant::now();
    let s = plenary::backup::backup(&settings.database_url, to)?;
    println!(
        "Backed up the {} database to {}: {} tables, {} rows, {:.1} MB, in {:.1} s.",
        settings.database_url.backend_name(),
        to.display(),
        s.tables.len(),
        s.rows(),
        s.bytes as f64 / 1e6,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn restore_command(settings: &Settings, from: &std::path::Path) -> Result<(), Failure> {
    let started = std::time::Instant::now();
    let s = plenary::backup::restore(&settings.database_url, from)?;
    println!(
        "Restored {} into the {} database: {} tables, {} rows, in {:.1} s.",
        from.display(),
        settings.database_url.backend_name(),
        s.tables.len(),
        s.rows(),
        started.elapsed().as_secs_f64()
    );
    if s.pending_migrations > 0 {
        println!(
            "The backup is from an older version: run `plenary migrate` to apply {} newer migration(s).",
            s.pending_migrations
        );
    }
    Ok(())
}

fn connect(settings: &Settings) -> Result<Db, Failure> {
    Db::connect_with(
        &settings.database_url,
        settings.db_pool_size,
        settings.db_checkout_timeout,
    )
    .map_err(|e| {
        Failure::Config(ConfigError {
            var: "DATABASE_URL",
            message: e.to_string(),
        })
    })
}

fn run(command: Command, mut settings: Settings) -> Result<(), Failure> {
    match command {
        Command::Migrate => {
            let db = connect(&settings)?;
            let n = db.migrate()?;
            println!(
                "{n} migration(s) applied to the {} database.",
                settings.database_url.backend_name()
            );
            Ok(())
        }
        Command::SeedDemo { registrants } => {
            let db = connect(&settings)?;
            db.migrate()?;
            seed(&db, registrants)?;
            Ok(())
        }
        Command::CreateAdmin {
            email,
            name,
            country,
        } => {
            let db = connect(&settings)?;
            db.migrate()?;
            let password = match std::env::var("PLENARY_ADMIN_PASSWORD") {
                Ok(p) if !p.is_empty() => p,
                _ => rpassword::prompt_password("Password for the admin (10–128 characters): ")?,
            };
            let outcome = plenary::admin::create_admin(&db, &email, &name, &country, &password)
                .map_err(|e| match e {
                    plenary::admin::AdminError::Invalid(field, msg) => {
                        Failure::Config(ConfigError {
                            var: field,
                            message: msg,
                        })
                    }
                    other => Failure::Other(other.into()),
                })?;
            println!("{outcome}");
            Ok(())
        }
        Command::Serve { no_worker } => {
            if settings.secret_key.is_none() {
                return Err(Failure::Config(ConfigError {
                    var: "PLENARY_SECRET_KEY",
                    message: "is required by `serve` (generate one with: openssl rand -hex 32)"
                        .into(),
                }));
            }
            let db = connect(&settings)?;
            if settings.auto_migrate {
                db.migrate()?;
            }
            serve(settings, db, !no_worker, Clock::system())
        }
        Command::Backup { to } => backup_command(&settings, &to),
        Command::Restore { from } => restore_command(&settings, &from),
        Command::Worker => {
            let db = connect(&settings)?;
            let worker =
                plenary::email::worker::Worker::from_settings(db, Clock::system(), &settings)?;
            announce_mail(&settings);
            let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
            worker
                .spawn(stop, reminder_job(&settings))?
                .join()
                .map_err(|_| anyhow::anyhow!("the outbox worker stopped unexpectedly"))?;
            Ok(())
        }
        Command::Demo {
            registrants,
            real_clock,
        } => {
            if settings.secret_key.is_none() {
                settings.secret_key = Some(Secret::new(plenary::web::csrf::random_token()));
                println!(
                    "PLENARY_SECRET_KEY is not set: generated a random key for this run (sign-ins end when it stops)."
                );
            }
            let db = connect(&settings)?;
            db.migrate()?;
            if plenary::demo::seed::is_empty(&db)? {
                seed(&db, registrants)?;
            } else {
                println!("The database already has data; not loading the demo again.");
            }
            println!(
                "\nDemo accounts (password \"{}\"):",
                plenary::demo::DEMO_PASSWORD
            );
            for (email, role) in plenary::demo::seed::DEMO_ACCOUNTS {
                println!("  {email:<30} {role}");
            }
            println!(
                "\nOpen {}/c/{}/agenda",
                settings.base_url,
                plenary::demo::DEMO_SLUG
            );
            let clock = Clock::system();
            if !real_clock {
                clock.set(plenary::demo::seed::demo_clock_start());
                println!(
                    "The demo runs on a simulated clock: it is now {} in Geneva (10 minutes before the opening session) and time moves on from there. Use `demo --real-clock` for today's date.",
                    plenary::domain::timefmt::long_date_clock_zone(
                        &plenary::demo::seed::demo_clock_start()
                            .with_timezone(&chrono_tz::Europe::Zurich)
                    )
                );
            }
            serve(settings, db, true, clock)
        }
    }
}

fn seed(db: &Db, registrants: usize) -> Result<(), Failure> {
    let started = std::time::Instant::now();
    let report = plenary::demo::seed_demo(db, registrants)?;
    if report.created {
        println!(
            "Loaded the demo conference '{}': {} sessions, {} registrants ({} countries among the confirmed), {} session picks, in {:.1} s.",
            plenary::demo::DEMO_SLUG,
            report.sessions,
            report.registrants,
            report.countries,
            report.enrollments,
            started.elapsed().as_secs_f64()
        );
    } else {
        println!(
            "The demo conference '{}' is already loaded; nothing changed.",
            plenary::demo::DEMO_SLUG
        );
    }
    Ok(())
}

/// The mail worker's scheduled jobs: session reminders, then data retention (the
/// warning a week before, the anonymisation when due).
fn reminder_job(
    settings: &Settings,
) -> impl Fn(&Db, chrono::DateTime<chrono::Utc>) -> Result<(), String> + Send + 'static {
    let base_url = settings.base_url.clone();
    move |db, now| {
        let reminders = plenary::service::reminders::tick(db, now, &base_url);
        plenary::service::retention::tick(db, now, &base_url).and(reminders)
    }
}

/// Says where mail goes, loudly when it is not going to people. A log event, not a
/// printed line, so that with `PLENARY_LOG_FORMAT=json` every line stays JSON.
fn announce_mail(settings: &Settings) {
    match &settings.mail {
        plenary::config::MailTransport::Files(dir) => tracing::warn!(
            "Mail is NOT sent to people: SMTP_URL is not set, so messages are written as .eml files to {}",
            dir.display()
        ),
        plenary::config::MailTransport::Smtp(_) => {
            tracing::info!("Mail is sent through the SMTP server in SMTP_URL.")
        }
    }
}

/// Serves with `clock` shared by the web app and the mail worker.
fn serve(settings: Settings, db: Db, worker: bool, clock: Clock) -> Result<(), Failure> {
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let worker_thread = if worker {
        let w =
            plenary::email::worker::Worker::from_settings(db.clone(), clock.clone(), &settings)?;
        announce_mail(&settings);
        Some(w.spawn(stop.clone(), reminder_job(&settings))?)
    } else {
        tracing::info!(
            "The outbox worker is not running in this process (--no-worker): run `plenary worker` to deliver mail."
        );
        None
    };
    let sys = actix_web::rt::System::new();
    let stop_on_signal = stop.clone();
    let result = sys.block_on(async move {
        // SIGTERM or SIGINT stops the worker at once (its claimed rows go back to the
        // outbox for the next worker), while the web server finishes the requests in
        // flight: the mail is safe in the database, and the shutdown stays short.
        let stop_on_interrupt = stop_on_signal.clone();
        actix_web::rt::spawn(async move {
            use actix_web::rt::signal::unix::{SignalKind, signal};
            if let Ok(mut term) = signal(SignalKind::terminate()) {
                term.recv().await;
                stop_on_signal.store(true, std::sync::atomic::Ordering::Relaxed);
            }
        });
        actix_web::rt::spawn(async move {
            if actix_web::rt::signal::ctrl_c().await.is_ok() {
                stop_on_interrupt.store(true, std::sync::atomic::Ordering::Relaxed);
            }
        });
        start_metrics(&settings, &db, &clock)?;
        let app = plenary::build_app(settings.clone(), db, clock)?;
        tracing::info!(
            "Plenary listening on http://{} ({} database)",
            app.addr,
            settings.database_url.backend_name()
        );
        // SIGTERM (or SIGINT) stops accepting connections and lets the requests in
        // flight finish (up to the server's shutdown timeout) before this returns.
        app.server.await?;
        Ok::<_, anyhow::Error>(())
    });
    tracing::info!("web server stopped; stopping the outbox worker");
    // The worker gives back the outbox rows it claimed but did not send (already
    // told so by the signal; this covers the server stopping for another reason).
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    if let Some(t) = worker_thread {
        let _ = t.join();
    }
    result?;
    Ok(())
}
