//! The self-assessment pages.

use askama::Template;
use uuid::Uuid;

use super::AssessorKind;
use super::queries::Round;
use super::stats::Summary;
use crate::web::PageContext;
use crate::web::form::FieldErrors;

#[derive(Template)]
#[template(path = "assessments/list.html")]
pub struct RoundsPage {
    pub ctx: PageContext,
    pub rounds: Vec<RoundLine>,
    pub states: Vec<crate::member_states::queries::StateListItem>,
    pub errors: FieldErrors,
    pub cycle: String,
    pub state: String,
}

/// A round in the list, with what its reader may open.
pub struct RoundLine {
    pub round: Round,
    /// Whether each side's assessment opens for the reader (a link), or is only named.
    pub government: bool,
    pub civil_society: bool,
    /// Whether the comparison shows the reader anything.
    pub compare: bool,
}

/// One provision of the form, with its answer.
pub struct ProvisionLine {
    pub id: Uuid,
    pub code: String,
    pub title: String,
    /// "rated:3", "not_applicable", "no_information" or "" (unanswered).
    pub answer: String,
    pub evidence: String,
    pub links: String,
    /// Findings on this provision in this state: (id, excerpt, cited); the newest
    /// `CITABLE_SHOWN` and those cited.
    pub findings: Vec<(Uuid, String, bool)>,
    /// There are more than are listed; and the Member State, for the link to all of them.
    pub more: bool,
    pub state_code: String,
    /// The message beside it, when what was sent for it makes no sense.
    pub error: String,
}

/// Staff's correction of a submitted answer, as typed.
#[derive(Debug, Clone, Default)]
pub struct CorrectionInput {
    pub commitment: String,
    pub answer: String,
    pub evidence: String,
    pub reason: String,
}

pub struct ChapterForm {
    pub number: i16,
    pub title: String,
    pub provisions: Vec<ProvisionLine>,
    pub summary: Summary,
}

#[derive(Template)]
#[template(path = "assessments/show.html")]
pub struct AssessmentPage {
    pub ctx: PageContext,
    pub round: Round,
    pub id: Uuid,
    pub kind: AssessorKind,
    pub submitted: bool,
    pub editable: bool,
    pub correctable: bool,
    pub chapters: Vec<ChapterForm>,
    /// (value for the form, label): "rated:0".."rated:4", "not_applicable", "no_information".
    pub choices: Vec<(String, String)>,
    pub errors: FieldErrors,
    pub notice: String,
    /// The version the answers form was opened at.
    pub version: i32,
    pub correction: CorrectionInput,
}

impl AssessmentPage {
    /// Where the ratings' downloads are, without the extension.
    pub fn downloads_path(&self) -> String {
        format!("/assessments/{}/ratings", self.id)
    }
}

/// A provision compared.
pub struct CompareLine {
    pub code: String,
    pub title: String,
    pub government: String,
    pub civil_society: String,
    pub gap: String,
    pub divergent: bool,
}

pub struct CompareChapter {
    pub number: i16,
    pub title: String,
    pub lines: Vec<CompareLine>,
    pub government: Summary,
    pub civil_society: Summary,
}

#[derive(Template)]
#[template(path = "assessments/compare.html")]
pub struct ComparePage {
    pub ctx: PageContext,
    pub round: Round,
    pub chapters: Vec<CompareChapter>,
    /// Per chapter over the state's rounds.
    pub trend: Vec<Trend>,
    pub government_shown: bool,
    pub civil_society_shown: bool,
    /// Whether each side's assessment opens for the reader (its cells are links).
    pub government_link: bool,
    pub civil_society_link: bool,
}

impl ComparePage {
    /// Where the comparison's downloads are, without the extension.
    pub fn downloads_path(&self) -> String {
        format!("/assessments/rounds/{}/compare", self.round.id)
    }
}

/// A chapter's averages in each round: (cycle, government, civil society).
pub type Trend = (String, Vec<(String, String, String)>);

/// One cell of the regional table.
pub struct Cell {
    pub government: String,
    pub civil_society: String,
}

pub struct RegionalRow {
    pub state: String,
    /// Why the row has no figures: "Not a member of ASEAN then", "Not bound", or "".
    pub standing: String,
    pub cells: Vec<Cell>,
}

#[derive(Template)]
#[template(path = "assessments/regional.html")]
pub struct RegionalPage {
    pub ctx: PageContext,
    pub cycle: String,
    pub chapters: Vec<(i16, String)>,
    pub rows: Vec<RegionalRow>,
}

impl ProvisionLine {
    /// The hint beside a list cut short.
    pub fn newest_hint(&self) -> String {
        t!("citable-newest", count = super::queries::CITABLE_SHOWN)
    }

    /// Where all the findings on this provision in this Member State are listed.
    pub fn all_findings(&self) -> String {
        format!(
            "/findings?commitment={}&state={}",
            crate::web::urlencode(&self.code),
            crate::web::urlencode(&self.state_code)
        )
    }
}
