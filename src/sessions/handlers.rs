//! Editing the agenda: add, edit, reorder (without JavaScript) and archive sessions.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use serde_json::json;
use sqlx::PgPool;
use uuid::Uuid;

use super::forms::{self, SessionInput};
use super::queries;
use super::views::{SessionFormPage, SpeakerGroup};
use crate::AppError;
use crate::audit::{self, Entry};
use crate::organisations::offered;
use crate::state::AppState;
use crate::web::confirm::ConfirmPage;
use crate::web::extract::{Path, Query, RequestId};
use crate::web::form::{FieldErrors, Form, Pairs, form_version, new_token};
use crate::web::see_other;
use crate::web::write::{self, Created};
use crate::web::{Message, see_other_with};
use crate::web::{PageContext, render};

#[expect(clippy::too_many_arguments, reason = "the pieces of one page")]
async fn form_page(
    pool: &PgPool,
    ctx: PageContext,
    consultation_slug: String,
    consultation_title: String,
    session_id: Option<Uuid>,
    input: SessionInput,
    errors: FieldErrors,
    conflict: bool,
) -> Result<SessionFormPage, AppError> {
    let removed = match session_id {
        None => queries::removed_sessions(pool, &consultation_slug).await?,
        Some(_) => Vec::new(),
    };
    let chosen: Vec<Uuid> = input
        .speakers
        .iter()
        .filter_map(|s| Uuid::parse_str(s.trim()).ok())
        .collect();
    let offered = offered::offered_grouped(pool, &input.speaker_filter, &chosen).await?;
    let listed = offered.choices.len();
    // Without a limit reached, those the filter leaves out are counted as hidden.
    let speakers_hidden = match offered.more {
        false => offered.total.saturating_sub(listed),
        true => 0,
    };
    let speakers_more = offered.hint;
    let speaker_groups = SpeakerGroup::group(offered.choices);
    Ok(SessionFormPage {
        speaker_groups,
        speakers_hidden,
        speakers_more,
        removed,
        ctx,
        consultation_slug,
        consultation_title,
        session_id,
        input,
        errors,
        themes: crate::themes::choices(pool).await?,
        conflict,
    })
}

/// Of the speakers the form names, those that may speak; and the themes that may be chosen.
async fn known_ids(
    pool: &PgPool,
    input: &SessionInput,
) -> Result<(Vec<Uuid>, Vec<Uuid>), AppError> {
    let named: Vec<Uuid> = input
        .speakers
        .iter()
        .filter_map(|s| Uuid::parse_str(s.trim()).ok())
        .collect();
    let organisations = offered::choosable(pool, &named).await?;
    let themes = crate::themes::choices(pool)
        .await?
        .into_iter()
        .map(|c| c.id)
        .collect();
    Ok((organisations, themes))
}

/// `GET /consultations/{slug}/sessions/new`.
/// With the form's own fields in the query (sent back to itself to narrow the speakers'
/// list), the form comes back as typed.
pub async fn new_session_form(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(slug): Path<String>,
    query: Option<Query<Vec<(String, String)>>>,
) -> Result<Response, AppError> {
    let consultation = queries::parent(&state.pool, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let input = match typed_again(query) {
        Some(input) => input,
        None => SessionInput {
            kind: "presentation".to_owned(),
            visibility: "public".to_owned(),
            day: consultation
                .starts_on
                .map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_default(),
            token: new_token(),
            ..SessionInput::default()
        },
    };
    let page = form_page(
        &state.pool,
        ctx,
        slug,
        consultation.title,
        None,
        input,
        FieldErrors::default(),
        false,
    )
    .await?;
    Ok(render(&page, StatusCode::OK))
}

/// `POST /consultations/{slug}/sessions`: adds it at the end of the agenda.
pub async fn create_session(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(slug): Path<String>,
    RequestId(request_id): RequestId,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let consultation = queries::parent(&state.pool, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let input = SessionInput::from_pairs(&Pairs(pairs));
    let (organisations, themes) = known_ids(&state.pool, &input).await?;
    let dates = (consultation.starts_on, consultation.ends_on);
    let errors = match forms::parse(&input, &organisations, &themes, dates) {
        Ok(fields) => {
            let user = ctx.viewer.actor_id();
            let agenda = format!("/consultations/{slug}#agenda-heading");
            let insert = async |db: &mut sqlx::PgConnection| {
                let id = queries::insert(db, consultation.id, &fields, state.clock.now()).await?;
                Ok(Ok(Created {
                    id,
                    entry: Entry::new("session.create", "session", id)
                        .request(&request_id)
                        .after(json!(fields)),
                    to: agenda.clone(),
                    notice: Message::SessionAdded.into(),
                }))
            };
            let already = async |_| Ok(agenda.clone());
            match write::create(&state.pool, &input.token, "session", user, insert, already).await?
            {
                Ok(done) => return Ok(done),
                Err(errors) => errors,
            }
        }
        Err(errors) => errors,
    };
    let page = form_page(
        &state.pool,
        ctx,
        slug,
        consultation.title,
        None,
        input,
        errors,
        false,
    )
    .await?;
    Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY))
}

/// The form as typed, when it was sent back to itself to narrow the speakers' list.
fn typed_again(query: Option<Query<Vec<(String, String)>>>) -> Option<SessionInput> {
    let Query(pairs) = query?;
    let pairs = Pairs(pairs);
    pairs
        .0
        .iter()
        .any(|(k, _)| k == "speaker_filter")
        .then(|| SessionInput::from_pairs(&pairs))
}

fn input_of(row: &queries::EditRow) -> SessionInput {
    SessionInput {
        kind: row.kind.value().to_owned(),
        title: row.title.clone(),
        description: row.description.clone(),
        day: row
            .day
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default(),
        starts_at: row
            .starts_at
            .map(|t| t.format("%H:%M").to_string())
            .unwrap_or_default(),
        ends_at: row
            .ends_at
            .map(|t| t.format("%H:%M").to_string())
            .unwrap_or_default(),
        speakers: row.speakers.iter().map(Uuid::to_string).collect(),
        language: row.language.value().to_owned(),
        themes: row.themes.iter().map(Uuid::to_string).collect(),
        visibility: row.visibility.value().to_owned(),
        version: row.version.to_string(),
        token: String::new(),
        speaker_filter: String::new(),
    }
}

/// `GET /sessions/{id}/edit`.
pub async fn edit_session_form(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(id): Path<Uuid>,
    query: Option<Query<Vec<(String, String)>>>,
) -> Result<Response, AppError> {
    let row = queries::edit_row(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let input = typed_again(query).unwrap_or_else(|| input_of(&row));
    let page = form_page(
        &state.pool,
        ctx,
        row.consultation_slug,
        row.consultation_title,
        Some(id),
        input,
        FieldErrors::default(),
        false,
    )
    .await?;
    Ok(render(&page, StatusCode::OK))
}

/// `POST /sessions/{id}`.
pub async fn update_session(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(id): Path<Uuid>,
    RequestId(request_id): RequestId,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let before = queries::edit_row(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let consultation = queries::parent(&state.pool, &before.consultation_slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let input = SessionInput::from_pairs(&Pairs(pairs));
    let (organisations, themes) = known_ids(&state.pool, &input).await?;
    let dates = (consultation.starts_on, consultation.ends_on);
    let slug = before.consultation_slug.clone();
    let title = before.consultation_title.clone();
    let errors = match forms::parse(&input, &organisations, &themes, dates) {
        Ok(fields) => {
            let version = form_version(&input.version)?;
            let update = async |db: &mut sqlx::PgConnection| {
                Ok(Ok(queries::update(
                    db,
                    id,
                    version,
                    &fields,
                    state.clock.now(),
                )
                .await?))
            };
            let entry = Entry::new("session.update", "session", id)
                .request(&request_id)
                .before(json!({
                    "kind": before.kind, "title": before.title, "description": before.description,
                    "day": before.day, "starts_at": before.starts_at, "ends_at": before.ends_at,
                    "speakers": before.speakers, "themes": before.themes, "visibility": before.visibility,
                }))
                .after(json!(fields));
            let conflict = async || {
                let current = queries::edit_row(&state.pool, id)
                    .await?
                    .ok_or(AppError::NotFound)?;
                let mut input = input.clone();
                input.version = current.version.to_string();
                let page = form_page(
                    &state.pool,
                    ctx.clone(),
                    slug.clone(),
                    title.clone(),
                    Some(id),
                    input,
                    FieldErrors::default(),
                    true,
                )
                .await?;
                Ok(render(&page, StatusCode::CONFLICT))
            };
            let user = ctx.viewer.actor_id();
            let done = see_other_with(
                &format!("/consultations/{slug}#agenda-heading"),
                Message::SessionSaved,
            );
            match write::update_versioned(&state.pool, user, update, entry, conflict, done).await? {
                Ok(done) => return Ok(done),
                Err(errors) => errors,
            }
        }
        Err(errors) => errors,
    };
    let page = form_page(
        &state.pool,
        ctx,
        slug,
        title,
        Some(id),
        input,
        errors,
        false,
    )
    .await?;
    Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY))
}

#[derive(Debug, Default, Deserialize)]
pub struct MoveForm {
    #[serde(default)]
    direction: String,
}

/// `POST /sessions/{id}/move`: one place up or down the agenda (a plain form button).
pub async fn move_session(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(id): Path<Uuid>,
    RequestId(request_id): RequestId,
    Form(form): Form<MoveForm>,
) -> Result<Response, AppError> {
    let row = queries::edit_row(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let up = match form.direction.as_str() {
        "up" => true,
        "down" => false,
        _ => {
            return Err(AppError::BadRequest(
                "Say whether to move the session up or down.".to_owned(),
            ));
        }
    };
    let mut tx = state.pool.begin().await?;
    if queries::move_session(&mut tx, id, up).await? {
        let mut entry = Entry::new("session.move", "session", id)
            .request(&request_id)
            .before(json!({ "position": row.position }))
            .after(json!({ "direction": form.direction }));
        entry.actor_id = ctx.viewer.actor_id();
        audit::record(&mut *tx, &entry).await?;
    }
    tx.commit().await?;
    Ok(see_other_with(
        &format!("/consultations/{}#session-{id}", row.consultation_slug),
        Message::SessionMoved,
    ))
}

/// `GET /sessions/{id}/archive`: "Remove this session from the agenda?" on a page of its own;
/// once it is removed, the same address says so and offers to restore it (the undo).
pub async fn confirm_archive_form(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(id): Path<Uuid>,
) -> Result<Response, AppError> {
    if let Some(row) = queries::edit_row(&state.pool, id).await? {
        let page = ConfirmPage::new(
            ctx,
            t!("session-remove-title"),
            t!(
                "session-remove-question",
                session = row.title.as_str(),
                consultation = row.consultation_title.as_str()
            ),
            t!("session-remove-explained"),
            format!("/sessions/{id}/archive"),
            t!("confirm-yes-remove"),
            format!("/consultations/{}#session-{id}", row.consultation_slug),
        );
        return Ok(render(&page, StatusCode::OK));
    }
    let row = queries::archived_row(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let page = ConfirmPage::new(
        ctx,
        t!("session-off-agenda"),
        t!(
            "session-restore-question",
            session = row.title.as_str(),
            consultation = row.consultation_title.as_str()
        ),
        t!("session-restore-explained"),
        format!("/sessions/{id}/restore"),
        t!("session-restore-button"),
        format!("/consultations/{}#agenda-heading", row.consultation_slug),
    );
    Ok(render(&page, StatusCode::OK))
}

/// `POST /sessions/{id}/restore`: back on the agenda, where it was (the undo of archiving).
pub async fn restore_session(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(id): Path<Uuid>,
    RequestId(request_id): RequestId,
) -> Result<Response, AppError> {
    // Restoring twice (a resent form) lands on the agenda all the same.
    let slug = queries::consultation_slug_of(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let Some(row) = queries::archived_row(&state.pool, id).await? else {
        return Ok(see_other(&format!("/consultations/{slug}#session-{id}")));
    };
    let mut tx = state.pool.begin().await?;
    if queries::restore(&mut *tx, id).await? {
        let mut entry = Entry::new("session.restore", "session", id)
            .request(&request_id)
            .after(json!({ "title": row.title }));
        entry.actor_id = ctx.viewer.actor_id();
        audit::record(&mut *tx, &entry).await?;
    }
    tx.commit().await?;
    Ok(see_other_with(
        &format!("/consultations/{}#session-{id}", row.consultation_slug),
        Message::SessionRestored,
    ))
}

/// `POST /sessions/{id}/archive` (from its confirmation page): off the agenda, kept in the
/// database with its notes, until staff restore it.
pub async fn archive_session(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(id): Path<Uuid>,
    RequestId(request_id): RequestId,
) -> Result<Response, AppError> {
    // Archiving twice (a resent form) lands where it says so all the same.
    let Some(row) = queries::edit_row(&state.pool, id).await? else {
        queries::archived_row(&state.pool, id)
            .await?
            .ok_or(AppError::NotFound)?;
        return Ok(see_other(&format!("/sessions/{id}/archive")));
    };
    let mut tx = state.pool.begin().await?;
    if queries::archive(&mut *tx, id).await? {
        let mut entry = Entry::new("session.archive", "session", id)
            .request(&request_id)
            .before(json!({ "title": row.title, "position": row.position }));
        entry.actor_id = ctx.viewer.actor_id();
        audit::record(&mut *tx, &entry).await?;
    }
    tx.commit().await?;
    // Where it says so, with the way to undo it.
    Ok(see_other_with(
        &format!("/sessions/{id}/archive"),
        Message::SessionRemoved,
    ))
}
