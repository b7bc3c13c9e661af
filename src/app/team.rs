//! Screen 2, the team: members with role and personal goal, added and edited
//! through a form, deleted with undo.

use super::form::{Form, FormField, FormKind};
use super::keymap::Action;
use super::{App, Env, Overlay};
use crate::domain::{Edit, Language, Member, Role, VecEdit, edit::member_references, non_empty};
use crate::i18n::{self, P, T};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct TeamView {
    pub selected: usize,
    pub offset: usize,
}

impl TeamView {
    pub fn clamp(&mut self, len: usize) {
        self.selected = self.selected.min(len.saturating_sub(1));
    }
}

pub fn member_form(lang: Language, kind: FormKind, m: Option<&Member>) -> Form {
    let role = m.map_or(Role::Teacher, |m| m.role);
    let roles = Role::ALL
        .iter()
        .map(|r| i18n::role(lang, *r).to_string())
        .collect();
    Form::new(
        kind,
        if m.is_some() {
            T::EditMember
        } else {
            T::NewMember
        },
        vec![
            FormField::text(T::FieldName, m.map_or("", |m| &m.name), false),
            FormField::choice(
                T::FieldRole,
                Role::ALL.iter().position(|r| *r == role).unwrap_or(0),
                roles,
            ),
            FormField::text(
                T::FieldPersonalGoal,
                m.map_or("", |m| &m.personal_goal),
                true,
            ),
        ],
    )
}

impl App {
    pub(super) fn team_action(&mut self, action: Action, env: &Env) {
        let Some(doc) = &self.shared.doc else { return };
        let len = doc.workshop.team.len();
        let v = &mut self.view.team;
        match action {
            Action::Up => v.selected = v.selected.saturating_sub(1),
            Action::Down => v.selected = (v.selected + 1).min(len.saturating_sub(1)),
            Action::PageUp => v.selected = v.selected.saturating_sub(10),
            Action::PageDown => v.selected = (v.selected + 10).min(len.saturating_sub(1)),
            Action::First => v.selected = 0,
            Action::Last => v.selected = len.saturating_sub(1),
            Action::Add => self.open_form(member_form(self.lang, FormKind::NewMember, None)),
            Action::Edit | Action::Open => {
                if let Some(m) = doc.workshop.team.get(v.selected) {
                    let form = member_form(self.lang, FormKind::EditMember(m.id), Some(m));
                    self.open_form(form);
                }
            }
            Action::Delete => self.delete_member(env),
            _ => {}
        }
    }

    pub(super) fn open_form(&mut self, form: Form) {
        if self
            .shared
            .doc
            .as_ref()
            .is_some_and(|d| d.read_only.is_some())
        {
            self.warn(T::IsReadOnly, &[]);
            return;
        }
        self.view.overlays.push(Overlay::Form(form));
    }

    fn delete_member(&mut self, env: &Env) {
        let Some(doc) = &self.shared.doc else { return };
        if doc.read_only.is_some() {
            self.warn(T::IsReadOnly, &[]);
            return;
        }
        let i = self.view.team.selected;
        let Some(m) = doc.workshop.team.get(i) else {
            return;
        };
        let refs = member_references(&doc.workshop, m.id);
        let name = m.name.clone();
        if refs > 0 {
            let places = i18n::count(self.lang, P::Places, refs);
            self.warn(T::StillNamed, &[("name", &name), ("places", &places)]);
            return;
        }
        let Some(doc) = &self.shared.doc else { return };
        let id = doc.workshop.team[i].id;
        let mut edits = crate::domain::edit::without_attendee(&doc.workshop, id);
        edits.push(Edit::Member(VecEdit::Remove(i)));
        let edit = if edits.len() == 1 {
            edits.remove(0)
        } else {
            Edit::Batch(edits)
        };
        if self.apply(edit, env) {
            let len = self
                .shared
                .doc
                .as_ref()
                .map_or(0, |d| d.workshop.team.len());
            self.view.team.clamp(len);
            self.say(T::Deleted, &[("what", &name)]);
        }
    }

    /// Saves the member form; false keeps it open (e.g. the name is empty).
    pub(super) fn team_form_saved(&mut self, form: &Form, env: &Env) -> bool {
        let Some(name) = self.accept(non_empty(form.text(0))) else {
            return false;
        };
        let role = Role::ALL[form.choice(1).min(Role::ALL.len() - 1)];
        let goal = form.text(2).trim().to_string();
        let Some(doc) = &self.shared.doc else {
            return false;
        };
        let edit = match form.kind {
            FormKind::EditMember(id) => match doc.workshop.member_index(id) {
                Some(i) => {
                    let old = &doc.workshop.team[i];
                    let new = Member {
                        name,
                        role,
                        personal_goal: goal,
                        ..old.clone()
                    };
                    if &new == old {
                        return true;
                    }
                    Edit::Member(VecEdit::Replace(i, new))
                }
                None => {
                    self.warn(T::GoneMeanwhile, &[]);
                    return true;
                }
            },
            _ => {
                let mut m = Member::new(doc.workshop.fresh_id(), &name, role);
                m.personal_goal = goal;
                let at = (self.view.team.selected + 1).min(doc.workshop.team.len());
                let at = if doc.workshop.team.is_empty() { 0 } else { at };
                self.view.team.selected = at;
                Edit::Member(VecEdit::Insert(at, m))
            }
        };
        self.apply(edit, env)
    }
}
