//! The one path by which the workshop changes: an edit applied, its inverse
//! recorded for undo (with the screen it was made on), the dirty flag and the
//! generation moved on; undo and redo, saying what they undo; selections
//! clamped after the workshop changed under them.

use super::shared::NotUndone;
use super::{App, Env, diagnosis, history};
use crate::domain::Edit;
use crate::i18n::{self, T};

impl App {
    /// Applies an edit to the workshop and records its inverse. During a
    /// meeting, what the edit means goes into the minutes in the same undo step.
    pub fn apply(&mut self, edit: Edit, env: &Env) -> bool {
        let extra = self.meeting_edits(&edit, env);
        let edit = if extra.is_empty() {
            edit
        } else {
            Edit::Batch(std::iter::once(edit).chain(extra).collect())
        };
        self.apply_plain(edit, env)
    }

    /// Applies an edit and records its inverse, leaving the minutes alone.
    pub fn apply_plain(&mut self, edit: Edit, env: &Env) -> bool {
        let Some(doc) = self.shared.doc.as_ref() else {
            return false;
        };
        if doc.read_only.is_some() {
            self.warn(T::IsReadOnly, &[]);
            return false;
        }
        let screen = self.view.screen;
        match self.shared.commit(edit, screen, self.viewer, env.now_ms) {
            Ok(()) => true,
            Err(e) => {
                self.refuse(&e);
                false
            }
        }
    }

    /// Undoes (or redoes) this viewer's own last change and says what it was.
    pub(super) fn undo_redo(&mut self, undo: bool, env: &Env) {
        match self.shared.undo_redo(undo, self.viewer, env.now_ms) {
            Ok(entry) => {
                let what = self.t(history::what(&entry.edit)).to_string();
                let moved = self.view.screen != entry.screen;
                self.view.screen = entry.screen;
                self.clamp_selections();
                let key = match (undo, moved) {
                    (true, false) => T::UndoneWhat,
                    (true, true) => T::UndoneWhatOn,
                    (false, false) => T::RedoneWhat,
                    (false, true) => T::RedoneWhatOn,
                };
                let on = self.screen_title(entry.screen);
                self.say(key, &[("what", &what), ("screen", on)]);
            }
            Err(NotUndone::Nothing) => {
                let key = if undo {
                    T::NothingToUndo
                } else {
                    T::NothingToRedo
                };
                self.say(key, &[]);
            }
            Err(NotUndone::Refused(e)) => {
                let why = i18n::domain_error(self.lang, &e);
                let key = if undo {
                    T::UndoNoLonger
                } else {
                    T::RedoNoLonger
                };
                self.warn(key, &[("why", &why)]);
            }
        }
    }

    pub(super) fn clamp_selections(&mut self) {
        let Some(doc) = &self.shared.doc else { return };
        let members = doc.workshop.team.len();
        let rows = diagnosis::rows(&doc.workshop, &self.view.diagnosis).len();
        self.view.team.clamp(members);
        self.view.diagnosis.selected = self.view.diagnosis.selected.min(rows.saturating_sub(1));
        self.view.cycles.selected = self
            .view
            .cycles
            .selected
            .min(doc.workshop.cycles.len().saturating_sub(1));
        let today = self.view.today;
        self.view.plans.clamp(&doc.workshop, today);
        self.view.control.clamp(&doc.workshop);
    }
}
