//! Every page of every role, in English, Bahasa Indonesia and Vietnamese: the Indonesian and
//! Vietnamese pages must not show the interface's English. The pages are the authorization
//! matrix's (which holds every route of the app) that a role may see, and a few more that show
//! what the matrix's records lack (a published note, a translated finding, search results).

use std::collections::{BTreeMap, BTreeSet};

use axum::http::Method;
use musyawarah::routes;

use crate::accounts_harness::{Client, Who};
use crate::authorization::{MATRIX, Outcome, Records};
use crate::harness::{TestApp, TestResponse};

/// The roles walked: a second partner sees what the first sees of another organisation.
const ROLES: [Who; 5] = [
    Who::Anonymous,
    Who::PartnerA,
    Who::OfficialVn,
    Who::Staff,
    Who::Admin,
];

/// GET routes no role is shown a page of, and why.
const LEFT_OUT: &[(&str, &str)] = &[
    ("/language/{code}", "the switch only redirects back"),
    ("/healthz", "plain text for probes, not for people"),
    ("/metrics", "Prometheus' text, for loopback only"),
    ("/readyz", "plain text for probes, not for people"),
    ("/static/{*path}", "style sheets, scripts and fonts"),
    (
        "/sign-in/two-factor",
        "reached only in the middle of signing in (tests/app/sign_in.rs)",
    ),
    (
        "/sign-in/enrol",
        "reached only in the middle of signing in (tests/app/sign_in.rs)",
    ),
    (
        "/invitations/{token}",
        "needs an invitation's token: the walk sees its 404 page",
    ),
    (
        "/password-reset/{token}",
        "needs a reset's token: the walk sees its 404 page",
    ),
    (
        "/consultations/{slug}/participants/import/{id}",
        "needs an import under way: the walk sees its 404 page",
    ),
    (
        "/consultations/{slug}/participants/import/uploads/{upload}",
        "needs an upload under way: the walk sees its 404 page",
    ),
];

/// A path ends in one of these when it is a download, read by other tests in each language.
const DOWNLOADS: [&str; 5] = [".csv", ".xlsx", ".pdf", ".zip", ".json"];

/// Interface elements whose words must be the page's language.
const ELEMENTS: [&str; 13] = [
    "label", "button", "legend", "th", "caption", "summary", "p", "h1", "h2", "h3", "dt", "a",
    "option",
];

/// Words that read the same in Indonesian or Vietnamese as in English: names and acronyms.
const SAME_IN_EVERY_LANGUAGE: [&str; 6] = ["Musyawarah", "ASEAN", "Excel", "CSV", "PDF", "API"];

#[tokio::test]
async fn no_page_of_any_role_shows_the_interface_s_english_in_indonesian_or_vietnamese() {
    let app = TestApp::demo().await;
    let records = Records::make(&app).await;
    let mut catalogues = Catalogues::read();
    // A Member State's English name, whatever its length, where a language names it otherwise.
    let states: Vec<(String, String)> =
        sqlx::query_as("SELECT code::text, short_name FROM member_state")
            .fetch_all(&app.pool)
            .await
            .expect("the Member States");
    for (code, name) in states {
        catalogues
            .english
            .push((format!("state-{code}"), vec![name]));
    }
    let mut clients: Vec<(Who, usize, Client<'_>)> = Vec::new();
    let mut partner = None;
    for who in ROLES {
        let (client, account) = app.signed_in(who).await;
        if who == Who::PartnerA {
            partner = account.map(|a| a.id);
        }
        let column = Who::ALL.iter().position(|w| *w == who).expect("a role");
        clients.push((who, column, client));
    }
    let extra = extra_pages(&app, partner.expect("a partner")).await;
    let names = data_names(&app).await;

    let mut shown: BTreeSet<&str> = BTreeSet::new();
    let mut findings: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut pages = 0;
    let rows = MATRIX
        .iter()
        .filter(|row| row.method == "GET")
        .map(|row| (row.route, records.fill(row.path), Some(row.expect)))
        .chain(extra.into_iter().map(|(route, path)| (route, path, None)));
    for (route, path, expect) in rows {
        if DOWNLOADS
            .iter()
            .any(|d| path.split('?').next().unwrap_or_default().ends_with(d))
            || path.starts_with("/api/v1/")
        {
            continue;
        }
        for (who, column, client) in clients.iter_mut() {
            // The matrix says which pages a role sees; a hidden page is the 404 page.
            let expected = expect.map(|e| e[*column]);
            if !matches!(expected, None | Some(Outcome::Ok | Outcome::Hidden)) {
                continue;
            }
            let english = page(client, &path, "en").await;
            if !english.header("content-type").starts_with("text/html") {
                continue;
            }
            if english.status.is_success() {
                shown.insert(route);
            }
            for code in ["id", "vi"] {
                let translated = page(client, &path, code).await;
                assert!(
                    translated.body.contains(&format!(r#"<html lang="{code}""#)),
                    "{path} as {who:?} is not in {code}"
                );
                pages += 1;
                let seen = format!("{code} {path} as {who:?}");
                for problem in
                    elements_left_in_english(&english.body, &translated.body, code, &names[code])
                        .into_iter()
                        .chain(catalogues.english_left(code, &translated.body, &names[code]))
                {
                    findings.entry(problem).or_default().insert(seen.clone());
                }
            }
        }
    }

    // Every GET route is walked, or said above why not.
    let left_out: BTreeSet<&str> = LEFT_OUT.iter().map(|(route, _)| *route).collect();
    let missing: Vec<String> = routes::table()
        .into_iter()
        .filter(|r| r.method == "GET" && !r.path.starts_with("/api/v1/"))
        .filter(|r| !DOWNLOADS.iter().any(|d| r.path.ends_with(d)))
        .filter(|r| !shown.contains(r.path) && !left_out.contains(r.path))
        .map(|r| r.path.to_owned())
        .collect();
    assert!(
        missing.is_empty(),
        "routes no role saw a page of: {missing:?}"
    );
    let stale: Vec<&&str> = left_out.iter().filter(|r| shown.contains(**r)).collect();
    assert!(stale.is_empty(), "walked after all: {stale:?}");
    assert!(pages > 300, "only {pages} pages walked");

    let report: Vec<String> = findings
        .iter()
        .map(|(problem, seen)| {
            let mut on: Vec<&String> = seen.iter().collect();
            let more = on.len().saturating_sub(3);
            on.truncate(3);
            let on: Vec<&str> = on.iter().map(|s| s.as_str()).collect();
            format!(
                "{problem}\n    on {}{}",
                on.join(", "),
                if more > 0 {
                    format!(" and {more} more")
                } else {
                    String::new()
                }
            )
        })
        .collect();
    assert!(
        report.is_empty(),
        "{} pieces of English in translated pages:\n{}",
        report.len(),
        report.join("\n")
    );
}

#[test]
fn the_walk_s_checks_find_what_they_look_for() {
    let english = r#"<html lang="en"><form><label for="a">Kind of record</label>
        <label>Viet Nam Women's Union</label><button>Save</button>
        <p class="hint">Dates are written as they were.</p><p>Data</p></form></html>"#;
    let translated = r#"<html lang="vi"><form><label for="a">Kind of record</label>
        <label>Viet Nam Women's Union</label><button>Lưu</button>
        <p class="hint">Dates are written as they were.</p><p>Data</p></form></html>"#;
    let names = vec!["Viet Nam Women's Union".to_owned()];
    assert_eq!(
        elements_left_in_english(english, translated, "vi", &names),
        [
            "label reads as in English: Kind of record",
            "p reads as in English: Dates are written as they were.",
        ]
    );
    let catalogues = Catalogues {
        english: vec![(
            "x".to_owned(),
            vec!["Show the original".to_owned(), "Save".to_owned()],
        )],
        own: BTreeMap::from([(
            "vi".to_owned(),
            BTreeMap::from([("x".to_owned(), "Xem bản gốc".to_owned())]),
        )]),
    };
    assert_eq!(
        catalogues.english_left(
            "vi",
            r#"<html lang="vi"><a href="?original">Show the original</a>
                   <p lang="en">Show the original text, said the note.</p></html>"#,
            &[]
        ),
        [r#"message x in English: "Show the original" (in: … Show the original …)"#]
    );
    // A name of the data that holds the words is not the interface's English.
    assert!(
        catalogues
            .english_left(
                "vi",
                r#"<html lang="vi"><td>Why we Show the original</td></html>"#,
                &["Why we Show the original".to_owned()]
            )
            .is_empty()
    );
}

async fn page(client: &mut Client<'_>, path: &str, code: &str) -> TestResponse {
    client
        .send_with(Method::GET, path, None, &[("accept-language", code)])
        .await
}

/// Pages the matrix's records do not show: a published note with its statements and its
/// translation form, a partner's own draft, a finding with translations and follow-up, search
/// results of each kind.
async fn extra_pages(app: &TestApp, partner: uuid::Uuid) -> Vec<(&'static str, String)> {
    let mut pages = vec![
        ("/search", "/search?q=migrant".to_owned()),
        ("/search", "/search?q=nothing-is-called-this".to_owned()),
        ("/findings", "/findings?kind=recommendation".to_owned()),
        ("/no-such-page", "/no-such-page".to_owned()),
    ];
    let note: Option<uuid::Uuid> = sqlx::query_scalar(
        "SELECT n.id FROM note n JOIN note_statement s ON s.note_id = n.id
          WHERE n.status = 'published' ORDER BY n.published_at LIMIT 1",
    )
    .fetch_optional(&app.pool)
    .await
    .expect("the notes");
    let note = note.expect("a published note");
    pages.push(("/notes/{id}", format!("/notes/{note}")));
    pages.push((
        "/notes/{id}/translations/{language}",
        format!("/notes/{note}/translations/vi"),
    ));
    let draft: uuid::Uuid = sqlx::query_scalar(
        "INSERT INTO note (session_id, author_id, organisation_id, status, summary)
         SELECT (SELECT se.id FROM session se JOIN consultation c ON c.id = se.consultation_id
                  WHERE c.slug = 'hanoi-2019-12-18' ORDER BY se.position LIMIT 1),
                u.id, u.organisation_id, 'draft', 'A draft of the walk (demo)'
           FROM app_user u WHERE u.id = $1
         RETURNING id",
    )
    .bind(partner)
    .fetch_one(&app.pool)
    .await
    .expect("a draft");
    pages.push(("/notes/{id}", format!("/notes/{draft}")));
    pages.push(("/notes/{id}/edit", format!("/notes/{draft}/edit")));
    pages.push(("/notes/{id}/submit", format!("/notes/{draft}/submit")));
    let submitted: uuid::Uuid = sqlx::query_scalar(
        "INSERT INTO note (session_id, author_id, organisation_id, status, summary, submitted_at)
         SELECT session_id, author_id, organisation_id, 'submitted', 'Submitted (demo)', now()
           FROM note WHERE id = $1
         RETURNING id",
    )
    .bind(draft)
    .fetch_one(&app.pool)
    .await
    .expect("a submitted note");
    pages.push((
        "/notes/{id}/withdraw",
        format!("/notes/{submitted}/withdraw"),
    ));
    let findings: Vec<uuid::Uuid> = sqlx::query_scalar(
        "(SELECT finding_id FROM finding_translation LIMIT 1)
         UNION ALL (SELECT finding_id FROM recommendation_update LIMIT 1)",
    )
    .fetch_all(&app.pool)
    .await
    .expect("the findings");
    for finding in findings {
        pages.push(("/findings/{id}", format!("/findings/{finding}")));
    }
    pages
}

/// The names the demo data holds (organisations, people, consultations, sessions, the
/// Consensus' chapters and themes): data, which no catalogue translates; and, for each
/// language, the Member States' names in it.
async fn data_names(app: &TestApp) -> BTreeMap<&'static str, Vec<String>> {
    let names: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM organisation UNION SELECT acronym FROM organisation
         UNION SELECT alias FROM organisation_alias
         UNION SELECT full_name FROM person UNION SELECT display_name FROM app_user
         UNION SELECT trim(honorific || ' ' || full_name) FROM person
         UNION SELECT label FROM rating_level
         UNION SELECT title FROM consultation UNION SELECT title FROM session
         UNION SELECT city FROM consultation UNION SELECT planned_period FROM consultation
         UNION SELECT title FROM series UNION SELECT name FROM theme
         UNION SELECT title FROM commitment UNION SELECT title FROM chapter
         UNION SELECT title FROM framework UNION SELECT short_title FROM framework
         UNION SELECT statement FROM finding",
    )
    .fetch_all(&app.pool)
    .await
    .expect("the names");
    // As the page's words are read: whitespace as single spaces.
    let mut names: Vec<String> = names
        .iter()
        .map(|n| n.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    names.retain(|n| !n.is_empty());
    ["id", "vi"]
        .into_iter()
        .map(|code| {
            let mut own = names.clone();
            // Each language's own name (the language switch, the "Written in" choices).
            own.extend(
                musyawarah::domain::language::TextLanguage::ALL
                    .iter()
                    .map(|l| l.autonym().to_owned()),
            );
            own.extend(
                messages(code)
                    .into_iter()
                    // Names of Member States and of languages ("Tiếng Indonesia").
                    .filter(|(id, _)| id.starts_with("state-") || id.starts_with("TextLanguage-"))
                    .map(|(_, name)| name),
            );
            own.sort_by_key(|n| std::cmp::Reverse(n.len()));
            (code, own)
        })
        .collect()
}

/// The text of each interface element in a page, in order: (element, words).
fn interface_elements(html: &str) -> Vec<(&'static str, String)> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        let Some(element) = ELEMENTS.iter().find(|e| {
            rest.starts_with(**e) && matches!(rest.as_bytes().get(e.len()), Some(b' ' | b'>'))
        }) else {
            continue;
        };
        let open_end = rest.find('>').unwrap_or(rest.len());
        let open = &rest[..open_end];
        // Only column headings (a row's heading is its record's name) and hints of paragraphs.
        if (*element == "th" && !open.contains(r#"scope="col""#))
            || (*element == "p" && !open.contains("hint"))
            || open.contains(" lang=")
        {
            continue;
        }
        let close = format!("</{element}>");
        let inner_end = rest.find(&close).unwrap_or(rest.len());
        let inner = rest.get(open_end + 1..inner_end).unwrap_or_default();
        let words = visible_text(inner, None);
        if words.chars().any(char::is_alphabetic) {
            found.push((*element, words));
        }
    }
    found
}

/// Interface elements of `translated` that read exactly as in `english` and hold words other
/// than names: left in English.
fn elements_left_in_english(
    english: &str,
    translated: &str,
    code: &str,
    names: &[String],
) -> Vec<String> {
    let english: BTreeSet<String> = interface_elements(english)
        .into_iter()
        .map(|(_, text)| text)
        .collect();
    let mut left = Vec::new();
    for (element, text) in interface_elements(translated) {
        if !english.contains(&text) {
            continue;
        }
        let mut words = format!(" {text} ");
        for name in names {
            words = words.replace(name.as_str(), " ");
        }
        let rest = words
            .split(|c: char| !(c.is_alphabetic() || c == '\''))
            .filter(|w| w.chars().count() > 1)
            .filter(|w| !SAME_IN_EVERY_LANGUAGE.contains(w) && !same_word_in(code, w))
            // An acronym (CDI, MOLISA, HRWG) or a code (VN, C4.2).
            .filter(|w| !w.chars().all(|c| c.is_uppercase()))
            .count();
        if rest > 0 {
            left.push(format!("{element} reads as in English: {text}"));
        }
    }
    left.sort();
    left.dedup();
    left
}

/// Words Indonesian or Vietnamese write as English does ("Status", "Email").
fn same_word_in(code: &str, word: &str) -> bool {
    let same: &[&str] = match code {
        "id" => &[
            "Status",
            "Email",
            "Admin",
            "Administrator",
            "Token",
            "Audit",
            "Total",
            "No",
            "Agenda",
            "Regional",
            "Donor",
            "Media",
            "Thai",
            "Khmer",
            "Filipino",
        ],
        "vi" => &["Email", "Token"],
        _ => &[],
    };
    same.contains(&word)
}

/// A page's words as a reader sees them (its text and the attributes read aloud), without
/// scripts, styles, code and the parts marked as written in another language than `page`'s.
fn visible_text(html: &str, page: Option<&str>) -> String {
    const VOID: [&str; 9] = [
        "input", "br", "img", "meta", "link", "hr", "source", "col", "wbr",
    ];
    let mut text = String::new();
    // Open elements: (name, whether their content is left out).
    let mut open: Vec<(String, bool)> = Vec::new();
    let mut rest = html;
    loop {
        let at = rest.find('<').unwrap_or(rest.len());
        if !open.iter().any(|(_, out)| *out) {
            text.push_str(&rest[..at]);
        }
        if at == rest.len() {
            break;
        }
        rest = &rest[at + 1..];
        let end = rest.find('>').unwrap_or(rest.len());
        let tag = &rest[..end];
        rest = rest.get(end + 1..).unwrap_or_default();
        text.push(' ');
        if tag.starts_with('!') {
            continue;
        }
        if let Some(name) = tag.strip_prefix('/') {
            let name = name.trim().to_ascii_lowercase();
            if let Some(i) = open.iter().rposition(|(n, _)| *n == name) {
                open.truncate(i);
            }
            continue;
        }
        let name: String = tag
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        let other_language = page.is_some_and(|page| {
            tag.split(" lang=\"")
                .nth(1)
                .and_then(|v| v.split('"').next())
                .is_some_and(|lang| lang != page)
        });
        let leave_out =
            other_language || matches!(name.as_str(), "script" | "style" | "code" | "pre");
        if !open.iter().any(|(_, out)| *out) && !leave_out {
            for attribute in ["title=\"", "aria-label=\"", "placeholder=\"", "alt=\""] {
                for part in tag.split(attribute).skip(1) {
                    text.push(' ');
                    text.push_str(part.split('"').next().unwrap_or_default());
                    text.push(' ');
                }
            }
        }
        if !VOID.contains(&name.as_str()) && !tag.ends_with('/') {
            open.push((name, leave_out));
        }
    }
    let text = text
        .replace("&amp;", "&")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The shipped catalogues: the English phrases of each message, and each language's own
/// messages.
struct Catalogues {
    /// (id, its phrases of three words or more: the text between its placeables).
    english: Vec<(String, Vec<String>)>,
    /// code -> id -> the message's text.
    own: BTreeMap<String, BTreeMap<String, String>>,
}

impl Catalogues {
    fn read() -> Self {
        let english = messages("en")
            .into_iter()
            .map(|(id, text)| (id, phrases(&text)))
            .filter(|(_, phrases)| !phrases.is_empty())
            .collect();
        let own = ["id", "vi"]
            .into_iter()
            .map(|code| (code.to_owned(), messages(code)))
            .collect();
        Self { english, own }
    }

    /// The English messages of three words or more that `page` shows although `code`
    /// translates them, but for those inside the data's `names` (a title that says
    /// "Chatham House rule").
    fn english_left(&self, code: &str, page: &str, names: &[String]) -> Vec<String> {
        let text = format!(" {} ", visible_text(page, Some(code)));
        let own = &self.own[code];
        let mut left = Vec::new();
        for (id, phrases) in &self.english {
            let Some(translation) = own.get(id) else {
                continue;
            };
            for phrase in phrases {
                let state = id.starts_with("state-");
                if (!state && phrase.split_whitespace().count() < 3)
                    || translation.contains(phrase.as_str())
                {
                    continue;
                }
                let shown = occurrences(&text, phrase);
                let in_names: usize = names
                    .iter()
                    .filter(|name| name.contains(phrase.as_str()))
                    .map(|name| {
                        text.matches(name.as_str()).count() * name.matches(phrase.as_str()).count()
                    })
                    .sum();
                if shown > in_names {
                    left.push(format!(
                        "message {id} in English: {phrase:?}{}",
                        context(&text, phrase, names)
                    ));
                }
            }
        }
        left
    }
}

/// Where `phrase` shows outside the data's names, to say in a failure: " (in: …words…)";
/// nothing when it only shows inside them.
fn context(text: &str, phrase: &str, names: &[String]) -> String {
    let mut rest = text.to_owned();
    for name in names.iter().filter(|n| n.contains(phrase)) {
        rest = rest.replace(name.as_str(), " ");
    }
    let Some(at) = rest.find(phrase) else {
        return String::new();
    };
    let start = rest.floor_char_boundary(at.saturating_sub(50));
    let end = rest.ceil_char_boundary((at + phrase.len() + 30).min(rest.len()));
    format!(" (in: …{}…)", &rest[start..end])
}

/// How often `text` holds `phrase` as whole words.
fn occurrences(text: &str, phrase: &str) -> usize {
    text.match_indices(phrase)
        .filter(|(at, _)| {
            let before = text[..*at].chars().next_back();
            let after = text[at + phrase.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
        .count()
}

/// A catalogue's messages and attributes: id (or id.attribute) -> its text.
fn messages(code: &str) -> BTreeMap<String, String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("i18n")
        .join(code)
        .join("musyawarah.ftl");
    let text = std::fs::read_to_string(path).expect("reads the catalogue");
    let mut messages = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        if line.starts_with(|c: char| c.is_ascii_alphabetic()) {
            if let Some((id, value)) = line.split_once('=') {
                let id = id.trim().to_owned();
                messages.insert(id.clone(), value.trim().to_owned());
                current = Some(id);
            }
        } else if line.starts_with(' ') && !line.trim().is_empty() {
            if let Some(id) = &current {
                let entry = messages.entry(id.clone()).or_insert_with(String::new);
                entry.push('\n');
                entry.push_str(line.trim());
            }
        } else {
            current = None;
        }
    }
    messages
}

/// A message's phrases: its text cut at each placeable and each line, without variant keys.
fn phrases(message: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut piece = String::new();
    let mut depth = 0usize;
    let mut flush = |piece: &mut String| {
        let mut words = piece.trim();
        // A variant's key: "[one]" or "*[other]".
        if let Some(rest) = words.strip_prefix('*').unwrap_or(words).strip_prefix('[') {
            words = rest.split_once(']').map_or("", |(_, after)| after).trim();
        }
        if words.split_whitespace().count() >= 3 {
            out.push(words.split_whitespace().collect::<Vec<_>>().join(" "));
        }
        piece.clear();
    };
    for c in message.chars() {
        match c {
            '{' => {
                if depth == 0 {
                    flush(&mut piece);
                }
                depth += 1;
            }
            '}' => depth = depth.saturating_sub(1),
            '\n' if depth == 0 => flush(&mut piece),
            c if depth == 0 => piece.push(c),
            _ => {}
        }
    }
    flush(&mut piece);
    out
}
