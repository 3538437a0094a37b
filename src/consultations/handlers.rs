//! Consultation pages: extract, authorise, query, render.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;
use sqlx::PgPool;
use uuid::Uuid;

use super::forms::{self, ConsultationInput};
use super::queries;
use super::views::{ConsultationFormPage, ConsultationPage};
use crate::AppError;
use crate::audit::Entry;
use crate::member_states;
use crate::state::AppState;
use crate::web::extract::{Path, RequestId};
use crate::web::form::{FieldErrors, Form, Pairs, form_version, new_token, violates};
use crate::web::write::{self, Created};
use crate::web::{Html, PageContext, render};
use crate::web::{Message, see_other_with};

/// The most text (agenda, notes and statements) of a consultation page kept in memory.
const KEPT_PAGE_TEXT: usize = 256 * 1024;

/// `GET /consultations/{slug}`: the agenda, the organisations and the head counts.
pub async fn show_consultation(
    State(state): State<AppState>,
    State(pages): State<std::sync::Arc<super::PageCache>>,
    ctx: PageContext,
    Path(slug): Path<String>,
) -> Result<impl IntoResponse, AppError> {
    let pool = &state.pool;
    let levels = ctx.viewer.visible_levels();
    let organisation = ctx.viewer.user().and_then(|u| match u.role {
        crate::auth::Role::Partner => u.organisation_id,
        _ => None,
    });
    // The page as kept, while the version of what it was read from holds: the consultation's
    // own scope, and what it names. Kept per language too: the page's words (dates, labels)
    // are written in it. The page read afresh carries its version, read in the same statement.
    let key = (slug, levels, organisation, ctx.lang);
    let current = match pages.peek(&key) {
        Some(kept) => {
            let scopes = queries::page_scopes(kept.consultation.id);
            let version = crate::db::versioned::version(pool, &scopes, ctx.login.as_ref()).await?;
            pages.get(&key, version)
        }
        None => {
            pages.counts.miss();
            None
        }
    };
    let kept = match current {
        Some(kept) => kept,
        None => {
            let page = queries::page(pool, &key.0, &key.1, key.2)
                .await?
                .ok_or(AppError::NotFound)?;
            // Pages with a great deal of text are read each time, so that what is kept stays
            // small (at most 64 pages of at most 256 KiB of text).
            let keep = page.text_len() <= KEPT_PAGE_TEXT;
            let kept = std::sync::Arc::new(super::views::KeptPage::from(page));
            if keep {
                pages.put(key, kept.version, kept.clone());
            }
            kept
        }
    };
    let super::views::KeptPage {
        consultation,
        agenda,
        participants,
        took_part,
        version: _,
    } = (*kept).clone();
    // Who took part, by name: personal data, for staff only.
    let (people, records) = if ctx.viewer.sees_personal_data() {
        (
            queries::people(pool, consultation.id).await?,
            super::participation::records(pool, consultation.id).await?,
        )
    } else {
        (Vec::new(), Vec::new())
    };
    let may_write_notes = ctx.viewer.is_staff() || took_part;
    let (visible_to, sessions_visible_to) = if ctx.viewer.is_staff() {
        use crate::web::visible_to::{Record, sentences};
        let sessions: Vec<Uuid> = agenda.iter().map(|s| s.id).collect();
        (
            sentences(pool, Record::Consultation, &[consultation.id])
                .await?
                .remove(&consultation.id)
                .unwrap_or_default(),
            sentences(pool, Record::Session, &sessions).await?,
        )
    } else {
        Default::default()
    };
    let mut page = ConsultationPage::new(ctx, consultation, agenda, participants);
    page.visible_to = visible_to;
    page.sessions_visible_to = sessions_visible_to;
    page.may_write_notes = may_write_notes;
    page.people = people;
    page.records = records;
    Ok(Html(page))
}

async fn form_page(
    pool: &PgPool,
    ctx: PageContext,
    slug: Option<String>,
    input: ConsultationInput,
    errors: FieldErrors,
    conflict: Vec<(String, String, String)>,
) -> Result<ConsultationFormPage, AppError> {
    Ok(ConsultationFormPage {
        ctx,
        slug,
        input,
        errors,
        series: queries::series_choices(pool).await?,
        states: member_states::queries::list_named(pool).await?,
        conflict,
    })
}

/// The ids and codes a form may choose from.
async fn choices(pool: &PgPool) -> Result<(Vec<Uuid>, Vec<String>), AppError> {
    let series = queries::series_choices(pool)
        .await?
        .into_iter()
        .map(|s| s.id)
        .collect();
    let states = member_states::queries::list(pool)
        .await?
        .into_iter()
        .map(|s| s.code)
        .collect();
    Ok((series, states))
}

/// `GET /consultations/new`.
pub async fn new_consultation_form(
    State(state): State<AppState>,
    ctx: PageContext,
) -> Result<Response, AppError> {
    let input = ConsultationInput {
        status: "planned".to_owned(),
        visibility: "public".to_owned(),
        token: new_token(),
        ..ConsultationInput::default()
    };
    let page = form_page(
        &state.pool,
        ctx,
        None,
        input,
        FieldErrors::default(),
        Vec::new(),
    )
    .await?;
    Ok(render(&page, StatusCode::OK))
}

/// `POST /consultations`: one form makes one consultation, however often it is sent.
pub async fn create_consultation(
    State(state): State<AppState>,
    ctx: PageContext,
    RequestId(request_id): RequestId,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let input = ConsultationInput::from_pairs(&Pairs(pairs));
    let user = ctx.viewer.actor_id();
    let (series, states) = choices(&state.pool).await?;
    let today = state.clock.now().date_naive();
    let errors = match forms::parse(&input, &series, &states, today) {
        Ok(fields) => {
            let insert = async |db: &mut sqlx::PgConnection| {
                let base = format!(
                    "{} {}",
                    if fields.city.is_empty() {
                        &fields.title
                    } else {
                        &fields.city
                    },
                    fields
                        .starts_on
                        .map(|d| d.format("%Y-%m-%d").to_string())
                        .unwrap_or_else(|| "planned".to_owned())
                );
                let slug = queries::free_slug(&mut *db, &base).await?;
                let id = match queries::insert(db, &slug, &fields, state.clock.now()).await {
                    Ok(id) => id,
                    Err(err) if violates(&err, "consultation_number_key") => {
                        return Ok(Err(number_taken()));
                    }
                    Err(err) => return Err(err.into()),
                };
                Ok(Ok(Created {
                    id,
                    entry: Entry::new("consultation.create", "consultation", id)
                        .request(&request_id)
                        .after(json!(fields)),
                    to: format!("/consultations/{slug}"),
                    notice: Message::ConsultationAdded.into(),
                }))
            };
            let already = async |record: Option<Uuid>| {
                let slug = match record {
                    Some(id) => queries::slug_of(&state.pool, id).await?,
                    None => None,
                };
                Ok(slug.map_or("/".to_owned(), |s| format!("/consultations/{s}")))
            };
            match write::create(
                &state.pool,
                &input.token,
                "consultation",
                user,
                insert,
                already,
            )
            .await?
            {
                Ok(done) => return Ok(done),
                Err(errors) => errors,
            }
        }
        Err(errors) => errors,
    };
    let page = form_page(&state.pool, ctx, None, input, errors, Vec::new()).await?;
    Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY))
}

/// The message when another consultation of the series has the number.
fn number_taken() -> FieldErrors {
    let mut errors = FieldErrors::default();
    errors.add("number_in_series", t!("consultation-number-taken"));
    errors
}

/// `GET /consultations/{slug}/edit`.
pub async fn edit_consultation_form(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let row = queries::edit_row(&state.pool, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let input = ConsultationInput::from_row(&row);
    let page = form_page(
        &state.pool,
        ctx,
        Some(slug),
        input,
        FieldErrors::default(),
        Vec::new(),
    )
    .await?;
    Ok(render(&page, StatusCode::OK))
}

/// `POST /consultations/{slug}`: saves, unless someone saved a newer version meanwhile (409,
/// with both versions and what was typed).
pub async fn update_consultation(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(slug): Path<String>,
    RequestId(request_id): RequestId,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let before = queries::edit_row(&state.pool, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let input = ConsultationInput::from_pairs(&Pairs(pairs));
    let user = ctx.viewer.actor_id();
    let (series, states) = choices(&state.pool).await?;
    let today = state.clock.now().date_naive();
    let errors = match forms::parse(&input, &series, &states, today) {
        Ok(fields) => {
            let version = form_version(&input.version)?;
            let now = state.clock.now();
            let update = async |db: &mut sqlx::PgConnection| match queries::update(
                db, before.id, version, &fields, now,
            )
            .await
            {
                Ok(saved) => Ok(Ok(saved)),
                Err(err) if violates(&err, "consultation_number_key") => Ok(Err(number_taken())),
                Err(err) => Err(err.into()),
            };
            let entry = Entry::new("consultation.update", "consultation", before.id)
                .request(&request_id)
                .before(json!(forms::ConsultationFields::from(&before)))
                .after(json!(fields));
            let conflict = async || {
                let current = queries::edit_row(&state.pool, &slug)
                    .await?
                    .ok_or(AppError::NotFound)?;
                let theirs = ConsultationInput::from_row(&current);
                let conflict = theirs.differences(&input);
                let mut input = input.clone();
                // Saving again now replaces their version, knowingly.
                input.version = current.version.to_string();
                let page = form_page(
                    &state.pool,
                    ctx.clone(),
                    Some(slug.clone()),
                    input,
                    FieldErrors::default(),
                    conflict,
                )
                .await?;
                Ok(render(&page, StatusCode::CONFLICT))
            };
            let done = see_other_with(
                &format!("/consultations/{slug}"),
                Message::ConsultationSaved,
            );
            match write::update_versioned(&state.pool, user, update, entry, conflict, done).await? {
                Ok(done) => return Ok(done),
                Err(errors) => errors,
            }
        }
        Err(errors) => errors,
    };
    let page = form_page(&state.pool, ctx, Some(slug), input, errors, Vec::new()).await?;
    Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY))
}

/// The query string of the consultation list.
#[derive(Debug, Default, serde::Deserialize)]
pub struct ListQuery {
    #[serde(default)]
    state: String,
    #[serde(default)]
    stage: String,
    #[serde(default)]
    series: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    page: String,
}

const LIST_PAGE: i64 = 100;

/// `GET /consultations?state=&stage=&series=&from=&to=`: the consultations behind a figure of
/// the dashboard, newest first, a hundred a page. A bad value is a 400 that says which.
pub async fn list_consultations(
    State(pool): State<PgPool>,
    ctx: PageContext,
    query: Option<crate::web::extract::Query<ListQuery>>,
) -> Result<Response, AppError> {
    let q = query
        .map(|crate::web::extract::Query(q)| q)
        .unwrap_or_default();
    let page = crate::web::extract::query_page(&q.page)?;
    let filter = list_filter(&q)?;
    let levels = ctx.viewer.visible_levels();
    let total = queries::count_filtered(&pool, &filter, &levels).await?;
    let rows =
        queries::list_filtered(&pool, &filter, &levels, LIST_PAGE, (page - 1) * LIST_PAGE).await?;
    let mut parts = Vec::new();
    if let Some(stage) = filter.stage {
        parts.push(t!("list-stage", stage = stage));
    }
    if let Some(code) = &filter.state {
        // The code itself in English, as the filter was written; the state's name otherwise.
        let name = member_states::state_name(code, code);
        parts.push(t!("list-covering", state = name));
    }
    if let Some(series) = &filter.series {
        parts.push(t!("list-in-series", series = series.as_str()));
    }
    if let Some(from) = filter.from {
        parts.push(t!("list-from", date = from.to_string()));
    }
    if let Some(to) = filter.to {
        parts.push(t!("list-until", date = to.to_string()));
    }
    let (previous, next) = crate::web::extract::page_links(
        "/consultations",
        &[
            ("state", &q.state),
            ("stage", &q.stage),
            ("series", &q.series),
            ("from", &q.from),
            ("to", &q.to),
        ],
        page,
        LIST_PAGE,
        total,
    );
    Ok(Html(super::views::ConsultationListPage {
        ctx,
        description: parts.join(", "),
        total,
        consultations: rows.into_iter().map(Into::into).collect(),
        previous,
        next,
        query: crate::web::download::query_of(&[
            ("state", &q.state),
            ("stage", &q.stage),
            ("series", &q.series),
            ("from", &q.from),
            ("to", &q.to),
        ]),
    })
    .into_response())
}

/// The consultation list's filters from its query string; a bad value is a 400 that says which.
pub(super) fn list_filter(q: &ListQuery) -> Result<queries::ListFilter, AppError> {
    let state = match q.state.trim() {
        "" => None,
        code if code.len() == 2 && code.bytes().all(|b| b.is_ascii_alphabetic()) => {
            Some(code.to_ascii_uppercase())
        }
        _ => {
            return Err(AppError::BadRequest(
                "A Member State is a two-letter code.".into(),
            ));
        }
    };
    let stage = match q.stage.trim() {
        "" => None,
        "held" => Some("held"),
        "planned" => Some("planned"),
        "postponed" => Some("postponed"),
        "cancelled" => Some("cancelled"),
        _ => {
            return Err(AppError::BadRequest(
                "The stage is held, planned, postponed or cancelled.".into(),
            ));
        }
    };
    let filter = queries::ListFilter {
        state,
        stage,
        series: Some(q.series.trim().to_owned()).filter(|s| !s.is_empty()),
        from: crate::web::extract::query_date(&q.from, crate::web::extract::PeriodEnd::From)?,
        to: crate::web::extract::query_date(&q.to, crate::web::extract::PeriodEnd::To)?,
    };
    Ok(filter)
}
