//! Invitations: one-time, expiring links where an invited person sets their password. Only a
//! SHA-256 of the token is stored; the link is shown once, to the admin who made it.

use base64::Engine as _;
use chrono::{DateTime, Duration, Utc};
use rand::RngCore as _;
use sha2::{Digest as _, Sha256};
use sqlx::PgExecutor;
use uuid::Uuid;

use crate::AppError;

fn digest(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

/// Makes a new invitation for `user_id` (ending any earlier one); returns the token.
pub async fn create(
    db: &mut sqlx::PgConnection,
    user_id: Uuid,
    invited_by: Option<Uuid>,
    now: DateTime<Utc>,
    valid_for: Duration,
) -> Result<String, sqlx::Error> {
    let mut bytes = [0_u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    let token = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
    sqlx::query("UPDATE invitation SET used_at = $2 WHERE user_id = $1 AND used_at IS NULL")
        .bind(user_id)
        .bind(now)
        .execute(&mut *db)
        .await?;
    sqlx::query(
        "INSERT INTO invitation (user_id, token_hash, invited_by, expires_at, created_at)
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(user_id)
    .bind(digest(&token))
    .bind(invited_by)
    .bind(now + valid_for)
    .bind(now)
    .execute(&mut *db)
    .await?;
    Ok(token)
}

/// An invitation that can still be used.
#[derive(Debug, sqlx::FromRow)]
pub struct Invitation {
    pub id: Uuid,
    pub user_id: Uuid,
    pub email: String,
    pub display_name: String,
}

pub async fn find_valid(
    db: impl PgExecutor<'_>,
    token: &str,
    now: DateTime<Utc>,
) -> Result<Option<Invitation>, sqlx::Error> {
    if token.len() > 100 {
        return Ok(None);
    }
    sqlx::query_as(
        "SELECT i.id, i.user_id, u.email, u.display_name
           FROM invitation i JOIN app_user u ON u.id = i.user_id
          WHERE i.token_hash = $1 AND i.used_at IS NULL AND i.expires_at > $2
            AND u.disabled_at IS NULL",
    )
    .bind(digest(token))
    .bind(now)
    .fetch_optional(db)
    .await
}

/// Marks the invitation used; false if it was used meanwhile.
pub async fn use_up(
    db: impl PgExecutor<'_>,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("UPDATE invitation SET used_at = $2 WHERE id = $1 AND used_at IS NULL")
        .bind(id)
        .bind(now)
        .execute(db)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// The answer to a link that is unknown, used or expired: a 404 that says what to do.
pub fn invalid() -> AppError {
    AppError::NotFoundBecause(
        "This invitation link is not valid: it may have been used already, or it has expired. \
         Ask the HRWG administrator for a new one."
            .to_owned(),
    )
}
