//! Self-assessment rounds: for a Member State, a framework and a cycle, the government's
//! assessment (by its officials) and civil society's shadow assessment (by partners from that
//! state), rated provision by provision; compared side by side, over time, and across the region.

pub mod handlers;
pub mod queries;
pub mod stats;
pub mod views;

use serde::{Deserialize, Serialize};

/// Who fills an assessment in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, sqlx::Type)]
#[sqlx(type_name = "assessor_kind", rename_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum AssessorKind {
    Government,
    CivilSociety,
}

impl AssessorKind {
    pub fn label(self) -> &'static str {
        match self {
            Self::Government => "Government",
            Self::CivilSociety => "Civil society",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, sqlx::Type)]
#[sqlx(type_name = "assessment_status", rename_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum AssessmentStatus {
    Draft,
    Submitted,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, sqlx::Type)]
#[sqlx(type_name = "round_status", rename_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum RoundStatus {
    Draft,
    Open,
    Closed,
}

/// An answer to one provision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, sqlx::Type)]
#[sqlx(type_name = "rating_answer", rename_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Rated,
    NotApplicable,
    NoInformation,
}
