//! Where translations of a record's text are kept. Each kind of record that has them (findings,
//! published notes) keeps them in a table of the same shape: one row per record and language,
//! its text, how far it can be trusted, who wrote and who reviewed it, the version of the
//! record it was made from, and a version of its own for saves made at the same time.

use sqlx::PgExecutor;
use uuid::Uuid;

use crate::domain::language::{TextLanguage, TranslationStatus};

/// One translation a record has: its language and how far it can be trusted.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Available {
    pub language: TextLanguage,
    pub status: TranslationStatus,
    /// Made from an older version of the record (which changed since).
    pub stale: bool,
}

/// A translation as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Stored {
    /// The translated text (a finding's statement, a note's summary).
    pub text: String,
    pub status: TranslationStatus,
    pub written_by: Option<Uuid>,
    pub version: i32,
}

/// A kind of record's table of translations. The names are the code's own, never input.
#[derive(Debug, Clone, Copy)]
pub struct Kept {
    /// The translations' table: "finding_translation".
    pub table: &'static str,
    /// The records' table: "finding".
    pub record: &'static str,
    /// The translations' column that names the record: "finding_id".
    pub key: &'static str,
    /// The translations' column of the translated text: "statement".
    pub text: &'static str,
}

impl Kept {
    /// The translations record `id` has, in the order of their languages.
    pub async fn available(
        self,
        db: impl PgExecutor<'_>,
        id: Uuid,
    ) -> Result<Vec<Available>, sqlx::Error> {
        let Self {
            table, record, key, ..
        } = self;
        sqlx::query_as(&format!(
            "SELECT t.language, t.status, t.source_version < r.version AS stale
               FROM {table} t JOIN {record} r ON r.id = t.{key}
              WHERE t.{key} = $1 ORDER BY t.language"
        ))
        .bind(id)
        .fetch_all(db)
        .await
    }

    /// Record `id`'s translation into `language`, if it has one.
    pub async fn stored(
        self,
        db: impl PgExecutor<'_>,
        id: Uuid,
        language: TextLanguage,
    ) -> Result<Option<Stored>, sqlx::Error> {
        let Self {
            table, key, text, ..
        } = self;
        sqlx::query_as(&format!(
            "SELECT {text} AS text, status, written_by, version FROM {table}
              WHERE {key} = $1 AND language = $2"
        ))
        .bind(id)
        .bind(language)
        .fetch_optional(db)
        .await
    }

    /// Saves the translation's text over `version` (0: a new one), written by `by` and no
    /// longer reviewed; whether it was saved (not: someone saved one meanwhile).
    #[expect(clippy::too_many_arguments, reason = "the parts of one translation")]
    pub async fn save(
        self,
        db: impl PgExecutor<'_>,
        id: Uuid,
        language: TextLanguage,
        version: i32,
        words: &str,
        status: TranslationStatus,
        by: Option<Uuid>,
    ) -> Result<bool, sqlx::Error> {
        let Self {
            table,
            record,
            key,
            text,
        } = self;
        let sql = if version == 0 {
            format!(
                "INSERT INTO {table} ({key}, language, {text}, status, source_version, written_by)
                 SELECT $1, $2, $3, $4, r.version, $5 FROM {record} r WHERE r.id = $1 AND $6 = 0
                 ON CONFLICT DO NOTHING"
            )
        } else {
            format!(
                "UPDATE {table} t
                    SET {text} = $3, status = $4, written_by = $5, reviewed_by = NULL,
                        source_version = (SELECT version FROM {record} WHERE id = $1),
                        version = t.version + 1, updated_at = now()
                  WHERE t.{key} = $1 AND t.language = $2 AND t.version = $6"
            )
        };
        let saved = sqlx::query(&sql)
            .bind(id)
            .bind(language)
            .bind(words)
            .bind(status)
            .bind(by)
            .bind(version)
            .execute(db)
            .await?;
        Ok(saved.rows_affected() == 1)
    }

    /// Marks the translation reviewed by `by`, over `version`, when someone else wrote it;
    /// whether it was.
    pub async fn review(
        self,
        db: impl PgExecutor<'_>,
        id: Uuid,
        language: TextLanguage,
        version: i32,
        by: Option<Uuid>,
    ) -> Result<bool, sqlx::Error> {
        let Self { table, key, .. } = self;
        let done = sqlx::query(&format!(
            "UPDATE {table} t
                SET status = 'reviewed', reviewed_by = $4, version = t.version + 1,
                    updated_at = now()
              WHERE t.{key} = $1 AND t.language = $2 AND t.version = $3
                AND t.written_by IS DISTINCT FROM $4"
        ))
        .bind(id)
        .bind(language)
        .bind(version)
        .bind(by)
        .execute(db)
        .await?;
        Ok(done.rows_affected() == 1)
    }
}
