//! The workbook: the document itself on the first sheet, then one sheet per
//! criterion (each indicator at the document's period: people, of how many,
//! the share as a per cent, the target, a year before, the standing, who
//! answers for it, the source), then the measurements in the CSV's columns.
//! Numbers are written as numbers and shares as per cents, so a spreadsheet
//! computes with them; the headings are in the workshop's language.

use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

use super::escape::clean;
use super::monitoring::{counts, latest_period, lines, period_name};
use super::{Block, Builder, Document, Options};
use crate::domain::indicators::{Unit, Value};
use crate::domain::{Language, Workshop};
use crate::i18n::{self, D, R, T};

/// Sheet names: at most 31 characters, none of `[]:*?/\`, unique.
fn sheet_name(taken: &mut Vec<String>, wanted: &str) -> String {
    let clean: String = wanted
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { ' ' } else { c })
        .filter(|c| !c.is_control())
        .collect();
    let clean = clean.trim().trim_matches('\'').to_string();
    let base: String = clean.chars().take(28).collect();
    let base = if base.trim().is_empty() {
        "Sheet".to_string()
    } else {
        base.trim_end().to_string()
    };
    let mut name = base.clone();
    let mut n = 2;
    while taken
        .iter()
        .any(|t| t.to_lowercase() == name.to_lowercase())
    {
        name = format!("{base} {n}");
        n += 1;
    }
    taken.push(name.clone());
    name
}

/// A number in a table cell as the documents write it ("45,5 %", "3,9",
/// "−0,7", "61"): its value, and whether it is a per cent. Anything else
/// ("61 / 134 (45,5 %)", "≥45 %", a name) stays text.
fn parse_cell(text: &str) -> Option<(f64, bool)> {
    let t: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    let (t, percent) = match t.strip_suffix('%') {
        Some(rest) => (rest.to_string(), true),
        None => (t, false),
    };
    let t = t.replace('−', "-").replace(',', ".");
    let t = t.strip_prefix('+').unwrap_or(&t);
    if t.is_empty()
        || !t
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == '-')
    {
        return None;
    }
    t.parse::<f64>().ok().map(|x| (x, percent))
}

struct Formats {
    bold: Format,
    title: Format,
    percent: Format,
    decimal: Format,
    whole: Format,
    wrap: Format,
}

impl Formats {
    fn new() -> Formats {
        Formats {
            bold: Format::new().set_bold(),
            title: Format::new().set_bold().set_font_size(14),
            percent: Format::new().set_num_format("0.0%"),
            decimal: Format::new().set_num_format("0.0"),
            whole: Format::new().set_num_format("0"),
            wrap: Format::new().set_text_wrap(),
        }
    }
}

/// A cell of a document's table: a number when it reads as one.
fn write_cell(
    ws: &mut Worksheet,
    f: &Formats,
    row: u32,
    col: u16,
    text: &str,
) -> Result<(), XlsxError> {
    match parse_cell(text) {
        Some((x, true)) => ws.write_number_with_format(row, col, x / 100.0, &f.percent)?,
        Some((x, false)) if x.fract() == 0.0 => {
            ws.write_number_with_format(row, col, x, &f.whole)?
        }
        Some((x, false)) => ws.write_number_with_format(row, col, x, &f.decimal)?,
        None => ws.write_string(row, col, clean(text, true))?,
    };
    Ok(())
}

/// The document, block by block, down the first sheet.
fn document_sheet(ws: &mut Worksheet, f: &Formats, doc: &Document) -> Result<(), XlsxError> {
    let mut row = 0u32;
    ws.write_string_with_format(row, 0, clean(&doc.title, true), &f.title)?;
    row += 2;
    let mut widest = 0usize;
    for block in &doc.blocks {
        match block {
            Block::Heading(_, text) => {
                row += 1;
                ws.write_string_with_format(row, 0, clean(text, true), &f.bold)?;
                row += 1;
            }
            Block::Para(text) | Block::Note(text) | Block::Pre(text) => {
                for line in text.lines() {
                    ws.write_string(row, 0, clean(line, true))?;
                    row += 1;
                }
            }
            Block::Fields(pairs) => {
                for (k, v) in pairs {
                    ws.write_string_with_format(row, 0, clean(k, true), &f.bold)?;
                    ws.write_string(row, 1, clean(v, true))?;
                    row += 1;
                }
            }
            Block::Table { head, rows, .. } => {
                for (c, h) in head.iter().enumerate() {
                    ws.write_string_with_format(row, c as u16, clean(h, true), &f.bold)?;
                }
                row += 1;
                for r in rows {
                    for (c, cell) in r.iter().enumerate() {
                        write_cell(ws, f, row, c as u16, cell)?;
                    }
                    widest = widest.max(r.len());
                    row += 1;
                }
            }
            Block::List(items) => {
                for item in items {
                    ws.write_string(row, 0, clean(&format!("• {item}"), true))?;
                    row += 1;
                }
            }
            Block::Numbered(items) => {
                for (k, item) in items.iter().enumerate() {
                    ws.write_string(row, 0, clean(&format!("{}. {item}", k + 1), true))?;
                    row += 1;
                }
            }
            Block::Charts(_) => {}
        }
    }
    ws.set_column_width(0, 60)?;
    ws.set_column_format(0, &f.wrap)?;
    for c in 1..widest.max(2) {
        ws.set_column_width(c as u16, 16)?;
    }
    Ok(())
}

/// One criterion's indicators at the document's period.
fn criterion_sheet(
    ws: &mut Worksheet,
    f: &Formats,
    b: &Builder,
    criterion: usize,
    period: Option<usize>,
) -> Result<(), XlsxError> {
    let (w, lang) = (b.w, b.lang);
    let m = &w.monitoring;
    let c = &m.criteria[criterion];
    ws.write_string_with_format(0, 0, clean(&c.name, true), &f.title)?;
    if let Some(p) = period {
        ws.write_string(
            1,
            0,
            clean(
                &format!("{}: {}", b.t(D::DocPeriod), period_name(b, p)),
                true,
            ),
        )?;
    }
    let head = [
        b.t(T::ReportIndicator),
        b.t(T::FieldUnit),
        b.t(D::DocPeople),
        b.t(D::DocOf),
        b.t(D::DocValue),
        b.t(D::DocTarget),
        b.t(D::DocPrevious),
        b.t(T::ReportStanding),
        b.t(R::FieldResponsible),
        b.t(T::FieldSource),
    ];
    for (k, h) in head.iter().enumerate() {
        ws.write_string_with_format(3, k as u16, clean(h, true), &f.bold)?;
    }
    let all = period.map(|p| lines(b, p)).unwrap_or_default();
    for (row, (k, ind)) in (4u32..).zip(c.indicators.iter().enumerate()) {
        let line = all
            .iter()
            .filter(|(ci, _)| *ci == criterion)
            .nth(k)
            .map(|(_, l)| l);
        ws.write_string(
            row,
            0,
            clean(&crate::render::dashboard::key_name(ind, false), true),
        )?;
        ws.write_string(row, 1, clean(i18n::unit(lang, ind.unit), true))?;
        if let Some(p) = period
            && let Some((part, whole)) = counts(m, ind, m.periods[p].id)
        {
            ws.write_number_with_format(row, 2, f64::from(part), &f.whole)?;
            ws.write_number_with_format(row, 3, f64::from(whole), &f.whole)?;
        }
        let value = |ws: &mut Worksheet, col: u16, x: Option<f64>| -> Result<(), XlsxError> {
            write_value(ws, f, row, col, ind.unit, lang, x)
        };
        value(ws, 4, line.and_then(|l| l.latest))?;
        value(ws, 5, ind.reference)?;
        value(ws, 6, line.and_then(|l| l.previous))?;
        ws.write_string(
            row,
            7,
            clean(&super::standing(lang, line.and_then(|l| l.standing)), true),
        )?;
        ws.write_string(
            row,
            8,
            clean(&i18n::responsible(w, lang, &ind.plan.responsible), true),
        )?;
        ws.write_string(row, 9, clean(&ind.plan.source, true))?;
    }
    ws.set_column_width(0, 60)?;
    ws.set_column_format(0, &f.wrap)?;
    for col in 1..8 {
        ws.set_column_width(col, 13)?;
    }
    ws.set_column_width(8, 28)?;
    ws.set_column_width(9, 40)?;
    Ok(())
}

/// A value in its unit: a share as a per cent, yes/no as words.
fn write_value(
    ws: &mut Worksheet,
    f: &Formats,
    row: u32,
    col: u16,
    unit: Unit,
    lang: Language,
    x: Option<f64>,
) -> Result<(), XlsxError> {
    let Some(x) = x else { return Ok(()) };
    match unit {
        Unit::Share => ws.write_number_with_format(row, col, x / 100.0, &f.percent)?,
        Unit::Count => ws.write_number_with_format(row, col, x, &f.whole)?,
        Unit::Score => ws.write_number_with_format(row, col, x, &f.decimal)?,
        Unit::YesNo => ws.write_string(
            row,
            col,
            crate::render::dashboard::number(lang, Unit::YesNo, x),
        )?,
    };
    Ok(())
}

/// The measurements in the CSV's columns and order (see `csv::HEADER`).
fn measurements_sheet(ws: &mut Worksheet, f: &Formats, w: &Workshop) -> Result<(), XlsxError> {
    for (k, h) in super::csv::HEADER.iter().enumerate() {
        ws.write_string_with_format(0, k as u16, clean(h, true), &f.bold)?;
    }
    let m = &w.monitoring;
    for (row, (c, ind, x)) in (1u32..).zip(super::csv::rows(w)) {
        let period = m.periods.iter().find(|p| p.id == x.period);
        let group = x
            .group
            .and_then(|g| m.groups.iter().find(|k| k.id == g))
            .map_or("", |g| g.name.as_str());
        ws.write_string(row, 0, clean(&c.name, true))?;
        ws.write_string(row, 1, clean(&ind.name, true))?;
        ws.write_string(row, 2, clean(super::csv::unit_code(ind.unit), true))?;
        ws.write_string(
            row,
            3,
            clean(super::csv::direction_code(ind.direction), true),
        )?;
        if let Some(r) = ind.reference {
            ws.write_number(row, 4, r)?;
        }
        ws.write_string(row, 5, clean(period.map_or("", |p| p.label.as_str()), true))?;
        ws.write_string(
            row,
            6,
            clean(period.map_or("", |p| p.school_year.as_str()), true),
        )?;
        ws.write_string(row, 7, clean(group, true))?;
        if let Some(v) = x.value.number() {
            ws.write_number(row, 8, v)?;
        }
        if let Value::Ratio(a, b) = x.value {
            ws.write_number(row, 9, f64::from(a))?;
            ws.write_number(row, 10, f64::from(b))?;
        }
    }
    ws.set_column_width(0, 30)?;
    ws.set_column_width(1, 50)?;
    Ok(())
}

pub fn render(w: &Workshop, o: &Options) -> Result<Vec<u8>, XlsxError> {
    let doc = super::document(w, o);
    let b = Builder {
        w,
        lang: doc.lang,
        out: Vec::new(),
    };
    let f = Formats::new();
    let mut book = Workbook::new();
    let mut taken = Vec::new();
    let kind = o.kind.within(w.method);
    let first = book.add_worksheet();
    first.set_name(sheet_name(&mut taken, &b.t(kind.title())))?;
    document_sheet(first, &f, &doc)?;
    let period = latest_period(&b);
    for k in 0..w.monitoring.criteria.len() {
        let ws = book.add_worksheet();
        ws.set_name(sheet_name(
            &mut taken,
            &format!("{}. {}", k + 1, w.monitoring.criteria[k].name),
        ))?;
        criterion_sheet(ws, &f, &b, k, period)?;
    }
    let ws = book.add_worksheet();
    ws.set_name(sheet_name(&mut taken, &b.t(D::MeasurementsSheet)))?;
    measurements_sheet(ws, &f, w)?;
    book.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_read_as_numbers_only_when_they_are_one() {
        assert_eq!(parse_cell("45,5 %"), Some((45.5, true)));
        assert_eq!(parse_cell("84.5%"), Some((84.5, true)));
        assert_eq!(parse_cell("−0,7"), Some((-0.7, false)));
        assert_eq!(parse_cell("+1,5"), Some((1.5, false)));
        assert_eq!(parse_cell("61"), Some((61.0, false)));
        for text in [
            "61 / 134 (45,5 %)",
            "≥45,0 %",
            "да",
            "",
            "4 класс",
            "2024/25",
        ] {
            assert_eq!(parse_cell(text), None, "{text}");
        }
    }

    #[test]
    fn sheet_names_are_valid_and_unique() {
        let mut taken = Vec::new();
        let long = "Образовательные результаты по уровням образования (внутренняя оценка)";
        let a = sheet_name(&mut taken, long);
        let b = sheet_name(&mut taken, long);
        assert!(a.chars().count() <= 31 && b.chars().count() <= 31);
        assert_ne!(a, b);
        assert_eq!(sheet_name(&mut taken, "a/b:c[d]"), "a b c d");
        assert_eq!(sheet_name(&mut taken, "''"), "Sheet");
    }
}
