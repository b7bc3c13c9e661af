//! Many viewers on one workshop: each viewer (a console, the board, a
//! participant) has its own language, screen, selections, overlays, status
//! and caches; all share the workshop, its history and the meeting's timer.
//!
//! The app holds one viewer's state in its own fields (the one whose event is
//! being handled or whose screen is drawn) and the others beside it; an event
//! for another viewer swaps that viewer in, runs the one update path, and
//! swaps it back. After every change to the workshop each viewer's
//! selections are clamped, so that a card deleted by one viewer never leaves
//! another's cursor past the end of a list.

use super::keys::Event;
use super::{App, Effect, Env, View, ViewerId, indicators, report};
use crate::domain::Language;

/// One view of the shared workshop, while it is not the one being handled.
#[derive(Debug, Clone)]
pub struct Viewer {
    pub id: ViewerId,
    pub lang: Language,
    pub view: View,
    pub quit_armed: bool,
    pub report_preview: Option<report::Cached>,
    pub dashboard_rows: Option<indicators::RowsCache>,
}

impl App {
    /// Adds a viewer of the open workshop, on the project card, in a language.
    pub fn add_viewer(&mut self, lang: Language) -> ViewerId {
        // Never an id used before: undo is by viewer, and a newcomer must not
        // undo what someone who left had done.
        let used = self
            .others
            .iter()
            .map(|v| v.id.0)
            .chain(std::iter::once(self.viewer.0))
            .max()
            .unwrap_or(0);
        self.last_viewer = self.last_viewer.max(used) + 1;
        let id = ViewerId(self.last_viewer);
        self.others.push(Viewer {
            id,
            lang,
            view: self.fresh_view(),
            quit_armed: false,
            report_preview: None,
            dashboard_rows: None,
        });
        id
    }

    /// A viewer leaves; what they added stays.
    pub fn remove_viewer(&mut self, id: ViewerId) {
        self.others.retain(|v| v.id != id);
    }

    /// Every viewer, the one in the app's own fields first.
    pub fn viewer_ids(&self) -> Vec<ViewerId> {
        std::iter::once(self.viewer)
            .chain(self.others.iter().map(|v| v.id))
            .collect()
    }

    /// Runs `f` with viewer `id` in the app's own fields (for an event or a
    /// frame of that viewer); `None` for a viewer that is not there.
    pub fn with_viewer<R>(&mut self, id: ViewerId, f: impl FnOnce(&mut App) -> R) -> Option<R> {
        if id == self.viewer {
            return Some(f(self));
        }
        let i = self.others.iter().position(|v| v.id == id)?;
        self.swap(i);
        // Swapped back even when `f` panics: a fault in one viewer's event
        // must not leave the console showing that viewer's screen.
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(self)));
        self.swap(i);
        match r {
            Ok(r) => Some(r),
            Err(p) => std::panic::resume_unwind(p),
        }
    }

    fn swap(&mut self, i: usize) {
        let o = &mut self.others[i];
        std::mem::swap(&mut self.viewer, &mut o.id);
        std::mem::swap(&mut self.lang, &mut o.lang);
        std::mem::swap(&mut self.view, &mut o.view);
        std::mem::swap(&mut self.quit_armed, &mut o.quit_armed);
        std::mem::swap(&mut self.report_preview, &mut o.report_preview);
        std::mem::swap(&mut self.dashboard_rows, &mut o.dashboard_rows);
    }

    /// An event of one viewer through the one update path; when it changed
    /// the workshop, every other viewer's selections are clamped and their
    /// derived views brought up to date.
    pub fn handle_as(&mut self, id: ViewerId, event: Event, env: &Env) -> Vec<Effect> {
        let before = self.shared.doc.as_ref().map(|d| d.generation);
        let effects = self
            .with_viewer(id, |app| app.handle(event, env))
            .unwrap_or_default();
        let after = self.shared.doc.as_ref().map(|d| d.generation);
        if before != after {
            self.after_edit_by(id);
        }
        effects
    }

    /// After one viewer changed the workshop: every other viewer's
    /// selections clamped and derived views brought up to date.
    pub fn after_edit_by(&mut self, id: ViewerId) {
        for other in self.viewer_ids().into_iter().filter(|v| *v != id) {
            self.with_viewer(other, |app| {
                app.clamp_selections();
                app.refresh_derived();
            });
        }
    }
}
