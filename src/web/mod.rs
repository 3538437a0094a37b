//! What every page shares: the page context for templates, rendering, request extraction that
//! turns malformed input into a clear 4xx, formatting, and the security headers.

pub mod autosave;
pub mod client;
pub mod confirm;
pub mod date;
pub mod download;
pub mod extract;
pub mod form;
pub mod format;
pub mod headers;
pub mod i18n;
pub mod notice;
pub mod offered;
pub mod problem;
pub mod translation;
pub mod visible_to;
pub mod write;

use askama::Template;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::access::Viewer;

/// Beyond this many notes awaiting review, the navigation says `99+` (the count is read up to
/// one more: `notes::queries::REVIEW_COUNT`).
pub const REVIEW_COUNT_CAP: i64 = 99;

/// What the base layout needs on every page: who is looking and where they are.
#[derive(Debug, Clone, Default)]
pub struct PageContext {
    pub viewer: Viewer,
    /// The path of the page, to mark the current navigation item.
    pub path: String,
    /// Notes awaiting review (staff only).
    pub review_count: i64,
    /// How long the viewer's login lasts without a request, in seconds (0 when not signed in).
    pub login_idle_seconds: i64,
    /// What the last write did, said once on the page after it (see [`notice`]).
    pub notice: Option<notice::Notice>,
    /// The partner's notes returned to them (partners only), for the navigation.
    pub returned_count: i64,
    /// The language the page is written in.
    pub lang: i18n::Lang,
    /// The page's path and query, for the language switch to come back to.
    pub here: String,
    /// The login kept in memory that this request has yet to confirm, for the first read to
    /// confirm it (see [`crate::db::versioned::LoginToConfirm`]).
    pub login: Option<crate::db::versioned::LoginToConfirm>,
}

impl PageContext {
    /// The page's path and query, encoded for a `next=` parameter.
    pub fn here_encoded(&self) -> String {
        urlencode(&self.here)
    }

    /// An opaque value for the signed-in account (never its e-mail), under which its pages'
    /// scripts keep copies of what is typed in this browser, so that no one else who signs in
    /// here is shown them; "" for a visitor.
    pub fn draft_key(&self) -> String {
        use sha2::Digest as _;
        match self.viewer.user() {
            Some(user) => {
                let digest = sha2::Sha256::digest(format!("musyawarah drafts {}", user.id));
                digest.iter().take(12).map(|b| format!("{b:02x}")).collect()
            }
            None => String::new(),
        }
    }

    /// `aria-current` for a navigation link to `prefix`: "page" when we are under it.
    pub fn current(&self, prefix: &str) -> &'static str {
        let here = if prefix == "/" {
            self.path == "/"
        } else {
            self.path == prefix || self.path.starts_with(&format!("{prefix}/"))
        };
        if here { "page" } else { "false" }
    }
}

impl PageContext {
    /// The count of notes awaiting review as the navigation shows it: `99+` beyond 99.
    pub fn review_badge(&self) -> String {
        if self.review_count > REVIEW_COUNT_CAP {
            format!("{REVIEW_COUNT_CAP}+")
        } else {
            self.review_count.to_string()
        }
    }

    /// The context of a request, from what the login layer put in its extensions.
    pub fn of(extensions: &axum::http::Extensions, path: &str) -> Self {
        let returned_count = extensions.get::<ReturnedCount>().map_or(0, |c| c.0);
        Self {
            viewer: extensions.get::<Viewer>().cloned().unwrap_or_default(),
            path: path.to_owned(),
            review_count: extensions.get::<ReviewCount>().map_or(0, |c| c.0),
            login_idle_seconds: extensions
                .get::<LoginIdle>()
                .map_or(0, |idle| idle.0.num_seconds()),
            notice: extensions
                .get::<notice::Arrived>()
                .and_then(|n| n.shown(returned_count)),
            returned_count,
            lang: extensions
                .get::<i18n::Lang>()
                .copied()
                .unwrap_or_else(i18n::Lang::current),
            here: extensions
                .get::<i18n::Here>()
                .map_or_else(|| path.to_owned(), |h| h.0.clone()),
            login: extensions
                .get::<crate::db::versioned::LoginToConfirm>()
                .cloned(),
        }
    }
}

/// How many records await staff's review, for the navigation (set by the login layer).
#[derive(Debug, Clone, Copy)]
pub struct ReviewCount(pub i64);

/// How many of a partner's notes are returned to them, for the navigation (set by the login
/// layer).
#[derive(Debug, Clone, Copy)]
pub struct ReturnedCount(pub i64);

/// How long a signed-in user's login lasts without a request (`LOGIN_IDLE_MINUTES`), for the
/// warning that pages show before it ends (set by the login layer).
#[derive(Debug, Clone, Copy)]
pub struct LoginIdle(pub chrono::Duration);

impl<S: Send + Sync> FromRequestParts<S> for PageContext {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(Self::of(&parts.extensions, parts.uri.path()))
    }
}

/// The viewer alone, for handlers that need no page context.
impl<S: Send + Sync> FromRequestParts<S> for Viewer {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(parts
            .extensions
            .get::<Viewer>()
            .cloned()
            .unwrap_or_default())
    }
}

/// The signed-in user acting in a handler: `SignedIn(user): SignedIn`. The routes that take it
/// sit behind a guard that answers a visitor first (401 with the sign-in page); should one not,
/// a visitor is answered 404, as for anything they may not see.
#[derive(Debug, Clone)]
pub struct SignedIn(pub crate::access::User);

impl SignedIn {
    /// The acting user of a viewer, for helpers that are handed the page context.
    pub fn of(viewer: &Viewer) -> Result<Self, crate::AppError> {
        viewer
            .user()
            .cloned()
            .map(Self)
            .ok_or(crate::AppError::NotFound)
    }
}

impl<S: Send + Sync> FromRequestParts<S> for SignedIn {
    type Rejection = crate::AppError;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Self::of(
            parts
                .extensions
                .get::<Viewer>()
                .unwrap_or(&Viewer::Anonymous),
        )
    }
}

pub use notice::{Message, Notice, see_other_with};

/// A redirect after a form (303 See Other), so that reloading does not send it again.
pub fn see_other(to: &str) -> Response {
    (StatusCode::SEE_OTHER, axum::response::Redirect::to(to)).into_response()
}

/// An askama page as a response: rendered HTML, or the 500 page if rendering fails.
pub struct Html<T>(pub T);

impl<T: Template> IntoResponse for Html<T> {
    fn into_response(self) -> Response {
        render(&self.0, StatusCode::OK)
    }
}

/// Renders `page` with `status`.
pub fn render(page: &impl Template, status: StatusCode) -> Response {
    match page.render() {
        Ok(body) => (
            status,
            [(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            )],
            body,
        )
            .into_response(),
        Err(err) => {
            tracing::error!(error = %err, "template rendering failed");
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                [(
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("text/plain; charset=utf-8"),
                )],
                "Something went wrong while drawing this page. It has been logged.",
            )
                .into_response()
        }
    }
}

/// The error page (404, 400, 500, 503, ...) in the site's layout.
#[derive(Template)]
#[template(path = "errors/error.html")]
pub struct ErrorPage {
    pub ctx: PageContext,
    pub status: StatusCode,
    pub title: String,
    pub message: String,
}

impl ErrorPage {
    /// The page above the one that failed, as (address, "the findings tracker"), where the
    /// address says it: a record's own page from its forms, else its section's list. A record
    /// that was not found is not offered again, only its list.
    pub fn way_back(&self) -> Option<(String, String)> {
        way_back(&self.ctx.path, self.status == StatusCode::NOT_FOUND)
    }

    pub fn new(status: StatusCode, title: String, message: String) -> Self {
        Self {
            ctx: PageContext::default(),
            status,
            title,
            message,
        }
    }
}

/// See [`ErrorPage::way_back`].
fn way_back(path: &str, not_found: bool) -> Option<(String, String)> {
    let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    let record = |label: String| {
        (parts.len() > 2 && !not_found).then(|| (format!("/{}/{}", parts[0], parts[1]), label))
    };
    let list = |href: &str, label: String| Some((href.to_owned(), label));
    match parts.first().copied()? {
        "consultations" => record(t!("back-consultation"))
            .or_else(|| list("/consultations", t!("back-consultations"))),
        "organisations" => record(t!("back-organisation"))
            .or_else(|| list("/organisations", t!("back-organisations"))),
        "findings" => record(t!("back-finding")).or_else(|| list("/findings", t!("back-findings"))),
        "frameworks" => list("/frameworks", t!("back-commitments")),
        "notes" => record(t!("back-note")).or_else(|| list("/my/notes", t!("back-my-notes"))),
        "assessments" => list("/assessments", t!("back-assessments")),
        "people" => record(t!("back-person")).or_else(|| list("/people", t!("back-people"))),
        "admin" => list("/admin/users", t!("back-users")),
        "account" => list("/account", t!("back-account")),
        "help" => list("/help", t!("back-help")),
        _ => None,
    }
    .filter(|(href, _)| href != path)
}

/// Middleware: the request runs to its end in a task of its own, even when the client goes
/// away or the request's time runs out meanwhile. A partner whose connection drops while a note
/// is being saved keeps the note; and no request's database work is cut short halfway: sqlx 0.8
/// returns a connection cut short inside `begin()` to the pool still inside its transaction
/// (transact-rs/sqlx#4393), where the next requests' writes were never committed (the benchmark
/// lost a sixth of its notes after wrk stopped mid-request).
pub async fn run_to_completion(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    match tokio::spawn(next.run(request)).await {
        Ok(response) => response,
        // A panic goes on to the panic layer outside, as if it had happened here.
        Err(err) if err.is_panic() => std::panic::resume_unwind(err.into_panic()),
        Err(err) => {
            tracing::error!(error = %err, "a request's task ended without an answer");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

/// Middleware: an error answer of the handlers ([`crate::error::ErrorInfo`]) is drawn as the
/// error page in the site's layout, knowing who is signed in.
pub async fn draw_error_pages(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let ctx = PageContext::of(request.extensions(), request.uri().path());
    let response = next.run(request).await;
    let Some(info) = response
        .extensions()
        .get::<crate::error::ErrorInfo>()
        .cloned()
    else {
        return response;
    };
    let (parts, _) = response.into_parts();
    let mut page = if problem::is_api(&ctx.path) {
        problem::Problem::new(info.status, &info.title, info.message).into_response()
    } else {
        ErrorPage {
            ctx,
            status: info.status,
            title: info.title,
            message: info.message,
        }
        .into_response()
    };
    // What else the handler said (a Location, a cookie, Allow) still holds.
    let own: Vec<_> = page.headers().keys().cloned().collect();
    for (name, value) in &parts.headers {
        if !own.contains(name) && name != header::CONTENT_LENGTH {
            page.headers_mut().append(name.clone(), value.clone());
        }
    }
    page
}

impl IntoResponse for ErrorPage {
    fn into_response(self) -> Response {
        let status = self.status;
        let mut response = render(&self, status);
        if status == StatusCode::SERVICE_UNAVAILABLE {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("30"));
        }
        response
    }
}

/// A CSV file to download: `filename` must be a plain name (it is put in a header as is).
pub fn csv_download(filename: &'static str, body: Vec<u8>) -> Response {
    let disposition = format!("attachment; filename=\"{filename}\"");
    (
        [
            (
                axum::http::header::CONTENT_TYPE,
                axum::http::HeaderValue::from_static("text/csv; charset=utf-8"),
            ),
            (
                axum::http::header::CONTENT_DISPOSITION,
                axum::http::HeaderValue::from_str(&disposition)
                    .unwrap_or_else(|_| axum::http::HeaderValue::from_static("attachment")),
            ),
        ],
        body,
    )
        .into_response()
}

/// The full address of `path` on this site: the configured public origin, or else the
/// request's own host (with https when cookies are secure); `None` when neither is known.
pub fn full_link(
    config: &crate::config::Config,
    headers: &axum::http::HeaderMap,
    path: &str,
) -> Option<String> {
    if let Some(origin) = &config.public_origin {
        return Some(format!("{}{path}", origin.trim_end_matches('/')));
    }
    let host = headers.get(header::HOST)?.to_str().ok()?;
    let plain = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
    let scheme = if config.secure_cookies {
        "https"
    } else {
        "http"
    };
    plain.then(|| format!("{scheme}://{host}{path}"))
}

/// Percent-encodes a path for a query string.
pub fn urlencode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}
