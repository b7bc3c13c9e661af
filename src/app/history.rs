//! Undo and redo: two stacks of inverse edits, each remembering the screen it
//! was made on so that undo shows what it undoes.

use crate::domain::Edit;
use crate::i18n::T;

use super::Screen;

/// What an edit changed, for "Undone: …": the first thing a batch changed
/// besides its lines of minutes.
pub fn what(edit: &Edit) -> T {
    match edit {
        Edit::SetTitle(_) | Edit::SetProject(_) => T::WhatCard,
        Edit::Member(_) => T::WhatMember,
        Edit::Item(_) => T::WhatItem,
        Edit::Cluster(_) => T::WhatCluster,
        Edit::Vote(_) | Edit::SetVotesPerMember(_) => T::WhatDots,
        Edit::SetVotesRevealed(_) => T::WhatReveal,
        Edit::Action(..) => T::WhatAction,
        Edit::Cycle(_) => T::WhatCycle,
        Edit::Period(_) | Edit::Group(_) | Edit::Criterion(_) | Edit::SetCloseThreshold(_) => {
            T::WhatRegister
        }
        Edit::Measure { .. } => T::WhatValue,
        Edit::Session(_) => T::WhatMeeting,
        Edit::SessionStep { .. } => T::WhatStep,
        Edit::Log { .. } => T::WhatMinutes,
        Edit::ReplaceWorkshop(_) => T::WhatRestored,
        Edit::Batch(edits) => edits
            .iter()
            .find(|e| !matches!(e, Edit::Log { .. }))
            .or(edits.first())
            .map_or(T::WhatMinutes, what),
    }
}

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
