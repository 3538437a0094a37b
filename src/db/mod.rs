//! The connection pool, the migrations, and the private local PostgreSQL that serves as the
//! embedded default when no `DATABASE_URL` is given.

pub mod backup;
pub mod local;
pub mod slug;
pub mod versioned;

use std::time::Duration;

use sqlx::PgPool;
use sqlx::migrate::Migrator;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};

/// The schema, from `migrations/`, compiled into the binary.
pub static MIGRATOR: Migrator = sqlx::migrate!();

/// How the pool behaves; from [`crate::config::Config`].
#[derive(Debug, Clone, Copy)]
pub struct PoolSettings {
    pub max_connections: u32,
    pub acquire_timeout: Duration,
    /// The longest one statement may run (`statement_timeout`), if limited.
    pub statement_timeout: Option<Duration>,
}

/// A pool that connects lazily: the app starts, and answers 503, even while the database is
/// away, and recovers by itself when it returns (a connection that fails is closed, and the
/// next request opens a new one). Connections are not pinged before each use: that was one
/// more round trip for every statement.
pub fn pool(url: &str, settings: PoolSettings) -> Result<PgPool, sqlx::Error> {
    Ok(pool_options(settings)
        .min_connections(0)
        .connect_lazy_with(connect_options(url, settings)?))
}

/// Readies a new connection for the app's statements; it reports its own failures, which
/// never fail the connection.
pub type Warm = fn(&mut sqlx::PgConnection) -> futures_util::future::BoxFuture<'_, ()>;

/// The pool that serves requests, opened once the schema is current: as [`pool`], but it opens
/// all of its connections at once, in the background, and keeps them open; each is first
/// readied by `warm`. A new server process plans and caches the catalogs of every statement it
/// meets for the first time (at scale 100, 100 to 200 ms for a search where a readied one
/// takes 10 to 20): so the first readers after a start, and after a connection is replaced,
/// do not pay it.
/// Call it inside the runtime: it starts opening the connections at once.
pub fn serving_pool(url: &str, settings: PoolSettings, warm: Warm) -> Result<PgPool, sqlx::Error> {
    let pool = pool_options(settings)
        // Kept while they live (30 minutes, then replaced in the background), not closed
        // when idle.
        .min_connections(settings.max_connections)
        .idle_timeout(None)
        .after_connect(move |conn, _| {
            Box::pin(async move {
                warm(conn).await;
                Ok(())
            })
        })
        .connect_lazy_with(connect_options(url, settings)?);
    tokio::spawn(open_all(pool.clone(), settings.max_connections));
    Ok(pool)
}

/// Opens `n` connections of `pool` at once (the pool opens its minimum only when it replaces
/// one), and hands them back idle.
async fn open_all(pool: PgPool, n: u32) {
    let opened = futures_util::future::join_all((0..n).map(|_| pool.acquire())).await;
    let failed = opened.iter().filter(|c| c.is_err()).count();
    if failed > 0 {
        tracing::info!(
            failed,
            "could not open every connection at start; they open on demand"
        );
    }
}

fn pool_options(settings: PoolSettings) -> PgPoolOptions {
    PgPoolOptions::new()
        .max_connections(settings.max_connections)
        .acquire_timeout(settings.acquire_timeout)
        .idle_timeout(Duration::from_secs(300))
        .test_before_acquire(false)
}

fn connect_options(url: &str, settings: PoolSettings) -> Result<PgConnectOptions, sqlx::Error> {
    let options: PgConnectOptions = url.parse()?;
    // A request cancelled inside sqlx 0.8's `begin()` can leave its pooled connection in an
    // open transaction (transact-rs/sqlx#4393; the benchmark met it when wrk stopped): the
    // server ends such a session once it has sat idle in a transaction for 15 s, so that its
    // locks are freed and the pool opens a clean connection instead.
    let mut options = options
        .application_name("musyawarah")
        .options([("idle_in_transaction_session_timeout", "15s")])
        // The app's statements read a page of rows through an index; at scale 100 their
        // estimates (which ignore LIMITs) passed the costs at which PostgreSQL compiles a plan
        // (JIT: 0.2 to 1 s each time) or starts parallel workers (whose start and run-ahead cost
        // more than they save on two cores already busy with other requests).
        .options([("jit", "off"), ("max_parallel_workers_per_gather", "0")]);
    if let Some(limit) = settings.statement_timeout {
        // A statement that waits on a lock or runs away ends, and gives its connection back,
        // instead of holding it while the pool runs dry: its page answers 503.
        options = options.options([("statement_timeout", format!("{}ms", limit.as_millis()))]);
    }
    Ok(options)
}

/// Brings the schema up to date, on one connection without the requests' limit on a
/// statement's time: a migration may count every record again, which at scale takes longer.
/// The connection is closed afterwards rather than handed back with its limit lifted.
pub async fn migrate(pool: &PgPool) -> anyhow::Result<()> {
    let mut conn = pool.acquire().await?.detach();
    sqlx::query("SET statement_timeout = 0")
        .execute(&mut conn)
        .await?;
    MIGRATOR.run(&mut conn).await?;
    sqlx::Connection::close(conn).await?;
    Ok(())
}

/// Creates `name` on the server of `admin_url` unless it exists.
pub async fn ensure_database(admin_url: &str, name: &str) -> anyhow::Result<()> {
    use sqlx::Connection as _;
    let mut conn = sqlx::PgConnection::connect(admin_url).await?;
    let exists: bool =
        sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)")
            .bind(name)
            .fetch_one(&mut conn)
            .await?;
    if !exists {
        // Identifiers cannot be bound; `name` is ours, and quoted.
        let sql = format!("CREATE DATABASE \"{}\"", name.replace('"', "\"\""));
        if let Err(err) = sqlx::raw_sql(&sql).execute(&mut conn).await {
            // Another process may have created it meanwhile (42P04: duplicate database).
            let duplicate = err
                .as_database_error()
                .and_then(|e| e.code())
                .is_some_and(|c| c == "42P04");
            if !duplicate {
                return Err(err.into());
            }
        }
    }
    conn.close().await?;
    Ok(())
}
