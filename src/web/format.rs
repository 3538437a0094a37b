//! How dates, periods and numbers are written on pages.

use chrono::{Datelike as _, NaiveDate};

/// "18 December 2019".
pub fn date(d: NaiveDate) -> String {
    d.format("%-d %B %Y").to_string()
}

/// "25-26 July 2019", "30 July - 2 August 2019", "18 December 2019"; or the planned period
/// when there is no date yet ("early 2020"), or "date not set".
pub fn period(starts: Option<NaiveDate>, ends: Option<NaiveDate>, planned: &str) -> String {
    match (starts, ends) {
        (Some(s), Some(e)) if e != s => {
            if s.year() != e.year() {
                format!("{} - {}", date(s), date(e))
            } else if s.month() != e.month() {
                format!("{} - {}", s.format("%-d %B"), date(e))
            } else {
                format!("{}-{}", s.day(), date(e))
            }
        }
        (Some(s), _) => date(s),
        (None, _) if !planned.trim().is_empty() => planned.trim().to_owned(),
        (None, _) => "date not set".to_owned(),
    }
}

/// The ISO date for a `<time datetime>` attribute, or nothing.
pub fn iso(d: Option<NaiveDate>) -> String {
    d.map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn periods_read_as_people_write_them() {
        assert_eq!(period(d(2019, 12, 18), None, ""), "18 December 2019");
        assert_eq!(
            period(d(2019, 7, 25), d(2019, 7, 26), ""),
            "25-26 July 2019"
        );
        assert_eq!(
            period(d(2019, 7, 30), d(2019, 8, 2), ""),
            "30 July - 2 August 2019"
        );
        assert_eq!(
            period(d(2019, 12, 30), d(2020, 1, 2), ""),
            "30 December 2019 - 2 January 2020"
        );
        assert_eq!(period(None, None, "early 2020"), "early 2020");
        assert_eq!(period(None, None, " "), "date not set");
    }
}
