//! Series pages, and staff's forms for series.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;
use sqlx::PgPool;

use super::forms::{self, SeriesFields, SeriesInput};
use crate::audit::Entry;
use crate::organisations::offered::{self, Offered};
use crate::state::AppState;
use crate::web::extract::RequestId;
use crate::web::form::{FieldErrors, Form, Pairs, form_version, new_token};
use crate::web::render;
use crate::web::write::{self, Created};

use super::queries;
use super::views::{SeriesBlock, SeriesPage};
use crate::AppError;
use crate::consultations;
use crate::member_states;
use crate::web::extract::Path;
use crate::web::{Html, PageContext};
use crate::web::{Message, see_other_with};

/// Consultations on a series' page; the rest are in the consultation list.
const SERIES_PAGE_LIST: i64 = 200;

/// `GET /series/{slug}`: one series and its consultations.
pub async fn show_series(
    State(pool): State<PgPool>,
    ctx: PageContext,
    Path(slug): Path<String>,
) -> Result<impl IntoResponse, AppError> {
    let levels = ctx.viewer.visible_levels();
    let series = queries::find_by_slug(&pool, &slug, &levels)
        .await?
        .ok_or(AppError::NotFound)?;
    let consultations =
        consultations::queries::list_for_series(&pool, series.id, &levels, SERIES_PAGE_LIST)
            .await?;
    let count = consultations::queries::series_counts(&pool, &levels, Some(series.id))
        .await?
        .first()
        .copied()
        .unwrap_or_default();
    Ok(Html(SeriesPage {
        ctx,
        block: SeriesBlock::new(series, consultations, count),
    }))
}

/// `GET /series/{slug}/consultations.csv` and `.xlsx`: every consultation of a series the
/// viewer may see (the page lists the first of them).
pub async fn export_series_consultations(
    State(state): State<AppState>,
    ctx: PageContext,
    format: crate::web::download::Format,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    use crate::web::download::{self, Table};
    let levels = ctx.viewer.visible_levels();
    let series = queries::find_by_slug(&state.pool, &slug, &levels)
        .await?
        .ok_or(AppError::NotFound)?;
    let rows = consultations::queries::list_for_series(
        &state.pool,
        series.id,
        &levels,
        i64::try_from(download::MAX_ROWS).unwrap_or(i64::MAX),
    )
    .await?;
    let mut table = Table::new(
        format!("series-{slug}-consultations"),
        t!("sheet-consultations"),
        consultations::export::summary_columns(),
    );
    for c in &rows {
        table.push(consultations::export::summary_row(c));
    }
    download::send(format, state.clock.now().date_naive(), table).await
}

#[derive(askama::Template)]
#[template(path = "series/form.html")]
pub struct SeriesFormPage {
    pub ctx: PageContext,
    pub slug: Option<String>,
    pub input: SeriesInput,
    pub errors: FieldErrors,
    pub organisations: Offered,
    pub states: Vec<member_states::queries::StateListItem>,
    pub conflict: bool,
}

impl SeriesFormPage {
    pub fn action(&self) -> String {
        match &self.slug {
            Some(slug) => format!("/series/{slug}"),
            None => "/series".to_owned(),
        }
    }

    pub fn visibilities(&self) -> Vec<(&'static str, &'static str, bool)> {
        crate::auth::Visibility::options(crate::auth::Visibility::parse(&self.input.visibility))
    }
}

async fn form_page(
    pool: &PgPool,
    ctx: PageContext,
    slug: Option<String>,
    input: SeriesInput,
    errors: FieldErrors,
    conflict: bool,
) -> Result<SeriesFormPage, AppError> {
    let organisations = offered::offered(
        pool,
        &input.organisation_filter,
        &input.chosen_organisations(),
    )
    .await?;
    Ok(SeriesFormPage {
        ctx,
        slug,
        input,
        errors,
        organisations,
        states: member_states::queries::list_named(pool).await?,
        conflict,
    })
}

/// The form as `input` holds it, with no message: a new form, an edit form, or one narrowed.
async fn as_typed(
    pool: &PgPool,
    ctx: PageContext,
    slug: Option<String>,
    input: SeriesInput,
) -> Result<Response, AppError> {
    let page = form_page(pool, ctx, slug, input, FieldErrors::default(), false).await?;
    Ok(render(&page, StatusCode::OK))
}

async fn parse_with_choices(
    pool: &PgPool,
    input: &SeriesInput,
) -> Result<Result<SeriesFields, FieldErrors>, AppError> {
    let organisations = offered::choosable(pool, &input.chosen_organisations()).await?;
    let states: Vec<String> = member_states::queries::list(pool)
        .await?
        .into_iter()
        .map(|s| s.code)
        .collect();
    Ok(forms::parse(input, &organisations, &states))
}

/// `GET /series/new`.
pub async fn new_series_form(
    State(state): State<AppState>,
    ctx: PageContext,
) -> Result<Response, AppError> {
    let input = SeriesInput {
        visibility: "public".to_owned(),
        token: new_token(),
        ..SeriesInput::default()
    };
    as_typed(&state.pool, ctx, None, input).await
}

/// `POST /series`.
pub async fn create_series(
    State(state): State<AppState>,
    ctx: PageContext,
    RequestId(request_id): RequestId,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let pairs = Pairs(pairs);
    let input = SeriesInput::from_pairs(&pairs);
    if offered::narrowing(&pairs) {
        return as_typed(&state.pool, ctx, None, input).await;
    }
    let errors = match parse_with_choices(&state.pool, &input).await? {
        Ok(fields) => {
            let user = ctx.viewer.actor_id();
            let insert = async |db: &mut sqlx::PgConnection| {
                let slug = crate::db::slug::free_slug_in(&mut *db, "series", &fields.title).await?;
                let id = queries::insert(db, &slug, &fields).await?;
                Ok(Ok(Created {
                    id,
                    entry: Entry::new("series.create", "series", id)
                        .request(&request_id)
                        .after(json!(fields)),
                    to: format!("/series/{slug}"),
                    notice: Message::SeriesAdded.into(),
                }))
            };
            let already = async |_| Ok("/".to_owned());
            match write::create(&state.pool, &input.token, "series", user, insert, already).await? {
                Ok(done) => return Ok(done),
                Err(errors) => errors,
            }
        }
        Err(errors) => errors,
    };
    let page = form_page(&state.pool, ctx, None, input, errors, false).await?;
    Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY))
}

/// `GET /series/{slug}/edit`.
pub async fn edit_series_form(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let row = queries::edit_row(&state.pool, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let date = |d: Option<chrono::NaiveDate>| {
        d.map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default()
    };
    let input = SeriesInput {
        title: row.title,
        organiser: row.organiser_id.map(|i| i.to_string()).unwrap_or_default(),
        funder: row.funder_id.map(|i| i.to_string()).unwrap_or_default(),
        funding_note: row.funding_note,
        starts_on: date(row.starts_on),
        ends_on: date(row.ends_on),
        aim: row.aim,
        planned_states: row.planned_states,
        visibility: row.visibility.value().to_owned(),
        version: row.version.to_string(),
        token: String::new(),
        organisation_filter: String::new(),
    };
    as_typed(&state.pool, ctx, Some(slug), input).await
}

/// `POST /series/{slug}`.
pub async fn update_series(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(slug): Path<String>,
    RequestId(request_id): RequestId,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let before = queries::edit_row(&state.pool, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let pairs = Pairs(pairs);
    let input = SeriesInput::from_pairs(&pairs);
    if offered::narrowing(&pairs) {
        return as_typed(&state.pool, ctx, Some(slug), input).await;
    }
    let errors = match parse_with_choices(&state.pool, &input).await? {
        Ok(fields) => {
            let version = form_version(&input.version)?;
            let update = async |db: &mut sqlx::PgConnection| {
                Ok(Ok(queries::update(db, before.id, version, &fields).await?))
            };
            let entry = Entry::new("series.update", "series", before.id)
                .request(&request_id)
                .before(json!({
                    "title": before.title, "organiser_id": before.organiser_id, "funder_id": before.funder_id,
                    "funding_note": before.funding_note, "starts_on": before.starts_on, "ends_on": before.ends_on,
                    "aim": before.aim, "planned_states": before.planned_states, "visibility": before.visibility,
                }))
                .after(json!(fields));
            let conflict = async || {
                let current = queries::edit_row(&state.pool, &slug)
                    .await?
                    .ok_or(AppError::NotFound)?;
                let mut input = input.clone();
                input.version = current.version.to_string();
                let page = form_page(
                    &state.pool,
                    ctx.clone(),
                    Some(slug.clone()),
                    input,
                    FieldErrors::default(),
                    true,
                )
                .await?;
                Ok(render(&page, StatusCode::CONFLICT))
            };
            let user = ctx.viewer.actor_id();
            let done = see_other_with(&format!("/series/{slug}"), Message::SeriesSaved);
            match write::update_versioned(&state.pool, user, update, entry, conflict, done).await? {
                Ok(done) => return Ok(done),
                Err(errors) => errors,
            }
        }
        Err(errors) => errors,
    };
    let page = form_page(&state.pool, ctx, Some(slug), input, errors, false).await?;
    Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY))
}
