//! The entry grid: typing a value into a cell (over what was there, saying
//! so), Enter and the arrows, and pastes of a column or a spreadsheet block.

use super::{IndicatorsView, Mode};
use crate::app::keymap::{self, Action, Ctx};
use crate::app::keys::Key;
use crate::app::outcome::{Outcome, Seen, accept};
use crate::app::text_field::TextField;
use crate::app::{Message, StatusKind};
use crate::domain::indicators::{Unit, Value};
use crate::domain::{Edit, Id};
use crate::i18n::T;

pub use crate::domain::indicators::parse_value;

/// In the grid, a typed character starts editing the cell (overwriting it);
/// while a cell is being typed into, every key goes to it. `None`: the key is
/// not the grid's.
pub(in crate::app) fn typed(
    v: &mut IndicatorsView,
    s: &Seen,
    key: Key,
) -> Option<Outcome<IndicatorsView>> {
    if v.mode != Mode::Grid {
        return None;
    }
    if let Some(field) = v.editing.as_mut() {
        let text = field.text().to_string();
        return Some(match keymap::resolve(&[Ctx::Grid], key) {
            Some(Action::Commit) => commit_cell(v, s, &text, true),
            // Esc drops what was typed and leaves the grid: a digit meant
            // as a screen number must not end up in a cell.
            Some(Action::Cancel) => {
                v.editing = None;
                v.cell = None;
                super::update(v, s, Action::ViewMode)
            }
            Some(a @ (Action::Up | Action::Down | Action::NextField | Action::PrevField)) => {
                commit_cell(v, s, &text, false).then(move |v: &mut IndicatorsView, w| {
                    super::navigate(v, w, a);
                })
            }
            _ => {
                crate::app::form::edit_text(field, key);
                Outcome::none()
            }
        });
    }
    match key.typed_char() {
        Some(c) if c.is_ascii_digit() || matches!(c, '-' | '.' | ',') => {
            Some(start_cell(v, s, Some(c)))
        }
        _ => None,
    }
}

pub(super) fn start_cell(
    v: &mut IndicatorsView,
    s: &Seen,
    first: Option<char>,
) -> Outcome<IndicatorsView> {
    if s.read_only {
        return Outcome::warn(T::IsReadOnly, &[]);
    }
    if let Some(me) = v.only {
        let m = &s.w.monitoring;
        if !m
            .indicators()
            .nth(v.row)
            .is_some_and(|i| s.w.enters(me, i, v.group))
        {
            return Outcome::warn(T::NotYourCell, &[]);
        }
    }
    // A value is short; a cell takes no essays.
    let mut f = TextField::new("", false).with_limit(64);
    if let Some(c) = first {
        f.insert(&c.to_string());
    }
    let row = s.w.monitoring.indicators().nth(v.row).map(|i| i.id);
    let col = s.w.monitoring.periods.get(v.col).map(|p| p.id);
    v.cell = row.zip(col);
    v.editing = Some(f);
    Outcome::none()
}

/// Writes the typed text into the cell where typing began (wherever it is
/// now); a refused value keeps the cell open. `down` moves on.
pub(in crate::app) fn commit_cell(
    v: &mut IndicatorsView,
    s: &Seen,
    text: &str,
    down: bool,
) -> Outcome<IndicatorsView> {
    let w = s.w;
    let ids: Vec<(Id, Unit)> = w.monitoring.indicators().map(|i| (i.id, i.unit)).collect();
    if let Some((ind, per)) = v.cell {
        let row = ids.iter().position(|(id, _)| *id == ind);
        let col = w.monitoring.periods.iter().position(|p| p.id == per);
        if let (Some(r), Some(c)) = (row, col) {
            v.row = r;
            v.col = c;
        }
    }
    let (Some(&(indicator, unit)), Some(period)) =
        (ids.get(v.row), w.monitoring.periods.get(v.col))
    else {
        v.editing = None;
        v.cell = None;
        return Outcome::none();
    };
    let (period, group) = (period.id, v.group);
    let old = w
        .monitoring
        .indicators()
        .find(|i| i.id == indicator)
        .and_then(|i| {
            i.measurements
                .iter()
                .find(|m| m.period == period && m.group == group)
        })
        .map(|m| m.value);
    let value = accept!(parse_value(text, unit));
    v.editing = None;
    v.cell = None;
    let mut out = if old == value {
        Outcome::none()
    } else {
        Outcome::edit(Edit::Measure {
            indicator,
            period,
            group,
            value,
        })
    };
    if let (Some(old), true) = (old, old != value) {
        let shown = |x: Option<Value>| {
            x.map_or_else(|| "—".to_string(), |x| crate::i18n::value(s.lang, unit, x))
        };
        let (old, new) = (shown(Some(old)), shown(value));
        out = out.saying(T::CellReplaced, &[("old", &old), ("new", &new)]);
    }
    if !down {
        return out;
    }
    // Enter moves down; on the last row it says that it stays.
    if v.row + 1 >= ids.len() {
        let note = Message::text(T::GridLastRow, &[]);
        let said = match out.say.take() {
            Some((_, m)) => Message::Then(Box::new(m), Box::new(note)),
            None => note,
        };
        out.say = Some((StatusKind::Info, said));
        out
    } else {
        out.then(|v: &mut IndicatorsView, w| {
            super::navigate(v, w, Action::Down);
        })
    }
}

/// A pasted column, or a block of columns from a spreadsheet (cells split
/// by tabs), fills the cells from the cursor down and to the right. Lines
/// may end in CR, LF or CRLF. One bad value, or more values than the grid
/// has room for, and nothing is written (the message says why). `None`: not
/// the grid's paste.
pub(in crate::app) fn paste(
    v: &mut IndicatorsView,
    s: &Seen,
    text: &str,
) -> Option<Outcome<IndicatorsView>> {
    if v.mode != Mode::Grid {
        return None;
    }
    if s.read_only {
        return Some(Outcome::warn(T::IsReadOnly, &[]));
    }
    let w = s.w;
    let ids: Vec<(Id, Unit)> = w.monitoring.indicators().map(|i| (i.id, i.unit)).collect();
    let periods: Vec<Id> = w.monitoring.periods.iter().map(|p| p.id).collect();
    let (row, col, group) = (v.row, v.col, v.group);
    let block = paste_block(text);
    let (rows, cols) = (block.len(), block.iter().map(Vec::len).max().unwrap_or(0));
    if rows == 0 {
        return Some(Outcome::none());
    }
    let (room_rows, room_cols) = (
        ids.len().saturating_sub(row),
        periods.len().saturating_sub(col),
    );
    if rows > room_rows || cols > room_cols {
        let args = [
            ("rows", rows.to_string()),
            ("cols", cols.to_string()),
            ("room_rows", room_rows.to_string()),
            ("room_cols", room_cols.to_string()),
        ];
        let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        return Some(Outcome::warn(T::PasteTooBig, &args));
    }
    let mut edits = Vec::new();
    for (k, line) in block.iter().enumerate() {
        let (indicator, unit) = ids[row + k];
        for (j, cell) in line.iter().enumerate() {
            match parse_value(cell, unit) {
                Ok(value) => edits.push(Edit::Measure {
                    indicator,
                    period: periods[col + j],
                    group,
                    value,
                }),
                Err(e) => {
                    let why = crate::i18n::domain_error(s.lang, &e);
                    let line = (k + 1).to_string();
                    return Some(Outcome::warn(
                        T::PasteBadLine,
                        &[("line", &line), ("why", &why)],
                    ));
                }
            }
        }
    }
    v.editing = None;
    v.cell = None;
    let n = (rows * cols).to_string();
    Some(
        Outcome::edit(Edit::Batch(edits))
            .saying(T::PasteDone, &[("n", &n)])
            .then(move |v: &mut IndicatorsView, _| v.row = row + rows - 1),
    )
}

/// Pasted text as rows of cells: CR, LF and CRLF end lines, tabs split
/// cells; a last empty line (a spreadsheet's final line end) is no row.
pub fn paste_block(text: &str) -> Vec<Vec<String>> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut rows: Vec<Vec<String>> = text
        .split('\n')
        .map(|l| l.split('\t').map(|c| c.trim().to_string()).collect())
        .collect();
    while rows.last().is_some_and(|r| r.iter().all(String::is_empty)) {
        rows.pop();
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::DomainError;

    #[test]
    fn values_parse_with_comma_or_point_and_are_checked() {
        assert_eq!(
            parse_value("84,5", Unit::Share),
            Ok(Some(Value::Number(84.5)))
        );
        assert_eq!(
            parse_value(" 84.5 % ", Unit::Share),
            Ok(Some(Value::Number(84.5)))
        );
        assert_eq!(parse_value("", Unit::Share), Ok(None));
        assert_eq!(
            parse_value("23/118", Unit::Share),
            Ok(Some(Value::Ratio(23, 118)))
        );
        assert_eq!(parse_value("da", Unit::YesNo), Ok(Some(Value::Number(1.0))));
        assert!(parse_value("140", Unit::Share).is_err());
        assert!(parse_value("-2", Unit::Count).is_err());
        assert!(parse_value("abc", Unit::Score).is_err());
        assert!(parse_value("NaN", Unit::Score).is_err());
        assert_eq!(
            parse_value("1/2", Unit::Count),
            Err(DomainError::RatioNotShare)
        );
        assert_eq!(
            parse_value("2,5", Unit::Count),
            Err(DomainError::CountNotWhole(2.5))
        );
        assert_eq!(
            parse_value("12", Unit::Count),
            Ok(Some(Value::Number(12.0)))
        );
    }

    #[test]
    fn pasted_blocks_split_on_any_line_end_and_tabs() {
        let b = paste_block("1,5\t2\r3\t4\r\n5\t6\n");
        assert_eq!(b, vec![vec!["1,5", "2"], vec!["3", "4"], vec!["5", "6"]]);
        assert_eq!(paste_block("7\r8\r"), vec![vec!["7"], vec!["8"]]);
        assert!(paste_block("\r\n").is_empty());
    }
}
