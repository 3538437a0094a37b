//! People's pages: staff only (the route table puts them behind the staff guard).

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;
use sqlx::PgPool;
use uuid::Uuid;

use super::forms::{self, PersonInput, RoleInput};
use super::queries;
use super::views::{PeoplePage, PersonFormPage, PersonPage};
use crate::AppError;
use crate::audit::Entry;
use crate::organisations::offered;
use crate::state::AppState;
use crate::web::extract::{Path, RequestId};
use crate::web::form::{FieldErrors, Form, Pairs, form_version, new_token};
use crate::web::write::{self, Created};
use crate::web::{Html, PageContext, render};
use crate::web::{Message, see_other_with};

/// `GET /people`.
pub async fn list_people(
    State(pool): State<PgPool>,
    ctx: PageContext,
) -> Result<impl IntoResponse, AppError> {
    let people = queries::list(&pool).await?;
    Ok(Html(PeoplePage { ctx, people }))
}

/// `GET /people.csv` and `.xlsx`: the people list (personal data: staff only, as the page).
pub async fn export_people(
    State(state): State<AppState>,
    format: crate::web::download::Format,
) -> Result<Response, AppError> {
    use crate::web::download::{self, Table, cells};
    let people = queries::list(&state.pool).await?;
    let mut table = Table::new(
        "people",
        t!("sheet-people"),
        download::headings![
            ("csv-name", Text),
            ("csv-honorific", Text),
            ("csv-current-roles", Text),
            ("csv-consultations", Integer),
            ("csv-spoke-at", Integer),
            ("csv-page", Text),
        ],
    );
    for p in people {
        table.push(cells![
            p.full_name,
            p.honorific,
            p.roles.join("; "),
            p.consultations,
            p.spoke_at,
            format!("/people/{}", p.id),
        ]);
    }
    download::send(format, state.clock.now().date_naive(), table).await
}

/// `GET /people/{id}`: who they are, the positions they held over time, where they took part.
pub async fn show_person(
    State(pool): State<PgPool>,
    ctx: PageContext,
    Path(id): Path<Uuid>,
) -> Result<impl IntoResponse, AppError> {
    let person = queries::find(&pool, id).await?.ok_or(AppError::NotFound)?;
    let input = RoleInput {
        token: new_token(),
        ..RoleInput::default()
    };
    Ok(Html(
        person_page(&pool, ctx, person, input, FieldErrors::default()).await?,
    ))
}

fn render_form(page: PersonFormPage, status: StatusCode) -> Response {
    render(&page, status)
}

/// `GET /people/new`.
pub async fn new_person_form(ctx: PageContext) -> Response {
    let input = PersonInput {
        sex: "not_stated".to_owned(),
        token: new_token(),
        ..PersonInput::default()
    };
    render_form(
        PersonFormPage {
            ctx,
            person_id: None,
            input,
            errors: FieldErrors::default(),
            conflict: false,
        },
        StatusCode::OK,
    )
}

/// `POST /people`.
pub async fn create_person(
    State(state): State<AppState>,
    ctx: PageContext,
    RequestId(request_id): RequestId,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let input = PersonInput::from_pairs(&Pairs(pairs));
    let errors = match forms::parse_person(&input) {
        Ok(fields) => {
            let user = ctx.viewer.actor_id();
            let insert = async |db: &mut sqlx::PgConnection| {
                let id: Uuid = sqlx::query_scalar(
                    "INSERT INTO person (full_name, honorific, sex, email, phone, staff_notes)
                     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                )
                .bind(&fields.full_name)
                .bind(&fields.honorific)
                .bind(fields.sex)
                .bind(&fields.email)
                .bind(&fields.phone)
                .bind(&fields.staff_notes)
                .fetch_one(&mut *db)
                .await?;
                Ok(Ok(Created {
                    id,
                    // Personal data stays out of the audit log: the record's id says who.
                    entry: Entry::new("person.create", "person", id).request(&request_id),
                    to: format!("/people/{id}"),
                    notice: Message::PersonAdded.into(),
                }))
            };
            let already = async |record: Option<Uuid>| {
                Ok(record.map_or("/people".to_owned(), |id| format!("/people/{id}")))
            };
            match write::create(&state.pool, &input.token, "person", user, insert, already).await? {
                Ok(done) => return Ok(done),
                Err(errors) => errors,
            }
        }
        Err(errors) => errors,
    };
    let page = PersonFormPage {
        ctx,
        person_id: None,
        input,
        errors,
        conflict: false,
    };
    Ok(render_form(page, StatusCode::UNPROCESSABLE_ENTITY))
}

/// `GET /people/{id}/edit`.
pub async fn edit_person_form(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(id): Path<Uuid>,
) -> Result<Response, AppError> {
    let p = queries::find(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let input = PersonInput {
        full_name: p.full_name,
        honorific: p.honorific,
        sex: p.sex.value().to_owned(),
        email: p.email,
        phone: p.phone,
        staff_notes: p.staff_notes,
        version: p.version.to_string(),
        token: String::new(),
    };
    Ok(render_form(
        PersonFormPage {
            ctx,
            person_id: Some(id),
            input,
            errors: FieldErrors::default(),
            conflict: false,
        },
        StatusCode::OK,
    ))
}

/// `POST /people/{id}`.
pub async fn update_person(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(id): Path<Uuid>,
    RequestId(request_id): RequestId,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    queries::find(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let input = PersonInput::from_pairs(&Pairs(pairs));
    let errors = match forms::parse_person(&input) {
        Ok(fields) => {
            let version = form_version(&input.version)?;
            let update = async |db: &mut sqlx::PgConnection| {
                let done = sqlx::query(
                    "UPDATE person SET full_name = $3, honorific = $4, sex = $5, email = $6, phone = $7,
                            staff_notes = $8, version = version + 1, updated_at = now()
                      WHERE id = $1 AND version = $2",
                )
                .bind(id)
                .bind(version)
                .bind(&fields.full_name)
                .bind(&fields.honorific)
                .bind(fields.sex)
                .bind(&fields.email)
                .bind(&fields.phone)
                .bind(&fields.staff_notes)
                .execute(&mut *db)
                .await?;
                Ok(Ok(done.rows_affected() > 0))
            };
            let entry = Entry::new("person.update", "person", id).request(&request_id);
            let conflict = async || {
                let current = queries::find(&state.pool, id)
                    .await?
                    .ok_or(AppError::NotFound)?;
                let mut input = input.clone();
                input.version = current.version.to_string();
                let page = PersonFormPage {
                    ctx: ctx.clone(),
                    person_id: Some(id),
                    input,
                    errors: FieldErrors::default(),
                    conflict: true,
                };
                Ok(render_form(page, StatusCode::CONFLICT))
            };
            let user = ctx.viewer.actor_id();
            let done = see_other_with(&format!("/people/{id}"), Message::PersonSaved);
            match write::update_versioned(&state.pool, user, update, entry, conflict, done).await? {
                Ok(done) => return Ok(done),
                Err(errors) => errors,
            }
        }
        Err(errors) => errors,
    };
    let page = PersonFormPage {
        ctx,
        person_id: Some(id),
        input,
        errors,
        conflict: false,
    };
    Ok(render_form(page, StatusCode::UNPROCESSABLE_ENTITY))
}

/// `POST /people/{id}/roles`: a position held, with its dates.
pub async fn add_role(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(id): Path<Uuid>,
    RequestId(request_id): RequestId,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let person = queries::find(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let pairs = Pairs(pairs);
    let input = RoleInput::from_pairs(&pairs);
    if offered::narrowing(&pairs) {
        let page = person_page(&state.pool, ctx, person, input, FieldErrors::default()).await?;
        return Ok(render(&page, StatusCode::OK));
    }
    let ids = offered::choosable(&state.pool, &input.chosen_organisations()).await?;
    let errors = match forms::parse_role(&input, &ids) {
        Ok(fields) => {
            let user = ctx.viewer.actor_id();
            let insert = async |db: &mut sqlx::PgConnection| {
                let role_id: Uuid = sqlx::query_scalar(
                    "INSERT INTO person_role (person_id, organisation_id, title, starts_on, ends_on, source)
                     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                )
                .bind(id)
                .bind(fields.organisation_id)
                .bind(&fields.title)
                .bind(fields.starts_on)
                .bind(fields.ends_on)
                .bind(&fields.source)
                .fetch_one(&mut *db)
                .await?;
                Ok(Ok(Created {
                    id: role_id,
                    entry: Entry::new("person_role.create", "person_role", role_id)
                        .request(&request_id)
                        .after(json!(fields)),
                    to: format!("/people/{id}"),
                    notice: Message::PositionAdded.into(),
                }))
            };
            let already = async |_| Ok(format!("/people/{id}"));
            match write::create(
                &state.pool,
                &input.token,
                "person_role",
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
    let page = person_page(&state.pool, ctx, person, input, errors).await?;
    Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY))
}

async fn person_page(
    pool: &PgPool,
    ctx: PageContext,
    person: queries::PersonRow,
    role_input: RoleInput,
    role_errors: FieldErrors,
) -> Result<PersonPage, AppError> {
    let organisations = offered::offered(
        pool,
        &role_input.organisation_filter,
        &role_input.chosen_organisations(),
    )
    .await?;
    let roles = queries::roles(pool, person.id)
        .await?
        .into_iter()
        .map(Into::into)
        .collect();
    let took_part = queries::took_part(pool, person.id).await?;
    Ok(PersonPage {
        ctx,
        person,
        roles,
        took_part,
        role_input,
        role_errors,
        organisations,
    })
}
