//! The language records are written in, and their translations: a note takes its writer's
//! language and is marked with it; staff translate a finding and a published note, a second
//! person reviews, readers in that language read the translation marked as one with the
//! original a link away, search finds the record by its translation, the audit log keeps each
//! step, and bad or stale forms are refused without losing what is stored.

use axum::http::StatusCode;

use crate::accounts_harness::{Who, urlencode};
use crate::harness::{TestApp, hidden};

/// A public finding of the Hanoi consultation written in English, with its id.
async fn english_finding(app: &TestApp) -> uuid::Uuid {
    sqlx::query_scalar(
        "WITH f AS (
           INSERT INTO finding (consultation_id, kind, statement, visibility)
           SELECT id, 'challenge', 'Domestic workers lack written contracts (demo)', 'public'
             FROM consultation WHERE slug = 'hanoi-2019-12-18' RETURNING id),
         c AS (INSERT INTO finding_commitment (finding_id, commitment_id)
               SELECT f.id, (SELECT id FROM commitment WHERE code = 'C4.5') FROM f)
         SELECT id FROM f",
    )
    .fetch_one(&app.pool)
    .await
    .expect("the finding is written")
}

const VI_STATEMENT: &str = "Lao động giúp việc gia đình thiếu hợp đồng bằng văn bản (demo)";

#[tokio::test]
async fn a_note_is_written_in_its_writer_s_language_and_marked_with_it() {
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
    // The interface's language is chosen, and every language is offered by its own name too.
    form.assert_contains(&[
        "Viết bằng",
        r#"<option value="vi" selected>Tiếng Việt</option>"#,
        "Tiếng Thái (ไทย)",
    ]);
    let saved = partner
        .post(
            &format!("/sessions/{session}/notes"),
            &format!(
                "token={}&language=vi&summary={}&proposed_visibility=members&action=save",
                hidden(&form.body, "token"),
                urlencode("Người lao động cần được bảo vệ (demo)")
            ),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let (id, language): (uuid::Uuid, String) = sqlx::query_as(
        "SELECT id, language::text FROM note WHERE summary = 'Người lao động cần được bảo vệ (demo)'",
    )
    .fetch_one(&app.pool)
    .await
    .expect("the note is stored");
    assert_eq!(language, "vi");
    let page = partner.get(&format!("/notes/{id}")).await;
    page.assert_contains(&[
        r#"<p class="prewrap" lang="vi">Người lao động cần được bảo vệ (demo)</p>"#,
    ]);

    // An unknown language is refused with a message, and what was typed stays.
    let edit = partner.get(&format!("/notes/{id}/edit")).await;
    let refused = partner
        .post(
            &format!("/notes/{id}"),
            &format!(
                "version={}&language=klingon&summary={}&proposed_visibility=members&action=save",
                hidden(&edit.body, "version"),
                urlencode("Bản sửa (demo)")
            ),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_contains(&["Vui lòng chọn ngôn ngữ trong danh sách.", "Bản sửa (demo)"]);
    let stored: String = sqlx::query_scalar("SELECT summary FROM note WHERE id = $1")
        .bind(id)
        .fetch_one(&app.pool)
        .await
        .expect("the note");
    assert_eq!(stored, "Người lao động cần được bảo vệ (demo)");
}

#[tokio::test]
async fn staff_translate_a_finding_a_second_person_reviews_it_and_readers_see_it_marked() {
    let app = TestApp::demo().await;
    let id = english_finding(&app).await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let page = staff.get(&format!("/findings/{id}")).await;
    page.assert_contains(&[
        "Translations",
        "Written in English.",
        &format!(r#"<a href="/findings/{id}/translations/vi">Vietnamese</a>"#),
    ]);
    // Not into its own language, nor into one there is not.
    assert_eq!(
        staff
            .get(&format!("/findings/{id}/translations/en"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        staff
            .get(&format!("/findings/{id}/translations/xx"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let form = staff.get(&format!("/findings/{id}/translations/vi")).await;
    form.assert_contains(&[
        "Translation into Vietnamese",
        r#"lang="en">Domestic workers lack written contracts (demo)</blockquote>"#,
    ]);
    let empty = staff
        .post(
            &format!("/findings/{id}/translations/vi"),
            "version=0&status=machine&statement=+",
        )
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    empty.assert_contains(&["Write the translation."]);
    let saved = staff
        .post(
            &format!("/findings/{id}/translations/vi"),
            &format!(
                "version=0&status=machine&statement={}",
                urlencode(VI_STATEMENT)
            ),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    // A second form opened before that save no longer creates one: a conflict, text kept.
    let late = staff
        .post(
            &format!("/findings/{id}/translations/vi"),
            "version=0&status=human&statement=B%E1%BA%A3n+kh%C3%A1c+(demo)",
        )
        .await;
    assert_eq!(late.status, StatusCode::CONFLICT);
    late.assert_contains(&["Someone saved this translation", "Bản khác (demo)"]);

    // A visitor reading in Vietnamese reads the translation, marked, with the way back.
    let mut visitor = app.client();
    visitor.get("/language/vi?next=/").await;
    let read = visitor.get(&format!("/findings/{id}")).await;
    read.assert_contains(&[
        &format!(r#"lang="vi">{VI_STATEMENT}</p>"#),
        "Bản dịch máy từ Tiếng Anh.",
        r#"<a href="?original">Xem bản gốc</a>"#,
    ]);
    let original = visitor.get(&format!("/findings/{id}?original")).await;
    original.assert_contains(&[
        r#"lang="en">Domestic workers lack written contracts (demo)</p>"#,
        "Đọc bằng Tiếng Việt (Bản dịch máy)",
    ]);
    assert!(!original.body.contains(VI_STATEMENT));
    // In English, the original, with no word of the translation.
    let english = app.client().get(&format!("/findings/{id}")).await;
    assert!(
        english
            .body
            .contains("Domestic workers lack written contracts (demo)")
    );
    assert!(!english.body.contains(VI_STATEMENT));

    // Its writer may not review it; someone else may.
    let form = staff.get(&format!("/findings/{id}/translations/vi")).await;
    form.assert_contains(&[
        "A translation is reviewed by someone other than the person who wrote it.",
    ]);
    let own = staff
        .post(
            &format!("/findings/{id}/translations/vi/review"),
            &format!("version={}", hidden(&form.body, "version")),
        )
        .await;
    assert_eq!(own.status, StatusCode::UNPROCESSABLE_ENTITY);
    let (mut admin, _) = app.signed_in(Who::Admin).await;
    let form = admin.get(&format!("/findings/{id}/translations/vi")).await;
    form.assert_contains(&["Mark as reviewed"]);
    let reviewed = admin
        .post(
            &format!("/findings/{id}/translations/vi/review"),
            &format!("version={}", hidden(&form.body, "version")),
        )
        .await;
    assert_eq!(reviewed.status, StatusCode::SEE_OTHER, "{}", reviewed.body);
    let read = visitor.get(&format!("/findings/{id}")).await;
    read.assert_contains(&["Bản dịch đã được rà soát từ Tiếng Anh."]);

    // Search finds it by the translation's words, accents or none.
    let found = app.client().get("/search?q=hop+dong+bang+van+ban").await;
    found.assert_contains(&["Domestic workers lack written contracts (demo)"]);

    // The finding changed since: the translation says so.
    sqlx::query("UPDATE finding SET statement = statement || ' (changed)', version = version + 1 WHERE id = $1")
        .bind(id)
        .execute(&app.pool)
        .await
        .expect("the finding changes");
    let read = visitor.get(&format!("/findings/{id}")).await;
    read.assert_contains(&["Bản gốc đã thay đổi kể từ khi được dịch."]);

    // Each step is in the audit log.
    let actions: Vec<String> = sqlx::query_scalar(
        "SELECT action FROM audit_log WHERE entity = 'finding' AND entity_id = $1 ORDER BY id",
    )
    .bind(id.to_string())
    .fetch_all(&app.pool)
    .await
    .expect("the audit log");
    assert_eq!(actions, ["finding.translate", "finding.review_translation"]);
}

#[tokio::test]
async fn a_published_note_is_read_in_translation_and_still_names_no_speaker_under_the_rule() {
    let app = TestApp::demo().await;
    // A published note of the Hanoi consultation (Chatham House) with its statements.
    let (note, statement): (uuid::Uuid, uuid::Uuid) = sqlx::query_as(
        "SELECT n.id, s.id FROM note n JOIN note_statement s ON s.note_id = n.id
           JOIN session se ON se.id = n.session_id JOIN consultation c ON c.id = se.consultation_id
          WHERE n.status = 'published' AND n.effective_visibility = 'public'
          ORDER BY c.chatham_house DESC, n.published_at, s.section, s.position LIMIT 1",
    )
    .fetch_one(&app.pool)
    .await
    .expect("a published note");
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let form = staff.get(&format!("/notes/{note}/translations/id")).await;
    assert_eq!(form.status, StatusCode::OK, "{}", form.body);
    form.assert_contains(&["Translation into Indonesian", "Statement 1"]);
    let saved = staff
        .post(
            &format!("/notes/{note}/translations/id"),
            &format!(
                "version=0&status=human&s-{statement}={}",
                urlencode("Pekerja migran membutuhkan perlindungan hukum (demo)")
            ),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let mut reader = app.client();
    reader.get("/language/id?next=/").await;
    let read = reader.get(&format!("/notes/{note}")).await;
    read.assert_contains(&[
        r#"lang="id">Pekerja migran membutuhkan perlindungan hukum (demo)</p>"#,
        "Diterjemahkan oleh manusia dari bahasa Inggris.",
        "Tampilkan teks asli",
    ]);
    // The translation changes only the text: under the rule, no author is named in it either.
    let (author, chatham): (String, bool) = sqlx::query_as(
        "SELECT u.display_name, c.chatham_house FROM note n JOIN app_user u ON u.id = n.author_id
           JOIN session se ON se.id = n.session_id JOIN consultation c ON c.id = se.consultation_id
          WHERE n.id = $1",
    )
    .bind(note)
    .fetch_one(&app.pool)
    .await
    .expect("the note's author");
    assert!(
        chatham,
        "the fixture is a note under the Chatham House rule"
    );
    assert!(!read.body.contains(&author), "{author} is named");
    let english = app.client().get(&format!("/notes/{note}")).await;
    assert!(!english.body.contains("Pekerja migran membutuhkan"));
    // A draft is not translated.
    let draft: uuid::Uuid = sqlx::query_scalar(
        "UPDATE note SET status = 'withdrawn'
          WHERE id = (SELECT id FROM note WHERE id <> $1 ORDER BY id LIMIT 1) RETURNING id",
    )
    .bind(note)
    .fetch_one(&app.pool)
    .await
    .expect("a note withdrawn");
    assert_eq!(
        staff
            .get(&format!("/notes/{draft}/translations/id"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // Search finds the note by its translation.
    let found = app.client().get("/search?q=perlindungan+hukum").await;
    assert!(
        found.body.contains(&format!("/notes/{note}")),
        "{}",
        found.body
    );
}

#[tokio::test]
async fn only_staff_translate() {
    let app = TestApp::demo().await;
    let id = english_finding(&app).await;
    for who in [Who::Anonymous, Who::PartnerA, Who::OfficialVn] {
        let (mut client, _) = app.signed_in(who).await;
        let answer = client
            .post(
                &format!("/findings/{id}/translations/vi"),
                &format!(
                    "version=0&status=human&statement={}",
                    urlencode(VI_STATEMENT)
                ),
            )
            .await;
        assert!(
            answer.status.is_client_error() || answer.status == StatusCode::SEE_OTHER,
            "{who:?}: {}",
            answer.status
        );
    }
    let stored: i64 = sqlx::query_scalar("SELECT count(*) FROM finding_translation")
        .fetch_one(&app.pool)
        .await
        .expect("the count");
    assert_eq!(stored, 0);
}

#[tokio::test]
async fn staff_say_what_language_a_consultation_a_session_and_a_finding_are_written_in() {
    let app = TestApp::demo().await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    staff.get("/language/id?next=/").await;

    // A new consultation: the form offers the interface's language first.
    let form = staff.get("/consultations/new").await;
    form.assert_contains(&[
        "Ditulis dalam bahasa",
        r#"<option value="id" selected>Indonesia (Bahasa Indonesia)</option>"#,
    ]);
    let created = staff
        .post(
            "/consultations",
            &format!(
                "token={}&title={}&host_state=VN&states=VN&city=Hanoi&starts_on=2020-03-10\
                 &status=scheduled&visibility=public&language=vi&summary={}",
                hidden(&form.body, "token"),
                urlencode("Tham vấn quốc gia tại Hà Nội (demo)"),
                urlencode("Rà soát việc thực hiện Đồng thuận (demo)"),
            ),
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let page_path = created.header("location").to_owned();
    let slug = page_path.trim_start_matches("/consultations/").to_owned();
    let page = staff.get(&page_path).await;
    page.assert_contains(&[
        r#"<html lang="id""#,
        r#"<h1 lang="vi">Tham vấn quốc gia tại Hà Nội (demo)</h1>"#,
        r#"<p lang="vi">Rà soát việc thực hiện Đồng thuận (demo)</p>"#,
    ]);
    // The edit form shows what is stored; a language that is not one is refused and what was
    // typed comes back.
    let edit = staff.get(&format!("/consultations/{slug}/edit")).await;
    edit.assert_contains(&[r#"<option value="vi" selected>"#]);
    let refused = staff
        .post(
            &format!("/consultations/{slug}"),
            &format!(
                "version={}&title={}&host_state=VN&states=VN&city=Hanoi&starts_on=2020-03-10\
                 &status=scheduled&visibility=public&language=xx",
                hidden(&edit.body, "version"),
                urlencode("Judul baru (demo)"),
            ),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_contains(&["Pilih bahasa dari daftar.", "Judul baru (demo)"]);
    let stored: (String, String) =
        sqlx::query_as("SELECT title, language::text FROM consultation WHERE slug = $1")
            .bind(&slug)
            .fetch_one(&app.pool)
            .await
            .expect("the consultation");
    assert_eq!(
        stored,
        ("Tham vấn quốc gia tại Hà Nội (demo)".into(), "vi".into())
    );

    // A session in Indonesian on that agenda.
    let form = staff
        .get(&format!("/consultations/{slug}/sessions/new"))
        .await;
    let added = staff
        .post(
            &format!("/consultations/{slug}/sessions"),
            &format!(
                "token={}&kind=opening_remarks&title={}&day=2020-03-10&visibility=public&language=id",
                hidden(&form.body, "token"),
                urlencode("Pembukaan (demo)"),
            ),
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    staff
        .get(&page_path)
        .await
        .assert_contains(&[r#"<span lang="id">Pembukaan (demo)</span>"#]);
    let session: uuid::Uuid = sqlx::query_scalar(
        "SELECT id FROM session WHERE title = 'Pembukaan (demo)' AND language = 'id'",
    )
    .fetch_one(&app.pool)
    .await
    .expect("the session is stored in Indonesian");
    let edit = staff.get(&format!("/sessions/{session}/edit")).await;
    edit.assert_contains(&[r#"<option value="id" selected>"#]);

    // A finding in Vietnamese; its page marks the statement so.
    let form = staff.get("/findings/new").await;
    let consultation: uuid::Uuid =
        sqlx::query_scalar("SELECT id FROM consultation WHERE slug = $1")
            .bind(&slug)
            .fetch_one(&app.pool)
            .await
            .expect("the consultation");
    let commitment: uuid::Uuid =
        sqlx::query_scalar("SELECT id FROM commitment WHERE code = 'C4.2'")
            .fetch_one(&app.pool)
            .await
            .expect("a commitment");
    let made = staff
        .post(
            "/findings",
            &format!(
                "token={}&kind=challenge&statement={}&consultation={consultation}\
                 &commitments={commitment}&visibility=public&language=vi",
                hidden(&form.body, "token"),
                urlencode(VI_STATEMENT),
            ),
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    let finding: (uuid::Uuid, String) =
        sqlx::query_as("SELECT id, language::text FROM finding WHERE statement = $1")
            .bind(VI_STATEMENT)
            .fetch_one(&app.pool)
            .await
            .expect("the finding");
    assert_eq!(finding.1, "vi");
    let edit = staff.get(&format!("/findings/{}/edit", finding.0)).await;
    edit.assert_contains(&[r#"<option value="vi" selected>"#]);
    staff
        .get(&format!("/findings/{}", finding.0))
        .await
        .assert_contains(&[&format!(
            r#"<p class="lead prewrap" lang="vi">{VI_STATEMENT}</p>"#
        )]);
}
