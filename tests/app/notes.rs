//! Session notes: who may write and read them, their life cycle through the pages, the Chatham
//! House rule on every published view, escaping, and the length limit.

use axum::http::StatusCode;

use crate::accounts_harness::{Client, Who, urlencode};
use crate::harness::TestApp;

/// The first session of the Hanoi agenda (the opening remarks).
async fn hanoi_session(app: &TestApp) -> uuid::Uuid {
    sqlx::query_scalar(
        "SELECT se.id FROM session se JOIN consultation c ON c.id = se.consultation_id
          WHERE c.slug = 'hanoi-2019-12-18' ORDER BY se.position LIMIT 1",
    )
    .fetch_one(&app.pool)
    .await
    .expect("a Hanoi session")
}

fn token_in(body: &str) -> String {
    crate::harness::hidden(body, "token")
}

fn version_in(body: &str) -> String {
    crate::harness::hidden(body, "version")
}

/// Writes a note through the form: `statements` are (section, body, not attributed, sector).
/// With `action` "submit", the author then checks the attribution on the page that shows it
/// again and submits; the answer returned is the last one (its location is the note).
async fn write_note(
    client: &mut Client<'_>,
    session: uuid::Uuid,
    summary: &str,
    statements: &[(&str, &str, bool, &str)],
    action: &str,
) -> crate::harness::TestResponse {
    let form = client.get(&format!("/sessions/{session}/notes/new")).await;
    assert_eq!(form.status, StatusCode::OK);
    let mut body = format!(
        "token={}&summary={}&proposed_visibility=public&action={action}",
        token_in(&form.body),
        urlencode(summary)
    );
    for (i, (section, text, na, sector)) in statements.iter().enumerate() {
        body.push_str(&format!(
            "&s{i}_section={section}&s{i}_body={}&s{i}_sector={sector}{}",
            urlencode(text),
            if *na {
                format!("&s{i}_na=yes")
            } else {
                String::new()
            }
        ));
    }
    let created = client
        .post(&format!("/sessions/{session}/notes"), &body)
        .await;
    if action != "submit" || created.status != StatusCode::SEE_OTHER {
        return created;
    }
    confirm_submission(client, created.header("location")).await
}

/// "Save and submit" leads to `/notes/{id}/submit`, which shows how the note will be
/// attributed; its button submits the note.
async fn confirm_submission(
    client: &mut Client<'_>,
    confirm: &str,
) -> crate::harness::TestResponse {
    assert!(confirm.ends_with("/submit"), "{confirm}");
    client
        .get(confirm)
        .await
        .assert_contains(&["Check before you submit", "Readers will see:"]);
    let submitted = client.post(confirm, "").await;
    assert_eq!(
        submitted.status,
        StatusCode::SEE_OTHER,
        "{}",
        submitted.body
    );
    submitted
}

/// A note form sent ten times at once (a double click on a weak connection, resent requests)
/// makes one note, with one revision and one audit entry, and every answer leads to it.
#[tokio::test]
async fn the_same_note_form_sent_ten_times_at_once_makes_one_note() {
    let app = TestApp::demo().await;
    let session = hanoi_session(&app).await;
    let (mut cdi, _) = app.signed_in(Who::PartnerA).await;
    let form = cdi.get(&format!("/sessions/{session}/notes/new")).await;
    let body = format!(
        "token={}&summary=Sent+ten+times&proposed_visibility=public&action=submit\
         &s0_section=challenge&s0_body=Recruitment+fees&s0_sector=",
        token_in(&form.body)
    );
    let cookie = cdi.cookie.clone();
    let sends = (0..10).map(|_| {
        let mut client = app.client();
        client.cookie = cookie.clone();
        let body = body.clone();
        async move {
            client
                .post(&format!("/sessions/{session}/notes"), &body)
                .await
        }
    });
    let responses = crate::staff_editing::futures_join_all(sends).await;
    let notes: Vec<uuid::Uuid> =
        sqlx::query_scalar("SELECT id FROM note WHERE summary = 'Sent ten times'")
            .fetch_all(&app.pool)
            .await
            .expect("the notes");
    assert_eq!(notes.len(), 1, "one note");
    for response in &responses {
        assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
        // Saved as a draft, and on to the page that shows its attribution before submitting.
        assert_eq!(
            response.header("location"),
            format!("/notes/{}/submit", notes[0])
        );
    }
    let (revisions, statements, audited): (i64, i64, i64) = sqlx::query_as(
        "SELECT (SELECT count(*) FROM note_revision WHERE note_id = $1),
                (SELECT count(*) FROM note_statement WHERE note_id = $1),
                (SELECT count(*) FROM audit_log WHERE action = 'note.create' AND entity_id = $1::text)",
    )
    .bind(notes[0])
    .fetch_one(&app.pool)
    .await
    .expect("the counts");
    assert_eq!((revisions, statements, audited), (1, 1, 1));
    confirm_submission(&mut cdi, &format!("/notes/{}/submit", notes[0])).await;
    cdi.get(&format!("/notes/{}", notes[0]))
        .await
        .assert_contains(&["Sent ten times", "Recruitment fees", "Submitted"]);
}

#[tokio::test]
async fn only_partners_of_organisations_that_took_part_may_write_and_drafts_stay_private() {
    let app = TestApp::real_series().await;
    let session = hanoi_session(&app).await;
    let (mut cdi, _) = app.signed_in(Who::PartnerA).await;
    let (mut plan, _) = app.signed_in(Who::PartnerB).await;
    let (mut official, _) = app.signed_in(Who::OfficialVn).await;

    // The Public Legal Aid Network did not take part in Hanoi: no note, as if no such page.
    assert_eq!(
        plan.get(&format!("/sessions/{session}/notes/new"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        official
            .get(&format!("/sessions/{session}/notes/new"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    // Nor may they post one, whether the form is whole or not (a made-up token, as a form
    // opened elsewhere would carry): 404, and nothing is written, not even the token.
    for client in [&mut plan, &mut official] {
        for body in [
            format!(
                "token={}&summary=Intruding&proposed_visibility=public&action=submit",
                uuid::Uuid::new_v4()
            ),
            format!("token={}&summary=&action=submit", uuid::Uuid::new_v4()),
        ] {
            let posted = client
                .post(&format!("/sessions/{session}/notes"), &body)
                .await;
            assert_eq!(posted.status, StatusCode::NOT_FOUND, "{body}");
        }
    }
    let (notes, tokens): (i64, i64) = sqlx::query_as(
        "SELECT (SELECT count(*) FROM note), (SELECT count(*) FROM form_submission WHERE form = 'note')",
    )
    .fetch_one(&app.pool)
    .await
    .expect("the counts");
    assert_eq!((notes, tokens), (0, 0), "nothing written");

    let created = write_note(&mut cdi, session, "Demo note: what was said", &[], "save").await;
    assert_eq!(created.status, StatusCode::SEE_OTHER);
    let note = created.header("location").to_owned();
    assert_eq!(cdi.get(&note).await.status, StatusCode::OK);

    // A draft is the author's alone, whoever guesses its address.
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    for client in [&mut plan, &mut official, &mut staff] {
        assert_eq!(client.get(&note).await.status, StatusCode::NOT_FOUND);
        assert_eq!(
            client.get(&format!("{note}/history")).await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            client.get(&format!("{note}/edit")).await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            client
                .post(
                    &note,
                    "summary=Hijacked&proposed_visibility=public&version=1"
                )
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            client.post(&format!("{note}/withdraw"), "").await.status,
            StatusCode::NOT_FOUND
        );
    }
    assert_eq!(app.client().get(&note).await.status, StatusCode::NOT_FOUND);
    let summary: String = sqlx::query_scalar("SELECT summary FROM note")
        .fetch_one(&app.pool)
        .await
        .expect("the note");
    assert_eq!(summary, "Demo note: what was said", "nothing was changed");
}

#[tokio::test]
async fn a_note_goes_from_draft_to_review_back_to_its_author_and_is_published() {
    let app = TestApp::demo().await;
    let session = hanoi_session(&app).await;
    let (mut partner, _) = app.signed_in(Who::PartnerA).await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;

    let created = write_note(
        &mut partner,
        session,
        "Demo note: the opening remarks",
        &[
            ("challenge", "Demo: recruitment fees remain high", false, ""),
            (
                "recommendation",
                "Demo: extend social insurance",
                true,
                "government",
            ),
        ],
        "submit",
    )
    .await;
    let note = created.header("location").to_owned();
    partner
        .get(&note)
        .await
        .assert_contains(&["Submitted for review"]);
    let queue = staff.get("/review").await;
    queue.assert_contains(&[
        "Notes to review",
        "Test PartnerA",
        "Review queue <span class=\"count\">(1",
    ]);
    // No comment, no return.
    let bare = staff.post(&format!("{note}/return"), "comment=").await;
    assert_eq!(bare.status, StatusCode::UNPROCESSABLE_ENTITY);
    bare.assert_contains(&["Say what the author should change."]);
    let returned = staff
        .post(
            &format!("{note}/return"),
            "comment=Please%20add%20who%20raised%20the%20fees",
        )
        .await;
    assert_eq!(returned.status, StatusCode::SEE_OTHER);
    partner
        .get("/my/notes")
        .await
        .assert_contains(&["Returned to the author", "Please add who raised the fees"]);

    let edit = partner.get(&format!("{note}/edit")).await;
    let version = version_in(&edit.body);
    let revised = partner
        .post(
            &note,
            &format!(
                "version={version}&summary=Demo%20note%3A%20the%20opening%20remarks%2C%20revised&proposed_visibility=public&action=submit&s0_section=challenge&s0_body=Demo%3A%20recruitment%20fees%20remain%20high%20(raised%20by%20a%20trade%20union)&s1_section=recommendation&s1_body=Demo%3A%20extend%20social%20insurance&s1_na=yes&s1_sector=government"
            ),
        )
        .await;
    assert_eq!(revised.status, StatusCode::SEE_OTHER, "{}", revised.body);
    confirm_submission(&mut partner, revised.header("location")).await;
    // The author cannot publish.
    assert_eq!(
        partner
            .post(&format!("{note}/publish"), "visibility=public")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let published = staff
        .post(&format!("{note}/publish"), "visibility=public")
        .await;
    assert_eq!(published.status, StatusCode::SEE_OTHER);

    let page = app.client().get("/consultations/hanoi-2019-12-18").await;
    page.assert_contains(&[
        "Demo note: the opening remarks, revised",
        "raised by a trade union",
        "Not attributed: a speaker from government",
    ]);
    // Published, it is found by search, statements included, without regard to accents.
    let found = app.client().get("/search?q=TRADE+UNION").await;
    found.assert_contains(&[
        &format!("href=\"{note}\""),
        "<mark>trade</mark> <mark>union</mark>",
    ]);
    // Locked once published: the author can no longer change it.
    let locked = partner
        .post(
            &note,
            &format!("version={}&summary=x&proposed_visibility=public", i32::MAX),
        )
        .await;
    assert_eq!(locked.status, StatusCode::CONFLICT);
    // The history shows its author every revision with what changed; readers see only what
    // was published (no drafts, no review exchange).
    let history = partner.get(&format!("{note}/history")).await;
    history.assert_contains(&[
        "Revision 6: Published",
        "Revision 3: Returned to the author",
        "Please add who raised the fees",
        "Revision 1: Draft",
        "diff-added",
        "diff-removed",
    ]);
    let public = app.client().get(&format!("{note}/history")).await;
    public.assert_contains(&["Published", "raised by a trade union"]);
    for private in [
        "Revision 1",
        "Returned",
        "Please add who raised the fees",
        "diff-removed",
    ] {
        assert!(!public.body.contains(private), "readers see {private:?}");
    }
    let audit: Vec<String> =
        sqlx::query_scalar("SELECT action FROM audit_log WHERE entity = 'note' ORDER BY id")
            .fetch_all(&app.pool)
            .await
            .expect("the audit log");
    assert_eq!(
        audit,
        [
            "note.create",
            "note.submit",
            "note.return",
            "note.save",
            "note.submit",
            "note.publish"
        ]
    );
}

#[tokio::test]
async fn under_the_chatham_house_rule_no_published_view_says_who_wrote_or_who_said() {
    let app = TestApp::demo().await;
    sqlx::query("UPDATE consultation SET chatham_house = true WHERE slug = 'hanoi-2019-12-18'")
        .execute(&app.pool)
        .await
        .expect("the rule applies");
    let session = hanoi_session(&app).await;
    let (mut partner, author) = app.signed_in(Who::PartnerA).await;
    let author = author.expect("an account");
    let author_name: String = sqlx::query_scalar("SELECT display_name FROM app_user WHERE id = $1")
        .bind(author.id)
        .fetch_one(&app.pool)
        .await
        .expect("a name");
    let created = write_note(
        &mut partner,
        session,
        "Demo note under the rule",
        &[(
            "challenge",
            "Demo: a statement nobody may be named for",
            true,
            "civil_society",
        )],
        "submit",
    )
    .await;
    let note = created.header("location").to_owned();
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    staff
        .post(&format!("{note}/publish"), "visibility=public")
        .await;
    let (mut other, _) = app.signed_in(Who::PartnerB).await;

    let pages = [
        app.client().get("/consultations/hanoi-2019-12-18").await,
        app.client().get(&note).await,
        app.client().get(&format!("{note}/history")).await,
        other.get("/consultations/hanoi-2019-12-18").await,
        other.get(&note).await,
        other.get(&format!("{note}/history")).await,
    ];
    for page in &pages {
        assert_eq!(page.status, StatusCode::OK);
        page.assert_contains(&["Demo: a statement nobody may be named for"]);
        assert!(
            !page.body.contains(&author_name),
            "the author's name is hidden"
        );
        assert!(
            !page.body.contains(&author.email),
            "the author's address is hidden"
        );
        assert!(
            !page
                .body
                .contains("Center for Development and Integration</h4>")
        );
    }
    pages[0].assert_contains(&["Not attributed: a speaker from civil society"]);
}

/// Strings that try to break out of HTML, attributes, URLs and scripts.
fn hostile_strings() -> Vec<String> {
    let cores = [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "\"><svg onload=alert(1)>",
        "'><iframe src=javascript:alert(1)>",
        "</textarea><script>alert(1)</script>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<body onload=alert(1)>",
        "<style>*{display:none}</style>",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        "{{ 7*7 }}{% raw %}",
        "<details open ontoggle=alert(1)>",
        "<input autofocus onfocus=alert(1)>",
        "\u{202e}<b>rtl</b>",
        "<object data=\"data:text/html,<script>alert(1)</script>\">",
        "<meta http-equiv=refresh content=0;url=//evil.example>",
        "<form action=//evil.example><button>go</button></form>",
        "`-alert(1)-`<x>",
        "<link rel=stylesheet href=//evil.example/x.css>",
        "<base href=//evil.example/>",
    ];
    let wraps = [
        "{}",
        "Demo {}",
        "{} end",
        "«{}»",
        "Hà Nội {}",
        "ไทย {}",
        "{}{}",
        " {} ",
        "\n{}\n",
        "[{}]",
    ];
    let mut out = Vec::new();
    for w in wraps {
        for c in cores {
            out.push(w.replace("{}", c));
        }
    }
    out
}

fn escaped(text: &str) -> String {
    text.replace('&', "&#38;")
        .replace('<', "&#60;")
        .replace('>', "&#62;")
        .replace('"', "&#34;")
        .replace('\'', "&#39;")
}

#[tokio::test]
async fn two_hundred_hostile_strings_come_back_escaped_on_every_page_that_shows_them() {
    let app = TestApp::demo().await;
    let session = hanoi_session(&app).await;
    let strings = hostile_strings();
    assert_eq!(strings.len(), 200);
    let (mut partner, _) = app.signed_in(Who::PartnerA).await;
    let statements: Vec<(&str, &str, bool, &str)> = strings
        .iter()
        .map(|s| ("challenge", s.as_str(), false, ""))
        .collect();
    let created = write_note(
        &mut partner,
        session,
        "<script>alert('summary')</script>",
        &statements,
        "submit",
    )
    .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let note = created.header("location").to_owned();
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    staff
        .post(&format!("{note}/publish"), "visibility=public")
        .await;

    let pages = [
        app.client().get(&note).await,
        app.client().get("/consultations/hanoi-2019-12-18").await,
        app.client().get(&format!("{note}/history")).await,
        partner.get("/my/notes").await,
        staff.get(&format!("{note}/edit")).await,
    ];
    for (i, page) in pages.iter().enumerate() {
        assert_eq!(page.status, StatusCode::OK, "page {i}");
        assert!(
            !page.body.contains("<script>alert"),
            "page {i} runs a script"
        );
        for s in &strings {
            if s.contains('<') {
                assert!(
                    !page.body.contains(s.trim()),
                    "page {i} shows {s:?} unescaped"
                );
            }
        }
        for s in &strings {
            let shown = s.trim().replace('\n', " ");
            if i == 2 || i == 3 {
                continue; // the history flattens lines; my notes lists no statements
            }
            assert!(
                page.body.contains(&escaped(s.trim())) || page.body.contains(&escaped(&shown)),
                "page {i} lacks the escaped form of {s:?}"
            );
        }
    }
    pages[2].assert_contains(&[&escaped("<img src=x onerror=alert(1)>")]);
}

#[tokio::test]
async fn a_note_over_fifty_thousand_characters_is_refused_and_comes_back_whole() {
    let app = TestApp::demo().await;
    let session = hanoi_session(&app).await;
    let (mut partner, _) = app.signed_in(Who::PartnerA).await;
    let long = format!("Demo {}", "lao động ".repeat(5_600));
    assert!(long.chars().count() > 50_000);
    let response = write_note(&mut partner, session, &long, &[], "save").await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(response.body.contains("at most 50,000 are accepted"));
    assert!(
        response.body.contains(long.trim_end()),
        "the text comes back whole"
    );
    let exactly = "x".repeat(50_000);
    let ok = write_note(&mut partner, session, &exactly, &[], "save").await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn staff_correct_a_published_note_only_with_a_reason_and_the_history_keeps_it() {
    let app = TestApp::demo().await;
    let session = hanoi_session(&app).await;
    let (mut partner, _) = app.signed_in(Who::PartnerA).await;
    let created = write_note(
        &mut partner,
        session,
        "Demo note with a typo: MOLSA",
        &[],
        "submit",
    )
    .await;
    let note = created.header("location").to_owned();
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    staff
        .post(&format!("{note}/publish"), "visibility=members")
        .await;

    let form = staff.get(&format!("{note}/edit")).await;
    form.assert_contains(&["Correct the published note", "Reason for the correction"]);
    let version = version_in(&form.body);
    let unexplained = staff
        .post(&note, &format!("version={version}&summary=Demo%20note%20with%20MOLISA&proposed_visibility=members&reason="))
        .await;
    assert_eq!(unexplained.status, StatusCode::UNPROCESSABLE_ENTITY);
    unexplained.assert_contains(&[
        "Say why the published note is corrected.",
        "Demo note with MOLISA",
    ]);
    let corrected = staff
        .post(
            &note,
            &format!("version={version}&summary=Demo%20note%20with%20MOLISA&proposed_visibility=members&reason=Ministry%20name%20spelt%20wrongly"),
        )
        .await;
    assert_eq!(corrected.status, StatusCode::SEE_OTHER);
    let history = partner.get(&format!("{note}/history")).await;
    history.assert_contains(&[
        "Revision 4: Published",
        "Ministry name spelt wrongly",
        "Demo note with MOLISA",
    ]);
    // Members may read it; the public may not.
    assert_eq!(app.client().get(&note).await.status, StatusCode::NOT_FOUND);
    let (mut official, _) = app.signed_in(Who::OfficialVn).await;
    official
        .get(&note)
        .await
        .assert_contains(&["Demo note with MOLISA"]);
}

/// Writes a note with `attribution` (or none sent) and submits it through the page that shows
/// the attribution again; returns the note's address.
async fn submitted_with(
    partner: &mut Client<'_>,
    session: uuid::Uuid,
    summary: &str,
    attribution: Option<&str>,
    shown_before_submitting: &str,
) -> String {
    let form = partner.get(&format!("/sessions/{session}/notes/new")).await;
    form.assert_contains(&[
        "How the published note names you",
        "My organisation only",
        "value=\"organisation\" checked",
    ]);
    let mut body = format!(
        "token={}&summary={}&proposed_visibility=members&action=submit",
        token_in(&form.body),
        urlencode(summary)
    );
    if let Some(a) = attribution {
        body.push_str(&format!("&proposed_attribution={a}"));
    }
    let created = partner
        .post(&format!("/sessions/{session}/notes"), &body)
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let confirm = created.header("location").to_owned();
    partner
        .get(&confirm)
        .await
        .assert_contains(&["Check before you submit", shown_before_submitting]);
    let status: String =
        sqlx::query_scalar::<_, String>("SELECT status::text FROM note WHERE summary = $1")
            .bind(summary)
            .fetch_one(&partner.app.pool)
            .await
            .expect("the note");
    assert_eq!(
        status, "draft",
        "nothing is submitted before the author confirms"
    );
    let submitted = partner.post(&confirm, "").await;
    assert_eq!(submitted.status, StatusCode::SEE_OTHER);
    submitted.header("location").to_owned()
}

#[tokio::test]
async fn a_published_note_names_its_author_only_as_far_as_the_author_agreed() {
    let app = TestApp::real_series().await;
    let session = hanoi_session(&app).await;
    let (mut partner, author) = app.signed_in(Who::PartnerA).await;
    let author = author.expect("an account");
    let name: String = sqlx::query_scalar("SELECT display_name FROM app_user WHERE id = $1")
        .bind(author.id)
        .fetch_one(&app.pool)
        .await
        .expect("a name");
    let (mut staff, _) = app.signed_in(Who::Staff).await;

    // Not attributed: staff may not publish it with more, and readers see no name at all.
    let hidden = submitted_with(
        &mut partner,
        session,
        "Demo note nobody is named for",
        Some("none"),
        "Readers will see: <strong>Note by a civil-society partner</strong>",
    )
    .await;
    for more in ["name_and_organisation", "organisation"] {
        let refused = staff
            .post(
                &format!("{hidden}/publish"),
                &format!("visibility=public&attribution={more}"),
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        refused.assert_contains(&["less attribution than its author chose, never more"]);
    }
    let published = staff
        .post(
            &format!("{hidden}/publish"),
            "visibility=public&attribution=none",
        )
        .await;
    assert_eq!(published.status, StatusCode::SEE_OTHER);

    // No choice sent: organisation only, the default. Staff publish it with less.
    let by_org = submitted_with(
        &mut partner,
        session,
        "Demo note by the organisation",
        None,
        "Readers will see: <strong>Note by Center for Development and Integration</strong>",
    )
    .await;
    staff
        .post(&format!("{by_org}/publish"), "visibility=public")
        .await;
    // Name and organisation, as the author chose, published as chosen.
    let named = submitted_with(
        &mut partner,
        session,
        "Demo note with my name",
        Some("name_and_organisation"),
        &format!("Readers will see: <strong>Note by {name}, Center for Development and Integration</strong>"),
    )
    .await;
    staff
        .post(&format!("{named}/publish"), "visibility=public")
        .await;
    // The database refuses more attribution than the author agreed to, whoever writes.
    let forced = sqlx::query("UPDATE note SET attribution = 'name_and_organisation' WHERE summary = 'Demo note nobody is named for'")
        .execute(&app.pool)
        .await;
    assert!(forced.is_err(), "the database keeps the author's consent");

    let (mut official, _) = app.signed_in(Who::OfficialVn).await;
    for page in [
        app.client().get("/consultations/hanoi-2019-12-18").await,
        official.get("/consultations/hanoi-2019-12-18").await,
    ] {
        page.assert_contains(&[
            "<h4>Note by a civil-society partner</h4>",
            "<h4>Note by Center for Development and Integration</h4>",
            &format!("<h4>Note by {name}, Center for Development and Integration</h4>"),
        ]);
        assert_eq!(
            page.body.matches(&name).count(),
            1,
            "the name on one note only"
        );
    }
    for (note, byline) in [
        (&hidden, "Note by a civil-society partner"),
        (&by_org, "Note by Center for Development and Integration"),
    ] {
        for page in [
            app.client().get(note).await,
            app.client().get(&format!("{note}/history")).await,
            official.get(note).await,
        ] {
            assert!(!page.body.contains(&name), "{note}: the author's name");
            assert!(!page.body.contains(&author.email), "{note}: the address");
        }
        app.client().get(note).await.assert_contains(&[byline]);
    }
    // Under the Chatham House rule the least applies, whatever was chosen.
    sqlx::query("UPDATE consultation SET chatham_house = true WHERE slug = 'hanoi-2019-12-18'")
        .execute(&app.pool)
        .await
        .expect("the rule applies");
    let page = app.client().get("/consultations/hanoi-2019-12-18").await;
    assert_eq!(
        page.body
            .matches("<h4>Note by a civil-society partner</h4>")
            .count(),
        3
    );
    assert!(!page.body.contains(&name));
    // Its author and staff still see who wrote it and what was chosen.
    partner
        .get(&named)
        .await
        .assert_contains(&["Written by", "The author chose: my name and organisation"]);
}

#[tokio::test]
async fn readers_of_a_published_note_see_only_what_was_published_never_drafts_or_review_comments() {
    let app = TestApp::demo().await;
    let session = hanoi_session(&app).await;
    let (mut partner, _) = app.signed_in(Who::PartnerA).await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    // First written with a name, rewritten before submitting without it.
    let created = write_note(
        &mut partner,
        session,
        "Demo: Vice-Minister Nguyen Van X said fees will be capped",
        &[],
        "save",
    )
    .await;
    let note = created.header("location").to_owned();
    let edit = partner.get(&format!("{note}/edit")).await;
    let rewritten = partner
        .post(
            &note,
            &format!(
                "version={}&summary=Demo%3A%20a%20government%20speaker%20said%20fees%20will%20be%20capped&proposed_visibility=public&action=submit&s0_section=challenge&s0_body=Demo%3A%20fees%20are%20high&s0_na=yes&s0_sector=government",
                version_in(&edit.body)
            ),
        )
        .await;
    confirm_submission(&mut partner, rewritten.header("location")).await;
    staff
        .post(
            &format!("{note}/return"),
            "comment=Reviewer%20asks%20privately%20about%20the%20minister",
        )
        .await;
    let edit = partner.get(&format!("{note}/edit")).await;
    let resubmitted = partner
        .post(
            &note,
            &format!(
                "version={}&summary=Demo%3A%20a%20government%20speaker%20said%20fees%20will%20be%20capped%20soon&proposed_visibility=public&action=submit&s0_section=challenge&s0_body=Demo%3A%20fees%20are%20high&s0_na=yes&s0_sector=government",
                version_in(&edit.body)
            ),
        )
        .await;
    confirm_submission(&mut partner, resubmitted.header("location")).await;
    staff
        .post(&format!("{note}/publish"), "visibility=public")
        .await;
    let (mut official, _) = app.signed_in(Who::OfficialVn).await;
    let (mut other, _) = app.signed_in(Who::PartnerB).await;
    for history in [
        app.client().get(&format!("{note}/history")).await,
        official.get(&format!("{note}/history")).await,
        other.get(&format!("{note}/history")).await,
    ] {
        assert_eq!(history.status, StatusCode::OK);
        history.assert_contains(&[
            "a government speaker said fees will be capped soon",
            "not attributed: a speaker from government",
        ]);
        for private in [
            "Vice-Minister",
            "Nguyen Van X",
            "Reviewer asks privately",
            "Returned",
            "Draft",
            "Proposed for",
            "Test PartnerA",
        ] {
            assert!(!history.body.contains(private), "readers see {private:?}");
        }
    }
    // The author and staff see the whole exchange.
    for mut insider in [partner, staff] {
        insider
            .get(&format!("{note}/history"))
            .await
            .assert_contains(&[
                "Vice-Minister",
                "Reviewer asks privately about the minister",
                "Revision 1: Draft",
            ]);
    }
}

#[tokio::test]
async fn withdrawing_a_note_asks_first_and_the_author_can_restore_it_as_a_draft() {
    let app = TestApp::demo().await;
    let session = hanoi_session(&app).await;
    let (mut partner, _) = app.signed_in(Who::PartnerA).await;
    let note = write_note(
        &mut partner,
        session,
        "Demo note to withdraw",
        &[],
        "submit",
    )
    .await
    .header("location")
    .to_owned();
    let page = partner.get(&note).await;
    // The note's page links to a page that asks; it does not withdraw in one click.
    page.assert_contains(&[&format!("href=\"{note}/withdraw\"")]);
    assert!(!page.body.contains(&format!("action=\"{note}/withdraw\"")));
    let ask = partner.get(&format!("{note}/withdraw")).await;
    ask.assert_contains(&[
        "Withdraw this note?",
        "Yes, withdraw the note",
        "No, keep it",
        &format!("action=\"{note}/withdraw\""),
    ]);
    let status = || async {
        sqlx::query_scalar::<_, String>(
            "SELECT status::text FROM note WHERE summary = 'Demo note to withdraw'",
        )
        .fetch_one(&app.pool)
        .await
        .expect("the note")
    };
    assert_eq!(status().await, "submitted", "asking changes nothing");
    partner.post(&format!("{note}/withdraw"), "").await;
    assert_eq!(status().await, "withdrawn");
    let withdrawn = partner.get(&note).await;
    withdrawn.assert_contains(&["Withdrawn", "Restore as a draft"]);
    // Only its author may restore it.
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let refused = staff.post(&format!("{note}/restore"), "").await;
    assert_ne!(refused.status, StatusCode::SEE_OTHER);
    assert_eq!(status().await, "withdrawn");
    let restored = partner.post(&format!("{note}/restore"), "").await;
    assert_eq!(restored.status, StatusCode::SEE_OTHER);
    assert_eq!(status().await, "draft");
    partner.get(&note).await.assert_contains(&[
        "Draft",
        "Demo note to withdraw",
        "Submit for review",
    ]);
}

/// The status message of a page, if it shows one (the base layout's `role="status"` banner).
fn status_message(body: &str) -> Option<String> {
    let start = body.find("class=\"notification-banner\" role=\"status\"")?;
    let rest = &body[start..];
    let text = rest.split("class=\"notification-banner-text\">").nth(1)?;
    Some(text.split("</p>").next()?.to_owned())
}

/// After a write the next page says what was done, in a status message screen readers
/// announce; reloading the page does not say it again.
#[tokio::test]
async fn each_step_of_a_note_is_said_once_on_the_next_page() {
    let app = TestApp::demo().await;
    let session = hanoi_session(&app).await;
    let (mut cdi, _) = app.signed_in(Who::PartnerA).await;

    let saved = write_note(&mut cdi, session, "Said once", &[], "save").await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let note = saved.header("location").to_owned();
    let page = cdi.get(&note).await;
    let message = status_message(&page.body).expect("a status message");
    assert!(
        message.starts_with("Draft saved at ") && message.ends_with(" (UTC+7)"),
        "Hanoi's time, with its zone: {message}"
    );
    assert_eq!(
        status_message(&cdi.get(&note).await.body),
        None,
        "said once"
    );

    let submitted = confirm_submission(&mut cdi, &format!("{note}/submit")).await;
    assert_eq!(submitted.header("location"), note);
    let page = cdi.get(&note).await;
    assert_eq!(
        status_message(&page.body).as_deref(),
        Some("Note submitted for review")
    );
    assert!(
        page.body
            .contains("<h2 class=\"notification-banner-title\"")
    );
    // A reload, and any page after it, shows no message.
    assert_eq!(status_message(&cdi.get(&note).await.body), None);
    assert_eq!(status_message(&cdi.get("/my/notes").await.body), None);

    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let returned = staff
        .post(&format!("{note}/return"), "comment=Add+the+date")
        .await;
    assert_eq!(returned.status, StatusCode::SEE_OTHER);
    assert_eq!(
        status_message(&staff.get(&note).await.body).as_deref(),
        Some("Note returned to its author with your comment")
    );
}

/// A status message is never text from the request: a link or a forged cookie with words in
/// it shows nothing, and only the codes the app writes are said, in the app's own words.
#[tokio::test]
async fn no_one_can_make_a_page_say_something_through_the_address_or_a_cookie() {
    let app = TestApp::demo().await;
    let mut visitor = app.client();
    for path in [
        "/?notice=note-submitted",
        "/?notice=Your+account+is+locked.+Call+555",
        "/?message=Note+submitted+for+review",
    ] {
        let page = visitor.get(path).await;
        assert_eq!(page.status, StatusCode::OK);
        assert_eq!(status_message(&page.body), None, "{path}");
        // The address comes back only inside the language switch's links, encoded, as the
        // page to return to.
        let said = page
            .body
            .split("?next=")
            .map(|part| part.split_once('"').map_or(part, |(_, rest)| rest))
            .collect::<String>();
        assert!(!said.contains("555"), "{path}");
    }
    let cookie = musyawarah::web::notice::COOKIE;
    for value in [
        "Your+account+is+locked",
        "note-submitted.<b>555</b>",
        "%3Cscript%3E",
    ] {
        visitor.notice = Some(format!("{cookie}={value}"));
        let page = visitor.get("/").await;
        assert_eq!(status_message(&page.body), None, "{value}");
        assert!(!page.body.contains("555") && !page.body.contains("locked"));
    }
    // A code the app writes reads as the app's words, and only once.
    visitor.notice = Some(format!("{cookie}=signed-out"));
    let page = visitor.get("/").await;
    assert_eq!(
        status_message(&page.body).as_deref(),
        Some("You have signed out")
    );
    assert!(
        page.headers.get_all("set-cookie").iter().any(|c| c
            .to_str()
            .unwrap_or_default()
            .starts_with(&format!("{cookie}=;"))),
        "the message is cleared"
    );
    assert_eq!(visitor.notice, None);
}

/// The cookie that carries a message is short-lived, kept from scripts and other sites.
#[tokio::test]
async fn the_message_cookie_is_http_only_same_site_and_short_lived() {
    let app = TestApp::demo().await;
    let (mut cdi, _) = app.signed_in(Who::PartnerA).await;
    let session = hanoi_session(&app).await;
    let saved = write_note(&mut cdi, session, "A cookie", &[], "save").await;
    let set = saved
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|c| c.to_str().unwrap_or_default().to_owned())
        .find(|c| c.starts_with(musyawarah::web::notice::COOKIE))
        .expect("the message's cookie");
    for part in ["Max-Age=60", "Path=/", "HttpOnly", "SameSite=Lax"] {
        assert!(set.contains(part), "{set}");
    }
    assert!(set.contains("=draft-saved."), "a code and a time: {set}");
}

/// Saves `summary` over the note at `note` (its edit form's version), as its author.
async fn edit_note(client: &mut Client<'_>, note: &str, summary: &str) {
    let form = client.get(&format!("{note}/edit")).await;
    assert_eq!(form.status, StatusCode::OK);
    let saved = client
        .post(
            note,
            &format!(
                "version={}&summary={}&proposed_visibility=public&action=save",
                version_in(&form.body),
                urlencode(summary)
            ),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
}

/// My notes says when each note was written, submitted, returned and published, and lists the
/// most recently changed first; so does the review queue.
#[tokio::test]
async fn my_notes_show_their_dates_and_the_most_recently_changed_first() {
    let app = TestApp::demo().await;
    let session = hanoi_session(&app).await;
    let (mut cdi, _) = app.signed_in(Who::PartnerA).await;
    let first = write_note(&mut cdi, session, "Written first", &[], "submit").await;
    let first = first.header("location").to_owned();
    let first_day = musyawarah::web::format::date(app.clock.now().date_naive());
    // Later, within the login's idle time.
    app.clock.advance(chrono::Duration::minutes(20));
    let second = write_note(&mut cdi, session, "Written second", &[], "submit").await;
    let second = second.header("location").to_owned();
    let today = musyawarah::web::format::date(app.clock.now().date_naive());

    let page = cdi.get("/my/notes").await;
    page.assert_contains(&[
        "2 notes",
        &format!("Written {first_day}"),
        &format!("Submitted {today}"),
    ]);
    let at = |body: &str, note: &str| body.find(&format!("href=\"{note}\"")).expect(note);
    assert!(
        at(&page.body, &second) < at(&page.body, &first),
        "newest change first"
    );
    assert!(
        !page.body.contains("2026-") && !page.body.contains("T0"),
        "no ISO dates"
    );

    // The review queue lists them the same way; returning the older one moves it up for its
    // author, with the day it was returned.
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let queue = staff.get("/review").await;
    assert!(at(&queue.body, &second) < at(&queue.body, &first));
    app.clock.advance(chrono::Duration::minutes(20));
    let returned = staff
        .post(&format!("{first}/return"), "comment=Say+who+spoke")
        .await;
    assert_eq!(returned.status, StatusCode::SEE_OTHER);
    let page = cdi.get("/my/notes").await;
    assert!(
        at(&page.body, &first) < at(&page.body, &second),
        "changed last, first"
    );
    page.assert_contains(&[&format!(
        "Returned {}",
        musyawarah::web::format::date(app.clock.now().date_naive())
    )]);
}

/// A returned note is announced when its author signs in and by a badge in the navigation;
/// the reviewer's comment is on the edit form itself, and leaves My notes once the note is
/// published, where what became of it is shown instead.
#[tokio::test]
async fn a_returned_note_is_announced_with_its_comment_on_the_form_and_then_what_became_of_it() {
    let app = TestApp::demo().await;
    let session = hanoi_session(&app).await;
    let (mut cdi, account) = app.signed_in(Who::PartnerA).await;
    let account = account.expect("a partner");
    let submitted = write_note(&mut cdi, session, "Needs a date", &[], "submit").await;
    let note = submitted.header("location").to_owned();
    assert!(
        !cdi.get("/my/notes").await.body.contains("nav-badge"),
        "nothing returned yet"
    );
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    staff
        .post(
            &format!("{note}/return"),
            "comment=Add+the+meeting%27s+date",
        )
        .await;

    // Signing in again: the next page says so, and the navigation counts it.
    let mut again = app.client();
    let signed_in = again.sign_in(&account).await;
    let next = again.get(signed_in.header("location")).await;
    assert_eq!(
        status_message(&next.body).as_deref(),
        Some("1 note was returned to you")
    );
    next.assert_contains(&[
        "My notes <span class=\"nav-badge\">1<span class=\"visually-hidden\"> returned to you</span>",
    ]);
    let form = again.get(&format!("{note}/edit")).await;
    form.assert_contains(&[
        "What the reviewer asked you to change",
        "Add the meeting&#39;s date",
    ]);
    assert!(
        again
            .get("/my/notes")
            .await
            .body
            .contains("Add the meeting&#39;s date")
    );

    // Revised, submitted again and published: the comment has had its say.
    edit_note(&mut again, &note, "Needs a date: 18 December 2019").await;
    let resubmitted = again.post(&format!("{note}/submit"), "").await;
    assert_eq!(resubmitted.status, StatusCode::SEE_OTHER);
    let published = staff
        .post(
            &format!("{note}/publish"),
            "visibility=public&attribution=organisation",
        )
        .await;
    assert_eq!(
        published.status,
        StatusCode::SEE_OTHER,
        "{}",
        published.body
    );
    let note_id: uuid::Uuid = note.trim_start_matches("/notes/").parse().expect("an id");
    sqlx::raw_sql(&format!(
        "INSERT INTO finding (id, consultation_id, session_id, source_note_id, kind, statement,
                              visibility, recommendation_status)
         SELECT '00000000-0000-4000-8000-000000000001', se.consultation_id, se.id, '{note_id}',
                'recommendation', 'Give every worker a written contract', 'public', 'in_progress'
           FROM session se WHERE se.id = '{session}';
         INSERT INTO recommendation_update (finding_id, reported_on, body)
         VALUES ('00000000-0000-4000-8000-000000000001', '2027-03-03', 'The decree is drafted')"
    ))
    .execute(&app.pool)
    .await
    .expect("a finding drawn from the note");
    let page = again.get("/my/notes").await;
    assert!(!page.body.contains("Add the meeting"), "{}", page.body);
    assert!(!page.body.contains("nav-badge"));
    page.assert_contains(&[
        "What became of your notes",
        "Recommendation: Give every worker a written contract",
        "Status: In progress",
        "Latest update, 3 March 2027: The decree is drafted",
    ]);
}

/// Empty lists say what to do next.
#[tokio::test]
async fn empty_note_lists_say_how_to_begin() {
    let app = TestApp::demo().await;
    let (mut cdi, _) = app.signed_in(Who::PartnerA).await;
    cdi.get("/my/notes").await.assert_contains(&[
        "You have not written a note yet.",
        "Open a consultation your organisation took part in",
        "Write a note",
    ]);
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    staff
        .get("/review")
        .await
        .assert_contains(&["No notes are waiting for review."]);
}

/// The sector a partner chose for a speaker is shown where they chose it: selected on the edit
/// form, and on the note's page to its author and staff (for a not-attributed statement as
/// readers will see it).
#[tokio::test]
async fn the_speakers_sector_the_partner_chose_is_shown_on_the_form_and_the_notes_page() {
    let app = TestApp::demo().await;
    let session = hanoi_session(&app).await;
    let (mut cdi, _) = app.signed_in(Who::PartnerA).await;
    let saved = write_note(
        &mut cdi,
        session,
        "Sectors",
        &[
            ("challenge", "Fees are too high", true, "government"),
            ("opportunity", "Unions can help", false, "trade_union"),
        ],
        "save",
    )
    .await;
    let note = saved.header("location").to_owned();
    let form = cdi.get(&format!("{note}/edit")).await;
    form.assert_contains(&[
        "<option value=\"government\" selected>Government</option>",
        "<option value=\"trade_union\" selected>Trade union</option>",
    ]);
    cdi.get(&note).await.assert_contains(&[
        "Not attributed: a speaker from government",
        "Speaker&#39;s sector: trade union",
    ]);
}

#[tokio::test]
async fn the_navigation_counts_notes_awaiting_review_and_says_99_plus_beyond() {
    let app = TestApp::demo().await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let waiting = |body: &str| {
        let at = body
            .find("href=\"/review\"")
            .expect("staff have the review link");
        let count = &body[at..];
        let start = count.find("<span class=\"count\">(").expect("a count") + 21;
        let end = start + count[start..].find('<').expect("its end");
        count[start..end].to_owned()
    };
    let submitted: i64 = sqlx::query_scalar("SELECT count(*) FROM note WHERE status = 'submitted'")
        .fetch_one(&app.pool)
        .await
        .expect("a count");
    assert!(submitted < 99);
    assert_eq!(waiting(&staff.get("/").await.body), submitted.to_string());
    // Copies of a published note, submitted again, until more than 99 wait.
    sqlx::query(
        "INSERT INTO note (session_id, author_id, organisation_id, status, summary, visibility,
                           proposed_visibility, submitted_at)
         SELECT n.session_id, n.author_id, n.organisation_id, 'submitted', n.summary || ' ' || i,
                n.visibility, n.proposed_visibility, now()
           FROM (SELECT * FROM note ORDER BY id LIMIT 1) n, generate_series(1, 100 - $1::int) i",
    )
    .bind(i32::try_from(submitted).expect("few"))
    .execute(&app.pool)
    .await
    .expect("more notes submitted");
    assert_eq!(waiting(&staff.get("/").await.body), "99+");
}

/// A partner's phone loses its connection while the note is being saved: the request is
/// dropped (as the server drops it when the connection closes) while its write waits on a lock.
/// The note is saved all the same, once the lock goes, and the partner finds it among theirs.
#[tokio::test]
async fn a_note_whose_sender_goes_away_while_it_is_saved_is_saved_all_the_same() {
    use tower::ServiceExt as _;
    let app = TestApp::demo().await;
    let session = hanoi_session(&app).await;
    let (mut cdi, _) = app.signed_in(Who::PartnerA).await;
    let form = cdi.get(&format!("/sessions/{session}/notes/new")).await;
    let body = format!(
        "token={}&summary=Sent+as+the+signal+went&proposed_visibility=public&action=submit\
         &s0_section=challenge&s0_body=Passports+kept+by+employers&s0_sector=",
        token_in(&form.body)
    );
    // Someone else holds the notes table: the save waits for it.
    let mut blocker = app.pool.begin().await.expect("a transaction");
    sqlx::query("LOCK TABLE note IN EXCLUSIVE MODE")
        .execute(&mut *blocker)
        .await
        .expect("the lock");
    let request = axum::http::Request::builder()
        .method(axum::http::Method::POST)
        .uri(format!("/sessions/{session}/notes"))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("cookie", cdi.cookie.clone().expect("signed in"))
        .body(axum::body::Body::from(body))
        .expect("a request");
    let sent = tokio::spawn(app.router.clone().oneshot(request));
    // Until the save waits on the lock, then the request is dropped.
    let waiting = "SELECT count(*) FROM pg_stat_activity
                    WHERE datname = current_database() AND wait_event_type = 'Lock'";
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while sqlx::query_scalar::<_, i64>(waiting)
        .fetch_one(&app.pool)
        .await
        .expect("the activity")
        == 0
    {
        assert!(
            std::time::Instant::now() < deadline,
            "the save never waited"
        );
        tokio::task::yield_now().await;
    }
    sent.abort();
    assert!(sent.await.expect_err("dropped").is_cancelled());
    blocker.rollback().await.expect("the lock goes");
    // Kept as a draft, as every note is before its sender confirms how it will be attributed.
    let saved = "SELECT count(*) FROM note WHERE summary = 'Sent as the signal went'
                   AND status = 'draft'";
    while sqlx::query_scalar::<_, i64>(saved)
        .fetch_one(&app.pool)
        .await
        .expect("the notes")
        == 0
    {
        assert!(std::time::Instant::now() < deadline, "the note was lost");
        tokio::task::yield_now().await;
    }
    let id: uuid::Uuid =
        sqlx::query_scalar("SELECT id FROM note WHERE summary = 'Sent as the signal went'")
            .fetch_one(&app.pool)
            .await
            .expect("the note");
    cdi.get("/my/notes")
        .await
        .assert_contains(&[&format!("href=\"/notes/{id}\""), "Draft"]);
    cdi.get(&format!("/notes/{id}"))
        .await
        .assert_contains(&["Sent as the signal went", "Passports kept by employers"]);
}
