//! The dashboard's pages: an overview (where each Member State stands, and two charts) and a
//! page for each detailed table, reached from it by a plain link with the same filters. Every
//! number links to the records behind it, and every chart has its table.

use askama::Template;
use chrono::NaiveDate;

use super::charts::{self, Cell, HeatCell, HeatRow, Series};
use super::queries::{Figures, Filters, Named};
use crate::findings::FindingKind;
use crate::organisations::OrganisationKind;
use crate::web::urlencode;
use crate::web::{PageContext, format};

/// A figure and the list of the records behind it.
#[derive(Debug, Clone)]
pub struct Link {
    pub n: i64,
    pub href: String,
}

/// A side's average rating in a state's latest submitted assessment.
#[derive(Debug, Clone)]
pub struct Rating {
    /// "2.4", or "no rating" when every answer was "not applicable" or "no information".
    pub text: String,
    pub cycle: String,
    pub href: String,
    /// "12 rated, 1 not applicable, 0 no information".
    pub detail: String,
}

/// One Member State's row.
#[derive(Debug, Clone)]
pub struct StateLine {
    pub code: String,
    pub name: String,
    /// "Member since 26 October 2025", or "Observer since ...; not a member".
    pub membership: String,
    pub member: bool,
    /// Joined within the last three years: its figures are young, not lagging.
    pub new_member: bool,
    pub held: Link,
    pub planned: Link,
    pub postponed_or_cancelled: i64,
    pub last_held: Option<String>,
    pub last_held_iso: String,
    pub female: Link,
    pub male: Link,
    pub other: Link,
    /// Heads by stakeholder group, in the order of [`GROUPS`].
    pub by_group: Vec<Link>,
    /// Findings by kind, in the order of [`KINDS`].
    pub findings: Vec<Link>,
    pub open: Link,
    pub in_progress: Link,
    pub implemented: Link,
    pub recommendations: Link,
    pub overdue: Link,
    pub government: Option<Rating>,
    pub civil_society: Option<Rating>,
    /// Where the state stands, in words (the overview's first column).
    pub progress: Progress,
}

/// Where a Member State stands, in words and (for the eye only) a colour.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    /// "Follow-up overdue", "Implementing", ...
    pub words: String,
    /// Why, in a few words: "2 of 3 recommendations implemented".
    pub why: String,
    /// The badge's class.
    pub css: &'static str,
}

impl Progress {
    /// Reads a state's standing from its figures: membership first, then whether it has been
    /// consulted, then what became of the recommendations made to it.
    pub fn of(line: &StateLine) -> Self {
        let (words, css) = if !line.member {
            (t!("progress-not-member"), "status-stopped")
        } else if line.held.n == 0 && line.planned.n > 0 {
            (t!("progress-planned"), "status-planned")
        } else if line.held.n == 0 {
            (t!("progress-not-consulted"), "status-stopped")
        } else if line.recommendations.n == 0 {
            (t!("progress-no-recommendations"), "status-planned")
        } else if line.overdue.n > 0 {
            (t!("progress-overdue"), "status-stopped")
        } else if line.implemented.n == line.recommendations.n {
            (t!("progress-all-implemented"), "status-held")
        } else if line.implemented.n > 0 || line.in_progress.n > 0 {
            (t!("progress-implementing"), "status-held")
        } else {
            (t!("progress-open"), "status-planned")
        };
        let why = if line.recommendations.n == 0 {
            match line.held.n {
                0 => String::new(),
                n => t!("progress-held", count = n),
            }
        } else if line.overdue.n > 0 {
            t!(
                "progress-implemented-overdue",
                implemented = line.implemented.n,
                all = line.recommendations.n,
                overdue = line.overdue.n
            )
        } else {
            t!(
                "progress-implemented",
                implemented = line.implemented.n,
                all = line.recommendations.n
            )
        };
        Self { words, why, css }
    }
}

/// The kinds of finding, with their headings on the dashboard.
pub const KINDS: [(FindingKind, &str); 4] = [
    (FindingKind::Challenge, "Challenges"),
    (FindingKind::Opportunity, "Opportunities"),
    (FindingKind::GoodPractice, "Good practices"),
    (FindingKind::Recommendation, "Recommendations"),
];

/// Stakeholder groups: heading, and the kinds of organisation in each.
pub const GROUPS: [(&str, &[OrganisationKind]); 5] = {
    use OrganisationKind as K;
    [
        ("Government", &[K::Government]),
        ("ASEAN bodies", &[K::AseanBody]),
        (
            "Civil society",
            &[K::CivilSociety, K::TradeUnion, K::MigrantAssociation],
        ),
        (
            "International organisations",
            &[K::InternationalOrganisation],
        ),
        (
            "Others",
            &[K::Employer, K::Research, K::Donor, K::Media, K::Other],
        ),
    ]
};

/// A kind of finding's heading on the dashboard, in the page's language.
pub fn kind_heading(kind: FindingKind) -> String {
    match kind {
        FindingKind::Challenge => t!("dash-challenges"),
        FindingKind::Opportunity => t!("dash-opportunities"),
        FindingKind::GoodPractice => t!("dash-good-practices"),
        FindingKind::Recommendation => t!("col-recommendations"),
    }
}

/// A stakeholder group's heading (by its place in [`GROUPS`]), in the page's language.
pub fn group_heading(index: usize) -> String {
    match index {
        0 => t!("side-government"),
        1 => t!("dash-asean-bodies"),
        2 => t!("col-civil-society"),
        3 => t!("dash-international"),
        _ => t!("dash-others"),
    }
}

/// A stage's heading on the timeline, in the page's language.
fn stage_heading(stage: &str) -> String {
    match stage {
        "held" => t!("col-held"),
        "planned" => t!("col-planned"),
        "postponed" => crate::domain::consultation::ConsultationStatus::Postponed
            .label()
            .to_owned(),
        _ => crate::domain::consultation::ConsultationStatus::Cancelled
            .label()
            .to_owned(),
    }
}

/// The stages of a consultation on the timeline: value, heading, colour.
pub const STAGES: [(&str, &str, &str); 4] = [
    ("held", "Held", "stage-held"),
    ("planned", "Planned", "stage-planned"),
    ("postponed", "Postponed", "stage-postponed"),
    ("cancelled", "Cancelled", "stage-cancelled"),
];

/// A year of the timeline.
#[derive(Debug, Clone)]
pub struct YearLine {
    pub year: String,
    pub stages: Vec<Link>,
}

/// A cell of the chapter table: findings (with their link) and each side's average.
#[derive(Debug, Clone)]
pub struct ChapterCell {
    pub findings: String,
    pub href: String,
    pub government: String,
    pub civil_society: String,
}

#[derive(Debug, Clone)]
pub struct ChapterRow {
    pub name: String,
    pub cells: Vec<ChapterCell>,
}

/// The parts of the dashboard that each have a page of their own, linked from the overview
/// with the same filters: each holds the detailed table of a chart or of the overview's figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    Participation,
    Findings,
    Assessments,
    Timeline,
    Themes,
    Chapters,
}

impl Section {
    pub const ALL: [Self; 6] = [
        Self::Participation,
        Self::Findings,
        Self::Assessments,
        Self::Timeline,
        Self::Themes,
        Self::Chapters,
    ];

    /// The last part of the page's address: `/dashboard/participation`.
    pub fn value(self) -> &'static str {
        match self {
            Self::Participation => "participation",
            Self::Findings => "findings",
            Self::Assessments => "assessments",
            Self::Timeline => "timeline",
            Self::Themes => "themes",
            Self::Chapters => "chapters",
        }
    }

    /// The page's heading, in the page's language.
    pub fn label(self) -> String {
        match self {
            Self::Participation => t!("consultations-participation"),
            Self::Findings => t!("findings-follow-up"),
            Self::Assessments => t!("nav-assessments"),
            Self::Timeline => t!("timeline-heading"),
            Self::Themes => t!("theme-heat-heading"),
            Self::Chapters => t!("chapter-heat-heading"),
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.value() == value)
    }

    /// The page's address, with the filters' query string ("" for none).
    pub fn href(self, query: &str) -> String {
        with_query(&format!("/dashboard/{}", self.value()), query)
    }
}

/// `path`, with `query` after a `?` when there is one.
fn with_query(path: &str, query: &str) -> String {
    if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{query}")
    }
}

/// A link to a page of the dashboard.
#[derive(Debug, Clone)]
pub struct PageLink {
    pub label: String,
    pub href: String,
}

/// The dashboard in the site's layout; `content` is the overview or a detail page rendered
/// (and kept with the figures, since it is the same for every viewer of a level).
#[derive(Template)]
#[template(path = "dashboard/show.html")]
pub struct DashboardPage<'a> {
    pub ctx: PageContext,
    pub title: String,
    pub content: &'a str,
}

/// What every page of the dashboard begins with: what the reader sees, and the filters.
#[derive(Debug, Clone)]
pub struct Header {
    /// "You are seeing public data only.", ... (in the reader's language)
    pub scope: String,
    pub signed_in: bool,
    /// An official's own Member State, marked in the tables.
    pub own_state: String,
    pub today: String,
    pub series_options: Vec<Named>,
    pub theme_options: Vec<Named>,
    pub series: String,
    pub from: String,
    pub to: String,
    pub theme: String,
    /// The filters as a query string, for the links between the pages and the downloads.
    pub query: String,
    /// Where the filters are sent: the page itself.
    pub action: String,
    /// The overview, with the same filters.
    pub overview: String,
    /// The kinds of demo records the figures count ("" when none).
    pub demo: String,
}

/// The first screen: where each Member State stands, the two charts, and a plain link to each
/// detail page. Everything of the page but the layout, the same for every viewer of a level of
/// visibility (and, for officials, of a Member State), so it is rendered once per change of
/// the data.
#[derive(Template)]
#[template(path = "dashboard/content.html")]
pub struct DashboardContent {
    pub head: Header,
    pub states: Vec<StateLine>,
    pub findings_svg: String,
    pub timeline_svg: String,
    /// The detail pages, with the filters.
    pub sections: Vec<PageLink>,
    /// The findings page and the timeline page, for the charts' tables.
    pub findings_table: String,
    pub timeline_table: String,
}

/// Consultations and who took part, per Member State.
#[derive(Template)]
#[template(path = "dashboard/participation.html")]
pub struct ParticipationContent {
    pub head: Header,
    pub heading: String,
    pub states: Vec<StateLine>,
    pub groups: Vec<String>,
}

/// Findings by kind and what became of the recommendations, per Member State.
#[derive(Template)]
#[template(path = "dashboard/findings.html")]
pub struct FindingsContent {
    pub head: Header,
    pub heading: String,
    pub states: Vec<StateLine>,
    pub kinds: Vec<String>,
    pub findings_svg: String,
}

/// Each side's latest self-assessment, per Member State.
#[derive(Template)]
#[template(path = "dashboard/assessments.html")]
pub struct AssessmentsContent {
    pub head: Header,
    pub heading: String,
    pub states: Vec<StateLine>,
}

/// Consultations by year and stage.
#[derive(Template)]
#[template(path = "dashboard/timeline.html")]
pub struct TimelineContent {
    pub head: Header,
    pub heading: String,
    pub stage_names: Vec<String>,
    pub timeline: Vec<YearLine>,
    pub timeline_svg: String,
}

/// Findings by Member State and theme.
#[derive(Template)]
#[template(path = "dashboard/themes.html")]
pub struct ThemesContent {
    pub head: Header,
    pub heading: String,
    pub theme_columns: Vec<String>,
    pub theme_rows: Vec<HeatRow>,
    pub theme_svg: String,
}

/// Findings and each side's ratings by Member State and chapter.
#[derive(Template)]
#[template(path = "dashboard/chapters.html")]
pub struct ChaptersContent {
    pub head: Header,
    pub heading: String,
    pub chapter_columns: Vec<String>,
    pub chapter_table: Vec<ChapterRow>,
    pub chapter_svg: String,
    pub government_svg: String,
    pub civil_society_svg: String,
}

/// Builds the query strings the figures link with.
struct Links<'a> {
    filters: &'a Filters,
}

impl Links<'_> {
    fn pairs(&self, with_theme: bool) -> String {
        let f = self.filters;
        let mut out = String::new();
        let from = f.from.map(|d| d.to_string());
        let to = f.to.map(|d| d.to_string());
        for (k, v) in [
            ("series", f.series.as_deref()),
            ("from", from.as_deref()),
            ("to", to.as_deref()),
            ("theme", if with_theme { f.theme.as_deref() } else { None }),
        ] {
            if let Some(v) = v {
                out.push('&');
                out.push_str(k);
                out.push('=');
                out.push_str(&urlencode(v));
            }
        }
        out
    }

    fn consultations(&self, state: &str, stage: Option<&str>) -> String {
        let mut href = format!("/consultations?state={state}");
        if let Some(stage) = stage {
            href.push_str("&stage=");
            href.push_str(stage);
        }
        href + &self.pairs(false)
    }

    fn findings(&self, state: &str, extra: &str) -> String {
        format!("/findings?state={state}{extra}{}", self.pairs(true))
    }
}

fn count<T>(rows: &[T], keep: impl Fn(&T) -> bool, value: impl Fn(&T) -> i64) -> i64 {
    rows.iter().filter(|r| keep(r)).map(value).sum()
}

/// The viewer's own Member State ("" for none): marked on the page, and part of what the
/// rendered content is kept under.
pub fn own_state(viewer: &crate::access::Viewer) -> String {
    viewer
        .user()
        .and_then(|u| u.member_state_code.clone())
        .unwrap_or_default()
}

/// Heat-map rows of counts: one row per state, one cell per column, shaded against the largest.
fn count_rows<C>(
    states: &[StateLine],
    columns: &[C],
    n: impl Fn(&StateLine, &C) -> i64,
    href: impl Fn(&StateLine, &C) -> String,
    label: impl Fn(&StateLine, &C, i64) -> String,
) -> Vec<HeatRow> {
    let counts: Vec<Vec<i64>> = states
        .iter()
        .map(|s| columns.iter().map(|c| n(s, c)).collect())
        .collect();
    let max = counts.iter().flatten().copied().max().unwrap_or(0).max(1);
    states
        .iter()
        .zip(counts)
        .map(|(s, row)| HeatRow {
            name: s.name.clone(),
            cells: columns
                .iter()
                .zip(row)
                .map(|(c, n)| {
                    #[expect(clippy::cast_precision_loss, reason = "counts far below 2^52")]
                    let strength = n as f64 / max as f64;
                    HeatCell {
                        text: n.to_string(),
                        strength,
                        href: Some(href(s, c)),
                        label: label(s, c, n),
                    }
                })
                .collect(),
        })
        .collect()
}

/// The filters as a query string ("series=...&theme=..."), without its `?`.
fn query_of(filters: &Filters) -> String {
    Links { filters }
        .pairs(true)
        .trim_start_matches('&')
        .to_owned()
}

/// What every page of the dashboard begins with; `action` is the page's own path.
fn header(
    viewer: &crate::access::Viewer,
    figures: &Figures,
    filters: &Filters,
    today: NaiveDate,
    action: String,
) -> Header {
    let query = query_of(filters);
    Header {
        scope: viewer.seeing(),
        signed_in: viewer.is_signed_in(),
        own_state: own_state(viewer),
        today: format::date(today),
        series_options: figures.series.clone(),
        theme_options: figures.themes.clone(),
        series: filters.series.clone().unwrap_or_default(),
        from: filters.from.map(|d| d.to_string()).unwrap_or_default(),
        to: filters.to.map(|d| d.to_string()).unwrap_or_default(),
        theme: filters.theme.clone().unwrap_or_default(),
        overview: with_query("/dashboard", &query),
        query,
        action,
        demo: demo_counted(&figures.demo),
    }
}

/// Each Member State's figures, each with the list of the records it counts: the rows of the
/// overview, of the detail tables and of the CSV download.
#[expect(
    clippy::too_many_lines,
    reason = "one straight assembly of a state's figures"
)]
pub fn state_lines(
    viewer: &crate::access::Viewer,
    figures: &Figures,
    filters: &Filters,
    today: NaiveDate,
) -> Vec<StateLine> {
    let links = Links { filters };
    let recent = today - chrono::Duration::days(3 * 365);
    let signed_in = viewer.is_signed_in();
    let rating = |code: &str, side: &str| {
        figures
            .ratings
            .iter()
            .find(|r| r.state == code && r.side == side && r.chapter.is_none())
            .map(|r| Rating {
                text: r
                    .average
                    .map_or_else(|| "no rating".to_owned(), |a| format!("{a:.1}")),
                cycle: r.cycle.clone(),
                // The round's comparison, which a signed-in reader of this figure may open;
                // visitors (who may not) get the regional view of the cycle.
                href: if signed_in {
                    format!("/assessments/rounds/{}/compare", r.round_id)
                } else {
                    format!("/assessments/regional?cycle={}", urlencode(&r.cycle))
                },
                detail: format!(
                    "{} rated, {} not applicable, {} no information",
                    r.rated, r.not_applicable, r.no_information
                ),
            })
    };
    figures
        .states
        .iter()
        .map(|s| {
            let code = s.code.as_str();
            let c = figures.consultations.iter().find(|c| c.state == code);
            let heads = |pick: fn(&super::queries::ParticipantCount) -> i64| {
                count(&figures.participants, |p| p.state == code, pick)
            };
            let all = links.consultations(code, None);
            let member = s.member_since <= today;
            let membership = if member {
                t!("member-since", date = format::date(s.member_since))
            } else {
                match s.observer_since {
                    Some(o) if o <= today => t!("observer-since", date = format::date(o)),
                    _ => t!("progress-not-member"),
                }
            };
            let recs = figures.recommendations.iter().find(|r| r.state == code);
            StateLine {
                code: s.code.clone(),
                name: crate::member_states::state_name(&s.code, &s.name),
                membership,
                member,
                new_member: member && s.member_since > recent,
                held: Link {
                    n: c.map_or(0, |c| c.held),
                    href: links.consultations(code, Some("held")),
                },
                planned: Link {
                    n: c.map_or(0, |c| c.planned),
                    href: links.consultations(code, Some("planned")),
                },
                postponed_or_cancelled: c.map_or(0, |c| c.postponed + c.cancelled),
                last_held: c.and_then(|c| c.last_held).map(format::date),
                last_held_iso: c
                    .and_then(|c| c.last_held)
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
                female: Link {
                    n: heads(|p| p.female),
                    href: all.clone(),
                },
                male: Link {
                    n: heads(|p| p.male),
                    href: all.clone(),
                },
                other: Link {
                    n: heads(|p| p.other),
                    href: all.clone(),
                },
                by_group: GROUPS
                    .iter()
                    .map(|(_, kinds)| Link {
                        n: count(
                            &figures.participants,
                            |p| p.state == code && kinds.iter().any(|k| k.value() == p.kind),
                            |p| p.female + p.male + p.other,
                        ),
                        href: all.clone(),
                    })
                    .collect(),
                findings: KINDS
                    .iter()
                    .map(|(kind, _)| Link {
                        n: count(
                            &figures.findings,
                            |f| f.state == code && f.kind == kind.value(),
                            |f| f.n,
                        ),
                        href: links.findings(code, &format!("&kind={}", kind.value())),
                    })
                    .collect(),
                open: Link {
                    n: recs.map_or(0, |r| r.open),
                    href: links.findings(code, "&kind=recommendation&status=open"),
                },
                in_progress: Link {
                    n: recs.map_or(0, |r| r.in_progress),
                    href: links.findings(code, "&kind=recommendation&status=in_progress"),
                },
                implemented: Link {
                    n: recs.map_or(0, |r| r.implemented),
                    href: links.findings(code, "&kind=recommendation&status=implemented"),
                },
                recommendations: Link {
                    n: recs.map_or(0, |r| r.total),
                    href: links.findings(code, "&kind=recommendation"),
                },
                overdue: Link {
                    n: recs.map_or(0, |r| r.overdue),
                    href: links.findings(code, "&kind=recommendation&overdue=yes"),
                },
                government: rating(code, "government"),
                civil_society: rating(code, "civil_society"),
                progress: Progress {
                    words: String::new(),
                    why: String::new(),
                    css: "",
                },
            }
        })
        .map(|mut line| {
            line.progress = Progress::of(&line);
            line
        })
        .collect()
}

/// The timeline: consultations by year and stage (undated ones last), and its chart.
fn timeline(figures: &Figures, filters: &Filters) -> (Vec<YearLine>, String) {
    let mut years: Vec<Option<i32>> = figures.timeline.iter().map(|t| t.year).collect();
    years.sort_by_key(|y| (y.is_none(), *y));
    years.dedup();
    let timeline: Vec<YearLine> = years
        .iter()
        .map(|year| YearLine {
            year: year.map_or_else(|| t!("not-dated-yet"), |y| y.to_string()),
            stages: STAGES
                .iter()
                .map(|(stage, _, _)| {
                    let n = count(
                        &figures.timeline,
                        |t| t.year == *year && t.stage == *stage,
                        |t| t.n,
                    );
                    let mut href = format!("/consultations?stage={stage}");
                    let mut f = filters.clone();
                    if let Some(y) = year {
                        let first = NaiveDate::from_ymd_opt(*y, 1, 1);
                        let last = NaiveDate::from_ymd_opt(*y, 12, 31);
                        f.from = match (f.from, first) {
                            (Some(a), Some(b)) => Some(a.max(b)),
                            (a, b) => a.or(b),
                        };
                        f.to = match (f.to, last) {
                            (Some(a), Some(b)) => Some(a.min(b)),
                            (a, b) => a.or(b),
                        };
                    }
                    href.push_str(&Links { filters: &f }.pairs(false));
                    Link { n, href }
                })
                .collect(),
        })
        .collect();
    let svg = charts::stacked_bars(
        "timeline-chart",
        &t!("timeline-chart-title"),
        &timeline.iter().map(|y| y.year.clone()).collect::<Vec<_>>(),
        &STAGES
            .iter()
            .enumerate()
            .map(|(i, (stage, _, class))| Series {
                name: stage_heading(stage),
                class,
                cells: timeline
                    .iter()
                    .map(|y| Cell {
                        value: y.stages[i].n,
                        href: y.stages[i].href.clone(),
                    })
                    .collect(),
            })
            .collect::<Vec<_>>(),
    );
    (timeline, svg)
}

/// Findings by Member State and kind, as stacked bars.
fn findings_chart(states: &[StateLine]) -> String {
    let names: Vec<String> = states.iter().map(|s| s.name.clone()).collect();
    charts::stacked_bars(
        "findings-chart",
        &t!("findings-chart-title"),
        &names,
        &KINDS
            .iter()
            .enumerate()
            .map(|(i, (kind, _))| Series {
                name: kind_heading(*kind),
                class: ["kind-1", "kind-2", "kind-3", "kind-4"][i],
                cells: states
                    .iter()
                    .map(|s| Cell {
                        value: s.findings[i].n,
                        href: s.findings[i].href.clone(),
                    })
                    .collect(),
            })
            .collect::<Vec<_>>(),
    )
}

/// The heat map Member State x theme (findings), with its table's columns and rows.
fn themes(
    head: Header,
    heading: String,
    states: &[StateLine],
    figures: &Figures,
    filters: &Filters,
) -> ThemesContent {
    let theme_rows = count_rows(
        states,
        &figures.themes,
        |s, t| {
            count(
                &figures.by_theme,
                |c| c.state == s.code && c.theme == t.slug,
                |c| c.n,
            )
        },
        |s, t| {
            let mut narrowed = filters.clone();
            narrowed.theme = Some(t.slug.clone());
            Links { filters: &narrowed }.findings(&s.code, "")
        },
        |s, t, n| format!("{}, {}: {n} findings", s.name, t.name),
    );
    let theme_columns: Vec<String> = figures.themes.iter().map(|t| t.name.clone()).collect();
    let theme_svg = charts::heat_map(
        "theme-heat",
        &t!("theme-table-caption"),
        &(1..=theme_columns.len())
            .map(|i| format!("T{i}"))
            .collect::<Vec<_>>(),
        &theme_rows,
    );
    ThemesContent {
        head,
        heading,
        theme_columns,
        theme_rows,
        theme_svg,
    }
}

/// The heat maps Member State x chapter (findings, and each side's ratings) and their table.
fn chapters(
    head: Header,
    heading: String,
    states: &[StateLine],
    figures: &Figures,
    filters: &Filters,
) -> ChaptersContent {
    let links = Links { filters };
    let chapter_rows = count_rows(
        states,
        &figures.chapters,
        |s, ch| {
            count(
                &figures.by_chapter,
                |c| c.state == s.code && c.chapter == ch.number,
                |c| c.n,
            )
        },
        |s, ch| links.findings(&s.code, &format!("&chapter={}", ch.number)),
        |s, ch, n| format!("{}, chapter {}: {n} findings", s.name, ch.number),
    );
    let chapter_columns: Vec<String> = figures
        .chapters
        .iter()
        .map(|c| format!("{}. {}", c.number, c.title))
        .collect();
    let chapter_heads: Vec<String> = figures
        .chapters
        .iter()
        .map(|c| t!("chapter-short", n = c.number))
        .collect();
    let chapter_svg = charts::heat_map(
        "chapter-heat",
        &t!("chapter-chart-title"),
        &chapter_heads,
        &chapter_rows,
    );
    let rating_rows = |side: &str, side_name: &str| -> Vec<HeatRow> {
        states
            .iter()
            .map(|s| HeatRow {
                name: s.name.clone(),
                cells: figures
                    .chapters
                    .iter()
                    .map(|ch| {
                        let r = figures.ratings.iter().find(|r| {
                            r.state == s.code && r.side == side && r.chapter == Some(ch.number)
                        });
                        match r {
                            Some(r) => HeatCell {
                                text: r
                                    .average
                                    .map_or_else(|| "n/a".to_owned(), |a| format!("{a:.1}")),
                                strength: r.average.map_or(0.0, |a| a / 4.0),
                                href: Some(format!(
                                    "/assessments/regional?cycle={}",
                                    urlencode(&r.cycle)
                                )),
                                label: format!(
                                    "{}, chapter {}: {side_name} rating {} ({})",
                                    s.name,
                                    ch.number,
                                    r.average
                                        .map_or_else(|| "none".to_owned(), |a| format!("{a:.1}")),
                                    r.cycle
                                ),
                            },
                            None => HeatCell {
                                text: if s.member {
                                    "–".to_owned()
                                } else {
                                    "not member".to_owned()
                                },
                                strength: 0.0,
                                href: None,
                                label: format!("{}, chapter {}: no assessment", s.name, ch.number),
                            },
                        }
                    })
                    .collect(),
            })
            .collect()
    };
    let government_rows = rating_rows("government", "government");
    let civil_society_rows = rating_rows("civil_society", "civil-society");
    let government_svg = charts::heat_map(
        "government-heat",
        &t!("government-chart-title"),
        &chapter_heads,
        &government_rows,
    );
    let civil_society_svg = charts::heat_map(
        "civil-society-heat",
        &t!("civil-society-chart-title"),
        &chapter_heads,
        &civil_society_rows,
    );
    let chapter_table = chapter_rows
        .iter()
        .zip(&government_rows)
        .zip(&civil_society_rows)
        .map(|((f, g), c)| ChapterRow {
            name: f.name.clone(),
            cells: f
                .cells
                .iter()
                .zip(&g.cells)
                .zip(&c.cells)
                .map(|((f, g), c)| ChapterCell {
                    findings: f.text.clone(),
                    href: f.href.clone().unwrap_or_default(),
                    government: g.text.clone(),
                    civil_society: c.text.clone(),
                })
                .collect(),
        })
        .collect();
    ChaptersContent {
        head,
        heading,
        chapter_columns,
        chapter_table,
        chapter_svg,
        government_svg,
        civil_society_svg,
    }
}

/// The overview: the page `/dashboard` sends first.
pub fn build(
    viewer: &crate::access::Viewer,
    figures: &Figures,
    filters: &Filters,
    today: NaiveDate,
) -> DashboardContent {
    let states = state_lines(viewer, figures, filters, today);
    let head = header(viewer, figures, filters, today, "/dashboard".to_owned());
    let findings_svg = findings_chart(&states);
    let (_, timeline_svg) = timeline(figures, filters);
    let sections = Section::ALL
        .iter()
        .map(|s| PageLink {
            label: s.label(),
            href: s.href(&head.query),
        })
        .collect();
    DashboardContent {
        findings_table: Section::Findings.href(&head.query),
        timeline_table: Section::Timeline.href(&head.query),
        head,
        states,
        findings_svg,
        timeline_svg,
        sections,
    }
}

/// A detail page's content, rendered.
pub fn render_section(
    section: Section,
    viewer: &crate::access::Viewer,
    figures: &Figures,
    filters: &Filters,
    today: NaiveDate,
) -> askama::Result<String> {
    let head = header(viewer, figures, filters, today, section.href(""));
    let heading = section.label();
    let states = || state_lines(viewer, figures, filters, today);
    match section {
        Section::Participation => ParticipationContent {
            head,
            heading,
            states: states(),
            groups: (0..GROUPS.len()).map(group_heading).collect(),
        }
        .render(),
        Section::Findings => {
            let states = states();
            FindingsContent {
                head,
                heading,
                findings_svg: findings_chart(&states),
                states,
                kinds: KINDS.iter().map(|k| kind_heading(k.0)).collect(),
            }
            .render()
        }
        Section::Assessments => AssessmentsContent {
            head,
            heading,
            states: states(),
        }
        .render(),
        Section::Timeline => {
            let (timeline, timeline_svg) = timeline(figures, filters);
            TimelineContent {
                head,
                heading,
                stage_names: STAGES.iter().map(|s| stage_heading(s.0)).collect(),
                timeline,
                timeline_svg,
            }
            .render()
        }
        Section::Themes => themes(head, heading, &states(), figures, filters).render(),
        Section::Chapters => chapters(head, heading, &states(), figures, filters).render(),
    }
}

/// "consultations, head counts by sex, findings and self-assessments": the kinds of demo
/// records counted, for the line that says so.
fn demo_counted(demo: &super::queries::DemoCounted) -> String {
    let kinds: Vec<String> = [
        (demo.consultations, t!("demo-consultations")),
        (demo.participants, t!("demo-kind-head-counts")),
        (demo.findings, t!("demo-findings")),
        (demo.assessments, t!("demo-assessments")),
    ]
    .into_iter()
    .filter_map(|(counted, kind)| counted.then_some(kind))
    .collect();
    match kinds.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => t!("list-and", init = init.join(", "), last = last.as_str()),
    }
}
