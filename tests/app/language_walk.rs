//! Every page of every role, in Indonesian and in Vietnamese, holds no English of the
//! interface: the walk reads each page the route table has (a page added later is walked too,
//! or the test says it was left out) as a visitor, a partner, an official, staff and an
//! administrator, and finds neither an English message of the catalogue nor an interface
//! element (a label, button, legend, column heading, caption, hint) left as it reads in English.

use std::collections::BTreeSet;

use axum::http::{Method, StatusCode};

use crate::accounts_harness::{Client, Who};
use crate::harness::TestApp;

/// Words that read the same in every language: names, acronyms, formats.
const SAME_IN_EVERY_LANGUAGE: &[&str] = &[
    "ASEAN",
    "ACMW",
    "HRWG",
    "CSV",
    "Excel",
    "xlsx",
    "PDF",
    "API",
    "JSON",
    "OpenAPI",
    "URL",
    "Musyawarah",
    "Chatham",
    "House",
    "English",
    "Bahasa",
    "Indonesia",
    "Melayu",
    "Filipino",
    "Tetun",
    "ILO",
    "IOM",
    "UN",
    "SDG",
    "ID",
    "OK",
    "Email",
    "E-mail",
    "email",
    "Demo",
    "demo",
    "Viet",
    "Nam",
    "Brunei",
    "Darussalam",
    "Malaysia",
    "Myanmar",
    "Thailand",
    "Timor-Leste",
    "Lao",
    "PDR",
    "Singapore",
    "Cambodia",
    "Philippines",
];

/// Which record a placeholder of a path names, by the path's beginning.
async fn fill(app: &TestApp, path: &str) -> Option<String> {
    let id = |sql: &'static str| async move {
        sqlx::query_scalar::<_, String>(sql)
            .fetch_optional(&app.pool)
            .await
            .expect("looks up a record")
    };
    let value = if path.starts_with("/notes/{id}/translations") || path.starts_with("/notes/{id}") {
        id("SELECT id::text FROM note WHERE status = 'published' AND effective_visibility = 'public' ORDER BY published_at LIMIT 1").await?
    } else if path.starts_with("/findings/{id}") {
        id("SELECT id::text FROM finding WHERE visibility = 'public' ORDER BY created_at LIMIT 1")
            .await?
    } else if path.starts_with("/sessions/{id}") {
        id("SELECT se.id::text FROM session se JOIN consultation c ON c.id = se.consultation_id WHERE c.slug = 'hanoi-2019-12-18' ORDER BY se.position LIMIT 1").await?
    } else if path.starts_with("/people/{id}") {
        id("SELECT id::text FROM person ORDER BY created_at LIMIT 1").await?
    } else if path.starts_with("/admin/users/{id}") {
        id("SELECT id::text FROM app_user ORDER BY created_at LIMIT 1").await?
    } else if path.starts_with("/assessments/rounds/{id}") {
        id("SELECT id::text FROM assessment_round ORDER BY created_at LIMIT 1").await?
    } else if path.starts_with("/assessments/{id}") {
        id("SELECT a.id::text FROM assessment a JOIN member_state m ON m.code = a.member_state_code WHERE a.member_state_code = 'VN' ORDER BY a.created_at LIMIT 1").await?
    } else if path.starts_with("/participation/{id}") {
        id("SELECT p.id::text FROM participation p JOIN consultation c ON c.id = p.consultation_id WHERE c.slug = 'hanoi-2019-12-18' LIMIT 1").await?
    } else {
        String::new()
    };
    Some(
        path.replace(
            "{slug}",
            if path.starts_with("/series/") {
                "asean-consensus-national-consultations"
            } else if path.starts_with("/organisations/") {
                "cdi"
            } else if path.starts_with("/frameworks/") {
                "asean-consensus-2017"
            } else {
                "hanoi-2019-12-18"
            },
        )
        .replace(
            "{code}",
            if path.contains("/commitments/") {
                "C4.5"
            } else {
                "VN"
            },
        )
        .replace("{language}", "vi")
        .replace("{id}", &value),
    )
}

/// GET pages the walk does not read, and why.
fn left_out(path: &str) -> Option<&'static str> {
    const FILES: [&str; 5] = [".csv", ".xlsx", ".pdf", ".json", ".zip"];
    if FILES.iter().any(|ext| path.ends_with(ext)) {
        return Some("a file, not a page (its headers are checked in the exports' tests)");
    }
    match path {
        p if p.starts_with("/api/v1") => Some("JSON for programs: its field names are a contract"),
        "/static/{*path}" => Some("static files"),
        "/healthz" | "/readyz" => Some("probes for the operator, not pages"),
        "/language/{code}" => Some("the language switch itself: it answers 303"),
        "/invitations/{token}" | "/password-reset/{token}" => {
            Some("needs a one-time token (its page is in languages.rs)")
        }
        "/sign-in/two-factor" | "/sign-in/enrol" => {
            Some("a step of signing in (translated; in languages.rs)")
        }
        p if p.contains("/participants/import/") => {
            Some("an import's own pages need an upload (in participant_lists.rs)")
        }
        "/reference" => Some("the benchmark's reference page, no interface text"),
        "/sign-out" => Some("ends the login the walk needs"),
        _ => None,
    }
}

/// The texts of the interface's own elements in `body`, in order: labels, buttons, legends,
/// column headings, captions, summaries and hints (record data lives elsewhere).
fn interface_texts(body: &str) -> Vec<String> {
    let mut texts = Vec::new();
    for (open, close) in [
        ("<label", "</label>"),
        ("<button", "</button>"),
        ("<legend", "</legend>"),
        ("<th scope=\"col\"", "</th>"),
        ("<caption", "</caption>"),
        ("<summary", "</summary>"),
        ("<p class=\"hint\"", "</p>"),
    ] {
        let mut rest = body;
        while let Some(at) = rest.find(open) {
            let after = &rest[at..];
            let Some(end) = after.find(close) else { break };
            let inner = &after[after.find('>').map_or(0, |g| g + 1).min(end)..end];
            texts.push(visible(inner));
            rest = &after[end..];
        }
    }
    texts
}

/// `html` without its tags, its spaces made single.
fn visible(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `text` holds a word that is English and not a name.
fn has_english_words(text: &str) -> bool {
    text.split(|c: char| !c.is_alphabetic() && c != '-')
        .filter(|w| w.chars().count() >= 3)
        .filter(|w| w.chars().all(|c| c.is_ascii_alphabetic() || c == '-'))
        .any(|w| !SAME_IN_EVERY_LANGUAGE.contains(&w))
}

/// The English catalogue's messages of two words or more that read otherwise in `lang`,
/// without their arguments (the words before the first).
fn english_messages_translated_in(lang: &str) -> Vec<String> {
    let read = |code: &str| {
        std::fs::read_to_string(format!(
            "{}/i18n/{code}/musyawarah.ftl",
            env!("CARGO_MANIFEST_DIR")
        ))
        .expect("reads a catalogue")
    };
    let entries = |text: &str| -> Vec<(String, String)> {
        text.lines()
            .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
            .filter_map(|l| l.split_once(" = "))
            .map(|(id, v)| (id.trim().to_owned(), v.trim().to_owned()))
            .collect()
    };
    let other = entries(&read(lang));
    entries(&read("en"))
        .into_iter()
        .filter_map(|(id, english)| {
            let theirs = other.iter().find(|(i, _)| *i == id)?;
            let words = english
                .split('{')
                .next()
                .unwrap_or_default()
                .trim()
                .to_owned();
            (words != theirs.1 && words.split_whitespace().count() >= 3 && !words.contains('<'))
                .then_some(words)
        })
        .collect()
}

async fn page(client: &mut Client<'_>, path: &str, lang: &str) -> (StatusCode, String) {
    let answer = client
        .send_with(Method::GET, path, None, &[("accept-language", lang)])
        .await;
    (answer.status, answer.body)
}

#[tokio::test]
async fn every_page_of_every_role_is_in_the_reader_s_language() {
    let app = TestApp::demo().await;
    let routes: BTreeSet<String> = musyawarah::routes::table()
        .into_iter()
        .filter(|r| r.method == "GET")
        .map(|r| r.path.to_owned())
        .collect();
    let mut paths = Vec::new();
    for route in &routes {
        if left_out(route).is_some() {
            continue;
        }
        let path = fill(&app, route).await.unwrap_or_else(|| {
            panic!("no record for {route}: fill it in, or leave it out saying why")
        });
        paths.push(if route == "/search" {
            "/search?q=migrant".to_owned()
        } else {
            path
        });
    }
    let mut problems = Vec::new();
    let mut pages_read = 0;
    for who in [
        Who::Anonymous,
        Who::PartnerA,
        Who::OfficialVn,
        Who::Staff,
        Who::Admin,
    ] {
        let (mut client, _) = app.signed_in(who).await;
        for path in &paths {
            let (status, english) = page(&mut client, path, "en").await;
            if status != StatusCode::OK || !english.starts_with("<!doctype html>") {
                continue;
            }
            let english_texts = interface_texts(&english);
            for lang in ["id", "vi"] {
                let (status, body) = page(&mut client, path, lang).await;
                assert_eq!(status, StatusCode::OK, "{who:?} {path} in {lang}");
                assert!(body.contains(&format!("<html lang=\"{lang}\"")), "{path}");
                pages_read += 1;
                let texts = interface_texts(&body);
                for (ours, theirs) in texts.iter().zip(&english_texts) {
                    if ours == theirs && has_english_words(ours) {
                        problems.push(format!("{who:?} {path} [{lang}]: “{ours}”"));
                    }
                }
                let shown = visible(&body);
                for message in english_messages_translated_in(lang) {
                    if shown.contains(&message) {
                        problems.push(format!("{who:?} {path} [{lang}]: message “{message}”"));
                    }
                }
            }
        }
    }
    problems.sort();
    problems.dedup();
    assert!(
        problems.is_empty(),
        "{} English strings on {pages_read} pages:\n{}",
        problems.len(),
        problems.join("\n")
    );
    assert!(pages_read > 100, "the walk read only {pages_read} pages");
}

#[test]
fn the_walk_s_checks_find_what_they_look_for() {
    assert_eq!(
        interface_texts(r#"<label for="x">Written <b>in</b></label><p class="hint">A hint</p>"#),
        ["Written in", "A hint"]
    );
    assert!(has_english_words("Save the draft"));
    assert!(!has_english_words("ASEAN · CSV"));
    assert!(!has_english_words("Lưu bản nháp"));
}
