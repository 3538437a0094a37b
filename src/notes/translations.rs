//! Translations of a published note: its summary and each of its statements in another
//! language, written by staff (saying whether a machine or a person made them) and reviewed by
//! a second staff member. A reader whose interface speaks that language reads the note in it,
//! marked as a translation, with the original a link away; a statement left untranslated is
//! shown as written. The Chatham House rule is untouched: a translation carries only the text,
//! and the page attributes each statement exactly as it does the original.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::json;
use sqlx::PgExecutor;
use uuid::Uuid;

use super::NoteStatus;
use super::handlers::visible_note;
use super::queries::NoteRow;
use crate::AppError;
use crate::audit::Entry;
use crate::domain::language::{TextLanguage, TranslationStatus};
use crate::domain::translations::{Kept, Stored};
use crate::state::AppState;
use crate::web::extract::{Path, RequestId};
use crate::web::form::{FieldErrors, Form, Pairs, form_version};
use crate::web::notice::{Message, see_other_with};
use crate::web::translation::{self, Available, Part, TranslationFormPage};
use crate::web::{PageContext, render, write};

/// Where notes' translations are kept: their summaries (their statements' are kept beside,
/// in `note_statement_translation`).
const KEPT: Kept = Kept {
    table: "note_translation",
    record: "note",
    key: "note_id",
    text: "summary",
};

/// The translations note `id` has, in the order of their languages.
pub async fn available(db: impl PgExecutor<'_>, id: Uuid) -> Result<Vec<Available>, sqlx::Error> {
    KEPT.available(db, id).await
}

/// Note `id`'s translation into `language`, if it has one.
pub async fn stored(
    db: impl PgExecutor<'_>,
    id: Uuid,
    language: TextLanguage,
) -> Result<Option<Stored>, sqlx::Error> {
    KEPT.stored(db, id, language).await
}

/// The note's statements (in the order of [`super::queries::statements`]), each with its
/// translation into `language` ("" where it has none).
pub async fn statements(
    db: impl PgExecutor<'_>,
    id: Uuid,
    language: TextLanguage,
) -> Result<Vec<(Uuid, String, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT s.id, s.body, coalesce(t.body, '') FROM note_statement s
           LEFT JOIN note_statement_translation t
                  ON t.statement_id = s.id AND t.note_id = s.note_id AND t.language = $2
          WHERE s.note_id = $1 ORDER BY s.section, s.position",
    )
    .bind(id)
    .bind(language)
    .fetch_all(db)
    .await
}

/// Saves the translation over `version` (0: a new one), its statements replaced; whether it
/// was saved (not: someone saved one meanwhile).
#[expect(clippy::too_many_arguments, reason = "the parts of one translation")]
async fn save(
    db: &mut sqlx::PgConnection,
    id: Uuid,
    language: TextLanguage,
    version: i32,
    summary: &str,
    bodies: &[(Uuid, String)],
    status: TranslationStatus,
    by: Option<Uuid>,
) -> Result<bool, sqlx::Error> {
    if !KEPT
        .save(&mut *db, id, language, version, summary, status, by)
        .await?
    {
        return Ok(false);
    }

    sqlx::query("DELETE FROM note_statement_translation WHERE note_id = $1 AND language = $2")
        .bind(id)
        .bind(language)
        .execute(&mut *db)
        .await?;
    let (ids, texts): (Vec<Uuid>, Vec<String>) = bodies
        .iter()
        .filter(|(_, body)| !body.is_empty())
        .cloned()
        .unzip();
    sqlx::query(
        "INSERT INTO note_statement_translation (note_id, language, statement_id, body)
         SELECT $1, $2, s.id, t.body
           FROM unnest($3::uuid[], $4::text[]) AS t (id, body)
           JOIN note_statement s ON s.id = t.id AND s.note_id = $1",
    )
    .bind(id)
    .bind(language)
    .bind(ids)
    .bind(texts)
    .execute(&mut *db)
    .await?;
    Ok(true)
}

/// The published note and the language of a translation's address, or 404.
async fn note_and_language(
    state: &AppState,
    ctx: &PageContext,
    id: Uuid,
    code: &str,
) -> Result<(NoteRow, TextLanguage), AppError> {
    let note = visible_note(&state.pool, &ctx.viewer, id).await?;
    if note.status != NoteStatus::Published {
        return Err(AppError::NotFound);
    }
    let language = translation::language_of_path(code)
        .filter(|l| *l != note.language)
        .ok_or(AppError::NotFound)?;
    Ok((note, language))
}

/// The form's parts: the summary (when the note has one) and each statement.
fn parts(note: &NoteRow, summary: String, statements: &[(Uuid, String, String)]) -> Vec<Part> {
    let mut parts = Vec::with_capacity(statements.len() + 1);
    if !note.summary.is_empty() {
        parts.push(Part {
            name: "summary".to_owned(),
            label: t!("translation-part-summary"),
            original: note.summary.clone(),
            typed: summary,
            required: false,
        });
    }
    for (n, (id, body, translated)) in statements.iter().enumerate() {
        let n = n + 1;
        parts.push(Part {
            name: format!("s-{id}"),
            label: t!("translation-part-numbered", n = n),
            original: body.clone(),
            typed: translated.clone(),
            required: false,
        });
    }
    parts
}

fn form_page(
    ctx: PageContext,
    note: &NoteRow,
    language: TextLanguage,
    parts: Vec<Part>,
    stored: Option<&Stored>,
    errors: FieldErrors,
) -> TranslationFormPage {
    let viewer = ctx.viewer.actor_id();
    TranslationFormPage {
        back: format!("/notes/{}", note.id),
        what: t!("translation-of-note", session = note.session_title.as_str()),
        original: note.language,
        language,
        parts,
        status: stored.map(|s| s.status),
        version: stored.map_or(0, |s| s.version),
        conflict: false,
        stored: stored.map(|s| s.status),
        may_review: stored
            .is_some_and(|s| s.status != TranslationStatus::Reviewed && s.written_by != viewer),
        errors,
        ctx,
    }
}

/// `GET /notes/{id}/translations/{language}`: the form, with the translation there is.
pub async fn translate_note_form(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((id, code)): Path<(Uuid, String)>,
) -> Result<Response, AppError> {
    let (note, language) = note_and_language(&state, &ctx, id, &code).await?;
    let stored = stored(&state.pool, id, language).await?;
    let statements = statements(&state.pool, id, language).await?;
    let summary = stored.as_ref().map(|s| s.text.clone()).unwrap_or_default();
    let parts = parts(&note, summary, &statements);
    let page = form_page(
        ctx,
        &note,
        language,
        parts,
        stored.as_ref(),
        FieldErrors::default(),
    );
    Ok(render(&page, StatusCode::OK))
}

/// `POST /notes/{id}/translations/{language}`: saves it over the version it was read at.
pub async fn save_note_translation(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((id, code)): Path<(Uuid, String)>,
    RequestId(request_id): RequestId,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (note, language) = note_and_language(&state, &ctx, id, &code).await?;
    let pairs = Pairs(pairs);
    let current = stored(&state.pool, id, language).await?;
    let statements = statements(&state.pool, id, language).await?;
    let mut page = form_page(
        ctx.clone(),
        &note,
        language,
        parts(&note, String::new(), &statements),
        current.as_ref(),
        FieldErrors::default(),
    );
    page.status = TranslationStatus::parse(pairs.get("status"));
    if let Ok(version) = pairs.get("version").parse() {
        page.version = version;
    }
    let (status, texts) = match translation::parse(&pairs, &mut page.parts) {
        Ok(parsed) => parsed,
        Err(errors) => {
            page.errors = errors;
            return Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY));
        }
    };
    let version = form_version(pairs.get("version"))?;
    let mut texts = texts.into_iter();
    let summary = if note.summary.is_empty() {
        String::new()
    } else {
        texts.next().unwrap_or_default()
    };
    let bodies: Vec<(Uuid, String)> = statements.iter().map(|(id, _, _)| *id).zip(texts).collect();
    let user = ctx.viewer.actor_id();
    let entry = Entry::new("note.translate", "note", id)
        .request(&request_id)
        .before(json!({
            "language": language,
            "status": current.as_ref().map(|c| c.status),
        }))
        .after(json!({
            "language": language,
            "status": status,
            "summary": summary,
            "statements": bodies.iter().filter(|(_, b)| !b.is_empty()).count(),
        }));
    let update = async |db: &mut sqlx::PgConnection| {
        Ok(Ok(save(
            db, id, language, version, &summary, &bodies, status, user,
        )
        .await?))
    };
    let conflict = async || {
        page.conflict = true;
        Ok(render(&page, StatusCode::CONFLICT))
    };
    let done = see_other_with(&format!("/notes/{id}"), Message::TranslationSaved);
    Ok(
        write::update_versioned(&state.pool, user, update, entry, conflict, done)
            .await?
            .unwrap_or_else(|_| crate::web::see_other(&format!("/notes/{id}"))),
    )
}

/// `POST /notes/{id}/translations/{language}/review`: a second staff member vouches for it.
pub async fn review_note_translation(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((id, code)): Path<(Uuid, String)>,
    RequestId(request_id): RequestId,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (note, language) = note_and_language(&state, &ctx, id, &code).await?;
    let version = form_version(Pairs(pairs).get("version"))?;
    let current = stored(&state.pool, id, language)
        .await?
        .ok_or(AppError::NotFound)?;
    let user = ctx.viewer.actor_id();
    let again = async |errors: FieldErrors, status: StatusCode| -> Result<Response, AppError> {
        let now = stored(&state.pool, id, language).await?;
        let statements = statements(&state.pool, id, language).await?;
        let summary = now.as_ref().map(|s| s.text.clone()).unwrap_or_default();
        let mut page = form_page(
            ctx.clone(),
            &note,
            language,
            parts(&note, summary, &statements),
            now.as_ref(),
            errors,
        );
        page.conflict = status == StatusCode::CONFLICT;
        Ok(render(&page, status))
    };
    if current.written_by == user {
        let mut errors = FieldErrors::default();
        errors.add("status", t!("translation-review-by-another"));
        return again(errors, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    let entry = Entry::new("note.review_translation", "note", id)
        .request(&request_id)
        .before(json!({ "language": language, "status": current.status }))
        .after(json!({ "language": language, "status": TranslationStatus::Reviewed }));
    let update = async |db: &mut sqlx::PgConnection| {
        Ok(Ok(KEPT.review(db, id, language, version, user).await?))
    };
    let conflict = async || again(FieldErrors::default(), StatusCode::CONFLICT).await;
    let done = see_other_with(&format!("/notes/{id}"), Message::TranslationReviewed);
    Ok(
        write::update_versioned(&state.pool, user, update, entry, conflict, done)
            .await?
            .unwrap_or_else(|_| crate::web::see_other(&format!("/notes/{id}"))),
    )
}
