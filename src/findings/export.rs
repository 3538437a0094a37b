//! The tracker's downloads (CSV and Excel): its columns and one finding's row, written once for
//! both formats and for the whole-consultation export.

use super::queries::ListItem;
use crate::web::download::{self, Cell, Column, cells};

/// The columns of a findings download.
pub fn header() -> Vec<Column> {
    let mut columns = download::headings![
        ("csv-id", Text),
        ("csv-kind", Text),
        ("csv-statement", Text),
        ("csv-consultation", Text),
        ("csv-consultation-date", Date),
        ("csv-member-states", Text),
        ("csv-commitments", Text),
        ("csv-themes", Text),
        ("csv-status", Text),
        ("csv-addressee", Text),
        ("csv-due", Date),
        ("csv-overdue", Bool),
        ("csv-visibility", Text),
        ("csv-latest-update", Date),
        ("csv-latest-update-text", Text),
    ];
    columns[0] = columns[0].clone().wide(38.0);
    columns[2] = columns[2].clone().wide(60.0);
    columns
}

/// One finding's row.
pub fn row(r: &ListItem) -> Vec<Cell> {
    cells![
        r.id.to_string(),
        r.kind.label(),
        &r.statement,
        &r.consultation_title,
        r.consultation_date,
        r.state_names().join("; "),
        r.commitments.join("; "),
        r.themes.join("; "),
        r.status.map(|s| s.label()),
        r.addressee_named(),
        r.due_on,
        r.overdue,
        r.visibility.label(),
        r.latest_update_on,
        r.latest_update.as_deref(),
    ]
}
