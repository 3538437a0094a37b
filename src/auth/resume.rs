//! A form sent after its login ended is kept, not lost: the route guard answers it (401) with
//! the sign-in page, which carries the request (its path and URL-encoded fields) through
//! signing in and, when needed, the second factor; once signed in, the user gets a page with
//! what they sent, whose form posts the same fields to the same path, so that every check of
//! the handler (who may write, the version read) applies again. A file upload cannot be
//! carried: the page says to sign in and choose the file again.

use askama::Template;
use axum::extract::Request;
use axum::http::{StatusCode, header};
use axum::response::Response;
use serde::{Deserialize, Serialize};

use super::guard::safe_next;
use super::views::SignInPage;
use crate::web::form::FieldErrors;
use crate::web::{PageContext, render};

/// The most a carried form may hold (the largest note is well under it).
const MAX_BODY: usize = 2 * 1024 * 1024;

/// A form request to send again after signing in.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Resume {
    /// A path of this site (see [`safe_next`]).
    pub path: String,
    /// The form's fields, URL-encoded, as the browser sent them.
    pub body: String,
}

impl Resume {
    /// The request carried by the sign-in form's hidden fields, if they hold a valid one.
    pub fn from_fields(path: &str, body: &str) -> Option<Self> {
        let path = path.trim();
        if path.is_empty() || safe_next(path) != path {
            return None;
        }
        serde_urlencoded::from_str::<Vec<(String, String)>>(body).ok()?;
        Some(Self {
            path: path.to_owned(),
            body: body.to_owned(),
        })
    }

    /// The fields, in the order sent.
    pub fn fields(&self) -> Vec<(String, String)> {
        serde_urlencoded::from_str(&self.body).unwrap_or_default()
    }

    /// The fields a person typed or chose, to show them: not the form's own bookkeeping
    /// (version, one-time token, which button), and not empty ones.
    pub fn shown(&self) -> Vec<(String, String)> {
        self.fields()
            .into_iter()
            .filter(|(name, value)| {
                !value.trim().is_empty()
                    && !matches!(name.as_str(), "version" | "token" | "action" | "next")
                    && !name.ends_with("_section")
            })
            .map(|(name, value)| (label(&name), value))
            .collect()
    }
}

/// A field's name as a person reads it: `s3_body` -> "Statement 4", `summary` -> "Summary".
fn label(name: &str) -> String {
    if let Some(rest) = name.strip_prefix('s')
        && let Some((n, what)) = rest.split_once('_')
        && let Ok(n) = n.parse::<u32>()
    {
        let what = match what {
            "body" => "",
            "na" => " (not attributed)",
            "sector" => ", speaker's sector",
            other => return format!("Statement {}, {}", n + 1, other.replace('_', " ")),
        };
        return format!("Statement {}{what}", n + 1);
    }
    let spaced = name.replace('_', " ");
    let mut chars = spaced.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The answer to a form sent without a login (or after it ended): the sign-in page (401),
/// carrying the form. GET requests are redirected to sign in instead, by the guard.
pub async fn sign_in_to_resume(request: Request) -> Response {
    let path = request
        .uri()
        .path_and_query()
        .map(|pq| pq.as_str().to_owned())
        .unwrap_or_else(|| "/".to_owned());
    let content_type = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let back = request
        .headers()
        .get(header::REFERER)
        .and_then(|v| v.to_str().ok())
        .and_then(referer_path)
        .map(|p| safe_next(&p))
        .unwrap_or_else(|| "/".to_owned());
    let page = |notice: &str, resume: Option<Resume>, next: String| SignInPage {
        ctx: PageContext {
            path: "/sign-in".to_owned(),
            ..PageContext::default()
        },
        email: String::new(),
        next,
        errors: FieldErrors::default(),
        notice: notice.to_owned(),
        resume: resume.unwrap_or_default(),
    };
    if content_type.starts_with("multipart/") {
        let page = page(
            "Your sign-in had ended before the file was sent, and a file cannot be kept \
             meanwhile. Sign in again, then choose the file again.",
            None,
            back,
        );
        return render(&page, StatusCode::UNAUTHORIZED);
    }
    let body = axum::body::to_bytes(request.into_body(), MAX_BODY).await;
    let resume = body
        .ok()
        .and_then(|bytes| String::from_utf8(bytes.to_vec()).ok())
        .and_then(|body| Resume::from_fields(&path, &body));
    let Some(resume) = resume else {
        let page = page(
            "Your sign-in had ended before this was sent, and what was sent could not be \
             kept. Sign in again, then go back to the page and send it again.",
            None,
            back,
        );
        return render(&page, StatusCode::UNAUTHORIZED);
    };
    let page = page(
        "Your sign-in ended before what you sent was saved. Nothing you sent is lost: sign in \
         again, and you can send it again.",
        Some(resume),
        back,
    );
    render(&page, StatusCode::UNAUTHORIZED)
}

/// The path (and query) of a `Referer` of this site, `http://host/path?q` -> `/path?q`.
fn referer_path(referer: &str) -> Option<String> {
    let after_scheme = referer.split_once("://")?.1;
    let slash = after_scheme.find('/')?;
    Some(after_scheme[slash..].to_owned())
}

/// After signing in: what was sent, and a button to send it again.
#[derive(Template)]
#[template(path = "auth/resume.html")]
pub struct ResumePage {
    pub ctx: PageContext,
    pub resume: Resume,
}

impl ResumePage {
    /// The page, for `resume`, to `ctx`'s (now signed-in) viewer.
    pub fn response(ctx: PageContext, resume: Resume) -> Response {
        render(&Self { ctx, resume }, StatusCode::OK)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_path_of_this_site_and_a_valid_form_are_carried() {
        assert!(Resume::from_fields("/notes/1", "summary=a%20b&version=3").is_some());
        assert!(Resume::from_fields("//evil.test/x", "a=b").is_none());
        assert!(Resume::from_fields("", "a=b").is_none());
        let resume = Resume::from_fields(
            "/notes/1",
            "summary=Hello%0Aworld&version=3&s0_body=x&s0_section=a",
        )
        .expect("valid");
        assert_eq!(
            resume.shown(),
            [
                ("Summary".to_owned(), "Hello\nworld".to_owned()),
                ("Statement 1".to_owned(), "x".to_owned())
            ]
        );
    }
}
