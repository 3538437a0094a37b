//! The downloads of consultation lists (CSV and Excel): the filtered list, and a
//! consultation's agenda, participation and published notes, as the viewer may see them. The
//! tables are built here once, for these downloads and for the whole-consultation export.

use axum::extract::State;
use axum::response::Response;

use super::handlers::ListQuery;
use super::queries::{self, ConsultationSummary, Page};
use crate::AppError;
use crate::state::AppState;
use crate::web::PageContext;
use crate::web::download::{self, Cell, Column, Format, Table, cells};
use crate::web::extract::{Path, Query};

/// The columns of a list of consultations.
pub fn summary_columns() -> Vec<Column> {
    download::headings![
        ("csv-number-in-series", Integer),
        ("csv-title", Text),
        ("csv-city", Text),
        ("csv-host", Text),
        ("csv-starts", Date),
        ("csv-ends", Date),
        ("csv-planned-period", Text),
        ("csv-status", Text),
        ("csv-participants-reported", Integer),
        ("csv-page", Text),
    ]
}

/// One consultation of a list.
pub fn summary_row(c: &ConsultationSummary) -> Vec<Cell> {
    cells![
        c.number_in_series,
        &c.title,
        &c.city,
        c.host().unwrap_or_else(|| t!("regional")),
        c.starts_on,
        c.ends_on,
        &c.planned_period,
        c.status.label(),
        c.participants_reported,
        format!("/consultations/{}", c.slug),
    ]
}

/// `GET /consultations.csv` and `.xlsx`: the list as filtered, every page of it.
pub async fn export_consultations(
    State(state): State<AppState>,
    ctx: PageContext,
    format: Format,
    query: Option<Query<ListQuery>>,
) -> Result<Response, AppError> {
    let q = query.map(|Query(q)| q).unwrap_or_default();
    let filter = super::handlers::list_filter(&q)?;
    let rows = queries::list_filtered(
        &state.pool,
        &filter,
        &ctx.viewer.visible_levels(),
        i64::try_from(download::MAX_ROWS).unwrap_or(i64::MAX),
        0,
    )
    .await?;
    let mut table = Table::new(
        "consultations",
        t!("sheet-consultations"),
        summary_columns(),
    );
    for c in &rows {
        table.push(summary_row(c));
    }
    download::send(format, state.clock.now().date_naive(), table).await
}

/// The consultation `slug` as the viewer's page shows it; 404 when they may not see it.
pub async fn page_for(state: &AppState, ctx: &PageContext, slug: &str) -> Result<Page, AppError> {
    let organisation = ctx.viewer.user().and_then(|u| match u.role {
        crate::auth::Role::Partner => u.organisation_id,
        _ => None,
    });
    queries::page(
        &state.pool,
        slug,
        &ctx.viewer.visible_levels(),
        organisation,
    )
    .await?
    .ok_or(AppError::NotFound)
}

/// The consultation itself, one row of its facts.
pub fn consultation_table(page: &Page) -> Table {
    let c = &page.consultation;
    let mut table = Table::new(
        "consultation",
        t!("sheet-consultation"),
        download::headings![
            ("csv-title", Text),
            ("csv-series", Text),
            ("csv-number-in-series", Integer),
            ("csv-city", Text),
            ("csv-venue", Text),
            ("csv-host", Text),
            ("csv-member-states", Text),
            ("csv-starts", Date),
            ("csv-ends", Date),
            ("csv-planned-period", Text),
            ("csv-status", Text),
            ("csv-chatham-house-rule", Bool),
            ("csv-objectives", Text),
            ("csv-summary", Text),
            ("csv-languages", Text),
            ("csv-participants-reported", Integer),
            ("csv-source", Text),
        ],
    );
    table.push(cells![
        &c.title,
        c.series_title.as_deref(),
        c.number_in_series,
        &c.city,
        &c.venue,
        match (&c.host_code, &c.host_name) {
            (Some(code), Some(name)) => Some(crate::member_states::state_name(code, name)),
            (_, name) => name.clone(),
        },
        c.states
            .0
            .iter()
            .map(|s| crate::member_states::state_name(&s.code, &s.name))
            .collect::<Vec<_>>()
            .join("; "),
        c.starts_on,
        c.ends_on,
        &c.planned_period,
        c.status.label(),
        c.chatham_house,
        &c.objectives,
        &c.summary,
        c.languages.join("; "),
        c.participants_reported,
        &c.source,
    ]);
    table
}

/// The agenda: one row a session.
pub fn agenda_table(page: &Page) -> Table {
    let slug = &page.consultation.slug;
    let mut table = Table::new(
        format!("{slug}-agenda"),
        t!("sheet-agenda"),
        download::headings![
            ("csv-position", Integer),
            ("csv-day", Date),
            ("csv-starts", Text),
            ("csv-ends", Text),
            ("csv-kind", Text),
            ("csv-title", Text),
            ("csv-description", Text),
            ("csv-speakers", Text),
            ("csv-themes", Text),
        ],
    );
    for s in &page.agenda {
        let speakers: Vec<String> = s
            .speakers
            .0
            .iter()
            .map(|sp| {
                let mut who = sp.person.clone().unwrap_or_default();
                if let Some(roles) = sp.roles.as_deref().filter(|r| !r.is_empty()) {
                    who = format!("{who} ({roles})");
                }
                match (&sp.organisation, who.is_empty()) {
                    (Some(org), true) => org.clone(),
                    (Some(org), false) => format!("{who}, {org}"),
                    (None, _) => who,
                }
            })
            .collect();
        table.push(cells![
            s.position,
            s.day,
            s.starts_at.map(|t| t.format("%H:%M").to_string()),
            s.ends_at.map(|t| t.format("%H:%M").to_string()),
            s.kind.label(),
            &s.title,
            &s.description,
            speakers.join("; "),
            s.themes
                .0
                .iter()
                .map(|t| t.name.as_str())
                .collect::<Vec<_>>()
                .join("; "),
        ]);
    }
    table
}

/// Who took part: one row an organisation, with its head counts by sex.
pub fn participation_table(page: &Page) -> Table {
    let slug = &page.consultation.slug;
    let mut table = Table::new(
        format!("{slug}-participation"),
        t!("sheet-participation"),
        download::headings![
            ("csv-organisation", Text),
            ("csv-acronym", Text),
            ("csv-kind", Text),
            ("csv-member-state", Text),
            ("csv-roles", Text),
            ("csv-women", Integer),
            ("csv-men", Integer),
            ("csv-other-or-not-stated", Integer),
            ("csv-total", Integer),
        ],
    );
    for p in &page.participants {
        table.push(cells![
            &p.name,
            &p.acronym,
            p.kind.label(),
            p.place(),
            p.roles
                .iter()
                .map(|r| r.label())
                .collect::<Vec<_>>()
                .join("; "),
            p.female,
            p.male,
            p.other_or_unstated,
            p.female + p.male + p.other_or_unstated,
        ]);
    }
    table
}

/// The published notes the viewer may read: one row a statement (a note without statements,
/// one row), bylined as their readers see them (nobody named under the Chatham House rule).
pub fn notes_table(page: &Page) -> Table {
    let slug = &page.consultation.slug;
    let mut table = Table::new(
        format!("{slug}-notes"),
        t!("sheet-published-notes"),
        download::headings![
            ("csv-session", Text),
            ("csv-note-by", Text),
            ("csv-published", Time),
            ("csv-summary", Text),
            ("csv-section", Text),
            ("csv-statement", Text),
            ("csv-page", Text),
        ],
    );
    for note in &page.published {
        let byline = crate::notes::views::byline(note);
        let statements: Vec<_> = page
            .statements
            .iter()
            .filter(|(id, _)| *id == note.id)
            .map(|(_, s)| s)
            .collect();
        let link = format!("/notes/{}", note.id);
        if statements.is_empty() {
            table.push(cells![
                &note.session_title,
                &byline,
                note.published_at,
                &note.summary,
                Cell::Empty,
                Cell::Empty,
                &link,
            ]);
        }
        for s in statements {
            table.push(cells![
                &note.session_title,
                &byline,
                note.published_at,
                &note.summary,
                s.section.label(),
                &s.body,
                &link,
            ]);
        }
    }
    table
}

/// `GET /consultations/{slug}/agenda.csv` and `.xlsx`.
pub async fn export_agenda(
    State(state): State<AppState>,
    ctx: PageContext,
    format: Format,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let page = page_for(&state, &ctx, &slug).await?;
    download::send(format, state.clock.now().date_naive(), agenda_table(&page)).await
}

/// `GET /consultations/{slug}/participation.csv` and `.xlsx`.
pub async fn export_participation(
    State(state): State<AppState>,
    ctx: PageContext,
    format: Format,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let page = page_for(&state, &ctx, &slug).await?;
    let table = participation_table(&page);
    download::send(format, state.clock.now().date_naive(), table).await
}

/// `GET /consultations/{slug}/notes.csv` and `.xlsx`: the published notes.
pub async fn export_notes(
    State(state): State<AppState>,
    ctx: PageContext,
    format: Format,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let page = page_for(&state, &ctx, &slug).await?;
    download::send(format, state.clock.now().date_naive(), notes_table(&page)).await
}
