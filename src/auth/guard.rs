//! Route guards, one per group of the route table: signed in, staff, admin. A visitor who is not
//! signed in is sent to sign in and brought back; a signed-in user without the role gets 404, as
//! if the page did not exist.

use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};

use super::policy::Viewer;
use crate::AppError;

fn viewer(request: &Request) -> Viewer {
    request
        .extensions()
        .get::<Viewer>()
        .cloned()
        .unwrap_or_default()
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

/// Who may call a route: the groups of the route table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Access {
    /// Anyone; the page shows what its viewer may see.
    Public,
    /// Any signed-in user.
    SignedIn,
    /// HRWG staff and administrators.
    Staff,
    /// Administrators.
    Admin,
}

impl Access {
    /// Whether `viewer` may call routes of this group.
    pub fn allows(self, viewer: &Viewer) -> bool {
        match self {
            Self::Public => true,
            Self::SignedIn => viewer.is_signed_in(),
            Self::Staff => viewer.is_staff(),
            Self::Admin => viewer.is_admin(),
        }
    }
}

/// Middleware guarding a group of routes: `from_fn_with_state(access, require)`.
pub async fn require(State(access): State<Access>, request: Request, next: Next) -> Response {
    let viewer = viewer(&request);
    if access.allows(&viewer) {
        next.run(request).await
    } else if !viewer.is_signed_in() {
        sign_in_redirect(&request)
    } else {
        AppError::NotFound.into_response()
    }
}
