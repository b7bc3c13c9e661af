//! Screen 1, the project card: a list of fields edited in place, with the goal
//! and research-question checklists, and the calendar of activities.

use chrono::NaiveDate;

use super::form::{Form, FormField, FormKind, edit_text};
use super::keymap::Action;
use super::keys::Key;
use super::text_field::TextField;
use super::{App, Effect, Env};
use crate::domain::dates::parse_date;
use crate::domain::project::{Activity, GoalChecks, QuestionChecks};
use crate::domain::{ArModel, Edit, Language, ProjectKind, ResearchArea, Workshop, non_empty};
use crate::i18n::T;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Title,
    Institution,
    SchoolYear,
    Area,
    Kind,
    Goal,
    Question,
    Level,
    Model,
    /// An entry of the calendar of activities.
    Activity(usize),
    GoalCheck(usize),
    QuestionCheck(usize),
}

impl Field {
    /// The card's fields, then its calendar, then the two checklists.
    pub fn all(activities: usize) -> Vec<Field> {
        let mut v = vec![
            Field::Title,
            Field::Institution,
            Field::SchoolYear,
            Field::Area,
            Field::Kind,
            Field::Goal,
            Field::Question,
            Field::Level,
            Field::Model,
        ];
        v.extend((0..activities).map(Field::Activity));
        v.extend((0..GoalChecks::COUNT).map(Field::GoalCheck));
        v.extend((0..QuestionChecks::COUNT).map(Field::QuestionCheck));
        v
    }

    pub fn is_text(self) -> bool {
        matches!(
            self,
            Field::Title | Field::Institution | Field::SchoolYear | Field::Goal | Field::Question
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProjectView {
    pub selected: usize,
    /// The field being typed into, with the field it belongs to.
    pub editing: Option<TextField>,
    /// Editing the custom research area rather than a card text.
    pub editing_area: bool,
}

impl ProjectView {
    pub fn field(&self, w: &Workshop) -> Field {
        let all = Field::all(w.project.calendar.len());
        all[self.selected.min(all.len() - 1)]
    }
}

/// The form for a calendar entry: what first (the item's text), then the date.
pub fn activity_form(
    lang: Language,
    kind: FormKind,
    a: Option<&Activity>,
    today: NaiveDate,
) -> Form {
    let date = a.map_or(today, |a| a.date);
    let shown = match lang {
        Language::En => date.format("%Y-%m-%d").to_string(),
        _ => date.format("%d.%m.%Y").to_string(),
    };
    Form::new(
        kind,
        if a.is_some() {
            T::EditActivity
        } else {
            T::NewActivity
        },
        vec![
            FormField::text(T::FieldWhat, a.map_or("", |a| &a.what), false),
            FormField::text(T::FieldDate, &shown, false),
        ],
    )
}

impl App {
    pub(super) fn project_action(&mut self, action: Action, env: &Env) -> Vec<Effect> {
        let Some(doc) = &self.shared.doc else {
            return Vec::new();
        };
        let n = Field::all(doc.workshop.project.calendar.len()).len();
        if let Field::Activity(i) = self.view.project.field(&doc.workshop) {
            match action {
                Action::Open | Action::Edit => {
                    let activity = doc.workshop.project.calendar.get(i);
                    let Some(id) = activity.map(|a| a.id) else {
                        return Vec::new();
                    };
                    let form = activity_form(
                        self.lang,
                        FormKind::EditActivity(id),
                        activity,
                        env.now.date(),
                    );
                    self.open_form(form);
                    return Vec::new();
                }
                Action::Delete => {
                    self.delete_activity(i, env);
                    return Vec::new();
                }
                _ => {}
            }
        }
        let v = &mut self.view.project;
        match action {
            Action::Up | Action::PrevField => v.selected = v.selected.saturating_sub(1),
            Action::Down | Action::NextField => v.selected = (v.selected + 1).min(n - 1),
            Action::PageUp | Action::First => v.selected = 0,
            Action::PageDown | Action::Last => v.selected = n - 1,
            Action::Open | Action::Edit => self.start_or_step(1, action == Action::Edit, env),
            Action::Toggle | Action::Right => self.step(1, env),
            Action::Left => self.step(-1, env),
            Action::Add => {
                let form = activity_form(self.lang, FormKind::NewActivity, None, env.now.date());
                self.open_form(form);
            }
            _ => {}
        }
        Vec::new()
    }

    fn delete_activity(&mut self, i: usize, env: &Env) {
        let Some(doc) = &self.shared.doc else { return };
        let mut card = doc.workshop.project.clone();
        if i >= card.calendar.len() {
            return;
        }
        let gone = card.calendar.remove(i);
        if self.apply(Edit::SetProject(Box::new(card)), env) {
            let n = self
                .shared
                .doc
                .as_ref()
                .map_or(0, |d| Field::all(d.workshop.project.calendar.len()).len());
            self.view.project.selected = self.view.project.selected.min(n - 1);
            self.say(T::Deleted, &[("what", &gone.what)]);
        }
    }

    /// Saves the activity form; false keeps it open (empty text, bad date).
    pub(super) fn activity_form_saved(&mut self, form: &Form, env: &Env) -> bool {
        let Some(what) = self.accept(non_empty(form.text(0))) else {
            return false;
        };
        let Some(date) = self.accept(parse_date(form.text(1))) else {
            return false;
        };
        let Some(doc) = &self.shared.doc else {
            return false;
        };
        let mut card = doc.workshop.project.clone();
        match form.kind {
            FormKind::EditActivity(id) => match card.calendar.iter_mut().find(|a| a.id == id) {
                Some(a) => {
                    a.what = what;
                    a.date = date;
                }
                None => {
                    self.warn(T::GoneMeanwhile, &[]);
                    return true;
                }
            },
            _ => {
                let id = doc.workshop.fresh_id();
                card.calendar.push(Activity {
                    id,
                    date,
                    what,
                    done: false,
                });
            }
        }
        // The calendar stays in date order (stable for equal dates).
        card.calendar.sort_by_key(|a| a.date);
        if card == doc.workshop.project {
            return true;
        }
        let id = match form.kind {
            FormKind::EditActivity(id) => Some(id),
            _ => Some(doc.workshop.fresh_id()),
        };
        let at = card
            .calendar
            .iter()
            .position(|a| Some(a.id) == id)
            .unwrap_or(0);
        let ok = self.apply(Edit::SetProject(Box::new(card)), env);
        if ok {
            let first = Field::all(0)
                .iter()
                .position(|f| matches!(f, Field::GoalCheck(_)))
                .unwrap_or(0);
            self.view.project.selected = first + at;
        }
        ok
    }

    /// Enter/e: edit a text field; on a choice or a tick, move it on.
    fn start_or_step(&mut self, dir: i32, edit_key: bool, env: &Env) {
        let Some(doc) = &self.shared.doc else { return };
        let field = self.view.project.field(&doc.workshop);
        let w = &doc.workshop;
        let text = match field {
            Field::Title => w.title.clone(),
            Field::Institution => w.project.institution.clone(),
            Field::SchoolYear => w.project.school_year.clone(),
            Field::Goal => w.project.goal.clone(),
            Field::Question => w.project.research_question.clone(),
            Field::Area if edit_key => {
                let custom = match &w.project.area {
                    ResearchArea::Custom(t) => t.clone(),
                    _ => String::new(),
                };
                self.view.project.editing_area = true;
                self.view.project.editing = Some(TextField::new(&custom, false));
                return;
            }
            _ => return self.step(dir, env),
        };
        if doc.read_only.is_some() {
            self.warn(crate::i18n::T::IsReadOnly, &[]);
            return;
        }
        self.view.project.editing_area = false;
        self.view.project.editing = Some(TextField::new(&text, field == Field::Goal));
    }

    /// Moves a choice forward or back, or flips a tick: one undoable edit.
    fn step(&mut self, dir: i32, env: &Env) {
        let Some(doc) = &self.shared.doc else { return };
        let field = self.view.project.field(&doc.workshop);
        let mut card = doc.workshop.project.clone();
        match field {
            Field::Area => {
                let presets = ResearchArea::PRESET;
                let pos = presets
                    .iter()
                    .position(|a| *a == card.area)
                    .unwrap_or(presets.len());
                let next = (pos as i32 + dir).rem_euclid(presets.len() as i32 + 1) as usize;
                card.area = match presets.get(next) {
                    Some(a) => a.clone(),
                    None => ResearchArea::Custom(String::new()),
                };
                if card.area == ResearchArea::Custom(String::new()) {
                    self.view.project.editing_area = true;
                    self.view.project.editing = Some(TextField::new("", false));
                    return;
                }
            }
            Field::Kind => {
                card.kind = match card.kind {
                    ProjectKind::Curative => ProjectKind::Preventive,
                    ProjectKind::Preventive => ProjectKind::Curative,
                }
            }
            Field::Level => {
                let l = (i32::from(card.innovation_level.get()) - 1 + dir).rem_euclid(5) + 1;
                if let Err(e) = card.set_innovation_level(l as u8) {
                    return self.refuse(&e);
                }
            }
            Field::Model => {
                // None (as suggested) → practical → technical → emancipatory → None.
                let options: [Option<ArModel>; 4] = [
                    None,
                    Some(ArModel::Practical),
                    Some(ArModel::Technical),
                    Some(ArModel::Emancipatory),
                ];
                let pos = options
                    .iter()
                    .position(|m| *m == card.ar_model)
                    .unwrap_or(0);
                card.ar_model = options[(pos as i32 + dir).rem_euclid(4) as usize];
            }
            Field::GoalCheck(i) => card.goal_checks.toggle(i),
            Field::Activity(i) => match card.calendar.get_mut(i) {
                Some(a) => a.done = !a.done,
                None => return,
            },
            Field::QuestionCheck(i) => card.question_checks.toggle(i),
            _ => return,
        }
        self.apply(Edit::SetProject(Box::new(card)), env);
    }

    /// Keys while typing into a card field.
    pub(super) fn project_field_key(
        &mut self,
        action: Option<Action>,
        key: Key,
        env: &Env,
    ) -> Vec<Effect> {
        match action {
            Some(Action::Commit) => self.commit_field(env),
            Some(Action::Cancel) => {
                self.view.project.editing = None;
                self.view.project.editing_area = false;
            }
            Some(Action::Newline) => {
                if let Some(f) = self.view.project.editing.as_mut() {
                    f.newline();
                }
            }
            Some(Action::Undo | Action::Redo | Action::Screen(_)) => {
                // Leaving the field first keeps undo about the model, not half a word.
                self.commit_field(env);
                return self.action(action.unwrap_or(Action::Help), env);
            }
            Some(a @ (Action::Save | Action::Quit | Action::Help)) => {
                if a != Action::Help {
                    self.commit_field(env);
                }
                return self.action(a, env);
            }
            _ => {
                if let Some(f) = self.view.project.editing.as_mut() {
                    edit_text(f, key);
                }
            }
        }
        Vec::new()
    }

    /// Writes the field's text into the card as one undoable edit.
    fn commit_field(&mut self, env: &Env) {
        let Some(field) = self.view.project.editing.take() else {
            return;
        };
        let area = std::mem::take(&mut self.view.project.editing_area);
        let Some(doc) = &self.shared.doc else { return };
        let text = field.text().trim().to_string();
        let w = &doc.workshop;
        let field_now = self.view.project.field(w);
        if !area && field_now == Field::Title {
            if text != w.title {
                self.apply(Edit::SetTitle(text), env);
            }
            return;
        }
        let mut card = w.project.clone();
        match field_now {
            Field::Area if area => {
                card.area = if text.is_empty() {
                    ResearchArea::PRESET[0].clone()
                } else {
                    ResearchArea::Custom(text)
                }
            }
            Field::Institution => card.institution = text,
            Field::SchoolYear => card.school_year = text,
            Field::Goal => card.goal = text,
            Field::Question => card.research_question = text,
            _ => return,
        }
        if card != w.project {
            self.apply(Edit::SetProject(Box::new(card)), env);
        }
    }
}
