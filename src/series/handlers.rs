//! The home page and series pages.

use axum::extract::State;
use axum::response::IntoResponse;
use sqlx::PgPool;

use super::queries;
use super::views::{HomePage, SeriesBlock, SeriesPage};
use crate::AppError;
use crate::consultations;
use crate::member_states;
use crate::web::extract::Path;
use crate::web::{Html, PageContext};

/// `GET /`: the series with their consultations, and the Member States.
pub async fn show_home(
    State(pool): State<PgPool>,
    ctx: PageContext,
) -> Result<impl IntoResponse, AppError> {
    let levels = ctx.viewer.visible_levels();
    let series = queries::list(&pool, &levels).await?;
    let consultations = consultations::queries::list_all(&pool, &levels).await?;
    let states = member_states::queries::overview(&pool, &levels).await?;
    let series = series
        .into_iter()
        .map(|s| {
            let own = consultations
                .iter()
                .filter(|c| c.series_id == Some(s.id))
                .cloned()
                .collect();
            SeriesBlock::new(s, own)
        })
        .collect();
    Ok(Html(HomePage {
        ctx,
        series,
        states: states.into_iter().map(Into::into).collect(),
    }))
}

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
    let consultations = consultations::queries::list_for_series(&pool, series.id, &levels).await?;
    Ok(Html(SeriesPage {
        ctx,
        block: SeriesBlock::new(series, consultations),
    }))
}
