//! The print-styled pages of the reports: the same view models as the PDFs.

use askama::Template;

use super::brief::CountryBrief;
use super::consultation::ConsultationReport;
use crate::web::PageContext;

/// `GET /consultations/{slug}/report`.
#[derive(Template)]
#[template(path = "reports/consultation.html")]
pub struct ConsultationReportPage {
    pub ctx: PageContext,
    pub r: ConsultationReport,
}

/// `GET /states/{code}/brief`.
#[derive(Template)]
#[template(path = "reports/brief.html")]
pub struct CountryBriefPage {
    pub ctx: PageContext,
    pub b: CountryBrief,
}
