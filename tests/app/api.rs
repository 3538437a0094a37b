//! The read-only JSON API: it shows each caller what their pages show and nothing more (a
//! visitor public records, a partner's or an official's token members' records, never staff-only
//! ones, no author under the Chatham House rule); its lists page with cursors that give every
//! record once; answers carry ETags and the caching that fits the caller; tokens are made on
//! the account page, revocable, throttled and counted; errors are problems, never pages; and
//! the OpenAPI document names exactly the API routes of the route table.

use std::collections::BTreeSet;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use serde_json::Value;

use crate::accounts_harness::{Client, Who};
use crate::harness::{TestApp, TestResponse, test_config};
use crate::visibility::{MEMBERS_MARK, STAFF_MARK, hide_records};

const HOST: &str = "musyawarah.test";

/// GET `path` with `token` as bearer (none: anonymous).
async fn get(app: &TestApp, path: &str, token: Option<&str>) -> TestResponse {
    get_with(app, path, token, &[]).await
}

async fn get_with(
    app: &TestApp,
    path: &str,
    token: Option<&str>,
    headers: &[(&str, &str)],
) -> TestResponse {
    let mut request = Request::builder().uri(path).header("host", HOST);
    if let Some(token) = token {
        request = request.header("authorization", format!("Bearer {token}"));
    }
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    app.request(request.body(Body::empty()).expect("a request"))
        .await
}

fn json(response: &TestResponse) -> Value {
    serde_json::from_str(&response.body)
        .unwrap_or_else(|err| panic!("not JSON ({err}): {}", response.body))
}

/// Makes a token on the account page of `client`, as a person would, and reads it off the page
/// that shows it once.
async fn make_token(client: &mut Client<'_>, name: &str) -> String {
    let page = client
        .post("/account/api-tokens", &format!("name={name}"))
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert_eq!(page.header("cache-control"), "no-store");
    page.assert_contains(&["Copy it now"]);
    page.body
        .split("<code id=\"api-token\">")
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .expect("the token on the page")
        .to_owned()
}

/// A token of a new account of `who`.
async fn token_of(app: &TestApp, who: Who) -> String {
    let (mut client, _) = app.signed_in(who).await;
    make_token(&mut client, "a script").await
}

/// Every address of the API that reads records, with every record filled in.
async fn every_api_address(app: &TestApp) -> Vec<String> {
    let ids = |sql: &'static str| async move {
        sqlx::query_scalar::<_, String>(sql)
            .fetch_all(&app.pool)
            .await
            .expect("the records")
    };
    let mut paths: Vec<String> = [
        "/api/v1/series",
        "/api/v1/consultations?limit=100",
        "/api/v1/consultations?state=VN",
        "/api/v1/organisations?limit=100",
        "/api/v1/commitments",
        "/api/v1/findings?limit=100",
        "/api/v1/findings?state=VN&limit=100",
        "/api/v1/findings?kind=challenge&limit=100",
        "/api/v1/assessments",
        "/api/v1/dashboard",
    ]
    .into_iter()
    .map(str::to_owned)
    .collect();
    for slug in ids("SELECT slug FROM series").await {
        paths.push(format!("/api/v1/series/{slug}"));
    }
    for slug in ids("SELECT slug FROM consultation").await {
        paths.push(format!("/api/v1/consultations/{slug}"));
        paths.push(format!("/api/v1/consultations/{slug}/notes"));
    }
    for id in ids("SELECT id::text FROM finding").await {
        paths.push(format!("/api/v1/findings/{id}"));
    }
    for slug in ids("SELECT slug FROM organisation WHERE slug = 'cdi'").await {
        paths.push(format!("/api/v1/organisations/{slug}"));
    }
    paths
}

async fn assert_none_shows(app: &TestApp, token: Option<&str>, marks: &[&str], who: &str) {
    for path in every_api_address(app).await {
        let response = get(app, &path, token).await;
        assert!(
            response.status == StatusCode::OK || response.status == StatusCode::NOT_FOUND,
            "{path} as {who}: {} {}",
            response.status,
            response.body
        );
        assert!(
            !response.header("content-type").starts_with("text/html"),
            "{path} as {who} answered HTML"
        );
        for mark in marks {
            assert!(
                !response.body.contains(mark),
                "{path} as {who} shows a record hidden from them ({mark})"
            );
        }
    }
}

#[tokio::test]
async fn each_caller_reads_only_what_their_pages_show_and_no_author_under_the_chatham_house_rule() {
    let app = TestApp::demo().await;
    hide_records(&app).await;
    let partner_a = token_of(&app, Who::PartnerA).await;
    let partner_b = token_of(&app, Who::PartnerB).await;
    let official = token_of(&app, Who::OfficialVn).await;
    let staff = token_of(&app, Who::Staff).await;

    assert_none_shows(&app, None, &[STAFF_MARK, MEMBERS_MARK], "a visitor").await;
    for (token, who) in [
        (&partner_a, "partner A"),
        (&partner_b, "partner B"),
        (&official, "an official"),
    ] {
        assert_none_shows(&app, Some(token), &[STAFF_MARK], who).await;
    }

    // What members may read is there for their tokens, and staff read everything.
    let hanoi = "/api/v1/consultations/hanoi-2019-12-18";
    let members = get(&app, hanoi, Some(&official)).await;
    members.assert_contains(&["Zqxmembers members-only session: its note"]);
    assert!(!get(&app, hanoi, None).await.body.contains(MEMBERS_MARK));
    get(&app, hanoi, Some(&staff))
        .await
        .assert_contains(&["Zqxhidden staff-only session: its note"]);
    get(
        &app,
        "/api/v1/findings?consultation=zqxhidden-consultation",
        Some(&staff),
    )
    .await
    .assert_contains(&["Zqxhidden session of a staff-only consultation: its finding"]);
    // The hidden notes name their author, while the consultation is not under the rule.
    let author: String = sqlx::query_scalar(
        "SELECT u.display_name FROM note n JOIN app_user u ON u.id = n.author_id
          WHERE n.summary LIKE 'Zqxmembers%'",
    )
    .fetch_one(&app.pool)
    .await
    .expect("the author");
    members.assert_contains(&[&format!("Note by {author}")]);

    // Under the Chatham House rule, no one's answer names the author.
    sqlx::query("UPDATE consultation SET chatham_house = true WHERE slug = 'hanoi-2019-12-18'")
        .execute(&app.pool)
        .await
        .expect("under the rule");
    for token in [None, Some(&official), Some(&partner_a), Some(&staff)] {
        for path in [hanoi.to_owned(), format!("{hanoi}/notes")] {
            let response = get(&app, &path, token.map(String::as_str)).await;
            assert_eq!(response.status, StatusCode::OK);
            assert!(
                !response.body.contains(&author),
                "{path} names the author under the rule"
            );
        }
    }
    let notes = json(&get(&app, &format!("{hanoi}/notes"), Some(&official)).await);
    assert_eq!(notes["chatham_house"], true);
    assert!(
        notes["items"]
            .as_array()
            .expect("notes")
            .iter()
            .all(|n| n["byline"] == "Note by a civil-society partner"),
        "{notes}"
    );
}

#[tokio::test]
async fn a_partners_token_reads_its_own_states_assessments_and_nothing_of_another_organisation() {
    let app = TestApp::demo().await;
    // The demo's Viet Nam rounds shared with staff only: a partner of a Vietnamese organisation
    // still reads their own state's submitted assessments; a partner from Myanmar does not.
    sqlx::query("UPDATE assessment_round SET visibility = 'staff' WHERE member_state_code = 'VN'")
        .execute(&app.pool)
        .await
        .expect("VN's rounds staff-only");
    let vn_ratings = |body: &Value| {
        body["items"]
            .as_array()
            .expect("ratings")
            .iter()
            .filter(|r| r["state"] == "VN")
            .count()
    };
    let own = token_of(&app, Who::PartnerA).await;
    let other = token_of(&app, Who::PartnerB).await;
    let staff = token_of(&app, Who::Staff).await;
    let for_staff = vn_ratings(&json(&get(&app, "/api/v1/assessments", Some(&staff)).await));
    assert!(for_staff > 0, "the demo has Viet Nam's assessments");
    assert_eq!(
        vn_ratings(&json(&get(&app, "/api/v1/assessments", Some(&own)).await)),
        for_staff
    );
    assert_eq!(
        vn_ratings(&json(&get(&app, "/api/v1/assessments", Some(&other)).await)),
        0
    );
    assert_eq!(
        vn_ratings(&json(&get(&app, "/api/v1/assessments", None).await)),
        0
    );

    // A note partner A's organisation has written but not published is nobody's in the API.
    let author = app.account(Who::PartnerA).await.expect("a partner").id;
    sqlx::query(
        "INSERT INTO note (session_id, author_id, organisation_id, status, summary, submitted_at)
         SELECT se.id, u.id, u.organisation_id, 'submitted', 'Zqxsubmitted note of CDI', now()
           FROM session se JOIN consultation c ON c.id = se.consultation_id, app_user u
          WHERE c.slug = 'hanoi-2019-12-18' AND u.id = $1 LIMIT 1",
    )
    .bind(author)
    .execute(&app.pool)
    .await
    .expect("a submitted note");
    for token in [&own, &other] {
        let response = get(
            &app,
            "/api/v1/consultations/hanoi-2019-12-18/notes",
            Some(token),
        )
        .await;
        assert_eq!(response.status, StatusCode::OK);
        assert!(!response.body.contains("Zqxsubmitted"));
    }
}

/// Walks a list from its first page by its `next` cursors; returns every id, in order.
async fn walk(app: &TestApp, first: &str, token: Option<&str>) -> Vec<String> {
    walk_by(app, first, token, "id").await
}

/// Walks a list by its cursors; returns the `key` of every item, in order.
async fn walk_by(app: &TestApp, first: &str, token: Option<&str>, key: &str) -> Vec<String> {
    let list = first.split('?').next().unwrap_or(first);
    let mut ids = Vec::new();
    let mut path = first.to_owned();
    for _ in 0..1_000 {
        let response = get(app, &path, token).await;
        assert_eq!(response.status, StatusCode::OK, "{path}: {}", response.body);
        let body = json(&response);
        ids.extend(
            body["items"]
                .as_array()
                .expect("items")
                .iter()
                .map(|f| f[key].as_str().expect("a key").to_owned()),
        );
        let Some(next) = body["next"].as_str() else {
            assert!(response.header("link").is_empty());
            return ids;
        };
        let next_url = body["next_url"].as_str().expect("next_url with next");
        assert!(next_url.starts_with(&format!("http://{HOST}{list}?")));
        assert_eq!(
            response.header("link"),
            format!("<{next_url}>; rel=\"next\"")
        );
        path = next_url
            .trim_start_matches(&format!("http://{HOST}"))
            .to_owned();
        assert!(path.contains(&format!("cursor={}", next.replace('~', "%7E"))));
    }
    panic!("the list did not end");
}

#[tokio::test]
async fn paging_the_findings_by_cursor_gives_every_visible_finding_once_in_every_order() {
    let app = TestApp::demo().await;
    let visible: BTreeSet<String> = sqlx::query_scalar(
        "SELECT f.id::text FROM finding f JOIN consultation c ON c.id = f.consultation_id
          WHERE f.archived_at IS NULL AND f.effective_visibility = 'public'
            AND c.effective_visibility = 'public'",
    )
    .fetch_all(&app.pool)
    .await
    .expect("the findings")
    .into_iter()
    .collect();
    assert!(visible.len() > 6, "{} findings", visible.len());
    for sort in ["newest", "oldest", "due"] {
        let ids = walk(&app, &format!("/api/v1/findings?limit=3&sort={sort}"), None).await;
        let unique: BTreeSet<String> = ids.iter().cloned().collect();
        assert_eq!(unique.len(), ids.len(), "{sort}: a finding came twice");
        assert_eq!(unique, visible, "{sort}");
    }
    // With a filter, the pages keep it.
    let recommendations = walk(&app, "/api/v1/findings?kind=recommendation&limit=2", None).await;
    let expected: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM finding f JOIN consultation c ON c.id = f.consultation_id
          WHERE f.archived_at IS NULL AND f.effective_visibility = 'public'
            AND c.effective_visibility = 'public' AND f.kind = 'recommendation'",
    )
    .fetch_one(&app.pool)
    .await
    .expect("the count");
    assert_eq!(
        i64::try_from(recommendations.len()).expect("a count"),
        expected
    );
    // The consultations and the directory page the same way.
    let consultations = walk_by(&app, "/api/v1/consultations?limit=4", None, "slug").await;
    let public: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM consultation
          WHERE archived_at IS NULL AND effective_visibility = 'public'",
    )
    .fetch_one(&app.pool)
    .await
    .expect("the count");
    let unique: BTreeSet<&String> = consultations.iter().collect();
    assert_eq!(i64::try_from(unique.len()).expect("a count"), public);
    assert_eq!(unique.len(), consultations.len());
    let organisations = walk_by(&app, "/api/v1/organisations?limit=7", None, "slug").await;
    let listed: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM organisation WHERE archived_at IS NULL AND merged_into_id IS NULL",
    )
    .fetch_one(&app.pool)
    .await
    .expect("the count");
    assert_eq!(i64::try_from(organisations.len()).expect("a count"), listed);
}

#[tokio::test]
async fn an_unchanged_answer_is_304_and_anonymous_answers_are_public_while_a_tokens_are_private() {
    let app = TestApp::demo().await;
    let first = get(&app, "/api/v1/dashboard", None).await;
    assert_eq!(first.status, StatusCode::OK);
    assert_eq!(first.header("content-type"), "application/json");
    assert_eq!(first.header("cache-control"), "public, max-age=60");
    let etag = first.header("etag").to_owned();
    assert!(etag.starts_with("W/\"") && etag.len() > 10, "{etag}");
    let again = get_with(&app, "/api/v1/dashboard", None, &[("if-none-match", &etag)]).await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert!(again.body.is_empty());
    assert_eq!(again.header("etag"), etag);
    // Another tag is not this answer.
    let other = get_with(
        &app,
        "/api/v1/dashboard",
        None,
        &[("if-none-match", "\"0000\"")],
    )
    .await;
    assert_eq!(other.status, StatusCode::OK);
    // The dashboard says where Viet Nam stands.
    let body = json(&first);
    let vn = body["states"]
        .as_array()
        .expect("states")
        .iter()
        .find(|s| s["code"] == "VN")
        .expect("Viet Nam");
    assert_eq!(vn["url"], format!("http://{HOST}/states/VN"));
    assert!(vn["consultations"]["held"].as_i64().expect("a count") >= 1);

    let token = token_of(&app, Who::OfficialVn).await;
    let private = get(&app, "/api/v1/dashboard", Some(&token)).await;
    assert_eq!(private.status, StatusCode::OK);
    assert_eq!(private.header("cache-control"), "private, no-store");
    // A signed-in browser's answer is never kept either.
    let (mut browser, _) = app.signed_in(Who::PartnerA).await;
    let with_login = browser.get("/api/v1/dashboard").await;
    assert_eq!(with_login.status, StatusCode::OK);
    assert_eq!(with_login.header("cache-control"), "no-store");
}

fn assert_problem(response: &TestResponse, status: StatusCode, words: &str) {
    assert_eq!(response.status, status, "{}", response.body);
    assert_eq!(response.header("content-type"), "application/problem+json");
    let body = json(response);
    assert_eq!(body["status"], status.as_u16(), "{body}");
    assert_eq!(body["type"], "about:blank");
    assert!(body["title"].as_str().is_some_and(|t| !t.is_empty()));
    assert!(
        body["detail"].as_str().expect("a detail").contains(words),
        "{body} should say {words:?}"
    );
}

#[tokio::test]
async fn tokens_are_made_listed_revoked_and_end_with_their_account_and_a_bad_token_is_401() {
    let app = TestApp::demo().await;
    let (mut client, account) = app.signed_in(Who::PartnerA).await;
    let account = account.expect("an account");
    // A token needs a name: the account page says so beside the field.
    let unnamed = client.post("/account/api-tokens", "name=+++").await;
    assert_eq!(unnamed.status, StatusCode::UNPROCESSABLE_ENTITY);
    unnamed.assert_contains(&["Give the token a name", "aria-invalid=\"true\""]);
    let token = make_token(&mut client, "partner+website").await;
    assert!(token.starts_with("msy_") && token.len() > 40, "{token}");

    // It reads as its owner, and each use is counted on the account page.
    for _ in 0..3 {
        assert_eq!(
            get(&app, "/api/v1/series", Some(&token)).await.status,
            StatusCode::OK
        );
    }
    let page = client.get("/account").await;
    page.assert_contains(&["partner website", "Revoke partner website"]);
    assert!(!page.body.contains(&token), "the token is shown only once");
    let (uses, last_used): (i64, Option<chrono::DateTime<chrono::Utc>>) =
        sqlx::query_as("SELECT use_count, last_used_at FROM api_token WHERE user_id = $1")
            .bind(account.id)
            .fetch_one(&app.pool)
            .await
            .expect("the token");
    assert_eq!(uses, 3);
    assert!(last_used.is_some());
    assert!(page.body.contains(">3</td>"), "the uses on the page");
    let stored: Vec<u8> = sqlx::query_scalar("SELECT token_hash FROM api_token WHERE user_id = $1")
        .bind(account.id)
        .fetch_one(&app.pool)
        .await
        .expect("the hash");
    assert!(!String::from_utf8_lossy(&stored).contains(&token[4..]));

    // Revoked, it is refused at once, as a problem.
    let id: uuid::Uuid = sqlx::query_scalar("SELECT id FROM api_token WHERE user_id = $1")
        .bind(account.id)
        .fetch_one(&app.pool)
        .await
        .expect("the id");
    let revoked = client
        .post(&format!("/account/api-tokens/{id}/revoke"), "")
        .await;
    assert_eq!(revoked.status, StatusCode::SEE_OTHER);
    let refused = get(&app, "/api/v1/series", Some(&token)).await;
    assert_problem(&refused, StatusCode::UNAUTHORIZED, "revoked");
    assert_eq!(refused.header("www-authenticate"), "Bearer");
    client.get("/account").await.assert_contains(&["Revoked"]);
    let audited: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM audit_log WHERE entity = 'api_token' AND actor_id = $1",
    )
    .bind(account.id)
    .fetch_one(&app.pool)
    .await
    .expect("the audit log");
    assert_eq!(audited, 2, "made and revoked");

    // Another token stops when its account is disabled.
    let second = make_token(&mut client, "second").await;
    assert_eq!(
        get(&app, "/api/v1/series", Some(&second)).await.status,
        StatusCode::OK
    );
    sqlx::query("UPDATE app_user SET disabled_at = now() WHERE id = $1")
        .bind(account.id)
        .execute(&app.pool)
        .await
        .expect("disabled");
    assert_problem(
        &get(&app, "/api/v1/series", Some(&second)).await,
        StatusCode::UNAUTHORIZED,
        "disabled",
    );
    for bad in ["msy_nonsense", "not-even-ours", ""] {
        assert_problem(
            &get(&app, "/api/v1/series", Some(bad)).await,
            StatusCode::UNAUTHORIZED,
            "token",
        );
    }
    let basic = get_with(
        &app,
        "/api/v1/series",
        None,
        &[("authorization", "Basic dXNlcjpwYXNz")],
    )
    .await;
    assert_problem(&basic, StatusCode::UNAUTHORIZED, "token");
    // A token is no way into the pages: only the API reads it.
    let page = get(&app, "/account", Some(&second)).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_token_used_beyond_its_limit_in_a_minute_is_told_when_to_try_again() {
    let mut config = test_config();
    config.api_rate_per_minute = 3;
    let app = TestApp::demo_with(config).await;
    let token = token_of(&app, Who::OfficialVn).await;
    for _ in 0..3 {
        assert_eq!(
            get(&app, "/api/v1/commitments", Some(&token)).await.status,
            StatusCode::OK
        );
    }
    let throttled = get(&app, "/api/v1/commitments", Some(&token)).await;
    assert_problem(&throttled, StatusCode::TOO_MANY_REQUESTS, "try again");
    let wait: u64 = throttled
        .header("retry-after")
        .parse()
        .expect("Retry-After in seconds");
    assert!((1..=60).contains(&wait), "{wait}");
    assert_eq!(json(&throttled)["retry_after"], wait);
    // Anonymous reading is not this token's.
    assert_eq!(
        get(&app, "/api/v1/commitments", None).await.status,
        StatusCode::OK
    );
    // A minute later the token works again.
    app.clock.advance(chrono::Duration::seconds(61));
    assert_eq!(
        get(&app, "/api/v1/commitments", Some(&token)).await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn bad_parameters_unknown_addresses_and_methods_are_problems_never_pages() {
    let app = TestApp::demo().await;
    for (path, words) in [
        ("/api/v1/findings?from=2019-13-01", "from date"),
        ("/api/v1/findings?kind=nonsense", "kind is one of"),
        ("/api/v1/findings?status=", "status is one of"),
        ("/api/v1/findings?limit=0", "limit"),
        ("/api/v1/findings?limit=abc", "limit"),
        ("/api/v1/findings?chapter=100", "chapter"),
        ("/api/v1/findings?cursor=abc", "cursor"),
        ("/api/v1/findings?overdue=maybe", "overdue"),
        ("/api/v1/findings?state=Viet+Nam", "two-letter"),
        ("/api/v1/findings?theme=a%00b", "U+0000"),
        ("/api/v1/consultations?stage=soon", "stage"),
        ("/api/v1/consultations?cursor=-1", "cursor"),
        ("/api/v1/organisations?kind=club", "kind"),
    ] {
        assert_problem(&get(&app, path, None).await, StatusCode::BAD_REQUEST, words);
    }
    for path in [
        "/api/v1/nothing-here",
        "/api/v1/findings/not-a-uuid",
        "/api/v1/findings/00000000-0000-4000-8000-000000000000",
        "/api/v1/consultations/no-such-consultation",
        "/api/v1/series/no-such-series",
        "/api/v1/organisations/no-such-organisation",
    ] {
        assert_problem(&get(&app, path, None).await, StatusCode::NOT_FOUND, "");
    }
    let posted = app
        .request(
            Request::builder()
                .method(Method::POST)
                .uri("/api/v1/findings")
                .body(Body::empty())
                .expect("a request"),
        )
        .await;
    assert_problem(&posted, StatusCode::METHOD_NOT_ALLOWED, "");
    assert!(posted.header("allow").contains("GET"));
    // The pages' own errors are still pages.
    let page = get(&app, "/no-such-page", None).await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(page.header("content-type").starts_with("text/html"));
}

#[tokio::test]
async fn the_openapi_document_is_3_1_and_names_exactly_the_api_routes_of_the_route_table() {
    let app = TestApp::demo().await;
    let response = get(&app, "/api/v1/openapi.json", None).await;
    assert_eq!(response.status, StatusCode::OK);
    let doc = json(&response);
    assert!(
        doc["openapi"]
            .as_str()
            .is_some_and(|v| v.starts_with("3.1")),
        "{}",
        doc["openapi"]
    );
    let paths = doc["paths"].as_object().expect("paths");
    let documented: BTreeSet<(String, String)> = paths
        .iter()
        .flat_map(|(path, item)| {
            item.as_object()
                .expect("a path item")
                .keys()
                .filter(|m| ["get", "post", "put", "patch", "delete"].contains(&m.as_str()))
                .map(|m| (m.to_uppercase(), path.clone()))
                .collect::<Vec<_>>()
        })
        .collect();
    let table: BTreeSet<(String, String)> = musyawarah::routes::table()
        .into_iter()
        .filter(|r| r.path.starts_with("/api/v1/"))
        .map(|r| (r.method.to_owned(), r.path.to_owned()))
        .collect();
    assert_eq!(documented, table);
    assert!(table.len() >= 13, "{table:?}");
    for (path, item) in paths {
        let responses = item["get"]["responses"].as_object().expect("responses");
        for status in ["200", "304", "400", "401", "404", "429"] {
            assert!(
                responses.contains_key(status),
                "{path} declares no {status}"
            );
        }
    }
    assert_eq!(
        doc["components"]["securitySchemes"]["bearer"]["scheme"],
        "bearer"
    );
    // The human page explains it, in the site's layout.
    let page = get(&app, "/api", None).await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&[
        "/api/v1/openapi.json",
        "curl",
        "Authorization: Bearer",
        &format!("http://{HOST}/api/v1/findings?"),
        "If-None-Match",
    ]);
}

#[tokio::test]
async fn a_consultation_gives_its_sessions_participation_and_links_to_its_pages() {
    let app = TestApp::demo().await;
    let response = get(&app, "/api/v1/consultations/hanoi-2019-12-18", None).await;
    assert_eq!(response.status, StatusCode::OK);
    let c = json(&response);
    assert_eq!(c["slug"], "hanoi-2019-12-18");
    assert_eq!(c["starts_on"], "2019-12-18");
    assert_eq!(
        c["url"],
        format!("http://{HOST}/consultations/hanoi-2019-12-18")
    );
    assert!(!c["sessions"].as_array().expect("sessions").is_empty());
    let participation = &c["participation"];
    let sum = ["female", "male", "other_or_unstated"]
        .iter()
        .map(|k| participation[k].as_i64().expect("a count"))
        .sum::<i64>();
    assert_eq!(participation["total"].as_i64(), Some(sum));
    assert!(
        !participation["organisations"]
            .as_array()
            .expect("organisations")
            .is_empty()
    );
    // The list finds it by its Member State, and links to it.
    let list = json(&get(&app, "/api/v1/consultations?state=VN&stage=held", None).await);
    assert!(
        list["items"]
            .as_array()
            .expect("items")
            .iter()
            .any(|i| i["api_url"] == format!("http://{HOST}/api/v1/consultations/hanoi-2019-12-18")),
        "{list}"
    );
    // People's personal data is never in the API, whoever asks.
    let staff = token_of(&app, Who::Staff).await;
    let for_staff = get(&app, "/api/v1/consultations/hanoi-2019-12-18", Some(&staff)).await;
    assert!(!for_staff.body.contains("\"email\""));
    assert!(!for_staff.body.contains("\"sex\""));
}
