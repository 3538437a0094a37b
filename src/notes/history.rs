//! A note's history (readers see published revisions only) and a partner's own notes.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use uuid::Uuid;

use super::handlers::{capacity, visible_note};
use super::lifecycle::NoteStatus;
use super::queries::{self, Content};
use super::views::{DiffLine, HistoryPage, NoteListPage, OutcomeView, RevisionView};
use crate::AppError;
use crate::state::AppState;
use crate::web::extract::Path;
use crate::web::{PageContext, SignedIn, render};

/// The text of a revision, line by line, for comparing. Readers of the published note see its
/// statements only as published views show them (not attributed ones say so, with the speaker's
/// sector); the author and staff also see the proposals made to the reviewers.
fn lines_of(content: &Content, for_author_or_staff: bool) -> String {
    let mut text = format!("Summary: {}\n", content.summary.replace('\n', " "));
    for s in &content.statements {
        let attribution = match (s.non_attributed, s.speaker_sector) {
            (true, Some(kind)) => format!(
                " (not attributed: a speaker from {})",
                kind.label().to_lowercase()
            ),
            (true, None) => " (not attributed)".to_owned(),
            (false, _) => String::new(),
        };
        text.push_str(&format!(
            "{}: {}{attribution}\n",
            s.section.label(),
            s.body.replace('\n', " "),
        ));
    }
    if for_author_or_staff {
        text.push_str(&format!(
            "Proposed for: {}\nAttribution chosen: {}\n",
            content.proposed_visibility.label(),
            content.proposed_attribution.label()
        ));
    }
    text
}

/// Which revisions of `note` the viewer may read: its author and staff, all of them (drafts and
/// the review exchange are between them); anyone else, only what was published (the
/// publication and staff corrections, with their reasons).
fn shown_revisions(
    revisions: Vec<queries::Revision>,
    for_author_or_staff: bool,
) -> Vec<queries::Revision> {
    revisions
        .into_iter()
        .filter(|r| for_author_or_staff || r.status == NoteStatus::Published)
        .collect()
}

/// `GET /notes/{id}/history`: the revisions the viewer may read, each compared with the one
/// before it that they may read.
pub async fn show_history(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(id): Path<Uuid>,
) -> Result<Response, AppError> {
    let note = visible_note(&state.pool, &ctx.viewer, id).await?;
    let who = capacity(&ctx.viewer, &note);
    let insider = who.author || who.reviewer;
    let revisions = shown_revisions(queries::revisions(&state.pool, id).await?, insider);
    let mut previous = String::new();
    let mut views = Vec::new();
    for (i, r) in revisions.into_iter().enumerate() {
        let text = lines_of(&r.content.0, insider);
        let diff = similar::TextDiff::from_lines(&previous, &text)
            .iter_all_changes()
            .map(|change| DiffLine {
                kind: match change.tag() {
                    similar::ChangeTag::Insert => "added",
                    similar::ChangeTag::Delete => "removed",
                    similar::ChangeTag::Equal => "same",
                },
                text: change.value().trim_end().to_owned(),
            })
            .collect();
        previous = text;
        views.push(RevisionView {
            number: if insider {
                r.number
            } else {
                i32::try_from(i + 1).unwrap_or(i32::MAX)
            },
            status: r.status,
            when: r.created_at.format("%-d %B %Y %H:%M UTC").to_string(),
            // Readers are told that HRWG published or corrected it, not by whom.
            by: if insider {
                r.author_name
            } else {
                "HRWG staff".to_owned()
            },
            // A return's reason is the reviewer's comment: for the author and staff only (and
            // readers see no returns at all).
            reason: r.reason,
            diff,
        });
    }
    views.reverse();
    Ok(render(
        &HistoryPage {
            ctx,
            note,
            revisions: views,
            complete: insider,
        },
        StatusCode::OK,
    ))
}

/// `GET /my/notes`: the user's notes, with where each stands and the reviewers' comments.
pub async fn my_notes(
    State(state): State<AppState>,
    ctx: PageContext,
    SignedIn(user): SignedIn,
) -> Result<Response, AppError> {
    let notes = queries::by_author(&state.pool, user.id).await?;
    let outcomes =
        queries::findings_from_notes_of(&state.pool, user.id, &ctx.viewer.visible_levels())
            .await?
            .into_iter()
            .map(OutcomeView::from)
            .collect();
    Ok(render(
        &NoteListPage {
            ctx,
            outcomes,
            heading: t!("nav-my-notes"),
            intro: t!("my-notes-intro"),
            total: notes.len(),
            first: 1,
            previous: None,
            next: None,
            notes,
            show_author: false,
        },
        StatusCode::OK,
    ))
}

/// `GET /my/notes.csv` and `.xlsx`: the notes one has written, as My notes lists them.
pub async fn export_my_notes(
    State(state): State<AppState>,
    format: crate::web::download::Format,
    SignedIn(user): SignedIn,
) -> Result<Response, AppError> {
    use crate::web::download::{self, Table, cells};
    let notes = queries::by_author(&state.pool, user.id).await?;
    let mut table = Table::new(
        "my-notes",
        t!("sheet-my-notes"),
        download::headings![
            ("csv-consultation", Text),
            ("csv-session", Text),
            ("csv-status", Text),
            ("csv-summary", Text),
            ("csv-reviewer-s-comment", Text),
            ("csv-visibility", Text),
            ("csv-written", Time),
            ("csv-last-changed", Time),
            ("csv-submitted", Time),
            ("csv-published", Time),
            ("csv-page", Text),
        ],
    );
    for n in notes {
        table.push(cells![
            n.consultation_title,
            n.session_title,
            n.status.label(),
            n.summary,
            n.reviewer_comment,
            n.visibility.label(),
            n.created_at,
            n.updated_at,
            n.submitted_at,
            n.published_at,
            format!("/notes/{}", n.id),
        ]);
    }
    download::send(format, state.clock.now().date_naive(), table).await
}
