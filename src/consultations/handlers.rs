//! Consultation pages: extract, authorise, query, render.

use axum::extract::State;
use axum::response::IntoResponse;
use sqlx::PgPool;

use super::queries;
use super::views::ConsultationPage;
use crate::AppError;
use crate::sessions;
use crate::web::extract::Path;
use crate::web::{Html, PageContext};

/// `GET /consultations/{slug}`: the agenda, the organisations and the head counts.
pub async fn show_consultation(
    State(pool): State<PgPool>,
    ctx: PageContext,
    Path(slug): Path<String>,
) -> Result<impl IntoResponse, AppError> {
    let levels = ctx.viewer.visible_levels();
    let consultation = queries::find_by_slug(&pool, &slug, &levels)
        .await?
        .ok_or(AppError::NotFound)?;
    let agenda = sessions::queries::agenda(&pool, consultation.id, &levels).await?;
    let participants = queries::participants(&pool, consultation.id).await?;
    let agenda = agenda.into_iter().map(Into::into).collect();
    Ok(Html(ConsultationPage::new(
        ctx,
        consultation,
        agenda,
        participants,
    )))
}
