//! The two sides of a round compared provision by provision, and the region summed up.

use std::collections::HashMap;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use chrono::NaiveDate;
use serde::Deserialize;
use uuid::Uuid;

use super::queries::{self, Rating};
use super::stats::{self, Summary};
use super::views::{Cell, CompareChapter, CompareLine, ComparePage, RegionalPage, RegionalRow};
use super::{Answer, AssessmentStatus, AssessorKind};
use crate::AppError;
use crate::state::AppState;
use crate::web::extract::{Path, Query};
use crate::web::{PageContext, render};

use super::handlers::{as_pair, may_read, provisions};

/// A round's comparison as the viewer may read it: the round, who reads, each chapter's lines,
/// which sides are shown and which link to their evidence; 404 when it shows them nothing.
async fn comparison(state: &AppState, ctx: &PageContext, id: Uuid) -> Result<Compared, AppError> {
    let round = queries::round(&state.pool, id)
        .await?
        .ok_or(AppError::NotFound)?;
    // A side is compared once it is submitted, for whoever the one rule lets read it (the
    // rule the dashboard's "latest assessment" follows too); a draft is not compared.
    let reader = queries::reader(&state.pool, &ctx.viewer).await?;
    let readable = reader.may_read_submitted(&round);
    let gov_shown = readable && round.government_status == AssessmentStatus::Submitted;
    let cso_shown = readable && round.civil_society_status == AssessmentStatus::Submitted;
    // Staff and the state's own sides may open it before anything is submitted (it then
    // says so); others only once it shows them something.
    let own = reader.own_state.as_deref() == Some(round.state_code.as_str());
    if !ctx.viewer.is_staff() && !own && !gov_shown && !cso_shown {
        return Err(AppError::NotFound);
    }
    // Each side's evidence is a link only for a reader who may open it.
    let government_link = may_read(
        &state.pool,
        &ctx.viewer,
        &round,
        AssessorKind::Government,
        round.government_status,
    )
    .await?;
    let civil_society_link = may_read(
        &state.pool,
        &ctx.viewer,
        &round,
        AssessorKind::CivilSociety,
        round.civil_society_status,
    )
    .await?;
    let empty = HashMap::new();
    let gov = if gov_shown {
        queries::ratings(&state.pool, round.government_id).await?
    } else {
        empty.clone()
    };
    let cso = if cso_shown {
        queries::ratings(&state.pool, round.civil_society_id).await?
    } else {
        empty
    };
    let chapters = compared(&state.pool, round.framework_id, &gov, &cso).await?;
    Ok(Compared {
        round,
        reader,
        chapters,
        gov_shown,
        cso_shown,
        government_link,
        civil_society_link,
    })
}

struct Compared {
    round: queries::Round,
    reader: queries::Reader,
    chapters: Vec<CompareChapter>,
    gov_shown: bool,
    cso_shown: bool,
    government_link: bool,
    civil_society_link: bool,
}

/// `GET /assessments/rounds/{id}/compare`: the two sides provision by provision, the gaps of
/// two points or more marked, and the trend over the state's rounds.
pub async fn compare_round(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(id): Path<Uuid>,
) -> Result<Response, AppError> {
    let Compared {
        round,
        reader,
        chapters,
        gov_shown,
        cso_shown,
        government_link,
        civil_society_link,
    } = comparison(&state, &ctx, id).await?;
    // The trend: each chapter's averages in each of the state's rounds the viewer may read.
    let mut trend: Vec<super::views::Trend> = Vec::new();
    let chapter_list = provisions(&state.pool, round.framework_id).await?;
    for (other, cycle) in
        queries::rounds_of_state(&state.pool, round.framework_id, &round.state_code).await?
    {
        let Some(r) = queries::round(&state.pool, other).await? else {
            continue;
        };
        let readable = reader.may_read_submitted(&r);
        let g = if readable && r.government_status == AssessmentStatus::Submitted {
            queries::ratings(&state.pool, r.government_id).await?
        } else {
            HashMap::new()
        };
        let s = if readable && r.civil_society_status == AssessmentStatus::Submitted {
            queries::ratings(&state.pool, r.civil_society_id).await?
        } else {
            HashMap::new()
        };
        for (number, title, own) in &chapter_list {
            let avg = |m: &HashMap<Uuid, Rating>| {
                Summary::of(
                    &own.iter()
                        .map(|c| as_pair(m.get(&c.id)))
                        .collect::<Vec<_>>(),
                )
                .shown()
            };
            let label = format!("{number}. {title}");
            match trend.iter_mut().find(|(t, _)| *t == label) {
                Some((_, points)) => points.push((cycle.clone(), avg(&g), avg(&s))),
                None => trend.push((label, vec![(cycle.clone(), avg(&g), avg(&s))])),
            }
        }
    }
    Ok(render(
        &ComparePage {
            ctx,
            round,
            chapters,
            trend,
            government_shown: gov_shown,
            civil_society_shown: cso_shown,
            government_link,
            civil_society_link,
        },
        StatusCode::OK,
    ))
}

/// A rating as the comparison shows it: its figure, "N/A", "No information", or a dash.
fn shown(r: Option<&Rating>) -> String {
    match r {
        Some(Rating {
            answer: Answer::Rated,
            rating: Some(n),
            ..
        }) => n.to_string(),
        Some(Rating {
            answer: Answer::NotApplicable,
            ..
        }) => "N/A".to_owned(),
        Some(Rating {
            answer: Answer::NoInformation,
            ..
        }) => "No information".to_owned(),
        _ => "—".to_owned(),
    }
}

/// The framework's provisions by chapter, each side's rating of each and their gap (marked
/// divergent from two points), and each chapter's averages: the comparison's one reckoning,
/// which the round's page and the country brief both show.
pub async fn compared(
    pool: &sqlx::PgPool,
    framework: Uuid,
    gov: &HashMap<Uuid, Rating>,
    cso: &HashMap<Uuid, Rating>,
) -> Result<Vec<CompareChapter>, AppError> {
    Ok(provisions(pool, framework)
        .await?
        .into_iter()
        .map(|(number, title, own)| {
            let g: Vec<_> = own.iter().map(|c| as_pair(gov.get(&c.id))).collect();
            let s: Vec<_> = own.iter().map(|c| as_pair(cso.get(&c.id))).collect();
            CompareChapter {
                number,
                title,
                government: Summary::of(&g),
                civil_society: Summary::of(&s),
                lines: own
                    .iter()
                    .map(|c| {
                        let gap =
                            stats::difference(as_pair(gov.get(&c.id)), as_pair(cso.get(&c.id)));
                        CompareLine {
                            code: c.code.clone(),
                            title: c.title.clone(),
                            government: shown(gov.get(&c.id)),
                            civil_society: shown(cso.get(&c.id)),
                            gap: gap.map(|g| g.to_string()).unwrap_or_default(),
                            divergent: stats::divergent(gap),
                        }
                    })
                    .collect(),
            }
        })
        .collect())
}

/// A Member State's latest submitted government and civil-society self-assessments, side by
/// side, as `viewer` may read them (the one rule of [`queries::latest_submitted`]).
pub struct SideBySide {
    pub framework: String,
    /// The cycle of each side's latest assessment, when there is one the viewer may read.
    pub government_cycle: Option<String>,
    pub civil_society_cycle: Option<String>,
    pub chapters: Vec<CompareChapter>,
}

/// See [`SideBySide`]; `None` when the viewer may read no submitted assessment of `state`.
pub async fn latest_side_by_side(
    pool: &sqlx::PgPool,
    viewer: &crate::auth::Viewer,
    state: &str,
) -> Result<Option<SideBySide>, AppError> {
    let Some(framework) = queries::main_framework(pool).await? else {
        return Ok(None);
    };
    let reader = queries::reader(pool, viewer).await?;
    let latest = queries::latest_submitted(pool, framework, &reader).await?;
    let side = |kind: AssessorKind| latest.iter().find(|l| l.state == state && l.side == kind);
    let (gov, cso) = (
        side(AssessorKind::Government),
        side(AssessorKind::CivilSociety),
    );
    let Some(any) = gov.or(cso) else {
        return Ok(None);
    };
    let framework_title = queries::round(pool, any.round_id)
        .await?
        .map(|r| r.framework_title)
        .unwrap_or_default();
    let g = match gov {
        Some(l) => queries::ratings(pool, l.assessment_id).await?,
        None => HashMap::new(),
    };
    let s = match cso {
        Some(l) => queries::ratings(pool, l.assessment_id).await?,
        None => HashMap::new(),
    };
    Ok(Some(SideBySide {
        framework: framework_title,
        government_cycle: gov.map(|l| l.cycle.clone()),
        civil_society_cycle: cso.map(|l| l.cycle.clone()),
        chapters: compared(pool, framework, &g, &s).await?,
    }))
}

/// `GET /assessments/rounds/{id}/compare.csv` and `.xlsx`: the comparison, one row a
/// provision: each side's rating and the gap, for the same readers as the page.
pub async fn export_comparison(
    State(state): State<AppState>,
    ctx: PageContext,
    format: crate::web::download::Format,
    Path(id): Path<Uuid>,
) -> Result<Response, AppError> {
    use crate::web::download::{self, Table, cells};
    let compared = comparison(&state, &ctx, id).await?;
    // A rating is a number where it is one; "N/A" and "No information" stay words.
    let value = |shown: &str| match shown {
        "—" | "" => download::Cell::Empty,
        text => text.parse::<i64>().map_or_else(
            |_| download::Cell::Text(text.to_owned()),
            download::Cell::Integer,
        ),
    };
    let mut table = Table::new(
        format!(
            "comparison-{}-{}",
            compared.round.state_code, compared.round.cycle
        ),
        t!("sheet-comparison"),
        download::headings![
            ("csv-chapter", Integer),
            ("csv-chapter-title", Text),
            ("csv-provision", Text),
            ("csv-provision-title", Text),
            ("csv-government", Integer),
            ("csv-civil-society", Integer),
            ("csv-gap", Integer),
            ("csv-divergent", Bool),
        ],
    );
    for chapter in &compared.chapters {
        for line in &chapter.lines {
            table.push(cells![
                chapter.number,
                &chapter.title,
                &line.code,
                &line.title,
                value(&line.government),
                value(&line.civil_society),
                value(&line.gap),
                line.divergent,
            ]);
        }
    }
    download::send(format, state.clock.now().date_naive(), table).await
}

#[derive(Debug, Default, Deserialize)]
pub struct RegionalQuery {
    #[serde(default)]
    cycle: String,
}

/// `GET /assessments/regional?cycle=`: states × chapters, each side's average, from the
/// submitted assessments the viewer may read; states not members or not bound then say so.
pub async fn regional(
    State(state): State<AppState>,
    ctx: PageContext,
    query: Option<Query<RegionalQuery>>,
) -> Result<Response, AppError> {
    let cycle = query
        .map(|Query(q)| q.cycle)
        .unwrap_or_default()
        .trim()
        .to_owned();
    let framework: Uuid =
        sqlx::query_scalar("SELECT id FROM framework ORDER BY adopted_on LIMIT 1")
            .fetch_optional(&state.pool)
            .await?
            .ok_or(AppError::NotFound)?;
    // "At the time": the end of the cycle's year, when the cycle is a year; else today.
    let day = cycle
        .get(..4)
        .and_then(|y| y.parse::<i32>().ok())
        .and_then(|y| NaiveDate::from_ymd_opt(y, 12, 31))
        .unwrap_or_else(|| state.clock.now().date_naive());
    let chapters: Vec<(i16, String)> = provisions(&state.pool, framework)
        .await?
        .into_iter()
        .map(|(n, t, _)| (n, t))
        .collect();
    let ratings = queries::regional_ratings(&state.pool, framework, &cycle).await?;
    let reader = queries::reader(&state.pool, &ctx.viewer).await?;
    let mut rows = Vec::new();
    for (code, name, member, bound) in queries::standing(&state.pool, framework, day).await? {
        let standing = if !member {
            t!("standing-not-member")
        } else if !bound {
            t!("standing-not-bound")
        } else {
            String::new()
        };
        // The one rule for submitted assessments (the comparison's and the dashboard's).
        let visible_side = |_: AssessorKind, visibility| {
            reader.levels.contains(&visibility)
                || reader.own_state.as_deref() == Some(code.as_str())
        };
        let cells = chapters
            .iter()
            .map(|(number, _)| {
                let side = |kind: AssessorKind| {
                    let answers: Vec<_> = ratings
                        .iter()
                        .filter(|(s, k, n, _, _, v)| {
                            *s == code && *k == kind && n == number && visible_side(kind, *v)
                        })
                        .map(|(_, _, _, a, r, _)| Some((*a, *r)))
                        .collect();
                    if answers.is_empty() {
                        "—".to_owned()
                    } else {
                        Summary::of(&answers).shown()
                    }
                };
                Cell {
                    government: side(AssessorKind::Government),
                    civil_society: side(AssessorKind::CivilSociety),
                }
            })
            .collect();
        rows.push(RegionalRow {
            state: crate::member_states::state_name(&code, &name),
            standing,
            cells,
        });
    }
    Ok(render(
        &RegionalPage {
            ctx,
            cycle,
            chapters,
            rows,
        },
        StatusCode::OK,
    ))
}
