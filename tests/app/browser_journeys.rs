//! Journeys in a real Chromium, with axe-core checking every page visited.

use crate::browser::Browser;
use crate::harness::TestApp;

#[tokio::test]
async fn a_visitor_reads_the_hanoi_consultation_from_the_home_page() {
    let app = TestApp::demo().await;
    let base = app.serve().await;
    let browser = Browser::start().await;

    browser.goto(&base).await;
    browser.assert_accessible().await;
    browser
        .client
        .find(fantoccini::Locator::LinkText(
            "National consultation in Viet Nam",
        ))
        .await
        .expect("the home page links to the Hanoi consultation")
        .click()
        .await
        .expect("the link opens");

    browser
        .wait_for_text("h1", "National consultation in Viet Nam")
        .await;
    let lead = browser.text(".lead").await;
    assert!(
        lead.contains("18 December 2019") && lead.contains("Hanoi"),
        "{lead}"
    );
    let agenda = browser.texts(".agenda > li h3").await;
    assert_eq!(agenda.len(), 6, "{agenda:?}");
    assert!(agenda[0].ends_with("Opening remarks"), "{agenda:?}");
    assert!(agenda[1].contains("The human rights situation of migrant workers in ASEAN"));
    assert!(agenda[2].contains("Roles of countries of origin"));
    let speaker = browser.text(".agenda .speakers li").await;
    assert!(
        speaker.contains("Hà Thị Minh Đức") && speaker.contains("Vice Chair"),
        "{speaker}"
    );
    let organisations = browser
        .texts("#participants-heading ~ table tbody th")
        .await;
    for expected in ["MOLISA", "CDI", "ACMW", "HRWG"] {
        assert!(
            organisations.iter().any(|o| o.contains(expected)),
            "{expected} among {organisations:?}"
        );
    }
    browser.assert_accessible().await;

    for path in [
        "/states/VN",
        "/states/TL",
        "/organisations",
        "/organisations/acmw",
        "/frameworks",
        "/frameworks/asean-consensus-2017",
        "/frameworks/asean-consensus-2017/commitments/C3.2",
        "/series/hrwg-consensus-2019-2020",
        "/no-such-page",
    ] {
        browser.goto(&format!("{base}{path}")).await;
        browser.assert_accessible().await;
    }
    browser.close().await;
}

/// Fills a form field.
pub(crate) async fn fill(browser: &Browser, css: &str, value: &str) {
    let field = browser
        .client
        .find(fantoccini::Locator::Css(css))
        .await
        .unwrap_or_else(|err| panic!("no field {css}: {err}"));
    field.clear().await.expect("the field clears");
    field
        .send_keys(value)
        .await
        .expect("the field takes the text");
}

/// Chooses the option `value` of the list at `css`.
async fn choose(browser: &Browser, css: &str, value: &str) {
    browser
        .client
        .find(fantoccini::Locator::Css(css))
        .await
        .unwrap_or_else(|err| panic!("no list {css}: {err}"))
        .select_by_value(value)
        .await
        .unwrap_or_else(|err| panic!("no option {value} in {css}: {err}"));
}

/// Clicks a link or a form's button and waits for the page it leads to.
pub(crate) async fn click(browser: &Browser, css: &str) {
    browser.click_to_next_page(css).await;
}

/// Ticks a box (a click that stays on the page).
async fn tick(browser: &Browser, css: &str) {
    browser
        .client
        .find(fantoccini::Locator::Css(css))
        .await
        .unwrap_or_else(|err| panic!("nothing to click at {css}: {err}"))
        .click()
        .await
        .expect("the click lands");
}

#[tokio::test]
async fn each_role_signs_in_sees_its_navigation_and_signs_out() {
    use crate::accounts_harness::Who;
    use musyawarah::auth::totp;

    let app = TestApp::demo().await;
    let base = app.serve().await;
    let browser = Browser::start().await;

    for who in [
        Who::PartnerA,
        Who::PartnerB,
        Who::OfficialVn,
        Who::Staff,
        Who::Admin,
    ] {
        let account = app.account(who).await.expect("an account");
        let enrol = who == Who::Admin;
        if enrol {
            // The administrator has no second factor yet: sign-in sets it up.
            sqlx::query(
                "UPDATE app_user SET totp_secret = NULL, totp_enabled_at = NULL WHERE id = $1",
            )
            .bind(account.id)
            .execute(&app.pool)
            .await
            .expect("the second factor is removed");
        }
        browser.goto(&format!("{base}/")).await;
        click(&browser, ".account-nav a[href='/sign-in']").await;
        browser.assert_accessible().await;
        fill(&browser, "#email", &account.email).await;
        fill(&browser, "#password", &account.password).await;
        click(&browser, "form[action='/sign-in'] button[type=submit]").await;

        if enrol {
            browser
                .wait_for_text("h1", "Set up two-factor sign-in")
                .await;
            browser.assert_accessible().await;
            let key = browser.text("code.secret").await.replace(' ', "");
            let secret = totp::secret_from_text(&key).expect("a key on the page");
            fill(&browser, "#code", &app.code(&secret)).await;
            click(
                &browser,
                "form[action='/sign-in/enrol'] button[type=submit]",
            )
            .await;
            browser
                .wait_for_text("h1", "Two-factor sign-in is on")
                .await;
            assert_eq!(browser.texts("ul.codes li").await.len(), 10);
            browser.assert_accessible().await;
            click(&browser, "a.button").await;
        } else if let Some(secret) = &account.totp_secret {
            browser.wait_for_text("h1", "Enter your sign-in code").await;
            browser.assert_accessible().await;
            fill(&browser, "#code", &app.code(secret)).await;
            click(
                &browser,
                "form[action='/sign-in/two-factor'] button[type=submit]",
            )
            .await;
        }

        browser
            .wait_for_text("h1", "Consultations on migrant workers' rights in ASEAN")
            .await;
        let account_link = browser.text(".account-nav a[href='/account']").await;
        let role = match who {
            Who::PartnerA | Who::PartnerB => "Civil-society partner",
            Who::OfficialVn => "Official",
            Who::Staff => "HRWG staff",
            _ => "Administrator",
        };
        assert!(account_link.contains(role), "{who:?}: {account_link}");
        let nav = browser.texts("nav[aria-label=Main] a").await;
        assert_eq!(
            nav.iter().any(|l| l == "Users") && nav.iter().any(|l| l == "Audit log"),
            who == Who::Admin,
            "{who:?} sees {nav:?}"
        );
        click(&browser, ".account-nav a[href='/account']").await;
        browser.wait_for_text("h1", "Your account").await;
        browser.assert_accessible().await;
        if who == Who::Admin {
            click(&browser, "nav[aria-label=Main] a[href='/admin/users']").await;
            browser.assert_accessible().await;
            click(&browser, "a[href='/admin/users/new']").await;
            browser.assert_accessible().await;
            browser.goto(&format!("{base}/admin/audit")).await;
            browser.assert_accessible().await;
        }

        click(&browser, ".account-nav form[action='/sign-out'] button").await;
        browser.wait_for_text(".account-nav a", "Sign in").await;
        browser.goto(&format!("{base}/account")).await;
        browser.wait_for_text("h1", "Sign in").await;
    }
    browser.close().await;
}

/// Staff sign in, create a consultation, add two sessions and import a participant list, all
/// through the pages, and see it all on the consultation page.
/// axe-core needs JavaScript; the run without it checks the same pages' behaviour only.
async fn staff_record_a_consultation(
    browser: &Browser,
    app: &TestApp,
    base: &str,
    city: &str,
    javascript: bool,
) {
    use crate::accounts_harness::Who;

    let check = || async {
        if javascript {
            browser.assert_accessible().await;
        }
    };

    let staff = app.account(Who::Staff).await.expect("an account");
    browser.goto(&format!("{base}/sign-in")).await;
    fill(browser, "#email", &staff.email).await;
    fill(browser, "#password", &staff.password).await;
    click(browser, "form[action='/sign-in'] button[type=submit]").await;
    browser.wait_for_text("h1", "Enter your sign-in code").await;
    fill(
        browser,
        "#code",
        &app.code(staff.totp_secret.as_deref().expect("a secret")),
    )
    .await;
    click(
        browser,
        "form[action='/sign-in/two-factor'] button[type=submit]",
    )
    .await;
    browser
        .wait_for_text("h1", "Consultations on migrant workers' rights in ASEAN")
        .await;

    click(browser, ".staff-actions a[href='/consultations/new']").await;
    browser.wait_for_text("h1", "New consultation").await;
    check().await;
    fill(
        browser,
        "#title",
        &format!("National consultation in Cambodia ({city})"),
    )
    .await;
    choose(browser, "#host_state", "KH").await;
    fill(browser, "#city", city).await;
    // A date field takes its date as typed in the browser's language (en-US: month, day, year).
    browser
        .client
        .find(fantoccini::Locator::Css("#starts_on"))
        .await
        .expect("the date field")
        .send_keys("03102020")
        .await
        .expect("the date is typed");
    choose(browser, "#status", "held").await;
    click(browser, "form.wide-form button[type=submit]").await;
    browser
        .wait_for_text("h1", &format!("National consultation in Cambodia ({city})"))
        .await;

    for (title, kind) in [
        ("Opening remarks by the host", "opening_remarks"),
        ("Discussion: recruitment fees", "plenary"),
    ] {
        click(browser, ".staff-actions a[href$='/sessions/new']").await;
        browser
            .wait_for_text("h1", "Add a session to the agenda")
            .await;
        check().await;
        choose(browser, "#kind", kind).await;
        fill(browser, "#title", title).await;
        click(browser, "form.wide-form > button[type=submit]").await;
        browser
            .wait_for_text("h1", &format!("National consultation in Cambodia ({city})"))
            .await;
    }
    let agenda = browser.texts(".agenda > li h3").await;
    assert_eq!(agenda.len(), 2, "{agenda:?}");
    assert!(agenda[0].contains("Opening remarks by the host"));
    assert!(agenda[1].contains("Discussion: recruitment fees"));
    check().await;

    // The attendance sheet, as Excel saves it.
    let sheet = std::env::temp_dir().join(format!(
        "participants-{}.csv",
        uuid::Uuid::new_v4().simple()
    ));
    std::fs::write(
        &sheet,
        "\u{feff}Name,Sex,Organisation,Role\r\nសុខ ចាន់ (demo),female,CDI,participant\r\nNguyễn Văn An (demo),male,MOLISA,speaker\r\nDemo Observer,female,ILO,observer\r\n",
    )
    .expect("the sheet is written");
    click(browser, ".staff-actions a[href$='/participants/import']").await;
    browser
        .wait_for_text("h1", "Import a participant list")
        .await;
    check().await;
    browser
        .client
        .find(fantoccini::Locator::Css("input[type=file]"))
        .await
        .expect("the file field")
        .send_keys(&sheet.display().to_string())
        .await
        .expect("the file is chosen");
    click(
        browser,
        "form[enctype='multipart/form-data'] button[type=submit]",
    )
    .await;
    browser
        .wait_for_text(
            "p[role=status]",
            "Every row is right. Nothing has been written yet.",
        )
        .await;
    check().await;
    click(
        browser,
        "form[action*='/participants/import/'] button[type=submit]",
    )
    .await;
    browser
        .wait_for_text("p[role=status]", "Recorded: 3 participants.")
        .await;
    click(browser, "a[href$='#participants-heading']").await;
    browser
        .wait_for_text("h1", &format!("National consultation in Cambodia ({city})"))
        .await;
    let people = browser.texts("#people-heading ~ table tbody th").await;
    assert_eq!(people.len(), 3, "{people:?}");
    assert!(people.iter().any(|p| p == "សុខ ចាន់ (demo)"), "{people:?}");
    let counts = browser
        .texts("#participants-heading ~ table.compact tbody td")
        .await;
    assert!(
        counts.ends_with(&[
            "2".to_owned(),
            "1".to_owned(),
            "0".to_owned(),
            "3".to_owned()
        ]),
        "{counts:?}"
    );
    check().await;
    let _ = std::fs::remove_file(sheet);
}

#[tokio::test]
async fn staff_record_a_consultation_with_its_agenda_in_the_browser() {
    let app = TestApp::demo().await;
    let base = app.serve().await;
    let browser = Browser::start().await;
    staff_record_a_consultation(&browser, &app, &base, "Phnom Penh", true).await;
    browser.close().await;
}

#[tokio::test]
async fn staff_record_a_consultation_with_javascript_switched_off() {
    let app = TestApp::demo().await;
    let base = app.serve().await;
    let browser = Browser::start_without_javascript().await;
    staff_record_a_consultation(&browser, &app, &base, "Siem Reap", false).await;
    browser.close().await;
}

/// Signs in through the pages (with the code where one is needed).
pub(crate) async fn sign_in_as(
    browser: &Browser,
    app: &TestApp,
    base: &str,
    account: &crate::accounts_harness::Account,
) {
    browser.goto(&format!("{base}/sign-in")).await;
    fill(browser, "#email", &account.email).await;
    fill(browser, "#password", &account.password).await;
    click(browser, "form[action='/sign-in'] button[type=submit]").await;
    if let Some(secret) = &account.totp_secret {
        browser.wait_for_text("h1", "Enter your sign-in code").await;
        // A code is accepted once: a later sign-in needs the next one.
        app.clock.advance(chrono::Duration::seconds(31));
        fill(browser, "#code", &app.code(secret)).await;
        click(
            browser,
            "form[action='/sign-in/two-factor'] button[type=submit]",
        )
        .await;
    }
    browser
        .wait_for_text("h1", "Consultations on migrant workers' rights in ASEAN")
        .await;
}

pub(crate) async fn sign_out(browser: &Browser) {
    click(browser, ".account-nav form[action='/sign-out'] button").await;
    browser.wait_for_text(".account-nav a", "Sign in").await;
}

#[tokio::test]
async fn a_partners_note_is_returned_revised_published_and_read_anonymously_under_the_rule() {
    use crate::accounts_harness::Who;

    let app = TestApp::demo().await;
    sqlx::query("UPDATE consultation SET chatham_house = true WHERE slug = 'hanoi-2019-12-18'")
        .execute(&app.pool)
        .await
        .expect("the rule applies");
    let partner = app.account(Who::PartnerA).await.expect("a partner of CDI");
    let staff = app.account(Who::Staff).await.expect("staff");
    let base = app.serve().await;
    let browser = Browser::start().await;
    let hanoi = format!("{base}/consultations/hanoi-2019-12-18");

    // The partner writes a note on the opening remarks and submits it.
    sign_in_as(&browser, &app, &base, &partner).await;
    browser.goto(&hanoi).await;
    click(&browser, ".agenda > li:first-child a[href$='/notes/new']").await;
    browser.wait_for_text("h1", "Write a note").await;
    browser.assert_accessible().await;
    fill(
        &browser,
        "#summary",
        "Demo note: the host hoped for continued dialogue.",
    )
    .await;
    fill(
        &browser,
        "#s0_body",
        "Demo: social organisations want a regular channel",
    )
    .await;
    tick(&browser, "input[name=s0_na]").await;
    click(&browser, "button[name=action][value=submit]").await;
    // The attribution is shown again before the note goes to the reviewers.
    browser.wait_for_text("h1", "Check before you submit").await;
    browser.assert_accessible().await;
    click(&browser, "form[action$='/submit'] button").await;
    browser
        .wait_for_text(".lead .badge", "Submitted for review")
        .await;
    sign_out(&browser).await;

    // Staff return it with a comment.
    sign_in_as(&browser, &app, &base, &staff).await;
    click(&browser, "nav[aria-label=Main] a[href='/review']").await;
    browser.wait_for_text("h1", "Notes to review").await;
    browser.assert_accessible().await;
    click(&browser, "table.data tbody a").await;
    browser
        .wait_for_text("h1", "Note on: Opening remarks")
        .await;
    browser.assert_accessible().await;
    fill(&browser, "#comment", "Please say which ministry answered.").await;
    click(&browser, "form[action$='/return'] button").await;
    browser
        .wait_for_text(".lead .badge", "Returned to the author")
        .await;
    sign_out(&browser).await;

    // The partner reads the comment, revises (the unsent text survives a reload) and resubmits.
    sign_in_as(&browser, &app, &base, &partner).await;
    click(&browser, "nav[aria-label=Main] a[href='/my/notes']").await;
    browser.wait_for_text("h1", "My notes").await;
    // The table: consultation, status, dates, then the reviewer's comment.
    let comment = browser.text("table.data tbody td:nth-of-type(4)").await;
    assert_eq!(comment, "Please say which ministry answered.");
    click(&browser, "table.data tbody a").await;
    browser
        .wait_for_text(".lead .badge", "Returned to the author")
        .await;
    click(&browser, "a.button[href$='/edit']").await;
    browser.wait_for_text("h1", "Edit your note").await;
    fill(
        &browser,
        "#summary",
        "Demo note: the host hoped for continued dialogue; MOLISA answered.",
    )
    .await;
    browser.client.refresh().await.expect("the page reloads");
    browser.wait_for_text("h1", "Edit your note").await;
    let kept: String = browser
        .client
        .execute("return document.getElementById('summary').value;", vec![])
        .await
        .expect("reads the field")
        .as_str()
        .unwrap_or_default()
        .to_owned();
    assert_eq!(
        kept,
        "Demo note: the host hoped for continued dialogue; MOLISA answered."
    );
    click(&browser, "button[name=action][value=submit]").await;
    // The attribution is shown again before the note goes to the reviewers.
    browser.wait_for_text("h1", "Check before you submit").await;
    browser.assert_accessible().await;
    click(&browser, "form[action$='/submit'] button").await;
    browser
        .wait_for_text(".lead .badge", "Submitted for review")
        .await;
    sign_out(&browser).await;

    // Staff publish it for everyone.
    sign_in_as(&browser, &app, &base, &staff).await;
    click(&browser, "nav[aria-label=Main] a[href='/review']").await;
    click(&browser, "table.data tbody a").await;
    choose(&browser, "#visibility", "public").await;
    click(&browser, "form[action$='/publish'] button").await;
    browser.wait_for_text(".lead .badge", "Published").await;
    sign_out(&browser).await;

    // An anonymous visitor reads it on the consultation, with no author named.
    browser.goto(&hanoi).await;
    let note = browser
        .text(".agenda > li:first-child .session-notes")
        .await;
    assert!(note.contains("MOLISA answered"), "{note}");
    assert!(note.contains("Not attributed"), "{note}");
    assert!(!note.contains("Test PartnerA"), "{note}");
    let page = browser.client.source().await.expect("the page source");
    assert!(!page.contains("Test PartnerA") && !page.contains(&partner.email));
    browser.assert_accessible().await;
    browser.close().await;
}

#[tokio::test]
async fn with_javascript_a_draft_saves_itself_and_the_next_save_does_not_conflict() {
    use crate::accounts_harness::Who;

    let mut config = crate::harness::test_config();
    config.note_autosave_seconds = 1;
    let app = TestApp::real_series_with(config).await;
    let partner = app.account(Who::PartnerA).await.expect("a partner of CDI");
    let base = app.serve().await;
    let browser = Browser::start().await;
    sign_in_as(&browser, &app, &base, &partner).await;
    browser
        .goto(&format!("{base}/consultations/hanoi-2019-12-18"))
        .await;
    click(&browser, ".agenda > li:first-child a[href$='/notes/new']").await;
    browser.wait_for_text("h1", "Write a note").await;
    fill(&browser, "#summary", "Demo: first words").await;
    click(&browser, "button[name=action][value=save]").await;
    browser.wait_for_text(".lead .badge", "Draft").await;
    click(&browser, "a.button[href$='/edit']").await;
    browser.wait_for_text("h1", "Edit your note").await;
    fill(
        &browser,
        "#summary",
        "Demo: words typed on a weak connection",
    )
    .await;

    // The draft saves itself (the wait follows the database, not a clock).
    let saved: String = crate::harness::timeouts::until("the draft to save itself", || async {
        let summary: String = sqlx::query_scalar("SELECT summary FROM note")
            .fetch_one(&app.pool)
            .await
            .expect("the note");
        summary.contains("weak connection").then_some(summary)
    })
    .await;
    assert_eq!(saved, "Demo: words typed on a weak connection");
    browser
        .wait_for_text_containing(".autosave-status", "Draft saved at")
        .await;

    fill(&browser, "#summary", "Demo: and then saved by hand").await;
    click(&browser, "button[name=action][value=save]").await;
    browser.wait_for_text(".lead .badge", "Draft").await;
    let summary: String = sqlx::query_scalar("SELECT summary FROM note")
        .fetch_one(&app.pool)
        .await
        .expect("the note");
    assert_eq!(summary, "Demo: and then saved by hand");
    browser.close().await;
}

#[tokio::test]
async fn with_javascript_switched_off_a_partner_writes_and_submits_a_note() {
    use crate::accounts_harness::Who;

    let app = TestApp::demo().await;
    let partner = app.account(Who::PartnerA).await.expect("a partner of CDI");
    let base = app.serve().await;
    let browser = Browser::start_without_javascript().await;
    sign_in_as(&browser, &app, &base, &partner).await;
    browser
        .goto(&format!("{base}/consultations/hanoi-2019-12-18"))
        .await;
    click(&browser, ".agenda > li:first-child a[href$='/notes/new']").await;
    browser.wait_for_text("h1", "Write a note").await;
    fill(&browser, "#summary", "Demo: written without JavaScript").await;
    fill(&browser, "#s2_body", "Demo: an opportunity raised").await;
    click(&browser, "button[name=action][value=save]").await;
    browser.wait_for_text(".lead .badge", "Draft").await;
    click(&browser, "a.button[href$='/submit']").await;
    browser.wait_for_text("h1", "Check before you submit").await;
    click(&browser, "form[action$='/submit'] button").await;
    browser
        .wait_for_text(".lead .badge", "Submitted for review")
        .await;
    let text = browser.text("main").await;
    assert!(text.contains("Demo: an opportunity raised"), "{text}");
    assert!(text.contains("Opportunities"), "{text}");
    browser.close().await;
}

#[tokio::test]
async fn staff_turn_a_published_statement_into_a_recommendation_and_its_author_follows_it() {
    use crate::accounts_harness::Who;

    let app = TestApp::demo().await;
    let partner = app.account(Who::PartnerA).await.expect("a partner of CDI");
    let staff = app.account(Who::Staff).await.expect("staff");
    // A published note by the partner, with a recommendation among its statements.
    let note: uuid::Uuid = sqlx::query_scalar(
        "WITH n AS (
           INSERT INTO note (session_id, author_id, organisation_id, status, summary, visibility,
                             proposed_visibility, submitted_at, published_at)
           SELECT se.id, u.id, u.organisation_id, 'published', 'Demo note on social insurance',
                  'members', 'members', now(), now()
             FROM session se JOIN consultation c ON c.id = se.consultation_id, app_user u
            WHERE c.slug = 'hanoi-2019-12-18' AND se.position = 5 AND u.id = $1
           RETURNING id)
         INSERT INTO note_statement (note_id, section, position, body)
         SELECT id, 'recommendation', 1, 'Demo: extend voluntary social insurance to workers abroad' FROM n
         RETURNING note_id",
    )
    .bind(partner.id)
    .fetch_one(&app.pool)
    .await
    .expect("a published note");
    let base = app.serve().await;
    let browser = Browser::start().await;

    sign_in_as(&browser, &app, &base, &staff).await;
    browser.goto(&format!("{base}/notes/{note}")).await;
    click(&browser, "a[href*='/findings/new?note=']").await;
    browser.wait_for_text("h1", "New finding").await;
    browser.assert_accessible().await;
    let kind = browser
        .client
        .execute("return document.getElementById('kind').value;", vec![])
        .await
        .expect("reads the kind");
    assert_eq!(
        kind.as_str(),
        Some("recommendation"),
        "the statement's section sets the kind"
    );
    tick(&browser, "input[name=commitments]").await;
    let molisa: uuid::Uuid =
        sqlx::query_scalar("SELECT id FROM organisation WHERE slug = 'molisa'")
            .fetch_one(&app.pool)
            .await
            .expect("MOLISA");
    browser
        .client
        .find(fantoccini::Locator::Css("#addressee"))
        .await
        .expect("the addressee list")
        .select_by_value(&format!("org:{molisa}"))
        .await
        .expect("MOLISA is chosen");
    click(&browser, "form.wide-form > button[type=submit]").await;
    browser.wait_for_text("h1", "Recommendation").await;
    browser.assert_accessible().await;
    fill(
        &browser,
        "#body",
        "MOLISA consulted on a draft decree (demo)",
    )
    .await;
    choose(&browser, "#status", "in_progress").await;
    click(&browser, "form[action$='/updates'] button").await;
    browser.wait_for_text("h1", "Recommendation").await;
    let follow_up = browser.text("#follow-up ~ ol").await;
    assert!(
        follow_up.contains("MOLISA consulted on a draft decree"),
        "{follow_up}"
    );
    sign_out(&browser).await;

    // The partner sees, from My notes, what became of the statement.
    sign_in_as(&browser, &app, &base, &partner).await;
    click(&browser, "nav[aria-label=Main] a[href='/my/notes']").await;
    browser.wait_for_text("h1", "My notes").await;
    let outcome = browser.text("ul.outcomes li .meta").await;
    assert_eq!(outcome, "Status: In progress");
    click(&browser, "ul.outcomes li a").await;
    browser.wait_for_text("h1", "Recommendation").await;
    let page = browser.text("main").await;
    assert!(
        page.contains("Ministry of Labour, Invalids and Social Affairs"),
        "{page}"
    );
    assert!(
        page.contains("MOLISA consulted on a draft decree"),
        "{page}"
    );
    browser.assert_accessible().await;
    browser.close().await;
}

/// Fills in every chapter of an assessment through its forms, rating each provision with
/// `rate(code)`, then submits it.
async fn fill_assessment(
    browser: &Browser,
    base: &str,
    id: uuid::Uuid,
    rate: impl Fn(&str) -> &'static str,
) {
    browser.goto(&format!("{base}/assessments/{id}")).await;
    // One form holds every chapter; each chapter has a button that saves the whole page.
    let selects = browser
        .client
        .find_all(fantoccini::Locator::Css("form#answers select"))
        .await
        .expect("the ratings");
    for select in selects {
        let label_id = select.attr("id").await.expect("an id").unwrap_or_default();
        let label = browser.text(&format!("label[for='{label_id}']")).await;
        let code = label.trim_start_matches("Rating for ").to_owned();
        select
            .select_by_value(rate(&code))
            .await
            .expect("a rating is chosen");
    }
    let buttons = browser
        .client
        .find_all(fantoccini::Locator::Css(
            "form#answers button[name=chapter]",
        ))
        .await
        .expect("the save buttons");
    assert_eq!(buttons.len(), 6, "six chapters hold provisions");
    click(browser, "form#answers button[name=chapter]").await;
    browser.wait_for_text("h1 + p.lead .badge", "Draft").await;
    // Submitting asks first, on a page of its own.
    click(browser, "a[href$='/submit']").await;
    browser.wait_for_text("h1", "Submit this assessment?").await;
    click(browser, "form[action$='/submit'] button").await;
    browser
        .wait_for_text("h1 + p.lead .badge", "Submitted")
        .await;
}

#[tokio::test]
async fn an_official_and_a_partner_of_viet_nam_assess_and_staff_see_where_they_diverge() {
    use crate::accounts_harness::Who;

    let app = TestApp::real_series().await;
    let official = app
        .account(Who::OfficialVn)
        .await
        .expect("an official of Viet Nam");
    let partner = app
        .account(Who::PartnerA)
        .await
        .expect("a partner of CDI, Viet Nam");
    let staff = app.account(Who::Staff).await.expect("staff");
    let base = app.serve().await;
    let browser = Browser::start().await;

    sign_in_as(&browser, &app, &base, &staff).await;
    click(&browser, "nav[aria-label=Main] a[href='/assessments']").await;
    browser.wait_for_text("h1", "Self-assessments").await;
    choose(&browser, "#state", "VN").await;
    fill(&browser, "#cycle", "2024").await;
    click(&browser, "form[action='/assessments/rounds'] button").await;
    browser
        .wait_for_text("table.data tbody th", "Viet Nam")
        .await;
    sign_out(&browser).await;
    let (round, government, civil_society): (uuid::Uuid, uuid::Uuid, uuid::Uuid) = sqlx::query_as(
        "SELECT r.id, g.id, s.id FROM assessment_round r
           JOIN assessment g ON g.round_id = r.id AND g.assessor_kind = 'government'
           JOIN assessment s ON s.round_id = r.id AND s.assessor_kind = 'civil_society'",
    )
    .fetch_one(&app.pool)
    .await
    .expect("the round");

    sign_in_as(&browser, &app, &base, &official).await;
    fill_assessment(&browser, &base, government, |_| "rated:3").await;
    browser.assert_accessible().await;
    sign_out(&browser).await;

    sign_in_as(&browser, &app, &base, &partner).await;
    fill_assessment(&browser, &base, civil_society, |code| match code {
        "C3.2" | "C4.2" => "rated:1",
        "C1.1" => "not_applicable",
        _ => "rated:3",
    })
    .await;
    sign_out(&browser).await;

    sign_in_as(&browser, &app, &base, &staff).await;
    browser
        .goto(&format!("{base}/assessments/rounds/{round}/compare"))
        .await;
    browser
        .wait_for_text("h1", "Government and civil society: Viet Nam, 2024")
        .await;
    let divergent = browser.texts("tr.divergent th").await;
    assert_eq!(divergent.len(), 2, "{divergent:?}");
    assert!(
        divergent[0].starts_with("C3.2") && divergent[1].starts_with("C4.2"),
        "{divergent:?}"
    );
    browser.assert_accessible().await;
    browser.close().await;
}

#[tokio::test]
async fn an_official_opens_the_dashboard_and_follows_a_heat_map_cell_to_its_findings() {
    use crate::accounts_harness::Who;

    let app = TestApp::real_series().await;
    crate::dashboard::fixture(&app).await;
    let official = app
        .account(Who::OfficialVn)
        .await
        .expect("an official of Viet Nam");
    let base = app.serve().await;
    let browser = Browser::start().await;
    sign_in_as(&browser, &app, &base, &official).await;
    click(&browser, "nav[aria-label=Main] a[href='/dashboard']").await;
    browser
        .wait_for_text("h1", "Regional progress dashboard")
        .await;
    let scope = browser.text("#data-scope").await;
    assert_eq!(scope, "You are seeing public and members' data.");
    let own = browser.text("#overview-VN th").await;
    assert_eq!(own, "Viet Nam Yours", "the official's own state is marked");
    browser.assert_accessible().await;

    // The heat maps are on their own pages, a plain link away.
    click(&browser, "#dashboard-pages a[href='/dashboard/themes']").await;
    browser.wait_for_text("h1", "Findings by theme").await;
    browser.assert_accessible().await;
    // Viet Nam x social insurance: finding A is public, F is for staff only.
    let label = "Viet Nam, Social insurance: 1 findings";
    click(&browser, &format!("svg#theme-heat a[aria-label='{label}']")).await;
    browser.wait_for_text("h1", "Findings").await;
    let url = browser
        .client
        .current_url()
        .await
        .expect("the address")
        .to_string();
    assert!(
        url.ends_with("/findings?state=VN&theme=social-insurance"),
        "{url}"
    );
    let listed = browser.texts("table.data tbody tr").await;
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert!(listed[0].contains("A (demo)"), "{listed:?}");
    browser.assert_accessible().await;
    browser.close().await;
}
