//! SQL for accounts: signing in, second factors, passwords.

use chrono::{DateTime, Utc};
use sqlx::PgExecutor;
use uuid::Uuid;

use crate::access::Role;

/// What sign-in needs to know of an account.
#[derive(Debug, sqlx::FromRow)]
pub struct Account {
    pub id: Uuid,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub password_hash: Option<String>,
    pub disabled_at: Option<DateTime<Utc>>,
    pub totp_secret: Option<Vec<u8>>,
    pub totp_enabled_at: Option<DateTime<Utc>>,
    pub totp_last_step: Option<i64>,
}

const ACCOUNT: &str = "SELECT id, email, display_name, role, password_hash, disabled_at,
    totp_secret, totp_enabled_at, totp_last_step FROM app_user";

pub async fn account_by_email(
    db: impl PgExecutor<'_>,
    email: &str,
) -> Result<Option<Account>, sqlx::Error> {
    sqlx::query_as(&format!("{ACCOUNT} WHERE lower(email) = lower($1)"))
        .bind(email.trim())
        .fetch_optional(db)
        .await
}

pub async fn account_by_id(
    db: impl PgExecutor<'_>,
    id: Uuid,
) -> Result<Option<Account>, sqlx::Error> {
    sqlx::query_as(&format!("{ACCOUNT} WHERE id = $1"))
        .bind(id)
        .fetch_optional(db)
        .await
}

pub async fn record_sign_in(
    db: impl PgExecutor<'_>,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE app_user SET last_sign_in_at = $2 WHERE id = $1")
        .bind(id)
        .bind(now)
        .execute(db)
        .await?;
    Ok(())
}

/// Accepts a TOTP step: later codes only from now on.
pub async fn accept_totp_step(
    db: impl PgExecutor<'_>,
    id: Uuid,
    step: i64,
) -> Result<bool, sqlx::Error> {
    let updated = sqlx::query(
        "UPDATE app_user SET totp_last_step = $2
          WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)",
    )
    .bind(id)
    .bind(step)
    .execute(db)
    .await?;
    Ok(updated.rows_affected() == 1)
}

/// Turns the second factor on with `secret`, accepting `step`.
pub async fn enable_totp(
    db: impl PgExecutor<'_>,
    id: Uuid,
    secret: &[u8],
    step: i64,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE app_user SET totp_secret = $2, totp_enabled_at = $4, totp_last_step = $3,
                version = version + 1, updated_at = $4
          WHERE id = $1",
    )
    .bind(id)
    .bind(secret)
    .bind(step)
    .bind(now)
    .execute(db)
    .await?;
    Ok(())
}

pub async fn disable_totp(db: impl PgExecutor<'_>, id: Uuid) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE app_user SET totp_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL,
                version = version + 1, updated_at = now()
          WHERE id = $1",
    )
    .bind(id)
    .execute(db)
    .await?;
    Ok(())
}

/// Replaces the recovery codes of `id` with `hashes`.
pub async fn replace_recovery_codes(
    db: &mut sqlx::PgConnection,
    id: Uuid,
    hashes: &[String],
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM recovery_code WHERE user_id = $1")
        .bind(id)
        .execute(&mut *db)
        .await?;
    sqlx::query("INSERT INTO recovery_code (user_id, code_hash) SELECT $1, unnest($2::text[])")
        .bind(id)
        .bind(hashes)
        .execute(&mut *db)
        .await?;
    Ok(())
}

/// Uses up a recovery code; whether it was valid and unused.
pub async fn use_recovery_code(
    db: impl PgExecutor<'_>,
    id: Uuid,
    hash: &str,
    now: DateTime<Utc>,
) -> Result<bool, sqlx::Error> {
    let used = sqlx::query(
        "UPDATE recovery_code SET used_at = $3
          WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL",
    )
    .bind(id)
    .bind(hash)
    .bind(now)
    .execute(db)
    .await?;
    Ok(used.rows_affected() > 0)
}

/// Sets a new password and ends every login that began before `now`.
pub async fn set_password(
    db: impl PgExecutor<'_>,
    id: Uuid,
    hash: &str,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE app_user SET password_hash = $2, logins_valid_after = $3,
                version = version + 1, updated_at = $3
          WHERE id = $1",
    )
    .bind(id)
    .bind(hash)
    .bind(now)
    .execute(db)
    .await?;
    Ok(())
}
