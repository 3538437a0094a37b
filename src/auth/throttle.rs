//! Sign-in throttling: after 10 failures for one account or from one address within 15
//! minutes, further attempts are refused (429) until the window has passed. An unknown account
//! counts like a known one, so the answer never tells which accounts exist.
//!
//! Attempts are counted atomically: [`begin`] takes a lock on the account and on the address
//! (PostgreSQL advisory locks, for the length of one short transaction), counts the failures in
//! the window, and records this attempt as a failure before the password is checked, so that
//! however many attempts arrive at once no more than 10 failures in the window are ever
//! checked; [`succeeded`] takes the record back when the attempt succeeds.
//!
//! What was typed as an e-mail address is kept only as a keyed hash (`account_key`), so that a
//! password typed into the wrong field is never stored.

use chrono::{DateTime, Duration, Utc};
use sqlx::{PgExecutor, PgPool};

pub const MAX_FAILURES: i64 = 10;
pub const WINDOW_MINUTES: i64 = 15;

/// An attempt that may be checked; recorded as a failure until [`succeeded`] says otherwise.
#[derive(Debug)]
#[must_use = "an attempt that succeeds must be taken back with `succeeded`"]
pub struct Attempt {
    id: i64,
}

/// The keyed hash of a typed address, as SQL over parameter `$1`.
const ACCOUNT_KEY: &str = "sha256((SELECT key FROM sign_in_throttle_key) \
     || convert_to(lower($1::text), 'UTF8'))";

/// Begins an attempt for `email` from `address`: `Err(until)` when attempts are locked until
/// then, else the attempt, already counted as a failure.
pub async fn begin(
    pool: &PgPool,
    email: &str,
    address: Option<&str>,
    now: DateTime<Utc>,
) -> Result<Result<Attempt, DateTime<Utc>>, sqlx::Error> {
    let window_start = now - Duration::minutes(WINDOW_MINUTES);
    let mut tx = pool.begin().await?;
    // Always the account first, then the address, so two attempts never wait on each other
    // in a circle.
    sqlx::query(&format!(
        "SELECT pg_advisory_xact_lock(727001, hashtext(encode({ACCOUNT_KEY}, 'hex'))),
                pg_advisory_xact_lock(727002, hashtext(coalesce($2::inet::text, '')))"
    ))
    .bind(email)
    .bind(address)
    .execute(&mut *tx)
    .await?;
    // The 10th most recent failure in the window, for the account and for the address; the
    // lock lifts when it leaves the window.
    let tenth: Option<DateTime<Utc>> = sqlx::query_scalar(&format!(
        "SELECT max(tenth) FROM (
             (SELECT failed_at AS tenth FROM sign_in_failure
               WHERE account_key = {ACCOUNT_KEY} AND failed_at > $3 AND failed_at <= $4
               ORDER BY failed_at DESC OFFSET $5 - 1 LIMIT 1)
             UNION ALL
             (SELECT failed_at FROM sign_in_failure
               WHERE $2::inet IS NOT NULL AND address = $2::inet
                 AND failed_at > $3 AND failed_at <= $4
               ORDER BY failed_at DESC OFFSET $5 - 1 LIMIT 1)
         ) t"
    ))
    .bind(email)
    .bind(address)
    .bind(window_start)
    .bind(now)
    .bind(MAX_FAILURES)
    .fetch_one(&mut *tx)
    .await?;
    if let Some(tenth) = tenth {
        tx.rollback().await?;
        return Ok(Err(tenth + Duration::minutes(WINDOW_MINUTES)));
    }
    // Failures that have left the window serve no more (and an address is personal data).
    sqlx::query(&format!(
        "DELETE FROM sign_in_failure
          WHERE (account_key = {ACCOUNT_KEY} OR ($2::inet IS NOT NULL AND address = $2::inet))
            AND failed_at <= $3"
    ))
    .bind(email)
    .bind(address)
    .bind(window_start)
    .execute(&mut *tx)
    .await?;
    let id: i64 = sqlx::query_scalar(&format!(
        "INSERT INTO sign_in_failure (account_key, address, failed_at)
         VALUES ({ACCOUNT_KEY}, $2::inet, $3) RETURNING id"
    ))
    .bind(email)
    .bind(address)
    .bind(now)
    .fetch_one(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(Ok(Attempt { id }))
}

/// The attempt succeeded: it is no failure.
pub async fn succeeded(db: impl PgExecutor<'_>, attempt: Attempt) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sign_in_failure WHERE id = $1")
        .bind(attempt.id)
        .execute(db)
        .await?;
    Ok(())
}
