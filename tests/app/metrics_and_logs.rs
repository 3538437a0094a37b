//! What the people who run the app see: `/metrics` (by route, never by raw path; loopback or
//! a token only) and the JSON logs of a whole journey, which name requests, routes, statuses,
//! latencies and user ids, and nothing personal.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use axum::http::{Method, StatusCode};

use crate::accounts_harness::{Who, urlencode};
use crate::harness::{TestApp, hidden, test_config};

fn loopback() -> std::net::SocketAddr {
    "127.0.0.1:40000".parse().expect("an address")
}

#[tokio::test]
async fn metrics_count_requests_by_route_for_loopback_and_for_the_token_only() {
    let mut config = test_config();
    config.metrics_token = Some("scrape-token-for-tests".to_owned());
    let app = TestApp::demo_with(config).await;
    let mut visitor = app.client();
    visitor.get("/consultations/hanoi-2019-12-18").await;
    // The second reading of the page, with no change in between, comes from memory.
    visitor.get("/consultations/hanoi-2019-12-18").await;
    visitor.get("/no-such-page/that-a-scanner-tries").await;
    let refused = visitor
        .post("/sign-in", "email=nobody%40example.org&password=wrong")
        .await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);

    // From elsewhere, without the token: no such page.
    assert_eq!(visitor.get("/metrics").await.status, StatusCode::NOT_FOUND);
    let mut local = app.client();
    local.address = Some(loopback());
    // Through a proxy on the same host: not local either.
    let proxied = local
        .send_with(
            Method::GET,
            "/metrics",
            None,
            &[("x-forwarded-for", "198.51.100.4")],
        )
        .await;
    assert_eq!(proxied.status, StatusCode::NOT_FOUND);

    let metrics = local.get("/metrics").await;
    assert_eq!(metrics.status, StatusCode::OK);
    assert!(
        metrics
            .header("content-type")
            .starts_with("application/openmetrics-text")
    );
    for needle in [
        r#"musyawarah_http_requests_total{method="GET",route="/consultations/{slug}",status="2xx"} 2"#,
        r#"musyawarah_http_requests_total{method="GET",route="unmatched",status="4xx"} 1"#,
        r#"musyawarah_http_requests_total{method="POST",route="/sign-in",status="4xx"} 1"#,
        r#"musyawarah_http_request_duration_seconds_bucket{le="0.005",route="/consultations/{slug}"}"#,
        "musyawarah_sign_in_failures_total 1",
        "musyawarah_db_pool_connections_in_use ",
        "musyawarah_db_pool_connections_max ",
        r#"musyawarah_cache_hits_total{cache="consultation_pages"} 1"#,
        r#"musyawarah_cache_misses_total{cache="consultation_pages"} 1"#,
        // The one request in flight is this one.
        "musyawarah_http_requests_in_flight 1",
    ] {
        assert!(
            metrics.body.contains(needle),
            "{needle} in:\n{}",
            metrics.body
        );
    }
    // A scanner's paths never become series.
    assert!(!metrics.body.contains("that-a-scanner-tries"));

    let mut elsewhere = app.client();
    let with_token = elsewhere
        .send_with(
            Method::GET,
            "/metrics",
            None,
            &[("authorization", "Bearer scrape-token-for-tests")],
        )
        .await;
    assert_eq!(with_token.status, StatusCode::OK);
    let wrong = elsewhere
        .send_with(
            Method::GET,
            "/metrics",
            None,
            &[("authorization", "Bearer guessed")],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert_eq!(wrong.header("www-authenticate"), "Bearer");
}

#[tokio::test]
async fn the_json_logs_of_a_partner_s_journey_name_requests_and_users_by_id_and_nothing_personal() {
    let app = TestApp::demo().await;
    let partner = app.account(Who::PartnerA).await.expect("a partner");
    let mut child = Command::new(env!("CARGO_BIN_EXE_musyawarah"))
        .env("DATABASE_URL", &app.db.url)
        .env("MUSYAWARAH_SEED_DEMO", "false")
        .env("BIND_ADDR", "127.0.0.1:0")
        .env("LOG_FORMAT", "json")
        .env("RUST_LOG", "info")
        .arg("serve")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let stderr = child.stderr.take().expect("stderr is piped");
    let (tx, rx) = std::sync::mpsc::channel::<String>();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let mut lines = Vec::new();
    let deadline = Instant::now() + crate::harness::timeouts::EVENT;
    let base = loop {
        let line = rx
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            .unwrap_or_else(|_| panic!("the app did not become ready: {lines:#?}"));
        lines.push(line.clone());
        if let Some(at) = line.find("ready on http://") {
            let rest = &line[at + "ready on ".len()..];
            break rest
                .split(['"', ' '])
                .next()
                .expect("an address")
                .to_owned();
        }
    };

    // The journey: the home page, signing in, writing a note, reading it back.
    let http = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("a client");
    let origin = base.trim_end_matches('/').to_owned();
    let post = |path: &str, body: String| {
        http.post(format!("{origin}{path}"))
            .header("origin", &origin)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
    };
    http.get(format!("{origin}/")).send().await.expect("home");
    let signed_in = post(
        "/sign-in",
        format!(
            "email={}&password={}",
            urlencode(&partner.email),
            urlencode(&partner.password)
        ),
    )
    .await
    .expect("signs in");
    assert_eq!(signed_in.status(), StatusCode::SEE_OTHER);
    let cookie = signed_in
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .map(|v| v.split(';').next().unwrap_or_default().to_owned())
        .find(|pair| pair.contains('=') && !pair.ends_with('='))
        .unwrap_or_default();
    let cookie_value = cookie
        .split_once('=')
        .map(|(_, v)| v.to_owned())
        .unwrap_or_default();
    let session: uuid::Uuid = sqlx::query_scalar(
        "SELECT se.id FROM session se JOIN consultation c ON c.id = se.consultation_id
          WHERE c.slug = 'hanoi-2019-12-18' ORDER BY se.position LIMIT 1",
    )
    .fetch_one(&app.pool)
    .await
    .expect("a session");
    let form = http
        .get(format!("{origin}/sessions/{session}/notes/new"))
        .send()
        .await
        .expect("the note form")
        .text()
        .await
        .expect("its body");
    const BODY: &str = "Recruitment agencies in Nghệ An kept passports (a private detail)";
    let saved = post(
        &format!("/sessions/{session}/notes"),
        format!(
            "token={}&summary={}&proposed_visibility=members&action=save",
            hidden(&form, "token"),
            urlencode(BODY)
        ),
    )
    .await
    .expect("saves the note");
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let note = saved
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    http.get(format!("{origin}{note}"))
        .send()
        .await
        .expect("reads the note");

    // The last request's line is written when its answer is sent; wait for it.
    let wanted = |lines: &[String]| {
        lines
            .iter()
            .filter(|l| l.contains(r#""route":"/notes/{id}""#) && l.contains(r#""status":"#))
            .count()
    };
    let deadline = Instant::now() + crate::harness::timeouts::EVENT;
    while wanted(&lines) == 0 && Instant::now() < deadline {
        if let Ok(line) = rx.recv_timeout(Duration::from_millis(200)) {
            lines.push(line);
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    while let Ok(line) = rx.try_recv() {
        lines.push(line);
    }

    let mut answered = 0;
    let mut with_user = 0;
    for line in &lines {
        let value: serde_json::Value = serde_json::from_str(line)
            .unwrap_or_else(|err| panic!("not one JSON object a line ({err}): {line}"));
        if value.get("status").is_some() {
            answered += 1;
            // The event's own fields, or its request's (the span's).
            let field = |name: &str| value.get(name).or_else(|| value["span"].get(name)).cloned();
            for name in ["request_id", "route", "method", "latency_ms"] {
                assert!(field(name).is_some(), "no {name} in {line}");
            }
            if field("user_id") == Some(serde_json::json!(partner.id.to_string())) {
                with_user += 1;
            }
        }
        for secret in [
            partner.email.as_str(),
            partner.password.as_str(),
            BODY,
            "Nghệ An",
            cookie_value.as_str(),
        ] {
            assert!(
                secret.is_empty() || !line.contains(secret),
                "{secret:?} in the log: {line}"
            );
        }
    }
    assert!(answered >= 5, "{answered} answered requests in {lines:#?}");
    assert!(
        with_user >= 3,
        "the partner's requests name them by id: {lines:#?}"
    );
    assert!(wanted(&lines) > 0, "the note page's line: {lines:#?}");
}
