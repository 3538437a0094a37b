//! The commitments catalogue: frameworks, their chapters and provisions.

use axum::extract::State;
use axum::response::IntoResponse;
use sqlx::PgPool;

use super::queries;
use super::views::{ChapterBlock, CommitmentPage, FrameworkPage, FrameworksPage, adopted};
use crate::AppError;
use crate::web::extract::Path;
use crate::web::{Html, PageContext};

/// `GET /frameworks`.
pub async fn list_frameworks(
    State(pool): State<PgPool>,
    ctx: PageContext,
) -> Result<impl IntoResponse, AppError> {
    let frameworks = queries::list(&pool).await?;
    Ok(Html(FrameworksPage { ctx, frameworks }))
}

/// `GET /frameworks/{slug}`: every chapter and provision.
pub async fn show_framework(
    State(pool): State<PgPool>,
    ctx: PageContext,
    Path(slug): Path<String>,
) -> Result<impl IntoResponse, AppError> {
    let framework = queries::find(&pool, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let chapters = queries::chapters(&pool, framework.id).await?;
    let mut commitments = queries::commitments(&pool, framework.id)
        .await?
        .into_iter()
        .peekable();
    let chapters = chapters
        .into_iter()
        .map(|ch| {
            let mut own = Vec::new();
            while let Some(c) = commitments.next_if(|c| c.chapter_number == ch.number) {
                own.push(c);
            }
            ChapterBlock {
                number: ch.number,
                title: ch.title,
                commitments: own,
            }
        })
        .collect();
    Ok(Html(FrameworkPage {
        ctx,
        adopted: adopted(&framework),
        framework,
        chapters,
    }))
}

/// `GET /frameworks/{slug}/commitments/{code}`: one provision.
pub async fn show_commitment(
    State(pool): State<PgPool>,
    ctx: PageContext,
    Path((slug, code)): Path<(String, String)>,
) -> Result<impl IntoResponse, AppError> {
    let framework = queries::find(&pool, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let commitment = queries::find_commitment(&pool, framework.id, &code)
        .await?
        .ok_or(AppError::NotFound)?;
    let findings =
        crate::findings::queries::on_commitment(&pool, commitment.id, &ctx.viewer.visible_levels())
            .await?;
    Ok(Html(CommitmentPage {
        ctx,
        framework,
        commitment,
        findings,
    }))
}
