//! The entry grid: typing a value into a cell (over what was there, saying
//! so), Enter and the arrows, and pastes of a column or a spreadsheet block.

use super::Mode;
use crate::app::keymap::{self, Action, Ctx};
use crate::app::keys::Key;
use crate::app::text_field::TextField;
use crate::app::{App, Env};
use crate::domain::indicators::{Unit, Value};
use crate::domain::{DomainError, Edit, Id};
use crate::i18n::T;

/// A typed value for a unit: decimal comma or point; "23/118" for counts of a
/// share; empty means no value.
pub fn parse_value(text: &str, unit: Unit) -> Result<Option<Value>, DomainError> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    if let Some((a, b)) = t.split_once('/') {
        if unit != Unit::Share {
            return Err(DomainError::RatioNotShare);
        }
        let n = |s: &str| s.trim().parse::<u32>().map_err(|_| DomainError::NotFinite);
        return Ok(Some(Value::Ratio(n(a)?, n(b)?)));
    }
    let lowered = t.to_lowercase();
    if unit == Unit::YesNo {
        if ["yes", "da", "да", "y", "d"].contains(&lowered.as_str()) {
            return Ok(Some(Value::Number(1.0)));
        }
        if ["no", "ne", "нет", "n"].contains(&lowered.as_str()) {
            return Ok(Some(Value::Number(0.0)));
        }
    }
    let x: f64 = t
        .trim_end_matches('%')
        .trim()
        .replace(',', ".")
        .parse()
        .map_err(|_| DomainError::NotFinite)?;
    crate::domain::indicators::check_number(unit, x)?;
    if unit == Unit::Count && x.fract() != 0.0 {
        return Err(DomainError::CountNotWhole(x));
    }
    Ok(Some(Value::Number(x)))
}

impl App {
    /// In the grid, a typed character starts editing the cell (overwriting it).
    pub(in crate::app) fn grid_typed(&mut self, key: Key, env: &Env) -> bool {
        if self.view.indicators.mode != Mode::Grid
            || self.focus_screen() != crate::app::Screen::Indicators
        {
            return false;
        }
        if let Some(field) = self.view.indicators.editing.as_mut() {
            let text = field.text().to_string();
            match keymap::resolve(&[Ctx::Grid], key) {
                Some(Action::Commit) => {
                    self.commit_cell(&text, env, true);
                }
                // Esc drops what was typed and leaves the grid: a digit meant
                // as a screen number must not end up in a cell.
                Some(Action::Cancel) => {
                    self.view.indicators.editing = None;
                    self.indicators_action(Action::ViewMode, env);
                }
                Some(a @ (Action::Up | Action::Down | Action::NextField | Action::PrevField)) => {
                    if self.commit_cell(&text, env, false) {
                        self.indicators_action(a, env);
                    }
                }
                _ => crate::app::form::edit_text(field, key),
            }
            return true;
        }
        match key.typed_char() {
            Some(c) if c.is_ascii_digit() || matches!(c, '-' | '.' | ',') => {
                self.start_cell(Some(c));
                true
            }
            _ => false,
        }
    }

    /// Commits a half-typed cell (before leaving on a hang-up or quitting).
    pub(in crate::app) fn commit_grid_cell(&mut self, env: &Env) {
        if let Some(f) = self.view.indicators.editing.clone() {
            let _ = self.commit_cell(f.text(), env, false);
        }
    }

    pub(super) fn start_cell(&mut self, first: Option<char>) {
        if self
            .shared
            .doc
            .as_ref()
            .is_some_and(|d| d.read_only.is_some())
        {
            return self.warn(T::IsReadOnly, &[]);
        }
        // A value is short; a cell takes no essays.
        let mut f = TextField::new("", false).with_limit(64);
        if let Some(c) = first {
            f.insert(&c.to_string());
        }
        let v = &self.view.indicators;
        let row = self.indicator_ids().get(v.row).map(|(id, _)| *id);
        let col = self
            .shared
            .doc
            .as_ref()
            .and_then(|d| d.workshop.monitoring.periods.get(v.col).map(|p| p.id));
        self.view.indicators.cell = row.zip(col);
        self.view.indicators.editing = Some(f);
    }

    /// Writes the typed text into the cell; true when accepted. `down` moves on.
    pub(super) fn commit_cell(&mut self, text: &str, env: &Env, down: bool) -> bool {
        let ids = self.indicator_ids();
        let Some(doc) = &self.shared.doc else {
            return false;
        };
        // The cell where typing began, wherever it is now.
        if let Some((ind, per)) = self.view.indicators.cell.take() {
            let row = ids.iter().position(|(id, _)| *id == ind);
            let col = doc
                .workshop
                .monitoring
                .periods
                .iter()
                .position(|p| p.id == per);
            if let (Some(r), Some(c)) = (row, col) {
                self.view.indicators.row = r;
                self.view.indicators.col = c;
            }
        }
        let v = &self.view.indicators;
        let (Some(&(indicator, unit)), Some(period)) =
            (ids.get(v.row), doc.workshop.monitoring.periods.get(v.col))
        else {
            self.view.indicators.editing = None;
            return false;
        };
        let (period, group) = (period.id, v.group);
        let old = doc
            .workshop
            .monitoring
            .indicators()
            .find(|i| i.id == indicator)
            .and_then(|i| {
                i.measurements
                    .iter()
                    .find(|m| m.period == period && m.group == group)
            })
            .map(|m| m.value);
        let Some(value) = self.accept(parse_value(text, unit)) else {
            return false;
        };
        self.view.indicators.editing = None;
        if old == value {
            if down {
                self.grid_down(ids.len(), env);
            }
            return true;
        }
        let ok = self.apply(
            Edit::Measure {
                indicator,
                period,
                group,
                value,
            },
            env,
        );
        if ok {
            if let Some(old) = old {
                let lang = self.lang;
                let shown = |v: Option<Value>| {
                    v.map_or_else(|| "—".to_string(), |v| crate::i18n::value(lang, unit, v))
                };
                let args = [("old", shown(Some(old))), ("new", shown(value))];
                let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
                self.say(T::CellReplaced, &args);
            }
            if down {
                self.grid_down(ids.len(), env);
            }
        }
        ok
    }

    /// Enter moves down; on the last row it says that it stays.
    fn grid_down(&mut self, rows: usize, env: &Env) {
        if self.view.indicators.row + 1 >= rows {
            let note = crate::app::Message::text(T::GridLastRow, &[]);
            let said = match self.view.status.take() {
                Some((crate::app::StatusKind::Info, m)) => {
                    crate::app::Message::Then(Box::new(m), Box::new(note))
                }
                _ => note,
            };
            self.view.status = Some((crate::app::StatusKind::Info, said));
        } else {
            self.indicators_action(Action::Down, env);
        }
    }

    /// A pasted column, or a block of columns from a spreadsheet (cells split
    /// by tabs), fills the cells from the cursor down and to the right. Lines
    /// may end in CR, LF or CRLF. One bad value, or more values than the grid
    /// has room for, and nothing is written (the message says why).
    pub(in crate::app) fn grid_paste(&mut self, text: &str, env: &Env) -> bool {
        if self.focus_screen() != crate::app::Screen::Indicators
            || self.view.indicators.mode != Mode::Grid
        {
            return false;
        }
        let ids = self.indicator_ids();
        let Some(doc) = &self.shared.doc else {
            return true;
        };
        if doc.read_only.is_some() {
            self.warn(T::IsReadOnly, &[]);
            return true;
        }
        let periods: Vec<Id> = doc
            .workshop
            .monitoring
            .periods
            .iter()
            .map(|p| p.id)
            .collect();
        let v = &self.view.indicators;
        let (row, col, group) = (v.row, v.col, v.group);
        let block = paste_block(text);
        let (rows, cols) = (block.len(), block.iter().map(Vec::len).max().unwrap_or(0));
        if rows == 0 {
            return true;
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
            self.warn(T::PasteTooBig, &args);
            return true;
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
                        let why = crate::i18n::domain_error(self.lang, &e);
                        let at = [("line", (k + 1).to_string()), ("why", why)];
                        let at: Vec<(&str, &str)> =
                            at.iter().map(|(k, v)| (*k, v.as_str())).collect();
                        self.warn(T::PasteBadLine, &at);
                        return true;
                    }
                }
            }
        }
        self.view.indicators.editing = None;
        if self.apply(Edit::Batch(edits), env) {
            self.view.indicators.row = row + rows - 1;
            let n = (rows * cols).to_string();
            self.say(T::PasteDone, &[("n", &n)]);
        }
        true
    }
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
