//! Errors of the JSON API as `application/problem+json` (RFC 9457): a type, a title, the status
//! and a detail that says what to do. The API's answers never come as HTML: an error of the
//! handlers or of the router (404, 405) on an `/api/` path is drawn here instead of as a page.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

/// The media type of a problem.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// Whether `path` is one of the API's (whose errors are problems, not pages).
pub fn is_api(path: &str) -> bool {
    path.starts_with("/api/")
}

/// A problem, as the API answers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[schema(example = json!({
    "type": "about:blank",
    "title": "This request could not be understood",
    "status": 400,
    "detail": "The from date must look like 2019-12-18."
}))]
pub struct Problem {
    /// Always `about:blank`: the status and title say what kind of problem it is.
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    /// What went wrong with this request, and what to do.
    pub detail: String,
    /// Seconds to wait before trying again (with 429, as the `Retry-After` header says).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<u64>,
}

impl Problem {
    pub fn new(status: StatusCode, title: &str, detail: impl Into<String>) -> Self {
        Self {
            kind: "about:blank".to_owned(),
            title: title.to_owned(),
            status: status.as_u16(),
            detail: detail.into(),
            retry_after: None,
        }
    }

    /// 400, with what was wrong with the query.
    pub fn bad_request(detail: impl Into<String>) -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            "This request could not be understood",
            detail,
        )
    }

    /// 401: the token presented is not (or no longer) valid.
    pub fn unauthorized() -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            "The token is not valid",
            "This API token does not exist, was revoked, or its account is disabled. Send no \
             Authorization header to read public data, or make a new token on your account page.",
        )
    }

    /// 429: the token was used more than its limit in this minute.
    pub fn too_many(retry_after: u64) -> Self {
        Self {
            retry_after: Some(retry_after),
            ..Self::new(
                StatusCode::TOO_MANY_REQUESTS,
                "Too many requests",
                format!(
                    "This token has been used too often in the last minute; try again in {retry_after} seconds."
                ),
            )
        }
    }

    fn status_code(&self) -> StatusCode {
        StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }
}

impl From<crate::AppError> for Problem {
    /// The app's one mapping of errors to statuses and words (which logs internal causes once).
    fn from(err: crate::AppError) -> Self {
        let response = err.into_response();
        match response.extensions().get::<crate::error::ErrorInfo>() {
            Some(info) => Self::new(info.status, &info.title, info.message.clone()),
            None => Self::new(
                response.status(),
                "Something went wrong",
                "The request could not be answered.",
            ),
        }
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = self.status_code();
        let body = serde_json::to_vec(&self).unwrap_or_default();
        let mut response = (
            status,
            [(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON))],
            body,
        )
            .into_response();
        if let Some(seconds) = self.retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        if status == StatusCode::UNAUTHORIZED {
            response
                .headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        if status == StatusCode::SERVICE_UNAVAILABLE {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("30"));
        }
        response
    }
}
