//! The words of a consultation that slices below it use too: where a consultation stands (the
//! organisations' and people's histories show it) and in what capacity someone took part.

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

super::enumerated! {
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

super::enumerated! {
    ParticipationRole {
        Organiser => "organiser", "organiser";
        CoOrganiser => "co_organiser", "co-organiser";
        Speaker => "speaker", "speaker";
        Participant => "participant", "participant";
        Observer => "observer", "observer";
        Funder => "funder", "funder";
    }
}
