//! What a finding is (its kind) and where a recommendation stands: values the notes slice shows
//! too (what became of a note), so they live below both.

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
