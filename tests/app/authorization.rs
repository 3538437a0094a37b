//! The authorization matrix: every route of the app, for every kind of visitor, with what they
//! must get. The test walks the route table and fails when a route is missing from the matrix.

use std::collections::BTreeSet;

use axum::http::{Method, StatusCode};
use musyawarah::routes;

use crate::accounts_harness::{Client, Who};
use crate::harness::TestApp;

/// What a visitor gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    /// 200.
    Ok,
    /// Sent to sign in (303 to `/sign-in?next=...`).
    SignIn,
    /// 404: the page does not exist for this visitor.
    Hidden,
    /// Sent elsewhere (303 to this path).
    To(&'static str),
    /// The handler answered with this status (a form without its fields, say).
    Status(u16),
}

use Outcome::{Hidden, Ok, SignIn, Status, To};

const FORM_INVALID: Outcome = Status(422);

/// One row: the route (as in the table), the request to send, and the outcome for
/// [anonymous, partner A, partner B, official of Viet Nam, staff, admin].
struct Row {
    method: &'static str,
    route: &'static str,
    path: &'static str,
    expect: [Outcome; 6],
}

const fn row(
    method: &'static str,
    route: &'static str,
    path: &'static str,
    expect: [Outcome; 6],
) -> Row {
    Row {
        method,
        route,
        path,
        expect,
    }
}

/// `{target}` in a path is replaced by the id of an account made for the purpose.
const MATRIX: &[Row] = &[
    row("GET", "/", "/", [Ok; 6]),
    row(
        "GET",
        "/series/{slug}",
        "/series/hrwg-consensus-2019-2020",
        [Ok; 6],
    ),
    row("GET", "/states/{code}", "/states/VN", [Ok; 6]),
    row(
        "GET",
        "/consultations/{slug}",
        "/consultations/hanoi-2019-12-18",
        [Ok; 6],
    ),
    row("GET", "/organisations", "/organisations", [Ok; 6]),
    row(
        "GET",
        "/organisations/{slug}",
        "/organisations/cdi",
        [Ok; 6],
    ),
    row("GET", "/frameworks", "/frameworks", [Ok; 6]),
    row(
        "GET",
        "/frameworks/{slug}",
        "/frameworks/asean-consensus-2017",
        [Ok; 6],
    ),
    row(
        "GET",
        "/frameworks/{slug}/commitments/{code}",
        "/frameworks/asean-consensus-2017/commitments/C4.2",
        [Ok; 6],
    ),
    row("GET", "/healthz", "/healthz", [Ok; 6]),
    row("GET", "/readyz", "/readyz", [Ok; 6]),
    row("GET", "/static/{*path}", "/static/css/app.css", [Ok; 6]),
    row(
        "GET",
        "/sign-in",
        "/sign-in",
        [Ok, To("/"), To("/"), To("/"), To("/"), To("/")],
    ),
    row("POST", "/sign-in", "/sign-in", [FORM_INVALID; 6]),
    row(
        "GET",
        "/sign-in/two-factor",
        "/sign-in/two-factor",
        [To("/sign-in"); 6],
    ),
    row(
        "POST",
        "/sign-in/two-factor",
        "/sign-in/two-factor",
        [To("/sign-in"); 6],
    ),
    row(
        "GET",
        "/sign-in/enrol",
        "/sign-in/enrol",
        [To("/sign-in"); 6],
    ),
    row(
        "POST",
        "/sign-in/enrol",
        "/sign-in/enrol",
        [To("/sign-in"); 6],
    ),
    row(
        "GET",
        "/invitations/{token}",
        "/invitations/not-a-token",
        [Hidden; 6],
    ),
    row(
        "POST",
        "/invitations/{token}",
        "/invitations/not-a-token",
        [Hidden; 6],
    ),
    row("GET", "/account", "/account", [SignIn, Ok, Ok, Ok, Ok, Ok]),
    row(
        "GET",
        "/account/password",
        "/account/password",
        [SignIn, Ok, Ok, Ok, Ok, Ok],
    ),
    row(
        "POST",
        "/account/password",
        "/account/password",
        [
            SignIn,
            FORM_INVALID,
            FORM_INVALID,
            FORM_INVALID,
            FORM_INVALID,
            FORM_INVALID,
        ],
    ),
    // Staff and admins have their second factor already.
    row(
        "GET",
        "/account/two-factor",
        "/account/two-factor",
        [SignIn, Ok, Ok, Ok, To("/account"), To("/account")],
    ),
    row(
        "POST",
        "/account/two-factor",
        "/account/two-factor",
        [
            SignIn,
            FORM_INVALID,
            FORM_INVALID,
            FORM_INVALID,
            To("/account"),
            To("/account"),
        ],
    ),
    row(
        "GET",
        "/admin/users",
        "/admin/users",
        [SignIn, Hidden, Hidden, Hidden, Hidden, Ok],
    ),
    row(
        "POST",
        "/admin/users",
        "/admin/users",
        [SignIn, Hidden, Hidden, Hidden, Hidden, FORM_INVALID],
    ),
    row(
        "GET",
        "/admin/users/new",
        "/admin/users/new",
        [SignIn, Hidden, Hidden, Hidden, Hidden, Ok],
    ),
    row(
        "GET",
        "/admin/users/{id}",
        "/admin/users/{target}",
        [SignIn, Hidden, Hidden, Hidden, Hidden, Ok],
    ),
    row(
        "POST",
        "/admin/users/{id}",
        "/admin/users/{target}",
        [SignIn, Hidden, Hidden, Hidden, Hidden, FORM_INVALID],
    ),
    row(
        "POST",
        "/admin/users/{id}/disable",
        "/admin/users/{target}/disable",
        [SignIn, Hidden, Hidden, Hidden, Hidden, To("/admin/users")],
    ),
    row(
        "POST",
        "/admin/users/{id}/enable",
        "/admin/users/{target}/enable",
        [SignIn, Hidden, Hidden, Hidden, Hidden, To("/admin/users")],
    ),
    row(
        "POST",
        "/admin/users/{id}/invitation",
        "/admin/users/{target}/invitation",
        [SignIn, Hidden, Hidden, Hidden, Hidden, Ok],
    ),
    row(
        "GET",
        "/admin/audit",
        "/admin/audit",
        [SignIn, Hidden, Hidden, Hidden, Hidden, Ok],
    ),
    // Participant list import (begin)
    // Participant list import (end)
    // Last: it ends the login.
    row("POST", "/sign-out", "/sign-out", [To("/"); 6]),
];

#[test]
fn every_route_of_the_app_is_in_the_authorization_matrix() {
    let table: BTreeSet<(String, String)> = routes::table()
        .into_iter()
        .map(|r| (r.method.to_owned(), r.path.to_owned()))
        .collect();
    let matrix: BTreeSet<(String, String)> = MATRIX
        .iter()
        .map(|r| (r.method.to_owned(), r.route.to_owned()))
        .collect();
    let missing: Vec<_> = table.difference(&matrix).collect();
    let unknown: Vec<_> = matrix.difference(&table).collect();
    assert!(
        missing.is_empty(),
        "routes missing from the matrix: {missing:?}"
    );
    assert!(unknown.is_empty(), "matrix rows for no route: {unknown:?}");
    assert_eq!(MATRIX.len(), table.len(), "one row per route");
}

fn outcome_of(status: StatusCode, location: &str) -> Outcome {
    match status {
        StatusCode::OK => Ok,
        StatusCode::NOT_FOUND => Hidden,
        StatusCode::SEE_OTHER if location.starts_with("/sign-in?next=") => SignIn,
        StatusCode::SEE_OTHER => match location {
            "/" => To("/"),
            "/sign-in" => To("/sign-in"),
            "/account" => To("/account"),
            "/admin/users" => To("/admin/users"),
            other => panic!("an unexpected redirect to {other}"),
        },
        other => Status(other.as_u16()),
    }
}

#[tokio::test]
async fn each_kind_of_visitor_gets_what_the_matrix_says_on_every_route() {
    let app = TestApp::demo().await;
    let target = app.account(Who::PartnerB).await.expect("an account").id;
    let mut clients: Vec<(Who, Client<'_>)> = Vec::new();
    for who in Who::ALL {
        let (client, _) = app.signed_in(who).await;
        clients.push((who, client));
    }
    let mut failures = Vec::new();
    for row in MATRIX {
        let path = row.path.replace("{target}", &target.to_string());
        let method = Method::from_bytes(row.method.as_bytes()).expect("a method");
        for (i, (who, client)) in clients.iter_mut().enumerate() {
            let form = (method == Method::POST).then_some("");
            let response = client.send(method.clone(), &path, form).await;
            let got = outcome_of(response.status, response.header("location"));
            if got != row.expect[i] {
                failures.push(format!(
                    "{} {path} as {who:?}: expected {:?}, got {got:?}",
                    row.method, row.expect[i]
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
