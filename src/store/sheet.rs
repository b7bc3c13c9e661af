//! Reading a spreadsheet of measurements for an import: a CSV (comma,
//! semicolon or tab between fields; a decimal point or comma; UTF-8 with or
//! without a byte-order mark, or the Windows code page a Slovenian or Russian
//! Excel saves in) or a workbook (the sheet whose first row has the export's
//! column names). Rows come out by column name with their line numbers.

use std::path::Path;

use crate::domain::indicators::import::{Fault, NEEDED, RowError, SheetRow};

/// Where the rows are: a CSV or a workbook, by the file's name.
pub fn read(path: &Path) -> Result<Vec<SheetRow>, Vec<RowError>> {
    let unreadable = |why: String| {
        vec![RowError {
            line: 0,
            fault: Fault::Unreadable(why),
        }]
    };
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes)
            .map_err(|e| unreadable(e.to_string()))?;
        return rows(&table(&decode(&bytes)));
    }
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if matches!(ext.as_str(), "xlsx" | "xlsm" | "xls" | "ods") {
        return workbook(path).map_err(|e| match e {
            Err(why) => unreadable(why),
            Ok(errors) => errors,
        });
    }
    if let Some(why) = super::file::not_regular(path) {
        return Err(unreadable(why.to_string()));
    }
    let bytes = std::fs::read(path).map_err(|e| unreadable(e.to_string()))?;
    rows(&table(&decode(&bytes)))
}

/// A sheet merged into a workshop (checked whole; nothing is changed here):
/// the edits and their counts, or every row that is wrong.
pub fn import(
    w: &crate::domain::Workshop,
    path: &Path,
) -> Result<crate::domain::indicators::import::Merge, Vec<RowError>> {
    let rows = read(path)?;
    let mut next = w.fresh_id().0;
    crate::domain::indicators::import::merge(w, &rows, || {
        let id = crate::domain::Id(next);
        next += 1;
        id
    })
}

/// The text of a CSV file: UTF-8 (a byte-order mark dropped), else the
/// Windows code page its letters fit — 1251 when most non-ASCII bytes are
/// Cyrillic letters, else 1250 (Central European).
pub fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    if let Ok(s) = std::str::from_utf8(bytes) {
        return s.to_string();
    }
    let high = bytes.iter().filter(|b| **b >= 0xC0).count();
    let mid = bytes.iter().filter(|b| (0x80..0xC0).contains(*b)).count();
    let enc = if high > mid {
        encoding_rs::WINDOWS_1251
    } else {
        encoding_rs::WINDOWS_1250
    };
    enc.decode(bytes).0.into_owned()
}

/// The field separator: whichever of `;`, `,` and tab the header line has most.
fn separator(text: &str) -> u8 {
    let head = text.lines().next().unwrap_or("");
    let count = |c: char| head.matches(c).count();
    [b';', b'\t']
        .into_iter()
        .filter(|d| count(char::from(*d)) > count(','))
        .max_by_key(|d| count(char::from(*d)))
        .unwrap_or(b',')
}

/// A CSV text as rows of cells with their line numbers.
fn table(text: &str) -> Vec<(usize, Vec<String>)> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator(text))
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut out = Vec::new();
    for record in reader.records().flatten() {
        // The reader's own line count lags on CRLF; count the line ends
        // before the record (its position is at or just after the last one).
        let at = record.position().map_or(0, |p| p.byte() as usize);
        let upto = (at + 1).min(text.len());
        let line = 1 + text.as_bytes()[..upto]
            .iter()
            .filter(|b| **b == b'\n')
            .count();
        out.push((line, record.iter().map(str::to_string).collect()));
    }
    out
}

/// The rows by column name: the first row names the columns (the export's
/// names, in any order and case); rows with nothing in them are left out.
fn rows(table: &[(usize, Vec<String>)]) -> Result<Vec<SheetRow>, Vec<RowError>> {
    let Some((head_line, head)) = table.first() else {
        return Ok(Vec::new());
    };
    let names: Vec<String> = head
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_lowercase())
        .collect();
    let at = |name: &str| names.iter().position(|n| n == name);
    let missing: Vec<&'static str> = NEEDED.into_iter().filter(|n| at(n).is_none()).collect();
    if !missing.is_empty() {
        return Err(vec![RowError {
            line: *head_line,
            fault: Fault::MissingColumns(missing),
        }]);
    }
    let mut out = Vec::new();
    for (line, cells) in &table[1..] {
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let cell = |name: &str| {
            at(name)
                .and_then(|i| cells.get(i))
                .map_or_else(String::new, |c| c.trim().to_string())
        };
        out.push(SheetRow {
            line: *line,
            criterion: cell("criterion"),
            indicator: cell("indicator"),
            period: cell("period"),
            school_year: cell("school_year"),
            group: cell("group"),
            value: cell("value"),
            numerator: cell("numerator"),
            denominator: cell("denominator"),
        });
    }
    Ok(out)
}

/// A cell of a workbook as text: a number without an exponent or
/// trailing zeros, a text as it is.
fn cell_text(d: &calamine::Data) -> String {
    use calamine::Data;
    match d {
        Data::Int(i) => i.to_string(),
        Data::Float(x) => {
            let s = format!("{x:.9}");
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        }
        Data::Bool(b) => u8::from(*b).to_string(),
        Data::Empty | Data::Error(_) => String::new(),
        other => other.to_string(),
    }
}

/// The rows of a workbook's measurements: the first sheet whose first row
/// names the columns an import needs.
fn workbook(path: &Path) -> Result<Vec<SheetRow>, Result<Vec<RowError>, String>> {
    use calamine::Reader;
    let mut book = calamine::open_workbook_auto(path).map_err(|e| Err(e.to_string()))?;
    let mut first_error = None;
    for name in book.sheet_names().to_owned() {
        let Ok(range) = book.worksheet_range(&name) else {
            continue;
        };
        let table: Vec<(usize, Vec<String>)> = range
            .rows()
            .enumerate()
            .map(|(i, r)| (i + 1, r.iter().map(cell_text).collect()))
            .collect();
        match rows(&table) {
            Ok(rows) => return Ok(rows),
            Err(e) => {
                first_error.get_or_insert(e);
            }
        }
    }
    Err(Ok(first_error.unwrap_or_default()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_semicolon_sheet_with_decimal_commas_is_read_by_column_name() {
        let text = "\u{feff}indicator;Period;school_year;group;value\r\n\
                    Успеваемость;1 четверть;2025/26;5а;84,5\r\n\
                    ;;;;\r\n\
                    \"Пропуски; всего\";1 четверть;2025/26;;12\r\n";
        let rows = rows(&table(&decode(text.as_bytes()))).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].line, 2);
        assert_eq!(rows[0].value, "84,5");
        assert_eq!(rows[1].line, 4);
        assert_eq!(rows[1].indicator, "Пропуски; всего");
        assert_eq!(rows[1].criterion, "");
    }

    #[test]
    fn a_sheet_without_the_columns_is_refused_on_line_one() {
        let e = rows(&table("name,when,how much\r\nx,y,1\r\n")).unwrap_err();
        assert_eq!(e[0].line, 1);
        assert_eq!(
            e[0].fault,
            Fault::MissingColumns(vec!["indicator", "period", "group", "value"])
        );
    }

    #[test]
    fn windows_code_pages_are_told_apart() {
        // "Успеваемость" in Windows-1251, "Število učencev" in Windows-1250.
        let (ru, _, _) = encoding_rs::WINDOWS_1251.encode("Успеваемость;84,5");
        let (sl, _, _) = encoding_rs::WINDOWS_1250.encode("Število učencev;12");
        assert_eq!(decode(&ru), "Успеваемость;84,5");
        assert_eq!(decode(&sl), "Število učencev;12");
    }
}
