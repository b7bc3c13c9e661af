//! Where a project passes its novelty on (the workshop outline's last steps:
//! dissemination, then everyday use): to whom, how, when, and whether done.

use super::{Field, ProjectView, channel, form};
use crate::app::form::{Form, FormField, FormKind};
use crate::app::outcome::{Outcome, Seen, accept};
use crate::domain::Edit;
use crate::domain::dates::parse_date;
use crate::domain::project::{Channel, Dissemination};
use crate::i18n::{self, N, T};

/// The form for an entry (a new one: today, to other schools).
pub(super) fn dissemination_form(s: &Seen, d: Option<&Dissemination>) -> Outcome<ProjectView> {
    if s.read_only {
        return Outcome::warn(T::IsReadOnly, &[]);
    }
    let date = d.map_or(s.today, |d| d.date);
    let at = d
        .and_then(|d| Channel::ALL.iter().position(|c| *c == d.channel))
        .unwrap_or(2);
    form(Form::new(
        match d {
            Some(d) => FormKind::EditDissemination(d.id),
            None => FormKind::NewDissemination,
        },
        if d.is_some() {
            N::EditDissemination
        } else {
            N::NewDissemination
        },
        vec![
            FormField::choice(
                N::FieldChannel,
                at,
                Channel::ALL
                    .iter()
                    .map(|c| s.t(channel(*c)).to_string())
                    .collect(),
            ),
            FormField::text(N::FieldDisseminationWhat, d.map_or("", |d| &d.what), false),
            FormField::text(
                T::FieldDate,
                &crate::app::cycles::date_text(s.lang, date),
                false,
            ),
        ],
    ))
}

/// Saves the entry; the list stays in date order.
pub fn dissemination_form_saved(s: &Seen, form: &Form) -> Outcome<ProjectView> {
    let date = accept!(parse_date(form.text(2)));
    let channel = Channel::ALL[form.choice(0).min(Channel::ALL.len() - 1)];
    let what = form.text(1).trim().to_string();
    let w = s.w;
    let mut card = w.project.clone();
    let id = match form.kind {
        FormKind::EditDissemination(id) => {
            match card.dissemination.iter_mut().find(|d| d.id == id) {
                Some(d) => {
                    d.date = date;
                    d.channel = channel;
                    d.what = what;
                    id
                }
                None => return Outcome::warn(T::GoneMeanwhile, &[]),
            }
        }
        _ => {
            let id = w.fresh_id();
            card.dissemination.push(Dissemination {
                id,
                date,
                channel,
                what,
                done: false,
            });
            id
        }
    };
    card.dissemination.sort_by_key(|d| d.date);
    if card == w.project {
        return Outcome::none();
    }
    Outcome::edit(Edit::SetProject(Box::new(card))).then(move |v: &mut ProjectView, w| {
        if let Some(i) = w.project.dissemination.iter().position(|d| d.id == id) {
            v.selected = Field::of(w)
                .iter()
                .position(|f| *f == Field::Dissemination(i))
                .unwrap_or(v.selected);
        }
    })
}

pub(super) fn delete_dissemination(s: &Seen, i: usize) -> Outcome<ProjectView> {
    let mut card = s.w.project.clone();
    if i >= card.dissemination.len() {
        return Outcome::none();
    }
    let gone = card.dissemination.remove(i);
    let what = format!(
        "{} ({})",
        s.t(channel(gone.channel)),
        i18n::date(s.lang, gone.date)
    );
    Outcome::edit(Edit::SetProject(Box::new(card))).saying(T::Deleted, &[("what", &what)])
}

/// Whether a field is one an entry is added from: everyday use (the list
/// follows it) or an entry.
pub(super) fn is_dissemination(f: Field) -> bool {
    matches!(f, Field::EverydayUse | Field::Dissemination(_))
}
