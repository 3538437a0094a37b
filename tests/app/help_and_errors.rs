//! The help page, the hints beside the fields they explain, and error pages' way back.

use axum::http::StatusCode;

use crate::accounts_harness::Who;
use crate::harness::TestApp;

#[tokio::test]
async fn the_help_page_has_a_section_per_role_and_is_linked_from_every_page() {
    let app = TestApp::demo().await;
    let home = app.get("/").await;
    assert!(
        home.body
            .contains(r#"<a href="/help" aria-current="false">Help</a>"#),
        "the header links to the help"
    );
    let help = app.get("/help").await;
    assert_eq!(help.status, StatusCode::OK);
    help.assert_contains(&[
        "<h1>Help</h1>",
        r#"<h2 id="partners">For civil-society partners</h2>"#,
        r#"<h2 id="officials">For ACMW and government officials</h2>"#,
        r#"<h2 id="staff">For HRWG staff</h2>"#,
        r#"<h2 id="administrators">For administrators</h2>"#,
        "<strong>0 Not started</strong>",
        "<strong>Staff only</strong>: HRWG staff and administrators.",
        "<strong>Not attributed</strong>",
    ]);

    // A partner's own section is marked in the contents.
    let (mut partner, _) = app.signed_in(Who::PartnerA).await;
    let help = partner.get("/help").await;
    help.assert_contains(&[
        r##"<a href="#partners">For civil-society partners</a> <span class="badge status-held">You</span>"##,
    ]);
}

#[tokio::test]
async fn the_forms_explain_visibility_ratings_and_attribution_beside_their_fields() {
    let app = TestApp::demo().await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    for path in [
        "/consultations/new",
        "/consultations/hanoi-2019-12-18/sessions/new",
        "/findings/new",
    ] {
        let form = staff.get(path).await;
        assert_eq!(form.status, StatusCode::OK, "{path}");
        form.assert_contains(&[
            r#"<div class="hint" id="visibility-hint">"#,
            r#"<select id="visibility" name="visibility" aria-describedby="visibility-hint"#,
            "<strong>Members</strong>: anyone signed in",
        ]);
    }

    let (mut partner, _) = app.signed_in(Who::PartnerA).await;
    let session: uuid::Uuid = sqlx::query_scalar(
        "SELECT se.id FROM session se JOIN consultation c ON c.id = se.consultation_id
          WHERE c.slug = 'hanoi-2019-12-18' AND se.position = 1",
    )
    .fetch_one(&app.pool)
    .await
    .expect("the first session");
    let note = partner.get(&format!("/sessions/{session}/notes/new")).await;
    assert_eq!(note.status, StatusCode::OK);
    note.assert_contains(&[
        r#"<p class="hint" id="not-attributed-hint"><strong>Not attributed</strong>"#,
        r#"value="yes" aria-describedby="not-attributed-hint""#,
        r#"aria-describedby="proposed_visibility-hint""#,
    ]);

    crate::dashboard::fixture(&app).await;
    let (mut official, _) = app.signed_in(Who::OfficialVn).await;
    let compare = official
        .get("/assessments/rounds/00000000-0000-4000-8000-0000000000b1/compare")
        .await;
    assert_eq!(compare.status, StatusCode::OK);
    compare.assert_contains(&[
        "What the ratings 0 to 4 mean",
        "<strong>4 Full</strong>: in force, applied and monitored",
    ]);
}

#[tokio::test]
async fn an_error_page_offers_a_way_back_and_says_who_is_signed_in() {
    let app = TestApp::demo().await;

    // A visitor, on a consultation that does not exist: back to the list, and home.
    let missing = app.get("/consultations/no-such-consultation").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    missing.assert_contains(&[
        r#"<a href="/consultations">Back to all consultations</a>"#,
        r#"<a href="/">Go to the home page</a>"#,
        "You are not signed in.",
    ]);

    // A partner, on a staff form (refused as not found, like anything out of their reach):
    // the section's list and home, under their name.
    let (mut partner, _) = app.signed_in(Who::PartnerA).await;
    let refused = partner.get("/consultations/hanoi-2019-12-18/edit").await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    refused.assert_contains(&[
        "You are signed in as Test PartnerA (Civil-society partner).",
        r#"<a href="/consultations">Back to all consultations</a>"#,
        r#"<a href="/">Go to the home page</a>"#,
    ]);
}
