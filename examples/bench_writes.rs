//! The measurements of `scripts/bench` that need real writes through the app, which wrk cannot
//! make: staff signed in with their second factor, editing findings through the edit form (the
//! form read once from `/findings/{id}/edit`, then posted with its version and this site's
//! `Origin`, as a browser does). It talks to an app that is already serving, on the database
//! the benchmark loaded, and prints one machine-readable line in the form of `scripts/bench.lua`'s
//! (`BENCH requests=… duration_us=… p50_us=… p99_us=… unexpected=… socket_errors=… bytes=…`,
//! plus `changes=… change_errors=…`), which `scripts/bench` puts in its report.
//!
//! `bench_writes MODE ARG…`, with `BENCH_BASE` (the app's address) and `DATABASE_URL` (a role
//! that may add accounts: the benchmark's superuser, whose statements are not the app's) set:
//!
//! - `writer SECS`: one real change a second for SECS seconds, by one staff member, rotating
//!   over the Member States (a finding of each in turn); every other pass over them changes
//!   the finding's visibility (publishes it, or takes it back) instead of its statement. Prints
//!   `READY` once signed in, before the first change, then the line of the changes' figures.
//! - `first PAGE`: `BENCH_SAMPLES` samples (default 60, for at most `BENCH_SAMPLE_SECS`,
//!   default 120 s), one at a time, each a real change and then the page asked for at once
//!   (`dashboard_anon`, `dashboard_official` with `BENCH_OFFICIAL_COOKIE`, `dashboard_filtered`:
//!   the dashboard with one of a rotation of filters, `consultation`: the page of the
//!   consultation whose finding was changed, `brief`: the country brief of the finding's
//!   Member State); or without a change, `search`: two
//!   words of the data never searched together before; or `reference`: `/reference` one at a
//!   time, the yardstick for those. The figures are of the page requests alone.
//! - `edits N SECS`: N staff members at once, each editing a finding of its own again and again
//!   for SECS seconds. The figures are of the edit POSTs; `requests` counts the committed edits
//!   (answered 303 to the finding); `unexpected` every answer outside 2xx and 3xx, and
//!   `change_errors` every edit not committed.

#[path = "../tests/app/faults/driver.rs"]
mod driver;

use std::time::{Duration, Instant};

use rand::Rng as _;
use sqlx::PgPool;
use sqlx::postgres::PgPoolOptions;
use uuid::Uuid;

/// A page or form may take this long before it counts as unanswered: the app's own request
/// timeout is 30 s.
const TIMEOUT: Duration = Duration::from_secs(35);

/// A line on standard output.
fn out(text: &str) {
    use std::io::Write as _;
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(stdout, "{text}");
    let _ = stdout.flush();
}

fn fail(text: &str) -> ! {
    eprintln!("bench_writes: {text}");
    std::process::exit(2);
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[tokio::main(flavor = "multi_thread", worker_threads = 4)]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let base = std::env::var("BENCH_BASE").unwrap_or_else(|_| fail("BENCH_BASE is not set"));
    let url = std::env::var("DATABASE_URL").unwrap_or_else(|_| fail("DATABASE_URL is not set"));
    let pool = PgPoolOptions::new()
        .max_connections(2)
        .connect(&url)
        .await
        .unwrap_or_else(|e| fail(&format!("cannot reach the database: {e}")));
    let number = |i: usize| -> u64 {
        args.get(i)
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| fail("usage: bench_writes writer SECS | first PAGE | edits N SECS"))
    };
    let figures = match args.first().map(String::as_str) {
        Some("writer") => writer(&pool, &base, Duration::from_secs(number(1))).await,
        Some("first") => {
            let page = args.get(1).map_or("", String::as_str);
            first(&pool, &base, page).await
        }
        Some("edits") => {
            let editors = usize::try_from(number(1)).unwrap_or(20);
            edits(&pool, &base, editors, Duration::from_secs(number(2))).await
        }
        _ => fail("usage: bench_writes writer SECS | first PAGE | edits N SECS"),
    };
    out(&figures.line());
}

/// What a measurement found, as the benchmark reads it.
#[derive(Default)]
struct Figures {
    /// Latencies of the requests measured.
    took: Vec<Duration>,
    /// How many of them count (committed edits, pages answered).
    requests: usize,
    duration: Duration,
    /// Answers other than the one expected (for writes: outside 2xx and 3xx).
    unexpected: usize,
    /// No answer at all (refused, cut or timed out).
    socket_errors: usize,
    bytes: usize,
    /// Real changes made, and those that failed.
    changes: usize,
    change_errors: usize,
}

impl Figures {
    fn percentile(&self, q: f64) -> u128 {
        let mut took = self.took.clone();
        took.sort();
        if took.is_empty() {
            return 0;
        }
        let at = ((q * took.len() as f64).ceil() as usize).clamp(1, took.len()) - 1;
        took[at].as_micros()
    }

    fn line(&self) -> String {
        format!(
            "BENCH requests={} duration_us={} p50_us={} p99_us={} unexpected={} socket_errors={} bytes={} changes={} change_errors={}",
            self.requests,
            self.duration.as_micros().max(1),
            self.percentile(0.5),
            self.percentile(0.99),
            self.unexpected,
            self.socket_errors,
            self.bytes,
            self.changes,
            self.change_errors,
        )
    }
}

// --- The edit form --------------------------------------------------------------------------

/// A finding's edit form as a browser would send it back, and what was changed in it so far.
struct Editable {
    id: Uuid,
    fields: Vec<(String, String)>,
    statement: String,
    visibility: String,
    /// Whether the visibility is the other one now (published, or taken back).
    flipped: bool,
    edits: u64,
}

/// What became of one change.
enum Changed {
    Committed(Duration),
    /// Answered, but not with a redirect to the saved record.
    Refused(u16),
    NoAnswer,
}

impl Editable {
    /// Reads the finding's edit form.
    async fn open(client: &reqwest::Client, base: &str, id: Uuid) -> Result<Self, String> {
        let r = client
            .get(format!("{base}/findings/{id}/edit"))
            .timeout(TIMEOUT)
            .send()
            .await
            .map_err(|e| format!("the edit form of {id}: {e}"))?;
        let status = r.status().as_u16();
        let html = r.text().await.unwrap_or_default();
        if status != 200 {
            return Err(format!("the edit form of {id} answered {status}"));
        }
        let fields = form_fields(&html, &format!("/findings/{id}"))
            .ok_or_else(|| format!("no edit form for {id} in its page"))?;
        let value = |name: &str| {
            fields
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        if value("version").is_empty() {
            return Err(format!("the edit form of {id} has no version"));
        }
        Ok(Self {
            id,
            statement: value("statement"),
            visibility: value("visibility"),
            fields,
            flipped: false,
            edits: 0,
        })
    }

    /// The form with its statement edited, or (`publish`) its visibility changed: made public,
    /// or back to what it was (a public finding goes to members and back).
    fn next_form(&mut self, publish: bool) -> Vec<(String, String)> {
        if publish {
            self.flipped = !self.flipped;
        } else {
            self.edits += 1;
        }
        let visibility = match (self.flipped, self.visibility.as_str()) {
            (false, v) => v.to_owned(),
            (true, "public") => "members".to_owned(),
            (true, _) => "public".to_owned(),
        };
        let statement = if self.edits == 0 {
            self.statement.clone()
        } else {
            format!("{} (benchmark edit {})", self.statement, self.edits)
        };
        self.fields
            .iter()
            .map(|(n, v)| match n.as_str() {
                "statement" => (n.clone(), statement.clone()),
                "visibility" => (n.clone(), visibility.clone()),
                _ => (n.clone(), v.clone()),
            })
            .collect()
    }

    fn set_version(&mut self, version: i64) {
        for (n, v) in &mut self.fields {
            if n == "version" {
                *v = version.to_string();
            }
        }
    }

    fn version(&self) -> i64 {
        self.fields
            .iter()
            .find(|(n, _)| n == "version")
            .and_then(|(_, v)| v.parse().ok())
            .unwrap_or(0)
    }

    /// Posts one change; on a conflict (someone else's edit came first), reads the form again
    /// for the next one.
    async fn change(&mut self, client: &reqwest::Client, base: &str, publish: bool) -> Changed {
        let form = self.next_form(publish);
        let sent = Instant::now();
        let answer = client
            .post(format!("{base}/findings/{}", self.id))
            .header("origin", base)
            .form(&form)
            .timeout(TIMEOUT)
            .send()
            .await;
        match answer {
            Ok(r) => {
                let status = r.status().as_u16();
                // Saved: a redirect to the finding (not, say, to the sign-in page).
                let saved = r
                    .headers()
                    .get("location")
                    .and_then(|l| l.to_str().ok())
                    .is_some_and(|l| l.starts_with(&format!("/findings/{}", self.id)));
                let _ = r.bytes().await;
                let took = sent.elapsed();
                if status == 303 && saved {
                    self.set_version(self.version() + 1);
                    Changed::Committed(took)
                } else {
                    if status == 409
                        && let Ok(again) = Self::open(client, base, self.id).await
                    {
                        self.set_version(again.version());
                    }
                    Changed::Refused(status)
                }
            }
            Err(_) => Changed::NoAnswer,
        }
    }
}

/// The fields a browser would post from the form whose action is `action`: inputs (ticked
/// boxes only), the selected option of each select (else its first), and textareas.
fn form_fields(html: &str, action: &str) -> Option<Vec<(String, String)>> {
    let at = html.find(&format!("action=\"{action}\""))?;
    let start = html[..at].rfind("<form")?;
    let end = at + html[at..].find("</form>")?;
    let mut fields = Vec::new();
    // The select being read: its name, its first option, its selected option.
    let mut select: Option<(String, Option<String>, Option<String>)> = None;
    for chunk in html[start..end].split('<').skip(1) {
        let (tag, text) = chunk.split_once('>').unwrap_or((chunk, ""));
        let element = tag
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        let attributes = attributes(tag);
        let attribute = |name: &str| {
            attributes
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.clone())
        };
        match element.as_str() {
            "input" => {
                let kind = attribute("type").unwrap_or_else(|| "text".to_owned());
                let Some(name) = attribute("name") else {
                    continue;
                };
                let ticked = attribute("checked").is_some();
                if matches!(kind.as_str(), "submit" | "button" | "reset" | "file")
                    || (matches!(kind.as_str(), "checkbox" | "radio") && !ticked)
                {
                    continue;
                }
                let default = if kind == "checkbox" { "on" } else { "" };
                fields.push((
                    name,
                    attribute("value").unwrap_or_else(|| default.to_owned()),
                ));
            }
            "textarea" => {
                if let Some(name) = attribute("name") {
                    fields.push((name, unescape(text)));
                }
            }
            "select" => {
                select = attribute("name").map(|name| (name, None, None));
            }
            "option" => {
                if let Some((_, first, selected)) = select.as_mut() {
                    let value = attribute("value").unwrap_or_else(|| unescape(text.trim()));
                    if first.is_none() {
                        *first = Some(value.clone());
                    }
                    if attribute("selected").is_some() {
                        *selected = Some(value);
                    }
                }
            }
            "/select" => {
                if let Some((name, first, selected)) = select.take()
                    && let Some(value) = selected.or(first)
                {
                    fields.push((name, value));
                }
            }
            _ => {}
        }
    }
    Some(fields)
}

/// The attributes of a tag (its text between `<` and `>`), values unescaped; an attribute
/// without a value has an empty one.
fn attributes(tag: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = tag
        .trim_end_matches('/')
        .split_once(char::is_whitespace)
        .map_or("", |(_, r)| r);
    loop {
        rest = rest.trim_start();
        if rest.is_empty() {
            return out;
        }
        let name_end = rest
            .find(|c: char| c.is_whitespace() || c == '=')
            .unwrap_or(rest.len());
        let name = rest[..name_end].to_ascii_lowercase();
        rest = rest[name_end..].trim_start();
        let value = if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            let (value, next) = match after.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let inner = &after[1..];
                    let close = inner.find(q).unwrap_or(inner.len());
                    (&inner[..close], inner.get(close + 1..).unwrap_or(""))
                }
                _ => {
                    let close = after.find(char::is_whitespace).unwrap_or(after.len());
                    (&after[..close], &after[close..])
                }
            };
            rest = next;
            unescape(value)
        } else {
            String::new()
        };
        if !name.is_empty() {
            out.push((name, value));
        }
    }
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#34;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}

// --- Accounts and records -------------------------------------------------------------------

/// `count` staff members, each made and signed in through the pages with its second factor.
async fn staff(pool: &PgPool, base: &str, count: usize) -> Vec<reqwest::Client> {
    let run = Uuid::new_v4().simple().to_string();
    let mut clients = Vec::with_capacity(count);
    for i in 0..count {
        let email = format!("bench-staff-{run}-{i}@example.org");
        clients.push(driver::staff_signed_in(pool, base, &email).await);
    }
    clients
}

/// Editable findings among `candidates`, at most `want`: those whose edit form reads and whose
/// first edit through it commits (a finding a form cannot save is left aside).
async fn editable(
    client: &reqwest::Client,
    base: &str,
    candidates: &[Uuid],
    want: usize,
) -> Vec<Editable> {
    let mut found = Vec::new();
    for id in candidates {
        if found.len() >= want {
            break;
        }
        match Editable::open(client, base, *id).await {
            Ok(mut e) => match e.change(client, base, false).await {
                Changed::Committed(_) => found.push(e),
                Changed::Refused(status) => {
                    eprintln!("bench_writes: finding {id} left aside: its edit answered {status}");
                }
                Changed::NoAnswer => eprintln!("bench_writes: finding {id}: no answer"),
            },
            Err(e) => eprintln!("bench_writes: {e}"),
        }
    }
    found
}

/// A few findings of each Member State (those with findings), in the order of their codes;
/// each list in an order of this run's own.
async fn findings_by_state(pool: &PgPool) -> Vec<(String, Vec<Uuid>)> {
    let seed = Uuid::new_v4().to_string();
    let rows: Vec<(String, Vec<Uuid>)> = sqlx::query_as(
        "SELECT ms.code::text, array(
                  SELECT f.id FROM finding_state fs JOIN finding f ON f.id = fs.finding_id
                   WHERE fs.member_state_code = ms.code AND f.archived_at IS NULL
                     AND f.source_note_id IS NULL
                   ORDER BY md5(f.id::text || $1) LIMIT 5)
           FROM member_state ms ORDER BY ms.code",
    )
    .bind(seed)
    .fetch_all(pool)
    .await
    .unwrap_or_else(|e| fail(&format!("reading the findings: {e}")));
    rows.into_iter()
        .filter(|(_, ids)| !ids.is_empty())
        .collect()
}

/// `count` findings in an order of this run's own, none of a note.
async fn some_findings(pool: &PgPool, count: i64) -> Vec<Uuid> {
    sqlx::query_scalar(
        "SELECT id FROM finding WHERE archived_at IS NULL AND source_note_id IS NULL
          ORDER BY md5(id::text || $1) LIMIT $2",
    )
    .bind(Uuid::new_v4().to_string())
    .bind(count)
    .fetch_all(pool)
    .await
    .unwrap_or_else(|e| fail(&format!("reading the findings: {e}")))
}

/// One finding of each of a few public consultations, with the consultation's address.
async fn consultations_with_findings(pool: &PgPool) -> Vec<(String, Vec<Uuid>)> {
    sqlx::query_as(
        "SELECT c.slug, array(SELECT f.id FROM finding f
                               WHERE f.consultation_id = c.id AND f.archived_at IS NULL
                                 AND f.source_note_id IS NULL
                               ORDER BY f.id LIMIT 3)
           FROM consultation c
          WHERE c.visibility = 'public' AND c.archived_at IS NULL
            AND EXISTS (SELECT 1 FROM finding f WHERE f.consultation_id = c.id
                           AND f.archived_at IS NULL AND f.source_note_id IS NULL)
          ORDER BY md5(c.id::text || $1) LIMIT 12",
    )
    .bind(Uuid::new_v4().to_string())
    .fetch_all(pool)
    .await
    .unwrap_or_else(|e| fail(&format!("reading the consultations: {e}")))
}

/// Words of the findings' statements (letters only, five or more).
async fn words(pool: &PgPool) -> Vec<String> {
    sqlx::query_scalar(
        "SELECT DISTINCT w FROM (
           SELECT regexp_split_to_table(lower(t), '[^a-z]+') AS w
             FROM (SELECT statement AS t FROM finding ORDER BY id LIMIT 3000) f
           UNION ALL
           SELECT regexp_split_to_table(lower(title), '[^a-z]+') FROM consultation
           UNION ALL
           SELECT regexp_split_to_table(lower(name), '[^a-z]+')
             FROM (SELECT name FROM organisation ORDER BY id LIMIT 3000) o) words
          WHERE length(w) >= 4 ORDER BY w",
    )
    .fetch_all(pool)
    .await
    .unwrap_or_else(|e| fail(&format!("reading the words: {e}")))
}

// --- The measurements -----------------------------------------------------------------------

/// One change a second for `secs`, rotating over the Member States.
async fn writer(pool: &PgPool, base: &str, secs: Duration) -> Figures {
    let client = staff(pool, base, 1).await.remove(0);
    let mut findings = Vec::new();
    for (state, ids) in findings_by_state(pool).await {
        match editable(&client, base, &ids, 1).await.pop() {
            Some(e) => findings.push(e),
            None => eprintln!("bench_writes: no editable finding of {state}"),
        }
    }
    if findings.is_empty() {
        fail("no editable finding of any Member State");
    }
    out("READY");
    let mut figures = Figures::default();
    let started = Instant::now();
    let mut tick = tokio::time::interval(Duration::from_secs(1));
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut k = 0usize;
    while started.elapsed() < secs {
        tick.tick().await;
        let n = findings.len();
        let publish = (k / n) % 2 == 1;
        let e = &mut findings[k % n];
        record(&mut figures, e.change(&client, base, publish).await, true);
        k += 1;
    }
    figures.duration = started.elapsed();
    figures.requests = figures.changes;
    figures
}

/// Counts a change; when the changes are what is measured (`measured`), its latency and its
/// answer too.
fn record(figures: &mut Figures, changed: Changed, measured: bool) {
    match changed {
        Changed::Committed(took) => {
            figures.changes += 1;
            if measured {
                figures.took.push(took);
            }
        }
        Changed::Refused(status) => {
            figures.change_errors += 1;
            if measured && !(200..400).contains(&status) {
                figures.unexpected += 1;
            }
        }
        Changed::NoAnswer => {
            figures.change_errors += 1;
            if measured {
                figures.socket_errors += 1;
            }
        }
    }
}

/// Samples of `page`, each the first request after a change (or, for search, new words).
async fn first(pool: &PgPool, base: &str, page: &str) -> Figures {
    let samples = env_number("BENCH_SAMPLES", 60);
    let limit = Duration::from_secs(env_number("BENCH_SAMPLE_SECS", 120));
    let reader = match page {
        "dashboard_official" => {
            let cookie = std::env::var("BENCH_OFFICIAL_COOKIE")
                .unwrap_or_else(|_| fail("BENCH_OFFICIAL_COOKIE is not set"));
            let mut headers = reqwest::header::HeaderMap::new();
            headers.insert(
                reqwest::header::COOKIE,
                cookie
                    .parse()
                    .unwrap_or_else(|_| fail("BENCH_OFFICIAL_COOKIE is not a header value")),
            );
            reqwest::Client::builder().default_headers(headers).build()
        }
        _ => reqwest::Client::builder().build(),
    }
    .unwrap_or_else(|e| fail(&format!("a client: {e}")));
    // What each sample changes first, and the page it then asks for.
    let mut targets: Vec<(String, Editable)> = Vec::new();
    let mut vocabulary = Vec::new();
    let mut staff_client = None;
    match page {
        "dashboard_anon" | "dashboard_official" | "dashboard_filtered" => {
            let client = staff(pool, base, 1).await.remove(0);
            let filters = if page == "dashboard_filtered" {
                dashboard_filters(pool).await
            } else {
                vec![String::new()]
            };
            for (i, (_, ids)) in findings_by_state(pool).await.into_iter().enumerate() {
                if let Some(e) = editable(&client, base, &ids, 1).await.pop() {
                    targets.push((format!("/dashboard{}", filters[i % filters.len()]), e));
                }
            }
            staff_client = Some(client);
        }
        "brief" => {
            let client = staff(pool, base, 1).await.remove(0);
            for (state, ids) in findings_by_state(pool).await {
                if let Some(e) = editable(&client, base, &ids, 1).await.pop() {
                    targets.push((format!("/states/{state}/brief"), e));
                }
            }
            staff_client = Some(client);
        }
        "consultation" => {
            let client = staff(pool, base, 1).await.remove(0);
            for (slug, ids) in consultations_with_findings(pool).await {
                if let Some(e) = editable(&client, base, &ids, 1).await.pop() {
                    targets.push((format!("/consultations/{slug}"), e));
                }
            }
            staff_client = Some(client);
        }
        "search" => {
            vocabulary = words(pool).await;
            if vocabulary.len() < 12 {
                fail("too few words in the findings to search for");
            }
        }
        "reference" => {}
        _ => fail(
            "first: PAGE is dashboard_anon, dashboard_official, dashboard_filtered, consultation, \
             brief, search or reference",
        ),
    }
    if staff_client.is_some() && targets.is_empty() {
        fail("no editable finding to change");
    }
    let mut figures = Figures::default();
    let mut searched = std::collections::BTreeSet::new();
    let started = Instant::now();
    for i in 0..samples {
        if started.elapsed() > limit {
            eprintln!("bench_writes: {i} samples of {page} in {limit:?}; stopped there");
            break;
        }
        let path = match (&staff_client, page) {
            (Some(client), _) => {
                let n = targets.len();
                let (path, e) = &mut targets[usize::try_from(i).unwrap_or(0) % n];
                let publish = (usize::try_from(i).unwrap_or(0) / n) % 2 == 1;
                record(&mut figures, e.change(client, base, publish).await, false);
                path.clone()
            }
            (None, "search") => {
                let mut rng = rand::thread_rng();
                // Pairs not searched yet in this run (a few tries; the words may run out).
                let words = (0..1000).find_map(|_| {
                    let a = &vocabulary[rng.gen_range(0..vocabulary.len())];
                    let b = &vocabulary[rng.gen_range(0..vocabulary.len())];
                    (a != b && searched.insert((a.clone(), b.clone()))).then(|| format!("{a}+{b}"))
                });
                let Some(words) = words else {
                    eprintln!("bench_writes: the pairs of words ran out after {i} samples");
                    break;
                };
                format!("/search?q={words}")
            }
            _ => "/reference".to_owned(),
        };
        let sent = Instant::now();
        match reader
            .get(format!("{base}{path}"))
            .timeout(TIMEOUT)
            .send()
            .await
        {
            Ok(r) => {
                let status = r.status().as_u16();
                let body = r.bytes().await.map(|b| b.len()).unwrap_or(0);
                let took = sent.elapsed();
                figures.took.push(took);
                figures.duration += took;
                figures.bytes += body;
                figures.requests += 1;
                if status != 200 {
                    figures.unexpected += 1;
                }
            }
            Err(_) => figures.socket_errors += 1,
        }
    }
    figures
}

/// Filters a reader might choose, from the data: a theme, a series, a year, a span of years, a
/// few weeks, and a theme within a year; each as the query of `/dashboard`.
async fn dashboard_filters(pool: &PgPool) -> Vec<String> {
    let themes: Vec<String> = sqlx::query_scalar(
        "SELECT slug FROM theme WHERE archived_at IS NULL ORDER BY slug LIMIT 3",
    )
    .fetch_all(pool)
    .await
    .unwrap_or_else(|e| fail(&format!("the themes: {e}")));
    let series: Vec<String> = sqlx::query_scalar(
        "SELECT slug FROM series WHERE archived_at IS NULL AND effective_visibility = 'public'
          ORDER BY slug LIMIT 2",
    )
    .fetch_all(pool)
    .await
    .unwrap_or_else(|e| fail(&format!("the series: {e}")));
    let (first, last): (Option<i32>, Option<i32>) = sqlx::query_as(
        "SELECT extract(year FROM min(starts_on))::int, extract(year FROM max(starts_on))::int
           FROM consultation WHERE archived_at IS NULL",
    )
    .fetch_one(pool)
    .await
    .unwrap_or_else(|e| fail(&format!("the years: {e}")));
    let (first, last) = (first.unwrap_or(2019), last.unwrap_or(2019));
    let year = (first + last) / 2;
    let mut filters = vec![
        format!("?from={year}-01-01&to={year}-12-31"),
        format!("?from={first}-02-14&to={last}-10-03"),
        format!("?from={year}-03-05&to={year}-04-20"),
    ];
    filters.extend(themes.iter().map(|t| format!("?theme={t}")));
    filters.extend(series.iter().map(|s| format!("?series={s}")));
    if let Some(t) = themes.first() {
        filters.push(format!("?theme={t}&from={year}-01-01"));
    }
    filters
}

/// `editors` staff members at once, each editing its own finding again and again.
async fn edits(pool: &PgPool, base: &str, editors: usize, secs: Duration) -> Figures {
    let clients = staff(pool, base, editors).await;
    let candidates = some_findings(pool, i64::try_from(editors * 3).unwrap_or(60)).await;
    let mut findings = editable(&clients[0], base, &candidates, editors).await;
    if findings.len() < editors {
        fail(&format!(
            "only {} editable findings for {editors} editors",
            findings.len()
        ));
    }
    let started = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for client in clients {
        let Some(mut e) = findings.pop() else { break };
        let base = base.to_owned();
        tasks.spawn(async move {
            let mut figures = Figures::default();
            while started.elapsed() < secs {
                record(&mut figures, e.change(&client, &base, false).await, true);
            }
            figures
        });
    }
    let mut all = Figures::default();
    while let Some(done) = tasks.join_next().await {
        let Ok(f) = done else {
            all.change_errors += 1;
            continue;
        };
        all.took.extend(f.took);
        all.unexpected += f.unexpected;
        all.socket_errors += f.socket_errors;
        all.changes += f.changes;
        all.change_errors += f.change_errors;
    }
    all.duration = started.elapsed();
    all.requests = all.changes;
    all
}
