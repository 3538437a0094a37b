//! What is typed survives a login that ends, and never reaches the next person on the same
//! browser: journeys in a real Chromium, with and without JavaScript.

use crate::accounts_harness::Who;
use crate::browser::Browser;
use crate::browser_journeys::{click, fill, sign_in_as, sign_out};
use crate::harness::{TestApp, test_config};

async fn summary(app: &TestApp) -> String {
    sqlx::query_scalar("SELECT summary FROM note")
        .fetch_one(&app.pool)
        .await
        .expect("the note")
}

/// Copies of drafts this browser keeps, as `key => value`.
async fn kept_copies(browser: &Browser) -> Vec<String> {
    browser
        .run(
            "return Object.keys(localStorage).filter(k => k.indexOf('musyawarah-note:') === 0)
                 .map(k => k + ' => ' + localStorage.getItem(k));",
        )
        .await
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect()
}

/// Opens the form of a new note on the first Hanoi session.
async fn open_new_note(browser: &Browser, base: &str) {
    browser
        .goto(&format!("{base}/consultations/hanoi-2019-12-18"))
        .await;
    click(browser, ".agenda > li:first-child a[href$='/notes/new']").await;
    browser.wait_for_text("h1", "Write a note").await;
}

/// A draft saved by hand, and its edit form opened.
async fn draft_and_edit(browser: &Browser, base: &str) {
    open_new_note(browser, base).await;
    fill(browser, "#summary", "Demo: first words").await;
    click(browser, "button[name=action][value=save]").await;
    browser.wait_for_text(".lead .badge", "Draft").await;
    click(browser, "a.button[href$='/edit']").await;
    browser.wait_for_text("h1", "Edit your note").await;
}

/// From the sign-in page a save after the login ended led to: sign in, see what was sent,
/// send it again. (`accessible`: check the pages with axe-core; in a Chromium without
/// JavaScript, timers do not run on a page that answered a POST, and axe-core needs them.)
async fn sign_in_again_and_resend(
    browser: &Browser,
    account: &crate::accounts_harness::Account,
    accessible: bool,
) {
    browser.wait_for_text("h1", "Sign in").await;
    let notice = browser.text(".notice").await;
    assert!(notice.contains("Nothing you sent is lost"), "{notice}");
    if accessible {
        browser.assert_accessible().await;
    }
    fill(browser, "#email", &account.email).await;
    fill(browser, "#password", &account.password).await;
    click(browser, "form[action='/sign-in'] button[type=submit]").await;
    browser
        .wait_for_text("h1", "You were signed out before this was saved")
        .await;
    let shown = browser.text("main").await;
    assert!(
        shown.contains("Demo: typed after the login ended"),
        "{shown}"
    );
    if accessible {
        browser.assert_accessible().await;
    }
    click(browser, "main form[action^='/notes/'] button[type=submit]").await;
    browser.wait_for_text(".lead .badge", "Draft").await;
}

#[tokio::test]
async fn with_javascript_a_save_after_the_login_ended_says_not_saved_keeps_the_copy_and_goes_through_after_signing_in()
 {
    let mut config = test_config();
    config.note_autosave_seconds = 1;
    let app = TestApp::real_series_with(config).await;
    let partner = app.account(Who::PartnerA).await.expect("a partner of CDI");
    let base = app.serve().await;
    let browser = Browser::start().await;
    sign_in_as(&browser, &app, &base, &partner).await;
    draft_and_edit(&browser, &base).await;

    app.clock.advance(chrono::Duration::minutes(31));
    fill(&browser, "#summary", "Demo: typed after the login ended").await;
    let status = browser
        .wait_for_text_containing(".autosave-status", "Not saved")
        .await;
    assert!(status.contains("your sign-in has ended"), "{status}");
    assert_eq!(summary(&app).await, "Demo: first words", "nothing saved");
    let copies = kept_copies(&browser).await;
    assert!(
        copies
            .iter()
            .any(|c| c.contains("Demo: typed after the login ended")),
        "the browser keeps its copy: {copies:?}"
    );
    // The version did not move on: the save by hand after signing in does not conflict.
    click(&browser, "button[name=action][value=save]").await;
    sign_in_again_and_resend(&browser, &partner, true).await;
    assert_eq!(summary(&app).await, "Demo: typed after the login ended");
    browser.close().await;
}

#[tokio::test]
async fn without_javascript_a_save_after_the_login_ended_goes_through_after_signing_in() {
    let app = TestApp::real_series().await;
    let partner = app.account(Who::PartnerA).await.expect("a partner of CDI");
    let base = app.serve().await;
    let browser = Browser::start_without_javascript().await;
    sign_in_as(&browser, &app, &base, &partner).await;
    draft_and_edit(&browser, &base).await;
    app.clock.advance(chrono::Duration::minutes(31));
    fill(&browser, "#summary", "Demo: typed after the login ended").await;
    click(&browser, "button[name=action][value=save]").await;
    sign_in_again_and_resend(&browser, &partner, false).await;
    assert_eq!(summary(&app).await, "Demo: typed after the login ended");
    browser.close().await;
}

#[tokio::test]
async fn what_a_partner_typed_and_did_not_send_is_never_shown_to_the_next_person_on_the_browser() {
    let app = TestApp::demo().await;
    let partner = app.account(Who::PartnerA).await.expect("a partner of CDI");
    let staff = app.account(Who::Staff).await.expect("staff");
    let base = app.serve().await;
    let browser = Browser::start().await;
    sign_in_as(&browser, &app, &base, &partner).await;
    open_new_note(&browser, &base).await;
    fill(&browser, "#summary", "Demo: the partner's unsent words").await;
    let copies = kept_copies(&browser).await;
    assert!(
        copies.iter().any(|c| c.contains("unsent words")),
        "kept while signed in: {copies:?}"
    );
    assert!(
        copies.iter().all(|c| !c.contains(&partner.email)),
        "keyed by an opaque value, not the e-mail: {copies:?}"
    );
    sign_out(&browser).await;
    assert_eq!(
        kept_copies(&browser).await,
        Vec::<String>::new(),
        "signing out clears the copies"
    );

    sign_in_as(&browser, &app, &base, &staff).await;
    open_new_note(&browser, &base).await;
    let shown = browser
        .run("return document.getElementById('summary').value;")
        .await;
    assert_eq!(shown.as_str(), Some(""), "staff see none of it");
    let page = browser.client.source().await.expect("the page source");
    assert!(!page.contains("unsent words"));
    browser.close().await;
}

#[tokio::test]
async fn a_warning_shows_on_the_note_form_before_the_login_ends_for_lack_of_activity() {
    let mut config = test_config();
    // Twenty seconds, so that the warning (a few minutes ahead, or half the time when that is
    // shorter) shows after ten.
    config.login_idle = chrono::Duration::seconds(20);
    let app = TestApp::demo_with(config).await;
    let partner = app.account(Who::PartnerA).await.expect("a partner of CDI");
    let base = app.serve().await;
    let browser = Browser::start().await;
    sign_in_as(&browser, &app, &base, &partner).await;
    open_new_note(&browser, &base).await;
    let warning = browser
        .wait_for_text_containing(".autosave-status", "Your sign-in will end in about")
        .await;
    assert!(warning.contains("Save your draft"), "{warning}");
    browser.close().await;
}
