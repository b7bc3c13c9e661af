//! Screen 7, the guided meeting: the steps of the chosen kind of meeting with a
//! marker for the step reached, the current step's input (the widget of the
//! screen it belongs to, embedded), a countdown per step, and the minutes.
//!
//! The marker and the minutes are edits like any other (undo takes back a step
//! moved too early); the time spent is a fact and is recorded outside undo.

use chrono::NaiveDate;

use super::focus::FocusRequest;
use super::keymap::Action;
use super::outcome::{Outcome, Seen, TimerOp};
use super::project::Field;
use super::{App, Overlay, Screen};
use crate::domain::{
    Category, Edit, Id, LogKind, PlanKind, SessionRecord, Step, VecEdit, Workshop,
};
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
        Question | Goal | Disseminate | EverydayUse => Input::Screen(Screen::Project),
        Strengths | Weaknesses | Vote => Input::Screen(Screen::Diagnosis),
        Plans | ActionsReview | Decisions => Input::Screen(Screen::Plans),
        DataCollected | Interpretation | Disruptions | Remedies | Evaluation | Position
        | Phases | Triangulation | NextCycle => Input::Screen(Screen::Cycles),
        Dashboard | DataEntry | Analysis => Input::Screen(Screen::Indicators),
        Minutes => Input::Minutes,
    }
}

mod forms;
mod timer;

pub use super::minutes::log_edit;
pub use crate::domain::sessions::{hmmss, mmss};
pub use crate::i18n::minutes::{MinuteLine, minute_lines};
use forms::note_form;
pub use forms::{note_form_saved, presence, session_form_saved};
pub use timer::Clock;

/// The meeting a view shows: the one chosen, else the latest.
pub fn shown<'w>(v: &SessionView, w: &'w Workshop) -> Option<&'w SessionRecord> {
    v.selected
        .and_then(|id| w.sessions.iter().find(|s| s.id == id))
        .or_else(|| w.sessions.last())
}

fn index(v: &SessionView, w: &Workshop) -> Option<usize> {
    let id = shown(v, w)?.id;
    w.sessions.iter().position(|s| s.id == id)
}

/// The step looked at, clamped to the steps there are.
pub fn looked(v: &SessionView, w: &Workshop) -> Option<(usize, Step)> {
    let steps = shown(v, w)?.steps();
    let i = v.look.min(steps.len().checked_sub(1)?);
    Some((i, steps[i]))
}

/// The meeting being held: the one shown, if it is today's and unfinished.
/// What happens in the workshop while it is held goes into its minutes.
pub fn live(v: &SessionView, w: &Workshop, today: NaiveDate) -> Option<Id> {
    shown(v, w)
        .filter(|s| !s.finished() && s.date == today)
        .map(|s| s.id)
}

impl App {
    /// The meeting shown on screen 7.
    pub fn session(&self) -> Option<&SessionRecord> {
        shown(&self.view.session, &self.shared.doc.as_ref()?.workshop)
    }

    pub fn live_session(&self) -> Option<Id> {
        live(
            &self.view.session,
            &self.shared.doc.as_ref()?.workshop,
            self.view.today,
        )
    }

    pub fn looked_step(&self) -> Option<(usize, Step)> {
        looked(&self.view.session, &self.shared.doc.as_ref()?.workshop)
    }
}

/// Looks at a step of the meeting shown (a click on it, a match of `/`).
pub fn look(v: &mut SessionView, s: &Seen, i: usize) -> Outcome<SessionView> {
    let Some(rec) = shown(v, s.w) else {
        return Outcome::none();
    };
    let i = i.min(rec.steps().len().saturating_sub(1));
    Outcome::none().focused(look_at(v, s.w, rec, i))
}

/// Screen 7's keys.
pub fn update(v: &mut SessionView, s: &Seen, action: Action) -> Outcome<SessionView> {
    let w = s.w;
    if v.focus == Focus::Input || v.minutes {
        let by = match action {
            Action::Up => 1,
            Action::Down => -1,
            Action::PageUp => 10,
            Action::PageDown => -10,
            _ => 0,
        };
        if by != 0 {
            scroll_minutes(v, s, by);
            return Outcome::none();
        }
    }
    let Some(rec) = shown(v, w) else {
        return match action {
            Action::Open | Action::Add => forms::session_form(s, None),
            _ => Outcome::none(),
        };
    };
    let n = rec.steps().len();
    let look = v.look.min(n.saturating_sub(1));
    let moved = |v: &mut SessionView, i: usize| Outcome::none().focused(look_at(v, w, rec, i));
    match action {
        Action::Up => moved(v, look.saturating_sub(1)),
        Action::Down => moved(v, (look + 1).min(n.saturating_sub(1))),
        Action::First => moved(v, 0),
        Action::Last => moved(v, n.saturating_sub(1)),
        Action::NextField | Action::PrevField => {
            v.focus = match v.focus {
                Focus::Steps => Focus::Input,
                Focus::Input => Focus::Steps,
            };
            Outcome::none()
        }
        Action::Open => step_done(v, s, rec),
        Action::Add => forms::session_form(s, None),
        Action::Edit => forms::session_form(s, Some(rec)),
        Action::Delete => delete_session(v, s, rec),
        Action::Left => switch_session(v, s, -1),
        Action::Right => switch_session(v, s, 1),
        Action::Minutes => {
            v.minutes = !v.minutes;
            v.minutes_scroll = 0;
            Outcome::none()
        }
        Action::Note => Outcome::open(Overlay::Form(note_form(s.lang, rec.id))),
        _ => Outcome::none(),
    }
}

/// Arriving on screen 7: the steps have the keys, the current step in view.
pub fn enter(v: &mut SessionView, w: &Workshop) -> Option<FocusRequest> {
    v.focus = Focus::Steps;
    v.minutes = false;
    let rec = shown(v, w)?;
    look_at(v, w, rec, usize::from(rec.step))
}

fn scroll_minutes(v: &mut SessionView, s: &Seen, by: isize) {
    let total = shown(v, s.w).map_or(0, |r| minute_lines(r, s.lang).len());
    v.minutes_scroll = v
        .minutes_scroll
        .saturating_add_signed(by)
        .min(total.saturating_sub(1));
}

/// Looks at a step of a meeting; the step's input is asked to be made ready
/// (the field, category or pane it needs).
fn look_at(
    v: &mut SessionView,
    w: &Workshop,
    rec: &SessionRecord,
    i: usize,
) -> Option<FocusRequest> {
    v.look = i;
    v.minutes_scroll = 0;
    let steps = rec.steps();
    let step = *steps.get(i.min(steps.len().checked_sub(1)?))?;
    focus_for(w, rec, step)
}

/// Where a step works: the card's question or goal, the board at a
/// category, a plan, the grid or the dashboard, the meeting's cycle.
fn focus_for(w: &Workshop, rec: &SessionRecord, step: Step) -> Option<FocusRequest> {
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
            let id = rec.cycle?;
            FocusRequest::Cycle(w.cycles.iter().position(|c| c.id == id)?)
        }
        // The list of where it is passed on, else the field it is added from.
        Step::Disseminate if !w.project.dissemination.is_empty() => {
            FocusRequest::CardField(Field::Dissemination(0))
        }
        Step::Disseminate | Step::EverydayUse => FocusRequest::CardField(Field::EverydayUse),
        Step::Gather | Step::ActionsReview | Step::Minutes => return None,
    })
}

/// `Enter` on the steps: the marked step is done and the marker moves on;
/// on any other step, the marker moves there (back, or ahead). The timer
/// follows the marker.
fn step_done(v: &SessionView, s: &Seen, rec: &SessionRecord) -> Outcome<SessionView> {
    let (id, n, marker) = (rec.id, rec.steps().len(), usize::from(rec.step));
    let look = v.look.min(n.saturating_sub(1));
    let target = if look == marker { marker + 1 } else { look };
    // The minutes are written in the workshop's language.
    let wlang = s.w.language;
    let text = match rec.steps().get(target) {
        Some(step) => format!("{} {}", target + 1, i18n::step_title(wlang, *step)),
        None => i18n::t(wlang, T::LogFinished).to_string(),
    };
    let edit = Edit::Batch(vec![
        Edit::SessionStep {
            session: id,
            step: u16::try_from(target).unwrap_or(u16::MAX),
        },
        log_edit(id, s.now, LogKind::Step, text),
    ]);
    let shown_step = target.min(n.saturating_sub(1));
    let mut probe = v.clone();
    let focus = look_at(&mut probe, s.w, rec, shown_step);
    let mut out = Outcome::plain(edit)
        .timer(TimerOp::Advance {
            session: id,
            step: target,
            finished: target >= n,
        })
        .then(move |v: &mut SessionView, _| {
            v.look = shown_step;
            v.minutes_scroll = 0;
        });
    out.focus = focus;
    out
}

fn switch_session(v: &mut SessionView, s: &Seen, by: isize) -> Outcome<SessionView> {
    let w = s.w;
    let Some(i) = index(v, w) else {
        return Outcome::none();
    };
    let j = i
        .saturating_add_signed(by)
        .min(w.sessions.len().saturating_sub(1));
    if j == i {
        return Outcome::none();
    }
    select(v, w, &w.sessions[j])
}

/// Shows a meeting, at its current step (a timer on another one stops).
fn select(v: &mut SessionView, w: &Workshop, rec: &SessionRecord) -> Outcome<SessionView> {
    v.selected = Some(rec.id);
    v.focus = Focus::Steps;
    let focus = look_at(v, w, rec, usize::from(rec.step));
    Outcome::none()
        .timer(TimerOp::Select(rec.id))
        .focused(focus)
}

fn delete_session(v: &SessionView, s: &Seen, rec: &SessionRecord) -> Outcome<SessionView> {
    let Some(i) = index(v, s.w) else {
        return Outcome::none();
    };
    let what = format!(
        "{} · {}",
        i18n::session_kind(s.lang, rec.kind),
        i18n::date(s.lang, rec.date)
    );
    Outcome::edit(Edit::Session(Box::new(VecEdit::Remove(i))))
        .timer(TimerOp::Forget(rec.id))
        .saying(T::Deleted, &[("what", &what)])
        .then(|v: &mut SessionView, _| {
            v.selected = None;
            v.focus = Focus::Steps;
        })
}
