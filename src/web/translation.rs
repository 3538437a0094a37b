//! Translations of a record's text, as the findings and notes slices offer them: what a page
//! says about the text it shows (its own, or a translation into the reader's language, with
//! the way back to the original), and the one form staff translate a record with, whatever
//! its parts (a finding's statement; a note's summary and statements).

use askama::Template;

use super::PageContext;
use super::form::{FieldErrors, Pairs};
use crate::domain::language::{TextLanguage, TranslationStatus};

/// At most this many characters in one translated part (as in the records themselves).
const MAX_CHARS: usize = 10_000;

pub use crate::domain::translations::Available;

/// `?original` on a record's page: the reader asks for the text as written.
#[derive(Debug, Default, serde::Deserialize)]
pub struct ReadingQuery {
    #[serde(default)]
    original: Option<String>,
}

impl ReadingQuery {
    pub fn original(&self) -> bool {
        self.original.is_some()
    }
}

/// Which text a record's page shows, and what it says about it.
#[derive(Debug, Clone)]
pub struct Reading {
    /// The language the record was written in.
    pub original: TextLanguage,
    /// The translation shown instead of the original, if any.
    pub shown: Option<Available>,
    /// A translation into the reader's language exists, but they asked for the original.
    pub offered: Option<Available>,
    /// Every translation the record has, in the order of their languages.
    pub all: Vec<Available>,
}

impl Reading {
    /// The reading of a record written in `original`, with translations `all`, for a reader of
    /// the current interface language who asked for the original (`?original`) or not.
    pub fn choose(original: TextLanguage, all: Vec<Available>, wants_original: bool) -> Self {
        let reader = TextLanguage::of_interface();
        let in_reader_s = all
            .iter()
            .find(|a| a.language == reader && reader != original)
            .cloned();
        let (shown, offered) = if wants_original {
            (None, in_reader_s)
        } else {
            (in_reader_s, None)
        };
        Self {
            original,
            shown,
            offered,
            all,
        }
    }

    /// The languages it has no translation into yet (nor was written in).
    pub fn missing(&self) -> Vec<TextLanguage> {
        TextLanguage::ALL
            .iter()
            .copied()
            .filter(|l| *l != self.original && !self.all.iter().any(|a| a.language == *l))
            .collect()
    }

    /// The `lang` of the text shown.
    pub fn lang(&self) -> &'static str {
        self.shown
            .as_ref()
            .map_or(self.original, |s| s.language)
            .value()
    }

    /// "Machine translation from English. ", said above a translation shown.
    pub fn status_line(&self) -> String {
        self.shown.as_ref().map_or_else(String::new, |s| {
            let line = t!(
                "translation-shown",
                status = s.status.label(),
                original = self.original.label()
            );
            if s.stale {
                format!("{line} {}", t!("translation-stale"))
            } else {
                line
            }
        })
    }
}

/// One part of a record to translate: a field of the form.
#[derive(Debug, Clone)]
pub struct Part {
    /// The form field's name ("statement", "summary", "s-<uuid>").
    pub name: String,
    /// What the part is ("Statement", "Summary", "Statement 2 (challenges)").
    pub label: String,
    /// The record's own text.
    pub original: String,
    /// The translation as stored or as typed.
    pub typed: String,
    /// Whether it must be translated (a note's statements may be left to their original).
    pub required: bool,
}

/// The form staff translate a record with.
#[derive(Template)]
#[template(path = "translations/form.html")]
pub struct TranslationFormPage {
    pub ctx: PageContext,
    /// Where the record's page is: "/findings/<id>".
    pub back: String,
    /// "the finding ‘Recruitment fees…’".
    pub what: String,
    pub original: TextLanguage,
    pub language: TextLanguage,
    pub parts: Vec<Part>,
    pub status: Option<TranslationStatus>,
    /// 0 while there is none yet.
    pub version: i32,
    /// Someone saved this translation while it was being written.
    pub conflict: bool,
    /// The stored translation's status and whether the viewer may mark it reviewed.
    pub stored: Option<TranslationStatus>,
    pub may_review: bool,
    pub errors: FieldErrors,
}

impl TranslationFormPage {
    /// The statuses a writer may choose (a review is a second person's act, below the form).
    pub fn statuses(&self) -> Vec<(&'static str, &'static str, bool)> {
        [TranslationStatus::Human, TranslationStatus::Machine]
            .iter()
            .map(|s| (s.value(), s.label(), Some(*s) == self.status))
            .collect()
    }

    /// The form's address: the page it was read from.
    pub fn action(&self) -> String {
        format!("{}/translations/{}", self.back, self.language.value())
    }
}

/// The language in a translation's address (`/translations/vi`), or 404.
pub fn language_of_path(code: &str) -> Option<TextLanguage> {
    TextLanguage::parse(code)
}

/// What a translation form sent, checked: the status and each part's text (trimmed; "" for a
/// part left to its original). `parts` carry what was typed afterwards, for the form again.
pub fn parse(
    pairs: &Pairs,
    parts: &mut [Part],
) -> Result<(TranslationStatus, Vec<String>), FieldErrors> {
    let mut errors = FieldErrors::default();
    let status = match TranslationStatus::parse(pairs.get("status")) {
        Some(s @ (TranslationStatus::Human | TranslationStatus::Machine)) => Some(s),
        _ => {
            errors.add("status", t!("translation-choose-status"));
            None
        }
    };
    let mut texts = Vec::with_capacity(parts.len());
    for part in parts.iter_mut() {
        let typed = pairs.text(&part.name).to_owned();
        let text = typed.trim().to_owned();
        part.typed = typed;
        if text.chars().count() > MAX_CHARS {
            errors.add_owned(
                part.name.clone(),
                t!("translation-too-long", max = MAX_CHARS),
            );
        } else if text.is_empty() && part.required {
            errors.add_owned(part.name.clone(), t!("translation-empty"));
        }
        texts.push(text);
    }
    if texts.iter().all(String::is_empty) && errors.is_empty() {
        let first = parts.first().map(|p| p.name.clone()).unwrap_or_default();
        errors.add_owned(first, t!("translation-empty"));
    }
    match status {
        Some(status) if errors.is_empty() => Ok((status, texts)),
        _ => Err(errors),
    }
}
