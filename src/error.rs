//! `AppError`, the one error type of the handlers, and its single mapping to status codes and
//! error pages. Internal causes are logged once, with the request's span, and never shown.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::web::ErrorPage;

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
    /// The database cannot be reached; pages answer 503 until it is back.
    #[error("database unavailable: {0}")]
    Unavailable(#[source] sqlx::Error),
    /// Anything else: a bug or an unexpected state.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<sqlx::Error> for AppError {
    fn from(err: sqlx::Error) -> Self {
        if is_unavailable(&err) {
            Self::Unavailable(err)
        } else if matches!(err, sqlx::Error::RowNotFound) {
            Self::NotFound
        } else {
            Self::Internal(err.into())
        }
    }
}

/// Whether a database error means "the server is not there right now" rather than a bug.
pub fn is_unavailable(err: &sqlx::Error) -> bool {
    match err {
        sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_) => true,
        sqlx::Error::Database(db) => db.code().is_some_and(|code| {
            // 08: connection exception; 57P01-57P03: the server is shutting down or starting.
            code.starts_with("08") || matches!(code.as_ref(), "57P01" | "57P02" | "57P03")
        }),
        _ => false,
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, title, message) = match &self {
            Self::NotFound => (
                StatusCode::NOT_FOUND,
                "Page not found",
                "There is nothing at this address. It may have been moved, or the link may be \
                 mistyped."
                    .to_owned(),
            ),
            Self::NotFoundBecause(reason) => {
                (StatusCode::NOT_FOUND, "Page not found", reason.clone())
            }
            Self::BadRequest(reason) => (
                StatusCode::BAD_REQUEST,
                "This request could not be understood",
                reason.clone(),
            ),
            Self::Unavailable(err) => {
                tracing::warn!(error = %err, "database unavailable");
                (
                    StatusCode::SERVICE_UNAVAILABLE,
                    "Temporarily unavailable",
                    "The service cannot reach its database right now. Nothing you saved is \
                     lost; please try again in a minute."
                        .to_owned(),
                )
            }
            Self::Internal(err) => {
                tracing::error!(error = ?err, "internal error");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "Something went wrong",
                    "An unexpected error stopped this page. It has been logged; please try \
                     again, and tell the HRWG team if it keeps happening."
                        .to_owned(),
                )
            }
        };
        ErrorPage::new(status, title, message).into_response()
    }
}
