//! Stakeholders: organisations (with the other names they go by) and people, and their
//! history across consultations. People's personal data is for staff only.

pub mod forms;
pub mod handlers;
pub mod offered;
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

crate::domain::enumerated! {
    OrganisationKind {
        Government => "government", "Government";
        AseanBody => "asean_body", "ASEAN body";
        CivilSociety => "civil_society", "Civil society";
        TradeUnion => "trade_union", "Trade union";
        MigrantAssociation => "migrant_association", "Migrant workers' association";
        Employer => "employer", "Employer or recruitment agency";
        Research => "research", "Research";
        InternationalOrganisation => "international_organisation", "International organisation";
        Donor => "donor", "Donor";
        Media => "media", "Media";
        Other => "other", "Other";
    }
}
