//! The forms of screen 7: a meeting's details, a note or decision, and
//! marking who is absent.

use super::*;
use crate::app::Overlay;
use crate::app::form::{Form, FormField, FormKind};
use crate::app::minutes::stamp;
use crate::app::outcome::{Outcome, Seen, accept};
use crate::domain::dates::parse_date;
use crate::domain::{Edit, Id, Language, LogEntry, LogKind, SessionKind, SessionRecord, VecEdit};
use crate::i18n::{self, T};

pub(super) fn session_form(s: &Seen, rec: Option<&SessionRecord>) -> Outcome<SessionView> {
    let w = s.w;
    let lang = s.lang;
    let date = rec.map_or(s.today, |r| r.date);
    let mut members = vec![s.t(T::Nobody).to_string()];
    members.extend(w.team.iter().map(|m| m.name.clone()));
    let facilitator = rec
        .and_then(|r| r.facilitator)
        .and_then(|id| w.member_index(id))
        .map_or(0, |i| i + 1);
    let mut cycles = vec![s.t(T::NoCycle).to_string()];
    cycles.extend(w.cycles.iter().map(|c| c.name.clone()));
    let cycle = match rec {
        Some(r) => r
            .cycle
            .and_then(|id| w.cycles.iter().position(|c| c.id == id))
            .map_or(0, |i| i + 1),
        // A new meeting is about the cycle the team is in.
        None => crate::domain::spiral::current(&w.cycles).map_or(0, |(i, _)| i + 1),
    };
    let mut fields = Vec::new();
    if rec.is_none() {
        let kinds = SessionKind::of(w.method)
            .iter()
            .map(|k| i18n::session_kind(lang, *k).to_string())
            .collect();
        fields.push(FormField::choice(T::FieldSessionKind, 0, kinds));
    }
    fields.push(FormField::text(
        T::FieldDate,
        &crate::app::cycles::date_text(lang, date),
        false,
    ));
    fields.push(FormField::choice(T::FieldFacilitator, facilitator, members));
    // A monitoring has no action-research cycles to hold its meetings in.
    if has_cycles(w) {
        fields.push(FormField::choice(T::FieldCycle, cycle, cycles));
    }
    if let Some(r) = rec {
        fields.push(FormField::text(T::FieldNotes, &r.notes, true));
    }
    let (kind, title) = match rec {
        Some(r) => (FormKind::EditSession(r.id), T::EditSession),
        None => (FormKind::NewSession, T::NewSession),
    };
    Outcome::open(Overlay::Form(Form::new(kind, title, fields)))
}

/// Whether a workshop's meetings are held within its cycles.
fn has_cycles(w: &crate::domain::Workshop) -> bool {
    w.method == crate::domain::Method::Innovation
}

pub fn session_form_saved(v: &SessionView, s: &Seen, form: &Form) -> Outcome<SessionView> {
    let first = usize::from(!matches!(form.kind, FormKind::EditSession(_)));
    let date = accept!(parse_date(form.text(first)));
    let w = s.w;
    let facilitator = form
        .choice(first + 1)
        .checked_sub(1)
        .and_then(|i| w.team.get(i))
        .map(|m| m.id);
    let with_cycle = has_cycles(w);
    let cycle = if with_cycle {
        form.choice(first + 2)
            .checked_sub(1)
            .and_then(|i| w.cycles.get(i))
            .map(|c| c.id)
    } else {
        None
    };
    if let FormKind::EditSession(id) = form.kind {
        // Deleted meanwhile (an undo under the form): nothing to save into.
        let Some(i) = w.sessions.iter().position(|r| r.id == id) else {
            return Outcome::warn(T::GoneMeanwhile, &[]);
        };
        let mut r = w.sessions[i].clone();
        r.date = date;
        r.facilitator = facilitator;
        r.cycle = cycle;
        r.notes = form
            .text(first + 2 + usize::from(with_cycle))
            .trim_end()
            .to_string();
        return Outcome::edit(Edit::Session(Box::new(VecEdit::Replace(i, r))));
    }
    let kinds = SessionKind::of(w.method);
    let kind = kinds[form.choice(0).min(kinds.len() - 1)];
    let mut r = SessionRecord::new(w.fresh_id(), kind, date);
    r.facilitator = facilitator;
    r.cycle = cycle;
    r.attendees = w.team.iter().map(|m| m.id).collect();
    let wlang = w.language;
    r.log.push(LogEntry {
        at: stamp(s.now),
        kind: LogKind::Step,
        text: i18n::tf(
            wlang,
            T::LogStarted,
            &[("kind", i18n::session_kind(wlang, kind))],
        ),
    });
    // Shown at once, at its first step.
    let mut shown = v.clone();
    let selected = super::select(&mut shown, w, &r);
    let mut out = Outcome::edit(Edit::Session(Box::new(VecEdit::Insert(
        w.sessions.len(),
        r,
    ))))
    .then(move |v: &mut SessionView, _| *v = shown);
    out.timer = selected.timer;
    out.focus = selected.focus;
    if kind.needs_cycle() && cycle.is_none() {
        out = out.saying(T::SessionNoCycle, &[]);
    }
    out
}

pub fn note_form_saved(s: &Seen, form: &Form) -> Outcome<SessionView> {
    let FormKind::SessionNote(id) = form.kind else {
        return Outcome::none();
    };
    let text = accept!(crate::domain::non_empty(form.text(0)));
    let kind = if form.choice(1) == 1 {
        LogKind::Decision
    } else {
        LogKind::Note
    };
    Outcome::plain(log_edit(id, s.now, kind, text))
}

/// Space on the gathering step: the member selected on the team is present,
/// or absent.
pub fn presence(v: &SessionView, member: usize, s: &Seen) -> Outcome<SessionView> {
    let w = s.w;
    let (Some(i), Some(m)) = (super::index(v, w), w.team.get(member)) else {
        return Outcome::none();
    };
    let mut r = w.sessions[i].clone();
    let key = if let Some(k) = r.attendees.iter().position(|a| *a == m.id) {
        r.attendees.remove(k);
        T::LogAbsent
    } else {
        r.attendees.push(m.id);
        T::LogPresent
    };
    let text = i18n::tf(w.language, key, &[("name", &m.name)]);
    let id = r.id;
    Outcome::plain(Edit::Batch(vec![
        Edit::Session(Box::new(VecEdit::Replace(i, r))),
        log_edit(id, s.now, LogKind::Note, text),
    ]))
}

pub(super) fn note_form(lang: Language, session: Id) -> Form {
    Form::new(
        FormKind::SessionNote(session),
        T::NewNote,
        vec![
            FormField::text(T::FieldText, "", true),
            FormField::choice(
                T::FieldKind,
                0,
                vec![
                    i18n::log_kind(lang, LogKind::Note).to_string(),
                    i18n::log_kind(lang, LogKind::Decision).to_string(),
                ],
            ),
        ],
    )
}
