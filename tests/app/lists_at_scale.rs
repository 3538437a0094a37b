//! Lists that grow with the data show their first part and link to the rest, so that no page
//! lists every record: the home page, a series, a Member State, the organisation directory and
//! a provision of the Consensus, here with the synthetic data set at scale 1 and some more.

use axum::http::StatusCode;

use crate::harness::TestApp;

async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(&app.pool)
        .await
        .expect("a count")
}

/// How many times `needle` occurs in `body`.
fn occurrences(body: &str, needle: &str) -> usize {
    body.matches(needle).count()
}

#[tokio::test]
async fn long_lists_show_their_first_part_and_link_to_the_rest() {
    let app = TestApp::demo().await;
    musyawarah::seed::synthetic::load(&app.pool, 1)
        .await
        .expect("synthetic data at scale 1");
    // Ten more public consultations in one series, and sixty more organisations in Viet Nam.
    sqlx::raw_sql(
        "INSERT INTO consultation (series_id, slug, title, host_state_code, city, status, planned_period, visibility)
         SELECT (SELECT id FROM series WHERE slug = 'syn-series-1'), 'syn-extra-' || n,
                'Synthetic extra ' || n, 'VN', 'Synthetic city', 'planned', 'Synthetic period', 'public'
           FROM generate_series(1, 10) n;
         INSERT INTO organisation (slug, name, kind, member_state_code)
         SELECT 'syn-vn-org-' || n, 'Synthetic Vietnamese organisation ' || n, 'civil_society', 'VN'
           FROM generate_series(1, 60) n;",
    )
    .execute(&app.pool)
    .await
    .expect("more records");
    let series_total = count(
        &app,
        "SELECT count(*) FROM consultation c JOIN series s ON s.id = c.series_id
          WHERE s.slug = 'syn-series-1' AND c.visibility = 'public' AND c.archived_at IS NULL",
    )
    .await;
    assert!(series_total > 20, "{series_total}");

    // The home page: twenty a series, and the way to the rest with their number.
    let home = app.client().get("/").await;
    assert_eq!(home.status, StatusCode::OK);
    home.assert_contains(&[&format!(
        "<a href=\"/consultations?series=syn-series-1\">All {series_total} consultations of this series</a>"
    )]);
    let section = home
        .body
        .split("id=\"series-syn-series-1\"")
        .nth(1)
        .and_then(|rest| rest.split("</section>").next())
        .expect("the series' section");
    assert_eq!(occurrences(section, "href=\"/consultations/"), 20);
    // The real series is short and listed whole, with no such link.
    assert!(
        !home
            .body
            .contains("/consultations?series=hrwg-consensus-2019-2020")
    );
    // The list it leads to has them all.
    app.client()
        .get("/consultations?series=syn-series-1")
        .await
        .assert_contains(&[&format!(">{series_total}</span> consultations")]);

    // A Member State: fifty organisations, then a link to the directory, filtered.
    let vn = app.client().get("/states/VN").await;
    vn.assert_contains(&[
        "<a href=\"/organisations?state=VN\">All the organisations based in Viet Nam</a>",
    ]);
    let organisations = vn
        .body
        .split("Organisations based in Viet Nam")
        .nth(1)
        .expect("the organisations");
    assert_eq!(
        occurrences(organisations, "<li><a href=\"/organisations/"),
        50
    );

    // The directory: a hundred a page, with the total, pages, and a name filter.
    let total = count(
        &app,
        "SELECT count(*) FROM organisation WHERE archived_at IS NULL AND merged_into_id IS NULL",
    )
    .await;
    let first = app.client().get("/organisations").await;
    first.assert_contains(&[
        &format!("{total} organisations: 1 to 100</caption>"),
        "<a href=\"/organisations?page=2\" rel=\"next\">Next page</a>",
    ]);
    assert_eq!(
        occurrences(&first.body, "<th scope=\"row\"><a href=\"/organisations/"),
        100
    );
    let last_page = (total + 99) / 100;
    let last = app
        .client()
        .get(&format!("/organisations?page={last_page}"))
        .await;
    last.assert_contains(&["rel=\"prev\">Previous page</a>"]);
    assert!(!last.body.contains("rel=\"next\""));
    assert_eq!(
        occurrences(&last.body, "<th scope=\"row\"><a href=\"/organisations/"),
        usize::try_from(total - (last_page - 1) * 100).expect("a count")
    );
    let cdi = app.client().get("/organisations?q=cdi").await;
    cdi.assert_contains(&["1 organisation matching the filters", "/organisations/cdi"]);
    let vietnamese = app
        .client()
        .get("/organisations?q=VIETNAMESE+organisation+1&state=VN")
        .await;
    // 1 and 10 to 19: eleven.
    vietnamese.assert_contains(&["11 organisations matching the filters"]);
    app.client()
        .get("/organisations?q=no+such+name")
        .await
        .assert_contains(&[
            "0 organisations matching the filters",
            "No organisation matches these filters.",
        ]);
    assert_eq!(
        app.client().get("/organisations?page=0").await.status,
        StatusCode::BAD_REQUEST
    );

    // A provision with more findings than its page lists.
    let on_c11 = count(
        &app,
        "SELECT count(*) FROM finding_commitment fc JOIN commitment cm ON cm.id = fc.commitment_id
           JOIN finding f ON f.id = fc.finding_id JOIN consultation c ON c.id = f.consultation_id
          WHERE cm.code = 'C1.1' AND f.visibility = 'public' AND c.visibility = 'public'",
    )
    .await;
    assert!(on_c11 > 100, "{on_c11}");
    let provision = app
        .client()
        .get("/frameworks/asean-consensus-2017/commitments/C1.1")
        .await;
    provision.assert_contains(&[
        "The first 100 findings across the region, by consultation date",
        "/findings?commitment=C1.1",
    ]);
    assert_eq!(occurrences(&provision.body, "<a href=\"/findings/"), 100);
}
