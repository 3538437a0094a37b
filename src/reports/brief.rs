//! The country brief: where a Member State stands, for an official to take into a meeting. Its
//! consultations held and planned, its findings counted by kind and chapter, its
//! recommendations and their follow-up (overdue ones first), and its latest government and
//! civil-society self-assessments side by side. The lists are read through the slices'
//! visibility-aware queries and stop after a page; the counts are read from the figures the
//! writing transactions keep, as the dashboard's are, so that the brief stays fast at any size
//! of the data.

use serde::Serialize;

use super::{Labels, Made, Row, chapter_label};
use crate::AppError;
use crate::consultations::queries::{self as consultations, ListFilter};
use crate::findings::FindingKind;
use crate::findings::queries::{self as findings, ChapterCount, Filter, Sort};
use crate::web::{PageContext, format};

/// Consultations listed in each of held and planned; the rest are counted.
const LISTED_CONSULTATIONS: i64 = 12;
/// Recommendations listed in each of overdue and the others.
const LISTED_RECOMMENDATIONS: i64 = 25;

#[derive(Debug, Clone, Serialize)]
pub struct CountryBrief {
    pub made: Made,
    /// The reader's language, for typst's `lang`.
    pub lang: &'static str,
    /// The PDF's own words, in that language.
    pub labels: Labels,
    pub code: String,
    pub name: String,
    pub formal_name: String,
    pub facts: Vec<Row>,
    pub held: Consultations,
    pub planned: Consultations,
    /// The kinds of findings, the columns of the counts.
    pub kinds: Vec<&'static str>,
    /// One line a chapter: its title, a count per kind, and its total.
    pub by_chapter: Vec<CountLine>,
    /// Each kind in all (a finding under two chapters counts once).
    pub totals: CountLine,
    /// How many recommendations there are, and how many are overdue ("12", "more than 1000").
    pub recommendations_total: String,
    pub overdue_total: String,
    /// "12 recommendations, of which 3 overdue."
    pub recommendations_line: String,
    /// The overdue ones, the longest overdue first.
    pub overdue: Recommendations,
    /// Those due from today on or without a due date, due soonest first.
    pub upcoming: Recommendations,
    pub assessment: Option<Assessment>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Consultations {
    /// "3 consultations", "more than 1,000" counted as the lists count them.
    pub total: i64,
    /// Title, dates, place, status.
    pub lines: Vec<[String; 4]>,
    /// "and 9 more", or "".
    pub more: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct CountLine {
    pub label: String,
    pub counts: Vec<i64>,
    pub total: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Recommendations {
    pub lines: Vec<Recommendation>,
    pub more: String,
    /// Whether the list stops before the last of them.
    #[serde(skip)]
    pub has_more: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Recommendation {
    #[serde(skip)]
    pub id: uuid::Uuid,
    pub statement: String,
    pub consultation: String,
    pub provisions: String,
    pub addressee: String,
    pub status: String,
    pub due: String,
    pub overdue: bool,
    /// The latest progress update: "12 March 2025: ...", or "No update yet".
    pub latest: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Assessment {
    pub framework: String,
    pub government: String,
    pub civil_society: String,
    /// "ASEAN Consensus. Government: cycle 2024. Civil society: cycle 2024."
    pub sides: String,
    /// Per chapter: its title, each side's average, and its provisions.
    pub chapters: Vec<AssessedChapter>,
    /// The provisions where the sides differ by two points or more.
    pub divergences: Vec<[String; 5]>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AssessedChapter {
    pub title: String,
    pub government: String,
    pub civil_society: String,
    /// "Government average 2.5, civil-society average 3.0".
    pub averages: String,
    /// Code and title, government, civil society, gap, whether divergent.
    pub lines: Vec<(String, String, String, String, bool)>,
}

/// What the brief on Member State `code` is read from: the state's own scope (the
/// consultations covering it, its findings, its self-assessments), and the commitments, themes,
/// series and organisations it names.
pub fn scopes(code: &str) -> Vec<String> {
    std::iter::once(format!("state:{}", code.to_ascii_uppercase()))
        .chain(
            ["reference", "series", "organisation"]
                .iter()
                .map(|s| (*s).to_owned()),
        )
        .collect()
}

/// What a brief's lists of consultations are read from: the consultations and the states they
/// cover (any of them: migration 35 keeps no version per state's list), and the names of the
/// Member States. A change of a finding leaves them good.
pub const CONSULTATION_SCOPES: &[&str] = &["consultation", "reference"];

/// Who reads a brief, as far as decides what it shows them.
type Reader = crate::assessments::queries::Reader;

/// Country briefs, and the lists of consultations they show, each kept between changes of what
/// it is read from. Progress updates on recommendations and the counts are read again for each
/// brief.
#[derive(Debug)]
pub struct BriefCache {
    /// Briefs by Member State, reader (their levels and own state), day and language; at most
    /// 64. Each is kept under the brief's [`scopes`].
    pub briefs: crate::db::versioned::VersionedCache<
        (String, Reader, chrono::NaiveDate, crate::i18n::Lang),
        CountryBrief,
    >,
    /// Each Member State's consultations held and planned, by reader and language, kept under
    /// [`CONSULTATION_SCOPES`]: a brief read again after a change of a finding does not read
    /// the consultations again (at scale 100, a thousand a state).
    pub consultations: crate::db::versioned::VersionedCache<
        (String, Reader, crate::i18n::Lang),
        (Consultations, Consultations),
    >,
}

impl Default for BriefCache {
    fn default() -> Self {
        Self {
            briefs: crate::db::versioned::VersionedCache::new(64),
            consultations: crate::db::versioned::VersionedCache::new(64),
        }
    }
}

/// The brief on Member State `code` as `ctx`'s viewer may read it, as kept while its scopes
/// hold, with its counts and the latest progress updates read now.
pub async fn kept(
    pool: &sqlx::PgPool,
    briefs: &BriefCache,
    ctx: &PageContext,
    code: &str,
    today: chrono::NaiveDate,
) -> Result<CountryBrief, AppError> {
    // The versions first: a change committed while the brief is read leaves it under the older
    // version, read again next time.
    let listed_from: Vec<String> = CONSULTATION_SCOPES
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    let [version, listed_at] = crate::db::versioned::versions(
        pool,
        [&scopes(code)[..], &listed_from[..]],
        ctx.login.as_ref(),
    )
    .await?;
    let reader = crate::assessments::queries::reader(pool, &ctx.viewer).await?;
    // Per language too: a brief's labels (kinds, statuses) are written in it.
    let state = code.to_ascii_uppercase();
    let lang = crate::i18n::Lang::current();
    let key = (state.clone(), reader.clone(), today, lang);
    let levels = ctx.viewer.visible_levels();
    let kept_brief = async {
        if let Some(kept) = briefs.briefs.get(&key, version) {
            return Ok::<_, AppError>((*kept).clone());
        }
        let brief = build(pool, ctx, code, today).await?;
        briefs
            .briefs
            .put(key.clone(), version, std::sync::Arc::new(brief.clone()));
        Ok(brief)
    };
    let lists_key = (state.clone(), reader, lang);
    let kept_lists = async {
        if let Some(kept) = briefs.consultations.get(&lists_key, listed_at) {
            return Ok::<_, AppError>((*kept).clone());
        }
        let lists = consultation_lists(pool, &state, &levels).await?;
        // Kept for the eleven only: a made-up code is answered 404 (by `build`) and fills
        // nothing.
        if crate::member_states::CODES.contains(&state.as_str()) {
            briefs.consultations.put(
                lists_key.clone(),
                listed_at,
                std::sync::Arc::new(lists.clone()),
            );
        }
        Ok(lists)
    };
    let counted = async { Ok::<_, AppError>(counts(pool, &state, &levels, today).await?) };
    let (mut brief, (held, planned), counts) = tokio::try_join!(kept_brief, kept_lists, counted)?;
    (brief.held, brief.planned) = (held, planned);
    let ids: Vec<uuid::Uuid> = brief
        .overdue
        .lines
        .iter()
        .chain(&brief.upcoming.lines)
        .map(|r| r.id)
        .collect();
    let latest = findings::latest_updates(pool, &ids).await?;
    with_counts(&mut brief, &counts);
    for r in brief
        .overdue
        .lines
        .iter_mut()
        .chain(brief.upcoming.lines.iter_mut())
    {
        r.latest = latest.iter().find(|(id, _, _)| *id == r.id).map_or_else(
            || t!("brief-no-update"),
            |(_, on, body)| format!("{}: {body}", format::date(*on)),
        );
    }
    Ok(brief)
}

/// The brief on Member State `code` (any case) as `ctx`'s viewer may read it; 404 for an
/// unknown code.
pub async fn build(
    pool: &sqlx::PgPool,
    ctx: &PageContext,
    code: &str,
    today: chrono::NaiveDate,
) -> Result<CountryBrief, AppError> {
    let code = code.to_ascii_uppercase();
    if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(AppError::NotFound);
    }
    let state = crate::member_states::queries::find(pool, &code)
        .await?
        .ok_or(AppError::NotFound)?;
    let levels = ctx.viewer.visible_levels();

    let since = format::date(state.member_since);
    let membership = match state.observer_since {
        Some(observer) => t!(
            "brief-member-since-observer",
            date = since.as_str(),
            observer = format::date(observer)
        ),
        None => t!("brief-member-since", date = since.as_str()),
    };
    let mut facts = vec![Row {
        label: t!("brief-membership"),
        value: membership,
    }];
    for b in crate::member_states::queries::bindings(pool, &code).await? {
        let value = match (b.bound_from, b.bound_until) {
            (Some(from), Some(until)) => t!(
                "brief-bound-from-to",
                from = format::date(from),
                until = format::date(until)
            ),
            (Some(from), None) => t!("brief-bound-since", from = format::date(from)),
            (None, _) => t!("brief-not-bound"),
        };
        facts.push(Row {
            label: t!("brief-framework"),
            value: format!("{}: {value}", b.short_title),
        });
    }

    let state_filter = Filter {
        state: Some(code.clone()),
        ..Filter::default()
    };
    let recommendations = Filter {
        kind: Some(FindingKind::Recommendation),
        ..state_filter.clone()
    };
    let overdue_filter = Filter {
        overdue: true,
        ..recommendations.clone()
    };
    // Those due from today on, or without a due date: after yesterday in the order of due
    // dates (the tracker's own keyset).
    let yesterday = today.pred_opt().unwrap_or(today);
    let after = findings::Cursor::parse(
        Sort::Due,
        &yesterday.format("%Y-%m-%d").to_string(),
        uuid::Uuid::max(),
    );
    // The parts are read at once, each on a connection of its own, and none waits for
    // another. The lists walk the recommendations in the order of their due dates and stop
    // after a page; the counts are read apart, from the kept figures (`with_counts`).
    let (overdue, upcoming, side_by_side) = tokio::try_join!(
        recommendations_of(pool, &overdue_filter, &levels, today, None),
        recommendations_of(pool, &recommendations, &levels, today, after.as_ref()),
        crate::assessments::comparison::latest_side_by_side(pool, &ctx.viewer, &code),
    )?;
    let (overdue, mut upcoming) = (listed(overdue), listed(upcoming));
    upcoming.count_more(0);

    let assessment = side_by_side.map(|s| {
        let mut divergences = Vec::new();
        let chapters = s
            .chapters
            .iter()
            .map(|ch| AssessedChapter {
                title: chapter_label(ch.number, &ch.title),
                averages: t!(
                    "brief-averages",
                    government = ch.government.shown(),
                    civil = ch.civil_society.shown()
                ),
                government: ch.government.shown(),
                civil_society: ch.civil_society.shown(),
                lines: ch
                    .lines
                    .iter()
                    .map(|l| {
                        if l.divergent {
                            divergences.push([
                                l.code.clone(),
                                l.title.clone(),
                                l.government.clone(),
                                l.civil_society.clone(),
                                l.gap.clone(),
                            ]);
                        }
                        (
                            format!("{} {}", l.code, l.title),
                            l.government.clone(),
                            l.civil_society.clone(),
                            l.gap.clone(),
                            l.divergent,
                        )
                    })
                    .collect(),
            })
            .collect();
        let cycle = |c: Option<String>| {
            c.map_or_else(
                || t!("brief-none-submitted"),
                |c| t!("brief-cycle", cycle = c),
            )
        };
        let (government, civil_society) = (cycle(s.government_cycle), cycle(s.civil_society_cycle));
        Assessment {
            sides: t!(
                "brief-sides",
                framework = s.framework.as_str(),
                government = government.as_str(),
                civil = civil_society.as_str()
            ),
            framework: s.framework,
            government,
            civil_society,
            chapters,
            divergences,
        }
    });

    let name = crate::member_states::state_name(&state.code, &state.short_name);
    Ok(CountryBrief {
        made: Made::new(ctx, today),
        lang: super::lang(),
        labels: labels(&name),
        code: state.code.clone(),
        formal_name: crate::member_states::formal_name(&state.code, &state.formal_name),
        name,
        facts,
        // Kept apart (`consultation_lists`), under scopes of their own.
        held: Consultations::default(),
        planned: Consultations::default(),
        kinds: FindingKind::ALL.iter().map(|k| k.label()).collect(),
        by_chapter: Vec::new(),
        totals: CountLine {
            label: t!("brief-all-findings"),
            counts: Vec::new(),
            total: 0,
        },
        recommendations_line: String::new(),
        recommendations_total: String::new(),
        overdue_total: String::new(),
        overdue,
        upcoming,
        assessment,
    })
}

/// The consultations covering Member State `code` (upper case) held and planned, the newest
/// first, as far as `levels` may see: what the brief keeps under [`CONSULTATION_SCOPES`].
pub async fn consultation_lists(
    pool: &sqlx::PgPool,
    code: &str,
    levels: &[crate::auth::Visibility],
) -> Result<(Consultations, Consultations), AppError> {
    tokio::try_join!(
        consultations_at(pool, code, "held", levels),
        consultations_at(pool, code, "planned", levels),
    )
}

/// The consultations covering `code` at `stage` ("held" or "planned"), the newest first.
async fn consultations_at(
    pool: &sqlx::PgPool,
    code: &str,
    stage: &'static str,
    levels: &[crate::auth::Visibility],
) -> Result<Consultations, AppError> {
    let filter = ListFilter {
        state: Some(code.to_owned()),
        stage: Some(stage),
        ..ListFilter::default()
    };
    let listed =
        consultations::list_filtered(pool, &filter, levels, LISTED_CONSULTATIONS, 0).await?;
    let lines: Vec<[String; 4]> = listed
        .into_iter()
        .map(|c| {
            let place = match (c.city.trim(), c.host()) {
                ("", Some(state)) => state,
                ("", None) => t!("regional"),
                (city, _) => city.to_owned(),
            };
            [
                c.title,
                format::period(c.starts_on, c.ends_on, &c.planned_period),
                place,
                c.status.label().to_owned(),
            ]
        })
        .collect();
    Ok(Consultations {
        total: 0,
        lines,
        more: String::new(),
    })
}

impl Consultations {
    /// Says how many there are, `total` in all, beyond those listed.
    fn count_more(&mut self, total: i64) {
        self.total = total;
        let rest = total - i64::try_from(self.lines.len()).unwrap_or(0);
        self.more = if rest > 0 {
            t!("brief-more-consultations", n = rest)
        } else {
            String::new()
        };
    }
}

/// What a brief counts, read at every request from the figures the writing transactions keep
/// (a few hundred rows whatever the data): they change with any record of the state, where
/// the rest of the brief is kept while its scopes hold.
struct Counts {
    /// Consultations held and planned.
    held: i64,
    planned: i64,
    /// Findings by chapter and kind, and each kind in all.
    chapters: Vec<ChapterCount>,
}

async fn counts(
    pool: &sqlx::PgPool,
    code: &str,
    levels: &[crate::auth::Visibility],
    today: chrono::NaiveDate,
) -> Result<Counts, sqlx::Error> {
    let at = |stage| ListFilter {
        state: Some(code.to_owned()),
        stage: Some(stage),
        ..ListFilter::default()
    };
    let (held, planned) = (at("held"), at("planned"));
    let (held, planned, chapters) = tokio::try_join!(
        consultations::count_filtered(pool, &held, levels),
        consultations::count_filtered(pool, &planned, levels),
        findings::kept_by_chapter(pool, code, levels, today),
    )?;
    Ok(Counts {
        held,
        planned,
        chapters,
    })
}

/// "12", or "more than 1000" beyond what the tracker counts.
fn shown_count(n: i64) -> String {
    if n > findings::COUNT_CAP {
        t!("brief-more-than", n = findings::COUNT_CAP)
    } else {
        n.to_string()
    }
}

/// The first recommendations `filter` finds after `after`, due soonest first, with their
/// latest updates, and whether there are more.
async fn recommendations_of(
    pool: &sqlx::PgPool,
    filter: &Filter,
    levels: &[crate::auth::Visibility],
    today: chrono::NaiveDate,
    after: Option<&findings::Cursor>,
) -> Result<(Vec<Recommendation>, bool), AppError> {
    let listed = findings::list(
        pool,
        filter,
        levels,
        today,
        Sort::Due,
        after,
        LISTED_RECOMMENDATIONS,
    )
    .await?;
    let more = i64::try_from(listed.len()).unwrap_or(0) > LISTED_RECOMMENDATIONS;
    let lines = listed
        .into_iter()
        .take(usize::try_from(LISTED_RECOMMENDATIONS).unwrap_or(25))
        .map(|f| Recommendation {
            addressee: f.addressee_named().unwrap_or_default(),
            id: f.id,
            statement: f.statement,
            consultation: f.consultation_title,
            provisions: f.commitments.join(", "),
            status: f.status.map(|s| s.label().to_owned()).unwrap_or_default(),
            due: f.due_on.map(format::date).unwrap_or_default(),
            overdue: f.overdue,
            latest: String::new(),
        })
        .collect();
    Ok((lines, more))
}

/// The listed recommendations, and whether the list stops before their end.
fn listed((lines, has_more): (Vec<Recommendation>, bool)) -> Recommendations {
    Recommendations {
        lines,
        more: String::new(),
        has_more,
    }
}

impl Recommendations {
    /// Says what the list leaves to the tracker; `total` of them are there in all (0: not
    /// counted).
    fn count_more(&mut self, total: i64) {
        let listed = i64::try_from(self.lines.len()).unwrap_or(0);
        self.more = if total > findings::COUNT_CAP || (total == 0 && self.has_more) {
            t!("brief-more-in-tracker")
        } else if total > listed {
            t!("brief-n-more-in-tracker", n = (total - listed))
        } else {
            String::new()
        };
    }
}

/// Fills in `brief`'s counts: of consultations, of findings by chapter and kind, and of
/// recommendations and overdue ones.
fn with_counts(brief: &mut CountryBrief, counts: &Counts) {
    brief.held.count_more(counts.held);
    brief.planned.count_more(counts.planned);
    let kinds = FindingKind::ALL;
    let mut by_chapter: Vec<CountLine> = Vec::new();
    let mut totals = CountLine {
        label: t!("brief-all-findings"),
        counts: vec![0; kinds.len()],
        total: 0,
    };
    let (mut all_total, mut overdue_total) = (0, 0);
    for c in &counts.chapters {
        let column = kinds.iter().position(|k| *k == c.kind).unwrap_or(0);
        if c.in_all {
            if c.kind == FindingKind::Recommendation {
                (all_total, overdue_total) = (c.n, c.overdue);
            }
            totals.counts[column] += c.n;
            totals.total += c.n;
            continue;
        }
        let label = match (c.chapter, &c.chapter_title) {
            (Some(n), Some(title)) => chapter_label(n, title),
            _ => t!("report-no-provision"),
        };
        let line = match by_chapter.iter().position(|l| l.label == label) {
            Some(at) => &mut by_chapter[at],
            None => {
                by_chapter.push(CountLine {
                    label,
                    counts: vec![0; kinds.len()],
                    total: 0,
                });
                let last = by_chapter.len() - 1;
                &mut by_chapter[last]
            }
        };
        line.counts[column] += c.n;
        line.total += c.n;
    }
    brief.by_chapter = by_chapter;
    brief.totals = totals;
    brief.recommendations_line = t!(
        "brief-recommendations-line",
        total = shown_count(all_total),
        overdue = shown_count(overdue_total)
    );
    brief.recommendations_total = shown_count(all_total);
    brief.overdue_total = shown_count(overdue_total);
    brief.overdue.count_more(overdue_total);
}

/// The words of the brief's PDF, on Member State `name`.
fn labels(name: &str) -> Labels {
    let mut l = Labels::new();
    let mut put = |key: &'static str, words: String| {
        l.insert(key, words);
    };
    put("title", t!("brief-title", name = name));
    put("consultations", t!("brief-consultations"));
    put("held", t!("brief-held"));
    put("planned", t!("brief-planned"));
    put("none_held", t!("brief-none-held", name = name));
    put("none_planned", t!("brief-none-planned", name = name));
    put("col_consultation", t!("report-col-consultation"));
    put("col_dates", t!("report-col-dates"));
    put("col_place", t!("report-col-place"));
    put("col_status", t!("report-col-status"));
    put("findings", t!("brief-findings"));
    put("no_findings", t!("brief-no-findings", name = name));
    put("col_chapter", t!("report-col-chapter"));
    put("col_all", t!("report-all"));
    put("counted_once", t!("brief-counted-once"));
    put("recommendations", t!("brief-recommendations"));
    put("overdue_first", t!("brief-overdue-first"));
    put("no_overdue", t!("brief-no-overdue"));
    put("upcoming", t!("brief-upcoming"));
    put("none", t!("brief-none"));
    put("col_recommendation", t!("report-col-recommendation"));
    put("col_addressee", t!("report-col-addressee"));
    put("col_due", t!("report-col-due"));
    put("col_latest", t!("report-col-latest"));
    put("overdue", t!("report-overdue-mark"));
    put("assessments", t!("brief-assessments"));
    put("government", t!("report-col-government"));
    put("civil_society", t!("report-col-civil-society"));
    put("divergences", t!("brief-divergences"));
    put("no_divergences", t!("brief-no-divergences"));
    put("col_provision", t!("report-col-provision"));
    put("col_gap", t!("report-col-gap"));
    put("no_assessment", t!("brief-no-assessment", name = name));
    put("page", t!("report-page", n = "#N", total = "#T"));
    l
}
