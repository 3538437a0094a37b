//! The typesetter: typst as a library. Its world holds one template (the main source), the
//! report's data as a JSON file beside it, and the fonts found once on the system; nothing is
//! ever fetched (no packages, no network), and no other file can be read.
//!
//! User text reaches typst only as strings inside the JSON file, read by the template with
//! `json(...)`: it is never parsed as markup, so `#panic()` or `]` in a finding prints as
//! written.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock, Mutex, OnceLock};

use chrono::{Datelike, NaiveDate};
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook, FontInfo};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

/// The family every report is set in: without it, reports are refused (503).
pub const BODY_FAMILY: &str = "Noto Sans";

/// The Debian package that brings the fonts.
pub const FONT_PACKAGE: &str = "fonts-noto-core";

/// The template's and the data's places in the world.
const MAIN_PATH: &str = "/report.typ";
const DATA_PATH: &str = "/data.json";

/// Why a document could not be made.
#[derive(Debug, thiserror::Error)]
pub enum TypesetError {
    /// The fonts the reports need are not installed.
    #[error("the {BODY_FAMILY} fonts are not installed")]
    FontsMissing,
    /// The template or the layout failed: a bug.
    #[error("typesetting failed: {0}")]
    Failed(String),
}

/// A font found on the system, loaded when a document first uses it.
struct FontSlot {
    path: PathBuf,
    index: u32,
    font: OnceLock<Option<Font>>,
}

impl FontSlot {
    fn get(&self) -> Option<Font> {
        self.font
            .get_or_init(|| {
                let data = std::fs::read(&self.path).ok()?;
                Font::new(Bytes::new(data), self.index)
            })
            .clone()
    }
}

/// The fonts of the system: what each is (its family, style and coverage, read once at the
/// first report) and where it lies.
struct Fonts {
    book: LazyHash<FontBook>,
    slots: Vec<FontSlot>,
}

impl Fonts {
    fn scan(dirs: &[PathBuf]) -> Self {
        let mut book = FontBook::new();
        let mut slots = Vec::new();
        let mut files = Vec::new();
        for dir in dirs {
            font_files(dir, &mut files);
        }
        files.sort();
        files.dedup();
        for path in files {
            let Ok(data) = std::fs::read(&path) else {
                continue;
            };
            for (index, info) in FontInfo::iter(&data).enumerate() {
                book.push(info);
                slots.push(FontSlot {
                    path: path.clone(),
                    index: u32::try_from(index).unwrap_or_default(),
                    font: OnceLock::new(),
                });
            }
        }
        Self {
            book: LazyHash::new(book),
            slots,
        }
    }
}

/// Every TrueType or OpenType file under `dir`, recursively.
fn font_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            font_files(&path, out);
        } else if path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
            matches!(
                e.to_ascii_lowercase().as_str(),
                "ttf" | "otf" | "ttc" | "otc"
            )
        }) {
            out.push(path);
        }
    }
}

/// The standard library and the fonts, made once for the process and shared by every report.
pub struct Typesetter {
    dirs: Vec<PathBuf>,
    library: OnceLock<LazyHash<Library>>,
    fonts: OnceLock<Fonts>,
}

/// The typesetters made so far, by their font folders: one for the process, in practice.
static SHARED: LazyLock<Mutex<HashMap<Vec<PathBuf>, Arc<Typesetter>>>> =
    LazyLock::new(Mutex::default);

impl Typesetter {
    /// A typesetter with the fonts of `dirs` (read at its first document).
    pub fn new(dirs: Vec<PathBuf>) -> Self {
        Self {
            dirs,
            library: OnceLock::new(),
            fonts: OnceLock::new(),
        }
    }

    /// The process's typesetter on the fonts of `dirs`: made once, however many apps the
    /// process builds (the tests build one a test).
    pub fn shared(dirs: &[PathBuf]) -> Arc<Self> {
        let mut shared = SHARED
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        shared
            .entry(dirs.to_vec())
            .or_insert_with(|| Arc::new(Self::new(dirs.to_vec())))
            .clone()
    }

    fn fonts(&self) -> &Fonts {
        self.fonts.get_or_init(|| Fonts::scan(&self.dirs))
    }

    fn library(&self) -> &LazyHash<Library> {
        self.library
            .get_or_init(|| LazyHash::new(Library::builder().build()))
    }

    /// Finds the fonts now (blocking: call from a blocking thread) and says whether the
    /// reports' family is among them, and how many fonts were found.
    pub fn check(&self) -> Result<usize, TypesetError> {
        let fonts = self.fonts();
        if fonts.book.contains_family(&BODY_FAMILY.to_lowercase()) {
            Ok(fonts.slots.len())
        } else {
            Err(TypesetError::FontsMissing)
        }
    }

    /// Sets `template` with `data` (a JSON document the template reads as `data.json`) and
    /// writes it as PDF. Blocking and CPU-bound: run it on a blocking thread.
    pub fn pdf(
        &self,
        template: &str,
        data: Vec<u8>,
        today: NaiveDate,
    ) -> Result<Vec<u8>, TypesetError> {
        self.check()?;
        let world = Job {
            typesetter: self,
            main: Source::new(*MAIN, template.to_owned()),
            data: Bytes::new(data),
            today,
        };
        let compiled = typst::compile::<typst_layout::PagedDocument>(&world);
        let result = compiled
            .output
            .map_err(|errors| TypesetError::Failed(messages(&errors)))
            .and_then(|document| {
                typst_pdf::pdf(&document, &typst_pdf::PdfOptions::default())
                    .map_err(|errors| TypesetError::Failed(messages(&errors)))
            });
        // What typst keeps between documents is keyed by their data, which changes with each
        // report: let it go, so that memory stays flat.
        comemo::evict(10);
        result
    }
}

fn messages(errors: &[typst::diag::SourceDiagnostic]) -> String {
    errors
        .iter()
        .map(|e| e.message.to_string())
        .collect::<Vec<_>>()
        .join("; ")
}

static MAIN: LazyLock<FileId> = LazyLock::new(|| file_id(MAIN_PATH));
static DATA: LazyLock<FileId> = LazyLock::new(|| file_id(DATA_PATH));

fn file_id(path: &str) -> FileId {
    FileId::new(RootedPath::new(
        VirtualRoot::Project,
        VirtualPath::new(path).expect("a valid virtual path"),
    ))
}

/// One document's world: the template, its data, the shared library and fonts, and the day.
struct Job<'a> {
    typesetter: &'a Typesetter,
    main: Source,
    data: Bytes,
    today: NaiveDate,
}

impl World for Job<'_> {
    fn library(&self) -> &LazyHash<Library> {
        self.typesetter.library()
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.typesetter.fonts().book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(not_found(id))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == *DATA {
            Ok(self.data.clone())
        } else if id == self.main.id() {
            Ok(Bytes::from_string(self.main.clone()))
        } else {
            Err(not_found(id))
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.typesetter.fonts().slots.get(index)?.get()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        Datetime::from_ymd(
            self.today.year(),
            u8::try_from(self.today.month()).ok()?,
            u8::try_from(self.today.day()).ok()?,
        )
    }
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(PathBuf::from(format!("{:?}", id.vpath())))
}
