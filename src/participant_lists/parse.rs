//! Reading a participant list: the file's encoding and columns, and each row's own problems.
//! Pure functions; what needs the database (organisations, people already recorded) is checked
//! in `queries`.

use crate::consultations::ParticipationRole;
use crate::people::Sex;

/// The most data rows a file may have.
pub const MAX_ROWS: usize = 10_000;

/// A row as read, with its line number as the spreadsheet shows it (the header is line 1).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Row {
    pub line: usize,
    pub name: String,
    pub sex_text: String,
    pub organisation: String,
    pub role_text: String,
    pub title: String,
    pub email: String,
    pub sex: Option<Sex>,
    pub role: Option<ParticipationRole>,
    pub problems: Vec<String>,
    /// The earlier line the same person is on, when the row repeats one.
    pub duplicate_of: Option<usize>,
}

/// A file read whole: its rows, and the lines skipped because they were blank.
#[derive(Debug, Default)]
pub struct Sheet {
    pub rows: Vec<Row>,
    pub blank_lines: Vec<usize>,
}

/// Why a file cannot be read at all.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum FileError {
    #[error(
        "This file is not in UTF-8, so names in Vietnamese, Thai, Khmer or Burmese would be \
         garbled. In Excel, choose File › Save As › \"CSV UTF-8 (Comma delimited)\" and upload \
         that file."
    )]
    NotUtf8,
    #[error("The file is empty.")]
    Empty,
    #[error("The first line must name the columns; these are missing: {0}.")]
    MissingColumns(String),
    #[error("The file has {0} rows; at most 10,000 can be imported at once. Split it in two.")]
    TooManyRows(usize),
    #[error(
        "Line {0} holds a null character (U+0000), which cannot be stored; the file may not be \
         a CSV export. Save it again as \"CSV UTF-8\" and upload that file."
    )]
    NullCharacter(usize),
    #[error("The file could not be read as CSV: {0}")]
    Malformed(String),
}

impl FileError {
    /// What the upload page says, in the language of the request.
    pub fn message(&self) -> String {
        match self {
            Self::NotUtf8 => t!("list-not-utf8"),
            Self::Empty => t!("list-empty"),
            Self::MissingColumns(columns) => t!("list-missing-columns", columns = columns.as_str()),
            Self::TooManyRows(n) => t!("list-too-many-rows", rows = n.to_string()),
            Self::NullCharacter(line) => t!("list-null-character", line = line.to_string()),
            Self::Malformed(why) => t!("list-malformed", why = why.as_str()),
        }
    }
}

/// The problem of a row whose person is already on an earlier line of the file.
pub fn duplicate_problem(first: usize) -> String {
    t!("list-duplicate", line = first.to_string())
}

fn sex_of(text: &str) -> Option<Sex> {
    match text.trim().to_lowercase().as_str() {
        "f" | "female" | "woman" | "w" | "nữ" | "nu" => Some(Sex::Female),
        "m" | "male" | "man" | "nam" => Some(Sex::Male),
        "other" | "o" | "x" => Some(Sex::Other),
        "not stated" | "not_stated" | "prefer not to say" | "unknown" => Some(Sex::NotStated),
        _ => None,
    }
}

fn role_of(text: &str) -> Option<ParticipationRole> {
    match text.trim().to_lowercase().replace(['_', ' '], "-").as_str() {
        "" | "participant" => Some(ParticipationRole::Participant),
        "organiser" | "organizer" => Some(ParticipationRole::Organiser),
        "co-organiser" | "co-organizer" => Some(ParticipationRole::CoOrganiser),
        "speaker" => Some(ParticipationRole::Speaker),
        "observer" => Some(ParticipationRole::Observer),
        "funder" => Some(ParticipationRole::Funder),
        _ => None,
    }
}

/// Whether a cell would run as a formula in a spreadsheet (`=HYPERLINK(...)`, `+`, `-`, `@`).
fn looks_like_formula(cell: &str) -> bool {
    cell.trim_start().starts_with(['=', '+', '-', '@'])
}

/// Reads `bytes` (UTF-8, with or without a byte-order mark) into rows with their problems.
pub fn read(bytes: &[u8]) -> Result<Sheet, FileError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|_| FileError::NotUtf8)?;
    if text.trim().is_empty() {
        return Err(FileError::Empty);
    }
    if let Some(at) = text.find('\0') {
        let line = text[..at].matches('\n').count() + 1;
        return Err(FileError::NullCharacter(line));
    }
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(false)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let header = records
        .next()
        .ok_or(FileError::Empty)?
        .map_err(|e| FileError::Malformed(e.to_string()))?;
    let column = |names: &[&str]| {
        header
            .iter()
            .position(|h| names.contains(&h.trim().to_lowercase().as_str()))
    };
    let name = column(&["name", "full name", "full_name"]);
    let sex = column(&["sex", "gender"]);
    let organisation = column(&["organisation", "organization", "org"]);
    let role = column(&["role"]);
    let title = column(&["title", "position"]);
    let email = column(&["email", "e-mail"]);
    let missing: Vec<&str> = [("name", name), ("sex", sex), ("organisation", organisation)]
        .into_iter()
        .filter(|(_, found)| found.is_none())
        .map(|(label, _)| label)
        .collect();
    if !missing.is_empty() {
        return Err(FileError::MissingColumns(missing.join(", ")));
    }
    let mut sheet = Sheet::default();
    for (index, record) in records.enumerate() {
        let line = index + 2;
        let record = record.map_err(|e| FileError::Malformed(e.to_string()))?;
        if record.iter().all(|cell| cell.trim().is_empty()) {
            sheet.blank_lines.push(line);
            continue;
        }
        if sheet.rows.len() == MAX_ROWS {
            return Err(FileError::TooManyRows(MAX_ROWS + 1));
        }
        let cell = |i: Option<usize>| {
            i.and_then(|i| record.get(i))
                .map(|c| c.trim().to_owned())
                .unwrap_or_default()
        };
        let mut row = Row {
            line,
            name: cell(name),
            sex_text: cell(sex),
            organisation: cell(organisation),
            role_text: cell(role),
            title: cell(title),
            email: cell(email),
            ..Row::default()
        };
        check(&mut row);
        sheet.rows.push(row);
    }
    mark_duplicates(&mut sheet.rows);
    Ok(sheet)
}

/// A row's own problems: what can be told without the database.
fn check(row: &mut Row) {
    for (label, value) in [
        ("name", &row.name),
        ("organisation", &row.organisation),
        ("title", &row.title),
        ("email", &row.email),
    ] {
        if looks_like_formula(value) {
            row.problems.push(format!(
                "The {label} begins with {:?}, which a spreadsheet would run as a formula; \
                 remove it.",
                value.chars().next().unwrap_or('=')
            ));
        }
    }
    let max = crate::web::form::MAX_LINE.to_string();
    for (too_long, value) in [
        ("list-name-too-long", &row.name),
        ("list-organisation-too-long", &row.organisation),
        ("list-title-too-long", &row.title),
        ("list-email-too-long", &row.email),
    ] {
        if value.chars().count() > crate::web::form::MAX_LINE {
            let problem = match too_long {
                "list-name-too-long" => t!("list-name-too-long", max = max.as_str()),
                "list-organisation-too-long" => {
                    t!("list-organisation-too-long", max = max.as_str())
                }
                "list-title-too-long" => t!("list-title-too-long", max = max.as_str()),
                _ => t!("list-email-too-long", max = max.as_str()),
            };
            row.problems.push(problem);
        }
    }
    if row.name.is_empty() {
        row.problems.push(t!("list-name-missing"));
    }
    if row.organisation.is_empty() {
        row.problems.push(t!("list-organisation-missing"));
    }
    if row.sex_text.is_empty() {
        row.problems.push(t!("list-sex-missing"));
    } else {
        row.sex = sex_of(&row.sex_text);
        if row.sex.is_none() {
            row.problems
                .push(t!("list-sex-unknown", sex = format!("{:?}", row.sex_text)));
        }
    }
    row.role = role_of(&row.role_text);
    if row.role.is_none() {
        row.problems.push(t!(
            "list-role-unknown",
            role = format!("{:?}", row.role_text)
        ));
    }
    if !row.email.is_empty() && !row.email.contains('@') {
        row.problems
            .push(t!("list-not-email", email = format!("{:?}", row.email)));
    }
}

/// The same person (name and organisation, in any case) twice in the file.
fn mark_duplicates(rows: &mut [Row]) {
    let mut seen: std::collections::HashMap<(String, String), usize> = Default::default();
    for row in rows.iter_mut() {
        if row.name.is_empty() {
            continue;
        }
        let key = (row.name.to_lowercase(), row.organisation.to_lowercase());
        match seen.get(&key) {
            Some(first) => {
                row.duplicate_of = Some(*first);
                row.problems.push(duplicate_problem(*first));
            }
            None => {
                seen.insert(key, row.line);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_with_a_byte_order_mark_and_any_script_reads_exactly() {
        let file =
            "\u{feff}Name,Sex,Organisation,Role\nHà Thị Lan,F,CDI,\nสมชาย ใจดี,male,ILO,observer\n";
        let sheet = read(file.as_bytes()).expect("reads");
        assert_eq!(sheet.rows.len(), 2);
        assert_eq!(sheet.rows[0].name, "Hà Thị Lan");
        assert_eq!(sheet.rows[0].sex, Some(Sex::Female));
        assert_eq!(sheet.rows[1].role, Some(ParticipationRole::Observer));
        assert!(sheet.rows.iter().all(|r| r.problems.is_empty()));
    }

    #[test]
    fn each_problem_is_reported_on_its_line() {
        let file = "name,sex,organisation\n\
                    =HYPERLINK(\"http://x\"),female,CDI\n\
                    ,,\n\
                    Lan,,CDI\n\
                    Minh,robot,CDI\n\
                    Lan,female,cdi\n";
        let sheet = read(file.as_bytes()).expect("reads");
        assert_eq!(sheet.blank_lines, [3]);
        let problems = |line: usize| {
            sheet
                .rows
                .iter()
                .find(|r| r.line == line)
                .map(|r| r.problems.join(" "))
                .unwrap_or_default()
        };
        assert!(problems(2).contains("run as a formula"), "{}", problems(2));
        assert!(problems(4).contains("The sex is missing"));
        assert!(problems(5).contains("is not one of female"));
        assert!(problems(6).contains("The same person is already on line 4."));
    }

    #[test]
    fn files_that_cannot_be_read_say_why() {
        assert_eq!(
            read(b"name,sex,organisation\nH\xe0 N\xf4i,f,CDI\n").err(),
            Some(FileError::NotUtf8)
        );
        assert_eq!(read(b"  \n").err(), Some(FileError::Empty));
        assert_eq!(
            read(b"name,organisation\nLan,CDI\n").err(),
            Some(FileError::MissingColumns("sex".into()))
        );
        assert_eq!(
            read(b"name,sex,organisation\nLan,female,CDI\nHa\0i,male,CDI\n").err(),
            Some(FileError::NullCharacter(3))
        );
        let long = format!("name,sex,organisation\n{},female,CDI\n", "a".repeat(301));
        let sheet = read(long.as_bytes()).expect("reads");
        assert!(sheet.rows[0].problems[0].contains("The name is too long"));
        let mut big = String::from("name,sex,organisation\n");
        for i in 0..=MAX_ROWS {
            big.push_str(&format!("Person {i},female,CDI\n"));
        }
        assert_eq!(
            read(big.as_bytes()).err(),
            Some(FileError::TooManyRows(MAX_ROWS + 1))
        );
    }
}
