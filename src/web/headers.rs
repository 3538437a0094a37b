//! Security headers on every response: a strict Content-Security-Policy (no inline script or
//! style, no framing), no MIME sniffing, a same-origin referrer, no powerful browser features;
//! HSTS when served over HTTPS; and `Cache-Control: no-store` on every response to a request
//! with a login, so that personal data never stays in a shared cache.

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;
use tower_http::set_header::SetResponseHeaderLayer;

/// The policy: everything from this origin only, nothing inline, never in a frame.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; \
     style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
     form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// HSTS, sent when served over HTTPS (`SECURE_COOKIES`): two years, subdomains too.
pub const STRICT_TRANSPORT_SECURITY: &str = "max-age=63072000; includeSubDomains";

/// Adds the security headers to every response of `router` that does not set its own; HSTS
/// too when `https`.
pub fn apply<S: Clone + Send + Sync + 'static>(router: Router<S>, https: bool) -> Router<S> {
    let router = if https {
        router.layer(SetResponseHeaderLayer::overriding(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static(STRICT_TRANSPORT_SECURITY),
        ))
    } else {
        router
    };
    let headers: [(HeaderName, &'static str); 6] = [
        (header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "same-origin"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (
            HeaderName::from_static("permissions-policy"),
            "camera=(), microphone=(), geolocation=(), interest-cohort=()",
        ),
        (
            HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        ),
    ];
    headers.into_iter().fold(router, |router, (name, value)| {
        router.layer(SetResponseHeaderLayer::if_not_present(
            name,
            HeaderValue::from_static(value),
        ))
    })
}

/// Middleware: `Cache-Control: no-store` on every response to a request that carries the login
/// cookie `State`, signed in or not any more, and on every response that sets a cookie.
pub async fn no_store_with_a_login(
    State(cookie): State<&'static str>,
    request: Request,
    next: Next,
) -> Response {
    let with_login = request
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .any(|pair| {
            pair.trim()
                .split_once('=')
                .is_some_and(|(name, _)| name == cookie)
        });
    // The stylesheet and scripts are the same for everyone and hold nothing personal: they may
    // be kept, or every signed-in page would fetch them again.
    let static_file = request.uri().path().starts_with("/static/");
    let mut response = next.run(request).await;
    let kept_asset = static_file
        && (response.status().is_success() || response.status() == StatusCode::NOT_MODIFIED);
    if (with_login && !kept_asset) || response.headers().contains_key(header::SET_COOKIE) {
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}
