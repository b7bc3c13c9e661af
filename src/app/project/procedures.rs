//! A monitoring's card: the regulation's objects of assessment, each with the
//! procedures that assess it (aim, timing, who takes part, who is responsible).

use super::{Field, ProjectView, form};
use crate::app::form::{Form, FormField, FormKind};
use crate::app::indicators::{chosen_responsible, responsible_choice};
use crate::app::outcome::{Outcome, Seen, accept};
use crate::domain::indicators::Responsible;
use crate::domain::regulation::{AssessObject, Procedure};
use crate::domain::{Edit, Id, non_empty};
use crate::i18n::{self, R, T};

/// The card's fields for the objects: each object, then its procedures.
pub(super) fn object_fields(w: &crate::domain::Workshop) -> Vec<Field> {
    let mut v = Vec::new();
    for (k, o) in AssessObject::ALL.iter().enumerate() {
        v.push(Field::Object(k));
        v.extend(
            w.project
                .procedures
                .iter()
                .enumerate()
                .filter(|(_, p)| p.object == *o)
                .map(|(i, _)| Field::Procedure(i)),
        );
    }
    v
}

/// The form for a procedure (a new one under `object`, or `p`).
pub(super) fn procedure_form(
    s: &Seen,
    object: AssessObject,
    p: Option<&Procedure>,
) -> Outcome<ProjectView> {
    if s.read_only {
        return Outcome::warn(T::IsReadOnly, &[]);
    }
    let objects: Vec<String> = AssessObject::ALL
        .iter()
        .map(|o| i18n::object(s.lang, *o).to_string())
        .collect();
    let at = AssessObject::ALL
        .iter()
        .position(|o| *o == object)
        .unwrap_or(0);
    let (who, people) =
        responsible_choice(s, p.map_or(&Responsible::Unassigned, |p| &p.responsible));
    let text = |f: fn(&Procedure) -> &str| p.map_or("", f);
    form(Form::new(
        match p {
            Some(p) => FormKind::EditProcedure(p.id),
            None => FormKind::NewProcedure,
        },
        if p.is_some() {
            R::EditProcedure
        } else {
            R::NewProcedure
        },
        vec![
            FormField::text(T::FieldThingName, text(|p| &p.name), false),
            FormField::choice(R::FieldObject, at, objects),
            FormField::text(R::FieldAim, text(|p| &p.aim), true),
            FormField::text(R::FieldTiming, text(|p| &p.timing), false),
            FormField::text(R::FieldParticipants, text(|p| &p.participants), false),
            FormField::choice(R::FieldResponsible, who, people),
        ],
    ))
}

/// Saves the procedure form; an empty name keeps it open.
pub fn procedure_form_saved(s: &Seen, form: &Form) -> Outcome<ProjectView> {
    let name = accept!(non_empty(form.text(0)));
    let w = s.w;
    let object = AssessObject::ALL[form.choice(1).min(AssessObject::ALL.len() - 1)];
    let mut card = w.project.clone();
    let fields = Procedure {
        id: Id(0),
        name,
        object,
        aim: form.text(2).trim().to_string(),
        timing: form.text(3).trim().to_string(),
        participants: form.text(4).trim().to_string(),
        responsible: chosen_responsible(s, form.choice(5)),
    };
    let id = match form.kind {
        FormKind::EditProcedure(id) => match card.procedures.iter_mut().find(|p| p.id == id) {
            Some(p) => {
                *p = Procedure { id, ..fields };
                id
            }
            None => return Outcome::warn(T::GoneMeanwhile, &[]),
        },
        _ => {
            let id = w.fresh_id();
            card.procedures.push(Procedure { id, ..fields });
            id
        }
    };
    if card == w.project {
        return Outcome::none();
    }
    Outcome::edit(Edit::SetProject(Box::new(card))).then(move |v: &mut ProjectView, w| {
        if let Some(i) = w.project.procedures.iter().position(|p| p.id == id) {
            v.selected = Field::of(w)
                .iter()
                .position(|f| *f == Field::Procedure(i))
                .unwrap_or(v.selected);
        }
    })
}

/// Deletes a procedure no indicator or control names (those are changed first).
pub(super) fn delete_procedure(s: &Seen, i: usize) -> Outcome<ProjectView> {
    let w = s.w;
    let mut card = w.project.clone();
    let Some(p) = card.procedures.get(i) else {
        return Outcome::none();
    };
    let uses = w
        .monitoring
        .indicators()
        .filter(|x| x.procedure == Some(p.id))
        .count()
        + w.monitoring
            .control
            .iter()
            .filter(|c| c.procedure == Some(p.id))
            .count();
    if uses > 0 {
        return Outcome::warn(
            R::ProcedureInUse,
            &[("name", &p.name), ("n", &uses.to_string())],
        );
    }
    let gone = card.procedures.remove(i);
    Outcome::edit(Edit::SetProject(Box::new(card))).saying(T::Deleted, &[("what", &gone.name)])
}
