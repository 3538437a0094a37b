//! Participant lists imported from CSV: a dry run that reports every row's problems and writes
//! nothing, then one transaction for a clean list, once, however often it is sent.

use axum::http::{Method, StatusCode};

use crate::accounts_harness::{Client, Who};
use crate::harness::TestApp;

const BOUNDARY: &str = "----musyawarah-test-boundary";

/// Posts `file` to the participant import of consultation `slug`, as a browser's file upload.
pub async fn upload(
    client: &mut Client<'_>,
    slug: &str,
    file: &[u8],
) -> crate::harness::TestResponse {
    let mut body = format!(
        "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"participants.csv\"\r\nContent-Type: text/csv\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(file);
    body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    let mut request = axum::http::Request::builder()
        .method(Method::POST)
        .uri(format!("/consultations/{slug}/participants/import"))
        .header(
            "content-type",
            format!("multipart/form-data; boundary={BOUNDARY}"),
        );
    if let Some(cookie) = &client.cookie {
        request = request.header("cookie", cookie);
    }
    client
        .app
        .request(
            request
                .body(axum::body::Body::from(body))
                .expect("a request"),
        )
        .await
}

async fn counts(app: &TestApp) -> (i64, i64) {
    sqlx::query_as("SELECT (SELECT count(*) FROM person), (SELECT count(*) FROM participation)")
        .fetch_one(&app.pool)
        .await
        .expect("counts")
}

/// Waits until the import at `location` is committed (or failed) and returns its page.
async fn settle(client: &mut Client<'_>, location: &str) -> crate::harness::TestResponse {
    for _ in 0..200 {
        let page = client.get(location).await;
        if !page.body.contains("http-equiv=\"refresh\"") {
            return page;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the import never finished");
}

#[tokio::test]
async fn a_list_with_bad_rows_is_reported_row_by_row_and_nothing_is_written() {
    let app = TestApp::demo().await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let before = counts(&app).await;

    let latin1 = b"name,sex,organisation\nNguy\xe1n,female,CDI\n";
    let wrong_encoding = upload(&mut staff, "hanoi-2019-12-18", latin1).await;
    assert_eq!(wrong_encoding.status, StatusCode::UNPROCESSABLE_ENTITY);
    wrong_encoding.assert_contains(&["This file is not in UTF-8", "CSV UTF-8"]);

    let file = "name,sex,organisation,role\n\
                Trần Văn Bình,male,CDI,participant\n\
                ,,,\n\
                Somchai,female,Ministry of Nothing,\n\
                \"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",female,CDI,\n\
                Lan,,CDI,\n\
                Trần Văn Bình,male,cdi,speaker\n";
    let report = upload(&mut staff, "hanoi-2019-12-18", file.as_bytes()).await;
    assert_eq!(report.status, StatusCode::UNPROCESSABLE_ENTITY);
    report.assert_contains(&[
        "5 rows read, 1 ready, 4 with problems. Nothing has been written.",
        "Blank lines skipped: 3.",
        "No organisation is called &#34;Ministry of Nothing&#34;",
        "which a spreadsheet would run as a formula",
        "The sex is missing",
        "The same person is already on line 2.",
    ]);
    assert!(!report.body.contains("<a href=\"http://evil.example\""));
    assert_eq!(counts(&app).await, before, "nothing was written");
}

#[tokio::test]
async fn a_clean_list_in_any_script_is_recorded_once_and_shows_on_the_consultation() {
    let app = TestApp::real_series().await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let before = counts(&app).await;
    let file = "\u{feff}Name,Sex,Organisation,Role,Title,Email\r\n\
                Nguyễn Thị Hoa,F,Bộ Lao động - Thương binh và Xã hội,participant,Official,hoa@example.org\r\n\
                สมชาย ใจดี,male,ASEAN Committee on Migrant Workers,observer,,\r\n\
                សុខ ចាន់,female,CDI,,,\r\n\
                မောင်မောင်,not stated,Mekong Migrant Network,speaker,,\r\n";
    let checked = upload(&mut staff, "hanoi-2019-12-18", file.as_bytes()).await;
    assert_eq!(checked.status, StatusCode::SEE_OTHER, "{}", checked.body);
    let location = checked.header("location").to_owned();
    let preview = staff.get(&location).await;
    preview.assert_contains(&[
        "Every row is right. Nothing has been written yet.",
        "Nguyễn Thị Hoa",
        "Record these 4 participants",
    ]);
    assert_eq!(counts(&app).await, before, "the dry run wrote nothing");

    // Two clicks at once record the list once.
    let cookie = staff.cookie.clone();
    let mut a = app.client();
    a.cookie = cookie.clone();
    let mut b = app.client();
    b.cookie = cookie;
    let (first, second) = tokio::join!(a.post(&location, ""), b.post(&location, ""));
    assert_eq!(first.status, StatusCode::SEE_OTHER);
    assert_eq!(second.status, StatusCode::SEE_OTHER);
    let done = settle(&mut staff, &location).await;
    done.assert_contains(&["Recorded: 4 participants."]);
    assert_eq!(counts(&app).await, (before.0 + 4, before.1 + 4));

    let page = staff.get("/consultations/hanoi-2019-12-18").await;
    page.assert_contains(&[
        "Nguyễn Thị Hoa",
        "สมชาย ใจดี",
        "សុខ ចាន់",
        "မောင်မောင်",
        // Women, men, other or not stated, total.
        "<td class=\"num\">2</td><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">4</td>",
    ]);
    let visitor = app.client().get("/consultations/hanoi-2019-12-18").await;
    assert!(
        !visitor.body.contains("Nguyễn Thị Hoa"),
        "names are for staff only"
    );
    let audited: i64 =
        sqlx::query_scalar("SELECT count(*) FROM audit_log WHERE action = 'participants.import'")
            .fetch_one(&app.pool)
            .await
            .expect("counts");
    assert_eq!(audited, 1);

    // The same people again are duplicates now.
    let again = upload(&mut staff, "hanoi-2019-12-18", file.as_bytes()).await;
    again.assert_contains(&["This person is already recorded for this consultation."]);
}

#[tokio::test]
async fn ten_thousand_rows_are_checked_and_recorded() {
    let app = TestApp::demo().await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let mut file = String::from("name,sex,organisation\n");
    for i in 0..10_000 {
        let sex = if i % 2 == 0 { "female" } else { "male" };
        file.push_str(&format!("Demo Participant {i},{sex},CDI\n"));
    }
    let checked = upload(&mut staff, "bangkok-2019-09-09", file.as_bytes()).await;
    assert_eq!(
        checked.status,
        StatusCode::SEE_OTHER,
        "{}",
        &checked.body[..checked.body.len().min(2000)]
    );
    let location = checked.header("location").to_owned();
    staff
        .get(&location)
        .await
        .assert_contains(&["Record these 10000 participants"]);
    let committed = staff.post(&location, "").await;
    assert_eq!(committed.status, StatusCode::SEE_OTHER);
    settle(&mut staff, &location)
        .await
        .assert_contains(&["Recorded: 10000 participants."]);
    let recorded: i64 = sqlx::query_scalar(
        "SELECT sum(female + male) FROM participation pa JOIN consultation c ON c.id = pa.consultation_id
          WHERE c.slug = 'bangkok-2019-09-09' AND pa.person_id IS NOT NULL",
    )
    .fetch_one(&app.pool)
    .await
    .expect("a sum");
    assert_eq!(recorded, 10_000);

    let too_many = format!("{file}One More,female,CDI\n");
    let refused = upload(&mut staff, "bangkok-2019-09-09", too_many.as_bytes()).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_contains(&["at most 10,000 can be imported at once"]);
}

#[tokio::test]
async fn partners_cannot_reach_the_import() {
    let app = TestApp::demo().await;
    let (mut partner, _) = app.signed_in(Who::PartnerA).await;
    let response = upload(
        &mut partner,
        "hanoi-2019-12-18",
        b"name,sex,organisation\nA,female,CDI\n",
    )
    .await;
    assert_eq!(response.status, StatusCode::NOT_FOUND);
    assert_eq!(
        partner
            .get("/consultations/hanoi-2019-12-18/participants/import")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_same_person_at_one_organisation_named_two_ways_is_a_duplicate() {
    let app = TestApp::demo().await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let file = "name,sex,organisation\n\
                Lê Thị Thu,female,CDI\n\
                Lê Thị Thu,female,Center for Development and Integration\n";
    let report = upload(&mut staff, "hanoi-2019-12-18", file.as_bytes()).await;
    assert_eq!(report.status, StatusCode::UNPROCESSABLE_ENTITY);
    report.assert_contains(&[
        "2 rows read, 1 ready, 1 with problems.",
        "The same person is already on line 2.",
    ]);
}

#[tokio::test]
async fn a_list_checked_twice_and_committed_twice_records_its_people_once() {
    let app = TestApp::demo().await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let file = "name,sex,organisation\nPhạm Minh Tuấn,male,CDI\nVũ Thị Mai,female,MOLISA\n";
    // The upload form sent twice: two clean dry runs of the same list.
    let first = upload(&mut staff, "hanoi-2019-12-18", file.as_bytes()).await;
    let second = upload(&mut staff, "hanoi-2019-12-18", file.as_bytes()).await;
    assert_eq!(first.status, StatusCode::SEE_OTHER);
    assert_eq!(second.status, StatusCode::SEE_OTHER);
    let (first, second) = (first.header("location"), second.header("location"));
    assert_ne!(first, second);
    let before = counts(&app).await;

    staff.post(first, "").await;
    settle(&mut staff, first)
        .await
        .assert_contains(&["Recorded: 2 participants."]);
    staff.post(second, "").await;
    settle(&mut staff, second).await.assert_contains(&[
        "The list was not recorded",
        "Nothing was recorded: 2 of these people were recorded for this consultation after the list was checked",
    ]);
    assert_eq!(counts(&app).await, (before.0 + 2, before.1 + 2));
}

#[tokio::test]
async fn an_import_whose_writing_stopped_shows_as_failed_instead_of_refreshing_for_ever() {
    let app = TestApp::demo().await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let checked = upload(
        &mut staff,
        "hanoi-2019-12-18",
        "name,sex,organisation\nĐỗ Văn Hùng,male,CDI\n".as_bytes(),
    )
    .await;
    let location = checked.header("location").to_owned();
    // As if a server had claimed it and stopped while writing, ten minutes ago.
    sqlx::query(
        "UPDATE participant_list_import
            SET status = 'committing', updated_at = now() - interval '10 minutes'",
    )
    .execute(&app.pool)
    .await
    .expect("an update");
    let page = staff.get(&location).await;
    assert!(!page.body.contains("http-equiv=\"refresh\""));
    page.assert_contains(&[
        "The list was not recorded",
        "The writing of this list stopped before it finished, so nothing was recorded.",
    ]);
    // A late click changes nothing.
    staff.post(&location, "").await;
    staff
        .get(&location)
        .await
        .assert_contains(&["The list was not recorded"]);
}
