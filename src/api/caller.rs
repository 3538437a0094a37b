//! Who calls the API, and how an answer goes back: the caller is the login's viewer, or the
//! owner of the personal token in `Authorization: Bearer` (which only the API reads); an answer
//! is JSON with a weak ETag (a hash of the body, so that `If-None-Match` gets 304), `Cache-Control`
//! (public and short for anonymous callers, never kept for a token or a login) and, for a list
//! with more, a `Link: <...>; rel="next"`.

use axum::extract::{FromRef, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use sha2::{Digest as _, Sha256};

use crate::access::Viewer;
use crate::auth::api_tokens::{self, Presented};
use crate::state::AppState;
use crate::web::problem::Problem;

/// How long an anonymous answer may be kept by a browser or a shared cache, in seconds.
pub const PUBLIC_MAX_AGE: u32 = 60;

/// The caller of an API route.
#[derive(Debug, Clone)]
pub struct Caller {
    /// Whose visible levels and scope apply.
    pub viewer: Viewer,
    /// Whether the caller came with a token (its answers are private).
    pub by_token: bool,
    /// The site's origin, for absolute links ("" when it is not known).
    pub origin: String,
    path: String,
    query: String,
    if_none_match: Option<String>,
}

impl<S> FromRequestParts<S> for Caller
where
    AppState: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = Problem;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let core = AppState::from_ref(state);
        let origin = crate::web::full_link(&core.config, &parts.headers, "").unwrap_or_default();
        let (viewer, by_token) = match parts.headers.get(header::AUTHORIZATION) {
            None => (
                parts
                    .extensions
                    .get::<Viewer>()
                    .cloned()
                    .unwrap_or_default(),
                false,
            ),
            Some(value) => {
                let token = value
                    .to_str()
                    .ok()
                    .and_then(|v| {
                        let (scheme, token) = v.trim().split_once(' ')?;
                        scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
                    })
                    .ok_or_else(Problem::unauthorized)?;
                let presented = api_tokens::present(
                    &core.pool,
                    token,
                    core.clock.now(),
                    core.config.api_rate_per_minute,
                )
                .await
                .map_err(|err| Problem::from(crate::AppError::from(err)))?;
                match presented {
                    Presented::Valid(user) => (Viewer::User(user), true),
                    Presented::Throttled(seconds) => return Err(Problem::too_many(seconds)),
                    Presented::Refused => return Err(Problem::unauthorized()),
                }
            }
        };
        Ok(Self {
            viewer,
            by_token,
            origin,
            path: parts.uri.path().to_owned(),
            query: parts.uri.query().unwrap_or_default().to_owned(),
            if_none_match: parts
                .headers
                .get(header::IF_NONE_MATCH)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned),
        })
    }
}

impl Caller {
    /// The absolute address of `path` on this site.
    pub fn link(&self, path: &str) -> String {
        format!("{}{path}", self.origin)
    }

    /// The address of this request again, with `cursor` in place of its own.
    pub fn with_cursor(&self, cursor: &str) -> String {
        let mut pairs: Vec<(String, String)> =
            serde_urlencoded::from_str(&self.query).unwrap_or_default();
        pairs.retain(|(name, _)| name != "cursor");
        pairs.push(("cursor".to_owned(), cursor.to_owned()));
        let query = serde_urlencoded::to_string(&pairs).unwrap_or_default();
        self.link(&format!("{}?{query}", self.path))
    }

    /// `body` as the answer: JSON with its ETag (304 when the caller has it already), the
    /// caching that fits the caller, and the next page's `Link`.
    pub fn reply<T: Serialize>(&self, body: &T, next_url: Option<&str>) -> Response {
        let bytes = match serde_json::to_vec(body) {
            Ok(bytes) => bytes,
            Err(err) => {
                return Problem::from(crate::AppError::Internal(err.into())).into_response();
            }
        };
        let digest = Sha256::digest(&bytes);
        // Weak: the same answer may be sent compressed or not.
        let etag = format!(
            "W/\"{}\"",
            digest
                .iter()
                .take(16)
                .map(|b| format!("{b:02x}"))
                .collect::<String>()
        );
        let mut headers = HeaderMap::new();
        if let Ok(value) = HeaderValue::from_str(&etag) {
            headers.insert(header::ETAG, value);
        }
        headers.insert(header::CACHE_CONTROL, self.cache_control());
        headers.insert(
            header::VARY,
            HeaderValue::from_static("Authorization, Cookie"),
        );
        if let Some(next) = next_url
            && let Ok(value) = HeaderValue::from_str(&format!("<{next}>; rel=\"next\""))
        {
            headers.insert(header::LINK, value);
        }
        if self
            .if_none_match
            .as_deref()
            .is_some_and(|given| matches(given, &etag))
        {
            return (StatusCode::NOT_MODIFIED, headers).into_response();
        }
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
        (StatusCode::OK, headers, bytes).into_response()
    }

    fn cache_control(&self) -> HeaderValue {
        if self.by_token || self.viewer.is_signed_in() {
            HeaderValue::from_static("private, no-store")
        } else {
            HeaderValue::from_str(&format!("public, max-age={PUBLIC_MAX_AGE}"))
                .unwrap_or(HeaderValue::from_static("no-cache"))
        }
    }
}

/// Whether an `If-None-Match` value names `etag` (or is `*`), by the weak comparison that
/// `If-None-Match` uses (a tag's `W/` aside).
fn matches(given: &str, etag: &str) -> bool {
    let value = |tag: &str| tag.strip_prefix("W/").unwrap_or(tag).to_owned();
    given
        .split(',')
        .map(str::trim)
        .any(|tag| tag == "*" || value(tag) == value(etag))
}

#[cfg(test)]
mod tests {
    use super::matches;

    #[test]
    fn if_none_match_names_the_tag_among_others_weak_or_not() {
        let etag = "W/\"abc\"";
        assert!(matches("\"abc\"", etag));
        assert!(matches("W/\"abc\"", etag));
        assert!(matches("\"x\", W/\"abc\"", etag));
        assert!(matches("*", etag));
        assert!(!matches("\"abcd\"", etag));
        assert!(!matches("", etag));
    }
}
