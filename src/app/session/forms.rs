//! The forms of screen 7: a meeting's details, a note or decision, and
//! marking who is absent.

use super::minutes::stamp;
use super::*;
use crate::app::form::{Form, FormField, FormKind};
use crate::app::{App, Env, Screen};
use crate::domain::dates::parse_date;
use crate::domain::{Edit, Id, Language, LogEntry, LogKind, SessionKind, SessionRecord, VecEdit};
use crate::i18n::{self, T};

impl App {
    /// The language the workshop is kept in; the minutes are written in it.
    pub(super) fn doc_language(&self) -> Language {
        self.shared
            .doc
            .as_ref()
            .map_or(self.lang, |d| d.workshop.language)
    }

    pub(super) fn open_session_form(&mut self, s: Option<&SessionRecord>) {
        let Some(doc) = &self.shared.doc else { return };
        let w = &doc.workshop;
        let lang = self.lang;
        let date = s.map_or(self.view.today, |s| s.date);
        let mut members = vec![self.t(T::Nobody).to_string()];
        members.extend(w.team.iter().map(|m| m.name.clone()));
        let facilitator = s
            .and_then(|s| s.facilitator)
            .and_then(|id| w.member_index(id))
            .map_or(0, |i| i + 1);
        let mut cycles = vec![self.t(T::NoCycle).to_string()];
        cycles.extend(w.cycles.iter().map(|c| c.name.clone()));
        let cycle = match s {
            Some(s) => s
                .cycle
                .and_then(|id| w.cycles.iter().position(|c| c.id == id))
                .map_or(0, |i| i + 1),
            // A new meeting is about the cycle the team is in.
            None => crate::domain::spiral::current(&w.cycles).map_or(0, |(i, _)| i + 1),
        };
        let mut fields = Vec::new();
        if s.is_none() {
            let kinds = SessionKind::ALL
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
        fields.push(FormField::choice(T::FieldCycle, cycle, cycles));
        if let Some(s) = s {
            fields.push(FormField::text(T::FieldNotes, &s.notes, true));
        }
        let (kind, title) = match s {
            Some(s) => (FormKind::EditSession(s.id), T::EditSession),
            None => (FormKind::NewSession, T::NewSession),
        };
        self.open_form(Form::new(kind, title, fields));
    }

    pub(in crate::app) fn session_form_saved(&mut self, form: &Form, env: &Env) -> bool {
        let first = usize::from(!matches!(form.kind, FormKind::EditSession(_)));
        let Some(date) = self.accept(parse_date(form.text(first))) else {
            return false;
        };
        let Some(doc) = &self.shared.doc else {
            return false;
        };
        let w = &doc.workshop;
        let existing = match form.kind {
            FormKind::EditSession(id) => w.sessions.iter().position(|s| s.id == id),
            _ => None,
        };
        let facilitator = form
            .choice(first + 1)
            .checked_sub(1)
            .and_then(|i| w.team.get(i))
            .map(|m| m.id);
        let cycle = form
            .choice(first + 2)
            .checked_sub(1)
            .and_then(|i| w.cycles.get(i))
            .map(|c| c.id);
        if let FormKind::EditSession(_) = form.kind
            && existing.is_none()
        {
            // Deleted meanwhile (an undo under the form): nothing to save into.
            return true;
        }
        if let Some(i) = existing {
            let mut s = w.sessions[i].clone();
            s.date = date;
            s.facilitator = facilitator;
            s.cycle = cycle;
            s.notes = form.text(first + 3).trim_end().to_string();
            return self.apply(Edit::Session(Box::new(VecEdit::Replace(i, s))), env);
        }
        let kind = SessionKind::ALL[form.choice(0).min(SessionKind::ALL.len() - 1)];
        let mut s = SessionRecord::new(w.fresh_id(), kind, date);
        s.facilitator = facilitator;
        s.cycle = cycle;
        s.attendees = w.team.iter().map(|m| m.id).collect();
        let wlang = w.language;
        s.log.push(LogEntry {
            at: stamp(env.now),
            kind: LogKind::Step,
            text: i18n::tf(
                wlang,
                T::LogStarted,
                &[("kind", i18n::session_kind(wlang, kind))],
            ),
        });
        let (id, n) = (s.id, w.sessions.len());
        if !self.apply(Edit::Session(Box::new(VecEdit::Insert(n, s))), env) {
            return false;
        }
        self.select_session(id, env);
        if kind.needs_cycle() && cycle.is_none() {
            self.say(T::SessionNoCycle, &[]);
        }
        true
    }

    pub(in crate::app) fn note_form_saved(&mut self, form: &Form, env: &Env) -> bool {
        let FormKind::SessionNote(id) = form.kind else {
            return false;
        };
        let text = form.text(0).trim();
        if text.is_empty() {
            return self
                .accept(crate::domain::non_empty(text).map(|_| ()))
                .is_some();
        }
        let kind = if form.choice(1) == 1 {
            LogKind::Decision
        } else {
            LogKind::Note
        };
        let edit = log_edit(id, env.now, kind, text.to_string());
        self.apply_plain(edit, env)
    }

    /// Space on the gathering step: present or absent.
    pub(in crate::app) fn toggle_presence(&mut self, env: &Env) -> bool {
        if self.attendance().is_none() || self.focus_screen() != Screen::Team {
            return false;
        }
        let (Some(i), Some(doc)) = (self.session_index(), &self.shared.doc) else {
            return false;
        };
        let w = &doc.workshop;
        let Some(m) = w.team.get(self.view.team.selected) else {
            return true;
        };
        let mut s = w.sessions[i].clone();
        let wlang = w.language;
        let key = if let Some(k) = s.attendees.iter().position(|a| *a == m.id) {
            s.attendees.remove(k);
            T::LogAbsent
        } else {
            s.attendees.push(m.id);
            T::LogPresent
        };
        let text = i18n::tf(wlang, key, &[("name", &m.name)]);
        let edit = Edit::Batch(vec![
            Edit::Session(Box::new(VecEdit::Replace(i, s.clone()))),
            log_edit(s.id, env.now, LogKind::Note, text),
        ]);
        self.apply_plain(edit, env);
        true
    }
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
