//! The audit log: who changed what, when, with the before and after. A write records its entry
//! through the caller's transaction, so the change and its record commit or vanish together.
//! Never pass a password, a token or a login id in an entry.

use serde_json::Value;
use sqlx::PgExecutor;
use uuid::Uuid;

/// One line of the audit log.
#[derive(Debug, Default, Clone)]
pub struct Entry {
    pub actor_id: Option<Uuid>,
    /// Who acted when it is not a user: "system", "command line", ...
    pub actor_label: String,
    /// What happened, as `entity.verb`: `consultation.update`, `sign_in.failure`, ...
    pub action: String,
    pub entity: String,
    pub entity_id: String,
    pub before: Option<Value>,
    pub after: Option<Value>,
    pub request_id: String,
}

impl Entry {
    /// An entry for `action` on `entity` `entity_id`.
    pub fn new(action: &str, entity: &str, entity_id: impl ToString) -> Self {
        Self {
            action: action.to_owned(),
            entity: entity.to_owned(),
            entity_id: entity_id.to_string(),
            ..Self::default()
        }
    }

    /// Says who acted, when it was no signed-in user.
    pub fn by_label(mut self, label: &str) -> Self {
        self.actor_label = label.to_owned();
        self
    }

    /// Says which user acted.
    pub fn by(mut self, actor: uuid::Uuid) -> Self {
        self.actor_id = Some(actor);
        self
    }

    /// Ties the entry to the request that made it.
    pub fn request(mut self, request_id: &str) -> Self {
        self.request_id = request_id.to_owned();
        self
    }

    /// Records the values before the change.
    pub fn before(mut self, before: Value) -> Self {
        self.before = Some(before);
        self
    }

    /// Records the values after the change.
    pub fn after(mut self, after: Value) -> Self {
        self.after = Some(after);
        self
    }
}

/// The columns an entry fills, in the order [`Entry::bind`] binds them.
pub const COLUMNS: &str =
    "(actor_id, actor_label, action, entity, entity_id, before, after, request_id)";

impl Entry {
    /// Binds the entry's eight values, in the order of [`COLUMNS`], for a statement that writes
    /// it along with other changes.
    pub fn bind<'q>(
        &'q self,
        query: sqlx::query::Query<'q, sqlx::Postgres, sqlx::postgres::PgArguments>,
    ) -> sqlx::query::Query<'q, sqlx::Postgres, sqlx::postgres::PgArguments> {
        query
            .bind(self.actor_id)
            .bind(&self.actor_label)
            .bind(&self.action)
            .bind(&self.entity)
            .bind(&self.entity_id)
            .bind(&self.before)
            .bind(&self.after)
            .bind(&self.request_id)
    }
}

/// Writes `entry` through `executor` (the caller's transaction).
pub async fn record(executor: impl PgExecutor<'_>, entry: &Entry) -> Result<(), sqlx::Error> {
    let sql = format!("INSERT INTO audit_log {COLUMNS} VALUES ($1, $2, $3, $4, $5, $6, $7, $8)");
    entry.bind(sqlx::query(&sql)).execute(executor).await?;
    Ok(())
}
