//! Administration: invite people, change their role or scope, disable accounts, browse the
//! audit log. Every write is audited with its before and after.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;
use uuid::Uuid;

use super::queries::{self, AccountFields, AuditFilter, UserRow};
use super::views::{AccountInput, AuditPage, InvitedPage, UserFormPage, UsersPage};
use crate::AppError;
use crate::audit::{self, Entry};
use crate::auth::invitations::Purpose;
use crate::auth::{Role, invitations};
use crate::member_states;
use crate::organisations::offered;
use crate::state::AppState;
use crate::web::extract::{Path, Query, RequestId};
use crate::web::form::{FieldErrors, Form};
use crate::web::write;
use crate::web::{Html, Message, PageContext, SignedIn, render, see_other_with};

/// `GET /admin/users`.
/// Accounts on a page of the list.
const USERS_PAGE: i64 = 100;

#[derive(Debug, Default, Deserialize)]
pub struct UsersQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    page: String,
}

/// `GET /admin/users?q=&page=`: the accounts, a hundred a page, found by name or e-mail.
pub async fn list_users(
    State(state): State<AppState>,
    ctx: PageContext,
    query: Option<Query<UsersQuery>>,
) -> Result<impl IntoResponse, AppError> {
    let query = query.map(|Query(q)| q).unwrap_or_default();
    if query.q.contains('\0') {
        return Err(AppError::BadRequest(crate::web::extract::nul_message()));
    }
    let q: String = query.q.trim().chars().take(200).collect();
    let page = crate::web::extract::query_page(&query.page)?;
    let total = queries::users_count(&state.pool, &q).await?;
    let users = queries::users(&state.pool, &q, USERS_PAGE, (page - 1) * USERS_PAGE).await?;
    let (previous, next) =
        crate::web::extract::page_links("/admin/users", &[("q", &q)], page, USERS_PAGE, total);
    Ok(Html(UsersPage {
        ctx,
        users,
        total,
        first: (page - 1) * USERS_PAGE + 1,
        previous,
        next,
        q,
    }))
}

async fn form_page(
    state: &AppState,
    ctx: PageContext,
    user: Option<UserRow>,
    input: AccountInput,
    errors: FieldErrors,
    conflict: Option<UserRow>,
) -> Result<UserFormPage, AppError> {
    let chosen: Vec<Uuid> = Uuid::parse_str(input.organisation.trim())
        .into_iter()
        .collect();
    let organisations = offered::offered(&state.pool, &input.organisation_filter, &chosen).await?;
    Ok(UserFormPage {
        ctx,
        user,
        input,
        errors,
        roles: &Role::ALL,
        organisations,
        states: member_states::queries::list_named(&state.pool).await?,
        conflict,
    })
}

/// `GET /admin/users/new`.
pub async fn new_user_form(
    State(state): State<AppState>,
    ctx: PageContext,
) -> Result<Response, AppError> {
    let input = AccountInput {
        role: "partner".to_owned(),
        ..AccountInput::default()
    };
    let page = form_page(&state, ctx, None, input, FieldErrors::default(), None).await?;
    Ok(render(&page, StatusCode::OK))
}

#[derive(Debug, Default, Deserialize)]
pub struct AccountForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    organisation: String,
    #[serde(default)]
    member_state: String,
    #[serde(default)]
    version: String,
    /// The filter of the organisations' list, and its button (see [`offered`]).
    #[serde(default)]
    organisation_filter: String,
    #[serde(default)]
    narrow: String,
}

impl AccountForm {
    fn input(&self) -> AccountInput {
        AccountInput {
            email: self.email.trim().to_owned(),
            display_name: self.display_name.trim().to_owned(),
            role: self.role.clone(),
            organisation: self.organisation.clone(),
            organisation_filter: self.organisation_filter.clone(),
            member_state: self.member_state.clone(),
            version: self.version.trim().parse().unwrap_or_default(),
        }
    }

    /// Parses the form into account fields, or the messages for each field.
    async fn parse(&self, pool: &sqlx::PgPool) -> Result<AccountFields, FieldErrors> {
        let mut errors = FieldErrors::default();
        let email = self.email.trim().to_owned();
        let at = email.find('@');
        if email.is_empty() {
            errors.add("email", t!("user-enter-email"));
        } else if at.is_none_or(|i| i == 0 || i + 1 == email.len()) || email.contains(' ') {
            errors.add("email", t!("user-email-shape"));
        } else if email.chars().count() > 254 {
            errors.add("email", t!("user-email-too-long"));
        }
        let display_name = self.display_name.trim().to_owned();
        if display_name.is_empty() {
            errors.add("display_name", t!("user-enter-name"));
        } else if display_name.chars().count() > 200 {
            errors.add("display_name", t!("name-too-long-200"));
        }
        let role = Role::parse(&self.role);
        if role.is_none() {
            errors.add("role", t!("user-choose-role"));
        }
        let mut organisation_id = None;
        let mut member_state_code = None;
        match role {
            Some(Role::Partner) => match Uuid::parse_str(self.organisation.trim()) {
                Ok(id) if exists(pool, "organisation", "id", &id.to_string()).await => {
                    organisation_id = Some(id);
                }
                _ => errors.add("organisation", t!("user-choose-organisation")),
            },
            Some(Role::Official) => match self.member_state.trim() {
                "" => errors.add("member_state", t!("user-choose-state")),
                "region" => {}
                code if exists(pool, "member_state", "code", code).await => {
                    member_state_code = Some(code.to_owned());
                }
                _ => errors.add("member_state", t!("form-choose-state")),
            },
            _ => {}
        }
        match role {
            Some(role) if errors.is_empty() => Ok(AccountFields {
                email,
                display_name,
                role,
                organisation_id,
                member_state_code,
            }),
            _ => Err(errors),
        }
    }
}

async fn exists(pool: &sqlx::PgPool, table: &str, column: &str, value: &str) -> bool {
    // `table` and `column` are ours, never the user's.
    sqlx::query_scalar::<_, bool>(&format!(
        "SELECT EXISTS (SELECT 1 FROM {table} WHERE {column}::text = $1)"
    ))
    .bind(value)
    .fetch_one(pool)
    .await
    .unwrap_or(false)
}

fn is_unique_violation(err: &sqlx::Error) -> bool {
    err.as_database_error()
        .and_then(|e| e.code())
        .is_some_and(|c| c == "23505")
}

/// `POST /admin/users`: creates the account and shows its invitation link once.
pub async fn create_user(
    State(state): State<AppState>,
    ctx: PageContext,
    headers: HeaderMap,
    SignedIn(admin): SignedIn,
    RequestId(request_id): RequestId,
    Form(form): Form<AccountForm>,
) -> Result<Response, AppError> {
    if !form.narrow.is_empty() {
        let page = form_page(
            &state,
            ctx,
            None,
            form.input(),
            FieldErrors::default(),
            None,
        )
        .await?;
        return Ok(render(&page, StatusCode::OK));
    }
    let fields = match form.parse(&state.pool).await {
        Ok(fields) => fields,
        Err(errors) => {
            let page = form_page(&state, ctx, None, form.input(), errors, None).await?;
            return Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY));
        }
    };
    let now = state.clock.now();
    let mut tx = state.pool.begin().await?;
    let id = match queries::insert_user(&mut *tx, &fields, now).await {
        Ok(id) => id,
        Err(err) if is_unique_violation(&err) => {
            let mut errors = FieldErrors::default();
            errors.add("email", t!("user-email-taken"));
            let page = form_page(&state, ctx, None, form.input(), errors, None).await?;
            return Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY));
        }
        Err(err) => return Err(err.into()),
    };
    let token = invitations::create(
        &mut tx,
        id,
        Some(admin.id),
        now,
        state.config.invitation_valid,
        Purpose::Invitation,
    )
    .await?;
    audit::record(
        &mut *tx,
        &Entry::new("invitation.create", "app_user", id)
            .by(admin.id)
            .request(&request_id)
            .after(json!(fields)),
    )
    .await?;
    tx.commit().await?;
    invited_page(&state, ctx, &headers, id, &token, Purpose::Invitation).await
}

/// The full address of `path` on this site: the configured public origin, or else the
/// request's own host (with https when cookies are secure); `None` when neither is known.
fn full_link(state: &AppState, headers: &HeaderMap, path: &str) -> Option<String> {
    crate::web::full_link(&state.config, headers, path)
}

async fn invited_page(
    state: &AppState,
    ctx: PageContext,
    headers: &HeaderMap,
    id: Uuid,
    token: &str,
    purpose: Purpose,
) -> Result<Response, AppError> {
    let user = queries::user(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (path, valid_for) = match purpose {
        Purpose::Invitation => (
            format!("/invitations/{token}"),
            t!("valid-days", n = state.config.invitation_valid.num_days()),
        ),
        Purpose::Reset => (
            format!("/password-reset/{token}"),
            t!("valid-hours", n = invitations::reset_valid().num_hours()),
        ),
    };
    let full = full_link(state, headers, &path);
    Ok(render(
        &InvitedPage {
            ctx,
            user,
            full: full.is_some(),
            link: full.unwrap_or(path),
            valid_for,
            reset: purpose == Purpose::Reset,
        },
        StatusCode::OK,
    ))
}

/// `POST /admin/users/{id}/password-reset`: a one-time link where the user sets a new
/// password (ending their other logins), shown once; earlier links stop working.
pub async fn issue_password_reset(
    State(state): State<AppState>,
    ctx: PageContext,
    headers: HeaderMap,
    SignedIn(admin): SignedIn,
    Path(id): Path<Uuid>,
    RequestId(request_id): RequestId,
) -> Result<Response, AppError> {
    let user = queries::user(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if user.disabled_at.is_some() {
        return Err(AppError::BadRequest(t!("user-reset-disabled")));
    }
    let now = state.clock.now();
    let mut tx = state.pool.begin().await?;
    let token = invitations::create(
        &mut tx,
        id,
        Some(admin.id),
        now,
        invitations::reset_valid(),
        Purpose::Reset,
    )
    .await?;
    audit::record(
        &mut *tx,
        &Entry::new("password.reset_issue", "app_user", id)
            .by(admin.id)
            .request(&request_id),
    )
    .await?;
    tx.commit().await?;
    invited_page(&state, ctx, &headers, id, &token, Purpose::Reset).await
}

/// `GET /admin/users/{id}`.
pub async fn edit_user_form(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(id): Path<Uuid>,
) -> Result<Response, AppError> {
    let user = queries::user(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let input = input_of(&user);
    let page = form_page(&state, ctx, Some(user), input, FieldErrors::default(), None).await?;
    Ok(render(&page, StatusCode::OK))
}

fn input_of(user: &UserRow) -> AccountInput {
    AccountInput {
        email: user.email.clone(),
        display_name: user.display_name.clone(),
        role: user.role.value().to_owned(),
        organisation: user
            .organisation_id
            .map(|o| o.to_string())
            .unwrap_or_default(),
        organisation_filter: String::new(),
        member_state: match (&user.member_state_code, user.role) {
            (Some(code), _) => code.clone(),
            (None, Role::Official) => "region".to_owned(),
            (None, _) => String::new(),
        },
        version: user.version,
    }
}

/// `POST /admin/users/{id}`: changes name, address, role or scope; a stale form is a 409.
pub async fn update_user(
    State(state): State<AppState>,
    ctx: PageContext,
    SignedIn(admin): SignedIn,
    Path(id): Path<Uuid>,
    RequestId(request_id): RequestId,
    Form(form): Form<AccountForm>,
) -> Result<Response, AppError> {
    let before = queries::user(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !form.narrow.is_empty() {
        let page = form_page(
            &state,
            ctx,
            Some(before),
            form.input(),
            FieldErrors::default(),
            None,
        )
        .await?;
        return Ok(render(&page, StatusCode::OK));
    }
    let fields = match form.parse(&state.pool).await {
        Ok(fields) => fields,
        Err(errors) => {
            let page = form_page(&state, ctx, Some(before), form.input(), errors, None).await?;
            return Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY));
        }
    };
    if admin.id == id && fields.role != Role::Admin {
        let mut errors = FieldErrors::default();
        errors.add("role", t!("user-own-admin-role"));
        let page = form_page(&state, ctx, Some(before), form.input(), errors, None).await?;
        return Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY));
    }
    let version = form.input().version;
    let now = state.clock.now();
    let update = async |db: &mut sqlx::PgConnection| match queries::update_user(
        db, id, version, &fields, now,
    )
    .await
    {
        Ok(updated) => Ok(Ok(updated)),
        Err(err) if is_unique_violation(&err) => {
            let mut errors = FieldErrors::default();
            errors.add("email", t!("user-email-taken"));
            Ok(Err(errors))
        }
        Err(err) => Err(err.into()),
    };
    let action = if before.role != fields.role
        || before.organisation_id != fields.organisation_id
        || before.member_state_code != fields.member_state_code
    {
        "user.role_change"
    } else {
        "user.update"
    };
    let entry = Entry::new(action, "app_user", id)
        .request(&request_id)
        .before(account_json(&before))
        .after(json!(fields));
    let conflict = async || {
        let current = queries::user(&state.pool, id)
            .await?
            .ok_or(AppError::NotFound)?;
        let page = form_page(
            &state,
            ctx.clone(),
            Some(current.clone()),
            form.input(),
            FieldErrors::default(),
            Some(current),
        )
        .await?;
        Ok(render(&page, StatusCode::CONFLICT))
    };
    let done = see_other_with("/admin/users", Message::UserSaved);
    match write::update_versioned(&state.pool, Some(admin.id), update, entry, conflict, done)
        .await?
    {
        Ok(done) => Ok(done),
        Err(errors) => {
            let page = form_page(&state, ctx, Some(before), form.input(), errors, None).await?;
            Ok(render(&page, StatusCode::UNPROCESSABLE_ENTITY))
        }
    }
}

fn account_json(user: &UserRow) -> serde_json::Value {
    json!({
        "email": user.email,
        "display_name": user.display_name,
        "role": user.role,
        "organisation_id": user.organisation_id,
        "member_state_code": user.member_state_code,
        "disabled": user.disabled_at.is_some(),
    })
}

async fn set_disabled(
    state: &AppState,
    ctx: &PageContext,
    id: Uuid,
    disabled: bool,
    request_id: &str,
) -> Result<Response, AppError> {
    let SignedIn(admin) = SignedIn::of(&ctx.viewer)?;
    let before = queries::user(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    if admin.id == id {
        return Err(AppError::BadRequest(t!("user-disable-own")));
    }
    let now = state.clock.now();
    let mut tx = state.pool.begin().await?;
    if queries::set_disabled(&mut *tx, id, disabled, now).await? {
        audit::record(
            &mut *tx,
            &Entry::new(
                if disabled {
                    "user.disable"
                } else {
                    "user.enable"
                },
                "app_user",
                id,
            )
            .by(admin.id)
            .request(request_id)
            .before(account_json(&before))
            .after(json!({ "disabled": disabled })),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(see_other_with(
        "/admin/users",
        if disabled {
            Message::UserDisabled
        } else {
            Message::UserEnabled
        },
    ))
}

/// `POST /admin/users/{id}/disable`: ends the person's logins at once.
pub async fn disable_user(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(id): Path<Uuid>,
    RequestId(request_id): RequestId,
) -> Result<Response, AppError> {
    set_disabled(&state, &ctx, id, true, &request_id).await
}

/// `POST /admin/users/{id}/enable`.
pub async fn enable_user(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(id): Path<Uuid>,
    RequestId(request_id): RequestId,
) -> Result<Response, AppError> {
    set_disabled(&state, &ctx, id, false, &request_id).await
}

/// `POST /admin/users/{id}/invitation`: a new link (for a lost password, say); earlier links
/// stop working.
pub async fn reinvite_user(
    State(state): State<AppState>,
    ctx: PageContext,
    headers: HeaderMap,
    SignedIn(admin): SignedIn,
    Path(id): Path<Uuid>,
    RequestId(request_id): RequestId,
) -> Result<Response, AppError> {
    queries::user(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let now = state.clock.now();
    let mut tx = state.pool.begin().await?;
    let token = invitations::create(
        &mut tx,
        id,
        Some(admin.id),
        now,
        state.config.invitation_valid,
        Purpose::Invitation,
    )
    .await?;
    audit::record(
        &mut *tx,
        &Entry::new("invitation.create", "app_user", id)
            .by(admin.id)
            .request(&request_id),
    )
    .await?;
    tx.commit().await?;
    invited_page(&state, ctx, &headers, id, &token, Purpose::Invitation).await
}

#[derive(Debug, Default, Deserialize)]
pub struct AuditQuery {
    #[serde(default)]
    actor: String,
    #[serde(default)]
    action: String,
    #[serde(default)]
    entity: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    before: String,
}

/// `GET /admin/audit`: the audit log, newest first, filtered.
pub async fn show_audit_log(
    State(state): State<AppState>,
    ctx: PageContext,
    query: Option<Query<AuditQuery>>,
) -> Result<impl IntoResponse, AppError> {
    let q = query.map(|Query(q)| q).unwrap_or_default();
    let filter = audit_filter(&q)?;
    let mut rows = queries::audit(&state.pool, &filter).await?;
    let mut ids = Vec::new();
    for row in &rows {
        for value in [&row.before, &row.after].into_iter().flatten() {
            super::sentence::ids_in(value, &mut ids);
        }
    }
    ids.sort_unstable();
    ids.dedup();
    let names = queries::names_of(&state.pool, &ids).await?;
    for row in &mut rows {
        for value in [&mut row.before, &mut row.after].into_iter().flatten() {
            super::sentence::name_ids(value, &names);
        }
    }
    let next_page = if rows.len() > usize::try_from(queries::AUDIT_PAGE).unwrap_or(50) {
        rows.truncate(usize::try_from(queries::AUDIT_PAGE).unwrap_or(50));
        let last = rows.last().map(|r| r.id).unwrap_or_default();
        let mut url = url_query(&[
            ("actor", &filter.actor),
            ("action", &filter.action),
            ("entity", &filter.entity),
            ("from", q.from.trim()),
            ("to", q.to.trim()),
        ]);
        url.push_str(&format!("&before={last}"));
        url
    } else {
        String::new()
    };
    Ok(Html(AuditPage {
        ctx,
        rows: rows.into_iter().map(Into::into).collect(),
        actor: filter.actor,
        action: filter.action,
        entity: filter.entity,
        from: q.from.trim().to_owned(),
        to: q.to.trim().to_owned(),
        next_page,
        people: queries::people_in_log(&state.pool).await?,
        kinds: super::sentence::kinds(),
    }))
}

/// The audit log's filters from its query string; a bad value is a 400 that says which.
fn audit_filter(q: &AuditQuery) -> Result<AuditFilter, AppError> {
    Ok(AuditFilter {
        actor: q.actor.trim().to_owned(),
        action: q.action.trim().to_owned(),
        entity: q.entity.trim().to_owned(),
        from: crate::web::extract::query_date(&q.from, crate::web::extract::PeriodEnd::From)?,
        to: crate::web::extract::query_date(&q.to, crate::web::extract::PeriodEnd::To)?,
        before: match q.before.trim() {
            "" => None,
            v => Some(
                v.parse()
                    .map_err(|_| AppError::BadRequest(t!("bad-page-marker-number")))?,
            ),
        },
    })
}

/// `GET /admin/audit.csv` and `.xlsx`: the audit log as filtered, as sentences with their
/// facts (newest first, at most the most a download holds).
pub async fn export_audit_log(
    State(state): State<AppState>,
    format: crate::web::download::Format,
    query: Option<Query<AuditQuery>>,
) -> Result<Response, AppError> {
    use crate::web::download::{self, Table, cells};
    let q = query.map(|Query(q)| q).unwrap_or_default();
    let filter = audit_filter(&q)?;
    let rows = queries::audit_up_to(
        &state.pool,
        &filter,
        i64::try_from(download::MAX_ROWS).unwrap_or(i64::MAX),
    )
    .await?;
    let mut table = Table::new(
        "audit-log",
        t!("sheet-audit-log"),
        download::headings![
            ("csv-when-utc", Time),
            ("csv-what-happened", Text),
            ("csv-who", Text),
            ("csv-action", Text),
            ("csv-kind-of-record", Text),
            ("csv-record", Text),
        ],
    );
    for row in rows {
        let who = if row.actor.is_empty() {
            row.actor_label.clone()
        } else {
            row.actor.clone()
        };
        let (when, action, entity, id) = (
            row.occurred_at,
            row.action.clone(),
            row.entity.clone(),
            row.entity_id.clone(),
        );
        let line = super::views::AuditLine::from(row);
        table.push(cells![when, line.sentence, who, action, entity, id]);
    }
    download::send(format, state.clock.now().date_naive(), table).await
}

fn url_query(pairs: &[(&str, &str)]) -> String {
    let encoded: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", crate::web::urlencode(v)))
        .collect();
    format!("/admin/audit?{}", encoded.join("&"))
}
