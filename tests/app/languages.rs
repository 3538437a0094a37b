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
