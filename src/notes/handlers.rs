//! Writing, reviewing and publishing session notes.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::json;
use sqlx::PgPool;
use uuid::Uuid;

use super::lifecycle::{self, Action, Capacity, NoteStatus};
use super::queries::{self, Content, NoteRow, SessionContext, Statement};
use super::views::{
    NoteFormPage, NoteInput, NotePage, Slot, byline, sections_for_insiders, sections_of, written_by,
};
use super::{Attribution, MAX_CHARS, Section};
use crate::AppError;
use crate::audit::Entry;
use crate::auth::{Role, Viewer, Visibility};
use crate::member_states;
use crate::organisations::OrganisationKind;
use crate::state::AppState;
use crate::web::extract::{Path, Query, RequestId};
use crate::web::form::{
    FieldErrors, Form, Pairs, claimed_record, form_version, new_token, parse_token,
};
use crate::web::write;
use crate::web::{Message, Notice, PageContext, SignedIn, render, see_other, see_other_with};

/// Whether `viewer` may write a note on a session of `session`'s consultation: staff, or a
/// partner whose organisation took part in it.
fn may_write(viewer: &Viewer, session: &SessionContext) -> bool {
    let Some(user) = viewer.user() else {
        return false;
    };
    match (user.role, user.organisation_id) {
        (Role::Staff | Role::Admin, _) => true,
        // `took_part` was read for the viewer's organisation.
        (Role::Partner, Some(_)) => session.took_part,
        _ => false,
    }
}

/// The viewer's organisation, for [`queries::session_context`].
fn organisation_of(viewer: &Viewer) -> Option<Uuid> {
    viewer.user().and_then(|u| u.organisation_id)
}

/// In what capacity the viewer acts on `note`.
pub(super) fn capacity(viewer: &Viewer, note: &NoteRow) -> Capacity {
    Capacity {
        author: viewer.user().is_some_and(|u| u.id == note.author_id),
        reviewer: viewer.is_staff(),
    }
}

/// Whether the viewer may see `note`: its author always; staff once it has been submitted; anyone
/// whose visibility allows once it is published, at its effective visibility (never wider than
/// its session's, consultation's and series'). Anyone else gets 404.
fn may_see(viewer: &Viewer, note: &NoteRow) -> bool {
    let who = capacity(viewer, note);
    who.author
        || (who.reviewer && note.status != NoteStatus::Draft)
        || (note.status == NoteStatus::Published && viewer.can_see(note.effective_visibility))
}

/// The note, if the viewer may see it; 404 otherwise.
pub(crate) async fn visible_note(
    pool: &PgPool,
    viewer: &Viewer,
    id: Uuid,
) -> Result<NoteRow, AppError> {
    queries::find(pool, id)
        .await?
        .filter(|n| may_see(viewer, n))
        .ok_or(AppError::NotFound)
}

impl NoteInput {
    fn from_pairs(p: &Pairs) -> Self {
        let mut statements = Vec::new();
        for i in 0..400 {
            let body = p.text(&format!("s{i}_body")).trim().to_owned();
            let section = p.get(&format!("s{i}_section")).to_owned();
            if section.is_empty() && body.is_empty() {
                continue;
            }
            let Some(section) = Section::parse(&section) else {
                continue;
            };
            if body.is_empty() {
                continue;
            }
            statements.push((
                section,
                Slot {
                    index: i,
                    body,
                    non_attributed: p.checked(&format!("s{i}_na")),
                    sector: p.get(&format!("s{i}_sector")).to_owned(),
                },
            ));
        }
        Self {
            summary: p.text("summary").trim().to_owned(),
            proposed_visibility: p.get("proposed_visibility").to_owned(),
            proposed_attribution: p.get("proposed_attribution").to_owned(),
            language: p.get("language").to_owned(),
            statements,
            reason: p.get("reason").to_owned(),
            version: p.get("version").to_owned(),
            token: p.get("token").to_owned(),
        }
    }

    fn from_note(note: &NoteRow, statements: &[Statement]) -> Self {
        Self {
            summary: note.summary.clone(),
            proposed_visibility: note.proposed_visibility.value().to_owned(),
            proposed_attribution: note.proposed_attribution.value().to_owned(),
            language: note.language.value().to_owned(),
            statements: statements
                .iter()
                .map(|s| {
                    (
                        s.section,
                        Slot {
                            index: 0,
                            body: s.body.clone(),
                            non_attributed: s.non_attributed,
                            sector: s
                                .speaker_sector
                                .map(|k| k.value().to_owned())
                                .unwrap_or_default(),
                        },
                    )
                })
                .collect(),
            reason: String::new(),
            version: note.version.to_string(),
            token: String::new(),
        }
    }

    /// The note's content, or the messages for what is wrong.
    fn parse(&self, correction: bool) -> Result<Content, FieldErrors> {
        let mut errors = FieldErrors::default();
        let chars = self.summary.chars().count()
            + self
                .statements
                .iter()
                .map(|(_, s)| s.body.chars().count())
                .sum::<usize>();
        if chars > MAX_CHARS {
            errors.add("summary", t!("note-too-long", chars = chars));
        }
        if self.summary.is_empty() && self.statements.is_empty() {
            errors.add("summary", t!("note-empty"));
        }
        let proposed = Visibility::parse(&self.proposed_visibility);
        if proposed.is_none() {
            errors.add("proposed_visibility", t!("note-choose-visibility"));
        }
        // Not sent at all (a form from before the choice existed): the default, organisation only.
        let attribution = if self.proposed_attribution.trim().is_empty() {
            Some(Attribution::DEFAULT)
        } else {
            Attribution::parse(&self.proposed_attribution)
        };
        if attribution.is_none() {
            errors.add("proposed_attribution", t!("note-choose-attribution"));
        }
        let language = crate::web::form::parse_language(&self.language, &mut errors);
        let mut statements = Vec::new();
        for (section, slot) in &self.statements {
            let speaker_sector = match slot.sector.as_str() {
                "" => None,
                v => match OrganisationKind::parse(v) {
                    Some(k) => Some(k),
                    None => {
                        errors.add("summary", t!("note-choose-sector"));
                        None
                    }
                },
            };
            statements.push(Statement {
                section: *section,
                body: slot.body.clone(),
                non_attributed: slot.non_attributed,
                speaker_sector,
            });
        }
        if correction && self.reason.is_empty() {
            errors.add("reason", t!("note-say-why-corrected"));
        }
        match (proposed, attribution, language) {
            (Some(proposed_visibility), Some(proposed_attribution), Some(language))
                if errors.is_empty() =>
            {
                Ok(Content {
                    summary: self.summary.clone(),
                    statements,
                    proposed_visibility,
                    proposed_attribution,
                    language,
                })
            }
            _ => Err(errors),
        }
    }
}

#[expect(clippy::too_many_arguments, reason = "the pieces of one page")]
fn form_page(
    state: &AppState,
    ctx: PageContext,
    session: SessionContext,
    note_id: Option<Uuid>,
    input: NoteInput,
    errors: FieldErrors,
    correction: bool,
    conflict: bool,
) -> NoteFormPage {
    NoteFormPage {
        ctx,
        session,
        note_id,
        input,
        errors,
        correction,
        conflict,
        autosave_seconds: state.config.note_autosave_seconds,
        reviewer_comment: String::new(),
    }
}

/// The reviewer's comment on a returned note, for its edit form.
fn comment_for_author(note: &NoteRow) -> String {
    if note.status == NoteStatus::Returned {
        note.reviewer_comment.clone()
    } else {
        String::new()
    }
}

/// `GET /sessions/{id}/notes/new`.
pub async fn new_note_form(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(session): Path<Uuid>,
) -> Result<Response, AppError> {
    let session = writable_session(&state.pool, &ctx.viewer, session).await?;
    let input = NoteInput {
        proposed_visibility: "members".to_owned(),
        proposed_attribution: Attribution::DEFAULT.value().to_owned(),
        token: new_token(),
        ..NoteInput::default()
    };
    Ok(render(
        &form_page(
            &state,
            ctx,
            session,
            None,
            input,
            FieldErrors::default(),
            false,
            false,
        ),
        StatusCode::OK,
    ))
}

/// `POST /sessions/{id}/notes`: a new draft (or submitted at once).
pub async fn create_note(
    State(state): State<AppState>,
    ctx: PageContext,
    SignedIn(user): SignedIn,
    Path(session): Path<Uuid>,
    RequestId(request_id): RequestId,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let pairs = Pairs(pairs);
    let submit = pairs.get("action") == "submit";
    let input = NoteInput::from_pairs(&pairs);
    let content = match input.parse(false) {
        Ok(content) => content,
        Err(errors) => {
            let session = writable_session(&state.pool, &ctx.viewer, session).await?;
            let page = form_page(&state, ctx, session, None, input, errors, false, false);
            return Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY));
        }
    };
    let token = parse_token(&input.token)?;
    let id = Uuid::new_v4();
    // "Save and submit" keeps a draft and then asks the author to check how the note will be
    // attributed and who may read it, before it goes to the reviewers.
    let status = NoteStatus::Draft;
    // Note bodies stay out of the audit log (they are in the revisions); the entry says what.
    let entry = Entry::new("note.create", "note", id)
        .by(user.id)
        .request(&request_id)
        .after(json!({ "status": status, "session_id": session }));
    // Who may write is checked in the statement itself (the session is live, and the writer is
    // staff or of an organisation that took part), so that a submission costs one statement.
    let now = state.clock.now();
    let (written, host) = queries::insert_note(
        &state.pool,
        &queries::NewNote {
            id,
            token,
            session_id: session,
            author_id: user.id,
            writer_is_staff: ctx.viewer.is_staff(),
            writer_organisation: match user.role {
                Role::Partner => user.organisation_id,
                _ => None,
            },
            writer_levels: &ctx.viewer.visible_levels(),
            organisation_id: user.organisation_id,
            status,
            content: &content,
            now,
            audit: &entry,
        },
    )
    .await?;
    if !written {
        // This form was sent before (show what it made), or the viewer may not write here.
        return match claimed_record(&state.pool, token).await? {
            Some(record) => Ok(see_other(&record.map_or("/my/notes".to_owned(), |id| {
                if submit {
                    format!("/notes/{id}/submit")
                } else {
                    format!("/notes/{id}")
                }
            }))),
            None => Err(AppError::NotFound),
        };
    }
    let saved = Notice::at(Message::DraftSaved, now, member_states::zone(&host));
    if submit {
        return Ok(see_other_with(&format!("/notes/{id}/submit"), saved));
    }
    Ok(see_other_with(&format!("/notes/{id}"), saved))
}

/// The session `id`, if it is live and the viewer may write notes about it; else 404.
async fn writable_session(
    pool: &PgPool,
    viewer: &Viewer,
    id: Uuid,
) -> Result<SessionContext, AppError> {
    let session =
        queries::session_context(pool, id, organisation_of(viewer), &viewer.visible_levels())
            .await?
            .ok_or(AppError::NotFound)?;
    if may_write(viewer, &session) {
        Ok(session)
    } else {
        Err(AppError::NotFound)
    }
}

/// `GET /notes/{id}`.
pub async fn show_note(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(id): Path<Uuid>,
    Query(reading): Query<crate::web::translation::ReadingQuery>,
) -> Result<Response, AppError> {
    let note = visible_note(&state.pool, &ctx.viewer, id).await?;
    Ok(render(
        &note_page(
            &state.pool,
            ctx,
            note,
            FieldErrors::default(),
            reading.original(),
        )
        .await?,
        StatusCode::OK,
    ))
}

pub(super) async fn note_page(
    pool: &PgPool,
    ctx: PageContext,
    note: NoteRow,
    errors: FieldErrors,
    wants_original: bool,
) -> Result<NotePage, AppError> {
    let statements = queries::statements(pool, note.id).await?;
    // Only a published note is translated.
    let translations = if note.status == NoteStatus::Published {
        super::translations::available(pool, note.id).await?
    } else {
        Vec::new()
    };
    let reading =
        crate::web::translation::Reading::choose(note.language, translations, wants_original);
    let who = capacity(&ctx.viewer, &note);
    let allowed = |action| lifecycle::next(note.status, action, who).is_ok();
    // Readers see the byline the note is (or will be) published with; its author and staff also
    // see who wrote it and what the author chose.
    let byline = byline(&note);
    let written_by = if who.author || who.reviewer {
        written_by(&note)
    } else {
        String::new()
    };
    let findings: Vec<(Uuid, String, String)> =
        queries::findings_from(pool, note.id, &ctx.viewer.visible_levels()).await?;
    let visible_to = crate::web::visible_to::for_staff(
        pool,
        ctx.viewer.is_staff(),
        crate::web::visible_to::Record::Note,
        note.id,
    )
    .await?;
    let mut sections = if who.author || who.reviewer {
        sections_for_insiders(&statements)
    } else {
        sections_of(&statements)
    };
    let (mut summary, mut summary_lang) = (note.summary.clone(), note.language.value());
    for view in sections.iter_mut().flat_map(|s| s.statements.iter_mut()) {
        view.lang = note.language.value();
    }
    if let Some(shown) = &reading.shown {
        let into = shown.language;
        if let Some(t) = super::translations::stored(pool, note.id, into).await?
            && !t.text.is_empty()
        {
            (summary, summary_lang) = (t.text, into.value());
        }
        // In the order of the statements, so a view's index finds its translation.
        let translated = super::translations::statements(pool, note.id, into).await?;
        for view in sections.iter_mut().flat_map(|s| s.statements.iter_mut()) {
            if let Some((_, _, body)) = translated.get(view.index)
                && !body.is_empty()
            {
                view.body.clone_from(body);
                view.lang = into.value();
            }
        }
    }
    Ok(NotePage {
        visible_to,
        findings,
        reading,
        summary,
        summary_lang,
        sections,
        byline,
        written_by,
        can_edit: allowed(Action::Save),
        can_submit: allowed(Action::Submit),
        can_withdraw: allowed(Action::Withdraw),
        can_restore: allowed(Action::Restore),
        can_review: allowed(Action::Publish),
        can_correct: allowed(Action::Correct),
        errors,
        ctx,
        note,
    })
}

/// `GET /notes/{id}/edit`: the author revises a draft or returned note; staff correct a
/// published one.
pub async fn edit_note_form(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(id): Path<Uuid>,
) -> Result<Response, AppError> {
    let note = visible_note(&state.pool, &ctx.viewer, id).await?;
    let who = capacity(&ctx.viewer, &note);
    let correction = lifecycle::next(note.status, Action::Correct, who).is_ok();
    if !correction && lifecycle::next(note.status, Action::Save, who).is_err() {
        return Ok(see_other(&format!("/notes/{id}")));
    }
    let session = queries::session_context(
        &state.pool,
        note.session_id,
        organisation_of(&ctx.viewer),
        &ctx.viewer.visible_levels(),
    )
    .await?
    .ok_or(AppError::NotFound)?;
    let statements = queries::statements(&state.pool, id).await?;
    let input = NoteInput::from_note(&note, &statements);
    let mut page = form_page(
        &state,
        ctx,
        session,
        Some(id),
        input,
        FieldErrors::default(),
        correction,
        false,
    );
    page.reviewer_comment = comment_for_author(&note);
    Ok(render(&page, StatusCode::OK))
}

/// `POST /notes/{id}`: saves (and submits, when asked), or corrects a published note.
pub async fn update_note(
    State(state): State<AppState>,
    ctx: PageContext,
    SignedIn(user): SignedIn,
    Path(id): Path<Uuid>,
    RequestId(request_id): RequestId,
    headers: axum::http::HeaderMap,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let note = visible_note(&state.pool, &ctx.viewer, id).await?;
    let who = capacity(&ctx.viewer, &note);
    let pairs = Pairs(pairs);
    let correction = note.status == NoteStatus::Published;
    // "Save and submit" saves, then asks the author to check the attribution before submitting.
    let then_confirm = !correction && pairs.get("action") == "submit";
    let action = if correction {
        Action::Correct
    } else {
        Action::Save
    };
    let session = queries::session_context(
        &state.pool,
        note.session_id,
        organisation_of(&ctx.viewer),
        &ctx.viewer.visible_levels(),
    )
    .await?
    .ok_or(AppError::NotFound)?;
    let mut input = NoteInput::from_pairs(&pairs);
    if correction {
        // The attribution is the author's choice; a correction does not change it.
        input.proposed_attribution = note.proposed_attribution.value().to_owned();
    }
    let next = match lifecycle::next(note.status, action, who) {
        Ok(next) => next,
        Err(refused) => {
            let mut errors = FieldErrors::default();
            errors.add("summary", refused.0);
            let page = form_page(
                &state,
                ctx,
                session,
                Some(id),
                input,
                errors,
                correction,
                false,
            );
            return Ok(render(&page, StatusCode::CONFLICT));
        }
    };
    let content = match input.parse(correction) {
        Ok(content) => content,
        Err(errors) => {
            let mut page = form_page(
                &state,
                ctx,
                session,
                Some(id),
                input,
                errors,
                correction,
                false,
            );
            page.reviewer_comment = comment_for_author(&note);
            return Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY));
        }
    };
    let version = form_version(&input.version)?;
    let now = state.clock.now();
    let update = async |db: &mut sqlx::PgConnection| {
        if !queries::save(&mut *db, id, version, &content, next, now).await? {
            return Ok(Ok(false));
        }
        queries::write_statements(&mut *db, id, &content).await?;
        queries::add_revision(db, id, next, &content, user.id, &input.reason).await?;
        Ok(Ok(true))
    };
    let name = match action {
        Action::Correct => "note.correct",
        _ => "note.save",
    };
    let entry = Entry::new(name, "note", id)
        .request(&request_id)
        .before(json!({ "status": note.status, "version": version }))
        .after(json!({ "status": next, "reason": input.reason }));
    let conflict = async || {
        let current = queries::find(&state.pool, id)
            .await?
            .ok_or(AppError::NotFound)?;
        let mut input = input.clone();
        input.version = current.version.to_string();
        let page = form_page(
            &state,
            ctx.clone(),
            session.clone(),
            Some(id),
            input,
            FieldErrors::default(),
            correction,
            true,
        );
        Ok(render(&page, StatusCode::CONFLICT))
    };
    let done = if crate::web::autosave::requested(&headers) {
        // The page's script saved it: it needs the new version, not a page.
        crate::web::autosave::saved(i64::from(version) + 1)
    } else {
        let notice = if correction {
            Notice::new(Message::NoteCorrected)
        } else {
            Notice::at(
                Message::DraftSaved,
                now,
                member_states::zone(&session.host_state_code),
            )
        };
        if then_confirm {
            see_other_with(&format!("/notes/{id}/submit"), notice)
        } else {
            see_other_with(&format!("/notes/{id}"), notice)
        }
    };
    let errors =
        match write::update_versioned(&state.pool, Some(user.id), update, entry, conflict, done)
            .await?
        {
            Ok(done) => return Ok(done),
            Err(errors) => errors,
        };
    let page = form_page(
        &state,
        ctx,
        session,
        Some(id),
        input,
        errors,
        correction,
        false,
    );
    Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY))
}
