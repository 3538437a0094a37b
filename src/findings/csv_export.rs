//! The tracker's CSV export: exactly the filtered findings, UTF-8 with a byte-order mark (so
//! Excel reads Vietnamese, Thai, Khmer and Burmese right), with cells that a spreadsheet would
//! run as formulas neutralised.

use super::queries::ListItem;
use crate::domain::csv::neutralise;

/// The CSV file of `rows`.
pub fn write(rows: &[ListItem]) -> Result<Vec<u8>, csv::Error> {
    let mut out = Vec::from("\u{feff}".as_bytes());
    {
        let mut w = csv::Writer::from_writer(&mut out);
        w.write_record([
            "id",
            "kind",
            "statement",
            "consultation",
            "consultation date",
            "member states",
            "commitments",
            "themes",
            "status",
            "addressee",
            "due",
            "overdue",
            "visibility",
        ])?;
        for r in rows {
            let date = |d: Option<chrono::NaiveDate>| {
                d.map(|d| d.format("%Y-%m-%d").to_string())
                    .unwrap_or_default()
            };
            w.write_record([
                r.id.to_string(),
                r.kind.label().to_owned(),
                neutralise(&r.statement),
                neutralise(&r.consultation_title),
                date(r.consultation_date),
                r.states.join("; "),
                r.commitments.join("; "),
                neutralise(&r.themes.join("; ")),
                r.status.map(|s| s.label().to_owned()).unwrap_or_default(),
                neutralise(r.addressee.as_deref().unwrap_or_default()),
                date(r.due_on),
                if r.overdue {
                    "yes".to_owned()
                } else {
                    String::new()
                },
                r.visibility.label().to_owned(),
            ])?;
        }
        w.flush()?;
    }
    Ok(out)
}
