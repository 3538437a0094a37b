//! Search over every kind of record a reader may see: findings, published notes and sessions,
//! newest first, in PostgreSQL itself (accents and case do not matter; Thai and Burmese text is
//! found inside words), with results kept in memory while the data version holds.

pub mod handlers;
pub mod queries;
pub mod views;

/// Search results as shown (snippets, not whole texts) and whether there were more, kept while
/// the data version holds (see `db::versioned`): by the query as typed and the levels of
/// visibility.
pub type SearchCache = crate::db::versioned::VersionedCache<
    (String, Vec<crate::auth::Visibility>),
    (Vec<views::HitView>, bool),
>;
