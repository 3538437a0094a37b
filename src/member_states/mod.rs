//! The eleven ASEAN Member States, with their membership dates and the frameworks that bind
//! them: reference data every slice reads (each one's page is `country`).

pub mod queries;

/// Member State `code`'s short name in the reader's language ("Thái Lan"); `english`, the
/// stored name, in English or where the language has no name for it.
pub fn state_name(code: &str, english: &str) -> String {
    crate::i18n::own_or(&format!("state-{}", code.trim()), english)
}

/// Where a record belongs: its Member State's name in the reader's language, or "Regional"
/// when it has none.
pub fn place(code: Option<&str>, english: Option<&str>) -> String {
    match (code, english) {
        (Some(code), Some(name)) => state_name(code, name),
        _ => t!("regional"),
    }
}

/// Member State `code`'s formal name in the reader's language ("Vương quốc Thái Lan").
pub fn formal_name(code: &str, english: &str) -> String {
    crate::i18n::own_or(&format!("state-formal-{}", code.trim()), english)
}

/// The codes of the Member States the catalogues name.
pub const CODES: [&str; 11] = [
    "BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN",
];

/// The zone people of Member State `code` keep their clocks in (the capital's), for saying when
/// something happened ("Draft saved at 14:05 (UTC+7)"); UTC for a code that names none.
pub fn zone(code: &str) -> chrono::FixedOffset {
    use chrono::Offset as _;
    let minutes = match code.trim() {
        "MM" => 6 * 60 + 30,
        "ID" | "KH" | "LA" | "TH" | "VN" => 7 * 60,
        "BN" | "MY" | "PH" | "SG" => 8 * 60,
        "TL" => 9 * 60,
        _ => 0,
    };
    chrono::FixedOffset::east_opt(minutes * 60).unwrap_or(chrono::Utc.fix())
}

#[cfg(test)]
mod tests {
    #[test]
    fn each_member_state_has_its_capitals_zone() {
        assert_eq!(crate::web::format::zone(super::zone("VN")), "UTC+7");
        assert_eq!(crate::web::format::zone(super::zone("MM")), "UTC+6:30");
        assert_eq!(crate::web::format::zone(super::zone("TL")), "UTC+9");
        assert_eq!(crate::web::format::zone(super::zone("")), "UTC");
    }
}
