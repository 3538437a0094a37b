//! Findings: the challenges, opportunities, good practices and recommendations drawn from a
//! consultation, tied to commitments of a framework, themes and Member States; recommendations
//! with an addressee, a status and dated progress updates. The tracker filters and exports them;
//! search finds them with published notes and sessions.

pub mod csv_export;
pub mod handlers;
pub mod queries;
pub mod search;
pub mod views;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, sqlx::Type)]
#[sqlx(type_name = "finding_kind", rename_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    Challenge,
    Opportunity,
    GoodPractice,
    Recommendation,
}

impl FindingKind {
    pub const ALL: [Self; 4] = [
        Self::Challenge,
        Self::Opportunity,
        Self::GoodPractice,
        Self::Recommendation,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::Challenge => "Challenge",
            Self::Opportunity => "Opportunity",
            Self::GoodPractice => "Good practice",
            Self::Recommendation => "Recommendation",
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

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.value() == value)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, sqlx::Type)]
#[sqlx(type_name = "recommendation_status", rename_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum RecommendationStatus {
    Open,
    Accepted,
    InProgress,
    Implemented,
    NotAccepted,
}

impl RecommendationStatus {
    pub const ALL: [Self; 5] = [
        Self::Open,
        Self::Accepted,
        Self::InProgress,
        Self::Implemented,
        Self::NotAccepted,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::Open => "Open",
            Self::Accepted => "Accepted",
            Self::InProgress => "In progress",
            Self::Implemented => "Implemented",
            Self::NotAccepted => "Not accepted",
        }
    }

    pub fn value(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Accepted => "accepted",
            Self::InProgress => "in_progress",
            Self::Implemented => "implemented",
            Self::NotAccepted => "not_accepted",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.value() == value)
    }

    /// Whether follow-up is over (so a past due date no longer makes it overdue).
    pub fn closed(self) -> bool {
        matches!(self, Self::Implemented | Self::NotAccepted)
    }
}

/// Search results as shown (snippets, not whole texts) and whether there were more, kept while
/// the data version holds (see `db::versioned`): by the query as typed and the levels of
/// visibility.
pub type SearchCache = crate::db::versioned::VersionedCache<
    (String, Vec<crate::auth::Visibility>),
    (Vec<views::HitView>, bool),
>;
