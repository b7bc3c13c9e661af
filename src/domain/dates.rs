//! Dates as people type them: `dd.mm.yyyy` (Slovenian and Russian habit, also
//! `d. m. yyyy`) or ISO `yyyy-mm-dd`.

use chrono::NaiveDate;

use super::DomainError;

pub fn parse_date(text: &str) -> Result<NaiveDate, DomainError> {
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let bad = || DomainError::BadDate(text.trim().to_string());
    let parts: Vec<&str> = if t.contains('-') {
        t.split('-').collect()
    } else {
        t.trim_end_matches('.').split('.').collect()
    };
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.chars().all(|c| c.is_ascii_digit()))
    {
        return Err(bad());
    }
    let num = |s: &str| s.parse::<u32>().map_err(|_| bad());
    let (y, m, d) = if t.contains('-') {
        (num(parts[0])?, num(parts[1])?, num(parts[2])?)
    } else {
        (num(parts[2])?, num(parts[1])?, num(parts[0])?)
    };
    if !(1900..=2200).contains(&y) {
        return Err(bad());
    }
    let year = i32::try_from(y).map_err(|_| bad())?;
    NaiveDate::from_ymd_opt(year, m, d).ok_or_else(bad)
}

/// A date written the way the user wrote the one they typed: `dd.mm.yyyy`
/// after a dotted date, ISO after an ISO one.
pub fn in_typed_style(date: NaiveDate, typed: &str) -> String {
    if typed.contains('-') {
        date.format("%Y-%m-%d").to_string()
    } else {
        date.format("%d.%m.%Y").to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_back_as_they_were_typed() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 9).unwrap();
        assert_eq!(in_typed_style(d, "9. 3. 2026"), "09.03.2026");
        assert_eq!(in_typed_style(d, "2026-03-09"), "2026-03-09");
    }

    #[test]
    fn both_habits_parse() {
        let want = NaiveDate::from_ymd_opt(2026, 3, 9).unwrap();
        assert_eq!(parse_date("09.03.2026"), Ok(want));
        assert_eq!(parse_date("9. 3. 2026"), Ok(want));
        assert_eq!(parse_date("2026-03-09"), Ok(want));
        assert_eq!(parse_date(" 9.3.2026. "), Ok(want));
    }

    #[test]
    fn nonsense_is_refused() {
        for bad in [
            "",
            "31.02.2026",
            "2026-13-01",
            "1.1.26",
            "abc",
            "1..2026",
            "1.1.99999",
            "+1.2.2026",
        ] {
            assert!(parse_date(bad).is_err(), "{bad:?} parsed");
        }
    }
}
