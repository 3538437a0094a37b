//! Self-assessment rounds: staff open and close them; officials and partners see those of their
//! state. What is asked of each side (the rules of who reads and fills in what) is here too.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::json;
use uuid::Uuid;

use super::queries::{self, Rating, Round};
use super::views::{RoundLine, RoundsPage};
use super::{Answer, AssessmentStatus, AssessorKind, RoundStatus};
use crate::AppError;
use crate::audit::{self, Entry};
use crate::auth::{Role, Viewer};
use crate::frameworks::queries::{CommitmentRow, chapters, commitments};
use crate::state::AppState;
use crate::web::extract::{Path, RequestId};
use crate::web::form::{FieldErrors, Form, Pairs};
use crate::web::{Message, PageContext, render, see_other_with};

/// Which side of `state`'s assessments the viewer fills in, if any.
pub(super) async fn side_of(
    pool: &sqlx::PgPool,
    viewer: &Viewer,
    state: &str,
) -> Result<Option<AssessorKind>, AppError> {
    let Some(user) = viewer.user() else {
        return Ok(None);
    };
    Ok(
        match (user.role, &user.member_state_code, user.organisation_id) {
            (Role::Official, Some(code), _) if code == state => Some(AssessorKind::Government),
            (Role::Partner, _, Some(org)) => {
                let org_state = queries::organisation_state(pool, org).await?;
                (org_state.as_deref() == Some(state)).then_some(AssessorKind::CivilSociety)
            }
            _ => None,
        },
    )
}

/// Whether the viewer may read an assessment: staff; its own side, draft or not; once it is
/// submitted, whoever the one rule lets read it ([`queries::Reader::may_read_submitted`]: the
/// other side of the same state, anyone the round's visibility allows).
pub(super) async fn may_read(
    pool: &sqlx::PgPool,
    viewer: &Viewer,
    round: &Round,
    kind: AssessorKind,
    status: AssessmentStatus,
) -> Result<bool, AppError> {
    if viewer.is_staff() {
        return Ok(true);
    }
    let side = side_of(pool, viewer, &round.state_code).await?;
    Ok(side == Some(kind)
        || (status == AssessmentStatus::Submitted
            && queries::reader(pool, viewer)
                .await?
                .may_read_submitted(round)))
}

/// Whether a round's comparison shows anything to `reader`: a side submitted that the one
/// rule lets them read (staff may open every comparison).
pub(super) fn comparable(reader: &queries::Reader, round: &Round) -> bool {
    reader.may_read_submitted(round)
        && (round.government_status == AssessmentStatus::Submitted
            || round.civil_society_status == AssessmentStatus::Submitted)
}

/// The rounds the viewer takes part in or may read, each with what they may open.
async fn round_lines(state: &AppState, viewer: &Viewer) -> Result<Vec<RoundLine>, AppError> {
    let mut rounds = Vec::new();
    for r in queries::rounds(&state.pool).await? {
        if viewer.is_staff()
            || side_of(&state.pool, viewer, &r.state_code).await?.is_some()
            || viewer.can_see(r.visibility)
        {
            // Each side is a link only for a reader who may open it.
            let government = may_read(
                &state.pool,
                viewer,
                &r,
                AssessorKind::Government,
                r.government_status,
            )
            .await?;
            let civil_society = may_read(
                &state.pool,
                viewer,
                &r,
                AssessorKind::CivilSociety,
                r.civil_society_status,
            )
            .await?;
            let reader = queries::reader(&state.pool, viewer).await?;
            let compare = viewer.is_staff()
                || reader.own_state.as_deref() == Some(r.state_code.as_str())
                || comparable(&reader, &r);
            rounds.push(RoundLine {
                round: r,
                government,
                civil_society,
                compare,
            });
        }
    }
    Ok(rounds)
}

/// `GET /assessments`: the rounds the viewer takes part in (staff: all, and a form for a new one).
pub async fn list_rounds(
    State(state): State<AppState>,
    ctx: PageContext,
) -> Result<Response, AppError> {
    let rounds = round_lines(&state, &ctx.viewer).await?;
    let states = crate::member_states::queries::list_named(&state.pool).await?;
    Ok(render(
        &RoundsPage {
            ctx,
            rounds,
            states,
            errors: FieldErrors::default(),
            cycle: String::new(),
            state: String::new(),
        },
        StatusCode::OK,
    ))
}

/// `POST /assessments/rounds`: staff open a round for a state and a cycle.
pub async fn create_round(
    State(state): State<AppState>,
    ctx: PageContext,
    RequestId(request_id): RequestId,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let p = Pairs(pairs);
    let code = p.get("state").to_ascii_uppercase();
    let cycle = p.get("cycle").to_owned();
    let states = crate::member_states::queries::list_named(&state.pool).await?;
    let mut errors = FieldErrors::default();
    if !states.iter().any(|s| s.code == code) {
        errors.add("state", "Choose a Member State.");
    }
    if cycle.is_empty() || cycle.chars().count() > 40 {
        errors.add("cycle", "Name the cycle: a year (2024) or a period.");
    }
    let framework: Option<(Uuid, Option<Uuid>)> =
        sqlx::query_as("SELECT id, rating_scale_id FROM framework ORDER BY adopted_on LIMIT 1")
            .fetch_optional(&state.pool)
            .await?;
    let Some((framework, Some(scale))) = framework.filter(|_| errors.is_empty()) else {
        if errors.is_empty() {
            errors.add("state", "No framework with a rating scale is recorded.");
        }
        let rounds = round_lines(&state, &ctx.viewer).await?;
        return Ok(render(
            &RoundsPage {
                ctx,
                rounds,
                states,
                errors,
                cycle,
                state: code,
            },
            StatusCode::UNPROCESSABLE_ENTITY,
        ));
    };
    let mut tx = state.pool.begin().await?;
    let id = match queries::create_round(&mut tx, framework, &code, &cycle, scale).await {
        Ok(id) => id,
        Err(err)
            if crate::web::form::violates(
                &err,
                "assessment_round_framework_id_member_state_code_cycle_key",
            ) =>
        {
            drop(tx);
            errors.add("cycle", "This state already has a round for this cycle.");
            let rounds = round_lines(&state, &ctx.viewer).await?;
            return Ok(render(
                &RoundsPage {
                    ctx,
                    rounds,
                    states,
                    errors,
                    cycle,
                    state: code,
                },
                StatusCode::UNPROCESSABLE_ENTITY,
            ));
        }
        Err(err) => return Err(err.into()),
    };
    let mut entry = Entry::new("assessment_round.create", "assessment_round", id)
        .request(&request_id)
        .after(json!({ "state": code, "cycle": cycle }));
    entry.actor_id = ctx.viewer.actor_id();
    audit::record(&mut *tx, &entry).await?;
    tx.commit().await?;
    Ok(see_other_with("/assessments", Message::RoundOpened))
}

/// `POST /assessments/rounds/{id}`: staff open or close a round, and decide who may read its
/// submitted assessments and comparison (staff only, members, or the public).
pub async fn update_round(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(id): Path<Uuid>,
    RequestId(request_id): RequestId,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let round = queries::round(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let p = Pairs(pairs);
    let status = match RoundStatus::parse(p.get("status")) {
        Some(status @ (RoundStatus::Open | RoundStatus::Closed)) => status,
        _ => {
            return Err(AppError::BadRequest(
                "A round is open or closed.".to_owned(),
            ));
        }
    };
    let visibility = crate::auth::Visibility::parse(p.get("visibility"))
        .ok_or_else(|| AppError::BadRequest(t!("bad-round-readers")))?;
    let mut tx = state.pool.begin().await?;
    sqlx::query(
        "UPDATE assessment_round SET status = $2, visibility = $3, version = version + 1,
                updated_at = now() WHERE id = $1",
    )
    .bind(id)
    .bind(status)
    .bind(visibility)
    .execute(&mut *tx)
    .await?;
    let mut entry = Entry::new("assessment_round.update", "assessment_round", id)
        .request(&request_id)
        .before(json!({ "status": round.status, "visibility": round.visibility }))
        .after(json!({ "status": status, "visibility": visibility }));
    entry.actor_id = ctx.viewer.actor_id();
    audit::record(&mut *tx, &entry).await?;
    tx.commit().await?;
    Ok(see_other_with("/assessments", Message::RoundSaved))
}

pub(super) fn as_pair(r: Option<&Rating>) -> Option<(Answer, Option<i16>)> {
    r.map(|r| (r.answer, r.rating))
}

/// The framework's provisions by chapter.
pub(super) async fn provisions(
    pool: &sqlx::PgPool,
    framework: Uuid,
) -> Result<Vec<(i16, String, Vec<CommitmentRow>)>, AppError> {
    let all = commitments(pool, framework).await?;
    let mut out = Vec::new();
    for ch in chapters(pool, framework).await? {
        let own: Vec<CommitmentRow> = all
            .iter()
            .filter(|c| c.chapter_number == ch.number)
            .cloned()
            .collect();
        if !own.is_empty() {
            out.push((ch.number, ch.title, own));
        }
    }
    Ok(out)
}
