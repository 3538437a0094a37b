//! The reports' routes: extract, read through the slices' queries, render as a page or set
//! as a PDF on a blocking thread (typesetting never holds up the async runtime).

use std::sync::Arc;

use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::typeset::{BODY_FAMILY, FONT_PACKAGE, TypesetError, Typesetter};
use super::views::{ConsultationReportPage, CountryBriefPage};
use super::{brief, consultation};
use crate::AppError;
use crate::state::AppState;
use crate::web::extract::Path;
use crate::web::{ErrorPage, Html, PageContext};

/// The typst templates of the PDFs, each after the reports' common look.
const CONSULTATION_TEMPLATE: &str = concat!(
    include_str!("../../templates/reports/common.typ"),
    "\n",
    include_str!("../../templates/reports/consultation.typ")
);
const BRIEF_TEMPLATE: &str = concat!(
    include_str!("../../templates/reports/common.typ"),
    "\n",
    include_str!("../../templates/reports/brief.typ")
);

/// `GET /consultations/{slug}/report`: the report as a page to print.
pub async fn show_consultation_report(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(slug): Path<String>,
) -> Result<impl IntoResponse, AppError> {
    let today = state.clock.now().date_naive();
    let r = consultation::build(&state.pool, &ctx, &slug, today).await?;
    Ok(Html(ConsultationReportPage { ctx, r }))
}

/// `GET /consultations/{slug}/report.pdf`.
pub async fn consultation_report_pdf(
    State(state): State<AppState>,
    State(typesetter): State<Arc<Typesetter>>,
    ctx: PageContext,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let today = state.clock.now().date_naive();
    let r = consultation::build(&state.pool, &ctx, &slug, today).await?;
    let name = format!("{}-report.pdf", r.slug);
    pdf(typesetter, CONSULTATION_TEMPLATE, &r, today, &name).await
}

/// `GET /states/{code}/brief`: the country brief as a page to print.
pub async fn show_country_brief(
    State(state): State<AppState>,
    State(briefs): State<Arc<brief::BriefCache>>,
    ctx: PageContext,
    Path(code): Path<String>,
) -> Result<impl IntoResponse, AppError> {
    let today = state.clock.now().date_naive();
    let b = brief::kept(&state.pool, &briefs, &ctx, &code, today).await?;
    Ok(Html(CountryBriefPage { ctx, b }))
}

/// `GET /states/{code}/brief.pdf`.
pub async fn country_brief_pdf(
    State(state): State<AppState>,
    State(typesetter): State<Arc<Typesetter>>,
    State(briefs): State<Arc<brief::BriefCache>>,
    ctx: PageContext,
    Path(code): Path<String>,
) -> Result<Response, AppError> {
    let today = state.clock.now().date_naive();
    let b = brief::kept(&state.pool, &briefs, &ctx, &code, today).await?;
    let name = format!("{}-brief.pdf", b.code.to_ascii_lowercase());
    pdf(typesetter, BRIEF_TEMPLATE, &b, today, &name).await
}

/// Sets `data` in `template` on a blocking thread and answers with the PDF, or 503 when the
/// fonts are missing.
async fn pdf(
    typesetter: Arc<Typesetter>,
    template: &'static str,
    data: &impl Serialize,
    today: chrono::NaiveDate,
    filename: &str,
) -> Result<Response, AppError> {
    let json = serde_json::to_vec(data).map_err(|err| AppError::Internal(err.into()))?;
    let made = tokio::task::spawn_blocking(move || typesetter.pdf(template, json, today))
        .await
        .map_err(|err| {
            AppError::Internal(anyhow::anyhow!("the typesetting thread failed: {err}"))
        })?;
    match made {
        Ok(bytes) => Ok((
            [
                (
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("application/pdf"),
                ),
                (
                    header::CONTENT_DISPOSITION,
                    HeaderValue::from_str(&format!("inline; filename=\"{filename}\""))
                        .unwrap_or_else(|_| HeaderValue::from_static("inline")),
                ),
            ],
            bytes,
        )
            .into_response()),
        Err(TypesetError::FontsMissing) => Ok(fonts_missing()),
        Err(TypesetError::Failed(message)) => Err(AppError::Internal(anyhow::anyhow!(
            "a report could not be typeset: {message}"
        ))),
    }
}

/// The 503 page when the fonts are not installed: what to install, and the print page meanwhile.
fn fonts_missing() -> Response {
    ErrorPage::new(
        StatusCode::SERVICE_UNAVAILABLE,
        t!("error-pdf-unavailable-title"),
        t!(
            "error-pdf-unavailable",
            family = BODY_FAMILY,
            package = FONT_PACKAGE
        ),
    )
    .into_response()
}
