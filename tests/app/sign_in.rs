//! Signing in and out, as each kind of user: logins, expiry, throttling, the second factor,
//! invitations, disabling accounts, CSRF, and what the audit log keeps (and never keeps).

use std::os::unix::fs::PermissionsExt as _;

use axum::http::{Method, StatusCode};
use chrono::Duration;
use musyawarah::auth::totp;
use musyawarah::routes::login_cookie_name;

use crate::accounts_harness::{Who, urlencode};
use crate::harness::{TestApp, test_config};

fn sign_in_form(email: &str, password: &str) -> String {
    format!(
        "email={}&password={}",
        urlencode(email),
        urlencode(password)
    )
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(&app.pool)
        .await
        .expect("counts")
}

#[tokio::test]
async fn the_login_cookie_is_http_only_lax_and_secure_with_the_host_prefix_over_https() {
    let app = TestApp::demo().await;
    let account = app.account(Who::PartnerA).await.expect("an account");
    let response = app
        .client()
        .post("/sign-in", &sign_in_form(&account.email, &account.password))
        .await;
    // The login's cookie (the page after signing in also gets one that carries its message).
    let cookie = response
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|c| c.to_str().unwrap_or_default().to_owned())
        .find(|c| c.starts_with(&format!("{}=", login_cookie_name(false))))
        .unwrap_or_default();
    assert!(
        cookie.starts_with(&format!("{}=", login_cookie_name(false))),
        "{cookie}"
    );
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");
    assert!(cookie.contains("Path=/"), "{cookie}");
    assert!(!cookie.contains("Secure"), "{cookie}");

    let mut config = test_config();
    config.secure_cookies = true;
    let https = TestApp::demo_with(config).await;
    let account = https.account(Who::PartnerA).await.expect("an account");
    let response = https
        .client()
        .post("/sign-in", &sign_in_form(&account.email, &account.password))
        .await;
    let cookie = response
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|c| c.to_str().unwrap_or_default().to_owned())
        .find(|c| c.starts_with("__Host-musyawarah-login="))
        .unwrap_or_default();
    assert!(cookie.starts_with("__Host-musyawarah-login="), "{cookie}");
    // The message's cookie is marked Secure over HTTPS too.
    assert!(
        response
            .headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|c| c.to_str().ok())
            .filter(|c| c.starts_with(musyawarah::web::notice::COOKIE))
            .all(|c| c.contains("; Secure")),
    );
    assert!(
        cookie.contains("Secure") && cookie.contains("HttpOnly"),
        "{cookie}"
    );
    assert!(
        cookie.contains("Path=/") && !cookie.contains("Domain"),
        "{cookie}"
    );
}

#[tokio::test]
async fn the_login_id_changes_at_sign_in_and_a_cookie_replayed_after_sign_out_is_refused() {
    let app = TestApp::demo().await;
    let staff = app.account(Who::Staff).await.expect("an account");
    let mut client = app.client();
    let first = client
        .post("/sign-in", &sign_in_form(&staff.email, &staff.password))
        .await;
    assert_eq!(first.header("location"), "/sign-in/two-factor");
    let before_second_factor = client
        .cookie
        .clone()
        .expect("a cookie for the pending sign-in");
    let code = app.code(staff.totp_secret.as_deref().expect("a secret"));
    let done = client
        .post("/sign-in/two-factor", &format!("code={code}"))
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    let signed_in = client.cookie.clone().expect("a login cookie");
    assert_ne!(before_second_factor, signed_in, "a new login id at sign-in");
    assert_eq!(client.get("/account").await.status, StatusCode::OK);

    // The old id is worth nothing.
    let mut old = app.client();
    old.cookie = Some(before_second_factor);
    assert_eq!(old.get("/account").await.status, StatusCode::SEE_OTHER);

    let out = client.post("/sign-out", "").await;
    assert_eq!(out.header("location"), "/");
    let mut replay = app.client();
    replay.cookie = Some(signed_in);
    let refused = replay.get("/account").await;
    assert_eq!(refused.status, StatusCode::SEE_OTHER);
    assert!(refused.header("location").starts_with("/sign-in?next="));
    assert_eq!(
        count(&app, "SELECT count(*) FROM tower_sessions.session").await,
        0,
        "sign-out deletes the login on the server"
    );
}

/// Logins are also kept in memory; one ended in the database (by another process of the app, or
/// by an operator) is over at the next request all the same, and its memory copy is dropped.
#[tokio::test]
async fn a_login_deleted_in_the_database_is_over_at_the_next_request() {
    let app = TestApp::demo().await;
    let (mut client, _) = app.signed_in(Who::OfficialVn).await;
    assert_eq!(client.get("/account").await.status, StatusCode::OK);
    sqlx::query("DELETE FROM tower_sessions.session")
        .execute(&app.pool)
        .await
        .expect("the logins are deleted");
    let refused = client.get("/account").await;
    assert_eq!(refused.status, StatusCode::SEE_OTHER);
    assert!(refused.header("location").starts_with("/sign-in?next="));
    // Signed out for good: the dashboard shows public data only.
    let mut again = app.client();
    again.cookie = client.cookie.clone();
    again
        .get("/dashboard")
        .await
        .assert_contains(&["public data only"]);
}

/// Disables an account, for [`change_account`].
const DISABLE: &str = "disabled_at = now()";

/// Changes the account `email` straight in the database (`set`: the SET clause), as another
/// process or an operator would.
async fn change_account(app: &TestApp, email: &str, set: &str, what: &str) {
    sqlx::query(&format!("UPDATE app_user SET {set} WHERE email = $1"))
        .bind(email)
        .execute(&app.pool)
        .await
        .expect(what);
}

/// A checked login is kept in memory while no account or login changes; a change to an account,
/// made by any process (here straight in the database), applies at the next request.
#[tokio::test]
async fn a_change_to_an_account_applies_at_the_next_request_though_its_login_was_kept() {
    let app = TestApp::demo().await;
    let (mut official, account) = app.signed_in(Who::OfficialVn).await;
    let email = account.expect("an account").email;
    official
        .get("/account")
        .await
        .assert_contains(&["Viet Nam"]);
    // Kept now: the same answer from memory.
    official
        .get("/account")
        .await
        .assert_contains(&["Viet Nam"]);

    change_account(
        &app,
        &email,
        "member_state_code = 'TH'",
        "the scope changes",
    )
    .await;
    let moved = official.get("/account").await;
    moved.assert_contains(&["Thailand"]);
    assert!(!moved.body.contains("Viet Nam"), "the old scope is gone");

    change_account(&app, &email, DISABLE, "the account is disabled").await;
    let refused = official.get("/account").await;
    assert_eq!(refused.status, StatusCode::SEE_OTHER);
    assert!(refused.header("location").starts_with("/sign-in?next="));
}

/// Staff logins are kept too (their review count is read with the login version): a change of
/// role, or a disabled account, still applies at the next request.
#[tokio::test]
async fn a_staff_login_kept_in_memory_loses_its_rights_at_the_next_request_after_a_change() {
    let app = TestApp::demo().await;
    let (mut staff, account) = app.signed_in(Who::Staff).await;
    let email = account.expect("an account").email;
    for _ in 0..2 {
        let review = staff.get("/review").await;
        assert_eq!(review.status, StatusCode::OK, "staff review notes");
    }

    change_account(
        &app,
        &email,
        "role = 'official', member_state_code = 'VN'",
        "the role changes",
    )
    .await;
    let review = staff.get("/review").await;
    assert_ne!(
        review.status,
        StatusCode::OK,
        "an official has no review queue"
    );
    staff.get("/account").await.assert_contains(&["Viet Nam"]);

    change_account(&app, &email, DISABLE, "the account is disabled").await;
    let refused = staff.get("/account").await;
    assert_eq!(refused.status, StatusCode::SEE_OTHER);
    assert!(refused.header("location").starts_with("/sign-in?next="));
}

/// An official's kept login is confirmed by the page's own first read, not by a statement of its
/// own; a change made before or while the page is made still applies to that very page: the page
/// is made again for the account as it now stands.
#[tokio::test]
async fn an_officials_kept_login_confirmed_by_the_page_applies_a_change_to_that_page() {
    let app = TestApp::demo().await;
    let (mut official, account) = app.signed_in(Who::OfficialVn).await;
    let email = account.expect("an account").email;
    let yours = |code: &str| format!("<a href=\"/states/{code}\">");
    for _ in 0..2 {
        let page = official.get("/dashboard").await;
        assert_eq!(page.status, StatusCode::OK);
        let row = page
            .body
            .split(&yours("VN"))
            .nth(1)
            .expect("Viet Nam's row on the dashboard");
        assert!(
            row[..row.find("</th>").expect("the row's heading")].contains("Yours"),
            "Viet Nam is marked as the official's own state"
        );
    }

    change_account(
        &app,
        &email,
        "member_state_code = 'TH'",
        "the scope changes",
    )
    .await;
    let moved = official.get("/dashboard").await;
    assert_eq!(moved.status, StatusCode::OK, "the page itself, made again");
    let own = |body: &str, code: &str| {
        body.split(&yours(code)).nth(1).is_some_and(|row| {
            row[..row.find("</th>").expect("the row's heading")].contains("Yours")
        })
    };
    assert!(
        own(&moved.body, "TH"),
        "Thailand is now the official's state"
    );
    assert!(!own(&moved.body, "VN"), "Viet Nam is no longer marked");
    // Searching confirms the login in its own first read too.
    assert_eq!(official.get("/search?q=hanoi").await.status, StatusCode::OK);

    change_account(&app, &email, DISABLE, "the account is disabled").await;
    let public = official.get("/dashboard").await;
    assert_eq!(public.status, StatusCode::OK);
    public.assert_contains(&["public data only"]);
    assert!(
        !public.body.contains("Yours"),
        "no state is the visitor's own"
    );
    let refused = official.get("/account").await;
    assert_eq!(refused.status, StatusCode::SEE_OTHER, "the login is over");
}

/// The language kept in the account `email`.
async fn language_of(app: &TestApp, email: &str) -> Option<String> {
    sqlx::query_scalar("SELECT language FROM app_user WHERE email = $1")
        .bind(email)
        .fetch_one(&app.pool)
        .await
        .expect("the account")
}

/// The language switch is a link (a `GET`) that writes the account's choice. From an official's
/// kept login it writes only while the login version holds; when another login changed meanwhile,
/// the login is checked and the switch made again, so the choice is kept all the same.
#[tokio::test]
async fn an_officials_language_choice_is_kept_though_another_login_changed_meanwhile() {
    let app = TestApp::demo().await;
    let (mut official, account) = app.signed_in(Who::OfficialVn).await;
    let email = account.expect("an account").email;
    assert_eq!(official.get("/dashboard").await.status, StatusCode::OK);
    // Another login ends, say: the version moves on, this account is as it was.
    sqlx::query("UPDATE login_version SET n = n + 1")
        .execute(&app.pool)
        .await
        .expect("the login version moves on");
    let switched = official.get("/language/vi?next=/dashboard").await;
    assert_eq!(switched.status, StatusCode::SEE_OTHER);
    assert_eq!(
        language_of(&app, &email).await.as_deref(),
        Some("vi"),
        "the choice is kept in the account"
    );

    change_account(&app, &email, DISABLE, "the account is disabled").await;
    official.get("/language/id?next=/dashboard").await;
    assert_eq!(
        language_of(&app, &email).await.as_deref(),
        Some("vi"),
        "a disabled account's login writes nothing"
    );
}

#[tokio::test]
async fn a_login_ends_after_thirty_idle_minutes_and_twelve_hours_in_any_case() {
    let app = TestApp::demo().await;
    let (mut client, _) = app.signed_in(Who::PartnerA).await;
    app.clock.advance(Duration::minutes(29));
    assert_eq!(
        client.get("/account").await.status,
        StatusCode::OK,
        "29 idle minutes"
    );
    app.clock.advance(Duration::minutes(31));
    let idle = client.get("/account").await;
    assert_eq!(idle.status, StatusCode::SEE_OTHER, "31 idle minutes end it");

    let (mut busy, _) = app.signed_in(Who::OfficialVn).await;
    for _ in 0..28 {
        app.clock.advance(Duration::minutes(25));
        assert_eq!(busy.get("/account").await.status, StatusCode::OK);
    }
    // 11 h 40 min so far; the next request is past 12 hours.
    app.clock.advance(Duration::minutes(25));
    assert_eq!(busy.get("/account").await.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn passwords_are_stored_as_argon2id_with_the_required_cost() {
    let app = TestApp::demo().await;
    let admin = app.account(Who::Admin).await.expect("an account");
    let (mut client, _) = (app.client(), ());
    client.sign_in(&admin).await;
    let invited = client
        .post(
            "/admin/users",
            "email=new.partner%40example.org&display_name=Nguy%E1%BB%85n%20Th%E1%BB%8B%20Lan&role=partner&organisation=&member_state=",
        )
        .await;
    assert_eq!(
        invited.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a partner needs an organisation"
    );
    invited.assert_contains(&[
        "Choose the organisation this partner acts for.",
        "Nguyễn Thị Lan",
    ]);
    let cdi: uuid::Uuid = sqlx::query_scalar("SELECT id FROM organisation WHERE slug = 'cdi'")
        .fetch_one(&app.pool)
        .await
        .expect("CDI");
    let invited = client
        .post(
            "/admin/users",
            &format!(
                "email=new.partner%40example.org&display_name=Nguy%E1%BB%85n%20Th%E1%BB%8B%20Lan&role=partner&organisation={cdi}&member_state="
            ),
        )
        .await;
    assert_eq!(invited.status, StatusCode::OK, "{}", invited.body);
    let link = invited
        .body
        .split("<code class=\"invitation-link\">")
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .expect("the invitation link is shown")
        .to_owned();

    let mut invitee = app.client();
    let form = invitee.get(&link).await;
    assert_eq!(form.status, StatusCode::OK);
    form.assert_contains(&["Welcome, Nguyễn Thị Lan"]);
    let weak = invitee
        .post(&link, "new=password1234&confirm=password1234")
        .await;
    assert_eq!(weak.status, StatusCode::UNPROCESSABLE_ENTITY);
    weak.assert_contains(&["too easy to guess"]);
    let short = invitee.post(&link, "new=short&confirm=short").await;
    short.assert_contains(&["Use at least 12 characters"]);
    let password = "paddy kestrel violin harbour";
    let set = invitee
        .post(&link, &format!("new={0}&confirm={0}", urlencode(password)))
        .await;
    assert_eq!(set.status, StatusCode::OK);
    set.assert_contains(&["Your password is set"]);

    let hash: String = sqlx::query_scalar(
        "SELECT password_hash FROM app_user WHERE email = 'new.partner@example.org'",
    )
    .fetch_one(&app.pool)
    .await
    .expect("a hash");
    assert!(hash.starts_with("$argon2id$v=19$"), "{hash}");
    assert_eq!(
        musyawarah::auth::password::parameters(&hash),
        Some("m=19456,t=2,p=1")
    );

    // The link is used up; the new password works (a little later: the test clock stands
    // still unless moved, and logins from before a new password are over).
    assert_eq!(invitee.get(&link).await.status, StatusCode::NOT_FOUND);
    app.clock.advance(Duration::seconds(5));
    let signed = invitee
        .post(
            "/sign-in",
            &sign_in_form("New.Partner@example.org", password),
        )
        .await;
    assert_eq!(signed.header("location"), "/");
    invitee
        .get("/account")
        .await
        .assert_contains(&["Center for Development and Integration (CDI)"]);

    // Nothing secret in the audit log: no password, no token, no login id.
    let audit: String = sqlx::query_scalar(
        "SELECT string_agg(coalesce(before::text, '') || coalesce(after::text, '') || actor_label, ' ')
           FROM audit_log",
    )
    .fetch_one(&app.pool)
    .await
    .expect("the audit log");
    let token = link.trim_start_matches("/invitations/");
    for secret in [password, token, crate::accounts_harness::PASSWORD] {
        assert!(!audit.contains(secret), "the audit log holds a secret");
    }
    let login_id = invitee.cookie.clone().expect("a cookie");
    let login_id = login_id.split('=').nth(1).expect("an id");
    assert!(!audit.contains(login_id));
    assert_eq!(
        count(
            &app,
            "SELECT count(*) FROM audit_log WHERE action = 'invitation.accept'"
        )
        .await,
        1
    );
}

#[tokio::test]
async fn after_ten_failures_sign_in_is_refused_for_fifteen_minutes_with_one_message_for_all() {
    let app = TestApp::demo().await;
    let account = app.account(Who::PartnerA).await.expect("an account");
    let mut client = app.client();
    let wrong = client
        .post(
            "/sign-in",
            &sign_in_form(&account.email, "not the password"),
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    let unknown = client
        .post(
            "/sign-in",
            &sign_in_form("nobody@example.org", "whatever it is"),
        )
        .await;
    assert_eq!(unknown.status, StatusCode::UNAUTHORIZED);
    let message = "That email address and password do not match an account.";
    wrong.assert_contains(&[message]);
    unknown.assert_contains(&[message]);
    assert_eq!(
        wrong.body.replace(&account.email, ""),
        unknown.body.replace("nobody@example.org", ""),
        "an unknown account and a wrong password look the same"
    );

    for _ in 1..10 {
        let response = client
            .post("/sign-in", &sign_in_form(&account.email, "still wrong"))
            .await;
        assert_eq!(response.status, StatusCode::UNAUTHORIZED);
    }
    // The 11th attempt, even with the right password.
    let locked = client
        .post("/sign-in", &sign_in_form(&account.email, &account.password))
        .await;
    assert_eq!(locked.status, StatusCode::TOO_MANY_REQUESTS);
    locked.assert_contains(&["too many failed sign-in attempts"]);
    assert!(
        locked
            .header("retry-after")
            .parse::<i64>()
            .is_ok_and(|s| s > 0 && s <= 900)
    );

    app.clock.advance(Duration::minutes(15));
    let open = client
        .post("/sign-in", &sign_in_form(&account.email, &account.password))
        .await;
    assert_eq!(open.status, StatusCode::SEE_OTHER, "the window has passed");

    // From one address, failures on many accounts count together.
    let mut prober = app.client();
    prober.address = Some("192.0.2.7:40000".parse().expect("an address"));
    for i in 0..10 {
        let email = format!("guess{i}@example.org");
        let response = prober
            .post("/sign-in", &sign_in_form(&email, "guessing here"))
            .await;
        assert_eq!(response.status, StatusCode::UNAUTHORIZED);
    }
    let locked = prober
        .post("/sign-in", &sign_in_form("guess10@example.org", "guessing"))
        .await;
    assert_eq!(locked.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(
        count(
            &app,
            "SELECT count(*) FROM audit_log WHERE action = 'sign_in.failure'"
        )
        .await,
        21,
        "every failure is audited (attempts refused with 429 are not failures)"
    );
}

#[tokio::test]
async fn a_cross_site_post_is_refused_and_changes_nothing() {
    let app = TestApp::demo().await;
    let (mut admin, _) = app.signed_in(Who::Admin).await;
    let users = count(&app, "SELECT count(*) FROM app_user").await;
    let cdi: uuid::Uuid = sqlx::query_scalar("SELECT id FROM organisation WHERE slug = 'cdi'")
        .fetch_one(&app.pool)
        .await
        .expect("CDI");
    let form =
        format!("email=forged%40example.org&display_name=Forged&role=partner&organisation={cdi}");
    let forged = admin
        .send_with(
            Method::POST,
            "/admin/users",
            Some(&form),
            &[
                ("sec-fetch-site", "cross-site"),
                ("origin", "https://evil.example"),
            ],
        )
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    forged.assert_contains(&["This form came from another site"]);
    assert_eq!(count(&app, "SELECT count(*) FROM app_user").await, users);

    let same_site = admin
        .send_with(
            Method::POST,
            "/admin/users",
            Some(&form),
            &[("sec-fetch-site", "same-origin")],
        )
        .await;
    assert_eq!(same_site.status, StatusCode::OK);
    assert_eq!(
        count(&app, "SELECT count(*) FROM app_user").await,
        users + 1
    );
}

#[tokio::test]
async fn disabling_an_account_ends_its_logins_at_once_and_role_changes_are_audited() {
    let app = TestApp::demo().await;
    let (mut admin, _) = app.signed_in(Who::Admin).await;
    let (mut partner, account) = app.signed_in(Who::PartnerA).await;
    let account = account.expect("an account");
    assert_eq!(partner.get("/account").await.status, StatusCode::OK);

    let edit = admin.get(&format!("/admin/users/{}", account.id)).await;
    assert_eq!(edit.status, StatusCode::OK);
    let version: i32 = sqlx::query_scalar("SELECT version FROM app_user WHERE id = $1")
        .bind(account.id)
        .fetch_one(&app.pool)
        .await
        .expect("a version");
    let changed = admin
        .post(
            &format!("/admin/users/{}", account.id),
            &format!(
                "email={}&display_name=Test&role=official&member_state=VN&version={version}",
                urlencode(&account.email)
            ),
        )
        .await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER, "{}", changed.body);
    // The new role applies at once.
    partner
        .get("/account")
        .await
        .assert_contains(&["Official", "Viet Nam"]);
    let (before, after): (serde_json::Value, serde_json::Value) = sqlx::query_as(
        "SELECT before, after FROM audit_log WHERE action = 'user.role_change' AND entity_id = $1",
    )
    .bind(account.id.to_string())
    .fetch_one(&app.pool)
    .await
    .expect("the change is audited");
    assert_eq!(before["role"], "partner");
    assert_eq!(after["role"], "official");
    assert_eq!(after["member_state_code"], "VN");

    // A second save from the same (now stale) form is a conflict that keeps what was typed.
    let stale = admin
        .post(
            &format!("/admin/users/{}", account.id),
            &format!(
                "email={}&display_name=Typed%20again&role=partner&organisation=&version={version}",
                urlencode(&account.email)
            ),
        )
        .await;
    assert_eq!(
        stale.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a partner needs an organisation first"
    );
    let stale = admin
        .post(
            &format!("/admin/users/{}", account.id),
            &format!(
                "email={}&display_name=Typed%20again&role=official&member_state=TH&version={version}",
                urlencode(&account.email)
            ),
        )
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    stale.assert_contains(&["Someone else changed this account", "Typed again"]);

    let disabled = admin
        .post(&format!("/admin/users/{}/disable", account.id), "")
        .await;
    assert_eq!(disabled.status, StatusCode::SEE_OTHER);
    let after = partner.get("/account").await;
    assert_eq!(
        after.status,
        StatusCode::SEE_OTHER,
        "the login ended at once"
    );
    let again = app
        .client()
        .post("/sign-in", &sign_in_form(&account.email, &account.password))
        .await;
    assert_eq!(
        again.status,
        StatusCode::UNAUTHORIZED,
        "a disabled account cannot sign in"
    );
    assert_eq!(
        count(
            &app,
            "SELECT count(*) FROM audit_log WHERE action = 'user.disable'"
        )
        .await,
        1
    );
}

#[tokio::test]
async fn changing_the_password_ends_the_other_logins_but_not_this_one() {
    let app = TestApp::demo().await;
    let account = app.account(Who::OfficialVn).await.expect("an account");
    let mut laptop = app.client();
    laptop.sign_in(&account).await;
    let mut phone = app.client();
    phone.sign_in(&account).await;
    let wrong = laptop
        .post("/account/password", "current=nope&new=x&confirm=x")
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    wrong.assert_contains(&[
        "This is not your current password.",
        "Use at least 12 characters",
    ]);
    let new = "granite heron lullaby teapot";
    let changed = laptop
        .post(
            "/account/password",
            &format!(
                "current={}&new={1}&confirm={1}",
                urlencode(&account.password),
                urlencode(new)
            ),
        )
        .await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER);
    assert_eq!(laptop.get("/account").await.status, StatusCode::OK);
    assert_eq!(phone.get("/account").await.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn staff_must_set_up_a_second_factor_and_codes_work_once() {
    let app = TestApp::demo().await;
    let staff = app.account(Who::Staff).await.expect("an account");
    sqlx::query("UPDATE app_user SET totp_secret = NULL, totp_enabled_at = NULL WHERE id = $1")
        .bind(staff.id)
        .execute(&app.pool)
        .await
        .expect("the second factor is removed");
    let mut client = app.client();
    let first = client
        .post("/sign-in", &sign_in_form(&staff.email, &staff.password))
        .await;
    assert_eq!(first.header("location"), "/sign-in/enrol");
    // Not signed in yet.
    assert_eq!(client.get("/account").await.status, StatusCode::SEE_OTHER);
    let enrol = client.get("/sign-in/enrol").await;
    enrol.assert_contains(&["data:image/svg+xml;base64,", "Set up two-factor sign-in"]);
    let key: String = enrol
        .body
        .split("<code class=\"secret\">")
        .nth(1)
        .and_then(|r| r.split('<').next())
        .expect("the key is shown")
        .replace(' ', "");
    let secret = totp::secret_from_text(&key).expect("a base32 key");
    let wrong = client.post("/sign-in/enrol", "code=000000").await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    let code = app.code(&secret);
    let done = client.post("/sign-in/enrol", &format!("code={code}")).await;
    assert_eq!(done.status, StatusCode::OK);
    let recovery: Vec<String> = done
        .body
        .split("<li><code>")
        .skip(1)
        .filter_map(|r| r.split('<').next())
        .map(str::to_owned)
        .collect();
    assert_eq!(recovery.len(), 10);
    assert_eq!(client.get("/account").await.status, StatusCode::OK);

    // The same code cannot sign in again (a replay), a fresh one can.
    let mut other = app.client();
    other
        .post("/sign-in", &sign_in_form(&staff.email, &staff.password))
        .await;
    let replay = other
        .post("/sign-in/two-factor", &format!("code={code}"))
        .await;
    assert_eq!(replay.status, StatusCode::UNAUTHORIZED);
    // A recovery code works once.
    let rescued = other
        .post("/sign-in/two-factor", &format!("code={}", recovery[0]))
        .await;
    assert_eq!(rescued.status, StatusCode::SEE_OTHER);
    let mut third = app.client();
    third
        .post("/sign-in", &sign_in_form(&staff.email, &staff.password))
        .await;
    let used = third
        .post("/sign-in/two-factor", &format!("code={}", recovery[0]))
        .await;
    assert_eq!(used.status, StatusCode::UNAUTHORIZED);
    app.clock.advance(Duration::seconds(60));
    let fresh = third
        .post(
            "/sign-in/two-factor",
            &format!("code={}", app.code(&secret)),
        )
        .await;
    assert_eq!(fresh.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn partners_may_opt_in_to_a_second_factor() {
    let app = TestApp::demo().await;
    let (mut client, account) = app.signed_in(Who::PartnerB).await;
    let account = account.expect("an account");
    let page = client.get("/account/two-factor").await;
    let key: String = page
        .body
        .split("<code class=\"secret\">")
        .nth(1)
        .and_then(|r| r.split('<').next())
        .expect("the key is shown")
        .replace(' ', "");
    let secret = totp::secret_from_text(&key).expect("a key");
    let done = client
        .post(
            "/account/two-factor",
            &format!("code={}", app.code(&secret)),
        )
        .await;
    assert_eq!(done.status, StatusCode::OK);
    done.assert_contains(&["Two-factor sign-in is on"]);
    app.clock.advance(Duration::seconds(60));
    let mut next_time = app.client();
    let first = next_time
        .post("/sign-in", &sign_in_form(&account.email, &account.password))
        .await;
    assert_eq!(first.header("location"), "/sign-in/two-factor");
}

#[tokio::test]
async fn an_invitation_expires() {
    let app = TestApp::demo().await;
    let (mut admin, _) = app.signed_in(Who::Admin).await;
    let invited = admin
        .post(
            "/admin/users",
            "email=late%40example.org&display_name=Late&role=official&member_state=region",
        )
        .await;
    assert_eq!(invited.status, StatusCode::OK, "{}", invited.body);
    let link = invited
        .body
        .split("<code class=\"invitation-link\">")
        .nth(1)
        .and_then(|r| r.split('<').next())
        .expect("a link")
        .to_owned();
    app.clock.advance(Duration::days(8));
    let expired = app.client().get(&link).await;
    assert_eq!(expired.status, StatusCode::NOT_FOUND);
    expired.assert_contains(&["This invitation link is not valid"]);
}

#[tokio::test]
async fn the_demo_accounts_are_one_per_role_with_random_passwords_in_a_private_file() {
    let app = TestApp::demo().await;
    let dir = std::env::temp_dir().join(format!("musyawarah-demo-{}", uuid::Uuid::new_v4()));
    let file = dir.join("demo-accounts.txt");
    let lines = musyawarah::auth::accounts::create_demo_accounts(&app.pool, &file)
        .await
        .expect("creates them")
        .expect("there were none");
    let mode = std::fs::metadata(&file)
        .expect("the file")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    let written = std::fs::read_to_string(&file).expect("reads");
    assert_eq!(written, lines);
    let roles: Vec<(String, String)> =
        sqlx::query_as("SELECT u.role::text, coalesce((SELECT slug FROM organisation WHERE id = u.organisation_id), u.member_state_code, '') FROM app_user u ORDER BY u.role, u.email")
            .fetch_all(&app.pool)
            .await
            .expect("the accounts");
    assert_eq!(
        roles,
        [
            ("admin", ""),
            ("staff", ""),
            ("partner", "cdi"),
            ("partner", "public-legal-aid-network"),
            ("official", "VN"),
        ]
        .map(|(a, b)| (a.to_owned(), b.to_owned()))
    );
    // The partner's password signs in.
    let line = lines
        .lines()
        .find(|l| l.contains("partner.cdi@"))
        .expect("a line");
    let password = line.split_whitespace().last().expect("a password");
    let signed = app
        .client()
        .post(
            "/sign-in",
            &sign_in_form("partner.cdi@demo.example", password),
        )
        .await;
    assert_eq!(signed.status, StatusCode::SEE_OTHER);
    // Never twice, never the same passwords.
    assert!(
        musyawarah::auth::accounts::create_demo_accounts(&app.pool, &file)
            .await
            .expect("runs")
            .is_none()
    );
    let other = TestApp::demo().await;
    let again = musyawarah::auth::accounts::create_demo_accounts(&other.pool, &dir.join("b.txt"))
        .await
        .expect("creates them")
        .expect("there were none");
    assert_ne!(again, lines);
    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test]
async fn admins_browse_the_audit_log_by_who_what_and_when() {
    let app = TestApp::demo().await;
    let (mut admin, admin_account) = app.signed_in(Who::Admin).await;
    let admin_account = admin_account.expect("an account");
    let (_partner, _) = app.signed_in(Who::PartnerA).await;
    let failed = app
        .client()
        .post(
            "/sign-in",
            &sign_in_form("someone@example.org", "not the password"),
        )
        .await;
    assert_eq!(failed.status, StatusCode::UNAUTHORIZED);

    let all = admin.get("/admin/audit").await;
    all.assert_contains(&["sign_in.success", "sign_in.failure", "seed.demo"]);
    let failures = admin.get("/admin/audit?action=sign_in.f").await;
    failures.assert_contains(&["sign_in.failure", "unknown account"]);
    assert!(
        !failures.body.contains("someone@example.org"),
        "what was typed for an unknown account is no identity"
    );
    assert!(!failures.body.contains("(sign_in.success)"));
    let by_admin = admin
        .get(&format!(
            "/admin/audit?actor={}",
            urlencode(&admin_account.email)
        ))
        .await;
    by_admin.assert_contains(&["(sign_in.success)"]);
    assert!(!by_admin.body.contains("(seed.demo)"));
    let today = app.clock.now().format("%Y-%m-%d").to_string();
    let tomorrow = (app.clock.now() + Duration::days(1))
        .format("%Y-%m-%d")
        .to_string();
    let today_page = admin
        .get(&format!("/admin/audit?from={today}&to={today}"))
        .await;
    today_page.assert_contains(&["(sign_in.success)"]);
    let future = admin.get(&format!("/admin/audit?from={tomorrow}")).await;
    future.assert_contains(&["Nothing matches these filters."]);
    let bad = admin.get("/admin/audit?from=18/12/2019").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    bad.assert_contains(&["The from date must look like 2019-12-18."]);
}

/// Hostile `next` values, as they would be typed into a link (percent-encoded once more here).
const HOSTILE_NEXT: &[&str] = &[
    "//evil.test",
    "/%09/evil.test",
    "/%0a/x",
    "/%0d%0a/x",
    "/\\evil.test",
    "/%5Cevil.test",
    "https://evil.test/",
    "evil.test",
    "/%2F/evil.test",
    "/%00/x",
    "/x%7F",
    " //evil.test",
];

#[tokio::test]
async fn after_sign_in_only_paths_of_this_site_are_followed_whatever_next_says() {
    let app = TestApp::demo().await;
    let partner = app.account(Who::PartnerA).await.expect("an account");
    let staff = app.account(Who::Staff).await.expect("an account");
    let secret = staff.totp_secret.clone().expect("a secret");
    for (i, hostile) in HOSTILE_NEXT.iter().enumerate() {
        let next = urlencode(hostile);
        // The sign-in form carries only a safe value on.
        let form = app.client().get(&format!("/sign-in?next={next}")).await;
        assert_eq!(form.status, StatusCode::OK, "{hostile:?}: {}", form.body);
        assert_eq!(
            crate::harness::hidden(&form.body, "next"),
            "/",
            "{hostile:?}"
        );

        // Signing in with a password only.
        let mut client = app.client();
        let done = client
            .post(
                "/sign-in",
                &format!(
                    "{}&next={next}",
                    sign_in_form(&partner.email, &partner.password)
                ),
            )
            .await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{hostile:?}");
        assert_eq!(done.header("location"), "/", "{hostile:?}");
        // Already signed in: the form sends straight on.
        let again = client.get(&format!("/sign-in?next={next}")).await;
        assert_eq!(again.status, StatusCode::SEE_OTHER, "{hostile:?}");
        assert_eq!(again.header("location"), "/", "{hostile:?}");

        // With the second factor.
        app.clock.advance(Duration::seconds(31 * (i as i64 + 1)));
        let mut client = app.client();
        let first = client
            .post(
                "/sign-in",
                &format!(
                    "{}&next={next}",
                    sign_in_form(&staff.email, &staff.password)
                ),
            )
            .await;
        assert_eq!(first.header("location"), "/sign-in/two-factor");
        let done = client
            .post(
                "/sign-in/two-factor",
                &format!("code={}", app.code(&secret)),
            )
            .await;
        assert_eq!(
            done.status,
            StatusCode::SEE_OTHER,
            "{hostile:?}: {}",
            done.body
        );
        assert_eq!(done.header("location"), "/", "{hostile:?}");
    }
    // A path of this site is followed.
    let mut client = app.client();
    let done = client
        .post(
            "/sign-in",
            &format!(
                "{}&next={}",
                sign_in_form(&partner.email, &partner.password),
                urlencode("/account?x=1")
            ),
        )
        .await;
    assert_eq!(done.header("location"), "/account?x=1");
}

/// Sends `form` to `/sign-in` from `peer`, with `forwarded_for` if given, on a fresh client.
fn sign_in_request(
    form: &str,
    peer: &str,
    forwarded_for: Option<&str>,
) -> axum::http::Request<axum::body::Body> {
    let mut request = axum::http::Request::builder()
        .method(Method::POST)
        .uri("/sign-in")
        .header("content-type", "application/x-www-form-urlencoded");
    if let Some(hops) = forwarded_for {
        request = request.header("x-forwarded-for", hops);
    }
    let mut request = request
        .body(axum::body::Body::from(form.to_owned()))
        .expect("a valid request");
    request.extensions_mut().insert(axum::extract::ConnectInfo(
        peer.parse::<std::net::SocketAddr>().expect("an address"),
    ));
    request
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn thirty_wrong_passwords_sent_at_once_get_at_most_ten_checked_and_the_right_one_is_then_refused()
 {
    let app = TestApp::demo().await;
    let account = app.account(Who::PartnerA).await.expect("an account");
    let mut attempts = tokio::task::JoinSet::new();
    for i in 0..30 {
        let router = app.router.clone();
        let form = sign_in_form(&account.email, &format!("wrong password {i}"));
        // From many addresses, so that only the account's count stops them.
        let peer = format!("192.0.2.{}:4000", i + 1);
        attempts.spawn(async move {
            crate::harness::send(&router, sign_in_request(&form, &peer, None))
                .await
                .status
        });
    }
    let statuses = attempts.join_all().await;
    let checked = statuses
        .iter()
        .filter(|s| **s == StatusCode::UNAUTHORIZED)
        .count();
    let refused = statuses
        .iter()
        .filter(|s| **s == StatusCode::TOO_MANY_REQUESTS)
        .count();
    assert_eq!(checked + refused, 30, "{statuses:?}");
    assert!(
        checked <= 10,
        "{checked} passwords were checked: {statuses:?}"
    );
    assert_eq!(checked, 10, "the first ten are checked: {statuses:?}");
    let right = app
        .client()
        .post("/sign-in", &sign_in_form(&account.email, &account.password))
        .await;
    assert_eq!(right.status, StatusCode::TOO_MANY_REQUESTS, "paused");
    assert_eq!(
        count(
            &app,
            "SELECT count(*) FROM audit_log WHERE action = 'sign_in.failure'"
        )
        .await,
        10
    );
}

#[tokio::test]
async fn behind_a_trusted_proxy_one_attacker_is_paused_by_address_and_everyone_else_signs_in() {
    let mut config = test_config();
    config.trusted_proxies = std::sync::Arc::new(
        musyawarah::config::parse_networks("10.0.0.0/8").expect("valid networks"),
    );
    let app = TestApp::demo_with(config).await;
    let proxy = "10.0.0.1:5000";
    for i in 0..10 {
        let form = sign_in_form(&format!("guess{i}@example.org"), "guessing here");
        // The attacker writes a header of its own; the proxy appends what it saw.
        let response = app
            .request(sign_in_request(
                &form,
                proxy,
                Some(&format!("203.0.113.{i}, 198.51.100.66")),
            ))
            .await;
        assert_eq!(response.status, StatusCode::UNAUTHORIZED);
    }
    let paused = app
        .request(sign_in_request(
            &sign_in_form("guess10@example.org", "guessing"),
            proxy,
            Some("198.51.100.66"),
        ))
        .await;
    assert_eq!(paused.status, StatusCode::TOO_MANY_REQUESTS);
    let partner = app.account(Who::PartnerA).await.expect("an account");
    let other = app
        .request(sign_in_request(
            &sign_in_form(&partner.email, &partner.password),
            proxy,
            Some("198.51.100.200"),
        ))
        .await;
    assert_eq!(other.status, StatusCode::SEE_OTHER, "{}", other.body);
    let addresses: Vec<String> =
        sqlx::query_scalar("SELECT DISTINCT host(address) FROM sign_in_failure")
            .fetch_all(&app.pool)
            .await
            .expect("the failures");
    assert_eq!(
        addresses,
        ["198.51.100.66"],
        "the client's, not the proxy's"
    );

    // Without TRUSTED_PROXIES the header is nobody's word: all of it is the proxy's address.
    let plain = TestApp::demo().await;
    for i in 0..10 {
        let response = plain
            .request(sign_in_request(
                &sign_in_form(&format!("guess{i}@example.org"), "guessing here"),
                proxy,
                Some(&format!("198.51.100.{i}")),
            ))
            .await;
        assert_eq!(response.status, StatusCode::UNAUTHORIZED);
    }
    let partner = plain.account(Who::PartnerA).await.expect("an account");
    let locked_out = plain
        .request(sign_in_request(
            &sign_in_form(&partner.email, &partner.password),
            proxy,
            Some("198.51.100.200"),
        ))
        .await;
    assert_eq!(locked_out.status, StatusCode::TOO_MANY_REQUESTS);
}

/// A password typed into the e-mail field, and then into the password field: neither the audit
/// log nor the throttle's records keep it (nor any address typed for an unknown account); a
/// failure for a known account is recorded against that account.
#[tokio::test]
async fn what_is_typed_at_a_failed_sign_in_is_never_stored_unless_it_names_an_account() {
    let app = TestApp::demo().await;
    let partner = app.account(Who::PartnerA).await.expect("an account");
    let secret = "Tr0ub4dor&3 kestrel";
    let mut client = app.client();
    for (email, password) in [
        (secret, "whatever"),
        ("stranger@example.org", secret),
        (partner.email.as_str(), secret),
    ] {
        let failed = client
            .post("/sign-in", &sign_in_form(email, password))
            .await;
        assert_eq!(failed.status, StatusCode::UNAUTHORIZED);
    }
    let stored: String = sqlx::query_scalar(
        "SELECT coalesce(string_agg(coalesce(before::text, '') || coalesce(after::text, '')
                                    || actor_label || entity_id, ' '), '')
           FROM audit_log WHERE action LIKE 'sign_in%'",
    )
    .fetch_one(&app.pool)
    .await
    .expect("the audit log");
    let throttle: String = sqlx::query_scalar(
        "SELECT coalesce(string_agg(to_jsonb(f)::text, ' '), '') FROM sign_in_failure f",
    )
    .fetch_one(&app.pool)
    .await
    .expect("the throttle's records");
    for kept in [&stored, &throttle] {
        for typed in [secret, "Tr0ub4dor", "stranger@example.org", "stranger"] {
            assert!(!kept.contains(typed), "{typed:?} was stored: {kept}");
        }
    }
    assert_eq!(
        count(&app, "SELECT count(*) FROM sign_in_failure").await,
        3,
        "every failure still counts"
    );
    let against_the_account: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM audit_log WHERE action = 'sign_in.failure' AND actor_id = $1",
    )
    .bind(partner.id)
    .fetch_one(&app.pool)
    .await
    .expect("counts");
    assert_eq!(against_the_account, 1);
}
