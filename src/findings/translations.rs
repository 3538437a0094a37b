//! Translations of a finding's statement: staff write one per language (saying whether a
//! machine or a person made it), another staff member marks it reviewed, and a reader whose
//! interface speaks that language reads it instead of the original, marked as a translation,
//! with the original a link away. Every save and review is in the audit log.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::json;
use sqlx::PgExecutor;
use uuid::Uuid;

use super::queries;
use crate::AppError;
use crate::audit::Entry;
use crate::domain::language::{TextLanguage, TranslationStatus};
use crate::domain::translations::{Kept, Stored};
use crate::state::AppState;
use crate::web::extract::{Path, RequestId};
use crate::web::form::{FieldErrors, Form, Pairs};
use crate::web::notice::{Message, see_other_with};
use crate::web::translation::{self, Available, Part, TranslationFormPage};
use crate::web::{PageContext, render, write};

/// Where findings' translations are kept: their statements.
const KEPT: Kept = Kept {
    table: "finding_translation",
    record: "finding",
    key: "finding_id",
    text: "statement",
};

/// The translations finding `id` has, in the order of their languages.
pub async fn available(db: impl PgExecutor<'_>, id: Uuid) -> Result<Vec<Available>, sqlx::Error> {
    KEPT.available(db, id).await
}

/// Finding `id`'s translation into `language`, if it has one.
pub async fn stored(
    db: impl PgExecutor<'_>,
    id: Uuid,
    language: TextLanguage,
) -> Result<Option<Stored>, sqlx::Error> {
    KEPT.stored(db, id, language).await
}

/// The finding and the language of a translation's address, or 404 (a finding cannot be
/// translated into its own language).
async fn finding_and_language(
    state: &AppState,
    ctx: &PageContext,
    id: Uuid,
    code: &str,
) -> Result<(queries::FindingRow, TextLanguage), AppError> {
    let finding = queries::find(&state.pool, id, &ctx.viewer.visible_levels())
        .await?
        .ok_or(AppError::NotFound)?;
    let language = translation::language_of_path(code)
        .filter(|l| *l != finding.language)
        .ok_or(AppError::NotFound)?;
    Ok((finding, language))
}

fn form_page(
    ctx: PageContext,
    finding: &queries::FindingRow,
    language: TextLanguage,
    typed: String,
    stored: Option<&Stored>,
    status: Option<TranslationStatus>,
    errors: FieldErrors,
) -> TranslationFormPage {
    let viewer = ctx.viewer.actor_id();
    TranslationFormPage {
        back: format!("/findings/{}", finding.id),
        what: t!(
            "translation-of-finding",
            kind = finding.kind.label(),
            statement = crate::domain::text::short(&finding.statement, 60)
        ),
        original: finding.language,
        language,
        parts: vec![Part {
            name: "statement".to_owned(),
            label: t!("translation-part-statement"),
            original: finding.statement.clone(),
            typed,
            required: true,
        }],
        status: status.or(stored.map(|s| s.status)),
        version: stored.map_or(0, |s| s.version),
        conflict: false,
        stored: stored.map(|s| s.status),
        may_review: stored
            .is_some_and(|s| s.status != TranslationStatus::Reviewed && s.written_by != viewer),
        errors,
        ctx,
    }
}

/// `GET /findings/{id}/translations/{language}`: the form, with the translation there is.
pub async fn translate_finding_form(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((id, code)): Path<(Uuid, String)>,
) -> Result<Response, AppError> {
    let (finding, language) = finding_and_language(&state, &ctx, id, &code).await?;
    let stored = stored(&state.pool, id, language).await?;
    let typed = stored.as_ref().map(|s| s.text.clone()).unwrap_or_default();
    let page = form_page(
        ctx,
        &finding,
        language,
        typed,
        stored.as_ref(),
        None,
        FieldErrors::default(),
    );
    Ok(render(&page, StatusCode::OK))
}

/// `POST /findings/{id}/translations/{language}`: saves it over the version it was read at.
pub async fn save_finding_translation(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((id, code)): Path<(Uuid, String)>,
    RequestId(request_id): RequestId,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (finding, language) = finding_and_language(&state, &ctx, id, &code).await?;
    let pairs = Pairs(pairs);
    let current = stored(&state.pool, id, language).await?;
    let mut page = form_page(
        ctx.clone(),
        &finding,
        language,
        String::new(),
        current.as_ref(),
        TranslationStatus::parse(pairs.get("status")),
        FieldErrors::default(),
    );
    let (status, texts) = match translation::parse(&pairs, &mut page.parts) {
        Ok(parsed) => parsed,
        Err(errors) => {
            page.errors = errors;
            if let Ok(version) = pairs.get("version").parse() {
                page.version = version;
            }
            return Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY));
        }
    };
    let version = crate::web::form::form_version(pairs.get("version"))?;
    let statement = texts.into_iter().next().unwrap_or_default();
    let user = ctx.viewer.actor_id();
    let entry = Entry::new("finding.translate", "finding", id)
        .request(&request_id)
        .before(json!({
            "language": language,
            "statement": current.as_ref().map(|c| c.text.clone()),
            "status": current.as_ref().map(|c| c.status),
        }))
        .after(json!({ "language": language, "statement": statement, "status": status }));
    let update = async |db: &mut sqlx::PgConnection| {
        Ok(Ok(KEPT
            .save(db, id, language, version, &statement, status, user)
            .await?))
    };
    let conflict = async || {
        // Theirs is stored; what was typed stays in the form, to save over it.
        page.conflict = true;
        Ok(render(&page, StatusCode::CONFLICT))
    };
    let done = see_other_with(&format!("/findings/{id}"), Message::TranslationSaved);
    match write::update_versioned(&state.pool, user, update, entry, conflict, done).await? {
        Ok(done) => Ok(done),
        Err(errors) => {
            let mut page = form_page(
                ctx,
                &finding,
                language,
                statement,
                current.as_ref(),
                Some(status),
                errors,
            );
            page.version = version;
            Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY))
        }
    }
}

/// `POST /findings/{id}/translations/{language}/review`: a second staff member vouches for it.
pub async fn review_finding_translation(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((id, code)): Path<(Uuid, String)>,
    RequestId(request_id): RequestId,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (finding, language) = finding_and_language(&state, &ctx, id, &code).await?;
    let pairs = Pairs(pairs);
    let version = crate::web::form::form_version(pairs.get("version"))?;
    let current = stored(&state.pool, id, language)
        .await?
        .ok_or(AppError::NotFound)?;
    let user = ctx.viewer.actor_id();
    if current.written_by == user {
        let mut errors = FieldErrors::default();
        errors.add("status", t!("translation-review-by-another"));
        let page = form_page(
            ctx,
            &finding,
            language,
            current.text.clone(),
            Some(&current),
            None,
            errors,
        );
        return Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY));
    }
    let entry = Entry::new("finding.review_translation", "finding", id)
        .request(&request_id)
        .before(json!({ "language": language, "status": current.status }))
        .after(json!({ "language": language, "status": TranslationStatus::Reviewed }));
    let update = async |db: &mut sqlx::PgConnection| {
        Ok(Ok(KEPT.review(db, id, language, version, user).await?))
    };
    let conflict = async || {
        let now = stored(&state.pool, id, language)
            .await?
            .ok_or(AppError::NotFound)?;
        let mut page = form_page(
            ctx.clone(),
            &finding,
            language,
            now.text.clone(),
            Some(&now),
            None,
            FieldErrors::default(),
        );
        page.conflict = true;
        Ok(render(&page, StatusCode::CONFLICT))
    };
    let done = see_other_with(&format!("/findings/{id}"), Message::TranslationReviewed);
    Ok(
        write::update_versioned(&state.pool, user, update, entry, conflict, done)
            .await?
            .unwrap_or_else(|_| crate::web::see_other(&format!("/findings/{id}"))),
    )
}
