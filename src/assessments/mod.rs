//! Self-assessment rounds: for a Member State, a framework and a cycle, the government's
//! assessment (by its officials) and civil society's shadow assessment (by partners from that
//! state), rated provision by provision; compared side by side, over time, and across the region.

pub mod answers;
pub mod comparison;
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

crate::domain::enumerated! {
    AssessorKind {
        Government => "government", "Government";
        CivilSociety => "civil_society", "Civil society";
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, sqlx::Type)]
#[sqlx(type_name = "assessment_status", rename_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum AssessmentStatus {
    Draft,
    Submitted,
}

crate::domain::enumerated! {
    AssessmentStatus {
        Draft => "draft", "Draft";
        Submitted => "submitted", "Submitted";
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, sqlx::Type)]
#[sqlx(type_name = "round_status", rename_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum RoundStatus {
    Draft,
    Open,
    Closed,
}

crate::domain::enumerated! {
    RoundStatus {
        Draft => "draft", "Draft";
        Open => "open", "Open";
        Closed => "closed", "Closed";
    }
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

crate::domain::enumerated! {
    Answer {
        Rated => "rated", "Rated";
        NotApplicable => "not_applicable", "Not applicable";
        NoInformation => "no_information", "No information";
    }
}
