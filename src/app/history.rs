//! Undo and redo: two stacks of inverse edits, each remembering the screen it
//! was made on so that undo shows what it undoes.

use crate::domain::Edit;

use super::Screen;

pub const HISTORY_MAX: usize = 1000;

#[derive(Debug, Clone, Default)]
pub struct History {
    undo: Vec<(Edit, Screen)>,
    redo: Vec<(Edit, Screen)>,
}

impl History {
    /// Records the inverse of an edit just made; a new edit ends the redo line.
    pub fn record(&mut self, inverse: Edit, screen: Screen) {
        self.undo.push((inverse, screen));
        if self.undo.len() > HISTORY_MAX {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    pub fn pop_undo(&mut self) -> Option<(Edit, Screen)> {
        self.undo.pop()
    }

    pub fn pop_redo(&mut self) -> Option<(Edit, Screen)> {
        self.redo.pop()
    }

    pub fn push_redo(&mut self, edit: Edit, screen: Screen) {
        self.redo.push((edit, screen));
    }

    pub fn push_undo(&mut self, edit: Edit, screen: Screen) {
        self.undo.push((edit, screen));
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
    }
}
