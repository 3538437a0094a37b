//! The API's routes: extract the caller and the query, read through the lower slices'
//! visibility-aware queries with the caller as the viewer, answer JSON. Each handler carries its
//! OpenAPI description (`#[utoipa::path]`); the document's shared answers (304, 400, 401, 404,
//! 429, 503) are added to every operation by [`super::doc`].

use axum::extract::State;
use axum::response::Response;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Deserialize;
use utoipa::IntoParams;
use utoipa::openapi::schema::{Object, ObjectBuilder, Type};
use uuid::Uuid;

use super::caller::Caller;
use super::views::{self as v, Named};
use crate::AppError;
use crate::domain::Enumerated;
use crate::state::AppState;
use crate::web::PageContext;
use crate::web::extract::{Path, Query};
use crate::web::problem::Problem;

type Answer = Result<Response, Problem>;

/// The most a page of a list holds, and what it holds when `limit` is not given.
const MAX_LIMIT: i64 = 100;
const DEFAULT_LIMIT: i64 = 50;

// ---- Query parameters: each is checked as its schema says, so that anything the schema
// ---- allows is answered and anything else is a 400 that says why.

/// A value with one trailing line break taken off (which some clients add to the last value).
fn trimmed(value: &str) -> &str {
    value.strip_suffix('\n').unwrap_or(value)
}

fn bad(detail: impl Into<String>) -> Problem {
    Problem::bad_request(detail)
}

/// A Member State's code: two letters.
fn state_code(value: Option<&str>) -> Result<Option<String>, Problem> {
    value
        .map(|v| {
            let v = trimmed(v);
            if v.len() == 2 && v.bytes().all(|b| b.is_ascii_alphabetic()) {
                Ok(v.to_ascii_uppercase())
            } else {
                Err(bad(
                    "A Member State is named by its two-letter code, such as VN.",
                ))
            }
        })
        .transpose()
}

/// A slug: 1 to 100 lower-case letters, digits and hyphens.
fn slug(value: Option<&str>, what: &str) -> Result<Option<String>, Problem> {
    value
        .map(|v| {
            let v = trimmed(v);
            if (1..=100).contains(&v.len())
                && v.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            {
                Ok(v.to_owned())
            } else {
                Err(bad(format!(
                    "A {what} is named by its slug: lower-case letters, digits and hyphens."
                )))
            }
        })
        .transpose()
}

/// A date, `YYYY-MM-DD`.
fn date(value: Option<&str>, name: &str) -> Result<Option<NaiveDate>, Problem> {
    value
        .map(|v| {
            let v = trimmed(v);
            (v.len() == 10)
                .then(|| NaiveDate::parse_from_str(v, "%Y-%m-%d").ok())
                .flatten()
                .ok_or_else(|| bad(format!("The {name} date must look like 2019-12-18.")))
        })
        .transpose()
}

/// One of the values of an enumeration.
fn one_of<T: Enumerated>(value: Option<&str>, name: &str) -> Result<Option<T>, Problem> {
    value
        .map(|v| {
            let v = trimmed(v);
            T::ALL
                .iter()
                .copied()
                .find(|t| t.value() == v)
                .ok_or_else(|| {
                    let values: Vec<&str> = T::ALL.iter().map(|t| t.value()).collect();
                    bad(format!("{name} is one of: {}.", values.join(", ")))
                })
        })
        .transpose()
}

/// A whole number in `range`.
fn number(
    value: Option<&str>,
    name: &str,
    range: std::ops::RangeInclusive<i64>,
) -> Result<Option<i64>, Problem> {
    value
        .map(|v| {
            trimmed(v)
                .parse::<i64>()
                .ok()
                .filter(|n| range.contains(n))
                .ok_or_else(|| {
                    bad(format!(
                        "{name} is a whole number from {} to {}.",
                        range.start(),
                        range.end()
                    ))
                })
        })
        .transpose()
}

fn limit(value: Option<&str>) -> Result<i64, Problem> {
    Ok(number(value, "limit", 1..=MAX_LIMIT)?.unwrap_or(DEFAULT_LIMIT))
}

/// The schema of an enumeration's values, from the enumeration itself.
fn enum_schema<T: Enumerated>() -> Object {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(T::ALL.iter().map(|t| t.value())))
        .build()
}

fn finding_kinds() -> Object {
    enum_schema::<crate::findings::FindingKind>()
}

fn recommendation_statuses() -> Object {
    enum_schema::<crate::findings::RecommendationStatus>()
}

fn sorts() -> Object {
    enum_schema::<crate::findings::queries::Sort>()
}

fn organisation_kinds() -> Object {
    enum_schema::<crate::organisations::OrganisationKind>()
}

fn stages() -> Object {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(STAGES.iter().copied()))
        .build()
}

const STAGES: [&str; 4] = ["held", "planned", "postponed", "cancelled"];

/// A page's place in a list read by offset: the number of records before it.
fn offset_cursor(value: Option<&str>) -> Result<i64, Problem> {
    Ok(number(value, "cursor", 0..=999_999_999)?.unwrap_or(0))
}

fn next_offset(offset: i64, shown: usize, limit: i64, total: i64) -> Option<String> {
    let next = offset + i64::try_from(shown).unwrap_or(0);
    (shown > 0 && i64::try_from(shown).unwrap_or(0) == limit && next < total)
        .then(|| next.to_string())
}

// ---- Series.

/// What a series is, from its row and counts.
fn series_of(
    caller: &Caller,
    row: crate::series::queries::SeriesRow,
    counts: &[crate::consultations::queries::SeriesCounts],
) -> v::Series {
    let c = counts
        .iter()
        .find(|c| c.series_id == Some(row.id))
        .copied()
        .unwrap_or_default();
    let named = |slug: Option<String>, name: Option<String>| {
        Some(Named {
            url: caller.link(&format!("/organisations/{}", slug.as_deref()?)),
            slug: slug?,
            name: name?,
        })
    };
    v::Series {
        url: caller.link(&format!("/series/{}", row.slug)),
        api_url: caller.link(&format!("/api/v1/series/{}", row.slug)),
        organiser: named(row.organiser_slug, row.organiser_name),
        funder: named(row.funder_slug, row.funder_name),
        framework: row.framework_slug,
        planned_states: row
            .planned_states
            .0
            .into_iter()
            .map(|s| v::MemberState {
                code: s.code,
                name: s.name,
            })
            .collect(),
        consultations: v::StageCounts {
            total: c.total,
            held: c.held,
            planned: c.planned,
        },
        slug: row.slug,
        title: row.title,
        aim: row.aim,
        starts_on: row.starts_on,
        ends_on: row.ends_on,
    }
}

/// Every series the caller may see, newest first.
#[utoipa::path(get, path = "/api/v1/series", tag = "series",
    responses((status = 200, description = "The series", body = v::SeriesList)))]
pub async fn list_series(State(state): State<AppState>, caller: Caller) -> Answer {
    let levels = caller.viewer.visible_levels();
    let rows = crate::series::queries::list(&state.pool, &levels)
        .await
        .map_err(AppError::from)?;
    let counts = crate::consultations::queries::series_counts(&state.pool, &levels, None)
        .await
        .map_err(AppError::from)?;
    let items = rows
        .into_iter()
        .map(|row| series_of(&caller, row, &counts))
        .collect();
    Ok(caller.reply(&v::SeriesList { items }, None))
}

/// One series, with its consultations.
#[utoipa::path(get, path = "/api/v1/series/{slug}", tag = "series",
    params(("slug" = String, Path, description = "The series' slug")),
    responses((status = 200, description = "The series", body = v::SeriesDetail)))]
pub async fn show_series(
    State(state): State<AppState>,
    caller: Caller,
    Path(slug): Path<String>,
) -> Answer {
    let levels = caller.viewer.visible_levels();
    let row = crate::series::queries::find_by_slug(&state.pool, &slug, &levels)
        .await
        .map_err(AppError::from)?
        .ok_or(AppError::NotFound)?;
    let counts = crate::consultations::queries::series_counts(&state.pool, &levels, Some(row.id))
        .await
        .map_err(AppError::from)?;
    let consultations =
        crate::consultations::queries::list_for_series(&state.pool, row.id, &levels, 1_000)
            .await
            .map_err(AppError::from)?
            .into_iter()
            .map(|c| consultation_of(&caller, c))
            .collect();
    let series = series_of(&caller, row, &counts);
    Ok(caller.reply(
        &v::SeriesDetail {
            series,
            consultations,
        },
        None,
    ))
}

// ---- Consultations.

fn consultation_of(
    caller: &Caller,
    c: crate::consultations::queries::ConsultationSummary,
) -> v::Consultation {
    v::Consultation {
        url: caller.link(&format!("/consultations/{}", c.slug)),
        api_url: caller.link(&format!("/api/v1/consultations/{}", c.slug)),
        slug: c.slug,
        title: c.title,
        number_in_series: c.number_in_series,
        city: c.city,
        host: c.host_name,
        starts_on: c.starts_on,
        ends_on: c.ends_on,
        planned_period: c.planned_period,
        status: c.status.value().to_owned(),
        participants_reported: c.participants_reported,
    }
}

/// The consultations list's filters.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ConsultationsQuery {
    /// A Member State the consultation covers.
    #[param(pattern = "^[A-Za-z]{2}$", example = "VN")]
    state: Option<String>,
    /// `held` (held or report published), `planned` (planned or scheduled), `postponed`,
    /// `cancelled`.
    #[param(schema_with = stages, required = false)]
    stage: Option<String>,
    /// A series' slug.
    #[param(pattern = "^[a-z0-9-]{1,100}$")]
    series: Option<String>,
    /// Starting on or after this day.
    #[param(value_type = Option<String>, format = Date)]
    from: Option<String>,
    /// Starting on or before this day.
    #[param(value_type = Option<String>, format = Date)]
    to: Option<String>,
    /// At most this many (50 when not given).
    #[param(value_type = Option<i64>, minimum = 1, maximum = 100)]
    limit: Option<String>,
    /// Where the page starts: the `next` of the page before.
    #[param(pattern = "^[0-9]{1,9}$")]
    cursor: Option<String>,
}

/// The consultations the caller may see, newest first (undated ones last).
#[utoipa::path(get, path = "/api/v1/consultations", tag = "consultations",
    params(ConsultationsQuery),
    responses((status = 200, description = "A page of consultations", body = v::ConsultationList)))]
pub async fn list_consultations(
    State(state): State<AppState>,
    caller: Caller,
    query: Option<Query<ConsultationsQuery>>,
) -> Answer {
    let q = query.map(|Query(q)| q).unwrap_or_default();
    let stage = match q.stage.as_deref().map(trimmed) {
        None => None,
        Some(s) => Some(
            STAGES
                .into_iter()
                .find(|x| *x == s)
                .ok_or_else(|| bad("stage is one of: held, planned, postponed, cancelled."))?,
        ),
    };
    let filter = crate::consultations::queries::ListFilter {
        state: state_code(q.state.as_deref())?,
        stage,
        series: slug(q.series.as_deref(), "series")?,
        from: date(q.from.as_deref(), "from")?,
        to: date(q.to.as_deref(), "to")?,
    };
    let limit = limit(q.limit.as_deref())?;
    let offset = offset_cursor(q.cursor.as_deref())?;
    let levels = caller.viewer.visible_levels();
    let rows =
        crate::consultations::queries::list_filtered(&state.pool, &filter, &levels, limit, offset)
            .await
            .map_err(AppError::from)?;
    let total = crate::consultations::queries::count_filtered(&state.pool, &filter, &levels)
        .await
        .map_err(AppError::from)?;
    let next = next_offset(offset, rows.len(), limit, total);
    let next_url = next.as_deref().map(|n| caller.with_cursor(n));
    let items = rows
        .into_iter()
        .map(|c| consultation_of(&caller, c))
        .collect();
    Ok(caller.reply(
        &v::ConsultationList {
            items,
            total,
            next,
            next_url: next_url.clone(),
        },
        next_url.as_deref(),
    ))
}

/// The consultation page's data, as the caller may see it.
async fn consultation_page(
    state: &AppState,
    caller: &Caller,
    slug: &str,
) -> Result<crate::consultations::queries::Page, Problem> {
    Ok(crate::consultations::queries::page(
        &state.pool,
        slug,
        &caller.viewer.visible_levels(),
        None,
    )
    .await
    .map_err(AppError::from)?
    .ok_or(AppError::NotFound)?)
}

/// The published notes of a page, as their readers see them: the byline and the statements'
/// attribution come from the notes slice, the one place that applies the Chatham House rule.
fn notes_of(caller: &Caller, page: &crate::consultations::queries::Page) -> Vec<v::Note> {
    page.published
        .iter()
        .map(|note| {
            let own: Vec<_> = page
                .statements
                .iter()
                .filter(|(id, _)| *id == note.id)
                .map(|(_, s)| s.clone())
                .collect();
            let statements = crate::notes::views::sections_of(&own)
                .into_iter()
                .flat_map(|section| {
                    section.statements.into_iter().map(move |s| v::Statement {
                        section: section.label.to_owned(),
                        body: s.body,
                        attribution: s.attribution,
                    })
                })
                .collect();
            v::Note {
                id: note.id,
                session_id: note.session_id,
                session_title: note.session_title.clone(),
                byline: crate::notes::views::byline(note),
                summary: note.summary.clone(),
                published_at: note.published_at,
                statements,
                url: caller.link(&format!("/notes/{}", note.id)),
            }
        })
        .collect()
}

fn time(t: Option<chrono::NaiveTime>) -> Option<String> {
    t.map(|t| t.format("%H:%M").to_string())
}

/// One consultation: its agenda (sessions), participation with head counts by sex, and the
/// published notes the caller may read.
#[utoipa::path(get, path = "/api/v1/consultations/{slug}", tag = "consultations",
    params(("slug" = String, Path, description = "The consultation's slug")),
    responses((status = 200, description = "The consultation", body = v::ConsultationDetail)))]
pub async fn show_consultation(
    State(state): State<AppState>,
    caller: Caller,
    Path(slug): Path<String>,
) -> Answer {
    let page = consultation_page(&state, &caller, &slug).await?;
    let notes = notes_of(&caller, &page);
    let c = page.consultation;
    let mut participation = v::Participation {
        organisations: Vec::new(),
        female: 0,
        male: 0,
        other_or_unstated: 0,
        total: 0,
    };
    for p in page.participants {
        participation.female += p.female;
        participation.male += p.male;
        participation.other_or_unstated += p.other_or_unstated;
        participation.organisations.push(v::Participant {
            organisation: Named {
                url: caller.link(&format!("/organisations/{}", p.slug)),
                slug: p.slug,
                name: p.name,
            },
            acronym: p.acronym,
            kind: p.kind.value().to_owned(),
            state: p.state_name,
            roles: p.roles.iter().map(|r| r.value().to_owned()).collect(),
            female: p.female,
            male: p.male,
            other_or_unstated: p.other_or_unstated,
        });
    }
    participation.total =
        participation.female + participation.male + participation.other_or_unstated;
    let sessions = page
        .agenda
        .into_iter()
        .map(|s| v::Session {
            id: s.id,
            position: s.position,
            kind: s.kind.value().to_owned(),
            title: s.title,
            description: s.description,
            day: s.day,
            starts_at: time(s.starts_at),
            ends_at: time(s.ends_at),
            speakers: s
                .speakers
                .0
                .into_iter()
                .map(|sp| v::Speaker {
                    person: sp.person,
                    roles: sp.roles,
                    organisation: sp.organisation,
                    organisation_slug: sp.organisation_slug,
                    capacity: sp.capacity,
                })
                .collect(),
            themes: s.themes.0.into_iter().map(|t| t.slug).collect(),
        })
        .collect();
    let series = match (c.series_slug, c.series_title) {
        (Some(slug), Some(title)) => Some(Named {
            url: caller.link(&format!("/series/{slug}")),
            slug,
            name: title,
        }),
        _ => None,
    };
    let host = match (c.host_code, c.host_name) {
        (Some(code), Some(name)) => Some(v::MemberState { code, name }),
        _ => None,
    };
    let detail = v::ConsultationDetail {
        url: caller.link(&format!("/consultations/{}", c.slug)),
        slug: c.slug,
        title: c.title,
        series,
        number_in_series: c.number_in_series,
        city: c.city,
        venue: c.venue,
        starts_on: c.starts_on,
        ends_on: c.ends_on,
        planned_period: c.planned_period,
        status: c.status.value().to_owned(),
        status_reason: c.status_reason,
        is_regional: c.is_regional,
        chatham_house: c.chatham_house,
        objectives: c.objectives,
        summary: c.summary,
        languages: c.languages,
        host,
        states: c
            .states
            .0
            .into_iter()
            .map(|s| v::MemberState {
                code: s.code,
                name: s.name,
            })
            .collect(),
        participants_reported: c.participants_reported,
        participation,
        sessions,
        notes,
    };
    Ok(caller.reply(&detail, None))
}

/// The published notes of one consultation that the caller may read, in agenda order.
#[utoipa::path(get, path = "/api/v1/consultations/{slug}/notes", tag = "consultations",
    params(("slug" = String, Path, description = "The consultation's slug")),
    responses((status = 200, description = "The published notes", body = v::NoteList)))]
pub async fn list_notes(
    State(state): State<AppState>,
    caller: Caller,
    Path(slug): Path<String>,
) -> Answer {
    let page = consultation_page(&state, &caller, &slug).await?;
    let items = notes_of(&caller, &page);
    Ok(caller.reply(
        &v::NoteList {
            consultation: page.consultation.slug,
            chatham_house: page.consultation.chatham_house,
            items,
        },
        None,
    ))
}

// ---- Organisations.

/// The directory's filters.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct OrganisationsQuery {
    /// The kind of stakeholder.
    #[param(schema_with = organisation_kinds, required = false)]
    kind: Option<String>,
    /// Based in this Member State.
    #[param(pattern = "^[A-Za-z]{2}$", example = "TH")]
    state: Option<String>,
    /// Text the name or acronym contains.
    #[param(pattern = "^[^\\u0000-\\u001f\\u007f-\\u009f]{1,100}$")]
    name: Option<String>,
    #[param(value_type = Option<i64>, minimum = 1, maximum = 100)]
    limit: Option<String>,
    #[param(pattern = "^[0-9]{1,9}$")]
    cursor: Option<String>,
}

/// The directory of organisations, by name.
#[utoipa::path(get, path = "/api/v1/organisations", tag = "organisations",
    params(OrganisationsQuery),
    responses((status = 200, description = "A page of organisations", body = v::OrganisationList)))]
pub async fn list_organisations(
    State(state): State<AppState>,
    caller: Caller,
    query: Option<Query<OrganisationsQuery>>,
) -> Answer {
    let q = query.map(|Query(q)| q).unwrap_or_default();
    let name = q
        .name
        .as_deref()
        .map(|n| {
            let n = trimmed(n);
            // As the schema's pattern says: no C0 or C1 control character.
            if (1..=100).contains(&n.chars().count()) && !n.chars().any(char::is_control) {
                Ok(n.to_owned())
            } else {
                Err(bad("name is 1 to 100 characters of text."))
            }
        })
        .transpose()?;
    let filter = crate::organisations::queries::DirectoryFilter {
        kind: one_of(q.kind.as_deref(), "kind")?,
        state: state_code(q.state.as_deref())?.map(Some),
        name,
    };
    let limit = limit(q.limit.as_deref())?;
    let offset = offset_cursor(q.cursor.as_deref())?;
    let levels = caller.viewer.visible_levels();
    let rows =
        crate::organisations::queries::directory(&state.pool, &filter, &levels, limit, offset)
            .await
            .map_err(AppError::from)?;
    let total = crate::organisations::queries::directory_count(&state.pool, &filter)
        .await
        .map_err(AppError::from)?;
    let next = next_offset(offset, rows.len(), limit, total);
    let next_url = next.as_deref().map(|n| caller.with_cursor(n));
    let items = rows
        .into_iter()
        .map(|o| v::Organisation {
            url: caller.link(&format!("/organisations/{}", o.slug)),
            api_url: caller.link(&format!("/api/v1/organisations/{}", o.slug)),
            slug: o.slug,
            name: o.name,
            acronym: o.acronym,
            kind: o.kind.value().to_owned(),
            state: o.state_name,
            consultations: o.consultations,
        })
        .collect();
    Ok(caller.reply(
        &v::OrganisationList {
            items,
            total,
            next,
            next_url: next_url.clone(),
        },
        next_url.as_deref(),
    ))
}

/// One organisation, with the consultations it took part in that the caller may see.
#[utoipa::path(get, path = "/api/v1/organisations/{slug}", tag = "organisations",
    params(("slug" = String, Path, description = "The organisation's slug")),
    responses((status = 200, description = "The organisation", body = v::OrganisationDetail)))]
pub async fn show_organisation(
    State(state): State<AppState>,
    caller: Caller,
    Path(slug): Path<String>,
) -> Answer {
    let o = crate::organisations::queries::find_by_slug(&state.pool, &slug)
        .await
        .map_err(AppError::from)?
        .ok_or(AppError::NotFound)?;
    let history =
        crate::organisations::queries::history(&state.pool, o.id, &caller.viewer.visible_levels())
            .await
            .map_err(AppError::from)?;
    let consultations = history
        .into_iter()
        .map(|h| v::OrganisationHistory {
            consultation: Named {
                url: caller.link(&format!("/consultations/{}", h.slug)),
                slug: h.slug,
                name: h.title,
            },
            starts_on: h.starts_on,
            ends_on: h.ends_on,
            status: h.status.value().to_owned(),
            host: h.host_name,
            roles: h.roles.iter().map(|r| r.value().to_owned()).collect(),
            sessions_spoken: h.sessions_spoken,
        })
        .collect();
    let state_ref = match (o.state_code, o.state_name) {
        (Some(code), Some(name)) => Some(v::MemberState { code, name }),
        _ => None,
    };
    Ok(caller.reply(
        &v::OrganisationDetail {
            url: caller.link(&format!("/organisations/{}", o.slug)),
            slug: o.slug,
            name: o.name,
            acronym: o.acronym,
            kind: o.kind.value().to_owned(),
            state: state_ref,
            country_note: o.country_note,
            website: o.website,
            description: o.description,
            aliases: o.aliases,
            consultations,
        },
        None,
    ))
}

// ---- Commitments.

/// Every provision of every framework, by framework and chapter.
#[utoipa::path(get, path = "/api/v1/commitments", tag = "commitments",
    responses((status = 200, description = "The commitments", body = v::CommitmentList)))]
pub async fn list_commitments(State(state): State<AppState>, caller: Caller) -> Answer {
    let mut items = Vec::new();
    for framework in crate::frameworks::queries::list(&state.pool)
        .await
        .map_err(AppError::from)?
    {
        let rows = crate::frameworks::queries::commitments(&state.pool, framework.id)
            .await
            .map_err(AppError::from)?;
        items.extend(rows.into_iter().map(|c| v::Commitment {
            url: caller.link(&format!(
                "/frameworks/{}/commitments/{}",
                framework.slug, c.code
            )),
            framework: framework.slug.clone(),
            code: c.code,
            official_ref: c.official_ref,
            chapter: c.chapter_number,
            chapter_title: c.chapter_title,
            title: c.title,
            body: c.body,
            duty_bearer: c.duty_bearer.value().to_owned(),
        }));
    }
    Ok(caller.reply(&v::CommitmentList { items }, None))
}

// ---- Findings.

/// The tracker's filters, and where a page starts.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct FindingsQuery {
    /// A Member State the finding concerns.
    #[param(pattern = "^[A-Za-z]{2}$", example = "VN")]
    state: Option<String>,
    #[param(schema_with = finding_kinds, required = false)]
    kind: Option<String>,
    /// A recommendation's status.
    #[param(schema_with = recommendation_statuses, required = false)]
    status: Option<String>,
    /// A commitment's code.
    #[param(pattern = "^[A-Za-z0-9.]{1,20}$", example = "C4.2")]
    commitment: Option<String>,
    /// A chapter of the commitments.
    #[param(value_type = Option<i64>, minimum = 1, maximum = 99)]
    chapter: Option<String>,
    /// A theme's slug.
    #[param(pattern = "^[a-z0-9-]{1,100}$")]
    theme: Option<String>,
    /// A consultation's slug.
    #[param(pattern = "^[a-z0-9-]{1,100}$")]
    consultation: Option<String>,
    /// A series' slug.
    #[param(pattern = "^[a-z0-9-]{1,100}$")]
    series: Option<String>,
    /// On or after this day (the consultation's date, else the day it was recorded).
    #[param(value_type = Option<String>, format = Date)]
    from: Option<String>,
    #[param(value_type = Option<String>, format = Date)]
    to: Option<String>,
    /// Only recommendations past their due date and not done.
    #[param(value_type = Option<bool>)]
    overdue: Option<String>,
    /// `newest` (the default), `oldest`, or `due` (soonest due first).
    #[param(schema_with = sorts, required = false)]
    sort: Option<String>,
    #[param(value_type = Option<i64>, minimum = 1, maximum = 100)]
    limit: Option<String>,
    /// Where the page starts: the `next` of the page before (with the same filters and sort).
    #[param(
        pattern = "^-?[0-9]{1,16}~[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
    )]
    cursor: Option<String>,
}

/// The earliest and latest instants a cursor may name (the dates the app stores).
fn cursor_bounds() -> (DateTime<Utc>, DateTime<Utc>) {
    let day = |y, m, d| {
        NaiveDate::from_ymd_opt(y, m, d)
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .map(|t| t.and_utc())
            .unwrap_or_default()
    };
    (
        day(crate::web::form::FIRST_YEAR, 1, 1),
        day(crate::web::form::LAST_YEAR, 12, 31),
    )
}

/// A finding's cursor: its sort key as a number (microseconds since 1970 for the time it was
/// recorded; days since 1970 for its due date), a `~`, and its id.
fn cursor_of(sort: crate::findings::queries::Sort, key: &str, id: Uuid) -> String {
    use crate::findings::queries::{NO_DUE_DATE, Sort};
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
    let n = match sort {
        Sort::Newest | Sort::Oldest => {
            chrono::NaiveDateTime::parse_from_str(key, "%Y-%m-%dT%H:%M:%S%.f")
                .map(|t| t.and_utc().timestamp_micros())
                .unwrap_or(0)
        }
        Sort::Due => {
            let day = NaiveDate::parse_from_str(key, "%Y-%m-%d").unwrap_or(epoch);
            if key == NO_DUE_DATE {
                i64::from(i32::MAX)
            } else {
                (day - epoch).num_days()
            }
        }
    };
    format!("{n}~{id}")
}

/// The tracker's cursor of an API cursor (any number is accepted: one beyond the dates the app
/// stores starts after all of them).
fn parse_cursor(
    sort: crate::findings::queries::Sort,
    value: &str,
) -> Result<crate::findings::queries::Cursor, Problem> {
    use crate::findings::queries::{Cursor, NO_DUE_DATE, Sort};
    let damaged = || bad("The cursor is damaged: use the next of the page before.");
    let (n, id) = trimmed(value).split_once('~').ok_or_else(damaged)?;
    let n: i64 = n.parse().map_err(|_| damaged())?;
    let id = Uuid::parse_str(id).map_err(|_| damaged())?;
    let (first, last) = cursor_bounds();
    let key = match sort {
        Sort::Newest | Sort::Oldest => {
            let micros = n.clamp(first.timestamp_micros(), last.timestamp_micros());
            DateTime::from_timestamp_micros(micros)
                .unwrap_or(first)
                .format("%Y-%m-%dT%H:%M:%S%.6f")
                .to_string()
        }
        Sort::Due => {
            let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
            let days = n.clamp(
                (first.date_naive() - epoch).num_days(),
                (last.date_naive() - epoch).num_days() + 1,
            );
            let day = epoch + chrono::Duration::days(days);
            if day > last.date_naive() {
                NO_DUE_DATE.to_owned()
            } else {
                day.format("%Y-%m-%d").to_string()
            }
        }
    };
    Cursor::parse(sort, &key, id).ok_or_else(damaged)
}

/// The findings tracker: its filters, newest first (or as `sort` says), a page at a time.
#[utoipa::path(get, path = "/api/v1/findings", tag = "findings",
    params(FindingsQuery),
    responses((status = 200, description = "A page of findings", body = v::FindingList)))]
pub async fn list_findings(
    State(state): State<AppState>,
    caller: Caller,
    query: Option<Query<FindingsQuery>>,
) -> Answer {
    use crate::findings::queries::{self as fq, Sort};
    let q = query.map(|Query(q)| q).unwrap_or_default();
    let commitment = q
        .commitment
        .as_deref()
        .map(|c| {
            let c = trimmed(c);
            if (1..=20).contains(&c.len())
                && c.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.')
            {
                Ok(c.to_owned())
            } else {
                Err(bad("A commitment is named by its code, such as C4.2."))
            }
        })
        .transpose()?;
    let overdue = match q.overdue.as_deref().map(trimmed) {
        None | Some("false") => false,
        Some("true") => true,
        Some(_) => return Err(bad("overdue is true or false.")),
    };
    let filter = fq::Filter {
        state: state_code(q.state.as_deref())?,
        kind: one_of(q.kind.as_deref(), "kind")?,
        status: one_of(q.status.as_deref(), "status")?,
        commitment,
        chapter: number(q.chapter.as_deref(), "chapter", 1..=99)?
            .and_then(|n| i16::try_from(n).ok()),
        theme: slug(q.theme.as_deref(), "theme")?,
        consultation: slug(q.consultation.as_deref(), "consultation")?,
        series: slug(q.series.as_deref(), "series")?,
        from: date(q.from.as_deref(), "from")?,
        to: date(q.to.as_deref(), "to")?,
        overdue,
    };
    let sort: Sort = one_of(q.sort.as_deref(), "sort")?.unwrap_or_default();
    let cursor = q
        .cursor
        .as_deref()
        .map(|c| parse_cursor(sort, c))
        .transpose()?;
    let limit = limit(q.limit.as_deref())?;
    let levels = caller.viewer.visible_levels();
    let today = state.clock.now().date_naive();
    let mut rows = fq::list(
        &state.pool,
        &filter,
        &levels,
        today,
        sort,
        cursor.as_ref(),
        limit,
    )
    .await
    .map_err(AppError::from)?;
    let total = fq::count(&state.pool, &filter, &levels, today)
        .await
        .map_err(AppError::from)?;
    let more = rows.len() > usize::try_from(limit).unwrap_or(usize::MAX);
    rows.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
    let next = more
        .then(|| rows.last().map(|f| cursor_of(sort, &f.sort_key, f.id)))
        .flatten();
    let next_url = next.as_deref().map(|n| caller.with_cursor(n));
    let items = rows
        .into_iter()
        .map(|f| v::Finding {
            url: caller.link(&format!("/findings/{}", f.id)),
            api_url: caller.link(&format!("/api/v1/findings/{}", f.id)),
            id: f.id,
            kind: f.kind.value().to_owned(),
            statement: f.statement,
            consultation: v::Source {
                url: caller.link(&format!("/consultations/{}", f.consultation_slug)),
                slug: f.consultation_slug,
                title: f.consultation_title,
                starts_on: f.consultation_date,
            },
            states: f.states,
            commitments: f.commitments,
            themes: f.themes,
            status: f.status.map(|s| s.value().to_owned()),
            addressee: f.addressee,
            due_on: f.due_on,
            overdue: f.overdue,
            created_at: f.created_at,
        })
        .collect();
    Ok(caller.reply(
        &v::FindingList {
            items,
            total: total.min(fq::COUNT_CAP),
            total_capped: total > fq::COUNT_CAP,
            next,
            next_url: next_url.clone(),
        },
        next_url.as_deref(),
    ))
}

/// One finding, with a recommendation's follow-up.
#[utoipa::path(get, path = "/api/v1/findings/{id}", tag = "findings",
    params(("id" = Uuid, Path, description = "The finding's id")),
    responses((status = 200, description = "The finding", body = v::FindingDetail)))]
pub async fn show_finding(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<Uuid>,
) -> Answer {
    let f = crate::findings::queries::find(&state.pool, id, &caller.viewer.visible_levels())
        .await
        .map_err(AppError::from)?
        .ok_or(AppError::NotFound)?;
    let follow_up = crate::findings::queries::updates(&state.pool, f.id)
        .await
        .map_err(AppError::from)?
        .into_iter()
        .map(|u| v::FollowUp {
            reported_on: u.reported_on,
            body: u.body,
            evidence_links: u.evidence_links,
            status_from: u.status_from.map(|s| s.value().to_owned()),
            status_to: u.status_to.map(|s| s.value().to_owned()),
        })
        .collect();
    let source_note = f
        .source_note_id
        .filter(|_| f.source_note_visible)
        .map(|n| caller.link(&format!("/notes/{n}")));
    Ok(caller.reply(
        &v::FindingDetail {
            url: caller.link(&format!("/findings/{}", f.id)),
            id: f.id,
            kind: f.kind.value().to_owned(),
            statement: f.statement,
            consultation: Named {
                url: caller.link(&format!("/consultations/{}", f.consultation_slug)),
                slug: f.consultation_slug,
                name: f.consultation_title,
            },
            session: f.session_title,
            source_note,
            states: f
                .states
                .into_iter()
                .zip(f.state_names)
                .map(|(code, name)| v::MemberState { code, name })
                .collect(),
            commitments: f.commitments,
            themes: f.themes,
            status: f.status.map(|s| s.value().to_owned()),
            addressee: f.addressee,
            due_on: f.due_on,
            follow_up,
        },
        None,
    ))
}

// ---- Self-assessments and the dashboard: the dashboard's figures, read the dashboard's way.

async fn figures(
    state: &AppState,
    cache: &crate::dashboard::cache::DashboardCache,
    caller: &Caller,
) -> Result<std::sync::Arc<crate::dashboard::queries::Figures>, Problem> {
    let ctx = PageContext {
        viewer: caller.viewer.clone(),
        ..PageContext::default()
    };
    let filters = crate::dashboard::queries::Filters::default();
    Ok(
        crate::dashboard::handlers::figures(state, cache, &ctx, &filters)
            .await?
            .0,
    )
}

/// The average ratings of each Member State's latest submitted self-assessments, government's
/// and civil society's, over the framework and by chapter, as far as the caller may read them.
#[utoipa::path(get, path = "/api/v1/assessments", tag = "assessments",
    responses((status = 200, description = "The results", body = v::AssessmentResults)))]
pub async fn assessment_results(
    State(state): State<AppState>,
    State(cache): State<std::sync::Arc<crate::dashboard::cache::DashboardCache>>,
    caller: Caller,
) -> Answer {
    let figures = figures(&state, &cache, &caller).await?;
    let items = figures
        .ratings
        .iter()
        .map(|r| v::Rating {
            state: r.state.clone(),
            side: r.side.clone(),
            chapter: r.chapter,
            cycle: r.cycle.clone(),
            round_id: r.round_id,
            average: r.average,
            rated: r.rated,
            not_applicable: r.not_applicable,
            no_information: r.no_information,
        })
        .collect();
    Ok(caller.reply(
        &v::AssessmentResults {
            items,
            url: caller.link("/assessments/regional"),
        },
        None,
    ))
}

/// Where each Member State stands: consultations by stage, people by sex, findings by kind and
/// recommendations by progress, from what the caller may see.
#[utoipa::path(get, path = "/api/v1/dashboard", tag = "dashboard",
    responses((status = 200, description = "The figures", body = v::Dashboard)))]
pub async fn show_dashboard(
    State(state): State<AppState>,
    State(cache): State<std::sync::Arc<crate::dashboard::cache::DashboardCache>>,
    caller: Caller,
) -> Answer {
    let figures = figures(&state, &cache, &caller).await?;
    let states = figures
        .states
        .iter()
        .map(|s| {
            let c = figures.consultations.iter().find(|c| c.state == s.code);
            let mut people = v::StatePeople {
                female: 0,
                male: 0,
                other: 0,
            };
            for p in figures.participants.iter().filter(|p| p.state == s.code) {
                people.female += p.female;
                people.male += p.male;
                people.other += p.other;
            }
            let r = figures.recommendations.iter().find(|r| r.state == s.code);
            v::StateFigures {
                code: s.code.clone(),
                name: s.name.clone(),
                member_since: s.member_since,
                consultations: v::StateConsultations {
                    held: c.map_or(0, |c| c.held),
                    planned: c.map_or(0, |c| c.planned),
                    postponed: c.map_or(0, |c| c.postponed),
                    cancelled: c.map_or(0, |c| c.cancelled),
                    last_held: c.and_then(|c| c.last_held),
                },
                participants: people,
                findings: figures
                    .findings
                    .iter()
                    .filter(|f| f.state == s.code)
                    .map(|f| v::KindCount {
                        kind: f.kind.clone(),
                        n: f.n,
                    })
                    .collect(),
                recommendations: v::StateRecommendations {
                    total: r.map_or(0, |r| r.total),
                    open: r.map_or(0, |r| r.open),
                    in_progress: r.map_or(0, |r| r.in_progress),
                    implemented: r.map_or(0, |r| r.implemented),
                    overdue: r.map_or(0, |r| r.overdue),
                },
                url: caller.link(&format!("/states/{}", s.code)),
            }
        })
        .collect();
    Ok(caller.reply(
        &v::Dashboard {
            states,
            url: caller.link("/dashboard"),
        },
        None,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::findings::queries::Sort;

    #[test]
    fn a_cursor_names_the_same_place_in_the_tracker_after_its_round_trip() {
        let id = Uuid::new_v4();
        for (sort, key) in [
            (Sort::Newest, "2026-11-30T08:15:02.123456"),
            (Sort::Oldest, "2019-12-18T00:00:00.000000"),
            (Sort::Due, "2027-03-31"),
            (Sort::Due, crate::findings::queries::NO_DUE_DATE),
        ] {
            let cursor = cursor_of(sort, key, id);
            let back = parse_cursor(sort, &cursor).expect("a cursor of ours parses");
            assert_eq!((back.key.as_str(), back.id), (key, id), "{sort:?}");
        }
    }

    #[test]
    fn any_number_is_a_cursor_and_anything_else_a_clear_400() {
        let id = Uuid::new_v4();
        for n in ["-9999999999999999", "0", "9999999999999999"] {
            for sort in [Sort::Newest, Sort::Due] {
                assert!(parse_cursor(sort, &format!("{n}~{id}")).is_ok(), "{n}");
            }
        }
        for damaged in ["", "12", "x~y", &format!("1.5~{id}")] {
            assert!(parse_cursor(Sort::Newest, damaged).is_err(), "{damaged}");
        }
    }
}
