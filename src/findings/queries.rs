//! SQL for findings: the tracker's filtered, keyset-paginated list; one finding with its links
//! and follow-up; writing findings and progress updates.

use std::sync::LazyLock;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use sqlx::{PgExecutor, Postgres, QueryBuilder};
use uuid::Uuid;

use super::{FindingKind, RecommendationStatus};
use crate::auth::Visibility;

/// What the tracker filters on; every field optional.
#[derive(Debug, Default, Clone)]
pub struct Filter {
    pub state: Option<String>,
    pub kind: Option<FindingKind>,
    pub status: Option<RecommendationStatus>,
    /// A commitment's code (`C4.2`).
    pub commitment: Option<String>,
    pub chapter: Option<i16>,
    /// A theme's slug.
    pub theme: Option<String>,
    /// A consultation's slug.
    pub consultation: Option<String>,
    /// A series' slug.
    pub series: Option<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub overdue: bool,
}

/// The order of the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    #[default]
    Newest,
    Oldest,
    /// Soonest due first (findings with no due date last).
    Due,
}

crate::domain::enumerated! {
    Sort {
        Newest => "newest", "Newest first";
        Oldest => "oldest", "Oldest first";
        Due => "due", "Due soonest";
    }
}

/// Where a page of the list starts: after this finding (its sort key and id).
#[derive(Debug, Clone)]
pub struct Cursor {
    pub key: String,
    pub id: Uuid,
}

impl Cursor {
    /// The cursor of `key` and `id` for `sort`, if the key is one that sort writes.
    pub fn parse(sort: Sort, key: &str, id: Uuid) -> Option<Self> {
        let valid = match sort {
            // The date part is read by the app's one date reader, so that a year PostgreSQL
            // cannot hold is a damaged marker, not a failed query.
            Sort::Newest | Sort::Oldest => {
                chrono::NaiveDateTime::parse_from_str(key, "%Y-%m-%dT%H:%M:%S%.f").is_ok()
                    && key
                        .get(..10)
                        .is_some_and(|day| matches!(crate::web::form::date(day), Ok(Some(_))))
            }
            // Findings without a due date sort last, under a key beyond every real date.
            Sort::Due => key == NO_DUE_DATE || matches!(crate::web::form::date(key), Ok(Some(_))),
        };
        valid.then(|| Self {
            key: key.to_owned(),
            id,
        })
    }
}

/// The sort key of a finding without a due date (after every real one).
pub const NO_DUE_DATE: &str = "9999-12-31";

/// Counts stop here: the tracker says "more than" beyond it, so that a count never reads every
/// finding.
pub const COUNT_CAP: i64 = 1_000;

impl ListItem {
    /// To whom it is addressed, a Member State named in the reader's language.
    pub fn addressee_named(&self) -> Option<String> {
        match (&self.addressee_code, &self.addressee) {
            (Some(code), Some(name)) => Some(crate::member_states::state_name(code, name)),
            (_, name) => name.clone(),
        }
    }

    /// Its Member States named in the reader's language.
    pub fn state_names(&self) -> Vec<String> {
        self.state_codes
            .iter()
            .zip(&self.states)
            .map(|(code, name)| crate::member_states::state_name(code, name))
            .collect()
    }
}

/// A finding in the tracker, and in its CSV export.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct ListItem {
    pub id: Uuid,
    pub kind: FindingKind,
    pub statement: String,
    pub consultation_slug: String,
    pub consultation_title: String,
    pub consultation_date: Option<NaiveDate>,
    /// The Member States' names as stored (English), in the order of `state_codes`.
    pub states: Vec<String>,
    #[serde(skip_serializing)]
    pub state_codes: Vec<String>,
    pub commitments: Vec<String>,
    pub themes: Vec<String>,
    pub status: Option<RecommendationStatus>,
    /// To whom a recommendation is addressed: an organisation, or a Member State (English).
    pub addressee: Option<String>,
    /// The Member State's code when it is addressed to one.
    #[serde(skip_serializing)]
    pub addressee_code: Option<String>,
    pub due_on: Option<NaiveDate>,
    pub overdue: bool,
    pub visibility: Visibility,
    pub created_at: DateTime<Utc>,
    /// A recommendation's latest progress update: when it was reported, and what it says.
    pub latest_update_on: Option<NaiveDate>,
    pub latest_update: Option<String>,
    /// The sort key of this row, for the next page's cursor.
    pub sort_key: String,
}

/// What the list is ordered by: the creation time itself (so that the index on it serves the
/// newest and oldest first), or the due date.
fn order_sql(sort: Sort) -> &'static str {
    match sort {
        Sort::Newest | Sort::Oldest => "f.created_at",
        // As a date, not as the cursor's text: `finding_due_idx` holds this order.
        Sort::Due => "coalesce(f.due_on, DATE '9999-12-31')",
    }
}

/// The order's value as text, as cursors carry it.
fn sort_key_sql(sort: Sort) -> &'static str {
    match sort {
        Sort::Newest | Sort::Oldest => {
            "to_char(f.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US')"
        }
        Sort::Due => "coalesce(to_char(f.due_on, 'YYYY-MM-DD'), '9999-12-31')",
    }
}

/// Adds the filter's conditions (all bound, never formatted in).
fn push_filter(
    q: &mut QueryBuilder<'_, Postgres>,
    filter: &Filter,
    levels: &[Visibility],
    today: NaiveDate,
) {
    push_filter_but(q, filter, levels, today, None);
}

/// A link of findings that can give a page of the tracker in its order (migrations 41, 43):
/// each link carries its finding's creation, visibility and open due date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Link {
    /// The one commitment of the filter's code.
    Commitment(Uuid),
    State,
    Theme,
}

impl Link {
    /// The link that chooses the page of `filter` in `sort`'s order, if one can: any link
    /// filter for the newest or oldest first, and for the soonest due only among the overdue
    /// (the link keeps the due date of open recommendations alone).
    /// `commitment` is the one commitment of the filter's code, if only one has it.
    fn driving(filter: &Filter, sort: Sort, commitment: Option<Uuid>) -> Option<Link> {
        if sort == Sort::Due && !filter.overdue {
            return None;
        }
        if filter.commitment.is_some() {
            // A code of several frameworks' commitments: the filter reads each finding once.
            commitment.map(Link::Commitment)
        } else if filter.state.is_some() {
            Some(Link::State)
        } else if filter.theme.is_some() {
            Some(Link::Theme)
        } else {
            None
        }
    }

    /// `FROM ... WHERE` of the links the filter names, the viewer may see, live (and overdue).
    fn push_links(
        self,
        q: &mut QueryBuilder<'_, Postgres>,
        filter: &Filter,
        levels: &[Visibility],
        today: NaiveDate,
    ) {
        self.push_links_joined(q, filter, levels, today, true);
    }

    /// As [`Link::push_links`]; `with_findings`: joined to their findings (`f`) and the
    /// findings' consultations (`c`), which the rest of the statement reads.
    fn push_links_joined(
        self,
        q: &mut QueryBuilder<'_, Postgres>,
        filter: &Filter,
        levels: &[Visibility],
        today: NaiveDate,
        with_findings: bool,
    ) {
        let table = match self {
            Link::Commitment(_) => "finding_commitment",
            Link::State => "finding_state",
            Link::Theme => "finding_theme",
        };
        q.push(format!(" FROM {table} k"));
        if with_findings {
            q.push(" JOIN finding f ON f.id = k.finding_id JOIN consultation c ON c.id = f.consultation_id");
        }
        match self {
            Link::Commitment(id) => {
                q.push(" WHERE k.commitment_id = ").push_bind(id);
            }
            Link::State => {
                q.push(" WHERE k.member_state_code = ")
                    .push_bind(filter.state.clone().unwrap_or_default());
            }
            Link::Theme => {
                q.push(" WHERE k.theme_id = (SELECT t.id FROM theme t WHERE t.slug = ")
                    .push_bind(filter.theme.clone().unwrap_or_default())
                    .push(")");
            }
        }
        q.push(" AND k.live AND k.effective_visibility = ANY(")
            .push_bind(levels.to_vec())
            .push(")");
        if filter.overdue {
            q.push(" AND k.open_due < ").push_bind(today);
        }
    }

    /// Whether `filter` asks nothing of its findings but what this link carries of each: that
    /// it is live, who may see it (never more than may see its consultation, migration 10) and
    /// whether it is overdue (which only an open recommendation can be). Then the links alone
    /// answer which findings match.
    fn carries_all_of(self, filter: &Filter) -> bool {
        // Every field named, so that a new one is weighed here.
        let Filter {
            state,
            kind,
            status,
            commitment,
            chapter,
            theme,
            consultation,
            series,
            from,
            to,
            overdue,
        } = filter;
        (kind.is_none() || (*overdue && *kind == Some(FindingKind::Recommendation)))
            && status.is_none()
            && chapter.is_none()
            && consultation.is_none()
            && series.is_none()
            && from.is_none()
            && to.is_none()
            && (state.is_none() || self == Link::State)
            && (commitment.is_none() || matches!(self, Link::Commitment(_)))
            && (theme.is_none() || self == Link::Theme)
    }
}

/// The filter's conditions after `WHERE`, but for the link `driven`, which the statement reads
/// from (see [`Link::push_links`]).
fn push_filter_but(
    q: &mut QueryBuilder<'_, Postgres>,
    filter: &Filter,
    levels: &[Visibility],
    today: NaiveDate,
    driven: Option<Link>,
) {
    q.push(if driven.is_some() { " AND" } else { " WHERE" })
        .push(" f.archived_at IS NULL AND f.effective_visibility = ANY(")
        .push_bind(levels.to_vec())
        .push(") AND c.effective_visibility = ANY(")
        .push_bind(levels.to_vec())
        .push(")");
    if let Some(state) = filter
        .state
        .as_ref()
        .filter(|_| driven != Some(Link::State))
    {
        if filter.overdue {
            // A Member State's overdue recommendations, from its links (migration 43).
            q.push(" AND f.id IN (SELECT fs.finding_id FROM finding_state fs WHERE fs.member_state_code = ")
                .push_bind(state.clone())
                .push(" AND fs.live AND fs.effective_visibility = ANY(")
                .push_bind(levels.to_vec())
                .push(") AND fs.open_due < ")
                .push_bind(today)
                .push(")");
        } else {
            q.push(" AND EXISTS (SELECT 1 FROM finding_state fs WHERE fs.finding_id = f.id AND fs.member_state_code = ")
                .push_bind(state.clone())
                .push(")");
        }
    }
    if let Some(kind) = filter.kind {
        q.push(" AND f.kind = ").push_bind(kind);
    }
    if let Some(status) = filter.status {
        q.push(" AND f.recommendation_status = ").push_bind(status);
    }
    if let Some(code) = filter
        .commitment
        .as_ref()
        .filter(|_| !matches!(driven, Some(Link::Commitment(_))))
    {
        // From the commitment's links, which carry what the filter asks of their findings
        // (migration 41): its live findings the viewer may see, or only its overdue ones.
        q.push(" AND f.id IN (SELECT fc.finding_id FROM finding_commitment fc WHERE fc.commitment_id IN (SELECT cm.id FROM commitment cm WHERE upper(cm.code) = upper(")
            .push_bind(code.clone())
            .push(")) AND fc.live AND fc.effective_visibility = ANY(")
            .push_bind(levels.to_vec())
            .push(")");
        if filter.overdue {
            q.push(" AND fc.open_due < ").push_bind(today);
        }
        q.push(")");
    }
    if let Some(chapter) = filter.chapter {
        q.push(" AND EXISTS (SELECT 1 FROM finding_commitment fc JOIN commitment cm ON cm.id = fc.commitment_id JOIN chapter ch ON ch.id = cm.chapter_id WHERE fc.finding_id = f.id AND ch.number = ")
            .push_bind(chapter)
            .push(")");
    }
    if let Some(theme) = filter
        .theme
        .as_ref()
        .filter(|_| driven != Some(Link::Theme))
    {
        if filter.overdue {
            q.push(" AND f.id IN (SELECT ft.finding_id FROM finding_theme ft WHERE ft.theme_id IN (SELECT t.id FROM theme t WHERE t.slug = ")
                .push_bind(theme.clone())
                .push(") AND ft.live AND ft.effective_visibility = ANY(")
                .push_bind(levels.to_vec())
                .push(") AND ft.open_due < ")
                .push_bind(today)
                .push(")");
        } else {
            q.push(" AND EXISTS (SELECT 1 FROM finding_theme ft JOIN theme t ON t.id = ft.theme_id WHERE ft.finding_id = f.id AND t.slug = ")
                .push_bind(theme.clone())
                .push(")");
        }
    }
    if let Some(slug) = &filter.consultation {
        q.push(" AND c.slug = ").push_bind(slug.clone());
    }
    if let Some(slug) = &filter.series {
        q.push(" AND c.series_id = (SELECT id FROM series WHERE slug = ")
            .push_bind(slug.clone())
            .push(")");
    }
    if let Some(from) = filter.from {
        q.push(" AND coalesce(c.starts_on, f.created_at::date) >= ")
            .push_bind(from);
    }
    if let Some(to) = filter.to {
        q.push(" AND coalesce(c.starts_on, f.created_at::date) <= ")
            .push_bind(to);
    }
    if filter.overdue {
        // No due date counts as the last day, never overdue: the order `finding_due_idx` holds.
        q.push(" AND coalesce(f.due_on, DATE '9999-12-31') < ")
            .push_bind(today)
            .push(" AND f.recommendation_status NOT IN ('implemented', 'not_accepted')");
    }
}

const LIST_SELECT: &str = "
    SELECT f.id, f.kind, f.statement, c.slug AS consultation_slug, c.title AS consultation_title,
           c.starts_on AS consultation_date,
           coalesce((SELECT array_agg(m.short_name ORDER BY m.short_name) FROM finding_state fs
                       JOIN member_state m ON m.code = fs.member_state_code
                      WHERE fs.finding_id = f.id), '{}') AS states,
           coalesce((SELECT array_agg(m.code::text ORDER BY m.short_name) FROM finding_state fs
                       JOIN member_state m ON m.code = fs.member_state_code
                      WHERE fs.finding_id = f.id), '{}') AS state_codes,
           coalesce((SELECT array_agg(cm.code ORDER BY cm.code) FROM finding_commitment fc
                       JOIN commitment cm ON cm.id = fc.commitment_id
                      WHERE fc.finding_id = f.id), '{}') AS commitments,
           coalesce((SELECT array_agg(t.name ORDER BY t.name) FROM finding_theme ft
                       JOIN theme t ON t.id = ft.theme_id
                      WHERE ft.finding_id = f.id), '{}') AS themes,
           f.recommendation_status AS status,
           coalesce(ao.name, am.short_name) AS addressee,
           CASE WHEN ao.id IS NULL THEN am.code::text END AS addressee_code, f.due_on,
           (f.due_on IS NOT NULL AND f.due_on < ";

const LIST_SELECT_REST: &str = "
            AND f.recommendation_status NOT IN ('implemented', 'not_accepted')) AS overdue,
           f.visibility, f.created_at, lu.reported_on AS latest_update_on,
           lu.body AS latest_update, ";

/// What a row of the list shows besides the finding and its consultation.
const LIST_FROM: &str =
    " AS sort_key FROM finding f JOIN consultation c ON c.id = f.consultation_id
          LEFT JOIN organisation ao ON ao.id = f.addressee_organisation_id
          LEFT JOIN member_state am ON am.code = f.addressee_state_code
          LEFT JOIN LATERAL (SELECT u.reported_on, u.body FROM recommendation_update u
                              WHERE u.finding_id = f.id
                              ORDER BY u.reported_on DESC, u.created_at DESC LIMIT 1) lu ON true";

fn list_query<'a>(
    filter: &Filter,
    levels: &[Visibility],
    today: NaiveDate,
    sort: Sort,
) -> QueryBuilder<'a, Postgres> {
    let mut q = QueryBuilder::new(LIST_SELECT);
    q.push_bind(today)
        .push(LIST_SELECT_REST)
        .push(sort_key_sql(sort))
        .push(LIST_FROM);
    push_filter(&mut q, filter, levels, today);
    q
}

/// A page of the filtered list, after `cursor`; `limit` + 1 rows tell whether there is more.
pub async fn list(
    db: &sqlx::PgPool,
    filter: &Filter,
    levels: &[Visibility],
    today: NaiveDate,
    sort: Sort,
    cursor: Option<&Cursor>,
    limit: i64,
) -> Result<Vec<ListItem>, sqlx::Error> {
    // The page's findings are chosen first, and only they are joined to what a row shows:
    // otherwise every matching finding would be, before the sort keeps a page of them.
    let mut q = QueryBuilder::new(LIST_SELECT);
    q.push_bind(today)
        .push(LIST_SELECT_REST)
        .push(sort_key_sql(sort))
        .push(LIST_FROM);
    let dir = if sort == Sort::Newest { "DESC" } else { "ASC" };
    let order = order_sql(sort);
    if let Some(link) = Link::driving(filter, sort, one_commitment(db, filter).await?) {
        // Walked from the link's index in the page's order: the link's copies of the order
        // equal the finding's (checked by the property test of `tests/app/figures.rs`), and a
        // finding has one link to one commitment, Member State or theme.
        let key = if sort == Sort::Due {
            "k.open_due"
        } else {
            "k.created_at"
        };
        q.push(format!(
            " WHERE f.id IN (SELECT x.finding_id FROM (SELECT {key} AS o, k.finding_id"
        ));
        if link.carries_all_of(filter) {
            // The link's index alone, in the page's order, to the end of the page: joined to
            // the findings, the planner weighs their conditions too (the same ones, as the
            // links carry them) and reads every one of them instead.
            link.push_links_joined(&mut q, filter, levels, today, false);
        } else {
            link.push_links(&mut q, filter, levels, today);
            push_filter_but(&mut q, filter, levels, today, Some(link));
        }
        if let Some(cursor) = cursor {
            push_cursor(&mut q, sort, cursor, key, "k.finding_id");
        }
        q.push(format!(" ORDER BY o {dir}, k.finding_id {dir} LIMIT "))
            .push_bind(limit + 1)
            .push(format!(") x) ORDER BY {order} {dir}, f.id {dir}"));
        return q.build_query_as().fetch_all(db).await;
    }
    q.push(" WHERE f.id IN (SELECT f.id FROM finding f JOIN consultation c ON c.id = f.consultation_id");
    push_filter(&mut q, filter, levels, today);
    if let Some(cursor) = cursor {
        push_cursor(&mut q, sort, cursor, order, "f.id");
    }
    q.push(format!(" ORDER BY {order} {dir}, f.id {dir} LIMIT "))
        .push_bind(limit + 1)
        .push(format!(") ORDER BY {order} {dir}, f.id {dir}"));
    q.build_query_as().fetch_all(db).await
}

/// The one commitment of the filter's code, if it names a code only one commitment has.
async fn one_commitment(db: &sqlx::PgPool, filter: &Filter) -> Result<Option<Uuid>, sqlx::Error> {
    let Some(code) = &filter.commitment else {
        return Ok(None);
    };
    let ids: Vec<Uuid> =
        sqlx::query_scalar("SELECT id FROM commitment WHERE upper(code) = upper($1) LIMIT 2")
            .bind(code)
            .fetch_all(db)
            .await?;
    Ok(<[Uuid; 1]>::try_from(ids).ok().map(|[id]| id))
}

/// `AND (order, id) > cursor` (or `<` for the newest first).
fn push_cursor(
    q: &mut QueryBuilder<'_, Postgres>,
    sort: Sort,
    cursor: &Cursor,
    order: &str,
    id: &str,
) {
    let op = if sort == Sort::Newest { "<" } else { ">" };
    q.push(format!(" AND ({order}, {id}) {op} ("))
        .push_bind(cursor.key.clone());
    // The key is UTC time or a day, as `sort_key_sql` writes it (checked by `Cursor::parse`).
    q.push(if sort == Sort::Due {
        "::date"
    } else {
        "::timestamp AT TIME ZONE 'UTC'"
    });
    q.push(", ").push_bind(cursor.id).push(")");
}

/// How many findings match, up to [`COUNT_CAP`] + 1 (for the heading; the viewer's visibility
/// applies).
pub async fn count(
    db: &sqlx::PgPool,
    filter: &Filter,
    levels: &[Visibility],
    today: NaiveDate,
) -> Result<i64, sqlx::Error> {
    let mut q = QueryBuilder::new("SELECT count(*) FROM (SELECT 1");
    // Read from the filter's link, as the page is (in any order: counting needs none).
    match Link::driving(filter, Sort::Newest, one_commitment(db, filter).await?) {
        // Nothing else asked: the links' index alone (the figure the page shows, at the cost
        // of the count, not of reading each finding).
        Some(link) if link.carries_all_of(filter) => {
            link.push_links_joined(&mut q, filter, levels, today, false);
        }
        Some(link) => {
            link.push_links(&mut q, filter, levels, today);
            push_filter_but(&mut q, filter, levels, today, Some(link));
        }
        None => {
            q.push(" FROM finding f JOIN consultation c ON c.id = f.consultation_id");
            push_filter(&mut q, filter, levels, today);
        }
    }
    q.push(" LIMIT ")
        .push_bind(COUNT_CAP + 1)
        .push(") matching");
    q.build_query_scalar().fetch_one(db).await
}

/// Every matching finding, in `sort`'s order, read from a cursor as they come: the tracker's
/// downloads (the same filter and visibility as its pages).
pub fn each<'a>(
    db: &'a mut sqlx::PgConnection,
    query: &'a mut QueryBuilder<'static, Postgres>,
) -> futures_util::stream::BoxStream<'a, Result<ListItem, sqlx::Error>> {
    query.build_query_as().fetch(db)
}

/// The statement [`each`] reads: every matching finding, in `sort`'s order.
pub fn all_query(
    filter: &Filter,
    levels: &[Visibility],
    today: NaiveDate,
    sort: Sort,
) -> QueryBuilder<'static, Postgres> {
    let mut q = list_query(filter, levels, today, sort);
    let order = order_sql(sort);
    let dir = if sort == Sort::Newest { "DESC" } else { "ASC" };
    q.push(format!(" ORDER BY {order} {dir}, f.id {dir}"));
    q
}

/// One finding with where it came from.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct FindingRow {
    pub id: Uuid,
    pub kind: FindingKind,
    pub statement: String,
    /// The language the statement is written in.
    pub language: crate::domain::language::TextLanguage,
    pub consultation_id: Uuid,
    pub consultation_slug: String,
    pub consultation_title: String,
    pub session_id: Option<Uuid>,
    pub session_title: Option<String>,
    pub source_note_id: Option<Uuid>,
    pub source_note_visible: bool,
    pub states: Vec<String>,
    /// The Member States' names, in the order of `states`.
    pub state_names: Vec<String>,
    pub commitment_ids: Vec<Uuid>,
    pub commitments: Vec<String>,
    pub theme_ids: Vec<Uuid>,
    pub themes: Vec<String>,
    pub status: Option<RecommendationStatus>,
    pub addressee_organisation_id: Option<Uuid>,
    pub addressee_state_code: Option<String>,
    pub addressee: Option<String>,
    pub due_on: Option<NaiveDate>,
    pub visibility: Visibility,
    pub version: i32,
}

/// Whether the finding `f`, of the consultation `c`, may be read and edited by a viewer of the
/// levels in the parameter `levels` (such as `$2`): it is live, and neither it nor its
/// consultation is above them. [`find`] and the check of a saved finding read it through this.
pub fn seen_at(levels: &str) -> String {
    format!(
        "f.archived_at IS NULL AND f.effective_visibility = ANY({levels})
            AND c.effective_visibility = ANY({levels})"
    )
}

static FIND: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT f.id, f.kind, f.statement, f.language, c.id AS consultation_id, c.slug AS consultation_slug,
                c.title AS consultation_title, f.session_id, se.title AS session_title,
                f.source_note_id,
                coalesce(n.status = 'published' AND n.effective_visibility = ANY($2), false) AS source_note_visible,
                coalesce((SELECT array_agg(fs.member_state_code::text ORDER BY fs.member_state_code)
                            FROM finding_state fs WHERE fs.finding_id = f.id), '{{}}') AS states,
                coalesce((SELECT array_agg(m.short_name ORDER BY fs.member_state_code)
                            FROM finding_state fs JOIN member_state m ON m.code = fs.member_state_code
                           WHERE fs.finding_id = f.id), '{{}}') AS state_names,
                coalesce((SELECT array_agg(fc.commitment_id) FROM finding_commitment fc
                           WHERE fc.finding_id = f.id), '{{}}') AS commitment_ids,
                coalesce((SELECT array_agg(cm.code || ' ' || cm.title ORDER BY cm.code)
                            FROM finding_commitment fc JOIN commitment cm ON cm.id = fc.commitment_id
                           WHERE fc.finding_id = f.id), '{{}}') AS commitments,
                coalesce((SELECT array_agg(ft.theme_id) FROM finding_theme ft
                           WHERE ft.finding_id = f.id), '{{}}') AS theme_ids,
                coalesce((SELECT array_agg(t.name ORDER BY t.name) FROM finding_theme ft
                            JOIN theme t ON t.id = ft.theme_id WHERE ft.finding_id = f.id), '{{}}') AS themes,
                f.recommendation_status AS status, f.addressee_organisation_id,
                f.addressee_state_code::text AS addressee_state_code,
                coalesce(ao.name, am.short_name) AS addressee, f.due_on, f.visibility, f.version
           FROM finding f
           JOIN consultation c ON c.id = f.consultation_id
           LEFT JOIN session se ON se.id = f.session_id
           LEFT JOIN note n ON n.id = f.source_note_id
           LEFT JOIN organisation ao ON ao.id = f.addressee_organisation_id
           LEFT JOIN member_state am ON am.code = f.addressee_state_code
          WHERE f.id = $1 AND {}",
        seen_at("$2")
    )
});

pub async fn find(
    db: impl PgExecutor<'_>,
    id: Uuid,
    levels: &[Visibility],
) -> Result<Option<FindingRow>, sqlx::Error> {
    sqlx::query_as(&FIND)
        .bind(id)
        .bind(levels)
        .fetch_optional(db)
        .await
        .map(|row: Option<FindingRow>| {
            row.map(|mut f| {
                for (code, name) in f.states.iter().zip(f.state_names.iter_mut()) {
                    *name = crate::member_states::state_name(code, name);
                }
                if let (None, Some(code), Some(name)) = (
                    &f.addressee_organisation_id,
                    &f.addressee_state_code,
                    &f.addressee,
                ) {
                    f.addressee = Some(crate::member_states::state_name(code, name));
                }
                f
            })
        })
}

/// A dated progress update on a recommendation.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Update {
    pub reported_on: NaiveDate,
    pub body: String,
    pub evidence_links: Vec<String>,
    pub status_from: Option<RecommendationStatus>,
    pub status_to: Option<RecommendationStatus>,
}

pub async fn updates(db: impl PgExecutor<'_>, finding: Uuid) -> Result<Vec<Update>, sqlx::Error> {
    sqlx::query_as(
        "SELECT reported_on, body, evidence_links, status_from, status_to
           FROM recommendation_update WHERE finding_id = $1
          ORDER BY reported_on DESC, created_at DESC",
    )
    .bind(finding)
    .fetch_all(db)
    .await
}

/// What a finding is made of, valid.
#[derive(Debug, Clone, Serialize)]
pub struct Fields {
    pub kind: FindingKind,
    pub statement: String,
    pub consultation_id: Uuid,
    pub session_id: Option<Uuid>,
    pub source_note_id: Option<Uuid>,
    pub states: Vec<String>,
    pub commitments: Vec<Uuid>,
    pub themes: Vec<Uuid>,
    pub visibility: Visibility,
    pub status: Option<RecommendationStatus>,
    pub addressee_organisation_id: Option<Uuid>,
    pub addressee_state_code: Option<String>,
    pub due_on: Option<NaiveDate>,
    pub language: crate::domain::language::TextLanguage,
}

/// The links a finding has (Member States, commitments, ids as text), for [`write_links`].
type Links = (Vec<String>, Vec<String>, Vec<String>);

/// Writes the finding's links (Member States, commitments, themes) as `f` names them: only the
/// kinds whose links differ from those it `has` (`None`: a new finding, which has none). An edit
/// that keeps them, as most do, writes none of the six statements and their triggers.
async fn write_links(
    db: &mut sqlx::PgConnection,
    id: Uuid,
    f: &Fields,
    has: Option<Links>,
) -> Result<(), sqlx::Error> {
    let fresh = has.is_none();
    let (states, commitments, themes) = has.unwrap_or_default();
    let text = |ids: &[Uuid]| ids.iter().map(Uuid::to_string).collect::<Vec<_>>();
    for (table, column, of_type, wanted, has) in [
        (
            "finding_state",
            "member_state_code",
            "text",
            f.states.clone(),
            states,
        ),
        (
            "finding_commitment",
            "commitment_id",
            "uuid",
            text(&f.commitments),
            commitments,
        ),
        ("finding_theme", "theme_id", "uuid", text(&f.themes), themes),
    ] {
        if !fresh && sorted(&wanted) == sorted(&has) {
            continue;
        }
        if !fresh {
            sqlx::query(&format!("DELETE FROM {table} WHERE finding_id = $1"))
                .bind(id)
                .execute(&mut *db)
                .await?;
        }
        // As text, cast to what the column holds (a code or an id).
        sqlx::query(&format!(
            "INSERT INTO {table} (finding_id, {column})
             SELECT $1, v::{of_type} FROM unnest($2::text[]) v"
        ))
        .bind(id)
        .bind(&wanted)
        .execute(&mut *db)
        .await?;
    }
    Ok(())
}

/// `values` sorted, each once.
fn sorted(values: &[String]) -> Vec<&str> {
    let mut values: Vec<&str> = values.iter().map(String::as_str).collect();
    values.sort_unstable();
    values.dedup();
    values
}

pub async fn insert(
    db: &mut sqlx::PgConnection,
    f: &Fields,
    by: Option<Uuid>,
    now: DateTime<Utc>,
) -> Result<Uuid, sqlx::Error> {
    let id: Uuid = sqlx::query_scalar(
        "INSERT INTO finding (consultation_id, session_id, source_note_id, kind, statement,
                visibility, addressee_organisation_id, addressee_state_code,
                recommendation_status, due_on, created_by, created_at, updated_at, language)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $13) RETURNING id",
    )
    .bind(f.consultation_id)
    .bind(f.session_id)
    .bind(f.source_note_id)
    .bind(f.kind)
    .bind(&f.statement)
    .bind(f.visibility)
    .bind(f.addressee_organisation_id)
    .bind(&f.addressee_state_code)
    .bind(f.status)
    .bind(f.due_on)
    .bind(by)
    .bind(now)
    .bind(f.language)
    .fetch_one(&mut *db)
    .await?;
    write_links(db, id, f, None).await?;
    Ok(id)
}

pub async fn update(
    db: &mut sqlx::PgConnection,
    id: Uuid,
    version: i32,
    f: &Fields,
    now: DateTime<Utc>,
) -> Result<bool, sqlx::Error> {
    // With the links it has, read as it is updated: one round trip less.
    let has: Option<Links> = sqlx::query_as(
        "UPDATE finding SET consultation_id = $3, session_id = $4, kind = $5, statement = $6,
                visibility = $7, addressee_organisation_id = $8, addressee_state_code = $9,
                recommendation_status = $10, due_on = $11, version = version + 1, updated_at = $12,
                language = $13
          WHERE id = $1 AND version = $2
         RETURNING ARRAY(SELECT member_state_code::text FROM finding_state WHERE finding_id = $1),
                   ARRAY(SELECT commitment_id::text FROM finding_commitment WHERE finding_id = $1),
                   ARRAY(SELECT theme_id::text FROM finding_theme WHERE finding_id = $1)",
    )
    .bind(id)
    .bind(version)
    .bind(f.consultation_id)
    .bind(f.session_id)
    .bind(f.kind)
    .bind(&f.statement)
    .bind(f.visibility)
    .bind(f.addressee_organisation_id)
    .bind(&f.addressee_state_code)
    .bind(f.status)
    .bind(f.due_on)
    .bind(now)
    .bind(f.language)
    .fetch_optional(&mut *db)
    .await?;
    let Some(has) = has else { return Ok(false) };
    write_links(db, id, f, Some(has)).await?;
    Ok(true)
}

/// Records a progress update and, with it, a change of status (kept as the status history).
#[expect(clippy::too_many_arguments, reason = "one row's columns")]
pub async fn add_update(
    db: &mut sqlx::PgConnection,
    finding: Uuid,
    reported_on: NaiveDate,
    body: &str,
    links: &[String],
    from: Option<RecommendationStatus>,
    to: Option<RecommendationStatus>,
    by: Option<Uuid>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO recommendation_update (finding_id, reported_on, body, evidence_links,
                                            status_from, status_to, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(finding)
    .bind(reported_on)
    .bind(body)
    .bind(links)
    .bind(from)
    .bind(to)
    .bind(by)
    .execute(&mut *db)
    .await?;
    if let Some(to) = to {
        sqlx::query(
            "UPDATE finding SET recommendation_status = $2, version = version + 1, updated_at = now()
              WHERE id = $1",
        )
        .bind(finding)
        .bind(to)
        .execute(&mut *db)
        .await?;
    }
    Ok(())
}

/// The findings on one commitment, across the region (for the commitment's page).
pub async fn on_commitment(
    db: impl PgExecutor<'_>,
    commitment: Uuid,
    levels: &[Visibility],
    limit: i64,
) -> Result<Vec<(Uuid, FindingKind, String, String, Vec<String>)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT f.id, f.kind, f.statement, c.title,
                coalesce((SELECT array_agg(m.short_name ORDER BY m.short_name) FROM finding_state fs
                            JOIN member_state m ON m.code = fs.member_state_code
                           WHERE fs.finding_id = f.id), '{}')
           FROM finding_commitment fc
           JOIN finding f ON f.id = fc.finding_id
           JOIN consultation c ON c.id = f.consultation_id
          WHERE fc.commitment_id = $1 AND fc.live AND fc.effective_visibility = ANY($2)
            AND f.archived_at IS NULL AND f.effective_visibility = ANY($2)
            AND c.effective_visibility = ANY($2)
          -- The consultation's day and the finding's creation as the link keeps them
          -- (migration 41), so that `finding_commitment_listed_idx` gives them in order.
          ORDER BY fc.listed_on NULLS LAST, fc.created_at, fc.finding_id LIMIT $3",
    )
    .bind(commitment)
    .bind(levels)
    .bind(limit)
    .fetch_all(db)
    .await
}

/// How many findings of each kind the filter finds under each chapter of the commitments (a
/// finding tied to provisions of two chapters counts under both; no chapter: tied to none),
/// and of each kind in all (`in_all`: each finding once), with how many of them are overdue, in
/// one reading of the findings.
/// The tracker's rule of who may see what applies. Its cost grows with the findings: the
/// country brief reads the same lines for a Member State from the kept figures
/// ([`kept_by_chapter`]), and the tests check them against this.
pub async fn counts_by_chapter(
    db: impl PgExecutor<'_>,
    filter: &Filter,
    levels: &[Visibility],
    today: NaiveDate,
) -> Result<Vec<ChapterCount>, sqlx::Error> {
    let mut q = QueryBuilder::new(
        "SELECT ch.number AS chapter, ch.title AS chapter_title, f.kind,
                count(DISTINCT f.id) AS n,
                count(DISTINCT f.id) FILTER (WHERE f.kind = 'recommendation' AND f.due_on < ",
    );
    q.push_bind(today).push(
        " AND f.recommendation_status NOT IN ('implemented', 'not_accepted')) AS overdue,
                GROUPING(ch.number, ch.title) = 3 AS in_all
           FROM finding f JOIN consultation c ON c.id = f.consultation_id
           LEFT JOIN finding_commitment fc ON fc.finding_id = f.id
           LEFT JOIN commitment cm ON cm.id = fc.commitment_id
           LEFT JOIN chapter ch ON ch.id = cm.chapter_id",
    );
    push_filter(&mut q, filter, levels, today);
    q.push(
        " GROUP BY GROUPING SETS ((ch.number, ch.title, f.kind), (f.kind))
          ORDER BY ch.number NULLS LAST, f.kind",
    );
    q.build_query_as().fetch_all(db).await
}

/// One Member State's findings by chapter and kind, and each kind in all with its overdue
/// recommendations, from the kept totals (figures 'chapter_kind' and 'findings', overdue as for
/// the dashboard's, migration 54): the country brief's table, at the cost of a few hundred rows
/// whatever the data. The same lines as the full count [`counts_by_chapter`] with the state's
/// filter, which the tests compare; the overdue recommendations are counted in all only (on the
/// line of the kind in all), which is all the brief shows.
pub async fn kept_by_chapter(
    db: impl PgExecutor<'_>,
    state: &str,
    levels: &[Visibility],
    today: NaiveDate,
) -> Result<Vec<ChapterCount>, sqlx::Error> {
    sqlx::query_as(
        r#"
WITH p AS (
    SELECT $1::visibility[] AS levels, $2::text COLLATE "C" AS state,
           to_char($3::date, 'YYYY-MM') COLLATE "C" AS month,
           to_char($3::date, 'YYYY-MM-DD') COLLATE "C" AS day
),
x AS (
    SELECT c.figure, c.key, c.n FROM figure_count c, p
     WHERE c.effective_visibility = ANY(p.levels) AND c.state = p.state
       AND (c.figure IN ('chapter_kind', 'findings')
            OR (c.figure = 'due_month' AND c.key < p.month)
            OR (c.figure = 'due_day' AND c.key >= p.month AND c.key < p.day))
    UNION ALL
    SELECT d.figure, d.key, d.n FROM figure_delta d, p
     WHERE d.effective_visibility = ANY(p.levels) AND d.state = p.state
       AND (d.figure IN ('chapter_kind', 'findings')
            OR (d.figure = 'due_month' AND d.key < p.month)
            OR (d.figure = 'due_day' AND d.key >= p.month AND d.key < p.day))
),
s AS MATERIALIZED (
    SELECT figure, key, sum(n)::bigint AS n FROM x GROUP BY figure, key HAVING sum(n) <> 0
)
SELECT ch.number AS chapter, ch.title AS chapter_title,
       split_part(s.key, ':', 2)::finding_kind AS kind, s.n, 0::bigint AS overdue,
       false AS in_all
  FROM s LEFT JOIN chapter ch ON ch.id::text = split_part(s.key, ':', 1)
 WHERE s.figure = 'chapter_kind'
UNION ALL
SELECT NULL, NULL, s.key::finding_kind, s.n,
       CASE WHEN s.key = 'recommendation'
            THEN (SELECT coalesce(sum(o.n), 0) FROM s o WHERE o.figure IN ('due_month', 'due_day'))
            ELSE 0 END::bigint,
       true
  FROM s
 WHERE s.figure = 'findings'
 ORDER BY chapter NULLS LAST, kind"#,
    )
    .bind(levels)
    .bind(state)
    .bind(today)
    .fetch_all(db)
    .await
}

/// A count of [`counts_by_chapter`].
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ChapterCount {
    pub chapter: Option<i16>,
    pub chapter_title: Option<String>,
    pub kind: FindingKind,
    pub n: i64,
    /// How many of them are overdue recommendations (the tracker's rule on the day).
    pub overdue: i64,
    /// Whether it counts the kind in all, rather than under one chapter.
    pub in_all: bool,
}

/// The latest progress update of each of `findings` that has one: (finding, update).
pub async fn latest_updates(
    db: impl PgExecutor<'_>,
    findings: &[Uuid],
) -> Result<Vec<(Uuid, NaiveDate, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT DISTINCT ON (finding_id) finding_id, reported_on, body
           FROM recommendation_update WHERE finding_id = ANY($1)
          ORDER BY finding_id, reported_on DESC, created_at DESC",
    )
    .bind(findings)
    .fetch_all(db)
    .await
}
