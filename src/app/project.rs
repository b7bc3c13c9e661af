//! Screen 1, the project card: a list of fields edited in place, with the goal
//! and research-question checklists.

use super::form::edit_text;
use super::keymap::Action;
use super::keys::Key;
use super::text_field::TextField;
use super::{App, Effect, Env};
use crate::domain::{
    ArModel, Edit, ProjectKind, ResearchArea,
    project::{GoalChecks, QuestionChecks},
};

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
    GoalCheck(usize),
    QuestionCheck(usize),
}

impl Field {
    pub fn all() -> Vec<Field> {
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
    pub fn field(&self) -> Field {
        let all = Field::all();
        all[self.selected.min(all.len() - 1)]
    }
}

impl App {
    pub(super) fn project_action(&mut self, action: Action, env: &Env) -> Vec<Effect> {
        let n = Field::all().len();
        let v = &mut self.view.project;
        match action {
            Action::Up | Action::PrevField => v.selected = v.selected.saturating_sub(1),
            Action::Down | Action::NextField => v.selected = (v.selected + 1).min(n - 1),
            Action::PageUp | Action::First => v.selected = 0,
            Action::PageDown | Action::Last => v.selected = n - 1,
            Action::Open | Action::Edit => self.start_or_step(1, action == Action::Edit, env),
            Action::Toggle | Action::Right => self.step(1, env),
            Action::Left => self.step(-1, env),
            _ => {}
        }
        Vec::new()
    }

    /// Enter/e: edit a text field; on a choice or a tick, move it on.
    fn start_or_step(&mut self, dir: i32, edit_key: bool, env: &Env) {
        let field = self.view.project.field();
        let Some(doc) = &self.doc else { return };
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
            self.error(self.t(crate::i18n::T::IsReadOnly).to_string());
            return;
        }
        self.view.project.editing_area = false;
        self.view.project.editing = Some(TextField::new(&text, field == Field::Goal));
    }

    /// Moves a choice forward or back, or flips a tick: one undoable edit.
    fn step(&mut self, dir: i32, env: &Env) {
        let field = self.view.project.field();
        let Some(doc) = &self.doc else { return };
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
        let Some(doc) = &self.doc else { return };
        let text = field.text().trim().to_string();
        let w = &doc.workshop;
        if !area && self.view.project.field() == Field::Title {
            if text != w.title {
                self.apply(Edit::SetTitle(text), env);
            }
            return;
        }
        let mut card = w.project.clone();
        match self.view.project.field() {
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
