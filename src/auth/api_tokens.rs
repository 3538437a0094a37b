//! Personal API tokens: a signed-in user's named, revocable, read-only key to `/api`, which acts
//! as its owner (the same visible levels, the same scope). The token is shown once, when it is
//! made; only a SHA-256 of it is stored.
//!
//! Every use is recorded on the token itself: a use counter and the last-used time (shown on
//! the account page, and readable by staff in the database), rather than an audit-log row per
//! request, which would bury the changes the audit log is for under reads. Making and revoking
//! a token are audit-log entries. The same statement that records a use counts it in a
//! one-minute window, which throttles the token (`API_RATE_PER_MINUTE`), so that the limit holds
//! across processes without a second statement.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use base64::Engine as _;
use chrono::{DateTime, Utc};
use rand::RngCore as _;
use serde::Deserialize;
use sha2::{Digest as _, Sha256};
use sqlx::PgExecutor;
use uuid::Uuid;

use crate::AppError;
use crate::access::User;
use crate::audit::{self, Entry};
use crate::state::AppState;
use crate::web::extract::{Path, RequestId};
use crate::web::form::{FieldErrors, Form};
use crate::web::{PageContext, SignedIn, render, see_other};

/// What every token starts with, so that one pasted where it should not be is recognised.
pub const PREFIX: &str = "msy_";

fn digest(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

/// A token as its owner's account page lists it (never the token itself).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TokenLine {
    pub id: Uuid,
    pub name: String,
    pub created_at: DateTime<Utc>,
    pub last_used_at: Option<DateTime<Utc>>,
    pub use_count: i64,
    pub revoked_at: Option<DateTime<Utc>>,
}

/// The tokens of `user`, newest first.
pub async fn list(db: impl PgExecutor<'_>, user: Uuid) -> Result<Vec<TokenLine>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, name, created_at, last_used_at, use_count, revoked_at
           FROM api_token WHERE user_id = $1 ORDER BY created_at DESC, id",
    )
    .bind(user)
    .fetch_all(db)
    .await
}

/// Makes a token named `name` for `user`; returns its id and the token, to show once.
pub async fn create(
    db: impl PgExecutor<'_>,
    user: Uuid,
    name: &str,
    now: DateTime<Utc>,
) -> Result<(Uuid, String), sqlx::Error> {
    let mut bytes = [0_u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    let token = format!(
        "{PREFIX}{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
    );
    let id: Uuid = sqlx::query_scalar(
        "INSERT INTO api_token (user_id, name, token_hash, created_at) VALUES ($1, $2, $3, $4)
         RETURNING id",
    )
    .bind(user)
    .bind(name)
    .bind(digest(&token))
    .bind(now)
    .fetch_one(db)
    .await?;
    Ok((id, token))
}

/// Revokes token `id` of `user`; false when there is no such live token of theirs.
pub async fn revoke(
    db: impl PgExecutor<'_>,
    user: Uuid,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE api_token SET revoked_at = $3
          WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL",
    )
    .bind(id)
    .bind(user)
    .bind(now)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// What a presented token is worth.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Presented {
    /// A live token of an enabled account: it acts as this user.
    Valid(User),
    /// A live token used more than the limit in the current minute: try again after this many
    /// seconds.
    Throttled(u64),
    /// No such token, revoked, or its account disabled.
    Refused,
}

#[derive(sqlx::FromRow)]
struct UseRow {
    #[sqlx(flatten)]
    user: User,
    window_count: i32,
    window_started_at: DateTime<Utc>,
}

/// Checks `token` and records its use (counter, last use, the minute's window), in one
/// statement; `per_minute` uses are allowed in each window of a minute.
pub async fn present(
    db: impl PgExecutor<'_>,
    token: &str,
    now: DateTime<Utc>,
    per_minute: u32,
) -> Result<Presented, sqlx::Error> {
    if !token.starts_with(PREFIX) || token.len() > 100 {
        return Ok(Presented::Refused);
    }
    let row: Option<UseRow> = sqlx::query_as(
        "UPDATE api_token t
            SET use_count = t.use_count + 1, last_used_at = $2,
                window_started_at = CASE WHEN t.window_started_at > $2 - interval '1 minute'
                                         THEN t.window_started_at ELSE $2 END,
                window_count = CASE WHEN t.window_started_at > $2 - interval '1 minute'
                                    THEN t.window_count + 1 ELSE 1 END
           FROM app_user u
          WHERE t.token_hash = $1 AND t.revoked_at IS NULL
            AND u.id = t.user_id AND u.disabled_at IS NULL
         RETURNING u.id, u.email, u.display_name, u.role, u.organisation_id,
                   u.member_state_code::text AS member_state_code,
                   t.window_count, t.window_started_at",
    )
    .bind(digest(token))
    .bind(now)
    .fetch_optional(db)
    .await?;
    Ok(match row {
        None => Presented::Refused,
        Some(row) if i64::from(row.window_count) > i64::from(per_minute) => {
            let elapsed = (now - row.window_started_at).num_seconds().clamp(0, 60);
            Presented::Throttled(u64::try_from(60 - elapsed).unwrap_or(60).max(1))
        }
        Some(row) => Presented::Valid(row.user),
    })
}

/// The page that shows a new token, once.
#[derive(askama::Template)]
#[template(path = "auth/api_token.html")]
pub struct TokenPage {
    pub ctx: PageContext,
    pub name: String,
    pub token: String,
}

impl TokenPage {
    /// The command that sends the token with a request (a command, not words to translate).
    pub fn example(&self) -> String {
        format!(
            "curl -H \"Authorization: Bearer {}\" /api/v1/findings",
            self.token
        )
    }
}

/// The form that names a new token.
#[derive(Debug, Default, Deserialize)]
pub struct TokenForm {
    #[serde(default)]
    name: String,
}

/// `POST /account/api-tokens`: makes a token and shows it once.
pub async fn create_api_token(
    State(state): State<AppState>,
    ctx: PageContext,
    SignedIn(user): SignedIn,
    RequestId(request_id): RequestId,
    Form(form): Form<TokenForm>,
) -> Result<Response, AppError> {
    let name = form.name.trim();
    if name.is_empty() || name.chars().count() > 100 || name.chars().any(char::is_control) {
        let mut errors = FieldErrors::default();
        errors.add(
            "name",
            "Give the token a name of 1 to 100 characters, such as the program that will use it.",
        );
        return super::handlers::account_page(
            &state,
            ctx,
            &user,
            form.name.clone(),
            errors,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    let now = state.clock.now();
    let mut tx = state.pool.begin().await?;
    let (id, token) = create(&mut *tx, user.id, name, now).await?;
    audit::record(
        &mut *tx,
        &Entry::new("api_token.create", "api_token", id)
            .by(user.id)
            .request(&request_id)
            .after(serde_json::json!({ "name": name })),
    )
    .await?;
    tx.commit().await?;
    let mut response = render(
        &TokenPage {
            ctx,
            name: name.to_owned(),
            token,
        },
        StatusCode::OK,
    );
    // Never kept by a cache, nor the browser's history.
    response.headers_mut().insert(
        axum::http::header::CACHE_CONTROL,
        axum::http::HeaderValue::from_static("no-store"),
    );
    Ok(response)
}

/// `POST /account/api-tokens/{id}/revoke`: the token stops working at once.
pub async fn revoke_api_token(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    RequestId(request_id): RequestId,
    Path(id): Path<Uuid>,
) -> Result<Response, AppError> {
    let mut tx = state.pool.begin().await?;
    if !revoke(&mut *tx, user.id, id, state.clock.now()).await? {
        return Err(AppError::NotFound);
    }
    audit::record(
        &mut *tx,
        &Entry::new("api_token.revoke", "api_token", id)
            .by(user.id)
            .request(&request_id),
    )
    .await?;
    tx.commit().await?;
    Ok(see_other("/account#api-tokens"))
}
