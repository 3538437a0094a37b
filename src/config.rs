//! Typed configuration, read once from the environment (see `.env.example` for every variable).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

/// Everything the app reads from its environment. Secrets are never printed: `Debug` hides the
/// database URL's password.
#[derive(Clone)]
pub struct Config {
    /// `DATABASE_URL`: an existing PostgreSQL server. When unset the app runs its own private one.
    pub database_url: Option<String>,
    /// `BIND_ADDR` (or `serve --addr`): where the HTTP server listens.
    pub bind_addr: SocketAddr,
    /// `MUSYAWARAH_DATA_DIR`: where the private PostgreSQL keeps its data (default `./data`).
    pub data_dir: PathBuf,
    /// `DB_MAX_CONNECTIONS`: the size of the connection pool.
    pub db_max_connections: u32,
    /// `DB_ACQUIRE_TIMEOUT_MS`: how long a request waits for a database connection before the
    /// page answers 503.
    pub db_acquire_timeout: Duration,
    /// `REQUEST_TIMEOUT_SECS`: the longest a request may take.
    pub request_timeout: Duration,
    /// `DB_STATEMENT_TIMEOUT_SECS`: the longest one statement of a page may run (0: no limit).
    pub db_statement_timeout: Option<Duration>,
    /// `STATIC_DIR`: the stylesheet and images.
    pub static_dir: PathBuf,
    /// `MUSYAWARAH_SEED_DEMO`: load the demo data at start when the database has none. On by
    /// default with the private server, off with `DATABASE_URL`.
    pub seed_demo: bool,
    /// `SECURE_COOKIES`: served over HTTPS, so the login cookie is `Secure` and named with the
    /// `__Host-` prefix. Turn it on in production.
    pub secure_cookies: bool,
    /// `LOGIN_IDLE_MINUTES`: a login ends after this long without a request (default 30).
    pub login_idle: chrono::Duration,
    /// `LOGIN_ABSOLUTE_HOURS`: a login ends this long after sign-in, however active (default 12).
    pub login_absolute: chrono::Duration,
    /// `INVITATION_DAYS`: how long an invitation link stays valid (default 7).
    pub invitation_valid: chrono::Duration,
    /// `NOTE_AUTOSAVE_SECONDS`: how often the note form saves a draft when JavaScript runs
    /// (default 30).
    pub note_autosave_seconds: u64,
    /// `TRUSTED_PROXIES`: the addresses or networks (`10.0.0.0/8, ::1`) of reverse proxies in
    /// front of the app. Only a request from one of them has its `X-Forwarded-For` read (the
    /// right-most address that is not a trusted proxy is the client's); by default none, and
    /// the connection's address is the client's.
    pub trusted_proxies: std::sync::Arc<Vec<Network>>,
    /// `PUBLIC_ORIGIN`: the scheme, host and port browsers reach the app at
    /// (`https://musyawarah.example`), when that is not what the request says (behind a proxy).
    /// A form is accepted only when its `Origin` is this one; unset, the origin must match the
    /// request's own host, and its scheme must be https when `SECURE_COOKIES` is on.
    pub public_origin: Option<String>,
    /// How many requests an API token may make in a minute (`API_RATE_PER_MINUTE`); more are
    /// answered 429.
    pub api_rate_per_minute: u32,
    /// `FONT_DIRS`: the folders (colon-separated) where the PDF reports' fonts are looked for
    /// (default `/usr/share/fonts:/usr/local/share/fonts`, where Debian's `fonts-noto-core`
    /// puts them).
    pub font_dirs: Vec<PathBuf>,
    /// `METRICS_TOKEN`: a bearer token that lets a caller off the host read `/metrics` (which
    /// loopback reads without one). Unset, only loopback reads it.
    pub metrics_token: Option<String>,
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("database_url", &self.database_url.as_ref().map(|_| "<set>"))
            .field("bind_addr", &self.bind_addr)
            .field("data_dir", &self.data_dir)
            .field("db_max_connections", &self.db_max_connections)
            .field("db_acquire_timeout", &self.db_acquire_timeout)
            .field("db_statement_timeout", &self.db_statement_timeout)
            .field("request_timeout", &self.request_timeout)
            .field("static_dir", &self.static_dir)
            .field("seed_demo", &self.seed_demo)
            .field("secure_cookies", &self.secure_cookies)
            .field("login_idle", &self.login_idle)
            .field("login_absolute", &self.login_absolute)
            .field("invitation_valid", &self.invitation_valid)
            .field("note_autosave_seconds", &self.note_autosave_seconds)
            .field("trusted_proxies", &self.trusted_proxies)
            .field("public_origin", &self.public_origin)
            .field("api_rate_per_minute", &self.api_rate_per_minute)
            .field("font_dirs", &self.font_dirs)
            .field(
                "metrics_token",
                &self.metrics_token.as_ref().map(|_| "(set)"),
            )
            .finish()
    }
}

/// A variable that is set but cannot be used.
#[derive(Debug, thiserror::Error)]
#[error("{name} is set to {value:?}, which is not {expected}")]
pub struct ConfigError {
    name: &'static str,
    value: String,
    expected: &'static str,
}

impl Config {
    /// Reads the process environment.
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads configuration through `lookup`, so tests can supply their own variables.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let get = |name: &str| lookup(name).filter(|v| !v.trim().is_empty());
        let database_url = get("DATABASE_URL");
        let seed_default = database_url.is_none();
        Ok(Self {
            bind_addr: parse(&get, "BIND_ADDR", "an address such as 127.0.0.1:8080")?
                .unwrap_or_else(|| SocketAddr::from(([127, 0, 0, 1], 8080))),
            data_dir: get("MUSYAWARAH_DATA_DIR")
                .map(PathBuf::from)
                .unwrap_or_else(|| PathBuf::from("data")),
            db_max_connections: parse(&get, "DB_MAX_CONNECTIONS", "a whole number")?.unwrap_or(10),
            db_acquire_timeout: Duration::from_millis(
                parse(&get, "DB_ACQUIRE_TIMEOUT_MS", "a number of milliseconds")?.unwrap_or(1_500),
            ),
            db_statement_timeout: Some(Duration::from_secs(
                parse(&get, "DB_STATEMENT_TIMEOUT_SECS", "a number of seconds")?.unwrap_or(25),
            ))
            .filter(|t| !t.is_zero()),
            request_timeout: Duration::from_secs(
                parse(&get, "REQUEST_TIMEOUT_SECS", "a number of seconds")?.unwrap_or(30),
            ),
            font_dirs: get("FONT_DIRS")
                .map(|dirs| {
                    dirs.split(':')
                        .filter(|d| !d.trim().is_empty())
                        .map(PathBuf::from)
                        .collect()
                })
                .unwrap_or_else(|| {
                    ["/usr/share/fonts", "/usr/local/share/fonts"]
                        .map(PathBuf::from)
                        .to_vec()
                }),
            static_dir: get("STATIC_DIR")
                .map(PathBuf::from)
                .unwrap_or_else(default_static_dir),
            seed_demo: parse_bool(&get, "MUSYAWARAH_SEED_DEMO")?.unwrap_or(seed_default),
            secure_cookies: parse_bool(&get, "SECURE_COOKIES")?.unwrap_or(false),
            login_idle: chrono::Duration::minutes(
                parse(&get, "LOGIN_IDLE_MINUTES", "a number of minutes")?.unwrap_or(30),
            ),
            login_absolute: chrono::Duration::hours(
                parse(&get, "LOGIN_ABSOLUTE_HOURS", "a number of hours")?.unwrap_or(12),
            ),
            invitation_valid: chrono::Duration::days(
                parse(&get, "INVITATION_DAYS", "a number of days")?.unwrap_or(7),
            ),
            note_autosave_seconds: parse(&get, "NOTE_AUTOSAVE_SECONDS", "a number of seconds")?
                .unwrap_or(30),
            trusted_proxies: std::sync::Arc::new(
                get("TRUSTED_PROXIES")
                    .map(|value| {
                        parse_networks(&value).ok_or(ConfigError {
                            name: "TRUSTED_PROXIES",
                            value,
                            expected: "a list of addresses or networks such as 10.0.0.0/8, ::1",
                        })
                    })
                    .transpose()?
                    .unwrap_or_default(),
            ),
            public_origin: get("PUBLIC_ORIGIN")
                .map(|value| {
                    parse_origin(&value).ok_or(ConfigError {
                        name: "PUBLIC_ORIGIN",
                        value,
                        expected: "an origin such as https://musyawarah.example",
                    })
                })
                .transpose()?,
            api_rate_per_minute: parse(&get, "API_RATE_PER_MINUTE", "a whole number")?
                .unwrap_or(120),
            metrics_token: get("METRICS_TOKEN").filter(|t| !t.trim().is_empty()),
            database_url,
        })
    }
}

fn parse<T: std::str::FromStr>(
    get: &impl Fn(&str) -> Option<String>,
    name: &'static str,
    expected: &'static str,
) -> Result<Option<T>, ConfigError> {
    get(name)
        .map(|value| {
            value.trim().parse().map_err(|_| ConfigError {
                name,
                value,
                expected,
            })
        })
        .transpose()
}

/// `https://host[:port]` (no path), lower-cased, as browsers send it in `Origin`.
fn parse_origin(value: &str) -> Option<String> {
    let value = value.trim().trim_end_matches('/').to_ascii_lowercase();
    let (scheme, rest) = value.split_once("://")?;
    let valid_host = !rest.is_empty()
        && rest
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
    (matches!(scheme, "http" | "https") && valid_host).then_some(value)
}

fn parse_bool(
    get: &impl Fn(&str) -> Option<String>,
    name: &'static str,
) -> Result<Option<bool>, ConfigError> {
    get(name)
        .map(|value| match value.trim().to_ascii_lowercase().as_str() {
            "1" | "true" | "yes" | "on" => Ok(true),
            "0" | "false" | "no" | "off" => Ok(false),
            _ => Err(ConfigError {
                name,
                value,
                expected: "true or false",
            }),
        })
        .transpose()
}

/// `static/` beside the running directory, or else the checkout the binary was built from.
fn default_static_dir() -> PathBuf {
    let local = PathBuf::from("static");
    if local.join("css").is_dir() {
        local
    } else {
        PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/static"))
    }
}

/// A network of trusted proxies: an address and a prefix length (`10.0.0.0/8`, `::1/128`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Network {
    address: std::net::IpAddr,
    prefix: u8,
}

impl Network {
    /// `10.1.2.3`, `10.0.0.0/8`, `fd00::/8`; `None` for anything else.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        let (address, prefix) = match text.split_once('/') {
            Some((a, p)) => (a.trim(), Some(p.trim().parse::<u8>().ok()?)),
            None => (text, None),
        };
        let address: std::net::IpAddr = address.parse().ok()?;
        let address = address.to_canonical();
        let max = if address.is_ipv4() { 32 } else { 128 };
        let prefix = prefix.unwrap_or(max);
        (prefix <= max).then_some(Self { address, prefix })
    }

    /// Whether `ip` is in this network.
    pub fn contains(&self, ip: std::net::IpAddr) -> bool {
        let bits = |ip: std::net::IpAddr| -> (u128, u8) {
            match ip.to_canonical() {
                std::net::IpAddr::V4(v4) => (u128::from(u32::from(v4)) << 96, 32),
                std::net::IpAddr::V6(v6) => (u128::from(v6), 128),
            }
        };
        let (mine, width) = bits(self.address);
        let (theirs, their_width) = bits(ip);
        if width != their_width {
            return false;
        }
        let prefix = u32::from(self.prefix);
        let mask = if prefix == 0 {
            0
        } else {
            u128::MAX << (128 - prefix)
        };
        mine & mask == theirs & mask
    }
}

/// Parses `TRUSTED_PROXIES`: addresses or networks, separated by commas or spaces.
pub fn parse_networks(text: &str) -> Option<Vec<Network>> {
    text.split(|c: char| c == ',' || c.is_whitespace())
        .filter(|part| !part.is_empty())
        .map(Network::parse)
        .collect()
}
