//! The consultation page.

use askama::Template;

use super::queries::{self, ConsultationRow, ParticipantOrganisation};
use crate::sessions::views::AgendaItem;
use crate::web::{PageContext, format};

/// What a consultation page shows, ready to show, as kept between changes of the data (its
/// agenda with the published notes placed under their sessions).
#[derive(Debug, Clone)]
pub struct KeptPage {
    pub consultation: ConsultationRow,
    pub agenda: Vec<AgendaItem>,
    pub participants: Vec<ParticipantOrganisation>,
    /// Whether the viewer's organisation took part.
    pub took_part: bool,
    /// The version of its scopes it was read at (see `queries::page_scopes`).
    pub version: i64,
}

impl From<queries::Page> for KeptPage {
    fn from(page: queries::Page) -> Self {
        let mut agenda: Vec<AgendaItem> = page.agenda.into_iter().map(Into::into).collect();
        for note in page.published {
            let own: Vec<_> = page
                .statements
                .iter()
                .filter(|(id, _)| *id == note.id)
                .map(|(_, s)| s.clone())
                .collect();
            if let Some(item) = agenda.iter_mut().find(|a| a.id == note.session_id) {
                item.notes.push(crate::sessions::views::PublishedNote {
                    id: note.id,
                    byline: crate::notes::views::byline(&note),
                    summary: note.summary.clone(),
                    lang: note.language.value(),
                    sections: crate::notes::views::sections_of(&own),
                });
            }
        }
        // The Member States' names in the reader's language (a kept page is kept per language).
        let mut consultation = page.consultation;
        if let (Some(code), Some(name)) = (&consultation.host_code, &consultation.host_name) {
            consultation.host_name = Some(crate::member_states::state_name(code, name));
        }
        for state in &mut consultation.states.0 {
            state.name = crate::member_states::state_name(&state.code, &state.name);
        }
        Self {
            consultation,
            agenda,
            participants: page.participants,
            took_part: page.took_part,
            version: page.version,
        }
    }
}

#[derive(Template)]
#[template(path = "consultations/show.html")]
pub struct ConsultationPage {
    pub ctx: PageContext,
    pub c: ConsultationRow,
    pub when: String,
    pub when_iso: String,
    pub agenda: Vec<AgendaItem>,
    pub organisations: Vec<OrganisationLine>,
    pub counts: HeadCounts,
    pub mix: Vec<KindCount>,
    /// The people who took part (staff only; empty for everyone else).
    pub people: Vec<super::queries::ParticipantPerson>,
    /// The participation records, for staff to edit.
    pub records: Vec<super::participation::Record>,
    /// Whether the viewer may write notes on the sessions (staff; partners whose organisation
    /// took part).
    pub may_write_notes: bool,
    /// Who may see it, and each session, for staff (empty for anyone else).
    pub visible_to: String,
    pub sessions_visible_to: std::collections::HashMap<uuid::Uuid, String>,
}

/// One organisation in the participants' table.
pub struct OrganisationLine {
    pub slug: String,
    pub name: String,
    pub acronym: String,
    pub kind: &'static str,
    pub place: String,
    pub roles: String,
    pub people: i64,
}

/// Head counts by sex, summed over the participation records.
#[derive(Default)]
pub struct HeadCounts {
    pub female: i64,
    pub male: i64,
    pub other_or_unstated: i64,
    /// Whether any of them are demo figures.
    pub demo: bool,
}

impl HeadCounts {
    pub fn total(&self) -> i64 {
        self.female + self.male + self.other_or_unstated
    }
}

/// How many organisations of one kind took part, and their people by sex.
pub struct KindCount {
    pub kind: &'static str,
    pub organisations: usize,
    pub female: i64,
    pub male: i64,
    pub other_or_unstated: i64,
}

impl ConsultationPage {
    /// Where one of the consultation's downloads is, without the extension.
    pub fn c_path(&self, list: &str) -> String {
        format!("/consultations/{}/{list}", self.c.slug)
    }

    /// The participation download, in words.
    pub fn participation_what(&self) -> String {
        t!(
            "download-what-participation",
            count = self.organisations.len()
        )
    }

    /// Who may see the session `id`, for staff ("" for anyone else).
    pub fn session_visible_to(&self, id: &uuid::Uuid) -> &str {
        self.sessions_visible_to.get(id).map_or("", String::as_str)
    }

    pub fn new(
        ctx: PageContext,
        c: ConsultationRow,
        agenda: Vec<AgendaItem>,
        participants: Vec<ParticipantOrganisation>,
    ) -> Self {
        let mut counts = HeadCounts::default();
        let mut mix: Vec<KindCount> = Vec::new();
        let organisations = participants
            .into_iter()
            .map(|p| {
                counts.female += p.female;
                counts.male += p.male;
                counts.other_or_unstated += p.other_or_unstated;
                counts.demo |= p.demo_counts;
                match mix.iter_mut().find(|k| k.kind == p.kind.label()) {
                    Some(k) => {
                        k.organisations += 1;
                        k.female += p.female;
                        k.male += p.male;
                        k.other_or_unstated += p.other_or_unstated;
                    }
                    None => mix.push(KindCount {
                        kind: p.kind.label(),
                        organisations: 1,
                        female: p.female,
                        male: p.male,
                        other_or_unstated: p.other_or_unstated,
                    }),
                }
                OrganisationLine {
                    kind: p.kind.label(),
                    place: p.place(),
                    roles: p
                        .roles
                        .iter()
                        .map(|r| r.label())
                        .collect::<Vec<_>>()
                        .join(", "),
                    people: p.female + p.male + p.other_or_unstated,
                    slug: p.slug,
                    name: p.name,
                    acronym: p.acronym,
                }
            })
            .collect();
        mix.sort_by(|a, b| {
            b.organisations
                .cmp(&a.organisations)
                .then(a.kind.cmp(b.kind))
        });
        Self {
            ctx,
            when: format::period(c.starts_on, c.ends_on, &c.planned_period),
            when_iso: format::iso(c.starts_on),
            c,
            agenda,
            organisations,
            counts,
            mix,
            people: Vec::new(),
            records: Vec::new(),
            may_write_notes: false,
            visible_to: String::new(),
            sessions_visible_to: std::collections::HashMap::new(),
        }
    }

    /// "Over 35 participants (as reported)", when the report gives a figure.
    pub fn reported(&self) -> Option<String> {
        let n = self.c.participants_reported?;
        let note = self.c.participants_reported_note.trim();
        Some(if note.is_empty() {
            t!("participants-reported", count = n)
        } else {
            let mut note = note.to_owned();
            if let Some(first) = note.get(0..1) {
                note.replace_range(0..1, &first.to_uppercase());
            }
            t!("participants-reported-note", note = note)
        })
    }

    pub fn languages(&self) -> String {
        self.c.languages.join(", ")
    }
}

/// The form to create or edit a consultation.
#[derive(Template)]
#[template(path = "consultations/form.html")]
pub struct ConsultationFormPage {
    pub ctx: PageContext,
    /// The consultation being edited; `None` for a new one.
    pub slug: Option<String>,
    pub input: super::forms::ConsultationInput,
    pub errors: crate::web::form::FieldErrors,
    pub series: Vec<super::queries::SeriesChoice>,
    pub states: Vec<crate::member_states::queries::StateListItem>,
    /// Set when someone saved the consultation meanwhile: (field, theirs, yours).
    pub conflict: Vec<(String, String, String)>,
}

impl ConsultationFormPage {
    pub fn action(&self) -> String {
        match &self.slug {
            Some(slug) => format!("/consultations/{slug}"),
            None => "/consultations".to_owned(),
        }
    }

    pub fn statuses(&self) -> Vec<(&'static str, &'static str, bool)> {
        super::ConsultationStatus::options(super::ConsultationStatus::parse(&self.input.status))
    }

    pub fn visibilities(&self) -> Vec<(&'static str, &'static str, bool)> {
        crate::auth::Visibility::options(crate::auth::Visibility::parse(&self.input.visibility))
    }
}

/// `GET /consultations`: the consultations a filter finds (the dashboard's figures link here).
#[derive(Template)]
#[template(path = "consultations/list.html")]
pub struct ConsultationListPage {
    pub ctx: PageContext,
    /// "held in Viet Nam, in the series ..., from 2019-01-01".
    pub description: String,
    pub total: i64,
    pub consultations: Vec<ConsultationLine>,
    /// Links to the previous and next pages, when there are any.
    pub previous: Option<String>,
    pub next: Option<String>,
    /// The filters as a query string, for the download links.
    pub query: String,
}

impl ConsultationListPage {
    /// The list the downloads hold, in words.
    pub fn download_what(&self) -> String {
        t!("download-what-consultations", count = self.total)
    }
}

/// A consultation as a line of a table.
pub struct ConsultationLine {
    pub slug: String,
    pub title: String,
    /// The language of the title, for its `lang`.
    pub lang: &'static str,
    pub number: String,
    pub when: String,
    pub when_iso: String,
    pub place: String,
    pub status: &'static str,
    pub status_css: &'static str,
    pub participants: String,
}

impl From<queries::ConsultationSummary> for ConsultationLine {
    fn from(c: queries::ConsultationSummary) -> Self {
        let host = c.host();
        let place = match (c.city.trim(), c.host_name.as_deref(), host) {
            ("", Some(_), Some(state)) => state,
            ("", _, _) => t!("regional"),
            (city, Some(english), Some(state)) if city != english => format!("{city}, {state}"),
            (city, _, _) => city.to_owned(),
        };
        Self {
            lang: c.language.value(),
            number: c
                .number_in_series
                .map(|n| n.to_string())
                .unwrap_or_default(),
            when: format::period(c.starts_on, c.ends_on, &c.planned_period),
            when_iso: format::iso(c.starts_on),
            status: c.status.label(),
            status_css: c.status.css(),
            participants: c
                .participants_reported
                .map(|n| n.to_string())
                .unwrap_or_default(),
            place,
            slug: c.slug,
            title: c.title,
        }
    }
}
