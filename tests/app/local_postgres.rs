//! The embedded default, end to end through the real binary: with no DATABASE_URL it brings
//! up its own durable PostgreSQL, loads the demo data, serves it, and stops the server when it
//! is stopped; a second start reuses the data. And the command line against DATABASE_URL.

use std::io::{BufRead as _, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use sqlx::Connection as _;

use crate::harness::{Fixture, TestDb};

const BIN: &str = env!("CARGO_BIN_EXE_musyawarah");

fn musyawarah(data_dir: &Path) -> Command {
    let mut command = Command::new(BIN);
    command
        .env_remove("DATABASE_URL")
        .env_remove("MUSYAWARAH_SEED_DEMO")
        .env("MUSYAWARAH_DATA_DIR", data_dir)
        .env("BIND_ADDR", "127.0.0.1:0")
        .env("RUST_LOG", "info")
        .stdin(Stdio::null());
    command
}

/// Starts `serve` and waits for its "ready on" line; returns the child, its address and the
/// log lines so far.
fn start_app(data_dir: &Path) -> (Child, String, Vec<String>) {
    let mut child = musyawarah(data_dir)
        .arg("serve")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let stderr = child.stderr.take().expect("stderr is piped");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let mut lines = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let Ok(line) = rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) else {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the app did not become ready; it said:\n{lines:#?}");
        };
        if let Some(addr) = line.split("ready on http://").nth(1) {
            let addr = addr.trim().to_owned();
            lines.push(line);
            // Keep draining the log so the app never blocks on a full pipe.
            std::thread::spawn(move || for _ in rx {});
            return (child, addr, lines);
        }
        lines.push(line);
    }
}

fn signal(child: &Child, name: &str) {
    let status = Command::new("kill")
        .arg(format!("-{name}"))
        .arg(child.id().to_string())
        .status()
        .expect("kill runs");
    assert!(status.success());
}

fn wait_for_exit(child: &mut Child) -> std::process::ExitStatus {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Some(status) = child.try_wait().expect("waits") {
            return status;
        }
        assert!(Instant::now() < deadline, "the app did not stop");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Where the private cluster of `data_dir` lives (under /var/tmp when the service account
/// cannot reach `data_dir`).
fn cluster_dir(data_dir: &Path) -> std::path::PathBuf {
    data_dir.join("postgres")
}

#[tokio::test]
async fn without_database_url_the_app_runs_its_own_postgres_and_stops_it_when_stopped() {
    let data_dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target/test-embedded")
        .join(uuid::Uuid::new_v4().simple().to_string());
    std::fs::create_dir_all(&data_dir).expect("creates the data folder");

    let (mut app, addr, log) = start_app(&data_dir);
    let page = reqwest::get(format!("http://{addr}/consultations/hanoi-2019-12-18"))
        .await
        .expect("the page answers");
    assert_eq!(page.status(), 200);
    let body = page.text().await.expect("a body");
    assert!(
        body.contains("Hà Thị Minh Đức"),
        "the Hanoi agenda is served"
    );
    assert!(
        log.iter().any(|l| l.contains("loaded the demo data")),
        "{log:#?}"
    );

    // The private cluster is durable: fsync stays on.
    let pgdata = cluster_dir(&data_dir).join("pgdata");
    let conf = std::fs::read_to_string(pgdata.join("musyawarah.conf")).expect("its settings");
    assert!(!conf.contains("fsync = off"));
    let password = std::fs::read_to_string(cluster_dir(&data_dir).join("password"))
        .expect("the generated password");
    let port = conf
        .lines()
        .find_map(|l| l.strip_prefix("port = "))
        .expect("a port");
    let mut conn = sqlx::PgConnection::connect(&format!(
        "postgres://musyawarah:{}@127.0.0.1:{port}/musyawarah",
        password.trim()
    ))
    .await
    .expect("connects to the private server");
    let fsync: String = sqlx::query_scalar("SHOW fsync")
        .fetch_one(&mut conn)
        .await
        .expect("reads fsync");
    assert_eq!(fsync, "on");
    sqlx::raw_sql(
        "UPDATE consultation SET venue = 'Kept across restarts' WHERE slug = 'hanoi-2019-12-18'",
    )
    .execute(&mut conn)
    .await
    .expect("updates");
    conn.close().await.expect("closes");

    signal(&app, "TERM");
    assert!(wait_for_exit(&mut app).success());
    assert!(
        !pgdata.join("postmaster.pid").exists(),
        "SIGTERM stops the private server"
    );

    // Its port taken meanwhile by another program: the next start moves to a free one.
    let squatter = std::net::TcpListener::bind(format!("127.0.0.1:{port}"))
        .expect("another program takes the port");
    // A second start reuses the data and does not load the demo again.
    let started = Instant::now();
    let (mut again, addr, log) = start_app(&data_dir);
    let moved = std::fs::read_to_string(pgdata.join("musyawarah.conf")).expect("its settings");
    assert!(!moved.contains(&format!("port = {port}\n")), "{moved}");
    drop(squatter);
    assert!(started.elapsed() < Duration::from_secs(20));
    assert!(
        !log.iter()
            .any(|l| l.contains("creating a private PostgreSQL cluster"))
    );
    assert!(!log.iter().any(|l| l.contains("loaded the demo data")));
    let body = reqwest::get(format!("http://{addr}/consultations/hanoi-2019-12-18"))
        .await
        .expect("the page answers")
        .text()
        .await
        .expect("a body");
    assert!(
        body.contains("Kept across restarts"),
        "the data survived the restart"
    );

    signal(&again, "INT");
    assert!(wait_for_exit(&mut again).success());
    assert!(
        !pgdata.join("postmaster.pid").exists(),
        "Ctrl-C stops the private server"
    );

    let stop = musyawarah(&data_dir)
        .args(["db", "stop"])
        .output()
        .expect("runs");
    assert!(stop.status.success());
    assert!(String::from_utf8_lossy(&stop.stderr).contains("was not running"));
    let _ = std::fs::remove_dir_all(&data_dir);
}

#[tokio::test]
async fn without_any_postgresql_the_app_says_how_to_get_one() {
    let output = Command::new(BIN)
        .env_remove("DATABASE_URL")
        .env("PG_BIN", "/nonexistent/postgresql/bin")
        .env(
            "MUSYAWARAH_DATA_DIR",
            std::env::temp_dir().join("musyawarah-no-pg"),
        )
        .arg("serve")
        .stdin(Stdio::null())
        .output()
        .expect("the binary runs");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("no PostgreSQL server binaries were found"),
        "{stderr}"
    );
    assert!(stderr.contains("apt-get install postgresql"), "{stderr}");
    assert!(stderr.contains("DATABASE_URL="), "{stderr}");
}

#[tokio::test]
async fn the_command_line_migrates_and_seeds_a_server_given_by_database_url() {
    let db = TestDb::new(Fixture::Empty).await;
    let run = |args: &[&str]| {
        Command::new(BIN)
            .env("DATABASE_URL", &db.url)
            .env("RUST_LOG", "info")
            .args(args)
            .stdin(Stdio::null())
            .output()
            .expect("the binary runs")
    };
    assert!(run(&["migrate"]).status.success());
    let first = run(&["seed", "demo"]);
    assert!(first.status.success());
    assert!(String::from_utf8_lossy(&first.stderr).contains("loaded the demo data"));
    let second = run(&["seed", "demo"]);
    assert!(second.status.success());
    assert!(String::from_utf8_lossy(&second.stderr).contains("already there"));

    let bad = run(&["seed", "everything"]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("unrecognized subcommand"));
}

#[tokio::test]
async fn user_add_reads_the_password_from_standard_input() {
    use std::io::Write as _;

    let db = TestDb::new(Fixture::Demo).await;
    let add = |password: &'static str, extra: &[&str]| {
        let mut child = Command::new(BIN)
            .env("DATABASE_URL", &db.url)
            .env("RUST_LOG", "info")
            .args([
                "user",
                "add",
                "--email",
                "lan@example.org",
                "--name",
                "Nguyễn Thị Lan",
            ])
            .args(extra)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the binary runs");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(password.as_bytes())
            .expect("writes the password");
        child.wait_with_output().expect("it ends")
    };
    let weak = add(
        "password1234\n",
        &["--role", "partner", "--organisation", "cdi"],
    );
    assert!(!weak.status.success());
    assert!(String::from_utf8_lossy(&weak.stderr).contains("too easy to guess"));
    let no_org = add("teak harbour lantern quill\n", &["--role", "partner"]);
    assert!(String::from_utf8_lossy(&no_org.stderr).contains("a partner needs --organisation"));
    let ok = add(
        "teak harbour lantern quill\n",
        &["--role", "partner", "--organisation", "cdi"],
    );
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );

    let mut conn = sqlx::PgConnection::connect(&db.url)
        .await
        .expect("connects");
    let (name, hash, org): (String, String, String) = sqlx::query_as(
        "SELECT u.display_name, u.password_hash, o.slug FROM app_user u
           JOIN organisation o ON o.id = u.organisation_id WHERE u.email = 'lan@example.org'",
    )
    .fetch_one(&mut conn)
    .await
    .expect("the account exists");
    assert_eq!((name.as_str(), org.as_str()), ("Nguyễn Thị Lan", "cdi"));
    assert!(password_auth::verify_password("teak harbour lantern quill", &hash).is_ok());
    let twice = add(
        "teak harbour lantern quill\n",
        &["--role", "partner", "--organisation", "cdi"],
    );
    assert!(String::from_utf8_lossy(&twice.stderr).contains("already an account"));
}
