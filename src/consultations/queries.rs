//! SQL for consultation pages. Every query takes the viewer's visible levels.

use chrono::NaiveDate;
use sqlx::PgExecutor;
use sqlx::types::Json;
use uuid::Uuid;

use super::{ConsultationStatus, ParticipationRole};
use crate::auth::Visibility;
use crate::organisations::OrganisationKind;

/// A Member State, by code and short name.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct StateRef {
    pub code: String,
    pub name: String,
}

/// One consultation, whole.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct ConsultationRow {
    pub id: Uuid,
    pub slug: String,
    pub title: String,
    pub number_in_series: Option<i16>,
    pub city: String,
    pub venue: String,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub planned_period: String,
    pub status: ConsultationStatus,
    pub status_reason: String,
    pub is_regional: bool,
    pub chatham_house: bool,
    pub objectives: String,
    pub summary: String,
    pub languages: Vec<String>,
    pub participants_reported: Option<i32>,
    pub participants_reported_note: String,
    pub source: String,
    pub series_slug: Option<String>,
    pub series_title: Option<String>,
    pub host_code: Option<String>,
    pub host_name: Option<String>,
    pub states: Json<Vec<StateRef>>,
    /// The language its title, objectives and summary are written in.
    #[serde(default)]
    pub language: crate::domain::language::TextLanguage,
}

/// A consultation in a list.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ConsultationSummary {
    pub slug: String,
    pub title: String,
    pub series_id: Option<Uuid>,
    pub number_in_series: Option<i16>,
    pub city: String,
    pub host_code: Option<String>,
    pub host_name: Option<String>,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub planned_period: String,
    pub status: ConsultationStatus,
    pub participants_reported: Option<i32>,
    /// The language its title is written in.
    pub language: crate::domain::language::TextLanguage,
}

impl ConsultationSummary {
    /// The host Member State's name in the reader's language.
    pub fn host(&self) -> Option<String> {
        let name = self.host_name.as_deref()?;
        Some(match &self.host_code {
            Some(code) => crate::member_states::state_name(code, name),
            None => name.to_owned(),
        })
    }
}

const SUMMARY_COLUMNS: &str = "c.slug, c.title, c.series_id, c.number_in_series, c.city,
    h.code::text AS host_code, h.short_name AS host_name, c.starts_on, c.ends_on, c.planned_period, c.status,
    c.participants_reported, c.language";

const SUMMARY_ORDER: &str =
    "ORDER BY c.starts_on NULLS LAST, c.number_in_series NULLS LAST, h.short_name, c.title";

/// The first `per_series` visible consultations of each series, in date order (undated ones
/// last), and as many of those in no series. Each series is read from its own index range and
/// stops at `per_series` (numbering every consultation of every series read all 10,000 at the
/// synthetic scale 100: 31 ms for the home page, against 3).
pub async fn list_per_series(
    db: impl PgExecutor<'_>,
    levels: &[Visibility],
    per_series: i64,
) -> Result<Vec<ConsultationSummary>, sqlx::Error> {
    let first = |which: &str| {
        format!(
            "SELECT {SUMMARY_COLUMNS}, row_number() OVER ({SUMMARY_ORDER}, c.id) AS place_in_series
               FROM consultation c LEFT JOIN member_state h ON h.code = c.host_state_code
              WHERE {which} AND c.effective_visibility = ANY($1) AND c.archived_at IS NULL
              {SUMMARY_ORDER}, c.id
              LIMIT $2"
        )
    };
    sqlx::query_as(&format!(
        "SELECT * FROM (
           SELECT l.* FROM series s CROSS JOIN LATERAL ({}) l
           UNION ALL
           SELECT * FROM ({}) alone) listed
          ORDER BY place_in_series",
        first("c.series_id = s.id"),
        first("c.series_id IS NULL")
    ))
    .bind(levels)
    .bind(per_series)
    .fetch_all(db)
    .await
}

/// The visible consultations of a series, at most `limit`.
pub async fn list_for_series(
    db: impl PgExecutor<'_>,
    series_id: Uuid,
    levels: &[Visibility],
    limit: i64,
) -> Result<Vec<ConsultationSummary>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {SUMMARY_COLUMNS}
           FROM consultation c LEFT JOIN member_state h ON h.code = c.host_state_code
          WHERE c.series_id = $1 AND c.effective_visibility = ANY($2) AND c.archived_at IS NULL
          {SUMMARY_ORDER}, c.id LIMIT $3"
    ))
    .bind(series_id)
    .bind(levels)
    .bind(limit)
    .fetch_all(db)
    .await
}

/// How many visible consultations each series has, held (or reported) and planned (or
/// scheduled); `series` narrows it to one.
#[derive(Debug, Clone, Copy, Default, sqlx::FromRow)]
pub struct SeriesCounts {
    pub series_id: Option<Uuid>,
    pub total: i64,
    pub held: i64,
    pub planned: i64,
}

pub async fn series_counts(
    db: impl PgExecutor<'_>,
    levels: &[Visibility],
    series: Option<Uuid>,
) -> Result<Vec<SeriesCounts>, sqlx::Error> {
    sqlx::query_as(
        "SELECT c.series_id, count(*) AS total,
                count(*) FILTER (WHERE c.status IN ('held', 'report_published')) AS held,
                count(*) FILTER (WHERE c.status IN ('planned', 'scheduled')) AS planned
           FROM consultation c
          WHERE c.effective_visibility = ANY($1) AND c.archived_at IS NULL
            AND ($2::uuid IS NULL OR c.series_id = $2)
          GROUP BY c.series_id",
    )
    .bind(levels)
    .bind(series)
    .fetch_all(db)
    .await
}

/// The visible consultations that cover a Member State.
pub async fn list_for_state(
    db: impl PgExecutor<'_>,
    code: &str,
    levels: &[Visibility],
    limit: i64,
) -> Result<Vec<ConsultationSummary>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {SUMMARY_COLUMNS}
           FROM consultation c LEFT JOIN member_state h ON h.code = c.host_state_code
          WHERE c.effective_visibility = ANY($2) AND c.archived_at IS NULL
            AND (c.host_state_code = $1 OR EXISTS (
                     SELECT 1 FROM consultation_state cs
                      WHERE cs.consultation_id = c.id AND cs.member_state_code = $1))
          {SUMMARY_ORDER}, c.id LIMIT $3"
    ))
    .bind(code)
    .bind(levels)
    .bind(limit)
    .fetch_all(db)
    .await
}

/// An organisation's part in a consultation, summed over its participation records.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct ParticipantOrganisation {
    pub slug: String,
    pub name: String,
    pub acronym: String,
    pub kind: OrganisationKind,
    #[serde(default)]
    pub state_code: Option<String>,
    pub state_name: Option<String>,
    pub roles: Vec<ParticipationRole>,
    pub female: i64,
    pub male: i64,
    pub other_or_unstated: i64,
    /// Whether any of its head counts are demo figures (the demo layer of the demo data).
    #[serde(default)]
    pub demo_counts: bool,
}

impl ParticipantOrganisation {
    /// Its Member State's name in the reader's language; "Regional" for a regional body.
    pub fn place(&self) -> String {
        match (&self.state_code, &self.state_name) {
            (Some(code), Some(name)) => crate::member_states::state_name(code, name),
            (None, Some(name)) => name.clone(),
            (_, None) => t!("regional"),
        }
    }
}

/// A consultation's editable values as stored, for the edit form (staff: every visibility).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EditRow {
    pub id: Uuid,
    pub slug: String,
    pub title: String,
    pub series_id: Option<Uuid>,
    pub number_in_series: Option<i16>,
    pub host_state_code: Option<String>,
    pub states: Vec<String>,
    pub city: String,
    pub venue: String,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub planned_period: String,
    pub status: ConsultationStatus,
    pub status_reason: String,
    pub chatham_house: bool,
    pub objectives: String,
    pub summary: String,
    pub language: crate::domain::language::TextLanguage,
    pub participants_reported: Option<i32>,
    pub visibility: Visibility,
    pub version: i32,
}

pub async fn edit_row(db: impl PgExecutor<'_>, slug: &str) -> Result<Option<EditRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT c.id, c.slug, c.title, c.series_id, c.number_in_series,
                c.host_state_code::text AS host_state_code,
                coalesce((SELECT array_agg(cs.member_state_code::text ORDER BY cs.member_state_code)
                            FROM consultation_state cs WHERE cs.consultation_id = c.id), '{}')
                    AS states,
                c.city, c.venue, c.starts_on, c.ends_on, c.planned_period, c.status,
                c.status_reason, c.chatham_house, c.objectives, c.summary, c.language,
                c.participants_reported, c.visibility, c.version
           FROM consultation c WHERE c.slug = $1 AND c.archived_at IS NULL",
    )
    .bind(slug)
    .fetch_optional(db)
    .await
}

/// A free slug from `title` words (`hanoi-2019-12-18`, `hanoi-2019-12-18-2`, ...).
pub async fn free_slug(db: &mut sqlx::PgConnection, base: &str) -> Result<String, sqlx::Error> {
    crate::db::slug::free_slug_in(db, "consultation", base).await
}

pub async fn insert(
    db: &mut sqlx::PgConnection,
    slug: &str,
    f: &super::forms::ConsultationFields,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Uuid, sqlx::Error> {
    let id: Uuid = sqlx::query_scalar(
        "INSERT INTO consultation (slug, title, series_id, number_in_series, host_state_code,
                city, venue, starts_on, ends_on, planned_period, status, status_reason,
                chatham_house, objectives, summary, participants_reported, visibility,
                is_regional, created_at, updated_at, language)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17,
                 $18, $19, $19, $20)
         RETURNING id",
    )
    .bind(slug)
    .bind(&f.title)
    .bind(f.series_id)
    .bind(f.number_in_series)
    .bind(&f.host_state_code)
    .bind(&f.city)
    .bind(&f.venue)
    .bind(f.starts_on)
    .bind(f.ends_on)
    .bind(&f.planned_period)
    .bind(f.status)
    .bind(&f.status_reason)
    .bind(f.chatham_house)
    .bind(&f.objectives)
    .bind(&f.summary)
    .bind(f.participants_reported)
    .bind(f.visibility)
    .bind(f.states.len() > 1)
    .bind(now)
    .bind(f.language)
    .fetch_one(&mut *db)
    .await?;
    replace_states(db, id, &f.states).await?;
    Ok(id)
}

/// Saves `f` over the consultation if it is still at `version`; false if someone saved it
/// meanwhile.
pub async fn update(
    db: &mut sqlx::PgConnection,
    id: Uuid,
    version: i32,
    f: &super::forms::ConsultationFields,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE consultation SET title = $3, series_id = $4, number_in_series = $5,
                host_state_code = $6, city = $7, venue = $8, starts_on = $9, ends_on = $10,
                planned_period = $11, status = $12, status_reason = $13, chatham_house = $14,
                objectives = $15, summary = $16, participants_reported = $17, visibility = $18,
                is_regional = $19, version = version + 1, updated_at = $20, language = $21
          WHERE id = $1 AND version = $2",
    )
    .bind(id)
    .bind(version)
    .bind(&f.title)
    .bind(f.series_id)
    .bind(f.number_in_series)
    .bind(&f.host_state_code)
    .bind(&f.city)
    .bind(&f.venue)
    .bind(f.starts_on)
    .bind(f.ends_on)
    .bind(&f.planned_period)
    .bind(f.status)
    .bind(&f.status_reason)
    .bind(f.chatham_house)
    .bind(&f.objectives)
    .bind(&f.summary)
    .bind(f.participants_reported)
    .bind(f.visibility)
    .bind(f.states.len() > 1)
    .bind(now)
    .bind(f.language)
    .execute(&mut *db)
    .await?;
    if done.rows_affected() == 0 {
        return Ok(false);
    }
    replace_states(db, id, &f.states).await?;
    Ok(true)
}

async fn replace_states(
    db: &mut sqlx::PgConnection,
    id: Uuid,
    states: &[String],
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM consultation_state WHERE consultation_id = $1")
        .bind(id)
        .execute(&mut *db)
        .await?;
    sqlx::query(
        "INSERT INTO consultation_state (consultation_id, member_state_code)
         SELECT $1, unnest($2::text[])",
    )
    .bind(id)
    .bind(states)
    .execute(&mut *db)
    .await?;
    Ok(())
}

/// The slug of consultation `id`.
pub async fn slug_of(db: impl PgExecutor<'_>, id: Uuid) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT slug FROM consultation WHERE id = $1")
        .bind(id)
        .fetch_optional(db)
        .await
}

/// A series to choose from.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SeriesChoice {
    pub id: Uuid,
    pub title: String,
}

pub async fn series_choices(db: impl PgExecutor<'_>) -> Result<Vec<SeriesChoice>, sqlx::Error> {
    sqlx::query_as("SELECT id, title FROM series WHERE archived_at IS NULL ORDER BY title")
        .fetch_all(db)
        .await
}

/// A person who took part, for staff (personal data).
#[derive(Debug, sqlx::FromRow)]
pub struct ParticipantPerson {
    pub id: Uuid,
    pub full_name: String,
    pub sex: crate::people::Sex,
    pub organisation: String,
    pub role: ParticipationRole,
}

pub async fn people(
    db: impl PgExecutor<'_>,
    consultation_id: Uuid,
) -> Result<Vec<ParticipantPerson>, sqlx::Error> {
    sqlx::query_as(
        "SELECT p.id, p.full_name, p.sex, o.name AS organisation, pa.role
           FROM participation pa
           JOIN person p ON p.id = pa.person_id
           JOIN organisation o ON o.id = pa.organisation_id
          WHERE pa.consultation_id = $1
          ORDER BY lower(immutable_unaccent(p.full_name)), o.name",
    )
    .bind(consultation_id)
    .fetch_all(db)
    .await
}

/// What the consultation list is narrowed to (the dashboard links here with these).
#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    pub state: Option<String>,
    /// `held` (held or report published), `planned` (planned or scheduled), `postponed`,
    /// `cancelled`.
    pub stage: Option<&'static str>,
    /// A series' slug.
    pub series: Option<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

/// The statuses of a stage of [`ListFilter`] (the dashboard's stages: its timeline names them
/// so).
fn stage_statuses(stage: &str) -> &'static [&'static str] {
    match stage {
        "held" => &["held", "report_published"],
        "planned" => &["planned", "scheduled"],
        "postponed" => &["postponed"],
        _ => &["cancelled"],
    }
}

fn push_list_filter(
    q: &mut sqlx::QueryBuilder<'_, sqlx::Postgres>,
    filter: &ListFilter,
    levels: &[Visibility],
) {
    q.push(" WHERE c.archived_at IS NULL AND c.effective_visibility = ANY(")
        .push_bind(levels.to_vec())
        .push(")");
    if let Some(state) = &filter.state {
        q.push(" AND EXISTS (SELECT 1 FROM consultation_state cs WHERE cs.consultation_id = c.id AND cs.member_state_code = ")
            .push_bind(state.clone())
            .push(")");
    }
    if let Some(stage) = filter.stage {
        // Compared as the enum, not as text: the planner then knows how many there are,
        // and walks the newest consultations (`consultation_newest_idx`) instead of reading
        // them all to sort them.
        q.push(" AND c.status = ANY(")
            .push_bind(
                stage_statuses(stage)
                    .iter()
                    .map(|s| (*s).to_owned())
                    .collect::<Vec<_>>(),
            )
            .push("::consultation_status[])");
    }
    if let Some(slug) = &filter.series {
        q.push(" AND c.series_id = (SELECT id FROM series WHERE slug = ")
            .push_bind(slug.clone())
            .push(")");
    }
    if let Some(from) = filter.from {
        q.push(" AND c.starts_on >= ").push_bind(from);
    }
    if let Some(to) = filter.to {
        q.push(" AND c.starts_on <= ").push_bind(to);
    }
}

/// A page of the filtered consultations, newest first (undated ones last).
pub async fn list_filtered(
    db: impl PgExecutor<'_>,
    filter: &ListFilter,
    levels: &[Visibility],
    limit: i64,
    offset: i64,
) -> Result<Vec<ConsultationSummary>, sqlx::Error> {
    let mut q = sqlx::QueryBuilder::new(format!(
        "SELECT {SUMMARY_COLUMNS}
           FROM consultation c LEFT JOIN member_state h ON h.code = c.host_state_code"
    ));
    push_list_filter(&mut q, filter, levels);
    q.push(
        " ORDER BY c.starts_on DESC NULLS LAST, c.number_in_series NULLS LAST, h.short_name, c.title, c.id LIMIT ",
    )
    .push_bind(limit)
    .push(" OFFSET ")
    .push_bind(offset);
    q.build_query_as().fetch_all(db).await
}

/// How many consultations the filter finds. A filter of a Member State or a stage alone is
/// answered from the dashboard's kept figures (migration 34), at the cost of a few rows: by
/// state, each consultation covering it by status ('consultations'); for the region, each
/// consultation once by year and stage ('timeline'). Any other is counted from the records.
pub async fn count_filtered(
    db: impl PgExecutor<'_>,
    filter: &ListFilter,
    levels: &[Visibility],
) -> Result<i64, sqlx::Error> {
    if filter.series.is_some() || filter.from.is_some() || filter.to.is_some() {
        return count_counted(db, filter, levels).await;
    }
    // The keys of the stage: statuses by state, the timeline's stage ('2019:held') for the
    // region; all of them without a stage.
    let (figure, state, keys) = match (&filter.state, filter.stage) {
        (Some(state), stage) => (
            "consultations",
            state.as_str(),
            stage.map(|stage| stage_statuses(stage).to_vec()),
        ),
        (None, stage) => ("timeline", "", stage.map(|stage| vec![stage])),
    };
    sqlx::query_scalar(
        "SELECT coalesce(sum(n), 0)::bigint
           FROM (SELECT key, n FROM figure_count
                  WHERE figure = $1 AND state = $2 AND effective_visibility = ANY($3)
                 UNION ALL
                 SELECT key, n FROM figure_delta
                  WHERE figure = $1 AND state = $2 AND effective_visibility = ANY($3)) x
          WHERE $4::text[] IS NULL
             OR CASE WHEN $1 = 'timeline' THEN split_part(key, ':', 2) ELSE key END = ANY($4)",
    )
    .bind(figure)
    .bind(state)
    .bind(levels)
    .bind(keys)
    .fetch_one(db)
    .await
}

/// How many consultations the filter finds, counted from the records: what
/// [`count_filtered`] answers from the kept figures must equal it (the tests compare them).
pub async fn count_counted(
    db: impl PgExecutor<'_>,
    filter: &ListFilter,
    levels: &[Visibility],
) -> Result<i64, sqlx::Error> {
    let mut q = sqlx::QueryBuilder::new("SELECT count(*) FROM consultation c");
    push_list_filter(&mut q, filter, levels);
    q.build_query_scalar().fetch_one(db).await
}

/// Everything the consultation page shows of a consultation the viewer may see.
#[derive(Debug)]
pub struct Page {
    pub consultation: ConsultationRow,
    pub agenda: Vec<crate::sessions::queries::SessionRow>,
    pub participants: Vec<ParticipantOrganisation>,
    /// The published notes the viewer may see, in agenda order.
    pub published: Vec<crate::notes::queries::NoteRow>,
    /// The statements of those notes, by note, in section order.
    pub statements: Vec<(Uuid, crate::notes::queries::Statement)>,
    /// Whether `organisation` took part (so its partners may write notes).
    pub took_part: bool,
    /// The version of its scopes ([`page_scopes`]) this was read at, in the same statement.
    pub version: i64,
}

impl Page {
    /// Roughly how much text the page holds (its agenda, notes and statements), in bytes.
    pub fn text_len(&self) -> usize {
        let agenda: usize = self
            .agenda
            .iter()
            .map(|s| s.title.len() + s.description.len() + 200 * s.speakers.0.len())
            .sum();
        let notes: usize = self.published.iter().map(|n| n.summary.len() + 200).sum();
        let statements: usize = self.statements.iter().map(|(_, s)| s.body.len()).sum();
        self.consultation.summary.len()
            + self.consultation.objectives.len()
            + agenda
            + notes
            + statements
            + 200 * self.participants.len()
    }
}

#[derive(sqlx::FromRow)]
struct PageRow {
    consultation: Json<ConsultationRow>,
    agenda: Json<Vec<crate::sessions::queries::SessionRow>>,
    participants: Json<Vec<ParticipantOrganisation>>,
    published: Json<Vec<crate::notes::queries::NoteRow>>,
    statements: Json<Vec<NoteStatement>>,
    took_part: bool,
    version: i64,
}

#[derive(serde::Deserialize)]
struct NoteStatement {
    note_id: Uuid,
    #[serde(flatten)]
    statement: crate::notes::queries::Statement,
}

/// The consultation `slug` and all its page shows, as `levels` may see them, in one statement
/// (planned once per connection: its values come through one row, `p`). `organisation` is the
/// viewer's, for `took_part`.
pub async fn page(
    db: impl PgExecutor<'_>,
    slug: &str,
    levels: &[Visibility],
    organisation: Option<Uuid>,
) -> Result<Option<Page>, sqlx::Error> {
    let row: Option<PageRow> = sqlx::query_as(&PAGE)
        .bind(slug)
        .bind(levels)
        .bind(organisation)
        .bind(PAGE_SCOPES)
        .fetch_optional(db)
        .await?;
    Ok(row.map(|r| Page {
        consultation: r.consultation.0,
        agenda: r.agenda.0,
        participants: r.participants.0,
        published: r.published.0,
        statements: r
            .statements
            .0
            .into_iter()
            .map(|s| (s.note_id, s.statement))
            .collect(),
        took_part: r.took_part,
        version: r.version,
    }))
}

/// What a consultation's page is read from besides its own scope (`consultation:<id>`): the
/// organisations and people named on it, the Member States, themes and series.
pub const PAGE_SCOPES: &[&str] = &["organisation", "people", "reference", "series"];

/// The scopes of consultation `id`'s page: its version is theirs.
pub fn page_scopes(id: Uuid) -> Vec<String> {
    std::iter::once(format!("consultation:{id}"))
        .chain(PAGE_SCOPES.iter().map(|s| (*s).to_owned()))
        .collect()
}

static PAGE: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!(
        "WITH p AS MATERIALIZED (SELECT $1::text AS slug, $2::visibility[] AS levels,
                                     $3::uuid AS organisation, $4::text[] AS scopes),
         c AS (
           SELECT c.id, c.slug, c.title, c.number_in_series, c.city, c.venue, c.starts_on,
                  c.ends_on, c.planned_period, c.status, c.status_reason, c.is_regional,
                  c.chatham_house, c.objectives, c.summary, c.languages, c.participants_reported,
                  c.participants_reported_note, c.source, c.language,
                  s.slug AS series_slug, s.title AS series_title,
                  h.code::text AS host_code, h.short_name AS host_name,
                  coalesce((SELECT json_agg(json_build_object('code', m.code, 'name', m.short_name)
                                            ORDER BY m.short_name)
                              FROM consultation_state cs
                              JOIN member_state m ON m.code = cs.member_state_code
                             WHERE cs.consultation_id = c.id), '[]') AS states
             FROM consultation c
             LEFT JOIN series s ON s.id = c.series_id
                               AND s.effective_visibility = ANY((SELECT levels FROM p)::visibility[])
             LEFT JOIN member_state h ON h.code = c.host_state_code
            WHERE c.slug = (SELECT slug FROM p)
              AND c.effective_visibility = ANY((SELECT levels FROM p)::visibility[])
              AND c.archived_at IS NULL),
         agenda AS (
           SELECT se.id, se.position, se.kind, se.title, se.description, se.day, se.starts_at,
                  se.ends_at, se.language,
                  coalesce((
                      SELECT json_agg(json_build_object(
                                 'person', nullif(trim(pe.honorific || ' ' || pe.full_name), ''),
                                 'roles', (SELECT string_agg(pr.title || coalesce(', ' ||
                                                   coalesce(nullif(ro.acronym, ''), ro.name), ''),
                                                   '; ' ORDER BY pr.title)
                                             FROM person_role pr
                                             LEFT JOIN organisation ro ON ro.id = pr.organisation_id
                                            WHERE pr.person_id = pe.id
                                              AND (pr.starts_on IS NULL OR c.starts_on IS NULL
                                                   OR pr.starts_on <= c.starts_on)
                                              AND (pr.ends_on IS NULL OR c.starts_on IS NULL
                                                   OR pr.ends_on >= c.starts_on)),
                                 'organisation', o.name,
                                 'organisation_slug', o.slug,
                                 'capacity', sp.capacity) ORDER BY sp.position)
                        FROM session_speaker sp
                        LEFT JOIN person pe ON pe.id = sp.person_id
                        LEFT JOIN organisation o ON o.id = sp.organisation_id
                       WHERE sp.session_id = se.id), '[]') AS speakers,
                  coalesce((
                      SELECT json_agg(json_build_object('slug', t.slug, 'name', t.name)
                                      ORDER BY t.name)
                        FROM session_theme st JOIN theme t ON t.id = st.theme_id
                       WHERE st.session_id = se.id), '[]') AS themes
             FROM session se JOIN c ON c.id = se.consultation_id
            WHERE se.effective_visibility = ANY((SELECT levels FROM p)::visibility[])
              AND se.archived_at IS NULL),
         participants AS (
           SELECT o.slug, o.name, o.acronym, o.kind, m.code::text AS state_code,
                  m.short_name AS state_name,
                  array_agg(DISTINCT pa.role ORDER BY pa.role) AS roles,
                  sum(pa.female)::bigint AS female, sum(pa.male)::bigint AS male,
                  sum(pa.other_or_unstated)::bigint AS other_or_unstated,
                  bool_or(pa.is_demo) AS demo_counts,
                  min(pa.role) AS first_role
             FROM participation pa
             JOIN organisation o ON o.id = pa.organisation_id
             LEFT JOIN member_state m ON m.code = o.member_state_code
            WHERE pa.consultation_id = (SELECT id FROM c)
            GROUP BY o.id, m.code, m.short_name),
         published AS (
           {} WHERE c.id = (SELECT id FROM c) AND n.status = 'published'
                AND n.effective_visibility = ANY((SELECT levels FROM p)::visibility[])
                AND se.effective_visibility = ANY((SELECT levels FROM p)::visibility[])
                AND se.archived_at IS NULL)
         SELECT row_to_json(c) AS consultation,
                (SELECT coalesce(json_agg(a ORDER BY a.position), '[]') FROM agenda a) AS agenda,
                (SELECT coalesce(json_agg(x ORDER BY x.first_role, x.kind, x.name), '[]')
                   FROM participants x) AS participants,
                (SELECT coalesce(json_agg(n ORDER BY se.position, n.published_at), '[]')
                   FROM published n JOIN session se ON se.id = n.session_id) AS published,
                (SELECT coalesce(json_agg(json_build_object(
                            'note_id', s.note_id, 'section', s.section, 'body', s.body,
                            'non_attributed', s.non_attributed, 'speaker_sector', s.speaker_sector)
                          ORDER BY s.note_id, s.section, s.position), '[]')
                   FROM note_statement s WHERE s.note_id IN (SELECT id FROM published)) AS statements,
                EXISTS (SELECT 1 FROM participation pa
                         WHERE pa.organisation_id = (SELECT organisation FROM p)
                           AND pa.consultation_id = c.id) AS took_part,
                scope_versions(('consultation:' || c.id::text) || (SELECT scopes FROM p))
                    AS version
           FROM c",
        crate::notes::queries::NOTE
    )
});
