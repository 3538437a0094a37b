//! What the API answers: its own view models, with stable snake_case field names, ISO dates and
//! the address of each record's page. They are built from the lower slices' rows here, so that
//! a change of a page's view model never changes the API.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

/// A Member State.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MemberState {
    /// The ISO 3166 code, such as `VN`.
    pub code: String,
    pub name: String,
}

/// A record named by its slug, with the address of its page.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Named {
    pub slug: String,
    pub name: String,
    /// The record's page on the site.
    pub url: String,
}

/// How many of a series' consultations the caller may see, by stage.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct StageCounts {
    pub total: i64,
    /// Held, or held with a report published.
    pub held: i64,
    /// Planned or scheduled.
    pub planned: i64,
}

/// A series of consultations.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Series {
    pub slug: String,
    pub title: String,
    pub aim: String,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub organiser: Option<Named>,
    pub funder: Option<Named>,
    /// The framework's slug (the commitments its consultations follow).
    pub framework: Option<String>,
    pub planned_states: Vec<MemberState>,
    pub consultations: StageCounts,
    /// The series' page on the site.
    pub url: String,
    /// This record in the API.
    pub api_url: String,
}

/// Every series the caller may see.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SeriesList {
    pub items: Vec<Series>,
}

/// A series with its consultations.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SeriesDetail {
    pub series: Series,
    pub consultations: Vec<Consultation>,
}

/// A consultation, as lists give it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Consultation {
    pub slug: String,
    pub title: String,
    pub number_in_series: Option<i16>,
    pub city: String,
    /// The host Member State's name.
    pub host: Option<String>,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    /// When it is planned, in words, while it has no dates.
    pub planned_period: String,
    /// `planned`, `scheduled`, `held`, `report_published`, `postponed` or `cancelled`.
    pub status: String,
    pub participants_reported: Option<i32>,
    pub url: String,
    pub api_url: String,
}

/// A page of consultations.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ConsultationList {
    pub items: Vec<Consultation>,
    /// How many match the filters.
    pub total: i64,
    /// The cursor of the next page (send it as `cursor`); null on the last page.
    pub next: Option<String>,
    /// The next page's address (also in the `Link` header); null on the last page.
    pub next_url: Option<String>,
}

/// One organisation's part in a consultation, with its people counted by sex.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Participant {
    pub organisation: Named,
    pub acronym: String,
    /// The kind of stakeholder, such as `civil_society` or `government`.
    pub kind: String,
    /// Its Member State's name; null for a regional or international body.
    pub state: Option<String>,
    /// `organiser`, `co_organiser`, `speaker`, `participant`, `observer`, `funder`.
    pub roles: Vec<String>,
    pub female: i64,
    pub male: i64,
    pub other_or_unstated: i64,
}

/// Who took part, and how many people, by sex.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Participation {
    pub organisations: Vec<Participant>,
    pub female: i64,
    pub male: i64,
    pub other_or_unstated: i64,
    pub total: i64,
}

/// A speaker on the agenda.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Speaker {
    pub person: Option<String>,
    pub roles: Option<String>,
    pub organisation: Option<String>,
    pub organisation_slug: Option<String>,
    pub capacity: String,
}

/// A session (an item of the agenda).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Session {
    pub id: Uuid,
    pub position: i16,
    /// `opening_remarks`, `presentation`, `panel`, `plenary`, `breakout_group`, `closing`,
    /// `other`.
    pub kind: String,
    pub title: String,
    pub description: String,
    pub day: Option<NaiveDate>,
    /// `HH:MM`, local to the venue.
    pub starts_at: Option<String>,
    pub ends_at: Option<String>,
    pub speakers: Vec<Speaker>,
    /// The themes' slugs.
    pub themes: Vec<String>,
}

/// A statement of a published note.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Statement {
    /// The section's heading, such as "Challenges raised".
    pub section: String,
    pub body: String,
    /// "Not attributed: a speaker from government", or "".
    pub attribution: String,
}

/// A published note, as its readers see it (no author under the Chatham House rule).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Note {
    pub id: Uuid,
    pub session_id: Uuid,
    pub session_title: String,
    /// Who wrote it, as the note's page says it: "Note by a civil-society partner" when it is
    /// not attributed or the consultation is under the Chatham House rule.
    pub byline: String,
    pub summary: String,
    pub published_at: Option<DateTime<Utc>>,
    pub statements: Vec<Statement>,
    pub url: String,
}

/// The published notes of a consultation.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct NoteList {
    pub consultation: String,
    pub chatham_house: bool,
    pub items: Vec<Note>,
}

/// A consultation, whole: its agenda, participation and published notes.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ConsultationDetail {
    pub slug: String,
    pub title: String,
    pub series: Option<Named>,
    pub number_in_series: Option<i16>,
    pub city: String,
    pub venue: String,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub planned_period: String,
    pub status: String,
    pub status_reason: String,
    pub is_regional: bool,
    /// Held under the Chatham House rule: what was said may be reported, not who said it.
    pub chatham_house: bool,
    pub objectives: String,
    pub summary: String,
    pub languages: Vec<String>,
    pub host: Option<MemberState>,
    pub states: Vec<MemberState>,
    pub participants_reported: Option<i32>,
    pub participation: Participation,
    pub sessions: Vec<Session>,
    pub notes: Vec<Note>,
    pub url: String,
}

/// An organisation in the directory.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Organisation {
    pub slug: String,
    pub name: String,
    pub acronym: String,
    pub kind: String,
    pub state: Option<String>,
    /// How many of the consultations the caller may see it took part in.
    pub consultations: i64,
    pub url: String,
    pub api_url: String,
}

/// A page of the directory.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct OrganisationList {
    pub items: Vec<Organisation>,
    pub total: i64,
    pub next: Option<String>,
    pub next_url: Option<String>,
}

/// A consultation an organisation took part in.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct OrganisationHistory {
    pub consultation: Named,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub status: String,
    pub host: Option<String>,
    pub roles: Vec<String>,
    /// The sessions it spoke in.
    pub sessions_spoken: Vec<String>,
}

/// One organisation and the consultations it took part in.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct OrganisationDetail {
    pub slug: String,
    pub name: String,
    pub acronym: String,
    pub kind: String,
    pub state: Option<MemberState>,
    pub country_note: String,
    pub website: String,
    pub description: String,
    pub aliases: Vec<String>,
    pub consultations: Vec<OrganisationHistory>,
    pub url: String,
}

/// A provision of a framework.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Commitment {
    /// The framework's slug.
    pub framework: String,
    /// Such as `C4.2`.
    pub code: String,
    pub official_ref: String,
    pub chapter: i16,
    pub chapter_title: String,
    pub title: String,
    pub body: String,
    /// `all`, `sending`, `receiving` or `both`.
    pub duty_bearer: String,
    pub url: String,
}

/// Every provision of every framework.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CommitmentList {
    pub items: Vec<Commitment>,
}

/// The consultation a finding came from.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Source {
    pub slug: String,
    pub title: String,
    pub starts_on: Option<NaiveDate>,
    pub url: String,
}

/// A finding in the tracker.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Finding {
    pub id: Uuid,
    /// `challenge`, `opportunity`, `good_practice` or `recommendation`.
    pub kind: String,
    pub statement: String,
    pub consultation: Source,
    /// The Member States' names.
    pub states: Vec<String>,
    /// The commitments' codes.
    pub commitments: Vec<String>,
    /// The themes' names.
    pub themes: Vec<String>,
    /// A recommendation's status: `open`, `accepted`, `in_progress`, `implemented`,
    /// `not_accepted`.
    pub status: Option<String>,
    /// Whom a recommendation is addressed to.
    pub addressee: Option<String>,
    pub due_on: Option<NaiveDate>,
    pub overdue: bool,
    pub created_at: DateTime<Utc>,
    pub url: String,
    pub api_url: String,
}

/// A page of the tracker.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FindingList {
    pub items: Vec<Finding>,
    /// How many match, counted up to 1,000 (`total_capped` says when there are more).
    pub total: i64,
    pub total_capped: bool,
    /// The cursor of the next page (send it as `cursor`, with the same filters); null on the
    /// last page.
    pub next: Option<String>,
    pub next_url: Option<String>,
}

/// A dated progress update on a recommendation.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FollowUp {
    pub reported_on: NaiveDate,
    pub body: String,
    pub evidence_links: Vec<String>,
    pub status_from: Option<String>,
    pub status_to: Option<String>,
}

/// A finding, whole, with a recommendation's follow-up.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FindingDetail {
    pub id: Uuid,
    pub kind: String,
    pub statement: String,
    pub consultation: Named,
    /// The session it came from, by title.
    pub session: Option<String>,
    /// The published note it came from, when the caller may read it.
    pub source_note: Option<String>,
    pub states: Vec<MemberState>,
    /// The commitments, code and title.
    pub commitments: Vec<String>,
    pub themes: Vec<String>,
    pub status: Option<String>,
    pub addressee: Option<String>,
    pub due_on: Option<NaiveDate>,
    pub follow_up: Vec<FollowUp>,
    pub url: String,
}

/// The average rating of a side's latest submitted self-assessment of a Member State, over the
/// framework (`chapter` null) or one chapter.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Rating {
    pub state: String,
    /// `government` or `civil_society`.
    pub side: String,
    pub chapter: Option<i16>,
    pub cycle: String,
    pub round_id: Uuid,
    pub average: Option<f64>,
    pub rated: i64,
    pub not_applicable: i64,
    pub no_information: i64,
}

/// The results of the latest submitted self-assessments the caller may read.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AssessmentResults {
    pub items: Vec<Rating>,
    /// The comparison's page.
    pub url: String,
}

/// Consultations covering a state, by stage.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct StateConsultations {
    pub held: i64,
    pub planned: i64,
    pub postponed: i64,
    pub cancelled: i64,
    pub last_held: Option<NaiveDate>,
}

/// People counted at the consultations covering a state, by sex.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct StatePeople {
    pub female: i64,
    pub male: i64,
    pub other: i64,
}

/// A state's recommendations by progress.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct StateRecommendations {
    pub total: i64,
    pub open: i64,
    pub in_progress: i64,
    pub implemented: i64,
    pub overdue: i64,
}

/// How many findings of one kind.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct KindCount {
    pub kind: String,
    pub n: i64,
}

/// Where one Member State stands, as the dashboard counts it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct StateFigures {
    pub code: String,
    pub name: String,
    pub member_since: NaiveDate,
    pub consultations: StateConsultations,
    pub participants: StatePeople,
    pub findings: Vec<KindCount>,
    pub recommendations: StateRecommendations,
    /// The Member State's page.
    pub url: String,
}

/// The dashboard's figures, from what the caller may see.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Dashboard {
    pub states: Vec<StateFigures>,
    pub url: String,
}
