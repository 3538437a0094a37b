//! Session notes: what a civil-society partner writes about a session, reviewed by HRWG staff
//! and published at a visibility they decide. Every save keeps a revision. Under the Chatham
//! House rule, published views never say who wrote a note or who said what.

pub mod handlers;
pub mod history;
pub mod lifecycle;
pub mod queries;
pub mod review;
pub mod translations;
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

crate::domain::enumerated! {
    Section {
        Challenge => "challenge", "Challenges raised";
        Opportunity => "opportunity", "Opportunities";
        GoodPractice => "good_practice", "Good practices";
        Recommendation => "recommendation", "Recommendations made";
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

crate::domain::enumerated! {
    Attribution {
        NameAndOrganisation => "name_and_organisation", "My name and organisation";
        Organisation => "organisation", "My organisation only";
        None => "none", "Not attributed (\u{201c}a civil-society partner\u{201d})";
    }
}

impl Attribution {
    /// The default for a new note, and what notes written before the choice existed moved to.
    pub const DEFAULT: Self = Self::Organisation;

    /// What readers of the published note are shown, in words for the author and staff.
    pub fn explanation(self) -> String {
        match self {
            Self::NameAndOrganisation => t!("attribution-name-explained"),
            Self::Organisation => t!("attribution-organisation-explained"),
            Self::None => t!("attribution-none-explained"),
        }
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
