//! The languages records are written in, and how far a translation of one can be trusted.
//! Pages mark a record's own text with its language (`lang`), and show a translation into the
//! reader's interface language, marked with its status, when there is one.

use serde::{Deserialize, Serialize};

/// A language the region writes its records in: the ASEAN Member States' languages, English
/// and Chinese. The value is the BCP 47 code that pages put in `lang`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, sqlx::Type)]
#[sqlx(type_name = "text_language", rename_all = "lowercase")]
#[serde(rename_all = "lowercase")]
pub enum TextLanguage {
    En,
    Id,
    Vi,
    Th,
    Km,
    My,
    Lo,
    Ms,
    Fil,
    Tet,
    Zh,
}

crate::domain::enumerated! {
    TextLanguage {
        En => "en", "English";
        Id => "id", "Indonesian";
        Vi => "vi", "Vietnamese";
        Th => "th", "Thai";
        Km => "km", "Khmer";
        My => "my", "Burmese";
        Lo => "lo", "Lao";
        Ms => "ms", "Malay";
        Fil => "fil", "Filipino";
        Tet => "tet", "Tetum";
        Zh => "zh", "Chinese";
    }
}

impl TextLanguage {
    /// The language's name in itself, beside its name in the interface's language, so that a
    /// writer finds their own language in any interface.
    pub fn autonym(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Id => "Bahasa Indonesia",
            Self::Vi => "Tiếng Việt",
            Self::Th => "ไทย",
            Self::Km => "ខ្មែរ",
            Self::My => "မြန်မာ",
            Self::Lo => "ລາວ",
            Self::Ms => "Bahasa Melayu",
            Self::Fil => "Filipino",
            Self::Tet => "Tetun",
            Self::Zh => "中文",
        }
    }

    /// The language of the interface's current request, as a language of records (English
    /// when the interface speaks one records are not written in).
    pub fn of_interface() -> Self {
        Self::parse(crate::i18n::Lang::current().code()).unwrap_or(Self::En)
    }

    /// `(value, "Vietnamese (Tiếng Việt)", selected)` for a select box, the language of the
    /// value `selected` chosen (or the interface's, when it names none).
    pub fn choices(selected: &str) -> Vec<(&'static str, String, bool)> {
        let selected = Self::parse(selected).unwrap_or_else(Self::of_interface);
        Self::ALL
            .iter()
            .map(|l| {
                let label = if l.label() == l.autonym() {
                    l.label().to_owned()
                } else {
                    format!("{} ({})", l.label(), l.autonym())
                };
                (l.value(), label, *l == selected)
            })
            .collect()
    }
}

impl Default for TextLanguage {
    /// What records written before languages were recorded are taken to be written in.
    fn default() -> Self {
        Self::En
    }
}

/// How far a translation can be trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, sqlx::Type)]
#[sqlx(type_name = "translation_status", rename_all = "lowercase")]
#[serde(rename_all = "lowercase")]
pub enum TranslationStatus {
    Machine,
    Human,
    Reviewed,
}

crate::domain::enumerated! {
    TranslationStatus {
        Machine => "machine", "Machine translation";
        Human => "human", "Translated by a person";
        Reviewed => "reviewed", "Translation reviewed";
    }
}
