//! What every CSV export shares: cells that a spreadsheet would run as formulas are
//! neutralised.

/// A cell as written: one that begins with `=`, `+`, `-`, `@`, a tab or a carriage return gets
/// a leading apostrophe, so a spreadsheet shows it as text instead of running it.
pub fn neutralise(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_plain_text_is_not() {
        assert_eq!(neutralise("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralise("+1"), "'+1");
        assert_eq!(neutralise("-2"), "'-2");
        assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise("Hà Nội = capital"), "Hà Nội = capital");
    }
}
