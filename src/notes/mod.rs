//! Session notes: what a civil-society partner writes about a session, reviewed by HRWG staff
//! and published at a visibility they decide. Every save keeps a revision. Under the Chatham
//! House rule, published views never say who wrote a note or who said what.

pub mod handlers;
pub mod lifecycle;
pub mod queries;
pub mod views;

pub use lifecycle::{Action, Capacity, NoteStatus};

use serde::{Deserialize, Serialize};

/// The sections of a note, each a list of statements.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, sqlx::Type)]
#[sqlx(type_name = "statement_section", rename_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum Section {
    Challenge,
    Opportunity,
    GoodPractice,
    Recommendation,
}

impl Section {
    pub const ALL: [Self; 4] = [
        Self::Challenge,
        Self::Opportunity,
        Self::GoodPractice,
        Self::Recommendation,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::Challenge => "Challenges raised",
            Self::Opportunity => "Opportunities",
            Self::GoodPractice => "Good practices",
            Self::Recommendation => "Recommendations made",
        }
    }

    pub fn value(self) -> &'static str {
        match self {
            Self::Challenge => "challenge",
            Self::Opportunity => "opportunity",
            Self::GoodPractice => "good_practice",
            Self::Recommendation => "recommendation",
        }
    }
}

/// The longest note accepted, in characters (summary and statements together).
pub const MAX_CHARS: usize = 50_000;

/// How a published note names who wrote it: the author's choice, made on the note form. Staff
/// may publish with less attribution than the author chose, never more (the database checks
/// it), and under the Chatham House rule the least applies whatever was chosen.
///
/// The variants go from most to least attribution, so the greater of two is the lesser
/// attribution (as PostgreSQL's `GREATEST` on the enum).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, sqlx::Type,
)]
#[sqlx(type_name = "attribution", rename_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum Attribution {
    NameAndOrganisation,
    Organisation,
    None,
}

impl Default for Attribution {
    fn default() -> Self {
        Self::DEFAULT
    }
}

impl Attribution {
    pub const ALL: [Self; 3] = [Self::NameAndOrganisation, Self::Organisation, Self::None];

    /// The default for a new note, and what notes written before the choice existed moved to.
    pub const DEFAULT: Self = Self::Organisation;

    pub fn value(self) -> &'static str {
        match self {
            Self::NameAndOrganisation => "name_and_organisation",
            Self::Organisation => "organisation",
            Self::None => "none",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::NameAndOrganisation => "My name and organisation",
            Self::Organisation => "My organisation only",
            Self::None => "Not attributed (\u{201c}a civil-society partner\u{201d})",
        }
    }

    /// What readers of the published note are shown, in words for the author and staff.
    pub fn explanation(self) -> &'static str {
        match self {
            Self::NameAndOrganisation => "Readers see your name and your organisation's name.",
            Self::Organisation => "Readers see your organisation's name, not yours.",
            Self::None => {
                "Readers see only \u{201c}a civil-society partner\u{201d}: neither your name nor \
                 your organisation."
            }
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.value() == value.trim())
    }

    /// `(value, label, selected)` for radio buttons or a select box.
    pub fn options(selected: Option<Self>) -> Vec<(&'static str, &'static str, bool)> {
        Self::ALL
            .into_iter()
            .map(|a| (a.value(), a.label(), Some(a) == selected))
            .collect()
    }

    /// What a published note shows: the least of the author's choice, what staff published
    /// with, and, under the Chatham House rule, none.
    pub fn effective(chosen: Self, published: Self, chatham_house: bool) -> Self {
        let least = chosen.max(published);
        if chatham_house { Self::None } else { least }
    }
}

#[cfg(test)]
mod attribution_tests {
    use super::Attribution as A;

    #[test]
    fn the_least_attribution_applies() {
        for chosen in A::ALL {
            for published in A::ALL {
                let shown = A::effective(chosen, published, false);
                assert!(
                    shown >= chosen && shown >= published,
                    "{chosen:?} {published:?}"
                );
                assert_eq!(A::effective(chosen, published, true), A::None);
            }
        }
        assert_eq!(
            A::effective(A::NameAndOrganisation, A::Organisation, false),
            A::Organisation
        );
        assert_eq!(
            A::effective(A::None, A::NameAndOrganisation, false),
            A::None
        );
    }

    #[test]
    fn every_value_parses_back() {
        for a in A::ALL {
            assert_eq!(A::parse(a.value()), Some(a));
        }
        assert_eq!(A::parse("everyone"), None);
    }
}
