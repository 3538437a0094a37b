//! The whole fault suite (`scripts/faults` runs it against the release build): every fault of
//! the list in `docs/operations.md`, under a mixed load of about 50 requests a second, each on
//! the app as its own process with its own private PostgreSQL. Prints the table and exits 1
//! when a promise broke, of time included.
//!
//! `cargo run --release --example faults -- BIN [ROOT]`

#[path = "../tests/app/faults/driver.rs"]
mod driver;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use driver::{Line, PgAction, Service};
use musyawarah::db::local::Shutdown;

const RATE: u32 = 50;

/// A line of the report, on standard output.
fn out(text: &str) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stdout().lock(), "{text}");
}

#[tokio::main(flavor = "multi_thread", worker_threads = 4)]
async fn main() {
    let mut args = std::env::args().skip(1);
    let Some(bin) = args.next().map(PathBuf::from) else {
        eprintln!("usage: faults BIN [ROOT]   (BIN: the musyawarah binary to test)");
        std::process::exit(2);
    };
    let root = args
        .next()
        .map_or_else(|| PathBuf::from("target/faults"), PathBuf::from);
    let started = Instant::now();
    let mut lines: Vec<Line> = Vec::new();
    let say = |line: &Line| {
        eprintln!("{}", driver::table(std::slice::from_ref(line)));
    };

    // 1. PostgreSQL away, four ways, on one app that lives through all of them.
    {
        let service = Service::start(&bin, &root, &[]).await;
        let writers = driver::writers(&service).await;
        for (name, action, down_for) in [
            (
                "pg_ctl restart -m fast at 30 s",
                PgAction::Restart(Shutdown::Fast),
                Duration::ZERO,
            ),
            (
                "pg_ctl restart -m immediate at 30 s",
                PgAction::Restart(Shutdown::Immediate),
                Duration::ZERO,
            ),
            (
                "PostgreSQL stopped for 20 s",
                PgAction::Stop(Shutdown::Fast),
                Duration::from_secs(20),
            ),
        ] {
            let line = driver::database_fault(
                &service,
                &writers,
                name,
                action,
                down_for,
                driver::Schedule {
                    at: Duration::from_secs(30),
                    after: Duration::from_secs(10),
                    rate: RATE,
                },
            )
            .await;
            say(&line);
            lines.push(line);
        }
        let line = driver::terminated_connections(
            &service,
            &writers,
            Duration::from_secs(30),
            Duration::from_secs(10),
            RATE,
        )
        .await;
        say(&line);
        lines.push(line);
        // 4. Queries that wait on a lock until the pool runs dry, and the statement timeout.
        let line = driver::exhausted_pool(
            &service,
            &writers,
            Duration::from_secs(10),
            Duration::from_secs(10),
            RATE,
        )
        .await;
        say(&line);
        lines.push(line);
    }
    // 2. kill -9 in a burst of 500 writes.
    {
        let mut service = Service::start(&bin, &root, &[]).await;
        let writers = driver::writers(&service).await;
        let line = driver::killed_app(&mut service, &writers, 500, 250).await;
        say(&line);
        lines.push(line);
        // 5. Malformed requests, on the app that came back.
        let line = driver::malformed(&mut service, &writers, 10_000).await;
        say(&line);
        lines.push(line);
    }
    // 3. SIGTERM with 100 slow requests in flight, on an app that started its PostgreSQL.
    {
        let mut service = Service::start(&bin, &root, &[]).await;
        let line = driver::terminated_app(&mut service, 100).await;
        say(&line);
        lines.push(line);
    }

    out(&driver::table(&lines));
    out(&format!("{:.0} s in all", started.elapsed().as_secs_f64()));
    let broken = lines
        .iter()
        .filter(|l| !l.broken.is_empty() || !l.late.is_empty())
        .count();
    if broken > 0 {
        out(&format!("{broken} faults broke a promise"));
        std::process::exit(1);
    }
    out("every promise held");
}
