//! The authorization matrix: every route of the app, for every kind of visitor, with what they
//! must get. The test walks the route table and fails when a route is missing from the matrix.

use std::collections::BTreeSet;

use axum::http::{Method, StatusCode};
use musyawarah::routes;

use crate::accounts_harness::{Client, Who};
use crate::harness::TestApp;

/// What a visitor gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// 200.
    Ok,
    /// Sent to sign in (303 to `/sign-in?next=...`).
    SignIn,
    /// 404: the page does not exist for this visitor.
    Hidden,
    /// Sent elsewhere (303 to a path that starts with this).
    To(&'static str),
    /// The handler answered with this status (a form without its fields, say).
    Status(u16),
}

use Outcome::{Hidden, Ok, SignIn, Status, To};

const FORM_INVALID: Outcome = Status(422);
/// A staff page: sign in first; 404 for partners and officials.
const STAFF_PAGE: [Outcome; 6] = [SignIn, Hidden, Hidden, Hidden, Ok, Ok];
/// A staff form sent empty: sign in first; 404 for partners and officials; 422 for staff.
const STAFF_FORM: [Outcome; 6] = [SignIn, Hidden, Hidden, Hidden, FORM_INVALID, FORM_INVALID];

/// One row: the route (as in the table), the request to send, and the outcome for
/// [anonymous, partner A, partner B, official of Viet Nam, staff, admin].
pub(crate) struct Row {
    pub(crate) method: &'static str,
    pub(crate) route: &'static str,
    pub(crate) path: &'static str,
    pub(crate) expect: [Outcome; 6],
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

/// `{target}` in a path is replaced by the id of an account made for the purpose, `{session}`
/// by the id of the last session of the Hanoi agenda.
pub(crate) const MATRIX: &[Row] = &[
    row("GET", "/", "/", [Ok; 6]),
    row("GET", "/help", "/help", [Ok; 6]),
    row(
        "GET",
        "/language/{code}",
        "/language/vi?next=/help",
        [To("/help"); 6],
    ),
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
    row("GET", "/dashboard", "/dashboard", [Ok; 6]),
    row("GET", "/dashboard.csv", "/dashboard.csv", [Ok; 6]),
    row(
        "GET",
        "/dashboard/participation",
        "/dashboard/participation",
        [Ok; 6],
    ),
    row("GET", "/dashboard/findings", "/dashboard/findings", [Ok; 6]),
    row(
        "GET",
        "/dashboard/assessments",
        "/dashboard/assessments",
        [Ok; 6],
    ),
    row("GET", "/dashboard/timeline", "/dashboard/timeline", [Ok; 6]),
    row("GET", "/dashboard/themes", "/dashboard/themes", [Ok; 6]),
    row("GET", "/dashboard/chapters", "/dashboard/chapters", [Ok; 6]),
    row(
        "GET",
        "/consultations",
        "/consultations?state=VN&stage=held",
        [Ok; 6],
    ),
    row("GET", "/reference", "/reference", [Ok; 6]),
    row("GET", "/healthz", "/healthz", [Ok; 6]),
    // For loopback only (tests/app/operations.rs); these clients have no address.
    row("GET", "/metrics", "/metrics", [Hidden; 6]),
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
    row(
        "GET",
        "/password-reset/{token}",
        "/password-reset/not-a-token",
        [Hidden; 6],
    ),
    row(
        "POST",
        "/password-reset/{token}",
        "/password-reset/not-a-token",
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
        "POST",
        "/admin/users/{id}/password-reset",
        "/admin/users/{target}/password-reset",
        [SignIn, Hidden, Hidden, Hidden, Hidden, Ok],
    ),
    row(
        "GET",
        "/admin/audit",
        "/admin/audit",
        [SignIn, Hidden, Hidden, Hidden, Hidden, Ok],
    ),
    // Staff record consultations and their agendas.
    row(
        "GET",
        "/consultations/new",
        "/consultations/new",
        STAFF_PAGE,
    ),
    row("POST", "/consultations", "/consultations", STAFF_FORM),
    row(
        "GET",
        "/consultations/{slug}/edit",
        "/consultations/hanoi-2019-12-18/edit",
        STAFF_PAGE,
    ),
    row(
        "POST",
        "/consultations/{slug}",
        "/consultations/hanoi-2019-12-18",
        STAFF_FORM,
    ),
    row(
        "GET",
        "/consultations/{slug}/sessions/new",
        "/consultations/hanoi-2019-12-18/sessions/new",
        STAFF_PAGE,
    ),
    row(
        "POST",
        "/consultations/{slug}/sessions",
        "/consultations/hanoi-2019-12-18/sessions",
        STAFF_FORM,
    ),
    row(
        "GET",
        "/sessions/{id}/edit",
        "/sessions/{session}/edit",
        STAFF_PAGE,
    ),
    row("POST", "/sessions/{id}", "/sessions/{session}", STAFF_FORM),
    row(
        "POST",
        "/sessions/{id}/move",
        "/sessions/{session}/move",
        [SignIn, Hidden, Hidden, Hidden, Status(400), Status(400)],
    ),
    row(
        "GET",
        "/sessions/{id}/archive",
        "/sessions/{session}/archive",
        STAFF_PAGE,
    ),
    // Archived, the session's page offers to restore it (staff archive it; the admin's
    // request finds it archived already and is sent there all the same), and restoring it
    // leads back to the agenda.
    row(
        "POST",
        "/sessions/{id}/archive",
        "/sessions/{session}/archive",
        [
            SignIn,
            Hidden,
            Hidden,
            Hidden,
            To("/sessions/"),
            To("/sessions/"),
        ],
    ),
    row(
        "POST",
        "/sessions/{id}/restore",
        "/sessions/{session}/restore",
        [
            SignIn,
            Hidden,
            Hidden,
            Hidden,
            To("/consultations/hanoi"),
            To("/consultations/hanoi"),
        ],
    ),
    row(
        "GET",
        "/organisations/new",
        "/organisations/new",
        STAFF_PAGE,
    ),
    row("POST", "/organisations", "/organisations", STAFF_FORM),
    row(
        "GET",
        "/organisations/{slug}/edit",
        "/organisations/cdi/edit",
        STAFF_PAGE,
    ),
    row(
        "POST",
        "/organisations/{slug}",
        "/organisations/cdi",
        STAFF_FORM,
    ),
    row(
        "POST",
        "/organisations/{slug}/merge",
        "/organisations/cdi/merge",
        STAFF_FORM,
    ),
    row("GET", "/people", "/people", STAFF_PAGE),
    row(
        "GET",
        "/people/{id}",
        "/people/5eed0000-0000-4000-8000-000000000001",
        STAFF_PAGE,
    ),
    row(
        "GET",
        "/consultations/{slug}/participation/new",
        "/consultations/hanoi-2019-12-18/participation/new",
        STAFF_PAGE,
    ),
    row(
        "POST",
        "/consultations/{slug}/participation",
        "/consultations/hanoi-2019-12-18/participation",
        STAFF_FORM,
    ),
    row(
        "GET",
        "/participation/{id}/edit",
        "/participation/{participation}/edit",
        STAFF_PAGE,
    ),
    row(
        "POST",
        "/participation/{id}",
        "/participation/{participation}",
        STAFF_FORM,
    ),
    row(
        "GET",
        "/participation/{id}/delete",
        "/participation/{participation}/delete",
        STAFF_PAGE,
    ),
    row(
        "POST",
        "/participation/{id}/delete",
        "/participation/00000000-0000-4000-8000-000000000000/delete",
        [SignIn, Hidden, Hidden, Hidden, Hidden, Hidden],
    ),
    row("GET", "/people/new", "/people/new", STAFF_PAGE),
    row("POST", "/people", "/people", STAFF_FORM),
    row(
        "GET",
        "/people/{id}/edit",
        "/people/5eed0000-0000-4000-8000-000000000001/edit",
        STAFF_PAGE,
    ),
    row(
        "POST",
        "/people/{id}",
        "/people/5eed0000-0000-4000-8000-000000000001",
        STAFF_FORM,
    ),
    row(
        "POST",
        "/people/{id}/roles",
        "/people/5eed0000-0000-4000-8000-000000000001/roles",
        STAFF_FORM,
    ),
    row("GET", "/series/new", "/series/new", STAFF_PAGE),
    row("POST", "/series", "/series", STAFF_FORM),
    row(
        "GET",
        "/series/{slug}/edit",
        "/series/hrwg-consensus-2019-2020/edit",
        STAFF_PAGE,
    ),
    row(
        "POST",
        "/series/{slug}",
        "/series/hrwg-consensus-2019-2020",
        STAFF_FORM,
    ),
    // Session notes: `{note}` is a note submitted by another partner of CDI.
    row(
        "GET",
        "/sessions/{id}/notes/new",
        "/sessions/{first_session}/notes/new",
        [SignIn, Ok, Hidden, Hidden, Ok, Ok],
    ),
    row(
        "POST",
        "/sessions/{id}/notes",
        "/sessions/{first_session}/notes",
        [
            SignIn,
            FORM_INVALID,
            Hidden,
            Hidden,
            FORM_INVALID,
            FORM_INVALID,
        ],
    ),
    row(
        "GET",
        "/notes/{id}",
        "/notes/{note}",
        [Hidden, Hidden, Hidden, Hidden, Ok, Ok],
    ),
    row(
        "GET",
        "/notes/{id}/history",
        "/notes/{note}/history",
        [Hidden, Hidden, Hidden, Hidden, Ok, Ok],
    ),
    row(
        "GET",
        "/notes/{id}/edit",
        "/notes/{note}/edit",
        [SignIn, Hidden, Hidden, Hidden, To("/notes/"), To("/notes/")],
    ),
    row(
        "POST",
        "/notes/{id}",
        "/notes/{note}",
        [SignIn, Hidden, Hidden, Hidden, Status(409), Status(409)],
    ),
    row(
        "GET",
        "/notes/{id}/submit",
        "/notes/{note}/submit",
        [SignIn, Hidden, Hidden, Hidden, To("/notes/"), To("/notes/")],
    ),
    row(
        "GET",
        "/notes/{id}/withdraw",
        "/notes/{note}/withdraw",
        [SignIn, Hidden, Hidden, Hidden, To("/notes/"), To("/notes/")],
    ),
    row(
        "POST",
        "/notes/{id}/restore",
        "/notes/{note}/restore",
        [SignIn, Hidden, Hidden, Hidden, Status(409), Status(409)],
    ),
    row(
        "POST",
        "/notes/{id}/submit",
        "/notes/{note}/submit",
        [SignIn, Hidden, Hidden, Hidden, Status(409), Status(409)],
    ),
    row(
        "POST",
        "/notes/{id}/withdraw",
        "/notes/{note}/withdraw",
        [SignIn, Hidden, Hidden, Hidden, Status(409), Status(409)],
    ),
    row(
        "POST",
        "/notes/{id}/return",
        "/notes/{note}/return",
        STAFF_FORM,
    ),
    row(
        "POST",
        "/notes/{id}/publish",
        "/notes/{note}/publish",
        STAFF_FORM,
    ),
    row(
        "GET",
        "/my/notes",
        "/my/notes",
        [SignIn, Ok, Ok, Ok, Ok, Ok],
    ),
    row("GET", "/review", "/review", STAFF_PAGE),
    // Findings: `{finding}` is a public recommendation on Hanoi.
    row("GET", "/findings", "/findings", [Ok; 6]),
    row("GET", "/findings.csv", "/findings.csv", [Ok; 6]),
    row("GET", "/findings/{id}", "/findings/{finding}", [Ok; 6]),
    row("GET", "/findings/new", "/findings/new", STAFF_PAGE),
    row("POST", "/findings", "/findings", STAFF_FORM),
    row(
        "GET",
        "/findings/{id}/edit",
        "/findings/{finding}/edit",
        STAFF_PAGE,
    ),
    row("POST", "/findings/{id}", "/findings/{finding}", STAFF_FORM),
    row(
        "POST",
        "/findings/{id}/updates",
        "/findings/{finding}/updates",
        STAFF_FORM,
    ),
    row(
        "GET",
        "/findings/{id}/translations/{language}",
        "/findings/{finding}/translations/vi",
        STAFF_PAGE,
    ),
    row(
        "POST",
        "/findings/{id}/translations/{language}",
        "/findings/{finding}/translations/vi",
        STAFF_FORM,
    ),
    // Sent without the version it was read at: 400 for staff.
    row(
        "POST",
        "/findings/{id}/translations/{language}/review",
        "/findings/{finding}/translations/vi/review",
        [SignIn, Hidden, Hidden, Hidden, Status(400), Status(400)],
    ),
    // `{note}` is not published: it has no translations, for anyone.
    row(
        "GET",
        "/notes/{id}/translations/{language}",
        "/notes/{note}/translations/vi",
        [SignIn, Hidden, Hidden, Hidden, Hidden, Hidden],
    ),
    row(
        "POST",
        "/notes/{id}/translations/{language}",
        "/notes/{note}/translations/vi",
        [SignIn, Hidden, Hidden, Hidden, Hidden, Hidden],
    ),
    row(
        "POST",
        "/notes/{id}/translations/{language}/review",
        "/notes/{note}/translations/vi/review",
        [SignIn, Hidden, Hidden, Hidden, Hidden, Hidden],
    ),
    row("GET", "/search", "/search?q=ha+noi", [Ok; 6]),
    row(
        "GET",
        "/frameworks/{slug}/commitments/{code}/edit",
        "/frameworks/asean-consensus-2017/commitments/C3.2/edit",
        STAFF_PAGE,
    ),
    row(
        "POST",
        "/frameworks/{slug}/commitments/{code}",
        "/frameworks/asean-consensus-2017/commitments/C3.2",
        STAFF_FORM,
    ),
    // Self-assessments: `{assessment}` is the government's draft in a round for Viet Nam.
    row(
        "GET",
        "/assessments",
        "/assessments",
        [SignIn, Ok, Ok, Ok, Ok, Ok],
    ),
    row(
        "POST",
        "/assessments/rounds",
        "/assessments/rounds",
        STAFF_FORM,
    ),
    row(
        "GET",
        "/assessments/regional",
        "/assessments/regional?cycle=2024",
        [Ok; 6],
    ),
    row(
        "GET",
        "/assessments/rounds/{id}/compare",
        "/assessments/rounds/{round}/compare",
        [SignIn, Ok, Hidden, Ok, Ok, Ok],
    ),
    row(
        "GET",
        "/assessments/{id}",
        "/assessments/{assessment}",
        [SignIn, Hidden, Hidden, Ok, Ok, Ok],
    ),
    // Sent empty, the answers form lacks its version: a 400 for the side that may save it.
    row(
        "POST",
        "/assessments/{id}",
        "/assessments/{assessment}",
        [
            SignIn,
            Hidden,
            Hidden,
            Status(400),
            Status(409),
            Status(409),
        ],
    ),
    row(
        "GET",
        "/assessments/{id}/submit",
        "/assessments/{assessment}/submit",
        [
            SignIn,
            Hidden,
            Hidden,
            Ok,
            To("/assessments/"),
            To("/assessments/"),
        ],
    ),
    row(
        "POST",
        "/assessments/{id}/submit",
        "/assessments/{assessment}/submit",
        [
            SignIn,
            Hidden,
            Hidden,
            FORM_INVALID,
            To("/assessments/"),
            To("/assessments/"),
        ],
    ),
    row(
        "POST",
        "/assessments/{id}/corrections",
        "/assessments/{assessment}/corrections",
        STAFF_FORM,
    ),
    row(
        "POST",
        "/assessments/rounds/{id}",
        "/assessments/rounds/{round}",
        [SignIn, Hidden, Hidden, Hidden, Status(400), Status(400)],
    ),
    // Participant list import (begin)
    row(
        "GET",
        "/consultations/{slug}/participants/import",
        "/consultations/hanoi-2019-12-18/participants/import",
        STAFF_PAGE,
    ),
    row(
        "POST",
        "/consultations/{slug}/participants/import",
        "/consultations/hanoi-2019-12-18/participants/import",
        // An empty body is no multipart upload: 400 for staff.
        [SignIn, Hidden, Hidden, Hidden, Status(400), Status(400)],
    ),
    row(
        "GET",
        "/consultations/{slug}/participants/import/{id}",
        "/consultations/hanoi-2019-12-18/participants/import/00000000-0000-4000-8000-000000000000",
        [SignIn, Hidden, Hidden, Hidden, Hidden, Hidden],
    ),
    row(
        "POST",
        "/consultations/{slug}/participants/import/{id}",
        "/consultations/hanoi-2019-12-18/participants/import/00000000-0000-4000-8000-000000000000",
        [SignIn, Hidden, Hidden, Hidden, Hidden, Hidden],
    ),
    row(
        "GET",
        "/consultations/{slug}/participants/import/uploads/{upload}",
        "/consultations/hanoi-2019-12-18/participants/import/uploads/00000000-0000-4000-8000-000000000000",
        [SignIn, Hidden, Hidden, Hidden, Hidden, Hidden],
    ),
    row(
        "POST",
        "/consultations/{slug}/participants/import/uploads/{upload}",
        "/consultations/hanoi-2019-12-18/participants/import/uploads/00000000-0000-4000-8000-000000000000",
        [SignIn, Hidden, Hidden, Hidden, Hidden, Hidden],
    ),
    row(
        "GET",
        "/participant-list-template.csv",
        "/participant-list-template.csv",
        STAFF_PAGE,
    ),
    // Participant list import (end)
    // The read-only JSON API (begin): anyone reads it, each as far as they may see.
    row("GET", "/api", "/api", [Ok; 6]),
    row(
        "GET",
        "/api/v1/openapi.json",
        "/api/v1/openapi.json",
        [Ok; 6],
    ),
    row("GET", "/api/v1/series", "/api/v1/series", [Ok; 6]),
    row(
        "GET",
        "/api/v1/series/{slug}",
        "/api/v1/series/hrwg-consensus-2019-2020",
        [Ok; 6],
    ),
    row(
        "GET",
        "/api/v1/consultations",
        "/api/v1/consultations?state=VN",
        [Ok; 6],
    ),
    row(
        "GET",
        "/api/v1/consultations/{slug}",
        "/api/v1/consultations/hanoi-2019-12-18",
        [Ok; 6],
    ),
    row(
        "GET",
        "/api/v1/consultations/{slug}/notes",
        "/api/v1/consultations/hanoi-2019-12-18/notes",
        [Ok; 6],
    ),
    row(
        "GET",
        "/api/v1/organisations",
        "/api/v1/organisations",
        [Ok; 6],
    ),
    row(
        "GET",
        "/api/v1/organisations/{slug}",
        "/api/v1/organisations/cdi",
        [Ok; 6],
    ),
    row("GET", "/api/v1/commitments", "/api/v1/commitments", [Ok; 6]),
    row(
        "GET",
        "/api/v1/findings",
        "/api/v1/findings?kind=recommendation",
        [Ok; 6],
    ),
    row(
        "GET",
        "/api/v1/findings/{id}",
        "/api/v1/findings/{finding}",
        [Ok; 6],
    ),
    row("GET", "/api/v1/assessments", "/api/v1/assessments", [Ok; 6]),
    row("GET", "/api/v1/dashboard", "/api/v1/dashboard", [Ok; 6]),
    row(
        "POST",
        "/account/api-tokens",
        "/account/api-tokens",
        [
            SignIn,
            FORM_INVALID,
            FORM_INVALID,
            FORM_INVALID,
            FORM_INVALID,
            FORM_INVALID,
        ],
    ),
    row(
        "POST",
        "/account/api-tokens/{id}/revoke",
        "/account/api-tokens/00000000-0000-4000-8000-000000000000/revoke",
        [SignIn, Hidden, Hidden, Hidden, Hidden, Hidden],
    ),
    // The read-only JSON API (end)
    // Printable reports (begin)
    row(
        "GET",
        "/consultations/{slug}/report",
        "/consultations/hanoi-2019-12-18/report",
        [Ok; 6],
    ),
    row(
        "GET",
        "/consultations/{slug}/report.pdf",
        "/consultations/hanoi-2019-12-18/report.pdf",
        [Ok; 6],
    ),
    row("GET", "/states/{code}/brief", "/states/VN/brief", [Ok; 6]),
    row(
        "GET",
        "/states/{code}/brief.pdf",
        "/states/VN/brief.pdf",
        [Ok; 6],
    ),
    // Printable reports (end)
    // Downloads, with the access of their pages (begin)
    row(
        "GET",
        "/consultations.csv",
        "/consultations.csv?state=VN",
        [Ok; 6],
    ),
    row(
        "GET",
        "/series/{slug}/consultations.csv",
        "/series/hrwg-consensus-2019-2020/consultations.csv",
        [Ok; 6],
    ),
    row("GET", "/organisations.csv", "/organisations.csv", [Ok; 6]),
    row(
        "GET",
        "/organisations/{slug}/history.csv",
        "/organisations/cdi/history.csv",
        [Ok; 6],
    ),
    row(
        "GET",
        "/consultations/{slug}/agenda.csv",
        "/consultations/hanoi-2019-12-18/agenda.csv",
        [Ok; 6],
    ),
    row(
        "GET",
        "/consultations/{slug}/participation.csv",
        "/consultations/hanoi-2019-12-18/participation.csv",
        [Ok; 6],
    ),
    row(
        "GET",
        "/consultations/{slug}/notes.csv",
        "/consultations/hanoi-2019-12-18/notes.csv",
        [Ok; 6],
    ),
    row(
        "GET",
        "/my/notes.csv",
        "/my/notes.csv",
        [SignIn, Ok, Ok, Ok, Ok, Ok],
    ),
    row(
        "GET",
        "/assessments/rounds/{id}/compare.csv",
        "/assessments/rounds/{round}/compare.csv",
        [SignIn, Ok, Hidden, Ok, Ok, Ok],
    ),
    row("GET", "/people.csv", "/people.csv", STAFF_PAGE),
    row(
        "GET",
        "/admin/audit.csv",
        "/admin/audit.csv",
        [SignIn, Hidden, Hidden, Hidden, Hidden, Ok],
    ),
    row(
        "GET",
        "/findings.xlsx",
        "/findings.xlsx?kind=recommendation",
        [Ok; 6],
    ),
    row("GET", "/dashboard.xlsx", "/dashboard.xlsx", [Ok; 6]),
    row(
        "GET",
        "/consultations.xlsx",
        "/consultations.xlsx?state=VN",
        [Ok; 6],
    ),
    row(
        "GET",
        "/series/{slug}/consultations.xlsx",
        "/series/hrwg-consensus-2019-2020/consultations.xlsx",
        [Ok; 6],
    ),
    row("GET", "/organisations.xlsx", "/organisations.xlsx", [Ok; 6]),
    row(
        "GET",
        "/organisations/{slug}/history.xlsx",
        "/organisations/cdi/history.xlsx",
        [Ok; 6],
    ),
    row(
        "GET",
        "/consultations/{slug}/agenda.xlsx",
        "/consultations/hanoi-2019-12-18/agenda.xlsx",
        [Ok; 6],
    ),
    row(
        "GET",
        "/consultations/{slug}/participation.xlsx",
        "/consultations/hanoi-2019-12-18/participation.xlsx",
        [Ok; 6],
    ),
    row(
        "GET",
        "/consultations/{slug}/notes.xlsx",
        "/consultations/hanoi-2019-12-18/notes.xlsx",
        [Ok; 6],
    ),
    row(
        "GET",
        "/my/notes.xlsx",
        "/my/notes.xlsx",
        [SignIn, Ok, Ok, Ok, Ok, Ok],
    ),
    row(
        "GET",
        "/assessments/rounds/{id}/compare.xlsx",
        "/assessments/rounds/{round}/compare.xlsx",
        [SignIn, Ok, Hidden, Ok, Ok, Ok],
    ),
    row("GET", "/people.xlsx", "/people.xlsx", STAFF_PAGE),
    row(
        "GET",
        "/admin/audit.xlsx",
        "/admin/audit.xlsx",
        [SignIn, Hidden, Hidden, Hidden, Hidden, Ok],
    ),
    row(
        "GET",
        "/consultations/{slug}/export.zip",
        "/consultations/hanoi-2019-12-18/export.zip",
        [Ok; 6],
    ),
    row(
        "GET",
        "/assessments/{id}/ratings.csv",
        "/assessments/{assessment}/ratings.csv",
        [SignIn, Hidden, Hidden, Ok, Ok, Ok],
    ),
    row(
        "GET",
        "/assessments/{id}/ratings.xlsx",
        "/assessments/{assessment}/ratings.xlsx",
        [SignIn, Hidden, Hidden, Ok, Ok, Ok],
    ),
    // Downloads (end)
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

impl Outcome {
    fn matches(self, status: StatusCode, location: &str) -> bool {
        match self {
            Ok => status == StatusCode::OK,
            Hidden => status == StatusCode::NOT_FOUND,
            // A page redirects to sign in; a form is answered with the sign-in page (401),
            // which carries what was sent (see tests/app/resume.rs).
            SignIn => {
                (status == StatusCode::SEE_OTHER && location.starts_with("/sign-in?next="))
                    || (status == StatusCode::UNAUTHORIZED && location.is_empty())
            }
            To(prefix) => {
                status == StatusCode::SEE_OTHER
                    && location.starts_with(prefix)
                    && !location.starts_with("/sign-in?next=")
            }
            Status(code) => status.as_u16() == code,
        }
    }
}

/// The records the matrix's paths name: `{target}`, `{session}` and the others.
pub(crate) struct Records {
    values: Vec<(&'static str, String)>,
}

impl Records {
    /// Makes the records the demo data lacks (a submitted note, a recommendation, a round of
    /// self-assessment) and looks up the others.
    pub(crate) async fn make(app: &TestApp) -> Self {
        let target = app.account(Who::PartnerB).await.expect("an account").id;
        let session: uuid::Uuid = sqlx::query_scalar(
            "SELECT se.id FROM session se JOIN consultation c ON c.id = se.consultation_id
              WHERE c.slug = 'hanoi-2019-12-18' ORDER BY se.position DESC LIMIT 1",
        )
        .fetch_one(&app.pool)
        .await
        .expect("a Hanoi session");
        let participation: uuid::Uuid = sqlx::query_scalar(
            "SELECT pa.id FROM participation pa JOIN consultation c ON c.id = pa.consultation_id
              WHERE c.slug = 'hanoi-2019-12-18' LIMIT 1",
        )
        .fetch_one(&app.pool)
        .await
        .expect("a Hanoi participation record");
        let first_session: uuid::Uuid = sqlx::query_scalar(
            "SELECT se.id FROM session se JOIN consultation c ON c.id = se.consultation_id
              WHERE c.slug = 'hanoi-2019-12-18' ORDER BY se.position LIMIT 1",
        )
        .fetch_one(&app.pool)
        .await
        .expect("the first Hanoi session");
        let author = app
            .account(Who::PartnerA)
            .await
            .expect("another partner of CDI")
            .id;
        let note: uuid::Uuid = sqlx::query_scalar(
            "INSERT INTO note (session_id, author_id, organisation_id, status, summary, submitted_at)
             SELECT $1, $2, organisation_id, 'submitted', 'Demo note', now() FROM app_user WHERE id = $2
             RETURNING id",
        )
        .bind(first_session)
        .bind(author)
        .fetch_one(&app.pool)
        .await
        .expect("a submitted note");
        let finding: uuid::Uuid = sqlx::query_scalar(
            "INSERT INTO finding (consultation_id, kind, statement, visibility, recommendation_status,
                                  addressee_organisation_id)
             SELECT c.id, 'recommendation', 'Demo recommendation', 'public', 'open', o.id
               FROM consultation c, organisation o
              WHERE c.slug = 'hanoi-2019-12-18' AND o.slug = 'molisa'
             RETURNING id",
        )
        .fetch_one(&app.pool)
        .await
        .expect("a finding");
        let (round, assessment): (uuid::Uuid, uuid::Uuid) = sqlx::query_as(
            "WITH r AS (
               INSERT INTO assessment_round (framework_id, member_state_code, cycle, rating_scale_id, status)
               SELECT id, 'VN', '2024', rating_scale_id, 'open' FROM framework LIMIT 1 RETURNING id),
             a AS (
               INSERT INTO assessment (round_id, assessor_kind)
               SELECT id, k::assessor_kind FROM r, unnest(ARRAY['government', 'civil_society']) k
               RETURNING id, round_id, assessor_kind)
             SELECT round_id, id FROM a WHERE assessor_kind = 'government'",
        )
        .fetch_one(&app.pool)
        .await
        .expect("a round");
        let values = vec![
            ("{target}", target.to_string()),
            ("{session}", session.to_string()),
            ("{participation}", participation.to_string()),
            ("{first_session}", first_session.to_string()),
            ("{note}", note.to_string()),
            ("{finding}", finding.to_string()),
            ("{round}", round.to_string()),
            ("{assessment}", assessment.to_string()),
        ];
        Self { values }
    }

    /// A row's path with the records' ids in it.
    pub(crate) fn fill(&self, path: &str) -> String {
        self.values
            .iter()
            .fold(path.to_owned(), |path, (name, id)| path.replace(name, id))
    }
}

#[tokio::test]
async fn each_kind_of_visitor_gets_what_the_matrix_says_on_every_route() {
    let app = TestApp::demo().await;
    let records = Records::make(&app).await;
    let mut clients: Vec<(Who, Client<'_>)> = Vec::new();
    for who in Who::ALL {
        let (client, _) = app.signed_in(who).await;
        clients.push((who, client));
    }
    let mut failures = Vec::new();
    for row in MATRIX {
        let path = records.fill(row.path);
        let method = Method::from_bytes(row.method.as_bytes()).expect("a method");
        for (i, (who, client)) in clients.iter_mut().enumerate() {
            let form = (method == Method::POST).then_some("");
            let response = client.send(method.clone(), &path, form).await;
            let location = response.header("location");
            if !row.expect[i].matches(response.status, location) {
                failures.push(format!(
                    "{} {path} as {who:?}: expected {:?}, got {} {location}",
                    row.method, row.expect[i], response.status
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Malformed requests to every route; hostile values in every field of every form (dates,
/// lengths, references, numbers, broken or cut-short bodies) are sent by `hostile_input`.
#[tokio::test]
async fn no_route_answers_a_malformed_request_with_a_500() {
    let app = TestApp::demo().await;
    let target = app.account(Who::PartnerB).await.expect("an account").id;
    let (mut admin, _) = app.signed_in(Who::Admin).await;
    let garbage: [(&str, &[u8]); 6] = [
        (
            "application/x-www-form-urlencoded",
            b"%%%=%zz&a=%FF%FE&version=abc&token=not-a-uuid",
        ),
        ("application/x-www-form-urlencoded", b"\xff\xfe\x00binary"),
        ("application/json", b"{\"title\": 1}"),
        ("multipart/form-data; boundary=x", b"--x\r\nnot a part"),
        ("text/plain", b""),
        // A null character, which PostgreSQL cannot store, in every usual field.
        (
            "application/x-www-form-urlencoded",
            b"title=a%00b&summary=a%00b&name=a%00b&email=a%00b&password=a%00b&statement=a%00b&s0_body=a%00b&s0_section=challenge&proposed_visibility=public&action=submit",
        ),
    ];
    let mut failures = Vec::new();
    // Signing out would end the login this test needs; it is covered by the matrix.
    for route in routes::table()
        .into_iter()
        .filter(|r| r.path != "/sign-out")
    {
        let path = route
            .path
            .replace("{slug}", "hanoi-2019-12-18")
            .replace("{code}", "VN")
            .replace("{id}", &target.to_string())
            .replace("{token}", "x")
            .replace("{number}", "1")
            .replace("{*path}", "css/app.css");
        let method = Method::from_bytes(route.method.as_bytes()).expect("a method");
        // A null character in the query string and in the path's values.
        let nul_path = route
            .path
            .replace("{slug}", "hanoi%00")
            .replace("{code}", "V%00")
            .replace("{id}", "a%00")
            .replace("{token}", "x%00")
            .replace("{number}", "1%00")
            .replace("{*path}", "css/app%00.css");
        for uri in [
            format!("{path}?q=a%00b&state=a%00b&theme=a%00b&series=a%00b&kind=a%00b&page=1%00"),
            nul_path,
        ] {
            let mut request = axum::http::Request::builder()
                .method(method.clone())
                .uri(&uri);
            if let Some(cookie) = &admin.cookie {
                request = request.header("cookie", cookie);
            }
            let response = admin
                .app
                .request(request.body(axum::body::Body::empty()).expect("a request"))
                .await;
            if response.status.is_server_error() {
                failures.push(format!("{} {uri}: {}", route.method, response.status));
            }
        }
        for (content_type, body) in garbage {
            let mut request = axum::http::Request::builder()
                .method(method.clone())
                .uri(&path)
                .header("content-type", content_type);
            if let Some(cookie) = &admin.cookie {
                request = request.header("cookie", cookie);
            }
            let response = admin
                .app
                .request(
                    request
                        .body(axum::body::Body::from(body.to_vec()))
                        .expect("a request"),
                )
                .await;
            if response.status.is_server_error() {
                failures.push(format!(
                    "{} {path} ({content_type}): {}",
                    route.method, response.status
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // The null is refused with a message that says what to do.
    let search = admin.get("/search?q=a%00b").await;
    assert_eq!(search.status, axum::http::StatusCode::BAD_REQUEST);
    search.assert_contains(&["cannot be stored; remove it and send again"]);
    // Still signed in: the garbage reached the handlers, not the sign-in page.
    assert_eq!(
        admin.get("/admin/users").await.status,
        axum::http::StatusCode::OK
    );
}
