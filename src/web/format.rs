//! How dates, periods and numbers are written on pages.

use chrono::{DateTime, Datelike as _, FixedOffset, NaiveDate, Utc};

/// "18 December 2019", "18 Desember 2019", "18 tháng 12 năm 2019": in the language of the
/// request.
pub fn date(d: NaiveDate) -> String {
    t!(
        "date-long",
        day = d.day(),
        month = month(d.month()),
        year = d.year()
    )
}

/// "30 July", "30 Juli", "30 tháng 7".
fn day_month(d: NaiveDate) -> String {
    t!("date-day-month", day = d.day(), month = month(d.month()))
}

/// The month's name in the language of the request.
pub fn month(m: u32) -> String {
    match m {
        1 => t!("month-1"),
        2 => t!("month-2"),
        3 => t!("month-3"),
        4 => t!("month-4"),
        5 => t!("month-5"),
        6 => t!("month-6"),
        7 => t!("month-7"),
        8 => t!("month-8"),
        9 => t!("month-9"),
        10 => t!("month-10"),
        11 => t!("month-11"),
        _ => t!("month-12"),
    }
}

/// "25-26 July 2019", "30 July - 2 August 2019", "18 December 2019"; or the planned period
/// when there is no date yet ("early 2020"), or "date not set".
pub fn period(starts: Option<NaiveDate>, ends: Option<NaiveDate>, planned: &str) -> String {
    match (starts, ends) {
        (Some(s), Some(e)) if e != s => {
            let (from, to) = if s.year() != e.year() {
                (date(s), date(e))
            } else if s.month() != e.month() {
                (day_month(s), date(e))
            } else {
                (s.day().to_string(), date(e))
            };
            if s.year() == e.year() && s.month() == e.month() {
                t!("period-days", from = from, to = to)
            } else {
                t!("period", from = from, to = to)
            }
        }
        (Some(s), _) => date(s),
        (None, _) if !planned.trim().is_empty() => planned.trim().to_owned(),
        (None, _) => t!("date-not-set"),
    }
}

/// A time of day with its zone: "14:05 (UTC+7)", "09:30 (UTC+6:30)", "07:05 (UTC)".
pub fn time(at: DateTime<Utc>, offset: FixedOffset) -> String {
    format!(
        "{} ({})",
        at.with_timezone(&offset).format("%H:%M"),
        zone(offset)
    )
}

/// A date and time with its zone: "1 December 2026, 14:05 (UTC+7)".
pub fn date_time(at: DateTime<Utc>, offset: FixedOffset) -> String {
    format!(
        "{}, {}",
        date(at.with_timezone(&offset).date_naive()),
        time(at, offset)
    )
}

/// A date and time in UTC: "1 December 2026, 07:05 (UTC)".
pub fn date_time_utc(at: DateTime<Utc>) -> String {
    use chrono::Offset as _;
    date_time(at, Utc.fix())
}

/// "UTC", "UTC+7", "UTC-3:30".
pub fn zone(offset: FixedOffset) -> String {
    let seconds = offset.local_minus_utc();
    if seconds == 0 {
        return "UTC".to_owned();
    }
    let sign = if seconds < 0 { '-' } else { '+' };
    let minutes = seconds.abs() / 60;
    match minutes % 60 {
        0 => format!("UTC{sign}{}", minutes / 60),
        m => format!("UTC{sign}{}:{m:02}", minutes / 60),
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
    fn times_read_as_people_write_them() {
        let at = DateTime::parse_from_rfc3339("2026-12-01T07:05:00Z")
            .expect("a time")
            .with_timezone(&Utc);
        let east = |h: i32, m: i32| FixedOffset::east_opt(h * 3600 + m * 60).expect("an offset");
        assert_eq!(time(at, east(7, 0)), "14:05 (UTC+7)");
        assert_eq!(time(at, east(6, 30)), "13:35 (UTC+6:30)");
        assert_eq!(time(at, east(0, 0)), "07:05 (UTC)");
        assert_eq!(date_time(at, east(9, 0)), "1 December 2026, 16:05 (UTC+9)");
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
