//! `GET /dashboard` (the overview) and `GET /dashboard.csv`; the detail pages are in
//! [`super::details`].

use axum::extract::State;
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;

use super::queries::Filters;
use super::views::{self, GROUPS, KINDS};
use askama::Template as _;

use crate::AppError;
use crate::state::AppState;
use crate::web::PageContext;
use crate::web::download::{self, Cell, Column, Format, Kind};
use crate::web::extract::Query;

/// The dashboard's query string.
#[derive(Debug, Default, serde::Deserialize)]
pub struct DashboardQuery {
    #[serde(default)]
    series: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    theme: String,
}

/// A filter's slug, or none; `no_such` says, in the reader's language, that there is no such one.
fn slug(value: &str, no_such: fn() -> String) -> Result<Option<String>, AppError> {
    match value.trim() {
        "" => Ok(None),
        v if v.len() <= 100
            && v.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') =>
        {
            Ok(Some(v.to_owned()))
        }
        _ => Err(AppError::BadRequest(no_such())),
    }
}

pub(super) fn filters(query: Option<Query<DashboardQuery>>) -> Result<Filters, AppError> {
    let q = query.map(|Query(q)| q).unwrap_or_default();
    let filters = Filters {
        series: slug(&q.series, || t!("bad-no-such-series"))?,
        from: crate::web::extract::query_date(&q.from, crate::web::extract::PeriodEnd::From)?,
        to: crate::web::extract::query_date(&q.to, crate::web::extract::PeriodEnd::To)?,
        theme: slug(&q.theme, || t!("bad-no-such-theme"))?,
    };
    if let (Some(from), Some(to)) = (filters.from, filters.to)
        && to < from
    {
        return Err(AppError::BadRequest(
            "The period ends before it starts.".into(),
        ));
    }
    Ok(filters)
}

/// The figures for `ctx`'s viewer and `filters`, kept while the data hold (the page's, the
/// CSV's and the API's one way to them), and today's date they were counted at.
pub async fn figures(
    state: &AppState,
    cache: &super::cache::DashboardCache,
    ctx: &PageContext,
    filters: &Filters,
) -> Result<(std::sync::Arc<super::queries::Figures>, NaiveDate), AppError> {
    let today = state.clock.now().date_naive();
    // Which assessment counts as each state's latest: the one rule of the assessments, for
    // this reader, so that the dashboard and the comparison agree. Kept while the
    // self-assessments hold, by what decides it (levels, an official's state, a partner's
    // organisation).
    // The versions first, in one statement: figures read after them are never kept as newer
    // than they are.
    let [version, figures_version] = crate::db::versioned::versions(
        &state.pool,
        [super::cache::LATEST_SCOPES, super::cache::SCOPES],
        ctx.login.as_ref(),
    )
    .await?;
    let key = super::cache::ReaderKey::of(&ctx.viewer);
    let latest = match cache.latest.get(&key, version) {
        Some(latest) => latest,
        None => {
            let mut latest = super::queries::latest(&state.pool, &ctx.viewer).await?;
            latest.sort_unstable();
            let latest = std::sync::Arc::new(latest);
            cache.latest.put(key, version, latest.clone());
            latest
        }
    };
    let levels = ctx.viewer.visible_levels();
    // A filter may name only the series and themes listed beside the figures (the same lists
    // with filters or without).
    let names_listed = |figures: &super::queries::Figures| -> Result<(), AppError> {
        if let Some(series) = &filters.series
            && !figures.series.iter().any(|s| &s.slug == series)
        {
            return Err(AppError::BadRequest(t!("bad-no-such-series")));
        }
        if let Some(theme) = &filters.theme
            && !figures.themes.iter().any(|t| &t.slug == theme)
        {
            return Err(AppError::BadRequest(t!("bad-no-such-theme")));
        }
        Ok(())
    };
    // With filters, they are checked first against the figures without filters if those are
    // kept, so that a made-up filter costs no reading; else against the figures read for the
    // filters, which are not kept if it names what is not listed.
    if *filters != Filters::default()
        && let Some(overview) = cache.kept_at(
            &levels,
            &Filters::default(),
            today,
            figures_version,
            &latest,
        )
    {
        names_listed(&overview)?;
    }
    let figures = cache
        .figures(
            &state.pool,
            &levels,
            filters,
            today,
            figures_version,
            &latest,
            |read| names_listed(read).is_ok(),
        )
        .await?;
    names_listed(&figures)?;
    Ok((figures, today))
}

/// `GET /dashboard?series=&from=&to=&theme=`: where each Member State stands, from what the
/// viewer may see.
pub async fn show_dashboard(
    State(state): State<AppState>,
    State(cache): State<std::sync::Arc<super::cache::DashboardCache>>,
    ctx: PageContext,
    query: Option<Query<DashboardQuery>>,
) -> Result<Response, AppError> {
    let filters = filters(query)?;
    let (figures, today) = figures(&state, &cache, &ctx, &filters).await?;
    // Kept per official's own state and per language: the content is written in it.
    let own_state = format!("{}/{}", views::own_state(&ctx.viewer), ctx.lang.code());
    let kept = figures
        .rendered
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .get(&own_state)
        .cloned();
    let content = match kept {
        Some(content) => content,
        None => {
            let content: std::sync::Arc<str> = views::build(&ctx.viewer, &figures, &filters, today)
                .render()
                .map_err(|e| AppError::Internal(e.into()))?
                .into();
            figures
                .rendered
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .insert(own_state, content.clone());
            content
        }
    };
    page_around(ctx, t!("dashboard-title"), content)
}

/// The page in the site's layout, sent as three pieces (the layout before the content, the kept
/// content itself, the layout after it), so that the content, which is most of the page, is sent
/// from where it is kept without being copied for each request.
pub(super) fn page_around(
    ctx: PageContext,
    title: String,
    content: std::sync::Arc<str>,
) -> Result<Response, AppError> {
    const MARK: &str = "\u{0}dashboard-content\u{0}";
    let layout = views::DashboardPage {
        ctx,
        title,
        content: MARK,
    }
    .render()
    .map_err(|e| AppError::Internal(e.into()))?;
    let (before, after) = layout.split_once(MARK).ok_or_else(|| {
        AppError::Internal(anyhow::anyhow!("the dashboard layout lost its content"))
    })?;
    let length = before.len() + content.len() + after.len();
    let pieces = [
        bytes::Bytes::copy_from_slice(before.as_bytes()),
        bytes::Bytes::from_owner(KeptContent(content)),
        bytes::Bytes::copy_from_slice(after.as_bytes()),
    ];
    let body = axum::body::Body::from_stream(futures_util::stream::iter(
        pieces.map(Ok::<_, std::convert::Infallible>),
    ));
    Ok((
        [
            (
                axum::http::header::CONTENT_TYPE,
                axum::http::HeaderValue::from_static("text/html; charset=utf-8"),
            ),
            (
                axum::http::header::CONTENT_LENGTH,
                axum::http::HeaderValue::from(length),
            ),
        ],
        body,
    )
        .into_response())
}

/// Kept page content, as the bytes of a response.
struct KeptContent(std::sync::Arc<str>);

impl AsRef<[u8]> for KeptContent {
    fn as_ref(&self) -> &[u8] {
        self.0.as_bytes()
    }
}

/// `GET /dashboard.csv` and `/dashboard.xlsx`: the per-state table of the dashboard, with the
/// same filters (and the viewer's visibility), as a spreadsheet opens it.
pub async fn export_dashboard(
    State(state): State<AppState>,
    State(cache): State<std::sync::Arc<super::cache::DashboardCache>>,
    ctx: PageContext,
    format: Format,
    query: Option<Query<DashboardQuery>>,
) -> Result<Response, AppError> {
    let filters = filters(query)?;
    let (figures, today) = figures(&state, &cache, &ctx, &filters).await?;
    let states = views::state_lines(&ctx.viewer, &figures, &filters, today);
    let mut columns = download::headings![
        ("csv-dash-member-state", Text),
        ("csv-dash-code", Text),
        ("csv-dash-membership", Text),
        ("csv-dash-consultations-held", Integer),
        ("csv-dash-consultations-planned", Integer),
        ("csv-dash-postponed-or-cancelled", Integer),
        ("csv-dash-last-held", Date),
        ("csv-dash-participants-women", Integer),
        ("csv-dash-participants-men", Integer),
        ("csv-dash-participants-other-or-not-stated", Integer),
    ];
    columns.extend(GROUPS.iter().enumerate().map(|(i, g)| {
        Column::keyed(
            format!("Participants: {}", g.0),
            t!("csv-dash-participants-of", group = views::group_heading(i)),
            Kind::Integer,
        )
    }));
    columns.extend(KINDS.iter().map(|k| {
        Column::keyed(
            format!("Findings: {}", k.1),
            t!("csv-dash-findings-of", kind = views::kind_heading(k.0)),
            Kind::Integer,
        )
    }));
    columns.extend(download::headings![
        ("csv-dash-recommendations-implemented", Integer),
        ("csv-dash-recommendations", Integer),
        ("csv-dash-overdue-follow-ups", Integer),
        ("csv-dash-government-self-assessment-average", Decimal),
        ("csv-dash-government-self-assessment-cycle", Text),
        ("csv-dash-civil-society-assessment-average", Decimal),
        ("csv-dash-civil-society-assessment-cycle", Text),
    ]);
    let mut table = download::Table::new("dashboard", t!("sheet-member-states"), columns);
    for s in &states {
        let mut row = download::cells![
            &s.name,
            &s.code,
            &s.membership,
            s.held.n,
            s.planned.n,
            s.postponed_or_cancelled,
            chrono::NaiveDate::parse_from_str(&s.last_held_iso, "%Y-%m-%d").ok(),
            s.female.n,
            s.male.n,
            s.other.n,
        ];
        row.extend(s.by_group.iter().map(|l| Cell::from(l.n)));
        row.extend(s.findings.iter().map(|l| Cell::from(l.n)));
        row.extend(download::cells![
            s.implemented.n,
            s.recommendations.n,
            s.overdue.n
        ]);
        for side in [&s.government, &s.civil_society] {
            row.push(Cell::from(
                side.as_ref().and_then(|r| r.text.parse::<f64>().ok()),
            ));
            row.push(Cell::from(side.as_ref().map(|r| r.cycle.clone())));
        }
        table.push(row);
    }
    download::send(format, today, table).await
}
