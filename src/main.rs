//! The command line: serve the app (the default), migrate, load the demo data, stop the
//! private database server.

use std::io::Write as _;
use std::net::SocketAddr;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::{Parser, Subcommand};
use musyawarah::auth::Role;
use musyawarah::auth::accounts::{self, NewAccount};
use musyawarah::config::Config;
use musyawarah::db::local::{LocalOptions, LocalPostgres};
use musyawarah::db::{self, PoolSettings};
use musyawarah::{AppState, seed};
use tokio::net::TcpListener;

#[derive(Parser)]
#[command(
    name = "musyawarah",
    version,
    about = "Tracks consultations on the ASEAN Consensus on migrant workers' rights"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the web app (the default). Without DATABASE_URL, runs a private PostgreSQL.
    Serve {
        /// Where to listen (default: BIND_ADDR, or 127.0.0.1:8080).
        #[arg(long)]
        addr: Option<SocketAddr>,
    },
    /// Bring the database schema up to date.
    Migrate,
    /// Load a data set.
    Seed {
        #[command(subcommand)]
        set: SeedSet,
    },
    /// Manage the private database server.
    Db {
        #[command(subcommand)]
        action: DbAction,
    },
    /// Back up the app's database to one file: a dump taken under one snapshot, with a
    /// manifest of every table's rows and checksum.
    Backup {
        /// The file to write (written whole or not at all).
        #[arg(long)]
        to: std::path::PathBuf,
    },
    /// Restore a file made by `backup`, checked whole first and against its manifest after.
    Restore {
        #[arg(long)]
        from: std::path::PathBuf,
        /// Put the backup in place of a database that holds data (the present data is kept
        /// as a database of its own). Stop the app first.
        #[arg(long)]
        replace: bool,
    },
    /// Manage user accounts.
    User {
        #[command(subcommand)]
        action: UserAction,
    },
}

#[derive(Subcommand)]
enum UserAction {
    /// Create an account; the password is read from standard input (one line).
    Add {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// admin, staff, partner or official.
        #[arg(long)]
        role: String,
        /// A partner's organisation: its short name in URLs (cdi), name, acronym (CDI) or
        /// another of its names, in any case, with or without accents.
        #[arg(long)]
        organisation: Option<String>,
        /// An official's Member State code (e.g. VN); none for an official of the region.
        #[arg(long = "member-state")]
        member_state: Option<String>,
    },
}

#[derive(Subcommand)]
enum SeedSet {
    /// The real 2019-20 consultation series with a layer of examples marked as demo (loading
    /// it twice changes nothing).
    Demo {
        /// Leave the demo layer out: the real series only.
        #[arg(long)]
        without_examples: bool,
    },
    /// Synthetic data for measuring speed (scale 1: ~100 consultations, 5,000 findings).
    Synthetic {
        #[arg(long, default_value_t = 1)]
        scale: i64,
    },
}

#[derive(Subcommand)]
enum DbAction {
    /// Stop the private PostgreSQL server, if it runs.
    Stop,
}

/// glibc's allocator maps a large block (from 128 KiB at first) and gives it back to the
/// system when it is freed, but raises that threshold to the largest block freed so far; after
/// that each password hash's 19 MiB stays in the process when freed: 20 staff signing in took
/// the server from 35 MB to 115 MB for good. With the threshold fixed (glibc reads it from
/// `MALLOC_MMAP_THRESHOLD_` as a process starts) it peaks at 52 MB and is back at 20 MB after.
/// So the process starts itself again once with it set, unless it is set already. If that
/// fails, it goes on as it is.
fn give_large_blocks_back() {
    const THRESHOLD: &str = "MALLOC_MMAP_THRESHOLD_";
    if !cfg!(all(target_os = "linux", target_env = "gnu")) || std::env::var_os(THRESHOLD).is_some()
    {
        return;
    }
    let Ok(exe) = std::env::current_exe() else {
        return;
    };
    let mut args = std::env::args_os();
    let mut again = std::process::Command::new(exe);
    if let Some(name) = args.next() {
        std::os::unix::process::CommandExt::arg0(&mut again, name);
    }
    // `exec` returns only if the process could not be replaced.
    let err = std::os::unix::process::CommandExt::exec(again.args(args).env(THRESHOLD, "131072"));
    eprintln!("note: could not fix the allocator's threshold ({err}); going on without");
}

fn main() -> ExitCode {
    give_large_blocks_back();
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| "info,sqlx=warn,tower_http=info".into());
    let logs = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        // Colours for a terminal only: not in a log file or a collector's pipe.
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()));
    // `LOG_FORMAT=json`: one JSON object a line, each with its request's span (request id,
    // route, method, user id), for a log collector.
    if std::env::var("LOG_FORMAT").is_ok_and(|f| f.eq_ignore_ascii_case("json")) {
        logs.json()
            .flatten_event(true)
            .with_current_span(true)
            .with_span_list(false)
            .init();
    } else {
        logs.init();
    }
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("error: cannot start the runtime: {err}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    let mut config = Config::from_env()?;
    match cli.command.unwrap_or(Command::Serve { addr: None }) {
        Command::Serve { addr } => {
            if let Some(addr) = addr {
                config.bind_addr = addr;
            }
            serve(config).await
        }
        Command::Migrate => {
            with_database(&config, |pool| async move {
                db::migrate(&pool).await?;
                tracing::info!("the schema is up to date");
                Ok(())
            })
            .await
        }
        Command::Seed {
            set: SeedSet::Synthetic { scale },
        } => {
            with_database(&config, |pool| async move {
                db::migrate(&pool).await?;
                seed::demo(&pool).await?;
                seed::synthetic::load(&pool, scale).await
            })
            .await
        }
        Command::Seed {
            set: SeedSet::Demo { without_examples },
        } => {
            let examples = if without_examples {
                seed::Examples::Leave
            } else {
                seed::Examples::Include
            };
            with_database(&config, |pool| async move {
                db::migrate(&pool).await?;
                let changed = seed::demo_with(&pool, examples).await?;
                tracing::info!(
                    changed,
                    "{}",
                    if changed {
                        "loaded the demo data"
                    } else {
                        "the demo data was already there"
                    }
                );
                Ok(())
            })
            .await
        }
        Command::User {
            action:
                UserAction::Add {
                    email,
                    name,
                    role,
                    organisation,
                    member_state,
                },
        } => {
            let role = Role::parse(&role).ok_or_else(|| {
                anyhow::anyhow!("--role must be one of admin, staff, partner, official")
            })?;
            let mut password = String::new();
            std::io::stdin()
                .read_line(&mut password)
                .context("reading the password from standard input")?;
            let password = password.trim_end_matches(['\r', '\n']).to_owned();
            let account = NewAccount {
                email,
                display_name: name,
                role,
                organisation,
                member_state,
            };
            with_database(&config, |pool| async move {
                db::migrate(&pool).await?;
                let id = accounts::create(&pool, &account, &password).await?;
                // By id only: an e-mail address is personal data, and logs are kept.
                tracing::info!(%id, role = account.role.value(), "created the account");
                Ok(())
            })
            .await
        }
        Command::Backup { to } => {
            with_url(&config, |url| async move {
                let written = db::backup::backup(&url, &to).await?;
                let rows: i64 = written.manifest.tables.iter().map(|t| t.rows).sum();
                tracing::info!(
                    file = %to.display(),
                    bytes = written.bytes,
                    tables = written.manifest.tables.len(),
                    rows,
                    migration = written.manifest.migration,
                    "backed up the database"
                );
                Ok(())
            })
            .await
        }
        Command::Restore { from, replace } => {
            let existing = if replace {
                db::backup::Existing::Replace
            } else {
                db::backup::Existing::Refuse
            };
            let newest = db::MIGRATOR.iter().map(|m| m.version).max().unwrap_or(0);
            with_url(&config, |url| async move {
                let restored = db::backup::restore(&url, &from, existing, newest).await?;
                let rows: i64 = restored.manifest.tables.iter().map(|t| t.rows).sum();
                tracing::info!(
                    file = %from.display(),
                    tables = restored.manifest.tables.len(),
                    rows,
                    made_at = restored.manifest.made_at,
                    "restored the backup; every table's rows and checksum match its manifest"
                );
                if let Some(kept) = restored.kept_as {
                    tracing::info!(
                        database = %kept,
                        "the data it replaced is kept in a database of its own: drop it once no longer needed"
                    );
                }
                if restored.manifest.migration < newest {
                    tracing::info!("the backup's schema is older: `musyawarah migrate` (or the next start) brings it up to date");
                }
                Ok(())
            })
            .await
        }
        Command::Db {
            action: DbAction::Stop,
        } => {
            let root = config.data_dir.join("postgres");
            let stopped =
                tokio::task::spawn_blocking(move || LocalPostgres::stop_at(&root)).await??;
            tracing::info!(
                "{}",
                if stopped {
                    "stopped the private PostgreSQL server"
                } else {
                    "the private PostgreSQL server was not running"
                }
            );
            Ok(())
        }
    }
}

/// The database URL: `DATABASE_URL`, or the private server (started if need be).
async fn database(config: &Config) -> anyhow::Result<(String, Option<LocalPostgres>)> {
    if let Some(url) = &config.database_url {
        return Ok((url.clone(), None));
    }
    let options = LocalOptions {
        root: config.data_dir.join("postgres"),
        durable: true,
    };
    let local = tokio::task::spawn_blocking(move || LocalPostgres::start(&options)).await??;
    db::ensure_database(&local.url("postgres"), "musyawarah").await?;
    Ok((local.url("musyawarah"), Some(local)))
}

fn pool_settings(config: &Config) -> PoolSettings {
    PoolSettings {
        max_connections: config.db_max_connections,
        acquire_timeout: config.db_acquire_timeout,
        statement_timeout: config.db_statement_timeout,
    }
}

/// Runs `work` with the database's URL, and stops the private server after if we started it.
async fn with_url<F, Fut>(config: &Config, work: F) -> anyhow::Result<()>
where
    F: FnOnce(String) -> Fut,
    Fut: Future<Output = anyhow::Result<()>>,
{
    let (url, local) = database(config).await?;
    let result = work(url).await;
    if let Some(local) = local.filter(|l| l.started_here) {
        stop_local(local).await;
    }
    result
}

/// Runs `work` against the database, and stops the private server after if we started it.
async fn with_database<F, Fut>(config: &Config, work: F) -> anyhow::Result<()>
where
    F: FnOnce(sqlx::PgPool) -> Fut,
    Fut: Future<Output = anyhow::Result<()>>,
{
    let (url, local) = database(config).await?;
    let pool = db::pool(&url, pool_settings(config))?;
    let result = work(pool.clone()).await;
    pool.close().await;
    if let Some(local) = local.filter(|l| l.started_here) {
        stop_local(local).await;
    }
    result
}

async fn stop_local(local: LocalPostgres) {
    match tokio::task::spawn_blocking(move || local.stop()).await {
        Ok(Ok(())) => tracing::info!("stopped the private PostgreSQL server"),
        Ok(Err(err)) => tracing::error!(error = %err, "could not stop the private server"),
        Err(err) => tracing::error!(error = %err, "could not stop the private server"),
    }
}

async fn serve(config: Config) -> anyhow::Result<()> {
    let (url, local) = database(&config).await?;
    let result = serve_with(&config, &url).await;
    // The private server belongs to the app: it stops with it, however the app ends.
    if let Some(local) = local {
        stop_local(local).await;
    }
    result
}

async fn serve_with(config: &Config, url: &str) -> anyhow::Result<()> {
    let pool = db::pool(url, pool_settings(config))?;
    db::migrate(&pool).await.context("migrating the database")?;
    if config.seed_demo && seed::is_empty(&pool).await? {
        seed::demo(&pool).await.context("loading the demo data")?;
        tracing::info!("loaded the demo data (first start)");
        let file = config.data_dir.join("demo-accounts.txt");
        if let Some(lines) = accounts::create_demo_accounts(&pool, &file).await? {
            let mut out = std::io::stdout().lock();
            writeln!(out, "{lines}  (also written to {})", file.display())?;
        }
    }
    // The requests' pool, opened once the schema is current (its connections prepare
    // statements against it); the first served only the migrations and the demo data.
    pool.close().await;
    let pool = db::serving_pool(url, pool_settings(config), musyawarah::app::warm)?;
    tokio::spawn(delete_expired_logins(pool.clone()));
    tokio::spawn(fold_figures(pool.clone()));
    tokio::spawn(find_report_fonts(config.font_dirs.clone()));
    let listener = TcpListener::bind(config.bind_addr)
        .await
        .with_context(|| format!("listening on {}", config.bind_addr))?;
    let addr = listener.local_addr()?;
    let app = musyawarah::app(AppState::new(pool.clone(), config.clone()));
    tracing::info!("Musyawarah is ready on http://{addr}");
    musyawarah::serve(listener, app, shutdown_signal()).await?;
    pool.close().await;
    Ok(())
}

/// Finds the PDF reports' fonts at start (once for the process), and says when they are
/// missing: the reports then answer 503 with the same advice.
async fn find_report_fonts(dirs: Vec<std::path::PathBuf>) {
    use musyawarah::reports::typeset::{BODY_FAMILY, FONT_PACKAGE};
    let typesetter = musyawarah::reports::Typesetter::shared(&dirs);
    match tokio::task::spawn_blocking(move || typesetter.check()).await {
        Ok(Ok(fonts)) => tracing::info!(fonts, "found the fonts of the PDF reports"),
        Ok(Err(_)) => tracing::warn!(
            "the {BODY_FAMILY} fonts are missing: PDF reports answer 503 until the Debian \
             package {FONT_PACKAGE} is installed (apt-get install {FONT_PACKAGE})"
        ),
        Err(err) => tracing::warn!(error = %err, "could not look for the PDF reports' fonts"),
    }
}

/// Moves the dashboard's pending deltas into its kept totals every two seconds, so that what a
/// reader sums stays small (readers sum both, so the figures are right in between).
async fn fold_figures(pool: sqlx::PgPool) {
    let mut every = tokio::time::interval(std::time::Duration::from_secs(2));
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        every.tick().await;
        if let Err(err) = musyawarah::dashboard::queries::fold(&pool).await {
            tracing::warn!(error = %err, "could not fold the dashboard's figures");
        }
    }
}

/// Deletes expired logins every ten minutes.
async fn delete_expired_logins(pool: sqlx::PgPool) {
    let mut every = tokio::time::interval(std::time::Duration::from_secs(600));
    loop {
        every.tick().await;
        if let Err(err) =
            sqlx::query("DELETE FROM tower_sessions.session WHERE expiry_date < now()")
                .execute(&pool)
                .await
        {
            tracing::warn!(error = %err, "could not delete expired logins");
        }
    }
}

/// Resolves on Ctrl-C or SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    };
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
