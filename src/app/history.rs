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
        Edit::Control(_) => T::WhatControl,
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

/// Who made an edit: each viewer (a console, a participant) undoes its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct ViewerId(pub u32);

/// An undo or redo entry: the edit that takes a change back (or forward), the
/// screen it was made on, and who made it.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub edit: Edit,
    pub screen: Screen,
    pub by: ViewerId,
}

#[derive(Debug, Clone, Default)]
pub struct History {
    undo: Vec<Entry>,
    redo: Vec<Entry>,
}

impl History {
    /// Records the inverse of an edit just made; a new edit ends the redo
    /// line of the viewer who made it.
    pub fn record(&mut self, inverse: Edit, screen: Screen, by: ViewerId) {
        self.undo.push(Entry {
            edit: inverse,
            screen,
            by,
        });
        if self.undo.len() > HISTORY_MAX {
            self.undo.remove(0);
        }
        self.redo.retain(|e| e.by != by);
    }

    /// The viewer's own last edit, to undo.
    pub fn pop_undo(&mut self, by: ViewerId) -> Option<Entry> {
        let i = self.undo.iter().rposition(|e| e.by == by)?;
        Some(self.undo.remove(i))
    }

    /// The viewer's own last undo, to redo.
    pub fn pop_redo(&mut self, by: ViewerId) -> Option<Entry> {
        let i = self.redo.iter().rposition(|e| e.by == by)?;
        Some(self.redo.remove(i))
    }

    pub fn push_redo(&mut self, e: Entry) {
        self.redo.push(e);
    }

    pub fn push_undo(&mut self, e: Entry) {
        self.undo.push(e);
    }

    pub fn can_undo(&self, by: ViewerId) -> bool {
        self.undo.iter().any(|e| e.by == by)
    }

    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_viewer_undoes_its_own_edits() {
        let (a, b) = (ViewerId(1), ViewerId(2));
        let mut h = History::default();
        h.record(Edit::SetTitle("a1".into()), Screen::Project, a);
        h.record(Edit::SetTitle("b1".into()), Screen::Team, b);
        assert_eq!(
            h.pop_undo(a).map(|e| e.edit),
            Some(Edit::SetTitle("a1".into()))
        );
        assert!(!h.can_undo(a) && h.can_undo(b));
        h.push_redo(Entry {
            edit: Edit::SetTitle("x".into()),
            screen: Screen::Project,
            by: a,
        });
        // b's new edit leaves a's redo alone.
        h.record(Edit::SetTitle("b2".into()), Screen::Team, b);
        assert!(h.pop_redo(a).is_some());
    }
}
