//! Findings: the tracker's filters, search without regard to accents in any script, what each
//! kind of visitor may see in lists, counts, search and CSV, the export itself, the forms and
//! progress updates, and pages deep into the list.

use axum::http::StatusCode;

use crate::accounts_harness::{Client, Who, urlencode};
use crate::harness::TestApp;

/// Four findings with known answers: two public, one for members, one for staff.
async fn fixture(app: &TestApp) {
    sqlx::raw_sql(
        "WITH ins AS (
           INSERT INTO finding (id, consultation_id, kind, statement, visibility, recommendation_status,
                                addressee_organisation_id, due_on, created_at)
           SELECT v.id::uuid, c.id, v.kind::finding_kind, v.statement, v.visibility::visibility,
                  v.status::recommendation_status, CASE WHEN v.kind = 'recommendation' THEN (SELECT id FROM organisation WHERE slug = 'molisa') END,
                  v.due::date, v.created::timestamptz
             FROM (VALUES
               ('00000000-0000-4000-8000-0000000000f1', 'hanoi-2019-12-18', 'challenge',
                'Workers in Hà Nội lack social insurance (demo)', 'public', NULL, NULL, '2026-01-01'),
               ('00000000-0000-4000-8000-0000000000f2', 'bangkok-2019-09-09', 'recommendation',
                'Quyền lao động của người di cư phải được bảo vệ (demo)', 'public', 'in_progress', '2020-01-01', '2026-01-02'),
               ('00000000-0000-4000-8000-0000000000f3', 'kuala-lumpur-2019-11-12', 'good_practice',
                'แรงงานข้ามชาติได้รับการคุ้มครอง (demo)', 'members', NULL, NULL, '2026-01-03'),
               ('00000000-0000-4000-8000-0000000000f4', 'yangon-2020-02-29', 'opportunity',
                'Secret staff finding about Yangon (demo)', 'staff', NULL, NULL, '2026-01-04')
             ) AS v(id, slug, kind, statement, visibility, status, due, created)
             JOIN consultation c ON c.slug = v.slug
           RETURNING id)
         SELECT count(*) FROM ins;
         INSERT INTO finding_state (finding_id, member_state_code) VALUES
           ('00000000-0000-4000-8000-0000000000f1', 'VN'), ('00000000-0000-4000-8000-0000000000f2', 'TH'),
           ('00000000-0000-4000-8000-0000000000f3', 'MY'), ('00000000-0000-4000-8000-0000000000f4', 'MM');
         INSERT INTO finding_commitment (finding_id, commitment_id)
         SELECT f, (SELECT id FROM commitment WHERE code = c) FROM (VALUES
           ('00000000-0000-4000-8000-0000000000f1'::uuid, 'C4.5'), ('00000000-0000-4000-8000-0000000000f2'::uuid, 'C5.2'),
           ('00000000-0000-4000-8000-0000000000f3'::uuid, 'C3.2'), ('00000000-0000-4000-8000-0000000000f4'::uuid, 'C7.1')) AS x(f, c);
         INSERT INTO finding_theme (finding_id, theme_id)
         SELECT '00000000-0000-4000-8000-0000000000f1', id FROM theme WHERE slug = 'social-insurance';",
    )
    .execute(&app.pool)
    .await
    .expect("the fixture loads");
}

const F1: &str = "Workers in Hà Nội lack social insurance (demo)";
const F2: &str = "Quyền lao động của người di cư phải được bảo vệ (demo)";
const F3: &str = "แรงงานข้ามชาติได้รับการคุ้มครอง (demo)";
const F4: &str = "Secret staff finding about Yangon (demo)";

/// Which fixture findings a page shows.
fn shown(body: &str) -> Vec<&'static str> {
    [("F1", F1), ("F2", F2), ("F3", F3), ("F4", F4)]
        .into_iter()
        .filter(|(_, s)| body.contains(s))
        .map(|(n, _)| n)
        .collect()
}

#[tokio::test]
async fn each_filter_selects_exactly_the_findings_it_names() {
    let app = TestApp::real_series().await;
    fixture(&app).await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let cases: &[(&str, &[&str])] = &[
        ("", &["F1", "F2", "F3", "F4"]),
        ("state=VN", &["F1"]),
        ("kind=recommendation", &["F2"]),
        ("status=in_progress", &["F2"]),
        ("overdue=yes", &["F2"]),
        ("commitment=c4.5", &["F1"]),
        ("commitment=C7.1", &["F4"]),
        ("commitment=c5.2&overdue=yes", &["F2"]),
        ("commitment=c4.5&overdue=yes", &[]),
        ("commitment=c5.2&overdue=yes&sort=due", &["F2"]),
        ("chapter=5", &["F2"]),
        ("theme=social-insurance", &["F1"]),
        ("consultation=bangkok-2019-09-09", &["F2"]),
        ("from=2019-11-01&to=2019-12-31", &["F1", "F3"]),
        ("state=VN&kind=recommendation", &[]),
    ];
    for (query, expected) in cases {
        let page = staff.get(&format!("/findings?{query}")).await;
        assert_eq!(page.status, StatusCode::OK, "{query}");
        assert_eq!(shown(&page.body), *expected, "{query}");
        page.assert_contains(&[&format!(
            "{} finding{}</caption>",
            expected.len(),
            if expected.len() == 1 { "" } else { "s" }
        )]);
    }
    for (query, message) in [
        ("kind=rumour", "There is no such kind of finding."),
        ("from=1/1/2020", "The from date must look like 2019-12-18."),
        ("sort=random", "Sort by newest, oldest or due."),
        ("after=garbage", "The page marker is damaged."),
        (
            "after=yesterday~00000000-0000-4000-8000-0000000000f1",
            "The page marker is damaged.",
        ),
    ] {
        let page = staff.get(&format!("/findings?{query}")).await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST, "{query}");
        page.assert_contains(&[message]);
    }
}

#[tokio::test]
async fn search_ignores_case_and_accents_finds_thai_and_marks_the_matches() {
    let app = TestApp::demo().await;
    fixture(&app).await;
    let (mut partner, _) = app.signed_in(Who::PartnerA).await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;

    let hanoi = app.client().get("/search?q=ha+noi").await;
    hanoi.assert_contains(&[
        "<mark>Hà</mark> <mark>Nội</mark>",
        "/findings/00000000-0000-4000-8000-0000000000f1",
    ]);
    let hanoi_upper = app.client().get("/search?q=HA+NOI").await;
    hanoi_upper.assert_contains(&["/findings/00000000-0000-4000-8000-0000000000f1"]);
    let lao_dong = app.client().get("/search?q=lao+dong").await;
    lao_dong.assert_contains(&[
        "<mark>lao</mark> <mark>động</mark>",
        "/findings/00000000-0000-4000-8000-0000000000f2",
    ]);
    // Sessions are found too (the Hanoi agenda's social insurance discussion).
    app.client()
        .get("/search?q=SOCIAL+INSURANCE")
        .await
        .assert_contains(&["Session", "Finding"]);

    // Thai, without spaces between words: found inside the text, for members only.
    let thai = format!("/search?q={}", urlencode("แรงงานข้ามชาติ"));
    assert!(
        !app.client()
            .get(&thai)
            .await
            .body
            .contains("/findings/00000000-0000-4000-8000-0000000000f3")
    );
    partner
        .get(&thai)
        .await
        .assert_contains(&["/findings/00000000-0000-4000-8000-0000000000f3", "<mark>"]);

    // Staff findings never reach others.
    assert!(
        !partner
            .get("/search?q=secret+staff")
            .await
            .body
            .contains("/findings/00000000-0000-4000-8000-0000000000f4")
    );
    staff
        .get("/search?q=secret+staff")
        .await
        .assert_contains(&["/findings/00000000-0000-4000-8000-0000000000f4"]);
    // Markup in a query is text.
    let odd = app.client().get("/search?q=%3Cscript%3E").await;
    assert_eq!(odd.status, StatusCode::OK);
    assert!(!odd.body.contains("<script>"));
}

/// The CSV rows (after the header) of an export, read as a CSV reader would.
fn csv_rows(body: &[u8]) -> Vec<Vec<String>> {
    assert!(
        body.starts_with(b"\xEF\xBB\xBF"),
        "UTF-8 with a byte-order mark"
    );
    let mut reader = csv::Reader::from_reader(&body[3..]);
    reader
        .records()
        .map(|r| r.expect("a CSV record").iter().map(str::to_owned).collect())
        .collect()
}

async fn export(client: &mut Client<'_>, query: &str) -> Vec<Vec<String>> {
    let response = client.get(&format!("/findings.csv?{query}")).await;
    assert_eq!(response.status, StatusCode::OK);
    assert_eq!(response.header("content-type"), "text/csv; charset=utf-8");
    csv_rows(response.body.as_bytes())
}

#[tokio::test]
async fn visitors_and_partners_never_see_staff_findings_in_lists_counts_search_or_csv() {
    let app = TestApp::real_series().await;
    fixture(&app).await;
    let (mut partner, _) = app.signed_in(Who::PartnerB).await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let mut anonymous = app.client();

    let statements =
        |rows: Vec<Vec<String>>| rows.into_iter().map(|r| r[2].clone()).collect::<Vec<_>>();
    assert_eq!(statements(export(&mut anonymous, "").await).len(), 2);
    assert_eq!(statements(export(&mut partner, "").await).len(), 3);
    assert_eq!(statements(export(&mut staff, "").await).len(), 4);
    assert!(!statements(export(&mut partner, "").await).contains(&F4.to_owned()));
    // Exactly what is filtered.
    assert_eq!(
        statements(export(&mut staff, "state=TH").await),
        [F2.to_owned()]
    );

    anonymous
        .get("/findings")
        .await
        .assert_contains(&["2 findings</caption>"]);
    partner
        .get("/findings")
        .await
        .assert_contains(&["3 findings</caption>"]);
    assert_eq!(
        anonymous
            .get("/findings/00000000-0000-4000-8000-0000000000f4")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        partner
            .get("/findings/00000000-0000-4000-8000-0000000000f4")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        anonymous
            .get("/findings/00000000-0000-4000-8000-0000000000f3")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let commitment = anonymous
        .get("/frameworks/asean-consensus-2017/commitments/C7.1")
        .await;
    assert!(!commitment.body.contains("Secret staff"));
}

#[tokio::test]
async fn the_csv_export_neutralises_formulas_and_keeps_every_script() {
    let app = TestApp::demo().await;
    fixture(&app).await;
    sqlx::raw_sql(
        "INSERT INTO finding (consultation_id, kind, statement, visibility)
         SELECT id, 'challenge', '=HYPERLINK(\"http://evil.example\",\"click\") Hà Nội', 'public'
           FROM consultation WHERE slug = 'hanoi-2019-12-18';
         INSERT INTO finding (consultation_id, kind, statement, visibility)
         SELECT id, 'challenge', '@SUM(A1) ភ្នំពេញ မြန်မာ', 'public'
           FROM consultation WHERE slug = 'hanoi-2019-12-18';",
    )
    .execute(&app.pool)
    .await
    .expect("hostile findings");
    let rows = export(&mut app.client(), "").await;
    let cells: Vec<&str> = rows.iter().map(|r| r[2].as_str()).collect();
    assert!(
        cells.contains(&"'=HYPERLINK(\"http://evil.example\",\"click\") Hà Nội"),
        "{cells:?}"
    );
    assert!(cells.contains(&"'@SUM(A1) ភ្នំពេញ မြန်မာ"), "{cells:?}");
    assert!(cells.contains(&F2), "Vietnamese comes back exactly");
    assert!(rows.iter().all(|r| !r.iter().any(|c| c.starts_with('='))));
}

#[tokio::test]
async fn pages_go_deep_into_the_list_without_repeating_or_losing_a_finding() {
    let app = TestApp::real_series().await;
    sqlx::raw_sql(
        "WITH f AS (
           INSERT INTO finding (consultation_id, kind, statement, visibility, recommendation_status,
                                due_on, created_at)
           SELECT c.id, 'recommendation', 'Demo finding ' || n, 'public', 'open', DATE '2020-01-01' + n / 3,
                  '2026-01-01'::timestamptz + (n / 3) * interval '1 minute'
             FROM consultation c, generate_series(1, 130) n WHERE c.slug = 'hanoi-2019-12-18'
           RETURNING id),
         s AS (INSERT INTO finding_state SELECT id, 'VN' FROM f)
         INSERT INTO finding_commitment SELECT id, (SELECT id FROM commitment WHERE code = 'C4.2') FROM f",
    )
    .execute(&app.pool)
    .await
    .expect("130 findings");
    let mut client = app.client();
    // The whole list, and lists read from a finding's links to a Member State or a commitment
    // in each order (migrations 41 and 43).
    for (first, order) in [
        ("/findings", "newest"),
        ("/findings?sort=oldest", "oldest"),
        ("/findings?state=VN", "newest"),
        ("/findings?commitment=c4.2&sort=oldest", "oldest"),
        ("/findings?state=VN&overdue=yes&sort=due", "due"),
        ("/findings?commitment=C4.2&overdue=yes", "newest"),
    ] {
        let mut seen = Vec::new();
        let mut next = first.to_owned();
        let mut pages = 0;
        while !next.is_empty() {
            let page = client.get(&next).await;
            assert_eq!(page.status, StatusCode::OK, "{next}");
            if pages == 0 {
                page.assert_contains(&["130 findings</caption>"]);
            }
            pages += 1;
            for part in page.body.split("href=\"/findings/").skip(1) {
                let id = &part[..36];
                if id.chars().nth(8) == Some('-') {
                    assert!(
                        !seen.iter().any(|s: &(String, String)| s.0 == id),
                        "{id} repeated on page {pages} ({next})"
                    );
                    let title = part[38..].split('<').next().unwrap_or_default();
                    seen.push((id.to_owned(), title.to_owned()));
                }
            }
            next = page
                .body
                .split("<a href=\"")
                .filter_map(|s| s.split('"').next())
                .find(|href| href.contains("after="))
                .map(|href| href.replace("&#38;", "&"))
                .unwrap_or_default();
        }
        assert_eq!(pages, 3, "{first}");
        assert_eq!(seen.len(), 130, "{first}");
        // Created (and due) three to a minute (a day): the newest are 128 to 130, the oldest
        // and soonest due 1 and 2.
        let edge = if order == "newest" {
            ["Demo finding 130", "Demo finding 129"]
        } else {
            ["Demo finding 1", "Demo finding 2"]
        };
        assert!(edge.contains(&seen[0].1.as_str()), "{first}: {:?}", seen[0]);
    }
}

/// Counting stops past a thousand: the tracker says "more than", and still pages through them.
/// The caption of the tracker's list: how many findings match.
fn caption(body: &str) -> &str {
    let end = body.find("</caption>").expect("the list has a caption");
    let start = body[..end].rfind('>').map_or(0, |i| i + 1);
    &body[start..end]
}

#[tokio::test]
async fn counts_by_a_commitment_a_state_or_a_theme_leave_out_what_the_reader_may_not_see() {
    // Filtered by one link and nothing else, the tracker counts from the links' own copies of
    // their findings' facts: they must keep the findings' visibility and archiving.
    let app = TestApp::real_series().await;
    fixture(&app).await;
    let (mut partner, _) = app.signed_in(Who::PartnerB).await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let mut anonymous = app.client();
    for (query, anonymous_sees, partner_sees, staff_sees) in [
        ("commitment=C7.1", "0 findings", "0 findings", "1 finding"),
        ("state=MM", "0 findings", "0 findings", "1 finding"),
        ("state=MY", "0 findings", "1 finding", "1 finding"),
        ("commitment=c3.2", "0 findings", "1 finding", "1 finding"),
        (
            "commitment=c5.2&overdue=yes",
            "1 finding",
            "1 finding",
            "1 finding",
        ),
        (
            "theme=social-insurance",
            "1 finding",
            "1 finding",
            "1 finding",
        ),
    ] {
        let url = format!("/findings?{query}");
        assert_eq!(
            caption(&anonymous.get(&url).await.body),
            anonymous_sees,
            "{query}"
        );
        assert_eq!(
            caption(&partner.get(&url).await.body),
            partner_sees,
            "{query}"
        );
        assert_eq!(caption(&staff.get(&url).await.body), staff_sees, "{query}");
    }
    // The Hanoi consultation kept for staff: its public finding goes with it, for visitors.
    sqlx::query("UPDATE consultation SET visibility = 'staff' WHERE slug = 'hanoi-2019-12-18'")
        .execute(&app.pool)
        .await
        .expect("the consultation is restricted");
    for query in ["state=VN", "commitment=c4.5", "theme=social-insurance"] {
        let url = format!("/findings?{query}");
        assert_eq!(
            caption(&anonymous.get(&url).await.body),
            "0 findings",
            "{query}"
        );
        assert_eq!(
            caption(&partner.get(&url).await.body),
            "0 findings",
            "{query}"
        );
        assert_eq!(caption(&staff.get(&url).await.body), "1 finding", "{query}");
    }
    // An archived finding counts for no one; a recommendation implemented is no longer overdue.
    sqlx::raw_sql(
        "UPDATE finding SET archived_at = now() WHERE id = '00000000-0000-4000-8000-0000000000f1';
         UPDATE finding SET recommendation_status = 'implemented'
          WHERE id = '00000000-0000-4000-8000-0000000000f2'",
    )
    .execute(&app.pool)
    .await
    .expect("the findings change");
    for query in [
        "state=VN",
        "commitment=c4.5",
        "theme=social-insurance",
        "commitment=c5.2&overdue=yes",
        "state=TH&overdue=yes",
    ] {
        let url = format!("/findings?{query}");
        assert_eq!(
            caption(&staff.get(&url).await.body),
            "0 findings",
            "{query}"
        );
    }
    assert_eq!(
        caption(&staff.get("/findings?state=TH").await.body),
        "1 finding"
    );
}

#[tokio::test]
async fn the_tracker_counts_up_to_a_thousand_and_says_more_beyond() {
    let app = TestApp::real_series().await;
    sqlx::raw_sql(
        "INSERT INTO finding (consultation_id, kind, statement, visibility)
         SELECT c.id, 'challenge', 'Demo finding ' || n, 'public'
           FROM consultation c, generate_series(1, 1001) n WHERE c.slug = 'hanoi-2019-12-18'",
    )
    .execute(&app.pool)
    .await
    .expect("1,001 findings");
    let page = app.client().get("/findings").await;
    page.assert_contains(&[
        "More than 1000 findings</caption>",
        "Download CSV<span class=\"visually-hidden\"> of these findings (more than 1000)</span>",
        "Next page",
    ]);
    let exactly = app.client().get("/findings?kind=opportunity").await;
    exactly.assert_contains(&["0 findings</caption>"]);
}

#[tokio::test]
async fn staff_write_findings_and_follow_recommendations_up_with_their_status_history() {
    let app = TestApp::demo().await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let form = staff.get("/findings/new").await;
    let token = crate::harness::hidden(&form.body, "token");
    let (hanoi, c42, molisa): (uuid::Uuid, uuid::Uuid, uuid::Uuid) = sqlx::query_as(
        "SELECT (SELECT id FROM consultation WHERE slug = 'hanoi-2019-12-18'),
                (SELECT id FROM commitment WHERE code = 'C4.2'),
                (SELECT id FROM organisation WHERE slug = 'molisa')",
    )
    .fetch_one(&app.pool)
    .await
    .expect("ids");
    let base = format!(
        "token={token}&kind=recommendation&statement=Demo%3A%20give%20every%20worker%20a%20written%20contract&consultation={hanoi}&states=VN&visibility=public&status=open&due_on=2020-06-30"
    );
    let no_commitment = staff
        .post("/findings", &format!("{base}&addressee=org:{molisa}"))
        .await;
    assert_eq!(no_commitment.status, StatusCode::UNPROCESSABLE_ENTITY);
    no_commitment.assert_contains(&[
        "Tick the commitment (or commitments) of the Consensus it concerns.",
        "give every worker a written contract",
    ]);
    let no_addressee = staff
        .post("/findings", &format!("{base}&commitments={c42}"))
        .await;
    no_addressee.assert_contains(&["Choose to whom the recommendation is addressed."]);
    let created = staff
        .post(
            "/findings",
            &format!("{base}&commitments={c42}&addressee=org:{molisa}"),
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let finding = created.header("location").to_owned();
    let page = app.client().get(&finding).await;
    page.assert_contains(&[
        "Recommendation",
        "Ministry of Labour, Invalids and Social Affairs",
        "Open",
        "overdue",
        "C4.2",
    ]);
    // Dates as people write them, Member States by name.
    page.assert_contains(&["30 June 2020", ">Viet Nam</a>"]);
    assert!(!page.body.contains("2020-06-30</dd>") && !page.body.contains(">VN</a>"));
    let tracker = staff.get("/findings?kind=recommendation&states=VN").await;
    let shown = tracker
        .body
        .matches("<th scope=\"row\"><a href=\"/findings/")
        .count();
    let label = if shown == 1 {
        "1 finding".to_owned()
    } else {
        format!("{shown} findings")
    };
    tracker.assert_contains(&[&format!("<caption>{label}</caption>")]);
    assert!(!tracker.body.contains("these 1 findings"));

    let bad = staff
        .post(
            &format!("{finding}/updates"),
            "reported_on=2020-03-01&body=Draft%20decree&links=ftp%3A%2F%2Fx",
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    bad.assert_contains(&["Each evidence link starts with https://."]);
    let progress = staff
        .post(
            &format!("{finding}/updates"),
            "reported_on=2020-03-01&body=A%20draft%20decree%20was%20published%20(demo)&links=https%3A%2F%2Fexample.org%2Fdecree&status=in_progress",
        )
        .await;
    assert_eq!(progress.status, StatusCode::SEE_OTHER);
    let page = app.client().get(&finding).await;
    page.assert_contains(&[
        "A draft decree was published (demo)",
        "Open → In progress",
        "https://example.org/decree",
    ]);
    // On the commitment's page and in the tracker.
    app.client()
        .get("/frameworks/asean-consensus-2017/commitments/C4.2")
        .await
        .assert_contains(&["give every worker a written contract"]);
    let audit: Vec<String> =
        sqlx::query_scalar("SELECT action FROM audit_log WHERE entity = 'finding' ORDER BY id")
            .fetch_all(&app.pool)
            .await
            .expect("the audit log");
    assert_eq!(audit, ["finding.create", "recommendation.update"]);
}

#[tokio::test]
async fn staff_fill_in_an_official_reference_and_the_provisional_code_stays() {
    let app = TestApp::demo().await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let form = staff
        .get("/frameworks/asean-consensus-2017/commitments/C3.2/edit")
        .await;
    assert_eq!(form.status, StatusCode::OK);
    let version = crate::harness::hidden(&form.body, "version");
    let empty = staff
        .post(
            "/frameworks/asean-consensus-2017/commitments/C3.2",
            &format!("version={version}&title=&duty_bearer=receiving"),
        )
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    empty.assert_contains(&["Enter the provision&#39;s title."]);
    let saved = staff
        .post(
            "/frameworks/asean-consensus-2017/commitments/C3.2",
            &format!("version={version}&title=Holding%20one%27s%20own%20passport&official_ref=para.%2014%20(demo)&duty_bearer=receiving&body=Demo%20text"),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let page = app
        .client()
        .get("/frameworks/asean-consensus-2017/commitments/C3.2")
        .await;
    page.assert_contains(&["C3.2: Holding one&#39;s own passport", "para. 14 (demo)"]);
    let stale = staff
        .post(
            "/frameworks/asean-consensus-2017/commitments/C3.2",
            &format!("version={version}&title=Other&duty_bearer=all"),
        )
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    let partner = app
        .signed_in(Who::PartnerA)
        .await
        .0
        .post(
            "/frameworks/asean-consensus-2017/commitments/C3.2",
            "title=x",
        )
        .await;
    assert_eq!(partner.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn with_many_sessions_the_form_offers_the_chosen_consultation_s_and_still_checks_each_save() {
    let app = TestApp::real_series().await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let (hanoi, yangon, c42): (uuid::Uuid, uuid::Uuid, uuid::Uuid) = sqlx::query_as(
        "SELECT (SELECT id FROM consultation WHERE slug = 'hanoi-2019-12-18'),
                (SELECT id FROM consultation WHERE slug = 'yangon-2020-02-29'),
                (SELECT id FROM commitment WHERE code = 'C4.2')",
    )
    .fetch_one(&app.pool)
    .await
    .expect("ids");
    // A session of each of the two consultations, then enough sessions for the form to offer
    // only the chosen consultation's.
    let session = |consultation: uuid::Uuid, title: &'static str| {
        let pool = app.pool.clone();
        async move {
            sqlx::query_scalar::<_, uuid::Uuid>(
                "INSERT INTO session (consultation_id, title, position, kind)
                 VALUES ($1, $2, 900, (enum_range(NULL::session_kind))[1]) RETURNING id",
            )
            .bind(consultation)
            .bind(title)
            .fetch_one(&pool)
            .await
            .expect("a session")
        }
    };
    let hanoi_session = session(hanoi, "Hanoi breakout on contracts (demo)").await;
    let yangon_session = session(yangon, "Yangon breakout on recruitment (demo)").await;
    let offered = |body: &str| {
        (
            body.contains("Hanoi breakout on contracts (demo)"),
            body.contains("Yangon breakout on recruitment (demo)"),
        )
    };
    let form = staff
        .get(&format!("/findings/new?consultation={hanoi}"))
        .await;
    assert_eq!(
        offered(&form.body),
        (true, true),
        "few sessions: all offered"
    );
    sqlx::query(
        "INSERT INTO session (consultation_id, title, position, kind)
         SELECT $1, 'Synthetic session ' || n, 1000 + n, (enum_range(NULL::session_kind))[1]
           FROM generate_series(1, 500) n",
    )
    .bind(yangon)
    .execute(&app.pool)
    .await
    .expect("500 more sessions");
    let form = staff
        .get(&format!("/findings/new?consultation={hanoi}"))
        .await;
    assert_eq!(form.status, StatusCode::OK);
    assert_eq!(offered(&form.body), (true, false), "only Hanoi's sessions");
    assert!(!form.body.contains("Synthetic session"));
    let token = crate::harness::hidden(&form.body, "token");
    let base = format!(
        "token={token}&kind=challenge&statement=Contracts%20are%20not%20written%20(demo)&consultation={hanoi}&states=VN&visibility=public&commitments={c42}"
    );
    // A session of another consultation is refused, as before, and the form comes back whole.
    let refused = staff
        .post("/findings", &format!("{base}&session={yangon_session}"))
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_contains(&[
        "Choose a session of that consultation, or none.",
        "Contracts are not written (demo)",
        "Hanoi breakout on contracts (demo)",
    ]);
    let saved = staff
        .post("/findings", &format!("{base}&session={hanoi_session}"))
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let finding = saved.header("location").to_owned();
    // Its edit form offers its own consultation's sessions, with its session chosen.
    let edit = staff.get(&format!("{finding}/edit")).await;
    assert_eq!(offered(&edit.body), (true, false));
    edit.assert_contains(&[&format!("<option value=\"{hanoi_session}\" selected>")]);
    // An archived consultation cannot be chosen, however the form was filled.
    sqlx::query("UPDATE consultation SET archived_at = now() WHERE id = $1")
        .bind(yangon)
        .execute(&app.pool)
        .await
        .expect("archived");
    let form = staff.get("/findings/new").await;
    let token = crate::harness::hidden(&form.body, "token");
    let archived = staff
        .post(
            "/findings",
            &format!(
                "token={token}&kind=challenge&statement=Late%20(demo)&consultation={yangon}&states=MM&visibility=public&commitments={c42}"
            ),
        )
        .await;
    assert_eq!(archived.status, StatusCode::UNPROCESSABLE_ENTITY);
    archived.assert_contains(&["Choose the consultation it comes from.", "Late (demo)"]);
}

#[tokio::test]
async fn an_edit_changes_exactly_the_links_it_changes_and_keeps_the_others() {
    let app = TestApp::real_series().await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let (hanoi, c42, c45, insurance): (uuid::Uuid, uuid::Uuid, uuid::Uuid, uuid::Uuid) =
        sqlx::query_as(
            "SELECT (SELECT id FROM consultation WHERE slug = 'hanoi-2019-12-18'),
                    (SELECT id FROM commitment WHERE code = 'C4.2'),
                    (SELECT id FROM commitment WHERE code = 'C4.5'),
                    (SELECT id FROM theme WHERE slug = 'social-insurance')",
        )
        .fetch_one(&app.pool)
        .await
        .expect("ids");
    let form = staff.get("/findings/new").await;
    let token = crate::harness::hidden(&form.body, "token");
    let fields = "kind=challenge&statement=Pay%20slips%20are%20missing%20(demo)&visibility=public";
    let saved = staff
        .post(
            "/findings",
            &format!("token={token}&{fields}&consultation={hanoi}&states=VN&commitments={c42}"),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let finding = saved.header("location").to_owned();
    let links = |app: &TestApp| {
        let pool = app.pool.clone();
        let id = finding.trim_start_matches("/findings/").to_owned();
        async move {
            sqlx::query_as::<_, (Vec<String>, Vec<String>, Vec<String>)>(
                "SELECT ARRAY(SELECT member_state_code::text FROM finding_state
                               WHERE finding_id::text = $1 ORDER BY 1),
                        ARRAY(SELECT cm.code FROM finding_commitment fc
                                JOIN commitment cm ON cm.id = fc.commitment_id
                               WHERE fc.finding_id::text = $1 ORDER BY 1),
                        ARRAY(SELECT t.slug FROM finding_theme ft JOIN theme t ON t.id = ft.theme_id
                               WHERE ft.finding_id::text = $1 ORDER BY 1)",
            )
            .bind(id)
            .fetch_one(&pool)
            .await
            .expect("the links")
        }
    };
    let s = |v: &[&str]| v.iter().map(|x| (*x).to_owned()).collect::<Vec<_>>();
    assert_eq!(links(&app).await, (s(&["VN"]), s(&["C4.2"]), s(&[])));
    // Each edit posts the form whole, as a browser does, with the version it was read at.
    let edit = async |staff: &mut crate::accounts_harness::Client<'_>, links: &str| {
        let form = staff.get(&format!("{finding}/edit")).await;
        let version = crate::harness::hidden(&form.body, "version");
        let saved = staff
            .post(
                &finding,
                &format!("version={version}&{fields}&consultation={hanoi}&{links}"),
            )
            .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    };
    edit(
        &mut staff,
        &format!("states=VN&states=TH&commitments={c42}"),
    )
    .await;
    assert_eq!(links(&app).await, (s(&["TH", "VN"]), s(&["C4.2"]), s(&[])));
    edit(
        &mut staff,
        &format!("states=TH&states=VN&commitments={c45}&themes={insurance}"),
    )
    .await;
    assert_eq!(
        links(&app).await,
        (s(&["TH", "VN"]), s(&["C4.5"]), s(&["social-insurance"]))
    );
    edit(
        &mut staff,
        &format!("states=TH&commitments={c45}&commitments={c42}&themes={insurance}"),
    )
    .await;
    assert_eq!(
        links(&app).await,
        (s(&["TH"]), s(&["C4.2", "C4.5"]), s(&["social-insurance"]))
    );
    // What the tracker and a provision's page read from the links follows.
    assert_eq!(
        caption(&staff.get("/findings?state=VN").await.body),
        "0 findings"
    );
    assert_eq!(
        caption(&staff.get("/findings?commitment=C4.5").await.body),
        "1 finding"
    );
    assert_eq!(
        caption(&staff.get("/findings?theme=social-insurance").await.body),
        "1 finding"
    );
}
