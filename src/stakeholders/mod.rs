//! Stakeholders: organisations (with the other names they go by) and people, and their
//! history across consultations. People's personal data is for staff only.

pub mod forms;
pub mod handlers;
pub mod queries;
pub mod views;

use serde::{Deserialize, Serialize};

/// What sort of body an organisation is; drives the stakeholder mix of a consultation.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, sqlx::Type,
)]
#[sqlx(type_name = "organisation_kind", rename_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum OrganisationKind {
    Government,
    AseanBody,
    CivilSociety,
    TradeUnion,
    MigrantAssociation,
    Employer,
    Research,
    InternationalOrganisation,
    Donor,
    Media,
    Other,
}

impl OrganisationKind {
    pub const ALL: [Self; 11] = [
        Self::Government,
        Self::AseanBody,
        Self::CivilSociety,
        Self::TradeUnion,
        Self::MigrantAssociation,
        Self::Employer,
        Self::Research,
        Self::InternationalOrganisation,
        Self::Donor,
        Self::Media,
        Self::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::Government => "Government",
            Self::AseanBody => "ASEAN body",
            Self::CivilSociety => "Civil society",
            Self::TradeUnion => "Trade union",
            Self::MigrantAssociation => "Migrant workers' association",
            Self::Employer => "Employer or recruitment agency",
            Self::Research => "Research",
            Self::InternationalOrganisation => "International organisation",
            Self::Donor => "Donor",
            Self::Media => "Media",
            Self::Other => "Other",
        }
    }

    /// The value used in URLs and forms.
    pub fn value(self) -> &'static str {
        match self {
            Self::Government => "government",
            Self::AseanBody => "asean_body",
            Self::CivilSociety => "civil_society",
            Self::TradeUnion => "trade_union",
            Self::MigrantAssociation => "migrant_association",
            Self::Employer => "employer",
            Self::Research => "research",
            Self::InternationalOrganisation => "international_organisation",
            Self::Donor => "donor",
            Self::Media => "media",
            Self::Other => "other",
        }
    }
}
