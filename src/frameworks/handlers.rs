//! The commitments catalogue: frameworks, their chapters and provisions.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;
use sqlx::PgPool;

use super::DutyBearer;
use crate::audit::Entry;
use crate::state::AppState;
use crate::web::extract::RequestId;
use crate::web::form::Form;
use crate::web::write;
use crate::web::{Message, render, see_other_with};

use super::queries;
use super::views::{ChapterBlock, CommitmentPage, FrameworkPage, FrameworksPage, adopted};
use crate::AppError;
use crate::web::extract::Path;
use crate::web::{Html, PageContext};

/// `GET /frameworks`.
pub async fn list_frameworks(
    State(pool): State<PgPool>,
    ctx: PageContext,
) -> Result<impl IntoResponse, AppError> {
    let frameworks = queries::list(&pool).await?;
    Ok(Html(FrameworksPage { ctx, frameworks }))
}

/// `GET /frameworks/{slug}`: every chapter and provision.
pub async fn show_framework(
    State(pool): State<PgPool>,
    ctx: PageContext,
    Path(slug): Path<String>,
) -> Result<impl IntoResponse, AppError> {
    let framework = queries::find(&pool, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let chapters = queries::chapters(&pool, framework.id).await?;
    let mut commitments = queries::commitments(&pool, framework.id)
        .await?
        .into_iter()
        .peekable();
    let chapters = chapters
        .into_iter()
        .map(|ch| {
            let mut own = Vec::new();
            while let Some(c) = commitments.next_if(|c| c.chapter_number == ch.number) {
                own.push(c);
            }
            ChapterBlock {
                number: ch.number,
                title: ch.title,
                commitments: own,
            }
        })
        .collect();
    Ok(Html(FrameworkPage {
        ctx,
        adopted: adopted(&framework),
        framework,
        chapters,
    }))
}

/// `GET /frameworks/{slug}/commitments/{code}`: one provision.
/// Findings listed on a provision's page; the tracker has them all.
const LISTED_FINDINGS: usize = 100;

pub async fn show_commitment(
    State(pool): State<PgPool>,
    ctx: PageContext,
    Path((slug, code)): Path<(String, String)>,
) -> Result<impl IntoResponse, AppError> {
    let framework = queries::find(&pool, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let commitment = queries::find_commitment(&pool, framework.id, &code)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut findings = crate::findings::queries::on_commitment(
        &pool,
        commitment.id,
        &ctx.viewer.visible_levels(),
        i64::try_from(LISTED_FINDINGS).unwrap_or(i64::MAX) + 1,
    )
    .await?;
    let more = findings.len() > LISTED_FINDINGS;
    findings.truncate(LISTED_FINDINGS);
    Ok(Html(CommitmentPage {
        ctx,
        framework,
        commitment,
        findings,
        more,
    }))
}

/// The commitment form (the provisional code is fixed; everything else may be corrected).
#[derive(Clone, askama::Template)]
#[template(path = "frameworks/form.html")]
pub struct CommitmentFormPage {
    pub ctx: PageContext,
    pub framework_slug: String,
    pub code: String,
    pub title: String,
    pub body: String,
    pub official_ref: String,
    pub duty_bearer: String,
    pub version: String,
    pub errors: crate::web::form::FieldErrors,
    pub conflict: bool,
}

impl CommitmentFormPage {
    pub fn bearers(&self) -> Vec<(&'static str, &'static str, bool)> {
        DutyBearer::options(DutyBearer::parse(&self.duty_bearer))
    }
}

/// `GET /frameworks/{slug}/commitments/{code}/edit`.
pub async fn edit_commitment_form(
    State(pool): State<PgPool>,
    ctx: PageContext,
    Path((slug, code)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let framework = queries::find(&pool, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let c = queries::find_commitment(&pool, framework.id, &code)
        .await?
        .ok_or(AppError::NotFound)?;
    let version = queries::commitment_version(&pool, c.id).await?;
    let bearer = c.duty_bearer.value();
    let page = CommitmentFormPage {
        ctx,
        framework_slug: slug,
        code: c.code,
        title: c.title,
        body: c.body,
        official_ref: c.official_ref,
        duty_bearer: bearer.to_owned(),
        version: version.to_string(),
        errors: crate::web::form::FieldErrors::default(),
        conflict: false,
    };
    Ok(render(&page, StatusCode::OK))
}

/// `POST /frameworks/{slug}/commitments/{code}`.
pub async fn update_commitment(
    State(state): State<AppState>,
    ctx: PageContext,
    Path((slug, code)): Path<(String, String)>,
    RequestId(request_id): RequestId,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let framework = queries::find(&state.pool, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let before = queries::find_commitment(&state.pool, framework.id, &code)
        .await?
        .ok_or(AppError::NotFound)?;
    let p = crate::web::form::Pairs(pairs);
    let mut page = CommitmentFormPage {
        framework_slug: slug.clone(),
        code: before.code.clone(),
        title: p.get("title").to_owned(),
        body: p.text("body").trim().to_owned(),
        official_ref: p.get("official_ref").to_owned(),
        duty_bearer: p.get("duty_bearer").to_owned(),
        version: p.get("version").to_owned(),
        errors: crate::web::form::FieldErrors::default(),
        conflict: false,
        ctx,
    };
    if page.title.is_empty() {
        page.errors.add("title", t!("provision-enter-title"));
    }
    if page.official_ref.chars().count() > 40 {
        page.errors
            .add("official_ref", t!("provision-ref-too-long"));
    }
    let bearer = DutyBearer::parse(&page.duty_bearer);
    if bearer.is_none() {
        page.errors
            .add("duty_bearer", t!("provision-choose-bearer"));
    }
    let (Some(bearer), true) = (bearer, page.errors.is_empty()) else {
        return Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY));
    };
    let version = crate::web::form::form_version(&page.version)?;
    let change = queries::CommitmentChange {
        title: &page.title,
        body: &page.body,
        official_ref: &page.official_ref,
        duty_bearer: bearer,
    };
    let update = async |db: &mut sqlx::PgConnection| {
        Ok(Ok(queries::update_commitment(
            db, before.id, version, &change,
        )
        .await?))
    };
    let entry = Entry::new("commitment.update", "commitment", before.id)
        .request(&request_id)
        .before(json!({ "title": before.title, "body": before.body, "official_ref": before.official_ref, "duty_bearer": before.duty_bearer }))
        .after(json!({ "title": page.title, "body": page.body, "official_ref": page.official_ref, "duty_bearer": bearer }));
    let conflict = async || {
        let mut page = page.clone();
        page.version = queries::commitment_version(&state.pool, before.id)
            .await?
            .to_string();
        page.conflict = true;
        Ok(render(&page, StatusCode::CONFLICT))
    };
    let user = page.ctx.viewer.actor_id();
    let done = see_other_with(
        &format!("/frameworks/{slug}/commitments/{}", before.code),
        Message::CommitmentSaved,
    );
    match write::update_versioned(&state.pool, user, update, entry, conflict, done).await? {
        Ok(done) => Ok(done),
        Err(errors) => {
            page.errors = errors;
            Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY))
        }
    }
}
