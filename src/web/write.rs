//! The two write skeletons, written once (STYLE rules 7, 8 and 18): creating a record from a
//! form that carries a one-time token, and saving an edit over the version it was read at.
//! Both open the transaction, record the audit entry (its actor set here, from the acting
//! user) and commit; a form is left with its fields, its SQL and what to show.
//!
//! Both answer `Ok(Err(errors))` when the write itself found something to say beside a field
//! (a unique name taken, a record that no longer exists): the transaction is rolled back and
//! the caller shows the form again with the errors (422), as it does when parsing failed.

use axum::response::Response;
use sqlx::{PgConnection, PgPool};
use uuid::Uuid;

use super::form::{Claim, FieldErrors, claim_token, finish_token};
use super::notice::{Notice, see_other_with};
use super::see_other;
use crate::AppError;
use crate::audit::{self, Entry};

/// What a write answers: the response once committed, or the messages beside the fields.
pub type Outcome = Result<Response, FieldErrors>;

/// What an insert made: its id (remembered with the form's token), the audit entry (the actor
/// is set by [`create`]) and where to go next.
pub struct Created {
    pub id: Uuid,
    pub entry: Entry,
    pub to: String,
    /// What the next page says was done.
    pub notice: Notice,
}

/// Creates a record from a form with the one-time `token` of form kind `form`, acting as
/// `actor`: claims the token, runs `insert` in the transaction, remembers what it made, records
/// the audit entry, commits and answers 303 to [`Created::to`], saying [`Created::notice`]. When the token was claimed
/// before (a double click, a resent form), nothing is inserted: `already` is given what the
/// first submission made (`None` while it has not finished) and says where to go (303).
pub async fn create(
    pool: &PgPool,
    token: &str,
    form: &str,
    actor: Option<Uuid>,
    insert: impl AsyncFnOnce(&mut PgConnection) -> Result<Result<Created, FieldErrors>, AppError>,
    already: impl AsyncFnOnce(Option<Uuid>) -> Result<String, AppError>,
) -> Result<Outcome, AppError> {
    let mut tx = pool.begin().await?;
    if let Claim::Done(record) = claim_token(&mut tx, token, actor, form).await? {
        drop(tx);
        return Ok(Ok(see_other(&already(record).await?)));
    }
    let created = match insert(&mut tx).await? {
        Ok(created) => created,
        Err(errors) => return Ok(Err(errors)),
    };
    finish_token(&mut tx, token, created.id).await?;
    let mut entry = created.entry;
    entry.actor_id = actor;
    audit::record(&mut *tx, &entry).await?;
    tx.commit().await?;
    Ok(Ok(see_other_with(&created.to, created.notice)))
}

/// Saves an edit over the version it was read at, acting as `actor`: runs `update` in the
/// transaction (the `UPDATE ... WHERE version = $n` and what goes with it), which answers
/// whether a row was saved. When none was (someone saved a newer version meanwhile), the
/// transaction is rolled back and `conflict` answers (the 409 page with both versions, keeping
/// what the user typed). Otherwise `entry` is recorded, the transaction commits and `done`
/// is the answer.
pub async fn update_versioned(
    pool: &PgPool,
    actor: Option<Uuid>,
    update: impl AsyncFnOnce(&mut PgConnection) -> Result<Result<bool, FieldErrors>, AppError>,
    mut entry: Entry,
    conflict: impl AsyncFnOnce() -> Result<Response, AppError>,
    done: Response,
) -> Result<Outcome, AppError> {
    let mut tx = pool.begin().await?;
    match update(&mut tx).await? {
        Ok(true) => {}
        Ok(false) => {
            drop(tx);
            return conflict().await.map(Ok);
        }
        Err(errors) => return Ok(Err(errors)),
    }
    entry.actor_id = actor;
    audit::record(&mut *tx, &entry).await?;
    tx.commit().await?;
    Ok(Ok(done))
}
