//! SQL for the organisation directory and an organisation's history.

use chrono::NaiveDate;
use sqlx::PgExecutor;
use uuid::Uuid;

use super::OrganisationKind;
use crate::auth::Visibility;
use crate::domain::consultation::{ConsultationStatus, ParticipationRole};

/// An organisation in the directory.
#[derive(Debug, sqlx::FromRow)]
pub struct OrganisationListItem {
    pub slug: String,
    pub name: String,
    pub acronym: String,
    pub kind: OrganisationKind,
    pub state_code: Option<String>,
    pub state_name: Option<String>,
    pub consultations: i64,
}

impl OrganisationListItem {
    /// Its Member State's name in the reader's language, if it belongs to one.
    pub fn state(&self) -> Option<String> {
        match (&self.state_code, &self.state_name) {
            (Some(code), Some(name)) => Some(crate::member_states::state_name(code, name)),
            _ => None,
        }
    }
}

/// Which organisations to list: by kind, by Member State (`Some(None)`: regional ones only).
#[derive(Debug, Default)]
pub struct DirectoryFilter {
    pub kind: Option<OrganisationKind>,
    pub state: Option<Option<String>>,
    /// Text the name or acronym contains (case and accents aside).
    pub name: Option<String>,
}

/// A page of the directory. The page's organisations are chosen first, and only theirs are
/// counted: a count in the list itself would be made for every row the offset skips too.
pub async fn directory(
    db: impl PgExecutor<'_>,
    filter: &DirectoryFilter,
    levels: &[Visibility],
    limit: i64,
    offset: i64,
) -> Result<Vec<OrganisationListItem>, sqlx::Error> {
    let (state_filter, state) = filter.state_binds();
    sqlx::query_as(&format!(
        "SELECT o.slug, o.name, o.acronym, o.kind, m.code::text AS state_code,
                m.short_name AS state_name,
                (SELECT count(DISTINCT p.consultation_id)
                   FROM participation p JOIN consultation c ON c.id = p.consultation_id
                  WHERE p.organisation_id = o.id AND c.effective_visibility = ANY($4)
                    AND c.archived_at IS NULL) AS consultations
           FROM (SELECT o.id FROM organisation o
                  WHERE {DIRECTORY_FILTER}
                  ORDER BY lower(o.name), o.id
                  LIMIT $6 OFFSET $7) page
           JOIN organisation o ON o.id = page.id
           LEFT JOIN member_state m ON m.code = o.member_state_code
          ORDER BY lower(o.name), o.id"
    ))
    .bind(filter.kind)
    .bind(state_filter)
    .bind(state)
    .bind(levels)
    .bind(filter.name_pattern())
    .bind(limit)
    .bind(offset)
    .fetch_all(db)
    .await
}

/// How many organisations the directory's filters select.
pub async fn directory_count(
    db: impl PgExecutor<'_>,
    filter: &DirectoryFilter,
) -> Result<i64, sqlx::Error> {
    let (state_filter, state) = filter.state_binds();
    sqlx::query_scalar(&format!(
        "SELECT count(*) FROM organisation o WHERE {DIRECTORY_FILTER}"
    ))
    .bind(filter.kind)
    .bind(state_filter)
    .bind(state)
    .bind(None::<Vec<Visibility>>)
    .bind(filter.name_pattern())
    .fetch_one(db)
    .await
}

/// The directory's conditions: $1 kind, $2 and $3 place, $5 a name pattern ($4 is the viewer's
/// levels, for the list's counts).
const DIRECTORY_FILTER: &str = "o.archived_at IS NULL AND o.merged_into_id IS NULL
            AND ($1::organisation_kind IS NULL OR o.kind = $1)
            AND (NOT $2 OR o.member_state_code IS NOT DISTINCT FROM $3)
            AND ($5::text IS NULL
                 OR lower(immutable_unaccent(o.name)) LIKE '%' || lower(immutable_unaccent($5)) || '%'
                 OR lower(immutable_unaccent(o.acronym)) LIKE '%' || lower(immutable_unaccent($5)) || '%')";

impl DirectoryFilter {
    fn state_binds(&self) -> (bool, Option<String>) {
        match &self.state {
            None => (false, None),
            Some(state) => (true, state.clone()),
        }
    }

    /// The name text with LIKE's own characters escaped (folded and wrapped in `%` in SQL).
    fn name_pattern(&self) -> Option<String> {
        self.name.as_deref().map(crate::domain::text::like_escape)
    }
}

/// One organisation.
#[derive(Debug, sqlx::FromRow)]
pub struct OrganisationRow {
    pub id: Uuid,
    pub slug: String,
    pub name: String,
    pub acronym: String,
    pub kind: OrganisationKind,
    pub state_code: Option<String>,
    pub state_name: Option<String>,
    pub country_note: String,
    pub website: String,
    pub description: String,
    pub aliases: Vec<String>,
}

pub async fn find_by_slug(
    db: impl PgExecutor<'_>,
    slug: &str,
) -> Result<Option<OrganisationRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT o.id, o.slug, o.name, o.acronym, o.kind, m.code::text AS state_code,
                m.short_name AS state_name, o.country_note, o.website, o.description,
                coalesce((SELECT array_agg(a.alias ORDER BY a.alias)
                            FROM organisation_alias a WHERE a.organisation_id = o.id),
                         '{}') AS aliases
           FROM organisation o
           LEFT JOIN member_state m ON m.code = o.member_state_code
          WHERE o.slug = $1 AND o.archived_at IS NULL AND o.merged_into_id IS NULL",
    )
    .bind(slug)
    .fetch_optional(db)
    .await
}

/// A consultation the organisation took part in, with its roles there.
#[derive(Debug, sqlx::FromRow)]
pub struct HistoryItem {
    pub slug: String,
    pub title: String,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub planned_period: String,
    pub status: ConsultationStatus,
    pub host_code: Option<String>,
    pub host_name: Option<String>,
    pub roles: Vec<ParticipationRole>,
    pub sessions_spoken: Vec<String>,
}

pub async fn history(
    db: impl PgExecutor<'_>,
    organisation_id: Uuid,
    levels: &[Visibility],
) -> Result<Vec<HistoryItem>, sqlx::Error> {
    sqlx::query_as(
        "SELECT c.slug, c.title, c.starts_on, c.ends_on, c.planned_period, c.status,
                h.code::text AS host_code, h.short_name AS host_name,
                coalesce((SELECT array_agg(DISTINCT p.role ORDER BY p.role) FROM participation p
                           WHERE p.consultation_id = c.id AND p.organisation_id = $1), '{}')
                    AS roles,
                coalesce((SELECT array_agg(se.title ORDER BY se.position)
                            FROM session se
                           WHERE se.consultation_id = c.id AND se.effective_visibility = ANY($2)
                             AND se.archived_at IS NULL
                             AND EXISTS (SELECT 1 FROM session_speaker sp
                                          WHERE sp.session_id = se.id
                                            AND sp.organisation_id = $1)), '{}')
                    AS sessions_spoken
           FROM consultation c
           LEFT JOIN member_state h ON h.code = c.host_state_code
          WHERE c.effective_visibility = ANY($2) AND c.archived_at IS NULL
            AND (EXISTS (SELECT 1 FROM participation p
                          WHERE p.consultation_id = c.id AND p.organisation_id = $1)
                 OR EXISTS (SELECT 1 FROM session se
                              JOIN session_speaker sp ON sp.session_id = se.id
                             WHERE se.consultation_id = c.id AND se.effective_visibility = ANY($2)
                               AND se.archived_at IS NULL AND sp.organisation_id = $1))
          ORDER BY c.starts_on NULLS LAST, c.title",
    )
    .bind(organisation_id)
    .bind(levels)
    .fetch_all(db)
    .await
}

/// An organisation's values as stored, for the edit form.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EditRow {
    pub id: Uuid,
    pub slug: String,
    pub name: String,
    pub acronym: String,
    pub kind: OrganisationKind,
    pub member_state_code: Option<String>,
    pub country_note: String,
    pub website: String,
    pub description: String,
    pub aliases: Vec<String>,
    pub version: i32,
}

pub async fn edit_row(db: impl PgExecutor<'_>, slug: &str) -> Result<Option<EditRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT o.id, o.slug, o.name, o.acronym, o.kind, o.member_state_code::text AS member_state_code,
                o.country_note, o.website, o.description,
                coalesce((SELECT array_agg(a.alias ORDER BY a.alias) FROM organisation_alias a
                           WHERE a.organisation_id = o.id), '{}') AS aliases,
                o.version
           FROM organisation o
          WHERE o.slug = $1 AND o.archived_at IS NULL AND o.merged_into_id IS NULL",
    )
    .bind(slug)
    .fetch_optional(db)
    .await
}

/// Where an organisation merged into another now lives.
pub async fn merged_into(
    db: impl PgExecutor<'_>,
    slug: &str,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar(
        "WITH RECURSIVE chain AS (
             SELECT id, merged_into_id, slug, 0 AS depth FROM organisation WHERE slug = $1
             UNION ALL
             SELECT o.id, o.merged_into_id, o.slug, c.depth + 1
               FROM organisation o JOIN chain c ON o.id = c.merged_into_id WHERE c.depth < 20)
         SELECT slug FROM chain WHERE merged_into_id IS NULL AND depth > 0 LIMIT 1",
    )
    .bind(slug)
    .fetch_optional(db)
    .await
}

async fn replace_aliases(
    db: &mut sqlx::PgConnection,
    id: Uuid,
    aliases: &[String],
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM organisation_alias WHERE organisation_id = $1")
        .bind(id)
        .execute(&mut *db)
        .await?;
    sqlx::query(
        "INSERT INTO organisation_alias (organisation_id, alias) SELECT $1, unnest($2::text[])",
    )
    .bind(id)
    .bind(aliases)
    .execute(&mut *db)
    .await?;
    Ok(())
}

pub async fn insert(
    db: &mut sqlx::PgConnection,
    slug: &str,
    f: &super::forms::OrganisationFields,
) -> Result<Uuid, sqlx::Error> {
    let id: Uuid = sqlx::query_scalar(
        "INSERT INTO organisation (slug, name, acronym, kind, member_state_code, country_note,
                                   website, description)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(slug)
    .bind(&f.name)
    .bind(&f.acronym)
    .bind(f.kind)
    .bind(&f.member_state_code)
    .bind(&f.country_note)
    .bind(&f.website)
    .bind(&f.description)
    .fetch_one(&mut *db)
    .await?;
    replace_aliases(db, id, &f.aliases).await?;
    Ok(id)
}

pub async fn update(
    db: &mut sqlx::PgConnection,
    id: Uuid,
    version: i32,
    f: &super::forms::OrganisationFields,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE organisation SET name = $3, acronym = $4, kind = $5, member_state_code = $6,
                country_note = $7, website = $8, description = $9, version = version + 1,
                updated_at = now()
          WHERE id = $1 AND version = $2 AND merged_into_id IS NULL",
    )
    .bind(id)
    .bind(version)
    .bind(&f.name)
    .bind(&f.acronym)
    .bind(f.kind)
    .bind(&f.member_state_code)
    .bind(&f.country_note)
    .bind(&f.website)
    .bind(&f.description)
    .execute(&mut *db)
    .await?;
    if done.rows_affected() == 0 {
        return Ok(false);
    }
    replace_aliases(db, id, &f.aliases).await?;
    Ok(true)
}

/// Merges organisation `from` into `into`, keeping its history: participation (head counts
/// added where both took part in the same role), speakers, people's roles, partners' accounts,
/// series, notes, findings and assessments now point at `into`; `from`'s names become aliases.
pub async fn merge(db: &mut sqlx::PgConnection, from: Uuid, into: Uuid) -> Result<(), sqlx::Error> {
    let steps = [
        // Where both took part in the same capacity, the counts are added together.
        "UPDATE participation t SET female = t.female + s.female, male = t.male + s.male,
                other_or_unstated = t.other_or_unstated + s.other_or_unstated,
                version = t.version + 1, updated_at = now()
           FROM participation s
          WHERE s.organisation_id = $1 AND t.organisation_id = $2
            AND t.consultation_id = s.consultation_id AND t.role = s.role
            AND t.person_id IS NOT DISTINCT FROM s.person_id",
        "DELETE FROM participation s USING participation t
          WHERE s.organisation_id = $1 AND t.organisation_id = $2
            AND t.consultation_id = s.consultation_id AND t.role = s.role
            AND t.person_id IS NOT DISTINCT FROM s.person_id",
        "UPDATE participation SET organisation_id = $2 WHERE organisation_id = $1",
        "UPDATE session_speaker SET organisation_id = $2 WHERE organisation_id = $1",
        "UPDATE person_role SET organisation_id = $2 WHERE organisation_id = $1",
        "UPDATE app_user SET organisation_id = $2 WHERE organisation_id = $1",
        "UPDATE series SET organiser_id = $2 WHERE organiser_id = $1",
        "UPDATE series SET funder_id = $2 WHERE funder_id = $1",
        "UPDATE note SET organisation_id = $2 WHERE organisation_id = $1",
        "UPDATE finding SET addressee_organisation_id = $2 WHERE addressee_organisation_id = $1",
        "UPDATE assessment SET organisation_id = $2 WHERE organisation_id = $1",
        "UPDATE organisation_alias SET organisation_id = $2 WHERE organisation_id = $1",
        "INSERT INTO organisation_alias (organisation_id, alias)
         SELECT $2, n FROM organisation o, LATERAL (VALUES (o.name), (nullif(o.acronym, ''))) v(n)
          WHERE o.id = $1 AND n IS NOT NULL
            AND lower(immutable_unaccent(n)) <> (SELECT lower(immutable_unaccent(name))
                                                 FROM organisation WHERE id = $2)
         ON CONFLICT DO NOTHING",
        "UPDATE organisation SET merged_into_id = $2, archived_at = now(), version = version + 1,
                updated_at = now()
          WHERE id = $1",
    ];
    for sql in steps {
        sqlx::query(sql)
            .bind(from)
            .bind(into)
            .execute(&mut *db)
            .await?;
    }
    Ok(())
}

/// The slug of organisation `id`.
pub async fn slug_of(db: impl PgExecutor<'_>, id: Uuid) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT slug FROM organisation WHERE id = $1 AND merged_into_id IS NULL AND archived_at IS NULL",
    )
    .bind(id)
    .fetch_optional(db)
    .await
}

/// The organisations that may be chosen (`id`, `label`), each labelled with its acronym,
/// unordered.
pub const CHOICES: &str =
    "SELECT id, name || CASE WHEN acronym <> '' THEN ' (' || acronym || ')' ELSE '' END AS label
           FROM organisation WHERE archived_at IS NULL AND merged_into_id IS NULL";
