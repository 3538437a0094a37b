//! Accounts made outside the web pages: by `musyawarah user add` for scripted set-up, and the
//! demo accounts of a first local run (one per role, with random passwords shown once).

use std::io::Write as _;
use std::os::unix::fs::OpenOptionsExt as _;
use std::path::Path;

use rand::Rng as _;
use serde_json::json;
use sqlx::PgPool;
use uuid::Uuid;

use super::{Role, password};
use crate::audit::{self, Entry};

/// An account to create.
#[derive(Debug, Clone)]
pub struct NewAccount {
    pub email: String,
    pub display_name: String,
    pub role: Role,
    /// A partner's organisation, by slug.
    pub organisation: Option<String>,
    /// An official's Member State code; none for an official of the region.
    pub member_state: Option<String>,
}

/// Creates `account` with `password`, after checking both; says what is wrong otherwise.
pub async fn create(pool: &PgPool, account: &NewAccount, password: &str) -> anyhow::Result<Uuid> {
    let email = account.email.trim();
    if !email.contains('@') {
        anyhow::bail!("--email is not an email address");
    }
    if let Some(weakness) = password::weakness(password, &[email, &account.display_name]) {
        anyhow::bail!("the password is refused: {weakness}");
    }
    let organisation_id: Option<Uuid> = match (&account.organisation, account.role) {
        (Some(name), Role::Partner) => Some(organisation_named(pool, name).await?),
        (None, Role::Partner) => anyhow::bail!("a partner needs --organisation"),
        (Some(_), _) => anyhow::bail!("only partners act for an organisation"),
        (None, _) => None,
    };
    let member_state = match (&account.member_state, account.role) {
        (Some(code), Role::Official) => {
            let code = code.trim().to_ascii_uppercase();
            let known: bool =
                sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM member_state WHERE code = $1)")
                    .bind(&code)
                    .fetch_one(pool)
                    .await?;
            if !known {
                anyhow::bail!("there is no Member State {code:?}");
            }
            Some(code)
        }
        (Some(_), _) => anyhow::bail!("only officials act for a Member State"),
        (None, _) => None,
    };
    let hash = password::hash(password.to_owned()).await?;
    let mut tx = pool.begin().await?;
    let id: Uuid = sqlx::query_scalar(
        "INSERT INTO app_user (email, display_name, role, organisation_id, member_state_code,
                               password_hash)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(email)
    .bind(account.display_name.trim())
    .bind(account.role)
    .bind(organisation_id)
    .bind(&member_state)
    .bind(hash)
    .fetch_one(&mut *tx)
    .await
    .map_err(|err| match err.as_database_error().and_then(|e| e.code()) {
        Some(code) if code == "23505" => {
            anyhow::anyhow!("there is already an account with this email address")
        }
        _ => err.into(),
    })?;
    audit::record(
        &mut *tx,
        &Entry::new("user.create", "app_user", id)
            .by_label("command line")
            .after(json!({
                "email": email,
                "display_name": account.display_name.trim(),
                "role": account.role,
                "organisation_id": organisation_id,
                "member_state_code": member_state,
            })),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// The organisation that `name` names, as the pages find it: by its short name in URLs, its
/// name, its acronym or one of its other names, ignoring case and accents (one merged into
/// another leads to that one). When none matches, the error lists the closest; when several
/// do, it lists them.
pub async fn organisation_named(pool: &PgPool, name: &str) -> anyhow::Result<Uuid> {
    let name = name.trim();
    let found: Vec<(Uuid, String, String)> = sqlx::query_as(
        "WITH q AS (SELECT lower(immutable_unaccent($1)) AS t)
         SELECT DISTINCT target.id, target.slug, target.name
           FROM organisation o
           CROSS JOIN q
           JOIN organisation target ON target.id = coalesce(o.merged_into_id, o.id)
          WHERE target.archived_at IS NULL
            AND (o.slug = q.t
                 OR lower(immutable_unaccent(o.name)) = q.t
                 OR (o.acronym <> '' AND lower(immutable_unaccent(o.acronym)) = q.t)
                 OR EXISTS (SELECT 1 FROM organisation_alias a
                             WHERE a.organisation_id = o.id
                               AND lower(immutable_unaccent(a.alias)) = q.t))
          ORDER BY target.slug",
    )
    .bind(name)
    .fetch_all(pool)
    .await?;
    let listed = |rows: &[(Uuid, String, String)]| {
        rows.iter()
            .map(|(_, slug, name)| format!("{slug} ({name})"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match found.as_slice() {
        [(id, _, _)] => return Ok(*id),
        [] => {}
        several => anyhow::bail!(
            "{name:?} names more than one organisation: {}; give the short name of one",
            listed(several)
        ),
    }
    let close: Vec<(Uuid, String, String)> = sqlx::query_as(
        "WITH q AS (SELECT lower(immutable_unaccent($1)) AS t)
         SELECT o.id, o.slug, o.name
           FROM organisation o CROSS JOIN q
          WHERE o.merged_into_id IS NULL AND o.archived_at IS NULL
          ORDER BY greatest(
                     similarity(o.slug, q.t),
                     similarity(lower(immutable_unaccent(o.name)), q.t),
                     similarity(lower(immutable_unaccent(o.acronym)), q.t),
                     (SELECT max(similarity(lower(immutable_unaccent(a.alias)), q.t))
                        FROM organisation_alias a WHERE a.organisation_id = o.id),
                     CASE WHEN lower(immutable_unaccent(o.name)) LIKE '%' || q.t || '%'
                          THEN 0.5 ELSE 0 END) DESC,
                   o.slug
          LIMIT 5",
    )
    .bind(name)
    .fetch_all(pool)
    .await?;
    if close.is_empty() {
        anyhow::bail!("there is no organisation {name:?}, and none is recorded yet");
    }
    anyhow::bail!(
        "there is no organisation {name:?}; the closest are: {}",
        listed(&close)
    )
}

/// A random password of 20 characters (about 115 bits).
pub fn random_password() -> String {
    const ALPHABET: &[u8] = b"abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut rng = rand::thread_rng();
    (0..20)
        .map(|_| char::from(ALPHABET[rng.gen_range(0..ALPHABET.len())]))
        .collect()
}

/// The demo accounts: one per role, all recognisably demo.
pub fn demo_accounts() -> Vec<NewAccount> {
    let account =
        |email: &str, name: &str, role, organisation: Option<&str>, state: Option<&str>| {
            NewAccount {
                email: email.to_owned(),
                display_name: name.to_owned(),
                role,
                organisation: organisation.map(str::to_owned),
                member_state: state.map(str::to_owned),
            }
        };
    vec![
        account(
            "admin@demo.example",
            "Demo Administrator",
            Role::Admin,
            None,
            None,
        ),
        account(
            "staff@demo.example",
            "Demo HRWG Staff",
            Role::Staff,
            None,
            None,
        ),
        account(
            "partner.cdi@demo.example",
            "Demo Partner (CDI, Viet Nam)",
            Role::Partner,
            Some("cdi"),
            None,
        ),
        account(
            "partner.plan@demo.example",
            "Demo Partner (Public Legal Aid Network, Myanmar)",
            Role::Partner,
            Some("public-legal-aid-network"),
            None,
        ),
        account(
            "official.vn@demo.example",
            "Demo ACMW Official (Viet Nam)",
            Role::Official,
            None,
            Some("VN"),
        ),
    ]
}

/// Creates the demo accounts when no account can sign in yet; writes their passwords to
/// `file` (readable by its owner only) and returns the lines to show once. The demo layer of
/// the demo data makes some of them first, without a password, as the authors of its examples:
/// those get theirs here.
pub async fn create_demo_accounts(pool: &PgPool, file: &Path) -> anyhow::Result<Option<String>> {
    let any: bool = sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM app_user WHERE password_hash IS NOT NULL)",
    )
    .fetch_one(pool)
    .await?;
    if any {
        return Ok(None);
    }
    let mut lines = String::from(
        "Demo accounts (passwords shown once; staff and the administrator set up two-factor \
         sign-in at their first sign-in):\n",
    );
    for account in demo_accounts() {
        let password = random_password();
        if !give_password(pool, &account, &password).await? {
            create(pool, &account, &password).await?;
        }
        lines.push_str(&format!(
            "  {:<10} {:<28} {}\n",
            account.role.value(),
            account.email,
            password
        ));
    }
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut out = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(file)?;
    out.write_all(lines.as_bytes())?;
    Ok(Some(lines))
}

/// Gives `password` to the demo account made by the demo data without one, if there is one
/// (same address and role); returns whether there was.
async fn give_password(
    pool: &PgPool,
    account: &NewAccount,
    password: &str,
) -> anyhow::Result<bool> {
    let hash = password::hash(password.to_owned()).await?;
    let mut tx = pool.begin().await?;
    let id: Option<Uuid> = sqlx::query_scalar(
        "UPDATE app_user SET password_hash = $3, version = version + 1, updated_at = now()
          WHERE lower(email) = lower($1) AND role = $2 AND password_hash IS NULL
         RETURNING id",
    )
    .bind(account.email.trim())
    .bind(account.role)
    .bind(hash)
    .fetch_optional(&mut *tx)
    .await?;
    if let Some(id) = id {
        audit::record(
            &mut *tx,
            &Entry::new("user.password_set", "app_user", id).by_label("command line"),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(id.is_some())
}
