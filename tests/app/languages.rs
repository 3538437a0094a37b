//! The interface's languages: which one a page is written in (the account's choice, the
//! visitor's cookie, the browser's Accept-Language, English), the switch on every page, and
//! English for whatever a catalogue lacks.

use axum::http::{Method, StatusCode};

use crate::accounts_harness::Who;
use crate::harness::TestApp;

async fn page_in(
    client: &mut crate::accounts_harness::Client<'_>,
    path: &str,
    accept_language: &str,
) -> crate::harness::TestResponse {
    client
        .send_with(
            Method::GET,
            path,
            None,
            &[("accept-language", accept_language)],
        )
        .await
}

#[tokio::test]
async fn the_browser_s_languages_choose_the_page_s_language_until_the_switch_overrides_them() {
    let app = TestApp::demo().await;
    let mut visitor = app.client();

    let vietnamese = page_in(&mut visitor, "/", "vi-VN,vi;q=0.9").await;
    assert_eq!(vietnamese.status, StatusCode::OK);
    vietnamese.assert_contains(&[
        r#"<html lang="vi">"#,
        ">Tham vấn</a>",
        ">Bảng tổng hợp</a>",
        "Bạn chỉ đang xem dữ liệu công khai.",
    ]);
    assert_eq!(vietnamese.header("content-language"), "vi");
    assert!(vietnamese.header("vary").contains("Accept-Language"));
    assert_eq!(
        vietnamese
            .headers
            .get_all("vary")
            .iter()
            .filter(|v| v.to_str().is_ok_and(|v| v.contains("Accept-Language")))
            .count(),
        1,
        "the language's Vary is said once: {:?}",
        vietnamese.headers
    );

    // No Thai catalogue yet: English.
    let thai = page_in(&mut visitor, "/", "th-TH").await;
    thai.assert_contains(&[r#"<html lang="en">"#, ">Consultations</a>"]);
    // The legacy code of Indonesian.
    page_in(&mut visitor, "/", "in-ID").await.assert_contains(&[
        r#"<html lang="id">"#,
        ">Konsultasi</a>",
        ">Dasbor</a>",
    ]);

    // The switch, a plain link on every page, comes back to the page it was used on.
    thai.assert_contains(&[
        r#"<a href="/language/id?next=/" lang="id" hreflang="id">Bahasa Indonesia</a>"#,
    ]);
    let switched = visitor
        .get("/language/id?next=%2Fdashboard%3Fstate%3DVN")
        .await;
    assert_eq!(switched.status, StatusCode::SEE_OTHER);
    assert_eq!(switched.header("location"), "/dashboard?state=VN");
    let dashboard = page_in(&mut visitor, "/dashboard?state=VN", "vi-VN,vi;q=0.9").await;
    dashboard.assert_contains(&[
        r#"<html lang="id">"#,
        r#"<span aria-current="true" lang="id">Bahasa Indonesia</span>"#,
    ]);

    // Another site is never where the switch leads; a language there is no catalogue for is
    // not a page.
    for elsewhere in ["https%3A%2F%2Fevil.example%2F", "%2F%2Fevil.example"] {
        let answer = visitor.get(&format!("/language/vi?next={elsewhere}")).await;
        assert_eq!(answer.header("location"), "/", "{elsewhere}");
    }
    assert_eq!(
        visitor.get("/language/xx").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        visitor.get("/language/%3Cscript%3E").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_signed_in_user_s_choice_is_kept_in_their_account_for_their_next_sign_in() {
    let app = TestApp::demo().await;
    let (mut official, account) = app.signed_in(Who::OfficialVn).await;
    let account = account.expect("an official");
    official.get("/language/vi?next=/dashboard").await;
    let stored: Option<String> = sqlx::query_scalar("SELECT language FROM app_user WHERE id = $1")
        .bind(account.id)
        .fetch_one(&app.pool)
        .await
        .expect("the account");
    assert_eq!(stored.as_deref(), Some("vi"));

    // Another browser, which asks for English and has no cookie of the switch.
    let mut elsewhere = app.client();
    elsewhere.sign_in(&account).await;
    assert!(elsewhere.language.is_none());
    page_in(&mut elsewhere, "/dashboard", "en-GB,en;q=0.9")
        .await
        .assert_contains(&[r#"<html lang="vi">"#, "Đăng xuất"]);
}

#[tokio::test]
async fn a_language_added_as_a_file_shows_english_for_what_it_does_not_translate_yet() {
    let app = TestApp::demo().await;
    let mut visitor = app.client();
    let malay = page_in(&mut visitor, "/", "ms-MY").await;
    malay.assert_contains(&[
        r#"<html lang="ms">"#,
        ">Rundingan</a>",
        // Not in the Malay catalogue yet.
        ">Findings</a>",
    ]);
}

#[tokio::test]
async fn an_error_page_is_written_in_the_visitor_s_language() {
    let app = TestApp::demo().await;
    let mut visitor = app.client();
    let missing = page_in(&mut visitor, "/no-such-page", "vi").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    missing.assert_contains(&[r#"<html lang="vi">"#, ">Tham vấn</a>"]);
}

/// The labels of every shared enum: (catalogue id, English).
fn enum_labels() -> Vec<(&'static str, &'static str)> {
    use musyawarah::*;
    [
        web::notice::Message::LABELS,
        notes::Section::LABELS,
        notes::Attribution::LABELS,
        notes::NoteStatus::LABELS,
        search::queries::RecordKind::LABELS,
        assessments::AssessorKind::LABELS,
        assessments::AssessmentStatus::LABELS,
        assessments::RoundStatus::LABELS,
        assessments::Answer::LABELS,
        sessions::SessionKind::LABELS,
        findings::queries::Sort::LABELS,
        access::Role::LABELS,
        organisations::OrganisationKind::LABELS,
        domain::Visibility::LABELS,
        domain::consultation::ConsultationStatus::LABELS,
        domain::consultation::ParticipationRole::LABELS,
        domain::finding::FindingKind::LABELS,
        domain::finding::RecommendationStatus::LABELS,
        domain::language::TextLanguage::LABELS,
        domain::language::TranslationStatus::LABELS,
        frameworks::DutyBearer::LABELS,
        people::Sex::LABELS,
    ]
    .concat()
}

fn catalogue(code: &str) -> std::collections::HashSet<String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("i18n")
        .join(code)
        .join("musyawarah.ftl");
    musyawarah::i18n::message_ids(&std::fs::read_to_string(&path).expect("reads the catalogue"))
}

#[test]
fn the_shipped_catalogues_hold_every_message_and_every_label() {
    let english = catalogue("en");
    let labels = enum_labels();
    // Every enum of the shared shape is in the list above.
    let enums = walk_sources()
        .iter()
        .map(|text| {
            text.lines()
                .filter(|l| !l.trim_start().starts_with("//") && l.ends_with("enumerated! {"))
                .count()
        })
        .sum::<usize>();
    let listed: std::collections::HashSet<&str> = labels
        .iter()
        .map(|(id, _)| id.split_once('-').map_or(*id, |(ty, _)| ty))
        .collect();
    assert_eq!(listed.len(), enums, "an enum is missing from enum_labels()");

    // A message defined twice would make the whole catalogue fail to load.
    for code in ["en", "id", "vi", "ms"] {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("i18n")
            .join(code)
            .join("musyawarah.ftl");
        let text = std::fs::read_to_string(&path).expect("reads the catalogue");
        let ids: Vec<&str> = text
            .lines()
            .filter(|line| line.starts_with(|c: char| c.is_ascii_alphabetic()))
            .filter_map(|line| line.split_once('=').map(|(id, _)| id.trim()))
            .collect();
        let mut seen = std::collections::HashSet::new();
        let twice: Vec<&&str> = ids.iter().filter(|id| !seen.insert(**id)).collect();
        assert!(twice.is_empty(), "{code} defines {twice:?} more than once");
    }
    for code in ["id", "vi"] {
        let own = catalogue(code);
        let missing: Vec<&String> = english.iter().filter(|id| !own.contains(*id)).collect();
        assert!(missing.is_empty(), "{code} lacks {missing:?}");
        let labels_missing: Vec<&str> = labels
            .iter()
            .map(|(id, _)| *id)
            .filter(|id| !own.contains(*id))
            .collect();
        assert!(
            labels_missing.is_empty(),
            "{code} lacks the labels {labels_missing:?}"
        );
        let stale: Vec<&String> = own
            .iter()
            .filter(|id| !english.contains(*id) && !labels.iter().any(|(l, _)| l == *id))
            .collect();
        assert!(
            stale.is_empty(),
            "{code} has messages nothing uses: {stale:?}"
        );
    }
}

/// The text of every Rust source file.
fn walk_sources() -> Vec<String> {
    fn walk(dir: &std::path::Path, into: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).expect("reads src/").flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, into);
            } else if path.extension().is_some_and(|e| e == "rs") {
                into.push(std::fs::read_to_string(&path).unwrap_or_default());
            }
        }
    }
    let mut all = Vec::new();
    walk(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut all,
    );
    all
}

#[tokio::test]
async fn labels_notices_and_dates_follow_the_page_s_language() {
    let app = TestApp::demo().await;
    let mut visitor = app.client();
    let hanoi = page_in(&mut visitor, "/consultations/hanoi-2019-12-18", "vi").await;
    assert_eq!(hanoi.status, StatusCode::OK);
    hanoi.assert_contains(&["18 tháng 12 năm 2019"]);
    let english = page_in(&mut visitor, "/consultations/hanoi-2019-12-18", "en").await;
    english.assert_contains(&["18 December 2019"]);
    assert!(
        !english.body.contains("tháng 12"),
        "each language is kept apart"
    );
    let indonesian = page_in(&mut visitor, "/consultations/hanoi-2019-12-18", "id").await;
    indonesian.assert_contains(&["18 Desember 2019"]);
}

#[tokio::test]
async fn a_partner_writes_a_note_in_vietnamese_with_the_interface_in_vietnamese() {
    use crate::browser::Browser;
    use crate::browser_journeys::{click, fill, sign_in_as};

    let app = TestApp::demo().await;
    let partner = app.account(Who::PartnerA).await.expect("a partner of CDI");
    let base = app.serve().await;
    let browser = Browser::start().await;
    sign_in_as(&browser, &app, &base, &partner).await;
    // The switch is a plain link at the foot of every page.
    click(&browser, "nav.language-switch a[lang=vi]").await;
    browser
        .wait_for_text(
            "h1",
            "Các cuộc tham vấn về quyền của người lao động di cư trong ASEAN",
        )
        .await;
    browser
        .goto(&format!("{base}/consultations/hanoi-2019-12-18"))
        .await;
    browser
        .wait_for_text("#agenda-heading", "Chương trình nghị sự")
        .await;
    click(&browser, ".agenda > li:first-child a[href$='/notes/new']").await;
    browser.wait_for_text("h1", "Viết ghi chép").await;
    browser.assert_accessible().await;
    fill(&browser, "#summary", "Demo: Tóm tắt phiên khai mạc").await;
    fill(
        &browser,
        "#s0_body",
        "Demo: Người lao động phải trả phí tuyển dụng cao.",
    )
    .await;
    click(&browser, "button[name=action][value=submit]").await;
    browser.wait_for_text("h1", "Kiểm tra trước khi gửi").await;
    browser.assert_accessible().await;
    click(&browser, "form[action$='/submit'] button").await;
    browser
        .wait_for_text(".lead .badge", "Đã gửi, chờ xem xét")
        .await;
    browser
        .wait_for_text(".notification-banner-text", "Đã gửi ghi chép để xem xét")
        .await;
    let lang = browser.run("return document.documentElement.lang").await;
    assert_eq!(lang, "vi");
    let text = browser.text("main").await;
    assert!(
        text.contains("Người lao động phải trả phí tuyển dụng cao."),
        "{text}"
    );
    assert!(text.contains("Các thách thức được nêu"), "{text}");
    browser.assert_accessible().await;
    browser.close().await;
}

#[tokio::test]
async fn an_official_reads_the_dashboard_in_indonesian() {
    use crate::browser::Browser;
    use crate::browser_journeys::{click, sign_in_as};

    let app = TestApp::demo().await;
    let official = app.account(Who::OfficialVn).await.expect("an official");
    let base = app.serve().await;
    let browser = Browser::start().await;
    sign_in_as(&browser, &app, &base, &official).await;
    browser.goto(&format!("{base}/dashboard")).await;
    click(&browser, "nav.language-switch a[lang=id]").await;
    browser
        .wait_for_text("h1", "Dasbor kemajuan regional")
        .await;
    browser
        .wait_for_text("#overview-heading", "Posisi setiap Negara Anggota")
        .await;
    let lang = browser.run("return document.documentElement.lang").await;
    assert_eq!(lang, "id");
    let text = browser.text("main").await;
    assert!(
        text.contains("Anda melihat data publik dan data untuk anggota."),
        "{text}"
    );
    assert!(!text.contains("Where each Member State stands"), "{text}");
    let chart = browser
        .run("return document.querySelector('#timeline-chart title, svg title').textContent")
        .await;
    assert!(
        chart
            .as_str()
            .is_some_and(|t| !t.contains("Consultations by year")),
        "{chart}"
    );
    browser.assert_accessible().await;
    // The detailed tables' headings too, on the page the overview links to, in Indonesian.
    click(
        &browser,
        "#dashboard-pages a[href='/dashboard/participation']",
    )
    .await;
    browser
        .wait_for_text("h1", "Konsultasi dan keikutsertaan")
        .await;
    let text = browser.text("main").await;
    assert!(text.contains("Badan-badan ASEAN"), "{text}");
    assert!(!text.contains("ASEAN bodies"), "{text}");
    browser.assert_accessible().await;
    browser.close().await;
}

/// The templates whose every word already comes from the catalogues; a template joins this list
/// once it is translated, and the test below keeps it so.
const TRANSLATED: &[&str] = &[
    "base.html",
    "confirm.html",
    "macros.html",
    "home.html",
    "errors/error.html",
    "auth/sign_in.html",
    "assessments/compare.html",
    "assessments/list.html",
    "assessments/show.html",
    "api/index.html",
    "auth/account.html",
    "auth/enrol.html",
    "auth/recovery_codes.html",
    "auth/resume.html",
    "auth/invitation.html",
    "auth/password.html",
    "auth/two_factor.html",
    "consultations/list.html",
    "consultations/show.html",
    "country/show.html",
    "dashboard/content.html",
    "dashboard/intro.html",
    "dashboard/filters.html",
    "dashboard/detail_top.html",
    "dashboard/participation.html",
    "dashboard/findings.html",
    "dashboard/assessments.html",
    "dashboard/timeline.html",
    "dashboard/themes.html",
    "dashboard/chapters.html",
    "findings/show.html",
    "frameworks/commitment.html",
    "frameworks/framework.html",
    "frameworks/frameworks.html",
    "findings/tracker.html",
    "help/hints.html",
    "help/show.html",
    "notes/form.html",
    "notes/history.html",
    "notes/show.html",
    "notes/confirm.html",
    "notes/list.html",
    "organisations/directory.html",
    "organisations/organisation.html",
    "reports/brief.html",
    "reports/consultation.html",
    "reports/macros.html",
    "search/show.html",
    "series/show.html",
    "translations/form.html",
    "admin/audit.html",
    "admin/invited.html",
    "admin/user_form.html",
    "admin/users.html",
    "assessments/regional.html",
    "auth/api_token.html",
    "benchmark/reference.html",
    "consultations/form.html",
    "consultations/participation_form.html",
    "dashboard/show.html",
    "findings/form.html",
    "frameworks/form.html",
    "organisations/form.html",
    "participant_lists/problems.html",
    "participant_lists/status.html",
    "participant_lists/upload.html",
    "people/form.html",
    "people/list.html",
    "people/show.html",
    "series/form.html",
    "sessions/form.html",
];

/// The words a template writes itself, outside its expressions, tags and comments, and in the
/// attributes that people read (labels, titles, alternative text, placeholders). Code (in
/// `<code>`: addresses, commands, JSON) is not words to translate.
fn literal_words(template: &str) -> Vec<String> {
    let mut text = String::new();
    let mut rest = template;
    // Expressions, statements and comments go first.
    while let Some(at) = rest.find(['{']) {
        text.push_str(&rest[..at]);
        let close = match rest[at..].get(..2) {
            Some("{{") => "}}",
            Some("{%") => "%}",
            Some("{#") => "#}",
            _ => {
                text.push('{');
                rest = &rest[at + 1..];
                continue;
            }
        };
        match rest[at + 2..].find(close) {
            Some(end) => {
                text.push(' ');
                rest = &rest[at + 2 + end + 2..];
            }
            None => break,
        }
    }
    text.push_str(rest);
    let mut words = Vec::new();
    let mut in_tag = false;
    let mut in_code = 0usize;
    let mut visible = String::new();
    let mut tag = String::new();
    for c in text.chars() {
        match (in_tag, c) {
            (false, '<') => {
                in_tag = true;
                tag.clear();
            }
            (true, '>') => {
                in_tag = false;
                if tag == "code" || tag.starts_with("code ") {
                    in_code += 1;
                } else if tag == "/code" {
                    in_code = in_code.saturating_sub(1);
                }
                for attribute in [
                    "aria-label=\"",
                    "title=\"",
                    "alt=\"",
                    "placeholder=\"",
                    "data-label=\"",
                ] {
                    for part in tag.split(attribute).skip(1) {
                        visible.push(' ');
                        visible.push_str(part.split('"').next().unwrap_or_default());
                    }
                }
                visible.push(' ');
            }
            (true, c) => tag.push(c),
            (false, _) if in_code > 0 => {}
            (false, c) => visible.push(c),
        }
    }
    for word in visible.split_whitespace() {
        let letters = word.trim_matches(|c: char| !c.is_alphabetic());
        // Entities (&amp;, &nbsp;) and the brand are not words to translate.
        if letters.chars().count() > 1 && !word.starts_with('&') && letters != "Musyawarah" {
            words.push(word.to_owned());
        }
    }
    words
}

#[test]
fn translated_templates_write_no_word_of_their_own() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
    let mut found = Vec::new();
    for name in TRANSLATED {
        let text = std::fs::read_to_string(root.join(name)).expect("reads the template");
        let words = literal_words(&text);
        if !words.is_empty() {
            found.push(format!("{name}: {}", words.join(" ")));
        }
    }
    assert!(
        found.is_empty(),
        "words outside the catalogue:\n{}",
        found.join("\n")
    );
    // The check finds what it looks for.
    assert_eq!(
        literal_words(r#"<p title="Hello there">{{ t!("x") }} Sign in</p>"#),
        ["Hello", "there", "Sign", "in"]
    );
    assert_eq!(
        literal_words("<pre><code>curl /api/v1/findings</code></pre> Examples"),
        ["Examples"]
    );
}

#[tokio::test]
async fn a_form_says_what_to_fix_in_the_page_s_language() {
    let app = TestApp::demo().await;
    let (mut partner, _) = app.signed_in(Who::PartnerA).await;
    partner.get("/language/vi?next=/").await;
    let session: uuid::Uuid = sqlx::query_scalar(
        "SELECT se.id FROM session se JOIN consultation c ON c.id = se.consultation_id
          WHERE c.slug = 'hanoi-2019-12-18' ORDER BY se.position LIMIT 1",
    )
    .fetch_one(&app.pool)
    .await
    .expect("a session in Hanoi");
    let form = partner.get(&format!("/sessions/{session}/notes/new")).await;
    form.assert_contains(&["Viết ghi chép", "Lưu bản nháp"]);
    let refused = partner
        .post(
            &format!("/sessions/{session}/notes"),
            &format!(
                "token={}&summary=Demo%3A+t%C3%B3m+t%E1%BA%AFt&proposed_visibility=nonsense&action=save",
                crate::harness::hidden(&form.body, "token")
            ),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_contains(&[
        "Có 1 điểm cần sửa",
        "Hãy chọn những ai bạn đề xuất được đọc.",
        "Demo: tóm tắt",
    ]);
    assert!(!refused.body.contains("Choose who you propose may read it."));
}

#[tokio::test]
async fn answers_kept_in_memory_are_kept_per_language() {
    let app = TestApp::demo().await;
    let mut visitor = app.client();
    // The same search, first in Vietnamese (kept), then in English: no Vietnamese word comes
    // back from the kept results (their facets name the kinds of record).
    let vi = page_in(&mut visitor, "/search?q=migrant", "vi").await;
    let facets = vi.body.split("class=\"facets\"").nth(1).unwrap_or_default();
    assert!(facets.contains("Phát hiện"), "{}", vi.body);
    let en = page_in(&mut visitor, "/search?q=migrant", "en").await;
    let facets = en.body.split("class=\"facets\"").nth(1).unwrap_or_default();
    assert!(!facets.contains("Phát hiện"), "{}", en.body);
    assert!(facets.contains(">Findings</a>"), "{}", en.body);
    // The same for a consultation's page and the dashboard.
    for path in ["/consultations/hanoi-2019-12-18", "/dashboard"] {
        page_in(&mut visitor, path, "vi").await;
        let en = page_in(&mut visitor, path, "en").await;
        assert!(
            !en.body.contains("tháng") && !en.body.contains("Tham vấn"),
            "{path}"
        );
    }
}

#[tokio::test]
async fn a_staff_form_refused_in_vietnamese_says_why_in_vietnamese_and_keeps_what_was_typed() {
    let app = TestApp::demo().await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    staff.get("/language/vi?next=/").await;
    let form = staff.get("/organisations/new").await;
    form.assert_contains(&["Tổ chức mới", "Tên viết tắt", "Tên khác"]);
    let refused = staff
        .post(
            "/organisations",
            &format!(
                "token={}&name=&acronym=Demo-HN&kind=civil_society&member_state=VN&website=ftp%3A%2F%2Fdemo.example&description=M%C3%B4+t%E1%BA%A3+demo&aliases=",
                crate::harness::hidden(&form.body, "token")
            ),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_contains(&[
        "Có 2 điểm cần sửa",
        "Vui lòng nhập tên của tổ chức.",
        "Vui lòng nhập địa chỉ web bắt đầu bằng https://.",
        r#"value="Demo-HN""#,
        "Mô tả demo",
    ]);
    assert!(!refused.body.contains("Enter the organisation's name."));
}

#[tokio::test]
async fn an_indonesian_administrator_reads_the_audit_log_and_the_people_in_indonesian() {
    let app = TestApp::demo().await;
    let (mut admin, _) = app.signed_in(Who::Admin).await;
    admin.get("/language/id?next=/").await;
    let audit = admin.get("/admin/audit").await;
    assert_eq!(audit.status, StatusCode::OK);
    audit.assert_contains(&[
        r#"<html lang="id">"#,
        "<h1>Log audit</h1>",
        "Siapa saja",
        "Apa yang terjadi, terbaru lebih dahulu",
        " masuk</span>",
    ]);
    assert!(!audit.body.contains("signed in</span>"), "{}", audit.body);

    let (mut staff, _) = app.signed_in(Who::Staff).await;
    staff.get("/language/id?next=/").await;
    let people = staff.get("/people").await;
    assert_eq!(people.status, StatusCode::OK);
    people.assert_contains(&[
        "Data pribadi: hanya dapat dilihat oleh staf HRWG.",
        "Tambahkan orang",
        "Jabatan saat ini",
        "Berbicara di",
    ]);
    assert!(!people.body.contains("Current positions"));
}

/// The typst templates of the PDFs: (name, text).
fn typst_templates() -> Vec<(String, String)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates/reports");
    let mut all: Vec<(String, String)> = std::fs::read_dir(&root)
        .expect("reads templates/reports")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "typ"))
        .map(|p| {
            let name = p
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            (
                name,
                std::fs::read_to_string(&p).expect("reads a typst template"),
            )
        })
        .collect();
    all.sort();
    all
}

/// The words a typst template writes itself: in its string literals and in markup (a content
/// block `[...]` that starts with a letter), its comments left out. Font names, the brand,
/// the data file and typst's own values are not words to translate.
fn typst_words(template: &str) -> Vec<String> {
    const NOT_WORDS: &[&str] = &[
        "Noto",
        "Sans",
        "Thai",
        "Khmer",
        "Myanmar",
        "Lao",
        "Symbols",
        "Musyawarah",
        "data",
        "json",
        "ascender",
        "descender",
    ];
    let mut words = Vec::new();
    for line in template.lines() {
        let code = line.split("//").next().unwrap_or_default();
        // String literals: every other piece between quotes.
        for literal in code.split('"').skip(1).step_by(2) {
            words.extend(
                literal
                    .split(|c: char| !c.is_alphabetic())
                    .filter(|w| w.chars().count() > 1 && !NOT_WORDS.contains(w))
                    .map(str::to_owned),
            );
        }
        // Markup: "[" then a letter, outside the literals.
        let outside: String = code.split('"').step_by(2).collect::<Vec<_>>().join(" ");
        for block in outside.split('[').skip(1) {
            let text = block.trim_start();
            if text.starts_with(char::is_alphabetic) {
                words.push(text.split(']').next().unwrap_or_default().to_owned());
            }
        }
    }
    words
}

#[test]
fn the_pdfs_typst_templates_write_no_word_of_their_own() {
    let mut found = Vec::new();
    for (name, text) in typst_templates() {
        let words = typst_words(&text);
        if !words.is_empty() {
            found.push(format!("{name}: {}", words.join(" | ")));
        }
    }
    assert!(
        found.is_empty(),
        "words outside the catalogue:\n{}",
        found.join("\n")
    );
    // The check finds what it looks for.
    assert_eq!(
        typst_words("#par(\"Held\" + l.held) // a comment\n#if x [No agenda yet.]"),
        ["Held", "No agenda yet."]
    );
    // And the typst templates set the page's language, not English.
    let common = typst_templates()
        .into_iter()
        .find(|(name, _)| name == "common.typ")
        .map(|(_, text)| text)
        .unwrap_or_default();
    assert!(common.contains("lang: data.lang"), "{common}");
}

#[test]
fn every_member_state_is_named_in_each_shipped_language() {
    for code in ["en", "id", "vi"] {
        let own = catalogue(code);
        for state in musyawarah::member_states::CODES {
            for id in [format!("state-{state}"), format!("state-formal-{state}")] {
                assert!(own.contains(&id), "{code} lacks {id}");
            }
        }
    }
}

#[tokio::test]
async fn the_country_brief_pdf_is_set_in_vietnamese() {
    let app = TestApp::demo().await;
    let mut visitor = app.client();
    let answer = page_in(&mut visitor, "/states/VN/brief.pdf", "vi").await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
    let pdf = crate::reports::Pdf {
        status: answer.status,
        content_type: answer.header("content-type").to_owned(),
        bytes: answer.bytes.clone(),
    };
    let text = pdf.text();
    for words in [
        "Việt Nam: bản tóm tắt quốc gia",
        "Cộng hòa Xã hội Chủ nghĩa Việt Nam",
        "Tư cách thành viên",
        "Các cuộc tham vấn",
        "Phát hiện theo loại và theo chương",
        "Các khuyến nghị và việc theo dõi thực hiện",
        "Tự đánh giá",
        "Lập ngày",
        "Trang 1/",
    ] {
        assert!(
            text.contains(words),
            "the PDF lacks {words:?}; it reads:\n{text}"
        );
    }
    for english in [
        "country brief",
        "Viet Nam:",
        "Findings by kind and chapter",
        "Recommendations and their follow-up",
        "Made on",
        "Page 1 of",
    ] {
        assert!(!text.contains(english), "the PDF has {english:?}:\n{text}");
    }
    // The English brief is still English (briefs are kept per language).
    let english = page_in(&mut visitor, "/states/VN/brief", "en").await;
    english.assert_contains(&["Viet Nam: country brief", "Findings by kind and chapter"]);
    let indonesian = page_in(&mut visitor, "/states/VN/brief", "id").await;
    indonesian.assert_contains(&["Vietnam: ringkasan negara", "Republik Sosialis Vietnam"]);
    assert!(!indonesian.body.contains("country brief"));
}

#[tokio::test]
async fn a_consultation_s_report_is_written_in_indonesian() {
    let app = TestApp::demo().await;
    let mut visitor = app.client();
    let report = page_in(&mut visitor, "/consultations/hanoi-2019-12-18/report", "id").await;
    assert_eq!(report.status, StatusCode::OK);
    report.assert_contains(&[
        r#"<html lang="id">"#,
        "Laporan konsultasi",
        "Catatan dari sesi-sesi",
        "Dibuat pada",
        "Vietnam",
    ]);
    for english in [
        "Report of the consultation",
        "Notes from the sessions",
        "Made on",
    ] {
        assert!(!report.body.contains(english), "{english}");
    }
}

#[tokio::test]
async fn the_findings_csv_is_headed_in_the_interface_s_language() {
    let app = TestApp::demo().await;
    let mut visitor = app.client();
    visitor.get("/language/id?next=/").await;
    let csv = visitor.get("/findings.csv").await;
    assert_eq!(csv.status, StatusCode::OK);
    let rows = crate::exports::csv_rows(&csv);
    let header = rows.first().cloned().unwrap_or_default();
    for heading in [
        "jenis",
        "pernyataan",
        "konsultasi",
        "negara anggota",
        "tenggat",
    ] {
        assert!(header.iter().any(|h| h == heading), "{header:?}");
    }
    assert!(!header.iter().any(|h| h == "statement"), "{header:?}");
    // The file's name stays English.
    assert!(csv.header("content-disposition").contains("findings-"));

    // The whole-consultation export: its README in Indonesian, its JSON keyed in English.
    let zip = visitor
        .get("/consultations/hanoi-2019-12-18/export.zip")
        .await;
    assert_eq!(zip.status, StatusCode::OK);
    let entries = crate::exports::unpack(&zip.bytes);
    let readme = entries.get("README.txt").cloned().unwrap_or_default();
    assert!(readme.contains("Diekspor pada"), "{readme}");
    assert!(readme.contains("berkas ini"), "{readme}");
    let json: serde_json::Value = serde_json::from_str(
        entries
            .get("consultation.json")
            .map_or("{}", String::as_str),
    )
    .expect("the JSON document");
    assert!(json["consultation"][0].get("title").is_some(), "{json}");
    assert!(json["consultation"][0].get("judul").is_none(), "{json}");
    let agenda = entries.get("agenda.csv").cloned().unwrap_or_default();
    assert!(agenda.contains("judul"), "{agenda}");
}

#[tokio::test]
async fn the_dashboard_names_the_member_states_in_vietnamese() {
    let app = TestApp::demo().await;
    let mut visitor = app.client();
    let dashboard = page_in(&mut visitor, "/dashboard", "vi").await;
    assert_eq!(dashboard.status, StatusCode::OK);
    dashboard.assert_contains(&["Thái Lan", "Việt Nam", "Phi-líp-pin", "Xinh-ga-po"]);
    assert!(!dashboard.body.contains(">Thailand<"), "{}", dashboard.body);
    // The kept dashboard does not give the Vietnamese names to the next English reader.
    let english = page_in(&mut visitor, "/dashboard", "en").await;
    english.assert_contains(&[">Thailand<"]);
    assert!(!english.body.contains("Thái Lan"));
    // A consultation's page and the list of consultations too.
    let hanoi = page_in(&mut visitor, "/consultations/hanoi-2019-12-18", "vi").await;
    hanoi.assert_contains(&["Việt Nam"]);
    let list = page_in(&mut visitor, "/consultations?state=TH", "vi").await;
    list.assert_contains(&["về Thái Lan"]);
    let country = page_in(&mut visitor, "/states/TH", "id").await;
    country.assert_contains(&["<h1>Thailand</h1>", "Kerajaan Thailand"]);
    let country = page_in(&mut visitor, "/states/PH", "id").await;
    country.assert_contains(&["<h1>Filipina</h1>", "Republik Filipina"]);
}

#[tokio::test]
async fn the_api_s_page_is_written_in_indonesian_and_its_json_stays_english() {
    let app = TestApp::demo().await;
    let mut visitor = app.client();
    let page = page_in(&mut visitor, "/api", "id").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&[
        r#"<html lang="id">"#,
        "Apa yang dapat Anda baca",
        "Membaca sebagai diri Anda sendiri: token",
        "/api/v1/openapi.json",
    ]);
    for english in [
        "What you can read",
        "Reading as yourself",
        "A sample answer",
    ] {
        assert!(!page.body.contains(english), "{english}");
    }
    let json = page_in(&mut visitor, "/api/v1/dashboard", "id").await;
    assert_eq!(json.status, StatusCode::OK);
    assert!(json.body.contains("\"states\""), "{}", json.body);
    assert!(json.body.contains("\"Viet Nam\""), "{}", json.body);
}

/// A dashboard filter that cannot be a series or a theme is explained in the reader's language,
/// as one that names none is.
#[tokio::test]
async fn a_malformed_dashboard_filter_is_explained_in_the_readers_language() {
    let app = TestApp::demo().await;
    let mut visitor = app.client();
    for (query, message) in [
        ("theme=a%20b", "Không có chủ đề này."),
        ("theme=no-such-theme", "Không có chủ đề này."),
        ("series=Not%20A%20Slug", "Không có chuỗi hoạt động này."),
    ] {
        let page = page_in(&mut visitor, &format!("/dashboard?{query}"), "vi").await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST, "{query}");
        page.assert_contains(&[message]);
    }
}

/// A date or a null character a list's filter cannot take is explained in the reader's language,
/// on every list that takes a period.
#[tokio::test]
async fn a_bad_date_or_null_in_a_filter_is_explained_in_the_readers_language() {
    let app = TestApp::demo().await;
    let mut visitor = app.client();
    for (path, message) in [
        (
            "/dashboard?from=2019-13-01",
            "Ngày bắt đầu phải được viết như 2019-12-18.",
        ),
        (
            "/findings?to=18/12/2019",
            "Ngày kết thúc phải được viết như 2019-12-18.",
        ),
        (
            "/consultations?from=1800-01-01",
            "Ngày bắt đầu phải nằm trong khoảng năm 1900 đến 2100",
        ),
        ("/dashboard?theme=a%00b", "Một giá trị chứa ký tự U+0000"),
    ] {
        let page = page_in(&mut visitor, path, "vi").await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST, "{path}");
        page.assert_contains(&[r#"<html lang="vi">"#, message]);
    }
    let english = app.get("/dashboard?from=1800-01-01").await;
    assert_eq!(english.status, StatusCode::BAD_REQUEST);
    english.assert_contains(&["The from date must be between 1900 and 2100, like 2019-12-18."]);
}
