//! Consultations: one workshop of a series, with its agenda, the organisations that took part
//! and the head counts donors ask for.

pub mod export;
pub mod forms;
pub mod handlers;
pub mod offered;
pub mod participation;
pub mod queries;
pub mod views;

/// Consultation pages' data, kept while the versions of their scopes hold (see
/// `queries::page_scopes` and `db::versioned`).
pub type PageCache = crate::db::versioned::VersionedCache<
    (
        String,
        Vec<crate::auth::Visibility>,
        Option<uuid::Uuid>,
        crate::i18n::Lang,
    ),
    views::KeptPage,
>;

/// Where a consultation stands, and in what capacity someone took part: words the organisations
/// and people slices use too, so they live in `domain`.
pub use crate::domain::consultation::{ConsultationStatus, ParticipationRole};
