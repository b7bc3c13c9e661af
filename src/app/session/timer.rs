//! The step timer: a countdown per step, its time written into the meeting
//! record (outside undo: time spent is a fact) at least once a minute.

use super::*;
use crate::app::{App, Env};
use crate::i18n::T;

/// A step's time against its timebox.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    pub elapsed_s: u64,
    pub timebox_s: u64,
    pub running: bool,
}

impl Clock {
    pub fn overrun(&self) -> bool {
        self.elapsed_s > self.timebox_s
    }

    /// What to show: the time left, or how far over it is.
    pub fn shown(&self) -> String {
        if self.overrun() {
            format!("+{}", mmss(self.elapsed_s - self.timebox_s))
        } else {
            mmss(self.timebox_s - self.elapsed_s)
        }
    }
}

impl App {
    pub fn timer_running(&self) -> bool {
        self.shared.timer.running_since.is_some()
    }

    /// The clock of a step of the meeting shown.
    pub fn step_clock(&self, step: usize) -> Option<Clock> {
        let s = self.session()?;
        let timebox_s = u64::from(s.steps().get(step)?.timebox_minutes()) * 60;
        let t = &self.shared.timer;
        let mut ms = u64::from(s.seconds_on(step)) * 1000;
        let mine = t.session == Some(s.id) && t.step == step;
        if mine {
            ms += t.pending_ms;
            if let Some(since) = t.running_since {
                ms += self.view.now_ms.saturating_sub(since);
            }
        }
        Some(Clock {
            elapsed_s: ms / 1000,
            timebox_s,
            running: mine && t.running_since.is_some(),
        })
    }

    /// The clock for the status line and projector: the timer's step.
    pub fn timer_clock(&self) -> Option<Clock> {
        let t = &self.shared.timer;
        let s = self.session()?;
        if t.session != Some(s.id) {
            return None;
        }
        self.step_clock(t.step)
    }

    /// Writes measured time into the meeting's record (outside undo).
    pub(in crate::app) fn flush_timer(&mut self, now_ms: u64) {
        self.shared.flush_timer(now_ms);
    }

    /// A running timer's time reaches the file every minute.
    pub(in crate::app) fn session_tick(&mut self, env: &Env) {
        let t = &self.shared.timer;
        if let Some(since) = t.running_since
            && t.pending_ms + env.now_ms.saturating_sub(since) >= TIMER_FLUSH_MS
        {
            self.flush_timer(env.now_ms);
        }
    }

    /// `t`: starts or pauses the countdown of the shown meeting's current step.
    pub(in crate::app) fn toggle_timer(&mut self, env: &Env) {
        let Some(s) = self.session() else {
            self.say(T::TimerNoSession, &[]);
            return;
        };
        let (id, step) = (s.id, usize::from(s.step));
        if s.finished() {
            self.say(T::SessionDoneHint, &[]);
            return;
        }
        let t = self.shared.timer;
        if t.session == Some(id) && t.step == step && t.running_since.is_some() {
            self.flush_timer(env.now_ms);
            self.shared.timer.running_since = None;
            let spent = self
                .step_clock(step)
                .map_or_else(String::new, |c| mmss(c.elapsed_s));
            self.say(T::TimerPaused, &[("spent", &spent)]);
            return;
        }
        if t.session.is_some() && (t.session != Some(id) || t.step != step) {
            self.shared.stop_timer(env.now_ms);
        }
        let t = &mut self.shared.timer;
        t.session = Some(id);
        t.step = step;
        t.running_since = Some(env.now_ms);
        let left = self
            .step_clock(step)
            .map_or_else(String::new, |c| c.shown());
        self.say(T::TimerRunning, &[("left", &left)]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_shows_time_left_then_overrun() {
        let c = Clock {
            elapsed_s: 90,
            timebox_s: 600,
            running: true,
        };
        assert_eq!(c.shown(), "08:30");
        let c = Clock {
            elapsed_s: 733,
            ..c
        };
        assert!(c.overrun());
        assert_eq!(c.shown(), "+02:13");
        assert_eq!(mmss(6000), "100:00");
        assert_eq!(hmmss(3909), "1:05:09");
    }
}
