//! A project's novelty (what is new, for whom, the evidence) and the history
//! of its innovation level: on a date, the level expected and the level
//! reached.

use super::{Field, ProjectView, form};
use crate::app::form::{Form, FormField, FormKind};
use crate::app::outcome::{Outcome, Seen, accept};
use crate::domain::Edit;
use crate::domain::dates::parse_date;
use crate::domain::project::{InnovationLevel, LevelRecord};
use crate::i18n::{self, N, T};

/// The level's names for a choice: "3 · …".
fn level_names(s: &Seen) -> Vec<String> {
    (InnovationLevel::MIN..=InnovationLevel::MAX)
        .map(|l| format!("{l} · {}", i18n::level(s.lang, l)))
        .collect()
}

/// The form for an entry (a new one: today, the card's level expected).
pub(super) fn level_form(s: &Seen, r: Option<&LevelRecord>) -> Outcome<ProjectView> {
    if s.read_only {
        return Outcome::warn(T::IsReadOnly, &[]);
    }
    let card = &s.w.project;
    let date = r.map_or(s.today, |r| r.date);
    let expected = r.map_or(card.innovation_level, |r| r.expected).get();
    let mut reached = vec![s.t(N::NotYet).to_string()];
    reached.extend(level_names(s));
    let at_reached = r
        .and_then(|r| r.reached)
        .map_or(0, |l| usize::from(l.get()));
    form(Form::new(
        match r {
            Some(r) => FormKind::EditLevel(r.id),
            None => FormKind::NewLevel,
        },
        if r.is_some() {
            N::EditLevel
        } else {
            N::NewLevel
        },
        vec![
            FormField::text(
                T::FieldDate,
                &crate::app::cycles::date_text(s.lang, date),
                false,
            ),
            FormField::choice(N::FieldExpected, usize::from(expected - 1), level_names(s)),
            FormField::choice(N::FieldReached, at_reached, reached),
            FormField::text(T::FieldNotes, r.map_or("", |r| &r.note), true),
        ],
    ))
}

/// Saves the entry; the history stays in date order.
pub fn level_form_saved(s: &Seen, form: &Form) -> Outcome<ProjectView> {
    let date = accept!(parse_date(form.text(0)));
    let expected = accept!(InnovationLevel::new(form.choice(1) as u8 + 1));
    let reached = match form.choice(2) {
        0 => None,
        l => Some(accept!(InnovationLevel::new(l as u8))),
    };
    let w = s.w;
    let mut card = w.project.clone();
    let note = form.text(3).trim().to_string();
    let id = match form.kind {
        FormKind::EditLevel(id) => match card.levels.iter_mut().find(|l| l.id == id) {
            Some(l) => {
                *l = LevelRecord {
                    id,
                    date,
                    expected,
                    reached,
                    note,
                };
                id
            }
            None => return Outcome::warn(T::GoneMeanwhile, &[]),
        },
        _ => {
            let id = w.fresh_id();
            card.levels.push(LevelRecord {
                id,
                date,
                expected,
                reached,
                note,
            });
            id
        }
    };
    card.levels.sort_by_key(|l| l.date);
    if card == w.project {
        return Outcome::none();
    }
    Outcome::edit(Edit::SetProject(Box::new(card))).then(move |v: &mut ProjectView, w| {
        if let Some(i) = w.project.levels.iter().position(|l| l.id == id) {
            v.selected = Field::of(w)
                .iter()
                .position(|f| *f == Field::LevelEntry(i))
                .unwrap_or(v.selected);
        }
    })
}

pub(super) fn delete_level(s: &Seen, i: usize) -> Outcome<ProjectView> {
    let mut card = s.w.project.clone();
    if i >= card.levels.len() {
        return Outcome::none();
    }
    let gone = card.levels.remove(i);
    let what = i18n::date(s.lang, gone.date);
    Outcome::edit(Edit::SetProject(Box::new(card))).saying(T::Deleted, &[("what", &what)])
}

/// Whether a field is one the level's history is added from.
pub(super) fn is_level(f: Field) -> bool {
    matches!(f, Field::Level | Field::LevelEntry(_))
}
