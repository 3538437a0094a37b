//! An assessment: one form of ratings per provision, chapter by chapter, saved with a version
//! check; submitted once (then locked), corrected by staff with a reason.

use std::collections::HashMap;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::json;
use uuid::Uuid;

use super::queries::{self, Rating};
use super::stats::Summary;
use super::views::{AssessmentPage, ChapterForm, CorrectionInput, ProvisionLine};
use super::{Answer, AssessmentStatus, RoundStatus};
use crate::AppError;
use crate::audit::{self, Entry};
use crate::state::AppState;
use crate::web::extract::{Path, RequestId};
use crate::web::form::{FieldErrors, Form, Pairs};
use crate::web::write;
use crate::web::{Message, Notice, PageContext, SignedIn, render, see_other, see_other_with};

use super::handlers::{as_pair, may_read, provisions, side_of};

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
    let submitted = status == AssessmentStatus::Submitted;
    let editable = side == Some(kind) && !submitted && round.status == RoundStatus::Open;
    // Read-only, a provision shows only the findings cited.
    let cited: Vec<Uuid> = ratings.values().flat_map(|r| r.findings.clone()).collect();
    let citable = queries::citable_findings(
        &state.pool,
        &round.state_code,
        &ctx.viewer.visible_levels(),
        &cited,
        editable,
    )
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
                        let mut findings: Vec<(Uuid, String, bool)> = citable
                            .iter()
                            .filter(|(cm, _, _)| *cm == c.id)
                            .map(|(_, f, text)| (*f, text.clone(), chosen.contains(f)))
                            .collect();
                        // The one past the newest shown only tells that there are more; the
                        // oldest of those not chosen is left out.
                        let more = findings.iter().filter(|f| !f.2).count()
                            > usize::try_from(queries::CITABLE_SHOWN).unwrap_or(usize::MAX);
                        if more && let Some(at) = findings.iter().position(|f| !f.2) {
                            findings.remove(at);
                        }
                        ProvisionLine {
                            findings,
                            more,
                            state_code: round.state_code.clone(),
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
    Ok(AssessmentPage {
        editable,
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

/// `GET /assessments/{id}/ratings.csv` and `.xlsx`: one side's ratings, a row a provision, for
/// the same readers as the assessment's page.
pub async fn export_ratings(
    State(state): State<AppState>,
    ctx: PageContext,
    format: crate::web::download::Format,
    Path(id): Path<Uuid>,
) -> Result<Response, AppError> {
    use crate::web::download::{self, Table, cells};
    let (round, kind, status) = queries::round_of(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !may_read(&state.pool, &ctx.viewer, &round, kind, status).await? {
        return Err(AppError::NotFound);
    }
    let ratings = queries::ratings(&state.pool, id).await?;
    let mut table = Table::new(
        format!(
            "ratings-{}-{}-{}",
            round.state_code,
            round.cycle,
            kind.value()
        ),
        t!("sheet-ratings"),
        download::headings![
            ("csv-side", Text),
            ("csv-chapter", Integer),
            ("csv-chapter-title", Text),
            ("csv-provision", Text),
            ("csv-provision-title", Text),
            ("csv-answer", Text),
            ("csv-rating", Integer),
            ("csv-evidence", Text),
            ("csv-evidence-links", Text),
        ],
    );
    for (number, title, own) in provisions(&state.pool, round.framework_id).await? {
        for c in own {
            let r = ratings.get(&c.id);
            table.push(cells![
                kind.label(),
                number,
                &title,
                &c.code,
                &c.title,
                r.map(|r| r.answer.label()),
                r.and_then(|r| r.rating),
                r.map(|r| r.evidence.clone()),
                r.map(|r| r.evidence_links.join(" ")),
            ]);
        }
    }
    download::send(format, state.clock.now().date_naive(), table).await
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
    let named: Vec<Uuid> =
        p.0.iter()
            .filter(|(k, _)| k.starts_with("f_"))
            .filter_map(|(_, v)| Uuid::parse_str(v.trim()).ok())
            .collect();
    let citable = queries::citable_among(
        &state.pool,
        &round.state_code,
        &ctx.viewer.visible_levels(),
        &named,
    )
    .await?;
    let mut answers = Vec::new();
    let mut errors = FieldErrors::default();
    let mut provision_errors = HashMap::new();
    for (_, _, own) in provisions(&state.pool, round.framework_id).await? {
        for c in own {
            let cites: Vec<Uuid> = citable
                .iter()
                .filter(|(cm, _)| *cm == c.id)
                .map(|(_, f)| *f)
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
    let user = ctx.viewer.actor_id();
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
    let done = see_other_with(
        &format!("/assessments/{id}{anchor}"),
        Notice::at(
            Message::AnswersSaved,
            state.clock.now(),
            crate::member_states::zone(&round.state_code),
        ),
    );
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

/// The round and side of assessment `id` when the viewer may submit it now; otherwise where it
/// stands (already submitted in another tab, or the other side's), as a redirect to its page.
/// Not readable at all: 404.
async fn submittable(
    state: &AppState,
    viewer: &crate::access::Viewer,
    id: Uuid,
) -> Result<Result<(queries::Round, super::AssessorKind), Response>, AppError> {
    let (round, kind, status) = queries::round_of(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !may_read(&state.pool, viewer, &round, kind, status).await? {
        return Err(AppError::NotFound);
    }
    let side = side_of(&state.pool, viewer, &round.state_code).await?;
    if side != Some(kind) || status == AssessmentStatus::Submitted {
        return Ok(Err(see_other(&format!("/assessments/{id}"))));
    }
    Ok(Ok((round, kind)))
}

/// `GET /assessments/{id}/submit`: "Submit this assessment?" on a page of its own, since a
/// submitted assessment is locked for its authors.
pub async fn confirm_submit_form(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(id): Path<Uuid>,
) -> Result<Response, AppError> {
    let (round, kind) = match submittable(&state, &ctx.viewer, id).await? {
        Ok(found) => found,
        Err(elsewhere) => return Ok(elsewhere),
    };
    let page = crate::web::confirm::ConfirmPage::new(
        ctx,
        t!("submit-assessment-title"),
        t!(
            "submit-assessment-question",
            side = kind.label().to_lowercase(),
            state = round.state_name.as_str(),
            cycle = round.cycle.as_str()
        ),
        t!("submit-assessment-explained"),
        format!("/assessments/{id}/submit"),
        t!("submit-assessment-yes"),
        format!("/assessments/{id}"),
    );
    Ok(render(&page, StatusCode::OK))
}

/// `POST /assessments/{id}/submit`: only when every provision is answered; then locked.
pub async fn submit_assessment(
    State(state): State<AppState>,
    ctx: PageContext,
    SignedIn(user): SignedIn,
    Path(id): Path<Uuid>,
    RequestId(request_id): RequestId,
) -> Result<Response, AppError> {
    let (round, _) = match submittable(&state, &ctx.viewer, id).await? {
        Ok(found) => found,
        Err(elsewhere) => return Ok(elsewhere),
    };
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
    Ok(see_other_with(
        &format!("/assessments/{id}"),
        Message::AssessmentSubmitted,
    ))
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
    let user = ctx.viewer.actor_id();
    let mut tx = state.pool.begin().await?;
    queries::put_rating(&mut tx, id, &rating, user).await?;
    let mut entry = Entry::new("assessment.correct", "assessment", id)
        .request(&request_id)
        .before(json!({ "commitment": rating.commitment_id, "answer": before.as_ref().map(|b| b.answer), "rating": before.as_ref().and_then(|b| b.rating) }))
        .after(json!({ "commitment": rating.commitment_id, "answer": rating.answer, "rating": rating.rating, "reason": reason }));
    entry.actor_id = user;
    audit::record(&mut *tx, &entry).await?;
    tx.commit().await?;
    Ok(see_other_with(
        &format!("/assessments/{id}"),
        Message::AssessmentCorrected,
    ))
}
