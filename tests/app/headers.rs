//! The headers every answer carries: the security headers (on error and refusal pages too),
//! HSTS over HTTPS, and `Cache-Control: no-store` on every answer to a signed-in request.

use axum::http::{Method, StatusCode};
use musyawarah::routes;

use crate::accounts_harness::Who;
use crate::harness::{TestApp, TestResponse, test_config};

/// Asserts the security headers of every page are on `response`.
#[track_caller]
fn assert_security_headers(response: &TestResponse, what: &str) {
    for (name, expected) in [
        (
            "content-security-policy",
            musyawarah::web::headers::CONTENT_SECURITY_POLICY,
        ),
        ("x-content-type-options", "nosniff"),
        ("x-frame-options", "DENY"),
        ("referrer-policy", "same-origin"),
    ] {
        assert_eq!(response.header(name), expected, "{name} on {what}");
    }
}

/// Every route of the table, its parameters filled with values that name nothing (so most
/// answer 404 or 422: the point is that every answer, whatever it is, carries the header).
fn every_route() -> Vec<(Method, String)> {
    routes::table()
        .into_iter()
        .map(|route| {
            let path = route
                .path
                .split('/')
                .map(|part| {
                    if part.starts_with('{') {
                        "00000000-0000-0000-0000-000000000000"
                    } else {
                        part
                    }
                })
                .collect::<Vec<_>>()
                .join("/");
            (
                Method::from_bytes(route.method.as_bytes()).expect("a method"),
                path,
            )
        })
        .collect()
}

#[tokio::test]
async fn every_answer_to_a_signed_in_request_is_no_store_and_carries_the_security_headers() {
    let app = TestApp::demo().await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let (mut partner, _) = app.signed_in(Who::PartnerA).await;
    let mut pages = every_route();
    pages.extend(
        [
            "/",
            "/dashboard",
            "/account",
            "/consultations/hanoi-2019-12-18",
            "/no/such/page",
        ]
        .map(|p| (Method::GET, p.to_owned())),
    );
    for (method, path) in &pages {
        if path == "/sign-out" {
            continue;
        }
        for client in [&mut staff, &mut partner] {
            let form = (*method == Method::POST).then_some("");
            let response = client.send(method.clone(), path, form).await;
            let what = format!("{method} {path} ({})", response.status);
            assert_eq!(response.header("cache-control"), "no-store", "{what}");
            assert_security_headers(&response, &what);
        }
    }
    // A login that has ended still sends its cookie: what answers it is personal too.
    app.clock.advance(chrono::Duration::hours(13));
    let ended = partner.get("/account").await;
    assert_eq!(ended.header("cache-control"), "no-store");
    // The sign-in itself (it sets the cookie).
    let account = app.account(Who::PartnerB).await.expect("an account");
    let mut fresh = app.client();
    let signed = fresh.sign_in(&account).await;
    assert_eq!(signed.header("cache-control"), "no-store");
    // The stylesheet is the same for everyone: it may be kept, signed in or not.
    let css = partner.get("/static/css/app.css").await;
    assert_eq!(css.status, StatusCode::OK);
    assert_ne!(css.header("cache-control"), "no-store");
    // A visitor's public page may be kept by caches.
    let public = app.get("/consultations/hanoi-2019-12-18").await;
    assert_eq!(public.status, StatusCode::OK);
    assert_ne!(public.header("cache-control"), "no-store");
}

#[tokio::test]
async fn over_https_every_answer_sends_hsts_and_over_http_none_does() {
    let mut config = test_config();
    config.secure_cookies = true;
    let https = TestApp::demo_with(config).await;
    for path in ["/", "/sign-in", "/no/such/page", "/static/css/app.css"] {
        let response = https.get(path).await;
        assert_eq!(
            response.header("strict-transport-security"),
            "max-age=63072000; includeSubDomains",
            "{path}"
        );
    }
    let http = TestApp::demo().await;
    assert_eq!(http.get("/").await.header("strict-transport-security"), "");
}

#[tokio::test]
async fn the_cross_site_refusal_has_the_error_layout_and_every_security_header() {
    let app = TestApp::demo().await;
    let (mut partner, _) = app.signed_in(Who::PartnerA).await;
    let forged = partner
        .send_with(
            Method::POST,
            "/account/password",
            Some("current=x&new=y&confirm=y"),
            &[
                ("sec-fetch-site", "cross-site"),
                ("origin", "https://evil.example"),
            ],
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    forged.assert_contains(&["This form came from another site", "<main"]);
    let ordinary = app.get("/no/such/page").await;
    let layout = |body: &str| body.split("<main").next().unwrap_or_default().to_owned();
    assert_eq!(
        layout(&forged.body).replace("This form came from another site", ""),
        layout(&ordinary.body).replace("Page not found", ""),
        "the same layout as every error page"
    );
    assert_security_headers(&forged, "the refusal");
    assert_eq!(forged.header("cache-control"), "no-store");
}

#[tokio::test]
async fn a_form_posted_from_another_scheme_or_origin_is_refused_with_the_scheme_compared() {
    let form = "current=x&new=y&confirm=y";
    // Over HTTPS: a form from the http:// page of the same host is another origin.
    let mut config = test_config();
    config.secure_cookies = true;
    let https = TestApp::demo_with(config).await;
    let (mut partner, _) = https.signed_in(Who::PartnerA).await;
    let post = |origin: &'static str| {
        [
            ("host", "musyawarah.example"),
            ("origin", origin),
            ("sec-fetch-site", "same-origin"),
        ]
    };
    let downgraded = partner
        .send_with(
            Method::POST,
            "/account/password",
            Some(form),
            &post("http://musyawarah.example"),
        )
        .await;
    assert_eq!(downgraded.status, StatusCode::FORBIDDEN);
    downgraded.assert_contains(&["This form came from another site"]);
    let own = partner
        .send_with(
            Method::POST,
            "/account/password",
            Some(form),
            &post("https://musyawarah.example"),
        )
        .await;
    assert_eq!(
        own.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "checked as usual"
    );

    // Behind a proxy: the public origin, whatever the request's own host.
    let mut config = test_config();
    config.secure_cookies = true;
    config.public_origin = Some("https://musyawarah.example".to_owned());
    let proxied = TestApp::demo_with(config).await;
    let (mut partner, _) = proxied.signed_in(Who::PartnerA).await;
    for (origin, host, sec_fetch, expected) in [
        (
            "https://musyawarah.example",
            "127.0.0.1:8080",
            None,
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "https://musyawarah.example",
            "127.0.0.1:8080",
            Some("same-origin"),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "http://musyawarah.example",
            "musyawarah.example",
            Some("same-origin"),
            StatusCode::FORBIDDEN,
        ),
        (
            "https://127.0.0.1:8080",
            "127.0.0.1:8080",
            None,
            StatusCode::FORBIDDEN,
        ),
    ] {
        let mut headers = vec![("origin", origin), ("host", host)];
        if let Some(site) = sec_fetch {
            headers.push(("sec-fetch-site", site));
        }
        let response = partner
            .send_with(Method::POST, "/account/password", Some(form), &headers)
            .await;
        assert_eq!(response.status, expected, "{origin} to {host}");
    }
}
