//! Invitations and password resets: one-time, expiring links where an invited person sets
//! their first password, or a user whose reset an administrator issued sets a new one. Only a
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

/// What a one-time link is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// The invitee chooses a first password.
    Invitation,
    /// The user chooses a new password; their other logins end.
    Reset,
}

impl Purpose {
    fn value(self) -> &'static str {
        match self {
            Self::Invitation => "invitation",
            Self::Reset => "reset",
        }
    }
}

/// How long a password-reset link works.
pub fn reset_valid() -> Duration {
    Duration::hours(24)
}

/// Makes a new link for `user_id` (ending any earlier one, of either purpose); returns the
/// token.
pub async fn create(
    db: &mut sqlx::PgConnection,
    user_id: Uuid,
    invited_by: Option<Uuid>,
    now: DateTime<Utc>,
    valid_for: Duration,
    purpose: Purpose,
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
        "INSERT INTO invitation (user_id, token_hash, invited_by, expires_at, created_at, purpose)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(user_id)
    .bind(digest(&token))
    .bind(invited_by)
    .bind(now + valid_for)
    .bind(now)
    .bind(purpose.value())
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

/// The link of `purpose` that `token` names, if it is unused, unexpired and its account enabled.
pub async fn find_valid(
    db: impl PgExecutor<'_>,
    token: &str,
    now: DateTime<Utc>,
    purpose: Purpose,
) -> Result<Option<Invitation>, sqlx::Error> {
    if token.len() > 100 {
        return Ok(None);
    }
    sqlx::query_as(
        "SELECT i.id, i.user_id, u.email, u.display_name
           FROM invitation i JOIN app_user u ON u.id = i.user_id
          WHERE i.token_hash = $1 AND i.used_at IS NULL AND i.expires_at > $2
            AND u.disabled_at IS NULL AND i.purpose = $3",
    )
    .bind(digest(token))
    .bind(now)
    .bind(purpose.value())
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

/// The answer to a reset link that is unknown, used or expired.
pub fn invalid_reset() -> AppError {
    AppError::NotFoundBecause(
        "This password-reset link is not valid: it may have been used already, or it has \
         expired. Ask the HRWG administrator for a new one."
            .to_owned(),
    )
}
