//! The test harness: a real PostgreSQL (the private test cluster, or the server of
//! `TEST_DATABASE_URL` or `DATABASE_URL`), a
//! fresh database per test cloned from a migrated template, HTTP through the router in-process,
//! and a real Chromium driven over WebDriver.

use std::path::PathBuf;
use std::sync::mpsc;
use std::sync::{Mutex, OnceLock};

use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode};
use chrono::Utc;
use musyawarah::clock::Clock;
use musyawarah::config::Config;
use musyawarah::db::local::{LocalOptions, LocalPostgres};
use musyawarah::db::{self, MIGRATOR, PoolSettings};
use musyawarah::{AppState, seed};
use sqlx::{Connection as _, PgConnection, PgPool};
use tokio::sync::OnceCell;
use tower::ServiceExt as _;

/// Every timeout of the tests, in one place. They are generous on purpose: the suite must pass
/// on a slow or busy machine (two cores shared with other builds), and a wait ends as soon as
/// what it waits for happens, so a long limit costs nothing when all goes well.
pub mod timeouts {
    use std::time::Duration;

    /// Waiting for a page, a text on it, or a record a page's script saves.
    pub const EVENT: Duration = Duration::from_secs(60);
    /// A script run in the browser (axe-core takes seconds on a loaded machine), and a page
    /// load, as WebDriver counts them.
    pub const BROWSER_SCRIPT: Duration = Duration::from_secs(180);
    /// Chromium and chromedriver starting.
    pub const BROWSER_START: Duration = Duration::from_secs(90);
    /// A test's request waiting for a database connection.
    pub const DB_ACQUIRE: Duration = Duration::from_secs(60);
    /// How often a wait looks again.
    pub const POLL: Duration = Duration::from_millis(50);
    /// Connections of each test's pool: enough for the most concurrent test (30 sign-ins at
    /// once) without queueing for long; the suite's parallel tests each have their own.
    pub const DB_CONNECTIONS: u32 = 10;

    /// Waits until `check` returns `Some`, looking again every [`POLL`] for up to [`EVENT`];
    /// panics with `what` if it never does.
    pub async fn until<T, F, Fut>(what: &str, mut check: F) -> T
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = Option<T>>,
    {
        let deadline = std::time::Instant::now() + EVENT;
        loop {
            if let Some(found) = check().await {
                return found;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "waited {EVENT:?} in vain for {what}"
            );
            tokio::time::sleep(POLL).await;
        }
    }
}

/// The database server the tests use, set up once per test process.
struct Server {
    /// `postgres://.../` without a database name.
    base_url: String,
    /// Keeps the private cluster's handle (it stays up; `scripts/test` stops it after).
    _local: Option<LocalPostgres>,
}

static SERVER: OnceCell<Server> = OnceCell::const_new();

/// `postgres://user:pw@host:port/db?x` -> `postgres://user:pw@host:port`.
fn server_of(url: &str) -> String {
    let url = url.trim();
    let after_scheme = url.find("://").map_or(0, |i| i + 3);
    match url[after_scheme..].find('/') {
        Some(slash) => url[..after_scheme + slash].to_owned(),
        None => url.trim_end_matches('/').to_owned(),
    }
}

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

async fn server() -> &'static Server {
    SERVER
        .get_or_init(|| async {
            // TEST_DATABASE_URL, or the server of DATABASE_URL: test databases are created there.
            let given = ["TEST_DATABASE_URL", "DATABASE_URL"]
                .into_iter()
                .find_map(|name| std::env::var(name).ok().filter(|v| !v.trim().is_empty()));
            let (base_url, local) = match given {
                Some(url) => (server_of(&url), None),
                None => {
                    // The layout of a data folder, so `musyawarah db stop` can stop it too.
                    let root = std::env::var_os("MUSYAWARAH_TEST_DATA_DIR")
                        .map(PathBuf::from)
                        .unwrap_or_else(|| manifest_dir().join("target/test-data"))
                        .join("postgres");
                    let options = LocalOptions {
                        root,
                        durable: false,
                    };
                    let local = tokio::task::spawn_blocking(move || LocalPostgres::start(&options))
                        .await
                        .expect("the start task ran")
                        .expect("the private test PostgreSQL starts");
                    let url = local.url("postgres");
                    (url.trim_end_matches("/postgres").to_owned(), Some(local))
                }
            };
            let server = Server {
                base_url,
                _local: local,
            };
            sweep_stale_databases(&server).await;
            server
        })
        .await
}

impl Server {
    fn url(&self, database: &str) -> String {
        format!("{}/{database}", self.base_url)
    }

    async fn admin(&self) -> PgConnection {
        PgConnection::connect(&self.url("postgres"))
            .await
            .expect("connects to the test server")
    }
}

/// Drops the databases left by earlier runs (a test that panicked skips its clean-up).
async fn sweep_stale_databases(server: &Server) {
    let mut admin = server.admin().await;
    let stale: Vec<String> =
        sqlx::query_scalar("SELECT datname FROM pg_database WHERE datname LIKE 'mtest\\_%'")
            .fetch_all(&mut admin)
            .await
            .expect("lists databases");
    for name in stale {
        let _ = sqlx::raw_sql(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
            .execute(&mut admin)
            .await;
    }
}

/// Which template a test database starts from.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Fixture {
    /// The schema only.
    Empty,
    /// The schema and the demo data with its demo layer (what the first run loads).
    Demo,
    /// The schema and the real series only (`seed demo --without-examples`), for tests that
    /// count from a known start: no notes, findings, assessments or head counts.
    RealSeries,
}

/// The name of a template for the current migrations and demo data; a change to either makes
/// a new one.
fn template_name(fixture: Fixture) -> String {
    let mut inputs: Vec<(String, Vec<u8>)> = std::fs::read_dir(manifest_dir().join("migrations"))
        .expect("reads migrations/")
        .flatten()
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap_or_default(),
            )
        })
        .collect();
    inputs.sort();
    for file in ["demo.sql", "demo_examples.sql"] {
        inputs.push((
            file.into(),
            std::fs::read(manifest_dir().join("src/seed").join(file)).unwrap_or_default(),
        ));
    }
    let digest = inputs
        .iter()
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, (name, bytes)| {
            name.bytes()
                .chain(bytes.iter().copied())
                .fold(h, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
        });
    let kind = match fixture {
        Fixture::Empty => "empty",
        Fixture::Demo => "demo",
        Fixture::RealSeries => "real",
    };
    format!("mtpl_{digest:016x}_{kind}")
}

static TEMPLATES: OnceCell<()> = OnceCell::const_new();

/// Builds the templates once per process (and once per schema across processes).
async fn ensure_templates(server: &Server) {
    TEMPLATES
        .get_or_init(|| async {
            let mut admin = server.admin().await;
            // One builder at a time across processes.
            sqlx::query("SELECT pg_advisory_lock(727274)")
                .execute(&mut admin)
                .await
                .expect("takes the template lock");
            for fixture in [Fixture::Empty, Fixture::Demo, Fixture::RealSeries] {
                let name = template_name(fixture);
                let exists: bool = sqlx::query_scalar(
                    "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)",
                )
                .bind(&name)
                .fetch_one(&mut admin)
                .await
                .expect("checks the template");
                if exists {
                    continue;
                }
                let building = format!("{name}_building");
                for sql in [
                    format!("DROP DATABASE IF EXISTS \"{building}\" WITH (FORCE)"),
                    format!("CREATE DATABASE \"{building}\""),
                ] {
                    sqlx::raw_sql(&sql)
                        .execute(&mut admin)
                        .await
                        .expect("creates the template");
                }
                let pool = PgPool::connect(&server.url(&building))
                    .await
                    .expect("connects to the template");
                MIGRATOR.run(&pool).await.expect("migrations apply");
                match fixture {
                    Fixture::Empty => {}
                    Fixture::Demo => {
                        seed::demo(&pool).await.expect("the demo data loads");
                    }
                    Fixture::RealSeries => {
                        seed::demo_with(&pool, seed::Examples::Leave)
                            .await
                            .expect("the real series loads");
                    }
                }
                pool.close().await;
                sqlx::raw_sql(&format!(
                    "ALTER DATABASE \"{building}\" RENAME TO \"{name}\""
                ))
                .execute(&mut admin)
                .await
                .expect("renames the template");
            }
            // Templates of older schemas are of no more use.
            let current = [
                template_name(Fixture::Empty),
                template_name(Fixture::Demo),
                template_name(Fixture::RealSeries),
            ];
            let old: Vec<String> = sqlx::query_scalar(
                "SELECT datname FROM pg_database WHERE datname LIKE 'mtpl\\_%' \
                 AND NOT datname = ANY($1)",
            )
            .bind(&current[..])
            .fetch_all(&mut admin)
            .await
            .expect("lists old templates");
            for name in old {
                let _ = sqlx::raw_sql(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
                    .execute(&mut admin)
                    .await;
            }
            sqlx::query("SELECT pg_advisory_unlock(727274)")
                .execute(&mut admin)
                .await
                .expect("releases the template lock");
        })
        .await;
}

/// A database of its own for one test; dropped (in the background) when the test ends.
pub struct TestDb {
    pub name: String,
    pub url: String,
}

impl TestDb {
    /// A database with nothing in it, not even the schema.
    pub async fn blank() -> Self {
        let server = server().await;
        let name = format!("mtest_{}", uuid::Uuid::new_v4().simple());
        let mut admin = server.admin().await;
        sqlx::raw_sql(&format!("CREATE DATABASE \"{name}\""))
            .execute(&mut admin)
            .await
            .expect("creates a database");
        Self {
            url: server.url(&name),
            name,
        }
    }

    pub async fn new(fixture: Fixture) -> Self {
        let server = server().await;
        ensure_templates(server).await;
        let name = format!("mtest_{}", uuid::Uuid::new_v4().simple());
        let mut admin = server.admin().await;
        sqlx::raw_sql(&format!(
            "CREATE DATABASE \"{name}\" TEMPLATE \"{}\" STRATEGY FILE_COPY",
            template_name(fixture)
        ))
        .execute(&mut admin)
        .await
        .expect("clones the template");
        Self {
            url: server.url(&name),
            name,
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some(server) = SERVER.get() {
            dropper()
                .lock()
                .map(|tx| {
                    let _ = tx.send((server.url("postgres"), self.name.clone()));
                })
                .ok();
        }
    }
}

/// A thread with its own runtime that drops finished test databases.
fn dropper() -> &'static Mutex<mpsc::Sender<(String, String)>> {
    static DROPPER: OnceLock<Mutex<mpsc::Sender<(String, String)>>> = OnceLock::new();
    DROPPER.get_or_init(|| {
        let (tx, rx) = mpsc::channel::<(String, String)>();
        std::thread::spawn(move || {
            let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            else {
                return;
            };
            for (admin_url, name) in rx {
                runtime.block_on(async {
                    if let Ok(mut admin) = PgConnection::connect(&admin_url).await {
                        let _ = sqlx::raw_sql(&format!(
                            "DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"
                        ))
                        .execute(&mut admin)
                        .await;
                    }
                });
            }
        });
        Mutex::new(tx)
    })
}

/// The configuration tests run with.
pub fn test_config() -> Config {
    let mut config = Config::from_lookup(|_| None).expect("the default configuration is valid");
    config.static_dir = manifest_dir().join("static");
    config.db_acquire_timeout = timeouts::DB_ACQUIRE;
    config
}

/// The app on a database of its own, with a clock the test moves by hand.
pub struct TestApp {
    pub db: TestDb,
    pub pool: PgPool,
    pub router: axum::Router,
    pub clock: Clock,
}

/// A response, read whole.
pub struct TestResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
    /// The body as sent (a download's bytes).
    pub bytes: Vec<u8>,
}

impl TestResponse {
    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    /// The body, asserting it contains each of `needles`.
    #[track_caller]
    pub fn assert_contains(&self, needles: &[&str]) {
        for needle in needles {
            assert!(
                self.body.contains(needle),
                "expected the page to contain {needle:?}; it was:\n{}",
                self.body
            );
        }
    }
}

impl TestApp {
    /// The app with the demo data.
    pub async fn demo() -> Self {
        Self::with(Fixture::Demo).await
    }

    /// The app with the real series only, without the demo layer.
    pub async fn real_series() -> Self {
        Self::with(Fixture::RealSeries).await
    }

    /// The app with the real series only and a configuration of the test's.
    pub async fn real_series_with(config: Config) -> Self {
        Self::with_config(Fixture::RealSeries, config).await
    }

    /// The app with the schema only.
    pub async fn empty() -> Self {
        Self::with(Fixture::Empty).await
    }

    async fn with(fixture: Fixture) -> Self {
        Self::with_config(fixture, test_config()).await
    }

    /// The app with the demo data and a configuration of the test's.
    pub async fn demo_with(config: Config) -> Self {
        Self::with_config(Fixture::Demo, config).await
    }

    async fn with_config(fixture: Fixture, config: Config) -> Self {
        let db = TestDb::new(fixture).await;
        let pool = db::pool(
            &db.url,
            PoolSettings {
                max_connections: timeouts::DB_CONNECTIONS,
                acquire_timeout: config.db_acquire_timeout,
                statement_timeout: config.db_statement_timeout,
            },
        )
        .expect("the test database URL parses");
        let clock = Clock::fixed(Utc::now());
        let router = musyawarah::app(AppState::with_clock(
            pool.clone(),
            config.clone(),
            clock.clone(),
        ));
        Self {
            db,
            pool,
            router,
            clock,
        }
    }

    pub async fn request(&self, request: Request<Body>) -> TestResponse {
        send(&self.router, request).await
    }

    pub async fn get(&self, path: &str) -> TestResponse {
        self.request(
            Request::builder()
                .uri(path)
                .body(Body::empty())
                .expect("a valid request"),
        )
        .await
    }

    pub async fn post(&self, path: &str, form: &str) -> TestResponse {
        self.request(
            Request::builder()
                .method(Method::POST)
                .uri(path)
                .header("content-type", "application/x-www-form-urlencoded")
                .body(Body::from(form.to_owned()))
                .expect("a valid request"),
        )
        .await
    }

    /// Serves the app on a loopback port, for the browser; returns its base URL.
    pub async fn serve(&self) -> String {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("binds a loopback port");
        let addr = listener.local_addr().expect("has an address");
        let router = self.router.clone();
        tokio::spawn(musyawarah::serve(listener, router, std::future::pending()));
        format!("http://{addr}")
    }
}

/// Sends `request` through `router` in-process and reads the whole response.
pub async fn send(router: &axum::Router, request: Request<Body>) -> TestResponse {
    let response = router
        .clone()
        .oneshot(request)
        .await
        .expect("the router answers");
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = axum::body::to_bytes(response.into_body(), 16 * 1024 * 1024)
        .await
        .expect("the body reads");
    TestResponse {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
        bytes: bytes.to_vec(),
    }
}

/// The value of the hidden field `name` in a page (a form's token or version).
pub fn hidden(body: &str, name: &str) -> String {
    body.split(&format!("name=\"{name}\" value=\""))
        .nth(1)
        .and_then(|r| r.split('"').next())
        .unwrap_or_else(|| panic!("no hidden {name} on the page"))
        .to_owned()
}
