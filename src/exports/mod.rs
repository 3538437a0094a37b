//! The whole-consultation export: one .zip with the consultation, its agenda, participation,
//! published notes, findings, recommendations and their follow-up as CSV files, the same as one
//! JSON document, and a README.txt naming the files and the visibility they were made at.
//!
//! Everything is read through the same queries as the consultation page and the tracker, with
//! the viewer's visibility, so the file holds exactly what the viewer may see there.

use std::io::Write;

use axum::extract::State;
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;

use crate::AppError;
use crate::consultations::export as consultation;
use crate::findings::{self, FindingKind};
use crate::state::AppState;
use crate::web::PageContext;
use crate::web::download::{self, Table, cells};
use crate::web::extract::Path;

/// The most findings one consultation's export holds.
const FINDINGS_CAP: i64 = 100_000;

/// `GET /consultations/{slug}/export.zip`: everything of a consultation the viewer may see.
pub async fn consultation_zip(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let page = consultation::page_for(&state, &ctx, &slug).await?;
    let today = state.clock.now().date_naive();
    let levels = ctx.viewer.visible_levels();
    let filter = findings::queries::Filter {
        consultation: Some(page.consultation.slug.clone()),
        ..Default::default()
    };
    let all = findings::queries::list(
        &state.pool,
        &filter,
        &levels,
        today,
        findings::queries::Sort::Oldest,
        None,
        FINDINGS_CAP,
    )
    .await?;
    let mut findings_table =
        Table::new("findings", t!("sheet-findings"), findings::export::header());
    let mut recommendations = Table::new(
        "recommendations",
        t!("sheet-recommendations"),
        download::headings![
            ("csv-id", Text),
            ("csv-recommendation", Text),
            ("csv-addressee", Text),
            ("csv-status", Text),
            ("csv-due", Date),
            ("csv-overdue", Bool),
            ("csv-latest-update", Date),
            ("csv-latest-update-text", Text),
        ],
    );
    let mut follow_up = Table::new(
        "follow-up",
        t!("sheet-follow-up"),
        download::headings![
            ("csv-recommendation-id", Text),
            ("csv-reported-on", Date),
            ("csv-status-from", Text),
            ("csv-status-to", Text),
            ("csv-update", Text),
            ("csv-evidence", Text),
        ],
    );
    for f in &all {
        findings_table.push(findings::export::row(f));
        if f.kind != FindingKind::Recommendation {
            continue;
        }
        let updates = findings::queries::updates(&state.pool, f.id).await?;
        let latest = updates.first();
        recommendations.push(cells![
            f.id.to_string(),
            &f.statement,
            f.addressee.as_deref(),
            f.status.map(|s| s.label()),
            f.due_on,
            f.overdue,
            latest.map(|u| u.reported_on),
            latest.map(|u| u.body.clone()),
        ]);
        for u in &updates {
            follow_up.push(cells![
                f.id.to_string(),
                u.reported_on,
                u.status_from.map(|s| s.label()),
                u.status_to.map(|s| s.label()),
                &u.body,
                u.evidence_links.join(" "),
            ]);
        }
    }
    let tables = [
        consultation::consultation_table(&page),
        consultation::agenda_table(&page),
        consultation::participation_table(&page),
        consultation::notes_table(&page),
        findings_table,
        recommendations,
        follow_up,
    ];
    let files = [
        "consultation.csv",
        "agenda.csv",
        "participation.csv",
        "notes.csv",
        "findings.csv",
        "recommendations.csv",
        "follow-up.csv",
    ];
    let scope = ctx.viewer.data_scope();
    let levels_text = levels
        .iter()
        .map(|l| l.label())
        .collect::<Vec<_>>()
        .join(", ");
    let title = page.consultation.title.clone();
    let name = download::filename(&format!("{slug}-export"), today, download::Format::Csv)
        .replace(".csv", ".zip");
    // Written here, in the reader's language (the blocking thread is outside the request's).
    let readme = readme(&title, today, &scope, &levels_text, &files);
    let body = tokio::task::spawn_blocking(move || {
        archive(&title, today, &scope, &readme, &files, &tables)
    })
    .await
    .map_err(|e| AppError::Internal(e.into()))??;
    Ok((download::file_headers("application/zip", &name), body).into_response())
}

/// The README of an export: what each file holds and the visibility it was made at.
fn readme(title: &str, today: NaiveDate, scope: &str, levels: &str, files: &[&str]) -> String {
    let described = [
        t!("readme-consultation"),
        t!("readme-agenda"),
        t!("readme-participation"),
        t!("readme-notes"),
        t!("readme-findings"),
        t!("readme-recommendations"),
        t!("readme-follow-up"),
    ];
    let mut text = format!(
        "{title}\r\n{}\r\n\r\n{}\r\n\r\n{}\r\n",
        t!(
            "readme-exported",
            date = today.format("%Y-%m-%d").to_string()
        ),
        t!("readme-visibility", scope = scope, levels = levels),
        t!("readme-files"),
    );
    for (file, what) in files.iter().zip(described) {
        text.push_str(&format!("  {file}: {what}\r\n"));
    }
    text.push_str(&format!(
        "  consultation.json: {}\r\n  README.txt: {}\r\n\r\n{}\r\n",
        t!("readme-json"),
        t!("readme-this-file"),
        t!("readme-csv")
    ));
    text
}

/// The .zip of the tables, with the JSON document and the README.
fn archive(
    title: &str,
    today: NaiveDate,
    scope: &str,
    readme: &str,
    files: &[&str],
    tables: &[Table],
) -> Result<Vec<u8>, AppError> {
    let internal = |e: zip::result::ZipError| AppError::Internal(e.into());
    let io = |e: std::io::Error| AppError::Internal(e.into());
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("README.txt", options).map_err(internal)?;
    zip.write_all(readme.as_bytes()).map_err(io)?;
    let mut document = serde_json::Map::new();
    document.insert("title".into(), title.into());
    document.insert(
        "exported_on".into(),
        today.format("%Y-%m-%d").to_string().into(),
    );
    document.insert("visibility".into(), scope.into());
    for (file, table) in files.iter().zip(tables) {
        zip.start_file(*file, options).map_err(internal)?;
        zip.write_all(&table.csv()?).map_err(io)?;
        let key = file.trim_end_matches(".csv").replace('-', "_");
        document.insert(key, table.json());
    }
    zip.start_file("consultation.json", options)
        .map_err(internal)?;
    serde_json::to_writer_pretty(&mut zip, &serde_json::Value::Object(document))
        .map_err(|e| AppError::Internal(e.into()))?;
    let cursor = zip.finish().map_err(internal)?;
    Ok(cursor.into_inner())
}
