//! Route guards, one per group of the route table: signed in, staff, admin. A visitor who is not
//! signed in is sent to sign in and brought back; a signed-in user without the role gets 404, as
//! if the page did not exist.

use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};

use super::policy::Viewer;
use crate::AppError;

fn viewer(request: &Request) -> Viewer {
    request.extensions().get::<Viewer>().cloned().unwrap_or_default()
}

/// Where a visitor is sent to sign in, with the page to come back to.
pub fn sign_in_redirect(request: &Request) -> Response {
    let back = request
        .uri()
        .path_and_query()
        .map(|pq| pq.as_str())
        .unwrap_or("/");
    let target = format!("/sign-in?next={}", urlencode(back));
    (StatusCode::SEE_OTHER, Redirect::to(&target)).into_response()
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

async fn guard(request: Request, next: Next, allowed: fn(&Viewer) -> bool) -> Response {
    let viewer = viewer(&request);
    if allowed(&viewer) {
        next.run(request).await
    } else if !viewer.is_signed_in() {
        sign_in_redirect(&request)
    } else {
        AppError::NotFound.into_response()
    }
}

pub async fn require_signed_in(request: Request, next: Next) -> Response {
    guard(request, next, Viewer::is_signed_in).await
}

pub async fn require_staff(request: Request, next: Next) -> Response {
    guard(request, next, Viewer::is_staff).await
}

pub async fn require_admin(request: Request, next: Next) -> Response {
    guard(request, next, Viewer::is_admin).await
}
