//! Staff record a consultation and its agenda: forms that keep what was typed, conflicts that
//! lose nothing, create forms that make one record however often they are sent, and every
//! write in the audit log.

use axum::http::StatusCode;

use crate::accounts_harness::{Who, urlencode};
use crate::harness::TestApp;

fn consultation_form(token: &str, fields: &[(&str, &str)]) -> String {
    let mut pairs: Vec<(String, String)> = vec![
        ("token".into(), token.into()),
        ("title".into(), "National consultation in Cambodia".into()),
        ("host_state".into(), "KH".into()),
        ("states".into(), "KH".into()),
        ("city".into(), "Phnom Penh".into()),
        ("starts_on".into(), "2020-03-10".into()),
        ("status".into(), "scheduled".into()),
        ("visibility".into(), "public".into()),
    ];
    for (k, v) in fields {
        pairs.retain(|(key, _)| key != k);
        pairs.push(((*k).into(), (*v).into()));
    }
    pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", urlencode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(&app.pool)
        .await
        .expect("counts")
}

#[tokio::test]
async fn staff_create_a_consultation_that_anyone_can_then_read() {
    let app = TestApp::demo().await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let form = staff.get("/consultations/new").await;
    assert_eq!(form.status, StatusCode::OK);
    let token = crate::harness::hidden(&form.body, "token");
    let created = staff
        .post(
            "/consultations",
            &consultation_form(
                &token,
                &[
                    ("venue", "សណ្ឋាគារ ភ្នំពេញ"),
                    ("states", "VN"),
                    ("objectives", "Take stock of national implementation."),
                ],
            ),
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let location = created.header("location").to_owned();
    assert_eq!(location, "/consultations/phnom-penh-2020-03-10");
    let page = app.client().get(&location).await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&[
        "National consultation in Cambodia",
        "សណ្ឋាគារ ភ្នំពេញ",
        "Scheduled",
        "10 March 2020",
        "Take stock of national implementation.",
    ]);
    let (after,): (serde_json::Value,) =
        sqlx::query_as("SELECT after FROM audit_log WHERE action = 'consultation.create'")
            .fetch_one(&app.pool)
            .await
            .expect("the creation is audited");
    assert_eq!(after["title"], "National consultation in Cambodia");
    assert_eq!(after["states"], serde_json::json!(["KH", "VN"]));
}

#[tokio::test]
async fn each_rule_broken_on_the_consultation_form_is_explained_and_what_was_typed_comes_back() {
    let app = TestApp::demo().await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let before = count(&app, "SELECT count(*) FROM consultation").await;
    let cases: &[(&[(&str, &str)], &str)] = &[
        (&[("title", "")], "Enter a title."),
        (
            &[("starts_on", "10/03/2020")],
            "Enter a date like 2019-12-18.",
        ),
        (
            &[("ends_on", "2020-03-09")],
            "The last day cannot be before the first.",
        ),
        (
            &[("status", "held"), ("starts_on", "2099-01-01")],
            "A consultation cannot have been held on a date still to come",
        ),
        (
            &[("status", "held"), ("starts_on", "")],
            "A consultation that was held needs its date.",
        ),
        (
            &[("status", "cancelled")],
            "Say why it was postponed or cancelled.",
        ),
        (
            &[("participants_reported", "-5")],
            "A number of participants cannot be negative.",
        ),
        (
            &[("participants_reported", "lots")],
            "Enter a whole number, or leave it empty.",
        ),
        (
            &[("host_state", "ZZ")],
            "Choose a Member State from the list.",
        ),
        (&[("status", "finished")], "Choose a status."),
    ];
    for (fields, message) in cases {
        let mut fields = fields.to_vec();
        fields.push(("city", "Hà Nội — ห้องประชุม"));
        let response = staff
            .post(
                "/consultations",
                &consultation_form(&uuid::Uuid::new_v4().to_string(), &fields),
            )
            .await;
        assert_eq!(
            response.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{message}"
        );
        response.assert_contains(&[message, "Hà Nội — ห้องประชุม", "aria-invalid=\"true\""]);
    }
    assert_eq!(
        count(&app, "SELECT count(*) FROM consultation").await,
        before
    );
}

#[tokio::test]
async fn the_same_create_form_sent_ten_times_at_once_makes_one_consultation() {
    let app = TestApp::demo().await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let cookie = staff.cookie.clone();
    let _ = staff.get("/").await;
    let token = uuid::Uuid::new_v4().to_string();
    let form = consultation_form(&token, &[]);
    let before = count(&app, "SELECT count(*) FROM consultation").await;
    let sends = (0..10).map(|_| {
        let mut client = app.client();
        client.cookie = cookie.clone();
        let form = form.clone();
        async move { client.post("/consultations", &form).await }
    });
    let responses = futures_join_all(sends).await;
    for response in &responses {
        assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
        assert_eq!(
            response.header("location"),
            "/consultations/phnom-penh-2020-03-10"
        );
    }
    assert_eq!(
        count(&app, "SELECT count(*) FROM consultation").await,
        before + 1
    );
    assert_eq!(
        count(
            &app,
            "SELECT count(*) FROM audit_log WHERE action = 'consultation.create'"
        )
        .await,
        1
    );
}

/// Runs the futures concurrently on this task and waits for all.
pub async fn futures_join_all<F: std::future::Future>(
    futures: impl Iterator<Item = F>,
) -> Vec<F::Output> {
    let mut set = Vec::new();
    for f in futures {
        set.push(Box::pin(f));
    }
    let mut outputs: Vec<Option<F::Output>> = set.iter().map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (i, f) in set.iter_mut().enumerate() {
            if outputs[i].is_none() {
                match f.as_mut().poll(cx) {
                    std::task::Poll::Ready(out) => outputs[i] = Some(out),
                    std::task::Poll::Pending => pending = true,
                }
            }
        }
        if pending {
            std::task::Poll::Pending
        } else {
            std::task::Poll::Ready(())
        }
    })
    .await;
    outputs.into_iter().flatten().collect()
}

#[tokio::test]
async fn twenty_editors_saving_the_same_version_at_once_make_one_change_and_nineteen_conflicts() {
    let app = TestApp::demo().await;
    let (staff, _) = app.signed_in(Who::Staff).await;
    let cookie = staff.cookie.clone();
    let version: i32 =
        sqlx::query_scalar("SELECT version FROM consultation WHERE slug = 'hanoi-2019-12-18'")
            .fetch_one(&app.pool)
            .await
            .expect("a version");
    let sends = (0..20).map(|i| {
        let mut client = app.client();
        client.cookie = cookie.clone();
        let form = format!(
            "version={version}&title=National%20consultation%20in%20Viet%20Nam&host_state=VN&states=VN&city=Hanoi&starts_on=2019-12-18&status=held&visibility=public&venue=Editor%20{i}&participants_reported=35"
        );
        async move { client.post("/consultations/hanoi-2019-12-18", &form).await }
    });
    let responses = futures_join_all(sends).await;
    let saved = responses
        .iter()
        .filter(|r| r.status == StatusCode::SEE_OTHER)
        .count();
    let conflicts: Vec<_> = responses
        .iter()
        .filter(|r| r.status == StatusCode::CONFLICT)
        .collect();
    assert_eq!(saved, 1);
    assert_eq!(conflicts.len(), 19);
    for conflict in conflicts {
        conflict.assert_contains(&[
            "Someone else saved this consultation",
            "Their version (saved)",
        ]);
        // The editor's own text is kept in the form.
        assert!(
            conflict.body.contains("value=\"Editor "),
            "the typed venue is kept"
        );
    }
    assert_eq!(
        count(
            &app,
            "SELECT count(*) FROM audit_log WHERE action = 'consultation.update'"
        )
        .await,
        1
    );
    assert_eq!(
        count(
            &app,
            "SELECT version::bigint FROM consultation WHERE slug = 'hanoi-2019-12-18'"
        )
        .await,
        i64::from(version) + 1
    );
}

#[tokio::test]
async fn staff_add_sessions_reorder_them_without_javascript_and_archive_one() {
    let app = TestApp::demo().await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let form = staff
        .get("/consultations/hanoi-2019-12-18/sessions/new")
        .await;
    let token = crate::harness::hidden(&form.body, "token");
    let bad = staff
        .post(
            "/consultations/hanoi-2019-12-18/sessions",
            &format!("token={token}&kind=closing&title=Closing&day=2019-12-25&starts_at=9am&visibility=public"),
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    bad.assert_contains(&[
        "The day must be one of the consultation&#39;s days.",
        "Enter a time like 09:30.",
    ]);
    let added = staff
        .post(
            "/consultations/hanoi-2019-12-18/sessions",
            &format!("token={token}&kind=closing&title=Closing%20remarks&day=2019-12-18&starts_at=16:30&ends_at=17:00&visibility=public"),
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    // The same form again adds nothing.
    let again = staff
        .post(
            "/consultations/hanoi-2019-12-18/sessions",
            &format!("token={token}&kind=closing&title=Closing%20remarks&day=2019-12-18&visibility=public"),
        )
        .await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    let titles = |app: &TestApp| {
        let pool = app.pool.clone();
        async move {
            sqlx::query_scalar::<_, String>(
                "SELECT se.title FROM session se JOIN consultation c ON c.id = se.consultation_id
                  WHERE c.slug = 'hanoi-2019-12-18' AND se.archived_at IS NULL ORDER BY se.position",
            )
            .fetch_all(&pool)
            .await
            .expect("the agenda")
        }
    };
    let agenda = titles(&app).await;
    assert_eq!(agenda.len(), 7);
    assert_eq!(agenda.last().map(String::as_str), Some("Closing remarks"));

    let closing: uuid::Uuid =
        sqlx::query_scalar("SELECT id FROM session WHERE title = 'Closing remarks'")
            .fetch_one(&app.pool)
            .await
            .expect("the new session");
    let moved = staff
        .post(&format!("/sessions/{closing}/move"), "direction=up")
        .await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER);
    let agenda = titles(&app).await;
    assert_eq!(agenda[5], "Closing remarks");
    assert!(agenda[6].starts_with("Discussion: roles of government"));
    let page = app.client().get("/consultations/hanoi-2019-12-18").await;
    page.assert_contains(&["16:30-17:00"]);

    let archived = staff
        .post(&format!("/sessions/{closing}/archive"), "")
        .await;
    assert_eq!(archived.status, StatusCode::SEE_OTHER);
    assert_eq!(titles(&app).await.len(), 6);
    assert_eq!(
        count(
            &app,
            "SELECT count(*) FROM session WHERE title = 'Closing remarks'"
        )
        .await,
        1,
        "kept in the database"
    );
    assert_eq!(
        count(
            &app,
            "SELECT count(*) FROM audit_log WHERE entity = 'session'"
        )
        .await,
        3,
        "create, move and archive are audited"
    );
}

#[tokio::test]
async fn staff_add_organisations_with_other_names_and_merge_duplicates_keeping_their_history() {
    let app = TestApp::demo().await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let form = |token: &str, name: &str, aliases: &str| {
        format!(
            "token={token}&name={}&acronym=&kind=government&member_state=VN&aliases={}",
            urlencode(name),
            urlencode(aliases)
        )
    };
    let taken = staff
        .post(
            "/organisations",
            &form(
                &uuid::Uuid::new_v4().to_string(),
                "Labour Ministry of Viet Nam",
                "ASEAN Committee on Migrant Workers",
            ),
        )
        .await;
    assert_eq!(taken.status, StatusCode::UNPROCESSABLE_ENTITY);
    taken.assert_contains(&[
        "One of these other names already belongs to another organisation.",
        "Labour Ministry of Viet Nam",
    ]);
    let same_name = staff
        .post(
            "/organisations",
            &form(
                &uuid::Uuid::new_v4().to_string(),
                "center for development and integration",
                "",
            ),
        )
        .await;
    same_name.assert_contains(&["Another organisation has this name; merge the two instead."]);

    let created = staff
        .post(
            "/organisations",
            &form(
                &uuid::Uuid::new_v4().to_string(),
                "Labour Ministry of Viet Nam",
                "Bộ LĐTBXH",
            ),
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    assert_eq!(
        created.header("location"),
        "/organisations/labour-ministry-of-viet-nam"
    );
    // The duplicate took part in Bangkok; MOLISA itself in Hanoi.
    sqlx::raw_sql(
        "INSERT INTO participation (consultation_id, organisation_id, role, female, male)
         SELECT c.id, o.id, 'observer', 2, 1 FROM consultation c, organisation o
          WHERE c.slug = 'bangkok-2019-09-09' AND o.slug = 'labour-ministry-of-viet-nam'",
    )
    .execute(&app.pool)
    .await
    .expect("participation");
    let molisa: uuid::Uuid =
        sqlx::query_scalar("SELECT id FROM organisation WHERE slug = 'molisa'")
            .fetch_one(&app.pool)
            .await
            .expect("MOLISA");
    let unconfirmed = staff
        .post(
            "/organisations/labour-ministry-of-viet-nam/merge",
            &format!("into={molisa}"),
        )
        .await;
    assert_eq!(unconfirmed.status, StatusCode::UNPROCESSABLE_ENTITY);
    unconfirmed.assert_contains(&["Tick the box to confirm the merge."]);
    let merged = staff
        .post(
            "/organisations/labour-ministry-of-viet-nam/merge",
            &format!("into={molisa}&confirm=yes"),
        )
        .await;
    assert_eq!(merged.header("location"), "/organisations/molisa");

    let page = app.client().get("/organisations/molisa").await;
    page.assert_contains(&[
        "/consultations/bangkok-2019-09-09",
        "/consultations/hanoi-2019-12-18",
        "Labour Ministry of Viet Nam",
        "Bộ LĐTBXH",
    ]);
    let old = app
        .client()
        .get("/organisations/labour-ministry-of-viet-nam")
        .await;
    assert_eq!(old.status, StatusCode::MOVED_PERMANENTLY);
    assert_eq!(old.header("location"), "/organisations/molisa");
    assert_eq!(
        count(&app, "SELECT count(*) FROM audit_log WHERE action IN ('organisation.create', 'organisation.merge')").await,
        2
    );
}

#[tokio::test]
async fn staff_see_a_persons_roles_across_time_and_others_never_see_personal_data() {
    let app = TestApp::demo().await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let person = "/people/5eed0000-0000-4000-8000-000000000001";
    let page = staff.get(person).await;
    assert_eq!(page.status, StatusCode::OK);
    page.assert_contains(&[
        "Hà Thị Minh Đức",
        "Deputy Director-General, International Cooperation Department",
        "Vice Chair",
        "Opening remarks",
        "/consultations/hanoi-2019-12-18",
    ]);
    assert_eq!(
        page.body.matches(">current</span>").count(),
        2,
        "both positions at once"
    );
    staff
        .get("/people")
        .await
        .assert_contains(&["Hà Thị Minh Đức"]);

    // A named participant is personal data: staff see it, a partner and a visitor do not.
    sqlx::raw_sql(
        "INSERT INTO person (id, full_name, sex, email) VALUES
             ('00000000-0000-4000-8000-00000000abcd', 'Demo Participant Somchai', 'male', 'somchai@example.org');
         INSERT INTO participation (consultation_id, organisation_id, person_id, role, male)
         SELECT c.id, o.id, '00000000-0000-4000-8000-00000000abcd', 'participant', 1
           FROM consultation c, organisation o
          WHERE c.slug = 'hanoi-2019-12-18' AND o.slug = 'cdi'",
    )
    .execute(&app.pool)
    .await
    .expect("a participant");
    let as_staff = staff.get("/consultations/hanoi-2019-12-18").await;
    as_staff.assert_contains(&["People who took part", "Demo Participant Somchai"]);
    let (mut partner, _) = app.signed_in(Who::PartnerA).await;
    for page in [
        partner.get("/consultations/hanoi-2019-12-18").await,
        app.client().get("/consultations/hanoi-2019-12-18").await,
        app.client().get("/organisations/cdi").await,
    ] {
        assert!(!page.body.contains("Somchai"), "no names for non-staff");
        assert!(!page.body.contains("somchai@example.org"));
    }
    assert_eq!(partner.get(person).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn staff_record_an_organisations_head_counts_and_the_page_sums_them_by_sex_and_kind() {
    let app = TestApp::real_series().await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let ilo: uuid::Uuid = sqlx::query_scalar("SELECT id FROM organisation WHERE slug = 'ilo'")
        .fetch_one(&app.pool)
        .await
        .expect("the ILO");
    let form = |token: &str, female: &str| {
        format!(
            "token={token}&organisation={ilo}&role=observer&female={female}&male=2&other_or_unstated=1"
        )
    };
    let negative = staff
        .post(
            "/consultations/hanoi-2019-12-18/participation",
            &form(&uuid::Uuid::new_v4().to_string(), "-1"),
        )
        .await;
    assert_eq!(negative.status, StatusCode::UNPROCESSABLE_ENTITY);
    negative.assert_contains(&["A head count cannot be negative.", "value=\"-1\""]);
    let added = staff
        .post(
            "/consultations/hanoi-2019-12-18/participation",
            &form(&uuid::Uuid::new_v4().to_string(), "3"),
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    let twice = staff
        .post(
            "/consultations/hanoi-2019-12-18/participation",
            &form(&uuid::Uuid::new_v4().to_string(), "4"),
        )
        .await;
    assert_eq!(twice.status, StatusCode::UNPROCESSABLE_ENTITY);
    twice.assert_contains(&["already recorded in this role"]);

    let page = app.client().get("/consultations/hanoi-2019-12-18").await;
    page.assert_contains(&[
        "Head counts by sex",
        "<td class=\"num\">3</td><td class=\"num\">2</td><td class=\"num\">1</td><td class=\"num\">6</td>",
        "International organisation",
    ]);
    assert!(
        !page.body.contains("Participation records"),
        "the editing table is for staff"
    );
    staff
        .get("/consultations/hanoi-2019-12-18")
        .await
        .assert_contains(&["Participation records", "/participation/"]);
}

#[tokio::test]
async fn staff_record_people_in_any_script_and_the_positions_they_hold_over_time() {
    let app = TestApp::demo().await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let token = uuid::Uuid::new_v4().to_string();
    let blank = staff
        .post("/people", &format!("token={token}&full_name=&sex=female"))
        .await;
    assert_eq!(blank.status, StatusCode::UNPROCESSABLE_ENTITY);
    blank.assert_contains(&["Enter the person&#39;s name as they write it."]);
    let name = "ဒေါ်အောင်ဆန်း (Demo)";
    let created = staff
        .post(
            "/people",
            &format!(
                "token={token}&full_name={}&sex=female&email=demo%40example.org",
                urlencode(name)
            ),
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let person = created.header("location").to_owned();
    let page = staff.get(&person).await;
    page.assert_contains(&[name, "demo@example.org", "Female"]);
    let role_token = crate::harness::hidden(&page.body, "token");
    let backwards = staff
        .post(
            &format!("{person}/roles"),
            &format!("token={role_token}&title=Director&starts_on=2020-01-01&ends_on=2019-01-01"),
        )
        .await;
    assert_eq!(backwards.status, StatusCode::UNPROCESSABLE_ENTITY);
    backwards.assert_contains(&[
        "A position cannot end before it starts.",
        "value=\"Director\"",
    ]);
    let added = staff
        .post(
            &format!("{person}/roles"),
            &format!("token={role_token}&title=Director&starts_on=2018-01-01&ends_on=2019-06-30"),
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER);
    staff
        .get(&person)
        .await
        .assert_contains(&["Director", "1 January 2018 to 30 June 2019"]);
    assert_eq!(
        count(
            &app,
            "SELECT count(*) FROM audit_log WHERE action IN ('person.create', 'person_role.create')"
        )
        .await,
        2
    );
    let audit: String =
        sqlx::query_scalar("SELECT string_agg(coalesce(after::text, ''), ' ') FROM audit_log")
            .fetch_one(&app.pool)
            .await
            .expect("the audit log");
    assert!(
        !audit.contains("demo@example.org"),
        "no contact details in the audit log"
    );
}

#[tokio::test]
async fn staff_edit_a_series_and_a_stale_form_is_a_conflict() {
    let app = TestApp::demo().await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let form = staff.get("/series/hrwg-consensus-2019-2020/edit").await;
    assert_eq!(form.status, StatusCode::OK);
    let version: i32 = sqlx::query_scalar("SELECT version FROM series")
        .fetch_one(&app.pool)
        .await
        .expect("a version");
    let send = |title: &str, ends: &str| {
        format!(
            "version={version}&title={}&starts_on=2019-07-25&ends_on={ends}&planned_states=KH&planned_states=LA&visibility=public",
            urlencode(title)
        )
    };
    let backwards = staff
        .post(
            "/series/hrwg-consensus-2019-2020",
            &send("Series", "2019-01-01"),
        )
        .await;
    assert_eq!(backwards.status, StatusCode::UNPROCESSABLE_ENTITY);
    backwards.assert_contains(&["The series cannot end before it starts."]);
    let saved = staff
        .post(
            "/series/hrwg-consensus-2019-2020",
            &send("National consultations, renamed", "2020-12-31"),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let page = app.client().get("/series/hrwg-consensus-2019-2020").await;
    page.assert_contains(&[
        "National consultations, renamed",
        "Cambodia",
        "Lao PDR",
        "31 December 2020",
    ]);
    let stale = staff
        .post(
            "/series/hrwg-consensus-2019-2020",
            &send("Another title", "2020-12-31"),
        )
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    stale.assert_contains(&["Someone else saved this series", "Another title"]);
}

#[tokio::test]
async fn removing_a_session_from_the_agenda_asks_first_and_can_be_undone() {
    let app = TestApp::demo().await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let (session, title, position): (uuid::Uuid, String, i16) = sqlx::query_as(
        "SELECT se.id, se.title, se.position FROM session se
           JOIN consultation c ON c.id = se.consultation_id
          WHERE c.slug = 'hanoi-2019-12-18' ORDER BY se.position LIMIT 1",
    )
    .fetch_one(&app.pool)
    .await
    .expect("the first session");
    let agenda = |app: &TestApp| {
        let pool = app.pool.clone();
        async move {
            sqlx::query_scalar::<_, uuid::Uuid>(
                "SELECT se.id FROM session se JOIN consultation c ON c.id = se.consultation_id
                  WHERE c.slug = 'hanoi-2019-12-18' AND se.archived_at IS NULL
                  ORDER BY se.position",
            )
            .fetch_all(&pool)
            .await
            .expect("the agenda")
        }
    };
    let before = agenda(&app).await;
    // The agenda's button is a link to a question, not a form that removes at once.
    let page = staff.get("/consultations/hanoi-2019-12-18").await;
    page.assert_contains(&[&format!(
        "<a href=\"/sessions/{session}/archive\">Remove from the agenda"
    )]);
    assert!(!page.body.contains(&format!(
        "<form method=\"post\" action=\"/sessions/{session}/archive\""
    )));
    let question = staff.get(&format!("/sessions/{session}/archive")).await;
    assert_eq!(question.status, StatusCode::OK);
    question.assert_contains(&[
        "<h1>Remove this session from the agenda?</h1>",
        &format!("<form method=\"post\" action=\"/sessions/{session}/archive\""),
        ">Yes, remove it</button>",
        &format!(
            "<a href=\"/consultations/hanoi-2019-12-18#session-{session}\" class=\"back\">No, go back</a>"
        ),
    ]);
    assert_eq!(agenda(&app).await, before, "asking removes nothing");
    // Removed: the answer says so and offers the undo.
    let removed = staff
        .post(&format!("/sessions/{session}/archive"), "")
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    assert_eq!(
        removed.header("location"),
        format!("/sessions/{session}/archive")
    );
    assert!(!agenda(&app).await.contains(&session));
    let undo = staff.get(&format!("/sessions/{session}/archive")).await;
    assert_eq!(undo.status, StatusCode::OK);
    undo.assert_contains(&[
        "This session is off the agenda",
        &format!("<form method=\"post\" action=\"/sessions/{session}/restore\""),
        ">Restore it to the agenda</button>",
    ]);
    assert!(undo.body.contains(&title.replace('\'', "&#39;")) || undo.body.contains(&title));
    // Staff find it later where they would add a session again.
    let new_form = staff
        .get("/consultations/hanoi-2019-12-18/sessions/new")
        .await;
    new_form.assert_contains(&[
        "Removed from this agenda",
        &format!("<a href=\"/sessions/{session}/archive\">Restore…"),
    ]);
    // Restored: back in its place, and audited.
    let restored = staff
        .post(&format!("/sessions/{session}/restore"), "")
        .await;
    assert_eq!(restored.status, StatusCode::SEE_OTHER);
    assert_eq!(
        restored.header("location"),
        format!("/consultations/hanoi-2019-12-18#session-{session}")
    );
    assert_eq!(agenda(&app).await, before, "back in its place");
    let kept_position: i16 = sqlx::query_scalar("SELECT position FROM session WHERE id = $1")
        .bind(session)
        .fetch_one(&app.pool)
        .await
        .expect("reads");
    assert_eq!(kept_position, position);
    let page = staff.get("/consultations/hanoi-2019-12-18").await;
    page.assert_contains(&[&format!("<a href=\"/sessions/{session}/edit\">")]);
    assert_eq!(
        count(
            &app,
            "SELECT count(*) FROM audit_log WHERE entity = 'session' AND action = 'session.restore'"
        )
        .await,
        1
    );
    // Partners cannot reach either page.
    let (mut partner, _) = app.signed_in(Who::PartnerA).await;
    assert_eq!(
        partner
            .get(&format!("/sessions/{session}/archive"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn removing_a_participation_record_asks_first_on_a_page_of_its_own() {
    let app = TestApp::demo().await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let record: uuid::Uuid = sqlx::query_scalar(
        "SELECT pa.id FROM participation pa JOIN consultation c ON c.id = pa.consultation_id
          WHERE c.slug = 'hanoi-2019-12-18' AND pa.person_id IS NULL LIMIT 1",
    )
    .fetch_one(&app.pool)
    .await
    .expect("a participation record");
    let form = staff.get(&format!("/participation/{record}/edit")).await;
    form.assert_contains(&[&format!("<a href=\"/participation/{record}/delete\">")]);
    assert!(!form.body.contains(&format!(
        "<form method=\"post\" action=\"/participation/{record}/delete\""
    )));
    let question = staff.get(&format!("/participation/{record}/delete")).await;
    assert_eq!(question.status, StatusCode::OK);
    question.assert_contains(&[
        "<h1>Remove this participation record?</h1>",
        &format!("<form method=\"post\" action=\"/participation/{record}/delete\""),
        ">Yes, remove it</button>",
        &format!("<a href=\"/participation/{record}/edit\" class=\"back\">No, go back</a>"),
    ]);
    let exists = |app: &TestApp| {
        let pool = app.pool.clone();
        async move {
            sqlx::query_scalar::<_, i64>("SELECT count(*) FROM participation WHERE id = $1")
                .bind(record)
                .fetch_one(&pool)
                .await
                .expect("counts")
        }
    };
    assert_eq!(exists(&app).await, 1, "asking removes nothing");
    let removed = staff
        .post(&format!("/participation/{record}/delete"), "")
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    assert_eq!(exists(&app).await, 0);
}
