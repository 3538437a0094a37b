//! The findings tracker and its export, a finding's page, writing findings (from a note's
//! statement too), progress on recommendations, and search.

use std::sync::LazyLock;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use serde_json::json;
use sqlx::PgPool;
use uuid::Uuid;

use super::queries::{self, Cursor, Fields, Filter, Sort};
use super::views::{
    FindingFormPage, FindingInput, FindingPage, TrackerPage, TrackerQuery, UpdateInput,
};
use super::{FindingKind, RecommendationStatus, export};
use crate::AppError;
use crate::audit::{self, Entry};
use crate::auth::{Viewer, Visibility};
use crate::domain::Choice;
use crate::member_states;
use crate::notes::Section;
use crate::organisations::{self, offered};
use crate::state::AppState;
use crate::web::extract::{Path, Query, RequestId};
use crate::web::form::{FieldErrors, Form, Pairs, form_version, missing_reference, new_token};
use crate::web::write::{self, Created};
use crate::web::{Message, PageContext, render, see_other_with};

const PAGE: i64 = 50;

fn bad(message: String) -> AppError {
    AppError::BadRequest(message)
}

/// Turns the query string into a filter, a sort and a cursor; a bad value is a 400 that says which.
fn parse_query(q: &TrackerQuery) -> Result<(Filter, Sort, Option<Cursor>), AppError> {
    let filter = Filter {
        state: match q.state.trim() {
            "" => None,
            code => Some(code.to_ascii_uppercase()),
        },
        kind: match q.kind.trim() {
            "" => None,
            v => Some(FindingKind::parse(v).ok_or_else(|| bad(t!("bad-finding-kind")))?),
        },
        status: match q.status.trim() {
            "" => None,
            v => Some(RecommendationStatus::parse(v).ok_or_else(|| bad(t!("bad-no-such-status")))?),
        },
        commitment: Some(q.commitment.trim().to_owned()).filter(|s| !s.is_empty()),
        chapter: match q.chapter.trim() {
            "" => None,
            v => Some(v.parse().map_err(|_| bad(t!("bad-chapter-number")))?),
        },
        theme: Some(q.theme.trim().to_owned()).filter(|s| !s.is_empty()),
        consultation: Some(q.consultation.trim().to_owned()).filter(|s| !s.is_empty()),
        series: Some(q.series.trim().to_owned()).filter(|s| !s.is_empty()),
        from: crate::web::extract::query_date(&q.from, crate::web::extract::PeriodEnd::From)?,
        to: crate::web::extract::query_date(&q.to, crate::web::extract::PeriodEnd::To)?,
        overdue: !q.overdue.trim().is_empty(),
    };
    let sort = match q.sort.trim() {
        "" => Sort::Newest,
        value => Sort::parse(value).ok_or_else(|| bad(t!("bad-sort")))?,
    };
    let cursor = match q.after.trim() {
        "" => None,
        v => {
            let (key, id) = v
                .rsplit_once('~')
                .ok_or_else(|| bad(t!("bad-page-marker")))?;
            let id = Uuid::parse_str(id).map_err(|_| bad(t!("bad-page-marker")))?;
            Some(Cursor::parse(sort, key, id).ok_or_else(|| bad(t!("bad-page-marker")))?)
        }
    };
    Ok((filter, sort, cursor))
}

/// `GET /findings`: the tracker.
pub async fn list_findings(
    State(state): State<AppState>,
    ctx: PageContext,
    query: Option<Query<TrackerQuery>>,
) -> Result<Response, AppError> {
    let query = query.map(|Query(q)| q).unwrap_or_default();
    let (filter, sort, cursor) = parse_query(&query)?;
    let levels = ctx.viewer.visible_levels();
    let today = state.clock.now().date_naive();
    let mut findings = queries::list(
        &state.pool,
        &filter,
        &levels,
        today,
        sort,
        cursor.as_ref(),
        PAGE,
    )
    .await?;
    let total = queries::count(&state.pool, &filter, &levels, today).await?;
    let next_page = if findings.len() > usize::try_from(PAGE).unwrap_or(50) {
        findings.truncate(usize::try_from(PAGE).unwrap_or(50));
        let last = findings
            .last()
            .map(|f| format!("{}~{}", f.sort_key, f.id))
            .unwrap_or_default();
        format!(
            "/findings?{}&after={}",
            query.query_string(),
            crate::web::urlencode(&last)
        )
    } else {
        String::new()
    };
    let themes = crate::themes::choices(&state.pool).await?;
    let theme_slugs: Vec<(String, String)> =
        sqlx::query_as("SELECT slug, name FROM theme ORDER BY name")
            .fetch_all(&state.pool)
            .await?;
    drop(themes);
    // A list to choose from while it is short (the page offers a text box beyond 300).
    let consultations: Vec<(String, String)> = sqlx::query_as(
        "SELECT slug, title FROM consultation WHERE effective_visibility = ANY($1) AND archived_at IS NULL
          ORDER BY starts_on NULLS LAST, title LIMIT 301",
    )
    .bind(&levels)
    .fetch_all(&state.pool)
    .await?;
    let page = TrackerPage {
        ctx,
        query,
        findings,
        total,
        next_page,
        states: member_states::queries::list_named(&state.pool).await?,
        themes: theme_slugs,
        consultations,
    };
    Ok(render(&page, StatusCode::OK))
}

/// `GET /findings.csv` and `/findings.xlsx`: exactly what the filters select, in the page's
/// order, as the viewer may see it; streamed from a cursor, so that a long list starts at once
/// and holds little memory.
pub async fn export_findings(
    State(state): State<AppState>,
    viewer: Viewer,
    format: crate::web::download::Format,
    query: Option<Query<TrackerQuery>>,
) -> Result<Response, AppError> {
    use futures_util::TryStreamExt;
    let query = query.map(|Query(q)| q).unwrap_or_default();
    let (filter, sort, _) = parse_query(&query)?;
    let today = state.clock.now().date_naive();
    let levels = viewer.visible_levels();
    let pool = state.pool.clone();
    Ok(crate::web::download::stream(
        format,
        today,
        "findings",
        "Findings",
        export::header(),
        move |mut rows| async move {
            let mut q = queries::all_query(&filter, &levels, today, sort);
            // The one statement runs as long as its reader takes the rows: no time limit.
            let mut tx = pool.begin().await?;
            sqlx::query("SET LOCAL statement_timeout = 0")
                .execute(&mut *tx)
                .await?;
            let mut findings = queries::each(&mut tx, &mut q);
            while let Some(finding) = findings.try_next().await? {
                if !rows.push(export::row(&finding)).await {
                    break;
                }
            }
            drop(findings);
            tx.commit().await?;
            Ok(())
        },
    ))
}

/// `GET /findings/{id}`: where it came from and what happened since.
pub async fn show_finding(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(id): Path<Uuid>,
    Query(reading): Query<crate::web::translation::ReadingQuery>,
) -> Result<Response, AppError> {
    let page = finding_page(
        &state,
        ctx,
        id,
        FieldErrors::default(),
        None,
        reading.original(),
    )
    .await?;
    Ok(render(&page, StatusCode::OK))
}

async fn finding_page(
    state: &AppState,
    ctx: PageContext,
    id: Uuid,
    errors: FieldErrors,
    update: Option<UpdateInput>,
    wants_original: bool,
) -> Result<FindingPage, AppError> {
    let finding = queries::find(&state.pool, id, &ctx.viewer.visible_levels())
        .await?
        .ok_or(AppError::NotFound)?;
    let reading = crate::web::translation::Reading::choose(
        finding.language,
        super::translations::available(&state.pool, id).await?,
        wants_original,
    );
    let statement = match &reading.shown {
        Some(shown) => super::translations::stored(&state.pool, id, shown.language)
            .await?
            .map_or_else(|| finding.statement.clone(), |t| t.text),
        None => finding.statement.clone(),
    };
    let updates = queries::updates(&state.pool, id).await?;
    let today = state.clock.now().date_naive();
    let overdue = matches!((finding.due_on, finding.status), (Some(due), Some(status)) if due < today && !status.closed());
    let visible_to = crate::web::visible_to::for_staff(
        &state.pool,
        ctx.viewer.is_staff(),
        crate::web::visible_to::Record::Finding,
        id,
    )
    .await?;
    Ok(FindingPage {
        reading,
        statement,
        visible_to,
        ctx,
        finding,
        updates,
        overdue,
        errors,
        update: update.unwrap_or_else(|| UpdateInput {
            reported_on: today.format("%Y-%m-%d").to_string(),
            ..UpdateInput::default()
        }),
    })
}

/// The lists a finding form chooses from.
#[derive(Clone)]
struct Choices {
    consultations: offered::Offered,
    sessions: Vec<(Uuid, Uuid, String)>,
    states: Vec<member_states::queries::StateListItem>,
    commitments: Vec<Choice>,
    themes: Vec<Choice>,
    organisations: offered::Offered,
}

/// The choices the form offers for `input`: all of them, but for the sessions when there are
/// more than [`SESSIONS_OFFERED`]: then those of the consultation chosen.
async fn choices(pool: &PgPool, input: &FindingInput) -> Result<Choices, AppError> {
    let consultation = Uuid::parse_str(input.consultation.trim()).ok();
    choices_offered(pool, consultation, input).await
}

/// Up to this many sessions, the form offers every consultation's (the real series has some
/// fifty); beyond, only the chosen consultation's, so that the form of a finding stays light
/// however many sessions there are (100,000 at the synthetic scale 100).
const SESSIONS_OFFERED: i64 = 500;

/// The choices a posted form names, to check it against: the consultation, session and
/// organisation it names, if they may be chosen, and those of the short lists (states,
/// commitments, themes) it ticked that may be. Checking a form costs the same however many
/// consultations, sessions and organisations there are (at the synthetic scale 100, 10,000,
/// 100,000 and 50,000: reading them all for each save cost more than the save).
///
/// With `editing`, the finding edited and the viewer's levels: the finding as it is too, in
/// the same statement (`None`: it is gone, or above what the viewer may see).
async fn named_choices(
    pool: &PgPool,
    input: &FindingInput,
    editing: Option<(Uuid, &[Visibility])>,
) -> Result<(Choices, Option<Before>), AppError> {
    let id = |v: &str| Uuid::parse_str(v.trim()).ok();
    let ids = |values: &[String]| values.iter().filter_map(|v| id(v)).collect::<Vec<_>>();
    let mut states = input.states.clone();
    states.extend(input.addressee.strip_prefix("state:").map(str::to_owned));
    let (finding, levels) = editing.unzip();
    let row: Named = sqlx::query_as(&NAMED)
        .bind(id(&input.consultation))
        .bind(id(&input.session))
        .bind(input.addressee.strip_prefix("org:").and_then(id))
        .bind(states)
        .bind(ids(&input.commitments))
        .bind(ids(&input.themes))
        .bind(finding)
        .bind(levels.unwrap_or_default())
        .fetch_one(pool)
        .await?;
    let before = match (row.kind, row.statement, row.visibility) {
        (Some(kind), Some(statement), Some(visibility)) => Some(Before {
            kind,
            statement,
            status: row.status,
            visibility,
            source_note_id: row.source_note_id,
        }),
        _ => None,
    };
    let choices = Choices {
        consultations: offered::Offered {
            choices: read(&row.consultations)?,
            ..offered::Offered::default()
        },
        sessions: read(&row.sessions)?,
        organisations: offered::Offered {
            choices: read(&row.organisations)?,
            ..offered::Offered::default()
        },
        states: member_states::queries::named(read(&row.states)?),
        commitments: read(&row.commitments)?,
        themes: read(&row.themes)?,
    };
    Ok((choices, before))
}

/// A finding as a save finds it: what its audit entry and its status history say it was.
struct Before {
    kind: FindingKind,
    statement: String,
    status: Option<RecommendationStatus>,
    visibility: Visibility,
    source_note_id: Option<Uuid>,
}

/// [`NAMED`]'s answer: each list as JSON, and the finding edited (all `None` if there is none).
#[derive(sqlx::FromRow)]
struct Named {
    consultations: String,
    sessions: String,
    organisations: String,
    states: String,
    commitments: String,
    themes: String,
    kind: Option<FindingKind>,
    statement: Option<String>,
    status: Option<RecommendationStatus>,
    visibility: Option<Visibility>,
    source_note_id: Option<Uuid>,
}

/// The consultations that may be chosen (`id`, `label`), unordered.
const CONSULTATIONS: &str = "SELECT id, title AS label FROM consultation WHERE archived_at IS NULL";

/// The commitments that may be chosen (`id`, `label`), unordered, with the `chapter` and
/// `position` they are listed by.
const COMMITMENTS: &str =
    "SELECT id, code || ' ' || title AS label, (SELECT number FROM chapter WHERE id = chapter_id) AS chapter,
            position
       FROM commitment WHERE archived_at IS NULL";

/// The sessions that may be chosen (`id`, `consultation_id`, `label`) and `which` of them.
fn sessions_where(which: &str) -> String {
    format!(
        "SELECT se.id, se.consultation_id, c.title || ': ' || se.title AS label FROM session se
           JOIN consultation c ON c.id = se.consultation_id
          WHERE se.archived_at IS NULL{which}"
    )
}

/// The choices a posted form names, in one statement (each list as JSON; the parameters as
/// [`named_choices`] binds them), with the finding edited: a save is checked in one round
/// trip instead of seven.
static NAMED: LazyLock<String> = LazyLock::new(|| {
    let whole = |sql: &str| format!("(SELECT coalesce(json_agg(x), '[]') FROM ({sql}) x)::text");
    let consultations = whole(&format!("{CONSULTATIONS} AND id = $1"));
    let sessions = sessions_where(" AND se.id = $2");
    let organisations = whole(&format!("{} AND id = $3", organisations::queries::CHOICES));
    let among = |sql: &str, key: &str, param: &str| {
        whole(&format!(
            "SELECT * FROM ({sql}) x WHERE {key} = ANY({param})"
        ))
    };
    let states = among(member_states::queries::LIST, "code", "$4");
    let commitments = among(COMMITMENTS, "id", "$5");
    let themes = among(crate::themes::CHOICES, "id", "$6");
    format!(
        "SELECT {consultations} AS consultations,
                (SELECT coalesce(json_agg(json_build_array(x.id, x.consultation_id, x.label)), '[]')
                   FROM ({sessions}) x)::text AS sessions,
                {organisations} AS organisations, {states} AS states,
                {commitments} AS commitments, {themes} AS themes,
                b.kind, b.statement, b.status, b.visibility, b.source_note_id
           FROM (SELECT) one
           LEFT JOIN (SELECT f.kind, f.statement, f.recommendation_status AS status, f.visibility,
                             f.source_note_id
                        FROM finding f JOIN consultation c ON c.id = f.consultation_id
                       WHERE f.id = $7 AND {}) b ON true",
        queries::seen_at("$8")
    )
});

/// One list of [`NAMED`]'s answer.
fn read<T: serde::de::DeserializeOwned>(json: &str) -> Result<Vec<T>, AppError> {
    serde_json::from_str(json).map_err(|e| {
        AppError::Internal(anyhow::anyhow!("the choices of a finding do not read: {e}"))
    })
}

/// All that the form offers, with the chosen consultation's sessions if there are many.
async fn choices_offered(
    pool: &PgPool,
    consultation: Option<Uuid>,
    input: &FindingInput,
) -> Result<Choices, AppError> {
    let ordered_sessions = |which: &str| {
        format!(
            "{} ORDER BY c.starts_on NULLS LAST, se.position",
            sessions_where(which)
        )
    };
    // Each case its own statement, so that each is planned on its index.
    let many = sqlx::query_scalar::<_, bool>(
        "SELECT count(*) > $1 FROM (SELECT 1 FROM session WHERE archived_at IS NULL LIMIT $1 + 1) s",
    )
    .bind(SESSIONS_OFFERED)
    .fetch_one(pool)
    .await?;
    let sessions = if many {
        sqlx::query_as(&ordered_sessions(" AND se.consultation_id = $1"))
            .bind(consultation)
            .fetch_all(pool)
            .await?
    } else {
        sqlx::query_as(&ordered_sessions(""))
            .fetch_all(pool)
            .await?
    };
    Ok(Choices {
        consultations: crate::consultations::offered::offered(
            pool,
            &input.consultation_filter,
            &consultation.into_iter().collect::<Vec<_>>(),
        )
        .await?,
        sessions,
        states: member_states::queries::list_named(pool).await?,
        commitments: sqlx::query_as(&format!(
            "SELECT id, label FROM ({COMMITMENTS}) x ORDER BY chapter, position"
        ))
        .fetch_all(pool)
        .await?,
        themes: crate::themes::choices(pool).await?,
        organisations: offered::offered(
            pool,
            &input.organisation_filter,
            &input
                .addressee_organisation()
                .into_iter()
                .collect::<Vec<_>>(),
        )
        .await?,
    })
}

fn form_page(
    ctx: PageContext,
    c: Choices,
    finding_id: Option<Uuid>,
    input: FindingInput,
    errors: FieldErrors,
    conflict: bool,
) -> FindingFormPage {
    FindingFormPage {
        ctx,
        finding_id,
        input,
        errors,
        consultations: c.consultations,
        sessions: c
            .sessions
            .into_iter()
            .map(|(id, _, label)| Choice { id, label })
            .collect(),
        states: c.states,
        commitments: c.commitments,
        themes: c.themes,
        organisations: c.organisations,
        conflict,
    }
}

fn input_from(p: &Pairs) -> FindingInput {
    FindingInput {
        kind: p.get("kind").to_owned(),
        statement: p.text("statement").trim().to_owned(),
        consultation: p.get("consultation").to_owned(),
        session: p.get("session").to_owned(),
        source_note: p.get("source_note").to_owned(),
        states: p.all("states").into_iter().map(str::to_owned).collect(),
        commitments: p
            .all("commitments")
            .into_iter()
            .map(str::to_owned)
            .collect(),
        themes: p.all("themes").into_iter().map(str::to_owned).collect(),
        visibility: p.get("visibility").to_owned(),
        addressee: p.get("addressee").to_owned(),
        status: p.get("status").to_owned(),
        due_on: p.get("due_on").to_owned(),
        language: p.get("language").to_owned(),
        version: p.get("version").to_owned(),
        token: p.get("token").to_owned(),
        organisation_filter: p.get(offered::FILTER).to_owned(),
        consultation_filter: p.get(crate::consultations::offered::FILTER).to_owned(),
    }
}

/// Checks the form against the lists it chose from.
fn parse(input: &FindingInput, c: &Choices) -> Result<Fields, FieldErrors> {
    let mut errors = FieldErrors::default();
    let kind = FindingKind::parse(&input.kind);
    if kind.is_none() {
        errors.add("kind", t!("finding-choose-kind"));
    }
    if input.statement.is_empty() {
        errors.add("statement", t!("finding-write"));
    } else if input.statement.chars().count() > 10_000 {
        errors.add("statement", t!("finding-too-long"));
    }
    let consultation = Uuid::parse_str(&input.consultation)
        .ok()
        .filter(|id| c.consultations.choices.iter().any(|x| x.id == *id));
    if consultation.is_none() {
        errors.add("consultation", t!("finding-choose-consultation"));
    }
    let session = match input.session.as_str() {
        "" => None,
        v => match c.sessions.iter().find(|(id, _, _)| id.to_string() == v) {
            Some((id, of, _)) if Some(*of) == consultation => Some(*id),
            _ => {
                errors.add("session", t!("finding-choose-session"));
                None
            }
        },
    };
    let states: Vec<String> = input
        .states
        .iter()
        .filter(|s| c.states.iter().any(|x| x.code == **s))
        .cloned()
        .collect();
    if states.len() != input.states.len() {
        errors.add("states", t!("form-tick-states"));
    }
    let ids = |values: &[String], known: &[Choice]| -> Option<Vec<Uuid>> {
        values
            .iter()
            .map(|v| {
                Uuid::parse_str(v)
                    .ok()
                    .filter(|id| known.iter().any(|k| k.id == *id))
            })
            .collect()
    };
    let commitments = ids(&input.commitments, &c.commitments).unwrap_or_default();
    if commitments.is_empty() {
        errors.add("commitments", t!("finding-tick-commitments"));
    }
    let themes = ids(&input.themes, &c.themes);
    if themes.is_none() {
        errors.add("themes", t!("finding-tick-themes"));
    }
    let visibility = Visibility::parse(&input.visibility);
    if visibility.is_none() {
        errors.add("visibility", t!("form-choose-visibility"));
    }
    let recommendation = kind == Some(FindingKind::Recommendation);
    let (mut organisation, mut addressee_state) = (None, None);
    let mut status = None;
    let mut due_on = None;
    if recommendation {
        match input.addressee.split_once(':') {
            Some(("org", id)) => {
                organisation = Uuid::parse_str(id)
                    .ok()
                    .filter(|id| c.organisations.choices.iter().any(|o| o.id == *id))
            }
            Some(("state", code)) => {
                addressee_state = c
                    .states
                    .iter()
                    .find(|s| s.code == code)
                    .map(|s| s.code.clone())
            }
            _ => {}
        }
        if organisation.is_none() && addressee_state.is_none() {
            errors.add("addressee", t!("finding-choose-addressee"));
        }
        status =
            Some(RecommendationStatus::parse(&input.status).unwrap_or(RecommendationStatus::Open));
        due_on = crate::web::form::parse_date(&input.due_on, "due_on", &mut errors);
    }
    let source_note_id = Uuid::parse_str(&input.source_note).ok();
    let language = crate::web::form::parse_language(&input.language, &mut errors);
    match (kind, consultation, visibility, language) {
        (Some(kind), Some(consultation_id), Some(visibility), Some(language))
            if errors.is_empty() =>
        {
            Ok(Fields {
                kind,
                statement: input.statement.clone(),
                consultation_id,
                session_id: session,
                source_note_id,
                states,
                commitments,
                themes: themes.unwrap_or_default(),
                visibility,
                status,
                addressee_organisation_id: organisation,
                addressee_state_code: addressee_state,
                due_on,
                language,
            })
        }
        _ => Err(errors),
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct NewQuery {
    #[serde(default)]
    note: String,
    /// The statement's place in the note (0, 1, ...).
    #[serde(default)]
    statement: String,
    #[serde(default)]
    consultation: String,
}

/// `GET /findings/new`: empty, or filled from a statement of a note (`?note=&statement=`).
pub async fn new_finding_form(
    State(state): State<AppState>,
    ctx: PageContext,
    query: Option<Query<NewQuery>>,
) -> Result<Response, AppError> {
    let q = query.map(|Query(q)| q).unwrap_or_default();
    let mut input = FindingInput {
        visibility: "staff".to_owned(),
        token: new_token(),
        kind: "challenge".to_owned(),
        ..FindingInput::default()
    };
    if let Ok(note_id) = Uuid::parse_str(q.note.trim()) {
        let note = crate::notes::queries::find(&state.pool, note_id)
            .await?
            .ok_or(AppError::NotFound)?;
        if note.status == crate::notes::NoteStatus::Draft {
            return Err(AppError::NotFound);
        }
        let statements = crate::notes::queries::statements(&state.pool, note_id).await?;
        let index: usize = q
            .statement
            .trim()
            .parse()
            .map_err(|_| bad(t!("bad-which-statement")))?;
        let s = statements.get(index).ok_or(AppError::NotFound)?;
        let session = crate::notes::queries::session_context(
            &state.pool,
            note.session_id,
            None,
            &ctx.viewer.visible_levels(),
        )
        .await?
        .ok_or(AppError::NotFound)?;
        input.kind = match s.section {
            Section::Challenge => "challenge",
            Section::Opportunity => "opportunity",
            Section::GoodPractice => "good_practice",
            Section::Recommendation => "recommendation",
        }
        .to_owned();
        input.statement = s.body.clone();
        input.consultation = session.consultation_id.to_string();
        input.session = session.session_id.to_string();
        input.source_note = note_id.to_string();
        input.visibility = note.visibility.value().to_owned();
        // The statement comes as its partner wrote it, in the note's language.
        input.language = note.language.value().to_owned();
        input.states = sqlx::query_scalar(
            "SELECT member_state_code::text FROM consultation_state WHERE consultation_id = $1",
        )
        .bind(session.consultation_id)
        .fetch_all(&state.pool)
        .await?;
    } else if !q.consultation.trim().is_empty() {
        input.consultation = q.consultation.trim().to_owned();
    }
    let c = choices(&state.pool, &input).await?;
    Ok(render(
        &form_page(ctx, c, None, input, FieldErrors::default(), false),
        StatusCode::OK,
    ))
}

/// The form field of each record a finding names, by its column (for a foreign-key violation).
const REFERENCES: &[(&str, &str)] = &[
    ("source_note", "source_note"),
    ("session", "session"),
    ("addressee", "addressee"),
    ("consultation", "consultation"),
    ("commitment", "commitments"),
    ("theme", "themes"),
];

/// `POST /findings`.
pub async fn create_finding(
    State(state): State<AppState>,
    ctx: PageContext,
    RequestId(request_id): RequestId,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let pairs = Pairs(pairs);
    let input = input_from(&pairs);
    if offered::narrowing(&pairs) {
        let c = choices(&state.pool, &input).await?;
        return Ok(render(
            &form_page(ctx, c, None, input, FieldErrors::default(), false),
            StatusCode::OK,
        ));
    }
    let errors = match parse(&input, &named_choices(&state.pool, &input, None).await?.0) {
        Ok(fields) => {
            let user = ctx.viewer.actor_id();
            let insert = async |db: &mut sqlx::PgConnection| {
                let id = match queries::insert(db, &fields, user, state.clock.now()).await {
                    Ok(id) => id,
                    Err(err) => return missing_errors(err),
                };
                Ok(Ok(Created {
                    id,
                    entry: Entry::new("finding.create", "finding", id)
                        .request(&request_id)
                        .after(json!(fields)),
                    to: format!("/findings/{id}"),
                    notice: Message::FindingAdded.into(),
                }))
            };
            let already = async |record: Option<Uuid>| {
                Ok(record.map_or("/findings".to_owned(), |id| format!("/findings/{id}")))
            };
            match write::create(&state.pool, &input.token, "finding", user, insert, already).await?
            {
                Ok(done) => return Ok(done),
                Err(errors) => errors,
            }
        }
        Err(errors) => errors,
    };
    let c = choices(&state.pool, &input).await?;
    Ok(render(
        &form_page(ctx, c, None, input, errors, false),
        StatusCode::UNPROCESSABLE_ENTITY,
    ))
}

/// A write's refusal as the message beside the field that named a record that does not exist;
/// any other database error as it is.
fn missing_errors<T>(err: sqlx::Error) -> Result<Result<T, FieldErrors>, AppError> {
    let Some(field) = missing_reference(&err, REFERENCES, "consultation") else {
        return Err(err.into());
    };
    let mut errors = FieldErrors::default();
    errors.add(field, t!("form-missing-reference"));
    Ok(Err(errors))
}

/// `GET /findings/{id}/edit`.
pub async fn edit_finding_form(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(id): Path<Uuid>,
) -> Result<Response, AppError> {
    let f = queries::find(&state.pool, id, &ctx.viewer.visible_levels())
        .await?
        .ok_or(AppError::NotFound)?;
    let input = FindingInput {
        kind: f.kind.value().to_owned(),
        statement: f.statement.clone(),
        consultation: f.consultation_id.to_string(),
        session: f.session_id.map(|s| s.to_string()).unwrap_or_default(),
        source_note: f.source_note_id.map(|s| s.to_string()).unwrap_or_default(),
        states: f.states.clone(),
        commitments: f.commitment_ids.iter().map(Uuid::to_string).collect(),
        themes: f.theme_ids.iter().map(Uuid::to_string).collect(),
        visibility: f.visibility.value().to_owned(),
        addressee: match (&f.addressee_organisation_id, &f.addressee_state_code) {
            (Some(o), _) => format!("org:{o}"),
            (None, Some(s)) => format!("state:{s}"),
            _ => String::new(),
        },
        status: f.status.map(|s| s.value().to_owned()).unwrap_or_default(),
        due_on: f
            .due_on
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default(),
        language: f.language.value().to_owned(),
        version: f.version.to_string(),
        token: String::new(),
        organisation_filter: String::new(),
        consultation_filter: String::new(),
    };
    let c = choices(&state.pool, &input).await?;
    Ok(render(
        &form_page(ctx, c, Some(id), input, FieldErrors::default(), false),
        StatusCode::OK,
    ))
}

/// `POST /findings/{id}`: a change of status here is kept in the status history too.
pub async fn update_finding(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(id): Path<Uuid>,
    RequestId(request_id): RequestId,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let pairs = Pairs(pairs);
    let input = input_from(&pairs);
    let levels = ctx.viewer.visible_levels();
    let (named, before) = named_choices(&state.pool, &input, Some((id, &levels))).await?;
    let before = before.ok_or(AppError::NotFound)?;
    if offered::narrowing(&pairs) {
        let c = choices(&state.pool, &input).await?;
        return Ok(render(
            &form_page(ctx, c, Some(id), input, FieldErrors::default(), false),
            StatusCode::OK,
        ));
    }
    let errors = match parse(&input, &named) {
        Ok(mut fields) => {
            fields.source_note_id = before.source_note_id;
            let version = form_version(&input.version)?;
            let user = ctx.viewer.actor_id();
            let now = state.clock.now();
            let update = async |db: &mut sqlx::PgConnection| {
                match queries::update(&mut *db, id, version, &fields, now).await {
                    Ok(true) => {}
                    Ok(false) => return Ok(Ok(false)),
                    Err(err) => return missing_errors(err),
                }
                if before.status != fields.status && fields.status.is_some() {
                    queries::add_update(
                        db,
                        id,
                        now.date_naive(),
                        "Status changed.",
                        &[],
                        before.status,
                        fields.status,
                        user,
                    )
                    .await?;
                }
                Ok(Ok(true))
            };
            let entry = Entry::new("finding.update", "finding", id)
                .request(&request_id)
                .before(json!({ "kind": before.kind, "statement": before.statement, "status": before.status, "visibility": before.visibility }))
                .after(json!(fields));
            let conflict = async || {
                let current = queries::find(&state.pool, id, &ctx.viewer.visible_levels())
                    .await?
                    .ok_or(AppError::NotFound)?;
                let mut input = input.clone();
                input.version = current.version.to_string();
                Ok(render(
                    &form_page(
                        ctx.clone(),
                        choices(&state.pool, &input).await?,
                        Some(id),
                        input,
                        FieldErrors::default(),
                        true,
                    ),
                    StatusCode::CONFLICT,
                ))
            };
            let done = see_other_with(&format!("/findings/{id}"), Message::FindingSaved);
            match write::update_versioned(&state.pool, user, update, entry, conflict, done).await? {
                Ok(done) => return Ok(done),
                Err(errors) => errors,
            }
        }
        Err(errors) => errors,
    };
    let c = choices(&state.pool, &input).await?;
    Ok(render(
        &form_page(ctx, c, Some(id), input, errors, false),
        StatusCode::UNPROCESSABLE_ENTITY,
    ))
}

/// `POST /findings/{id}/updates`: dated progress with evidence, and perhaps a new status.
pub async fn add_update(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(id): Path<Uuid>,
    RequestId(request_id): RequestId,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let finding = queries::find(&state.pool, id, &ctx.viewer.visible_levels())
        .await?
        .ok_or(AppError::NotFound)?;
    let p = Pairs(pairs);
    let mut errors = FieldErrors::default();
    if finding.kind != FindingKind::Recommendation {
        errors.add("body", t!("finding-only-recommendations"));
    }
    let reported_on =
        crate::web::form::parse_date(p.get("reported_on"), "reported_on", &mut errors);
    if reported_on.is_none() && errors.get("reported_on").is_empty() {
        errors.add("reported_on", t!("finding-progress-date"));
    }
    let body = p.text("body").trim().to_owned();
    if body.is_empty() {
        errors.add("body", t!("finding-say-what-happened"));
    }
    let links: Vec<String> = p
        .text("links")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect();
    if links
        .iter()
        .any(|l| !(l.starts_with("https://") || l.starts_with("http://")))
    {
        errors.add("links", t!("finding-links-https"));
    }
    let to = match p.get("status") {
        "" => None,
        v => match RecommendationStatus::parse(v) {
            Some(s) if Some(s) != finding.status => Some(s),
            Some(_) => None,
            None => {
                errors.add("status", t!("finding-choose-status"));
                None
            }
        },
    };
    let (Some(reported_on), true) = (reported_on, errors.is_empty()) else {
        // The form comes back with what was typed.
        let typed = UpdateInput {
            reported_on: p.get("reported_on").to_owned(),
            body: p.text("body").to_owned(),
            links: p.text("links").to_owned(),
            status: p.get("status").to_owned(),
        };
        let page = finding_page(&state, ctx, id, errors, Some(typed), false).await?;
        return Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY));
    };
    let user = ctx.viewer.actor_id();
    let mut tx = state.pool.begin().await?;
    queries::add_update(
        &mut tx,
        id,
        reported_on,
        &body,
        &links,
        to.map(|_| finding.status).unwrap_or(None),
        to,
        user,
    )
    .await?;
    let mut entry = Entry::new("recommendation.update", "finding", id)
        .request(&request_id)
        .before(json!({ "status": finding.status }))
        .after(json!({ "reported_on": reported_on, "body": body, "links": links, "status": to.or(finding.status) }));
    entry.actor_id = user;
    audit::record(&mut *tx, &entry).await?;
    tx.commit().await?;
    Ok(see_other_with(
        &format!("/findings/{id}#follow-up"),
        Message::ProgressAdded,
    ))
}
