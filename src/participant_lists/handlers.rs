//! Uploading a participant list, its dry run, and writing it.

use std::collections::{HashMap, HashSet};

use axum::extract::{Multipart, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde_json::json;
use uuid::Uuid;

use super::parse::{self, Row};
use super::queries::{self, ReadyRow};
use super::views::{Fix, ProblemRow, ProblemsPage, SampleRow, StatusPage, Totals, UploadPage};
use crate::AppError;
use crate::audit::{self, Entry};
use crate::consultations;
use crate::people::Sex;
use crate::state::AppState;
use crate::web::extract::{Path, RequestId};
use crate::web::{Message, Notice, PageContext, render, see_other_with};

/// Rows written between two progress reports.
const CHUNK: usize = 1_000;

/// Kept for an import whose writing stopped (its server went away mid-way): the catalogue's
/// message, which [`failure_in_words`] reads in the reader's language.
const STALLED: &str = "list-failed-stalled";

/// Why an import failed, as stored (a catalogue message's id, with its count after a colon),
/// in the reader's language; text stored before failures were kept as ids, as it was.
pub fn failure_in_words(stored: &str) -> String {
    match stored.split_once(':') {
        Some(("list-failed-recorded-meanwhile", n)) => t!(
            "list-failed-recorded-meanwhile",
            count = n.parse::<i64>().unwrap_or(0)
        ),
        _ => match stored {
            "list-failed-stalled" => t!("list-failed-stalled"),
            "list-failed-write" => t!("list-failed-write"),
            other => other.to_owned(),
        },
    }
}

async fn consultation(
    state: &AppState,
    slug: &str,
) -> Result<consultations::queries::EditRow, AppError> {
    consultations::queries::edit_row(&state.pool, slug)
        .await?
        .ok_or(AppError::NotFound)
}

/// `GET /consultations/{slug}/participants/import`.
pub async fn upload_form(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let c = consultation(&state, &slug).await?;
    Ok(render(
        &UploadPage {
            ctx,
            slug,
            title: c.title,
            file_error: String::new(),
        },
        StatusCode::OK,
    ))
}

/// `POST /consultations/{slug}/participants/import`: the dry run. Nothing is written to the
/// participants until a clean list is committed.
pub async fn upload(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(slug): Path<String>,
    multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> Result<Response, AppError> {
    let c = consultation(&state, &slug).await?;
    let mut multipart = multipart.map_err(|_| AppError::BadRequest(t!("bad-list-upload")))?;
    let refuse = |ctx: PageContext, message: String, status: StatusCode| {
        render(
            &UploadPage {
                ctx,
                slug: slug.clone(),
                title: c.title.clone(),
                file_error: message,
            },
            status,
        )
    };
    // A body that stopped coming is a 408; one that is not a well-formed upload (a broken
    // chunked encoding, say, which axum calls a server error) is the client's: a 400.
    let unreadable = |ctx: PageContext, err: axum::extract::multipart::MultipartError| {
        if crate::web::extract::body_timed_out(&err) {
            return Err(AppError::RequestTimeout);
        }
        let status = match err.status() {
            status if status.is_server_error() => StatusCode::BAD_REQUEST,
            status => status,
        };
        Ok(refuse(
            ctx,
            t!("list-upload-unreadable", why = err.body_text()),
            status,
        ))
    };
    let mut file: Option<(String, Vec<u8>)> = None;
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) if field.name() == Some("file") => {
                // Kept and shown: without control characters (a null cannot be stored).
                let name: String = field
                    .file_name()
                    .unwrap_or_default()
                    .chars()
                    .filter(|c| !c.is_control())
                    .take(200)
                    .collect();
                match field.bytes().await {
                    Ok(bytes) => file = Some((name, bytes.to_vec())),
                    Err(err) => return unreadable(ctx, err),
                }
            }
            Ok(Some(_)) => {}
            Ok(None) => break,
            Err(err) => return unreadable(ctx, err),
        }
    }
    let Some((file_name, bytes)) = file.filter(|(_, b)| !b.is_empty()) else {
        return Ok(refuse(
            ctx,
            t!("list-choose-file"),
            StatusCode::UNPROCESSABLE_ENTITY,
        ));
    };
    match check(&state, &c, &bytes).await? {
        Err(message) => Ok(refuse(ctx, message, StatusCode::UNPROCESSABLE_ENTITY)),
        Ok(Checked::Problems(found)) => {
            let mut tx = state.pool.begin().await?;
            let kept =
                queries::keep_upload(&mut tx, c.id, ctx.viewer.actor_id(), &file_name, &bytes)
                    .await?;
            tx.commit().await?;
            let page = problems_page(ctx, slug, c.title, file_name, kept, found);
            Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY))
        }
        Ok(Checked::Ready(ready)) => {
            let id =
                queries::save(&state.pool, c.id, ctx.viewer.actor_id(), &file_name, &ready).await?;
            Ok(see_other_with(
                &format!("/consultations/{slug}/participants/import/{id}"),
                Notice::count(
                    Message::ParticipantListChecked,
                    u32::try_from(ready.len()).unwrap_or(u32::MAX),
                ),
            ))
        }
    }
}

/// What the dry run found: rows with problems, or every row ready.
enum Checked {
    Problems(Found),
    Ready(Vec<ReadyRow>),
}

/// The rows of a list with problems, and what would fix them.
struct Found {
    rows_read: usize,
    good_rows: usize,
    problems: Vec<ProblemRow>,
    blank_lines: Vec<usize>,
    /// Organisation names no organisation has, each with the closest one (name, slug).
    unknown: Vec<(String, Option<(String, String)>)>,
}

/// The dry run of a file: `Err` with the message for a file that cannot be read at all.
async fn check(
    state: &AppState,
    c: &consultations::queries::EditRow,
    bytes: &[u8],
) -> Result<Result<Checked, String>, AppError> {
    let sheet = match parse::read(bytes) {
        Ok(sheet) => sheet,
        Err(err) => return Ok(Err(err.message())),
    };
    let mut rows = sheet.rows;
    let texts: Vec<String> = rows
        .iter()
        .map(|r| r.organisation.clone())
        .filter(|t| !t.is_empty())
        .collect::<HashSet<_>>()
        .into_iter()
        .collect();
    let matched = queries::match_organisations(&state.pool, &texts).await?;
    let mut unknown: Vec<String> = texts
        .iter()
        .filter(|t| !matched.contains_key(*t))
        .cloned()
        .collect();
    unknown.sort_by_key(|t| t.to_lowercase());
    let suggestions = queries::suggestions(&state.pool, &unknown).await?;
    let slugs = queries::suggested_slugs(
        &state.pool,
        &suggestions.values().cloned().collect::<Vec<_>>(),
    )
    .await?;
    let recorded: HashSet<(String, Uuid)> = queries::recorded_people(&state.pool, c.id)
        .await?
        .into_iter()
        .collect();
    for row in &mut rows {
        if row.organisation.is_empty() {
            continue;
        }
        match matched.get(&row.organisation) {
            None => row.problems.push(match suggestions.get(&row.organisation) {
                Some(close) => t!(
                    "list-no-organisation-close",
                    name = format!("{:?}", row.organisation),
                    close = format!("{close:?}")
                ),
                None => t!(
                    "list-no-organisation",
                    name = format!("{:?}", row.organisation)
                ),
            }),
            Some((id, _)) if recorded.contains(&(row.name.to_lowercase(), *id)) => {
                row.problems.push(t!("list-already-recorded"))
            }
            Some(_) => {}
        }
    }
    mark_duplicates_by_organisation(&mut rows, &matched);
    let with_problems: Vec<&Row> = rows.iter().filter(|r| !r.problems.is_empty()).collect();
    if !with_problems.is_empty() || rows.is_empty() {
        let unknown = unknown
            .into_iter()
            .map(|text| {
                let close = suggestions
                    .get(&text)
                    .and_then(|name| slugs.get(name).map(|slug| (name.clone(), slug.clone())));
                (text, close)
            })
            .collect();
        return Ok(Ok(Checked::Problems(Found {
            rows_read: rows.len(),
            good_rows: rows.len() - with_problems.len(),
            problems: with_problems
                .into_iter()
                .map(|r| ProblemRow {
                    line: r.line,
                    name: r.name.clone(),
                    organisation: r.organisation.clone(),
                    problems: r.problems.clone(),
                })
                .collect(),
            blank_lines: sheet.blank_lines,
            unknown,
        })));
    }
    Ok(Ok(Checked::Ready(
        rows.iter()
            .filter_map(|r| {
                matched
                    .get(&r.organisation)
                    .and_then(|(id, _)| ReadyRow::from_row(r, *id))
            })
            .collect(),
    )))
}

fn problems_page(
    ctx: PageContext,
    slug: String,
    title: String,
    file_name: String,
    kept: Uuid,
    found: Found,
) -> ProblemsPage {
    let again = format!("/consultations/{slug}/participants/import/uploads/{kept}");
    let then = crate::web::urlencode(&again);
    let fixes = found
        .unknown
        .into_iter()
        .map(|(text, close)| Fix {
            add: format!(
                "/organisations/new?name={}&then={then}",
                crate::web::urlencode(&text)
            ),
            alias: close.map(|(name, org)| {
                (
                    name,
                    format!(
                        "/organisations/{org}/edit?add_alias={}&then={then}",
                        crate::web::urlencode(&text)
                    ),
                )
            }),
            text,
        })
        .collect();
    ProblemsPage {
        ctx,
        slug,
        title,
        file_name,
        rows_read: found.rows_read,
        good_rows: found.good_rows,
        problems: found.problems,
        blank_lines: found.blank_lines,
        fixes,
        again,
        kept_hours: queries::KEPT_HOURS,
    }
}

/// The kept list `upload` of the consultation, or a 404 that says what to do.
async fn kept(
    state: &AppState,
    consultation: Uuid,
    upload: Uuid,
) -> Result<(String, Vec<u8>), AppError> {
    queries::kept_upload(&state.pool, consultation, upload)
        .await?
        .ok_or_else(|| AppError::NotFoundBecause(t!("list-not-kept", hours = queries::KEPT_HOURS)))
}

/// `GET /consultations/{slug}/participants/import/uploads/{upload}`: the kept list checked
/// again (nothing is written), with a button to check it for recording.
pub async fn kept_list(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((slug, upload)): Path<(String, Uuid)>,
) -> Result<Response, AppError> {
    let c = consultation(&state, &slug).await?;
    let (file_name, bytes) = kept(&state, c.id, upload).await?;
    let found = match check(&state, &c, &bytes).await? {
        Err(message) => return Err(AppError::BadRequest(message)),
        Ok(Checked::Problems(found)) => found,
        Ok(Checked::Ready(ready)) => Found {
            rows_read: ready.len(),
            good_rows: ready.len(),
            problems: Vec::new(),
            blank_lines: Vec::new(),
            unknown: Vec::new(),
        },
    };
    let page = problems_page(ctx, slug, c.title, file_name, upload, found);
    Ok(render(&page, StatusCode::OK))
}

/// `POST /consultations/{slug}/participants/import/uploads/{upload}`: the kept list's dry run
/// again, as if uploaded once more.
pub async fn check_kept_list(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((slug, upload)): Path<(String, Uuid)>,
) -> Result<Response, AppError> {
    let c = consultation(&state, &slug).await?;
    let (file_name, bytes) = kept(&state, c.id, upload).await?;
    match check(&state, &c, &bytes).await? {
        Err(message) => Err(AppError::BadRequest(message)),
        Ok(Checked::Problems(found)) => {
            let page = problems_page(ctx, slug, c.title, file_name, upload, found);
            Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY))
        }
        Ok(Checked::Ready(ready)) => {
            let mut tx = state.pool.begin().await?;
            let id =
                queries::save(&mut *tx, c.id, ctx.viewer.actor_id(), &file_name, &ready).await?;
            queries::forget_upload(&mut *tx, upload).await?;
            tx.commit().await?;
            Ok(see_other_with(
                &format!("/consultations/{slug}/participants/import/{id}"),
                Notice::count(
                    Message::ParticipantListChecked,
                    u32::try_from(ready.len()).unwrap_or(u32::MAX),
                ),
            ))
        }
    }
}

/// `GET /participant-list-template.csv`: the columns an attendance sheet needs, with one
/// example row, to fill in a spreadsheet.
pub async fn template_csv() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"participant-list.csv\"",
            ),
        ],
        TEMPLATE_CSV,
    )
        .into_response()
}

/// The template: the byte-order mark Excel needs to read UTF-8, the header, one example.
pub const TEMPLATE_CSV: &str = "\u{feff}name,sex,organisation,role,title,email\r\n\
     Nguyễn Thị Hoa,female,CDI,participant,Programme Officer,hoa@example.org\r\n";

/// The same person twice at one organisation named two ways (`CDI` and `Center for
/// Development and Integration`). The same name twice is found by [`parse::read`] already.
fn mark_duplicates_by_organisation(rows: &mut [Row], matched: &HashMap<String, (Uuid, String)>) {
    let mut seen: HashMap<(String, Uuid), (usize, String)> = HashMap::new();
    for row in rows.iter_mut() {
        let Some((organisation, _)) = matched.get(&row.organisation) else {
            continue;
        };
        if row.name.is_empty() {
            continue;
        }
        let written = row.organisation.to_lowercase();
        match seen.get(&(row.name.to_lowercase(), *organisation)) {
            Some((first, as_written)) if *as_written != written && row.duplicate_of.is_none() => {
                row.duplicate_of = Some(*first);
                row.problems.push(parse::duplicate_problem(*first));
            }
            Some(_) => {}
            None => {
                seen.insert(
                    (row.name.to_lowercase(), *organisation),
                    (row.line, written),
                );
            }
        }
    }
}

/// `GET /consultations/{slug}/participants/import/{id}`: the checked list before writing, the
/// progress while writing, the outcome after.
pub async fn show_import(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((slug, id)): Path<(String, Uuid)>,
) -> Result<Response, AppError> {
    let c = consultation(&state, &slug).await?;
    let import = queries::find(&state.pool, c.id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let import = if import.status == "committing" {
        queries::give_up_if_stalled(&state.pool, id, STALLED).await?;
        queries::find(&state.pool, c.id, id)
            .await?
            .ok_or(AppError::NotFound)?
    } else {
        import
    };
    let rows = queries::rows(&state.pool, id).await?;
    let mut totals = Totals {
        people: rows.len(),
        ..Totals::default()
    };
    let mut organisations = HashSet::new();
    for r in &rows {
        match r.sex {
            Sex::Female => totals.female += 1,
            Sex::Male => totals.male += 1,
            Sex::Other | Sex::NotStated => totals.other_or_unstated += 1,
        }
        organisations.insert(r.organisation_id);
    }
    totals.organisations = organisations.len();
    let names =
        queries::organisation_names(&state.pool, &organisations.into_iter().collect::<Vec<_>>())
            .await?;
    let sample = rows
        .iter()
        .take(50)
        .map(|r| SampleRow {
            line: r.line,
            name: r.name.clone(),
            sex: r.sex.label(),
            organisation: names.get(&r.organisation_id).cloned().unwrap_or_default(),
            role: r.role.label(),
        })
        .collect();
    Ok(render(
        &StatusPage {
            ctx,
            slug,
            title: c.title,
            import,
            totals,
            sample,
        },
        StatusCode::OK,
    ))
}

/// `POST /consultations/{slug}/participants/import/{id}`: writes every row in one
/// transaction, or none; a second click changes nothing.
pub async fn commit_import(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((slug, id)): Path<(String, Uuid)>,
    RequestId(request_id): RequestId,
) -> Result<Response, AppError> {
    let c = consultation(&state, &slug).await?;
    queries::find(&state.pool, c.id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let status_page = format!("/consultations/{slug}/participants/import/{id}");
    let Some(rows) = queries::claim(&state.pool, id).await? else {
        return Ok((StatusCode::SEE_OTHER, Redirect::to(&status_page)).into_response());
    };
    let actor = ctx.viewer.actor_id();
    let pool = state.pool.clone();
    let metrics = state.metrics.clone();
    tokio::spawn(async move {
        let message = match write_all(&pool, c.id, id, &rows, actor, &request_id).await {
            Ok(()) => {
                metrics.list_imported();
                return;
            }
            Err(WriteError::AlreadyRecorded(n)) => format!("list-failed-recorded-meanwhile:{n}"),
            Err(WriteError::Database(err)) => {
                tracing::error!(error = %err, "the participant list could not be written");
                "list-failed-write".to_owned()
            }
        };
        if let Err(err) = queries::mark_failed(&pool, id, &message).await {
            tracing::error!(error = %err, "could not record the import's outcome");
        }
    });
    Ok(see_other_with(&status_page, Message::ImportStarted))
}

/// Why a checked list was not written.
#[derive(Debug, thiserror::Error)]
enum WriteError {
    #[error("{0} people are already recorded")]
    AlreadyRecorded(i64),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// Writes every row, the audit entry and the import's new status in one transaction.
async fn write_all(
    pool: &sqlx::PgPool,
    consultation: Uuid,
    id: Uuid,
    rows: &[ReadyRow],
    actor: Option<Uuid>,
    request_id: &str,
) -> Result<(), WriteError> {
    let mut tx = pool.begin().await?;
    // Checked again here, under a lock: two lists checked at the same time (or the same list
    // uploaded twice) would otherwise both pass the dry run and record the same people twice.
    queries::lock_consultation(&mut *tx, consultation).await?;
    let recorded = queries::already_recorded(&mut *tx, consultation, rows).await?;
    if recorded > 0 {
        return Err(WriteError::AlreadyRecorded(recorded));
    }
    for (n, chunk) in rows.chunks(CHUNK).enumerate() {
        queries::write_chunk(&mut tx, consultation, chunk).await?;
        // Progress goes through another connection, so that it shows while this one works.
        queries::progress(pool, id, (n * CHUNK + chunk.len()).min(rows.len())).await?;
    }
    let count = |sex: Sex| rows.iter().filter(|r| r.sex == sex).count();
    let mut entry = Entry::new("participants.import", "consultation", consultation)
        .request(request_id)
        .after(json!({
            "import": id,
            "people": rows.len(),
            "female": count(Sex::Female),
            "male": count(Sex::Male),
            "other_or_not_stated": count(Sex::Other) + count(Sex::NotStated),
        }));
    entry.actor_id = actor;
    audit::record(&mut *tx, &entry).await?;
    if !queries::mark_committed(&mut *tx, id).await? {
        // Given up as stalled meanwhile: its page says it failed, so nothing may be written.
        return Ok(());
    }
    tx.commit().await?;
    Ok(())
}
