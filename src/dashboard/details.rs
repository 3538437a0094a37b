//! `GET /dashboard/participation`, `/findings`, `/assessments`, `/timeline`, `/themes` and
//! `/chapters`: each detailed table of the dashboard on a page of its own, reached from the
//! overview by a plain link with the same filters, so that the overview stays light.
//!
//! The figures are the overview's (the same filters, the same visibility, the same kept
//! figures); each page's content is rendered once per change of the data and kept beside the
//! overview's.

use axum::extract::State;
use axum::response::Response;

use super::handlers::{DashboardQuery, figures, filters, page_around};
use super::views::{self, Section};
use crate::AppError;
use crate::state::AppState;
use crate::web::PageContext;
use crate::web::extract::Query;

/// The detail page `section`, for `ctx`'s viewer and the query's filters.
async fn show_section(
    section: Section,
    state: &AppState,
    cache: &super::cache::DashboardCache,
    ctx: PageContext,
    query: Option<Query<DashboardQuery>>,
) -> Result<Response, AppError> {
    let filters = filters(query)?;
    let (figures, today) = figures(state, cache, &ctx, &filters).await?;
    // Kept like the overview: per official's own state and per language, beside it.
    let key = format!(
        "{}:{}/{}",
        section.value(),
        views::own_state(&ctx.viewer),
        ctx.lang.code()
    );
    let kept = figures
        .rendered
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .get(&key)
        .cloned();
    let content = match kept {
        Some(content) => content,
        None => {
            let content: std::sync::Arc<str> =
                views::render_section(section, &ctx.viewer, &figures, &filters, today)
                    .map_err(|e| AppError::Internal(e.into()))?
                    .into();
            figures
                .rendered
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .insert(key, content.clone());
            content
        }
    };
    let title = format!("{} · {}", section.label(), t!("dashboard-title"));
    page_around(ctx, title, content)
}

/// `GET /dashboard/participation`: consultations and heads counted, per Member State.
pub async fn show_participation(
    State(state): State<AppState>,
    State(cache): State<std::sync::Arc<super::cache::DashboardCache>>,
    ctx: PageContext,
    query: Option<Query<DashboardQuery>>,
) -> Result<Response, AppError> {
    show_section(Section::Participation, &state, &cache, ctx, query).await
}

/// `GET /dashboard/findings`: findings by kind and their follow-up, per Member State.
pub async fn show_findings(
    State(state): State<AppState>,
    State(cache): State<std::sync::Arc<super::cache::DashboardCache>>,
    ctx: PageContext,
    query: Option<Query<DashboardQuery>>,
) -> Result<Response, AppError> {
    show_section(Section::Findings, &state, &cache, ctx, query).await
}

/// `GET /dashboard/assessments`: each side's latest self-assessment, per Member State.
pub async fn show_assessments(
    State(state): State<AppState>,
    State(cache): State<std::sync::Arc<super::cache::DashboardCache>>,
    ctx: PageContext,
    query: Option<Query<DashboardQuery>>,
) -> Result<Response, AppError> {
    show_section(Section::Assessments, &state, &cache, ctx, query).await
}

/// `GET /dashboard/timeline`: consultations by year and stage.
pub async fn show_timeline(
    State(state): State<AppState>,
    State(cache): State<std::sync::Arc<super::cache::DashboardCache>>,
    ctx: PageContext,
    query: Option<Query<DashboardQuery>>,
) -> Result<Response, AppError> {
    show_section(Section::Timeline, &state, &cache, ctx, query).await
}

/// `GET /dashboard/themes`: findings by Member State and theme.
pub async fn show_themes(
    State(state): State<AppState>,
    State(cache): State<std::sync::Arc<super::cache::DashboardCache>>,
    ctx: PageContext,
    query: Option<Query<DashboardQuery>>,
) -> Result<Response, AppError> {
    show_section(Section::Themes, &state, &cache, ctx, query).await
}

/// `GET /dashboard/chapters`: findings and ratings by Member State and chapter.
pub async fn show_chapters(
    State(state): State<AppState>,
    State(cache): State<std::sync::Arc<super::cache::DashboardCache>>,
    ctx: PageContext,
    query: Option<Query<DashboardQuery>>,
) -> Result<Response, AppError> {
    show_section(Section::Chapters, &state, &cache, ctx, query).await
}
