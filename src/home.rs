//! The home page: every series with its first consultations, and the Member States.

use askama::Template;
use axum::extract::State;
use axum::response::IntoResponse;
use sqlx::PgPool;

use crate::AppError;
use crate::consultations;
use crate::member_states;
use crate::member_states::queries::StateOverview;
use crate::series::queries;
use crate::series::views::SeriesBlock;
use crate::web::{Html, PageContext, format};

/// Consultations of each series on the home page; the rest are a link away.
const HOME_PER_SERIES: i64 = 20;

/// `GET /`: the series with their consultations, and the Member States.
pub async fn show_home(
    State(pool): State<PgPool>,
    ctx: PageContext,
) -> Result<impl IntoResponse, AppError> {
    let levels = ctx.viewer.visible_levels();
    let series = queries::list(&pool, &levels).await?;
    let consultations =
        consultations::queries::list_per_series(&pool, &levels, HOME_PER_SERIES).await?;
    let counts = consultations::queries::series_counts(&pool, &levels, None).await?;
    let states = member_states::queries::overview(&pool, &levels).await?;
    let series = series
        .into_iter()
        .map(|s| {
            let own = consultations
                .iter()
                .filter(|c| c.series_id == Some(s.id))
                .cloned()
                .collect();
            let count = counts
                .iter()
                .find(|c| c.series_id == Some(s.id))
                .copied()
                .unwrap_or_default();
            SeriesBlock::new(s, own, count)
        })
        .collect();
    Ok(Html(HomePage {
        ctx,
        series,
        states: states.into_iter().map(Into::into).collect(),
    }))
}

#[derive(Template)]
#[template(path = "home.html")]
pub struct HomePage {
    pub ctx: PageContext,
    pub series: Vec<SeriesBlock>,
    pub states: Vec<StateLine>,
}

/// A Member State on the home page.
pub struct StateLine {
    pub code: String,
    pub name: String,
    pub member_since: String,
    pub held: i64,
    pub planned: i64,
    pub last_held: String,
}

impl From<StateOverview> for StateLine {
    fn from(s: StateOverview) -> Self {
        Self {
            member_since: format::date(s.member_since),
            last_held: s.last_held.map(format::date).unwrap_or_default(),
            name: crate::member_states::state_name(&s.code, &s.short_name),
            code: s.code,
            held: s.held,
            planned: s.planned,
        }
    }
}
