//! The measurements as CSV: one row per indicator × period × group measured,
//! RFC 4180 quoting, CRLF line ends, UTF-8 with a byte-order mark (so that
//! spreadsheets read Slovenian and Russian text right).

use super::escape::{csv_quote, csv_text};
use crate::domain::Workshop;
use crate::domain::indicators::{Criterion, Direction, Indicator, Measurement, Unit, Value};

pub const HEADER: [&str; 11] = [
    "criterion",
    "indicator",
    "unit",
    "direction",
    "reference",
    "period",
    "school_year",
    "group",
    "value",
    "numerator",
    "denominator",
];

pub(super) fn unit_code(u: Unit) -> &'static str {
    match u {
        Unit::Share => "share_percent",
        Unit::Count => "count",
        Unit::Score => "score",
        Unit::YesNo => "yes_no",
    }
}

pub(super) fn direction_code(d: Direction) -> &'static str {
    match d {
        Direction::HigherIsBetter => "higher_is_better",
        Direction::LowerIsBetter => "lower_is_better",
    }
}

/// A number as a spreadsheet reads it: a point for decimals, no exponent.
fn num(x: f64) -> String {
    let s = format!("{x:.6}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" { "0".into() } else { s.to_string() }
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

pub fn render(w: &Workshop) -> String {
    let m = &w.monitoring;
    let mut out = String::from("\u{feff}");
    out.push_str(&HEADER.join(","));
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
            csv_text(&c.name),
            csv_text(&ind.name),
            unit_code(ind.unit).to_string(),
            direction_code(ind.direction).to_string(),
            ind.reference.map_or_else(String::new, num),
            csv_text(period.map_or("", |p| p.label.as_str())),
            csv_text(period.map_or("", |p| p.school_year.as_str())),
            csv_text(group),
            csv_quote(&value),
            part,
            whole,
        ];
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}
