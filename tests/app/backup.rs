//! `musyawarah backup` and `musyawarah restore`, run as the operator runs them: a backup taken
//! while writes go on restores into a new private cluster with every table's rows and checksum
//! as the manifest says; a damaged or cut file is refused before anything is touched; a
//! database with data is refused unless `--replace`, which keeps the data it replaces.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};

use musyawarah::db::backup::{self, Manifest};
use musyawarah::db::local::{LocalOptions, LocalPostgres};
use sqlx::{Connection as _, PgConnection};

use crate::harness::{Fixture, TestDb};

/// Runs the binary with `args`; with `database_url`, against it, else against the private
/// cluster in `data_dir`. Whether it succeeded, and what it said.
async fn run(args: &[&str], database_url: Option<&str>, data_dir: &Path) -> (bool, String) {
    let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_musyawarah"));
    command
        .args(args)
        .env("MUSYAWARAH_DATA_DIR", data_dir)
        .env("RUST_LOG", "info")
        .stdin(Stdio::null());
    match database_url {
        Some(url) => command.env("DATABASE_URL", url),
        None => command.env_remove("DATABASE_URL"),
    };
    let out = command.output().await.expect("the command runs");
    (
        out.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

fn scratch() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("backups")
        .join(uuid::Uuid::new_v4().simple().to_string());
    std::fs::create_dir_all(&dir).expect("makes a folder");
    dir
}

/// The manifest of a backup file, read back (the file checked whole).
fn manifest(file: &Path) -> Manifest {
    backup::check_file(file).expect("the backup is whole").0
}

fn rows_of(manifest: &Manifest, table: &str) -> i64 {
    manifest
        .tables
        .iter()
        .find(|t| t.table == table)
        .unwrap_or_else(|| panic!("{table} is in the manifest"))
        .rows
}

async fn tables(url: &str) -> i64 {
    let mut conn = PgConnection::connect(url).await.expect("connects");
    sqlx::query_scalar(
        "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')",
    )
    .fetch_one(&mut conn)
    .await
    .expect("counts the tables")
}

/// A backup of the demo data, taken with nobody writing.
async fn demo_backup(dir: &Path) -> (TestDb, PathBuf) {
    let db = TestDb::new(Fixture::Demo).await;
    let file = dir.join("demo.backup");
    let (ok, said) = run(
        &["backup", "--to", file.to_str().expect("a path")],
        Some(&db.url),
        dir,
    )
    .await;
    assert!(ok, "the backup is made: {said}");
    (db, file)
}

#[tokio::test]
async fn a_backup_taken_while_people_write_restores_into_a_new_private_cluster_whole() {
    let dir = scratch();
    let source = TestDb::new(Fixture::Demo).await;
    // A writer that records pairs of audit entries, each pair in one transaction, until told.
    let stop = Arc::new(AtomicBool::new(false));
    let written = Arc::new(AtomicI64::new(0));
    let writer = {
        let (url, stop, written) = (source.url.clone(), stop.clone(), written.clone());
        tokio::spawn(async move {
            let mut conn = PgConnection::connect(&url).await.expect("connects");
            let mut n = 0i64;
            while !stop.load(Ordering::SeqCst) {
                n += 1;
                sqlx::query(
                    "INSERT INTO audit_log (action, entity, entity_id)
                     VALUES ('backup load', 'backup-load', $1), ('backup load', 'backup-load', $1)",
                )
                .bind(n.to_string())
                .execute(&mut conn)
                .await
                .expect("writes a pair");
                written.store(n, Ordering::SeqCst);
            }
        })
    };
    crate::harness::timeouts::until("the writer has written", || async {
        (written.load(Ordering::SeqCst) >= 20).then_some(())
    })
    .await;
    let before = written.load(Ordering::SeqCst);
    let file = dir.join("while-writing.backup");
    let (ok, said) = run(
        &["backup", "--to", file.to_str().expect("a path")],
        Some(&source.url),
        &dir,
    )
    .await;
    let during = written.load(Ordering::SeqCst) - before;
    stop.store(true, Ordering::SeqCst);
    writer.await.expect("the writer ends");
    assert!(ok, "the backup is made while people write: {said}");
    assert!(said.contains("backed up the database"), "{said}");
    let made = manifest(&file);
    assert!(during > 0, "the writer went on while the backup was made");

    // Into a new private cluster, as on a new machine: no DATABASE_URL.
    let data = dir.join("new-machine");
    let (ok, said) = run(
        &["restore", "--from", file.to_str().expect("a path")],
        None,
        &data,
    )
    .await;
    assert!(ok, "the backup restores into a new cluster: {said}");
    assert!(
        said.contains("every table's rows and checksum match its manifest"),
        "{said}"
    );
    let options = LocalOptions {
        root: data.join("postgres"),
        durable: true,
    };
    let pg = tokio::task::spawn_blocking(move || LocalPostgres::start(&options))
        .await
        .expect("joins")
        .expect("the new cluster starts");
    let mut restored = PgConnection::connect(&pg.url("musyawarah"))
        .await
        .expect("connects to the restored database");
    // Every pair written before the backup began is there, each pair whole, and the rows are
    // those of the snapshot the manifest counted.
    let (pairs, halves, last): (i64, i64, i64) = sqlx::query_as(
        "SELECT count(*), count(*) FILTER (WHERE n <> 2), coalesce(max(id), 0) FROM (
           SELECT entity_id::bigint AS id, count(*) AS n FROM audit_log
            WHERE entity = 'backup-load' GROUP BY entity_id) pairs",
    )
    .fetch_one(&mut restored)
    .await
    .expect("reads the pairs");
    assert_eq!(halves, 0, "no pair is half restored");
    assert!(
        pairs >= before,
        "{pairs} pairs restored of the {before} written before"
    );
    assert_eq!(
        last, pairs,
        "the pairs restored are the first {pairs}, none missing"
    );
    let audit: i64 = sqlx::query_scalar("SELECT count(*) FROM audit_log")
        .fetch_one(&mut restored)
        .await
        .expect("counts");
    assert_eq!(audit, rows_of(&made, "public.audit_log"));
    let findings: i64 = sqlx::query_scalar("SELECT count(*) FROM finding")
        .fetch_one(&mut restored)
        .await
        .expect("counts");
    assert!(findings > 0);
    assert_eq!(findings, rows_of(&made, "public.finding"));
    restored.close().await.expect("closes");
    tokio::task::spawn_blocking(move || pg.stop())
        .await
        .expect("joins")
        .expect("the cluster stops");
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn a_damaged_or_cut_backup_is_refused_and_nothing_is_touched() {
    let dir = scratch();
    let (_source, file) = demo_backup(&dir).await;
    let bytes = std::fs::read(&file).expect("reads the backup");
    let manifest_end = bytes
        .iter()
        .enumerate()
        .filter(|(_, b)| **b == b'\n')
        .nth(1)
        .map(|(i, _)| i)
        .expect("two lines before the dump");
    let mut in_dump = bytes.clone();
    let middle = manifest_end + (bytes.len() - manifest_end) / 2;
    in_dump[middle] ^= 0x20;
    let mut in_manifest = bytes.clone();
    // A digit of a count, say: still JSON, but not what was written.
    let digit = (manifest_end / 2..manifest_end)
        .find(|i| bytes[*i].is_ascii_digit())
        .expect("a digit in the manifest");
    in_manifest[digit] = if bytes[digit] == b'9' {
        b'8'
    } else {
        bytes[digit] + 1
    };
    let cases: [(&str, Vec<u8>, &str); 4] = [
        (
            "cut short",
            bytes[..bytes.len() - 500].to_vec(),
            "cut short",
        ),
        (
            "a byte of the dump changed",
            in_dump,
            "dump was changed or damaged",
        ),
        (
            "a byte of the manifest changed",
            in_manifest,
            "manifest was changed or damaged",
        ),
        (
            "not a backup",
            b"PGDMP not ours".to_vec(),
            "does not start as a backup does",
        ),
    ];
    for (what, content, message) in cases {
        let damaged = dir.join("damaged.backup");
        std::fs::write(&damaged, &content).expect("writes the damaged copy");
        let target = TestDb::blank().await;
        let (ok, said) = run(
            &["restore", "--from", damaged.to_str().expect("a path")],
            Some(&target.url),
            &dir,
        )
        .await;
        assert!(!ok, "{what}: refused");
        assert!(
            said.contains("is not a whole Musyawarah backup") && said.contains(message),
            "{what}: says why: {said}"
        );
        assert_eq!(tables(&target.url).await, 0, "{what}: nothing was restored");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn restore_refuses_a_database_with_data_unless_told_and_then_keeps_what_it_replaced() {
    let dir = scratch();
    let (_source, file) = demo_backup(&dir).await;
    let target = TestDb::new(Fixture::RealSeries).await;
    let count = |url: String| async move {
        let mut conn = PgConnection::connect(&url).await.expect("connects");
        let n: i64 = sqlx::query_scalar("SELECT count(*) FROM finding")
            .fetch_one(&mut conn)
            .await
            .expect("counts");
        conn.close().await.expect("closes");
        n
    };
    let findings_before = count(target.url.clone()).await;
    let (ok, said) = run(
        &["restore", "--from", file.to_str().expect("a path")],
        Some(&target.url),
        &dir,
    )
    .await;
    assert!(!ok, "a database with data is refused");
    assert!(
        said.contains("already holds data") && said.contains("nothing was changed"),
        "{said}"
    );
    assert_eq!(count(target.url.clone()).await, findings_before);

    let (ok, said) = run(
        &[
            "restore",
            "--from",
            file.to_str().expect("a path"),
            "--replace",
        ],
        Some(&target.url),
        &dir,
    )
    .await;
    assert!(ok, "--replace restores: {said}");
    let made = manifest(&file);
    assert_eq!(
        count(target.url.clone()).await,
        rows_of(&made, "public.finding")
    );
    // What was there is kept, whole, under the name the command gave.
    let kept = said
        .lines()
        .find_map(|l| l.split("database=").nth(1))
        .map(|rest| {
            rest.split_whitespace()
                .next()
                .unwrap_or_default()
                .to_owned()
        })
        .unwrap_or_else(|| panic!("the command names the database it kept: {said}"));
    assert!(
        kept.contains("_before_restore_") && kept.len() <= 63,
        "{kept}"
    );
    let kept_url = target.url.replace(&target.name, &kept);
    assert_eq!(count(kept_url.clone()).await, findings_before);
    let admin_url = target.url.replace(&target.name, "postgres");
    let mut admin = PgConnection::connect(&admin_url).await.expect("connects");
    sqlx::raw_sql(&format!("DROP DATABASE \"{kept}\" WITH (FORCE)"))
        .execute(&mut admin)
        .await
        .expect("drops the kept database");
    let _ = std::fs::remove_dir_all(&dir);
}
