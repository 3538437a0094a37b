//! Saves sent by a page's script (`X-Requested-With: autosave`), as opposed to a person pressing
//! a button: the handler answers a real success with 204 and the record's new version in
//! `X-Version`, so that the script can tell a save from anything else (a sign-in page, a
//! conflict, an error), which it must treat as "not saved".

use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

/// The header a page's script sends with its saves.
pub const REQUESTED_WITH: HeaderName = HeaderName::from_static("x-requested-with");
/// The header of a save's answer that holds the record's new version.
pub const VERSION: HeaderName = HeaderName::from_static("x-version");

/// Whether the request is a save sent by a page's script.
pub fn requested(headers: &HeaderMap) -> bool {
    headers
        .get(REQUESTED_WITH)
        .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"autosave"))
}

/// The answer to a script's save that went through: 204, with the new version.
pub fn saved(version: i64) -> Response {
    let mut response = StatusCode::NO_CONTENT.into_response();
    if let Ok(value) = HeaderValue::from_str(&version.to_string()) {
        response.headers_mut().insert(VERSION, value);
    }
    response
}
