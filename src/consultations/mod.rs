//! Consultations: one workshop of a series, with its agenda, the organisations that took part
//! and the head counts donors ask for.

pub mod forms;
pub mod handlers;
pub mod participation;
pub mod queries;
pub mod views;

/// Consultation pages' data, kept while the data version holds (see `db::versioned`).
pub type PageCache = crate::db::versioned::VersionedCache<
    (String, Vec<crate::auth::Visibility>, Option<uuid::Uuid>),
    views::KeptPage,
>;

use serde::{Deserialize, Serialize};

/// Where a consultation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, sqlx::Type)]
#[sqlx(type_name = "consultation_status", rename_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum ConsultationStatus {
    Planned,
    Scheduled,
    Held,
    ReportPublished,
    Postponed,
    Cancelled,
}

crate::domain::enumerated! {
    ConsultationStatus {
        Planned => "planned", "Planned";
        Scheduled => "scheduled", "Scheduled";
        Held => "held", "Held";
        ReportPublished => "report_published", "Report published";
        Postponed => "postponed", "Postponed";
        Cancelled => "cancelled", "Cancelled";
    }
}

impl ConsultationStatus {
    /// The CSS class of its badge.
    pub fn css(self) -> &'static str {
        match self {
            Self::Planned | Self::Scheduled => "status-planned",
            Self::Held | Self::ReportPublished => "status-held",
            Self::Postponed | Self::Cancelled => "status-stopped",
        }
    }

    /// Whether it has taken place.
    pub fn took_place(self) -> bool {
        matches!(self, Self::Held | Self::ReportPublished)
    }
}

/// In what capacity an organisation (or person) took part.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, sqlx::Type,
)]
#[sqlx(type_name = "participation_role", rename_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum ParticipationRole {
    Organiser,
    CoOrganiser,
    Speaker,
    Participant,
    Observer,
    Funder,
}

crate::domain::enumerated! {
    ParticipationRole {
        Organiser => "organiser", "organiser";
        CoOrganiser => "co_organiser", "co-organiser";
        Speaker => "speaker", "speaker";
        Participant => "participant", "participant";
        Observer => "observer", "observer";
        Funder => "funder", "funder";
    }
}
