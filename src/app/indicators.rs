//! Screen 6, indicators: the dashboard (sorted, filtered, for the school or one
//! group) and the entry grid of indicators × periods, where a deputy head types
//! values and Enter, and pastes columns.

use super::keymap::Action;
use super::keys::{Key, KeyCode};
use super::text_field::TextField;
use super::{App, Env};
use crate::domain::dashboard::{self, Row};
use crate::domain::indicators::{Unit, Value};
use crate::domain::{DomainError, Edit, Id, Workshop};
use crate::i18n::T;

mod register;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    Dashboard,
    Grid,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    #[default]
    Register,
    Gap,
    Name,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct IndicatorsView {
    pub mode: Mode,
    /// Row on the dashboard, or indicator in the grid (index among all indicators).
    pub row: usize,
    /// Period column in the grid.
    pub col: usize,
    /// `None`: the whole school.
    pub group: Option<Id>,
    pub sort: Sort,
    /// Only this criterion (index), or all.
    pub criterion: Option<usize>,
    /// The cell being typed into.
    pub editing: Option<TextField>,
}

/// The dashboard rows as shown: filtered by criterion, sorted.
pub fn shown_rows(w: &Workshop, v: &IndicatorsView) -> Vec<Row> {
    let mut rows: Vec<Row> = dashboard::rows(w, v.group)
        .into_iter()
        .filter(|r| v.criterion.is_none_or(|c| r.criterion == c))
        .collect();
    let name = |r: &Row| {
        w.monitoring
            .indicators()
            .find(|i| i.id == r.indicator)
            .map(|i| i.name.to_lowercase())
    };
    match v.sort {
        Sort::Register => {}
        // Worst first; indicators without a gap last.
        Sort::Gap => rows.sort_by(|a, b| {
            let k = |r: &Row| r.gap.unwrap_or(f64::INFINITY);
            k(a).total_cmp(&k(b))
        }),
        Sort::Name => rows.sort_by_key(|r| name(r)),
    }
    rows
}

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
    fn indicator_ids(&self) -> Vec<(Id, Unit)> {
        self.doc
            .as_ref()
            .map(|d| {
                d.workshop
                    .monitoring
                    .indicators()
                    .map(|i| (i.id, i.unit))
                    .collect()
            })
            .unwrap_or_default()
    }

    pub(super) fn indicators_action(&mut self, action: Action, env: &Env) {
        let Some(doc) = &self.doc else { return };
        let w = &doc.workshop;
        let v = &mut self.view.indicators;
        // Counted without computing the rows' series (the frame computes them).
        let rows = match v.mode {
            Mode::Dashboard => w
                .monitoring
                .criteria
                .iter()
                .enumerate()
                .filter(|(ci, _)| v.criterion.is_none_or(|c| c == *ci))
                .map(|(_, c)| c.indicators.len())
                .sum(),
            Mode::Grid => w.monitoring.indicators().count(),
        };
        let cols = w.monitoring.periods.len();
        match action {
            Action::Up => v.row = v.row.saturating_sub(1),
            Action::Down => v.row = (v.row + 1).min(rows.saturating_sub(1)),
            Action::Left | Action::PrevField if v.mode == Mode::Grid => {
                v.col = v.col.saturating_sub(1)
            }
            Action::Right | Action::NextField if v.mode == Mode::Grid => {
                v.col = (v.col + 1).min(cols.saturating_sub(1))
            }
            Action::First => v.row = 0,
            Action::Last => v.row = rows.saturating_sub(1),
            Action::PageUp => v.row = v.row.saturating_sub(10),
            Action::PageDown => v.row = (v.row + 10).min(rows.saturating_sub(1)),
            Action::Group => {
                let groups: Vec<Option<Id>> = std::iter::once(None)
                    .chain(w.monitoring.groups.iter().map(|g| Some(g.id)))
                    .collect();
                let pos = groups.iter().position(|g| *g == v.group).unwrap_or(0);
                v.group = groups[(pos + 1) % groups.len()];
            }
            Action::Sort => {
                v.sort = match v.sort {
                    Sort::Register => Sort::Gap,
                    Sort::Gap => Sort::Name,
                    Sort::Name => Sort::Register,
                };
            }
            Action::Filter => {
                let n = w.monitoring.criteria.len();
                v.criterion = match v.criterion {
                    None if n > 0 => Some(0),
                    Some(c) if c + 1 < n => Some(c + 1),
                    _ => None,
                };
                v.row = 0;
            }
            Action::Open | Action::ViewMode => {
                // Between the dashboard and the grid, keeping the indicator.
                if v.mode == Mode::Dashboard {
                    let id = shown_rows(w, v).get(v.row).map(|r| r.indicator);
                    v.mode = Mode::Grid;
                    v.row = id
                        .and_then(|id| w.monitoring.indicators().position(|i| i.id == id))
                        .unwrap_or(0);
                    v.col = cols.saturating_sub(1);
                } else if action == Action::ViewMode {
                    let id = w.monitoring.indicators().nth(v.row).map(|i| i.id);
                    v.mode = Mode::Dashboard;
                    v.row = id
                        .and_then(|id| shown_rows(w, v).iter().position(|r| r.indicator == id))
                        .unwrap_or(0);
                } else {
                    self.start_cell(None);
                }
            }
            Action::Add => self.register_add(super::form::FormKind::NewIndicator(0)),
            Action::Edit => self.register_add(super::form::FormKind::EditIndicator(Id(0))),
            Action::VoteUp | Action::VoteDown => {
                let t = w.monitoring.close_threshold;
                let next = if action == Action::VoteUp {
                    (t + 5.0).min(50.0)
                } else {
                    (t - 5.0).max(0.0)
                };
                if next != t {
                    self.apply(Edit::SetCloseThreshold(next), env);
                }
            }
            Action::AddPeriod => self.register_add(super::form::FormKind::NewPeriod),
            Action::AddGroup => self.register_add(super::form::FormKind::NewGroup),
            Action::AddCriterion => self.register_add(super::form::FormKind::NewCriterion),
            Action::Delete if v.mode == Mode::Grid => {
                self.commit_cell("", env, false);
            }
            _ => {}
        }
    }

    /// In the grid, a typed character starts editing the cell (overwriting it).
    pub(super) fn grid_typed(&mut self, key: Key, env: &Env) -> bool {
        if self.view.indicators.mode != Mode::Grid
            || self.focus_screen() != super::Screen::Indicators
        {
            return false;
        }
        if let Some(field) = self.view.indicators.editing.as_mut() {
            match key.code {
                KeyCode::Enter => {
                    let text = field.text().to_string();
                    self.commit_cell(&text, env, true);
                }
                // Esc drops what was typed and leaves the grid: a digit meant
                // as a screen number must not end up in a cell.
                KeyCode::Esc => {
                    self.view.indicators.editing = None;
                    self.indicators_action(Action::ViewMode, env);
                }
                KeyCode::Up | KeyCode::Down | KeyCode::Tab | KeyCode::BackTab => {
                    let text = field.text().to_string();
                    if self.commit_cell(&text, env, false) {
                        let a = match key.code {
                            KeyCode::Up => Action::Up,
                            KeyCode::Down => Action::Down,
                            KeyCode::Tab => Action::NextField,
                            _ => Action::PrevField,
                        };
                        self.indicators_action(a, env);
                    }
                }
                _ => super::form::edit_text(field, key),
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
    pub(super) fn commit_grid_cell(&mut self, env: &Env) {
        if let Some(f) = self.view.indicators.editing.clone() {
            let _ = self.commit_cell(f.text(), env, false);
        }
    }

    fn start_cell(&mut self, first: Option<char>) {
        if self.doc.as_ref().is_some_and(|d| d.read_only.is_some()) {
            return self.error(self.t(T::IsReadOnly).to_string());
        }
        // A value is short; a cell takes no essays.
        let mut f = TextField::new("", false).with_limit(64);
        if let Some(c) = first {
            f.insert(&c.to_string());
        }
        self.view.indicators.editing = Some(f);
    }

    /// Writes the typed text into the cell; true when accepted. `down` moves on.
    fn commit_cell(&mut self, text: &str, env: &Env, down: bool) -> bool {
        let ids = self.indicator_ids();
        let Some(doc) = &self.doc else { return false };
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
                self.info(crate::i18n::tf(lang, T::CellReplaced, &args));
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
            let note = self.t(T::GridLastRow);
            let text = match &self.view.status {
                Some((super::StatusKind::Info, s)) => format!("{s} {note}"),
                _ => note.to_string(),
            };
            self.info(text);
        } else {
            self.indicators_action(Action::Down, env);
        }
    }

    /// A pasted column, or a block of columns from a spreadsheet (cells split
    /// by tabs), fills the cells from the cursor down and to the right. Lines
    /// may end in CR, LF or CRLF. One bad value, or more values than the grid
    /// has room for, and nothing is written (the message says why).
    pub(super) fn grid_paste(&mut self, text: &str, env: &Env) -> bool {
        if self.focus_screen() != super::Screen::Indicators
            || self.view.indicators.mode != Mode::Grid
        {
            return false;
        }
        let ids = self.indicator_ids();
        let Some(doc) = &self.doc else { return true };
        if doc.read_only.is_some() {
            self.error(self.t(T::IsReadOnly).to_string());
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
            self.error(crate::i18n::tf(self.lang, T::PasteTooBig, &args));
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
                        self.error(crate::i18n::tf(self.lang, T::PasteBadLine, &at));
                        return true;
                    }
                }
            }
        }
        self.view.indicators.editing = None;
        if self.apply(Edit::Batch(edits), env) {
            self.view.indicators.row = row + rows - 1;
            let n = (rows * cols).to_string();
            self.info(crate::i18n::tf(self.lang, T::PasteDone, &[("n", &n)]));
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
