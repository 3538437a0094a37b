//! The demo data's demo layer: what a first run shows (`seed demo`), that every demo record
//! says so, and that `seed demo --without-examples` leaves the layer out.

use std::process::Command;

use axum::http::StatusCode;
use musyawarah::seed::{self, Examples};
use sqlx::PgPool;

use crate::accounts_harness::Who;
use crate::harness::TestApp;

const HANOI_CREDIT: &str = "de400000-0000-4000-8000-00000000f004";
const VN_CLOSED_ROUND: &str = "de400000-0000-4000-8000-00000000d001";

async fn count(pool: &PgPool, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(pool)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
}

/// The dashboard's Member State table as CSV: the value of `column` in `state`'s row.
fn csv_value(csv: &str, state: &str, column: &str) -> String {
    let mut reader = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let head = reader.headers().expect("a header").clone();
    let at = head
        .iter()
        .position(|h| h == column)
        .unwrap_or_else(|| panic!("no column {column:?} in {head:?}"));
    reader
        .records()
        .map(|r| r.expect("a row"))
        .find(|r| &r[0] == state)
        .unwrap_or_else(|| panic!("no row for {state}"))[at]
        .to_owned()
}

/// The text from `marker` to the next `end`.
fn from_to<'a>(body: &'a str, marker: &str, end: &str) -> &'a str {
    let start = body
        .find(marker)
        .unwrap_or_else(|| panic!("no {marker:?} in the page:\n{body}"));
    let rest = &body[start..];
    &rest[..rest.find(end).unwrap_or(rest.len())]
}

#[tokio::test]
async fn the_first_run_dashboard_shows_figures_and_says_they_include_demo_records() {
    let app = TestApp::demo().await;
    let page = app.get("/dashboard").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&[
        "These figures include demo records (consultations, head counts by sex, findings and \
         self-assessments)",
    ]);
    let csv = app.get("/dashboard.csv").await.body;
    // Hanoi (38 demo heads: 23 women) and the demo consultation under the Chatham House rule
    // (9 women) cover Viet Nam.
    assert_eq!(csv_value(&csv, "Viet Nam", "Participants (women)"), "32");
    assert_eq!(csv_value(&csv, "Viet Nam", "Consultations held"), "2");
    assert_eq!(csv_value(&csv, "Viet Nam", "Recommendations"), "3");
    assert_eq!(
        csv_value(&csv, "Viet Nam", "Recommendations implemented"),
        "1"
    );
    // Due in 2021 and in progress still.
    assert_eq!(csv_value(&csv, "Viet Nam", "Overdue follow-ups"), "1");
    assert_eq!(
        csv_value(&csv, "Viet Nam", "Government self-assessment cycle"),
        "2023 (demo)"
    );
    assert_eq!(
        csv_value(&csv, "Indonesia", "Civil-society assessment cycle"),
        "2023 (demo)"
    );
    assert_ne!(
        csv_value(&csv, "Viet Nam", "Government self-assessment average"),
        csv_value(&csv, "Viet Nam", "Civil-society assessment average"),
        "the two sides differ"
    );
    assert_ne!(csv_value(&csv, "Thailand", "Participants (men)"), "0");

    // Without the layer, the same page counts nothing demo, and says nothing about it.
    let real = TestApp::empty().await;
    seed::demo_with(&real.pool, Examples::Leave)
        .await
        .expect("the real series loads");
    let page = real.get("/dashboard").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(!page.body.contains("demo records"), "{}", page.body);
    let csv = real.get("/dashboard.csv").await.body;
    assert_eq!(csv_value(&csv, "Viet Nam", "Participants (women)"), "0");
    assert_eq!(csv_value(&csv, "Viet Nam", "Consultations held"), "1");
}

#[tokio::test]
async fn the_hanoi_page_shows_demo_head_counts_beside_the_reported_figure_and_demo_notes() {
    let app = TestApp::demo().await;
    let page = app.get("/consultations/hanoi-2019-12-18").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&[
        // The real figure stays the reported one.
        "Over 35 participants (as reported)",
        "The head counts by sex are demo figures, not from the report, which gives over 35 \
         participants (as reported).",
        "Head counts by sex (demo figures)",
        // Published demo notes, marked, on the sessions they are about.
        "[Demo] An example note, written for the demo",
        "[Demo] Workers going abroad still pay recruitment fees",
        "[Demo] An example note on the discussion of social insurance",
    ]);
    let totals = from_to(
        &page.body,
        "<caption>Head counts by sex (demo figures)</caption>",
        "</table>",
    );
    assert!(
        totals.contains(">23<") && totals.contains(">14<") && totals.contains(">38<"),
        "{totals}"
    );
    // The note attributed to name and organisation is signed by the demo account.
    page.assert_contains(&["Demo Partner (CDI, Viet Nam)"]);

    // The note under the Chatham House rule, on the demo consultation, names no one.
    let page = app.get("/consultations/demo-chatham-house-dialogue").await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&[
        "[Demo] Closed-door dialogue on recruitment fees",
        "Held under the Chatham House rule",
        "[Demo] An example note under the Chatham House rule",
    ]);
    let agenda = &page.body[page.body.find("agenda-heading").expect("an agenda")
        ..page
            .body
            .find("participants-heading")
            .expect("participants")];
    assert!(
        !agenda.contains("CDI") && !agenda.contains("Demo Partner"),
        "no byline names the author or the organisation: {agenda}"
    );
}

#[tokio::test]
async fn a_demo_recommendation_has_its_follow_up_and_the_closed_round_compares_both_sides() {
    let app = TestApp::demo().await;
    let page = app.get(&format!("/findings/{HANOI_CREDIT}")).await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&[
        "[Demo] Publish a list of licensed recruitment agencies",
        "[Demo] The ministry accepted the recommendation",
        "[Demo] A first list of licensed agencies is online",
        "C5.3",
    ]);
    let tracker = app.get("/findings?state=VN").await;
    tracker.assert_contains(&["[Demo] Workers going abroad pay recruitment fees"]);

    // The closed round: both sides submitted, and where they differ is marked.
    let (mut official, _) = app.signed_in(Who::OfficialVn).await;
    let page = official
        .get(&format!("/assessments/rounds/{VN_CLOSED_ROUND}/compare"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&["Viet Nam, 2023 (demo)", "differ by 3"]);
    assert!(
        !page
            .body
            .contains("not submitted or not shared with you yet"),
        "both sides are shown: {}",
        page.body
    );
    // The regional view of the cycle shows both states, both sides.
    let page = app.get("/assessments/regional?cycle=2023+%28demo%29").await;
    assert_eq!(page.status, StatusCode::OK);
    for state in ["Viet Nam", "Indonesia"] {
        let line = from_to(
            &page.body,
            &format!("<th scope=\"row\">{state}</th>"),
            "</tr>",
        );
        assert!(!line.contains("— / —"), "{state} has both sides: {line}");
    }
    // The open round is listed, its two assessments still in draft.
    let list = official.get("/assessments").await;
    list.assert_contains(&["2026 (demo)"]);
}

/// Every record of the demo layer says it is demo; the only accounts are the demo ones.
async fn assert_every_demo_record_is_marked(pool: &PgPool) {
    for (what, sql) in [
        (
            "notes",
            "SELECT count(*) FROM note WHERE NOT is_demo OR summary NOT LIKE '[Demo] %'",
        ),
        (
            "statements",
            "SELECT count(*) FROM note_statement WHERE body NOT LIKE '[Demo] %'",
        ),
        (
            "findings",
            "SELECT count(*) FROM finding WHERE NOT is_demo OR statement NOT LIKE '[Demo] %'",
        ),
        (
            "follow-up",
            "SELECT count(*) FROM recommendation_update
              WHERE NOT is_demo OR body NOT LIKE '[Demo] %'",
        ),
        (
            "rounds",
            "SELECT count(*) FROM assessment_round WHERE NOT is_demo OR cycle NOT LIKE '% (demo)'",
        ),
        (
            "ratings",
            "SELECT count(*) FROM assessment_rating WHERE evidence NOT LIKE '[Demo] %'",
        ),
        (
            "consultations",
            "SELECT count(*) FROM consultation WHERE is_demo <> (title LIKE '[Demo] %')",
        ),
        (
            "sessions",
            "SELECT count(*) FROM session WHERE is_demo <> (title LIKE '[Demo] %')",
        ),
        (
            "head counts",
            "SELECT count(*) FROM participation
              WHERE female + male + other_or_unstated > 0
                AND (NOT is_demo OR note NOT LIKE '[Demo] %')",
        ),
        (
            "accounts",
            "SELECT count(*) FROM app_user
              WHERE email NOT LIKE '%@demo.example' OR display_name NOT LIKE 'Demo %'",
        ),
        (
            "invented people",
            "SELECT count(*) FROM person WHERE is_demo",
        ),
    ] {
        assert_eq!(
            count(pool, sql).await,
            0,
            "every demo record is marked: {what}"
        );
    }
}

#[tokio::test]
async fn every_demo_record_is_marked_and_loading_twice_changes_nothing() {
    let app = TestApp::demo().await;
    assert_every_demo_record_is_marked(&app.pool).await;
    let layer = "SELECT (SELECT count(*) FROM note WHERE status = 'published'
                                         AND effective_visibility = 'public'),
                        (SELECT count(*) FROM finding WHERE effective_visibility = 'public'),
                        (SELECT count(*) FROM recommendation_update),
                        (SELECT count(*) FROM assessment_round WHERE status = 'closed'),
                        (SELECT count(*) FROM assessment_round WHERE status = 'open'),
                        (SELECT count(*) FROM participation WHERE is_demo)";
    let counts = |pool: PgPool| async move {
        sqlx::query_as::<_, (i64, i64, i64, i64, i64, i64)>(layer)
            .fetch_one(&pool)
            .await
            .expect("counts")
    };
    let before = counts(app.pool.clone()).await;
    assert_eq!(before, (3, 9, 4, 2, 1, 29));
    assert!(!seed::demo(&app.pool).await.expect("loads again"));
    assert_eq!(counts(app.pool.clone()).await, before);
}

/// An account as the demo accounts list it: email, name, role, organisation, Member State.
type AccountLine = (String, String, String, Option<String>, Option<String>);

#[tokio::test]
async fn the_demo_layer_authors_are_the_first_run_demo_accounts_which_then_sign_in() {
    let app = TestApp::demo().await;
    let made: Vec<AccountLine> = sqlx::query_as(
        "SELECT u.email, u.display_name, u.role::text, o.slug, u.member_state_code::text
           FROM app_user u LEFT JOIN organisation o ON o.id = u.organisation_id
          WHERE u.password_hash IS NULL ORDER BY u.email",
    )
    .fetch_all(&app.pool)
    .await
    .expect("the accounts");
    assert_eq!(made.len(), 3);
    let demo = musyawarah::auth::accounts::demo_accounts();
    for (email, name, role, organisation, state) in &made {
        assert!(
            demo.iter().any(|a| &a.email == email
                && &a.display_name == name
                && a.role.value() == role
                && &a.organisation == organisation
                && &a.member_state == state),
            "{email} is one of the first run's demo accounts"
        );
    }
    let dir = std::env::temp_dir().join(format!("demo-layer-{}", uuid::Uuid::new_v4()));
    let lines = musyawarah::auth::accounts::create_demo_accounts(&app.pool, &dir.join("a.txt"))
        .await
        .expect("runs")
        .expect("no account could sign in yet");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(count(&app.pool, "SELECT count(*) FROM app_user").await, 5);
    assert_eq!(
        count(
            &app.pool,
            "SELECT count(*) FROM app_user WHERE password_hash IS NULL"
        )
        .await,
        0
    );
    // The demo partner of CDI signs in and finds the notes the demo layer gave them.
    let password = lines
        .lines()
        .find(|l| l.contains("partner.cdi@"))
        .and_then(|l| l.split_whitespace().last())
        .expect("a password");
    let id: uuid::Uuid =
        sqlx::query_scalar("SELECT id FROM app_user WHERE email = 'partner.cdi@demo.example'")
            .fetch_one(&app.pool)
            .await
            .expect("the account");
    let mut partner = app.client();
    let signed = partner
        .sign_in(&crate::accounts_harness::Account {
            id,
            email: "partner.cdi@demo.example".to_owned(),
            password: password.to_owned(),
            totp_secret: None,
        })
        .await;
    assert_eq!(signed.status, StatusCode::SEE_OTHER, "{}", signed.body);
    let mine = partner.get("/my/notes").await;
    assert_eq!(mine.status, StatusCode::OK);
    let demo_badges = mine
        .body
        .matches("<span class=\"badge demo\">Demo</span>")
        .count();
    assert_eq!(
        demo_badges, 3,
        "each of the three notes is marked: {}",
        mine.body
    );
}

#[tokio::test]
async fn seed_demo_without_examples_leaves_the_layer_out_and_seed_demo_adds_it_once() {
    let app = TestApp::empty().await;
    let seed = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_musyawarah"))
            .args(["seed", "demo"])
            .args(args)
            .env("DATABASE_URL", &app.db.url)
            .env_remove("MUSYAWARAH_SEED_DEMO")
            .output()
            .expect("the command runs");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    seed(&["--without-examples"]);
    for table in [
        "note",
        "note_statement",
        "finding",
        "recommendation_update",
        "assessment_round",
        "assessment",
        "app_user",
    ] {
        assert_eq!(
            count(&app.pool, &format!("SELECT count(*) FROM {table}")).await,
            0,
            "no {table} without the examples"
        );
    }
    for sql in [
        "SELECT count(*) FROM participation WHERE is_demo OR female + male + other_or_unstated > 0",
        "SELECT count(*) FROM consultation WHERE is_demo OR title LIKE '%[Demo]%'",
        "SELECT count(*) FROM session WHERE is_demo",
    ] {
        assert_eq!(count(&app.pool, sql).await, 0, "{sql}");
    }
    assert_eq!(
        count(&app.pool, "SELECT count(*) FROM consultation").await,
        10
    );
    let page = app.get("/consultations/hanoi-2019-12-18").await;
    page.assert_contains(&[
        "Head counts by sex have not been recorded; the report gives over 35 participants",
    ]);
    assert!(!page.body.contains("[Demo]"), "{}", page.body);

    // The default adds the layer over it; a second run changes nothing.
    seed(&[]);
    assert_every_demo_record_is_marked(&app.pool).await;
    assert_eq!(count(&app.pool, "SELECT count(*) FROM note").await, 3);
    // Every scope's version together: a run that changes nothing moves none.
    let version = "SELECT coalesce(sum(n), 0)::bigint FROM scope_version";
    let before = (
        count(&app.pool, version).await,
        count(&app.pool, "SELECT count(*) FROM finding").await,
        count(
            &app.pool,
            "SELECT sum(female + male + other_or_unstated) FROM participation",
        )
        .await,
    );
    seed(&[]);
    let after = (
        count(&app.pool, version).await,
        count(&app.pool, "SELECT count(*) FROM finding").await,
        count(
            &app.pool,
            "SELECT sum(female + male + other_or_unstated) FROM participation",
        )
        .await,
    );
    assert_eq!(before, after);
}
