//! What every viewer of one workshop shares: the workshop and how it stands
//! with its file, the undo history (each entry tagged with the viewer that
//! made it), and the meeting's step timer. `commit` is the only way the
//! workshop changes.

use super::history::{Entry, History, ViewerId};
use super::outcome::TimerOp;
use super::session::Timer;
use super::{Doc, Screen, next_generation};
use crate::domain::{DomainError, Edit};

#[derive(Debug, Clone, Default)]
pub struct Shared {
    pub doc: Option<Doc>,
    pub history: History,
    /// The countdown of the step the meeting is on (the meeting's clock is
    /// one for the whole room).
    pub timer: Timer,
    /// Every edit applied to the workshop, in order, while asked for: the
    /// tests replay them to check that nothing changes the workshop but this
    /// path.
    #[cfg(any(test, feature = "testing"))]
    pub record_commits: bool,
    #[cfg(any(test, feature = "testing"))]
    pub committed: Vec<Edit>,
}

/// Why an undo or redo did not happen.
#[derive(Debug, Clone, PartialEq)]
pub enum NotUndone {
    /// The viewer has nothing (more) to undo or redo.
    Nothing,
    /// The change no longer applies (what it touched was changed since).
    Refused(DomainError),
}

/// Applies an edit and keeps it only if the workshop stays consistent (ids
/// unique, links pointing somewhere): with several viewers, an edit made
/// against what one viewer saw may meet what another changed meanwhile.
fn apply_checked(w: &mut crate::domain::Workshop, edit: Edit) -> Result<Edit, DomainError> {
    let inverse = edit.apply(w)?;
    if let Some(problem) = w.validate().into_iter().next() {
        // The inverse of an edit just applied always applies.
        let _ = inverse.apply(w);
        return Err(problem);
    }
    Ok(inverse)
}

impl Shared {
    /// Applies an edit, records its inverse for the viewer, marks the
    /// workshop changed. An edit that is refused leaves no trace.
    pub fn commit(
        &mut self,
        edit: Edit,
        screen: Screen,
        by: ViewerId,
        now_ms: u64,
    ) -> Result<(), DomainError> {
        // Callers check that a workshop is open; without one nothing changes.
        let Some(doc) = self.doc.as_mut() else {
            return Ok(());
        };
        #[cfg(any(test, feature = "testing"))]
        let copy = self.record_commits.then(|| edit.clone());
        let inverse = apply_checked(&mut doc.workshop, edit)?;
        Self::changed(doc, now_ms);
        self.history.record(inverse, screen, by);
        #[cfg(any(test, feature = "testing"))]
        self.committed.extend(copy);
        Ok(())
    }

    /// Undoes (or redoes) the viewer's own last change: what it was.
    pub fn undo_redo(&mut self, undo: bool, by: ViewerId, now_ms: u64) -> Result<Entry, NotUndone> {
        let popped = if undo {
            self.history.pop_undo(by)
        } else {
            self.history.pop_redo(by)
        };
        let entry = popped.ok_or(NotUndone::Nothing)?;
        let doc = self.doc.as_mut().ok_or(NotUndone::Nothing)?;
        // One that no longer applies is said and let go: the next Ctrl-Z
        // reaches the edit before it.
        let inverse =
            apply_checked(&mut doc.workshop, entry.edit.clone()).map_err(NotUndone::Refused)?;
        Self::changed(doc, now_ms);
        #[cfg(any(test, feature = "testing"))]
        if self.record_commits {
            self.committed.push(entry.edit.clone());
        }
        let back = Entry {
            edit: inverse,
            screen: entry.screen,
            by,
        };
        if undo {
            self.history.push_redo(back);
        } else {
            self.history.push_undo(back);
        }
        Ok(entry)
    }

    /// Writes the time the step timer measured into the meeting's record:
    /// outside undo (time spent is a fact), whole seconds, the rest kept.
    pub fn flush_timer(&mut self, now_ms: u64) {
        let t = &mut self.timer;
        let mut ms = t.pending_ms;
        if let Some(since) = t.running_since {
            ms += now_ms.saturating_sub(since);
            t.running_since = Some(now_ms);
        }
        let (Some(id), step) = (t.session, t.step) else {
            t.pending_ms = 0;
            return;
        };
        let secs = ms / 1000;
        t.pending_ms = ms;
        if secs == 0 {
            return;
        }
        let Some(doc) = self.doc.as_mut() else { return };
        if doc.read_only.is_some() {
            return;
        }
        let Some(s) = doc.workshop.sessions.iter_mut().find(|s| s.id == id) else {
            // The meeting was deleted (or undone) under the timer.
            self.timer = Timer::default();
            return;
        };
        s.add_time(step, u32::try_from(secs).unwrap_or(u32::MAX));
        Self::changed(doc, now_ms);
        self.timer.pending_ms = ms % 1000;
    }

    /// Stops the step timer, its time written first.
    pub fn stop_timer(&mut self, now_ms: u64) {
        self.flush_timer(now_ms);
        self.timer = Timer::default();
    }

    /// What the timer does after a screen's edit held.
    pub fn timer_op(&mut self, op: TimerOp, now_ms: u64) {
        match op {
            TimerOp::Advance {
                session,
                step,
                finished,
            } => {
                let t = self.timer;
                let was_running = t.running_since.is_some() && t.session == Some(session);
                self.flush_timer(now_ms);
                if finished {
                    self.stop_timer(now_ms);
                } else {
                    self.timer = Timer {
                        session: Some(session),
                        step,
                        running_since: was_running.then_some(now_ms),
                        pending_ms: 0,
                    };
                }
            }
            TimerOp::Select(id) => {
                if self.timer.session.is_some_and(|t| t != id) {
                    self.stop_timer(now_ms);
                }
            }
            TimerOp::Forget(id) => {
                if self.timer.session == Some(id) {
                    self.timer = Timer::default();
                }
            }
        }
    }

    fn changed(doc: &mut Doc, now_ms: u64) {
        doc.dirty = true;
        doc.edited_ms = now_ms;
        doc.generation = next_generation();
    }
}
