//! `AppError`, the one error type of the handlers, and its single mapping to status codes and
//! error pages. Internal causes are logged once, with the request's span, and never shown.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// Everything a handler can fail with.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The record does not exist, or the viewer may not know that it exists.
    #[error("not found")]
    NotFound,
    /// Not found, with a message that says why and what to do (an expired link, say).
    #[error("not found: {0}")]
    NotFoundBecause(String),
    /// The request itself is malformed (a query string that does not parse, say).
    #[error("bad request: {0}")]
    BadRequest(String),
    /// The input names something that does not exist or does not fit (a reference to a record
    /// that is not there, a value too long or out of range), caught where no form knew it: a
    /// 422 page that says so.
    #[error("unprocessable: {0}")]
    Unprocessable(String),
    /// The client stopped sending the request's body before it ended.
    #[error("the request body was not received in time")]
    RequestTimeout,
    /// The database cannot be reached; pages answer 503 until it is back.
    #[error("database unavailable: {0}")]
    Unavailable(#[source] sqlx::Error),
    /// Anything else: a bug or an unexpected state.
    #[error(transparent)]
    Internal(anyhow::Error),
}

impl From<anyhow::Error> for AppError {
    /// A database error carried by `anyhow` is mapped as if it came straight from sqlx.
    fn from(err: anyhow::Error) -> Self {
        match err.downcast::<sqlx::Error>() {
            Ok(db) => db.into(),
            Err(err) => Self::Internal(err),
        }
    }
}

impl From<sqlx::Error> for AppError {
    fn from(err: sqlx::Error) -> Self {
        if is_unavailable(&err) {
            Self::Unavailable(err)
        } else if matches!(err, sqlx::Error::RowNotFound) {
            Self::NotFound
        } else if let Some(message) = refused_input(&err) {
            tracing::info!(error = %err, "input refused by the database");
            Self::Unprocessable(message)
        } else {
            Self::Internal(err.into())
        }
    }
}

/// What to tell the user when the database refused a value they sent (a check the forms did
/// not make), or `None` when the error is not about the input.
///
/// - 23503, a foreign-key violation: the form named a record that does not exist (or no
///   longer does);
/// - class 22, a data exception: a value too long (22001), out of range (22003, 22008), or of
///   the wrong shape for its column (22P02, 22007);
/// - 54000, a value too large for an index entry.
pub fn refused_input(err: &sqlx::Error) -> Option<String> {
    let code = err.as_database_error()?.code()?;
    Some(match code.as_ref() {
        "23503" => t!("error-refers-to-nothing"),
        "22001" | "54000" => t!("error-too-long"),
        "22003" | "22008" => t!("error-out-of-range"),
        c if c.starts_with("22") => t!("error-wrong-kind"),
        _ => return None,
    })
}

/// Whether a database error means "the server is not there right now" rather than a bug.
pub fn is_unavailable(err: &sqlx::Error) -> bool {
    match err {
        sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_) => true,
        sqlx::Error::Database(db) => db.code().is_some_and(|code| {
            // 08: connection exception; 57P01-57P03: the server is shutting down or starting;
            // 57014: the statement ran past its time (the server is too busy to answer now).
            code.starts_with("08") || matches!(code.as_ref(), "57P01" | "57P02" | "57P03" | "57014")
        }),
        _ => false,
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, title, message) = match &self {
            Self::NotFound => (
                StatusCode::NOT_FOUND,
                t!("error-not-found-title"),
                t!("error-not-found"),
            ),
            Self::NotFoundBecause(reason) => (
                StatusCode::NOT_FOUND,
                t!("error-not-found-title"),
                reason.clone(),
            ),
            Self::BadRequest(reason) => (
                StatusCode::BAD_REQUEST,
                t!("error-bad-request-title"),
                reason.clone(),
            ),
            Self::Unprocessable(reason) => (
                StatusCode::UNPROCESSABLE_ENTITY,
                t!("error-unprocessable-title"),
                reason.clone(),
            ),
            Self::RequestTimeout => (
                StatusCode::REQUEST_TIMEOUT,
                t!("error-request-timeout-title"),
                t!("error-request-timeout"),
            ),
            Self::Unavailable(err) => {
                tracing::warn!(error = %err, "database unavailable");
                (
                    StatusCode::SERVICE_UNAVAILABLE,
                    t!("error-unavailable-title"),
                    t!("error-unavailable"),
                )
            }
            Self::Internal(err) => {
                tracing::error!(error = ?err, "internal error");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    t!("error-internal-title"),
                    t!("error-internal"),
                )
            }
        };
        ErrorInfo {
            status,
            title,
            message,
        }
        .into_response()
    }
}

/// What an error answer says: carried on the response (as an extension, with the words as plain
/// text for a client that reads no HTML), for the web layer to draw in the site's layout with
/// the page context of the request. The core knows no page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorInfo {
    pub status: StatusCode,
    pub title: String,
    pub message: String,
}

impl IntoResponse for ErrorInfo {
    fn into_response(self) -> Response {
        let body = format!("{}\n\n{}\n", self.title, self.message);
        let mut response = (
            self.status,
            [(
                axum::http::header::CONTENT_TYPE,
                axum::http::HeaderValue::from_static("text/plain; charset=utf-8"),
            )],
            body,
        )
            .into_response();
        response.extensions_mut().insert(self);
        response
    }
}
