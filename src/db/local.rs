//! A private PostgreSQL cluster run from the server binaries installed on the machine: the
//! embedded default for the app (durable) and the server for the tests (a throwaway cluster with
//! fsync off). It listens on a private loopback port over TCP only, with a generated password.
//!
//! As root, the server runs as the unprivileged `postgres` account (initdb refuses root), so the
//! cluster folder must be reachable by that account; when it is not (a checkout under `/root`),
//! the cluster lives under the system temp area instead, at a path derived from the data folder.

use std::ffi::OsString;
use std::fs;
use std::io::Write as _;
use std::os::unix::fs::{MetadataExt as _, OpenOptionsExt as _, PermissionsExt as _};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// What can go wrong while bringing up the private server. Each message says what to do.
#[derive(Debug, thiserror::Error)]
pub enum LocalPgError {
    #[error(
        "no PostgreSQL server binaries were found (looked in PG_BIN, `pg_config --bindir`, \
         /usr/lib/postgresql/*/bin and PATH).\n\
         Install PostgreSQL 15 or later (on Debian or Ubuntu: `apt-get install postgresql`), \
         or point DATABASE_URL at a server you run, e.g.\n  \
         DATABASE_URL=postgres://user:password@localhost:5432/musyawarah cargo run --release"
    )]
    NotInstalled,
    #[error(
        "running as root, the database server must run as the unprivileged account {0:?}, \
         which does not exist; create it (`useradd --system postgres`), set MUSYAWARAH_PG_USER \
         to another account, or set DATABASE_URL"
    )]
    NoServiceAccount(String),
    #[error("{what} failed: {detail}")]
    Command { what: String, detail: String },
    #[error("{0}: {1}")]
    Io(String, #[source] std::io::Error),
}

/// Options for [`LocalPostgres::start`].
#[derive(Debug, Clone)]
pub struct LocalOptions {
    /// The folder that holds the cluster (`<data dir>/postgres`).
    pub root: PathBuf,
    /// Off for test clusters only: fsync, synchronous commit and full page writes switched off.
    pub durable: bool,
}

/// How the private server is stopped (`pg_ctl -m`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shutdown {
    /// Sessions are ended and the data flushed.
    Fast,
    /// At once, as in a crash: the next start recovers from the write-ahead log.
    Immediate,
}

impl Shutdown {
    fn name(self) -> &'static str {
        match self {
            Self::Fast => "fast",
            Self::Immediate => "immediate",
        }
    }
}

/// A running private cluster.
#[derive(Debug)]
pub struct LocalPostgres {
    bin: PathBuf,
    pgdata: PathBuf,
    run_as: Option<String>,
    port: u16,
    password: String,
    /// Whether this process started the server (and so should stop it).
    pub started_here: bool,
}

const SUPERUSER: &str = "musyawarah";

impl LocalPostgres {
    /// Finds the binaries, creates the cluster on first use, and starts it unless it is running.
    pub fn start(options: &LocalOptions) -> Result<Self, LocalPgError> {
        let bin = find_bin_dir().ok_or(LocalPgError::NotInstalled)?;
        let run_as = service_account()?;
        let root = cluster_root(&options.root, run_as.as_deref())?;
        let pgdata = root.join("pgdata");
        let password_file = root.join("password");

        if !pgdata.join("PG_VERSION").exists() {
            init_cluster(&bin, &root, &pgdata, run_as.as_deref(), options.durable)?;
        }
        let password = fs::read_to_string(&password_file)
            .map_err(|e| LocalPgError::Io(format!("reading {}", password_file.display()), e))?
            .trim()
            .to_owned();
        let port = read_port(&pgdata)?;

        let mut local = Self {
            bin,
            pgdata,
            run_as,
            port,
            password,
            started_here: false,
        };
        if !local.is_running() {
            // Its port taken by another program since (or the folder copied beside a running
            // copy of itself): a new free port, or the start would fail.
            if std::net::TcpListener::bind(("127.0.0.1", local.port)).is_err() {
                local.port = free_port()?;
                write_port(&local.pgdata, local.port)?;
                tracing::info!(
                    port = local.port,
                    "the private PostgreSQL's port was taken: moved"
                );
            }
            local.start_again()?;
            local.started_here = true;
            tracing::info!(port, "started the private PostgreSQL server");
        }
        Ok(local)
    }

    /// Connects to a cluster that may or may not be running, only to stop it.
    pub fn stop_at(root: &Path) -> Result<bool, LocalPgError> {
        let bin = find_bin_dir().ok_or(LocalPgError::NotInstalled)?;
        let run_as = service_account()?;
        let root = existing_cluster_root(root, run_as.as_deref());
        let pgdata = root.join("pgdata");
        if !pgdata.join("PG_VERSION").exists() {
            return Ok(false);
        }
        let local = Self {
            bin,
            pgdata,
            run_as,
            port: 0,
            password: String::new(),
            started_here: false,
        };
        if !local.is_running() {
            return Ok(false);
        }
        local.stop()?;
        Ok(true)
    }

    /// The URL of a database on this server, as its superuser.
    pub fn url(&self, database: &str) -> String {
        format!(
            "postgres://{SUPERUSER}:{}@127.0.0.1:{}/{database}",
            self.password, self.port
        )
    }

    /// The loopback port the server listens on.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Stops the server cleanly (fast shutdown: sessions end, data is flushed).
    pub fn stop(&self) -> Result<(), LocalPgError> {
        self.stop_with(Shutdown::Fast)
    }

    /// Stops the server as `mode` says, waiting until it is down.
    pub fn stop_with(&self, mode: Shutdown) -> Result<(), LocalPgError> {
        self.pg_ctl(&["stop".into(), "-m".into(), mode.name().into(), "-w".into()])?;
        Ok(())
    }

    /// Stops the server as `mode` says and starts it again, waiting until it accepts
    /// connections (after `Shutdown::Immediate`, once it has recovered from its log).
    pub fn restart_with(&self, mode: Shutdown) -> Result<(), LocalPgError> {
        self.pg_ctl_waiting(&["restart".into(), "-m".into(), mode.name().into()])
    }

    /// Starts a server stopped with [`Self::stop_with`] again, waiting until it accepts
    /// connections.
    pub fn start_again(&self) -> Result<(), LocalPgError> {
        self.pg_ctl_waiting(&["start".into()])
    }

    /// Runs pg_ctl's `action`, which starts the server, waiting up to 60 s until it accepts
    /// connections, with its log in `server.log`.
    fn pg_ctl_waiting(&self, action: &[OsString]) -> Result<(), LocalPgError> {
        let mut args = action.to_vec();
        args.extend(["-w", "-t", "60", "-l"].map(OsString::from));
        args.push(self.log().into_os_string());
        self.pg_ctl(&args)?;
        Ok(())
    }

    /// Whether the server runs.
    pub fn is_running(&self) -> bool {
        self.pg_ctl(&["status".into()]).is_ok()
    }

    /// The server's log file.
    fn log(&self) -> PathBuf {
        self.pgdata
            .parent()
            .unwrap_or(&self.pgdata)
            .join("server.log")
    }

    fn pg_ctl(&self, args: &[OsString]) -> Result<Output, LocalPgError> {
        let mut full: Vec<OsString> = vec!["-D".into(), self.pgdata.clone().into_os_string()];
        full.extend_from_slice(args);
        run(
            &self.bin.join("pg_ctl"),
            &full,
            self.run_as.as_deref(),
            self.pgdata.parent().unwrap_or(&self.pgdata),
        )
    }
}

/// Creates and configures a new cluster in `pgdata`, with a generated superuser password.
fn init_cluster(
    bin: &Path,
    root: &Path,
    pgdata: &Path,
    run_as: Option<&str>,
    durable: bool,
) -> Result<(), LocalPgError> {
    tracing::info!(path = %pgdata.display(), "creating a private PostgreSQL cluster");
    let password = uuid::Uuid::new_v4().simple().to_string();
    let password_file = root.join("password");
    write_private(&password_file, &password)?;

    // initdb reads the password from a file the service account can read; it is removed after.
    let pwfile = root.join(".initdb-password");
    write_private(&pwfile, &password)?;
    chown_to(&pwfile, run_as)?;
    let mut result = Err(LocalPgError::NotInstalled);
    for locale in [
        ["--locale=C.UTF-8"],
        ["--locale=en_US.UTF-8"],
        ["--no-locale"],
    ] {
        let mut args: Vec<OsString> = vec![
            "-D".into(),
            pgdata.as_os_str().to_owned(),
            "-U".into(),
            SUPERUSER.into(),
            "-A".into(),
            "scram-sha-256".into(),
            "-E".into(),
            "UTF8".into(),
            "--pwfile".into(),
            pwfile.as_os_str().to_owned(),
        ];
        args.push(locale[0].into());
        let _ = fs::remove_dir_all(pgdata);
        result = run(&bin.join("initdb"), &args, run_as, root).map(|_| ());
        if result.is_ok() {
            break;
        }
    }
    let _ = fs::remove_file(&pwfile);
    result?;

    let port = free_port()?;
    let mut settings = format!(
        "# Written by musyawarah: a private server on a loopback port, TCP only.\n\
         listen_addresses = '127.0.0.1'\n\
         port = {port}\n\
         unix_socket_directories = ''\n\
         max_connections = 200\n"
    );
    if !durable {
        settings.push_str(
            "# A throwaway test cluster: speed over durability.\n\
             fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n",
        );
    }
    let conf = pgdata.join("musyawarah.conf");
    fs::write(&conf, settings)
        .map_err(|e| LocalPgError::Io("writing musyawarah.conf".into(), e))?;
    chown_to(&conf, run_as)?;
    let main_conf = pgdata.join("postgresql.conf");
    let mut file = fs::OpenOptions::new()
        .append(true)
        .open(&main_conf)
        .map_err(|e| LocalPgError::Io("opening postgresql.conf".into(), e))?;
    file.write_all(b"\ninclude = 'musyawarah.conf'\n")
        .map_err(|e| LocalPgError::Io("writing postgresql.conf".into(), e))?;
    Ok(())
}

fn read_port(pgdata: &Path) -> Result<u16, LocalPgError> {
    let conf = fs::read_to_string(pgdata.join("musyawarah.conf"))
        .map_err(|e| LocalPgError::Io("reading musyawarah.conf".into(), e))?;
    conf.lines()
        .filter_map(|line| line.trim().strip_prefix("port"))
        .filter_map(|rest| rest.trim().strip_prefix('='))
        .find_map(|value| value.trim().parse().ok())
        .ok_or_else(|| LocalPgError::Command {
            what: "reading the port".into(),
            detail: format!("no port in {}", pgdata.join("musyawarah.conf").display()),
        })
}

/// Rewrites the port in `musyawarah.conf`.
fn write_port(pgdata: &Path, port: u16) -> Result<(), LocalPgError> {
    let path = pgdata.join("musyawarah.conf");
    let conf = fs::read_to_string(&path)
        .map_err(|e| LocalPgError::Io("reading musyawarah.conf".into(), e))?;
    let conf: String = conf
        .lines()
        .map(|line| {
            if line.trim().starts_with("port") {
                format!("port = {port}\n")
            } else {
                format!("{line}\n")
            }
        })
        .collect();
    // Written in place: the file keeps its owner (the service account, when run as root).
    fs::OpenOptions::new()
        .write(true)
        .truncate(true)
        .open(&path)
        .and_then(|mut file| file.write_all(conf.as_bytes()))
        .map_err(|e| LocalPgError::Io("writing musyawarah.conf".into(), e))
}

/// A port that is free now on 127.0.0.1.
fn free_port() -> Result<u16, LocalPgError> {
    let listener = std::net::TcpListener::bind(("127.0.0.1", 0))
        .map_err(|e| LocalPgError::Io("finding a free port".into(), e))?;
    listener
        .local_addr()
        .map(|a| a.port())
        .map_err(|e| LocalPgError::Io("finding a free port".into(), e))
}

fn write_private(path: &Path, contents: &str) -> Result<(), LocalPgError> {
    let _ = fs::remove_file(path);
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .map_err(|e| LocalPgError::Io(format!("writing {}", path.display()), e))?;
    file.write_all(contents.as_bytes())
        .map_err(|e| LocalPgError::Io(format!("writing {}", path.display()), e))
}

/// Runs `program` (as `run_as` through runuser when given), in `dir`, and fails with its output.
fn run(
    program: &Path,
    args: &[OsString],
    run_as: Option<&str>,
    dir: &Path,
) -> Result<Output, LocalPgError> {
    let mut command = match run_as {
        Some(user) => {
            let mut c = Command::new("runuser");
            c.args(["-u", user, "--"]).arg(program);
            c
        }
        None => Command::new(program),
    };
    command
        .args(args)
        .current_dir(dir)
        .env_remove("PGDATA")
        .env("LC_MESSAGES", "C")
        .stdin(Stdio::null());
    let what = program
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let output = command
        .output()
        .map_err(|e| LocalPgError::Io(format!("running {what}"), e))?;
    if output.status.success() {
        Ok(output)
    } else {
        Err(LocalPgError::Command {
            what,
            detail: format!(
                "{}{}",
                String::from_utf8_lossy(&output.stdout).trim(),
                String::from_utf8_lossy(&output.stderr).trim()
            ),
        })
    }
}

/// The folder of the server binaries: PG_BIN, `pg_config --bindir`, Debian's versioned
/// folders (newest first), then PATH.
pub fn find_bin_dir() -> Option<PathBuf> {
    let has_initdb = |dir: &Path| dir.join("initdb").is_file() && dir.join("pg_ctl").is_file();
    if let Some(dir) = std::env::var_os("PG_BIN").map(PathBuf::from) {
        return has_initdb(&dir).then_some(dir);
    }
    if let Ok(out) = Command::new("pg_config").arg("--bindir").output() {
        let dir = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
        if out.status.success() && has_initdb(&dir) {
            return Some(dir);
        }
    }
    let mut versioned: Vec<(u32, PathBuf)> = fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let version = entry.file_name().to_string_lossy().parse().ok()?;
            Some((version, entry.path().join("bin")))
        })
        .filter(|(_, dir)| has_initdb(dir))
        .collect();
    versioned.sort();
    if let Some((_, dir)) = versioned.pop() {
        return Some(dir);
    }
    std::env::var_os("PATH")
        .map(|path| std::env::split_paths(&path).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .find(|dir| has_initdb(dir))
}

/// The account the server runs as: none (ourselves) unless we are root.
fn service_account() -> Result<Option<String>, LocalPgError> {
    let euid = fs::metadata("/proc/self")
        .map(|m| m.uid())
        .unwrap_or(u32::MAX);
    if euid != 0 {
        return Ok(None);
    }
    let user = std::env::var("MUSYAWARAH_PG_USER").unwrap_or_else(|_| "postgres".to_owned());
    if account_ids(&user).is_none() {
        return Err(LocalPgError::NoServiceAccount(user));
    }
    Ok(Some(user))
}

fn account_ids(user: &str) -> Option<(u32, u32)> {
    let id = |flag: &str| -> Option<u32> {
        let out = Command::new("id").args([flag, user]).output().ok()?;
        if !out.status.success() {
            return None;
        }
        String::from_utf8_lossy(&out.stdout).trim().parse().ok()
    };
    Some((id("-u")?, id("-g")?))
}

fn chown_to(path: &Path, run_as: Option<&str>) -> Result<(), LocalPgError> {
    let Some(user) = run_as else { return Ok(()) };
    let (uid, gid) =
        account_ids(user).ok_or_else(|| LocalPgError::NoServiceAccount(user.into()))?;
    std::os::unix::fs::chown(path, Some(uid), Some(gid))
        .map_err(|e| LocalPgError::Io(format!("giving {} to {user}", path.display()), e))
}

/// Creates the cluster's folder, reachable by the service account.
fn cluster_root(wanted: &Path, run_as: Option<&str>) -> Result<PathBuf, LocalPgError> {
    let root = existing_cluster_root(wanted, run_as);
    fs::create_dir_all(&root)
        .map_err(|e| LocalPgError::Io(format!("creating {}", root.display()), e))?;
    if let Some(user) = run_as {
        chown_to(&root, run_as)?;
        fs::set_permissions(&root, fs::Permissions::from_mode(0o700))
            .map_err(|e| LocalPgError::Io(format!("protecting {}", root.display()), e))?;
        if !reachable_by(&root, user) {
            return Err(LocalPgError::Command {
                what: "preparing the data folder".into(),
                detail: format!(
                    "{} is not reachable by the account {user}; set MUSYAWARAH_DATA_DIR to a \
                     folder it can reach",
                    root.display()
                ),
            });
        }
    }
    Ok(root)
}

/// Where the cluster of `wanted` lives: `wanted` itself, unless we run as root and the service
/// account cannot reach it, in which case a folder under /var/tmp named after `wanted`.
fn existing_cluster_root(wanted: &Path, run_as: Option<&str>) -> PathBuf {
    let absolute = std::path::absolute(wanted).unwrap_or_else(|_| wanted.to_path_buf());
    let Some(user) = run_as else { return absolute };
    let parent_reachable = absolute
        .ancestors()
        .skip(1)
        .find(|p| p.exists())
        .is_some_and(|p| reachable_by(p, user));
    if parent_reachable {
        return absolute;
    }
    let digest = absolute
        .to_string_lossy()
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
    let fallback = PathBuf::from("/var/tmp").join(format!("musyawarah-{digest:016x}"));
    tracing::warn!(
        wanted = %absolute.display(),
        used = %fallback.display(),
        "the data folder is not reachable by the database account; using the system temp area"
    );
    fallback
}

fn reachable_by(dir: &Path, user: &str) -> bool {
    Command::new("runuser")
        .args(["-u", user, "--", "test", "-x"])
        .arg(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}
