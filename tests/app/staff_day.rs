//! Staff's and administrators' day: fixing a participant list from its problems page and
//! checking the same file again, the template CSV, speakers as checkboxes, the visibility staff
//! are shown, who spoke where, the audit log in sentences, invitation and password-reset links.

use axum::http::StatusCode;
use chrono::Duration;
use uuid::Uuid;

use crate::accounts_harness::{Who, urlencode};
use crate::harness::{TestApp, hidden, test_config};
use crate::participant_lists::upload;

const HANOI: &str = "hanoi-2019-12-18";

async fn people_count(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT count(*) FROM person")
        .fetch_one(&app.pool)
        .await
        .expect("a count")
}

/// The `href` of the first link whose address starts with `prefix`, unescaped.
fn link(body: &str, prefix: &str) -> String {
    body.split(&format!("href=\"{}", prefix.replace('&', "&#38;")))
        .nth(1)
        .and_then(|r| r.split('"').next())
        .map(|rest| {
            format!("{prefix}{rest}")
                .replace("&#38;", "&")
                .replace("&amp;", "&")
        })
        .unwrap_or_else(|| panic!("no link starting {prefix} on the page:\n{body}"))
}

/// The text of the text area `id`.
fn textarea(body: &str, id: &str) -> String {
    let start = body
        .find(&format!("<textarea id=\"{id}\""))
        .expect("the text area");
    let text = &body[start..];
    let text = &text[text.find('>').expect("its tag") + 1..];
    text[..text.find("</textarea>").expect("its end")]
        .trim()
        .to_owned()
}

#[tokio::test]
async fn the_problems_page_links_to_the_fixes_and_the_kept_file_checks_clean_after_them() {
    let app = TestApp::demo().await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let before = people_count(&app).await;
    let file = "name,sex,organisation\n\
                Siti Aminah,female,Sahabat Pekerja Rantau\n\
                Lê Văn Tâm,male,Mekong Migrant Netwrk\n\
                Trần Thị Mai,female,CDI\n";
    let report = upload(&mut staff, HANOI, file.as_bytes()).await;
    assert_eq!(report.status, StatusCode::UNPROCESSABLE_ENTITY);
    report.assert_contains(&[
        "3 rows read, 1 ready, 2 with problems. Nothing has been written.",
        "Organisations not yet recorded",
        "add it as another name of Mekong Migrant Network",
        "Check the same file again",
    ]);
    let again = link(
        &report.body,
        "/organisations/new?name=Sahabat%20Pekerja%20Rantau&then=",
    )
    .split("&then=")
    .nth(1)
    .map(|t| t.replace("%2F", "/"))
    .expect("where the fix returns to");
    assert!(
        again.starts_with(&format!(
            "/consultations/{HANOI}/participants/import/uploads/"
        )),
        "{again}"
    );
    assert!(report.body.contains(&format!("action=\"{again}\"")));

    // Add the organisation: the form comes filled in, and returns to the list once saved.
    let add = staff
        .get(&link(&report.body, "/organisations/new?name=Sahabat"))
        .await;
    add.assert_contains(&[
        "value=\"Sahabat Pekerja Rantau\"",
        "go back to the participant list",
    ]);
    let created = staff
        .post(
            "/organisations",
            &format!(
                "token={}&name=Sahabat%20Pekerja%20Rantau&kind=civil_society&member_state=ID&then={}",
                hidden(&add.body, "token"),
                urlencode(&again)
            ),
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    assert_eq!(created.header("location"), again);

    // The list again: one problem left, the name to add to an existing organisation.
    let halfway = staff.get(&again).await;
    assert_eq!(halfway.status, StatusCode::OK);
    halfway.assert_contains(&["3 rows read, 2 ready, 1 with problems."]);
    assert!(!halfway.body.contains("Sahabat Pekerja Rantau&#34;"));
    let edit = staff
        .get(&link(&halfway.body, "/organisations/mekong"))
        .await;
    assert_eq!(edit.status, StatusCode::OK, "{}", edit.body);
    let aliases = textarea(&edit.body, "aliases");
    assert!(aliases.ends_with("Mekong Migrant Netwrk"), "{aliases}");
    let org: (String, String, String, Option<String>, String, String, String, String) = sqlx::query_as(
        "SELECT slug, name, kind::text, member_state_code::text, country_note, website, description,
                acronym
           FROM organisation WHERE name = 'Mekong Migrant Network'",
    )
    .fetch_one(&app.pool)
    .await
    .expect("the organisation");
    let saved = staff
        .post(
            &format!("/organisations/{}", org.0),
            &format!(
                "version={}&name={}&acronym={}&kind={}&member_state={}&country_note={}&website={}&description={}&aliases={}&then={}",
                hidden(&edit.body, "version"),
                urlencode(&org.1),
                urlencode(&org.7),
                org.2,
                org.3.unwrap_or_default(),
                urlencode(&org.4),
                urlencode(&org.5),
                urlencode(&org.6),
                urlencode(&aliases),
                urlencode(&again)
            ),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(saved.header("location"), again);

    // The same file, not uploaded again, now checks clean; nothing is written until recorded.
    let clean = staff.get(&again).await;
    clean.assert_contains(&[
        "Every row of the list is right now",
        "3 rows read, all ready.",
    ]);
    let checked = staff.post(&again, "").await;
    assert_eq!(checked.status, StatusCode::SEE_OTHER, "{}", checked.body);
    let preview = staff.get(checked.header("location")).await;
    preview.assert_contains(&["Every row is right.", "Record these 3 participants"]);
    assert_eq!(people_count(&app).await, before, "a dry run writes no one");
    // A list checked clean is forgotten.
    let gone = staff.get(&again).await;
    assert_eq!(gone.status, StatusCode::NOT_FOUND);
    gone.assert_contains(&["This participant list is no longer kept"]);
    // Others cannot reach a kept list.
    let (mut partner, _) = app.signed_in(Who::PartnerA).await;
    assert_ne!(partner.get(&again).await.status, StatusCode::OK);
}

#[tokio::test]
async fn the_template_csv_downloads_beside_the_upload_form_and_imports_cleanly() {
    let app = TestApp::demo().await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let form = staff
        .get(&format!("/consultations/{HANOI}/participants/import"))
        .await;
    form.assert_contains(&[
        "href=\"/participant-list-template.csv\"",
        "Download a template (CSV)",
    ]);
    let template = staff.get("/participant-list-template.csv").await;
    assert_eq!(template.status, StatusCode::OK);
    assert!(template.header("content-type").starts_with("text/csv"));
    assert!(
        template
            .header("content-disposition")
            .contains("attachment")
    );
    let mut lines = template.body.trim_start_matches('\u{feff}').lines();
    assert_eq!(lines.next(), Some("name,sex,organisation,role,title,email"));
    assert_eq!(lines.clone().count(), 1, "one example row");
    let checked = upload(&mut staff, HANOI, template.body.as_bytes()).await;
    assert_eq!(checked.status, StatusCode::SEE_OTHER, "{}", checked.body);
    staff
        .get(checked.header("location"))
        .await
        .assert_contains(&["Every row is right.", "Record these 1 participants"]);
    let visitor = app.client().get("/participant-list-template.csv").await;
    assert_ne!(visitor.status, StatusCode::OK, "the import is for staff");
}

async fn organisation_id(app: &TestApp, name: &str) -> Uuid {
    sqlx::query_scalar("SELECT id FROM organisation WHERE name = $1")
        .bind(name)
        .fetch_one(&app.pool)
        .await
        .expect("the organisation")
}

#[tokio::test]
async fn speakers_are_ticked_in_groups_filtered_without_javascript_and_kept_after_a_refusal() {
    let app = TestApp::demo().await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let mekong = organisation_id(&app, "Mekong Migrant Network").await;
    let cdi: Uuid = sqlx::query_scalar("SELECT id FROM organisation WHERE acronym = 'CDI'")
        .fetch_one(&app.pool)
        .await
        .expect("CDI");
    let new = format!("/consultations/{HANOI}/sessions/new");
    let form = staff.get(&new).await;
    form.assert_contains(&[
        "<legend>Speaking organisations</legend>",
        "<legend>Viet Nam</legend>",
        &format!("type=\"checkbox\" name=\"speakers\" value=\"{cdi}\""),
        "formmethod=\"get\"",
    ]);
    assert!(!form.body.contains("multiple"), "no Ctrl-click list");
    let token = hidden(&form.body, "token");

    // The filter sends the form back to itself: what was typed and ticked stays.
    let filtered = staff
        .get(&format!(
            "{new}?token={token}&title=Kept%20title&speakers={cdi}&speaker_filter=mekong"
        ))
        .await;
    assert_eq!(filtered.status, StatusCode::OK);
    filtered.assert_contains(&[
        "value=\"Kept title\"",
        &format!("value=\"{cdi}\" checked"),
        &format!("value=\"{mekong}\">"),
        "not matching “mekong” are hidden",
    ]);
    let molisa = organisation_id(&app, "Ministry of Labour, Invalids and Social Affairs").await;
    assert!(!filtered.body.contains(&molisa.to_string()));

    // Refused for a day outside the consultation: both ticks stay.
    let sent = format!(
        "token={token}&kind=panel&title=Panel&day=2020-01-05&speakers={cdi}&speakers={mekong}&visibility=public"
    );
    let refused = staff
        .post(&format!("/consultations/{HANOI}/sessions"), &sent)
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    refused.assert_contains(&[
        &format!("value=\"{cdi}\" checked"),
        &format!("value=\"{mekong}\" checked"),
    ]);
    let added = staff
        .post(
            &format!("/consultations/{HANOI}/sessions"),
            &sent.replace("2020-01-05", "2019-12-18"),
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    let (session, speakers): (Uuid, Vec<Uuid>) = sqlx::query_as(
        "SELECT se.id, array_agg(sp.organisation_id ORDER BY sp.position)
           FROM session se JOIN session_speaker sp ON sp.session_id = se.id
          WHERE se.title = 'Panel' GROUP BY se.id",
    )
    .fetch_one(&app.pool)
    .await
    .expect("the new session");
    assert_eq!(speakers, vec![cdi, mekong]);
    let edit = staff.get(&format!("/sessions/{session}/edit")).await;
    edit.assert_contains(&[
        &format!("value=\"{cdi}\" checked"),
        &format!("value=\"{mekong}\" checked"),
    ]);
}

#[tokio::test]
async fn staff_see_who_may_see_a_record_and_which_parent_decided_it() {
    let app = TestApp::demo().await;
    sqlx::query("UPDATE consultation SET visibility = 'members' WHERE slug = $1")
        .bind(HANOI)
        .execute(&app.pool)
        .await
        .expect("the consultation for members");
    let finding = recommendation(&app, "public").await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let page = staff.get(&format!("/consultations/{HANOI}")).await;
    page.assert_contains(&[
        "<p class=\"visibility-line\">Visible to: signed-in members</p>",
        "<p class=\"visibility-line\">Visible to: signed-in members (set on the consultation)</p>",
    ]);
    staff
        .get(&format!("/findings/{finding}"))
        .await
        .assert_contains(&["Visible to: signed-in members (set on the consultation)"]);
    let note: Option<Uuid> = sqlx::query_scalar(
        "SELECT n.id FROM note n JOIN session se ON se.id = n.session_id
           JOIN consultation c ON c.id = se.consultation_id WHERE c.slug = $1 LIMIT 1",
    )
    .bind(HANOI)
    .fetch_optional(&app.pool)
    .await
    .expect("notes");
    if let Some(note) = note {
        staff
            .get(&format!("/notes/{note}"))
            .await
            .assert_contains(&["Visible to: "]);
    }
    let (mut partner, _) = app.signed_in(Who::PartnerA).await;
    let theirs = partner.get(&format!("/consultations/{HANOI}")).await;
    assert_eq!(theirs.status, StatusCode::OK);
    assert!(
        !theirs.body.contains("Visible to:"),
        "the line is for staff"
    );
    let theirs = partner.get(&format!("/findings/{finding}")).await;
    assert!(!theirs.body.contains("Visible to:"));
}

#[tokio::test]
async fn people_and_organisations_count_where_they_spoke() {
    let app = TestApp::demo().await;
    let (mut staff, _) = app.signed_in(Who::Staff).await;
    let page = staff
        .get("/people/5eed0000-0000-4000-8000-000000000001")
        .await;
    page.assert_contains(&[
        "Hà Thị Minh Đức",
        "spoke at 1 consultation.",
        "National consultation",
    ]);
    let list = staff.get("/people").await;
    let row = list
        .body
        .split("Hà Thị Minh Đức")
        .nth(1)
        .and_then(|r| r.split("</tr>").next())
        .expect("her row");
    assert!(
        row.ends_with("<td class=\"num\">1</td><td class=\"num\">1</td>"),
        "{row}"
    );

    // An organisation that spoke in a session without a participation record.
    sqlx::query(
        "INSERT INTO organisation (slug, name, kind) VALUES ('speaking-only', 'Speaking Only', 'research')",
    )
    .execute(&app.pool)
    .await
    .expect("an organisation");
    sqlx::query(
        "INSERT INTO session_speaker (session_id, position, organisation_id)
         SELECT se.id, 9, o.id FROM session se JOIN consultation c ON c.id = se.consultation_id,
                organisation o
          WHERE c.slug = $1 AND se.position = 2 AND o.slug = 'speaking-only'",
    )
    .bind(HANOI)
    .execute(&app.pool)
    .await
    .expect("a speaker");
    let org = app.client().get("/organisations/speaking-only").await;
    org.assert_contains(&[
        "took part or spoke in",
        "Speaker only",
        "The human rights situation of migrant workers in ASEAN",
    ]);
}

const STATEMENT: &str = "MOLISA should publish the decree on recruitment fees in every language \
                         migrant workers read";

/// An open recommendation of the Hanoi consultation, at `visibility`.
async fn recommendation(app: &TestApp, visibility: &str) -> Uuid {
    sqlx::query_scalar(
        "INSERT INTO finding (consultation_id, kind, statement, visibility, recommendation_status)
         SELECT c.id, 'recommendation', $2, $3::visibility, 'open' FROM consultation c
          WHERE c.slug = $1 RETURNING id",
    )
    .bind(HANOI)
    .bind(STATEMENT)
    .bind(visibility)
    .fetch_one(&app.pool)
    .await
    .expect("a recommendation")
}

async fn display_name(app: &TestApp, id: Uuid) -> String {
    sqlx::query_scalar("SELECT display_name FROM app_user WHERE id = $1")
        .bind(id)
        .fetch_one(&app.pool)
        .await
        .expect("the account")
}

#[tokio::test]
async fn the_audit_log_reads_as_sentences_with_names_and_filters_narrow_it() {
    let app = TestApp::demo().await;
    let (mut staff, staff_account) = app.signed_in(Who::Staff).await;
    let staff_id = staff_account.expect("a staff account").id;
    let (mut admin, admin_account) = app.signed_in(Who::Admin).await;
    let admin_id = admin_account.expect("an admin account").id;
    let finding = recommendation(&app, "staff").await;
    let statement = STATEMENT;
    let today = app.clock.now().format("%Y-%m-%d").to_string();
    let reported = staff
        .post(
            &format!("/findings/{finding}/updates"),
            &format!("reported_on={today}&body=Drafting%20began&links=&status=in_progress"),
        )
        .await;
    assert_eq!(reported.status, StatusCode::SEE_OTHER, "{}", reported.body);

    let staff_name = display_name(&app, staff_id).await;
    let short: String = statement
        .chars()
        .take(20)
        .take_while(|c| c.is_alphanumeric() || *c == ' ')
        .collect();
    let expected_start = format!("{staff_name} changed the status of the finding ‘{short}");
    let log = admin.get("/admin/audit").await;
    log.assert_contains(&[
        &expected_start,
        "from Open to In progress",
        "signed in</span>",
    ]);
    assert!(!log.body.contains(&finding.to_string()), "names, not ids");

    let findings = admin.get("/admin/audit?entity=finding").await;
    findings.assert_contains(&[&expected_start]);
    assert!(!findings.body.contains("signed in</span>"));
    let by_staff = admin.get(&format!("/admin/audit?actor={staff_id}")).await;
    by_staff.assert_contains(&[&expected_start, &format!("{staff_name} signed in</span>")]);
    let admin_name = display_name(&app, admin_id).await;
    assert!(
        !by_staff
            .body
            .contains(&format!("{admin_name} signed in</span>"))
    );
    let by_admin = admin.get(&format!("/admin/audit?actor={admin_id}")).await;
    assert!(!by_admin.body.contains(&expected_start));
    let tomorrow = (app.clock.now() + Duration::days(1)).format("%Y-%m-%d");
    admin
        .get(&format!("/admin/audit?from={tomorrow}"))
        .await
        .assert_contains(&["Nothing matches these filters."]);

    // Pages of fifty, newest first.
    sqlx::query(
        "INSERT INTO audit_log (actor_id, actor_label, action, entity, entity_id)
         SELECT $1, '', 'sign_out', 'app_user', $1::text FROM generate_series(1, 60)",
    )
    .bind(staff_id)
    .execute(&app.pool)
    .await
    .expect("entries");
    let first = admin.get(&format!("/admin/audit?actor={staff_id}")).await;
    assert_eq!(first.body.matches("class=\"audit-entry\"").count(), 50);
    let older = link(&first.body, "/admin/audit?");
    let second = admin.get(&older).await;
    second.assert_contains(&[&expected_start]);
    assert!(second.body.matches("class=\"audit-entry\"").count() >= 12);
}

fn origin_config() -> musyawarah::config::Config {
    let mut config = test_config();
    config.public_origin = Some("https://musyawarah.example".to_owned());
    config
}

#[tokio::test]
async fn an_invitation_shows_the_full_link_with_a_copy_button() {
    let app = TestApp::demo_with(origin_config()).await;
    let (mut admin, _) = app.signed_in(Who::Admin).await;
    let (_, partner) = app.signed_in(Who::PartnerA).await;
    let partner = partner.expect("a partner");
    let page = admin
        .post(&format!("/admin/users/{}/invitation", partner.id), "")
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    page.assert_contains(&[
        "<code class=\"invitation-link\">https://musyawarah.example/invitations/",
        "data-copy hidden>Copy the link</button>",
        "<script src=\"/static/js/copy-link.js\" defer></script>",
    ]);
    assert!(!page.body.contains("The link is relative"));
}

#[tokio::test]
async fn a_password_reset_link_works_once_ends_other_logins_and_expires() {
    let app = TestApp::demo_with(origin_config()).await;
    let (mut admin, _) = app.signed_in(Who::Admin).await;
    let (mut partner, account) = app.signed_in(Who::PartnerA).await;
    let account = account.expect("a partner");
    let form = admin.get(&format!("/admin/users/{}", account.id)).await;
    form.assert_contains(&["Issue a password-reset link"]);
    let issue = format!("/admin/users/{}/password-reset", account.id);
    let issued = admin.post(&issue, "").await;
    assert_eq!(issued.status, StatusCode::OK, "{}", issued.body);
    issued.assert_contains(&["Password-reset link for", "for 24 hours"]);
    let path = issued
        .body
        .split("https://musyawarah.example")
        .nth(1)
        .and_then(|r| r.split('<').next())
        .expect("the full link")
        .to_owned();
    assert!(path.starts_with("/password-reset/"), "{path}");
    // Until it is used, the old password and login go on.
    assert_eq!(partner.get("/account").await.status, StatusCode::OK);

    let visitor = app.client().get(&path).await;
    assert_eq!(visitor.status, StatusCode::OK);
    visitor.assert_contains(&["Choose a new password", &account.email]);
    let weak = app.client().post(&path, "new=short&confirm=short").await;
    assert_eq!(weak.status, StatusCode::UNPROCESSABLE_ENTITY);
    app.clock.advance(Duration::seconds(1));
    let new_password = "turmeric harbour lantern cycle";
    let set = app
        .client()
        .post(
            &path,
            &format!(
                "new={}&confirm={}",
                urlencode(new_password),
                urlencode(new_password)
            ),
        )
        .await;
    assert_eq!(
        set.status,
        StatusCode::OK,
        "{} {}",
        set.header("location"),
        set.body
    );
    set.assert_contains(&["Your new password is set"]);
    // Their other login has ended; the new password signs in, the old one no longer.
    assert_ne!(partner.get("/account").await.status, StatusCode::OK);
    app.clock.advance(Duration::seconds(1));
    let mut fresh = app.client();
    let mut renewed = account.clone();
    renewed.password = new_password.to_owned();
    fresh.sign_in(&renewed).await;
    assert_eq!(fresh.get("/account").await.status, StatusCode::OK);
    let old = app
        .client()
        .post(
            "/sign-in",
            &format!(
                "email={}&password={}",
                urlencode(&account.email),
                urlencode(&account.password)
            ),
        )
        .await;
    assert_eq!(old.status, StatusCode::UNAUTHORIZED);

    // Used once: refused, saying why.
    let used = app.client().get(&path).await;
    assert_eq!(used.status, StatusCode::NOT_FOUND);
    used.assert_contains(&["This password-reset link is not valid"]);
    // An invitation link's address does not take a reset token, nor the reverse.
    let as_invitation = path.replace("/password-reset/", "/invitations/");
    assert_eq!(
        app.client().get(&as_invitation).await.status,
        StatusCode::NOT_FOUND
    );

    // A link not used within 24 hours expires.
    let (mut admin, _) = app.signed_in(Who::Admin).await;
    let second = admin.post(&issue, "").await;
    let path = second
        .body
        .split("https://musyawarah.example")
        .nth(1)
        .and_then(|r| r.split('<').next())
        .expect("the full link")
        .to_owned();
    assert_eq!(app.client().get(&path).await.status, StatusCode::OK);
    app.clock.advance(Duration::hours(25));
    let expired = app.client().get(&path).await;
    assert_eq!(expired.status, StatusCode::NOT_FOUND);
    expired.assert_contains(&["This password-reset link is not valid", "expired"]);
    let audited: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM audit_log WHERE action IN ('password.reset_issue', 'password.reset')",
    )
    .fetch_one(&app.pool)
    .await
    .expect("a count");
    assert_eq!(audited, 3);
}

#[tokio::test]
async fn in_a_browser_the_link_is_copied_with_a_button_and_speakers_filter_as_one_types() {
    use crate::browser::Browser;
    use crate::browser_journeys::{click, fill, sign_in_as};

    let app = TestApp::demo().await;
    let admin = app.account(Who::Admin).await.expect("an admin");
    let partner = app.account(Who::PartnerA).await.expect("a partner");
    let base = app.serve().await;
    let browser = Browser::start().await;
    sign_in_as(&browser, &app, &base, &admin).await;
    browser
        .goto(&format!("{base}/admin/users/{}", partner.id))
        .await;
    click(
        &browser,
        &format!(
            "form[action='/admin/users/{}/invitation'] button",
            partner.id
        ),
    )
    .await;
    browser
        .wait_for_text_containing("h1", "Invitation for")
        .await;
    let link = browser.text(".invitation-link").await;
    assert!(
        link.starts_with(&format!("{base}/invitations/")),
        "the full address: {link}"
    );
    let shown = browser
        .run("return !document.querySelector('button[data-copy]').hidden;")
        .await;
    assert_eq!(
        shown,
        serde_json::Value::Bool(true),
        "the copy button shows"
    );
    browser.assert_accessible().await;
    press(&browser, "button[data-copy]").await;
    let status = browser.wait_for_text_containing(".copy-status", "op").await;
    assert!(
        status == "Copied." || status.starts_with("Could not copy"),
        "{status}"
    );

    // The speakers' filter narrows the list as one types; the ticked stay.
    browser
        .goto(&format!("{base}/consultations/{HANOI}/sessions/new"))
        .await;
    browser.assert_accessible().await;
    press(&browser, "#speaker-choices input[type=checkbox]").await;
    fill(&browser, "#speaker_filter", "mekong").await;
    let visible = browser
        .run(
            "return [...document.querySelectorAll('#speaker-choices label')]
                .filter(l => !l.hidden).map(l => l.textContent.trim());",
        )
        .await;
    let visible: Vec<String> = serde_json::from_value(visible).expect("labels");
    assert!(visible.iter().any(|l| l.contains("Mekong")), "{visible:?}");
    assert!(visible.len() <= 3, "narrowed: {visible:?}");
    assert_eq!(
        browser
            .run("return document.querySelector('[data-filter-button]') === null;")
            .await,
        serde_json::Value::Bool(true),
        "with JavaScript the GET button goes"
    );
    browser.close().await;
}

/// Clicks something that changes the page in place (no new page to wait for).
async fn press(browser: &crate::browser::Browser, css: &str) {
    browser
        .client
        .find(fantoccini::Locator::Css(css))
        .await
        .unwrap_or_else(|err| panic!("nothing to click at {css}: {err}"))
        .click()
        .await
        .unwrap_or_else(|err| panic!("{css} does not take a click: {err}"));
}

#[tokio::test]
async fn the_audit_log_names_the_records_an_entry_points_at_instead_of_their_ids() {
    let app = TestApp::demo().await;
    let (mut partner, _) = app.signed_in(Who::PartnerA).await;
    let (mut admin, _) = app.signed_in(Who::Admin).await;
    let (session, title): (Uuid, String) = sqlx::query_as(
        "SELECT se.id, se.title FROM session se JOIN consultation c ON c.id = se.consultation_id
          WHERE c.slug = $1 ORDER BY se.position LIMIT 1",
    )
    .bind(HANOI)
    .fetch_one(&app.pool)
    .await
    .expect("the first session in Hanoi");
    let form = partner.get(&format!("/sessions/{session}/notes/new")).await;
    let saved = partner
        .post(
            &format!("/sessions/{session}/notes"),
            &format!(
                "token={}&summary=Audit%20names&proposed_visibility=members&proposed_attribution=organisation&action=save",
                hidden(&form.body, "token")
            ),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);

    let log = admin.get("/admin/audit?entity=note").await;
    log.assert_contains(&[
        &format!("added the note on ‘{title}’"),
        &format!("<dt>session</dt><dd>{title}</dd>"),
    ]);
    assert!(!log.body.contains(&session.to_string()), "names, not ids");
}
