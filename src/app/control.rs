//! A monitoring's screen 5: its periods (year, half-year, quarter,
//! trimester), and for each the plan of internal control (план ВШК): what
//! is checked, by when, by whom, and what it ends in.

use super::Overlay;
use super::form::{Form, FormField, FormKind};
use super::indicators::{chosen_responsible, responsible_choice};
use super::keymap::Action;
use super::outcome::{Outcome, Seen, accept};
use crate::domain::dates::parse_date;
use crate::domain::indicators::Responsible;
use crate::domain::regulation::{ControlItem, Summary};
use crate::domain::{Edit, Id, VecEdit, Workshop, non_empty};
use crate::i18n::{self, R, T};

/// Which list has the keys.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Pane {
    #[default]
    Periods,
    Plan,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ControlView {
    /// The selected period, by position.
    pub period: usize,
    /// The selected entry of that period's plan, by position in it.
    pub selected: usize,
    pub pane: Pane,
}

/// The entries of a period's plan, as positions in the workshop's list, in
/// the order of their dates (undated last, then as entered).
pub fn entries(w: &Workshop, period: Id) -> Vec<usize> {
    w.monitoring.plan_of(period)
}

impl ControlView {
    pub fn clamp(&mut self, w: &Workshop) {
        self.period = self
            .period
            .min(w.monitoring.periods.len().saturating_sub(1));
        let n = self.period_id(w).map_or(0, |p| entries(w, p).len());
        self.selected = self.selected.min(n.saturating_sub(1));
    }

    pub fn period_id(&self, w: &Workshop) -> Option<Id> {
        w.monitoring.periods.get(self.period).map(|p| p.id)
    }

    /// The selected entry's position in the workshop's list.
    pub fn entry(&self, w: &Workshop) -> Option<usize> {
        let p = self.period_id(w)?;
        entries(w, p).get(self.selected).copied()
    }
}

pub fn update(v: &mut ControlView, s: &Seen, action: Action) -> Outcome<ControlView> {
    let w = s.w;
    let periods = w.monitoring.periods.len();
    let n = v.period_id(w).map_or(0, |p| entries(w, p).len());
    match (action, v.pane) {
        (Action::Left | Action::Right | Action::NextField | Action::PrevField, _) => {
            v.pane = match v.pane {
                Pane::Periods => Pane::Plan,
                Pane::Plan => Pane::Periods,
            };
        }
        (Action::Up, Pane::Periods) => {
            v.period = v.period.saturating_sub(1);
            v.selected = 0;
        }
        (Action::Down, Pane::Periods) => {
            v.period = (v.period + 1).min(periods.saturating_sub(1));
            v.selected = 0;
        }
        (Action::First | Action::PageUp, Pane::Periods) => v.period = 0,
        (Action::Last | Action::PageDown, Pane::Periods) => {
            v.period = periods.saturating_sub(1);
        }
        (Action::Up, Pane::Plan) => v.selected = v.selected.saturating_sub(1),
        (Action::Down, Pane::Plan) => v.selected = (v.selected + 1).min(n.saturating_sub(1)),
        (Action::First | Action::PageUp, Pane::Plan) => v.selected = 0,
        (Action::Last | Action::PageDown, Pane::Plan) => v.selected = n.saturating_sub(1),
        (Action::Add, _) => return control_form(v, s, None),
        (Action::AddPeriod, _) => {
            return Outcome::open(Overlay::Form(super::indicators::period_form(s)));
        }
        (Action::Edit | Action::Open, _) => {
            if let Some(i) = v.entry(w) {
                return control_form(v, s, Some(i));
            }
            if v.period_id(w).is_some() {
                return control_form(v, s, None);
            }
        }
        (Action::Toggle, _) => return toggle_done(v, s),
        (Action::Delete, Pane::Plan) => return delete(v, s),
        _ => {}
    }
    Outcome::none()
}

/// The form for an entry of the plan: in the selected period, or `i`.
fn control_form(v: &ControlView, s: &Seen, i: Option<usize>) -> Outcome<ControlView> {
    let w = s.w;
    if w.monitoring.periods.is_empty() {
        return Outcome::warn(R::NoPeriodsYet, &[]);
    }
    if s.read_only {
        return Outcome::warn(T::IsReadOnly, &[]);
    }
    let c = i.and_then(|i| w.monitoring.control.get(i));
    let period = c.map_or_else(|| v.period_id(w), |c| Some(c.period));
    let periods: Vec<String> = w.monitoring.periods.iter().map(period_name).collect();
    let at_period = period
        .and_then(|id| w.monitoring.periods.iter().position(|p| p.id == id))
        .unwrap_or(0);
    let mut procedures = vec!["—".to_string()];
    procedures.extend(w.project.procedures.iter().map(|p| p.name.clone()));
    let at_procedure = c
        .and_then(|c| c.procedure)
        .and_then(|id| w.project.procedures.iter().position(|p| p.id == id))
        .map_or(0, |k| k + 1);
    let (who, people) =
        responsible_choice(s, c.map_or(&Responsible::Unassigned, |c| &c.responsible));
    let summaries: Vec<String> = Summary::ALL
        .iter()
        .map(|x| i18n::summary(s.lang, *x).to_string())
        .collect();
    let at_summary = c.map_or(0, |c| {
        Summary::ALL
            .iter()
            .position(|x| *x == c.summary)
            .unwrap_or(0)
    });
    let due = c
        .and_then(|c| c.due)
        .map(|d| super::cycles::date_text(s.lang, d))
        .unwrap_or_default();
    Outcome::open(Overlay::Form(Form::new(
        match c {
            Some(c) => FormKind::EditControl(c.id),
            None => FormKind::NewControl,
        },
        if c.is_some() {
            R::EditControl
        } else {
            R::NewControl
        },
        vec![
            FormField::text(R::FieldChecked, c.map_or("", |c| &c.what), false),
            FormField::choice(R::FieldProcedure, at_procedure, procedures),
            FormField::choice(R::FieldPeriod, at_period, periods),
            FormField::text(R::FieldDue, &due, false),
            FormField::choice(R::FieldResponsible, who, people),
            FormField::choice(R::FieldSummary, at_summary, summaries),
        ],
    )))
}

/// A period as the plan names it: "I четверть 2024/25".
pub fn period_name(p: &crate::domain::indicators::PeriodDef) -> String {
    if p.school_year.trim().is_empty() {
        p.label.clone()
    } else {
        format!("{} {}", p.label, p.school_year)
    }
}

/// Saves the form. What is checked may be left empty when a procedure is
/// chosen (the procedure's name stands for it); a date must read as one.
pub fn control_form_saved(s: &Seen, form: &Form) -> Outcome<ControlView> {
    let w = s.w;
    let procedure = form
        .choice(1)
        .checked_sub(1)
        .and_then(|k| w.project.procedures.get(k));
    let what = match (form.text(0).trim(), procedure) {
        ("", Some(p)) => p.name.clone(),
        (text, _) => accept!(non_empty(text)),
    };
    let due = match form.text(3).trim() {
        "" => None,
        text => Some(accept!(parse_date(text))),
    };
    let Some(period) = w.monitoring.periods.get(form.choice(2)) else {
        return Outcome::warn(T::GoneMeanwhile, &[]);
    };
    let mut item = ControlItem {
        id: w.fresh_id(),
        period: period.id,
        procedure: procedure.map(|p| p.id),
        what,
        due,
        responsible: chosen_responsible(s, form.choice(4)),
        summary: Summary::ALL[form.choice(5).min(Summary::ALL.len() - 1)],
        done: false,
    };
    let list = &w.monitoring.control;
    let edit = match form.kind {
        FormKind::EditControl(id) => {
            let Some(i) = list.iter().position(|c| c.id == id) else {
                return Outcome::warn(T::GoneMeanwhile, &[]);
            };
            item.id = id;
            item.done = list[i].done;
            if list[i] == item {
                return Outcome::none();
            }
            Edit::Control(VecEdit::Replace(i, item.clone()))
        }
        _ => Edit::Control(VecEdit::Insert(list.len(), item.clone())),
    };
    let id = item.id;
    Outcome::edit(edit).then(move |v: &mut ControlView, w| select(v, w, id))
}

/// Selects an entry (after it was added or moved to another period).
fn select(v: &mut ControlView, w: &Workshop, id: Id) {
    let Some(c) = w.monitoring.control.iter().find(|c| c.id == id) else {
        return;
    };
    if let Some(p) = w.monitoring.periods.iter().position(|p| p.id == c.period) {
        v.period = p;
        let list = entries(w, c.period);
        v.selected = list
            .iter()
            .position(|&i| w.monitoring.control[i].id == id)
            .unwrap_or(0);
        v.pane = Pane::Plan;
    }
}

fn toggle_done(v: &ControlView, s: &Seen) -> Outcome<ControlView> {
    let Some(i) = v.entry(s.w) else {
        return Outcome::none();
    };
    let mut c = s.w.monitoring.control[i].clone();
    c.done = !c.done;
    Outcome::edit(Edit::Control(VecEdit::Replace(i, c)))
}

fn delete(v: &ControlView, s: &Seen) -> Outcome<ControlView> {
    let Some(i) = v.entry(s.w) else {
        return Outcome::none();
    };
    let what = s.w.monitoring.control[i].what.clone();
    Outcome::edit(Edit::Control(VecEdit::Remove(i))).saying(T::Deleted, &[("what", &what)])
}
