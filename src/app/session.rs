//! Screen 7, the guided meeting: the steps of the chosen kind of meeting with a
//! marker for the step reached, the current step's input (the widget of the
//! screen it belongs to, embedded), a countdown per step, and the minutes.
//!
//! The marker and the minutes are edits like any other (undo takes back a step
//! moved too early); the time spent is a fact and is recorded outside undo.

use super::focus::FocusRequest;
use super::keymap::Action;
use super::project::Field;
use super::{App, Env, Screen};
use crate::domain::{Category, Edit, Id, LogKind, PlanKind, SessionRecord, Step, VecEdit};
use crate::i18n::{self, T};

/// Time accumulated by a running timer is written to the file at least this often.
pub const TIMER_FLUSH_MS: u64 = 60_000;

/// Which pane of the runner has the keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Focus {
    #[default]
    Steps,
    /// The step's input: the embedded screen, or the minutes.
    Input,
}

/// The countdown of the step the marker is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Timer {
    pub session: Option<Id>,
    pub step: usize,
    /// Monotonic milliseconds when it was last started or flushed.
    pub running_since: Option<u64>,
    /// Milliseconds measured but not yet written (less than a second, or
    /// kept while the file is read-only).
    pub pending_ms: u64,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SessionView {
    /// The meeting shown; `None` means the latest.
    pub selected: Option<Id>,
    /// The step looked at, which may be ahead of or behind the marker.
    pub look: usize,
    pub focus: Focus,
    /// The right pane shows the whole minutes instead of the step's input.
    pub minutes: bool,
    /// Lines scrolled up from the end of the minutes.
    pub minutes_scroll: usize,
}

/// What a step is worked on with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    /// The widget and keys of another screen, embedded.
    Screen(Screen),
    /// The minutes, with notes and decisions added by `n`.
    Minutes,
}

pub fn input_of(step: Step) -> Input {
    use Step::*;
    match step {
        Gather => Input::Screen(Screen::Team),
        Question | Goal => Input::Screen(Screen::Project),
        Strengths | Weaknesses | Vote => Input::Screen(Screen::Diagnosis),
        Plans | ActionsReview | Decisions => Input::Screen(Screen::Plans),
        DataCollected | Interpretation | Disruptions | Remedies | Evaluation | Position
        | Phases | Triangulation | NextCycle => Input::Screen(Screen::Cycles),
        Dashboard | DataEntry | Analysis => Input::Screen(Screen::Indicators),
        Minutes => Input::Minutes,
    }
}

mod forms;
mod minutes;
mod timer;

pub use crate::domain::sessions::{hmmss, mmss};
pub use crate::i18n::minutes::{MinuteLine, minute_lines};
use forms::note_form;
pub use minutes::log_edit;
pub use timer::Clock;

impl App {
    /// The meeting shown on screen 7: the one chosen, else the latest.
    pub fn session(&self) -> Option<&SessionRecord> {
        let w = &self.shared.doc.as_ref()?.workshop;
        self.view
            .session
            .selected
            .and_then(|id| w.sessions.iter().find(|s| s.id == id))
            .or_else(|| w.sessions.last())
    }

    fn session_index(&self) -> Option<usize> {
        let id = self.session()?.id;
        self.shared
            .doc
            .as_ref()?
            .workshop
            .sessions
            .iter()
            .position(|s| s.id == id)
    }

    /// The meeting being held: the one shown, if it is today's and unfinished.
    /// What happens in the workshop while it is held goes into its minutes.
    pub fn live_session(&self) -> Option<Id> {
        self.session()
            .filter(|s| !s.finished() && s.date == self.view.today)
            .map(|s| s.id)
    }

    /// The step looked at, clamped to the steps there are.
    pub fn looked_step(&self) -> Option<(usize, Step)> {
        let s = self.session()?;
        let steps = s.steps();
        let i = self.view.session.look.min(steps.len().checked_sub(1)?);
        Some((i, steps[i]))
    }

    /// The screen whose keys and widget are in use: on screen 7 with the input
    /// focused, the embedded one.
    pub fn focus_screen(&self) -> Screen {
        if self.view.screen != Screen::Session
            || self.view.session.focus != Focus::Input
            || self.view.session.minutes
        {
            return self.view.screen;
        }
        match self.looked_step().map(|(_, s)| input_of(s)) {
            Some(Input::Screen(s)) => s,
            _ => Screen::Session,
        }
    }

    /// The members marked present, when the gathering step is on screen.
    pub fn attendance(&self) -> Option<&[Id]> {
        if self.view.screen != Screen::Session {
            return None;
        }
        let s = self.session()?;
        matches!(self.looked_step(), Some((_, Step::Gather))).then_some(s.attendees.as_slice())
    }

    pub(super) fn session_action(&mut self, action: Action, env: &Env) {
        if self.view.session.focus == Focus::Input || self.view.session.minutes {
            match action {
                Action::Up => return self.scroll_minutes(1),
                Action::Down => return self.scroll_minutes(-1),
                Action::PageUp => return self.scroll_minutes(10),
                Action::PageDown => return self.scroll_minutes(-10),
                _ => {}
            }
        }
        let n = self.session().map_or(0, |s| s.steps().len());
        let look = self.view.session.look.min(n.saturating_sub(1));
        match action {
            Action::Up => self.look_at(look.saturating_sub(1)),
            Action::Down => self.look_at((look + 1).min(n.saturating_sub(1))),
            Action::First => self.look_at(0),
            Action::Last => self.look_at(n.saturating_sub(1)),
            Action::NextField | Action::PrevField if self.session().is_some() => {
                let v = &mut self.view.session;
                v.focus = match v.focus {
                    Focus::Steps => Focus::Input,
                    Focus::Input => Focus::Steps,
                };
            }
            Action::Open => match self.session() {
                Some(_) => self.step_done(env),
                None => self.open_session_form(None),
            },
            Action::Add => self.open_session_form(None),
            Action::Edit => {
                if let Some(s) = self.session().cloned() {
                    self.open_session_form(Some(&s));
                }
            }
            Action::Delete => self.delete_session(env),
            Action::Left => self.switch_session(-1, env),
            Action::Right => self.switch_session(1, env),
            Action::Minutes => {
                let v = &mut self.view.session;
                v.minutes = !v.minutes;
                v.minutes_scroll = 0;
            }
            Action::Note => {
                if let Some(s) = self.session() {
                    let form = note_form(self.lang, s.id);
                    self.open_form(form);
                }
            }
            _ => {}
        }
    }

    /// Arriving on screen 7: the steps have the keys, the current step in view.
    pub(super) fn enter_session_screen(&mut self) {
        self.view.session.focus = Focus::Steps;
        self.view.session.minutes = false;
        let marker = self.session().map_or(0, |s| usize::from(s.step));
        self.look_at(marker);
    }

    fn scroll_minutes(&mut self, by: isize) {
        let total = self
            .session()
            .map_or(0, |s| minute_lines(s, self.lang).len());
        let v = &mut self.view.session;
        v.minutes_scroll = v
            .minutes_scroll
            .saturating_add_signed(by)
            .min(total.saturating_sub(1));
    }

    /// Looks at a step and readies its input (the field, category or pane it needs).
    fn look_at(&mut self, i: usize) {
        self.view.session.look = i;
        self.view.session.minutes_scroll = 0;
        if let Some((_, step)) = self.looked_step() {
            self.prepare_input(step);
        }
    }

    /// Asks for the step's input to be made ready (the router places the
    /// screen the step works in).
    fn prepare_input(&mut self, step: Step) {
        if let Some(req) = self.focus_for(step) {
            self.apply_focus(req);
        }
    }

    /// Where a step works: the card's question or goal, the board at a
    /// category, a plan, the grid or the dashboard, the meeting's cycle.
    fn focus_for(&self, step: Step) -> Option<FocusRequest> {
        let w = &self.shared.doc.as_ref()?.workshop;
        Some(match step {
            Step::Question => FocusRequest::CardField(Field::Question),
            Step::Goal => FocusRequest::CardField(Field::Goal),
            Step::Strengths => FocusRequest::Board(Some(Category::Expectations)),
            Step::Weaknesses => FocusRequest::Board(Some(Category::ContentNeeds)),
            Step::Vote => FocusRequest::Board(None),
            Step::Plans => FocusRequest::Plan(PlanKind::Prevention),
            Step::Decisions => FocusRequest::Plan(PlanKind::Curative),
            Step::DataEntry => FocusRequest::Indicators(super::indicators::Mode::Grid),
            Step::Dashboard | Step::Analysis => {
                FocusRequest::Indicators(super::indicators::Mode::Dashboard)
            }
            Step::DataCollected
            | Step::Interpretation
            | Step::Disruptions
            | Step::Remedies
            | Step::Evaluation
            | Step::Position
            | Step::Phases
            | Step::Triangulation
            | Step::NextCycle => {
                let id = self.session()?.cycle?;
                FocusRequest::Cycle(w.cycles.iter().position(|c| c.id == id)?)
            }
            Step::Gather | Step::ActionsReview | Step::Minutes => return None,
        })
    }

    /// `Enter` on the steps: the marked step is done and the marker moves on;
    /// on any other step, the marker moves there (back, or ahead).
    fn step_done(&mut self, env: &Env) {
        let Some(s) = self.session() else { return };
        let (id, n, marker) = (s.id, s.steps().len(), usize::from(s.step));
        let look = self.view.session.look.min(n.saturating_sub(1));
        let target = if look == marker { marker + 1 } else { look };
        let wlang = self.doc_language();
        let text = match s.steps().get(target) {
            Some(step) => format!("{} {}", target + 1, i18n::step_title(wlang, *step)),
            None => i18n::t(wlang, T::LogFinished).to_string(),
        };
        let was_running = self.timer_running() && self.shared.timer.session == Some(id);
        self.flush_timer(env.now_ms);
        let edit = Edit::Batch(vec![
            Edit::SessionStep {
                session: id,
                step: u16::try_from(target).unwrap_or(u16::MAX),
            },
            log_edit(id, env.now, LogKind::Step, text),
        ]);
        if !self.apply_plain(edit, env) {
            return;
        }
        if target >= n {
            self.stop_timer(env.now_ms);
            let total = self.session().map_or(0, SessionRecord::total_seconds);
            self.say(T::SessionDone, &[("time", &hmmss(total))]);
        } else {
            let t = &mut self.shared.timer;
            t.session = Some(id);
            t.step = target;
            t.pending_ms = 0;
            t.running_since = was_running.then_some(env.now_ms);
        }
        self.look_at(target.min(n.saturating_sub(1)));
    }

    fn switch_session(&mut self, by: isize, env: &Env) {
        let Some(doc) = &self.shared.doc else { return };
        let n = doc.workshop.sessions.len();
        let Some(i) = self.session_index() else {
            return;
        };
        let j = i.saturating_add_signed(by).min(n.saturating_sub(1));
        if j == i {
            return;
        }
        let id = doc.workshop.sessions[j].id;
        self.select_session(id, env);
    }

    fn select_session(&mut self, id: Id, env: &Env) {
        if self.shared.timer.session.is_some_and(|t| t != id) {
            self.stop_timer(env.now_ms);
        }
        self.view.session.selected = Some(id);
        self.view.session.focus = Focus::Steps;
        let marker = self.session().map_or(0, |s| usize::from(s.step));
        self.look_at(marker);
    }

    fn delete_session(&mut self, env: &Env) {
        let Some(i) = self.session_index() else {
            return;
        };
        let Some(s) = self.session().cloned() else {
            return;
        };
        if self.apply(Edit::Session(Box::new(VecEdit::Remove(i))), env) {
            if self.shared.timer.session == Some(s.id) {
                self.shared.timer = Timer::default();
            }
            self.view.session.selected = None;
            self.view.session.focus = Focus::Steps;
            let what = format!(
                "{} · {}",
                i18n::session_kind(self.lang, s.kind),
                i18n::date(self.lang, s.date)
            );
            self.say(T::Deleted, &[("what", &what)]);
        }
    }
}
