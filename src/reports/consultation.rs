//! The consultation report: what HRWG writes after each workshop, drawn from the records the
//! viewer may see (the consultation page's own query, the tracker's findings), as one view
//! model that the print page and the PDF both show.

use std::collections::HashMap;

use serde::Serialize;

use super::{Labels, Made, Row, chapter_label};
use crate::AppError;
use crate::consultations::ParticipationRole;
use crate::consultations::views::{ConsultationPage, KeptPage};
use crate::findings::FindingKind;
use crate::findings::queries::{self as findings, Filter, ListItem, Sort};
use crate::web::{PageContext, format};

/// The most findings a report lists; beyond, it says how many more the tracker holds.
const LISTED_FINDINGS: i64 = 500;

/// The whole report, ready to show.
#[derive(Debug, Clone, Serialize)]
pub struct ConsultationReport {
    pub made: Made,
    /// The reader's language, for typst's `lang`.
    pub lang: &'static str,
    /// The PDF's own words, in that language.
    pub labels: Labels,
    pub slug: String,
    pub title: String,
    /// "HRWG consultation series 2019-2020, consultation no. 4", or "".
    pub series: String,
    /// Label and value lines: when, where, status, Member States, organisers, funders.
    pub facts: Vec<Row>,
    pub chatham_house: bool,
    pub status_reason: String,
    pub objectives: String,
    pub summary: String,
    /// The language the title, objectives and summary are written in.
    pub text_lang: &'static str,
    pub agenda: Vec<Session>,
    pub participants: Participants,
    /// Challenges, opportunities and good practices, by chapter of the commitments.
    pub chapters: Vec<Chapter>,
    pub recommendations: Vec<Recommendation>,
    /// "and 20 more in the findings tracker", when the report does not list them all.
    pub more_findings: String,
    pub notes: Vec<Note>,
}

/// An agenda item.
#[derive(Debug, Clone, Serialize)]
pub struct Session {
    pub title: String,
    pub kind: &'static str,
    pub when: String,
    /// The speakers, one line each (none under the Chatham House rule).
    pub speakers: Vec<String>,
    pub description: String,
    pub themes: String,
    /// The language of its title and description.
    pub lang: &'static str,
}

/// Who took part: the head counts by sex and by kind of stakeholder, as a chart and a table.
#[derive(Debug, Clone, Serialize)]
pub struct Participants {
    /// "Over 35 participants (as reported)", or "".
    pub reported: String,
    pub organisations: usize,
    pub female: i64,
    pub male: i64,
    pub other_or_unstated: i64,
    pub total: i64,
    /// By kind of stakeholder: its organisations and people by sex.
    pub by_kind: Vec<KindLine>,
    /// The bars of the chart: one a kind, organisations and people by sex in shares of the
    /// longest bar (0 to 100).
    pub chart: Vec<Bar>,
    /// Whether any head count by sex was recorded.
    pub counted: bool,
    /// Whether any of them are demo figures (the demo layer of the demo data).
    pub demo_counts: bool,
    /// The organisations that took part: name, kind, based in, roles.
    pub organisations_list: Vec<[String; 4]>,
}

#[derive(Debug, Clone, Serialize)]
pub struct KindLine {
    pub kind: &'static str,
    pub organisations: usize,
    pub female: i64,
    pub male: i64,
    pub other_or_unstated: i64,
    pub total: i64,
}

/// One bar of a chart: its label, its parts (where each starts and how long it is, in shares
/// of the longest bar from 0 to 100, and its colour) and its figure.
#[derive(Debug, Clone, Serialize)]
pub struct Bar {
    pub label: String,
    pub parts: Vec<(f64, f64, &'static str)>,
    pub figure: String,
}

/// Findings under one chapter.
#[derive(Debug, Clone, Serialize)]
pub struct Chapter {
    pub title: String,
    pub findings: Vec<Finding>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub kind: &'static str,
    pub statement: String,
    /// "C4.2 Access to justice", one a provision.
    pub provisions: Vec<String>,
    pub states: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Recommendation {
    pub statement: String,
    pub provisions: String,
    pub addressee: String,
    pub status: String,
    pub due: String,
    pub overdue: bool,
}

/// A published note, under the Chatham House rule without its author.
#[derive(Debug, Clone, Serialize)]
pub struct Note {
    pub session: String,
    pub byline: String,
    pub summary: String,
    /// Its statements by section: (section, statements with their attribution).
    pub sections: Vec<(&'static str, Vec<String>)>,
    /// The same for the page, which marks each statement with the note's language and its
    /// attribution with the page's: (section, (statement, attribution)).
    #[serde(skip)]
    pub parts: Vec<(&'static str, Vec<(String, String)>)>,
    /// The language the note is written in.
    pub lang: &'static str,
}

/// The colours of women, men and other or unstated in the charts.
pub const SEX_COLOURS: [&str; 3] = ["#8c2d5a", "#1f5f8b", "#8a8a8a"];
/// The colour of organisation bars.
pub const ORGANISATION_COLOUR: &str = "#2f7d4f";

/// The report on consultation `slug` as `ctx`'s viewer may read it; 404 when they may not.
pub async fn build(
    pool: &sqlx::PgPool,
    ctx: &PageContext,
    slug: &str,
    today: chrono::NaiveDate,
) -> Result<ConsultationReport, AppError> {
    let levels = ctx.viewer.visible_levels();
    let page = crate::consultations::queries::page(pool, slug, &levels, None)
        .await?
        .ok_or(AppError::NotFound)?;
    let kept = KeptPage::from(page);
    let c = kept.consultation.clone();
    let with_role = |roles: &[ParticipationRole]| -> String {
        kept.participants
            .iter()
            .filter(|p| p.roles.iter().any(|r| roles.contains(r)))
            .map(|p| p.name.clone())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let organisers = with_role(&[ParticipationRole::Organiser, ParticipationRole::CoOrganiser]);
    let funders = with_role(&[ParticipationRole::Funder]);
    let shown = ConsultationPage::new(
        ctx.clone(),
        kept.consultation.clone(),
        kept.agenda.clone(),
        kept.participants.clone(),
    );

    let host = match (&c.host_code, &c.host_name) {
        (Some(code), Some(name)) => crate::member_states::state_name(code, name),
        (_, name) => name.clone().unwrap_or_default(),
    };
    let place = [c.venue.trim(), c.city.trim(), &host]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let states = if c.states.0.is_empty() {
        if c.is_regional {
            t!("regional")
        } else {
            t!("not-stated")
        }
    } else {
        c.states
            .0
            .iter()
            .map(|s| crate::member_states::state_name(&s.code, &s.name))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut facts = vec![
        row(t!("report-col-dates"), &shown.when),
        row(t!("report-col-place"), &place),
        row(t!("report-col-status"), c.status.label()),
        row(t!("report-member-states"), &states),
        row(t!("report-organisers"), &organisers),
        row(t!("report-funder"), &funders),
    ];
    if !c.languages.is_empty() {
        facts.push(row(t!("languages"), &c.languages.join(", ")));
    }
    facts.retain(|r| !r.value.is_empty());

    let agenda = kept
        .agenda
        .iter()
        .map(|s| Session {
            lang: s.lang,
            title: s.title.clone(),
            kind: s.kind,
            when: s.when.clone(),
            speakers: if c.chatham_house {
                Vec::new()
            } else {
                s.speakers.iter().map(speaker_line).collect()
            },
            description: s.description.clone(),
            themes: s
                .themes
                .iter()
                .map(|t| t.name.clone())
                .collect::<Vec<_>>()
                .join(", "),
        })
        .collect();
    let notes = kept
        .agenda
        .iter()
        .flat_map(|s| {
            s.notes.iter().map(|n| Note {
                session: s.title.clone(),
                byline: n.byline.clone(),
                summary: n.summary.clone(),
                lang: n.lang,
                parts: n
                    .sections
                    .iter()
                    .map(|sec| {
                        (
                            sec.label,
                            sec.statements
                                .iter()
                                .map(|st| (st.body.clone(), st.attribution.clone()))
                                .collect(),
                        )
                    })
                    .collect(),
                sections: n
                    .sections
                    .iter()
                    .map(|sec| {
                        (
                            sec.label,
                            sec.statements
                                .iter()
                                .map(|st| {
                                    if st.attribution.is_empty() {
                                        st.body.clone()
                                    } else {
                                        format!("{} ({})", st.body, st.attribution)
                                    }
                                })
                                .collect(),
                        )
                    })
                    .collect(),
            })
        })
        .collect();

    let participants = participants(&shown);

    // The findings, as the tracker lists them for this consultation (the same rule of who
    // may see what), and the provisions' titles and chapters.
    let filter = Filter {
        consultation: Some(c.slug.clone()),
        ..Filter::default()
    };
    let mut listed = findings::list(
        pool,
        &filter,
        &levels,
        today,
        Sort::Oldest,
        None,
        LISTED_FINDINGS,
    )
    .await?;
    let more = listed.len() > usize::try_from(LISTED_FINDINGS).unwrap_or(usize::MAX);
    listed.truncate(usize::try_from(LISTED_FINDINGS).unwrap_or(usize::MAX));
    let provisions = super::provisions(pool).await?;
    let (chapters, recommendations) = group_findings(&listed, &provisions);
    let more_findings = if more {
        let total = findings::count(pool, &filter, &levels, today).await?;
        let rest = total - LISTED_FINDINGS;
        if total > findings::COUNT_CAP {
            t!("report-more-findings")
        } else {
            t!("report-n-more-findings", n = rest)
        }
    } else {
        String::new()
    };

    Ok(ConsultationReport {
        made: Made::new(ctx, today),
        lang: super::lang(),
        labels: labels(),
        slug: c.slug.clone(),
        title: c.title.clone(),
        series: match (&c.series_title, c.number_in_series) {
            (Some(series), Some(n)) => t!("report-series-number", series = series, n = n),
            (Some(series), None) => series.clone(),
            (None, Some(n)) => t!("consultation-number", n = n),
            (None, None) => String::new(),
        },
        facts,
        chatham_house: c.chatham_house,
        status_reason: c.status_reason.clone(),
        objectives: c.objectives.clone(),
        summary: c.summary.clone(),
        text_lang: c.language.value(),
        agenda,
        participants,
        chapters,
        recommendations,
        more_findings,
        notes,
    })
}

fn row(label: String, value: &str) -> Row {
    Row {
        label,
        value: value.trim().to_owned(),
    }
}

/// "Hà Thị Minh Đức, Deputy Director-General (speaker)", or the organisation's name.
fn speaker_line(s: &crate::sessions::queries::Speaker) -> String {
    let mut line = match (&s.person, &s.organisation) {
        (Some(person), _) => match &s.roles {
            Some(roles) if !roles.is_empty() => format!("{person}, {roles}"),
            _ => person.clone(),
        },
        (None, Some(org)) => org.clone(),
        (None, None) => String::new(),
    };
    if !s.capacity.is_empty() {
        line.push_str(&format!(" ({})", s.capacity));
    }
    line
}

fn participants(shown: &ConsultationPage) -> Participants {
    let by_kind: Vec<KindLine> = shown
        .mix
        .iter()
        .map(|k| KindLine {
            kind: k.kind,
            organisations: k.organisations,
            female: k.female,
            male: k.male,
            other_or_unstated: k.other_or_unstated,
            total: k.female + k.male + k.other_or_unstated,
        })
        .collect();
    let counted = shown.counts.total() > 0;
    let longest_people = by_kind.iter().map(|k| k.total).max().unwrap_or(0).max(1);
    let longest_organisations = by_kind
        .iter()
        .map(|k| k.organisations)
        .max()
        .unwrap_or(0)
        .max(1);
    #[expect(clippy::cast_precision_loss, reason = "head counts are small")]
    let share = |n: i64, of: i64| (n as f64 * 1000.0 / of as f64).round() / 10.0;
    #[expect(clippy::cast_precision_loss, reason = "counts are small")]
    let org_share = |n: usize| (n as f64 * 1000.0 / longest_organisations as f64).round() / 10.0;
    let chart = by_kind
        .iter()
        .map(|k| {
            if counted {
                let mut start = 0.0;
                let mut parts = Vec::new();
                for (n, colour) in [k.female, k.male, k.other_or_unstated]
                    .into_iter()
                    .zip(SEX_COLOURS)
                {
                    let length = share(n, longest_people);
                    parts.push((start, length, colour));
                    start += length;
                }
                Bar {
                    label: k.kind.to_owned(),
                    parts,
                    figure: t!("people-count", count = k.total),
                }
            } else {
                Bar {
                    label: k.kind.to_owned(),
                    parts: vec![(0.0, org_share(k.organisations), ORGANISATION_COLOUR)],
                    figure: t!("report-organisations-count", count = k.organisations),
                }
            }
        })
        .collect();
    Participants {
        reported: shown.reported().unwrap_or_default(),
        organisations: shown.organisations.len(),
        female: shown.counts.female,
        male: shown.counts.male,
        other_or_unstated: shown.counts.other_or_unstated,
        total: shown.counts.total(),
        by_kind,
        chart,
        counted,
        demo_counts: shown.counts.demo,
        organisations_list: shown
            .organisations
            .iter()
            .map(|o| {
                [
                    if o.acronym.is_empty() {
                        o.name.clone()
                    } else {
                        format!("{} ({})", o.name, o.acronym)
                    },
                    o.kind.to_owned(),
                    o.place.clone(),
                    o.roles.clone(),
                ]
            })
            .collect(),
    }
}

/// Findings by the chapter of their first provision (those tied to none last), and the
/// recommendations apart.
fn group_findings(
    listed: &[ListItem],
    provisions: &HashMap<String, super::Provision>,
) -> (Vec<Chapter>, Vec<Recommendation>) {
    let titled = |code: &String| match provisions.get(code) {
        Some(p) => format!("{code} {}", p.title),
        None => code.clone(),
    };
    let mut by_chapter: Vec<(Option<i16>, Chapter)> = Vec::new();
    let mut recommendations = Vec::new();
    for f in listed {
        if f.kind == FindingKind::Recommendation {
            recommendations.push(Recommendation {
                statement: f.statement.clone(),
                provisions: f.commitments.join(", "),
                addressee: f.addressee_named().unwrap_or_default(),
                status: f.status.map(|s| s.label().to_owned()).unwrap_or_default(),
                due: f.due_on.map(format::date).unwrap_or_default(),
                overdue: f.overdue,
            });
            continue;
        }
        let first = f.commitments.iter().find_map(|code| provisions.get(code));
        let number = first.map(|p| p.chapter_number);
        let finding = Finding {
            kind: f.kind.label(),
            statement: f.statement.clone(),
            provisions: f.commitments.iter().map(titled).collect(),
            states: f.state_names().join(", "),
        };
        match by_chapter.iter_mut().find(|(n, _)| *n == number) {
            Some((_, chapter)) => chapter.findings.push(finding),
            None => by_chapter.push((
                number,
                Chapter {
                    title: first.map_or_else(
                        || t!("report-no-provision"),
                        |p| chapter_label(p.chapter_number, &p.chapter_title),
                    ),
                    findings: vec![finding],
                },
            )),
        }
    }
    by_chapter.sort_by_key(|(n, _)| n.unwrap_or(i16::MAX));
    (
        by_chapter.into_iter().map(|(_, c)| c).collect(),
        recommendations,
    )
}

/// The words of the report's PDF.
fn labels() -> Labels {
    let mut l = Labels::new();
    let mut put = |key: &'static str, words: String| {
        l.insert(key, words);
    };
    put("report_of", t!("report-of-consultation"));
    put("chatham_house", t!("report-chatham-house"));
    put("objectives", t!("objectives"));
    put("summary", t!("summary"));
    put("agenda", t!("agenda"));
    put("no_agenda", t!("no-agenda"));
    put("themes", t!("themes-label"));
    put("participants", t!("participants"));
    put("no_organisations", t!("report-no-organisations"));
    put("people_by_kind", t!("report-people-by-kind"));
    put("organisations_by_kind", t!("mix-caption"));
    put("women", t!("col-women"));
    put("men", t!("col-men"));
    put("other", t!("col-other-sex"));
    put(
        "col_kind_of_stakeholder",
        t!("report-col-kind-of-stakeholder"),
    );
    put("col_organisations", t!("report-col-organisations"));
    put("col_people", t!("report-col-people"));
    put("all", t!("report-all"));
    put("not_counted", t!("report-not-counted"));
    put("demo_counts", t!("report-demo-counts"));
    put("col_organisation", t!("col-organisation"));
    put("col_kind", t!("col-kind"));
    put("col_based_in", t!("col-based-in"));
    put("col_role", t!("col-role"));
    put("findings", t!("report-findings"));
    put("no_findings", t!("report-no-findings"));
    put("provisions", t!("report-provisions-label"));
    put("member_states", t!("report-member-states-label"));
    put("recommendations", t!("report-recommendations"));
    put("no_recommendations", t!("report-no-recommendations"));
    put("col_recommendation", t!("report-col-recommendation"));
    put("col_provisions", t!("report-col-provisions"));
    put("col_addressee", t!("report-col-addressee"));
    put("col_status", t!("report-col-status"));
    put("col_due", t!("report-col-due"));
    put("overdue", t!("report-overdue-mark"));
    put("notes", t!("report-notes"));
    put("no_notes", t!("report-no-notes"));
    put("page", t!("report-page", n = "#N", total = "#T"));
    l
}
