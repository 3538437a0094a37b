//! People's pages: staff only (the route table puts them behind the staff guard).

use axum::extract::State;
use axum::response::IntoResponse;
use sqlx::PgPool;
use uuid::Uuid;

use super::queries;
use super::views::{PeoplePage, PersonPage};
use crate::AppError;
use crate::web::extract::Path;
use crate::web::{Html, PageContext};

/// `GET /people`.
pub async fn list_people(
    State(pool): State<PgPool>,
    ctx: PageContext,
) -> Result<impl IntoResponse, AppError> {
    let people = queries::list(&pool).await?;
    Ok(Html(PeoplePage { ctx, people }))
}

/// `GET /people/{id}`: who they are, the positions they held over time, where they took part.
pub async fn show_person(
    State(pool): State<PgPool>,
    ctx: PageContext,
    Path(id): Path<Uuid>,
) -> Result<impl IntoResponse, AppError> {
    let person = queries::find(&pool, id).await?.ok_or(AppError::NotFound)?;
    let roles = queries::roles(&pool, id)
        .await?
        .into_iter()
        .map(Into::into)
        .collect();
    let took_part = queries::took_part(&pool, id).await?;
    Ok(Html(PersonPage {
        ctx,
        person,
        roles,
        took_part,
    }))
}
