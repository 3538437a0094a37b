//! SQL for self-assessments.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::PgExecutor;
use uuid::Uuid;

use super::{Answer, AssessmentStatus, AssessorKind, RoundStatus};
use crate::auth::Visibility;

/// A round and where it stands.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Round {
    pub id: Uuid,
    pub framework_id: Uuid,
    pub framework_slug: String,
    pub framework_title: String,
    pub state_code: String,
    pub state_name: String,
    pub cycle: String,
    pub rating_scale_id: Uuid,
    pub status: RoundStatus,
    pub visibility: Visibility,
    pub government_id: Uuid,
    pub government_status: AssessmentStatus,
    pub civil_society_id: Uuid,
    pub civil_society_status: AssessmentStatus,
}

const ROUND: &str = "
    SELECT r.id, r.framework_id, f.slug AS framework_slug, f.short_title AS framework_title,
           r.member_state_code::text AS state_code, m.short_name AS state_name, r.cycle,
           r.rating_scale_id, r.status, r.visibility,
           g.id AS government_id, g.status AS government_status,
           s.id AS civil_society_id, s.status AS civil_society_status
      FROM assessment_round r
      JOIN framework f ON f.id = r.framework_id
      JOIN member_state m ON m.code = r.member_state_code
      JOIN assessment g ON g.round_id = r.id AND g.assessor_kind = 'government'
      JOIN assessment s ON s.round_id = r.id AND s.assessor_kind = 'civil_society'";

impl Round {
    /// The round with its Member State named in the reader's language.
    fn named(mut self) -> Self {
        self.state_name = crate::member_states::state_name(&self.state_code, &self.state_name);
        self
    }
}

pub async fn rounds(db: impl PgExecutor<'_>) -> Result<Vec<Round>, sqlx::Error> {
    let rounds: Vec<Round> =
        sqlx::query_as(&format!("{ROUND} ORDER BY r.cycle DESC, m.short_name"))
            .fetch_all(db)
            .await?;
    Ok(rounds.into_iter().map(Round::named).collect())
}

pub async fn round(db: impl PgExecutor<'_>, id: Uuid) -> Result<Option<Round>, sqlx::Error> {
    let round: Option<Round> = sqlx::query_as(&format!("{ROUND} WHERE r.id = $1"))
        .bind(id)
        .fetch_optional(db)
        .await?;
    Ok(round.map(Round::named))
}

/// The round an assessment belongs to, and the assessment's side and status.
pub async fn round_of(
    pool: &sqlx::PgPool,
    assessment: Uuid,
) -> Result<Option<(Round, AssessorKind, AssessmentStatus)>, sqlx::Error> {
    let row: Option<(Uuid, AssessorKind, AssessmentStatus)> =
        sqlx::query_as("SELECT round_id, assessor_kind, status FROM assessment WHERE id = $1")
            .bind(assessment)
            .fetch_optional(pool)
            .await?;
    let Some((round_id, kind, status)) = row else {
        return Ok(None);
    };
    Ok(round(pool, round_id).await?.map(|r| (r, kind, status)))
}

/// Creates a round with its two (empty) assessments.
pub async fn create_round(
    db: &mut sqlx::PgConnection,
    framework: Uuid,
    state: &str,
    cycle: &str,
    scale: Uuid,
) -> Result<Uuid, sqlx::Error> {
    let id: Uuid = sqlx::query_scalar(
        "INSERT INTO assessment_round (framework_id, member_state_code, cycle, rating_scale_id, status)
         VALUES ($1, $2, $3, $4, 'open') RETURNING id",
    )
    .bind(framework)
    .bind(state)
    .bind(cycle)
    .bind(scale)
    .fetch_one(&mut *db)
    .await?;
    sqlx::query(
        "INSERT INTO assessment (round_id, assessor_kind) VALUES ($1, 'government'), ($1, 'civil_society')",
    )
    .bind(id)
    .execute(&mut *db)
    .await?;
    Ok(id)
}

/// One answer, as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Rating {
    pub commitment_id: Uuid,
    pub answer: Answer,
    pub rating: Option<i16>,
    pub evidence: String,
    pub evidence_links: Vec<String>,
    /// The findings that support it.
    #[sqlx(skip)]
    pub findings: Vec<Uuid>,
}

pub async fn ratings(
    pool: &sqlx::PgPool,
    assessment: Uuid,
) -> Result<HashMap<Uuid, Rating>, sqlx::Error> {
    let rows: Vec<Rating> = sqlx::query_as(
        "SELECT commitment_id, answer, rating, evidence, evidence_links FROM assessment_rating
          WHERE assessment_id = $1",
    )
    .bind(assessment)
    .fetch_all(pool)
    .await?;
    let links: Vec<(Uuid, Uuid)> = sqlx::query_as(
        "SELECT commitment_id, finding_id FROM assessment_rating_finding WHERE assessment_id = $1",
    )
    .bind(assessment)
    .fetch_all(pool)
    .await?;
    let mut map: HashMap<Uuid, Rating> = rows.into_iter().map(|r| (r.commitment_id, r)).collect();
    for (commitment, finding) in links {
        if let Some(r) = map.get_mut(&commitment) {
            r.findings.push(finding);
        }
    }
    Ok(map)
}

/// At most this many findings a provision offers to cite, the newest (besides those cited):
/// with 50,000 findings in a Member State at the synthetic scale 100, offering all of them made
/// an assessment's page read them all (620 ms).
pub const CITABLE_SHOWN: i64 = 20;

/// What a finding a rating in `state` may cite is, as `fc` (its commitment link): live, seen at
/// one of `$2`'s levels, on `$1`.
const CITABLE: &str = "fc.live AND fc.effective_visibility = ANY($2)
    AND EXISTS (SELECT 1 FROM finding_state fs
                 WHERE fs.finding_id = fc.finding_id AND fs.member_state_code = $1)";

/// The findings a rating in `state` may cite, by commitment, oldest first: (commitment,
/// finding, excerpt). Those of `cited` that may still be cited; and with `newest`, for each
/// commitment the newest [`CITABLE_SHOWN`] and one more (which tells that there are more).
pub async fn citable_findings(
    db: impl PgExecutor<'_>,
    state: &str,
    levels: &[Visibility],
    cited: &[Uuid],
    newest: bool,
) -> Result<Vec<(Uuid, Uuid, String)>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT x.commitment_id, f.id, left(f.statement, 140)
           FROM (SELECT c.id AS commitment_id, l.finding_id, l.created_at
                   FROM commitment c
                  CROSS JOIN LATERAL (
                        SELECT fc.finding_id, fc.created_at FROM finding_commitment fc
                         WHERE fc.commitment_id = c.id AND {CITABLE}
                         ORDER BY fc.created_at DESC, fc.finding_id DESC LIMIT $4) l
                  WHERE c.archived_at IS NULL
                 UNION
                 SELECT fc.commitment_id, fc.finding_id, fc.created_at FROM finding_commitment fc
                  WHERE fc.finding_id = ANY($3) AND {CITABLE}) x
           JOIN finding f ON f.id = x.finding_id
          ORDER BY x.created_at, f.id"
    ))
    .bind(state)
    .bind(levels)
    .bind(cited)
    .bind(if newest { CITABLE_SHOWN + 1 } else { 0 })
    .fetch_all(db)
    .await
}

/// Of the findings a form names, those a rating in `state` may cite, with the commitment each
/// may be cited for: (commitment, finding).
pub async fn citable_among(
    db: impl PgExecutor<'_>,
    state: &str,
    levels: &[Visibility],
    named: &[Uuid],
) -> Result<Vec<(Uuid, Uuid)>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT fc.commitment_id, fc.finding_id FROM finding_commitment fc
          WHERE fc.finding_id = ANY($3) AND {CITABLE}"
    ))
    .bind(state)
    .bind(levels)
    .bind(named)
    .fetch_all(db)
    .await
}

/// Writes (or replaces) one answer, with the findings it cites.
pub async fn put_rating(
    db: &mut sqlx::PgConnection,
    assessment: Uuid,
    rating: &Rating,
    by: Option<Uuid>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO assessment_rating (assessment_id, commitment_id, answer, rating, evidence,
                                        evidence_links, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (assessment_id, commitment_id) DO UPDATE
            SET answer = EXCLUDED.answer, rating = EXCLUDED.rating, evidence = EXCLUDED.evidence,
                evidence_links = EXCLUDED.evidence_links, updated_by = EXCLUDED.updated_by,
                version = assessment_rating.version + 1, updated_at = now()",
    )
    .bind(assessment)
    .bind(rating.commitment_id)
    .bind(rating.answer)
    .bind(rating.rating)
    .bind(&rating.evidence)
    .bind(&rating.evidence_links)
    .bind(by)
    .execute(&mut *db)
    .await?;
    sqlx::query(
        "DELETE FROM assessment_rating_finding WHERE assessment_id = $1 AND commitment_id = $2",
    )
    .bind(assessment)
    .bind(rating.commitment_id)
    .execute(&mut *db)
    .await?;
    sqlx::query(
        "INSERT INTO assessment_rating_finding (assessment_id, commitment_id, finding_id)
         SELECT $1, $2, unnest($3::uuid[])",
    )
    .bind(assessment)
    .bind(rating.commitment_id)
    .bind(&rating.findings)
    .execute(&mut *db)
    .await?;
    Ok(())
}

/// Who reads the assessments, as the rule of [`latest_submitted`] sees them: the levels of
/// visibility they may see, and the Member State they belong to (an official's state, a
/// partner's organisation's state), whose both sides they may read once submitted.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Reader {
    pub levels: Vec<Visibility>,
    pub own_state: Option<String>,
}

impl Reader {
    /// The one rule for a submitted assessment: readable when its round is shared with the
    /// reader's level (staff see every level), or it is of the reader's own state.
    pub fn may_read_submitted(&self, round: &Round) -> bool {
        self.levels.contains(&round.visibility)
            || self.own_state.as_deref() == Some(round.state_code.as_str())
    }
}

/// The reader `viewer` is: their levels, and the state they belong to, if any.
pub async fn reader(
    pool: &sqlx::PgPool,
    viewer: &crate::auth::Viewer,
) -> Result<Reader, sqlx::Error> {
    let own_state = match viewer.user() {
        Some(user) => match (user.role, &user.member_state_code, user.organisation_id) {
            (crate::auth::Role::Official, Some(code), _) => Some(code.clone()),
            (crate::auth::Role::Partner, _, Some(org)) => organisation_state(pool, org).await?,
            _ => None,
        },
        None => None,
    };
    Ok(Reader {
        levels: viewer.visible_levels(),
        own_state,
    })
}

/// The assessment that counts as a state's latest for one side, for a reader.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Latest {
    pub state: String,
    pub side: AssessorKind,
    pub assessment_id: Uuid,
    pub round_id: Uuid,
    pub cycle: String,
}

/// The one rule that decides which assessment counts as each state's latest, per side, for
/// `reader`: of the framework's submitted assessments the reader may read (see
/// [`Reader::may_read_submitted`]), the one of the round with the latest cycle (the newer
/// round when two share a cycle). A draft never counts. Used by the dashboard and by the
/// comparison, so that they cannot disagree.
pub async fn latest_submitted(
    db: impl PgExecutor<'_>,
    framework: Uuid,
    reader: &Reader,
) -> Result<Vec<Latest>, sqlx::Error> {
    sqlx::query_as(
        "SELECT DISTINCT ON (r.member_state_code, a.assessor_kind)
                r.member_state_code::text AS state, a.assessor_kind AS side,
                a.id AS assessment_id, r.id AS round_id, r.cycle
           FROM assessment_round r JOIN assessment a ON a.round_id = r.id
          WHERE r.framework_id = $1 AND a.status = 'submitted'
            AND (r.visibility = ANY($2) OR r.member_state_code::text = $3)
          ORDER BY r.member_state_code, a.assessor_kind, r.cycle DESC, r.created_at DESC",
    )
    .bind(framework)
    .bind(&reader.levels)
    .bind(reader.own_state.as_deref())
    .fetch_all(db)
    .await
}

/// The framework whose assessments the dashboard and the regional view sum up: the first
/// adopted.
pub async fn main_framework(db: impl PgExecutor<'_>) -> Result<Option<Uuid>, sqlx::Error> {
    sqlx::query_scalar("SELECT id FROM framework ORDER BY adopted_on, id LIMIT 1")
        .fetch_optional(db)
        .await
}

/// The levels of a rating scale: (value, label).
pub async fn levels(
    db: impl PgExecutor<'_>,
    scale: Uuid,
) -> Result<Vec<(i16, String)>, sqlx::Error> {
    sqlx::query_as("SELECT value, label FROM rating_level WHERE scale_id = $1 ORDER BY value")
        .bind(scale)
        .fetch_all(db)
        .await
}

/// The Member State a partner's organisation is based in.
pub async fn organisation_state(
    db: impl PgExecutor<'_>,
    organisation: Uuid,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT member_state_code::text FROM organisation WHERE id = $1")
        .bind(organisation)
        .fetch_one(db)
        .await
}

/// Whether a state was a member of ASEAN, and bound by the framework, on `day`.
pub async fn standing(
    db: impl PgExecutor<'_>,
    framework: Uuid,
    day: NaiveDate,
) -> Result<Vec<(String, String, bool, bool)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT m.code::text, m.short_name, m.member_since <= $2,
                EXISTS (SELECT 1 FROM framework_state fs WHERE fs.framework_id = $1
                          AND fs.member_state_code = m.code AND fs.bound_from <= $2
                          AND (fs.bound_until IS NULL OR fs.bound_until >= $2))
           FROM member_state m ORDER BY m.short_name",
    )
    .bind(framework)
    .bind(day)
    .fetch_all(db)
    .await
}

/// Every rating of submitted assessments of a framework's rounds in `cycle`:
/// (state, side, chapter number, answer, rating, round visibility).
pub async fn regional_ratings(
    db: impl PgExecutor<'_>,
    framework: Uuid,
    cycle: &str,
) -> Result<Vec<(String, AssessorKind, i16, Answer, Option<i16>, Visibility)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT r.member_state_code::text, a.assessor_kind, ch.number, ar.answer, ar.rating, r.visibility
           FROM assessment_round r
           JOIN assessment a ON a.round_id = r.id AND a.status = 'submitted'
           JOIN assessment_rating ar ON ar.assessment_id = a.id
           JOIN commitment c ON c.id = ar.commitment_id
           JOIN chapter ch ON ch.id = c.chapter_id
          WHERE r.framework_id = $1 AND r.cycle = $2",
    )
    .bind(framework)
    .bind(cycle)
    .fetch_all(db)
    .await
}

/// The earlier and later rounds of a state on a framework, for trends: (round id, cycle).
pub async fn rounds_of_state(
    db: impl PgExecutor<'_>,
    framework: Uuid,
    state: &str,
) -> Result<Vec<(Uuid, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, cycle FROM assessment_round WHERE framework_id = $1 AND member_state_code = $2
          ORDER BY cycle",
    )
    .bind(framework)
    .bind(state)
    .fetch_all(db)
    .await
}

/// The version of an assessment (moved on by every save of its answers).
pub async fn version(db: impl PgExecutor<'_>, assessment: Uuid) -> Result<i32, sqlx::Error> {
    sqlx::query_scalar("SELECT version FROM assessment WHERE id = $1")
        .bind(assessment)
        .fetch_one(db)
        .await
}

/// Moves a draft assessment's version on from `version`, inside the caller's transaction;
/// `false` when someone saved since that version (or it was submitted), so that a save over
/// answers its author has not seen is refused.
pub async fn claim_version(
    db: impl PgExecutor<'_>,
    assessment: Uuid,
    version: i32,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE assessment SET version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 AND status = 'draft'",
    )
    .bind(assessment)
    .bind(version)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Marks an assessment submitted (if still a draft).
pub async fn submit(
    db: impl PgExecutor<'_>,
    assessment: Uuid,
    by: Uuid,
    now: DateTime<Utc>,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE assessment SET status = 'submitted', submitted_by = $2, submitted_at = $3,
                version = version + 1, updated_at = $3
          WHERE id = $1 AND status = 'draft'",
    )
    .bind(assessment)
    .bind(by)
    .bind(now)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}
