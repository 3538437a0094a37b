//! A real Chromium for tests, driven over WebDriver through its own chromedriver, with axe-core
//! to check every page visited against WCAG 2.1 AA.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::harness::timeouts;

use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{Value, json};

/// A browser session; its chromedriver (and so its Chromium) ends when it is dropped.
pub struct Browser {
    pub client: Client,
    driver: Child,
    profile: PathBuf,
    axe: String,
}

fn program(env: &str, default: &str) -> String {
    std::env::var(env).unwrap_or_else(|_| default.to_owned())
}

/// axe-core's script: `AXE_CORE_JS`, or `node_modules/axe-core/axe.min.js` (installed by
/// `scripts/test`).
fn axe_source() -> String {
    let path = std::env::var_os("AXE_CORE_JS")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("node_modules/axe-core/axe.min.js")
        });
    std::fs::read_to_string(&path).unwrap_or_else(|err| {
        panic!(
            "axe-core is needed for the accessibility checks ({}: {err}); \
             run scripts/test, or `npm install axe-core`",
            path.display()
        )
    })
}

impl Browser {
    /// Starts chromedriver and a headless Chromium.
    pub async fn start() -> Self {
        Self::start_with(true).await
    }

    /// A Chromium with JavaScript switched off, as some partners browse.
    pub async fn start_without_javascript() -> Self {
        Self::start_with(false).await
    }

    async fn start_with(javascript: bool) -> Self {
        let axe = axe_source();
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .expect("a free port for chromedriver");
        let driver_path = program("CHROMEDRIVER", "/usr/bin/chromedriver");
        let driver = Command::new(&driver_path)
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|err| {
                panic!(
                    "chromedriver ({driver_path}) is needed for the browser tests: {err}; \
                     run scripts/test, or `apt-get install chromium chromium-driver`"
                )
            });
        let profile = std::env::temp_dir().join(format!(
            "musyawarah-chromium-{}",
            uuid::Uuid::new_v4().simple()
        ));
        let mut capabilities = serde_json::Map::new();
        capabilities.insert(
            "goog:chromeOptions".into(),
            json!({
                "binary": program("CHROMIUM", "/usr/bin/chromium"),
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-quic",
                    "--window-size=1280,900", "--lang=en-US",
                    format!("--user-data-dir={}", profile.display()),
                ],
                "prefs": {
                    "profile.managed_default_content_settings.javascript":
                        if javascript { 1 } else { 2 },
                },
            }),
        );
        let mut guard = DriverGuard(Some(driver));
        let deadline = Instant::now() + timeouts::BROWSER_START;
        let client = loop {
            let attempt = ClientBuilder::new(HttpConnector::new())
                .capabilities(capabilities.clone())
                .connect(&format!("http://127.0.0.1:{port}"))
                .await;
            match attempt {
                Ok(client) => break client,
                Err(err) if Instant::now() > deadline => {
                    panic!("could not open a WebDriver session in Chromium: {err}")
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        };
        // WebDriver's own limits (30 s for a script by default) are too short for axe-core on a
        // loaded machine.
        client
            .update_timeouts(fantoccini::wd::TimeoutConfiguration::new(
                Some(timeouts::BROWSER_SCRIPT),
                Some(timeouts::BROWSER_SCRIPT),
                Some(Duration::ZERO),
            ))
            .await
            .expect("the browser's timeouts are set");
        Self {
            client,
            driver: guard.0.take().expect("the driver is still ours"),
            profile,
            axe,
        }
    }

    pub async fn goto(&self, url: &str) {
        self.client.goto(url).await.expect("the page opens");
    }

    /// Clicks the element at `css` and waits (see `timeouts::EVENT`) until the page it leads to has
    /// loaded. Waiting for a heading is not enough when the next page shares it with this one
    /// (a form that posts back to its own page), so the old document is marked first and the
    /// wait ends only once a document without the mark is complete.
    pub async fn click_to_next_page(&self, css: &str) {
        self.client
            .execute("window.__musyawarahLeaving = true;", vec![])
            .await
            .expect("the page is marked");
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|err| panic!("nothing to click at {css}: {err}"))
            .click()
            .await
            .expect("the click lands");
        let deadline = Instant::now() + timeouts::EVENT;
        while Instant::now() < deadline {
            let arrived = self
                .client
                .execute(
                    "return window.__musyawarahLeaving !== true \
                        && document.readyState === 'complete';",
                    vec![],
                )
                .await;
            if let Ok(Value::Bool(true)) = arrived {
                return;
            }
            tokio::time::sleep(timeouts::POLL).await;
        }
        panic!("clicking {css} never led to a new page");
    }

    /// The visible text of the first element matching `css`.
    pub async fn text(&self, css: &str) -> String {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|err| panic!("no element {css:?} on the page: {err}"))
            .text()
            .await
            .expect("the element has text")
    }

    /// Waits (see `timeouts::EVENT`) until the first element matching `css` has `expected` as
    /// its text, as after a form is sent and the next page loads.
    pub async fn wait_for_text(&self, css: &str, expected: &str) {
        let deadline = Instant::now() + timeouts::EVENT;
        let mut last = String::new();
        while Instant::now() < deadline {
            if let Ok(element) = self.client.find(Locator::Css(css)).await
                && let Ok(text) = element.text().await
            {
                if text == expected {
                    return;
                }
                last = text;
            }
            tokio::time::sleep(timeouts::POLL).await;
        }
        panic!("{css} never read {expected:?}; last it read {last:?}");
    }

    /// Waits (see `timeouts::EVENT`) until the first element matching `css` has a text that
    /// contains `part`; returns that text.
    pub async fn wait_for_text_containing(&self, css: &str, part: &str) -> String {
        let deadline = Instant::now() + timeouts::EVENT;
        let mut last = String::new();
        while Instant::now() < deadline {
            if let Ok(element) = self.client.find(Locator::Css(css)).await
                && let Ok(text) = element.text().await
            {
                if text.contains(part) {
                    return text;
                }
                last = text;
            }
            tokio::time::sleep(timeouts::POLL).await;
        }
        panic!("{css} never held {part:?}; last it read {last:?}");
    }

    /// Runs `script` in the page and returns what it returns.
    pub async fn run(&self, script: &str) -> Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|err| panic!("the script {script:?} ran: {err}"))
    }

    /// The visible texts of every element matching `css`.
    pub async fn texts(&self, css: &str) -> Vec<String> {
        let mut texts = Vec::new();
        for element in self
            .client
            .find_all(Locator::Css(css))
            .await
            .expect("the query runs")
        {
            texts.push(element.text().await.expect("the element has text"));
        }
        texts
    }

    /// Sizes the window so that the page's viewport is `width` CSS pixels wide (as a phone's
    /// is), whatever the window's frame takes; returns the viewport's width.
    pub async fn set_viewport_width(&self, width: u32, height: u32) -> u32 {
        self.client
            .set_window_size(width, height)
            .await
            .expect("the window is resized");
        let inner = self
            .run("return window.innerWidth;")
            .await
            .as_u64()
            .unwrap_or(0);
        let frame = u32::try_from(inner).map_or(0, |inner| width.saturating_sub(inner));
        if frame > 0 {
            self.client
                .set_window_size(width + frame, height)
                .await
                .expect("the window is resized");
        }
        let inner = self
            .run("return window.innerWidth;")
            .await
            .as_u64()
            .unwrap_or(0);
        u32::try_from(inner).unwrap_or(0)
    }

    /// How far the page reaches sideways and how wide its viewport is, in CSS pixels; the
    /// page scrolls sideways when the first is larger.
    pub async fn page_and_viewport_width(&self) -> (u64, u64) {
        let widths = self
            .run("return [document.documentElement.scrollWidth, window.innerWidth];")
            .await;
        let at = |i: usize| widths.get(i).and_then(Value::as_u64).unwrap_or(0);
        (at(0), at(1))
    }

    /// Runs axe-core on the page and fails on any WCAG 2.0/2.1 A or AA violation, naming each.
    /// (WebDriver runs its scripts even where the page's own JavaScript is switched off.)
    pub async fn assert_accessible(&self) {
        self.client
            .execute(&self.axe, vec![])
            .await
            .expect("axe-core loads into the page");
        let result = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, { runOnly: { type: 'tag',
                     values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                    .then(r => done(r.violations.map(v => ({
                        id: v.id, impact: v.impact, help: v.help,
                        nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5) }))))
                    .catch(e => done([{ id: 'axe-error', help: String(e) }]));",
                vec![],
            )
            .await
            .expect("axe-core runs");
        let violations = result.as_array().cloned().unwrap_or_default();
        let url = self
            .client
            .current_url()
            .await
            .map(|u| u.to_string())
            .unwrap_or_default();
        assert!(
            violations.is_empty(),
            "accessibility violations on {url}:\n{}",
            violations
                .iter()
                .map(Value::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        );
    }

    /// Ends the WebDriver session (closing Chromium); dropping `self` then ends chromedriver.
    pub async fn close(self) {
        let _ = self.client.clone().close().await;
    }
}

/// Kills chromedriver (and with it Chromium) even when a test panics.
struct DriverGuard(Option<Child>);

impl Drop for DriverGuard {
    fn drop(&mut self) {
        if let Some(mut child) = self.0.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}
