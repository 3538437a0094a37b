//! The search page.

use askama::Template;

use super::queries::{CAP, PAGE, RecordKind, Row, Search};
use crate::web::PageContext;

/// A search result as shown.
#[derive(Debug)]
pub struct HitView {
    /// The kind of record, as pages name it (singular).
    pub kind: &'static str,
    pub title: String,
    pub url: String,
    /// Escaped text with `<mark>`ed matches.
    pub snippet: String,
    /// Words before the snippet that say what it is ("Also known as"), plain text.
    pub lead: String,
}

/// A value of a facet: its name, its count as shown, the link that chooses it (or, chosen,
/// removes it).
#[derive(Debug)]
pub struct FacetValue {
    pub label: String,
    pub count: String,
    pub href: String,
    pub chosen: bool,
}

/// A facet: its name and values.
#[derive(Debug)]
pub struct Facet {
    pub name: String,
    pub values: Vec<FacetValue>,
}

/// A link to try instead, for a search that found nothing.
#[derive(Debug)]
pub struct Suggestion {
    pub label: String,
    pub href: String,
}

/// A page of results and the facets, as kept (see `search::SearchCache`).
#[derive(Debug, Default)]
pub struct Results {
    pub hits: Vec<HitView>,
    pub facets: Vec<Facet>,
    /// The matches of the kind chosen (or of every kind), up to [`CAP`] + 1 of each.
    pub total: i64,
    /// Some kind had more than [`CAP`] matches: counts are of the best ones.
    pub capped: bool,
    /// The place of the first and last result on the page, from 1.
    pub first: usize,
    pub last: usize,
    pub previous: Option<String>,
    pub next: Option<String>,
    /// For nothing found: the words one at a time.
    pub fewer_words: Vec<Suggestion>,
    /// For nothing found: names spelt nearly so.
    pub spellings: Vec<Suggestion>,
    /// For nothing found with facets chosen: the search without each.
    pub without_facets: Vec<Suggestion>,
}

/// The address of a search.
pub fn href(search: &Search) -> String {
    let mut pairs: Vec<(&str, String)> = vec![("q", search.q.clone())];
    if let Some(kind) = search.kind {
        pairs.push(("kind", kind.value().to_owned()));
    }
    if let Some(state) = &search.state {
        pairs.push(("state", state.clone()));
    }
    if let Some(year) = search.year {
        pairs.push(("year", year.to_string()));
    }
    if let Some(theme) = &search.theme {
        pairs.push(("theme", theme.clone()));
    }
    if search.page > 1 {
        pairs.push(("page", search.page.to_string()));
    }
    format!(
        "/search?{}",
        serde_urlencoded::to_string(&pairs).unwrap_or_default()
    )
}

/// A count as shown: "200+" past the cap.
/// A consultation's place and date ("Hanoi, Viet Nam, 18 December 2019") in the reader's
/// language, from the fields the statement sends (city, state code, state name, first day,
/// planned period; separated by the unit separator).
fn consultation_line(fields: &str) -> String {
    let mut parts = fields.split('\u{1f}');
    let mut next = || parts.next().unwrap_or_default().trim();
    let (city, code, name, day, planned) = (next(), next(), next(), next(), next());
    let state = if code.is_empty() {
        String::new()
    } else {
        crate::member_states::state_name(code, name)
    };
    let when = match chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d") {
        Ok(day) => crate::web::format::date(day),
        Err(_) => planned.to_owned(),
    };
    [city.to_owned(), state, when]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

fn count(n: i64) -> String {
    if n > CAP as i64 {
        format!("{CAP}+")
    } else {
        n.to_string()
    }
}

fn singular(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Consultation => "Consultation",
        RecordKind::Organisation => "Organisation",
        RecordKind::Person => "Person",
        RecordKind::Commitment => "Commitment",
        RecordKind::Session => "Session",
        RecordKind::Finding => "Finding",
        RecordKind::Note => "Note",
    }
}

impl Results {
    /// The page from the statement's rows (`snippet` makes a result's excerpt).
    pub fn from_rows(search: &Search, rows: Vec<Row>, snippet: impl Fn(&str) -> String) -> Self {
        let mut hits: Vec<(i64, HitView)> = Vec::new();
        let (mut kinds, mut states, mut years, mut themes) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for row in rows {
            match row.facet.as_str() {
                "hit" => {
                    let Some(kind) = RecordKind::parse(&row.value) else {
                        continue;
                    };
                    let text = row.text.as_deref().unwrap_or_default();
                    let text = if kind == RecordKind::Consultation {
                        consultation_line(text)
                    } else {
                        text.to_owned()
                    };
                    let text = text.as_str();
                    // An organisation's text is its other names.
                    let lead = if kind == RecordKind::Organisation && !text.is_empty() {
                        t!("also-known-as")
                    } else {
                        String::new()
                    };
                    hits.push((
                        row.count,
                        HitView {
                            kind: singular(kind),
                            title: row.label.unwrap_or_default(),
                            url: row.url.unwrap_or_default(),
                            snippet: snippet(text),
                            lead,
                        },
                    ))
                }
                "kind" => kinds.push(row),
                "state" => {
                    let mut row = row;
                    row.label = row
                        .label
                        .map(|name| crate::member_states::state_name(&row.value, &name));
                    states.push(row)
                }
                "year" => years.push(row),
                "theme" => themes.push(row),
                _ => {}
            }
        }
        hits.sort_by_key(|(n, _)| *n);
        let capped = kinds.iter().any(|k| k.count > CAP as i64);
        let total: i64 = kinds
            .iter()
            .filter(|k| search.kind.is_none_or(|kind| kind.value() == k.value))
            .map(|k| k.count.min(CAP as i64 + 1))
            .sum();

        let page = search.page.max(1);
        let more = hits.len() > PAGE;
        hits.truncate(PAGE);
        let first = (page as usize - 1) * PAGE + 1;
        let last = first + hits.len().saturating_sub(1);
        let previous = (page > 1).then(|| {
            href(&Search {
                page: page - 1,
                ..search.clone()
            })
        });
        let next = more.then(|| {
            href(&Search {
                page: page + 1,
                ..search.clone()
            })
        });

        let fresh = Search {
            page: 1,
            ..search.clone()
        };
        let mut facets = Vec::new();
        // Kinds in their own order, each with its count.
        let kind_values = RecordKind::ALL
            .iter()
            .filter_map(|kind| {
                let n = kinds.iter().find(|k| k.value == kind.value())?.count;
                let chosen = search.kind == Some(*kind);
                Some(FacetValue {
                    label: kind.label().to_owned(),
                    count: count(n),
                    href: href(&Search {
                        kind: (!chosen).then_some(*kind),
                        ..fresh.clone()
                    }),
                    chosen,
                })
            })
            .collect();
        facets.push(Facet {
            name: t!("search-kind"),
            values: kind_values,
        });
        states.sort_by(|a, b| a.label.cmp(&b.label));
        facets.push(Facet {
            name: t!("col-member-state"),
            values: states
                .into_iter()
                .map(|s| {
                    let chosen = search.state.as_deref() == Some(s.value.as_str());
                    FacetValue {
                        label: s.label.unwrap_or_else(|| s.value.clone()),
                        count: count(s.count),
                        href: href(&Search {
                            state: (!chosen).then(|| s.value.clone()),
                            ..fresh.clone()
                        }),
                        chosen,
                    }
                })
                .collect(),
        });
        years.sort_by(|a, b| b.value.cmp(&a.value));
        facets.push(Facet {
            name: t!("col-year"),
            values: years
                .into_iter()
                .map(|y| {
                    let year = y.value.parse().ok();
                    let chosen = search.year.is_some() && search.year == year;
                    FacetValue {
                        label: y.value.clone(),
                        count: count(y.count),
                        href: href(&Search {
                            year: if chosen { None } else { year },
                            ..fresh.clone()
                        }),
                        chosen,
                    }
                })
                .collect(),
        });
        themes.sort_by(|a, b| a.label.cmp(&b.label));
        facets.push(Facet {
            name: t!("theme"),
            values: themes
                .into_iter()
                .map(|t| {
                    let chosen = search.theme.as_deref() == Some(t.value.as_str());
                    FacetValue {
                        label: t.label.unwrap_or_else(|| t.value.clone()),
                        count: count(t.count),
                        href: href(&Search {
                            theme: (!chosen).then(|| t.value.clone()),
                            ..fresh.clone()
                        }),
                        chosen,
                    }
                })
                .collect(),
        });
        facets.retain(|f| !f.values.is_empty());

        let mut results = Results {
            hits: hits.into_iter().map(|(_, h)| h).collect(),
            facets,
            total,
            capped,
            first,
            last,
            previous,
            next,
            ..Results::default()
        };
        if results.total == 0 {
            results.suggest(&fresh);
        }
        results
    }

    /// What to try when nothing was found: each word alone, and the search without each facet.
    fn suggest(&mut self, search: &Search) {
        let words: Vec<&str> = search.q.split_whitespace().collect();
        if words.len() > 1 {
            let mut seen = Vec::new();
            for word in words.into_iter().take(6) {
                if seen.contains(&word) {
                    continue;
                }
                seen.push(word);
                self.fewer_words.push(Suggestion {
                    label: word.to_owned(),
                    href: href(&Search {
                        q: word.to_owned(),
                        ..search.clone()
                    }),
                });
            }
        }
        if let Some(kind) = search.kind {
            self.without_facets.push(Suggestion {
                label: format!(
                    "any kind of record, not only {}",
                    kind.label().to_lowercase()
                ),
                href: href(&Search {
                    kind: None,
                    ..search.clone()
                }),
            });
        }
        if let Some(state) = &search.state {
            self.without_facets.push(Suggestion {
                label: format!("every Member State, not only {state}"),
                href: href(&Search {
                    state: None,
                    ..search.clone()
                }),
            });
        }
        if let Some(year) = search.year {
            self.without_facets.push(Suggestion {
                label: format!("every year, not only {year}"),
                href: href(&Search {
                    year: None,
                    ..search.clone()
                }),
            });
        }
        if let Some(theme) = &search.theme {
            self.without_facets.push(Suggestion {
                label: format!("every theme, not only {theme}"),
                href: href(&Search {
                    theme: None,
                    ..search.clone()
                }),
            });
        }
    }

    /// Names spelt nearly as the query, as searches of their own (keeping the facets).
    pub fn add_spellings(&mut self, search: &Search, names: Vec<String>) {
        self.spellings = names
            .into_iter()
            .map(|name| Suggestion {
                href: href(&Search {
                    q: name.clone(),
                    page: 1,
                    ..search.clone()
                }),
                label: name,
            })
            .collect();
    }
}

#[derive(Template)]
#[template(path = "search/show.html")]
pub struct SearchPage<'a> {
    pub ctx: PageContext,
    pub q: String,
    /// The facets chosen, kept in the form.
    pub search: &'a Search,
    /// None before anything is searched for.
    pub results: Option<&'a Results>,
    pub kinds: Vec<(&'static str, &'static str, bool)>,
}
