//! Organisation pages.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use serde_json::json;
use sqlx::PgPool;
use uuid::Uuid;

use super::OrganisationKind;
use super::forms::{self, OrganisationInput};
use super::offered::{self, Offered};
use super::queries::{self, DirectoryFilter};
use super::views::{DirectoryPage, OrganisationFormPage, OrganisationPage};
use crate::AppError;
use crate::audit::{self, Entry};
use crate::member_states;
use crate::state::AppState;
use crate::web::download::{self, Format, Table, cells};
use crate::web::extract::{Path, Query, RequestId};
use crate::web::form::{FieldErrors, Form, Pairs, form_version, new_token, violates};
use crate::web::write::{self, Created};
use crate::web::{Html, PageContext, render};
use crate::web::{Message, see_other_with};

/// The directory's filters, as they arrive in the query string.
#[derive(Debug, Default, Deserialize)]
pub struct DirectoryQuery {
    #[serde(default)]
    kind: String,
    /// A Member State code, or `regional`.
    #[serde(default)]
    state: String,
    /// Text the name or acronym contains.
    #[serde(default)]
    q: String,
    #[serde(default)]
    page: String,
}

/// Organisations on a page of the directory.
const DIRECTORY_PAGE: i64 = 100;

/// `GET /organisations?kind=&state=&q=&page=`: the organisations, filtered, a hundred a page.
pub async fn list_organisations(
    State(pool): State<PgPool>,
    ctx: PageContext,
    query: Option<Query<DirectoryQuery>>,
) -> Result<impl IntoResponse, AppError> {
    let query = query.map(|Query(q)| q).unwrap_or_default();
    let (filter, name, states) = directory_filter(&pool, &query).await?;
    let kind = filter.kind;
    let page = crate::web::extract::query_page(&query.page)?;
    let total = queries::directory_count(&pool, &filter).await?;
    let organisations = queries::directory(
        &pool,
        &filter,
        &ctx.viewer.visible_levels(),
        DIRECTORY_PAGE,
        (page - 1) * DIRECTORY_PAGE,
    )
    .await?;
    let (previous, next) = crate::web::extract::page_links(
        "/organisations",
        &[("kind", &query.kind), ("state", &query.state), ("q", &name)],
        page,
        DIRECTORY_PAGE,
        total,
    );
    Ok(Html(DirectoryPage {
        ctx,
        organisations,
        total,
        first: (page - 1) * DIRECTORY_PAGE + 1,
        previous,
        next,
        q: name,
        kinds: &OrganisationKind::ALL,
        states,
        kind: kind.map(|k| k.value().to_owned()).unwrap_or_default(),
        state: match filter.state {
            None => String::new(),
            Some(None) => "regional".to_owned(),
            Some(Some(code)) => code,
        },
    }))
}

/// The directory's filters from its query string (and the Member States, which check a code);
/// a bad value is a 400 that says which.
async fn directory_filter(
    pool: &PgPool,
    query: &DirectoryQuery,
) -> Result<
    (
        DirectoryFilter,
        String,
        Vec<member_states::queries::StateListItem>,
    ),
    AppError,
> {
    let kind = match query.kind.trim() {
        "" => None,
        value => Some(OrganisationKind::parse(value).ok_or_else(|| {
            AppError::BadRequest(format!("There is no kind of organisation {value:?}."))
        })?),
    };
    let states = member_states::queries::list_named(pool).await?;
    let state = match query.state.trim() {
        "" => None,
        "regional" => Some(None),
        code => {
            let code = code.to_ascii_uppercase();
            if !states.iter().any(|s| s.code == code) {
                return Err(AppError::BadRequest(format!(
                    "There is no Member State with the code {code:?}."
                )));
            }
            Some(Some(code))
        }
    };
    let name = query.q.trim().chars().take(100).collect::<String>();
    let filter = DirectoryFilter {
        kind,
        state,
        name: Some(name.clone()).filter(|n| !n.is_empty()),
    };
    Ok((filter, name, states))
}

/// `GET /organisations.csv` and `.xlsx`: the directory as filtered, every page of it.
pub async fn export_organisations(
    State(state): State<AppState>,
    ctx: PageContext,
    format: Format,
    query: Option<Query<DirectoryQuery>>,
) -> Result<Response, AppError> {
    let query = query.map(|Query(q)| q).unwrap_or_default();
    let (filter, _, _) = directory_filter(&state.pool, &query).await?;
    let organisations = queries::directory(
        &state.pool,
        &filter,
        &ctx.viewer.visible_levels(),
        i64::try_from(download::MAX_ROWS).unwrap_or(i64::MAX),
        0,
    )
    .await?;
    let mut table = Table::new(
        "organisations",
        t!("sheet-organisations"),
        download::headings![
            ("csv-name", Text),
            ("csv-acronym", Text),
            ("csv-kind", Text),
            ("csv-member-state", Text),
            ("csv-consultations", Integer),
            ("csv-page", Text),
        ],
    );
    for o in organisations {
        let place = o.state().unwrap_or_else(|| t!("regional"));
        table.push(cells![
            o.name,
            o.acronym,
            o.kind.label(),
            place,
            o.consultations,
            format!("/organisations/{}", o.slug),
        ]);
    }
    download::send(format, state.clock.now().date_naive(), table).await
}

/// `GET /organisations/{slug}/history.csv` and `.xlsx`: the consultations an organisation took
/// part in, as its page lists them.
pub async fn export_history(
    State(state): State<AppState>,
    ctx: PageContext,
    format: Format,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let org = queries::find_by_slug(&state.pool, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let history = queries::history(&state.pool, org.id, &ctx.viewer.visible_levels()).await?;
    let mut table = Table::new(
        format!("{}-history", org_file_name(&slug)),
        t!("sheet-history"),
        download::headings![
            ("csv-consultation", Text),
            ("csv-starts", Date),
            ("csv-ends", Date),
            ("csv-planned-period", Text),
            ("csv-status", Text),
            ("csv-host", Text),
            ("csv-roles", Text),
            ("csv-sessions-spoken-at", Text),
        ],
    );
    for h in history {
        table.push(cells![
            h.title,
            h.starts_on,
            h.ends_on,
            h.planned_period,
            h.status.label(),
            h.host_name,
            h.roles
                .iter()
                .map(|r| r.label())
                .collect::<Vec<_>>()
                .join("; "),
            h.sessions_spoken.join("; "),
        ]);
    }
    download::send(format, state.clock.now().date_naive(), table).await
}

/// An organisation's slug as part of a file name.
fn org_file_name(slug: &str) -> String {
    format!("organisation-{slug}")
}

/// `GET /organisations/{slug}`: what the organisation is and where it took part.
pub async fn show_organisation(
    State(pool): State<PgPool>,
    ctx: PageContext,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let Some(org) = queries::find_by_slug(&pool, &slug).await? else {
        // A record merged into another lives on under the other's address.
        return match queries::merged_into(&pool, &slug).await? {
            Some(target) => Ok((
                StatusCode::MOVED_PERMANENTLY,
                Redirect::permanent(&format!("/organisations/{target}")),
            )
                .into_response()),
            None => Err(AppError::NotFound),
        };
    };
    let history = queries::history(&pool, org.id, &ctx.viewer.visible_levels())
        .await?
        .into_iter()
        .map(Into::into)
        .collect();
    Ok(Html(OrganisationPage { ctx, org, history }).into_response())
}

async fn form_page(
    pool: &PgPool,
    ctx: PageContext,
    slug: Option<String>,
    input: OrganisationInput,
    errors: FieldErrors,
    conflict: bool,
) -> Result<OrganisationFormPage, AppError> {
    // The merge form, under the form of an organisation that exists, offers the others.
    let others = match &slug {
        Some(slug) => merge_choices(pool, slug, "", None).await?,
        None => Offered::default(),
    };
    Ok(OrganisationFormPage {
        ctx,
        slug,
        input,
        errors,
        kinds: &OrganisationKind::ALL,
        states: member_states::queries::list_named(pool).await?,
        others,
        conflict,
        merge_into: String::new(),
        merge_confirmed: false,
    })
}

async fn state_codes(pool: &PgPool) -> Result<Vec<String>, AppError> {
    Ok(member_states::queries::list(pool)
        .await?
        .into_iter()
        .map(|s| s.code)
        .collect())
}

/// A unique-key refusal as a message beside its field, or `None` for other errors.
fn unique_field(err: &sqlx::Error) -> Option<(&'static str, String)> {
    if violates(err, "organisation_name_key") {
        Some(("name", t!("organisation-name-taken")))
    } else if violates(err, "organisation_alias_key") {
        Some(("aliases", t!("organisation-alias-taken")))
    } else {
        None
    }
}

/// What a link to the organisation form may fill in: a name (`?name=`), another name to add
/// (`?add_alias=`), and where to go once saved (`?then=`, a participant list's check).
#[derive(Debug, Default, Deserialize)]
pub struct Prefill {
    #[serde(default)]
    name: String,
    #[serde(default)]
    add_alias: String,
    #[serde(default)]
    then: String,
}

/// `GET /organisations/new`.
pub async fn new_organisation_form(
    State(state): State<AppState>,
    ctx: PageContext,
    prefill: Option<Query<Prefill>>,
) -> Result<Response, AppError> {
    let prefill = prefill.map(|Query(p)| p).unwrap_or_default();
    let input = OrganisationInput {
        kind: "civil_society".to_owned(),
        token: new_token(),
        name: prefill.name.trim().chars().take(300).collect(),
        then: forms::return_path(&prefill.then).unwrap_or_default(),
        ..OrganisationInput::default()
    };
    let page = form_page(&state.pool, ctx, None, input, FieldErrors::default(), false).await?;
    Ok(render(&page, StatusCode::OK))
}

/// `POST /organisations`.
pub async fn create_organisation(
    State(state): State<AppState>,
    ctx: PageContext,
    RequestId(request_id): RequestId,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let input = OrganisationInput::from_pairs(&Pairs(pairs));
    let errors = match forms::parse(&input, &state_codes(&state.pool).await?) {
        Ok(fields) => {
            let user = ctx.viewer.actor_id();
            let insert = async |db: &mut sqlx::PgConnection| {
                let base = if fields.acronym.is_empty() {
                    fields.name.clone()
                } else {
                    fields.acronym.clone()
                };
                let slug = crate::db::slug::free_slug_in(&mut *db, "organisation", &base).await?;
                let id = match queries::insert(db, &slug, &fields).await {
                    Ok(id) => id,
                    Err(err) => return unique_errors(err),
                };
                Ok(Ok(Created {
                    id,
                    entry: Entry::new("organisation.create", "organisation", id)
                        .request(&request_id)
                        .after(json!(fields)),
                    to: if input.then.is_empty() {
                        format!("/organisations/{slug}")
                    } else {
                        input.then.clone()
                    },
                    notice: Message::OrganisationAdded.into(),
                }))
            };
            let already = async |record: Option<Uuid>| {
                let slug = match record {
                    Some(id) => queries::slug_of(&state.pool, id).await?,
                    None => None,
                };
                Ok(slug.map_or("/organisations".to_owned(), |s| {
                    format!("/organisations/{s}")
                }))
            };
            match write::create(
                &state.pool,
                &input.token,
                "organisation",
                user,
                insert,
                already,
            )
            .await?
            {
                Ok(done) => return Ok(done),
                Err(errors) => errors,
            }
        }
        Err(errors) => errors,
    };
    let page = form_page(&state.pool, ctx, None, input, errors, false).await?;
    Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY))
}

/// A write's refusal as the message beside the field whose value another organisation holds;
/// any other database error as it is.
fn unique_errors<T>(err: sqlx::Error) -> Result<Result<T, FieldErrors>, AppError> {
    let Some((field, message)) = unique_field(&err) else {
        return Err(err.into());
    };
    let mut errors = FieldErrors::default();
    errors.add(field, message);
    Ok(Err(errors))
}

fn input_of(row: &queries::EditRow) -> OrganisationInput {
    OrganisationInput {
        name: row.name.clone(),
        acronym: row.acronym.clone(),
        kind: row.kind.value().to_owned(),
        member_state: row.member_state_code.clone().unwrap_or_default(),
        country_note: row.country_note.clone(),
        website: row.website.clone(),
        description: row.description.clone(),
        aliases: row.aliases.join("\n"),
        version: row.version.to_string(),
        token: String::new(),
        then: String::new(),
    }
}

/// `GET /organisations/{slug}/edit`.
pub async fn edit_organisation_form(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(slug): Path<String>,
    prefill: Option<Query<Prefill>>,
) -> Result<Response, AppError> {
    let row = queries::edit_row(&state.pool, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let prefill = prefill.map(|Query(p)| p).unwrap_or_default();
    let mut input = input_of(&row);
    let alias: String = prefill.add_alias.trim().chars().take(300).collect();
    if !alias.is_empty() && !row.aliases.iter().any(|a| a.eq_ignore_ascii_case(&alias)) {
        if !input.aliases.is_empty() {
            input.aliases.push('\n');
        }
        input.aliases.push_str(&alias);
    }
    input.then = forms::return_path(&prefill.then).unwrap_or_default();
    let page = form_page(
        &state.pool,
        ctx,
        Some(slug),
        input,
        FieldErrors::default(),
        false,
    )
    .await?;
    Ok(render(&page, StatusCode::OK))
}

/// `POST /organisations/{slug}`.
pub async fn update_organisation(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(slug): Path<String>,
    RequestId(request_id): RequestId,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let before = queries::edit_row(&state.pool, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let input = OrganisationInput::from_pairs(&Pairs(pairs));
    let errors = match forms::parse(&input, &state_codes(&state.pool).await?) {
        Ok(fields) => {
            let version = form_version(&input.version)?;
            let update = async |db: &mut sqlx::PgConnection| match queries::update(
                db, before.id, version, &fields,
            )
            .await
            {
                Ok(saved) => Ok(Ok(saved)),
                Err(err) => unique_errors(err),
            };
            let entry = Entry::new("organisation.update", "organisation", before.id)
                .request(&request_id)
                .before(json!({
                    "name": before.name, "acronym": before.acronym, "kind": before.kind,
                    "member_state_code": before.member_state_code, "country_note": before.country_note,
                    "website": before.website, "description": before.description, "aliases": before.aliases,
                }))
                .after(json!(fields));
            let conflict = async || {
                let current = queries::edit_row(&state.pool, &slug)
                    .await?
                    .ok_or(AppError::NotFound)?;
                let mut input = input.clone();
                input.version = current.version.to_string();
                let page = form_page(
                    &state.pool,
                    ctx.clone(),
                    Some(slug.clone()),
                    input,
                    FieldErrors::default(),
                    true,
                )
                .await?;
                Ok(render(&page, StatusCode::CONFLICT))
            };
            let user = ctx.viewer.actor_id();
            let done = see_other_with(
                &if input.then.is_empty() {
                    format!("/organisations/{slug}")
                } else {
                    input.then.clone()
                },
                Message::OrganisationSaved,
            );
            match write::update_versioned(&state.pool, user, update, entry, conflict, done).await? {
                Ok(done) => return Ok(done),
                Err(errors) => errors,
            }
        }
        Err(errors) => errors,
    };
    let page = form_page(&state.pool, ctx, Some(slug), input, errors, false).await?;
    Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY))
}

#[derive(Debug, Default, Deserialize)]
pub struct MergeForm {
    #[serde(default)]
    into: String,
    #[serde(default)]
    confirm: String,
    /// The filter of the list to choose from, and its button (see [`offered`]).
    #[serde(default)]
    organisation_filter: String,
    #[serde(default)]
    narrow: String,
}

/// The organisations the organisation `slug` may be merged into, for `filter`, with the one
/// chosen (`into`).
async fn merge_choices(
    pool: &PgPool,
    slug: &str,
    filter: &str,
    into: Option<Uuid>,
) -> Result<Offered, AppError> {
    let mut others = offered::offered(pool, filter, &into.into_iter().collect::<Vec<_>>()).await?;
    if let Some(row) = queries::edit_row(pool, slug).await? {
        others.choices.retain(|o| o.id != row.id);
    }
    Ok(others)
}

/// `POST /organisations/{slug}/merge`: two records of one organisation become one, keeping the
/// history of both.
pub async fn merge_organisation(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(slug): Path<String>,
    RequestId(request_id): RequestId,
    Form(form): Form<MergeForm>,
) -> Result<Response, AppError> {
    let from = queries::edit_row(&state.pool, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let into = match Uuid::parse_str(form.into.trim()) {
        Ok(id) if id != from.id => queries::slug_of(&state.pool, id).await?.map(|s| (id, s)),
        _ => None,
    };
    let mut errors = FieldErrors::default();
    if into.is_none() {
        errors.add("into", t!("organisation-choose-into"));
    }
    if form.confirm.is_empty() {
        errors.add("confirm", t!("organisation-tick-confirm"));
    }
    let narrowing = !form.narrow.is_empty();
    if narrowing {
        errors = FieldErrors::default();
    }
    let Some((into_id, into_slug)) = into.filter(|_| errors.is_empty() && !narrowing) else {
        let mut page = form_page(
            &state.pool,
            ctx,
            Some(slug.clone()),
            input_of(&from),
            errors,
            false,
        )
        .await?;
        // The merge form comes back as it was sent, its list narrowed by its filter.
        page.merge_into = form.into.trim().to_owned();
        page.merge_confirmed = !form.confirm.is_empty();
        page.others = merge_choices(
            &state.pool,
            &slug,
            &form.organisation_filter,
            Uuid::parse_str(form.into.trim()).ok(),
        )
        .await?;
        let status = match narrowing {
            true => StatusCode::OK,
            false => StatusCode::UNPROCESSABLE_ENTITY,
        };
        return Ok(render(&page, status));
    };
    let mut tx = state.pool.begin().await?;
    queries::merge(&mut tx, from.id, into_id).await?;
    let mut entry = Entry::new("organisation.merge", "organisation", from.id)
        .request(&request_id)
        .before(json!({ "name": from.name, "slug": from.slug, "aliases": from.aliases }))
        .after(json!({ "merged_into": into_id, "merged_into_slug": into_slug }));
    entry.actor_id = ctx.viewer.actor_id();
    audit::record(&mut *tx, &entry).await?;
    tx.commit().await?;
    Ok(see_other_with(
        &format!("/organisations/{into_slug}"),
        Message::OrganisationsMerged,
    ))
}
