//! The shared vocabulary below every feature slice: the one shape of every enum (its values in
//! forms and URLs, its labels on pages, its select-box options), who may see a record, a choice
//! in a form, and the text and CSV helpers that several slices use. Nothing here imports a
//! slice, so every slice may use it.

pub mod consultation;
pub mod csv;
pub mod enumerated;
pub mod finding;
pub mod language;
pub mod text;
pub mod translations;
pub mod visibility;

pub use enumerated::Enumerated;
pub(crate) use enumerated::enumerated;
pub use visibility::Visibility;

/// A record offered in a form's select box or list of boxes: its id and how it is named.
#[derive(Debug, Clone, sqlx::FromRow, serde::Deserialize)]
pub struct Choice {
    pub id: uuid::Uuid,
    pub label: String,
}
