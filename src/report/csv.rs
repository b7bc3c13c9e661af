//! The measurements as CSV: one row per indicator × period × group measured,
//! RFC 4180 quoting, CRLF line ends, UTF-8 with a byte-order mark (so that
//! spreadsheets read Slovenian and Russian text right).

use super::escape::csv_text;
use crate::domain::Workshop;
use crate::domain::indicators::{Criterion, Indicator, Measurement, Value};

/// The columns, in the export's order (an import reads the same names).
pub use crate::domain::indicators::import::COLUMNS as HEADER;
pub(super) use crate::domain::indicators::import::{direction_code, unit_code};

/// A number as a spreadsheet reads it: a point for decimals, no exponent.
fn num(x: f64) -> String {
    let s = format!("{x:.6}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" { "0".into() } else { s.to_string() }
}

/// A field for the separator in use: quoted when it holds the separator, a
/// quote or a line end.
fn field(s: &str, sep: char) -> String {
    if s.contains([sep, '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The measurements in the export's order: criterion by criterion,
/// indicator by indicator, by period, the whole school before the groups.
pub(super) fn rows(w: &Workshop) -> Vec<(&Criterion, &Indicator, &Measurement)> {
    let m = &w.monitoring;
    let period_index = |id| m.periods.iter().position(|p| p.id == id);
    let group_index = |g: Option<crate::domain::Id>| {
        g.map_or(0, |id| {
            m.groups
                .iter()
                .position(|x| x.id == id)
                .map_or(usize::MAX, |i| i + 1)
        })
    };
    let mut out = Vec::new();
    for c in &m.criteria {
        for ind in &c.indicators {
            let mut meas: Vec<_> = ind.measurements.iter().collect();
            meas.sort_by_key(|x| (period_index(x.period), group_index(x.group)));
            out.extend(meas.into_iter().map(|x| (c, ind, x)));
        }
    }
    out
}

/// The measurements as CSV: RFC 4180 (commas, a decimal point), or with
/// `semicolon` as a Slovenian or Russian spreadsheet expects (semicolons, a
/// decimal comma). Text is guarded the same way in both.
pub fn render(w: &Workshop, semicolon: bool) -> String {
    let m = &w.monitoring;
    let (sep, num) = if semicolon {
        (
            ';',
            (|x: f64| num(x).replace('.', ",")) as fn(f64) -> String,
        )
    } else {
        (',', num as fn(f64) -> String)
    };
    let text = |s: &str| {
        // The guard against formulas, then the quoting for this separator.
        let guarded = csv_text(s);
        let plain = guarded
            .strip_prefix('"')
            .and_then(|g| g.strip_suffix('"'))
            .map_or_else(|| guarded.clone(), |g| g.replace("\"\"", "\""));
        field(&plain, sep)
    };
    let mut out = String::from("\u{feff}");
    out.push_str(&HEADER.join(&sep.to_string()));
    out.push_str("\r\n");
    for (c, ind, x) in rows(w) {
        let period = m.periods.iter().find(|p| p.id == x.period);
        let group = x
            .group
            .and_then(|g| m.groups.iter().find(|k| k.id == g))
            .map_or("", |g| g.name.as_str());
        let (value, part, whole) = match x.value {
            Value::Number(v) => (num(v), String::new(), String::new()),
            Value::Ratio(a, b) => (
                x.value.number().map_or_else(String::new, num),
                a.to_string(),
                b.to_string(),
            ),
        };
        let fields = [
            text(&c.name),
            text(&ind.name),
            unit_code(ind.unit).to_string(),
            direction_code(ind.direction).to_string(),
            ind.reference.map_or_else(String::new, num),
            text(period.map_or("", |p| p.label.as_str())),
            text(period.map_or("", |p| p.school_year.as_str())),
            text(group),
            field(&value, sep),
            part,
            whole,
        ];
        out.push_str(&fields.join(&sep.to_string()));
        out.push_str("\r\n");
    }
    out
}
