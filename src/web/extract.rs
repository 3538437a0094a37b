//! Wrappers of axum's extractors whose rejections are the app's own: a path that does not
//! parse is a 404 page, a query string that does not parse a 400 page that says why, never a
//! bare plain-text rejection.

use axum::extract::{FromRequestParts, OptionalFromRequestParts};
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

use crate::AppError;

/// Why a value holding the character U+0000 is refused, in the reader's language: PostgreSQL
/// cannot store it in text.
pub fn nul_message() -> String {
    t!("bad-null-character")
}

/// Whether URL-encoded `raw` holds U+0000, written as `%00` or as itself.
pub fn has_nul(raw: &[u8]) -> bool {
    raw.contains(&0) || raw.windows(3).any(|w| w == b"%00")
}

/// Whether reading a request's body failed because the client stopped sending it (the
/// request-body timeout of the router fired), anywhere in `err`'s chain of causes.
pub fn body_timed_out(err: &(dyn std::error::Error + 'static)) -> bool {
    let mut cause = Some(err);
    while let Some(err) = cause {
        if err.is::<tower_http::timeout::TimeoutError>() {
            return true;
        }
        cause = err.source();
    }
    false
}

/// Path parameters; anything that does not parse means there is no such page.
pub struct Path<T>(pub T);

impl<S, T> FromRequestParts<S> for Path<T>
where
    T: DeserializeOwned + Send,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        if has_nul(parts.uri.path().as_bytes()) {
            return Err(AppError::NotFound);
        }
        <axum::extract::Path<T> as FromRequestParts<S>>::from_request_parts(parts, state)
            .await
            .map(|axum::extract::Path(value)| Self(value))
            .map_err(|_| AppError::NotFound)
    }
}

/// A query string; one that does not parse is a 400 with the reason.
pub struct Query<T>(pub T);

impl<S, T> FromRequestParts<S> for Query<T>
where
    T: DeserializeOwned + Send,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        if has_nul(parts.uri.query().unwrap_or_default().as_bytes()) {
            return Err(AppError::BadRequest(nul_message()));
        }
        <axum::extract::Query<T> as FromRequestParts<S>>::from_request_parts(parts, state)
            .await
            .map(|axum::extract::Query(value)| Self(value))
            .map_err(|rejection| AppError::BadRequest(rejection.body_text()))
    }
}

impl<S, T> OptionalFromRequestParts<S> for Query<T>
where
    T: DeserializeOwned + Send,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &S,
    ) -> Result<Option<Self>, Self::Rejection> {
        if parts.uri.query().is_none_or(str::is_empty) {
            return Ok(None);
        }
        <Self as FromRequestParts<S>>::from_request_parts(parts, state)
            .await
            .map(Some)
    }
}

/// The client's address, for throttling and the audit log: as found through the trusted
/// proxies (`auth::client`), else the connection's.
pub struct ClientAddress(pub Option<String>);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let resolved = parts
            .extensions
            .get::<crate::web::client::ClientIp>()
            .map(|ip| ip.0);
        let peer = || {
            parts
                .extensions
                .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
                .map(|info| info.0.ip().to_canonical())
        };
        Ok(Self(resolved.or_else(peer).map(|ip| ip.to_string())))
    }
}

/// The request's id (set by the request-id layer), for the audit log.
pub struct RequestId(pub String);

impl<S: Send + Sync> FromRequestParts<S> for RequestId {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(Self(
            parts
                .headers
                .get("x-request-id")
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_owned(),
        ))
    }
}

/// Which end of a period a date of a query string is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodEnd {
    From,
    To,
}

/// A date of a query string (`2019-12-18`), or none when the field was left empty; anything
/// else (another shape, a year before 1900 or after 2100) is a 400 that names the field, in the
/// reader's language. Read
/// by [`super::date::date`], the one date reader.
pub fn query_date(value: &str, end: PeriodEnd) -> Result<Option<chrono::NaiveDate>, AppError> {
    use super::date::{DateProblem, FIRST_YEAR, LAST_YEAR};
    super::date::date(value).map_err(|problem| {
        let to = end == PeriodEnd::To;
        AppError::BadRequest(match (problem, to) {
            (DateProblem::Shape, false) => t!("bad-date-shape-from"),
            (DateProblem::Shape, true) => t!("bad-date-shape-to"),
            (DateProblem::OutOfRange, false) => {
                t!("bad-date-range-from", first = FIRST_YEAR, last = LAST_YEAR)
            }
            (DateProblem::OutOfRange, true) => {
                t!("bad-date-range-to", first = FIRST_YEAR, last = LAST_YEAR)
            }
        })
    })
}

/// The `page` of a query string (from 1; 1 when left empty); anything else is a 400.
pub fn query_page(value: &str) -> Result<i64, AppError> {
    match value.trim() {
        "" => Ok(1),
        v => v
            .parse()
            .ok()
            .filter(|p| (1..=100_000).contains(p))
            .ok_or_else(|| AppError::BadRequest(t!("bad-page-number"))),
    }
}

/// A list's caption: `count` ("40000 notes") and, on one page of several, where this page's
/// `shown` entries start and end ("40000 notes: 51 to 100").
pub fn paged_caption(count: String, first: i64, shown: usize, paged: bool) -> String {
    if !paged {
        return count;
    }
    let last = first + i64::try_from(shown).unwrap_or(i64::MAX) - 1;
    format!("{count}: {}", t!("range", first = first, last = last))
}

/// The previous and next page links of page `page` of a list of `total` in pages of `per_page`:
/// `path` with the non-empty `filters` and the page number.
pub fn page_links(
    path: &str,
    filters: &[(&str, &str)],
    page: i64,
    per_page: i64,
    total: i64,
) -> (Option<String>, Option<String>) {
    let link = |p: i64| {
        let mut pairs: Vec<String> = filters
            .iter()
            .filter(|(_, v)| !v.trim().is_empty())
            .map(|(k, v)| format!("{k}={}", crate::web::urlencode(v.trim())))
            .collect();
        pairs.push(format!("page={p}"));
        format!("{path}?{}", pairs.join("&"))
    };
    (
        (page > 1).then(|| link(page - 1)),
        (page * per_page < total).then(|| link(page + 1)),
    )
}
