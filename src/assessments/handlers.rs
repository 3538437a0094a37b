//! Self-assessment rounds: staff open them; officials fill in their state's government
//! assessment and partners from that state the civil-society one, chapter by chapter; a
//! submitted assessment is locked but for staff corrections with a reason; the two sides are
//! compared; the region is summed up.

use std::collections::HashMap;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::json;
use uuid::Uuid;

use super::queries::{self, Rating, Round};
use super::stats::{self, Summary};
use super::views::{
    AssessmentPage, Cell, ChapterForm, CompareChapter, CompareLine, ComparePage, CorrectionInput,
    ProvisionLine, RegionalPage, RegionalRow, RoundLine, RoundsPage,
};
use super::{Answer, AssessmentStatus, AssessorKind, RoundStatus};
use crate::AppError;
use crate::audit::{self, Entry};
use crate::auth::{Role, Viewer};
use crate::frameworks::queries::{CommitmentRow, chapters, commitments};
use crate::state::AppState;
use crate::web::extract::{Path, Query, RequestId};
use crate::web::form::{FieldErrors, Form, Pairs};
use crate::web::write;
use crate::web::{PageContext, render, see_other};

/// Which side of `state`'s assessments the viewer fills in, if any.
async fn side_of(
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
async fn may_read(
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
fn comparable(reader: &queries::Reader, round: &Round) -> bool {
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
    let states = crate::member_states::queries::list(&state.pool).await?;
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
    let states = crate::member_states::queries::list(&state.pool).await?;
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
    entry.actor_id = ctx.viewer.user().map(|u| u.id);
    audit::record(&mut *tx, &entry).await?;
    tx.commit().await?;
    Ok(see_other("/assessments"))
}

fn answer_value(r: Option<&Rating>) -> String {
    match r {
        Some(Rating {
            answer: Answer::Rated,
            rating: Some(n),
            ..
        }) => format!("rated:{n}"),
        Some(Rating {
            answer: answer @ (Answer::NotApplicable | Answer::NoInformation),
            ..
        }) => answer.value().to_owned(),
        _ => String::new(),
    }
}

fn as_pair(r: Option<&Rating>) -> Option<(Answer, Option<i16>)> {
    r.map(|r| (r.answer, r.rating))
}

/// The framework's provisions by chapter.
async fn provisions(
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

/// What a form sent, to show again instead of what is stored: the answers form (after a
/// mistake or a conflict), messages beside provisions, the correction form.
#[derive(Default)]
struct Typed {
    answers: Option<Pairs>,
    provision_errors: HashMap<Uuid, String>,
    correction: CorrectionInput,
    /// The version the form carries from now on (after a conflict: the current one).
    version: Option<i32>,
}

async fn assessment_page(
    state: &AppState,
    ctx: PageContext,
    id: Uuid,
    errors: FieldErrors,
    notice: String,
    typed: Typed,
) -> Result<AssessmentPage, AppError> {
    let (round, kind, status) = queries::round_of(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !may_read(&state.pool, &ctx.viewer, &round, kind, status).await? {
        return Err(AppError::NotFound);
    }
    let side = side_of(&state.pool, &ctx.viewer, &round.state_code).await?;
    let ratings = queries::ratings(&state.pool, id).await?;
    let citable =
        queries::citable_findings(&state.pool, &round.state_code, &ctx.viewer.visible_levels())
            .await?;
    let version = match typed.version {
        Some(v) => v,
        None => queries::version(&state.pool, id).await?,
    };
    // A provision shows what was sent for it, if the answers form was sent; else what is
    // stored.
    let sent = |c: Uuid| {
        typed
            .answers
            .as_ref()
            .filter(|p| p.0.iter().any(|(k, _)| *k == format!("a_{c}")))
    };
    let chapters = provisions(&state.pool, round.framework_id)
        .await?
        .into_iter()
        .map(|(number, title, own)| {
            let answers: Vec<_> = own.iter().map(|c| as_pair(ratings.get(&c.id))).collect();
            ChapterForm {
                number,
                title,
                summary: Summary::of(&answers),
                provisions: own
                    .into_iter()
                    .map(|c| {
                        let r = ratings.get(&c.id);
                        let (answer, evidence, links, chosen) = match sent(c.id) {
                            Some(p) => (
                                p.get(&format!("a_{}", c.id)).to_owned(),
                                p.text(&format!("e_{}", c.id)).to_owned(),
                                p.text(&format!("l_{}", c.id)).to_owned(),
                                p.all(&format!("f_{}", c.id))
                                    .iter()
                                    .filter_map(|f| Uuid::parse_str(f).ok())
                                    .collect(),
                            ),
                            None => (
                                answer_value(r),
                                r.map(|r| r.evidence.clone()).unwrap_or_default(),
                                r.map(|r| r.evidence_links.join("\n")).unwrap_or_default(),
                                r.map(|r| r.findings.clone()).unwrap_or_default(),
                            ),
                        };
                        ProvisionLine {
                            findings: citable
                                .iter()
                                .filter(|(cm, _, _)| *cm == c.id)
                                .map(|(_, f, text)| (*f, text.clone(), chosen.contains(f)))
                                .collect(),
                            error: typed
                                .provision_errors
                                .get(&c.id)
                                .cloned()
                                .unwrap_or_default(),
                            id: c.id,
                            answer,
                            evidence,
                            links,
                            code: c.code,
                            title: c.title,
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    let mut choices: Vec<(String, String)> = queries::levels(&state.pool, round.rating_scale_id)
        .await?
        .into_iter()
        .map(|(v, label)| (format!("rated:{v}"), format!("{v}: {label}")))
        .collect();
    for answer in [Answer::NotApplicable, Answer::NoInformation] {
        choices.push((answer.value().to_owned(), answer.label().to_owned()));
    }
    let submitted = status == AssessmentStatus::Submitted;
    Ok(AssessmentPage {
        editable: side == Some(kind) && !submitted && round.status == RoundStatus::Open,
        correctable: submitted && ctx.viewer.is_staff(),
        ctx,
        round,
        id,
        kind,
        submitted,
        chapters,
        choices,
        errors,
        notice,
        version,
        correction: typed.correction,
    })
}

/// `GET /assessments/{id}`.
pub async fn show_assessment(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(id): Path<Uuid>,
) -> Result<Response, AppError> {
    let page = assessment_page(
        &state,
        ctx,
        id,
        FieldErrors::default(),
        String::new(),
        Typed::default(),
    )
    .await?;
    Ok(render(&page, StatusCode::OK))
}

/// Reads one provision's answer from the form; `Err` with a message when it makes no sense.
fn parse_answer(
    p: &Pairs,
    c: Uuid,
    levels: &[i16],
    citable: &[Uuid],
) -> Result<Option<Rating>, String> {
    let value = p.get(&format!("a_{c}"));
    let (answer, rating) = match value {
        "" => return Ok(None),
        v => match Answer::parse(v) {
            Some(answer @ (Answer::NotApplicable | Answer::NoInformation)) => (answer, None),
            _ => match v
                .strip_prefix("rated:")
                .and_then(|n| n.parse::<i16>().ok())
                .filter(|n| levels.contains(n))
            {
                Some(n) => (Answer::Rated, Some(n)),
                None => return Err("Choose a rating from the scale.".to_owned()),
            },
        },
    };
    let links: Vec<String> = p
        .text(&format!("l_{c}"))
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect();
    if links
        .iter()
        .any(|l| !(l.starts_with("https://") || l.starts_with("http://")))
    {
        return Err("Each evidence link starts with https://.".to_owned());
    }
    let mut findings = Vec::new();
    for f in p.all(&format!("f_{c}")) {
        match Uuid::parse_str(f).ok().filter(|id| citable.contains(id)) {
            Some(id) => findings.push(id),
            None => return Err("Choose supporting findings from the list.".to_owned()),
        }
    }
    Ok(Some(Rating {
        commitment_id: c,
        answer,
        rating,
        evidence: p.text(&format!("e_{c}")).trim().to_owned(),
        evidence_links: links,
        findings,
    }))
}

/// `POST /assessments/{id}`: saves every answer of the page as a draft, in one form for all
/// chapters, so that nothing typed in one chapter is lost by saving another. A provision left
/// "not answered yet" keeps what was saved before. The form names the version it was opened
/// at; when someone saved since, nothing is written and the form comes back (409) with what
/// was typed, to check and save again.
pub async fn save_answers(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(id): Path<Uuid>,
    RequestId(request_id): RequestId,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (round, kind, status) = queries::round_of(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !may_read(&state.pool, &ctx.viewer, &round, kind, status).await? {
        return Err(AppError::NotFound);
    }
    let p = Pairs(pairs);
    let side = side_of(&state.pool, &ctx.viewer, &round.state_code).await?;
    if side != Some(kind)
        || status == AssessmentStatus::Submitted
        || round.status != RoundStatus::Open
    {
        let mut errors = FieldErrors::default();
        errors.add("answers", "This assessment cannot be changed: it is submitted, the round is closed, or it is the other side's.");
        let typed = Typed {
            answers: Some(p),
            ..Typed::default()
        };
        let page = assessment_page(&state, ctx, id, errors, String::new(), typed).await?;
        return Ok(render(&page, StatusCode::CONFLICT));
    }
    let version = crate::web::form::form_version(p.get("version"))?;
    let levels: Vec<i16> = queries::levels(&state.pool, round.rating_scale_id)
        .await?
        .into_iter()
        .map(|(v, _)| v)
        .collect();
    let citable =
        queries::citable_findings(&state.pool, &round.state_code, &ctx.viewer.visible_levels())
            .await?;
    let mut answers = Vec::new();
    let mut errors = FieldErrors::default();
    let mut provision_errors = HashMap::new();
    for (_, _, own) in provisions(&state.pool, round.framework_id).await? {
        for c in own {
            let cites: Vec<Uuid> = citable
                .iter()
                .filter(|(cm, _, _)| *cm == c.id)
                .map(|(_, f, _)| *f)
                .collect();
            match parse_answer(&p, c.id, &levels, &cites) {
                Ok(Some(r)) => answers.push(r),
                Ok(None) => {}
                Err(message) => {
                    errors.add("answers", format!("{}: {message}", c.code));
                    provision_errors.insert(c.id, message);
                }
            }
        }
    }
    if !errors.is_empty() {
        let typed = Typed {
            answers: Some(p),
            provision_errors,
            version: Some(version),
            ..Typed::default()
        };
        let page = assessment_page(&state, ctx, id, errors, String::new(), typed).await?;
        return Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY));
    }
    let user = ctx.viewer.user().map(|u| u.id);
    let update = async |db: &mut sqlx::PgConnection| {
        if !queries::claim_version(&mut *db, id, version).await? {
            return Ok(Ok(false));
        }
        for r in &answers {
            queries::put_rating(&mut *db, id, r, user).await?;
        }
        Ok(Ok(true))
    };
    let entry = Entry::new("assessment.save", "assessment", id)
        .request(&request_id)
        .after(json!({ "answers": answers.len() }));
    let conflict = async || {
        let current = queries::version(&state.pool, id).await?;
        let typed = Typed {
            answers: Some(p.clone()),
            version: Some(current),
            ..Typed::default()
        };
        let notice = "Someone else saved this assessment after you opened it, so your answers \
                      were not saved. They are shown below as you typed them: check them and \
                      save again (your answers will then replace theirs)."
            .to_owned();
        let page = assessment_page(
            &state,
            ctx.clone(),
            id,
            FieldErrors::default(),
            notice,
            typed,
        )
        .await?;
        Ok(render(&page, StatusCode::CONFLICT))
    };
    // Back where the button was pressed.
    let anchor = match p.get("chapter").parse::<i16>() {
        Ok(n) => format!("#chapter-{n}"),
        Err(_) => String::new(),
    };
    let done = see_other(&format!("/assessments/{id}{anchor}"));
    match write::update_versioned(&state.pool, user, update, entry, conflict, done).await? {
        Ok(done) => Ok(done),
        Err(errors) => {
            let typed = Typed {
                answers: Some(p),
                version: Some(version),
                ..Typed::default()
            };
            let page = assessment_page(&state, ctx, id, errors, String::new(), typed).await?;
            Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY))
        }
    }
}

/// `GET /assessments/{id}/submit`: "Submit this assessment?" on a page of its own, since a
/// submitted assessment is locked for its authors.
pub async fn confirm_submit_form(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(id): Path<Uuid>,
) -> Result<Response, AppError> {
    let (round, kind, status) = queries::round_of(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !may_read(&state.pool, &ctx.viewer, &round, kind, status).await? {
        return Err(AppError::NotFound);
    }
    let side = side_of(&state.pool, &ctx.viewer, &round.state_code).await?;
    if side != Some(kind) || status == AssessmentStatus::Submitted {
        return Ok(see_other(&format!("/assessments/{id}")));
    }
    let page = crate::web::confirm::ConfirmPage::new(
        ctx,
        "Submit this assessment?",
        format!(
            "Submit the {} self-assessment of {} for {}?",
            kind.label().to_lowercase(),
            round.state_name,
            round.cycle
        ),
        "Once submitted, the assessment is locked: you can no longer change its answers, and \
         the other side and staff can read it. Only HRWG staff can correct a submitted answer, \
         giving a reason. Answers you typed and did not save are not submitted.",
        format!("/assessments/{id}/submit"),
        "Yes, submit it",
        format!("/assessments/{id}"),
    );
    Ok(render(&page, StatusCode::OK))
}

/// `POST /assessments/{id}/submit`: only when every provision is answered; then locked.
pub async fn submit_assessment(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(id): Path<Uuid>,
    RequestId(request_id): RequestId,
) -> Result<Response, AppError> {
    let (round, kind, status) = queries::round_of(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !may_read(&state.pool, &ctx.viewer, &round, kind, status).await? {
        return Err(AppError::NotFound);
    }
    let side = side_of(&state.pool, &ctx.viewer, &round.state_code).await?;
    let user = ctx.viewer.user().cloned().ok_or(AppError::NotFound)?;
    if side != Some(kind) || status == AssessmentStatus::Submitted {
        return Ok(see_other(&format!("/assessments/{id}")));
    }
    let ratings = queries::ratings(&state.pool, id).await?;
    let missing: Vec<String> = provisions(&state.pool, round.framework_id)
        .await?
        .into_iter()
        .flat_map(|(_, _, own)| own)
        .filter(|c| !ratings.contains_key(&c.id))
        .map(|c| c.code)
        .collect();
    if !missing.is_empty() {
        let mut errors = FieldErrors::default();
        errors.add(
            "chapter",
            format!(
                "Answer every provision before submitting; still to answer: {}.",
                missing.join(", ")
            ),
        );
        let page =
            assessment_page(&state, ctx, id, errors, String::new(), Typed::default()).await?;
        return Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY));
    }
    let mut tx = state.pool.begin().await?;
    if queries::submit(&mut *tx, id, user.id, state.clock.now()).await? {
        audit::record(
            &mut *tx,
            &Entry::new("assessment.submit", "assessment", id)
                .by(user.id)
                .request(&request_id),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(see_other(&format!("/assessments/{id}")))
}

/// `POST /assessments/{id}/corrections`: staff change a submitted answer, giving a reason.
pub async fn correct_assessment(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(id): Path<Uuid>,
    RequestId(request_id): RequestId,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (round, _, status) = queries::round_of(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let p = Pairs(pairs);
    let mut errors = FieldErrors::default();
    if status != AssessmentStatus::Submitted {
        errors.add(
            "reason",
            "Only a submitted assessment is corrected by staff; a draft is its authors'.",
        );
    }
    let reason = p.get("reason").to_owned();
    if reason.is_empty() {
        errors.add("reason", "Say why the submitted answer is corrected.");
    }
    let commitment = Uuid::parse_str(p.get("commitment")).ok();
    let levels: Vec<i16> = queries::levels(&state.pool, round.rating_scale_id)
        .await?
        .into_iter()
        .map(|(v, _)| v)
        .collect();
    // The form names one provision and its corrected answer.
    let rewritten = commitment.map(|c| {
        Pairs(vec![
            (format!("a_{c}"), p.get("answer").to_owned()),
            (format!("e_{c}"), p.text("evidence").to_owned()),
        ])
    });
    let rating = match commitment
        .zip(rewritten.as_ref())
        .map(|(c, q)| parse_answer(q, c, &levels, &[]))
    {
        Some(Ok(Some(r))) => Some(r),
        Some(Err(message)) => {
            errors.add("reason", message);
            None
        }
        _ => {
            errors.add("reason", "Choose the provision and its corrected answer.");
            None
        }
    };
    let (Some(rating), true) = (rating, errors.is_empty()) else {
        // The correction form comes back as it was sent.
        let typed = Typed {
            correction: CorrectionInput {
                commitment: p.get("commitment").to_owned(),
                answer: p.get("answer").to_owned(),
                evidence: p.text("evidence").to_owned(),
                reason: reason.clone(),
            },
            ..Typed::default()
        };
        let page = assessment_page(&state, ctx, id, errors, String::new(), typed).await?;
        return Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY));
    };
    let before = queries::ratings(&state.pool, id)
        .await?
        .remove(&rating.commitment_id);
    let user = ctx.viewer.user().map(|u| u.id);
    let mut tx = state.pool.begin().await?;
    queries::put_rating(&mut tx, id, &rating, user).await?;
    let mut entry = Entry::new("assessment.correct", "assessment", id)
        .request(&request_id)
        .before(json!({ "commitment": rating.commitment_id, "answer": before.as_ref().map(|b| b.answer), "rating": before.as_ref().and_then(|b| b.rating) }))
        .after(json!({ "commitment": rating.commitment_id, "answer": rating.answer, "rating": rating.rating, "reason": reason }));
    entry.actor_id = user;
    audit::record(&mut *tx, &entry).await?;
    tx.commit().await?;
    Ok(see_other(&format!("/assessments/{id}")))
}

/// `GET /assessments/rounds/{id}/compare`: the two sides provision by provision, the gaps of
/// two points or more marked, and the trend over the state's rounds.
pub async fn compare_round(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(id): Path<Uuid>,
) -> Result<Response, AppError> {
    let round = queries::round(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    // A side is compared once it is submitted, for whoever the one rule lets read it (the
    // rule the dashboard's "latest assessment" follows too); a draft is not compared.
    let reader = queries::reader(&state.pool, &ctx.viewer).await?;
    let readable = reader.may_read_submitted(&round);
    let gov_shown = readable && round.government_status == AssessmentStatus::Submitted;
    let cso_shown = readable && round.civil_society_status == AssessmentStatus::Submitted;
    // Staff and the state's own sides may open it before anything is submitted (it then
    // says so); others only once it shows them something.
    let own = reader.own_state.as_deref() == Some(round.state_code.as_str());
    if !ctx.viewer.is_staff() && !own && !gov_shown && !cso_shown {
        return Err(AppError::NotFound);
    }
    // Each side's evidence is a link only for a reader who may open it.
    let government_link = may_read(
        &state.pool,
        &ctx.viewer,
        &round,
        AssessorKind::Government,
        round.government_status,
    )
    .await?;
    let civil_society_link = may_read(
        &state.pool,
        &ctx.viewer,
        &round,
        AssessorKind::CivilSociety,
        round.civil_society_status,
    )
    .await?;
    let empty = HashMap::new();
    let gov = if gov_shown {
        queries::ratings(&state.pool, round.government_id).await?
    } else {
        empty.clone()
    };
    let cso = if cso_shown {
        queries::ratings(&state.pool, round.civil_society_id).await?
    } else {
        empty
    };
    let shown = |r: Option<&Rating>| match r {
        Some(Rating {
            answer: Answer::Rated,
            rating: Some(n),
            ..
        }) => n.to_string(),
        Some(Rating {
            answer: Answer::NotApplicable,
            ..
        }) => "N/A".to_owned(),
        Some(Rating {
            answer: Answer::NoInformation,
            ..
        }) => "No information".to_owned(),
        _ => "—".to_owned(),
    };
    let chapters = provisions(&state.pool, round.framework_id)
        .await?
        .into_iter()
        .map(|(number, title, own)| {
            let g: Vec<_> = own.iter().map(|c| as_pair(gov.get(&c.id))).collect();
            let s: Vec<_> = own.iter().map(|c| as_pair(cso.get(&c.id))).collect();
            CompareChapter {
                number,
                title,
                government: Summary::of(&g),
                civil_society: Summary::of(&s),
                lines: own
                    .iter()
                    .map(|c| {
                        let gap =
                            stats::difference(as_pair(gov.get(&c.id)), as_pair(cso.get(&c.id)));
                        CompareLine {
                            code: c.code.clone(),
                            title: c.title.clone(),
                            government: shown(gov.get(&c.id)),
                            civil_society: shown(cso.get(&c.id)),
                            gap: gap.map(|g| g.to_string()).unwrap_or_default(),
                            divergent: stats::divergent(gap),
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    // The trend: each chapter's averages in each of the state's rounds the viewer may read.
    let mut trend: Vec<super::views::Trend> = Vec::new();
    let chapter_list = provisions(&state.pool, round.framework_id).await?;
    for (other, cycle) in
        queries::rounds_of_state(&state.pool, round.framework_id, &round.state_code).await?
    {
        let Some(r) = queries::round(&state.pool, other).await? else {
            continue;
        };
        let readable = reader.may_read_submitted(&r);
        let g = if readable && r.government_status == AssessmentStatus::Submitted {
            queries::ratings(&state.pool, r.government_id).await?
        } else {
            HashMap::new()
        };
        let s = if readable && r.civil_society_status == AssessmentStatus::Submitted {
            queries::ratings(&state.pool, r.civil_society_id).await?
        } else {
            HashMap::new()
        };
        for (number, title, own) in &chapter_list {
            let avg = |m: &HashMap<Uuid, Rating>| {
                Summary::of(
                    &own.iter()
                        .map(|c| as_pair(m.get(&c.id)))
                        .collect::<Vec<_>>(),
                )
                .shown()
            };
            let label = format!("{number}. {title}");
            match trend.iter_mut().find(|(t, _)| *t == label) {
                Some((_, points)) => points.push((cycle.clone(), avg(&g), avg(&s))),
                None => trend.push((label, vec![(cycle.clone(), avg(&g), avg(&s))])),
            }
        }
    }
    Ok(render(
        &ComparePage {
            ctx,
            round,
            chapters,
            trend,
            government_shown: gov_shown,
            civil_society_shown: cso_shown,
            government_link,
            civil_society_link,
        },
        StatusCode::OK,
    ))
}

#[derive(Debug, Default, Deserialize)]
pub struct RegionalQuery {
    #[serde(default)]
    cycle: String,
}

/// `GET /assessments/regional?cycle=`: states × chapters, each side's average, from the
/// submitted assessments the viewer may read; states not members or not bound then say so.
pub async fn regional(
    State(state): State<AppState>,
    ctx: PageContext,
    query: Option<Query<RegionalQuery>>,
) -> Result<Response, AppError> {
    let cycle = query
        .map(|Query(q)| q.cycle)
        .unwrap_or_default()
        .trim()
        .to_owned();
    let framework: Uuid =
        sqlx::query_scalar("SELECT id FROM framework ORDER BY adopted_on LIMIT 1")
            .fetch_optional(&state.pool)
            .await?
            .ok_or(AppError::NotFound)?;
    // "At the time": the end of the cycle's year, when the cycle is a year; else today.
    let day = cycle
        .get(..4)
        .and_then(|y| y.parse::<i32>().ok())
        .and_then(|y| NaiveDate::from_ymd_opt(y, 12, 31))
        .unwrap_or_else(|| state.clock.now().date_naive());
    let chapters: Vec<(i16, String)> = provisions(&state.pool, framework)
        .await?
        .into_iter()
        .map(|(n, t, _)| (n, t))
        .collect();
    let ratings = queries::regional_ratings(&state.pool, framework, &cycle).await?;
    let reader = queries::reader(&state.pool, &ctx.viewer).await?;
    let mut rows = Vec::new();
    for (code, name, member, bound) in queries::standing(&state.pool, framework, day).await? {
        let standing = if !member {
            "Not a member of ASEAN then".to_owned()
        } else if !bound {
            "Not bound by this framework then".to_owned()
        } else {
            String::new()
        };
        // The one rule for submitted assessments (the comparison's and the dashboard's).
        let visible_side = |_: AssessorKind, visibility| {
            reader.levels.contains(&visibility)
                || reader.own_state.as_deref() == Some(code.as_str())
        };
        let cells = chapters
            .iter()
            .map(|(number, _)| {
                let side = |kind: AssessorKind| {
                    let answers: Vec<_> = ratings
                        .iter()
                        .filter(|(s, k, n, _, _, v)| {
                            *s == code && *k == kind && n == number && visible_side(kind, *v)
                        })
                        .map(|(_, _, _, a, r, _)| Some((*a, *r)))
                        .collect();
                    if answers.is_empty() {
                        "—".to_owned()
                    } else {
                        Summary::of(&answers).shown()
                    }
                };
                Cell {
                    government: side(AssessorKind::Government),
                    civil_society: side(AssessorKind::CivilSociety),
                }
            })
            .collect();
        rows.push(RegionalRow {
            state: name,
            standing,
            cells,
        });
    }
    Ok(render(
        &RegionalPage {
            ctx,
            cycle,
            chapters,
            rows,
        },
        StatusCode::OK,
    ))
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
        .ok_or_else(|| AppError::BadRequest("Choose who may read the round.".to_owned()))?;
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
    entry.actor_id = ctx.viewer.user().map(|u| u.id);
    audit::record(&mut *tx, &entry).await?;
    tx.commit().await?;
    Ok(see_other("/assessments"))
}
