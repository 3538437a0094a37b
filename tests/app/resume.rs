//! A form sent after its login ended keeps what was sent: the answer is the sign-in page
//! (401), which carries the form through signing in (and the second factor); once signed in,
//! the user sends it again from a page that shows it, and the handler checks it as ever. A
//! page's script that saves a draft is told a real save (204 with the new version) from
//! anything else.

use axum::http::{Method, StatusCode};
use chrono::Duration;
use musyawarah::routes::{self, Access};

use crate::accounts_harness::{Client, Who, urlencode};
use crate::harness::{TestApp, TestResponse};

/// The value of the hidden field `name` in `body`, unescaped.
pub fn hidden_value(body: &str, name: &str) -> String {
    unescape(&crate::harness::hidden(body, name))
}

/// Undoes HTML escaping (named and numeric character references).
pub fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let Some(end) = rest.find(';').filter(|&e| e <= 10) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..end];
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => entity
                .strip_prefix("#x")
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Every hidden field of the form that posts to `action` in `body`, as a URL-encoded body.
fn resent_form(body: &str, action: &str) -> String {
    let form = body
        .split(&format!("action=\"{action}\""))
        .nth(1)
        .and_then(|rest| rest.split("</form>").next())
        .unwrap_or_else(|| panic!("no form to {action} on the page:\n{body}"));
    let mut pairs = Vec::new();
    for input in form.split("<input type=\"hidden\" ").skip(1) {
        let attr = |name: &str| {
            input
                .split(&format!("{name}=\""))
                .nth(1)
                .and_then(|r| r.split('"').next())
                .map(unescape)
                .unwrap_or_default()
        };
        pairs.push(format!(
            "{}={}",
            urlencode(&attr("name")),
            urlencode(&attr("value"))
        ));
    }
    pairs.join("&")
}

/// A draft note of partner A's on the first Hanoi session; its id and version.
async fn draft(app: &TestApp, client: &mut Client<'_>) -> (uuid::Uuid, String) {
    let session: uuid::Uuid = sqlx::query_scalar(
        "SELECT se.id FROM session se JOIN consultation c ON c.id = se.consultation_id
          WHERE c.slug = 'hanoi-2019-12-18' ORDER BY se.position LIMIT 1",
    )
    .fetch_one(&app.pool)
    .await
    .expect("a Hanoi session");
    let form = client.get(&format!("/sessions/{session}/notes/new")).await;
    let token = crate::harness::hidden(&form.body, "token");
    let made = client
        .post(
            &format!("/sessions/{session}/notes"),
            &format!("token={token}&summary=First+words&proposed_visibility=public&action=save"),
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    let id: uuid::Uuid = sqlx::query_scalar("SELECT id FROM note ORDER BY created_at DESC LIMIT 1")
        .fetch_one(&app.pool)
        .await
        .expect("the note");
    let edit = client.get(&format!("/notes/{id}/edit")).await;
    (id, crate::harness::hidden(&edit.body, "version"))
}

async fn summary(app: &TestApp, id: uuid::Uuid) -> String {
    sqlx::query_scalar("SELECT summary FROM note WHERE id = $1")
        .bind(id)
        .fetch_one(&app.pool)
        .await
        .expect("the note")
}

const TYPED: &str = "Words typed \"while\" the login ended: <nothing> & nobody lost";

/// Asserts `response` is the sign-in page carrying a form to `path` that holds `typed`.
#[track_caller]
fn assert_carried(response: &TestResponse, path: &str, typed: &str) {
    assert_eq!(
        response.status,
        StatusCode::UNAUTHORIZED,
        "{path}: {}",
        response.body
    );
    response.assert_contains(&[
        "form method=\"post\" action=\"/sign-in\"",
        "<h1>Sign in</h1>",
        "Nothing you sent is lost",
    ]);
    assert_eq!(hidden_value(&response.body, "resume_path"), path);
    let body = hidden_value(&response.body, "resume_body");
    let fields: Vec<(String, String)> = url::form_urlencoded::parse(body.as_bytes())
        .into_owned()
        .collect();
    assert!(
        fields.iter().any(|(_, v)| v == typed),
        "{path}: the form carries {fields:?}"
    );
}

#[tokio::test]
async fn every_form_sent_without_a_login_is_answered_with_a_sign_in_that_carries_it() {
    let app = TestApp::demo().await;
    let form = format!(
        "summary={}&version=1&name={}",
        urlencode(TYPED),
        urlencode(TYPED)
    );
    let mut checked = 0;
    for route in routes::table() {
        if route.method != "POST" || route.access == Access::Public {
            continue;
        }
        let path = route
            .path
            .split('/')
            .map(|p| {
                if p.starts_with('{') {
                    "00000000-0000-0000-0000-000000000000"
                } else {
                    p
                }
            })
            .collect::<Vec<_>>()
            .join("/");
        let response = app.post(&path, &form).await;
        assert_carried(&response, &path, TYPED);
        checked += 1;
    }
    assert!(checked > 30, "every guarded form: {checked}");
    // A page still redirects to sign in and back.
    let page = app.get("/my/notes").await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert_eq!(page.header("location"), "/sign-in?next=/my/notes");
}

#[tokio::test]
async fn a_note_saved_after_the_login_ended_is_saved_once_the_author_signs_in_again() {
    let app = TestApp::demo().await;
    let (mut partner, account) = app.signed_in(Who::PartnerA).await;
    let account = account.expect("an account");
    let (id, version) = draft(&app, &mut partner).await;
    app.clock.advance(Duration::minutes(31));
    let path = format!("/notes/{id}");
    let sent = partner
        .post(
            &path,
            &format!(
                "version={version}&summary={}&proposed_visibility=public&action=save",
                urlencode(TYPED)
            ),
        )
        .await;
    assert_carried(&sent, &path, TYPED);
    assert_eq!(summary(&app, id).await, "First words", "nothing saved yet");
    assert_eq!(sent.header("cache-control"), "no-store");

    // A wrong password first: the form is still carried.
    let carried = format!(
        "resume_path={}&resume_body={}",
        urlencode(&hidden_value(&sent.body, "resume_path")),
        urlencode(&hidden_value(&sent.body, "resume_body"))
    );
    let wrong = partner
        .post(
            "/sign-in",
            &format!(
                "email={}&password=wrong+password+here&{carried}",
                urlencode(&account.email)
            ),
        )
        .await;
    assert_carried(&wrong, &path, TYPED);
    let signed = partner
        .post(
            "/sign-in",
            &format!(
                "email={}&password={}&{carried}",
                urlencode(&account.email),
                urlencode(&account.password)
            ),
        )
        .await;
    assert_eq!(signed.status, StatusCode::OK, "{}", signed.body);
    signed.assert_contains(&[
        "You were signed out before this was saved",
        "Your text is below; press Save to send it again",
        &askama_escaped(TYPED),
        "Test PartnerA",
    ]);
    assert_eq!(
        summary(&app, id).await,
        "First words",
        "still nothing saved"
    );
    let again = partner.post(&path, &resent_form(&signed.body, &path)).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER, "{}", again.body);
    assert_eq!(summary(&app, id).await, TYPED);

    // Sent again from a stale page (saved meanwhile): the handler's own conflict page, with
    // the text.
    let stale = partner.post(&path, &resent_form(&signed.body, &path)).await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    stale.assert_contains(&[&askama_escaped(TYPED)]);
}

fn askama_escaped(text: &str) -> String {
    text.replace('&', "&#38;")
        .replace('<', "&#60;")
        .replace('>', "&#62;")
        .replace('"', "&#34;")
}

#[tokio::test]
async fn a_form_carried_through_the_second_factor_is_shown_to_send_again() {
    let app = TestApp::demo().await;
    let staff = app.account(Who::Staff).await.expect("staff");
    let mut client = app.client();
    let path = "/series";
    let typed = "A series typed while signed out";
    let sent = client
        .post(
            path,
            &format!("title={}&name={}", urlencode(typed), urlencode(typed)),
        )
        .await;
    assert_carried(&sent, path, typed);
    let first = client
        .post(
            "/sign-in",
            &format!(
                "email={}&password={}&resume_path={}&resume_body={}",
                urlencode(&staff.email),
                urlencode(&staff.password),
                urlencode(path),
                urlencode(&hidden_value(&sent.body, "resume_body"))
            ),
        )
        .await;
    assert_eq!(first.header("location"), "/sign-in/two-factor");
    let wrong = client.post("/sign-in/two-factor", "code=000000").await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    let code = app.code(staff.totp_secret.as_deref().expect("a secret"));
    let done = client
        .post("/sign-in/two-factor", &format!("code={code}"))
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    done.assert_contains(&["You were signed out before this was saved", typed]);
    let resent = resent_form(&done.body, path);
    assert!(resent.contains(&urlencode(typed)), "{resent}");
}

#[tokio::test]
async fn a_file_sent_without_a_login_is_answered_with_a_sign_in_that_says_to_choose_it_again() {
    let app = TestApp::demo().await;
    let boundary = "XyZ";
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\
         Content-Type: text/csv\r\n\r\nname\r\nLan\r\n--{boundary}--\r\n"
    );
    let path = "/consultations/hanoi-2019-12-18/participants/import";
    let response = app
        .request(
            axum::http::Request::builder()
                .method(Method::POST)
                .uri(path)
                .header(
                    "content-type",
                    format!("multipart/form-data; boundary={boundary}"),
                )
                .header("referer", format!("http://localhost{path}"))
                .body(axum::body::Body::from(body))
                .expect("a request"),
        )
        .await;
    assert_eq!(response.status, StatusCode::UNAUTHORIZED);
    response.assert_contains(&["choose the file again"]);
    assert_eq!(crate::harness::hidden(&response.body, "next"), path);
}

#[tokio::test]
async fn a_script_s_save_is_told_apart_from_a_sign_in_page_or_a_conflict() {
    let app = TestApp::demo().await;
    let (mut partner, _) = app.signed_in(Who::PartnerA).await;
    let (id, version) = draft(&app, &mut partner).await;
    let path = format!("/notes/{id}");
    let autosave = [("x-requested-with", "autosave")];
    let form = |version: &str, text: &str| {
        format!(
            "version={version}&summary={}&proposed_visibility=public&action=save",
            urlencode(text)
        )
    };
    let saved = partner
        .send_with(
            Method::POST,
            &path,
            Some(&form(&version, "Saved by the script")),
            &autosave,
        )
        .await;
    assert_eq!(saved.status, StatusCode::NO_CONTENT, "{}", saved.body);
    let next: i64 = saved.header("x-version").parse().expect("the new version");
    assert_eq!(next, version.parse::<i64>().expect("a version") + 1);
    assert_eq!(summary(&app, id).await, "Saved by the script");
    // The old version again: a conflict, not a save.
    let stale = partner
        .send_with(
            Method::POST,
            &path,
            Some(&form(&version, "Stale")),
            &autosave,
        )
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert_eq!(stale.header("x-version"), "");
    // A person's save is still a redirect to the note.
    let by_hand = partner
        .post(&path, &form(&next.to_string(), "Saved by hand"))
        .await;
    assert_eq!(by_hand.status, StatusCode::SEE_OTHER);
    // After the login ended: the sign-in page, 401, never a success.
    app.clock.advance(Duration::minutes(31));
    let ended = partner
        .send_with(
            Method::POST,
            &path,
            Some(&form(&(next + 1).to_string(), "Too late")),
            &autosave,
        )
        .await;
    assert_eq!(ended.status, StatusCode::UNAUTHORIZED);
    assert_eq!(ended.header("x-version"), "");
    assert_eq!(summary(&app, id).await, "Saved by hand");
}
