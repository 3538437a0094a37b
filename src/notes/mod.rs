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
