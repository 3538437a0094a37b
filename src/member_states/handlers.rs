//! Member State pages.

use axum::extract::State;
use axum::response::IntoResponse;
use sqlx::PgPool;

use super::queries;
use super::views::{MemberStatePage, membership};
use crate::AppError;
use crate::consultations;
use crate::stakeholders::queries::{DirectoryFilter, directory};
use crate::web::extract::Path;
use crate::web::{Html, PageContext};

/// `GET /states/{code}`: membership, the frameworks that bind it, its consultations and
/// organisations. Codes are matched in any case; an unknown one is a 404.
pub async fn show_member_state(
    State(pool): State<PgPool>,
    ctx: PageContext,
    Path(code): Path<String>,
) -> Result<impl IntoResponse, AppError> {
    let code = code.to_ascii_uppercase();
    if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(AppError::NotFound);
    }
    let state = queries::find(&pool, &code)
        .await?
        .ok_or(AppError::NotFound)?;
    let levels = ctx.viewer.visible_levels();
    let bindings = queries::bindings(&pool, &code).await?;
    let consultations = consultations::queries::list_for_state(&pool, &code, &levels).await?;
    let filter = DirectoryFilter {
        kind: None,
        state: Some(Some(code.clone())),
    };
    let organisations = directory(&pool, &filter, &levels).await?;
    Ok(Html(MemberStatePage {
        ctx,
        membership: membership(&state),
        state,
        bindings: bindings.into_iter().map(Into::into).collect(),
        consultations: consultations.into_iter().map(Into::into).collect(),
        organisations,
    }))
}
