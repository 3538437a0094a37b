//! Findings: the challenges, opportunities, good practices and recommendations drawn from a
//! consultation, tied to commitments of a framework, themes and Member States; recommendations
//! with an addressee, a status and dated progress updates. The tracker filters and exports them.

pub mod export;
pub mod handlers;
pub mod queries;
pub mod translations;
pub mod views;

pub use crate::domain::finding::{FindingKind, RecommendationStatus};
