//! The interface's languages. Every word of the interface comes from a Fluent catalogue,
//! `i18n/<code>/musyawarah.ftl`, embedded in the binary; English is the fallback for any
//! message a catalogue lacks, so a language can be added as a file, even partly translated,
//! with no change to the code. Templates and code ask for messages with `fl!`, which checks
//! message ids and their arguments against the English catalogue when the crate is built.
//!
//! Which language a request gets, first that applies: the account's choice (for a signed-in
//! user), the visitor's choice kept in a cookie, the browser's `Accept-Language` (with the
//! legacy codes `in` and `tl` read as `id` and `fil`), English. The language of the request is
//! kept for the request's task, so that dates, counts and messages written anywhere in
//! answering it follow it.

use std::sync::LazyLock;

use axum::extract::Request;
use axum::http::{HeaderMap, header};
use axum::middleware::Next;
use axum::response::Response;
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use i18n_embed::LanguageLoader as _;
use i18n_embed::fluent::{FluentLanguageLoader, fluent_language_loader};
use i18n_embed::unic_langid::LanguageIdentifier;
use rust_embed::RustEmbed;

use crate::access::Viewer;

/// The catalogues, one folder per language.
#[derive(RustEmbed)]
#[folder = "i18n/"]
struct Catalogues;

/// The cookie that keeps a visitor's choice of language.
pub const COOKIE: &str = "musyawarah-lang";

/// One language of the interface.
pub struct Language {
    /// Its code, as in the catalogue's folder and the page's `lang`: "en", "id", "vi".
    pub code: String,
    /// Its name in itself, for the switch: "Tiếng Việt".
    pub name: String,
    id: LanguageIdentifier,
    loader: FluentLanguageLoader,
}

/// The languages there are catalogues for: English, Bahasa Indonesia and Vietnamese first,
/// then any other in the order of their codes.
static LANGUAGES: LazyLock<Vec<Language>> = LazyLock::new(|| {
    let mut codes: Vec<String> = Catalogues::iter()
        .filter_map(|path| path.split_once('/').map(|(dir, _)| dir.to_owned()))
        .collect();
    codes.sort_by_key(|code| {
        let first = ["en", "id", "vi"].iter().position(|c| c == code);
        (first.unwrap_or(usize::MAX), code.clone())
    });
    codes.dedup();
    codes
        .into_iter()
        .filter_map(|code| {
            let id: LanguageIdentifier = code.parse().ok()?;
            let loader: FluentLanguageLoader = fluent_language_loader!();
            // Without this, arguments would be wrapped in invisible isolation marks.
            loader.set_use_isolating(false);
            if let Err(err) = loader.load_languages(&Catalogues, std::slice::from_ref(&id)) {
                tracing::error!(language = %code, error = %err, "a catalogue does not load");
                return None;
            }
            let name = loader.get("language-name");
            Some(Language {
                code,
                name,
                id,
                loader,
            })
        })
        .collect()
});

/// A language of the interface, as a request carries it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lang(usize);

/// The language of the request being answered, so that a page context made without the
/// request's extensions is written in it too.
impl Default for Lang {
    fn default() -> Self {
        Self::current()
    }
}

impl Lang {
    /// English, the fallback.
    pub const ENGLISH: Self = Self(0);

    /// Every language there is a catalogue for, in the switch's order.
    pub fn all() -> impl Iterator<Item = Self> {
        (0..LANGUAGES.len()).map(Self)
    }

    /// The language of `code` ("vi", "vi-VN" and "VI" alike), if there is a catalogue for it.
    pub fn of(code: &str) -> Option<Self> {
        let wanted: LanguageIdentifier = legacy(code.trim()).parse().ok()?;
        LANGUAGES
            .iter()
            .position(|l| l.id.language == wanted.language)
            .map(Self)
    }

    fn language(self) -> &'static Language {
        &LANGUAGES[self.0.min(LANGUAGES.len().saturating_sub(1))]
    }

    /// "en", "id", "vi": the page's `lang`.
    pub fn code(self) -> &'static str {
        &self.language().code
    }

    /// The language's name in itself, for the switch.
    pub fn name(self) -> &'static str {
        &self.language().name
    }

    /// The messages of this language (English where it has none of its own), for `fl!`.
    pub fn loader(self) -> &'static FluentLanguageLoader {
        &self.language().loader
    }

    /// The language of the request being answered (English outside one).
    pub fn current() -> Self {
        CURRENT.try_with(|l| *l).unwrap_or(Self::ENGLISH)
    }

    /// The language the browser asks for in `Accept-Language`, of those there are; none when
    /// it asks for none of them.
    pub fn negotiate(accept_language: &str) -> Option<Self> {
        // Tags by weight, the browser's order among equals; "*" and q=0 ask for nothing.
        let mut weighted: Vec<(f32, usize, String)> = accept_language
            .split(',')
            .enumerate()
            .filter_map(|(i, part)| {
                let mut pieces = part.trim().split(';');
                let tag = pieces.next()?.trim();
                let weight = pieces
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
                (weight > 0.0 && !tag.is_empty() && tag != "*").then(|| (weight, i, legacy(tag)))
            })
            .collect();
        weighted.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let requested: Vec<LanguageIdentifier> = weighted
            .into_iter()
            .filter_map(|(_, _, tag)| tag.parse().ok())
            .collect();
        let available: Vec<LanguageIdentifier> = LANGUAGES.iter().map(|l| l.id.clone()).collect();
        let chosen = negotiate_languages(&requested, &available, None, NegotiationStrategy::Lookup);
        chosen
            .first()
            .and_then(|id| LANGUAGES.iter().position(|l| &l.id == *id))
            .map(Self)
    }
}

/// The current code of a language that browsers may still send under an older one.
fn legacy(tag: &str) -> String {
    let (language, rest) = match tag.split_once(['-', '_']) {
        Some((language, rest)) => (language, Some(rest)),
        None => (tag, None),
    };
    let language = match language.to_ascii_lowercase().as_str() {
        "in" => "id".to_owned(),
        "tl" => "fil".to_owned(),
        other => other.to_owned(),
    };
    match rest {
        Some(rest) => format!("{language}-{}", rest.replace('_', "-")),
        None => language,
    }
}

tokio::task_local! {
    static CURRENT: Lang;
}

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
    let mut response = CURRENT.scope(lang, next.run(request)).await;
    // Pages differ by these, for any cache on the way.
    response.headers_mut().append(
        header::VARY,
        header::HeaderValue::from_static("Accept-Language, Cookie"),
    );
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
    super::extract::Path(code): super::extract::Path<String>,
    query: Option<super::extract::Query<SwitchQuery>>,
) -> Result<Response, crate::AppError> {
    let lang = Lang::of(&code).ok_or(crate::AppError::NotFound)?;
    if let Some(user) = viewer.user() {
        sqlx::query("UPDATE app_user SET language = $2 WHERE id = $1")
            .bind(user.id)
            .bind(lang.code())
            .execute(&state.pool)
            .await?;
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
    fn the_browser_s_languages_choose_among_those_there_are() {
        let vi = Lang::of("vi").expect("Vietnamese");
        let id = Lang::of("id").expect("Indonesian");
        assert_eq!(Lang::negotiate("vi-VN,vi;q=0.9"), Some(vi));
        assert_eq!(Lang::negotiate("en-GB,en;q=0.9"), Some(Lang::ENGLISH));
        assert_eq!(
            Lang::negotiate("in-ID"),
            Some(id),
            "the legacy code of Indonesian"
        );
        assert_eq!(Lang::negotiate("th-TH"), None, "no Thai catalogue yet");
        assert_eq!(Lang::negotiate("th-TH,vi;q=0.5"), Some(vi));
        assert_eq!(
            Lang::negotiate("vi;q=0,id"),
            Some(id),
            "q=0 means not this one"
        );
        assert_eq!(Lang::negotiate(""), None);
        assert_eq!(Lang::negotiate(";;;,=q,*"), None);
    }

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

    #[test]
    fn english_indonesian_and_vietnamese_come_first_and_name_themselves() {
        let codes: Vec<&str> = Lang::all().map(Lang::code).collect();
        assert_eq!(&codes[..3], ["en", "id", "vi"]);
        assert_eq!(Lang::of("vi").map(Lang::name), Some("Tiếng Việt"));
        assert_eq!(Lang::of("id").map(Lang::name), Some("Bahasa Indonesia"));
        assert_eq!(Lang::of("EN").map(Lang::name), Some("English"));
        assert_eq!(Lang::of("fil"), None);
        assert_eq!(legacy("tl-PH"), "fil-PH");
    }
}
