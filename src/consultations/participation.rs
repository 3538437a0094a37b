//! Participation records of a consultation, kept by hand: which organisation took part, in what
//! role, with head counts by sex. (Lists of named people come in through the participant
//! import.)

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Serialize;
use serde_json::json;
use sqlx::{PgExecutor, PgPool};
use uuid::Uuid;

use super::ParticipationRole;
use crate::AppError;
use crate::audit::{self, Entry};
use crate::organisations::offered::{self, Offered};
use crate::state::AppState;
use crate::web::extract::{Path, RequestId};
use crate::web::form::{FieldErrors, Form, Pairs, form_version, new_token, violates};
use crate::web::write::{self, Created};
use crate::web::{Message, see_other_with};
use crate::web::{PageContext, render};

/// A participation record, as a staff list line and edit form source.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Record {
    pub id: Uuid,
    pub consultation_slug: String,
    pub consultation_title: String,
    pub organisation_id: Uuid,
    pub organisation: String,
    pub person: Option<String>,
    pub role: ParticipationRole,
    pub female: i32,
    pub male: i32,
    pub other_or_unstated: i32,
    pub note: String,
    pub version: i32,
}

const RECORD: &str = "
    SELECT pa.id, c.slug AS consultation_slug, c.title AS consultation_title,
           pa.organisation_id, o.name AS organisation, p.full_name AS person, pa.role,
           pa.female, pa.male, pa.other_or_unstated, pa.note, pa.version
      FROM participation pa
      JOIN consultation c ON c.id = pa.consultation_id
      JOIN organisation o ON o.id = pa.organisation_id
      LEFT JOIN person p ON p.id = pa.person_id";

/// The records of a consultation (staff).
pub async fn records(
    db: impl PgExecutor<'_>,
    consultation: Uuid,
) -> Result<Vec<Record>, sqlx::Error> {
    sqlx::query_as(&format!(
        "{RECORD} WHERE pa.consultation_id = $1 AND pa.person_id IS NULL ORDER BY o.name, pa.role"
    ))
    .bind(consultation)
    .fetch_all(db)
    .await
}

async fn record(db: impl PgExecutor<'_>, id: Uuid) -> Result<Option<Record>, sqlx::Error> {
    sqlx::query_as(&format!("{RECORD} WHERE pa.id = $1"))
        .bind(id)
        .fetch_optional(db)
        .await
}

/// The form as typed.
#[derive(Debug, Clone, Default)]
pub struct Input {
    pub organisation: String,
    /// The filter of the organisations' list.
    pub organisation_filter: String,
    pub role: String,
    pub female: String,
    pub male: String,
    pub other_or_unstated: String,
    pub note: String,
    pub version: String,
    pub token: String,
}

impl Input {
    fn from_pairs(p: &Pairs) -> Self {
        Self {
            organisation: p.get("organisation").to_owned(),
            organisation_filter: p.get(offered::FILTER).to_owned(),
            role: p.get("role").to_owned(),
            female: p.get("female").to_owned(),
            male: p.get("male").to_owned(),
            other_or_unstated: p.get("other_or_unstated").to_owned(),
            note: p.get("note").to_owned(),
            version: p.get("version").to_owned(),
            token: p.get("token").to_owned(),
        }
    }
}

/// A record's values, valid.
#[derive(Debug, Serialize)]
pub struct Fields {
    pub organisation_id: Uuid,
    pub role: ParticipationRole,
    pub female: i32,
    pub male: i32,
    pub other_or_unstated: i32,
    pub note: String,
}

fn parse(input: &Input, organisations: &[Uuid]) -> Result<Fields, FieldErrors> {
    let mut errors = FieldErrors::default();
    let organisation_id = Uuid::parse_str(&input.organisation)
        .ok()
        .filter(|id| organisations.contains(id));
    if organisation_id.is_none() {
        errors.add("organisation", t!("form-choose-organisation"));
    }
    let role = ParticipationRole::parse(&input.role);
    if role.is_none() {
        errors.add("role", t!("participation-choose-role"));
    }
    let mut count = |value: &str, field: &'static str| -> i32 {
        if value.is_empty() {
            return 0;
        }
        match value.parse::<i32>() {
            Ok(n) if (0..=100_000).contains(&n) => n,
            Ok(n) if n < 0 => {
                errors.add(field, t!("participation-negative"));
                0
            }
            _ => {
                errors.add(field, t!("participation-whole-number"));
                0
            }
        }
    };
    let female = count(&input.female, "female");
    let male = count(&input.male, "male");
    let other_or_unstated = count(&input.other_or_unstated, "other_or_unstated");
    match (organisation_id, role) {
        (Some(organisation_id), Some(role)) if errors.is_empty() => Ok(Fields {
            organisation_id,
            role,
            female,
            male,
            other_or_unstated,
            note: input.note.clone(),
        }),
        _ => Err(errors),
    }
}

#[derive(askama::Template)]
#[template(path = "consultations/participation_form.html")]
pub struct FormPage {
    pub ctx: PageContext,
    pub consultation_slug: String,
    pub consultation_title: String,
    pub record_id: Option<Uuid>,
    pub input: Input,
    pub errors: FieldErrors,
    pub organisations: Offered,
    pub conflict: bool,
}

impl FormPage {
    pub fn action(&self) -> String {
        match self.record_id {
            Some(id) => format!("/participation/{id}"),
            None => format!("/consultations/{}/participation", self.consultation_slug),
        }
    }

    pub fn roles(&self) -> Vec<(&'static str, &'static str, bool)> {
        ParticipationRole::options(ParticipationRole::parse(&self.input.role))
    }
}

#[expect(clippy::too_many_arguments, reason = "the pieces of one page")]
async fn page(
    pool: &PgPool,
    ctx: PageContext,
    slug: String,
    title: String,
    record_id: Option<Uuid>,
    input: Input,
    errors: FieldErrors,
    conflict: bool,
) -> Result<FormPage, AppError> {
    let organisations = offered::offered(pool, &input.organisation_filter, &chosen(&input)).await?;
    Ok(FormPage {
        ctx,
        consultation_slug: slug,
        consultation_title: title,
        record_id,
        input,
        errors,
        organisations,
        conflict,
    })
}

/// The form as `input` holds it, with no message: a new form, an edit form, or one narrowed.
async fn as_typed(
    pool: &PgPool,
    ctx: PageContext,
    (slug, title): (String, String),
    record_id: Option<Uuid>,
    input: Input,
) -> Result<Response, AppError> {
    let page = page(
        pool,
        ctx,
        slug,
        title,
        record_id,
        input,
        FieldErrors::default(),
        false,
    )
    .await?;
    Ok(render(&page, StatusCode::OK))
}

/// The organisation the form names, if it names one.
fn chosen(input: &Input) -> Vec<Uuid> {
    Uuid::parse_str(&input.organisation).into_iter().collect()
}

/// Of the organisation the form names, whether it may be chosen (a list of one or none).
async fn organisation_ids(pool: &PgPool, input: &Input) -> Result<Vec<Uuid>, AppError> {
    Ok(offered::choosable(pool, &chosen(input)).await?)
}

/// `GET /consultations/{slug}/participation/new`.
pub async fn new_participation_form(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let c = super::queries::edit_row(&state.pool, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let input = Input {
        role: "participant".to_owned(),
        token: new_token(),
        ..Input::default()
    };
    as_typed(&state.pool, ctx, (slug, c.title), None, input).await
}

/// `POST /consultations/{slug}/participation`.
pub async fn create_participation(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(slug): Path<String>,
    RequestId(request_id): RequestId,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let c = super::queries::edit_row(&state.pool, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let pairs = Pairs(pairs);
    let input = Input::from_pairs(&pairs);
    if offered::narrowing(&pairs) {
        return as_typed(&state.pool, ctx, (slug, c.title), None, input).await;
    }
    let errors = match parse(&input, &organisation_ids(&state.pool, &input).await?) {
        Ok(fields) => {
            let user = ctx.viewer.actor_id();
            let back = format!("/consultations/{slug}#participants-heading");
            let insert = async |db: &mut sqlx::PgConnection| {
                let inserted: Result<Uuid, sqlx::Error> = sqlx::query_scalar(
                    "INSERT INTO participation (consultation_id, organisation_id, role, female, male,
                                                other_or_unstated, note)
                     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                )
                .bind(c.id)
                .bind(fields.organisation_id)
                .bind(fields.role)
                .bind(fields.female)
                .bind(fields.male)
                .bind(fields.other_or_unstated)
                .bind(&fields.note)
                .fetch_one(&mut *db)
                .await;
                let id = match inserted {
                    Ok(id) => id,
                    Err(err) if violates(&err, "participation_once_per_role") => {
                        return Ok(Err(duplicate()));
                    }
                    Err(err) => return Err(err.into()),
                };
                Ok(Ok(Created {
                    id,
                    entry: Entry::new("participation.create", "participation", id)
                        .request(&request_id)
                        .after(json!(fields)),
                    to: back.clone(),
                    notice: Message::ParticipationAdded.into(),
                }))
            };
            let already = async |_| Ok(back.clone());
            match write::create(
                &state.pool,
                &input.token,
                "participation",
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
    let page = page(&state.pool, ctx, slug, c.title, None, input, errors, false).await?;
    Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY))
}

/// The message when the organisation already took part in this role.
fn duplicate() -> FieldErrors {
    let mut errors = FieldErrors::default();
    errors.add("organisation", t!("participation-duplicate"));
    errors
}

/// `GET /participation/{id}/edit`.
pub async fn edit_participation_form(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(id): Path<Uuid>,
) -> Result<Response, AppError> {
    let r = record(&state.pool, id).await?.ok_or(AppError::NotFound)?;
    let input = Input {
        organisation: r.organisation_id.to_string(),
        role: r.role.value().to_owned(),
        female: r.female.to_string(),
        male: r.male.to_string(),
        other_or_unstated: r.other_or_unstated.to_string(),
        note: r.note.clone(),
        version: r.version.to_string(),
        token: String::new(),
        organisation_filter: String::new(),
    };
    as_typed(
        &state.pool,
        ctx,
        (r.consultation_slug, r.consultation_title),
        Some(id),
        input,
    )
    .await
}

/// `POST /participation/{id}`.
pub async fn update_participation(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(id): Path<Uuid>,
    RequestId(request_id): RequestId,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let before = record(&state.pool, id).await?.ok_or(AppError::NotFound)?;
    let pairs = Pairs(pairs);
    let input = Input::from_pairs(&pairs);
    let (slug, title) = (
        before.consultation_slug.clone(),
        before.consultation_title.clone(),
    );
    if offered::narrowing(&pairs) {
        return as_typed(&state.pool, ctx, (slug, title), Some(id), input).await;
    }
    let errors = match parse(&input, &organisation_ids(&state.pool, &input).await?) {
        Ok(fields) => {
            let version = form_version(&input.version)?;
            let update = async |db: &mut sqlx::PgConnection| {
                let updated = sqlx::query(
                    "UPDATE participation SET organisation_id = $3, role = $4, female = $5, male = $6,
                            other_or_unstated = $7, note = $8, is_demo = false,
                            version = version + 1, updated_at = now()
                      WHERE id = $1 AND version = $2",
                )
                .bind(id)
                .bind(version)
                .bind(fields.organisation_id)
                .bind(fields.role)
                .bind(fields.female)
                .bind(fields.male)
                .bind(fields.other_or_unstated)
                .bind(&fields.note)
                .execute(&mut *db)
                .await;
                match updated {
                    Ok(done) => Ok(Ok(done.rows_affected() == 1)),
                    Err(err) if violates(&err, "participation_once_per_role") => {
                        Ok(Err(duplicate()))
                    }
                    Err(err) => Err(err.into()),
                }
            };
            let entry = Entry::new("participation.update", "participation", id)
                .request(&request_id)
                .before(json!({
                    "organisation_id": before.organisation_id, "role": before.role,
                    "female": before.female, "male": before.male,
                    "other_or_unstated": before.other_or_unstated, "note": before.note,
                }))
                .after(json!(fields));
            let conflict = async || {
                let current = record(&state.pool, id).await?.ok_or(AppError::NotFound)?;
                let mut input = input.clone();
                input.version = current.version.to_string();
                let page = page(
                    &state.pool,
                    ctx.clone(),
                    slug.clone(),
                    title.clone(),
                    Some(id),
                    input,
                    FieldErrors::default(),
                    true,
                )
                .await?;
                Ok(render(&page, StatusCode::CONFLICT))
            };
            let user = ctx.viewer.actor_id();
            let done = see_other_with(
                &format!("/consultations/{slug}#participants-heading"),
                Message::ParticipationSaved,
            );
            match write::update_versioned(&state.pool, user, update, entry, conflict, done).await? {
                Ok(done) => return Ok(done),
                Err(errors) => errors,
            }
        }
        Err(errors) => errors,
    };
    let page = page(
        &state.pool,
        ctx,
        slug,
        title,
        Some(id),
        input,
        errors,
        false,
    )
    .await?;
    Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY))
}

/// `GET /participation/{id}/delete`: "Remove this record?" on a page of its own, since a
/// removed record cannot be brought back.
pub async fn confirm_delete_participation(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(id): Path<Uuid>,
) -> Result<Response, AppError> {
    let r = record(&state.pool, id).await?.ok_or(AppError::NotFound)?;
    let page = crate::web::confirm::ConfirmPage::new(
        ctx,
        t!("participation-remove-title"),
        t!(
            "participation-remove-question",
            organisation = r.organisation.as_str(),
            role = r.role.label(),
            consultation = r.consultation_title.as_str()
        ),
        t!("participation-remove-explained"),
        format!("/participation/{id}/delete"),
        t!("confirm-yes-remove"),
        format!("/participation/{id}/edit"),
    );
    Ok(crate::web::render(&page, StatusCode::OK))
}

/// `POST /participation/{id}/delete`: the record goes; the audit log keeps what it said.
pub async fn delete_participation(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(id): Path<Uuid>,
    RequestId(request_id): RequestId,
) -> Result<Response, AppError> {
    let before = record(&state.pool, id).await?.ok_or(AppError::NotFound)?;
    let mut tx = state.pool.begin().await?;
    sqlx::query("DELETE FROM participation WHERE id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    let mut entry = Entry::new("participation.delete", "participation", id)
        .request(&request_id)
        .before(json!({
            "organisation_id": before.organisation_id, "role": before.role,
            "female": before.female, "male": before.male,
            "other_or_unstated": before.other_or_unstated, "note": before.note,
        }));
    entry.actor_id = ctx.viewer.actor_id();
    audit::record(&mut *tx, &entry).await?;
    tx.commit().await?;
    Ok(see_other_with(
        &format!(
            "/consultations/{}#participants-heading",
            before.consultation_slug
        ),
        Message::ParticipationRemoved,
    ))
}
