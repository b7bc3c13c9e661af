//! Measurements from a spreadsheet, in the export's columns, merged into a
//! workshop: by indicator × period × school year × group. Every row is
//! checked first; one bad row refuses the whole import, each fault named
//! with its line.

use std::collections::HashMap;

use super::{Indicator, PeriodDef, Unit, Value, parse_value};
use crate::domain::{DomainError, Edit, Id, VecEdit, Workshop};

/// The columns of the export (and so of an import), in their order.
pub const COLUMNS: [&str; 11] = [
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

/// A unit as the sheet names it.
pub fn unit_code(u: Unit) -> &'static str {
    match u {
        Unit::Share => "share_percent",
        Unit::Count => "count",
        Unit::Score => "score",
        Unit::YesNo => "yes_no",
    }
}

/// A direction as the sheet names it.
pub fn direction_code(d: super::Direction) -> &'static str {
    match d {
        super::Direction::HigherIsBetter => "higher_is_better",
        super::Direction::LowerIsBetter => "lower_is_better",
    }
}

/// The columns an import needs; the others may be left out.
pub const NEEDED: [&str; 4] = ["indicator", "period", "group", "value"];

/// One data row of a sheet, by column name (its line is the sheet's, the
/// header being line 1).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SheetRow {
    pub line: usize,
    pub criterion: String,
    pub indicator: String,
    pub period: String,
    pub school_year: String,
    pub group: String,
    pub value: String,
    pub numerator: String,
    pub denominator: String,
}

/// What is wrong with a row (or with the sheet, on line 1).
#[derive(Debug, Clone, PartialEq)]
pub enum Fault {
    /// Columns the import needs are not in the header.
    MissingColumns(Vec<&'static str>),
    UnknownIndicator(String),
    /// Two indicators of that name (in different criteria): the criterion
    /// column must tell them apart.
    AmbiguousIndicator(String),
    UnknownGroup(String),
    NoPeriod,
    /// The value does not fit the indicator's unit.
    Value(DomainError),
    /// The numerator and denominator are not two whole numbers.
    Counts,
    /// The same indicator, period and group as an earlier line.
    Repeated(usize),
    /// The sheet could not be read at all.
    Unreadable(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct RowError {
    pub line: usize,
    pub fault: Fault,
}

/// What an import does: the edits (one step of undo), and their count.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Merge {
    pub edits: Vec<Edit>,
    pub added: usize,
    pub changed: usize,
    pub unchanged: usize,
    /// Periods the sheet names that the workshop did not have: added after
    /// its own, in the sheet's order ("label school_year").
    pub new_periods: Vec<String>,
}

impl Merge {
    /// One edit for the whole import.
    pub fn edit(&self) -> Option<Edit> {
        (!self.edits.is_empty()).then(|| Edit::Batch(self.edits.clone()))
    }
}

/// A text a spreadsheet may have guarded against being run as a formula
/// (the export writes `'=…`): the guard taken off.
pub fn unguarded(s: &str) -> &str {
    let t = s.trim();
    match t.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
        _ => t,
    }
}

fn same(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

fn find_indicator<'a>(w: &'a Workshop, row: &SheetRow) -> Result<&'a Indicator, Fault> {
    let name = unguarded(&row.indicator);
    let criterion = unguarded(&row.criterion);
    let all: Vec<(&str, &Indicator)> = w
        .monitoring
        .criteria
        .iter()
        .flat_map(|c| c.indicators.iter().map(move |i| (c.name.as_str(), i)))
        .filter(|(_, i)| same(&i.name, name))
        .collect();
    let within: Vec<&Indicator> = all
        .iter()
        .filter(|(c, _)| criterion.is_empty() || same(c, criterion))
        .map(|(_, i)| *i)
        .collect();
    match (within.as_slice(), all.as_slice()) {
        ([one], _) => Ok(one),
        // A criterion that does not match: the name alone, when it is one.
        ([], [(_, one)]) => Ok(one),
        ([], []) => Err(Fault::UnknownIndicator(name.to_string())),
        _ => Err(Fault::AmbiguousIndicator(name.to_string())),
    }
}

/// The value of a row: the counts of a share when both are given, else the
/// value as typed (a decimal comma or point).
fn value_of(ind: &Indicator, row: &SheetRow) -> Result<Option<Value>, Fault> {
    let (num, den) = (row.numerator.trim(), row.denominator.trim());
    if !num.is_empty() || !den.is_empty() {
        let whole = |s: &str| s.parse::<u32>().map_err(|_| Fault::Counts);
        let v = Value::Ratio(whole(num)?, whole(den)?);
        if ind.unit != Unit::Share {
            return Err(Fault::Value(DomainError::RatioNotShare));
        }
        ind.check(v).map_err(Fault::Value)?;
        return Ok(Some(v));
    }
    parse_value(unguarded(&row.value), ind.unit).map_err(Fault::Value)
}

/// Checks every row and works out the edits; any fault refuses the whole.
pub fn merge(
    w: &Workshop,
    rows: &[SheetRow],
    mut fresh: impl FnMut() -> Id,
) -> Result<Merge, Vec<RowError>> {
    let m = &w.monitoring;
    let mut errors = Vec::new();
    let mut out = Merge::default();
    let mut periods: Vec<PeriodDef> = m.periods.clone();
    let mut seen: HashMap<(Id, Id, Option<Id>), usize> = HashMap::new();
    let mut measures = Vec::new();
    for row in rows {
        let fail = |fault| RowError {
            line: row.line,
            fault,
        };
        let ind = match find_indicator(w, row) {
            Ok(i) => i,
            Err(f) => {
                errors.push(fail(f));
                continue;
            }
        };
        let group = match unguarded(&row.group) {
            "" => None,
            name => match m.groups.iter().find(|g| same(&g.name, name)) {
                Some(g) => Some(g.id),
                None => {
                    errors.push(fail(Fault::UnknownGroup(name.to_string())));
                    continue;
                }
            },
        };
        let (label, year) = (unguarded(&row.period), unguarded(&row.school_year));
        if label.is_empty() {
            errors.push(fail(Fault::NoPeriod));
            continue;
        }
        let value = match value_of(ind, row) {
            Ok(v) => v,
            Err(f) => {
                errors.push(fail(f));
                continue;
            }
        };
        let period = match periods
            .iter()
            .find(|p| same(&p.label, label) && same(&p.school_year, year))
        {
            Some(p) => p.id,
            None => {
                let p = PeriodDef {
                    id: fresh(),
                    label: label.to_string(),
                    school_year: year.to_string(),
                    kind: None,
                };
                out.new_periods
                    .push(format!("{label} {year}").trim().to_string());
                out.edits
                    .push(Edit::Period(VecEdit::Insert(periods.len(), p.clone())));
                let id = p.id;
                periods.push(p);
                id
            }
        };
        if let Some(first) = seen.insert((ind.id, period, group), row.line) {
            errors.push(fail(Fault::Repeated(first)));
            continue;
        }
        // An empty cell leaves what is there.
        let Some(value) = value else { continue };
        let before = ind
            .measurements
            .iter()
            .find(|x| x.period == period && x.group == group)
            .map(|x| x.value);
        match before {
            Some(v) if v == value => out.unchanged += 1,
            Some(_) => {
                out.changed += 1;
                measures.push((ind.id, period, group, value));
            }
            None => {
                out.added += 1;
                measures.push((ind.id, period, group, value));
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    out.edits.extend(
        measures
            .into_iter()
            .map(|(indicator, period, group, value)| Edit::Measure {
                indicator,
                period,
                group,
                value: Some(value),
            }),
    );
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Language;
    use crate::domain::indicators::{Criterion, Direction, Group, Measurement, MonitoringPlan};

    fn workshop() -> Workshop {
        let mut w = Workshop::new("M", Language::Ru);
        let m = &mut w.monitoring;
        m.periods.push(PeriodDef {
            id: Id(1),
            label: "1 четверть".into(),
            school_year: "2025/26".into(),
            kind: None,
        });
        m.groups.push(Group {
            id: Id(2),
            name: "5а".into(),
            teacher: None,
            scope: None,
        });
        let ind = |id, name: &str, unit| Indicator {
            id: Id(id),
            name: name.into(),
            unit,
            direction: Direction::HigherIsBetter,
            reference: None,
            plan: MonitoringPlan::default(),
            measurements: Vec::new(),
            key: false,
            procedure: None,
        };
        let mut share = ind(10, "Успеваемость", Unit::Share);
        share.measurements.push(Measurement {
            period: Id(1),
            group: None,
            value: Value::Ratio(20, 25),
        });
        m.criteria.push(Criterion {
            id: Id(3),
            name: "Результаты".into(),
            indicators: vec![share, ind(11, "Пропуски", Unit::Count)],
        });
        w
    }

    fn row(line: usize, ind: &str, period: &str, group: &str, value: &str) -> SheetRow {
        SheetRow {
            line,
            indicator: ind.into(),
            period: period.into(),
            school_year: "2025/26".into(),
            group: group.into(),
            value: value.into(),
            ..SheetRow::default()
        }
    }

    #[test]
    fn rows_are_added_changed_or_left_and_a_new_period_is_made() {
        let w = workshop();
        let mut same_counts = row(2, "Успеваемость", "1 четверть", "", "80");
        same_counts.numerator = "20".into();
        same_counts.denominator = "25".into();
        let rows = vec![
            same_counts,
            row(3, "успеваемость", "1 четверть", "5а", "84,5"),
            row(4, "Пропуски", "2 четверть", "5а", "12"),
        ];
        let mut next = 100;
        let m = merge(&w, &rows, || {
            next += 1;
            Id(next)
        })
        .unwrap();
        assert_eq!((m.added, m.changed, m.unchanged), (2, 0, 1));
        assert_eq!(m.new_periods, vec!["2 четверть 2025/26"]);
        assert!(matches!(m.edits[0], Edit::Period(VecEdit::Insert(1, _))));
        assert!(m.edits.contains(&Edit::Measure {
            indicator: Id(10),
            period: Id(1),
            group: Some(Id(2)),
            value: Some(Value::Number(84.5)),
        }));
    }

    #[test]
    fn one_bad_row_refuses_the_whole_with_its_line() {
        let w = workshop();
        let rows = vec![
            row(2, "Успеваемость", "1 четверть", "", "80"),
            row(3, "Нет такого", "1 четверть", "", "1"),
            row(4, "Пропуски", "1 четверть", "5а", "2,5"),
            row(5, "Успеваемость", "1 четверть", "5б", "70"),
            row(6, "Успеваемость", "1 четверть", "", "140"),
            row(7, "Успеваемость", "1 четверть", "", "81"),
        ];
        let errors = merge(&w, &rows, || Id(99)).unwrap_err();
        let faults: Vec<(usize, &Fault)> = errors.iter().map(|e| (e.line, &e.fault)).collect();
        assert_eq!(
            faults,
            vec![
                (3, &Fault::UnknownIndicator("Нет такого".into())),
                (4, &Fault::Value(DomainError::CountNotWhole(2.5))),
                (5, &Fault::UnknownGroup("5б".into())),
                (6, &Fault::Value(DomainError::ShareOutOfRange(140.0))),
                (7, &Fault::Repeated(2)),
            ]
        );
    }

    #[test]
    fn a_guarded_formula_text_is_read_back_as_written() {
        assert_eq!(unguarded("'=SUM(A1)"), "=SUM(A1)");
        assert_eq!(unguarded("'quoted"), "'quoted");
        assert_eq!(unguarded("  5а "), "5а");
    }
}
