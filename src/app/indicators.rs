//! Screen 6, indicators: the dashboard (sorted, filtered, for the school or one
//! group) and the entry grid of indicators × periods, where a deputy head types
//! values and Enter, and pastes columns.

use super::App;
use super::form::FormKind;
use super::keymap::Action;
use super::outcome::{Outcome, Seen};
use super::text_field::TextField;
use crate::domain::dashboard::{self, Row};
use crate::domain::{Edit, Id, Workshop};

mod grid;
mod register;

pub(super) use grid::{commit_cell, paste, typed};
pub use grid::{parse_value, paste_block};
pub use register::register_form_saved;
pub(crate) use register::{chosen_responsible, period_form, responsible_choice};

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
    /// Which cell that is (indicator, period): the value goes there even if
    /// another viewer adds or removes a row meanwhile.
    pub cell: Option<(Id, Id)>,
    /// A participant's grid: only the values this member enters.
    pub only: Option<Id>,
}

/// The grid's rows a view shows (indices among all indicators): every one,
/// or a participant's own for the group shown.
pub fn grid_rows(w: &Workshop, v: &IndicatorsView) -> Vec<usize> {
    let m = &w.monitoring;
    m.indicators()
        .enumerate()
        .filter(|(_, i)| v.only.is_none_or(|me| w.enters(me, i, v.group)))
        .map(|(k, _)| k)
        .collect()
}

/// The dashboard rows of a view, with what they were computed from: kept
/// until the workshop or the view's choices change (computed in update).
#[derive(Debug, Clone, PartialEq)]
pub struct RowsCache {
    pub generation: u64,
    pub group: Option<Id>,
    pub sort: Sort,
    pub criterion: Option<usize>,
    pub rows: Vec<Row>,
}

impl RowsCache {
    fn fits(&self, generation: u64, v: &IndicatorsView) -> bool {
        self.generation == generation
            && self.group == v.group
            && self.sort == v.sort
            && self.criterion == v.criterion
    }
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

impl App {
    /// The dashboard's rows, if the cache fits the workshop and the view.
    pub fn cached_rows(&self) -> Option<&[Row]> {
        let doc = self.shared.doc.as_ref()?;
        let c = self.dashboard_rows.as_ref()?;
        c.fits(doc.generation, &self.view.indicators)
            .then_some(c.rows.as_slice())
    }

    /// Brings the dashboard's rows up to date when the dashboard is shown
    /// (on screen 6, or in a meeting's step), so that frames do not compute
    /// every indicator's series.
    pub(super) fn refresh_dashboard_rows(&mut self) {
        if self.focus_screen() != super::Screen::Indicators || self.cached_rows().is_some() {
            return;
        }
        let Some(doc) = self.shared.doc.as_ref() else {
            self.dashboard_rows = None;
            return;
        };
        let v = &self.view.indicators;
        self.dashboard_rows = Some(RowsCache {
            generation: doc.generation,
            group: v.group,
            sort: v.sort,
            criterion: v.criterion,
            rows: shown_rows(&doc.workshop, v),
        });
    }
}

/// The moves that need only the workshop: rows, columns. True if it was one.
pub(super) fn navigate(v: &mut IndicatorsView, w: &Workshop, action: Action) -> bool {
    // Counted without computing the rows' series.
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
    if v.mode == Mode::Grid && v.only.is_some() {
        // A participant's rows only: the moves go among them.
        let own = grid_rows(w, v);
        let at = own.iter().position(|r| *r >= v.row).unwrap_or(own.len());
        let last = own.len().saturating_sub(1);
        let to = match action {
            Action::Up => Some(at.saturating_sub(1)),
            Action::Down => Some((at + usize::from(own.get(at) == Some(&v.row))).min(last)),
            Action::First => Some(0),
            Action::Last => Some(last),
            Action::PageUp => Some(at.saturating_sub(10)),
            Action::PageDown => Some((at + 10).min(last)),
            _ => None,
        };
        if let Some(k) = to {
            if let Some(r) = own.get(k) {
                v.row = *r;
            }
            return true;
        }
    }
    match action {
        Action::Up => v.row = v.row.saturating_sub(1),
        Action::Down => v.row = (v.row + 1).min(rows.saturating_sub(1)),
        Action::Left | Action::PrevField if v.mode == Mode::Grid => v.col = v.col.saturating_sub(1),
        Action::Right | Action::NextField if v.mode == Mode::Grid => {
            v.col = (v.col + 1).min(cols.saturating_sub(1))
        }
        Action::First => v.row = 0,
        Action::Last => v.row = rows.saturating_sub(1),
        Action::PageUp => v.row = v.row.saturating_sub(10),
        Action::PageDown => v.row = (v.row + 10).min(rows.saturating_sub(1)),
        _ => return false,
    }
    true
}

/// Screen 6's keys (typing in the grid goes to `grid::typed` first).
pub fn update(v: &mut IndicatorsView, s: &Seen, action: Action) -> Outcome<IndicatorsView> {
    let w = s.w;
    if navigate(v, w, action) {
        return Outcome::none();
    }
    match action {
        Action::Group => {
            let groups: Vec<Option<Id>> = match v.only {
                Some(me) => w.groups_of(me),
                None => std::iter::once(None)
                    .chain(w.monitoring.groups.iter().map(|g| Some(g.id)))
                    .collect(),
            };
            if groups.is_empty() {
                return Outcome::none();
            }
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
                v.col = w.monitoring.periods.len().saturating_sub(1);
            } else if action == Action::ViewMode {
                let id = w.monitoring.indicators().nth(v.row).map(|i| i.id);
                v.mode = Mode::Dashboard;
                v.row = id
                    .and_then(|id| shown_rows(w, v).iter().position(|r| r.indicator == id))
                    .unwrap_or(0);
            } else {
                return grid::start_cell(v, s, None);
            }
        }
        Action::Add => return register::register_add(v, s, FormKind::NewIndicator(Id(0))),
        Action::Edit => return register::register_add(v, s, FormKind::EditIndicator(Id(0))),
        Action::CloseWider | Action::CloseNarrower => {
            let t = w.monitoring.close_threshold;
            let next = if action == Action::CloseWider {
                (t + 5.0).min(50.0)
            } else {
                (t - 5.0).max(0.0)
            };
            if next != t {
                return Outcome::edit(Edit::SetCloseThreshold(next));
            }
        }
        Action::AddPeriod => return register::register_add(v, s, FormKind::NewPeriod),
        Action::AddGroup => return register::register_add(v, s, FormKind::NewGroup),
        Action::Import => {
            if s.read_only {
                return Outcome::warn(crate::i18n::T::IsReadOnly, &[]);
            }
            return Outcome::open(crate::app::Overlay::Form(crate::app::form::Form::new(
                FormKind::ImportSheet,
                crate::i18n::T::ImportSheetTitle,
                vec![crate::app::form::FormField::text(
                    crate::i18n::S::FieldSource,
                    "",
                    false,
                )],
            )));
        }
        Action::AddCriterion => return register::register_add(v, s, FormKind::NewCriterion),
        Action::Delete if v.mode == Mode::Grid => return grid::commit_cell(v, s, "", false),
        _ => {}
    }
    Outcome::none()
}

/// A click elsewhere while a cell is typed into: the value goes into its
/// cell as Enter would put it (refused, and the cell kept, if it is not a
/// value).
pub(super) fn commit_typed(v: &mut IndicatorsView, s: &Seen) -> Outcome<IndicatorsView> {
    match v.editing.as_ref() {
        Some(f) => {
            let text = f.text().to_string();
            grid::commit_cell(v, s, &text, false)
        }
        None => Outcome::none(),
    }
}
