//! The OpenAPI 3.1 document of the API, generated from the handlers' `#[utoipa::path]`
//! descriptions through `utoipa-axum`'s router, with the answers every operation shares (304,
//! 400, 401, 404, 429, 503 as problems) and the optional bearer token; and the human page at
//! `/api` that explains it with examples.
//!
//! The route table (`routes.rs`) is the one place that serves URLs; this document only
//! describes them, and a test holds the two in agreement: every `/api/v1` route of the table is
//! in the document, and every path of the document is in the table.

use std::sync::Arc;

use axum::extract::FromRef;
use axum::http::HeaderMap;
use axum::response::Response;
use utoipa::OpenApi as _;
use utoipa::openapi::content::ContentBuilder;
use utoipa::openapi::header::HeaderBuilder;
use utoipa::openapi::response::ResponseBuilder;
use utoipa::openapi::schema::{ObjectBuilder, Type};
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::openapi::{Ref, RefOr};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::caller::Caller;
use super::handlers as h;
use crate::dashboard::cache::DashboardCache;
use crate::state::AppState;
use crate::web::problem::{PROBLEM_JSON, Problem};
use crate::web::{PageContext, render};

#[derive(utoipa::OpenApi)]
#[openapi(
    info(
        title = "Musyawarah API",
        version = "1",
        description = "Read-only JSON of the consultations on the ASEAN Consensus on migrant \
            workers' rights: series, consultations with their sessions, participation and \
            published notes, organisations, commitments, findings and recommendations with their \
            follow-up, self-assessment results and the dashboard's figures.\n\n\
            Anonymous callers read public data. A personal token (made on the account page) \
            sent as `Authorization: Bearer <token>` reads what its owner may read. Answers carry \
            an `ETag`: send it back as `If-None-Match` to get 304 when nothing changed. Lists \
            give a `next` cursor and a `Link: <...>; rel=\"next\"` header. Errors are \
            `application/problem+json`.",
        license(name = "AGPL-3.0-or-later"),
    ),
    components(schemas(Problem)),
    security((), ("bearer" = [])),
    tags(
        (name = "series", description = "Series of consultations"),
        (name = "consultations", description = "Consultations, their agendas, participation and published notes"),
        (name = "organisations", description = "The directory of organisations"),
        (name = "commitments", description = "The provisions of the frameworks"),
        (name = "findings", description = "Findings and recommendations, with follow-up"),
        (name = "assessments", description = "Self-assessment results"),
        (name = "dashboard", description = "Where each Member State stands"),
        (name = "meta", description = "This document"),
    ),
)]
struct ApiDoc;

/// The answers every operation may give besides its own, and the bearer scheme.
struct Shared;

const SHARED: [(&str, &str, &str); 6] = [
    (
        "304",
        "NotModified",
        "Not modified: the `If-None-Match` sent names this answer's ETag.",
    ),
    (
        "400",
        "BadRequest",
        "A query parameter is not valid; the detail says which.",
    ),
    (
        "401",
        "Unauthorized",
        "The bearer token does not exist, was revoked, or its account is disabled.",
    ),
    (
        "404",
        "NotFound",
        "No such record, or not one the caller may see.",
    ),
    (
        "429",
        "TooManyRequests",
        "The token was used more than its limit in this minute; `Retry-After` says when to try again.",
    ),
    (
        "503",
        "Unavailable",
        "The service cannot reach its database; try again shortly.",
    ),
];

fn string_header(description: &str) -> utoipa::openapi::header::Header {
    HeaderBuilder::new()
        .schema(Some(ObjectBuilder::new().schema_type(Type::String)))
        .description(Some(description))
        .build()
}

impl utoipa::Modify for Shared {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.security_schemes.insert(
            "bearer".to_owned(),
            RefOr::T(SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer))),
        );
        for (status, name, description) in SHARED {
            let response = if status == "304" {
                ResponseBuilder::new()
                    .description(description)
                    .header("ETag", string_header("The answer's tag."))
                    .build()
            } else {
                let mut builder = ResponseBuilder::new().description(description).content(
                    PROBLEM_JSON,
                    ContentBuilder::new()
                        .schema(Some(Ref::from_schema_name("Problem")))
                        .build(),
                );
                if status == "429" || status == "503" {
                    builder = builder.header(
                        "Retry-After",
                        string_header("Seconds to wait before trying again."),
                    );
                }
                builder.build()
            };
            components
                .responses
                .insert(name.to_owned(), RefOr::T(response));
        }
        for item in openapi.paths.paths.values_mut() {
            let Some(operation) = item.get.as_mut() else {
                continue;
            };
            for (status, name, _) in SHARED {
                operation
                    .responses
                    .responses
                    .entry(status.to_owned())
                    .or_insert_with(|| RefOr::Ref(Ref::from_response_name(name)));
            }
            if let Some(RefOr::T(ok)) = operation.responses.responses.get_mut("200") {
                for (name, description) in [
                    ("ETag", "A hash of the body; send it as If-None-Match."),
                    (
                        "Cache-Control",
                        "public, max-age=60 for anonymous callers; private, no-store with a token or a login.",
                    ),
                    ("Link", "The next page of a list: <...>; rel=\"next\"."),
                ] {
                    ok.headers
                        .insert(name.to_owned(), RefOr::T(string_header(description)));
                }
            }
        }
    }
}

/// The document, for a router whose state gives what the handlers take.
pub fn document<S>() -> utoipa::openapi::OpenApi
where
    S: Clone + Send + Sync + 'static,
    AppState: FromRef<S>,
    Arc<DashboardCache>: FromRef<S>,
    Arc<ApiDocument>: FromRef<S>,
{
    let (_, mut api) = OpenApiRouter::<S>::with_openapi(ApiDoc::openapi())
        .routes(routes!(h::list_series))
        .routes(routes!(h::show_series))
        .routes(routes!(h::list_consultations))
        .routes(routes!(h::show_consultation))
        .routes(routes!(h::list_notes))
        .routes(routes!(h::list_organisations))
        .routes(routes!(h::show_organisation))
        .routes(routes!(h::list_commitments))
        .routes(routes!(h::list_findings))
        .routes(routes!(h::show_finding))
        .routes(routes!(h::assessment_results))
        .routes(routes!(h::show_dashboard))
        .routes(routes!(openapi_json))
        .split_for_parts();
    // The shared answers, once every path is in.
    utoipa::Modify::modify(&Shared, &mut api);
    api
}

/// The document as served, made once when the app is assembled.
#[derive(Debug)]
pub struct ApiDocument(pub serde_json::Value);

impl ApiDocument {
    pub fn of(api: &utoipa::openapi::OpenApi) -> Self {
        Self(serde_json::to_value(api).unwrap_or_default())
    }
}

/// This document: OpenAPI 3.1, generated from the code.
#[utoipa::path(get, path = "/api/v1/openapi.json", tag = "meta",
    responses((status = 200, description = "The OpenAPI document", body = Object)))]
pub async fn openapi_json(
    axum::extract::State(document): axum::extract::State<Arc<ApiDocument>>,
    caller: Caller,
) -> Response {
    caller.reply(&document.0, None)
}

/// The page that explains the API.
#[derive(askama::Template)]
#[template(path = "api/index.html")]
pub struct ApiPage {
    pub ctx: PageContext,
    /// The site's origin, for the examples ("" when not known).
    pub origin: String,
    pub example: String,
}

/// `GET /api`: how to read the API, with examples.
pub async fn show_api(
    axum::extract::State(state): axum::extract::State<AppState>,
    ctx: PageContext,
    headers: HeaderMap,
) -> Response {
    let origin = crate::web::full_link(&state.config, &headers, "")
        .unwrap_or_else(|| "https://musyawarah.example".to_owned());
    let example = serde_json::to_string_pretty(&serde_json::json!({
        "items": [{
            "id": "0b6c3a52-5f0e-4b51-9a0e-2f1f0d1f6a11",
            "kind": "recommendation",
            "statement": "Recognise domestic work as work in national labour law.",
            "consultation": {
                "slug": "hanoi-2019-12-18",
                "title": "National consultation in Hanoi",
                "starts_on": "2019-12-18",
                "url": format!("{origin}/consultations/hanoi-2019-12-18")
            },
            "states": ["Viet Nam"],
            "commitments": ["C4.2"],
            "themes": ["Domestic work"],
            "status": "in_progress",
            "addressee": "Viet Nam",
            "due_on": "2026-12-31",
            "overdue": false,
            "created_at": "2020-01-15T09:30:00Z",
            "url": format!("{origin}/findings/0b6c3a52-5f0e-4b51-9a0e-2f1f0d1f6a11"),
            "api_url": format!("{origin}/api/v1/findings/0b6c3a52-5f0e-4b51-9a0e-2f1f0d1f6a11")
        }],
        "total": 37,
        "total_capped": false,
        "next": "1579080600000000~0b6c3a52-5f0e-4b51-9a0e-2f1f0d1f6a11",
        "next_url": format!("{origin}/api/v1/findings?kind=recommendation&limit=1&cursor=1579080600000000~0b6c3a52-5f0e-4b51-9a0e-2f1f0d1f6a11")
    }))
    .unwrap_or_default();
    render(
        &ApiPage {
            ctx,
            origin,
            example,
        },
        axum::http::StatusCode::OK,
    )
}
