//! Screen 4, the two plans: actions with owner, due date, linked indicator and
//! status (the curative ones with the five problem-solving steps), sorted and
//! filtered.

use chrono::NaiveDate;

use super::Overlay;
use super::form::{Form, FormField, FormKind};
use super::keymap::Action;
use super::outcome::{Outcome, Seen, accept};
use crate::domain::dates::parse_date;
use crate::domain::{
    ActionStatus, Edit, Id, PlanAction, PlanKind, ProblemSteps, VecEdit, Workshop, non_empty,
};
use crate::i18n::{self, T};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortBy {
    #[default]
    Entered,
    Due,
    Owner,
    Status,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Filter {
    #[default]
    All,
    Open,
    Overdue,
    Closed,
    Owner(Id),
}

#[derive(Debug, Clone, PartialEq)]
pub struct PlansView {
    pub pane: PlanKind,
    /// Selection per pane, as a position in the visible list.
    pub selected: [usize; 2],
    pub sort: SortBy,
    pub filter: Filter,
}

impl Default for PlansView {
    fn default() -> Self {
        PlansView {
            pane: PlanKind::Prevention,
            selected: [0, 0],
            sort: SortBy::Entered,
            filter: Filter::All,
        }
    }
}

pub fn pane_index(kind: PlanKind) -> usize {
    match kind {
        PlanKind::Prevention => 0,
        PlanKind::Curative => 1,
    }
}

/// Positions in the plan's list that pass the filter, in the chosen order.
pub fn visible(w: &Workshop, kind: PlanKind, v: &PlansView, today: NaiveDate) -> Vec<usize> {
    let list = w.plans.list(kind);
    let mut idx: Vec<usize> = (0..list.len())
        .filter(|&i| {
            let a = &list[i];
            match v.filter {
                Filter::All => true,
                Filter::Open => a.status.is_open(),
                Filter::Overdue => a.is_overdue(today),
                Filter::Closed => !a.status.is_open(),
                Filter::Owner(id) => a.who == Some(id),
            }
        })
        .collect();
    let owner = |a: &PlanAction| {
        a.who
            .and_then(|id| w.member(id))
            .map(|m| m.name.to_lowercase())
    };
    match v.sort {
        SortBy::Entered => {}
        // Undated last; stable, so equal keys keep the order of entry.
        SortBy::Due => idx.sort_by_key(|&i| (list[i].due.is_none(), list[i].due)),
        SortBy::Owner => idx.sort_by_key(|&i| (owner(&list[i]).is_none(), owner(&list[i]))),
        SortBy::Status => {
            idx.sort_by_key(|&i| ActionStatus::ALL.iter().position(|s| *s == list[i].status))
        }
    }
    idx
}

impl PlansView {
    /// The selected action: its plan and position in the plan's list.
    fn selected(&self, w: &Workshop, today: NaiveDate) -> Option<(PlanKind, usize)> {
        let vis = visible(w, self.pane, self, today);
        vis.get(self.selected[pane_index(self.pane)])
            .map(|&i| (self.pane, i))
    }

    /// Keeps each pane's selection inside its visible list.
    pub fn clamp(&mut self, w: &Workshop, today: NaiveDate) {
        for kind in [PlanKind::Prevention, PlanKind::Curative] {
            let n = visible(w, kind, self, today).len();
            let sel = &mut self.selected[pane_index(kind)];
            *sel = (*sel).min(n.saturating_sub(1));
        }
    }
}

/// Screen 4's keys.
pub fn update(v: &mut PlansView, s: &Seen, action: Action) -> Outcome<PlansView> {
    let w = s.w;
    let n = visible(w, v.pane, v, s.today).len();
    let sel = &mut v.selected[pane_index(v.pane)];
    match action {
        Action::Up => *sel = sel.saturating_sub(1),
        Action::Down => *sel = (*sel + 1).min(n.saturating_sub(1)),
        Action::PageUp | Action::First => *sel = 0,
        Action::PageDown | Action::Last => *sel = n.saturating_sub(1),
        Action::NextField | Action::PrevField | Action::Left | Action::Right => {
            v.pane = match v.pane {
                PlanKind::Prevention => PlanKind::Curative,
                PlanKind::Curative => PlanKind::Prevention,
            }
        }
        Action::Add => return Outcome::open(Overlay::Form(action_form(s, v.pane, None))),
        Action::Edit | Action::Open => {
            if let Some((kind, i)) = v.selected(w, s.today) {
                let a = &w.plans.list(kind)[i];
                return Outcome::open(Overlay::Form(action_form(s, kind, Some(a))));
            }
        }
        Action::Steps => {
            if let Some((kind, i)) = v.selected(w, s.today) {
                return Outcome::open(Overlay::Form(steps_form(kind, &w.plans.list(kind)[i])));
            }
        }
        Action::Toggle => return cycle_status(v, s),
        Action::Delete => return delete_action(v, s),
        Action::Sort => {
            v.sort = match v.sort {
                SortBy::Entered => SortBy::Due,
                SortBy::Due => SortBy::Owner,
                SortBy::Owner => SortBy::Status,
                SortBy::Status => SortBy::Entered,
            }
        }
        Action::Filter => {
            let owners: Vec<Id> = w
                .team
                .iter()
                .map(|m| m.id)
                .filter(|id| w.plans.all().any(|a| a.who == Some(*id)))
                .collect();
            v.filter = match v.filter {
                Filter::All => Filter::Open,
                Filter::Open => Filter::Overdue,
                Filter::Overdue => Filter::Closed,
                Filter::Closed => owners.first().map_or(Filter::All, |id| Filter::Owner(*id)),
                Filter::Owner(id) => {
                    let pos = owners.iter().position(|o| *o == id);
                    pos.and_then(|p| owners.get(p + 1))
                        .map_or(Filter::All, |id| Filter::Owner(*id))
                }
            };
            v.selected = [0, 0];
        }
        _ => {}
    }
    Outcome::none()
}

/// The five problem-solving steps of a curative action.
fn steps_form(kind: PlanKind, a: &PlanAction) -> Form {
    let s = a.steps.clone().unwrap_or_default();
    let fields = [
        T::StepDefine,
        T::StepCause,
        T::StepRemedies,
        T::StepIntroduce,
        T::StepMeasure,
    ]
    .iter()
    .enumerate()
    .map(|(k, t)| FormField::text(*t, s.step(k), true))
    .collect();
    Form::new(FormKind::ActionSteps(kind, a.id), T::StepsTitle, fields)
}

fn action_form(s: &Seen, kind: PlanKind, a: Option<&PlanAction>) -> Form {
    let w = s.w;
    let mut owners = vec![s.t(T::Nobody).to_string()];
    owners.extend(w.team.iter().map(|m| m.name.clone()));
    let owner = a
        .and_then(|a| a.who)
        .and_then(|id| w.member_index(id))
        .map_or(0, |i| i + 1);
    let statuses = ActionStatus::ALL
        .iter()
        .map(|st| i18n::status(s.lang, *st).to_string())
        .collect();
    let status = a.map_or(0, |a| {
        ActionStatus::ALL
            .iter()
            .position(|st| *st == a.status)
            .unwrap_or(0)
    });
    let mut indicators = vec![s.t(T::Nothing).to_string()];
    indicators.extend(w.monitoring.indicators().map(|i| i.name.clone()));
    let linked = a
        .and_then(|a| a.indicator)
        .and_then(|id| w.monitoring.indicators().position(|i| i.id == id))
        .map_or(0, |i| i + 1);
    let due = a.and_then(|a| a.due).map(|d| match s.lang {
        crate::domain::Language::En => d.format("%Y-%m-%d").to_string(),
        _ => d.format("%d.%m.%Y").to_string(),
    });
    Form::new(
        a.map_or(FormKind::NewAction(kind), |a| {
            FormKind::EditAction(kind, a.id)
        }),
        if a.is_some() {
            T::EditAction
        } else {
            T::NewAction
        },
        vec![
            FormField::text(T::FieldWhat, a.map_or("", |a| &a.what), true),
            FormField::choice(T::FieldWho, owner, owners),
            FormField::text(T::FieldDue, due.as_deref().unwrap_or(""), false),
            FormField::choice(T::FieldStatus, status, statuses),
            FormField::choice(T::FieldIndicator, linked, indicators),
        ],
    )
}

/// Saves the action form; a refusal keeps it open (empty text, a bad date).
pub fn action_form_saved(s: &Seen, form: &Form) -> Outcome<PlansView> {
    let what = accept!(non_empty(form.text(0)));
    let due_text = form.text(2).trim();
    let due = if due_text.is_empty() {
        None
    } else {
        Some(accept!(parse_date(due_text)))
    };
    let w = s.w;
    let who = form
        .choice(1)
        .checked_sub(1)
        .and_then(|i| w.team.get(i))
        .map(|m| m.id);
    let status = ActionStatus::ALL[form.choice(3).min(3)];
    let indicator = form
        .choice(4)
        .checked_sub(1)
        .and_then(|i| w.monitoring.indicators().nth(i))
        .map(|i| i.id);
    let (kind, existing) = match form.kind {
        FormKind::EditAction(kind, id) => {
            match w.plans.list(kind).iter().position(|a| a.id == id) {
                Some(i) => (kind, Some(i)),
                None => return Outcome::warn(T::GoneMeanwhile, &[]),
            }
        }
        FormKind::NewAction(kind) => (kind, None),
        _ => return Outcome::none(),
    };
    let mut action = match existing {
        Some(i) => w.plans.list(kind)[i].clone(),
        None => PlanAction::new(w.fresh_id(), &what),
    };
    action.what = what;
    action.who = who;
    action.indicator = indicator;
    action.status = status;
    // Last term's plan is recorded as it was: a past date is kept, and an
    // open action with one is marked overdue (and the user told so).
    let newly_overdue = due != action.due && {
        action.due = due;
        action.is_overdue(s.today)
    };
    let edit = match existing {
        Some(i) if w.plans.list(kind)[i] == action => return Outcome::none(),
        Some(i) => Edit::Action(kind, VecEdit::Replace(i, action)),
        None => Edit::Action(kind, VecEdit::Insert(w.plans.list(kind).len(), action)),
    };
    match due {
        Some(d) if newly_overdue => {
            let date = crate::domain::dates::in_typed_style(d, due_text);
            Outcome::edit(edit).saying(T::DuePast, &[("date", &date)])
        }
        _ => Outcome::edit(edit),
    }
}

pub fn steps_form_saved(s: &Seen, form: &Form) -> Outcome<PlansView> {
    let FormKind::ActionSteps(kind, id) = form.kind else {
        return Outcome::none();
    };
    let list = s.w.plans.list(kind);
    let Some(i) = list.iter().position(|a| a.id == id) else {
        return Outcome::warn(T::GoneMeanwhile, &[]);
    };
    let steps = ProblemSteps {
        define: form.text(0).trim().to_string(),
        cause: form.text(1).trim().to_string(),
        remedies: form.text(2).trim().to_string(),
        introduce: form.text(3).trim().to_string(),
        measure: form.text(4).trim().to_string(),
    };
    let mut a = list[i].clone();
    a.steps = if steps.filled() == 0 {
        None
    } else {
        Some(steps)
    };
    if a == list[i] {
        return Outcome::none();
    }
    Outcome::edit(Edit::Action(kind, VecEdit::Replace(i, a)))
}

/// Space: planned → in progress → done → dropped → planned.
fn cycle_status(v: &PlansView, s: &Seen) -> Outcome<PlansView> {
    let Some((kind, i)) = v.selected(s.w, s.today) else {
        return Outcome::none();
    };
    let mut a = s.w.plans.list(kind)[i].clone();
    let pos = ActionStatus::ALL
        .iter()
        .position(|st| *st == a.status)
        .unwrap_or(0);
    a.status = ActionStatus::ALL[(pos + 1) % ActionStatus::ALL.len()];
    Outcome::edit(Edit::Action(kind, VecEdit::Replace(i, a)))
}

fn delete_action(v: &PlansView, s: &Seen) -> Outcome<PlansView> {
    let Some((kind, i)) = v.selected(s.w, s.today) else {
        return Outcome::none();
    };
    let w = s.w;
    let a = &w.plans.list(kind)[i];
    let id = a.id;
    if w.cycles
        .iter()
        .any(|c| c.disruptions.iter().any(|d| d.action == Some(id)))
        || w.plans.all().any(|x| x.origin == Some(id))
    {
        return Outcome::warn(T::ActionStillLinked, &[]);
    }
    Outcome::edit(Edit::Action(kind, VecEdit::Remove(i))).saying(T::Deleted, &[("what", &a.what)])
}
