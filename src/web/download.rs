//! Downloads of lists: a table described once (its columns, each of a kind, and its rows) and
//! sent as CSV or as an Excel workbook (.xlsx).
//!
//! CSV is UTF-8 with a byte-order mark (so that Excel reads Vietnamese, Thai, Khmer and Burmese
//! right), with text cells a spreadsheet would run as formulas neutralised. The workbook has
//! real dates and numbers, a bold header row kept in view (a frozen pane) and column widths;
//! text is always written as a string, so it never becomes a formula.
//!
//! Short lists are read whole ([`Table`], [`send`]); long ones stream ([`stream`]): their rows
//! come from a database cursor through a bounded channel, so memory stays flat at any length.
//! CSV leaves in chunks as the rows arrive; a workbook cannot be written to the socket as it
//! grows, so it is written in the workbook writer's constant-memory mode to a temporary file on
//! a blocking thread, and that file is then sent.

use std::borrow::Cow;
use std::io::{Seek, SeekFrom};

use axum::body::Body;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use chrono::{DateTime, NaiveDate, Utc};
use tokio::sync::mpsc;

use crate::AppError;
use crate::domain::csv::neutralise;

/// At most this many rows leave in one download (a worksheet holds 1,048,576).
pub const MAX_ROWS: usize = 1_000_000;

/// CSV leaves in chunks of about this many bytes.
const CHUNK: usize = 64 * 1024;

/// An Excel cell holds at most this many characters.
const MAX_CELL_CHARS: usize = 32_767;

/// The two formats of every download, told by the path's extension (`/findings.csv`,
/// `/findings.xlsx`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Xlsx,
}

impl Format {
    /// The file name's extension.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Csv => "csv",
            Self::Xlsx => "xlsx",
        }
    }

    /// The Content-Type of the file.
    pub fn content_type(self) -> &'static str {
        match self {
            Self::Csv => "text/csv; charset=utf-8",
            Self::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }
    }

    /// The format of a path that ends in `.csv` or `.xlsx`.
    pub fn of_path(path: &str) -> Option<Self> {
        if path.ends_with(".csv") {
            Some(Self::Csv)
        } else if path.ends_with(".xlsx") {
            Some(Self::Xlsx)
        } else {
            None
        }
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Format {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Self::of_path(parts.uri.path()).ok_or(AppError::NotFound)
    }
}

/// What a column holds, which decides how its cells are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Date,
    /// A moment, shown in UTC.
    Time,
    Integer,
    /// A number shown with one decimal (an average).
    Decimal,
    /// Yes or no.
    Bool,
}

impl Kind {
    fn width(self) -> f64 {
        match self {
            Self::Text => 30.0,
            Self::Date => 12.0,
            Self::Time => 18.0,
            Self::Integer | Self::Decimal => 10.0,
            Self::Bool => 8.0,
        }
    }
}

/// A column: its heading (in the reader's language), its key and kind.
#[derive(Debug, Clone)]
pub struct Column {
    pub name: Cow<'static, str>,
    /// The column's name in the JSON of an export: its English heading, whatever the
    /// reader's language, so that the document's keys do not change with it.
    pub key: Cow<'static, str>,
    pub kind: Kind,
    /// Width in characters, for the workbook.
    pub width: f64,
}

impl Column {
    /// A column of `kind`, as wide as its kind usually needs (and its heading).
    pub fn new(name: impl Into<Cow<'static, str>>, kind: Kind) -> Self {
        let name = name.into();
        #[expect(
            clippy::cast_precision_loss,
            reason = "a heading is a few dozen characters"
        )]
        let heading = name.chars().count() as f64 + 2.0;
        Self {
            width: kind.width().max(heading).min(60.0),
            key: name.clone(),
            name,
            kind,
        }
    }

    /// A column headed `name` in the reader's language, keyed `key` (its English heading).
    pub fn keyed(
        key: impl Into<Cow<'static, str>>,
        name: impl Into<Cow<'static, str>>,
        kind: Kind,
    ) -> Self {
        Self {
            key: key.into(),
            ..Self::new(name, kind)
        }
    }

    /// The same column, `width` characters wide.
    #[must_use]
    pub fn wide(mut self, width: f64) -> Self {
        self.width = width;
        self
    }
}

/// Columns from `(heading, kind)` pairs.
pub fn columns(spec: &[(&'static str, Kind)]) -> Vec<Column> {
    spec.iter()
        .map(|(name, kind)| Column::new(*name, *kind))
        .collect()
}

/// Columns from catalogue messages and kinds, headed in the reader's language and keyed by
/// their English: `headings![("csv-title", Text), ("csv-starts", Date)]`.
macro_rules! headings {
    ($(($id:tt, $kind:ident)),* $(,)?) => {
        vec![$($crate::web::download::Column::keyed(
            fl!($crate::i18n::Lang::ENGLISH.loader(), $id),
            t!($id),
            $crate::web::download::Kind::$kind,
        )),*]
    };
}
pub(crate) use headings;

/// One cell's value.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Date(NaiveDate),
    Time(DateTime<Utc>),
    Integer(i64),
    Decimal(f64),
    Bool(bool),
}

impl From<String> for Cell {
    fn from(v: String) -> Self {
        Self::Text(v)
    }
}
impl From<&str> for Cell {
    fn from(v: &str) -> Self {
        Self::Text(v.to_owned())
    }
}
impl From<&String> for Cell {
    fn from(v: &String) -> Self {
        Self::Text(v.clone())
    }
}
impl From<NaiveDate> for Cell {
    fn from(v: NaiveDate) -> Self {
        Self::Date(v)
    }
}
impl From<DateTime<Utc>> for Cell {
    fn from(v: DateTime<Utc>) -> Self {
        Self::Time(v)
    }
}
impl From<i64> for Cell {
    fn from(v: i64) -> Self {
        Self::Integer(v)
    }
}
impl From<i32> for Cell {
    fn from(v: i32) -> Self {
        Self::Integer(v.into())
    }
}
impl From<i16> for Cell {
    fn from(v: i16) -> Self {
        Self::Integer(v.into())
    }
}
impl From<f64> for Cell {
    fn from(v: f64) -> Self {
        Self::Decimal(v)
    }
}
impl From<bool> for Cell {
    fn from(v: bool) -> Self {
        Self::Bool(v)
    }
}
impl<T: Into<Cell>> From<Option<T>> for Cell {
    fn from(v: Option<T>) -> Self {
        v.map_or(Self::Empty, Into::into)
    }
}

/// Cells from values of any kind: `cells![a, b, c]`.
macro_rules! cells {
    ($($value:expr),* $(,)?) => {
        vec![$($crate::web::download::Cell::from($value)),*]
    };
}
pub(crate) use cells;

impl Cell {
    /// The cell as a JSON value (dates as ISO 8601 text, an empty cell as null).
    pub fn json(&self) -> serde_json::Value {
        use serde_json::Value;
        match self {
            Self::Empty => Value::Null,
            Self::Text(t) => Value::String(t.clone()),
            Self::Date(d) => Value::String(d.format("%Y-%m-%d").to_string()),
            Self::Time(t) => Value::String(t.to_rfc3339()),
            Self::Integer(n) => Value::from(*n),
            Self::Decimal(n) => Value::from(*n),
            Self::Bool(b) => Value::Bool(*b),
        }
    }

    /// The cell as CSV text.
    fn csv(&self) -> String {
        match self {
            Self::Empty => String::new(),
            Self::Text(t) => neutralise(t),
            Self::Date(d) => d.format("%Y-%m-%d").to_string(),
            Self::Time(t) => t.format("%Y-%m-%d %H:%M:%S").to_string(),
            Self::Integer(n) => n.to_string(),
            Self::Decimal(n) => format!("{n:.1}"),
            Self::Bool(true) => "yes".to_owned(),
            Self::Bool(false) => "no".to_owned(),
        }
    }
}

/// A list read whole: the file's name (without date and extension), the worksheet's title,
/// its columns and rows.
#[derive(Debug, Clone)]
pub struct Table {
    pub name: String,
    pub title: String,
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    /// An empty table; `name` becomes the file name (`findings` -> `findings-2026-12-02.csv`).
    pub fn new(name: impl Into<String>, title: impl Into<String>, columns: Vec<Column>) -> Self {
        Self {
            name: name.into(),
            title: title.into(),
            columns,
            rows: Vec::new(),
        }
    }

    /// Adds a row (cells beyond the columns are dropped, missing ones are empty).
    pub fn push(&mut self, row: Vec<Cell>) {
        if self.rows.len() < MAX_ROWS {
            self.rows.push(row);
        }
    }

    /// The rows as JSON objects keyed by the column headings.
    pub fn json(&self) -> serde_json::Value {
        self.rows
            .iter()
            .map(|row| {
                self.columns
                    .iter()
                    .enumerate()
                    .map(|(i, c)| {
                        (
                            c.key.to_string(),
                            row.get(i).map_or(serde_json::Value::Null, Cell::json),
                        )
                    })
                    .collect::<serde_json::Map<_, _>>()
                    .into()
            })
            .collect::<Vec<serde_json::Value>>()
            .into()
    }

    /// The table as a CSV file.
    pub fn csv(&self) -> Result<Vec<u8>, AppError> {
        let mut out = CsvOut::new(&self.columns)?;
        for row in &self.rows {
            out.row(row)?;
        }
        Ok(out.buffer)
    }
}

/// A CSV file being written.
struct CsvOut {
    buffer: Vec<u8>,
    width: usize,
}

impl CsvOut {
    fn new(columns: &[Column]) -> Result<Self, AppError> {
        let mut out = Self {
            buffer: Vec::from("\u{feff}".as_bytes()),
            width: columns.len(),
        };
        let head: Vec<Cell> = columns
            .iter()
            .map(|c| Cell::Text(c.name.to_string()))
            .collect();
        out.row(&head)?;
        Ok(out)
    }

    fn row(&mut self, row: &[Cell]) -> Result<(), AppError> {
        let record: Vec<String> = (0..self.width)
            .map(|i| row.get(i).map(Cell::csv).unwrap_or_default())
            .collect();
        let mut w = csv::Writer::from_writer(&mut self.buffer);
        w.write_record(&record).map_err(internal)?;
        w.flush().map_err(internal)?;
        Ok(())
    }
}

fn internal(e: impl Into<anyhow::Error>) -> AppError {
    AppError::Internal(e.into())
}

/// The query string of a list's filters (the empty ones left out), for its download links.
pub fn query_of(pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .map(|(k, v)| {
            format!(
                "{k}={}",
                crate::web::urlencode(v.trim()).replace('/', "%2F")
            )
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// The file name of a download made on `today`: `findings-2026-12-02.xlsx` (only letters,
/// digits, `-` and `_` are kept of `name`).
pub fn filename(name: &str, today: NaiveDate, format: Format) -> String {
    let name: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!("{name}-{}.{}", today.format("%Y-%m-%d"), format.extension())
}

/// The headers of a file to download.
pub fn file_headers(
    content_type: &'static str,
    filename: &str,
) -> [(header::HeaderName, HeaderValue); 2] {
    [
        (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
        (
            header::CONTENT_DISPOSITION,
            HeaderValue::from_str(&format!("attachment; filename=\"{filename}\""))
                .unwrap_or_else(|_| HeaderValue::from_static("attachment")),
        ),
    ]
}

/// A table read whole, as the file of `format` (made on `today`, for its name).
pub async fn send(format: Format, today: NaiveDate, table: Table) -> Result<Response, AppError> {
    let name = filename(&table.name, today, format);
    let body = match format {
        Format::Csv => table.csv()?,
        Format::Xlsx => tokio::task::spawn_blocking(move || workbook_bytes(&table))
            .await
            .map_err(internal)??,
    };
    Ok((file_headers(format.content_type(), &name), body).into_response())
}

/// The rows of a streamed download, as its query sends them.
pub struct Rows {
    tx: mpsc::Sender<Result<Vec<Cell>, ()>>,
    sent: usize,
}

impl Rows {
    /// Sends a row; false when no more are wanted (the reader went away, or the most a
    /// download holds is reached): stop reading then.
    pub async fn push(&mut self, row: Vec<Cell>) -> bool {
        if self.sent >= MAX_ROWS {
            return false;
        }
        self.sent += 1;
        self.tx.send(Ok(row)).await.is_ok()
    }
}

/// A long list as the file of `format`, streamed: `produce` runs on a task of its own and
/// pushes the rows (from a database cursor, say) into [`Rows`]. The answer leaves at once; an
/// error while the rows are read is logged and cuts the download short, so a client sees a
/// failed download rather than a file that looks whole.
pub fn stream<F, Fut>(
    format: Format,
    today: NaiveDate,
    name: &str,
    title: &str,
    columns: Vec<Column>,
    produce: F,
) -> Response
where
    F: FnOnce(Rows) -> Fut + Send + 'static,
    Fut: std::future::Future<Output = Result<(), AppError>> + Send + 'static,
{
    let (tx, rx) = mpsc::channel(256);
    let failed = tx.clone();
    tokio::spawn(async move {
        if let Err(err) = produce(Rows { tx, sent: 0 }).await {
            tracing::error!(error = %err, "a download stopped: its rows could not be read");
            let _ = failed.send(Err(())).await;
        }
    });
    let name = filename(name, today, format);
    let body = match format {
        Format::Csv => csv_body(columns, rx),
        Format::Xlsx => workbook_body(title.to_owned(), columns, rx),
    };
    (file_headers(format.content_type(), &name), body).into_response()
}

/// Why a streamed download stopped short.
#[derive(Debug, thiserror::Error)]
#[error("the download's rows could not be read")]
struct Cut;

fn csv_body(columns: Vec<Column>, rx: mpsc::Receiver<Result<Vec<Cell>, ()>>) -> Body {
    let start = CsvOut::new(&columns).map(|out| (out, rx, false));
    let chunks = futures_util::stream::unfold(Some(start), |state| async move {
        let (mut out, mut rx, done) = match state? {
            Ok(state) => state,
            Err(_) => return Some((Err(Cut), None)),
        };
        if done {
            return None;
        }
        let mut finished = false;
        while out.buffer.len() < CHUNK {
            match rx.recv().await {
                Some(Ok(row)) => {
                    if out.row(&row).is_err() {
                        return Some((Err(Cut), None));
                    }
                }
                Some(Err(())) => return Some((Err(Cut), None)),
                None => {
                    finished = true;
                    break;
                }
            }
        }
        let chunk = Bytes::from(std::mem::take(&mut out.buffer));
        Some((Ok::<_, Cut>(chunk), Some(Ok((out, rx, finished)))))
    });
    Body::from_stream(chunks)
}

/// The formats a workbook's cells use.
struct Formats {
    header: rust_xlsxwriter::Format,
    date: rust_xlsxwriter::Format,
    time: rust_xlsxwriter::Format,
    decimal: rust_xlsxwriter::Format,
}

impl Formats {
    fn new() -> Self {
        Self {
            header: rust_xlsxwriter::Format::new().set_bold(),
            date: rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd"),
            time: rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd hh:mm"),
            decimal: rust_xlsxwriter::Format::new().set_num_format("0.0"),
        }
    }
}

/// A worksheet title Excel accepts: at most 31 characters, none of `[]:*?/\`.
fn sheet_title(title: &str) -> String {
    let clean: String = title
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\'))
        .take(31)
        .collect();
    if clean.trim().is_empty() {
        "Sheet1".to_owned()
    } else {
        clean
    }
}

/// Sets up a worksheet: its title, widths, the header row and the frozen pane under it.
fn start_sheet(
    sheet: &mut rust_xlsxwriter::Worksheet,
    title: &str,
    columns: &[Column],
    formats: &Formats,
) -> Result<(), rust_xlsxwriter::XlsxError> {
    sheet.set_name(sheet_title(title))?;
    for (i, column) in (0u16..).zip(columns) {
        sheet.set_column_width(i, column.width)?;
        sheet.write_string_with_format(0, i, column.name.as_ref(), &formats.header)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

/// Writes one row of cells at `row`.
fn write_row(
    sheet: &mut rust_xlsxwriter::Worksheet,
    row: u32,
    cells: &[Cell],
    width: usize,
    formats: &Formats,
) -> Result<(), rust_xlsxwriter::XlsxError> {
    for (col, cell) in (0u16..).zip(cells.iter().take(width)) {
        match cell {
            Cell::Empty => {}
            Cell::Text(t) if t.is_empty() => {}
            Cell::Text(t) => {
                // Always a string: text typed as `=HYPERLINK(...)` stays text.
                if t.chars().count() > MAX_CELL_CHARS {
                    let cut: String = t.chars().take(MAX_CELL_CHARS).collect();
                    sheet.write_string(row, col, cut)?;
                } else {
                    sheet.write_string(row, col, t)?;
                }
            }
            Cell::Date(d) => {
                sheet.write_datetime_with_format(row, col, d, &formats.date)?;
            }
            Cell::Time(t) => {
                sheet.write_datetime_with_format(row, col, t.naive_utc(), &formats.time)?;
            }
            Cell::Integer(n) => {
                #[expect(clippy::cast_precision_loss, reason = "counts are far below 2^53")]
                sheet.write_number(row, col, *n as f64)?;
            }
            Cell::Decimal(n) => {
                sheet.write_number_with_format(row, col, *n, &formats.decimal)?;
            }
            Cell::Bool(b) => {
                sheet.write_boolean(row, col, *b)?;
            }
        }
    }
    Ok(())
}

/// A whole table as workbook bytes (for short lists, on a blocking thread).
fn workbook_bytes(table: &Table) -> Result<Vec<u8>, AppError> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let formats = Formats::new();
    let sheet = book.add_worksheet();
    start_sheet(sheet, &table.title, &table.columns, &formats).map_err(internal)?;
    for (row, cells) in (1u32..).zip(&table.rows) {
        write_row(sheet, row, cells, table.columns.len(), &formats).map_err(internal)?;
    }
    book.save_to_buffer().map_err(internal)
}

/// Several tables as one workbook (a sheet each), for the whole-consultation export.
pub fn workbook_of(tables: &[Table]) -> Result<Vec<u8>, AppError> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let formats = Formats::new();
    for table in tables {
        let sheet = book.add_worksheet();
        start_sheet(sheet, &table.title, &table.columns, &formats).map_err(internal)?;
        for (row, cells) in (1u32..).zip(&table.rows) {
            write_row(sheet, row, cells, table.columns.len(), &formats).map_err(internal)?;
        }
    }
    book.save_to_buffer().map_err(internal)
}

/// Writes the streamed rows into a constant-memory workbook in a temporary file, on the
/// calling (blocking) thread; the file, rewound.
fn workbook_file(
    title: &str,
    columns: &[Column],
    mut rx: mpsc::Receiver<Result<Vec<Cell>, ()>>,
) -> Result<std::fs::File, AppError> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let formats = Formats::new();
    let sheet = book
        .add_worksheet_with_constant_memory()
        .map_err(internal)?;
    start_sheet(sheet, title, columns, &formats).map_err(internal)?;
    let mut row = 1u32;
    while let Some(cells) = rx.blocking_recv() {
        let cells = cells.map_err(|()| internal(Cut))?;
        write_row(sheet, row, &cells, columns.len(), &formats).map_err(internal)?;
        row += 1;
    }
    let mut file = tempfile::tempfile().map_err(internal)?;
    book.save_to_writer(&mut file).map_err(internal)?;
    file.seek(SeekFrom::Start(0)).map_err(internal)?;
    Ok(file)
}

fn workbook_body(
    title: String,
    columns: Vec<Column>,
    rx: mpsc::Receiver<Result<Vec<Cell>, ()>>,
) -> Body {
    enum State {
        Writing(tokio::task::JoinHandle<Result<std::fs::File, AppError>>),
        Sending(tokio::fs::File),
    }
    let writing = tokio::task::spawn_blocking(move || workbook_file(&title, &columns, rx));
    let chunks = futures_util::stream::unfold(Some(State::Writing(writing)), |state| async move {
        use tokio::io::AsyncReadExt;
        let mut file = match state? {
            State::Writing(handle) => match handle.await {
                Ok(Ok(file)) => tokio::fs::File::from_std(file),
                Ok(Err(err)) => {
                    tracing::error!(error = %err, "a workbook could not be written");
                    return Some((Err(Cut), None));
                }
                Err(err) => {
                    tracing::error!(error = %err, "a workbook's writer stopped");
                    return Some((Err(Cut), None));
                }
            },
            State::Sending(file) => file,
        };
        let mut buffer = vec![0; CHUNK];
        match file.read(&mut buffer).await {
            Ok(0) => None,
            Ok(n) => {
                buffer.truncate(n);
                Some((Ok(Bytes::from(buffer)), Some(State::Sending(file))))
            }
            Err(err) => {
                tracing::error!(error = %err, "a workbook could not be read back");
                Some((Err(Cut), None))
            }
        }
    });
    Body::from_stream(chunks)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_carry_the_date_and_only_safe_characters() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap_or_default();
        assert_eq!(
            filename("findings", day, Format::Xlsx),
            "findings-2026-12-02.xlsx"
        );
        assert_eq!(
            filename("a \"b\"/c", day, Format::Csv),
            "a--b--c-2026-12-02.csv"
        );
    }

    #[test]
    fn csv_cells_are_neutralised_and_dates_are_iso() {
        let mut table = Table::new(
            "t",
            "T",
            columns(&[
                ("text", Kind::Text),
                ("day", Kind::Date),
                ("n", Kind::Integer),
            ]),
        );
        table.push(cells![
            "=HYPERLINK(\"x\")",
            NaiveDate::from_ymd_opt(2019, 12, 18),
            7_i64
        ]);
        let csv = String::from_utf8(table.csv().unwrap_or_default()).unwrap_or_default();
        assert_eq!(
            csv,
            "\u{feff}text,day,n\n\"'=HYPERLINK(\"\"x\"\")\",2019-12-18,7\n"
        );
    }

    #[test]
    fn sheet_titles_are_what_excel_accepts() {
        assert_eq!(sheet_title("a/b:c"), "abc");
        assert_eq!(sheet_title(""), "Sheet1");
        assert_eq!(sheet_title(&"x".repeat(40)).len(), 31);
    }
}
