//! Organisation pages.

use axum::extract::State;
use axum::response::IntoResponse;
use serde::Deserialize;
use sqlx::PgPool;

use super::OrganisationKind;
use super::queries::{self, DirectoryFilter};
use super::views::{DirectoryPage, OrganisationPage};
use crate::AppError;
use crate::member_states;
use crate::web::extract::{Path, Query};
use crate::web::{Html, PageContext};

/// The directory's filters, as they arrive in the query string.
#[derive(Debug, Default, Deserialize)]
pub struct DirectoryQuery {
    #[serde(default)]
    kind: String,
    /// A Member State code, or `regional`.
    #[serde(default)]
    state: String,
}

/// `GET /organisations?kind=&state=`: every organisation, filtered.
pub async fn list_organisations(
    State(pool): State<PgPool>,
    ctx: PageContext,
    query: Option<Query<DirectoryQuery>>,
) -> Result<impl IntoResponse, AppError> {
    let query = query.map(|Query(q)| q).unwrap_or_default();
    let kind = match query.kind.trim() {
        "" => None,
        value => Some(
            OrganisationKind::ALL
                .into_iter()
                .find(|k| k.value() == value)
                .ok_or_else(|| {
                    AppError::BadRequest(format!("There is no kind of organisation {value:?}."))
                })?,
        ),
    };
    let states = member_states::queries::list(&pool).await?;
    let state = match query.state.trim() {
        "" => None,
        "regional" => Some(None),
        code => {
            let code = code.to_ascii_uppercase();
            if !states.iter().any(|s| s.code == code) {
                return Err(AppError::BadRequest(format!(
                    "There is no Member State with the code {code:?}."
                )));
            }
            Some(Some(code))
        }
    };
    let filter = DirectoryFilter { kind, state };
    let organisations = queries::directory(&pool, &filter, &ctx.viewer.visible_levels()).await?;
    Ok(Html(DirectoryPage {
        ctx,
        organisations,
        kinds: &OrganisationKind::ALL,
        states,
        kind: kind.map(|k| k.value().to_owned()).unwrap_or_default(),
        state: match filter.state {
            None => String::new(),
            Some(None) => "regional".to_owned(),
            Some(Some(code)) => code,
        },
    }))
}

/// `GET /organisations/{slug}`: what the organisation is and where it took part.
pub async fn show_organisation(
    State(pool): State<PgPool>,
    ctx: PageContext,
    Path(slug): Path<String>,
) -> Result<impl IntoResponse, AppError> {
    let org = queries::find_by_slug(&pool, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let history = queries::history(&pool, org.id, &ctx.viewer.visible_levels())
        .await?
        .into_iter()
        .map(Into::into)
        .collect();
    Ok(Html(OrganisationPage { ctx, org, history }))
}
