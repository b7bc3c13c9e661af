//! The one path by which the workshop changes: an edit applied, its inverse
//! recorded for undo (with the screen it was made on), the dirty flag and the
//! generation moved on; undo and redo, saying what they undo; selections
//! clamped after the workshop changed under them.

use super::{App, Env, diagnosis, history, next_generation};
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
        let screen = self.view.screen;
        let Some(doc) = self.doc.as_mut() else {
            return false;
        };
        if doc.read_only.is_some() {
            self.error(self.t(T::IsReadOnly).to_string());
            return false;
        }
        match edit.apply(&mut doc.workshop) {
            Ok(inverse) => {
                doc.dirty = true;
                doc.edited_ms = env.now_ms;
                doc.generation = next_generation();
                self.history.record(inverse, screen);
                true
            }
            Err(e) => {
                self.refuse(&e);
                false
            }
        }
    }

    pub(super) fn undo_redo(&mut self, undo: bool, env: &Env) {
        let popped = if undo {
            self.history.pop_undo()
        } else {
            self.history.pop_redo()
        };
        let Some((edit, screen)) = popped else {
            let key = if undo {
                T::NothingToUndo
            } else {
                T::NothingToRedo
            };
            self.info(self.t(key).to_string());
            return;
        };
        let Some(doc) = self.doc.as_mut() else { return };
        let edit_kind = edit.clone();
        match edit.apply(&mut doc.workshop) {
            Ok(inverse) => {
                doc.dirty = true;
                doc.edited_ms = env.now_ms;
                doc.generation = next_generation();
                if undo {
                    self.history.push_redo(inverse, screen);
                } else {
                    self.history.push_undo(inverse, screen);
                }
                let what = self.t(history::what(&edit_kind)).to_string();
                let moved = self.view.screen != screen;
                self.view.screen = screen;
                self.clamp_selections();
                let key = match (undo, moved) {
                    (true, false) => T::UndoneWhat,
                    (true, true) => T::UndoneWhatOn,
                    (false, false) => T::RedoneWhat,
                    (false, true) => T::RedoneWhatOn,
                };
                let on = self.t(screen.title());
                self.info(i18n::tf(self.lang, key, &[("what", &what), ("screen", on)]));
            }
            Err(e) => self.refuse(&e),
        }
    }

    pub(super) fn clamp_selections(&mut self) {
        let Some(doc) = &self.doc else { return };
        let members = doc.workshop.team.len();
        let rows = diagnosis::rows(&doc.workshop, &self.view.diagnosis).len();
        self.view.team.clamp(members);
        self.view.diagnosis.selected = self.view.diagnosis.selected.min(rows.saturating_sub(1));
        self.view.cycles.selected = self
            .view
            .cycles
            .selected
            .min(doc.workshop.cycles.len().saturating_sub(1));
        self.clamp_plans();
    }
}
