//! The one route table: every URL of the app, grouped by who may call it, and the layers every
//! request passes through (request id, tracing, timeout, compression, security headers).

use std::time::Duration;

use axum::Router;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use sqlx::PgPool;
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::state::AppState;
use crate::web::{ErrorPage, headers};
use crate::{AppError, commitments, consultations, member_states, series, stakeholders};

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// Builds the router with its state and layers.
pub fn router(state: AppState) -> Router {
    let static_files = Router::new()
        .nest_service("/static", ServeDir::new(&state.config.static_dir))
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("public, max-age=3600"),
        ));
    let timeout = state.config.request_timeout;

    let pages = public_pages()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .with_state(state)
        .merge(static_files);

    headers::apply(pages).layer(
        ServiceBuilder::new()
            .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
            .layer(TraceLayer::new_for_http().make_span_with(request_span))
            .layer(PropagateRequestIdLayer::new(REQUEST_ID))
            .layer(CatchPanicLayer::custom(panic_page))
            .layer(TimeoutLayer::with_status_code(
                StatusCode::SERVICE_UNAVAILABLE,
                timeout,
            ))
            .layer(CompressionLayer::new()),
    )
}

/// Pages anyone may read; each shows only what its viewer may see.
fn public_pages() -> Router<AppState> {
    Router::new()
        .route("/", get(series::handlers::show_home))
        .route("/series/{slug}", get(series::handlers::show_series))
        .route(
            "/states/{code}",
            get(member_states::handlers::show_member_state),
        )
        .route(
            "/consultations/{slug}",
            get(consultations::handlers::show_consultation),
        )
        .route(
            "/organisations",
            get(stakeholders::handlers::list_organisations),
        )
        .route(
            "/organisations/{slug}",
            get(stakeholders::handlers::show_organisation),
        )
        .route("/frameworks", get(commitments::handlers::list_frameworks))
        .route(
            "/frameworks/{slug}",
            get(commitments::handlers::show_framework),
        )
        .route(
            "/frameworks/{slug}/commitments/{code}",
            get(commitments::handlers::show_commitment),
        )
}

/// The span of one request: its id and the route it matched (never the query string, which
/// may carry search terms).
fn request_span(request: &Request) -> tracing::Span {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(MatchedPath::as_str)
        .unwrap_or("unmatched");
    let request_id = request
        .headers()
        .get(REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    tracing::info_span!("request", method = %request.method(), route, request_id)
}

/// The process is up.
async fn healthz() -> &'static str {
    "ok"
}

/// The database answers; 503 otherwise.
async fn readyz(State(pool): State<PgPool>) -> Response {
    match sqlx::query_scalar::<_, i32>("SELECT 1")
        .fetch_one(&pool)
        .await
    {
        Ok(_) => "ready".into_response(),
        Err(err) => {
            tracing::warn!(error = %err, "not ready: database unreachable");
            (StatusCode::SERVICE_UNAVAILABLE, "database unreachable").into_response()
        }
    }
}

async fn not_found() -> AppError {
    AppError::NotFound
}

async fn method_not_allowed() -> Response {
    ErrorPage::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "Not allowed here",
        "This address does not accept that kind of request.".to_owned(),
    )
    .into_response()
}

fn panic_page(_: Box<dyn std::any::Any + Send + 'static>) -> Response {
    AppError::Internal(anyhow::anyhow!("a handler panicked")).into_response()
}

/// How long the server waits for requests in flight when asked to stop.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);
