//! Member State pages.

use axum::extract::State;
use axum::response::IntoResponse;
use sqlx::PgPool;

use super::views::{MemberStatePage, membership};
use crate::AppError;
use crate::consultations;
use crate::member_states::queries;
use crate::organisations::queries::{DirectoryFilter, directory};
use crate::web::extract::Path;
use crate::web::{Html, PageContext};

/// Consultations and organisations listed on a Member State's page; the rest are a link away.
const LISTED: i64 = 50;
const LISTED_USIZE: usize = 50;

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
    let mut state = queries::find(&pool, &code)
        .await?
        .ok_or(AppError::NotFound)?;
    // Its names in the reader's language (the stored ones are English).
    state.short_name = crate::member_states::state_name(&state.code, &state.short_name);
    state.formal_name = crate::member_states::formal_name(&state.code, &state.formal_name);
    let levels = ctx.viewer.visible_levels();
    let bindings = queries::bindings(&pool, &code).await?;
    let mut consultations =
        consultations::queries::list_for_state(&pool, &code, &levels, LISTED + 1).await?;
    let more_consultations = consultations.len() > LISTED_USIZE;
    consultations.truncate(LISTED_USIZE);
    let filter = DirectoryFilter {
        kind: None,
        state: Some(Some(code.clone())),
        name: None,
    };
    let mut organisations = directory(&pool, &filter, &levels, LISTED + 1, 0).await?;
    let more_organisations = organisations.len() > LISTED_USIZE;
    organisations.truncate(LISTED_USIZE);
    Ok(Html(MemberStatePage {
        ctx,
        membership: membership(&state),
        state,
        bindings: bindings.into_iter().map(Into::into).collect(),
        consultations: consultations.into_iter().map(Into::into).collect(),
        more_consultations,
        organisations,
        more_organisations,
    }))
}
