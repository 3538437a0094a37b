//! The regional dashboard: every figure against a fixture with hand-computed answers, for a
//! visitor, a member and staff; each figure's link lists exactly the records it counts;
//! Timor-Leste before and after it joined; the SQL statements a request costs at two sizes of
//! data; the CSV download; and the light overview, which links to a page for each detailed
//! table with the filters kept.

use std::sync::{Arc, Mutex};

use axum::http::StatusCode;
use chrono::{TimeZone, Utc};

use crate::accounts_harness::{Client, Who};
use crate::harness::TestApp;

/// On the demo data (one consultation per state of the 2019-20 series; Viet Nam's held on
/// 18 December 2019), adds head counts, six findings and two rounds of self-assessment:
///
/// | finding | states | kind | visibility | status, due | theme | commitments |
/// |---|---|---|---|---|---|---|
/// | A | VN | challenge | public | | social insurance | C4.5 |
/// | B | VN | recommendation | public | implemented, 2020-06-01 | | C5.2 |
/// | C | VN | recommendation | members | open, 2020-01-01 (overdue) | | |
/// | D | VN | recommendation | staff | in progress, 2099-01-01 | | |
/// | E | TH | good practice | public | | | |
/// | F | VN, TH | opportunity | staff | | social insurance | C4.1, C4.2 |
///
/// Viet Nam's 2024 round is public: the government rated C4.1 = 4, C4.2 = 2, C4.3 not
/// applicable (average 3.0); civil society C4.1 = 1, C5.1 = 2, C4.2 no information (1.5; chapter
/// 4: 1.0, chapter 5: 2.0). Thailand's 2024 round is for staff: its government rated C4.1 = 3.
pub async fn fixture(app: &TestApp) {
    sqlx::raw_sql(
        "INSERT INTO participation (consultation_id, organisation_id, role, female, male, other_or_unstated)
         SELECT c.id, o.id, 'observer', v.f, v.m, v.o
           FROM (VALUES ('molisa', 3, 2, 0), ('cdi', 4, 1, 1)) AS v(org, f, m, o)
           JOIN organisation o ON o.slug = v.org, consultation c
          WHERE c.slug = 'hanoi-2019-12-18';
         INSERT INTO finding (id, consultation_id, kind, statement, visibility, recommendation_status,
                              addressee_state_code, due_on)
         SELECT v.id::uuid, c.id, v.kind::finding_kind, v.statement, v.visibility::visibility,
                v.status::recommendation_status, v.addressee, v.due::date
           FROM (VALUES
             ('00000000-0000-4000-8000-0000000000a1', 'hanoi-2019-12-18', 'challenge', 'A (demo)', 'public', NULL, NULL, NULL),
             ('00000000-0000-4000-8000-0000000000a2', 'hanoi-2019-12-18', 'recommendation', 'B (demo)', 'public', 'implemented', 'VN', '2020-06-01'),
             ('00000000-0000-4000-8000-0000000000a3', 'hanoi-2019-12-18', 'recommendation', 'C (demo)', 'members', 'open', 'VN', '2020-01-01'),
             ('00000000-0000-4000-8000-0000000000a4', 'hanoi-2019-12-18', 'recommendation', 'D (demo)', 'staff', 'in_progress', 'VN', '2099-01-01'),
             ('00000000-0000-4000-8000-0000000000a5', 'bangkok-2019-09-09', 'good_practice', 'E (demo)', 'public', NULL, NULL, NULL),
             ('00000000-0000-4000-8000-0000000000a6', 'hanoi-2019-12-18', 'opportunity', 'F (demo)', 'staff', NULL, NULL, NULL)
           ) AS v(id, slug, kind, statement, visibility, status, addressee, due)
           JOIN consultation c ON c.slug = v.slug;
         INSERT INTO finding_state (finding_id, member_state_code) VALUES
           ('00000000-0000-4000-8000-0000000000a1', 'VN'), ('00000000-0000-4000-8000-0000000000a2', 'VN'),
           ('00000000-0000-4000-8000-0000000000a3', 'VN'), ('00000000-0000-4000-8000-0000000000a4', 'VN'),
           ('00000000-0000-4000-8000-0000000000a5', 'TH'), ('00000000-0000-4000-8000-0000000000a6', 'VN'),
           ('00000000-0000-4000-8000-0000000000a6', 'TH');
         INSERT INTO finding_theme (finding_id, theme_id)
         SELECT f::uuid, (SELECT id FROM theme WHERE slug = 'social-insurance')
           FROM (VALUES ('00000000-0000-4000-8000-0000000000a1'), ('00000000-0000-4000-8000-0000000000a6')) AS x(f);
         INSERT INTO finding_commitment (finding_id, commitment_id)
         SELECT f::uuid, (SELECT id FROM commitment WHERE code = c) FROM (VALUES
           ('00000000-0000-4000-8000-0000000000a1', 'C4.5'), ('00000000-0000-4000-8000-0000000000a2', 'C5.2'),
           ('00000000-0000-4000-8000-0000000000a6', 'C4.1'), ('00000000-0000-4000-8000-0000000000a6', 'C4.2')) AS x(f, c);
         INSERT INTO assessment_round (id, framework_id, member_state_code, cycle, rating_scale_id, status, visibility)
         SELECT v.id::uuid, (SELECT id FROM framework ORDER BY adopted_on LIMIT 1), v.state, '2024',
                (SELECT id FROM rating_scale ORDER BY slug LIMIT 1), 'closed', v.visibility::visibility
           FROM (VALUES ('00000000-0000-4000-8000-0000000000b1', 'VN', 'public'),
                        ('00000000-0000-4000-8000-0000000000b2', 'TH', 'staff')) AS v(id, state, visibility);
         INSERT INTO assessment (id, round_id, assessor_kind, status, submitted_at, visibility) VALUES
           ('00000000-0000-4000-8000-0000000000c1', '00000000-0000-4000-8000-0000000000b1', 'government', 'submitted', now(), 'public'),
           ('00000000-0000-4000-8000-0000000000c2', '00000000-0000-4000-8000-0000000000b1', 'civil_society', 'submitted', now(), 'public'),
           ('00000000-0000-4000-8000-0000000000c3', '00000000-0000-4000-8000-0000000000b2', 'government', 'submitted', now(), 'staff');
         INSERT INTO assessment_rating (assessment_id, commitment_id, answer, rating)
         SELECT a::uuid, (SELECT id FROM commitment WHERE code = c), ans::rating_answer, r::smallint FROM (VALUES
           ('00000000-0000-4000-8000-0000000000c1', 'C4.1', 'rated', 4), ('00000000-0000-4000-8000-0000000000c1', 'C4.2', 'rated', 2),
           ('00000000-0000-4000-8000-0000000000c1', 'C4.3', 'not_applicable', NULL),
           ('00000000-0000-4000-8000-0000000000c2', 'C4.1', 'rated', 1), ('00000000-0000-4000-8000-0000000000c2', 'C5.1', 'rated', 2),
           ('00000000-0000-4000-8000-0000000000c2', 'C4.2', 'no_information', NULL),
           ('00000000-0000-4000-8000-0000000000c3', 'C4.1', 'rated', 3)) AS x(a, c, ans, r);",
    )
    .execute(&app.pool)
    .await
    .expect("the fixture loads");
}

/// The row of the page whose `id` is `row`.
fn row<'a>(body: &'a str, row: &str) -> &'a str {
    let start = body
        .find(&format!("<tr id=\"{row}\""))
        .unwrap_or_else(|| panic!("no row {row} on the page"));
    let rest = &body[start..];
    &rest[..rest.find("</tr>").expect("the row ends")]
}

/// The texts of the cells of `class` in a row, in order (the first link's text when linked).
fn cells(row: &str, class: &str) -> Vec<String> {
    row.split(&format!("class=\"{class}\""))
        .skip(1)
        .map(|cell| {
            let cell = &cell[..cell.find("</td>").expect("the cell ends")];
            let text = cell.find("<a ").map_or(cell, |a| &cell[a..]);
            let text = &text[text.find('>').expect("a tag ends") + 1..];
            text[..text.find('<').unwrap_or(text.len())]
                .trim()
                .to_owned()
        })
        .collect()
}

fn cell(body: &str, row_id: &str, class: &str) -> String {
    let found = cells(row(body, row_id), class);
    assert_eq!(found.len(), 1, "one {class} cell in {row_id}: {found:?}");
    found[0].clone()
}

/// The links of a cell.
fn hrefs(row: &str, class: &str) -> Vec<String> {
    row.split(&format!("class=\"{class}\""))
        .skip(1)
        .flat_map(|cell| {
            let cell = &cell[..cell.find("</td>").expect("the cell ends")];
            cell.split("href=\"")
                .skip(1)
                .map(|h| {
                    h[..h.find('"').expect("quoted")]
                        .replace("&amp;", "&")
                        .replace("&#38;", "&")
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// How many findings the tracker lists at `href`.
fn tracker_total(body: &str) -> String {
    let caption = body
        .split("<caption>")
        .nth(1)
        .expect("the tracker's caption");
    caption[..caption.find(' ').expect("a count")].to_owned()
}

#[tokio::test]
async fn every_figure_matches_the_hand_computed_answers_for_a_visitor_and_for_staff() {
    let app = TestApp::real_series().await;
    fixture(&app).await;

    let visitor = app.get("/dashboard").await;
    assert_eq!(visitor.status, StatusCode::OK);
    visitor.assert_contains(&["You are seeing public data only."]);
    // The detailed tables, each on its page: consultations and participation, findings,
    // assessments.
    let participation = app.get("/dashboard/participation").await;
    assert_eq!(participation.status, StatusCode::OK);
    participation.assert_contains(&["You are seeing public data only."]);
    let findings = app.get("/dashboard/findings").await;
    assert_eq!(findings.status, StatusCode::OK);
    let assessments = app.get("/dashboard/assessments").await;
    assert_eq!(assessments.status, StatusCode::OK);
    let b = &participation.body;
    assert_eq!(cell(b, "state-VN", "num held"), "1");
    assert_eq!(cell(b, "state-VN", "num planned"), "0");
    assert!(row(b, "state-VN").contains("18 December 2019"));
    assert_eq!(cell(b, "state-KH", "num planned"), "1");
    assert_eq!(cell(b, "state-KH", "num held"), "0");
    assert_eq!(cell(b, "state-VN", "num female"), "7");
    assert_eq!(cell(b, "state-VN", "num male"), "3");
    assert_eq!(cell(b, "state-VN", "num other"), "1");
    // Government, ASEAN bodies, civil society, international organisations, others.
    assert_eq!(
        cells(row(b, "state-VN"), "num group"),
        ["5", "0", "6", "0", "0"]
    );
    let b = &findings.body;
    // Challenges, opportunities, good practices, recommendations.
    assert_eq!(
        cells(row(b, "findings-VN"), "num kind"),
        ["1", "0", "0", "1"]
    );
    assert_eq!(
        cells(row(b, "findings-TH"), "num kind"),
        ["0", "0", "1", "0"]
    );
    assert_eq!(
        cells(row(b, "findings-VN"), "num implemented"),
        ["1"],
        "implemented"
    );
    assert!(row(b, "findings-VN").contains(">1</a> of <a"));
    assert_eq!(cell(b, "findings-VN", "num overdue"), "0");
    let b = &assessments.body;
    assert_eq!(cell(b, "assessment-VN", "rating government"), "3.0");
    assert_eq!(cell(b, "assessment-VN", "rating civil-society"), "1.5");
    assert!(row(b, "assessment-VN").contains("2 rated, 1 not applicable, 0 no information"));
    assert!(row(b, "assessment-VN").contains("2 rated, 0 not applicable, 1 no information"));
    assert_eq!(
        cell(b, "assessment-TH", "rating government"),
        "No assessment yet",
        "Thailand's round is for staff"
    );
    for page in [&visitor, &participation, &findings, &assessments] {
        assert!(!page.body.contains("F (demo)") && !page.body.contains("D (demo)"));
    }

    // Staff see the members' and staff findings and Thailand's round too.
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let page = staff.get("/dashboard/findings").await;
    page.assert_contains(&["You are seeing all data, including staff-only records."]);
    let staff_assessments = staff.get("/dashboard/assessments").await;
    let b = &page.body;
    assert_eq!(
        cells(row(b, "findings-VN"), "num kind"),
        ["1", "1", "0", "3"]
    );
    assert_eq!(
        cells(row(b, "findings-TH"), "num kind"),
        ["0", "1", "1", "0"]
    );
    assert!(row(b, "findings-VN").contains(">1</a> of <a"));
    assert!(row(b, "findings-VN").contains(">3</a>"));
    assert_eq!(cell(b, "findings-VN", "num overdue"), "1");
    assert_eq!(
        cell(
            &staff_assessments.body,
            "assessment-TH",
            "rating government"
        ),
        "3.0"
    );

    // A partner (a member) sees the members' recommendation but not staff's.
    let (mut partner, _) = app.signed_in(Who::PartnerA).await;
    let page = partner.get("/dashboard/findings").await;
    page.assert_contains(&["You are seeing public and members&#39; data."]);
    assert_eq!(
        cells(row(&page.body, "findings-VN"), "num kind"),
        ["1", "0", "0", "2"]
    );
    assert_eq!(cell(&page.body, "findings-VN", "num overdue"), "1");

    // Every finding figure links to a tracker list of exactly that many, for each viewer.
    for (client_page, who) in [(&page.body, "partner"), (b, "staff")] {
        let findings_row = row(client_page, "findings-VN");
        for class in ["num kind", "num overdue"] {
            let numbers = cells(findings_row, class);
            for (href, n) in hrefs(findings_row, class).iter().zip(numbers) {
                let client = if who == "staff" {
                    &mut staff
                } else {
                    &mut partner
                };
                let list = client.get(href).await;
                assert_eq!(list.status, StatusCode::OK, "{href}");
                assert_eq!(tracker_total(&list.body), n, "{who}: {href}");
            }
        }
    }
    // The consultation figures link to lists of that many consultations.
    let visitor_row = row(&participation.body, "state-KH");
    for class in ["num held", "num planned"] {
        let n = cells(visitor_row, class)[0].clone();
        let href = &hrefs(visitor_row, class)[0];
        let list = app.get(href).await;
        assert_eq!(list.status, StatusCode::OK, "{href}");
        assert!(
            list.body
                .contains(&format!("<span id=\"consultation-total\">{n}</span>")),
            "{href} lists {n}: {}",
            list.body
        );
    }

    // The heat maps, on their pages: Viet Nam x social insurance and Viet Nam x chapter 4.
    let staff_themes = staff.get("/dashboard/themes").await;
    assert_eq!(staff_themes.status, StatusCode::OK);
    let staff_chapters = staff.get("/dashboard/chapters").await;
    let visitor_chapters = app.get("/dashboard/chapters").await;
    assert!(
        staff_themes.body.contains(
            "href=\"/findings?state=VN&amp;theme=social-insurance\" \
             aria-label=\"Viet Nam, Social insurance: 2 findings\""
        ),
        "the staff theme heat map links Viet Nam's social-insurance cell"
    );
    assert!(
        staff_chapters
            .body
            .contains("aria-label=\"Viet Nam, chapter 4: 2 findings\"")
    );
    assert!(
        visitor_chapters
            .body
            .contains("aria-label=\"Viet Nam, chapter 4: 1 findings\"")
    );
    assert!(
        visitor_chapters
            .body
            .contains("aria-label=\"Viet Nam, chapter 5: 1 findings\"")
    );
    assert!(
        visitor_chapters
            .body
            .contains("aria-label=\"Viet Nam, chapter 4: government rating 3.0 (2024)\"")
    );
    assert!(
        visitor_chapters
            .body
            .contains("aria-label=\"Viet Nam, chapter 4: civil-society rating 1.0 (2024)\"")
    );
}

#[tokio::test]
async fn the_filters_narrow_every_figure_and_bad_values_are_explained() {
    let app = TestApp::real_series().await;
    fixture(&app).await;
    let page = app.get("/dashboard/findings?theme=social-insurance").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        cells(row(&page.body, "findings-VN"), "num kind"),
        ["1", "0", "0", "0"],
        "only A is about social insurance among the public findings"
    );
    let page = app
        .get("/dashboard/participation?from=2019-12-01&to=2019-12-31")
        .await;
    assert_eq!(cell(&page.body, "state-VN", "num held"), "1");
    assert_eq!(cell(&page.body, "state-TH", "num held"), "0");
    let page = app
        .get("/dashboard/findings?from=2019-12-01&to=2019-12-31")
        .await;
    assert_eq!(
        cells(row(&page.body, "findings-TH"), "num kind"),
        ["0", "0", "0", "0"]
    );
    let page = app
        .get("/dashboard/participation?series=hrwg-consensus-2019-2020")
        .await;
    assert_eq!(cell(&page.body, "state-VN", "num held"), "1");
    assert!(
        row(&page.body, "state-VN").contains("series=hrwg-consensus-2019-2020"),
        "links keep the filter"
    );

    for (query, message) in [
        (
            "from=18-12-2019",
            "The from date must look like 2019-12-18.",
        ),
        (
            "from=2020-01-01&to=2019-01-01",
            "The period ends before it starts.",
        ),
        ("series=no-such-series", "There is no such series."),
        ("theme=%3Cscript%3E", "There is no such theme."),
    ] {
        for path in [
            "/dashboard",
            "/dashboard.csv",
            "/dashboard/participation",
            "/dashboard/findings",
            "/dashboard/assessments",
            "/dashboard/timeline",
            "/dashboard/themes",
            "/dashboard/chapters",
        ] {
            let page = app.get(&format!("{path}?{query}")).await;
            assert_eq!(page.status, StatusCode::BAD_REQUEST, "{path}?{query}");
            page.assert_contains(&[message]);
        }
    }
    // The list the figures link to explains its bad values too.
    for (query, message) in [
        (
            "stage=finished",
            "The stage is held, planned, postponed or cancelled.",
        ),
        ("state=Viet%20Nam", "A Member State is a two-letter code."),
        ("page=0", "A page is a number from 1."),
        ("to=2019-13-01", "The to date must look like 2019-12-18."),
    ] {
        let page = app.get(&format!("/consultations?{query}")).await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST, "{query}");
        page.assert_contains(&[message]);
    }
    let unknown = app
        .get("/consultations?state=ZZ&series=no-such-series")
        .await;
    assert_eq!(unknown.status, StatusCode::OK);
    unknown.assert_contains(&["<span id=\"consultation-total\">0</span>"]);
}

fn set_clock(app: &TestApp, year: i32, month: u32, day: u32) {
    let at = Utc
        .with_ymd_and_hms(year, month, day, 12, 0, 0)
        .single()
        .expect("a time");
    app.clock.advance(at - app.clock.now());
}

#[tokio::test]
async fn timor_leste_is_shown_as_a_new_member_after_26_october_2025_and_not_before() {
    let app = TestApp::demo().await;
    set_clock(&app, 2025, 10, 25);
    let before = app.get("/dashboard/participation").await;
    let before_assessments = app.get("/dashboard/assessments").await;
    let tl = row(&before.body, "state-TL");
    assert!(tl.contains("class=\"not-member\""), "{tl}");
    assert!(
        tl.contains("Observer since 11 November 2022; not yet a member"),
        "{tl}"
    );
    assert!(row(&before_assessments.body, "assessment-TL").contains("Not a member"));

    set_clock(&app, 2025, 10, 26);
    let after = app.get("/dashboard/participation").await;
    let after_assessments = app.get("/dashboard/assessments").await;
    let tl = row(&after.body, "state-TL");
    assert!(!tl.contains("not-member"), "{tl}");
    assert!(tl.contains("Member since 26 October 2025"), "{tl}");
    assert!(tl.contains("New member"), "{tl}");
    assert!(
        row(&after_assessments.body, "assessment-TL").contains("No assessment yet"),
        "a new member has no assessment yet; it is not rated zero"
    );
    assert!(
        !row(&after.body, "state-VN").contains("New member"),
        "Viet Nam joined in 1995"
    );
}

/// Counts the SQL statements sqlx runs on this thread (the test's runtime runs the app on this
/// one thread, so other tests' statements are not counted).
struct StatementCounter(Arc<Mutex<usize>>);

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for StatementCounter {
    fn on_event(
        &self,
        event: &tracing::Event<'_>,
        _ctx: tracing_subscriber::layer::Context<'_, S>,
    ) {
        struct Summary(String);
        impl tracing::field::Visit for Summary {
            fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
                if field.name() == "summary" || field.name() == "db.statement" {
                    self.0.push_str(&format!("{value:?} "));
                }
            }
            fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
                if field.name() == "summary" || field.name() == "db.statement" {
                    self.0.push_str(value);
                    self.0.push(' ');
                }
            }
        }
        if event.metadata().target() != "sqlx::query" {
            return;
        }
        let mut summary = Summary(String::new());
        event.record(&mut summary);
        // sqlx asks each new connection about the app's own types once; that is the
        // connection's cost, not the request's.
        let catalog = summary.0.starts_with("SELECT oid") || summary.0.contains("pg_catalog.");
        if !catalog && let Ok(mut n) = self.0.lock() {
            *n += 1;
        }
    }
}

/// The statements of a dashboard request by `who` that computes the figures, and of one that
/// finds them kept. A first request, not counted, opens the pool's connections (sqlx asks each
/// new connection about the app's types); then the figures' version is moved on by hand so that
/// the next request reads them again.
async fn statements_of(app: &TestApp, who: Who) -> (usize, usize) {
    use tracing_subscriber::layer::SubscriberExt as _;
    let (mut client, _) = app.signed_in(who).await;
    // Tracing settles which events a subscriber wants when the first subscriber of a thread
    // appears, and while other tests run that can leave the first one deaf: so a first
    // subscriber serves the uncounted warm-up, and a second one counts.
    let mut counted = (0, 0);
    for round in 0..2 {
        let count = Arc::new(Mutex::new(0));
        let subscriber = tracing_subscriber::registry()
            .with(tracing_subscriber::filter::LevelFilter::TRACE)
            .with(StatementCounter(count.clone()));
        let _guard = tracing::subscriber::set_default(subscriber);
        if round == 0 {
            counted_get(&mut client, &count).await;
            continue;
        }
        sqlx::query(
            "INSERT INTO scope_version (scope, shard, n) VALUES ('figures', 0, 1)
                 ON CONFLICT (scope, shard) DO UPDATE SET n = scope_version.n + 1",
        )
        .execute(&app.pool)
        .await
        .expect("the version moves on");
        let computed = counted_get(&mut client, &count).await;
        let kept = counted_get(&mut client, &count).await;
        counted = (computed, kept);
    }
    counted
}

/// The statements one request for the dashboard costs.
async fn counted_get(client: &mut Client<'_>, count: &Arc<Mutex<usize>>) -> usize {
    *count.lock().expect("the count") = 0;
    let page = client.get("/dashboard").await;
    assert_eq!(page.status, StatusCode::OK);
    *count.lock().expect("the count")
}

#[tokio::test]
async fn a_dashboard_request_costs_the_same_statements_at_two_sizes_of_data() {
    let small = TestApp::demo().await;
    let large = TestApp::demo().await;
    musyawarah::seed::synthetic::load(&large.pool, 1)
        .await
        .expect("synthetic data at scale 1");

    let mut costs = Vec::new();
    for app in [&small, &large] {
        costs.push(statements_of(app, Who::Anonymous).await);
    }
    assert_eq!(costs[0], costs[1], "the same statements at both sizes");
    let (first, again) = costs[0];
    assert!(
        first > again,
        "kept figures cost less than computing them: {costs:?}"
    );
    assert!(first <= 6 && again <= 6, "{costs:?}");
    eprintln!("statements per dashboard request (computed, kept): {costs:?}");

    // Signed in, an official's kept login is confirmed by the page's first read (the versions):
    // no statement more than an anonymous request, at both sizes.
    for app in [&small, &large] {
        assert_eq!(
            statements_of(app, Who::OfficialVn).await,
            costs[0],
            "an official's dashboard request"
        );
    }

    // A change to the data is seen at the next request.
    let before = large.get("/dashboard/participation").await;
    let held_before: i64 = cell(&before.body, "state-VN", "num held")
        .parse()
        .expect("a number");
    sqlx::query(
        "UPDATE consultation SET status = 'held', starts_on = '2020-01-15'
          WHERE slug = 'cambodia-planned-2020'",
    )
    .execute(&large.pool)
    .await
    .expect("a consultation is held");
    let after = large.get("/dashboard/participation").await;
    assert_eq!(cell(&after.body, "state-KH", "num planned"), {
        let before_kh: i64 = cell(&before.body, "state-KH", "num planned")
            .parse()
            .expect("a number");
        (before_kh - 1).to_string()
    });
    assert_eq!(
        cell(&after.body, "state-VN", "num held"),
        held_before.to_string()
    );
}

#[tokio::test]
async fn the_csv_download_holds_the_table_as_filtered() {
    let app = TestApp::real_series().await;
    fixture(&app).await;
    let csv = app.get("/dashboard.csv?theme=social-insurance").await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.header("content-type").starts_with("text/csv"));
    assert!(csv.body.starts_with('\u{feff}'), "a byte order mark");
    let mut reader = ::csv::Reader::from_reader(csv.body.trim_start_matches('\u{feff}').as_bytes());
    let head: Vec<String> = reader
        .headers()
        .expect("a header")
        .iter()
        .map(str::to_owned)
        .collect();
    let at = |name: &str| {
        head.iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column {name}: {head:?}"))
    };
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
    assert_eq!(rows.len(), 11, "one row per Member State");
    let vn = rows.iter().find(|r| &r[1] == "VN").expect("Viet Nam");
    assert_eq!(&vn[0], "Viet Nam");
    assert_eq!(&vn[at("Consultations held")], "1");
    assert_eq!(&vn[at("Last held")], "2019-12-18");
    assert_eq!(&vn[at("Participants (women)")], "7");
    assert_eq!(&vn[at("Findings: Challenges")], "1");
    assert_eq!(&vn[at("Findings: Recommendations")], "0", "B has no theme");
    assert_eq!(&vn[at("Government self-assessment average")], "3.0");
    let tl = rows.iter().find(|r| &r[1] == "TL").expect("Timor-Leste");
    assert!(tl[2].contains("2025"), "{:?}", &tl[2]);
}

#[tokio::test]
async fn the_first_screen_says_where_each_member_state_stands_with_its_figures() {
    let app = TestApp::real_series().await;
    fixture(&app).await;
    let (mut staff, _) = app.signed_in(crate::accounts_harness::Who::Staff).await;
    let page = staff.get("/dashboard").await;
    assert_eq!(page.status, StatusCode::OK);
    let b = &page.body;

    // The overview comes before the filters; the detailed tables are on their own pages.
    let overview = b.find("id=\"overview\"").expect("an overview");
    assert!(overview < b.find("class=\"filters\"").expect("the filters"));
    assert!(
        !b.contains("id=\"states\""),
        "the details are on their own page"
    );
    let states: Vec<String> =
        sqlx::query_scalar("SELECT code::text FROM member_state ORDER BY code")
            .fetch_all(&app.pool)
            .await
            .expect("the Member States");
    assert_eq!(states.len(), 11, "{states:?}");
    assert_eq!(
        b.matches("<tr id=\"overview-").count(),
        states.len(),
        "one overview line per Member State"
    );
    for code in &states {
        let line = row(b, &format!("overview-{code}"));
        assert!(line.contains(&format!("href=\"/states/{code}\"")), "{line}");
        assert!(
            line.contains(" held</a>") && line.contains(" planned</a>"),
            "{line}"
        );
    }

    // Viet Nam: one held; recommendations B implemented, C open (and overdue), D in progress.
    let vn = row(b, "overview-VN");
    assert!(vn.contains(">Viet Nam</a>"), "{vn}");
    assert!(vn.contains(">Follow-up overdue</span>"), "{vn}");
    assert!(
        vn.contains("1 of 3 recommendations implemented, 1 overdue"),
        "{vn}"
    );
    for figure in [
        "1 held",
        "0 planned",
        "1 open",
        "1 in progress",
        "1 implemented",
    ] {
        assert!(vn.contains(&format!(">{figure}</a>")), "{figure} in {vn}");
    }
    assert!(vn.contains("18 December 2019"), "{vn}");
    // The latest assessments, both sides: government 3.0 (4 and 2), civil society 1.5 (1, 2).
    assert!(
        vn.contains("Government <a") && vn.contains(">3.0</a>") && vn.contains(">1.5</a>"),
        "{vn}"
    );
    // Cambodia has a consultation planned and none held; Thailand was consulted and has no
    // recommendation yet.
    assert!(row(b, "overview-KH").contains(">Consultation planned</span>"));
    assert!(row(b, "overview-TH").contains(">Consulted; no recommendations yet</span>"));

    // It prints: the print stylesheet is linked for print only.
    assert!(
        b.contains(r#"<link rel="stylesheet" href="/static/css/print.css" media="print">"#),
        "the print stylesheet"
    );
}

#[tokio::test]
async fn the_print_stylesheet_keeps_text_legible_and_table_rows_whole() {
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/static/css/print.css"))
        .expect("the print stylesheet");
    for size in css.split("font-size:").skip(1) {
        let size = size.trim_start();
        let points: f64 = size[..size.find("pt").expect("sizes in points")]
            .parse()
            .expect("a number");
        assert!(points >= 9.0, "no text under 9 pt in print: {size}");
    }
    assert!(css.contains("@page { size: A4"));
    assert!(css.contains("thead { display: table-header-group; }"));
    assert!(css.contains("tr { page-break-inside: avoid; break-inside: avoid; }"));
}

/// The elements of a page: its start tags.
fn elements(html: &str) -> usize {
    html.match_indices('<')
        .filter(|(at, _)| {
            html[at + 1..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic())
        })
        .count()
}

/// The detail pages: address, heading, and the id of the table each holds.
const DETAIL_PAGES: [(&str, &str, &str); 6] = [
    (
        "/dashboard/participation",
        "Consultations and participation",
        "states",
    ),
    ("/dashboard/findings", "Findings and follow-up", "findings"),
    ("/dashboard/assessments", "Self-assessments", "assessments"),
    (
        "/dashboard/timeline",
        "Timeline of the consultations",
        "timeline",
    ),
    ("/dashboard/themes", "Findings by theme", "theme-heat-table"),
    (
        "/dashboard/chapters",
        "Findings and ratings by chapter of the Consensus",
        "chapter-heat-table",
    ),
];

#[tokio::test]
async fn the_overview_links_to_each_detailed_table_s_page_with_the_filters_kept() {
    let app = TestApp::real_series().await;
    fixture(&app).await;
    let query = "series=hrwg-consensus-2019-2020&theme=social-insurance";
    let escaped = query.replace('&', "&#38;");
    let overview = app.get(&format!("/dashboard?{query}")).await;
    assert_eq!(overview.status, StatusCode::OK);
    for (path, heading, table) in DETAIL_PAGES {
        let link = format!("<a href=\"{path}?{escaped}\">{heading}</a>");
        assert!(overview.body.contains(&link), "the overview links {link}");
        assert!(
            !overview.body.contains(&format!("id=\"{table}\"")),
            "the overview leaves the table {table} to its page"
        );

        let page = app.get(&format!("{path}?{query}")).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        page.assert_contains(&[
            &format!("<h1>{heading}</h1>"),
            "<table class=\"data dashboard",
            &format!("id=\"{table}\""),
            // The way back to the overview keeps the filters, and the filters say what they are.
            &format!("<a href=\"/dashboard?{escaped}\">Regional progress dashboard</a>"),
            &format!("<form method=\"get\" action=\"{path}\""),
            "<option value=\"social-insurance\" selected>",
            "<option value=\"hrwg-consensus-2019-2020\" selected>",
            &format!("href=\"/dashboard.csv?{escaped}\""),
            "You are seeing public data only.",
        ]);
        assert!(
            page.body
                .contains(&format!("<title>{heading} · Regional progress dashboard")),
            "{path}'s title"
        );
    }
    // Each chart of the overview links to the page of its table.
    overview.assert_contains(&[
        &format!(
            "<a href=\"/dashboard/findings?{escaped}\">The table: Findings on each Member State \
             by kind"
        ),
        &format!(
            "<a href=\"/dashboard/timeline?{escaped}\">The table: Consultations by year and stage"
        ),
    ]);
    // Without filters, the links are plain addresses.
    let plain = app.get("/dashboard").await;
    for (path, heading, _) in DETAIL_PAGES {
        assert!(
            plain
                .body
                .contains(&format!("<a href=\"{path}\">{heading}</a>")),
            "{path}"
        );
    }
}

#[tokio::test]
async fn a_detail_page_shows_a_visitor_the_public_figures_and_an_official_the_members_too() {
    let app = TestApp::real_series().await;
    fixture(&app).await;
    let (mut official, _) = app.signed_in(Who::OfficialVn).await;

    // A visitor: A and B only; C (members) is the overdue one.
    let visitor = app.get("/dashboard/findings").await;
    assert_eq!(
        cells(row(&visitor.body, "findings-VN"), "num kind"),
        ["1", "0", "0", "1"]
    );
    assert_eq!(cell(&visitor.body, "findings-VN", "num overdue"), "0");
    assert!(!visitor.body.contains("Yours"));
    // An official of Viet Nam: C too, but not D (staff).
    let page = official.get("/dashboard/findings").await;
    page.assert_contains(&["You are seeing public and members&#39; data."]);
    let vn = row(&page.body, "findings-VN");
    assert_eq!(cells(vn, "num kind"), ["1", "0", "0", "2"]);
    assert_eq!(cell(&page.body, "findings-VN", "num overdue"), "1");
    // Each figure's link lists that many findings for its reader.
    for (client, body, n) in [(None, &visitor.body, "0"), (Some(()), &page.body, "1")] {
        let href = &hrefs(row(body, "findings-VN"), "num overdue")[0];
        let list = match client {
            None => app.get(href).await,
            Some(()) => official.get(href).await,
        };
        assert_eq!(list.status, StatusCode::OK, "{href}");
        assert_eq!(tracker_total(&list.body), n, "{href}");
    }
    // The official's own state is marked on the participation page, and Thailand's staff
    // round is not counted on the assessments page.
    let participation = official.get("/dashboard/participation").await;
    assert!(row(&participation.body, "state-VN").contains("Yours"));
    let assessments = official.get("/dashboard/assessments").await;
    assert_eq!(
        cell(&assessments.body, "assessment-TH", "rating government"),
        "No assessment yet"
    );
    // The same page for the next visitor is the visitor's, not the official's kept one.
    let again = app.get("/dashboard/findings").await;
    assert_eq!(cell(&again.body, "findings-VN", "num overdue"), "0");
}

#[tokio::test]
async fn the_overview_is_light_one_table_two_charts_and_no_heat_map() {
    let app = TestApp::real_series().await;
    fixture(&app).await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    for page in [app.get("/dashboard").await, staff.get("/dashboard").await] {
        let b = &page.body;
        assert_eq!(b.matches("<table").count(), 1, "only the overview's table");
        assert_eq!(
            b.matches("<svg").count(),
            2,
            "the findings chart and the timeline"
        );
        assert!(
            !b.contains("class=\"chart heat\""),
            "no heat map on the overview"
        );
        // The page before the detail pages had about 3,000 elements at the synthetic scale 1,
        // and 2,400 at 100: the overview's are its table (a dozen a Member State) and two
        // charts (two a bar segment), whatever the number of themes and findings.
        let n = elements(b);
        assert!(n < 700, "{n} elements on the overview");
        // The charts' marks repeat no size or colour: only the legend's squares are sized.
        for svg in b.split("<svg").skip(1) {
            let svg = &svg[..svg.find("</svg>").expect("the chart ends")];
            assert_eq!(svg.matches("height=").count(), 4, "{svg}");
            assert_eq!(
                svg.matches("<a ").count(),
                svg.matches("<path ").count(),
                "one link a segment: {svg}"
            );
            assert!(!svg.contains("<rect x=\"130\" y=\"30\""), "{svg}");
        }
    }
}

/// The dashboard's figures computed so far (its cache's misses, as `/metrics` counts them).
/// The slug of the first theme in use.
async fn first_theme(app: &TestApp) -> String {
    sqlx::query_scalar("SELECT slug FROM theme WHERE archived_at IS NULL ORDER BY slug LIMIT 1")
        .fetch_one(&app.pool)
        .await
        .expect("a theme")
}

async fn dashboard_computations(app: &TestApp) -> u64 {
    let mut local = app.client();
    local.address = Some("127.0.0.1:40000".parse().expect("an address"));
    let metrics = local.get("/metrics").await;
    assert_eq!(metrics.status, StatusCode::OK);
    let needle = r#"musyawarah_cache_misses_total{cache="dashboard"} "#;
    let at = metrics.body.find(needle).expect("the dashboard's misses") + needle.len();
    metrics.body[at..]
        .split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .expect("a count")
}

/// Right after a change of what the figures count, a page with filters reads its own figures
/// once, not also those without filters; a made-up filter read then is refused and its figures
/// are not kept.
#[tokio::test]
async fn after_a_change_a_filter_costs_one_reading_and_a_made_up_one_is_not_kept() {
    let app = TestApp::demo().await;
    let change = async || {
        sqlx::query(
            "UPDATE finding SET visibility = CASE visibility WHEN 'public' THEN 'members'
                    ELSE 'public' END::visibility
              WHERE id = (SELECT id FROM finding WHERE archived_at IS NULL ORDER BY id LIMIT 1)",
        )
        .execute(&app.pool)
        .await
        .expect("a change of a finding's visibility");
    };
    let theme = first_theme(&app).await;
    assert_eq!(app.get("/dashboard").await.status, StatusCode::OK);
    change().await;
    let before = dashboard_computations(&app).await;
    let filtered = app.get(&format!("/dashboard/findings?theme={theme}")).await;
    assert_eq!(filtered.status, StatusCode::OK, "theme {theme}");
    assert_eq!(
        dashboard_computations(&app).await,
        before + 1,
        "the figures with the filter are read, and only they"
    );
    change().await;
    let before = dashboard_computations(&app).await;
    for round in 1..=2 {
        let refused = app.get("/dashboard/findings?theme=no-such-theme").await;
        assert_eq!(refused.status, StatusCode::BAD_REQUEST, "round {round}");
        assert!(
            refused.body.contains("There is no such theme."),
            "{}",
            refused.body
        );
        assert_eq!(
            dashboard_computations(&app).await,
            before + round,
            "the made-up filter's figures were not kept (round {round})"
        );
    }
}

/// A filter naming a series or theme that does not exist is refused before any figures are
/// read for it when the figures without filters are kept.
#[tokio::test]
async fn a_made_up_filter_is_refused_without_computing_figures_for_it() {
    let app = TestApp::demo().await;
    assert_eq!(app.get("/dashboard").await.status, StatusCode::OK);
    let before = dashboard_computations(&app).await;
    for query in ["theme=no-such-theme", "series=no-such-series"] {
        let refused = app.get(&format!("/dashboard/findings?{query}")).await;
        assert_eq!(refused.status, StatusCode::BAD_REQUEST, "{query}");
    }
    assert_eq!(
        dashboard_computations(&app).await,
        before,
        "no figures were computed for made-up filters"
    );
    let theme = first_theme(&app).await;
    let filtered = app.get(&format!("/dashboard/findings?theme={theme}")).await;
    assert_eq!(filtered.status, StatusCode::OK, "theme {theme}");
    assert_eq!(
        dashboard_computations(&app).await,
        before + 1,
        "a real theme's figures are computed"
    );
}
