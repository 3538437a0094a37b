//! Hostile input, sent to every route and form of the route table: dates PostgreSQL cannot
//! hold, values too long for their index, references to records that do not exist, numbers out
//! of range, a null inside an imported file, a broken body, a body cut short. None may get a
//! 500 (or a 503 after the request timeout); each gets a clear 4xx, and a form its message.

use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::http::{Method, Request, StatusCode};
use musyawarah::routes;
use uuid::Uuid;

use crate::accounts_harness::{Client, Who, urlencode};
use crate::harness::{TestApp, test_config};

/// Real records of the demo data, to put in the routes' paths and forms, so that hostile
/// values reach the handlers' queries rather than a 404.
pub struct Records {
    pub target: Uuid,
    pub session: Uuid,
    pub participation: Uuid,
    pub person: Uuid,
    pub note: Uuid,
    pub finding: Uuid,
    pub round: Uuid,
    pub assessment: Uuid,
    pub consultation: Uuid,
    pub organisation: Uuid,
    pub series: Uuid,
    pub commitment: Uuid,
}

/// Makes the records the routes need (an account, a note, a finding, a round) and reads the
/// others from the demo data.
pub async fn records(app: &TestApp) -> Records {
    let pool = &app.pool;
    let one = |sql: &'static str| async move {
        sqlx::query_scalar::<_, Uuid>(sql)
            .fetch_one(pool)
            .await
            .unwrap_or_else(|e| panic!("{sql}: {e}"))
    };
    let target = app.account(Who::PartnerB).await.expect("an account").id;
    let author = app.account(Who::PartnerA).await.expect("a partner").id;
    let session = one(
        "SELECT se.id FROM session se JOIN consultation c ON c.id = se.consultation_id
          WHERE c.slug = 'hanoi-2019-12-18' ORDER BY se.position LIMIT 1",
    )
    .await;
    let note: Uuid = sqlx::query_scalar(
        "INSERT INTO note (session_id, author_id, organisation_id, status, summary, submitted_at)
         SELECT $1, $2, organisation_id, 'submitted', 'Demo note', now() FROM app_user WHERE id = $2
         RETURNING id",
    )
    .bind(session)
    .bind(author)
    .fetch_one(pool)
    .await
    .expect("a submitted note");
    let finding = one(
        "INSERT INTO finding (consultation_id, kind, statement, visibility, recommendation_status,
                              addressee_organisation_id)
         SELECT c.id, 'recommendation', 'Demo recommendation', 'public', 'open', o.id
           FROM consultation c, organisation o
          WHERE c.slug = 'hanoi-2019-12-18' AND o.slug = 'molisa'
         RETURNING id",
    )
    .await;
    let (round, assessment): (Uuid, Uuid) = sqlx::query_as(
        "WITH r AS (
           INSERT INTO assessment_round (framework_id, member_state_code, cycle, rating_scale_id, status)
           SELECT id, 'VN', '2031', rating_scale_id, 'open' FROM framework LIMIT 1 RETURNING id),
         a AS (
           INSERT INTO assessment (round_id, assessor_kind)
           SELECT id, k::assessor_kind FROM r, unnest(ARRAY['government', 'civil_society']) k
           RETURNING id, round_id, assessor_kind)
         SELECT round_id, id FROM a WHERE assessor_kind = 'government'",
    )
    .fetch_one(pool)
    .await
    .expect("a round");
    Records {
        target,
        session,
        participation: one(
            "SELECT pa.id FROM participation pa JOIN consultation c ON c.id = pa.consultation_id
              WHERE c.slug = 'hanoi-2019-12-18' LIMIT 1",
        )
        .await,
        person: one("SELECT id FROM person LIMIT 1").await,
        note,
        finding,
        round,
        assessment,
        consultation: one("SELECT id FROM consultation WHERE slug = 'hanoi-2019-12-18'").await,
        organisation: one("SELECT id FROM organisation WHERE slug = 'cdi'").await,
        series: one("SELECT id FROM series LIMIT 1").await,
        commitment: one("SELECT id FROM commitment ORDER BY code LIMIT 1").await,
    }
}

impl Records {
    /// A route of the table as a path to a real record (or, for `/sign-in`, itself).
    pub fn path(&self, route: &str) -> String {
        let id = if route.starts_with("/admin/users/") {
            self.target.to_string()
        } else if route.starts_with("/sessions/") {
            self.session.to_string()
        } else if route.starts_with("/participation/") {
            self.participation.to_string()
        } else if route.starts_with("/people/") {
            self.person.to_string()
        } else if route.starts_with("/notes/") {
            self.note.to_string()
        } else if route.starts_with("/findings/") {
            self.finding.to_string()
        } else if route.starts_with("/assessments/rounds/") {
            self.round.to_string()
        } else if route.starts_with("/assessments/") {
            self.assessment.to_string()
        } else {
            Uuid::new_v4().to_string()
        };
        let slug = if route.starts_with("/series/") {
            "hrwg-consensus-2019-2020"
        } else if route.starts_with("/organisations/") {
            "cdi"
        } else if route.starts_with("/frameworks/") {
            "asean-consensus-2017"
        } else {
            "hanoi-2019-12-18"
        };
        let code = if route.starts_with("/frameworks/") {
            "C4.2"
        } else {
            "VN"
        };
        route
            .replace("{id}", &id)
            .replace("{slug}", slug)
            .replace("{code}", code)
            .replace("{token}", "x")
            .replace("{number}", "1")
            .replace("{*path}", "css/app.css")
    }

    /// A form that most of the app's forms would accept: every field any form reads, with a
    /// fitting value, and a fresh one-time token.
    pub fn base_form(&self) -> Vec<(String, String)> {
        let o = self.organisation.to_string();
        [
            ("title", "Hostile input"),
            ("name", "Hostile input"),
            ("statement", "Hostile input"),
            ("summary", "Hostile input"),
            ("description", "Hostile input"),
            ("body", "Hostile input"),
            ("reason", "Hostile input"),
            ("full_name", "Hostile input"),
            ("display_name", "Hostile input"),
            ("email", "hostile@example.org"),
            ("kind", "ngo"),
            ("kind", "challenge"),
            ("visibility", "public"),
            ("proposed_visibility", "public"),
            ("sex", "female"),
            ("role", "participant"),
            ("status", "held"),
            ("host_state", "VN"),
            ("states", "VN"),
            ("member_state", "VN"),
            ("state", "VN"),
            ("cycle", "2032"),
            ("direction", "up"),
            ("confirm", "yes"),
            ("action", "save"),
            ("venue", "Hanoi"),
            ("city", "Hanoi"),
            ("website", "https://example.org"),
            ("female", "1"),
            ("male", "1"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .chain([
            ("consultation".to_owned(), self.consultation.to_string()),
            ("series".to_owned(), self.series.to_string()),
            ("organisation".to_owned(), o.clone()),
            ("into".to_owned(), o.clone()),
            ("addressee".to_owned(), format!("org:{o}")),
            ("commitments".to_owned(), self.commitment.to_string()),
            ("commitment".to_owned(), self.commitment.to_string()),
            ("session".to_owned(), self.session.to_string()),
            ("token".to_owned(), Uuid::new_v4().to_string()),
            ("version".to_owned(), "1".to_owned()),
        ])
        .collect()
    }
}

/// `pairs` URL-encoded.
pub fn encode(pairs: &[(String, String)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| format!("{}={}", urlencode(k), urlencode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

/// `form` with every field named in `fields` set to `value` (added where missing).
fn with(mut form: Vec<(String, String)>, fields: &[&str], value: &str) -> Vec<(String, String)> {
    form.retain(|(k, _)| !fields.contains(&k.as_str()));
    form.extend(fields.iter().map(|f| ((*f).to_owned(), value.to_owned())));
    form
}

/// Every date field of every form.
const DATE_FIELDS: &[&str] = &["starts_on", "ends_on", "day", "due_on", "reported_on"];
/// Every one-line text field that a form stores (and that may be indexed).
const LINE_FIELDS: &[&str] = &[
    "title",
    "name",
    "acronym",
    "aliases",
    "full_name",
    "display_name",
    "email",
    "honorific",
    "venue",
    "city",
    "cycle",
    "official_ref",
];
/// Every field that names another record by its id.
const REFERENCE_FIELDS: &[&str] = &[
    "source_note",
    "organisation",
    "consultation",
    "session",
    "series",
    "commitment",
    "commitments",
    "themes",
    "into",
    "note",
    "funder",
    "organiser",
    "duty_bearer",
];
/// Every number field.
const NUMBER_FIELDS: &[&str] = &[
    "number_in_series",
    "participants_reported",
    "female",
    "male",
    "other_or_unstated",
    "answer",
];

/// The POST routes of the table, as paths to real records (signing out would end the login
/// the test needs).
fn post_routes(records: &Records) -> Vec<String> {
    routes::table()
        .into_iter()
        .filter(|r| r.method == "POST" && r.path != "/sign-out")
        .map(|r| records.path(r.path))
        .collect()
}

async fn send(
    client: &Client<'_>,
    request: axum::http::request::Builder,
    body: Body,
) -> (StatusCode, String) {
    let mut request = request;
    if let Some(cookie) = &client.cookie {
        request = request.header("cookie", cookie);
    }
    let response = client
        .app
        .request(request.body(body).expect("a request"))
        .await;
    (response.status, response.body)
}

#[tokio::test]
async fn no_route_or_form_answers_hostile_values_with_a_server_error() {
    let app = TestApp::demo().await;
    let records = records(&app).await;
    let (admin, _) = app.signed_in(Who::Admin).await;
    let long = "x".repeat(3_000);
    let long_email = format!("{}@example.org", "a".repeat(3_000));
    let unknown = Uuid::new_v4().to_string();
    let mut failures = Vec::new();

    // Every query string, with dates, page markers and numbers that PostgreSQL cannot hold.
    let queries = [
        "from=-5000-01-01&to=%2B99999-01-01".to_owned(),
        "from=0000-01-01&to=9999-12-31".to_owned(),
        format!("sort=due&after=-5000-01-01~{unknown}"),
        format!("sort=newest&after=%2B99999-01-01T00:00:00~{unknown}"),
        format!("sort=oldest&after=-5000-01-01T00:00:00.000~{unknown}"),
        "page=99999999999999999999&chapter=99999999999&number=99999999999".to_owned(),
        format!("q={long}&state={long}&theme={long}&series={long}&cycle=-99999"),
        format!("note={unknown}&statement=99999999999&consultation={unknown}"),
    ];
    for route in routes::table().into_iter().filter(|r| r.method == "GET") {
        let path = records.path(route.path);
        for query in &queries {
            let uri = format!("{path}?{query}");
            let (status, _) = send(&admin, Request::builder().uri(&uri), Body::empty()).await;
            if status.is_server_error() {
                failures.push(format!("GET {uri}: {status}"));
            }
        }
    }

    // Every form, with each class of hostile value in every field of its kind.
    let classes: Vec<(&str, Vec<(String, String)>)> = vec![
        (
            "dates before 1900",
            with(records.base_form(), DATE_FIELDS, "-5000-01-01"),
        ),
        (
            "dates after 2100",
            with(records.base_form(), DATE_FIELDS, "+99999-01-01"),
        ),
        (
            "year 0",
            with(records.base_form(), DATE_FIELDS, "0000-01-01"),
        ),
        ("long lines", with(records.base_form(), LINE_FIELDS, &long)),
        (
            "long e-mail",
            with(records.base_form(), &["email"], &long_email),
        ),
        ("unknown records", {
            let form = with(records.base_form(), REFERENCE_FIELDS, &unknown);
            with(form, &["addressee"], &format!("org:{unknown}"))
        }),
        (
            "numbers out of range",
            with(records.base_form(), NUMBER_FIELDS, "99999999999"),
        ),
        (
            "negative numbers",
            with(records.base_form(), NUMBER_FIELDS, "-99999999999"),
        ),
    ];
    for path in post_routes(&records) {
        for (class, form) in &classes {
            let form = with(form.clone(), &["token"], &Uuid::new_v4().to_string());
            let (status, _) = send(
                &admin,
                Request::builder()
                    .method(Method::POST)
                    .uri(&path)
                    .header("content-type", "application/x-www-form-urlencoded"),
                Body::from(encode(&form)),
            )
            .await;
            if status.is_server_error() {
                failures.push(format!("POST {path} ({class}): {status}"));
            }
        }
        // A body whose stream breaks off with an error (a malformed chunked encoding), as a
        // form and as an upload.
        for content_type in [
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
        ] {
            let chunks: Vec<Result<Bytes, std::io::Error>> = vec![
                Ok(Bytes::from_static(
                    b"--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nname,sex",
                )),
                Err(std::io::Error::new(
                    std::io::ErrorKind::InvalidData,
                    "invalid chunk size",
                )),
            ];
            let (status, _) = send(
                &admin,
                Request::builder()
                    .method(Method::POST)
                    .uri(&path)
                    .header("content-type", content_type),
                Body::from_stream(futures_util::stream::iter(chunks)),
            )
            .await;
            if status.is_server_error() {
                failures.push(format!("POST {path} (broken {content_type}): {status}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));

    // Still signed in: the hostile requests reached the handlers.
    let mut admin = admin;
    assert_eq!(admin.get("/admin/users").await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_date_out_of_range_is_refused_with_a_message_beside_the_field_or_in_a_400() {
    let app = TestApp::demo().await;
    let records = records(&app).await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let form = with(records.base_form(), &["starts_on"], "-5000-01-01");
    let form = with(form, &["ends_on"], "+99999-01-01");
    let page = staff.post("/consultations", &encode(&form)).await;
    assert_eq!(
        page.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        page.body
    );
    page.assert_contains(&[
        "Enter a date like 2019-12-18.",
        "value=\"Hostile input\"",
        "value=\"-5000-01-01\"",
    ]);
    let form = with(records.base_form(), &["starts_on"], "1492-10-12");
    let page = staff.post("/consultations", &encode(&form)).await;
    assert_eq!(
        page.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        page.body
    );
    page.assert_contains(&["Enter a date between 1900 and 2100, like 2019-12-18."]);
    for path in [
        "/findings?from=-5000-01-01",
        "/findings.csv?to=3000-01-01",
        "/dashboard?from=1492-10-12",
        "/dashboard.csv?from=1492-10-12",
        "/consultations?from=-5000-01-01",
        "/admin/audit?from=-5000-01-01",
    ] {
        let (mut admin, _) = app.signed_in(Who::Admin).await;
        let page = admin.get(path).await;
        assert_eq!(
            page.status,
            StatusCode::BAD_REQUEST,
            "{path}: {}",
            page.body
        );
        assert!(
            page.body.contains("must look like 2019-12-18")
                || page.body.contains("must be between 1900 and 2100"),
            "{path}: {}",
            page.body
        );
    }
    let marker = staff
        .get(&format!(
            "/findings?sort=due&after=-5000-01-01~{}",
            Uuid::new_v4()
        ))
        .await;
    assert_eq!(marker.status, StatusCode::BAD_REQUEST);
    marker.assert_contains(&["The page marker is damaged."]);
}

#[tokio::test]
async fn a_very_long_email_at_sign_in_is_a_field_message() {
    let app = TestApp::demo().await;
    let mut visitor = app.client();
    let email = format!("{}@example.org", "a".repeat(3_000));
    let page = visitor
        .post(
            "/sign-in",
            &format!("email={}&password=whatever", urlencode(&email)),
        )
        .await;
    assert_eq!(
        page.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        page.body
    );
    page.assert_contains(&["An email address has at most 254 characters."]);
}

#[tokio::test]
async fn a_finding_from_an_unknown_note_is_a_field_message_with_the_form_kept() {
    let app = TestApp::demo().await;
    let records = records(&app).await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let form = vec![
        ("kind", "challenge".to_owned()),
        ("statement", "Recruitment fees are still charged".to_owned()),
        ("consultation", records.consultation.to_string()),
        ("source_note", Uuid::new_v4().to_string()),
        ("commitments", records.commitment.to_string()),
        ("visibility", "staff".to_owned()),
        ("token", Uuid::new_v4().to_string()),
    ];
    let form: Vec<(String, String)> = form.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
    let page = staff.post("/findings", &encode(&form)).await;
    assert_eq!(
        page.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        page.body
    );
    page.assert_contains(&[
        "This refers to a record that does not exist",
        "Recruitment fees are still charged",
    ]);
}

#[tokio::test]
async fn a_null_inside_an_imported_list_names_its_line() {
    let app = TestApp::demo().await;
    let (staff, _) = app.signed_in(Who::Staff).await;
    let body = b"--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"list.csv\"\r\nContent-Type: text/csv\r\n\r\nname,sex,organisation\nLan,female,CDI\nHa\0i,male,CDI\n\r\n--x--\r\n";
    let (status, page) = send(
        &staff,
        Request::builder()
            .method(Method::POST)
            .uri("/consultations/hanoi-2019-12-18/participants/import")
            .header("content-type", "multipart/form-data; boundary=x"),
        Body::from(body.to_vec()),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{page}");
    assert!(page.contains("Line 3 holds a null character"), "{page}");
}

#[tokio::test]
async fn a_body_cut_short_is_answered_408_before_the_request_timeout() {
    use futures_util::StreamExt as _;
    let mut config = test_config();
    // A third of it, 2 s, without a byte is a body cut short; the request timeout itself
    // (a 503) is further off, so that a busy machine does not reach it.
    config.request_timeout = Duration::from_secs(6);
    let app = TestApp::demo_with(config).await;
    let records = records(&app).await;
    let (admin, _) = app.signed_in(Who::Admin).await;
    let cut_short = |start: &'static [u8]| {
        Body::from_stream(
            futures_util::stream::iter([Ok::<_, std::io::Error>(Bytes::from_static(start))])
                .chain(futures_util::stream::pending()),
        )
    };
    // Every POST route (a few at a time): each gets the start of a body, then nothing more.
    let mut requests: Vec<(String, &str)> = post_routes(&records)
        .into_iter()
        .map(|path| (path, "application/x-www-form-urlencoded"))
        .collect();
    requests.push((
        "/consultations/hanoi-2019-12-18/participants/import".to_owned(),
        "multipart/form-data; boundary=x",
    ));
    let failures: Vec<String> = futures_util::stream::iter(requests)
        .map(|(path, content_type)| {
            let admin = &admin;
            async move {
                let (status, body) = send(
                    admin,
                    Request::builder()
                        .method(Method::POST)
                        .uri(&path)
                        .header("content-type", content_type),
                    cut_short(b"--x\r\ntitle=half"),
                )
                .await;
                if status.is_server_error() {
                    Some(format!("POST {path} ({content_type}): {status}"))
                } else if status == StatusCode::REQUEST_TIMEOUT
                    && !body.contains("The request was not received in full")
                {
                    Some(format!("POST {path}: 408 without the error page"))
                } else {
                    None
                }
            }
        })
        .buffer_unordered(8)
        .filter_map(std::future::ready)
        .collect()
        .await;
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // A form that reads its body is answered 408 with the error page, before the 503 of the
    // request timeout.
    let started = std::time::Instant::now();
    let (status, body) = send(
        &admin,
        Request::builder()
            .method(Method::POST)
            .uri("/consultations")
            .header("content-type", "application/x-www-form-urlencoded"),
        cut_short(b"title=half"),
    )
    .await;
    assert_eq!(status, StatusCode::REQUEST_TIMEOUT, "{body}");
    assert!(body.contains("The request was not received in full"));
    assert!(started.elapsed() < Duration::from_secs(6));
}
