//! The fault suite's parts: the app as a process of its own on its own private PostgreSQL, a
//! mixed load of reads and writes that logs every acknowledged write with its id, the faults
//! themselves, and the checks that nothing acknowledged was lost or half written.
//!
//! The integration tests run the short form (`faults::`, against the debug build); the whole
//! suite is `examples/faults.rs`, which `scripts/faults` runs against the release build. Both
//! include this file, so it uses nothing of the tests' harness.

#![allow(dead_code)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use musyawarah::auth::totp;
use musyawarah::db::local::{LocalOptions, LocalPostgres, Shutdown};
use sqlx::PgPool;
use sqlx::postgres::PgPoolOptions;
use uuid::Uuid;

/// The password of the load's accounts.
const PASSWORD: &str = "monsoon orchid lantern rickshaw";
/// What every statement and summary the load writes starts with, to find them afterwards.
pub const MARK: &str = "Fault load";

/// How long a request of the load may take before it counts as unanswered.
const CLIENT_TIMEOUT: Duration = Duration::from_secs(15);

/// The app as its own process, on its own private PostgreSQL in `dir`.
pub struct Service {
    bin: PathBuf,
    pub dir: PathBuf,
    pub port: u16,
    child: Option<Child>,
    pub pg: Arc<LocalPostgres>,
    /// A small pool on the app's database, for the checks.
    pub pool: PgPool,
    env: Vec<(String, String)>,
}

/// A free loopback port.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free loopback port")
}

impl Service {
    /// Starts `bin` with no `DATABASE_URL` in a new folder under `root`: it makes its private
    /// PostgreSQL and loads the demo data, as the README's first command does. `env` is added
    /// to the app's environment.
    pub async fn start(bin: &Path, root: &Path, env: &[(&str, &str)]) -> Self {
        let dir = root.join(Uuid::new_v4().simple().to_string());
        std::fs::create_dir_all(&dir).expect("makes the service's folder");
        let port = free_port();
        let env: Vec<(String, String)> = env
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        let child = spawn(bin, &dir, port, &env);
        let base = format!("http://127.0.0.1:{port}");
        // The first start makes the cluster, migrates and loads the demo data.
        assert!(
            ready(&base, Duration::from_secs(240)).await,
            "the app did not become ready; its log:\n{}",
            log_tail(&dir)
        );
        let options = LocalOptions {
            root: dir.join("postgres"),
            durable: true,
        };
        let pg = tokio::task::spawn_blocking(move || LocalPostgres::start(&options))
            .await
            .expect("joins")
            .expect("finds the app's private PostgreSQL running");
        assert!(!pg.started_here, "the app had started its PostgreSQL");
        let pool = PgPoolOptions::new()
            .max_connections(3)
            .acquire_timeout(Duration::from_secs(30))
            .connect_lazy(&pg.url("musyawarah"))
            .expect("the URL parses");
        Self {
            bin: bin.to_owned(),
            dir,
            port,
            child: Some(child),
            pg: Arc::new(pg),
            pool,
            env,
        }
    }

    /// The app's address.
    pub fn base(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Whether the app's process is still running.
    pub fn alive(&mut self) -> bool {
        self.child
            .as_mut()
            .is_some_and(|c| matches!(c.try_wait(), Ok(None)))
    }

    /// The app's process id.
    pub fn pid(&self) -> u32 {
        self.child.as_ref().map_or(0, Child::id)
    }

    /// Kills the app at once (`kill -9`).
    pub fn kill9(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Starts the app again on the same port and folder; waits until it is ready.
    pub async fn restart_app(&mut self) {
        self.kill9();
        self.child = Some(spawn(&self.bin, &self.dir, self.port, &self.env));
        assert!(
            ready(&self.base(), Duration::from_secs(120)).await,
            "the app did not come back; its log:\n{}",
            log_tail(&self.dir)
        );
    }

    /// Sends SIGTERM to the app.
    pub fn terminate(&self) {
        let status = Command::new("kill")
            .args(["-TERM", &self.pid().to_string()])
            .status()
            .expect("runs kill");
        assert!(status.success(), "kill -TERM failed");
    }

    /// Waits for the app to exit, at most `within`; its exit status.
    pub async fn wait_exit(&mut self, within: Duration) -> Option<ExitStatus> {
        let started = Instant::now();
        while started.elapsed() < within {
            if let Some(child) = self.child.as_mut()
                && let Ok(Some(status)) = child.try_wait()
            {
                self.child = None;
                return Some(status);
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        None
    }

    /// Runs `what` on the private PostgreSQL (pg_ctl blocks: on a thread of its own).
    pub async fn pg_ctl(&self, what: PgAction) {
        let pg = self.pg.clone();
        tokio::task::spawn_blocking(move || match what {
            PgAction::Restart(mode) => pg.restart_with(mode),
            PgAction::Stop(mode) => pg.stop_with(mode),
        })
        .await
        .expect("joins")
        .expect("pg_ctl did what was asked");
    }

    /// Starts the private PostgreSQL again after [`PgAction::Stop`].
    pub async fn pg_start(&self) {
        let pg = self.pg.clone();
        tokio::task::spawn_blocking(move || pg.start_again())
            .await
            .expect("joins")
            .expect("starts the private PostgreSQL again");
    }

    /// Whether the private PostgreSQL is running.
    pub fn pg_running(&self) -> bool {
        self.pg.is_running()
    }

    /// Ends every connection the app holds to its database (`pg_terminate_backend`).
    pub async fn terminate_backends(&self) -> i64 {
        sqlx::query_scalar(
            "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity
              WHERE datname = 'musyawarah' AND pid <> pg_backend_pid()
                AND backend_type = 'client backend') ended",
        )
        .fetch_one(&self.pool)
        .await
        .expect("terminates the app's connections")
    }

    /// The last lines of the app's log.
    pub fn log(&self) -> String {
        log_tail(&self.dir)
    }
}

impl Drop for Service {
    fn drop(&mut self) {
        self.kill9();
        let _ = self.pg.stop_with(Shutdown::Immediate);
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// What [`Service::pg_ctl`] does.
#[derive(Debug, Clone, Copy)]
pub enum PgAction {
    Restart(Shutdown),
    Stop(Shutdown),
}

fn spawn(bin: &Path, dir: &Path, port: u16, env: &[(String, String)]) -> Child {
    let log = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(dir.join("app.log"))
        .expect("opens the app's log");
    let mut command = Command::new(bin);
    command
        .args(["serve", "--addr", &format!("127.0.0.1:{port}")])
        .env_remove("DATABASE_URL")
        .env("MUSYAWARAH_DATA_DIR", dir)
        .env("RUST_LOG", "warn,musyawarah=info")
        .stdin(Stdio::null())
        .stdout(log.try_clone().expect("clones the log"))
        .stderr(log);
    for (k, v) in env {
        command.env(k, v);
    }
    command.spawn().expect("starts the app")
}

fn log_tail(dir: &Path) -> String {
    let text = std::fs::read_to_string(dir.join("app.log")).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(40)..].join("\n")
}

/// Waits until `/readyz` answers 200, at most `within`.
pub async fn ready(base: &str, within: Duration) -> bool {
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(5))
        .build()
        .expect("a client");
    let started = Instant::now();
    while started.elapsed() < within {
        if let Ok(r) = client.get(format!("{base}/readyz")).send().await
            && r.status() == 200
        {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    false
}

/// A browser-like client: its own cookies, no redirects followed.
pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .timeout(CLIENT_TIMEOUT)
        .pool_max_idle_per_host(64)
        .build()
        .expect("a client")
}

/// The load's two writers, signed in: a staff member and a partner of CDI (Viet Nam).
#[derive(Clone)]
pub struct Writers {
    pub staff: reqwest::Client,
    pub partner: reqwest::Client,
    /// The records the writes name: the Hanoi consultation, its first session, C4.2, MOLISA.
    pub hanoi: Uuid,
    pub session: Uuid,
    pub commitment: Uuid,
    pub addressee: Uuid,
}

/// Makes an account in the app's database with the load's password, and a second factor when
/// `secret` is given (as staff and administrators must have).
pub async fn add_account(
    pool: &PgPool,
    email: &str,
    role: &str,
    organisation: Option<&str>,
    secret: Option<&[u8]>,
) {
    sqlx::query(
        "INSERT INTO app_user (email, display_name, role, organisation_id, password_hash,
                               totp_secret, totp_enabled_at)
         VALUES ($1, $2, $3::user_role, (SELECT id FROM organisation WHERE slug = $4), $5, $6,
                 CASE WHEN $6::bytea IS NOT NULL THEN now() END)",
    )
    .bind(email)
    .bind(format!("Fault load {role}"))
    .bind(role)
    .bind(organisation)
    .bind(password_auth::generate_hash(PASSWORD))
    .bind(secret)
    .execute(pool)
    .await
    .expect("makes the account");
}

/// A staff member made in the app's database and signed in through the pages, password and
/// second factor: a client that carries the login.
pub async fn staff_signed_in(pool: &PgPool, base: &str, email: &str) -> reqwest::Client {
    let secret = totp::new_secret();
    add_account(pool, email, "staff", None, Some(&secret)).await;
    let staff = client();
    sign_in(&staff, base, email, Some(&secret)).await;
    staff
}

/// Makes the two accounts in the database and signs them in through the pages.
pub async fn writers(service: &Service) -> Writers {
    let secret = totp::new_secret();
    let suffix = Uuid::new_v4().simple().to_string();
    for (role, organisation, secret) in [
        ("staff", None, Some(secret.as_slice())),
        ("partner", Some("cdi"), None),
    ] {
        add_account(
            &service.pool,
            &format!("fault-{role}-{suffix}@example.org"),
            role,
            organisation,
            secret,
        )
        .await;
    }
    let (hanoi, session, commitment, addressee): (Uuid, Uuid, Uuid, Uuid) = sqlx::query_as(
        "SELECT c.id, (SELECT id FROM session WHERE consultation_id = c.id AND archived_at IS NULL
                        ORDER BY position LIMIT 1),
                (SELECT id FROM commitment WHERE code = 'C4.2'),
                (SELECT id FROM organisation WHERE slug = 'molisa')
           FROM consultation c WHERE c.slug = 'hanoi-2019-12-18'",
    )
    .fetch_one(&service.pool)
    .await
    .expect("the demo data's records");
    let base = service.base();
    let staff = client();
    sign_in(
        &staff,
        &base,
        &format!("fault-staff-{suffix}@example.org"),
        Some(&secret),
    )
    .await;
    let partner = client();
    sign_in(
        &partner,
        &base,
        &format!("fault-partner-{suffix}@example.org"),
        None,
    )
    .await;
    Writers {
        staff,
        partner,
        hanoi,
        session,
        commitment,
        addressee,
    }
}

/// Signs in through the pages, with the second factor's code when `secret` is given.
pub async fn sign_in(client: &reqwest::Client, base: &str, email: &str, secret: Option<&[u8]>) {
    let response = client
        .post(format!("{base}/sign-in"))
        .form(&[("email", email), ("password", PASSWORD)])
        .send()
        .await
        .expect("signs in");
    assert_eq!(response.status(), 303, "sign-in of {email}");
    let second = response
        .headers()
        .get("location")
        .is_some_and(|l| l == "/sign-in/two-factor");
    if let (true, Some(secret)) = (second, secret) {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or_default();
        let response = client
            .post(format!("{base}/sign-in/two-factor"))
            .form(&[("code", totp::code_at(secret, now))])
            .send()
            .await
            .expect("sends the code");
        assert_eq!(response.status(), 303, "second factor of {email}");
    }
}

/// An acknowledged write: what the app answered with a redirect to the stored record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Ack {
    /// A finding created by staff.
    Finding(Uuid),
    /// A note written and submitted by a partner.
    Note(Uuid),
}

/// One request of the load (a write counts once, as its last request).
#[derive(Debug, Clone)]
pub struct Outcome {
    /// When it was sent, from the start of the load.
    pub at: Duration,
    pub took: Duration,
    pub write: bool,
    /// The status, or none when no answer came (connection refused or timed out).
    pub status: Option<u16>,
    /// Whether a 5xx answer was the app's error page (not a bare or internal error).
    pub error_page: bool,
    pub ack: Option<Ack>,
}

/// The pages the load reads: what a visitor, a partner and staff open most.
const ANONYMOUS_READS: [&str; 7] = [
    "/",
    "/consultations",
    "/consultations/hanoi-2019-12-18",
    "/findings",
    "/states/VN",
    "/search?q=recruitment",
    "/organisations",
];
const PARTNER_READS: [&str; 2] = ["/my/notes", "/account"];
const STAFF_READS: [&str; 2] = ["/review", "/people"];

/// A mixed load: about `rate` requests a second, 80% reads of the three roles' pages and 20%
/// writes (a finding by staff, a note by a partner, in turn), until stopped.
pub struct Load {
    started: Instant,
    stop: Arc<AtomicBool>,
    outcomes: Arc<Mutex<Vec<Outcome>>>,
    driver: tokio::task::JoinHandle<()>,
    in_flight: Arc<AtomicUsize>,
}

impl Load {
    pub fn start(base: String, writers: Writers, rate: u32, writes_only: bool) -> Self {
        let stop = Arc::new(AtomicBool::new(false));
        let outcomes = Arc::new(Mutex::new(Vec::new()));
        let in_flight = Arc::new(AtomicUsize::new(0));
        let started = Instant::now();
        let anonymous = client();
        let driver = {
            let (stop, outcomes, in_flight) = (stop.clone(), outcomes.clone(), in_flight.clone());
            tokio::spawn(async move {
                let mut tick =
                    tokio::time::interval(Duration::from_secs_f64(1.0 / f64::from(rate.max(1))));
                tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
                let mut n: usize = 0;
                let mut tasks = tokio::task::JoinSet::new();
                while !stop.load(Ordering::SeqCst) {
                    tick.tick().await;
                    // At most 200 at once: the load waits rather than grow without end.
                    if in_flight.load(Ordering::SeqCst) >= 200 {
                        continue;
                    }
                    n += 1;
                    let (base, w, anonymous) = (base.clone(), writers.clone(), anonymous.clone());
                    let (outcomes, in_flight) = (outcomes.clone(), in_flight.clone());
                    in_flight.fetch_add(1, Ordering::SeqCst);
                    tasks.spawn(async move {
                        let at = started.elapsed();
                        let sent = Instant::now();
                        let (write, status, error_page, ack) = if writes_only || n.is_multiple_of(5)
                        {
                            let (status, error_page, ack) = if (n / 5).is_multiple_of(2) {
                                write_finding(&base, &w, n).await
                            } else {
                                write_note(&base, &w, n).await
                            };
                            (true, status, error_page, ack)
                        } else {
                            let (client, path) = match n % 10 {
                                1 => (&w.partner, PARTNER_READS[n / 10 % PARTNER_READS.len()]),
                                3 => (&w.staff, STAFF_READS[n / 10 % STAFF_READS.len()]),
                                _ => (&anonymous, ANONYMOUS_READS[n % ANONYMOUS_READS.len()]),
                            };
                            let (status, error_page) = read(client, &base, path).await;
                            (false, status, error_page, None)
                        };
                        outcomes.lock().expect("the log").push(Outcome {
                            at,
                            took: sent.elapsed(),
                            write,
                            status,
                            error_page,
                            ack,
                        });
                        in_flight.fetch_sub(1, Ordering::SeqCst);
                    });
                    while tasks.try_join_next().is_some() {}
                }
                while tasks.join_next().await.is_some() {}
            })
        };
        Self {
            started,
            stop,
            outcomes,
            driver,
            in_flight,
        }
    }

    /// Time since the load started.
    pub fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }

    /// Waits until the requests sent from `back` on show a recovery (a second with 95% good
    /// answers) and then `then` more, or at most `within`.
    pub async fn until_recovered(&self, back: Duration, then: Duration, within: Duration) {
        let started = Instant::now();
        while started.elapsed() < within {
            let outcomes = self.outcomes.lock().expect("the log").clone();
            if recovered(&outcomes, back).is_some() {
                tokio::time::sleep(then).await;
                return;
            }
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
    }

    /// How many writes were acknowledged so far.
    pub fn acknowledged(&self) -> usize {
        self.outcomes
            .lock()
            .expect("the log")
            .iter()
            .filter(|o| o.ack.is_some())
            .count()
    }

    /// Stops sending and waits for the requests in flight; everything that happened.
    pub async fn finish(self) -> Vec<Outcome> {
        self.stop.store(true, Ordering::SeqCst);
        let _ = self.driver.await;
        self.outcomes.lock().expect("the log").clone()
    }
}

/// Reads `path`: its status (none: no answer) and whether a 5xx was the error page.
async fn read(client: &reqwest::Client, base: &str, path: &str) -> (Option<u16>, bool) {
    match client.get(format!("{base}{path}")).send().await {
        Ok(r) => {
            let status = r.status().as_u16();
            let body = r.text().await.unwrap_or_default();
            (Some(status), is_error_page(status, &body))
        }
        Err(_) => (None, false),
    }
}

fn is_error_page(status: u16, body: &str) -> bool {
    status >= 500 && body.contains("class=\"error-page\"")
}

/// The form's one-time token on `path`, or the answer that stood in its way.
async fn token(
    client: &reqwest::Client,
    base: &str,
    path: &str,
) -> Result<String, (Option<u16>, bool)> {
    let r = client
        .get(format!("{base}{path}"))
        .send()
        .await
        .map_err(|_| (None, false))?;
    let status = r.status().as_u16();
    let body = r.text().await.unwrap_or_default();
    if status != 200 {
        return Err((Some(status), is_error_page(status, &body)));
    }
    body.split("name=\"token\" value=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .map(str::to_owned)
        .ok_or((Some(status), false))
}

/// Posts a form; the status, whether it was the error page, and where it leads.
async fn post(
    client: &reqwest::Client,
    base: &str,
    path: &str,
    form: &[(&str, String)],
) -> (Option<u16>, bool, Option<String>) {
    match client.post(format!("{base}{path}")).form(form).send().await {
        Ok(r) => {
            let status = r.status().as_u16();
            let location = r
                .headers()
                .get("location")
                .and_then(|l| l.to_str().ok())
                .map(str::to_owned);
            let body = r.text().await.unwrap_or_default();
            (Some(status), is_error_page(status, &body), location)
        }
        Err(_) => (None, false, None),
    }
}

/// Staff create a recommendation on the Hanoi consultation.
async fn write_finding(base: &str, w: &Writers, n: usize) -> (Option<u16>, bool, Option<Ack>) {
    let token = match token(&w.staff, base, "/findings/new").await {
        Ok(token) => token,
        Err((status, page)) => return (status, page, None),
    };
    let form = [
        ("token", token),
        ("kind", "recommendation".to_owned()),
        ("statement", format!("{MARK}: recommendation {n}")),
        ("consultation", w.hanoi.to_string()),
        ("states", "VN".to_owned()),
        ("visibility", "public".to_owned()),
        ("status", "open".to_owned()),
        ("due_on", "2030-06-30".to_owned()),
        ("commitments", w.commitment.to_string()),
        ("addressee", format!("org:{}", w.addressee)),
    ];
    let (status, page, location) = post(&w.staff, base, "/findings", &form).await;
    let ack = match (status, location) {
        (Some(303), Some(l)) => l
            .strip_prefix("/findings/")
            .and_then(|id| Uuid::parse_str(id).ok())
            .map(Ack::Finding),
        _ => None,
    };
    (status, page, ack)
}

/// A partner writes a note on the Hanoi session and submits it.
async fn write_note(base: &str, w: &Writers, n: usize) -> (Option<u16>, bool, Option<Ack>) {
    let path = format!("/sessions/{}/notes/new", w.session);
    let token = match token(&w.partner, base, &path).await {
        Ok(token) => token,
        Err((status, page)) => return (status, page, None),
    };
    let form = [
        ("token", token),
        ("summary", format!("{MARK}: note {n}")),
        ("proposed_visibility", "public".to_owned()),
        ("action", "submit".to_owned()),
        ("s0_section", "challenge".to_owned()),
        (
            "s0_body",
            format!("{MARK}: recruitment fees, statement {n}"),
        ),
        ("s0_sector", String::new()),
    ];
    let notes = format!("/sessions/{}/notes", w.session);
    let (status, page, location) = post(&w.partner, base, &notes, &form).await;
    let Some(confirm) = location.filter(|_| status == Some(303)) else {
        return (status, page, None);
    };
    let (status, page, _) = post(&w.partner, base, &confirm, &[]).await;
    let ack = match status {
        Some(303) => confirm
            .strip_prefix("/notes/")
            .and_then(|r| r.strip_suffix("/submit"))
            .and_then(|id| Uuid::parse_str(id).ok())
            .map(Ack::Note),
        _ => None,
    };
    (status, page, ack)
}

/// What the checks found after a fault.
#[derive(Debug, Default)]
pub struct Lost {
    /// Acknowledged writes that are not there (or not as acknowledged: a note not submitted).
    pub missing: Vec<Ack>,
    /// Records of the load written in part: a note without its statement or revision, a
    /// finding without its commitment, Member State or audit entry.
    pub half_written: Vec<String>,
}

/// Checks every acknowledged write is present, and that no write of the load is half applied.
pub async fn check(pool: &PgPool, acks: &[Ack]) -> Lost {
    let mut lost = Lost::default();
    let findings: Vec<Uuid> = acks
        .iter()
        .filter_map(|a| match a {
            Ack::Finding(id) => Some(*id),
            Ack::Note(_) => None,
        })
        .collect();
    let notes: Vec<Uuid> = acks
        .iter()
        .filter_map(|a| match a {
            Ack::Note(id) => Some(*id),
            Ack::Finding(_) => None,
        })
        .collect();
    let found: BTreeSet<Uuid> = sqlx::query_scalar("SELECT id FROM finding WHERE id = ANY($1)")
        .bind(&findings)
        .fetch_all(pool)
        .await
        .expect("reads the findings")
        .into_iter()
        .collect();
    lost.missing.extend(
        findings
            .iter()
            .filter(|id| !found.contains(id))
            .map(|id| Ack::Finding(*id)),
    );
    let submitted: BTreeSet<Uuid> = sqlx::query_scalar(
        "SELECT id FROM note WHERE id = ANY($1) AND status::text IN ('submitted', 'published')",
    )
    .bind(&notes)
    .fetch_all(pool)
    .await
    .expect("reads the notes")
    .into_iter()
    .collect();
    lost.missing.extend(
        notes
            .iter()
            .filter(|id| !submitted.contains(id))
            .map(|id| Ack::Note(*id)),
    );
    // Every record the load wrote, acknowledged or not, is whole.
    let half: Vec<String> = sqlx::query_scalar(
        "SELECT 'finding ' || f.id FROM finding f WHERE f.statement LIKE $1
            AND (NOT EXISTS (SELECT 1 FROM finding_commitment fc WHERE fc.finding_id = f.id)
              OR NOT EXISTS (SELECT 1 FROM finding_state fs WHERE fs.finding_id = f.id)
              OR NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.entity_id = f.id::text))
         UNION ALL
         SELECT 'note ' || n.id FROM note n WHERE n.summary LIKE $1
            AND (NOT EXISTS (SELECT 1 FROM note_statement s WHERE s.note_id = n.id)
              OR NOT EXISTS (SELECT 1 FROM note_revision r WHERE r.note_id = n.id)
              OR NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.entity_id = n.id::text))",
    )
    .bind(format!("{MARK}:%"))
    .fetch_all(pool)
    .await
    .expect("reads the load's records");
    lost.half_written = half;
    lost
}

/// The figures of one fault, a line of the suite's table.
#[derive(Debug, Clone)]
pub struct Line {
    pub fault: String,
    pub requests: usize,
    pub acknowledged: usize,
    pub lost: usize,
    /// Answers of 500 or above that are not the 503/504 error page, and answers of 500.
    pub server_errors: usize,
    /// 503 and 504 answers (the error page), expected while the database is away.
    pub unavailable: usize,
    /// From the database accepting connections again to the first second with 95% of the
    /// requests answered well.
    pub recovered_in: Option<Duration>,
    /// Promises broken, in words; empty when every one held.
    pub broken: Vec<String>,
    /// Promises of time not kept (answers within 2 s, recovery within 10 s), in words. The
    /// suite holds the release build to them; the tests, on a machine that may be busy, do not.
    pub late: Vec<String>,
}

impl Line {
    pub fn new(fault: &str, outcomes: &[Outcome], lost: &Lost) -> Self {
        let server_errors = outcomes
            .iter()
            .filter(|o| {
                o.status
                    .is_some_and(|s| s >= 500 && !(matches!(s, 503 | 504) && o.error_page))
            })
            .count();
        let mut broken = Vec::new();
        if server_errors > 0 {
            broken.push(format!(
                "{server_errors} answers of 500 or above other than the 503/504 error page"
            ));
        }
        if !lost.missing.is_empty() {
            broken.push(format!(
                "{} acknowledged writes lost: {:?}",
                lost.missing.len(),
                &lost.missing[..lost.missing.len().min(5)]
            ));
        }
        if !lost.half_written.is_empty() {
            broken.push(format!(
                "{} records half written: {:?}",
                lost.half_written.len(),
                &lost.half_written[..lost.half_written.len().min(5)]
            ));
        }
        Self {
            fault: fault.to_owned(),
            requests: outcomes.len(),
            acknowledged: outcomes.iter().filter(|o| o.ack.is_some()).count(),
            lost: lost.missing.len(),
            server_errors,
            unavailable: outcomes
                .iter()
                .filter(|o| matches!(o.status, Some(503 | 504)))
                .count(),
            recovered_in: None,
            broken,
            late: Vec::new(),
        }
    }

    /// Checks the outage and the recovery: answers sent while the database was away
    /// (`away`, from the load's start) came within `answer_within` (the error page or a page
    /// that needed no database), and from `back` on the first whole second with 95% good
    /// answers started within 10 s.
    pub fn outage(
        mut self,
        outcomes: &[Outcome],
        away: (Duration, Duration),
        back: Duration,
        answer_within: Duration,
    ) -> Self {
        let during: Vec<&Outcome> = outcomes
            .iter()
            .filter(|o| o.at >= away.0 && o.at + o.took <= away.1 + Duration::from_millis(100))
            .filter(|o| !o.write)
            .collect();
        let unanswered = during.iter().filter(|o| o.status.is_none()).count();
        if unanswered > 0 {
            self.broken.push(format!(
                "{unanswered} reads during the outage had no answer"
            ));
        }
        let slow: Vec<&&Outcome> = during.iter().filter(|o| o.took > answer_within).collect();
        if !slow.is_empty() {
            self.late.push(format!(
                "{} reads during the outage slower than {answer_within:?} (slowest {:?})",
                slow.len(),
                slow.iter().map(|o| o.took).max().unwrap_or_default()
            ));
        }
        self.recovery(outcomes, back, "the database's return")
    }

    /// Checks the recovery from `back` (the end of the fault, named `end`): a second with 95%
    /// good answers, within 10 s.
    pub fn recovery(mut self, outcomes: &[Outcome], back: Duration, end: &str) -> Self {
        self.recovered_in = recovered(outcomes, back);
        match self.recovered_in {
            Some(t) if t <= Duration::from_secs(10) => {}
            Some(t) => self.late.push(format!(
                "95% of requests answered well only {:.1} s after {end}",
                t.as_secs_f64()
            )),
            None => self.broken.push(format!(
                "the app did not recover after {end}: never 95% of requests answered well"
            )),
        }
        self
    }
}

/// From `back`, the time to the first window of one second, with requests in it, where 95% of
/// requests were answered with less than 500 (whole seconds after `back`).
pub fn recovered(outcomes: &[Outcome], back: Duration) -> Option<Duration> {
    let end = outcomes.iter().map(|o| o.at).max()?;
    let mut from = back;
    while from + Duration::from_secs(1) <= end {
        let window: Vec<&Outcome> = outcomes
            .iter()
            .filter(|o| o.at >= from && o.at < from + Duration::from_secs(1))
            .collect();
        let good = window
            .iter()
            .filter(|o| o.status.is_some_and(|s| s < 500))
            .count();
        if !window.is_empty() && good * 100 >= window.len() * 95 {
            return Some(from - back);
        }
        from += Duration::from_millis(250);
    }
    None
}

/// The suite's table.
pub fn table(lines: &[Line]) -> String {
    let mut out = format!(
        "{:<44} {:>8} {:>6} {:>5} {:>5} {:>8} {:>10}  {}\n",
        "fault", "requests", "acked", "lost", "5xx", "503/504", "recovered", "promises"
    );
    for l in lines {
        out.push_str(&format!(
            "{:<44} {:>8} {:>6} {:>5} {:>5} {:>8} {:>10}  {}\n",
            l.fault,
            l.requests,
            l.acknowledged,
            l.lost,
            l.server_errors,
            l.unavailable,
            l.recovered_in
                .map_or_else(|| "-".to_owned(), |d| format!("{:.2} s", d.as_secs_f64())),
            if l.broken.is_empty() && l.late.is_empty() {
                "held".to_owned()
            } else {
                l.broken
                    .iter()
                    .chain(&l.late)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join("; ")
            }
        ));
    }
    out
}

/// Acknowledged writes of `outcomes`.
pub fn acks(outcomes: &[Outcome]) -> Vec<Ack> {
    outcomes.iter().filter_map(|o| o.ack).collect()
}

/// When a fault comes into its load, and the load's rate.
#[derive(Debug, Clone, Copy)]
pub struct Schedule {
    /// From the start of the load.
    pub at: Duration,
    /// How long the load runs on once the app has recovered.
    pub after: Duration,
    /// Requests a second.
    pub rate: u32,
}

/// Fault 1: `action` on PostgreSQL into a load as `schedule` says (`down_for`: how long a
/// stopped database stays away).
pub async fn database_fault(
    service: &Service,
    writers: &Writers,
    name: &str,
    action: PgAction,
    down_for: Duration,
    Schedule { at, after, rate }: Schedule,
) -> Line {
    let load = Load::start(service.base(), writers.clone(), rate, false);
    tokio::time::sleep(at).await;
    let away = load.elapsed();
    match action {
        PgAction::Restart(_) => service.pg_ctl(action).await,
        PgAction::Stop(_) => {
            service.pg_ctl(action).await;
            tokio::time::sleep(down_for).await;
            service.pg_start().await;
        }
    }
    let back = load.elapsed();
    load.until_recovered(back, after, Duration::from_secs(120))
        .await;
    let outcomes = load.finish().await;
    let lost = check(&service.pool, &acks(&outcomes)).await;
    Line::new(name, &outcomes, &lost).outage(&outcomes, (away, back), back, Duration::from_secs(2))
}

/// Fault 1, the connections: every connection the app holds ended at `at`.
pub async fn terminated_connections(
    service: &Service,
    writers: &Writers,
    at: Duration,
    after: Duration,
    rate: u32,
) -> Line {
    let load = Load::start(service.base(), writers.clone(), rate, false);
    tokio::time::sleep(at).await;
    let away = load.elapsed();
    let ended = service.terminate_backends().await;
    let back = load.elapsed();
    load.until_recovered(back, after, Duration::from_secs(120))
        .await;
    let outcomes = load.finish().await;
    let lost = check(&service.pool, &acks(&outcomes)).await;
    let mut line = Line::new(
        "pg_terminate_backend on every app connection",
        &outcomes,
        &lost,
    )
    .outage(&outcomes, (away, back), back, Duration::from_secs(2));
    if ended == 0 {
        line.broken
            .push("no connection of the app was ended".to_owned());
    }
    line
}

/// Fault 2: `kill -9` of the app once `kill_after` writes of a burst of `burst` writes were
/// acknowledged; then the app is started again and every acknowledged write must be there.
pub async fn killed_app(
    service: &mut Service,
    writers: &Writers,
    burst: u32,
    kill_after: usize,
) -> Line {
    let load = Load::start(service.base(), writers.clone(), burst, true);
    let started = Instant::now();
    while load.acknowledged() < kill_after && started.elapsed() < Duration::from_secs(120) {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    service.kill9();
    let outcomes = load.finish().await;
    service.restart_app().await;
    let lost = check(&service.pool, &acks(&outcomes)).await;
    let mut line = Line::new(
        &format!("kill -9 of the app in a burst of {burst} writes"),
        &outcomes,
        &lost,
    );
    // Requests cut off by the kill have no answer; none may have had a 500.
    if line.acknowledged < kill_after {
        line.broken.push(format!(
            "only {} writes acknowledged before the kill",
            line.acknowledged
        ));
    }
    line
}

/// Fault 3: SIGTERM with `slow` slow requests in flight: every one completes, new connections
/// are refused, the app exits 0 and its private PostgreSQL is stopped cleanly.
pub async fn terminated_app(service: &mut Service, slow: usize) -> Line {
    let base = service.base();
    let client = client();
    // The slowest page the app has: a consultation report typeset as PDF, fresh each time.
    let mut requests = tokio::task::JoinSet::new();
    let answered = Arc::new(AtomicUsize::new(0));
    for _ in 0..slow {
        let (client, base, answered) = (client.clone(), base.clone(), answered.clone());
        requests.spawn(async move {
            let r = client
                .get(format!("{base}/consultations/hanoi-2019-12-18/report.pdf"))
                .timeout(Duration::from_secs(120))
                .send()
                .await;
            let status = match r {
                Ok(r) => {
                    let status = r.status().as_u16();
                    let body = r.bytes().await.map(|b| b.len()).unwrap_or(0);
                    (status == 200 && body > 1000).then_some(status)
                }
                Err(_) => None,
            };
            answered.fetch_add(1, Ordering::SeqCst);
            status
        });
    }
    // Wait until every request is with the app (its metrics count it in flight) or answered,
    // then stop it: a request still waiting to be accepted when the app stops is refused, as
    // any new one is, and is not one of those the promise is about.
    let metrics = reqwest::Client::new();
    let started = Instant::now();
    loop {
        let text = match metrics.get(format!("{base}/metrics")).send().await {
            Ok(r) => r.text().await.unwrap_or_default(),
            Err(_) => String::new(),
        };
        let in_flight = text
            .lines()
            .find(|l| l.starts_with("musyawarah_http_requests_in_flight"))
            .and_then(|l| l.split_whitespace().last())
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0);
        // The metrics request counts itself in flight.
        let with_app = (in_flight - 1.0).max(0.0) + answered.load(Ordering::SeqCst) as f64;
        if with_app >= slow as f64 || started.elapsed() > Duration::from_secs(30) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let before = answered.load(Ordering::SeqCst);
    service.terminate();
    // New connections are refused while the requests in flight complete.
    let mut refused = false;
    for _ in 0..200 {
        if std::net::TcpStream::connect(("127.0.0.1", service.port)).is_err() {
            refused = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let still_running = answered.load(Ordering::SeqCst) < slow;
    let mut completed = 0;
    while let Some(r) = requests.join_next().await {
        if matches!(r, Ok(Some(200))) {
            completed += 1;
        }
    }
    let status = service.wait_exit(Duration::from_secs(60)).await;
    let pg_down = !service.pg_running();
    let mut line = Line {
        fault: format!("SIGTERM with {slow} slow requests in flight"),
        requests: slow,
        acknowledged: 0,
        lost: slow - completed,
        server_errors: 0,
        unavailable: 0,
        recovered_in: None,
        broken: Vec::new(),
        late: Vec::new(),
    };
    if completed < slow {
        line.broken.push(format!(
            "{} of {slow} requests in flight did not complete",
            slow - completed
        ));
    }
    if slow - before < slow / 2 {
        line.broken
            .push(format!("only {} requests were in flight", slow - before));
    }
    if !refused || !still_running {
        line.broken.push(format!(
            "new connections were not refused while requests were in flight (refused: {refused}, requests still running: {still_running})"
        ));
    }
    if !status.is_some_and(|s| s.success()) {
        line.broken.push(format!("the app exited with {status:?}"));
    }
    if !pg_down {
        line.broken
            .push("the private PostgreSQL was left running".to_owned());
    }
    line
}

/// Fault 4: the pool exhausted by slow queries (a lock held on the findings for `hold`): the
/// answers stay 503/504 with the error page, nothing leaks, and the app recovers.
pub async fn exhausted_pool(
    service: &Service,
    writers: &Writers,
    hold: Duration,
    after: Duration,
    rate: u32,
) -> Line {
    let load = Load::start(service.base(), writers.clone(), rate, false);
    tokio::time::sleep(Duration::from_secs(2)).await;
    let away = load.elapsed();
    let mut tx = service.pool.begin().await.expect("a transaction");
    sqlx::query("LOCK TABLE finding IN ACCESS EXCLUSIVE MODE")
        .execute(&mut *tx)
        .await
        .expect("locks the findings");
    tokio::time::sleep(hold).await;
    tx.rollback().await.expect("lets go");
    let back = load.elapsed();
    load.until_recovered(back, after, Duration::from_secs(120))
        .await;
    let outcomes = load.finish().await;
    let lost = check(&service.pool, &acks(&outcomes)).await;
    let mut line = Line::new("pool exhausted by queries that wait", &outcomes, &lost).recovery(
        &outcomes,
        back,
        "the lock's end",
    );
    let during = outcomes
        .iter()
        .filter(|o| o.at >= away && o.at < back)
        .filter(|o| matches!(o.status, Some(503 | 504)))
        .count();
    if during == 0 {
        line.broken
            .push("no request waited long enough to be refused: no pressure".to_owned());
    }
    // Nothing leaks: the app's connections go back to its pool.
    let idle_again = async {
        for _ in 0..100 {
            let busy: i64 = sqlx::query_scalar(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = 'musyawarah'
                   AND pid <> pg_backend_pid() AND state <> 'idle'",
            )
            .fetch_one(&service.pool)
            .await
            .unwrap_or(99);
            if busy == 0 {
                return true;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        false
    };
    if !idle_again.await {
        line.broken
            .push("the app's connections stayed busy after the pressure ended".to_owned());
    }
    line
}

/// Fault 5: `count` malformed requests across the routes and forms found by reading the app's
/// pages as staff: hostile values in paths and fields, broken encodings, huge fields, wrong
/// methods and content types. None may be answered with 500 or above, and the app survives.
pub async fn malformed(service: &mut Service, writers: &Writers, count: usize) -> Line {
    let base = service.base();
    let (paths, forms) = crawl(&writers.staff, &base, 150).await;
    let hostile: [&str; 12] = [
        "",
        "%00",
        "'; DROP TABLE finding; --",
        "../../etc/passwd",
        "%ff%fe",
        "9999999999999999999999",
        "-1",
        "<script>alert(1)</script>",
        "00000000-0000-0000-0000-000000000000",
        "%E0%A4%A",
        "2019-02-31",
        "\u{202e}\u{0}",
    ];
    let huge = "x".repeat(300_000);
    let mut sent = 0usize;
    let mut errors: Vec<String> = Vec::new();
    let anonymous = client();
    let mut i = 0usize;
    while sent < count {
        i += 1;
        let value = hostile[i % hostile.len()];
        let who = if i.is_multiple_of(3) {
            &anonymous
        } else if i % 3 == 1 {
            &writers.staff
        } else {
            &writers.partner
        };
        let request = match i % 6 {
            // A page's path with a segment replaced, or a hostile query.
            0 | 1 => {
                let path = &paths[i / 6 % paths.len().max(1)];
                let segments: Vec<&str> = path.split('/').collect();
                let at = i % segments.len().max(1);
                let mut changed: Vec<String> = segments.iter().map(|s| (*s).to_owned()).collect();
                if at > 0 {
                    changed[at] = value.replace('/', "%2F");
                }
                let path = changed.join("/");
                let query =
                    format!("?q={value}&page={value}&state={value}&kind={value}&from={value}");
                who.get(format!("{base}{path}{query}"))
            }
            // A form with a hostile value in each field, or one field huge.
            2 | 3 => {
                let (action, fields) = &forms[i / 6 % forms.len().max(1)];
                let mut body = String::new();
                for (n, field) in fields.iter().enumerate() {
                    let v = if i % 6 == 3 && n == i % fields.len().max(1) {
                        huge.as_str()
                    } else {
                        value
                    };
                    body.push_str(&format!("{field}={v}&"));
                }
                who.post(format!("{base}{action}"))
                    .header("content-type", "application/x-www-form-urlencoded")
                    .body(body)
            }
            // A form in a content type it does not take, or a wrong method.
            4 => {
                let (action, _) = &forms[i / 6 % forms.len().max(1)];
                let (kind, body) = match i % 4 {
                    0 => ("application/json", "{\"token\": [1, 2".to_owned()),
                    1 => (
                        "multipart/form-data; boundary=x",
                        "--x\r\nbroken".to_owned(),
                    ),
                    2 => ("text/plain; charset=utf-16", "\u{0}a\u{0}b".to_owned()),
                    _ => (
                        "application/x-www-form-urlencoded; charset=latin1",
                        "a=%ZZ&&==&".to_owned(),
                    ),
                };
                who.post(format!("{base}{action}"))
                    .header("content-type", kind)
                    .body(body)
            }
            _ => {
                let path = &paths[i / 6 % paths.len().max(1)];
                let method = match i % 3 {
                    0 => reqwest::Method::PUT,
                    1 => reqwest::Method::DELETE,
                    _ => reqwest::Method::PATCH,
                };
                who.request(method, format!("{base}{path}"))
                    .header("content-type", "application/x-www-form-urlencoded")
                    .body(format!("token={value}"))
            }
        };
        sent += 1;
        match request.send().await {
            Ok(r) if r.status().as_u16() >= 500 => {
                let status = r.status().as_u16();
                let url = r.url().path().to_owned();
                if errors.len() < 20 {
                    errors.push(format!("{status} on {url}"));
                } else {
                    errors.push(String::new());
                }
            }
            Ok(r) => {
                let _ = r.bytes().await;
            }
            Err(e) if e.is_builder() => {}
            Err(e) => {
                if errors.len() < 20 {
                    errors.push(format!("no answer: {e}"));
                } else {
                    errors.push(String::new());
                }
            }
        }
    }
    let survived = service.alive() && ready(&base, Duration::from_secs(10)).await;
    let panics = service.log().matches("panicked").count();
    let mut line = Line {
        fault: format!("{count} malformed requests"),
        requests: sent,
        acknowledged: 0,
        lost: 0,
        server_errors: errors.len(),
        unavailable: 0,
        recovered_in: None,
        broken: Vec::new(),
        late: Vec::new(),
    };
    if !errors.is_empty() {
        let named: Vec<&String> = errors.iter().filter(|e| !e.is_empty()).collect();
        line.broken.push(format!(
            "{} answers of 500 or above or none: {named:?}",
            errors.len()
        ));
    }
    if !survived || panics > 0 {
        line.broken.push(format!(
            "the app did not survive (alive and ready: {survived}, panics logged: {panics})"
        ));
    }
    if forms.len() < 10 || paths.len() < 30 {
        line.broken.push(format!(
            "the pages read led to only {} paths and {} forms",
            paths.len(),
            forms.len()
        ));
    }
    line
}

/// The app's own paths linked from its pages (without their queries), and its forms that post
/// (action and field names), read as `client` from `/` on, at most `pages` pages.
async fn crawl(
    client: &reqwest::Client,
    base: &str,
    pages: usize,
) -> (Vec<String>, Vec<(String, Vec<String>)>) {
    let mut seen: BTreeSet<String> = BTreeSet::new();
    let mut queue: std::collections::VecDeque<String> = [
        "/",
        "/review",
        "/people",
        "/findings/new",
        "/consultations/new",
        "/organisations/new",
        "/series/new",
        "/account",
    ]
    .into_iter()
    .map(str::to_owned)
    .collect();
    let mut forms: Vec<(String, Vec<String>)> = Vec::new();
    let mut read = 0;
    while let Some(path) = queue.pop_front() {
        if read >= pages || !seen.insert(path.clone()) {
            continue;
        }
        // Leave out what ends the session or changes the language of the rest.
        if path.starts_with("/sign-out") || path.starts_with("/language/") {
            continue;
        }
        read += 1;
        let Ok(r) = client.get(format!("{base}{path}")).send().await else {
            continue;
        };
        if !r
            .headers()
            .get("content-type")
            .is_some_and(|t| t.to_str().unwrap_or_default().starts_with("text/html"))
        {
            continue;
        }
        let body = r.text().await.unwrap_or_default();
        for href in body.split("href=\"").skip(1) {
            let href = href.split('"').next().unwrap_or_default();
            let href = href.split(['?', '#']).next().unwrap_or_default();
            if href.starts_with('/') && !href.starts_with("//") && !href.starts_with("/static") {
                queue.push_back(href.replace("&amp;", "&"));
            }
        }
        for form in body.split("<form").skip(1) {
            let form = form.split("</form>").next().unwrap_or_default();
            if !form.contains("method=\"post\"") {
                continue;
            }
            let action = form
                .split("action=\"")
                .nth(1)
                .and_then(|a| a.split('"').next())
                .unwrap_or(path.as_str())
                .replace("&amp;", "&");
            if action.starts_with("/sign-out") || action.starts_with("/language/") {
                continue;
            }
            let fields: BTreeSet<String> = form
                .split("name=\"")
                .skip(1)
                .filter_map(|n| n.split('"').next())
                .map(str::to_owned)
                .collect();
            if !forms.iter().any(|(a, _)| *a == action) {
                forms.push((action, fields.into_iter().collect()));
            }
        }
    }
    (seen.into_iter().collect(), forms)
}
