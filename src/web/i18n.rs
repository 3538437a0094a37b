//! The language switch and the choice of each request's language (the languages themselves
//! are in [`crate::i18n`]). First that applies: the account's choice (for a signed-in user),
//! the visitor's choice kept in a cookie, the browser's `Accept-Language`, English.

use axum::extract::Request;
use axum::http::{HeaderMap, header};
use axum::middleware::Next;
use axum::response::Response;

use crate::access::Viewer;
pub use crate::i18n::Lang;

/// The cookie that keeps a visitor's choice of language.
pub const COOKIE: &str = "musyawarah-lang";

/// The language a request is answered in (see the module's header for the order).
pub fn choose_for(viewer: &Viewer, headers: &HeaderMap) -> Lang {
    let account = viewer
        .user()
        .and_then(|u| u.language.as_deref())
        .and_then(Lang::of);
    let cookie = || {
        headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(name, _)| *name == COOKIE)
            .and_then(|(_, value)| Lang::of(value))
    };
    let browser = || {
        headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .and_then(Lang::negotiate)
    };
    account
        .or_else(cookie)
        .or_else(browser)
        .unwrap_or(Lang::ENGLISH)
}

/// The path and query of the request, for the switch's links to come back to.
#[derive(Debug, Clone)]
pub struct Here(pub String);

/// Middleware: answers the request in its language (after the login layer, which knows the
/// account; before the error pages, which are written in it too).
pub async fn choose(request: Request, next: Next) -> Response {
    let viewer = request
        .extensions()
        .get::<Viewer>()
        .cloned()
        .unwrap_or_default();
    let lang = choose_for(&viewer, request.headers());
    let mut request = request;
    let here = request
        .uri()
        .path_and_query()
        .map_or("/", |p| p.as_str())
        .to_owned();
    request.extensions_mut().insert(lang);
    request.extensions_mut().insert(Here(here));
    let mut response = crate::i18n::scope(lang, next.run(request)).await;
    // Pages differ by these, for any cache on the way (said once: this layer is both inside and
    // outside the login layers).
    const VARY: &str = "Accept-Language, Cookie";
    if !response
        .headers()
        .get_all(header::VARY)
        .iter()
        .any(|v| v == VARY)
    {
        response
            .headers_mut()
            .append(header::VARY, header::HeaderValue::from_static(VARY));
    }
    if !response.headers().contains_key(header::CONTENT_LANGUAGE)
        && let Ok(value) = header::HeaderValue::from_str(lang.code())
    {
        response
            .headers_mut()
            .insert(header::CONTENT_LANGUAGE, value);
    }
    response
}

/// Where the switch returns to: a path of this site only (never another site's address).
fn back_to(next: &str) -> &str {
    let same_site = next.starts_with('/')
        && !next.starts_with("//")
        && !next.starts_with("/\\")
        && !next.contains(['\r', '\n']);
    if same_site { next } else { "/" }
}

/// What the switch's links carry: the page to return to.
#[derive(Debug, Default, serde::Deserialize)]
pub struct SwitchQuery {
    #[serde(default)]
    next: String,
}

/// `GET /language/{code}?next=/path`: the switch on every page, a plain link. The choice is
/// kept in the signed-in user's account and, for anyone, in a cookie for a year; then back to
/// the page it was made on. A code there is no catalogue for is a 404.
pub async fn switch(
    axum::extract::State(state): axum::extract::State<crate::state::AppState>,
    viewer: Viewer,
    login: Option<axum::Extension<crate::db::versioned::LoginToConfirm>>,
    super::extract::Path(code): super::extract::Path<String>,
    query: Option<super::extract::Query<SwitchQuery>>,
) -> Result<Response, crate::AppError> {
    let lang = Lang::of(&code).ok_or(crate::AppError::NotFound)?;
    if let Some(user) = viewer.user() {
        // A login kept in memory and not yet confirmed (an official's, see `auth::login`) writes
        // only while its version holds; else nothing is written, and the login layer makes this
        // request again once it has checked the login.
        let version: Option<i64> = sqlx::query_scalar(
            "WITH v AS (SELECT n FROM login_version)
             UPDATE app_user SET language = $2
              WHERE id = $1 AND ($3::int8 IS NULL OR $3 = (SELECT n FROM v))
             RETURNING (SELECT n FROM v)",
        )
        .bind(user.id)
        .bind(lang.code())
        .bind(login.as_ref().map(|l| l.checked_at()))
        .fetch_optional(&state.pool)
        .await?;
        match (&login, version) {
            (Some(login), Some(version)) => login.found(version),
            (Some(login), None) => login.left_undone(),
            (None, _) => {}
        }
    }
    let next = query.map(|q| q.0.next).unwrap_or_default();
    let mut response = super::see_other(back_to(&next));
    let secure = if state.config.secure_cookies {
        "; Secure"
    } else {
        ""
    };
    let cookie = format!(
        "{COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly{secure}",
        lang.code()
    );
    if let Ok(value) = header::HeaderValue::from_str(&cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_switch_returns_only_to_a_page_of_this_site() {
        assert_eq!(
            back_to("/consultations?kind=national"),
            "/consultations?kind=national"
        );
        for elsewhere in [
            "https://evil.example/",
            "//evil.example",
            "/\\evil.example",
            "",
            "x",
        ] {
            assert_eq!(back_to(elsewhere), "/", "{elsewhere}");
        }
    }
}
