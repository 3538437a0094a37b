//! Sign-in throttling: after 10 failures for one account or from one address within 15
//! minutes, further attempts are refused (429) until the window has passed. An unknown account
//! counts like a known one, so the answer never tells which accounts exist.

use chrono::{DateTime, Duration, Utc};
use sqlx::{PgExecutor, PgPool};

pub const MAX_FAILURES: i64 = 10;
pub const WINDOW_MINUTES: i64 = 15;

/// When attempts for `email` or from `address` may resume, if they are locked now.
pub async fn locked_until(
    pool: &PgPool,
    email: &str,
    address: Option<&str>,
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, sqlx::Error> {
    let window_start = now - Duration::minutes(WINDOW_MINUTES);
    // The 10th most recent failure in the window, for the account and for the address; the
    // lock lifts when it leaves the window.
    let tenth: Option<DateTime<Utc>> = sqlx::query_scalar(
        "SELECT max(tenth) FROM (
             (SELECT failed_at AS tenth FROM sign_in_failure
               WHERE lower(email) = lower($1) AND failed_at > $3 AND failed_at <= $4
               ORDER BY failed_at DESC OFFSET $5 - 1 LIMIT 1)
             UNION ALL
             (SELECT failed_at FROM sign_in_failure
               WHERE $2::inet IS NOT NULL AND address = $2::inet
                 AND failed_at > $3 AND failed_at <= $4
               ORDER BY failed_at DESC OFFSET $5 - 1 LIMIT 1)
         ) t",
    )
    .bind(email)
    .bind(address)
    .bind(window_start)
    .bind(now)
    .bind(MAX_FAILURES)
    .fetch_one(pool)
    .await?;
    Ok(tenth.map(|t| t + Duration::minutes(WINDOW_MINUTES)))
}

/// Records a failed attempt.
pub async fn record_failure(
    db: impl PgExecutor<'_>,
    email: &str,
    address: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO sign_in_failure (email, address, failed_at) VALUES ($1, $2::inet, $3)",
    )
    .bind(email)
    .bind(address)
    .bind(now)
    .execute(db)
    .await?;
    Ok(())
}
