//! Downloads: every list as CSV and Excel, read back as a spreadsheet would read them, and the
//! whole-consultation .zip. Who may download what is in the authorization matrix (each download
//! has its page's access); that no download shows what its viewer may not see is in the
//! visibility walk, which reads every download (unpacked) with records hidden by their parents.

use std::collections::BTreeMap;
use std::io::Read;

use axum::http::StatusCode;

use crate::accounts_harness::{Client, Who};
use crate::harness::{TestApp, TestResponse};

/// Every entry of a .zip (an .xlsx is one), by name; empty when the bytes are not a .zip.
pub fn unpack(bytes: &[u8]) -> BTreeMap<String, String> {
    let mut entries = BTreeMap::new();
    let Ok(mut archive) = zip::ZipArchive::new(std::io::Cursor::new(bytes)) else {
        return entries;
    };
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).expect("an entry");
        // Downloads are small here; refuse anything that unpacks to more than 64 MiB.
        assert!(
            file.size() < 64 * 1024 * 1024,
            "an entry of {} bytes",
            file.size()
        );
        let mut text = String::new();
        file.read_to_string(&mut text).expect("a text entry");
        let name = file.name().expect("a name").into_owned();
        entries.insert(name, text);
    }
    entries
}

/// What a response shows a reader: its text, or the text of every entry of a .zip or .xlsx.
pub fn readable(response: &TestResponse) -> String {
    if response.bytes.starts_with(b"PK") {
        unpack(&response.bytes)
            .into_values()
            .collect::<Vec<_>>()
            .join("\n")
    } else {
        response.body.clone()
    }
}

/// A cell of a worksheet as read back: its kind (`s` text, `n` number, `b` yes/no), its text
/// and its style's number.
#[derive(Debug, Clone, PartialEq)]
pub struct XlsxCell {
    pub kind: char,
    pub text: String,
    pub style: u32,
    pub formula: bool,
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// The text inside the first `<t ...>...</t>` elements of `xml`, joined.
fn texts(xml: &str) -> String {
    xml.split("<t")
        .skip(1)
        .filter_map(|part| {
            let start = part.find('>')? + 1;
            let end = part.find("</t>")?;
            (start <= end).then(|| unescape(&part[start..end]))
        })
        .collect()
}

fn attribute(tag: &str, name: &str) -> Option<String> {
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    Some(tag[at..].split('"').next()?.to_owned())
}

/// The column number of a cell reference's letters (`C7` -> 2).
fn column_of(reference: &str) -> usize {
    reference
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .fold(0, |n, c| n * 26 + (c as usize - 'A' as usize + 1))
        - 1
}

/// The first worksheet of a workbook, as rows of cells (missing cells are `None`).
pub fn sheet(bytes: &[u8]) -> Vec<Vec<Option<XlsxCell>>> {
    let entries = unpack(bytes);
    assert!(
        entries.contains_key("xl/workbook.xml"),
        "an Excel workbook: {:?}",
        entries.keys()
    );
    let shared: Vec<String> = entries
        .get("xl/sharedStrings.xml")
        .map(|xml| xml.split("<si>").skip(1).map(texts).collect())
        .unwrap_or_default();
    let xml = &entries["xl/worksheets/sheet1.xml"];
    let mut rows = Vec::new();
    for row in xml.split("<row ").skip(1) {
        let row = row.split("</row>").next().unwrap_or_default();
        let mut cells: Vec<Option<XlsxCell>> = Vec::new();
        for cell in row.split("<c ").skip(1) {
            let tag = format!(" {}", cell.split('>').next().unwrap_or_default());
            let column = column_of(&attribute(&tag, "r").expect("a cell reference"));
            let body = cell.split("</c>").next().unwrap_or_default();
            let value = body
                .split("<v>")
                .nth(1)
                .and_then(|v| v.split("</v>").next())
                .map(unescape);
            let (kind, text) = match attribute(&tag, "t").as_deref() {
                Some("s") => (
                    's',
                    shared[value
                        .unwrap_or_default()
                        .parse::<usize>()
                        .expect("an index")]
                    .clone(),
                ),
                Some("inlineStr" | "str") => ('s', texts(body)),
                Some("b") => ('b', value.unwrap_or_default()),
                _ => ('n', value.unwrap_or_default()),
            };
            if cells.len() <= column {
                cells.resize(column + 1, None);
            }
            cells[column] = Some(XlsxCell {
                kind,
                text,
                style: attribute(&tag, "s")
                    .and_then(|s| s.parse().ok())
                    .unwrap_or(0),
                formula: body.contains("<f>") || body.contains("<f "),
            });
        }
        rows.push(cells);
    }
    rows
}

/// The text of every cell of a sheet's rows.
fn sheet_texts(rows: &[Vec<Option<XlsxCell>>]) -> Vec<Vec<String>> {
    rows.iter()
        .map(|r| {
            r.iter()
                .map(|c| c.as_ref().map(|c| c.text.clone()).unwrap_or_default())
                .collect()
        })
        .collect()
}

/// The rows of a CSV download (the header first), as a CSV reader reads them.
pub fn csv_rows(response: &TestResponse) -> Vec<Vec<String>> {
    assert!(
        response.bytes.starts_with(b"\xEF\xBB\xBF"),
        "UTF-8 with a byte-order mark"
    );
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(&response.bytes[3..])
        .records()
        .map(|r| r.expect("a CSV record").iter().map(str::to_owned).collect())
        .collect()
}

async fn download(client: &mut Client<'_>, path: &str) -> TestResponse {
    let response = client.get(path).await;
    assert_eq!(response.status, StatusCode::OK, "{path}: {}", response.body);
    response
}

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// Excel's number of a day (days since 1899-12-30).
fn excel_day(y: i32, m: u32, d: u32) -> String {
    let day = chrono::NaiveDate::from_ymd_opt(y, m, d).expect("a date");
    let epoch = chrono::NaiveDate::from_ymd_opt(1899, 12, 30).expect("a date");
    (day - epoch).num_days().to_string()
}

#[tokio::test]
async fn every_list_downloads_as_csv_and_as_a_workbook_with_a_header_dates_and_numbers() {
    let app = TestApp::demo().await;
    let (mut admin, _) = app.signed_in(Who::Admin).await;
    let today = app.clock.now().date_naive().format("%Y-%m-%d").to_string();
    let hanoi = "/consultations/hanoi-2019-12-18";
    // (path without extension, file name, a heading, a text in the rows)
    let lists = [
        ("/findings", "findings", "statement", "Viet Nam"),
        ("/dashboard", "dashboard", "Consultations held", "Viet Nam"),
        ("/consultations", "consultations", "title", "Viet Nam"),
        (
            "/series/hrwg-consensus-2019-2020/consultations",
            "series-hrwg-consensus-2019-2020-consultations",
            "planned period",
            "Viet Nam",
        ),
        ("/organisations", "organisations", "acronym", "CDI"),
        (
            "/organisations/cdi/history",
            "organisation-cdi-history",
            "roles",
            "Viet Nam",
        ),
        ("/people", "people", "current roles", "Hà Thị Minh Đức"),
        (
            &format!("{hanoi}/agenda"),
            "hanoi-2019-12-18-agenda",
            "speakers",
            "Opening",
        ),
        (
            &format!("{hanoi}/participation"),
            "hanoi-2019-12-18-participation",
            "women",
            "CDI",
        ),
        (
            &format!("{hanoi}/notes"),
            "hanoi-2019-12-18-notes",
            "statement",
            "",
        ),
        ("/my/notes", "my-notes", "reviewer's comment", ""),
        ("/admin/audit", "audit-log", "what happened", "signed in"),
    ];
    for (path, name, heading, text) in lists {
        let csv = download(&mut admin, &format!("{path}.csv")).await;
        assert_eq!(
            csv.header("content-type"),
            "text/csv; charset=utf-8",
            "{path}"
        );
        assert_eq!(
            csv.header("content-disposition"),
            format!("attachment; filename=\"{name}-{today}.csv\""),
        );
        let rows = csv_rows(&csv);
        assert!(
            rows[0].iter().any(|h| h == heading),
            "{path}: {:?}",
            rows[0]
        );
        if !text.is_empty() {
            assert!(
                rows.iter()
                    .skip(1)
                    .any(|r| r.iter().any(|c| c.contains(text))),
                "{path}.csv has {text:?}"
            );
        }

        let xlsx = download(&mut admin, &format!("{path}.xlsx")).await;
        assert_eq!(xlsx.header("content-type"), XLSX, "{path}");
        assert_eq!(
            xlsx.header("content-disposition"),
            format!("attachment; filename=\"{name}-{today}.xlsx\""),
        );
        let cells = sheet(&xlsx.bytes);
        let texts = sheet_texts(&cells);
        // The same header and rows as the CSV (numbers and dates aside).
        assert_eq!(texts[0], rows[0], "{path}: the header row");
        assert_eq!(texts.len(), rows.len(), "{path}: as many rows");
        let header = &cells[0];
        assert!(
            header
                .iter()
                .flatten()
                .all(|c| c.kind == 's' && c.style != 0),
            "{path}: a header of bold text"
        );
        let sheet_xml = &unpack(&xlsx.bytes)["xl/worksheets/sheet1.xml"];
        assert!(
            sheet_xml.contains("<pane ySplit=\"1\"") && sheet_xml.contains("state=\"frozen\""),
            "{path}: the header stays in view"
        );
        assert!(sheet_xml.contains("<col "), "{path}: column widths");
    }

    // Real dates and numbers: the Hanoi consultation's date is a day number with a date
    // format, head counts are numbers.
    let consultations = download(&mut admin, "/consultations.xlsx?state=VN&stage=held").await;
    let rows = sheet(&consultations.bytes);
    let at = |name: &str| {
        sheet_texts(&rows)[0]
            .iter()
            .position(|h| h == name)
            .expect("a column")
    };
    let hanoi_row = rows
        .iter()
        .find(|r| {
            r.iter()
                .flatten()
                .any(|c| c.text == "National consultation in Viet Nam")
        })
        .expect("Hanoi's row");
    let starts = hanoi_row[at("starts")].clone().expect("a start date");
    assert_eq!(
        (starts.kind, starts.text.as_str()),
        ('n', &*excel_day(2019, 12, 18))
    );
    assert_ne!(starts.style, 0, "a date format");
    let styles = &unpack(&consultations.bytes)["xl/styles.xml"];
    assert!(styles.contains("formatCode=\"yyyy-mm-dd\""));
    let csv = csv_rows(&download(&mut admin, "/consultations.csv?state=VN&stage=held").await);
    assert!(csv.iter().any(|r| r.contains(&"2019-12-18".to_owned())));

    let participation = sheet(
        &download(&mut admin, &format!("{hanoi}/participation.xlsx"))
            .await
            .bytes,
    );
    let women = participation[1][5].clone().expect("a head count");
    assert_eq!(women.kind, 'n');
    assert!(women.text.parse::<i64>().is_ok(), "{women:?}");
}

#[tokio::test]
async fn a_formula_typed_by_a_user_arrives_as_text_in_both_formats() {
    let app = TestApp::real_series().await;
    let formula = "=HYPERLINK(\"http://example.org/x\",\"Click\")";
    sqlx::query(
        "INSERT INTO finding (consultation_id, kind, statement, visibility)
         SELECT id, 'challenge', $1, 'public' FROM consultation WHERE slug = 'hanoi-2019-12-18'",
    )
    .bind(formula)
    .execute(&app.pool)
    .await
    .expect("a finding");
    let mut visitor = app.client();
    let csv = csv_rows(&download(&mut visitor, "/findings.csv").await);
    assert!(csv.iter().any(|r| r[2] == format!("'{formula}")), "{csv:?}");
    assert!(!csv.iter().flatten().any(|c| c.starts_with('=')));

    let xlsx = download(&mut visitor, "/findings.xlsx").await;
    let rows = sheet(&xlsx.bytes);
    let cell = rows
        .iter()
        .filter_map(|r| r.get(2).cloned().flatten())
        .find(|c| c.text.contains("HYPERLINK"))
        .expect("the finding's cell");
    assert_eq!(cell.kind, 's', "text, not a formula");
    assert_eq!(cell.text, formula, "as typed");
    assert!(rows.iter().flatten().flatten().all(|c| !c.formula));
}

#[tokio::test]
async fn a_download_holds_exactly_the_rows_its_filters_select() {
    let app = TestApp::demo().await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    for query in [
        "kind=recommendation",
        "state=VN",
        "state=TH&kind=challenge",
        "overdue=yes",
    ] {
        let page = staff.get(&format!("/findings?{query}")).await;
        let shown: usize = page
            .body
            .split("<caption>")
            .nth(1)
            .and_then(|c| c.split(' ').next())
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("a count on /findings?{query}"));
        let csv = csv_rows(&download(&mut staff, &format!("/findings.csv?{query}")).await);
        assert_eq!(csv.len() - 1, shown, "{query}: the CSV");
        let xlsx = sheet(
            &download(&mut staff, &format!("/findings.xlsx?{query}"))
                .await
                .bytes,
        );
        assert_eq!(xlsx.len() - 1, shown, "{query}: the workbook");
        if query == "kind=recommendation" {
            assert!(shown > 0);
            assert!(csv.iter().skip(1).all(|r| r[1] == "Recommendation"));
        }
    }
    // A bad filter is a clear 400, as on the page.
    let bad = staff.get("/findings.xlsx?kind=rumour").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    bad.assert_contains(&["There is no such kind of finding."]);
    let bad = staff.get("/consultations.csv?stage=someday").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
}

/// A published note by Partner A on a Hanoi session, bylined with name and organisation.
async fn attributed_note(app: &TestApp) {
    let author = app.account(Who::PartnerA).await.expect("a partner").id;
    sqlx::raw_sql(&format!(
        "DO $$
         DECLARE n uuid := gen_random_uuid();
                 s uuid := (SELECT se.id FROM session se JOIN consultation c ON c.id = se.consultation_id
                             WHERE c.slug = 'hanoi-2019-12-18' AND se.visibility = 'public'
                             ORDER BY se.position LIMIT 1);
         BEGIN
           INSERT INTO note (id, session_id, author_id, organisation_id, status, summary,
                             proposed_visibility, visibility, submitted_at, published_at,
                             search_text, proposed_attribution, attribution)
           SELECT n, s, '{author}', organisation_id, 'published', 'Quotas for domestic workers',
                  'public', 'public', now(), now(), 'Quotas', 'name_and_organisation',
                  'name_and_organisation'
             FROM app_user WHERE id = '{author}';
           INSERT INTO note_statement (note_id, section, position, body)
           VALUES (n, 'challenge', 1, 'Domestic workers are left out of the labour code');
         END $$"
    ))
    .execute(&app.pool)
    .await
    .expect("the note");
}

#[tokio::test]
async fn under_the_chatham_house_rule_no_download_names_an_author() {
    let app = TestApp::real_series().await;
    attributed_note(&app).await;
    let hanoi = "/consultations/hanoi-2019-12-18";
    let paths = [
        format!("{hanoi}/notes.csv"),
        format!("{hanoi}/notes.xlsx"),
        format!("{hanoi}/export.zip"),
    ];
    // Without the rule, readers see the byline the author chose.
    let mut visitor = app.client();
    for path in &paths {
        let text = readable(&download(&mut visitor, path).await);
        assert!(text.contains("Domestic workers are left out"), "{path}");
        assert!(text.contains("Note by Test PartnerA, "), "{path}");
    }
    sqlx::query("UPDATE consultation SET chatham_house = true WHERE slug = 'hanoi-2019-12-18'")
        .execute(&app.pool)
        .await
        .expect("the rule");
    for who in [Who::Anonymous, Who::PartnerB, Who::OfficialVn, Who::Staff] {
        let (mut client, _) = app.signed_in(who).await;
        for path in &paths {
            let text = readable(&download(&mut client, path).await);
            assert!(
                text.contains("Domestic workers are left out"),
                "{who:?} {path}"
            );
            assert!(
                !text.contains("Test PartnerA"),
                "{who:?} {path} names the author"
            );
            assert!(
                text.contains("Note by a civil-society partner"),
                "{who:?} {path}"
            );
        }
    }
}

#[tokio::test]
async fn the_whole_consultation_export_holds_its_files_and_says_the_level_it_was_made_at() {
    let app = TestApp::demo().await;
    attributed_note(&app).await;
    let path = "/consultations/hanoi-2019-12-18/export.zip";
    let today = app.clock.now().date_naive().format("%Y-%m-%d").to_string();
    let files = [
        "README.txt",
        "consultation.csv",
        "agenda.csv",
        "participation.csv",
        "notes.csv",
        "findings.csv",
        "recommendations.csv",
        "follow-up.csv",
        "consultation.json",
    ];
    for (who, level) in [
        (Who::Anonymous, "public data only"),
        (Who::PartnerB, "public and members' data"),
        (Who::Staff, "all data, including staff-only records"),
    ] {
        let (mut client, _) = app.signed_in(who).await;
        let response = download(&mut client, path).await;
        assert_eq!(response.header("content-type"), "application/zip");
        assert_eq!(
            response.header("content-disposition"),
            format!("attachment; filename=\"hanoi-2019-12-18-export-{today}.zip\"")
        );
        let entries = unpack(&response.bytes);
        let names: Vec<&str> = entries.keys().map(String::as_str).collect();
        for file in files {
            assert!(names.contains(&file), "{who:?}: {file} in {names:?}");
        }
        let readme = &entries["README.txt"];
        assert!(readme.contains(level), "{who:?}: {readme}");
        for file in files {
            assert!(readme.contains(file), "the README names {file}");
        }
        let json: serde_json::Value =
            serde_json::from_str(&entries["consultation.json"]).expect("a JSON document");
        assert_eq!(json["visibility"], level);
        assert_eq!(json["consultation"][0]["starts"], "2019-12-18");
        assert!(json["agenda"].as_array().is_some_and(|a| !a.is_empty()));
        assert!(json["participation"][0]["women"].is_number());
        assert!(
            entries["notes.csv"].contains("Domestic workers are left out"),
            "{who:?}: the published note"
        );
        assert!(entries["participation.csv"].starts_with('\u{feff}'));
    }
    // The consultation page links to it, without JavaScript.
    app.client()
        .get("/consultations/hanoi-2019-12-18")
        .await
        .assert_contains(&[
            "href=\"/consultations/hanoi-2019-12-18/export.zip\"",
            "href=\"/consultations/hanoi-2019-12-18/agenda.xlsx\"",
            "href=\"/consultations/hanoi-2019-12-18/participation.csv\"",
        ]);
}

#[tokio::test]
async fn download_links_sit_beside_the_lists_with_the_filters_shown() {
    let app = TestApp::demo().await;
    let (mut admin, _) = app.signed_in(Who::Admin).await;
    for (page, links) in [
        (
            "/findings?state=VN&kind=challenge",
            vec![
                "href=\"/findings.csv?state=VN&#38;kind=challenge\"",
                "href=\"/findings.xlsx?state=VN&#38;kind=challenge\"",
            ],
        ),
        (
            "/consultations?state=VN&stage=held",
            vec![
                "href=\"/consultations.csv?state=VN&#38;stage=held\"",
                "href=\"/consultations.xlsx?state=VN&#38;stage=held\"",
            ],
        ),
        (
            "/organisations?kind=civil_society",
            vec!["href=\"/organisations.xlsx?kind=civil_society\""],
        ),
        (
            "/organisations/cdi",
            vec!["href=\"/organisations/cdi/history.csv\""],
        ),
        (
            "/series/hrwg-consensus-2019-2020",
            vec!["href=\"/series/hrwg-consensus-2019-2020/consultations.xlsx\""],
        ),
        ("/people", vec!["href=\"/people.xlsx\""]),
        (
            "/admin/audit?entity=consultation",
            vec!["href=\"/admin/audit.csv?entity=consultation\""],
        ),
        (
            "/dashboard",
            vec!["href=\"/dashboard.xlsx\"", "href=\"/dashboard.csv\""],
        ),
        (
            "/states/VN",
            vec![
                "href=\"/consultations.xlsx?state=VN\"",
                "href=\"/findings.csv?state=VN\"",
            ],
        ),
    ] {
        admin.get(page).await.assert_contains(&links);
    }
    // Counts spelled right.
    let one = admin
        .get("/consultations?state=VN&stage=held&from=2019-12-18&to=2019-12-18")
        .await;
    one.assert_contains(&["(this consultation)"]);
    let list = admin.get("/consultations?state=VN").await;
    let total = list
        .body
        .split("<span id=\"consultation-total\">")
        .nth(1)
        .and_then(|t| t.split('<').next())
        .expect("a total")
        .to_owned();
    list.assert_contains(&[&format!("(these {total} consultations)")]);
}

#[tokio::test]
async fn recommendations_download_with_their_latest_update() {
    let app = TestApp::real_series().await;
    sqlx::raw_sql(
        "WITH f AS (
           INSERT INTO finding (consultation_id, kind, statement, visibility, recommendation_status)
           SELECT id, 'recommendation', 'Ratify the domestic workers convention', 'public', 'in_progress'
             FROM consultation WHERE slug = 'hanoi-2019-12-18' RETURNING id)
         INSERT INTO recommendation_update (finding_id, reported_on, body, status_to)
         SELECT id, d::date, b, 'in_progress' FROM f,
                (VALUES ('2020-03-01', 'A first draft is discussed'),
                        ('2021-06-30', 'The bill is before parliament')) AS v(d, b)",
    )
    .execute(&app.pool)
    .await
    .expect("a recommendation and its updates");
    let mut visitor = app.client();
    let csv = csv_rows(&download(&mut visitor, "/findings.csv?kind=recommendation").await);
    let at = |name: &str| csv[0].iter().position(|h| h == name).expect("a column");
    let row = csv
        .iter()
        .find(|r| r[2] == "Ratify the domestic workers convention")
        .expect("the recommendation");
    assert_eq!(row[at("latest update")], "2021-06-30");
    assert_eq!(
        row[at("latest update text")],
        "The bill is before parliament"
    );
    assert_eq!(row[at("status")], "In progress");
}
