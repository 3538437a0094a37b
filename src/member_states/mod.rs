//! The eleven ASEAN Member States, with their membership dates and the frameworks that bind
//! them: reference data every slice reads (each one's page is `country`).

pub mod queries;

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
