//! The life cycle as pages: submitting (after its check page), withdrawing, restoring,
//! returning and publishing a note, and the review queue.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use serde_json::json;
use uuid::Uuid;

use super::Attribution;
use super::handlers::{capacity, note_page, visible_note};
use super::lifecycle::{self, Action};
use super::queries::{self, Content, NoteRow};
use super::views::{ConfirmNotePage, NoteListPage, byline};
use crate::AppError;
use crate::audit::{self, Entry};
use crate::auth::{Viewer, Visibility};
use crate::state::AppState;
use crate::web::extract::{Path, Query, RequestId, page_links, query_page};
use crate::web::form::{FieldErrors, Form};
use crate::web::{Message, PageContext, SignedIn, render, see_other, see_other_with};

#[derive(Debug, Default, Deserialize)]
pub struct ReviewForm {
    #[serde(default)]
    comment: String,
    #[serde(default)]
    visibility: String,
    /// What staff publish with: the author's choice, or less.
    #[serde(default)]
    attribution: String,
}

/// Moves a note to its next status (compare-and-set on the status it was read at).
async fn transition(
    state: &AppState,
    ctx: PageContext,
    id: Uuid,
    action: Action,
    form: ReviewForm,
    request_id: &str,
) -> Result<Response, AppError> {
    let note = visible_note(&state.pool, &ctx.viewer, id).await?;
    let SignedIn(user) = SignedIn::of(&ctx.viewer)?;
    let who = capacity(&ctx.viewer, &note);
    let next = match lifecycle::next(note.status, action, who) {
        Ok(next) => next,
        Err(refused) => {
            let mut errors = FieldErrors::default();
            errors.add("comment", refused.0);
            let page = note_page(&state.pool, ctx, note, errors, false).await?;
            return Ok(render(&page, StatusCode::CONFLICT));
        }
    };
    let comment = form.comment.trim().to_owned();
    let visibility = match action {
        Action::Publish => match Visibility::parse(&form.visibility) {
            Some(v) => v,
            None => {
                let mut errors = FieldErrors::default();
                errors.add("visibility", t!("note-choose-readers"));
                let page = note_page(&state.pool, ctx, note, errors, false).await?;
                return Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY));
            }
        },
        _ => note.visibility,
    };
    let attribution = match action {
        Action::Publish => match Attribution::parse(&form.attribution) {
            // No choice sent (an older form): the author's.
            None if form.attribution.trim().is_empty() => note.proposed_attribution,
            Some(a) if a >= note.proposed_attribution => a,
            _ => {
                let mut errors = FieldErrors::default();
                errors.add("attribution", t!("note-less-attribution"));
                let page = note_page(&state.pool, ctx, note, errors, false).await?;
                return Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY));
            }
        },
        _ => note.attribution,
    };
    if action == Action::Return && comment.is_empty() {
        let mut errors = FieldErrors::default();
        errors.add("comment", t!("note-say-what-to-change"));
        let page = note_page(&state.pool, ctx, note, errors, false).await?;
        return Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY));
    }
    let now = state.clock.now();
    let mut tx = state.pool.begin().await?;
    let moved = queries::step(
        &mut *tx,
        id,
        &queries::Step {
            from: note.status,
            to: next,
            visibility,
            attribution,
            comment: &comment,
            by: user.id,
            now,
        },
    )
    .await?;
    if !moved {
        // Someone moved it meanwhile (a double click): show where it stands now.
        return Ok(see_other(&format!("/notes/{id}")));
    }
    let statements = queries::statements(&mut *tx, id).await?;
    let content = Content {
        summary: note.summary.clone(),
        statements,
        proposed_visibility: note.proposed_visibility,
        language: note.language,
        proposed_attribution: note.proposed_attribution,
    };
    queries::add_revision(&mut tx, id, next, &content, user.id, &comment).await?;
    let name = match action {
        Action::Return => "note.return",
        Action::Publish => "note.publish",
        Action::Withdraw => "note.withdraw",
        Action::Restore => "note.restore",
        _ => "note.submit",
    };
    audit::record(
        &mut *tx,
        &Entry::new(name, "note", id)
            .by(user.id)
            .request(request_id)
            .before(json!({ "status": note.status }))
            .after(json!({ "status": next, "visibility": visibility, "attribution": attribution })),
    )
    .await?;
    tx.commit().await?;
    let done = match action {
        Action::Return => Message::NoteReturned,
        Action::Publish => Message::NotePublished,
        Action::Withdraw => Message::NoteWithdrawn,
        Action::Restore => Message::NoteRestored,
        _ => Message::NoteSubmitted,
    };
    Ok(see_other_with(&format!("/notes/{id}"), done))
}

/// `POST /notes/{id}/submit`.
pub async fn submit_note(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(id): Path<Uuid>,
    RequestId(r): RequestId,
) -> Result<Response, AppError> {
    transition(&state, ctx, id, Action::Submit, ReviewForm::default(), &r).await
}

/// `POST /notes/{id}/restore`: a withdrawn note becomes a draft again (its author's undo).
pub async fn restore_note(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(id): Path<Uuid>,
    RequestId(r): RequestId,
) -> Result<Response, AppError> {
    transition(&state, ctx, id, Action::Restore, ReviewForm::default(), &r).await
}

/// The note, if the viewer may take `action` on it now; else where it stands (already done in
/// a second tab, or not this viewer's to do).
async fn note_for(
    state: &AppState,
    viewer: &Viewer,
    id: Uuid,
    action: Action,
) -> Result<Result<NoteRow, Response>, AppError> {
    let note = visible_note(&state.pool, viewer, id).await?;
    Ok(
        match lifecycle::next(note.status, action, capacity(viewer, &note)) {
            Ok(_) => Ok(note),
            Err(_) => Err(see_other(&format!("/notes/{id}"))),
        },
    )
}

/// `GET /notes/{id}/submit`: how the published note will name its author and who may read it,
/// shown again, with the button that submits it. Nothing changes until it is pressed.
pub async fn confirm_submit_form(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(id): Path<Uuid>,
) -> Result<Response, AppError> {
    let note = match note_for(&state, &ctx.viewer, id, Action::Submit).await? {
        Ok(note) => note,
        Err(elsewhere) => return Ok(elsewhere),
    };
    Ok(render(
        &ConfirmNotePage {
            byline: byline(&note),
            chosen: note.proposed_attribution,
            ctx,
            note,
        },
        StatusCode::OK,
    ))
}

/// `GET /notes/{id}/withdraw`: whether to withdraw the note, on a page of its own.
pub async fn confirm_withdraw_form(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(id): Path<Uuid>,
) -> Result<Response, AppError> {
    let note = match note_for(&state, &ctx.viewer, id, Action::Withdraw).await? {
        Ok(note) => note,
        Err(elsewhere) => return Ok(elsewhere),
    };
    let page = crate::web::confirm::ConfirmPage::new(
        ctx,
        t!("withdraw-title"),
        t!("withdraw-question", session = note.session_title.as_str()),
        t!("withdraw-explained"),
        format!("/notes/{id}/withdraw"),
        t!("withdraw-yes"),
        format!("/notes/{id}"),
    )
    .with_back_label(t!("withdraw-no"));
    Ok(render(&page, StatusCode::OK))
}

/// `POST /notes/{id}/withdraw`.
pub async fn withdraw_note(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(id): Path<Uuid>,
    RequestId(r): RequestId,
) -> Result<Response, AppError> {
    transition(&state, ctx, id, Action::Withdraw, ReviewForm::default(), &r).await
}

/// `POST /notes/{id}/return`: back to the author, with a comment.
pub async fn return_note(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(id): Path<Uuid>,
    RequestId(r): RequestId,
    Form(form): Form<ReviewForm>,
) -> Result<Response, AppError> {
    transition(&state, ctx, id, Action::Return, form, &r).await
}

/// `POST /notes/{id}/publish`: at the visibility staff decide.
pub async fn publish_note(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(id): Path<Uuid>,
    RequestId(r): RequestId,
    Form(form): Form<ReviewForm>,
) -> Result<Response, AppError> {
    transition(&state, ctx, id, Action::Publish, form, &r).await
}

/// Notes on a page of the review queue.
pub const REVIEW_PAGE: i64 = 50;

#[derive(Debug, Default, Deserialize)]
pub struct ReviewQuery {
    #[serde(default)]
    page: String,
}

/// `GET /review?page=`: the staff review queue, fifty notes a page.
pub async fn review_queue(
    State(state): State<AppState>,
    ctx: PageContext,
    query: Option<Query<ReviewQuery>>,
) -> Result<Response, AppError> {
    let query = query.map(|Query(q)| q).unwrap_or_default();
    let page = query_page(&query.page)?;
    let offset = (page - 1) * REVIEW_PAGE;
    let total = queries::submitted_count(&state.pool).await?;
    let notes = queries::submitted(&state.pool, REVIEW_PAGE, offset).await?;
    let (previous, next) = page_links("/review", &[], page, REVIEW_PAGE, total);
    Ok(render(
        &NoteListPage {
            ctx,
            heading: t!("review-heading"),
            intro: t!("review-intro"),
            total: usize::try_from(total).unwrap_or_default(),
            first: offset + 1,
            previous,
            next,
            notes,
            show_author: true,
            outcomes: Vec::new(),
        },
        StatusCode::OK,
    ))
}
