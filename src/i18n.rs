//! The interface's languages. Every word of the interface comes from a Fluent catalogue,
//! `i18n/<code>/musyawarah.ftl`, embedded in the binary; English is the fallback for any
//! message a catalogue lacks, so a language can be added as a file, even partly translated,
//! with no change to the code. Templates and code ask for messages with `t!` (or `fl!` with a
//! language's loader), which checks message ids and their arguments against the English
//! catalogue when the crate is built.
//!
//! The language of a request (chosen by `web::i18n`) is kept for the request's task, so that
//! dates, counts and messages written anywhere in answering it follow it. Part of the core:
//! errors and the shared enums are written in it too.

use std::sync::LazyLock;

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use i18n_embed::LanguageLoader as _;
use i18n_embed::fluent::{FluentLanguageLoader, fluent_language_loader};
use i18n_embed::unic_langid::LanguageIdentifier;
use rust_embed::RustEmbed;

/// The catalogues, one folder per language.
#[derive(RustEmbed)]
#[folder = "i18n/"]
struct Catalogues;

/// One language of the interface.
pub struct Language {
    /// Its code, as in the catalogue's folder and the page's `lang`: "en", "id", "vi".
    pub code: String,
    /// Its name in itself, for the switch: "Tiếng Việt".
    pub name: String,
    id: LanguageIdentifier,
    loader: FluentLanguageLoader,
    /// The ids its own catalogue holds.
    own: std::collections::HashSet<String>,
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
            if let Err(err) = loader.load_languages(&Catalogues, std::slice::from_ref(&id)) {
                tracing::error!(language = %code, error = %err, "a catalogue does not load");
                return None;
            }
            // Without this (after loading, which makes the bundles), arguments would be wrapped
            // in invisible isolation marks.
            loader.set_use_isolating(false);
            let name = loader.get("language-name");
            let own = Catalogues::get(&format!("{code}/musyawarah.ftl"))
                .map(|file| message_ids(&String::from_utf8_lossy(&file.data)))
                .unwrap_or_default();
            Some(Language {
                code,
                name,
                id,
                loader,
                own,
            })
        })
        .collect()
});

/// The ids of the messages a catalogue defines: each line that starts with one.
pub fn message_ids(catalogue: &str) -> std::collections::HashSet<String> {
    catalogue
        .lines()
        .filter(|line| line.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|line| line.split_once('=').map(|(id, _)| id.trim().to_owned()))
        .collect()
}

/// A language of the interface, as a request carries it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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

/// Runs `work` (the answer to a request) in `lang`: whatever it writes, it writes in it.
pub async fn scope<F: std::future::Future>(lang: Lang, work: F) -> F::Output {
    CURRENT.scope(lang, work).await
}

/// The words of catalogue message `id` in the current language (English where it has none),
/// or `None` when no catalogue has it: for words whose id is made at run time (an enum's
/// value), which a test checks against every catalogue.
pub fn lookup(id: &str) -> Option<String> {
    let loader = Lang::current().loader();
    loader.has(id).then(|| loader.get(id))
}

/// Translations of labels whose English lives in the code (the shared enums' labels), kept
/// once each for the life of the process: a few hundred short strings at most.
static LABELS: LazyLock<std::sync::RwLock<KeptLabels>> = LazyLock::new(Default::default);

/// (language, id) -> words.
type KeptLabels = std::collections::HashMap<(usize, &'static str), &'static str>;

/// Label `id` in the language of the request: `english` in English or where the language's
/// catalogue lacks it.
pub fn label(id: &'static str, english: &'static str) -> &'static str {
    let lang = Lang::current();
    if lang == Lang::ENGLISH {
        return english;
    }
    if let Some(kept) = LABELS
        .read()
        .ok()
        .and_then(|kept| kept.get(&(lang.0, id)).copied())
    {
        return kept;
    }
    let language = lang.language();
    // Only this language's own catalogue: English is the text above, not the catalogue's.
    let words: &'static str = if own_message(language, id) {
        Box::leak(language.loader.get(id).into_boxed_str())
    } else {
        english
    };
    if let Ok(mut kept) = LABELS.write() {
        kept.insert((lang.0, id), words);
    }
    words
}

/// The words of message `id` (its id made at run time) in the current language's own
/// catalogue, or `english` in English or where that catalogue lacks it: for names kept in
/// English in the database (a Member State's), whose English is the stored text.
pub fn own_or(id: &str, english: &str) -> String {
    let lang = Lang::current();
    let language = lang.language();
    if lang == Lang::ENGLISH || !own_message(language, id) {
        return english.to_owned();
    }
    language.loader.get(id)
}

/// Whether `language`'s own catalogue has `id` (not only the English one it falls back to).
fn own_message(language: &Language, id: &str) -> bool {
    language.own.contains(id)
}

/// A message of the interface in the language of the request: `t!("nav-help")`,
/// `t!("notes-count", count = 3)`. The id and its arguments are checked against the English
/// catalogue when the crate is built.
#[macro_export]
macro_rules! t {
    ($($args:tt)*) => {
        fl!($crate::i18n::Lang::current().loader(), $($args)*)
    };
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
