//! Printable reports: the consultation report and the country brief, read back from the PDFs
//! with `pdftotext` as a reader would copy them out: the figures, names and provisions are
//! there, text in the scripts of the region comes out intact, no one is named under the
//! Chatham House rule, and staff-only records are absent for everyone else.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use tower::ServiceExt as _;

use crate::accounts_harness::{Client, Who};
use crate::harness::{TestApp, test_config};

const HANOI: &str = "/consultations/hanoi-2019-12-18";

/// Text in the scripts the reports must set correctly.
const VIETNAMESE: &str = "Người lao động di cư cần được bảo hiểm xã hội";
const THAI: &str = "แรงงานข้ามชาติต้องได้รับสัญญาจ้างเป็นลายลักษณ์อักษร";
const KHMER: &str = "ពលករចំណាកស្រុក";
const BURMESE: &str = "ရွှေ့ပြောင်းအလုပ်သမား";
const LAO: &str = "ແຮງງານເຄື່ອນຍ້າຍ";

/// A PDF as a client fetched it.
pub struct Pdf {
    pub status: StatusCode,
    pub content_type: String,
    pub bytes: Vec<u8>,
}

impl Pdf {
    /// Its text as `pdftotext` reads it, with runs of white space made one space (so that a
    /// line broken by the layout still reads as the sentence it is).
    pub fn text(&self) -> String {
        let path = std::env::temp_dir().join(format!("report-{}.pdf", uuid::Uuid::new_v4()));
        std::fs::write(&path, &self.bytes).expect("the PDF is written");
        let out = std::process::Command::new("pdftotext")
            .args(["-enc", "UTF-8"])
            .arg(&path)
            .arg("-")
            .output()
            .expect("pdftotext runs (apt-get install poppler-utils)");
        let _ = std::fs::remove_file(&path);
        assert!(
            out.status.success(),
            "pdftotext: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn assert_contains(&self, needles: &[&str]) -> String {
        assert_eq!(self.status, StatusCode::OK);
        assert_eq!(self.content_type, "application/pdf");
        let text = self.text();
        // Where a line breaks between words of a script without spaces (Thai), the text reads
        // a space there: the needle is found with white space left out on both sides.
        let compact: String = text.split_whitespace().collect();
        for needle in needles {
            let needle_compact: String = needle.split_whitespace().collect();
            assert!(
                text.contains(needle) || compact.contains(&needle_compact),
                "the PDF lacks {needle:?}; it reads:\n{text}"
            );
        }
        text
    }
}

/// GETs `path` as `client` (with its login), keeping the body's bytes.
pub async fn fetch(client: &Client<'_>, path: &str) -> Pdf {
    let mut request = Request::builder().uri(path);
    if let Some(cookie) = &client.cookie {
        request = request.header("cookie", cookie.as_str());
    }
    let response = client
        .app
        .router
        .clone()
        .oneshot(request.body(Body::empty()).expect("a request"))
        .await
        .expect("the router answers");
    let status = response.status();
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let bytes = axum::body::to_bytes(response.into_body(), 64 * 1024 * 1024)
        .await
        .expect("the body reads")
        .to_vec();
    Pdf {
        status,
        content_type,
        bytes,
    }
}

/// Adds findings to the Hanoi consultation: a challenge in three scripts on C4.2, a
/// recommendation to Viet Nam overdue since 2020 and one due in 2999, and a staff-only
/// challenge.
async fn add_findings(app: &TestApp) {
    sqlx::raw_sql(&format!(
        "DO $$
         DECLARE
           hanoi uuid := (SELECT id FROM consultation WHERE slug = 'hanoi-2019-12-18');
           c42 uuid := (SELECT id FROM commitment WHERE code = 'C4.2' LIMIT 1);
           f uuid;
         BEGIN
           INSERT INTO finding (consultation_id, kind, statement, visibility)
           VALUES (hanoi, 'challenge', '{VIETNAMESE}. {THAI}. {KHMER}. {BURMESE}. {LAO}.', 'public') RETURNING id INTO f;
           INSERT INTO finding_commitment VALUES (f, c42);
           INSERT INTO finding_state VALUES (f, 'VN');
           INSERT INTO finding (consultation_id, kind, statement, visibility, addressee_state_code,
                                recommendation_status, due_on)
           VALUES (hanoi, 'recommendation', 'Ratify the overdue convention on domestic workers',
                   'public', 'VN', 'open', DATE '2020-06-30') RETURNING id INTO f;
           INSERT INTO finding_commitment VALUES (f, c42);
           INSERT INTO finding_state VALUES (f, 'VN');
           INSERT INTO recommendation_update (finding_id, reported_on, body)
           VALUES (f, DATE '2021-03-01', 'A draft decree was discussed with the ministry');
           INSERT INTO finding (consultation_id, kind, statement, visibility, addressee_state_code,
                                recommendation_status, due_on)
           VALUES (hanoi, 'recommendation', 'Publish the upcoming review of recruitment fees',
                   'public', 'VN', 'in_progress', DATE '2999-01-01') RETURNING id INTO f;
           INSERT INTO finding_state VALUES (f, 'VN');
           INSERT INTO finding (consultation_id, kind, statement, visibility)
           VALUES (hanoi, 'challenge', 'Zqxstaff a finding for staff only', 'staff') RETURNING id INTO f;
           INSERT INTO finding_state VALUES (f, 'VN');
         END $$"
    ))
    .execute(&app.pool)
    .await
    .expect("the findings");
}

#[tokio::test]
async fn the_hanoi_report_has_its_facts_agenda_participants_findings_and_recommendations() {
    let app = TestApp::demo().await;
    add_findings(&app).await;
    let visitor = app.client();
    let pdf = fetch(&visitor, &format!("{HANOI}/report.pdf")).await;
    let text = pdf.assert_contains(&[
        "National consultation in Viet Nam",
        "Report of the consultation",
        "18 December 2019",
        "Hanoi",
        "Human Rights Working Group",
        "Organisers",
        "Funder",
        "Objectives",
        "A platform for dialogue among the government",
        "Agenda",
        "Opening remarks",
        "Hà Thị Minh Đức",
        "People by kind of stakeholder and by sex",
        "The head counts by sex are demo figures",
        "Government 1 6 5 0 11",
        "Kind of stakeholder",
        "Center for Development and Integration",
        "Mekong Migrant Network",
        "Findings",
        "Chapter 4. Specific Rights of Migrant Workers",
        "C4.2 Written employment contract",
        "Recommendations",
        "Ratify the overdue convention",
        "Viet Nam",
        "30 June 2020",
        "(overdue)",
        "Made on",
        "at visibility Public (public data only)",
        "Page 1 of",
    ]);
    // The agenda in its order.
    let opening = text.find("Opening remarks").expect("opening");
    let discussion = text
        .find("Discussion: roles of government")
        .expect("the last discussion");
    assert!(opening < discussion, "the agenda is out of order");
    // Bookmarks: the headings are the PDF's outline.
    assert!(
        pdf.bytes.windows(9).any(|w| w == b"/Outlines"),
        "the PDF has no outline"
    );

    // The page to print shows the same.
    let page = app.get(&format!("{HANOI}/report")).await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&[
        "National consultation in Viet Nam",
        "Hà Thị Minh Đức",
        "C4.2 Written employment contract",
        "Ratify the overdue convention on domestic workers",
        "Report (PDF)",
    ]);
    // The consultation page links to both.
    app.get(HANOI)
        .await
        .assert_contains(&["/consultations/hanoi-2019-12-18/report.pdf", "Report (PDF)"]);
}

#[tokio::test]
async fn text_in_the_scripts_of_the_region_comes_back_out_of_the_pdf_and_markup_prints_as_text() {
    let app = TestApp::demo().await;
    add_findings(&app).await;
    sqlx::query(
        "INSERT INTO finding (consultation_id, kind, statement, visibility)
         SELECT id, 'opportunity', 'Typed by a user: #panic() ] *not bold* $x$ <label> @ref', 'public'
           FROM consultation WHERE slug = 'hanoi-2019-12-18'",
    )
    .execute(&app.pool)
    .await
    .expect("the finding");
    let visitor = app.client();
    let pdf = fetch(&visitor, &format!("{HANOI}/report.pdf")).await;
    let text = pdf.assert_contains(&[
        VIETNAMESE,
        THAI,
        BURMESE,
        LAO,
        "Typed by a user: #panic() ] *not bold* $x$ <label> @ref",
    ]);
    // Khmer is shaped (its letters are there, in order), but a PDF reader that copies it out
    // repeats a letter where a vowel sign is placed above or below it: the PDF writer maps
    // both glyphs of such a cluster to the whole cluster (typst/typst#4225). Readers that
    // follow /ActualText (Acrobat, Chromium) copy it whole. The page to print has it intact.
    let mut rest = text.chars().skip_while(|c| *c != 'ព');
    for letter in KHMER.chars() {
        assert!(
            rest.any(|c| c == letter),
            "the Khmer letter {letter:?} is missing from the PDF's text: {text}"
        );
    }
    let page = app.get(&format!("{HANOI}/report")).await;
    page.assert_contains(&[VIETNAMESE, THAI, KHMER, BURMESE, LAO]);
    assert!(
        page.body
            .contains("Typed by a user: #panic() ] *not bold* $x$ &#60;label&#62; @ref"),
        "{}",
        page.body
    );
}

#[tokio::test]
async fn under_the_chatham_house_rule_the_report_names_no_author_and_no_speaker() {
    let app = TestApp::demo().await;
    let author = app.account(Who::PartnerA).await.expect("a partner");
    sqlx::raw_sql(&format!(
        "DO $$
         DECLARE
           hanoi uuid := (SELECT id FROM consultation WHERE slug = 'hanoi-2019-12-18');
           s uuid := (SELECT id FROM session WHERE consultation_id = hanoi ORDER BY position LIMIT 1);
           cdi uuid := (SELECT organisation_id FROM app_user WHERE id = '{id}');
           n uuid := gen_random_uuid();
         BEGIN
           UPDATE consultation SET chatham_house = true WHERE id = hanoi;
           INSERT INTO note (id, session_id, author_id, organisation_id, status, summary,
                             proposed_visibility, visibility, submitted_at, published_at,
                             search_text, proposed_attribution, attribution)
           VALUES (n, s, '{id}', cdi, 'published', 'Workers asked for contracts in their language',
                   'public', 'public', now(), now(), 'contracts', 'name_and_organisation',
                   'name_and_organisation');
           INSERT INTO note_statement (note_id, section, position, body)
           VALUES (n, 'challenge', 1, 'Contracts are signed in a language workers cannot read');
         END $$",
        id = author.id
    ))
    .execute(&app.pool)
    .await
    .expect("the note");
    let author_name: String = sqlx::query_scalar("SELECT display_name FROM app_user WHERE id = $1")
        .bind(author.id)
        .fetch_one(&app.pool)
        .await
        .expect("the author's name");

    for who in [Who::Anonymous, Who::PartnerB, Who::Staff] {
        let (client, _) = app.signed_in(who).await;
        let pdf = fetch(&client, &format!("{HANOI}/report.pdf")).await;
        let text = pdf.assert_contains(&[
            "Chatham House rule",
            "Workers asked for contracts in their language",
            "Contracts are signed in a language workers cannot read",
            "Note by a civil-society partner",
        ]);
        for name in [
            author_name.as_str(),
            "Center for Development and Integration, ",
            "Note by Center",
            // The speakers' line of the agenda (the session's description, written by staff,
            // is theirs to word).
            "Vice Chair, ACMW (opening remarks)",
        ] {
            assert!(
                !text.contains(name),
                "{who:?} reads {name:?} in a report under the rule"
            );
        }
        let page = client.app.get(&format!("{HANOI}/report")).await;
        assert!(!page.body.contains("Vice Chair, ACMW (opening remarks)"));
        assert!(!page.body.contains(&author_name));
    }
}

#[tokio::test]
async fn staff_only_records_are_absent_from_reports_for_everyone_but_staff() {
    let app = TestApp::demo().await;
    add_findings(&app).await;
    for who in [
        Who::Anonymous,
        Who::PartnerA,
        Who::PartnerB,
        Who::OfficialVn,
    ] {
        let (client, _) = app.signed_in(who).await;
        for path in [
            format!("{HANOI}/report.pdf"),
            "/states/VN/brief.pdf".to_owned(),
        ] {
            let text = fetch(&client, &path).await.assert_contains(&["Viet Nam"]);
            assert!(
                !text.contains("Zqxstaff"),
                "{who:?} reads a staff-only finding in {path}"
            );
        }
    }
    let (staff, _) = app.signed_in(Who::Staff).await;
    fetch(&staff, &format!("{HANOI}/report.pdf"))
        .await
        .assert_contains(&[
            "Zqxstaff a finding for staff only",
            "at visibility Staff only (all data, including staff-only records)",
        ]);
    // The brief counts it for staff only: one more challenge than for a visitor.
    let challenges = |text: &str| {
        text.split("All findings ")
            .nth(1)
            .and_then(|rest| rest.split(' ').next())
            .and_then(|n| n.parse::<i64>().ok())
            .expect("the count of challenges")
    };
    let staff_text = fetch(&staff, "/states/VN/brief.pdf").await.text();
    let visitor_text = fetch(&app.client(), "/states/VN/brief.pdf").await.text();
    assert_eq!(challenges(&staff_text), challenges(&visitor_text) + 1);
}

#[tokio::test]
async fn the_country_brief_lists_consultations_counts_findings_and_puts_overdue_recommendations_first()
 {
    let app = TestApp::demo().await;
    add_findings(&app).await;
    let visitor = app.client();
    let pdf = fetch(&visitor, "/states/VN/brief.pdf").await;
    let text = pdf.assert_contains(&[
        "Viet Nam: country brief",
        "Member of ASEAN since",
        "Consultations",
        "Held (",
        "National consultation in Viet Nam",
        "18 December 2019",
        "Planned (",
        "Findings by kind and chapter",
        "Chapter 4. Specific Rights of Migrant Workers",
        "Recommendations and their follow-up",
        "recommendations, of which",
        "Ratify the overdue convention",
        "1 March 2021: A draft",
        "decree was discussed",
        "Publish the upcoming review",
        "No update yet",
        "Self-assessments",
        "Divergences",
        "C3.2 Holding one",
        "Page 1 of",
    ]);
    let overdue = text.find("Ratify the overdue").expect("the overdue one");
    let upcoming = text.find("Publish the upcoming").expect("the upcoming one");
    assert!(overdue < upcoming, "the overdue recommendation comes first");
    assert!(pdf.bytes.windows(9).any(|w| w == b"/Outlines"));

    let page = app.get("/states/VN/brief").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&[
        "Viet Nam: country brief",
        "Ratify the overdue convention on domestic workers",
        "Brief (PDF)",
    ]);
    app.get("/states/VN")
        .await
        .assert_contains(&["/states/VN/brief.pdf", "Brief (PDF)"]);
    // Codes in any case; unknown ones are not found.
    assert_eq!(
        fetch(&visitor, "/states/vn/brief.pdf").await.status,
        StatusCode::OK
    );
    assert_eq!(
        app.get("/states/XX/brief.pdf").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(app.get("/states/V%00/brief").await.status.as_u16() / 100, 4);
    assert_eq!(
        app.get("/consultations/no-such-consultation/report.pdf")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn without_the_fonts_a_pdf_report_answers_503_naming_the_package_and_the_page_still_prints() {
    let empty = std::env::temp_dir().join(format!("no-fonts-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&empty).expect("an empty folder");
    let mut config = test_config();
    config.font_dirs = vec![empty.clone()];
    let app = TestApp::demo_with(config).await;
    let pdf = app.get(&format!("{HANOI}/report.pdf")).await;
    assert_eq!(pdf.status, StatusCode::SERVICE_UNAVAILABLE);
    pdf.assert_contains(&["fonts-noto-core", "Noto Sans"]);
    let brief = app.get("/states/VN/brief.pdf").await;
    assert_eq!(brief.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(
        app.get(&format!("{HANOI}/report")).await.status,
        StatusCode::OK
    );
    let _ = std::fs::remove_dir(&empty);
}

#[tokio::test]
async fn a_kept_brief_shows_new_findings_and_progress_updates_at_once() {
    let app = TestApp::demo().await;
    let first = app.get("/states/VN/brief").await;
    assert!(!first.body.contains("Ratify the overdue convention"));
    // A new finding moves the data version: the brief is read again.
    add_findings(&app).await;
    let second = app.get("/states/VN/brief").await;
    second.assert_contains(&[
        "Ratify the overdue convention on domestic workers",
        "1 March 2021: A draft decree was discussed with the ministry",
    ]);
    // A progress update alone does not: it is read for each brief.
    sqlx::query(
        "INSERT INTO recommendation_update (finding_id, reported_on, body)
         SELECT id, DATE '2026-11-30', 'The decree was adopted' FROM finding
          WHERE statement = 'Ratify the overdue convention on domestic workers'",
    )
    .execute(&app.pool)
    .await
    .expect("the update");
    app.get("/states/VN/brief")
        .await
        .assert_contains(&["30 November 2026: The decree was adopted"]);
}

/// How often the briefs' lists of consultations came from memory, and how often they were read,
/// as `/metrics` says (asked from the loopback address).
async fn brief_consultations_read(app: &TestApp) -> (u64, u64) {
    let mut local = app.client();
    local.address = Some("127.0.0.1:40000".parse().expect("an address"));
    let metrics = local.get("/metrics").await;
    assert_eq!(metrics.status, StatusCode::OK);
    let count = |family: &str| {
        let line = format!("musyawarah_cache_{family}_total{{cache=\"brief_consultations\"}} ");
        metrics
            .body
            .lines()
            .find_map(|l| l.strip_prefix(line.as_str()))
            .and_then(|n| n.trim().parse().ok())
            .unwrap_or_else(|| panic!("no {line} in the metrics: {}", metrics.body))
    };
    (count("hits"), count("misses"))
}

#[tokio::test]
async fn a_brief_reads_its_consultations_again_for_a_change_of_a_consultation_not_of_a_finding() {
    let app = TestApp::demo().await;
    let first = app.get("/states/VN/brief").await;
    first.assert_contains(&["National consultation in Viet Nam"]);
    assert_eq!(brief_consultations_read(&app).await, (0, 1));

    // New findings: the brief shows them, and its consultations come from memory.
    add_findings(&app).await;
    app.get("/states/VN/brief")
        .await
        .assert_contains(&["Ratify the overdue convention on domestic workers"]);
    assert_eq!(brief_consultations_read(&app).await, (1, 1));

    // A consultation renamed: read again, and shown at once.
    sqlx::query(
        "UPDATE consultation SET title = 'National consultation in Viet Nam, renamed'
          WHERE slug = 'hanoi-2019-12-18'",
    )
    .execute(&app.pool)
    .await
    .expect("the new title");
    app.get("/states/VN/brief")
        .await
        .assert_contains(&["National consultation in Viet Nam, renamed"]);
    assert_eq!(brief_consultations_read(&app).await, (1, 2));

    // Another reader (staff see more) has lists of their own.
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let staff_brief = staff.get("/states/VN/brief").await;
    staff_brief.assert_contains(&["National consultation in Viet Nam, renamed"]);
    assert_eq!(brief_consultations_read(&app).await, (1, 3));

    // A consultation made staff-only leaves the kept lists of everyone else at once.
    let closed_door = "Closed-door dialogue on recruitment fees";
    let (mut partner, _) = app.signed_in(Who::PartnerB).await;
    for body in [
        app.get("/states/VN/brief").await.body,
        partner.get("/states/VN/brief").await.body,
    ] {
        assert!(body.contains(closed_door), "public, it is listed");
    }
    sqlx::query(
        "UPDATE consultation SET visibility = 'staff' WHERE slug = 'demo-chatham-house-dialogue'",
    )
    .execute(&app.pool)
    .await
    .expect("made staff-only");
    for (who, body) in [
        ("a visitor", app.get("/states/VN/brief").await.body),
        (
            "another organisation's partner",
            partner.get("/states/VN/brief").await.body,
        ),
    ] {
        assert!(
            !body.contains(closed_door),
            "{who} no longer sees the staff-only consultation"
        );
    }
    staff
        .get("/states/VN/brief")
        .await
        .assert_contains(&[closed_door]);
}
