//! Backups of the app's database, and their restore.
//!
//! A backup is one file: a first line naming the format and the SHA-256 of the manifest, the
//! manifest (one line of JSON: the format and migration versions, the time, every table's row
//! count and content checksum, the size and SHA-256 of the dump), then the dump itself
//! (`pg_dump -Fc`). The counts, the checksums and the dump are all read in one snapshot of the
//! database, so a backup taken while people write is consistent.
//!
//! A restore checks the whole file before it touches anything, refuses a database that holds
//! data unless told to replace it (and then restores beside it and swaps only once the restore
//! is whole), and checks every table's count and checksum against the manifest afterwards.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::Stdio;

use anyhow::{Context as _, anyhow, bail};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use sqlx::{Connection as _, PgConnection};

/// The first word of every backup file.
const MAGIC: &str = "musyawarah-backup";
/// The version of the file's layout this build writes and reads.
pub const FORMAT: u32 = 1;

/// What a backup holds, written before its dump.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub format: u32,
    /// The app's version that made it.
    pub app_version: String,
    /// The newest migration applied to the database backed up.
    pub migration: i64,
    /// When it was made (UTC, RFC 3339).
    pub made_at: String,
    pub tables: Vec<TableSum>,
    pub dump_bytes: u64,
    pub dump_sha256: String,
}

/// One table's rows: how many, and a checksum of their content that does not depend on the
/// rows' order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableSum {
    /// `schema.table`.
    pub table: String,
    pub rows: i64,
    pub checksum: String,
}

/// Where and how to reach a database, for the client programs.
struct Target {
    /// The URL without its password.
    url: url::Url,
    password: Option<String>,
    database: String,
}

impl Target {
    fn parse(database_url: &str) -> anyhow::Result<Self> {
        let mut url = url::Url::parse(database_url).context("the database URL does not parse")?;
        let password = url.password().map(|p| {
            percent_encoding::percent_decode_str(p)
                .decode_utf8_lossy()
                .into_owned()
        });
        // The password goes to the programs in their environment, never on a command line
        // that others on the machine can read.
        url.set_password(None)
            .map_err(|()| anyhow!("the database URL has no host"))?;
        let database = url.path().trim_start_matches('/').to_owned();
        if database.is_empty() {
            bail!("the database URL names no database");
        }
        Ok(Self {
            url,
            password,
            database,
        })
    }

    /// The same server's database `name`.
    fn with_database(&self, name: &str) -> Self {
        let mut url = self.url.clone();
        url.set_path(&format!("/{name}"));
        Self {
            url,
            password: self.password.clone(),
            database: name.to_owned(),
        }
    }

    /// The URL with its password, for this process's own connections.
    fn full_url(&self) -> String {
        let mut url = self.url.clone();
        if let Some(password) = &self.password {
            let _ = url.set_password(Some(
                &percent_encoding::utf8_percent_encode(
                    password,
                    percent_encoding::NON_ALPHANUMERIC,
                )
                .to_string(),
            ));
        }
        url.to_string()
    }

    fn command(&self, bin: &Path, program: &str) -> tokio::process::Command {
        let mut command = tokio::process::Command::new(bin.join(program));
        command.env_remove("PGPASSWORD");
        if let Some(password) = &self.password {
            command.env("PGPASSWORD", password);
        }
        command
    }

    async fn connect(&self) -> anyhow::Result<PgConnection> {
        PgConnection::connect(&self.full_url())
            .await
            .with_context(|| format!("connecting to the database {}", self.database))
    }
}

/// The folder of `pg_dump` and `pg_restore`.
fn client_bin() -> anyhow::Result<PathBuf> {
    super::local::find_bin_dir()
        .filter(|dir| dir.join("pg_dump").is_file() && dir.join("pg_restore").is_file())
        .ok_or_else(|| {
            anyhow!(
                "pg_dump and pg_restore were not found (install the PostgreSQL client programs)"
            )
        })
}

/// Settings that make a row's text the same in every session, so that checksums compare.
const STABLE_TEXT: &str = "SET LOCAL TimeZone = 'UTC'; SET LOCAL DateStyle = 'ISO, YMD';
     SET LOCAL IntervalStyle = 'postgres'; SET LOCAL extra_float_digits = 1;
     SET LOCAL bytea_output = 'hex'";

/// Every table's count and checksum, read in the transaction `conn` is in.
async fn table_sums(conn: &mut PgConnection) -> anyhow::Result<Vec<TableSum>> {
    sqlx::raw_sql(STABLE_TEXT).execute(&mut *conn).await?;
    let tables: Vec<(String, String)> = sqlx::query_as(
        "SELECT schemaname::text, tablename::text FROM pg_tables
          WHERE schemaname NOT IN ('pg_catalog', 'information_schema')
          ORDER BY 1, 2",
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut sums = Vec::with_capacity(tables.len());
    for (schema, table) in tables {
        let name = format!("{}.{}", quote(&schema), quote(&table));
        // Identifiers cannot be bound; these are the catalogue's own names, quoted.
        let (rows, checksum): (i64, Option<String>) = sqlx::query_as(&format!(
            "SELECT count(*), md5(string_agg(h, ',' ORDER BY h))
               FROM (SELECT md5(t::text) AS h FROM {name} t) rows"
        ))
        .fetch_one(&mut *conn)
        .await
        .with_context(|| format!("reading {schema}.{table}"))?;
        sums.push(TableSum {
            table: format!("{schema}.{table}"),
            rows,
            checksum: checksum.unwrap_or_default(),
        });
    }
    Ok(sums)
}

fn quote(identifier: &str) -> String {
    format!("\"{}\"", identifier.replace('"', "\"\""))
}

async fn migration_version(conn: &mut PgConnection) -> anyhow::Result<i64> {
    let version: Option<i64> = sqlx::query_scalar("SELECT max(version) FROM _sqlx_migrations")
        .fetch_one(&mut *conn)
        .await
        .context("the database has no migrations table: is it the app's?")?;
    version.ok_or_else(|| anyhow!("the database has no migrations applied"))
}

/// What [`backup`] wrote.
#[derive(Debug)]
pub struct Written {
    pub manifest: Manifest,
    pub bytes: u64,
}

/// Backs up the database of `database_url` to `to`: a dump taken under one snapshot with the
/// count and checksum of every table read in the same snapshot. The file appears whole or not
/// at all.
pub async fn backup(database_url: &str, to: &Path) -> anyhow::Result<Written> {
    let bin = client_bin()?;
    let target = Target::parse(database_url)?;
    let mut conn = target.connect().await?;
    let mut tx = conn.begin().await?;
    sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        .execute(&mut *tx)
        .await?;
    let snapshot: String = sqlx::query_scalar("SELECT pg_export_snapshot()")
        .fetch_one(&mut *tx)
        .await?;
    let migration = migration_version(&mut tx).await?;
    let tables = table_sums(&mut tx).await?;

    let dir = to
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let dump = tempfile::NamedTempFile::new_in(dir)
        .with_context(|| format!("writing in {}", dir.display()))?;
    let status = target
        .command(&bin, "pg_dump")
        .arg("--format=custom")
        .arg(format!("--snapshot={snapshot}"))
        .arg("--no-owner")
        .arg("--no-privileges")
        .arg(format!("--file={}", dump.path().display()))
        .arg(format!("--dbname={}", target.url))
        .stdin(Stdio::null())
        .status()
        .await
        .context("running pg_dump")?;
    // The snapshot is needed until the dump has read it.
    tx.rollback().await?;
    conn.close().await?;
    if !status.success() {
        bail!(
            "pg_dump failed ({status}); nothing was written to {}",
            to.display()
        );
    }

    let (dump_bytes, dump_sha256) = {
        let path = dump.path().to_owned();
        tokio::task::spawn_blocking(move || hash_file(&path)).await??
    };
    let manifest = Manifest {
        format: FORMAT,
        app_version: env!("CARGO_PKG_VERSION").to_owned(),
        migration,
        made_at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        tables,
        dump_bytes,
        dump_sha256,
    };
    let to = to.to_owned();
    let written = manifest.clone();
    let bytes = tokio::task::spawn_blocking(move || -> anyhow::Result<u64> {
        let json = serde_json::to_string(&written)?;
        let mut file = tempfile::NamedTempFile::new_in(
            to.parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new(".")),
        )?;
        write!(
            file,
            "{MAGIC} {FORMAT} {}\n{json}\n",
            hex(&Sha256::digest(json.as_bytes()))
        )?;
        let mut dump = std::fs::File::open(dump.path())?;
        std::io::copy(&mut dump, &mut file)?;
        file.as_file().sync_all()?;
        let bytes = file.as_file().metadata()?.len();
        file.persist(&to)
            .with_context(|| format!("writing {}", to.display()))?;
        Ok(bytes)
    })
    .await??;
    Ok(Written { manifest, bytes })
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The size and SHA-256 of a file.
fn hash_file(path: &Path) -> anyhow::Result<(u64, String)> {
    let mut file = std::fs::File::open(path)?;
    hash_reader(&mut file)
}

fn hash_reader(reader: &mut impl Read) -> anyhow::Result<(u64, String)> {
    let mut hasher = Sha256::new();
    let mut buffer = vec![0; 1 << 16];
    let mut bytes = 0u64;
    loop {
        let n = reader.read(&mut buffer)?;
        if n == 0 {
            break;
        }
        hasher.update(&buffer[..n]);
        bytes += n as u64;
    }
    Ok((bytes, hex(&hasher.finalize())))
}

/// Reads and checks a backup file: its first line, its manifest's checksum, and its dump's
/// size and checksum. The manifest and where the dump starts, or what is wrong.
pub fn check_file(path: &Path) -> anyhow::Result<(Manifest, u64)> {
    let file = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    if !file.metadata()?.is_file() {
        bail!("{} is not a file", path.display());
    }
    let mut reader = BufReader::new(file);
    let damaged = |why: &str| anyhow!("{} is not a whole Musyawarah backup: {why}", path.display());
    let mut first = Vec::new();
    reader.by_ref().take(200).read_until(b'\n', &mut first)?;
    let first = String::from_utf8(first).map_err(|_| damaged("its first line is not text"))?;
    let mut words = first.trim_end_matches('\n').split(' ');
    if words.next() != Some(MAGIC) {
        return Err(damaged("it does not start as a backup does"));
    }
    let format: u32 = words
        .next()
        .and_then(|w| w.parse().ok())
        .ok_or_else(|| damaged("its format version is unreadable"))?;
    if format != FORMAT {
        bail!(
            "{} is a backup of format {format}; this build reads format {FORMAT}",
            path.display()
        );
    }
    let manifest_sha = words
        .next()
        .filter(|w| w.len() == 64)
        .ok_or_else(|| damaged("its first line is cut short"))?
        .to_owned();
    let mut json = Vec::new();
    reader
        .by_ref()
        .take(64 << 20)
        .read_until(b'\n', &mut json)?;
    if json.last() != Some(&b'\n') {
        return Err(damaged("its manifest is cut short"));
    }
    json.pop();
    if hex(&Sha256::digest(&json)) != manifest_sha {
        return Err(damaged("its manifest was changed or damaged"));
    }
    let manifest: Manifest =
        serde_json::from_slice(&json).map_err(|_| damaged("its manifest does not read"))?;
    let start = (first.len() + json.len() + 1) as u64;
    let (bytes, sha) = hash_reader(&mut reader)?;
    if bytes != manifest.dump_bytes {
        return Err(damaged(&format!(
            "its dump has {bytes} bytes of the {} it was written with (cut short?)",
            manifest.dump_bytes
        )));
    }
    if sha != manifest.dump_sha256 {
        return Err(damaged("its dump was changed or damaged"));
    }
    Ok((manifest, start))
}

/// How [`restore`] treats a database that holds data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Existing {
    /// Refuse, and change nothing.
    Refuse,
    /// Restore into a new database beside it, check it, then put it in its place; the old one
    /// is kept under another name (which the result names).
    Replace,
}

/// What [`restore`] did.
#[derive(Debug)]
pub struct Restored {
    pub manifest: Manifest,
    /// The name the replaced database was given, if one was replaced.
    pub kept_as: Option<String>,
}

/// Restores the backup `from` into the database of `database_url`: the file is checked whole
/// first; a database with tables is refused unless `existing` is [`Existing::Replace`]; every
/// table's count and checksum is checked against the manifest afterwards.
pub async fn restore(
    database_url: &str,
    from: &Path,
    existing: Existing,
    newest_migration: i64,
) -> anyhow::Result<Restored> {
    let bin = client_bin()?;
    let target = Target::parse(database_url)?;
    let (manifest, start) = {
        let from = from.to_owned();
        tokio::task::spawn_blocking(move || check_file(&from)).await??
    };
    if manifest.migration > newest_migration {
        bail!(
            "the backup's schema (migration {}) is newer than this build knows ({newest_migration}): \
             restore it with the version of the app that made it ({})",
            manifest.migration,
            manifest.app_version
        );
    }
    let tables = {
        let mut conn = target.connect().await?;
        let n = user_tables(&mut conn).await?;
        conn.close().await?;
        n
    };
    if tables == 0 {
        // An empty database: restored in one transaction, all or nothing.
        load(&bin, &target, from, start).await?;
        if let Err(err) = verify(&target, &manifest).await {
            empty(&target)
                .await
                .context("emptying the database again")?;
            return Err(err);
        }
        return Ok(Restored {
            manifest,
            kept_as: None,
        });
    }
    if existing == Existing::Refuse {
        bail!(
            "the database {} already holds data ({tables} tables): nothing was changed. Restore \
             into an empty database, or pass --replace to put the backup in its place (the \
             present data is kept as a database of its own)",
            target.database
        );
    }
    let stamp = chrono::Utc::now().format("%Y%m%d%H%M%S");
    let fresh = target.with_database(&beside(&target.database, &format!("_restoring_{stamp}")));
    let kept = beside(&target.database, &format!("_before_restore_{stamp}"));
    let admin = target.with_database("postgres");
    let mut conn = admin.connect().await?;
    sqlx::raw_sql(&format!("CREATE DATABASE {}", quote(&fresh.database)))
        .execute(&mut conn)
        .await
        .context("creating a database to restore into (the account needs CREATEDB)")?;
    let loaded = async {
        load(&bin, &fresh, from, start).await?;
        verify(&fresh, &manifest).await
    }
    .await;
    if let Err(err) = loaded {
        let _ = sqlx::raw_sql(&format!(
            "DROP DATABASE IF EXISTS {}",
            quote(&fresh.database)
        ))
        .execute(&mut conn)
        .await;
        return Err(err.context("the present data was not changed"));
    }
    // Two renames: nobody may be connected to either database meanwhile.
    let swap = format!(
        "ALTER DATABASE {} RENAME TO {}; ALTER DATABASE {} RENAME TO {}",
        quote(&target.database),
        quote(&kept),
        quote(&fresh.database),
        quote(&target.database)
    );
    if let Err(err) = sqlx::raw_sql(&swap).execute(&mut conn).await {
        let _ = sqlx::raw_sql(&format!(
            "DROP DATABASE IF EXISTS {}",
            quote(&fresh.database)
        ))
        .execute(&mut conn)
        .await;
        return Err(anyhow!(err).context(format!(
            "the restored database could not take the place of {} (stop the app first: nobody \
             may be connected to it); the present data was not changed",
            target.database
        )));
    }
    conn.close().await?;
    Ok(Restored {
        manifest,
        kept_as: Some(kept),
    })
}

/// The name `name` with `suffix`, cut to PostgreSQL's 63 bytes from the end of `name`.
fn beside(name: &str, suffix: &str) -> String {
    let mut end = 63usize.saturating_sub(suffix.len()).min(name.len());
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}{suffix}", &name[..end])
}

/// How many tables the database has outside the system's schemas.
async fn user_tables(conn: &mut PgConnection) -> anyhow::Result<i64> {
    Ok(sqlx::query_scalar(
        "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')",
    )
    .fetch_one(&mut *conn)
    .await?)
}

/// Runs `pg_restore` on the dump of `from` (from byte `start`) into `target`, in one
/// transaction.
async fn load(bin: &Path, target: &Target, from: &Path, start: u64) -> anyhow::Result<()> {
    let mut child = target
        .command(bin, "pg_restore")
        .arg("--single-transaction")
        .arg("--exit-on-error")
        .arg("--no-owner")
        .arg("--no-privileges")
        .arg(format!("--dbname={}", target.url))
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .context("running pg_restore")?;
    let mut stdin = child.stdin.take().context("pg_restore's input")?;
    let mut file = tokio::fs::File::open(from).await?;
    tokio::io::AsyncSeekExt::seek(&mut file, std::io::SeekFrom::Start(start)).await?;
    let feed = async move {
        let copied = tokio::io::copy(&mut file, &mut stdin).await;
        drop(stdin);
        copied
    };
    let (copied, output) = tokio::join!(feed, child.wait_with_output());
    let output = output.context("waiting for pg_restore")?;
    if !output.status.success() {
        let said = String::from_utf8_lossy(&output.stderr);
        bail!(
            "pg_restore failed ({}); nothing was restored: {}",
            output.status,
            said.lines().take(5).collect::<Vec<_>>().join(" / ")
        );
    }
    copied.context("reading the backup")?;
    Ok(())
}

/// Checks every table of `target` against the manifest: the same tables, rows and checksums.
async fn verify(target: &Target, manifest: &Manifest) -> anyhow::Result<()> {
    let mut conn = target.connect().await?;
    let mut tx = conn.begin().await?;
    let found = table_sums(&mut tx).await?;
    tx.rollback().await?;
    conn.close().await?;
    let differ: Vec<String> = manifest
        .tables
        .iter()
        .filter(|want| !found.contains(want))
        .map(|want| want.table.clone())
        .chain(
            found
                .iter()
                .filter(|got| !manifest.tables.iter().any(|w| w.table == got.table))
                .map(|got| format!("{} (not in the backup)", got.table)),
        )
        .collect();
    if !differ.is_empty() {
        bail!(
            "the restored data does not match the backup's manifest in {} tables: {}",
            differ.len(),
            differ.join(", ")
        );
    }
    Ok(())
}

/// Drops everything a failed restore left in a database that was empty before.
async fn empty(target: &Target) -> anyhow::Result<()> {
    let mut conn = target.connect().await?;
    let schemas: Vec<String> = sqlx::query_scalar(
        "SELECT nspname::text FROM pg_namespace
          WHERE nspname NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg_%'",
    )
    .fetch_all(&mut conn)
    .await?;
    for schema in schemas {
        sqlx::raw_sql(&format!("DROP SCHEMA {} CASCADE", quote(&schema)))
            .execute(&mut conn)
            .await?;
    }
    sqlx::raw_sql("CREATE SCHEMA IF NOT EXISTS public")
        .execute(&mut conn)
        .await?;
    conn.close().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_password_leaves_the_url_and_is_kept_decoded() {
        let target = Target::parse("postgres://app:p%40ss%2Fw@db.example:5433/musyawarah")
            .expect("the URL parses");
        assert_eq!(
            target.url.as_str(),
            "postgres://app@db.example:5433/musyawarah"
        );
        assert_eq!(target.password.as_deref(), Some("p@ss/w"));
        assert_eq!(target.database, "musyawarah");
        assert_eq!(
            target.with_database("postgres").url.as_str(),
            "postgres://app@db.example:5433/postgres"
        );
        assert!(Target::parse("postgres://app@db.example:5433/").is_err());
    }

    #[test]
    fn a_name_beside_another_fits_postgresql_s_63_bytes() {
        let long = "é".repeat(40);
        let name = beside(&long, "_before_restore_20261203054718");
        assert!(name.len() <= 63 && name.ends_with("_before_restore_20261203054718"));
        assert_eq!(beside("musyawarah", "_x"), "musyawarah_x");
    }
}
