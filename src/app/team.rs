//! Screen 2, the team: members with role and personal goal, added and edited
//! through a form, deleted with undo.

use super::Overlay;
use super::form::{Form, FormField, FormKind};
use super::keymap::Action;
use super::outcome::{Outcome, Seen, accept};
use crate::domain::{Edit, Language, Member, Role, VecEdit, edit::member_references, non_empty};
use crate::i18n::{self, N, P, T};

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

pub fn member_form(
    lang: Language,
    method: crate::domain::Method,
    kind: FormKind,
    m: Option<&Member>,
) -> Form {
    let role = m.map_or(Role::Teacher, |m| m.role);
    let offered = Role::offered(method, m.map(|m| m.role));
    let roles = offered
        .iter()
        .map(|r| i18n::role(lang, *r).to_string())
        .collect();
    let mut fields = vec![
        FormField::text(T::FieldName, m.map_or("", |m| &m.name), false),
        FormField::choice(
            T::FieldRole,
            offered.iter().position(|r| *r == role).unwrap_or(0),
            roles,
        ),
        FormField::text(
            T::FieldPersonalGoal,
            m.map_or("", |m| &m.personal_goal),
            true,
        ),
    ];
    // A project's reports give the evidence for promotion.
    if method == crate::domain::Method::Innovation {
        fields.push(FormField::toggle(
            i18n::t(lang, N::FieldPromotion).to_string(),
            m.is_some_and(|m| m.promotion),
        ));
    }
    Form::new(
        kind,
        if m.is_some() {
            T::EditMember
        } else {
            T::NewMember
        },
        fields,
    )
}

/// Screen 2's keys: moving, adding, editing, deleting members.
pub fn update(v: &mut TeamView, s: &Seen, action: Action) -> Outcome<TeamView> {
    let len = s.w.team.len();
    match action {
        Action::Up => v.selected = v.selected.saturating_sub(1),
        Action::Down => v.selected = (v.selected + 1).min(len.saturating_sub(1)),
        Action::PageUp => v.selected = v.selected.saturating_sub(10),
        Action::PageDown => v.selected = (v.selected + 10).min(len.saturating_sub(1)),
        Action::First => v.selected = 0,
        Action::Last => v.selected = len.saturating_sub(1),
        Action::Add => {
            let form = member_form(s.lang, s.w.method, FormKind::NewMember, None);
            return Outcome::open(Overlay::Form(form));
        }
        Action::Edit | Action::Open => {
            if let Some(m) = s.w.team.get(v.selected) {
                let form = member_form(s.lang, s.w.method, FormKind::EditMember(m.id), Some(m));
                return Outcome::open(Overlay::Form(form));
            }
        }
        Action::Delete => return delete_member(v, s),
        _ => {}
    }
    Outcome::none()
}

fn delete_member(v: &TeamView, s: &Seen) -> Outcome<TeamView> {
    if s.read_only {
        return Outcome::warn(T::IsReadOnly, &[]);
    }
    let Some(m) = s.w.team.get(v.selected) else {
        return Outcome::none();
    };
    let refs = member_references(s.w, m.id);
    if refs > 0 {
        let places = i18n::count(s.lang, P::Places, refs);
        return Outcome::warn(T::StillNamed, &[("name", &m.name), ("places", &places)]);
    }
    let mut edits = crate::domain::edit::without_attendee(s.w, m.id);
    edits.push(Edit::Member(VecEdit::Remove(v.selected)));
    let edit = if edits.len() == 1 {
        edits.remove(0)
    } else {
        Edit::Batch(edits)
    };
    Outcome::edit(edit).saying(T::Deleted, &[("what", &m.name)])
}

/// Saves the member form; a refusal keeps it open (e.g. the name is empty).
pub fn form_saved(v: &TeamView, s: &Seen, form: &Form) -> Outcome<TeamView> {
    let name = accept!(non_empty(form.text(0)));
    let w = s.w;
    // The same list the form offered: the method's roles and the member's own.
    let keep = match form.kind {
        FormKind::EditMember(id) => w.member(id).map(|m| m.role),
        _ => None,
    };
    let offered = Role::offered(w.method, keep);
    let role = offered[form.choice(1).min(offered.len() - 1)];
    let goal = form.text(2).trim().to_string();
    let promotion = form.toggled(3);
    match form.kind {
        FormKind::EditMember(id) => {
            let Some(i) = w.member_index(id) else {
                return Outcome::warn(T::GoneMeanwhile, &[]);
            };
            let old = &w.team[i];
            let new = Member {
                name,
                role,
                personal_goal: goal,
                promotion,
                ..old.clone()
            };
            if &new == old {
                return Outcome::none();
            }
            Outcome::edit(Edit::Member(VecEdit::Replace(i, new)))
        }
        _ => {
            let mut m = Member::new(w.fresh_id(), &name, role);
            m.personal_goal = goal;
            m.promotion = promotion;
            let at = if w.team.is_empty() {
                0
            } else {
                (v.selected + 1).min(w.team.len())
            };
            Outcome::edit(Edit::Member(VecEdit::Insert(at, m)))
                .then(move |v: &mut TeamView, _| v.selected = at)
        }
    }
}
