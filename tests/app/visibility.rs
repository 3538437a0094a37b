//! One rule for who may see what: a record is never shown more widely than its parents. Every
//! page a visitor, a partner or an official can open is read with records hidden by a parent
//! (a public note and finding on a staff-only session; a public session, note and finding in a
//! staff-only consultation; a public note on a members-only session), and none of them may show
//! a word of those records.

use axum::http::StatusCode;
use uuid::Uuid;

use crate::accounts_harness::{Client, Who};
use crate::harness::TestApp;

/// In every record that only staff may see.
pub(crate) const STAFF_MARK: &str = "Zqxhidden";
/// In every record that only signed-in members may see.
pub(crate) const MEMBERS_MARK: &str = "Zqxmembers";

pub(crate) struct Hidden {
    staff_session: Uuid,
    staff_consultation_session: Uuid,
    members_session: Uuid,
}

/// Adds, to the demo data, records whose own visibility is public but whose parents' is not.
pub(crate) async fn hide_records(app: &TestApp) -> Hidden {
    let author = app.account(Who::PartnerA).await.expect("a partner").id;
    let hidden = Hidden {
        staff_session: Uuid::new_v4(),
        staff_consultation_session: Uuid::new_v4(),
        members_session: Uuid::new_v4(),
    };
    let sql = format!(
        "DO $$
         DECLARE
           hanoi uuid := (SELECT id FROM consultation WHERE slug = 'hanoi-2019-12-18');
           author uuid := '{author}';
           cdi uuid := (SELECT organisation_id FROM app_user WHERE id = '{author}');
           commitment_id uuid := (SELECT id FROM commitment ORDER BY code LIMIT 1);
           theme_id uuid := (SELECT id FROM theme ORDER BY slug LIMIT 1);
           secret uuid := gen_random_uuid();
           n uuid;
           f uuid;
           s uuid;
         BEGIN
           INSERT INTO consultation (id, series_id, slug, title, host_state_code, status, visibility)
           SELECT secret, series_id, 'zqxhidden-consultation', '{STAFF_MARK} consultation', 'VN',
                  'planned', 'staff'
             FROM consultation WHERE id = hanoi;
           INSERT INTO consultation_state VALUES (secret, 'VN');
           INSERT INTO participation (consultation_id, organisation_id, role) VALUES (secret, cdi, 'participant');
           INSERT INTO session (id, consultation_id, position, kind, title, visibility) VALUES
             ('{a}', hanoi, 90, 'plenary', '{STAFF_MARK} staff-only session', 'staff'),
             ('{b}', secret, 1, 'plenary', '{STAFF_MARK} session of a staff-only consultation', 'public'),
             ('{c}', hanoi, 91, 'plenary', '{MEMBERS_MARK} members-only session', 'members');
           FOR s IN SELECT unnest(ARRAY['{a}', '{b}', '{c}']::uuid[]) LOOP
             n := gen_random_uuid();
             f := gen_random_uuid();
             INSERT INTO note (id, session_id, author_id, organisation_id, status, summary,
                               proposed_visibility, visibility, submitted_at, published_at,
                               search_text, proposed_attribution, attribution)
             SELECT n, s, author, cdi, 'published', se.title || ': its note', 'public', 'public',
                    now(), now(), se.title || ': its note', 'name_and_organisation',
                    'name_and_organisation'
               FROM session se WHERE se.id = s;
             INSERT INTO note_statement (note_id, section, position, body)
             SELECT n, 'challenge', 1, se.title || ': a statement' FROM session se WHERE se.id = s;
             INSERT INTO note_revision (note_id, number, status, content, author_id)
             SELECT n, 1, 'published', json_build_object('summary', se.title || ': its note',
                    'statements', '[]'::json, 'proposed_visibility', 'public'), author
               FROM session se WHERE se.id = s;
             INSERT INTO finding (id, consultation_id, session_id, source_note_id, kind, statement,
                                  visibility)
             SELECT f, se.consultation_id, s, n, 'challenge', se.title || ': its finding', 'public'
               FROM session se WHERE se.id = s;
             INSERT INTO finding_state VALUES (f, 'VN');
             INSERT INTO finding_commitment VALUES (f, commitment_id);
             INSERT INTO finding_theme VALUES (f, theme_id);
           END LOOP;
         END $$",
        a = hidden.staff_session,
        b = hidden.staff_consultation_session,
        c = hidden.members_session,
    );
    sqlx::raw_sql(&sql)
        .execute(&app.pool)
        .await
        .expect("the hidden records");
    hidden
}

/// Every page of the route table a signed-in user (or a visitor) may ask for, with each path
/// parameter filled with every record of that kind.
async fn every_page(app: &TestApp) -> Vec<String> {
    let ids = |sql: &'static str| async move {
        sqlx::query_scalar::<_, String>(sql)
            .fetch_all(&app.pool)
            .await
            .expect("the records")
    };
    let series = ids("SELECT slug FROM series").await;
    let consultations = ids("SELECT slug FROM consultation").await;
    let states = ids("SELECT code::text FROM member_state").await;
    let organisations = ids("SELECT slug FROM organisation").await;
    let frameworks = ids("SELECT slug FROM framework").await;
    let commitments = ids(
        "SELECT f.slug || '/commitments/' || c.code FROM commitment c
           JOIN framework f ON f.id = c.framework_id",
    )
    .await;
    let notes = ids("SELECT id::text FROM note").await;
    let sessions = ids("SELECT id::text FROM session").await;
    let findings = ids("SELECT id::text FROM finding").await;
    let assessments = ids("SELECT id::text FROM assessment").await;
    let rounds = ids("SELECT id::text FROM assessment_round").await;

    let mut pages = Vec::new();
    for route in musyawarah::routes::table() {
        if route.method != "GET"
            || !matches!(
                route.access,
                musyawarah::auth::guard::Access::Public | musyawarah::auth::guard::Access::SignedIn
            )
        {
            continue;
        }
        let path = route.path;
        let fill = |values: &[String], param: &str| -> Vec<String> {
            values.iter().map(|v| path.replace(param, v)).collect()
        };
        let expanded: Vec<String> = match path {
            "/series/{slug}" => fill(&series, "{slug}"),
            "/consultations/{slug}" => fill(&consultations, "{slug}"),
            "/states/{code}" => fill(&states, "{code}"),
            // Printable reports: every page to print; the PDFs (read back as text) of the
            // consultations and the state that hold hidden records.
            "/consultations/{slug}/report" => fill(&consultations, "{slug}"),
            "/states/{code}/brief" => fill(&states, "{code}"),
            "/consultations/{slug}/report.pdf" => vec![
                "/consultations/hanoi-2019-12-18/report.pdf".to_owned(),
                "/consultations/zqxhidden-consultation/report.pdf".to_owned(),
            ],
            "/states/{code}/brief.pdf" => vec!["/states/VN/brief.pdf".to_owned()],
            "/organisations/{slug}" => fill(&organisations, "{slug}"),
            "/frameworks/{slug}" => fill(&frameworks, "{slug}"),
            "/frameworks/{slug}/commitments/{code}" => commitments
                .iter()
                .map(|c| format!("/frameworks/{c}"))
                .collect(),
            p if p.starts_with("/notes/{id}") => fill(&notes, "{id}"),
            "/sessions/{id}/notes/new" => fill(&sessions, "{id}"),
            "/findings/{id}" => fill(&findings, "{id}"),
            "/assessments/{id}" => fill(&assessments, "{id}"),
            "/assessments/rounds/{id}/compare" => fill(&rounds, "{id}"),
            // Downloads of a record's lists (begin)
            p if p.starts_with("/series/{slug}/") => fill(&series, "{slug}"),
            p if p.starts_with("/consultations/{slug}/") => fill(&consultations, "{slug}"),
            p if p.starts_with("/organisations/{slug}/") => fill(&organisations, "{slug}"),
            p if p.starts_with("/assessments/rounds/{id}/compare.") => fill(&rounds, "{id}"),
            p if p.starts_with("/assessments/{id}/ratings.") => fill(&assessments, "{id}"),
            // Downloads (end)
            p if p.contains('{') => continue, // invitations by token, static files
            p => vec![p.to_owned()],
        };
        pages.extend(expanded);
    }
    for query in [
        // (Words of the hidden records other than the marks, which a search form shows back.)
        "/search?q=its+note".to_owned(),
        "/search?q=its+finding".to_owned(),
        "/search?q=a+statement".to_owned(),
        "/search?q=session".to_owned(),
        "/findings?q=its+finding".to_owned(),
        "/findings.csv?q=its+finding".to_owned(),
        "/findings?state=VN".to_owned(),
        "/findings.csv".to_owned(),
        "/consultations?state=VN".to_owned(),
        "/findings.xlsx?state=VN".to_owned(),
        "/consultations.xlsx?state=VN".to_owned(),
    ] {
        pages.push(query);
    }
    pages
}

async fn assert_nothing_hidden_shows(client: &mut Client<'_>, pages: &[String], marks: &[&str]) {
    for page in pages {
        let response = client.get(page).await;
        assert!(
            response.status.as_u16() < 500,
            "{page} answered {}",
            response.status
        );
        // A PDF is read as its text (its bytes are compressed); a download as its reader
        // would: a workbook or a .zip unpacked.
        let shown = if page.ends_with(".pdf") && response.status == StatusCode::OK {
            crate::reports::fetch(client, page).await.text()
        } else {
            crate::exports::readable(&response)
        };
        for mark in marks {
            assert!(
                !shown.contains(mark),
                "{page} ({}) shows a record its parent hides ({mark})",
                response.status
            );
        }
    }
}

#[tokio::test]
async fn no_page_shows_a_record_more_widely_than_its_parents_for_any_role() {
    let app = TestApp::demo().await;
    let hidden = hide_records(&app).await;
    let pages = every_page(&app).await;
    assert!(pages.len() > 100, "{} pages", pages.len());

    let mut visitor = app.client();
    assert_nothing_hidden_shows(&mut visitor, &pages, &[STAFF_MARK, MEMBERS_MARK]).await;
    for who in [Who::PartnerA, Who::PartnerB, Who::OfficialVn] {
        let (mut member, _) = app.signed_in(who).await;
        assert_nothing_hidden_shows(&mut member, &pages, &[STAFF_MARK]).await;
    }

    // The records are there, and shown where their parents allow: members read the public note
    // on the members-only session, staff read everything.
    let (mut partner, _) = app.signed_in(Who::PartnerA).await;
    partner
        .get("/consultations/hanoi-2019-12-18")
        .await
        .assert_contains(&["Zqxmembers members-only session: its note"]);
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    staff
        .get("/consultations/hanoi-2019-12-18")
        .await
        .assert_contains(&["Zqxhidden staff-only session: its note"]);
    staff
        .get("/consultations/zqxhidden-consultation")
        .await
        .assert_contains(&["Zqxhidden session of a staff-only consultation: its note"]);
    staff
        .get("/search?q=its+finding")
        .await
        .assert_contains(&["Zqxhidden staff-only session"]);
    // The PDFs read back as text show them to staff (so the walk above reads real text).
    let report = crate::reports::fetch(&staff, "/consultations/hanoi-2019-12-18/report.pdf")
        .await
        .text();
    assert!(
        report.contains("Zqxhidden staff-only session: its finding"),
        "{report}"
    );

    // Partners may neither open the note form of a session they may not see, nor post to it,
    // although their organisation took part.
    for session in [hidden.staff_session, hidden.staff_consultation_session] {
        assert_eq!(
            partner
                .get(&format!("/sessions/{session}/notes/new"))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        let posted = partner
            .post(
                &format!("/sessions/{session}/notes"),
                &format!(
                    "token={}&summary=Intruding&proposed_visibility=public&action=save",
                    Uuid::new_v4()
                ),
            )
            .await;
        assert_eq!(posted.status, StatusCode::NOT_FOUND);
    }
    let intruding: i64 =
        sqlx::query_scalar("SELECT count(*) FROM note WHERE summary = 'Intruding'")
            .fetch_one(&app.pool)
            .await
            .expect("the count");
    assert_eq!(intruding, 0);
    // The members' session is theirs to write about.
    assert_eq!(
        partner
            .get(&format!("/sessions/{}/notes/new", hidden.members_session))
            .await
            .status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn a_parent_made_more_private_hides_its_children_at_once_and_public_again_shows_them() {
    let app = TestApp::demo().await;
    let hidden = hide_records(&app).await;
    let levels = |table: &'static str| {
        let pool = app.pool.clone();
        async move {
            sqlx::query_scalar::<_, String>(&format!(
                "SELECT string_agg(DISTINCT effective_visibility::text, ',') FROM {table}
                  WHERE {}",
                match table {
                    "finding" | "session" => "consultation_id = (SELECT id FROM consultation WHERE slug = 'hanoi-2019-12-18')",
                    _ => "session_id IN (SELECT id FROM session WHERE consultation_id = (SELECT id FROM consultation WHERE slug = 'hanoi-2019-12-18'))",
                }
            ))
            .fetch_one(&pool)
            .await
            .expect("the levels")
        }
    };
    // The whole Hanoi consultation made staff-only: its sessions, notes and findings follow.
    sqlx::query("UPDATE consultation SET visibility = 'staff' WHERE slug = 'hanoi-2019-12-18'")
        .execute(&app.pool)
        .await
        .expect("hidden");
    for table in ["session", "note", "finding"] {
        assert_eq!(levels(table).await, "staff", "{table}");
    }
    let page = app.client().get("/consultations/hanoi-2019-12-18").await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    // Public again: each child is back at its own level, or its session's if that is stricter.
    sqlx::query("UPDATE consultation SET visibility = 'public' WHERE slug = 'hanoi-2019-12-18'")
        .execute(&app.pool)
        .await
        .expect("shown");
    let session_level: String =
        sqlx::query_scalar("SELECT effective_visibility::text FROM note WHERE session_id = $1")
            .bind(hidden.staff_session)
            .fetch_one(&app.pool)
            .await
            .expect("the note");
    assert_eq!(session_level, "staff");
    let members_level: String =
        sqlx::query_scalar("SELECT effective_visibility::text FROM finding WHERE session_id = $1")
            .bind(hidden.members_session)
            .fetch_one(&app.pool)
            .await
            .expect("the finding");
    assert_eq!(members_level, "members");
    app.client()
        .get("/consultations/hanoi-2019-12-18")
        .await
        .assert_contains(&["Hanoi"]);
}

/// No query decides who may read a record from its own `visibility` alone: they read the
/// effective level, which the database keeps as the most restrictive of the record's and its
/// parents'. (Assessment rounds have no parent to inherit from, and keep their own.)
#[test]
fn every_query_reads_the_effective_visibility() {
    let mut offending = Vec::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("a source folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("a source file");
            for (i, line) in text.lines().enumerate() {
                for (at, _) in line.match_indices("visibility = ANY") {
                    let before = &line[..at];
                    let qualified = before.ends_with("effective_")
                        || before.ends_with("r.")
                        || before.ends_with("a.");
                    if !qualified {
                        offending.push(format!("{}:{}: {}", path.display(), i + 1, line.trim()));
                    }
                }
            }
        }
    }
    assert!(
        offending.is_empty(),
        "queries that read a record's own visibility:\n{}",
        offending.join("\n")
    );
}
