//! The one reader of typed dates, for forms, filters and page markers alike.

/// The earliest year a date may have: earlier ones are mistyped (PostgreSQL cannot even hold
/// some of them, `-5000-01-01`).
pub const FIRST_YEAR: i32 = 1900;
/// The latest year a date may have.
pub const LAST_YEAR: i32 = 2100;

/// Why a typed date is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateProblem {
    /// Not of the form `2019-12-18`.
    Shape,
    /// A real date, but outside [`FIRST_YEAR`]..=[`LAST_YEAR`].
    OutOfRange,
}

impl DateProblem {
    /// The message beside a date field.
    pub fn message(self) -> String {
        match self {
            Self::Shape => t!("date-shape"),
            Self::OutOfRange => t!(
                "date-range",
                first = FIRST_YEAR.to_string(),
                last = LAST_YEAR.to_string()
            ),
        }
    }
}

/// The one reader of a typed date (`2019-12-18`) for every form field, filter and page marker
/// of the app: `None` when left empty; four-digit years from [`FIRST_YEAR`] to [`LAST_YEAR`]
/// only, so that no date reaches PostgreSQL or the templates that either cannot hold.
pub fn date(value: &str) -> Result<Option<chrono::NaiveDate>, DateProblem> {
    use chrono::Datelike as _;
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    // chrono reads signed and longer years (`+99999-01-01`); a date field never sends them.
    let shaped = value.len() == 10
        && value.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if !shaped {
        return Err(DateProblem::Shape);
    }
    let date =
        chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d").map_err(|_| DateProblem::Shape)?;
    if (FIRST_YEAR..=LAST_YEAR).contains(&date.year()) {
        Ok(Some(date))
    } else {
        Err(DateProblem::OutOfRange)
    }
}
