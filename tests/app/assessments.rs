//! Self-assessments: who may open and change them, averages and differences on known answers,
//! locking and staff corrections, and states shown as not members or not bound, never as zero.

use axum::http::StatusCode;

use crate::accounts_harness::Who;
use crate::harness::TestApp;

/// A round for Viet Nam in 2024: (round, government assessment, civil-society assessment).
async fn round(app: &TestApp) -> (uuid::Uuid, uuid::Uuid, uuid::Uuid) {
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let opened = staff
        .post("/assessments/rounds", "state=VN&cycle=2024")
        .await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER, "{}", opened.body);
    sqlx::query_as(
        "SELECT r.id, g.id, s.id FROM assessment_round r
           JOIN assessment g ON g.round_id = r.id AND g.assessor_kind = 'government'
           JOIN assessment s ON s.round_id = r.id AND s.assessor_kind = 'civil_society'
          WHERE r.member_state_code = 'VN' AND r.cycle = '2024'",
    )
    .fetch_one(&app.pool)
    .await
    .expect("the round")
}

/// The ids of the Consensus's provisions, in order, with their codes.
async fn provisions(app: &TestApp) -> Vec<(uuid::Uuid, String)> {
    sqlx::query_as(
        "SELECT c.id, c.code FROM commitment c JOIN chapter ch ON ch.id = c.chapter_id
          ORDER BY ch.number, c.position",
    )
    .fetch_all(&app.pool)
    .await
    .expect("the provisions")
}

/// Writes answers straight into an assessment: `answer(code)` gives "rated:n", "not_applicable"...
async fn answer_all(app: &TestApp, assessment: uuid::Uuid, answer: impl Fn(&str) -> &'static str) {
    for (id, code) in provisions(app).await {
        let value = answer(&code);
        let (kind, rating) = match value.strip_prefix("rated:") {
            Some(n) => ("rated", Some(n.parse::<i16>().expect("a number"))),
            None => (value, None),
        };
        sqlx::query(
            "INSERT INTO assessment_rating (assessment_id, commitment_id, answer, rating)
             VALUES ($1, $2, $3::rating_answer, $4)",
        )
        .bind(assessment)
        .bind(id)
        .bind(kind)
        .bind(rating)
        .execute(&app.pool)
        .await
        .expect("an answer");
    }
}

#[tokio::test]
async fn officials_and_partners_of_another_state_can_neither_open_nor_change_an_assessment() {
    let app = TestApp::real_series().await;
    let (round_id, government, civil_society) = round(&app).await;
    let (mut myanmar_partner, _) = app.signed_in(Who::PartnerB).await;
    let thai = app.account(Who::OfficialVn).await.expect("an official");
    sqlx::query("UPDATE app_user SET member_state_code = 'TH' WHERE id = $1")
        .bind(thai.id)
        .execute(&app.pool)
        .await
        .expect("now an official of Thailand");
    let mut thai_official = app.client();
    thai_official.sign_in(&thai).await;
    let (one, _) = provisions(&app).await[0].clone();
    for client in [&mut myanmar_partner, &mut thai_official] {
        for id in [government, civil_society] {
            assert_eq!(
                client.get(&format!("/assessments/{id}")).await.status,
                StatusCode::NOT_FOUND
            );
            assert_eq!(
                client
                    .post(
                        &format!("/assessments/{id}"),
                        &format!("version=1&a_{one}=rated%3A4")
                    )
                    .await
                    .status,
                StatusCode::NOT_FOUND
            );
            assert_eq!(
                client
                    .post(&format!("/assessments/{id}/submit"), "")
                    .await
                    .status,
                StatusCode::NOT_FOUND
            );
        }
        assert_eq!(
            client
                .get(&format!("/assessments/rounds/{round_id}/compare"))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
    }
    let answers: i64 = sqlx::query_scalar("SELECT count(*) FROM assessment_rating")
        .fetch_one(&app.pool)
        .await
        .expect("counts");
    assert_eq!(answers, 0, "nothing was written");

    // Each side of Viet Nam writes only its own.
    let (mut official, _) = app.signed_in(Who::OfficialVn).await;
    let (mut partner, _) = app.signed_in(Who::PartnerA).await;
    assert_eq!(
        official
            .get(&format!("/assessments/{civil_society}"))
            .await
            .status,
        StatusCode::NOT_FOUND,
        "a draft is its side's"
    );
    assert_eq!(
        partner
            .get(&format!("/assessments/{government}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let saved = official
        .post(
            &format!("/assessments/{government}"),
            &format!("version=1&a_{one}=rated%3A3&e_{one}=Demo%20evidence"),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let bad = official
        .post(
            &format!("/assessments/{government}"),
            &format!("version=1&a_{one}=rated%3A9"),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    bad.assert_contains(&["C1.1: Choose a rating from the scale."]);
}

#[tokio::test]
async fn averages_leave_out_not_applicable_and_no_information_and_gaps_of_two_are_marked() {
    let app = TestApp::demo().await;
    let (round_id, government, civil_society) = round(&app).await;
    // Government: 4 everywhere but C1.1 (not applicable) and C1.2 (no information).
    answer_all(&app, government, |code| match code {
        "C1.1" => "not_applicable",
        "C1.2" => "no_information",
        _ => "rated:4",
    })
    .await;
    // Civil society: 1 on chapter 1, 3 elsewhere.
    answer_all(&app, civil_society, |code| {
        if code.starts_with("C1.") {
            "rated:1"
        } else {
            "rated:3"
        }
    })
    .await;
    sqlx::query(
        "UPDATE assessment SET status = 'submitted', submitted_at = now() WHERE round_id = $1",
    )
    .bind(round_id)
    .execute(&app.pool)
    .await
    .expect("both submitted");
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let page = staff
        .get(&format!("/assessments/rounds/{round_id}/compare"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    // Chapter 1 has six provisions: government 4.0 over the four rated, civil society 1.0 over six.
    page.assert_contains(&["Chapter 1: government average 4.0, civil society average 1.0"]);
    page.assert_contains(&["Chapter 3: government average 4.0, civil society average 3.0"]);
    // C1.3..C1.6 differ by 3 and are marked; C1.1 and C1.2 have no difference; chapter 3 differs by 1.
    assert_eq!(page.body.matches("class=\"divergent\"").count(), 4);
    page.assert_contains(&["differ by 3", "N/A", "No information"]);
    let gov_page = staff.get(&format!("/assessments/{government}")).await;
    gov_page.assert_contains(&["Average 4.0 (4 rated, 1 not applicable, 1 without information)"]);
}

#[tokio::test]
async fn a_submitted_assessment_is_locked_and_staff_corrections_are_audited() {
    let app = TestApp::demo().await;
    let (_, government, _) = round(&app).await;
    let (mut official, _) = app.signed_in(Who::OfficialVn).await;
    let incomplete = official
        .post(&format!("/assessments/{government}/submit"), "")
        .await;
    assert_eq!(incomplete.status, StatusCode::UNPROCESSABLE_ENTITY);
    incomplete
        .assert_contains(&["Answer every provision before submitting; still to answer: C1.1"]);
    answer_all(&app, government, |_| "rated:2").await;
    let submitted = official
        .post(&format!("/assessments/{government}/submit"), "")
        .await;
    assert_eq!(submitted.status, StatusCode::SEE_OTHER);
    let (one, _) = provisions(&app).await[0].clone();
    let locked = official
        .post(
            &format!("/assessments/{government}"),
            &format!("version=1&a_{one}=rated%3A4"),
        )
        .await;
    assert_eq!(locked.status, StatusCode::CONFLICT);
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let unexplained = staff
        .post(
            &format!("/assessments/{government}/corrections"),
            &format!("commitment={one}&answer=rated%3A3&reason="),
        )
        .await;
    assert_eq!(unexplained.status, StatusCode::UNPROCESSABLE_ENTITY);
    unexplained.assert_contains(&["Say why the submitted answer is corrected."]);
    let corrected = staff
        .post(
            &format!("/assessments/{government}/corrections"),
            &format!(
                "commitment={one}&answer=rated%3A3&reason=Typo%20in%20the%20ministry%27s%20form"
            ),
        )
        .await;
    assert_eq!(corrected.status, StatusCode::SEE_OTHER);
    let (before, after): (serde_json::Value, serde_json::Value) =
        sqlx::query_as("SELECT before, after FROM audit_log WHERE action = 'assessment.correct'")
            .fetch_one(&app.pool)
            .await
            .expect("the correction is audited");
    assert_eq!(before["rating"], 2);
    assert_eq!(after["rating"], 3);
    assert_eq!(after["reason"], "Typo in the ministry's form");
}

#[tokio::test]
async fn the_regional_view_shows_states_that_were_not_members_or_not_bound_as_such_never_as_zero() {
    let app = TestApp::demo().await;
    let (_, government, _) = round(&app).await;
    answer_all(&app, government, |_| "rated:3").await;
    sqlx::query("UPDATE assessment SET status = 'submitted', submitted_at = now() WHERE id = $1")
        .bind(government)
        .execute(&app.pool)
        .await
        .expect("submitted");
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let before = staff.get("/assessments/regional?cycle=2024").await;
    let timor = before
        .body
        .split("Timor-Leste</th>")
        .nth(1)
        .and_then(|r| r.split("</tr>").next())
        .expect("a row");
    assert!(timor.contains("Not a member of ASEAN then"), "{timor}");
    let viet_nam = before
        .body
        .split("Viet Nam</th>")
        .nth(1)
        .and_then(|r| r.split("</tr>").next())
        .expect("a row");
    assert!(viet_nam.contains("3.0 / —"), "{viet_nam}");
    let after = staff.get("/assessments/regional?cycle=2026").await;
    let timor = after
        .body
        .split("Timor-Leste</th>")
        .nth(1)
        .and_then(|r| r.split("</tr>").next())
        .expect("a row");
    assert!(
        timor.contains("Not bound by this framework then"),
        "{timor}"
    );
    assert!(!timor.contains("0.0"));
    // What a visitor sees is computed from what they may see: nothing is shared with them.
    let anonymous = app.client().get("/assessments/regional?cycle=2024").await;
    assert!(!anonymous.body.contains("3.0 /"));
}

#[tokio::test]
async fn staff_close_a_round_and_share_it_with_members() {
    let app = TestApp::demo().await;
    let (round_id, government, _) = round(&app).await;
    answer_all(&app, government, |_| "rated:2").await;
    sqlx::query("UPDATE assessment SET status = 'submitted', submitted_at = now() WHERE id = $1")
        .bind(government)
        .execute(&app.pool)
        .await
        .expect("submitted");
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let (mut myanmar, _) = app.signed_in(Who::PartnerB).await;
    assert_eq!(
        myanmar
            .get(&format!("/assessments/{government}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let shared = staff
        .post(
            &format!("/assessments/rounds/{round_id}"),
            "status=closed&visibility=members",
        )
        .await;
    assert_eq!(
        shared.status,
        StatusCode::SEE_OTHER,
        "{}",
        &shared.body[shared.body.find("<main").unwrap_or(0)..]
    );
    myanmar
        .get(&format!("/assessments/{government}"))
        .await
        .assert_contains(&["Submitted"]);
    assert_eq!(
        app.client()
            .get(&format!("/assessments/{government}"))
            .await
            .status,
        StatusCode::SEE_OTHER,
        "visitors sign in first"
    );
    // A closed round takes no more answers, even on the side still in draft.
    let (mut partner, _) = app.signed_in(Who::PartnerA).await;
    let (one, _) = provisions(&app).await[0].clone();
    let (_, _, civil_society) = sqlx::query_as::<_, (uuid::Uuid, uuid::Uuid, uuid::Uuid)>(
        "SELECT r.id, g.id, s.id FROM assessment_round r
           JOIN assessment g ON g.round_id = r.id AND g.assessor_kind = 'government'
           JOIN assessment s ON s.round_id = r.id AND s.assessor_kind = 'civil_society'",
    )
    .fetch_one(&app.pool)
    .await
    .expect("the round");
    let late = partner
        .post(
            &format!("/assessments/{civil_society}"),
            &format!("version=1&a_{one}=rated%3A1"),
        )
        .await;
    assert_eq!(late.status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn a_rating_cites_the_findings_that_support_it() {
    let app = TestApp::demo().await;
    let (_, government, _) = round(&app).await;
    let (one, _) = provisions(&app).await[0].clone();
    let finding: uuid::Uuid = sqlx::query_scalar(
        "WITH f AS (
           INSERT INTO finding (consultation_id, kind, statement, visibility)
           SELECT id, 'good_practice', 'Demo: a hotline for migrant workers abroad', 'members'
             FROM consultation WHERE slug = 'hanoi-2019-12-18' RETURNING id),
         s AS (INSERT INTO finding_state SELECT id, 'VN' FROM f)
         INSERT INTO finding_commitment SELECT id, $1 FROM f RETURNING finding_id",
    )
    .bind(one)
    .fetch_one(&app.pool)
    .await
    .expect("a finding on C1.1 in Viet Nam");
    let (mut official, _) = app.signed_in(Who::OfficialVn).await;
    let form = official.get(&format!("/assessments/{government}")).await;
    form.assert_contains(&[
        "Findings that support the rating of C1.1",
        "Demo: a hotline for migrant workers abroad",
    ]);
    let forged = official
        .post(
            &format!("/assessments/{government}"),
            &format!(
                "version=1&a_{one}=rated%3A3&f_{one}={}",
                uuid::Uuid::new_v4()
            ),
        )
        .await;
    assert_eq!(forged.status, StatusCode::UNPROCESSABLE_ENTITY);
    let saved = official
        .post(
            &format!("/assessments/{government}"),
            &format!("version=1&a_{one}=rated%3A3&f_{one}={finding}"),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let cited: i64 =
        sqlx::query_scalar("SELECT count(*) FROM assessment_rating_finding WHERE finding_id = $1")
            .bind(finding)
            .fetch_one(&app.pool)
            .await
            .expect("counts");
    assert_eq!(cited, 1);
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    staff
        .get(&format!("/assessments/{government}"))
        .await
        .assert_contains(&[&format!("Supported by: <a href=\"/findings/{finding}\">")]);
}

/// The stored answer of one provision: (answer, rating, evidence).
async fn stored(
    app: &TestApp,
    assessment: uuid::Uuid,
    commitment: uuid::Uuid,
) -> Option<(String, Option<i16>, String)> {
    sqlx::query_as(
        "SELECT answer::text, rating, evidence FROM assessment_rating
          WHERE assessment_id = $1 AND commitment_id = $2",
    )
    .bind(assessment)
    .bind(commitment)
    .fetch_optional(&app.pool)
    .await
    .expect("reads")
}

#[tokio::test]
async fn one_save_keeps_the_answers_typed_in_every_chapter() {
    let app = TestApp::demo().await;
    let (_, government, _) = round(&app).await;
    let all = provisions(&app).await;
    let (first, _) = all[0].clone();
    let (last, last_code) = all.last().expect("provisions").clone();
    assert!(
        !last_code.starts_with("C1."),
        "the last is in another chapter"
    );
    let (mut official, _) = app.signed_in(Who::OfficialVn).await;
    let page = official.get(&format!("/assessments/{government}")).await;
    // One form for the whole page, holding every provision, that warns before leaving.
    assert_eq!(
        page.body
            .matches("<form method=\"post\" action=\"/assessments/")
            .count(),
        1,
        "one answers form (and no form that submits in one click)"
    );
    page.assert_contains(&[
        &format!("<form method=\"post\" action=\"/assessments/{government}\""),
        "data-warn-unsaved",
        "<script src=\"/static/js/unsaved-answers.js\" defer></script>",
    ]);
    assert!(!page.body.contains("/chapters/"));
    assert_eq!(
        page.body.matches("<select id=\"a_").count(),
        all.len(),
        "every provision is in the form"
    );
    // A save from the last chapter's button keeps the first chapter's answer too.
    let saved = official
        .post(
            &format!("/assessments/{government}"),
            &format!(
                "version=1&a_{first}=rated%3A2&e_{first}=First%20chapter&a_{last}=no_information&e_{last}=Last%20chapter&chapter=9"
            ),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(
        saved.header("location"),
        format!("/assessments/{government}#chapter-9")
    );
    assert_eq!(
        stored(&app, government, first).await,
        Some(("rated".to_owned(), Some(2), "First chapter".to_owned()))
    );
    assert_eq!(
        stored(&app, government, last).await,
        Some(("no_information".to_owned(), None, "Last chapter".to_owned()))
    );
    // A mistake in one chapter brings every chapter back as typed, and saves nothing.
    let bad = official
        .post(
            &format!("/assessments/{government}"),
            &format!(
                "version=2&a_{first}=rated%3A9&e_{first}=Changed%20first&a_{last}=not_applicable&e_{last}=Changed%20last"
            ),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    bad.assert_contains(&[
        "Choose a rating from the scale.",
        ">Changed first</textarea>",
        ">Changed last</textarea>",
        "<option value=\"not_applicable\" selected>",
        "name=\"version\" value=\"2\"",
        "data-unsaved",
    ]);
    assert_eq!(
        stored(&app, government, last).await.map(|s| s.2),
        Some("Last chapter".to_owned())
    );
}

#[tokio::test]
async fn a_save_over_answers_saved_since_writes_nothing_and_keeps_what_was_typed() {
    let app = TestApp::demo().await;
    let (_, government, _) = round(&app).await;
    let (one, _) = provisions(&app).await[0].clone();
    let (mut first, _) = app.signed_in(Who::OfficialVn).await;
    let (mut second, _) = app.signed_in(Who::OfficialVn).await;
    // Both opened the page at version 1; the first saves.
    let saved = first
        .post(
            &format!("/assessments/{government}"),
            &format!("version=1&a_{one}=rated%3A1&e_{one}=Saved%20first"),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let late = second
        .post(
            &format!("/assessments/{government}"),
            &format!("version=1&a_{one}=rated%3A4&e_{one}=Typed%20second"),
        )
        .await;
    assert_eq!(late.status, StatusCode::CONFLICT);
    late.assert_contains(&[
        "Someone else saved this assessment after you opened it",
        ">Typed second</textarea>",
        "<option value=\"rated:4\" selected>",
        "name=\"version\" value=\"2\"",
    ]);
    assert_eq!(
        stored(&app, government, one).await.map(|s| s.2),
        Some("Saved first".to_owned()),
        "nothing of the late save was written"
    );
    // Saving again from the conflict page goes through.
    let again = second
        .post(
            &format!("/assessments/{government}"),
            &format!("version=2&a_{one}=rated%3A4&e_{one}=Typed%20second"),
        )
        .await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    assert_eq!(
        stored(&app, government, one).await.map(|s| s.2),
        Some("Typed second".to_owned())
    );
}

#[tokio::test]
async fn submitting_an_assessment_asks_first_on_a_page_of_its_own() {
    let app = TestApp::demo().await;
    let (_, government, _) = round(&app).await;
    answer_all(&app, government, |_| "rated:2").await;
    let (mut official, _) = app.signed_in(Who::OfficialVn).await;
    let page = official.get(&format!("/assessments/{government}")).await;
    page.assert_contains(&[&format!(
        "<a class=\"button\" href=\"/assessments/{government}/submit\">"
    )]);
    let confirm = official
        .get(&format!("/assessments/{government}/submit"))
        .await;
    assert_eq!(confirm.status, StatusCode::OK);
    confirm.assert_contains(&[
        "<h1>Submit this assessment?</h1>",
        "Once submitted, the assessment is locked",
        &format!("<form method=\"post\" action=\"/assessments/{government}/submit\""),
        ">Yes, submit it</button>",
        &format!("<a href=\"/assessments/{government}\" class=\"back\">No, go back</a>"),
    ]);
    let status: String = sqlx::query_scalar("SELECT status::text FROM assessment WHERE id = $1")
        .bind(government)
        .fetch_one(&app.pool)
        .await
        .expect("reads");
    assert_eq!(status, "draft", "opening the question submits nothing");
    let done = official
        .post(&format!("/assessments/{government}/submit"), "")
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    // Once submitted, the question is not asked again.
    let after = official
        .get(&format!("/assessments/{government}/submit"))
        .await;
    assert_eq!(after.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn leaving_an_assessment_with_unsaved_answers_asks_first_where_javascript_runs() {
    let app = TestApp::demo().await;
    let (_, government, _) = round(&app).await;
    let official = app.account(Who::OfficialVn).await.expect("an official");
    let base = app.serve().await;
    let browser = crate::browser::Browser::start().await;
    browser.goto(&format!("{base}/sign-in")).await;
    for (css, value) in [
        ("#email", &official.email),
        ("#password", &official.password),
    ] {
        browser
            .client
            .find(fantoccini::Locator::Css(css))
            .await
            .expect("the field")
            .send_keys(value)
            .await
            .expect("typed");
    }
    browser
        .click_to_next_page("form[action='/sign-in'] button[type=submit]")
        .await;
    browser
        .goto(&format!("{base}/assessments/{government}"))
        .await;
    browser.wait_for_text("h1 + p.lead .badge", "Draft").await;
    // Whether leaving now would ask (the page's beforeunload handler cancels the event).
    let would_ask = || async {
        browser
            .client
            .execute(
                "var e = new Event('beforeunload', { cancelable: true }); \
                 window.dispatchEvent(e); return e.defaultPrevented;",
                vec![],
            )
            .await
            .expect("the script runs")
    };
    assert_eq!(
        would_ask().await,
        serde_json::Value::Bool(false),
        "nothing typed yet"
    );
    let select = browser
        .client
        .find(fantoccini::Locator::Css("form#answers select"))
        .await
        .expect("a rating");
    select
        .select_by_value("no_information")
        .await
        .expect("chosen");
    assert_eq!(
        would_ask().await,
        serde_json::Value::Bool(true),
        "an answer not saved"
    );
    // Saving is not leaving: the page comes back saved, and leaving it asks nothing.
    browser
        .click_to_next_page("form#answers button[name=chapter]")
        .await;
    assert_eq!(
        would_ask().await,
        serde_json::Value::Bool(false),
        "all saved"
    );
    browser.assert_accessible().await;
    // The question before submitting is accessible too.
    browser.click_to_next_page("a[href$='/submit']").await;
    browser.wait_for_text("h1", "Submit this assessment?").await;
    browser.assert_accessible().await;
    browser.close().await;
}

/// The table row of the dashboard with id `id`.
fn dashboard_row<'a>(page: &'a str, id: &str) -> &'a str {
    let start = page
        .find(&format!("<tr id=\"{id}\">"))
        .unwrap_or_else(|| panic!("no row {id}"));
    let end = start + page[start..].find("</tr>").unwrap_or(0);
    &page[start..end]
}

/// Every address a page links to (without its fragment), but links within the page.
fn links(page: &str) -> Vec<String> {
    page.split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(|href| {
            href.split('#')
                .next()
                .unwrap_or_default()
                .replace("&amp;", "&")
        })
        .filter(|href| !href.is_empty())
        // The language switch of every page answers with a redirect back to the page.
        .filter(|href| !href.starts_with("/language/"))
        .collect()
}

#[tokio::test]
async fn the_dashboard_and_the_comparison_agree_on_a_state_s_latest_assessment_for_every_role() {
    let app = TestApp::real_series().await;
    let (round_id, _government, civil_society) = round(&app).await;
    // Civil society submitted (3 everywhere); the government's is still a draft; the round is
    // shared with staff only, so outside Viet Nam only staff may read it.
    answer_all(&app, civil_society, |_| "rated:3").await;
    sqlx::query("UPDATE assessment SET status = 'submitted', submitted_at = now() WHERE id = $1")
        .bind(civil_society)
        .execute(&app.pool)
        .await
        .expect("submitted");
    // Who may read the civil-society assessment: [anonymous, CDI (Viet Nam), a Myanmar
    // partner, Viet Nam's official, staff, admin].
    let readers = [false, true, false, true, true, true];
    for (who, reads) in Who::ALL.into_iter().zip(readers) {
        let (mut client, _) = app.signed_in(who).await;
        let dashboard = client.get("/dashboard/assessments").await;
        assert_eq!(dashboard.status, StatusCode::OK);
        let row = dashboard_row(&dashboard.body, "assessment-VN");
        let government = row
            .split("<td class=\"rating government\">")
            .nth(1)
            .expect("a government cell");
        assert!(
            government.starts_with("No assessment yet"),
            "{who:?}: a draft never counts: {row}"
        );
        let cso = row
            .split("<td class=\"rating civil-society\">")
            .nth(1)
            .expect("a civil-society cell");
        assert_eq!(
            cso.contains(">3.0</a>"),
            reads,
            "{who:?}: the dashboard shows the civil-society rating: {row}"
        );
        assert_eq!(
            cso.starts_with("No assessment yet"),
            !reads,
            "{who:?}: {row}"
        );
        // The dashboard's figure leads to a page its reader may open.
        for href in links(cso) {
            let target = client.get(&href).await;
            assert_eq!(target.status, StatusCode::OK, "{who:?}: {href}");
        }
        // So does the regional view of the cycle.
        let regional = client.get("/assessments/regional?cycle=2024").await;
        assert_eq!(
            regional.body.contains("<td>— / 3.0</td>"),
            reads,
            "{who:?}: the regional view shows the civil-society rating"
        );
        // The comparison shows what the dashboard shows.
        let compare = client
            .get(&format!("/assessments/rounds/{round_id}/compare"))
            .await;
        match who {
            Who::Anonymous => assert_eq!(compare.status, StatusCode::SEE_OTHER),
            _ if !reads => assert_eq!(compare.status, StatusCode::NOT_FOUND, "{who:?}"),
            _ => {
                assert_eq!(compare.status, StatusCode::OK, "{who:?}");
                compare.assert_contains(&[
                    "government average no rating, civil society average 3.0",
                    "The government assessment is not submitted or not shared with you yet.",
                ]);
                // Every link on the comparison answers 200 for its reader.
                for href in links(&compare.body) {
                    let target = client.get(&href).await;
                    assert_eq!(
                        target.status,
                        StatusCode::OK,
                        "{who:?}: the comparison links to {href}"
                    );
                }
            }
        }
        // The list of rounds links only what its reader may open, too.
        if who != Who::Anonymous {
            let list = client.get("/assessments").await;
            for href in links(&list.body)
                .into_iter()
                .filter(|h| h.starts_with("/assessments/"))
            {
                let target = client.get(&href).await;
                assert_eq!(
                    target.status,
                    StatusCode::OK,
                    "{who:?}: the list links to {href}"
                );
            }
        }
    }
}

/// A provision offers the twenty newest findings to cite, those cited always among them, and
/// links to the rest; an older one may still be cited. (At the synthetic scale 100 a Member
/// State has 50,000 findings, and offering them all took 620 ms a page.)
#[tokio::test]
async fn a_provision_offers_its_newest_findings_to_cite_and_links_to_the_rest() {
    let app = TestApp::demo().await;
    let (_, government, _) = round(&app).await;
    let (one, code) = provisions(&app).await[0].clone();
    let ids: Vec<uuid::Uuid> = sqlx::query_scalar(
        "WITH f AS (
           INSERT INTO finding (consultation_id, kind, statement, visibility, created_at)
           SELECT c.id, 'good_practice', 'Filler finding ' || lpad(n::text, 2, '0'), 'members',
                  now() - make_interval(days => 100 - n)
             FROM consultation c, generate_series(1, 25) n
            WHERE c.slug = 'hanoi-2019-12-18' RETURNING id, statement),
         s AS (INSERT INTO finding_state SELECT id, 'VN' FROM f),
         l AS (INSERT INTO finding_commitment SELECT id, $1 FROM f)
         SELECT id FROM f ORDER BY statement",
    )
    .bind(one)
    .fetch_all(&app.pool)
    .await
    .expect("25 findings on the first provision in Viet Nam");
    let (oldest, newest) = (ids[0], ids[24]);
    // Newer still: one staff only, and one of Thailand's; neither is the official's to cite.
    let hidden: Vec<uuid::Uuid> = sqlx::query_scalar(
        "WITH f AS (
           INSERT INTO finding (consultation_id, kind, statement, visibility)
           SELECT c.id, 'good_practice', v.statement, v.visibility::visibility
             FROM consultation c,
                  (VALUES ('Staff-only finding', 'staff', 'VN'), ('Thai finding', 'public', 'TH'))
                    v(statement, visibility, state)
            WHERE c.slug = 'hanoi-2019-12-18' RETURNING id, statement),
         s AS (INSERT INTO finding_state
               SELECT f.id, CASE WHEN f.statement = 'Thai finding' THEN 'TH' ELSE 'VN' END FROM f),
         l AS (INSERT INTO finding_commitment SELECT id, $1 FROM f)
         SELECT id FROM f",
    )
    .bind(one)
    .fetch_all(&app.pool)
    .await
    .expect("a staff-only and a Thai finding");
    let (mut official, _) = app.signed_in(Who::OfficialVn).await;
    let form = official.get(&format!("/assessments/{government}")).await;
    assert_eq!(form.status, StatusCode::OK);
    let boxes = form.body.matches(&format!("name=\"f_{one}\"")).count();
    assert_eq!(boxes, 20);
    assert!(form.body.contains(&newest.to_string()));
    assert!(!form.body.contains(&oldest.to_string()));
    assert!(!form.body.contains("Staff-only finding") && !form.body.contains("Thai finding"));
    for id in &hidden {
        let forged = official
            .post(
                &format!("/assessments/{government}"),
                &format!("version=1&a_{one}=rated%3A3&f_{one}={id}"),
            )
            .await;
        assert_eq!(forged.status, StatusCode::UNPROCESSABLE_ENTITY);
        forged.assert_contains(&["Choose supporting findings from the list."]);
    }
    form.assert_contains(&[
        "The 20 newest findings are listed.",
        &format!("<a href=\"/findings?commitment={code}&#38;state=VN\">All findings on {code} in this Member State</a>"),
    ]);
    // The oldest, found from that list, is cited and stays offered, ticked.
    let saved = official
        .post(
            &format!("/assessments/{government}"),
            &format!("version=1&a_{one}=rated%3A3&f_{one}={oldest}"),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let form = official.get(&format!("/assessments/{government}")).await;
    assert_eq!(form.body.matches(&format!("name=\"f_{one}\"")).count(), 21);
    assert!(form.body.contains(&format!("value=\"{oldest}\" checked")));
    assert!(form.body.contains(&newest.to_string()));
}
