//! Cross-site request forgery: tower-http's `CsrfLayer` refuses a state-changing request that
//! a browser says came from another site (`Sec-Fetch-Site`) or whose `Origin` names another
//! host; [`check_origin`] adds what it does not compare, the scheme: a form posted from
//! `http://` to a site served over `https://` is refused too. The origin expected is
//! `PUBLIC_ORIGIN` when set (behind a proxy, where the request's own host may be another),
//! else `https://` (with `SECURE_COOKIES`) or either scheme, and the request's host.

use axum::extract::{Request, State};
use axum::http::{Method, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::config::Config;
use crate::web::ErrorPage;

/// The page of a refused cross-site request, in the layout of every error page.
pub fn refusal_page() -> Response {
    ErrorPage::new(
        StatusCode::FORBIDDEN,
        t!("error-cross-site-title"),
        t!("error-cross-site"),
    )
    .into_response()
}

/// Whether a request with `origin` (the `Origin` header) may change anything.
pub fn origin_allowed(
    config: &Config,
    method: &Method,
    origin: Option<&str>,
    host: Option<&str>,
) -> bool {
    if matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS) {
        return true;
    }
    // No Origin: not a browser, or one too old to send it; the layer before has decided.
    let Some(origin) = origin.map(str::trim).filter(|o| !o.is_empty()) else {
        return true;
    };
    let origin = origin.to_ascii_lowercase();
    if let Some(public) = &config.public_origin {
        return origin == *public;
    }
    let Some(host) = host.map(str::to_ascii_lowercase) else {
        return false;
    };
    if config.secure_cookies {
        origin == format!("https://{host}")
    } else {
        origin == format!("https://{host}") || origin == format!("http://{host}")
    }
}

/// Middleware: refuses (403) a state-changing request whose `Origin` is not this site's,
/// scheme included.
pub async fn check_origin(
    State(config): State<std::sync::Arc<Config>>,
    request: Request,
    next: axum::middleware::Next,
) -> Response {
    let headers = request.headers();
    let host = request
        .uri()
        .authority()
        .map(|a| a.as_str())
        .or_else(|| headers.get(header::HOST).and_then(|v| v.to_str().ok()));
    let origin = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok());
    if origin_allowed(&config, request.method(), origin, host) {
        next.run(request).await
    } else {
        refusal_page()
    }
}
