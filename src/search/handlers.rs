//! `GET /search`.

use std::sync::Arc;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::queries::{self as search, CAP, PAGE, Reader, RecordKind, Search};
use super::views::{Results, SearchPage};
use crate::AppError;
use crate::state::AppState;
use crate::web::extract::Query;
use crate::web::{PageContext, render};

/// The highest page number asked for: past every kind's cap.
const LAST_PAGE: u32 = (CAP * RecordKind::ALL.len()).div_ceil(PAGE) as u32 + 1;

#[derive(Debug, Default, Deserialize)]
pub struct SearchQuery {
    #[serde(default)]
    q: String,
    kind: Option<String>,
    state: Option<String>,
    year: Option<String>,
    theme: Option<String>,
    page: Option<String>,
}

/// What was asked for, checked: a message for each value that cannot be.
fn read(query: SearchQuery) -> Result<Search, AppError> {
    let given = |v: Option<String>| v.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
    let kind = match given(query.kind) {
        None => None,
        Some(kind) => Some(
            RecordKind::parse(&kind).ok_or_else(|| AppError::BadRequest(t!("bad-search-kind")))?,
        ),
    };
    let state = match given(query.state) {
        None => None,
        Some(state) if state.len() == 2 && state.chars().all(|c| c.is_ascii_alphabetic()) => {
            Some(state.to_ascii_uppercase())
        }
        Some(_) => {
            return Err(AppError::BadRequest(
                "A Member State is named by its two-letter code, such as VN.".to_owned(),
            ));
        }
    };
    let year = match given(query.year) {
        None => None,
        Some(year) => match year.parse::<i32>() {
            Ok(year) if (1900..=2100).contains(&year) => Some(year),
            _ => {
                return Err(AppError::BadRequest(
                    "The year must be a year such as 2019.".to_owned(),
                ));
            }
        },
    };
    let theme = match given(query.theme) {
        None => None,
        Some(theme)
            if theme.len() <= 100
                && theme
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') =>
        {
            Some(theme)
        }
        Some(_) => {
            return Err(AppError::BadRequest(t!("bad-no-such-theme")));
        }
    };
    let page = match given(query.page) {
        None => 1,
        Some(page) => match page.parse::<u32>() {
            Ok(page) if (1..=LAST_PAGE).contains(&page) => page,
            _ => {
                return Err(AppError::BadRequest(format!(
                    "The page must be a number from 1 to {LAST_PAGE}."
                )));
            }
        },
    };
    Ok(Search {
        q: query.q.trim().chars().take(200).collect(),
        kind,
        state,
        year,
        theme,
        page,
    })
}

/// `GET /search?q=&kind=&state=&year=&theme=&page=`.
pub async fn search_everything(
    State(state): State<AppState>,
    State(searches): State<Arc<super::SearchCache>>,
    ctx: PageContext,
    query: Option<Query<SearchQuery>>,
) -> Result<Response, AppError> {
    let wanted = read(query.map(|Query(q)| q).unwrap_or_default())?;
    let reader = Reader {
        levels: ctx.viewer.visible_levels(),
        sees_people: ctx.viewer.sees_personal_data(),
    };
    let kinds = RecordKind::options(wanted.kind)
        .into_iter()
        .filter(|(value, _, _)| reader.sees_people || *value != RecordKind::Person.value())
        .collect();
    if wanted.q.is_empty() {
        return Ok(render(
            &SearchPage {
                ctx,
                q: String::new(),
                search: &wanted,
                results: None,
                kinds,
            },
            StatusCode::OK,
        ));
    }
    // Results as kept while what search reads holds (its version read before the search, so
    // that results are never kept as newer than they are).
    // Per language too: the facets' and suggestions' words are written in it.
    let key = (wanted.clone(), reader, ctx.lang);
    let version =
        crate::db::versioned::version(&state.pool, super::SCOPES, ctx.login.as_ref()).await?;
    let kept = match searches.get(&key, version) {
        Some(kept) => kept,
        None => {
            let rows = search::search(&state.pool, &wanted, &key.1).await?;
            let mut results =
                Results::from_rows(&wanted, rows, |text| search::snippet(text, &wanted.q));
            if results.total == 0 {
                let names = search::close_names(&state.pool, &wanted.q, &key.1.levels).await?;
                results.add_spellings(&wanted, names);
            }
            let kept = Arc::new(results);
            searches.put(key, version, kept.clone());
            kept
        }
    };
    let page = SearchPage {
        ctx,
        q: wanted.q.clone(),
        search: &wanted,
        results: Some(&kept),
        kinds,
    };
    Ok(render(&page, StatusCode::OK))
}
