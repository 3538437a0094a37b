//! What operations rely on: security headers, request ids, static files with cache headers and
//! compression, health and readiness, and 503 pages while the database is away, with recovery.

use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use musyawarah::AppState;
use musyawarah::db::{self, PoolSettings};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Mutex;
use tokio::task::JoinSet;

use crate::harness::{TestApp, send, test_config};

#[tokio::test]
async fn every_response_carries_the_security_headers_and_a_request_id() {
    let app = TestApp::demo().await;
    for path in [
        "/",
        "/consultations/hanoi-2019-12-18",
        "/no-such-page",
        "/static/css/app.css",
    ] {
        let response = app.get(path).await;
        let csp = response.header("content-security-policy");
        assert!(csp.contains("default-src 'none'"), "{path}: {csp}");
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
        assert!(!csp.contains("unsafe-eval"), "{path}: {csp}");
        assert_eq!(
            response.header("x-content-type-options"),
            "nosniff",
            "{path}"
        );
        assert_eq!(response.header("referrer-policy"), "same-origin", "{path}");
        assert_eq!(response.header("x-frame-options"), "DENY", "{path}");
        assert_eq!(
            uuid::Uuid::parse_str(response.header("x-request-id")).map(|_| ()),
            Ok(()),
            "{path}: a request id"
        );
    }
}

#[tokio::test]
async fn pages_have_no_inline_script_or_style() {
    let app = TestApp::demo().await;
    for path in [
        "/",
        "/consultations/hanoi-2019-12-18",
        "/organisations",
        "/states/VN",
    ] {
        let page = app.get(path).await;
        assert!(!page.body.contains("<script"), "{path} has a script");
        assert!(!page.body.contains("<style"), "{path} has a style element");
        assert!(
            !page.body.contains(" style=\""),
            "{path} has a style attribute"
        );
    }
}

#[tokio::test]
async fn static_files_are_cached_revalidated_and_compressed() {
    let app = TestApp::empty().await;
    let css = app.get("/static/css/app.css").await;
    assert_eq!(css.status, StatusCode::OK);
    assert!(css.header("content-type").starts_with("text/css"));
    assert_eq!(css.header("cache-control"), "public, max-age=3600");
    let etag = css.header("etag").to_owned();
    assert!(!etag.is_empty(), "an ETag to revalidate with");

    let revalidated = app
        .request(
            Request::builder()
                .uri("/static/css/app.css")
                .header("if-none-match", &etag)
                .body(Body::empty())
                .expect("a request"),
        )
        .await;
    assert_eq!(revalidated.status, StatusCode::NOT_MODIFIED);

    let gzipped = app
        .request(
            Request::builder()
                .uri("/")
                .header("accept-encoding", "gzip")
                .body(Body::empty())
                .expect("a request"),
        )
        .await;
    assert_eq!(gzipped.header("content-encoding"), "gzip");

    assert_eq!(
        app.get("/static/../Cargo.toml").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn health_says_the_process_is_up_and_readiness_that_the_database_answers() {
    let app = TestApp::empty().await;
    let health = app.get("/healthz").await;
    assert_eq!(
        (health.status, health.body.as_str()),
        (StatusCode::OK, "ok")
    );
    let ready = app.get("/readyz").await;
    assert_eq!(
        (ready.status, ready.body.as_str()),
        (StatusCode::OK, "ready")
    );
}

#[tokio::test]
async fn a_post_to_a_read_only_page_is_refused_with_a_page() {
    let app = TestApp::demo().await;
    let response = app.post("/frameworks/asean-consensus-2017", "a=b").await;
    assert_eq!(response.status, StatusCode::METHOD_NOT_ALLOWED);
    response.assert_contains(&["Not allowed here"]);
}

/// A TCP proxy in front of PostgreSQL that a test can cut and restore, to play the database
/// going away and coming back.
struct Proxy {
    port: u16,
    upstream: String,
    tasks: Arc<Mutex<JoinSet<()>>>,
}

impl Proxy {
    async fn start(upstream: String) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("binds");
        let port = listener.local_addr().expect("an address").port();
        let proxy = Self {
            port,
            upstream,
            tasks: Arc::new(Mutex::new(JoinSet::new())),
        };
        proxy.accept(listener).await;
        proxy
    }

    async fn accept(&self, listener: TcpListener) {
        let upstream = self.upstream.clone();
        let tasks = self.tasks.clone();
        self.tasks.lock().await.spawn(async move {
            loop {
                let Ok((mut client, _)) = listener.accept().await else {
                    return;
                };
                let upstream = upstream.clone();
                tasks.lock().await.spawn(async move {
                    if let Ok(mut server) = TcpStream::connect(&upstream).await {
                        let _ = tokio::io::copy_bidirectional(&mut client, &mut server).await;
                    }
                });
            }
        });
    }

    /// Closes the listener and every connection through it.
    async fn cut(&self) {
        self.tasks.lock().await.abort_all();
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    /// Listens again on the same port.
    async fn restore(&self) {
        let listener = TcpListener::bind(("127.0.0.1", self.port))
            .await
            .expect("the port is free again");
        self.accept(listener).await;
    }
}

#[tokio::test]
async fn while_the_database_is_away_pages_answer_503_and_recover_by_themselves() {
    let app = TestApp::demo().await;
    let url = url::Url::parse(&app.db.url).expect("the test URL parses");
    let upstream = format!(
        "{}:{}",
        url.host_str().expect("a host"),
        url.port().expect("a port")
    );
    let proxy = Proxy::start(upstream).await;
    let mut through_proxy = url.clone();
    through_proxy.set_port(Some(proxy.port)).expect("a port");
    let config = test_config();
    let pool = db::pool(
        through_proxy.as_str(),
        PoolSettings {
            max_connections: 3,
            acquire_timeout: Duration::from_millis(800),
            statement_timeout: None,
        },
    )
    .expect("the URL parses");
    let router = musyawarah::app(AppState::new(pool, config));
    let get = |path: &'static str| {
        let router = router.clone();
        async move {
            send(
                &router,
                Request::builder()
                    .uri(path)
                    .body(Body::empty())
                    .expect("a request"),
            )
            .await
        }
    };

    assert_eq!(
        get("/consultations/hanoi-2019-12-18").await.status,
        StatusCode::OK
    );

    proxy.cut().await;
    let down = get("/consultations/hanoi-2019-12-18").await;
    assert_eq!(down.status, StatusCode::SERVICE_UNAVAILABLE);
    down.assert_contains(&["Temporarily unavailable", "Nothing you saved is lost"]);
    assert_eq!(down.header("retry-after"), "30");
    assert_eq!(get("/readyz").await.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(get("/healthz").await.status, StatusCode::OK);

    proxy.restore().await;
    let mut recovered = false;
    for _ in 0..50 {
        if get("/consultations/hanoi-2019-12-18").await.status == StatusCode::OK {
            recovered = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(recovered, "the app recovers once the database is back");
    assert_eq!(get("/readyz").await.status, StatusCode::OK);
}

/// The pool that serves requests opens all of its connections at start, unasked, and readies
/// each before handing it out: it has prepared the search and the dashboard's figures (with and
/// without filters). Readying a connection that fails (a database without the schema) still
/// leaves it open and answering.
#[tokio::test]
async fn the_serving_pool_opens_every_connection_at_start_and_readies_each() {
    use crate::harness::timeouts::until;
    use crate::harness::{Fixture, TestDb};
    let settings = PoolSettings {
        max_connections: 3,
        acquire_timeout: Duration::from_secs(30),
        statement_timeout: None,
    };
    let demo = TestDb::new(Fixture::Demo).await;
    let pool = db::serving_pool(&demo.url, settings, musyawarah::app::warm).expect("a pool");
    until(
        "the three connections to open and come back idle",
        || async { (pool.size() == 3 && pool.num_idle() == 3).then_some(()) },
    )
    .await;
    let mut held = Vec::new();
    for _ in 0..3 {
        let mut conn = pool.acquire().await.expect("a connection");
        let prepared: Vec<String> =
            sqlx::query_scalar("SELECT statement FROM pg_prepared_statements")
                .fetch_all(&mut *conn)
                .await
                .expect("the prepared statements");
        for (what, mark) in [
            ("the search", "search_words"),
            ("the figures", "figure_count"),
            ("the figures with filters", "figure_slice_count"),
        ] {
            assert!(
                prepared.iter().any(|s| s.contains(mark)),
                "a connection handed out has prepared {what}: {prepared:#?}"
            );
        }
        // Held, so that the next is another connection.
        held.push(conn);
    }
    drop(held);
    pool.close().await;

    let blank = TestDb::blank().await;
    let pool = db::serving_pool(&blank.url, settings, musyawarah::app::warm).expect("a pool");
    until(
        "the connections to a database without the schema to open",
        || async { (pool.size() == 3).then_some(()) },
    )
    .await;
    let one: i32 = sqlx::query_scalar("SELECT 1")
        .fetch_one(&pool)
        .await
        .expect("a readied connection answers even where readying failed");
    assert_eq!(one, 1);
    pool.close().await;
}
