//! The fault suite's short form: the app as its own process on its own private PostgreSQL,
//! under a mixed load, through an immediate restart of PostgreSQL, `kill -9` in a burst of
//! writes, and SIGTERM with slow requests in flight. Each test checks what must hold on any
//! machine: no acknowledged write lost, nothing half written, no answer of 500 or above other
//! than the 503 error page, recovery without help, a clean exit. The promises of time (503
//! within 2 s, recovery within 10 s) are the suite's, `scripts/faults`, against the release
//! build.

mod driver;

use std::path::PathBuf;
use std::time::Duration;

use driver::{PgAction, Service};
use musyawarah::db::local::Shutdown;

fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_musyawarah"))
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("faults")
}

/// Fails with the line's table when a promise other than one of time broke.
fn assert_held(line: &driver::Line) {
    eprintln!("{}", driver::table(std::slice::from_ref(line)));
    assert!(
        line.broken.is_empty(),
        "a promise broke:\n{}",
        driver::table(std::slice::from_ref(line))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_immediate_restart_of_postgresql_under_load_loses_no_acknowledged_write() {
    let service = Service::start(&bin(), &root(), &[]).await;
    let writers = driver::writers(&service).await;
    let line = driver::database_fault(
        &service,
        &writers,
        "pg_ctl restart -m immediate",
        PgAction::Restart(Shutdown::Immediate),
        Duration::ZERO,
        driver::Schedule {
            at: Duration::from_secs(4),
            after: Duration::from_secs(2),
            rate: 15,
        },
    )
    .await;
    assert_held(&line);
    assert!(
        line.acknowledged > 0,
        "the load wrote nothing: {}",
        driver::table(std::slice::from_ref(&line))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn kill_9_in_a_burst_of_writes_leaves_every_acknowledged_write_whole() {
    let mut service = Service::start(&bin(), &root(), &[]).await;
    let writers = driver::writers(&service).await;
    let line = driver::killed_app(&mut service, &writers, 40, 25).await;
    assert_held(&line);
    // The app serves again on its data after the restart.
    assert!(service.alive());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn sigterm_lets_slow_requests_finish_refuses_new_ones_and_stops_postgresql() {
    let mut service = Service::start(&bin(), &root(), &[]).await;
    let line = driver::terminated_app(&mut service, 8).await;
    assert_held(&line);
}
