//! Accounts and signed-in clients for tests: users of each role made directly in the database,
//! and a client that keeps its login cookie and signs in through the real pages.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use musyawarah::auth::{Role, totp};
use uuid::Uuid;

use crate::harness::{TestApp, TestResponse};

/// The roles of the authorization matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    Anonymous,
    /// A partner of CDI (Viet Nam).
    PartnerA,
    /// A partner of the Public Legal Aid Network (Myanmar).
    PartnerB,
    /// An official of Viet Nam.
    OfficialVn,
    Staff,
    Admin,
}

impl Who {
    pub const ALL: [Self; 6] = [
        Self::Anonymous,
        Self::PartnerA,
        Self::PartnerB,
        Self::OfficialVn,
        Self::Staff,
        Self::Admin,
    ];
}

/// A test account: its address, password and (for staff) second-factor secret.
#[derive(Debug, Clone)]
pub struct Account {
    pub id: Uuid,
    pub email: String,
    pub password: String,
    pub totp_secret: Option<Vec<u8>>,
}

pub const PASSWORD: &str = "orchid lantern monsoon rickshaw";

/// A hash of [`PASSWORD`], made once (hashing is deliberately slow).
fn password_hash() -> &'static str {
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HASH.get_or_init(|| password_auth::generate_hash(PASSWORD))
}

impl TestApp {
    /// Makes an account for `who` (none for anonymous); staff and admins with a second factor.
    pub async fn account(&self, who: Who) -> Option<Account> {
        let (role, organisation, state) = match who {
            Who::Anonymous => return None,
            Who::PartnerA => (Role::Partner, Some("cdi"), None),
            Who::PartnerB => (Role::Partner, Some("public-legal-aid-network"), None),
            Who::OfficialVn => (Role::Official, None, Some("VN")),
            Who::Staff => (Role::Staff, None, None),
            Who::Admin => (Role::Admin, None, None),
        };
        let secret = role.requires_two_factor().then(totp::new_secret);
        let email = format!("{who:?}-{}@example.org", Uuid::new_v4().simple()).to_lowercase();
        let id: Uuid = sqlx::query_scalar(
            "INSERT INTO app_user (email, display_name, role, organisation_id, member_state_code,
                                   password_hash, totp_secret, totp_enabled_at)
             VALUES ($1, $2, $3, (SELECT id FROM organisation WHERE slug = $4), $5, $6, $7,
                     CASE WHEN $7::bytea IS NOT NULL THEN now() END)
             RETURNING id",
        )
        .bind(&email)
        .bind(format!("Test {who:?}"))
        .bind(role)
        .bind(organisation)
        .bind(state)
        .bind(password_hash())
        .bind(&secret)
        .fetch_one(&self.pool)
        .await
        .expect("the account is created");
        Some(Account {
            id,
            email,
            password: PASSWORD.to_owned(),
            totp_secret: secret,
        })
    }

    /// A client with no login.
    pub fn client(&self) -> Client<'_> {
        Client {
            app: self,
            cookie: None,
            notice: None,
            language: None,
            address: None,
        }
    }

    /// A client signed in as `who` (through the sign-in pages), with its account.
    pub async fn signed_in(&self, who: Who) -> (Client<'_>, Option<Account>) {
        let account = self.account(who).await;
        let mut client = self.client();
        if let Some(account) = &account {
            client.sign_in(account).await;
        }
        (client, account)
    }

    /// The current code of a second-factor secret, by the app's clock.
    pub fn code(&self, secret: &[u8]) -> String {
        totp::code_at(
            secret,
            u64::try_from(self.clock.now().timestamp()).unwrap_or_default(),
        )
    }
}

/// A browser-like client: it keeps the login cookie the app sets.
pub struct Client<'a> {
    pub app: &'a TestApp,
    pub cookie: Option<String>,
    /// The status message a write left for the next page (its own cookie), as a browser keeps it.
    pub notice: Option<String>,
    /// The language chosen with the switch (its own cookie).
    pub language: Option<String>,
    /// The client's IP address, as the connection would tell it.
    pub address: Option<std::net::SocketAddr>,
}

impl Client<'_> {
    pub async fn send(&mut self, method: Method, path: &str, form: Option<&str>) -> TestResponse {
        self.send_with(method, path, form, &[]).await
    }

    pub async fn send_with(
        &mut self,
        method: Method,
        path: &str,
        form: Option<&str>,
        headers: &[(&str, &str)],
    ) -> TestResponse {
        let mut request = Request::builder().method(method).uri(path);
        let cookies: Vec<&str> = [&self.cookie, &self.notice, &self.language]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect();
        if !cookies.is_empty() {
            request = request.header("cookie", cookies.join("; "));
        }
        if form.is_some() {
            request = request.header("content-type", "application/x-www-form-urlencoded");
        }
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let mut request = request
            .body(Body::from(form.unwrap_or_default().to_owned()))
            .expect("a valid request");
        if let Some(address) = self.address {
            request
                .extensions_mut()
                .insert(axum::extract::ConnectInfo(address));
        }
        let response = self.app.request(request).await;
        for set in response.headers.get_all("set-cookie") {
            let set = set.to_str().unwrap_or_default();
            let pair = set.split(';').next().unwrap_or_default().to_owned();
            let expired = set.contains("Max-Age=0") || pair.ends_with('=');
            let kept = if pair.starts_with(musyawarah::web::notice::COOKIE) {
                &mut self.notice
            } else if pair.starts_with(musyawarah::web::i18n::COOKIE) {
                &mut self.language
            } else {
                &mut self.cookie
            };
            *kept = if expired { None } else { Some(pair) };
        }
        response
    }

    pub async fn get(&mut self, path: &str) -> TestResponse {
        self.send(Method::GET, path, None).await
    }

    pub async fn post(&mut self, path: &str, form: &str) -> TestResponse {
        self.send(Method::POST, path, Some(form)).await
    }

    /// Signs in through the pages (password, then the code where one is needed).
    pub async fn sign_in(&mut self, account: &Account) -> TestResponse {
        let form = format!(
            "email={}&password={}",
            urlencode(&account.email),
            urlencode(&account.password)
        );
        let response = self.post("/sign-in", &form).await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
        if response.header("location") != "/sign-in/two-factor" {
            return response;
        }
        let secret = account.totp_secret.as_ref().expect("a second factor");
        let code = self.app.code(secret);
        let done = self
            .post("/sign-in/two-factor", &format!("code={code}"))
            .await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
        done
    }
}

pub fn urlencode(value: &str) -> String {
    musyawarah::web::urlencode(value).replace('/', "%2F")
}
