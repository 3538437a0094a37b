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

crate::domain::enumerated! {
    FindingKind {
        Challenge => "challenge", "Challenge";
        Opportunity => "opportunity", "Opportunity";
        GoodPractice => "good_practice", "Good practice";
        Recommendation => "recommendation", "Recommendation";
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

crate::domain::enumerated! {
    RecommendationStatus {
        Open => "open", "Open";
        Accepted => "accepted", "Accepted";
        InProgress => "in_progress", "In progress";
        Implemented => "implemented", "Implemented";
        NotAccepted => "not_accepted", "Not accepted";
    }
}

impl RecommendationStatus {
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
