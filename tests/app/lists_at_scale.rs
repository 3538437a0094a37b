//! Lists that grow with the data show their first part and link to the rest, so that no page
//! lists every record: the home page, a series, a Member State, the organisation directory and
//! a provision of the Consensus, here with the synthetic data set at scale 1 and some more.

use axum::http::StatusCode;

use crate::accounts_harness::Who;
use crate::harness::{TestApp, hidden};

const HANOI: &str = "hanoi-2019-12-18";

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

/// The part of `body` from the element with `id` to the end of its `end` tag.
fn element<'a>(body: &'a str, id: &str, end: &str) -> &'a str {
    body.split(&format!("id=\"{id}\""))
        .nth(1)
        .and_then(|rest| rest.split(end).next())
        .unwrap_or_else(|| panic!("no #{id} on the page"))
}

/// Staff forms that name an organisation list the first 200 of many, the one chosen always
/// among them, and find the others through their filter without losing what was typed; the
/// review queue shows fifty notes a page. (At the synthetic scale 100, with 50,000 organisations
/// and 40,000 submitted notes, the full lists were 4 to 16 MB of HTML a page.)
#[tokio::test]
async fn staff_forms_and_the_review_queue_list_a_part_of_many_and_find_the_rest() {
    let app = TestApp::demo().await;
    sqlx::raw_sql(
        "INSERT INTO organisation (slug, name, kind, member_state_code)
         SELECT 'filler-org-' || n, 'Filler organisation ' || lpad(n::text, 3, '0'), 'civil_society', 'VN'
           FROM generate_series(1, 250) n;
         INSERT INTO organisation (slug, name, acronym, kind, member_state_code)
         VALUES ('zebra-kettle', 'Zebra Kettle Workers Union', 'ZKWU', 'trade_union', 'VN');
         INSERT INTO note (session_id, author_id, organisation_id, status, summary, submitted_at, updated_at)
         SELECT n.session_id, n.author_id, n.organisation_id, 'submitted', 'Filler note ' || k,
                now() - make_interval(mins => k), now() - make_interval(mins => k)
           FROM (SELECT * FROM note ORDER BY created_at, id LIMIT 1) n, generate_series(1, 120) k;",
    )
    .execute(&app.pool)
    .await
    .expect("many organisations and submitted notes");
    let zebra: uuid::Uuid =
        sqlx::query_scalar("SELECT id FROM organisation WHERE slug = 'zebra-kettle'")
            .fetch_one(&app.pool)
            .await
            .expect("the organisation");
    let choosable = count(
        &app,
        "SELECT count(*) FROM organisation WHERE archived_at IS NULL AND merged_into_id IS NULL",
    )
    .await;
    assert!(choosable > 250, "{choosable}");
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let first = "The first 200 organisations are listed.";

    // A participation record: 200 of them, and not the last by name.
    let new = format!("/consultations/{HANOI}/participation/new");
    let form = staff.get(&new).await;
    assert_eq!(form.status, StatusCode::OK);
    let list = element(&form.body, "organisation", "</select>");
    assert_eq!(
        occurrences(list, "<option value=\""),
        201,
        "200 and “choose”"
    );
    assert!(!list.contains(&zebra.to_string()));
    form.assert_contains(&[first, "name=\"organisation_filter\"", "name=\"narrow\""]);
    // Found by part of its name; what was typed stays, and nothing is saved.
    let token = hidden(&form.body, "token");
    let records = "SELECT count(*) FROM participation";
    let before = count(&app, records).await;
    let narrowed = staff
        .post(
            &format!("/consultations/{HANOI}/participation"),
            &format!("token={token}&role=speaker&female=7&note=Typed%20first&organisation_filter=KETTLE&narrow=1"),
        )
        .await;
    assert_eq!(narrowed.status, StatusCode::OK);
    let list = element(&narrowed.body, "organisation", "</select>");
    assert_eq!(occurrences(list, "<option value=\""), 2, "{list}");
    assert!(list.contains(&format!(
        "value=\"{zebra}\">Zebra Kettle Workers Union (ZKWU)"
    )));
    narrowed.assert_contains(&["value=\"Typed first\"", "value=\"7\"", "value=\"KETTLE\""]);
    assert!(!narrowed.body.contains(first));
    assert_eq!(
        count(&app, records).await,
        before,
        "narrowing saves nothing"
    );
    // Chosen, it is saved, though the unfiltered list never showed it.
    let saved = staff
        .post(
            &format!("/consultations/{HANOI}/participation"),
            &format!("token={token}&organisation={zebra}&role=speaker&female=7&note=Typed%20first"),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(count(&app, records).await, before + 1);
    // Its edit form keeps it among the 200.
    let id: uuid::Uuid =
        sqlx::query_scalar("SELECT id FROM participation WHERE organisation_id = $1")
            .bind(zebra)
            .fetch_one(&app.pool)
            .await
            .expect("the record");
    let edit = staff.get(&format!("/participation/{id}/edit")).await;
    let list = element(&edit.body, "organisation", "</select>");
    assert!(
        list.contains(&format!("value=\"{zebra}\" selected")),
        "{list}"
    );
    assert_eq!(
        occurrences(list, "<option value=\""),
        202,
        "200, the chosen, “choose”"
    );

    // A finding's addressee: by its acronym, with the statement kept.
    let form = staff.get("/findings/new").await;
    let addressees = element(&form.body, "addressee", "</select>");
    assert_eq!(occurrences(addressees, "value=\"org:"), 200);
    let token = hidden(&form.body, "token");
    let narrowed = staff
        .post(
            "/findings",
            &format!("token={token}&kind=recommendation&statement=Kept%20words&organisation_filter=zkwu&narrow=1"),
        )
        .await;
    assert_eq!(narrowed.status, StatusCode::OK);
    let addressees = element(&narrowed.body, "addressee", "</select>");
    assert_eq!(occurrences(addressees, "value=\"org:"), 1, "{addressees}");
    assert!(addressees.contains(&format!("value=\"org:{zebra}\"")));
    narrowed.assert_contains(&["Kept words"]);

    // Its consultation: the latest 200 of many, and the others by their city.
    sqlx::raw_sql(
        "INSERT INTO consultation (slug, title, host_state_code, city, status, planned_period, visibility)
         SELECT 'filler-c-' || n, 'Filler consultation ' || n, 'TH', 'Filler city', 'planned',
                'Some day', 'public'
           FROM generate_series(1, 210) n",
    )
    .execute(&app.pool)
    .await
    .expect("many consultations");
    let hanoi: uuid::Uuid = sqlx::query_scalar("SELECT id FROM consultation WHERE slug = $1")
        .bind(HANOI)
        .fetch_one(&app.pool)
        .await
        .expect("Hanoi");
    let form = staff.get("/findings/new").await;
    let list = element(&form.body, "consultation", "</select>");
    assert_eq!(
        occurrences(list, "<option value=\""),
        201,
        "200 and “choose”"
    );
    assert!(
        !list.contains(&hanoi.to_string()),
        "the planned ones come first"
    );
    form.assert_contains(&["The latest 200 consultations are listed."]);
    let narrowed = staff
        .post(
            "/findings",
            &format!("token={token}&kind=recommendation&statement=Kept%20words&consultation_filter=ha%20noi&narrow=1"),
        )
        .await;
    let list = element(&narrowed.body, "consultation", "</select>");
    assert!(list.contains(&format!("value=\"{hanoi}\">")), "{list}");
    assert!(!list.contains("Filler"), "{list}");

    // A session's speakers: 200 boxes, the list marked as cut short, and the filter finds more.
    let form = staff
        .get(&format!("/consultations/{HANOI}/sessions/new"))
        .await;
    assert!(
        form.body
            .contains("id=\"speaker-choices\" class=\"check-groups\" data-more")
    );
    assert_eq!(occurrences(&form.body, "name=\"speakers\""), 200);
    form.assert_contains(&[first]);
    let filtered = staff
        .get(&format!(
            "/consultations/{HANOI}/sessions/new?speaker_filter=zebra&title=Kept"
        ))
        .await;
    assert_eq!(occurrences(&filtered.body, "name=\"speakers\""), 1);
    filtered.assert_contains(&[
        &format!("value=\"{zebra}\">"),
        "value=\"Kept\"",
        &format!(
            "{} organisations not matching “zebra” are hidden",
            choosable - 1
        ),
    ]);

    // A series' organiser and funder share one filter box.
    let form = staff.get("/series/new").await;
    for select in ["organiser", "funder"] {
        let list = element(&form.body, select, "</select>");
        assert_eq!(occurrences(list, "<option value=\""), 201, "{select}");
    }
    assert_eq!(occurrences(&form.body, "name=\"organisation_filter\""), 1);

    // Merging: a narrowed list merges nothing, even with a choice and the box ticked.
    let narrowed = staff
        .post(
            "/organisations/filler-org-1/merge",
            &format!("into={zebra}&confirm=yes&organisation_filter=zebra&narrow=1"),
        )
        .await;
    assert_eq!(narrowed.status, StatusCode::OK);
    let into = element(&narrowed.body, "into", "</select>");
    assert!(
        into.contains(&format!("value=\"{zebra}\" selected")),
        "{into}"
    );
    assert_eq!(
        count(
            &app,
            "SELECT count(*) FROM organisation WHERE merged_into_id IS NOT NULL"
        )
        .await,
        0
    );

    // The review queue: fifty a page, the newest first, and the way on.
    let waiting = count(&app, "SELECT count(*) FROM note WHERE status = 'submitted'").await;
    assert!(waiting > 100, "{waiting}");
    let queue = staff.get("/review").await;
    assert_eq!(queue.status, StatusCode::OK);
    assert_eq!(
        occurrences(&queue.body, "<tr><th scope=\"row\"><a href=\"/notes/"),
        50
    );
    queue.assert_contains(&[
        &format!("{waiting} notes: 1 to 50"),
        "<a href=\"/review?page=2\" rel=\"next\">",
    ]);
    let last_page = (waiting + 49) / 50;
    let last = staff.get(&format!("/review?page={last_page}")).await;
    assert_eq!(
        occurrences(&last.body, "<tr><th scope=\"row\"><a href=\"/notes/"),
        usize::try_from(waiting - 50 * (last_page - 1)).expect("a count")
    );
    assert!(!last.body.contains("rel=\"next\""));
    let bad = staff.get("/review?page=0").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
}

/// The administrators' list of accounts shows a hundred a page and finds one by name or
/// e-mail (at the synthetic scale 100, with 2,200 accounts, it was 1.3 MB).
#[tokio::test]
async fn the_accounts_list_shows_a_hundred_a_page_and_finds_one_by_name_or_email() {
    let app = TestApp::demo().await;
    sqlx::raw_sql(
        "INSERT INTO app_user (email, display_name, role)
         SELECT 'filler' || n || '@example.org', 'Filler account ' || lpad(n::text, 3, '0'), 'staff'
           FROM generate_series(1, 150) n",
    )
    .execute(&app.pool)
    .await
    .expect("many accounts");
    let (mut admin, _) = app.signed_in(Who::Admin).await;
    let accounts = count(&app, "SELECT count(*) FROM app_user").await;
    let list = admin.get("/admin/users").await;
    assert_eq!(list.status, StatusCode::OK);
    assert_eq!(
        occurrences(&list.body, "<th scope=\"row\"><a href=\"/admin/users/"),
        100
    );
    list.assert_contains(&[
        &format!("{accounts} accounts: 1 to 100"),
        "<a href=\"/admin/users?page=2\" rel=\"next\">",
    ]);
    let second = admin.get("/admin/users?page=2").await;
    assert_eq!(
        occurrences(&second.body, "<th scope=\"row\"><a href=\"/admin/users/"),
        usize::try_from(accounts - 100).expect("a count")
    );
    let found = admin.get("/admin/users?q=FILLER137%40").await;
    assert_eq!(
        occurrences(&found.body, "<th scope=\"row\"><a href=\"/admin/users/"),
        1
    );
    found.assert_contains(&["Filler account 137", "1 account", "value=\"FILLER137@\""]);
    let by_name = admin.get("/admin/users?q=account+14").await;
    assert_eq!(
        occurrences(&by_name.body, "<th scope=\"row\"><a href=\"/admin/users/"),
        10,
        "140 to 149"
    );
    assert_eq!(
        admin.get("/admin/users?page=x").await.status,
        StatusCode::BAD_REQUEST
    );
}
