//! The dashboard's figures: one SQL statement reads them all, for one level of visibility and
//! one choice of filters, from the totals the writing transactions keep (as a whole, and by
//! slice for filters); and the full count from the records that they must equal.

use chrono::NaiveDate;
use serde::Deserialize;
use sqlx::PgExecutor;
use sqlx::types::Json;
use uuid::Uuid;

use crate::access::Visibility;

/// What the figures are restricted to. Periods work as in the findings tracker: a finding falls
/// on its consultation's date (or, without one, the day it was recorded).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Filters {
    /// A series' slug.
    pub series: Option<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// A theme's slug; it narrows the findings (consultations have no theme).
    pub theme: Option<String>,
}

/// Every figure of the dashboard, as the one statement returns it.
#[derive(Debug, Deserialize)]
pub struct Figures {
    pub version: i64,
    /// The page's content as rendered from these figures, by official's Member State ("" for
    /// everyone else): kept with them, and gone with them when the data change.
    #[serde(skip)]
    pub rendered: std::sync::Mutex<std::collections::HashMap<String, std::sync::Arc<str>>>,
    pub states: Vec<StateRow>,
    pub consultations: Vec<ConsultationCount>,
    pub participants: Vec<ParticipantCount>,
    pub findings: Vec<FindingCount>,
    pub recommendations: Vec<RecommendationCount>,
    pub by_theme: Vec<ThemeCount>,
    pub by_chapter: Vec<ChapterCount>,
    pub ratings: Vec<RatingAverage>,
    pub timeline: Vec<TimelineCount>,
    pub themes: Vec<Named>,
    pub chapters: Vec<Chapter>,
    pub series: Vec<Named>,
    /// Which of the figures count demo records (the demo layer of the demo data).
    #[serde(default)]
    pub demo: DemoCounted,
}

/// Whether the figures count demo records, by kind.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct DemoCounted {
    pub consultations: bool,
    pub participants: bool,
    pub findings: bool,
    pub assessments: bool,
}

#[derive(Debug, Clone, Deserialize)]
pub struct StateRow {
    pub code: String,
    pub name: String,
    pub member_since: NaiveDate,
    pub observer_since: Option<NaiveDate>,
}

/// Consultations covering a state, by stage.
#[derive(Debug, Clone, Deserialize)]
pub struct ConsultationCount {
    pub state: String,
    pub held: i64,
    pub planned: i64,
    pub postponed: i64,
    pub cancelled: i64,
    pub last_held: Option<NaiveDate>,
}

/// Heads counted at the consultations covering a state, by the kind of organisation they came
/// from and by sex.
#[derive(Debug, Clone, Deserialize)]
pub struct ParticipantCount {
    pub state: String,
    pub kind: String,
    pub female: i64,
    pub male: i64,
    pub other: i64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct FindingCount {
    pub state: String,
    pub kind: String,
    pub n: i64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct RecommendationCount {
    pub state: String,
    pub total: i64,
    /// Recommendations not yet accepted or begun.
    #[serde(default)]
    pub open: i64,
    #[serde(default)]
    pub in_progress: i64,
    pub implemented: i64,
    pub overdue: i64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ThemeCount {
    pub state: String,
    pub theme: String,
    pub n: i64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ChapterCount {
    pub state: String,
    pub chapter: i16,
    pub n: i64,
}

/// The average rating of a side's latest submitted assessment, over the whole framework
/// (`chapter` is `None`) or one chapter. "Not applicable" and "no information" are left out of
/// the average and counted apart.
#[derive(Debug, Clone, Deserialize)]
pub struct RatingAverage {
    pub state: String,
    pub side: String,
    pub chapter: Option<i16>,
    pub cycle: String,
    pub round_id: Uuid,
    pub average: Option<f64>,
    pub rated: i64,
    pub not_applicable: i64,
    pub no_information: i64,
}

/// Consultations by year (`None`: not dated yet) and stage.
#[derive(Debug, Clone, Deserialize)]
pub struct TimelineCount {
    pub year: Option<i32>,
    pub stage: String,
    pub n: i64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Named {
    pub slug: String,
    pub name: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Chapter {
    pub number: i16,
    pub title: String,
}

/// Every figure counted from the records, for any filters: what the kept totals must equal
/// (the tests compare them). Its cost grows with the data, so the app reads the kept totals.
const FIGURES: &str = r"
WITH p AS (
    SELECT $1::visibility[] AS levels, $2::text IS NOT NULL AS by_series,
           (SELECT id FROM series WHERE slug = $2) AS series_id,
           $3::date AS from_d, $4::date AS to_d, $5::text AS theme, $6::date AS today
),
fw AS (SELECT id FROM framework ORDER BY adopted_on, id LIMIT 1),
c AS (
    SELECT c.id, c.status, c.starts_on, c.is_demo
      FROM consultation c, p
     WHERE c.archived_at IS NULL AND c.effective_visibility = ANY(p.levels)
       AND (NOT p.by_series OR c.series_id = p.series_id)
       AND (p.from_d IS NULL OR c.starts_on >= p.from_d)
       AND (p.to_d IS NULL OR c.starts_on <= p.to_d)
),
themed AS MATERIALIZED (
    -- The findings of the theme asked for, first: a tenth of them or so, where the others
    -- would each be looked up.
    SELECT ft.finding_id FROM finding_theme ft
     WHERE $5::text IS NOT NULL
       AND ft.theme_id = (SELECT t.id FROM theme t WHERE t.slug = $5::text)
),
f AS MATERIALIZED (
    -- Without a theme, every finding; with one, only that theme's, found through its index (a
    -- finding has a theme at most once). Which of the two runs is decided by the value itself,
    -- in the one plan kept for every value.
    SELECT f.id, f.kind, f.recommendation_status, f.due_on, f.is_demo
      FROM finding f JOIN consultation c ON c.id = f.consultation_id, p
     WHERE $5::text IS NULL
       AND f.archived_at IS NULL AND f.effective_visibility = ANY(p.levels) AND c.effective_visibility = ANY(p.levels)
       AND (NOT p.by_series OR c.series_id = p.series_id)
       AND (p.from_d IS NULL OR coalesce(c.starts_on, f.created_at::date) >= p.from_d)
       AND (p.to_d IS NULL OR coalesce(c.starts_on, f.created_at::date) <= p.to_d)
    UNION ALL
    SELECT f.id, f.kind, f.recommendation_status, f.due_on, f.is_demo
      FROM themed
           -- Each looked up by its key (OFFSET 0 keeps the planner from reading every
           -- finding to join them instead).
           CROSS JOIN LATERAL (SELECT * FROM finding f WHERE f.id = themed.finding_id OFFSET 0) f
           JOIN consultation c ON c.id = f.consultation_id, p
     WHERE f.archived_at IS NULL AND f.effective_visibility = ANY(p.levels) AND c.effective_visibility = ANY(p.levels)
       AND (NOT p.by_series OR c.series_id = p.series_id)
       AND (p.from_d IS NULL OR coalesce(c.starts_on, f.created_at::date) >= p.from_d)
       AND (p.to_d IS NULL OR coalesce(c.starts_on, f.created_at::date) <= p.to_d)
),
fs AS MATERIALIZED (
    SELECT s.member_state_code::text AS state, f.*
      FROM f JOIN finding_state s ON s.finding_id = f.id
),
latest AS (
    -- The assessments that count as each state's latest, chosen by the one rule
    -- (assessments::queries::latest_submitted) for this reader and passed in.
    SELECT r.member_state_code::text AS state, a.assessor_kind::text AS side, a.id, r.cycle,
           r.id AS round_id
      FROM assessment a JOIN assessment_round r ON r.id = a.round_id
     WHERE a.id = ANY($7::uuid[])
)
SELECT json_build_object(
  'version', 0,
  'states', (SELECT coalesce(json_agg(json_build_object(
                 'code', code, 'name', short_name, 'member_since', member_since,
                 'observer_since', observer_since) ORDER BY short_name), '[]')
               FROM member_state),
  'consultations', (SELECT coalesce(json_agg(x), '[]') FROM (
      SELECT cs.member_state_code::text AS state,
             count(*) FILTER (WHERE c.status IN ('held', 'report_published')) AS held,
             count(*) FILTER (WHERE c.status IN ('planned', 'scheduled')) AS planned,
             count(*) FILTER (WHERE c.status = 'postponed') AS postponed,
             count(*) FILTER (WHERE c.status = 'cancelled') AS cancelled,
             max(c.starts_on) FILTER (WHERE c.status IN ('held', 'report_published')) AS last_held
        FROM c JOIN consultation_state cs ON cs.consultation_id = c.id
       GROUP BY 1) x),
  'participants', (SELECT coalesce(json_agg(x), '[]') FROM (
      SELECT cs.member_state_code::text AS state, o.kind::text AS kind,
             sum(pa.female) AS female, sum(pa.male) AS male, sum(pa.other_or_unstated) AS other
        FROM c JOIN consultation_state cs ON cs.consultation_id = c.id
        JOIN participation pa ON pa.consultation_id = c.id
        JOIN organisation o ON o.id = pa.organisation_id
       GROUP BY 1, 2) x),
  'findings', (SELECT coalesce(json_agg(x), '[]') FROM (
      SELECT state, kind::text AS kind, count(*) AS n FROM fs GROUP BY 1, 2) x),
  'recommendations', (SELECT coalesce(json_agg(x), '[]') FROM (
      SELECT state, count(*) AS total,
             count(*) FILTER (WHERE recommendation_status = 'open') AS open,
             count(*) FILTER (WHERE recommendation_status = 'in_progress') AS in_progress,
             count(*) FILTER (WHERE recommendation_status = 'implemented') AS implemented,
             count(*) FILTER (WHERE due_on < (SELECT today FROM p)
                 AND recommendation_status NOT IN ('implemented', 'not_accepted')) AS overdue
        FROM fs WHERE kind = 'recommendation' GROUP BY 1) x),
  'by_theme', (SELECT coalesce(json_agg(x), '[]') FROM (
      SELECT fs.state, t.slug AS theme, count(*) AS n
        FROM fs JOIN finding_theme ft ON ft.finding_id = fs.id JOIN theme t ON t.id = ft.theme_id
       GROUP BY 1, 2) x),
  'by_chapter', (SELECT coalesce(json_agg(x), '[]') FROM (
      SELECT fs.state, ch.number AS chapter, count(DISTINCT fs.id) AS n
        FROM fs JOIN finding_commitment fc ON fc.finding_id = fs.id
        JOIN commitment cm ON cm.id = fc.commitment_id
        JOIN chapter ch ON ch.id = cm.chapter_id
       WHERE ch.framework_id = (SELECT id FROM fw)
       GROUP BY 1, 2) x),
  'ratings', (SELECT coalesce(json_agg(x), '[]') FROM (
      SELECT l.state, l.side, ch.number AS chapter, l.cycle, l.round_id,
             avg(ar.rating) FILTER (WHERE ar.answer = 'rated')::float8 AS average,
             count(*) FILTER (WHERE ar.answer = 'rated') AS rated,
             count(*) FILTER (WHERE ar.answer = 'not_applicable') AS not_applicable,
             count(*) FILTER (WHERE ar.answer = 'no_information') AS no_information
        FROM latest l JOIN assessment_rating ar ON ar.assessment_id = l.id
        JOIN commitment cm ON cm.id = ar.commitment_id
        JOIN chapter ch ON ch.id = cm.chapter_id
       GROUP BY GROUPING SETS ((l.state, l.side, l.cycle, l.round_id),
                               (l.state, l.side, l.cycle, l.round_id, ch.number))) x),
  'timeline', (SELECT coalesce(json_agg(x), '[]') FROM (
      SELECT extract(year FROM c.starts_on)::int AS year,
             CASE WHEN c.status IN ('held', 'report_published') THEN 'held'
                  WHEN c.status IN ('planned', 'scheduled') THEN 'planned'
                  ELSE c.status::text END AS stage,
             count(*) AS n
        FROM c GROUP BY 1, 2) x),
  'themes', (SELECT coalesce(json_agg(json_build_object('slug', slug, 'name', name)
                 ORDER BY name), '[]') FROM theme WHERE archived_at IS NULL),
  'chapters', (SELECT coalesce(json_agg(json_build_object('number', number, 'title', title)
                 ORDER BY number), '[]') FROM chapter WHERE framework_id = (SELECT id FROM fw)),
  'demo', json_build_object(
      'consultations', EXISTS (SELECT 1 FROM c WHERE c.is_demo),
      'participants', EXISTS (SELECT 1 FROM c JOIN participation pa ON pa.consultation_id = c.id
                               WHERE pa.is_demo
                                 AND pa.female + pa.male + pa.other_or_unstated > 0),
      'findings', EXISTS (SELECT 1 FROM f WHERE f.is_demo),
      'assessments', EXISTS (SELECT 1 FROM latest l JOIN assessment_round r ON r.id = l.round_id
                              WHERE r.is_demo)),
  'series', (SELECT coalesce(json_agg(json_build_object('slug', slug, 'name', title)
                 ORDER BY starts_on NULLS LAST, title), '[]')
               FROM series, p WHERE archived_at IS NULL AND effective_visibility = ANY(p.levels))
)";

/// The figures kept by figure (migration 34) that the dashboard reads whole: each its own
/// small table in [`KEPT`], so that each part of the answer scans only its own figure's rows.
const KEPT_FIGURES: &[&str] = &[
    "consultations",
    "participants",
    "findings",
    "recommendations",
    "theme",
    "chapter",
    "timeline",
    "demo_findings",
    "demo_consultations",
    "demo_participants",
    "held_month",
];

/// The figures without filters, from the totals the writing transactions keep (migration 34):
/// a few small reads whose cost does not grow with the number of findings. The same JSON as
/// [`FIGURES`]; `$3` is the version the caller read before, passed through.
///
/// Each figure of [`KEPT_FIGURES`] is read by its part of the totals' key (an index range) and
/// summed with the pending deltas into a table of its own, `f_<figure>`: one wide table of every
/// figure, scanned by each of the dozen parts of the answer, cost twice as much at scale 100.
static KEPT: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let figures: String = KEPT_FIGURES
        .iter()
        .map(|figure| {
            format!(
                "f_{figure} AS MATERIALIZED (
    SELECT state, key, sum(n)::bigint AS n
      FROM (SELECT c.state, c.key, c.n FROM figure_count c, p
             WHERE c.figure = '{figure}' AND c.effective_visibility = ANY(p.levels)
            UNION ALL
            SELECT state, key, n FROM pending WHERE figure = '{figure}') x
     GROUP BY state, key
    HAVING sum(n) <> 0
),
"
            )
        })
        .collect();
    format!("{KEPT_HEAD}{figures}{KEPT_BODY}{KEPT_SELECT}")
});

const KEPT_HEAD: &str = r#"
WITH p AS (
    SELECT $1::visibility[] AS levels, $2::date AS today,
           to_char($2::date, 'YYYY-MM') COLLATE "C" AS month,
           to_char($2::date, 'YYYY-MM-DD') COLLATE "C" AS day
),
fw AS (SELECT id FROM framework ORDER BY adopted_on, id LIMIT 1),
-- The deltas not yet folded into the totals, of the levels read (few: folded every few seconds).
pending AS MATERIALIZED (
    SELECT d.figure, d.state, d.key, d.n FROM figure_delta d, p
     WHERE d.effective_visibility = ANY(p.levels)
),
"#;

const KEPT_BODY: &str = r#"
-- Open recommendations due before this month (a range of the totals' key), and in this month
-- before today.
overdue AS MATERIALIZED (
    SELECT state, sum(n)::bigint AS n
      FROM (SELECT c.state, c.n FROM figure_count c, p
             WHERE c.figure = 'due_month' AND c.effective_visibility = ANY(p.levels)
               AND c.key < p.month
            UNION ALL
            SELECT d.state, d.n FROM pending d, p
             WHERE d.figure = 'due_month' AND d.key < p.month
            UNION ALL
            SELECT c.state, c.n FROM figure_count c, p
             WHERE c.figure = 'due_day' AND c.effective_visibility = ANY(p.levels)
               AND c.key >= p.month AND c.key < p.day
            UNION ALL
            SELECT d.state, d.n FROM pending d, p
             WHERE d.figure = 'due_day' AND d.key >= p.month AND d.key < p.day) x
     GROUP BY state
),
held_months AS MATERIALIZED (
    SELECT state, max(key) AS month FROM f_held_month WHERE n > 0 GROUP BY state
),
last_held AS MATERIALIZED (
    SELECT state, max(key) AS day
      FROM (SELECT x.state, x.key
              FROM (SELECT c.state, c.key, c.n FROM figure_count c, p, held_months h
                     WHERE c.figure = 'held_on' AND c.effective_visibility = ANY(p.levels)
                       AND c.key >= h.month AND c.key < h.month || '.' AND c.state = h.state
                    UNION ALL
                    SELECT d.state, d.key, d.n FROM pending d, held_months h
                     WHERE d.figure = 'held_on'
                       AND d.key >= h.month AND d.key < h.month || '.' AND d.state = h.state) x
             GROUP BY x.state, x.key
            HAVING sum(x.n) > 0) days
     GROUP BY state
),
"#;

/// The answer itself, from the `f_<figure>` tables, `overdue` and `last_held` of the statement
/// before it: the same for figures with filters and without.
const KEPT_SELECT: &str = r#"
latest AS (
    SELECT r.member_state_code::text AS state, a.assessor_kind::text AS side, a.id, r.cycle,
           r.id AS round_id
      FROM assessment a JOIN assessment_round r ON r.id = a.round_id
     WHERE a.id = ANY($4::uuid[])
)
SELECT json_build_object(
  'version', $3::bigint,
  'states', (SELECT coalesce(json_agg(json_build_object(
                 'code', code, 'name', short_name, 'member_since', member_since,
                 'observer_since', observer_since) ORDER BY short_name), '[]')
               FROM member_state),
  'consultations', (SELECT coalesce(json_agg(x), '[]') FROM (
      SELECT st.state,
             coalesce(sum(st.n) FILTER (WHERE st.key IN ('held', 'report_published')), 0) AS held,
             coalesce(sum(st.n) FILTER (WHERE st.key IN ('planned', 'scheduled')), 0) AS planned,
             coalesce(sum(st.n) FILTER (WHERE st.key = 'postponed'), 0) AS postponed,
             coalesce(sum(st.n) FILTER (WHERE st.key = 'cancelled'), 0) AS cancelled,
             (SELECT l.day::date FROM last_held l WHERE l.state = st.state) AS last_held
        FROM f_consultations st GROUP BY st.state) x),
  'participants', (SELECT coalesce(json_agg(x), '[]') FROM (
      SELECT state, split_part(key, ':', 1) AS kind,
             coalesce(sum(n) FILTER (WHERE key LIKE '%:female'), 0) AS female,
             coalesce(sum(n) FILTER (WHERE key LIKE '%:male'), 0) AS male,
             coalesce(sum(n) FILTER (WHERE key LIKE '%:other'), 0) AS other
        FROM f_participants
       GROUP BY 1, 2) x),
  'findings', (SELECT coalesce(json_agg(x), '[]') FROM (
      SELECT state, key AS kind, n FROM f_findings) x),
  'recommendations', (SELECT coalesce(json_agg(x), '[]') FROM (
      SELECT s.state, sum(s.n) AS total,
             coalesce(sum(s.n) FILTER (WHERE s.key = 'open'), 0) AS open,
             coalesce(sum(s.n) FILTER (WHERE s.key = 'in_progress'), 0) AS in_progress,
             coalesce(sum(s.n) FILTER (WHERE s.key = 'implemented'), 0) AS implemented,
             coalesce((SELECT o.n FROM overdue o WHERE o.state = s.state), 0) AS overdue
        FROM f_recommendations s GROUP BY s.state) x),
  'by_theme', (SELECT coalesce(json_agg(x), '[]') FROM (
      SELECT s.state, t.slug AS theme, s.n
        FROM f_theme s JOIN theme t ON t.id::text = s.key) x),
  'by_chapter', (SELECT coalesce(json_agg(x), '[]') FROM (
      SELECT s.state, ch.number AS chapter, s.n
        FROM f_chapter s JOIN chapter ch ON ch.id::text = s.key
       WHERE ch.framework_id = (SELECT id FROM fw)) x),
  'ratings', (SELECT coalesce(json_agg(x), '[]') FROM (
      SELECT l.state, l.side, ch.number AS chapter, l.cycle, l.round_id,
             avg(ar.rating) FILTER (WHERE ar.answer = 'rated')::float8 AS average,
             count(*) FILTER (WHERE ar.answer = 'rated') AS rated,
             count(*) FILTER (WHERE ar.answer = 'not_applicable') AS not_applicable,
             count(*) FILTER (WHERE ar.answer = 'no_information') AS no_information
        FROM latest l JOIN assessment_rating ar ON ar.assessment_id = l.id
        JOIN commitment cm ON cm.id = ar.commitment_id
        JOIN chapter ch ON ch.id = cm.chapter_id
       GROUP BY GROUPING SETS ((l.state, l.side, l.cycle, l.round_id),
                               (l.state, l.side, l.cycle, l.round_id, ch.number))) x),
  'timeline', (SELECT coalesce(json_agg(x), '[]') FROM (
      SELECT nullif(split_part(key, ':', 1), '')::int AS year, split_part(key, ':', 2) AS stage,
             n
        FROM f_timeline) x),
  'themes', (SELECT coalesce(json_agg(json_build_object('slug', slug, 'name', name)
                 ORDER BY name), '[]') FROM theme WHERE archived_at IS NULL),
  'chapters', (SELECT coalesce(json_agg(json_build_object('number', number, 'title', title)
                 ORDER BY number), '[]') FROM chapter WHERE framework_id = (SELECT id FROM fw)),
  'demo', json_build_object(
      'consultations', EXISTS (SELECT 1 FROM f_demo_consultations WHERE n > 0),
      'participants', EXISTS (SELECT 1 FROM f_demo_participants WHERE n > 0),
      'findings', EXISTS (SELECT 1 FROM f_demo_findings WHERE n > 0),
      'assessments', EXISTS (SELECT 1 FROM latest l JOIN assessment_round r ON r.id = l.round_id
                              WHERE r.is_demo)),
  'series', (SELECT coalesce(json_agg(json_build_object('slug', slug, 'name', title)
                 ORDER BY starts_on NULLS LAST, title), '[]')
               FROM series, p WHERE archived_at IS NULL AND effective_visibility = ANY(p.levels))
)"#;

/// The figures of findings kept by slice that a theme narrows; those of consultations are read
/// for any theme.
const SLICED_FINDING_FIGURES: &[&str] = &[
    "findings",
    "recommendations",
    "theme",
    "chapter",
    "demo_findings",
];
const SLICED_CONSULTATION_FIGURES: &[&str] = &[
    "consultations",
    "participants",
    "timeline",
    "demo_consultations",
    "demo_participants",
];

/// "Any theme", and "no series", in the slices' keys.
const NIL: &str = "'00000000-0000-0000-0000-000000000000'::uuid";

/// The rows `x` of `table` the filters select, with `r` their range, for its part of the
/// statement: those that meet `cond`, of the levels read, of the series asked for, and in one of
/// the `ranges` of days and months of the period (the CTE `ranges`, with their signs, or
/// `periods`). Each range is read by its own scan of the index (a lateral subquery that is not
/// merged, `OFFSET 0`): planned generically, a join of the ranges and the slices read every
/// slice of a figure and compared it with each range, 126,000 rows for 440 at scale 100.
fn in_slice(table: &str, ranges: &str, cond: &str) -> String {
    format!(
        "{ranges} r, p, LATERAL (
                SELECT x.* FROM {table} x
                 WHERE x.day >= r.lo AND x.day < r.hi AND x.effective_visibility = ANY(p.levels)
                   AND (NOT p.by_series OR x.series = p.series) AND {cond}
                OFFSET 0) x"
    )
}

/// The figures with filters, from the totals the writing transactions keep by slice (migration
/// 51): the same JSON as [`FIGURES`] from the rows of the slices the filters select (a series,
/// days, months and years of a period, a theme), a few thousand at scale 100. `$1` to `$4` as in
/// [`KEPT`]; `$5` the series' slug, `$6`, `$7` and `$9` the period's ranges of keys to count
/// (the starts, the ends and the signs, from [`counted_ranges`]), `$8` the theme's slug, `$10`
/// and `$11` the period's ranges that hold each of its keys once (from [`period_ranges`]).
static SLICED: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    // The rows of `cond` counted and not yet folded, with the signs of their ranges.
    let both = |cond: &str| {
        (
            in_slice("figure_slice_count", "ranges", cond),
            in_slice("pending", "ranges", cond),
        )
    };
    let part = |figure: &str, theme: &str| {
        let (counted, pending) = both(&format!("x.figure = '{figure}' AND x.theme = {theme}"));
        format!(
            "f_{figure} AS MATERIALIZED (
    SELECT state, key, sum(n)::bigint AS n
      FROM (SELECT x.state, x.key, x.n * r.sign AS n FROM {counted}
            UNION ALL
            SELECT x.state, x.key, x.n * r.sign AS n FROM {pending}) y
     GROUP BY state, key
    HAVING sum(n) <> 0
),
"
        )
    };
    let figures: String = SLICED_FINDING_FIGURES
        .iter()
        .map(|figure| part(figure, "p.theme"))
        .chain(
            SLICED_CONSULTATION_FIGURES
                .iter()
                .map(|figure| part(figure, NIL)),
        )
        .collect();
    let held = |table: &str| {
        format!(
            "SELECT x.state, x.day, x.n FROM {table} x, p
              WHERE x.figure = 'consultations' AND x.theme = {NIL}
                AND x.key IN ('held', 'report_published')
                AND x.effective_visibility = ANY(p.levels)
                AND (NOT p.by_series OR x.series = p.series)"
        )
    };
    let (held_counted, held_pending) = (held("figure_slice_count"), held("pending"));
    let (due_months, due_months_pending) =
        both("x.figure = 'due_month' AND x.theme = p.theme AND x.key < p.month");
    let (due_days, due_days_pending) =
        both("x.figure = 'due_day' AND x.theme = p.theme AND x.key >= p.month AND x.key < p.day");
    let held_cond = format!(
        "x.figure = 'consultations' AND x.theme = {NIL} AND x.key IN ('held', 'report_published')"
    );
    let (held_kept, held_new) = (
        in_slice("figure_slice_count", "periods", &held_cond),
        in_slice("pending", "periods", &held_cond),
    );
    let ranges = (1..=9)
        .map(|i| format!("(($6::text[])[{i}], ($7::text[])[{i}], ($9::bigint[])[{i}])"))
        .collect::<Vec<_>>()
        .join(", ");
    let periods = (1..=5)
        .map(|i| format!("(($10::text[])[{i}], ($11::text[])[{i}])"))
        .collect::<Vec<_>>()
        .join(", ");
    format!(
        r#"
WITH p AS (
    SELECT $1::visibility[] AS levels, $2::date AS today,
           to_char($2::date, 'YYYY-MM') COLLATE "C" AS month,
           to_char($2::date, 'YYYY-MM-DD') COLLATE "C" AS day,
           $5::text IS NOT NULL AS by_series,
           (SELECT s.id FROM series s WHERE s.slug = $5::text) AS series,
           -- No theme: the slice of any theme; a theme that does not exist: none.
           CASE WHEN $8::text IS NULL THEN {NIL}
                ELSE (SELECT t.id FROM theme t WHERE t.slug = $8::text)
           END AS theme
),
-- The period as ranges [lo, hi) of the slices' keys of time, each counted `sign` times (see
-- `counted_ranges`: at most nine). Written out as rows, not unnested, so that the plan expects
-- few: unnested, it expected ten and read every slice of a figure instead of the ranges' from
-- the index.
ranges AS (
    SELECT r.lo COLLATE "C" AS lo, r.hi COLLATE "C" AS hi, r.sign
      FROM (VALUES {ranges}) r(lo, hi, sign)
     WHERE r.lo IS NOT NULL AND r.hi IS NOT NULL
),
-- The period as ranges that each hold its keys once (see `period_ranges`: at most five), for
-- the days and months that count a held consultation.
periods AS (
    SELECT r.lo COLLATE "C" AS lo, r.hi COLLATE "C" AS hi
      FROM (VALUES {periods}) r(lo, hi)
     WHERE r.lo IS NOT NULL AND r.hi IS NOT NULL
),
fw AS (SELECT id FROM framework ORDER BY adopted_on, id LIMIT 1),
-- The deltas not yet folded (few: folded every few seconds).
pending AS MATERIALIZED (
    SELECT x.* FROM figure_slice_delta x, p WHERE x.effective_visibility = ANY(p.levels)
),
{figures}
overdue AS MATERIALIZED (
    SELECT state, sum(n)::bigint AS n
      FROM (SELECT x.state, x.n * r.sign AS n FROM {due_months}
            UNION ALL
            SELECT x.state, x.n * r.sign AS n FROM {due_months_pending}
            UNION ALL
            SELECT x.state, x.n * r.sign AS n FROM {due_days}
            UNION ALL
            SELECT x.state, x.n * r.sign AS n FROM {due_days_pending}) y
     GROUP BY state
),
-- The days and months of the period that count a held consultation, by state.
held AS MATERIALIZED (
    SELECT y.state, y.day
      FROM (SELECT x.state, x.day, x.n FROM {held_kept}
            UNION ALL
            SELECT x.state, x.day, x.n FROM {held_new}) y
     GROUP BY y.state, y.day
    HAVING sum(y.n) > 0
),
-- The latest of them, a month or a year written as its last moment ('YYYY-MM~', 'YYYY~')...
latest_held AS MATERIALIZED (
    SELECT state,
           max(CASE WHEN day LIKE 'm%' OR day LIKE 'y%' THEN substr(day, 2) || '~' ELSE day END)
               AS day
      FROM held GROUP BY state
),
-- ...and, for a month or a year, its last day that counts one.
last_held AS MATERIALIZED (
    SELECT l.state,
           CASE WHEN l.day NOT LIKE '%~' THEN l.day ELSE (
               SELECT max(z.day) FROM (
                   SELECT y.day FROM ({held_counted}
                                        AND x.state = l.state
                                        AND x.day > rtrim(l.day, '~') AND x.day < l.day
                                      UNION ALL
                                      {held_pending}
                                        AND x.state = l.state
                                        AND x.day > rtrim(l.day, '~') AND x.day < l.day) y
                    GROUP BY y.day
                   HAVING sum(y.n) > 0) z)
           END AS day
      FROM latest_held l
),
{KEPT_SELECT}"#
    )
});

/// The figures for `filters`, from the kept totals (see [`KEPT`] and, with filters,
/// [`SLICED`]), labelled `version`.
///
/// In a transaction of its own, planned once per connection (`force_generic_plan`): the
/// statement is long, and planning it again for each reading cost 4 to 7 ms at scale 100, a
/// third of the first dashboard after a change; its plan does not depend on the values.
pub async fn kept_figures<'c>(
    db: impl sqlx::Acquire<'c, Database = sqlx::Postgres>,
    levels: &[Visibility],
    filters: &Filters,
    today: NaiveDate,
    version: i64,
    latest: &[Uuid],
) -> Result<Figures, sqlx::Error> {
    let mut tx = db.begin().await?;
    sqlx::query("SELECT set_config('plan_cache_mode', 'force_generic_plan', true)")
        .execute(&mut *tx)
        .await?;
    let query = if *filters == Filters::default() {
        sqlx::query_scalar(KEPT.as_str())
    } else {
        sqlx::query_scalar(SLICED.as_str())
    };
    let query = query.bind(levels).bind(today).bind(version).bind(latest);
    let query = if *filters == Filters::default() {
        query
    } else {
        let counted = counted_ranges(filters.from, filters.to);
        debug_assert!(counted.len() <= 9, "the statement reads nine ranges");
        let (mut starts, mut ends, mut signs) = (Vec::new(), Vec::new(), Vec::new());
        for (lo, hi, sign) in counted {
            starts.push(lo);
            ends.push(hi);
            signs.push(sign);
        }
        let once = period_ranges(filters.from, filters.to);
        debug_assert!(once.len() <= 5, "the statement reads five periods");
        let (period_starts, period_ends): (Vec<String>, Vec<String>) = once.into_iter().unzip();
        query
            .bind(filters.series.as_deref())
            .bind(starts)
            .bind(ends)
            .bind(filters.theme.as_deref())
            .bind(signs)
            .bind(period_starts)
            .bind(period_ends)
    };
    let Json(figures): Json<Figures> = query.fetch_one(&mut *tx).await?;
    tx.commit().await?;
    Ok(figures)
}

/// A range `[lo, hi)` of the slices' keys of time (migration 51: days 'YYYY-MM-DD', months
/// 'mYYYY-MM', years 'yYYYY', compared bytewise) and how many times its rows count: 1, or -1
/// for the days or months outside the period of a month or a year read whole.
pub type KeyRange = (String, String, i64);

/// The period `from..=to` as the fewest half-open ranges `[lo, hi)` of the slices' keys of time,
/// each read once: the whole years it covers as years, the whole months of the years it covers
/// in part as months, and the days of the months it covers in part as days. So a year is one
/// key, a month one key, and no period reads more than the days of two part months, the months
/// of two part years and the years between. Without a start, from the first year (after 'y',
/// the undated); without an end, to the last; without either, every year and the undated. At
/// most five ranges: two of days, two of months and one of years.
pub fn period_ranges(from: Option<NaiveDate>, to: Option<NaiveDate>) -> Vec<(String, String)> {
    ranges(from, to, false)
        .into_iter()
        .map(|(lo, hi, _)| (lo, hi))
        .collect()
}

/// The period as [`period_ranges`] does, except that a part month or part year that covers more
/// than half of its month or year is read as the whole month or year (1) less the days or
/// months outside the period (-1): the months of March to December are a year less two months,
/// three keys where there were ten. A period of seven years from mid-February to early October
/// reads 13,000 rows of the slices at scale 100 instead of 22,000. Each day of the period still
/// counts once and each other day not at all. At most nine ranges.
pub fn counted_ranges(from: Option<NaiveDate>, to: Option<NaiveDate>) -> Vec<KeyRange> {
    ranges(from, to, true)
}

/// [`period_ranges`] (`less` false) or [`counted_ranges`] (`less` true).
fn ranges(from: Option<NaiveDate>, to: Option<NaiveDate>, less: bool) -> Vec<KeyRange> {
    // The period as [start, end): None is no bound.
    let start = from;
    let end = to.map(|to| to.succ_opt().unwrap_or(to));
    if start.is_none() && end.is_none() {
        return vec![("y".into(), "z".into(), 1)];
    }
    let mut ranges = Vec::new();
    let Some((months_from, months_to)) = whole_units(start, end, Grain::Day, less, &mut ranges)
    else {
        return ranges;
    };
    let Some((years_from, years_to)) =
        whole_units(months_from, months_to, Grain::Month, less, &mut ranges)
    else {
        return ranges;
    };
    ranges.push((
        years_from.map_or_else(|| "y0".to_owned(), |d| Grain::Year.key(d)),
        years_to.map_or_else(|| "z".to_owned(), |d| Grain::Year.key(d)),
        1,
    ));
    ranges
}

/// The grains of time the slices are kept at.
#[derive(Clone, Copy)]
enum Grain {
    Day,
    Month,
    Year,
}

impl Grain {
    /// The key of the unit of this grain that starts on `d`.
    fn key(self, d: NaiveDate) -> String {
        match self {
            Grain::Day => d.format("%Y-%m-%d"),
            Grain::Month => d.format("m%Y-%m"),
            Grain::Year => d.format("y%Y"),
        }
        .to_string()
    }

    /// The first day of the unit of the next grain (a month for days, a year for months) that
    /// holds `d`, and the first day of the one after it.
    fn parent(self, d: NaiveDate) -> (NaiveDate, NaiveDate) {
        use chrono::Datelike;
        let (first, months) = match self {
            Grain::Day => (d.with_day(1), 1),
            Grain::Month | Grain::Year => (d.with_ordinal(1), 12),
        };
        let first = first.unwrap_or(d);
        let next = first
            .checked_add_months(chrono::Months::new(months))
            .unwrap_or(first);
        (first, next)
    }

    /// How many units of this grain `[lo, hi)` spans.
    fn units(self, lo: NaiveDate, hi: NaiveDate) -> i64 {
        use chrono::Datelike;
        match self {
            Grain::Day => (hi - lo).num_days(),
            Grain::Month | Grain::Year => {
                i64::from(hi.year() - lo.year()) * 12 + i64::from(hi.month())
                    - i64::from(lo.month())
            }
        }
    }

    fn coarser(self) -> Grain {
        match self {
            Grain::Day => Grain::Month,
            Grain::Month | Grain::Year => Grain::Year,
        }
    }
}

/// Pushes `[lo, hi)` of `grain` to `ranges`: as it is, or, with `less` and when it lies in one
/// unit of the next grain and covers more than half of it, as that unit less the rest.
fn push_range(lo: NaiveDate, hi: NaiveDate, grain: Grain, less: bool, ranges: &mut Vec<KeyRange>) {
    let (first, next) = grain.parent(lo);
    let inside = grain.units(lo, hi);
    let outside = grain.units(first, next) - inside;
    if less && hi <= next && 1 + outside < inside {
        let coarser = grain.coarser();
        ranges.push((coarser.key(first), coarser.key(next), 1));
        if first < lo {
            ranges.push((grain.key(first), grain.key(lo), -1));
        }
        if hi < next {
            ranges.push((grain.key(hi), grain.key(next), -1));
        }
    } else {
        ranges.push((grain.key(lo), grain.key(hi), 1));
    }
}

/// One step of [`ranges`]: of `[start, end)` (None: no bound), the parts outside the whole
/// units of the next grain (months for days, years for months) pushed to `ranges` as ranges of
/// `grain`; then the bounds of the whole units, or None when there is no whole unit (the period
/// was pushed whole).
fn whole_units(
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
    grain: Grain,
    less: bool,
    ranges: &mut Vec<KeyRange>,
) -> Option<(Option<NaiveDate>, Option<NaiveDate>)> {
    let floor = |d: NaiveDate| grain.parent(d).0;
    let ceil = |d: NaiveDate| {
        let (first, next) = grain.parent(d);
        if first == d { d } else { next }
    };
    let (whole_from, whole_to) = (start.map(ceil), end.map(floor));
    if let (Some(s), Some(e), Some(wf), Some(wt)) = (start, end, whole_from, whole_to)
        && wf >= wt
    {
        if s < e {
            push_range(s, e, grain, less, ranges);
        }
        return None;
    }
    if let (Some(s), Some(wf)) = (start, whole_from)
        && s < wf
    {
        push_range(s, wf, grain, less, ranges);
    }
    if let (Some(e), Some(wt)) = (end, whole_to)
        && wt < e
    {
        push_range(wt, e, grain, less, ranges);
    }
    Some((whole_from, whole_to))
}

/// Moves the deltas the writers appended into the kept totals (one caller at a time; the
/// others return at once). Returns how many it moved.
pub async fn fold(db: impl PgExecutor<'_>) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT fold_figures()")
        .fetch_one(db)
        .await
}

/// Counts every figure from the records `levels` may see; the assessments' figures from
/// `latest`, the assessments that count as the states' latest for this reader. Its cost grows
/// with the data: it is the full count that the kept figures are tested against.
pub async fn figures(
    db: impl PgExecutor<'_>,
    levels: &[Visibility],
    filters: &Filters,
    today: NaiveDate,
    latest: &[Uuid],
) -> Result<Figures, sqlx::Error> {
    let Json(figures): Json<Figures> = sqlx::query_scalar(FIGURES)
        .bind(levels)
        .bind(filters.series.as_deref())
        .bind(filters.from)
        .bind(filters.to)
        .bind(filters.theme.as_deref())
        .bind(today)
        .bind(latest)
        .fetch_one(db)
        .await?;
    Ok(figures)
}

/// The self-assessments that count as the states' latest for `viewer`: the one rule of the
/// assessments (`latest_submitted`), so that the dashboard and the comparison agree.
pub async fn latest(
    pool: &sqlx::PgPool,
    viewer: &crate::access::Viewer,
) -> Result<Vec<Uuid>, sqlx::Error> {
    let reader = crate::assessments::queries::reader(pool, viewer).await?;
    Ok(
        match crate::assessments::queries::main_framework(pool).await? {
            Some(framework) => {
                crate::assessments::queries::latest_submitted(pool, framework, &reader)
                    .await?
                    .into_iter()
                    .map(|l| l.assessment_id)
                    .collect()
            }
            None => Vec::new(),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::{KeyRange, counted_ranges, period_ranges};
    use chrono::{Datelike, NaiveDate};

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a date")
    }

    /// How many times `ranges` count `key`.
    fn holding(ranges: &[KeyRange], key: &str) -> i64 {
        ranges
            .iter()
            .filter(|(lo, hi, _)| lo.as_str() <= key && key < hi.as_str())
            .map(|(_, _, sign)| sign)
            .sum()
    }

    /// Every day is counted once if it is in the period and never otherwise, by its day, its
    /// month or its year; the undated only without a period; and whole months and years are
    /// read as such.
    #[test]
    fn a_period_s_ranges_hold_each_of_its_days_once_and_nothing_else() {
        let mut bounds = vec![None];
        for y in [2018, 2019] {
            for m in 1..=12 {
                let first = date(y, m, 1);
                let last = first
                    .checked_add_months(chrono::Months::new(1))
                    .and_then(|d| d.pred_opt())
                    .expect("a last day");
                for d in [first, date(y, m, 2), date(y, m, 15), last] {
                    bounds.push(Some(d));
                }
            }
        }
        // Each day with its keys of a day, a month and a year.
        let days: Vec<(NaiveDate, [String; 3])> = date(2017, 11, 1)
            .iter_days()
            .take_while(|d| *d < date(2020, 3, 1))
            .map(|d| {
                (
                    d,
                    ["%Y-%m-%d", "m%Y-%m", "y%Y"].map(|f| d.format(f).to_string()),
                )
            })
            .collect();
        for from in &bounds {
            for to in &bounds {
                if let (Some(f), Some(t)) = (from, to)
                    && f > t
                {
                    continue;
                }
                let once: Vec<KeyRange> = period_ranges(*from, *to)
                    .into_iter()
                    .map(|(lo, hi)| (lo, hi, 1))
                    .collect();
                let counted = counted_ranges(*from, *to);
                assert!(once.len() <= 5, "{from:?}..{to:?}: {once:?}");
                assert!(counted.len() <= 9, "{from:?}..{to:?}: {counted:?}");
                for ranges in [&once, &counted] {
                    for (d, keys) in &days {
                        let inside = from.is_none_or(|f| f <= *d) && to.is_none_or(|t| *d <= t);
                        let n: i64 = keys.iter().map(|k| holding(ranges, k)).sum();
                        assert_eq!(n, i64::from(inside), "{d} in {from:?}..{to:?}: {ranges:?}");
                    }
                    let undated = holding(ranges, "") + holding(ranges, "m") + holding(ranges, "y");
                    let unbounded = from.is_none() && to.is_none();
                    assert_eq!(undated, i64::from(unbounded), "{from:?}..{to:?}");
                }
            }
        }
        assert_eq!(
            period_ranges(Some(date(2021, 1, 1)), Some(date(2021, 12, 31))),
            [("y2021".to_owned(), "y2022".to_owned())]
        );
        assert_eq!(
            period_ranges(Some(date(2019, 12, 1)), Some(date(2019, 12, 31))),
            [("m2019-12".to_owned(), "m2020-01".to_owned())]
        );
        assert_eq!(
            period_ranges(Some(date(2019, 12, 18)), Some(date(2019, 12, 18))),
            [("2019-12-18".to_owned(), "2019-12-19".to_owned())]
        );
        assert_eq!(date(2019, 12, 18).year(), 2019);
        let range = |lo: &str, hi: &str, sign: i64| (lo.to_owned(), hi.to_owned(), sign);
        // Ten months of a year are the year less two; three months stay three.
        assert_eq!(
            counted_ranges(Some(date(2018, 3, 1)), Some(date(2020, 3, 31))),
            [
                range("y2018", "y2019", 1),
                range("m2018-01", "m2018-03", -1),
                range("m2020-01", "m2020-04", 1),
                range("y2019", "y2020", 1),
            ]
        );
        // Every day of December but the first is the month less a day.
        assert_eq!(
            counted_ranges(Some(date(2019, 12, 2)), Some(date(2019, 12, 31))),
            [
                range("m2019-12", "m2020-01", 1),
                range("2019-12-01", "2019-12-02", -1),
            ]
        );
        // Half a month or less is read by its days.
        assert_eq!(
            counted_ranges(Some(date(2019, 12, 18)), Some(date(2019, 12, 31))),
            [range("2019-12-18", "2020-01-01", 1)]
        );
    }
}
