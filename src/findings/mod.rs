//! Findings: the challenges, opportunities, good practices and recommendations drawn from a
//! consultation, tied to commitments of a framework, themes and Member States; recommendations
//! with an addressee, a status and dated progress updates. The tracker filters and exports them;
//! search finds them with published notes and sessions.

pub mod csv_export;
pub mod handlers;
pub mod queries;
pub mod search;
pub mod views;

pub use crate::domain::finding::{FindingKind, RecommendationStatus};

/// Search results as shown (snippets, not whole texts) and whether there were more, kept while
/// the data version holds (see `db::versioned`): by the query as typed and the levels of
/// visibility.
pub type SearchCache = crate::db::versioned::VersionedCache<
    (String, Vec<crate::auth::Visibility>),
    (Vec<views::HitView>, bool),
>;
