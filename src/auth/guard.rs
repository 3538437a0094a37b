//! Route guards, one per group of the route table: signed in, staff, admin. A visitor who is not
//! signed in is sent to sign in and brought back (a GET), or, for a form sent after the login
//! ended, answered with the sign-in page that carries the form on (`auth::resume`); a signed-in
//! user without the role gets 404, as if the page did not exist.

use axum::extract::{Request, State};
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};

use crate::AppError;
use crate::access::Viewer;
use crate::web::urlencode;

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

/// Where to go after signing in: `next` if it is a path of this site, else `/`. The one check
/// for every place that reads a `next` (the sign-in form, the second factor, the page of
/// recovery codes): only a relative reference that starts with one `/` (not `//` or `/\`),
/// of visible ASCII characters, with no backslash and no control character, even once
/// percent-decoded (browsers drop tabs and line breaks from addresses, so `/\t/evil.test` would
/// lead to `//evil.test`).
pub fn safe_next(next: &str) -> String {
    fn acceptable(path: &str) -> bool {
        path.starts_with('/')
            && !path.starts_with("//")
            && !path.starts_with("/\\")
            && !path.chars().any(|c| c == '\\' || c.is_control())
    }
    let next = next.trim_matches(' ');
    let mut decoded = next.to_owned();
    let mut ok = next.bytes().all(|b| b.is_ascii_graphic())
        && acceptable(next)
        && next.parse::<axum::http::uri::PathAndQuery>().is_ok();
    // Decoded again while it changes (a value encoded twice is decoded twice by some proxies).
    for _ in 0..4 {
        if !ok {
            break;
        }
        let again = percent_decode(&decoded);
        if again == decoded {
            break;
        }
        ok = acceptable(&again);
        decoded = again;
    }
    if ok { next.to_owned() } else { "/".to_owned() }
}

/// `%XX` sequences turned back into bytes (invalid UTF-8 becomes U+FFFD).
fn percent_decode(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%'
            && let (Some(hi), Some(lo)) = (
                bytes.get(i + 1).copied().and_then(hex),
                bytes.get(i + 2).copied().and_then(hex),
            )
        {
            out.push(u8::try_from(hi * 16 + lo).unwrap_or(b'?'));
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
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
        if matches!(*request.method(), Method::GET | Method::HEAD) {
            sign_in_redirect(&request)
        } else {
            super::resume::sign_in_to_resume(request).await
        }
    } else {
        AppError::NotFound.into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn only_paths_of_this_site_are_followed_after_sign_in() {
        for good in [
            "/",
            "/notes/3?x=1&y=%20z",
            "/consultations/hanoi-2019#agenda",
            "/a%2Fb",
        ] {
            assert_eq!(safe_next(good), good, "{good:?} is kept");
        }
        for hostile in [
            "",
            "evil.test",
            "https://evil.test",
            "//evil.test",
            "/\\evil.test",
            "\\\\evil.test",
            "/\t/evil.test",
            "/\n/x",
            "/\r\n/x",
            "/%09/evil.test",
            "/%0a/x",
            "/%0D%0A/x",
            "/%2F/evil.test",
            "/%5C/evil.test",
            "/%5c%5cevil.test",
            "/%252F/evil.test",
            "/%2509/evil.test",
            "/a\\b",
            "/x\u{0}y",
            "/x%00y",
            "/\u{85}/x",
            "/é",
            " //evil.test",
            "/ /x",
            "javascript:alert(1)",
            "/\u{7f}",
            "/%7F",
        ] {
            assert_eq!(safe_next(hostile), "/", "{hostile:?} is refused");
        }
    }
}
