//! `GET /search`.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::queries as search;
use super::views::{HitView, SearchPage};
use crate::AppError;
use crate::state::AppState;
use crate::web::extract::Query;
use crate::web::{PageContext, render};

#[derive(Debug, Default, Deserialize)]
pub struct SearchQuery {
    #[serde(default)]
    q: String,
}

/// `GET /search?q=`.
pub async fn search_everything(
    State(state): State<AppState>,
    State(searches): State<std::sync::Arc<super::SearchCache>>,
    ctx: PageContext,
    query: Option<Query<SearchQuery>>,
) -> Result<Response, AppError> {
    let q = query.map(|Query(q)| q.q).unwrap_or_default();
    let q = q.trim().chars().take(200).collect::<String>();
    if q.is_empty() {
        return Ok(render(
            &SearchPage {
                ctx,
                q,
                hits: &[],
                more: false,
            },
            StatusCode::OK,
        ));
    }
    // Results as kept while the data version holds (read with the login, or now: before the
    // search, so that results are never kept as newer than they are).
    let key = (q.clone(), ctx.viewer.visible_levels());
    let version = crate::db::versioned::data_version(&state.pool, ctx.data_version).await?;
    let kept = match searches.get(&key, version) {
        Some(kept) => kept,
        None => {
            let mut hits: Vec<HitView> = search::search(&state.pool, &q, &key.1)
                .await?
                .into_iter()
                .map(|h| HitView {
                    snippet: search::snippet(&h.text, &q),
                    kind: h.kind,
                    title: h.title,
                    url: h.url,
                })
                .collect();
            let more = hits.len() > search::PAGE;
            hits.truncate(search::PAGE);
            let kept = std::sync::Arc::new((hits, more));
            searches.put(key, version, kept.clone());
            kept
        }
    };
    let page = SearchPage {
        ctx,
        q,
        hits: &kept.0,
        more: kept.1,
    };
    Ok(render(&page, StatusCode::OK))
}
