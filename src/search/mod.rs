//! Search over every kind of record a reader may see: consultations, organisations (with their
//! other names), people (staff only), commitments, sessions, findings and published notes, ranked
//! by how well their names match, with facets (kind of record, Member State, year, theme) and
//! pages, in PostgreSQL itself (accents, case and spaces in names do not matter; Thai and Burmese
//! text is found inside words), with results kept in memory while what they are read from holds.

pub mod handlers;
pub mod queries;
pub mod views;

/// What search reads: every kind of record it finds, and what it names beside them.
pub const SCOPES: &[&str] = &[
    "consultation",
    "organisation",
    "people",
    "reference",
    "series",
    "session",
    "finding",
    "note",
];

/// Pages of results as shown (snippets, not whole texts), kept while [`SCOPES`] hold (see
/// `db::versioned`): by what was searched for and who may read what.
pub type SearchCache = crate::db::versioned::VersionedCache<
    (queries::Search, queries::Reader, crate::i18n::Lang),
    views::Results,
>;
