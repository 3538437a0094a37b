//! Slugs: the readable, unique names of records in URLs (`/consultations/hanoi-2019-12-18`),
//! shared by every table that has one.

use uuid::Uuid;

/// A free slug in `table` (one of ours: consultation, series, organisation) made of `base`'s
/// words; "new" is kept for the pages that add records.
pub async fn free_slug_in(
    db: &mut sqlx::PgConnection,
    table: &'static str,
    base: &str,
) -> Result<String, sqlx::Error> {
    let base: String = sqlx::query_scalar(
        "SELECT coalesce(nullif(trim(both '-' from
                    lower(regexp_replace(immutable_unaccent($1), '[^A-Za-z0-9]+', '-', 'g'))), ''),
                $2)",
    )
    .bind(base)
    .bind(table)
    .fetch_one(&mut *db)
    .await?;
    let base: String = base.chars().take(80).collect();
    for n in 1..1000 {
        let candidate = if n == 1 {
            base.clone()
        } else {
            format!("{base}-{n}")
        };
        let taken: bool = sqlx::query_scalar(&format!(
            "SELECT $1 IN ('new') OR EXISTS (SELECT 1 FROM {table} WHERE slug = $1)"
        ))
        .bind(&candidate)
        .fetch_one(&mut *db)
        .await?;
        if !taken {
            return Ok(candidate);
        }
    }
    Ok(format!("{base}-{}", Uuid::new_v4().simple()))
}
