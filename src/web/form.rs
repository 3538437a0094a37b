//! Forms: an extractor whose rejections are pages, and the messages shown beside fields.

use axum::extract::{FromRequest, Request};
use serde::de::DeserializeOwned;

use crate::AppError;

/// A URL-encoded form; one that cannot be read is a 400 page that says why.
pub struct Form<T>(pub T);

impl<S, T> FromRequest<S> for Form<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        // Read whole first (within the body limit), to refuse U+0000 with a clear message.
        let (parts, body) = request.into_parts();
        let bytes =
            axum::body::Bytes::from_request(Request::from_parts(parts.clone(), body), state)
                .await
                .map_err(|rejection| {
                    if super::extract::body_timed_out(&rejection) {
                        AppError::RequestTimeout
                    } else {
                        AppError::BadRequest(rejection.body_text())
                    }
                })?;
        if super::extract::has_nul(&bytes) {
            return Err(AppError::BadRequest(super::extract::nul_message()));
        }
        let request = Request::from_parts(parts, axum::body::Body::from(bytes));
        axum::extract::Form::<T>::from_request(request, state)
            .await
            .map(|axum::extract::Form(value)| Self(value))
            .map_err(|rejection| AppError::BadRequest(rejection.body_text()))
    }
}

/// The messages of a form that did not pass, each for its field.
#[derive(Debug, Default, Clone)]
pub struct FieldErrors(Vec<(std::borrow::Cow<'static, str>, String)>);

impl FieldErrors {
    /// Adds the message for `field` (the first message of a field is the one shown).
    pub fn add(&mut self, field: &'static str, message: impl Into<String>) {
        self.0.push((field.into(), message.into()));
    }

    /// Adds the message for a field whose name is made at run time (one per item of a list).
    pub fn add_owned(&mut self, field: String, message: impl Into<String>) {
        self.0.push((field.into(), message.into()));
    }

    /// Whether `field` has a message.
    pub fn has(&self, field: &str) -> bool {
        self.0.iter().any(|(f, _)| *f == field)
    }

    /// The message for `field`, or "" when it passed.
    pub fn get(&self, field: &str) -> &str {
        self.0
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| m.as_str())
            .unwrap_or("")
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Every message, for the summary at the top of the form.
    pub fn all(&self) -> impl Iterator<Item = &(std::borrow::Cow<'static, str>, String)> {
        self.0.iter()
    }
}

pub use super::date::{DateProblem, FIRST_YEAR, LAST_YEAR, date};

/// A date form field: the date, or `None` with the message added beside `field` (or nothing
/// when it was left empty).
pub fn parse_date(
    value: &str,
    field: &'static str,
    errors: &mut FieldErrors,
) -> Option<chrono::NaiveDate> {
    date(value).unwrap_or_else(|problem| {
        errors.add(field, problem.message());
        None
    })
}

/// The "Written in" field of a record's form: the language chosen, or `None` with the message
/// added beside it. A form that does not send the field (one kept from before the choice
/// existed) takes the language of the interface it is written in.
pub fn parse_language(
    value: &str,
    errors: &mut FieldErrors,
) -> Option<crate::domain::language::TextLanguage> {
    use crate::domain::language::TextLanguage;
    let language = match value {
        "" => Some(TextLanguage::of_interface()),
        v => TextLanguage::parse(v),
    };
    if language.is_none() {
        errors.add("language", t!("choose-language"));
    }
    language
}

/// The longest text a one-line field (a name, a title, an e-mail address, a slug) may hold:
/// such fields are indexed, and an index entry cannot be larger than about 2,700 bytes.
pub const MAX_LINE: usize = 300;

/// Adds a message beside `field` when `value` is longer than `max` characters; whether it
/// fitted.
pub fn check_length(
    value: &str,
    max: usize,
    field: &'static str,
    errors: &mut FieldErrors,
) -> bool {
    let fits = value.chars().count() <= max;
    if !fits {
        errors.add(field, t!("form-too-long", max = max.to_string()));
    }
    fits
}

/// A form as its name-value pairs, for forms with repeated fields (checkboxes, multiple
/// selects), which a struct cannot take.
#[derive(Debug, Default, Clone)]
pub struct Pairs(pub Vec<(String, String)>);

impl Pairs {
    /// The first value of `name`, trimmed, or "".
    pub fn get(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim())
            .unwrap_or("")
    }

    /// The value of `name` as typed (not trimmed: for long texts), or "".
    pub fn text(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    }

    /// Every value of `name`.
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
            .collect()
    }

    /// Whether the checkbox `name` is ticked.
    pub fn checked(&self, name: &str) -> bool {
        !self.get(name).is_empty()
    }
}

/// What a create form's one-time token says about this submission.
pub enum Claim {
    /// The first time: go on and create the record.
    New,
    /// Sent before: the record it created, if the earlier submission finished.
    Done(Option<uuid::Uuid>),
}

/// A create form's one-time token, or a clear message if the form was altered.
pub fn parse_token(token: &str) -> Result<uuid::Uuid, AppError> {
    uuid::Uuid::parse_str(token.trim()).map_err(|_| {
        AppError::BadRequest(
            "This form has expired or was altered; open it again and resend.".to_owned(),
        )
    })
}

/// Whether `token` was claimed, and if so the record its submission created (once finished).
pub async fn claimed_record(
    db: impl sqlx::PgExecutor<'_>,
    token: uuid::Uuid,
) -> Result<Option<Option<uuid::Uuid>>, sqlx::Error> {
    sqlx::query_scalar("SELECT record_id FROM form_submission WHERE token = $1")
        .bind(token)
        .fetch_optional(db)
        .await
}

/// Claims a create form's one-time token inside the caller's transaction. A second
/// submission of the same form (a double click, a resent request) waits for the first to
/// finish and is then told what it created, so that one form makes one record.
pub async fn claim_token(
    db: &mut sqlx::PgConnection,
    token: &str,
    user: Option<uuid::Uuid>,
    form: &str,
) -> Result<Claim, AppError> {
    let token = parse_token(token)?;
    let inserted: Option<uuid::Uuid> = sqlx::query_scalar(
        "INSERT INTO form_submission (token, user_id, form) VALUES ($1, $2, $3)
         ON CONFLICT (token) DO NOTHING RETURNING token",
    )
    .bind(token)
    .bind(user)
    .bind(form)
    .fetch_optional(&mut *db)
    .await?;
    if inserted.is_some() {
        return Ok(Claim::New);
    }
    Ok(Claim::Done(
        claimed_record(&mut *db, token).await?.flatten(),
    ))
}

pub async fn finish_token(
    db: &mut sqlx::PgConnection,
    token: &str,
    record: uuid::Uuid,
) -> Result<(), AppError> {
    sqlx::query("UPDATE form_submission SET record_id = $2 WHERE token = $1::uuid")
        .bind(token.trim())
        .bind(record)
        .execute(&mut *db)
        .await?;
    Ok(())
}

/// A new one-time token for a create form.
pub fn new_token() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// Whether a database error is a unique violation of `constraint`.
pub fn violates(err: &sqlx::Error, constraint: &str) -> bool {
    err.as_database_error().is_some_and(|e| {
        e.code().is_some_and(|c| c == "23505") && e.constraint() == Some(constraint)
    })
}

/// When `err` is a foreign-key violation (the form named a record that does not exist, or no
/// longer does), the form field it is about: the field of the first `(column, field)` whose
/// column the violated constraint names (`finding_source_note_id_fkey`), else `fallback`.
pub fn missing_reference(
    err: &sqlx::Error,
    fields: &[(&str, &'static str)],
    fallback: &'static str,
) -> Option<&'static str> {
    let db = err.as_database_error()?;
    if db.code().as_deref() != Some("23503") {
        return None;
    }
    let constraint = db.constraint().unwrap_or_default();
    Some(
        fields
            .iter()
            .find(|(column, _)| constraint.contains(column))
            .map_or(fallback, |(_, field)| field),
    )
}

/// The version an edit form was opened at (the hidden `version` field).
pub fn form_version(value: &str) -> Result<i32, AppError> {
    value
        .trim()
        .parse()
        .map_err(|_| AppError::BadRequest(t!("bad-form-without-version")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_is_read_only_with_a_year_from_1900_to_2100() {
        let day = chrono::NaiveDate::from_ymd_opt(2019, 12, 18);
        assert_eq!(date("2019-12-18"), Ok(day));
        assert_eq!(date(" 2019-12-18 "), Ok(day));
        assert_eq!(date(""), Ok(None));
        assert_eq!(date("1900-01-01").map(|d| d.is_some()), Ok(true));
        assert_eq!(date("2100-12-31").map(|d| d.is_some()), Ok(true));
        for out in ["1899-12-31", "2101-01-01", "0000-01-01", "9999-12-31"] {
            assert_eq!(date(out), Err(DateProblem::OutOfRange), "{out}");
        }
        for bad in [
            "-5000-01-01",
            "+99999-01-01",
            "+2019-12-18",
            "2019-02-30",
            "18/12/2019",
            "2019-1-1",
            "2019-12-18T00:00",
        ] {
            assert_eq!(date(bad), Err(DateProblem::Shape), "{bad}");
        }
        let mut errors = FieldErrors::default();
        assert_eq!(parse_date("3000-01-01", "day", &mut errors), None);
        assert!(errors.get("day").contains("between 1900 and 2100"));
    }
}
