//! Screen 7, the guided meeting: the steps of the chosen kind of meeting with a
//! marker for the step reached, the current step's input (the widget of the
//! screen it belongs to, embedded), a countdown per step, and the minutes.
//!
//! The marker and the minutes are edits like any other (undo takes back a step
//! moved too early); the time spent is a fact and is recorded outside undo.

use chrono::{NaiveDateTime, Timelike};

use super::form::{Form, FormField, FormKind};
use super::keymap::Action;
use super::project::Field;
use super::{App, Env, Screen};
use crate::domain::dates::parse_date;
use crate::domain::{
    Category, Edit, Id, Language, LogEntry, LogKind, PlanKind, SessionKind, SessionRecord, Step,
    VecEdit, Workshop,
};
use crate::i18n::{self, P, T};

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
    pub timer: Timer,
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

/// Minutes and seconds; minutes keep counting past an hour.
pub fn mmss(secs: u64) -> String {
    format!("{:02}:{:02}", secs / 60, secs % 60)
}

/// A duration in words-free form for totals: `1:05:09` or `05:09`.
pub fn hmmss(secs: u64) -> String {
    if secs >= 3600 {
        format!("{}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60)
    } else {
        mmss(secs)
    }
}

/// One line of the minutes as shown: runs of dots fold into one line, so that
/// thirty-six dots do not push the decisions off the screen.
#[derive(Debug, Clone, PartialEq)]
pub struct MinuteLine {
    pub at: NaiveDateTime,
    pub kind: LogKind,
    pub text: String,
}

pub fn minute_lines(s: &SessionRecord, lang: Language) -> Vec<MinuteLine> {
    let mut out: Vec<MinuteLine> = Vec::with_capacity(s.log.len());
    let mut run = 0usize;
    for e in &s.log {
        if e.kind == LogKind::Vote {
            run += 1;
            let text = i18n::count(lang, P::Dots, run);
            if run > 1
                && let Some(last) = out.last_mut()
            {
                last.text = text;
                continue;
            }
            out.push(MinuteLine {
                at: e.at,
                kind: e.kind,
                text,
            });
            continue;
        }
        run = 0;
        out.push(MinuteLine {
            at: e.at,
            kind: e.kind,
            text: e.text.clone(),
        });
    }
    out
}

fn stamp(now: NaiveDateTime) -> NaiveDateTime {
    now.with_nanosecond(0).unwrap_or(now)
}

fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or("").trim()
}

impl App {
    /// The meeting shown on screen 7: the one chosen, else the latest.
    pub fn session(&self) -> Option<&SessionRecord> {
        let w = &self.doc.as_ref()?.workshop;
        self.view
            .session
            .selected
            .and_then(|id| w.sessions.iter().find(|s| s.id == id))
            .or_else(|| w.sessions.last())
    }

    fn session_index(&self) -> Option<usize> {
        let id = self.session()?.id;
        self.doc
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

    pub fn timer_running(&self) -> bool {
        self.view.session.timer.running_since.is_some()
    }

    /// The clock of a step of the meeting shown.
    pub fn step_clock(&self, step: usize) -> Option<Clock> {
        let s = self.session()?;
        let timebox_s = u64::from(s.steps().get(step)?.timebox_minutes()) * 60;
        let t = &self.view.session.timer;
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
        let t = &self.view.session.timer;
        let s = self.session()?;
        if t.session != Some(s.id) {
            return None;
        }
        self.step_clock(t.step)
    }

    /// Writes measured time into the meeting's record (outside undo).
    pub(super) fn flush_timer(&mut self, now_ms: u64) {
        let t = &mut self.view.session.timer;
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
            self.view.session.timer = Timer::default();
            return;
        };
        s.add_time(step, u32::try_from(secs).unwrap_or(u32::MAX));
        doc.dirty = true;
        doc.edited_ms = now_ms;
        doc.generation = super::next_generation();
        self.view.session.timer.pending_ms = ms % 1000;
    }

    /// A running timer's time reaches the file every minute.
    pub(super) fn session_tick(&mut self, env: &Env) {
        let t = &self.view.session.timer;
        if let Some(since) = t.running_since
            && t.pending_ms + env.now_ms.saturating_sub(since) >= TIMER_FLUSH_MS
        {
            self.flush_timer(env.now_ms);
        }
    }

    fn stop_timer(&mut self, now_ms: u64) {
        self.flush_timer(now_ms);
        self.view.session.timer = Timer::default();
    }

    /// `t`: starts or pauses the countdown of the shown meeting's current step.
    pub(super) fn toggle_timer(&mut self, env: &Env) {
        let Some(s) = self.session() else {
            self.info(self.t(T::TimerNoSession).to_string());
            return;
        };
        let (id, step) = (s.id, usize::from(s.step));
        if s.finished() {
            self.info(self.t(T::SessionDoneHint).to_string());
            return;
        }
        let t = self.view.session.timer;
        if t.session == Some(id) && t.step == step && t.running_since.is_some() {
            self.flush_timer(env.now_ms);
            self.view.session.timer.running_since = None;
            let spent = self
                .step_clock(step)
                .map_or_else(String::new, |c| mmss(c.elapsed_s));
            self.info(i18n::tf(self.lang, T::TimerPaused, &[("spent", &spent)]));
            return;
        }
        if t.session.is_some() && (t.session != Some(id) || t.step != step) {
            self.stop_timer(env.now_ms);
        }
        let t = &mut self.view.session.timer;
        t.session = Some(id);
        t.step = step;
        t.running_since = Some(env.now_ms);
        let left = self
            .step_clock(step)
            .map_or_else(String::new, |c| c.shown());
        self.info(i18n::tf(self.lang, T::TimerRunning, &[("left", &left)]));
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

    fn prepare_input(&mut self, step: Step) {
        let Some(doc) = &self.doc else { return };
        let w = &doc.workshop;
        let cycle = self
            .session()
            .and_then(|s| s.cycle)
            .and_then(|id| w.cycles.iter().position(|c| c.id == id));
        let field_at = |f: Field| {
            Field::all(w.project.calendar.len())
                .iter()
                .position(|x| *x == f)
                .unwrap_or(0)
        };
        let header_at = |cat: Category, v: &super::diagnosis::DiagnosisView| {
            super::diagnosis::rows(w, v)
                .iter()
                .position(|r| *r == super::diagnosis::Row::Header(cat))
                .unwrap_or(0)
        };
        let v = &mut self.view;
        match step {
            Step::Question => v.project.selected = field_at(Field::Question),
            Step::Goal => v.project.selected = field_at(Field::Goal),
            Step::Strengths | Step::Weaknesses | Step::Vote => {
                // Each member in turn, from the first.
                v.diagnosis.author = w.team.first().map(|m| crate::domain::Author::Member(m.id));
                v.diagnosis.mode = super::diagnosis::Mode::Group;
                v.diagnosis.selected = match step {
                    Step::Strengths => header_at(Category::Expectations, &v.diagnosis),
                    Step::Weaknesses => header_at(Category::ContentNeeds, &v.diagnosis),
                    _ => 0,
                };
            }
            Step::Plans => v.plans.pane = PlanKind::Prevention,
            Step::Decisions => v.plans.pane = PlanKind::Curative,
            Step::DataEntry => v.indicators.mode = super::indicators::Mode::Grid,
            Step::Dashboard | Step::Analysis => {
                v.indicators.mode = super::indicators::Mode::Dashboard;
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
                if let Some(i) = cycle {
                    v.cycles.selected = i;
                }
            }
            Step::Gather | Step::ActionsReview | Step::Minutes => {}
        }
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
        let was_running = self.timer_running() && self.view.session.timer.session == Some(id);
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
            self.info(i18n::tf(
                self.lang,
                T::SessionDone,
                &[("time", &hmmss(total))],
            ));
        } else {
            let t = &mut self.view.session.timer;
            t.session = Some(id);
            t.step = target;
            t.pending_ms = 0;
            t.running_since = was_running.then_some(env.now_ms);
        }
        self.look_at(target.min(n.saturating_sub(1)));
    }

    fn switch_session(&mut self, by: isize, env: &Env) {
        let Some(doc) = &self.doc else { return };
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
        if self.view.session.timer.session.is_some_and(|t| t != id) {
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
            if self.view.session.timer.session == Some(s.id) {
                self.view.session.timer = Timer::default();
            }
            self.view.session.selected = None;
            self.view.session.focus = Focus::Steps;
            let what = format!(
                "{} · {}",
                i18n::session_kind(self.lang, s.kind),
                i18n::date(self.lang, s.date)
            );
            self.info(i18n::tf(self.lang, T::Deleted, &[("what", &what)]));
        }
    }

    /// The language the workshop is kept in; the minutes are written in it.
    fn doc_language(&self) -> Language {
        self.doc.as_ref().map_or(self.lang, |d| d.workshop.language)
    }

    fn open_session_form(&mut self, s: Option<&SessionRecord>) {
        let Some(doc) = &self.doc else { return };
        let w = &doc.workshop;
        let lang = self.lang;
        let date = s.map_or(self.view.today, |s| s.date);
        let mut members = vec![self.t(T::Nobody).to_string()];
        members.extend(w.team.iter().map(|m| m.name.clone()));
        let facilitator = s
            .and_then(|s| s.facilitator)
            .and_then(|id| w.member_index(id))
            .map_or(0, |i| i + 1);
        let mut cycles = vec![self.t(T::NoCycle).to_string()];
        cycles.extend(w.cycles.iter().map(|c| c.name.clone()));
        let cycle = match s {
            Some(s) => s
                .cycle
                .and_then(|id| w.cycles.iter().position(|c| c.id == id))
                .map_or(0, |i| i + 1),
            // A new meeting is about the cycle the team is in.
            None => crate::domain::spiral::current(&w.cycles).map_or(0, |(i, _)| i + 1),
        };
        let mut fields = Vec::new();
        if s.is_none() {
            let kinds = SessionKind::ALL
                .iter()
                .map(|k| i18n::session_kind(lang, *k).to_string())
                .collect();
            fields.push(FormField::choice(T::FieldSessionKind, 0, kinds));
        }
        fields.push(FormField::text(
            T::FieldDate,
            &super::cycles::date_text(lang, date),
            false,
        ));
        fields.push(FormField::choice(T::FieldFacilitator, facilitator, members));
        fields.push(FormField::choice(T::FieldCycle, cycle, cycles));
        if let Some(s) = s {
            fields.push(FormField::text(T::FieldNotes, &s.notes, true));
        }
        let (kind, title) = match s {
            Some(s) => (FormKind::EditSession(s.id), T::EditSession),
            None => (FormKind::NewSession, T::NewSession),
        };
        self.open_form(Form::new(kind, title, fields));
    }

    pub(super) fn session_form_saved(&mut self, form: &Form, env: &Env) -> bool {
        let first = usize::from(!matches!(form.kind, FormKind::EditSession(_)));
        let Some(date) = self.accept(parse_date(form.text(first))) else {
            return false;
        };
        let Some(doc) = &self.doc else { return false };
        let w = &doc.workshop;
        let existing = match form.kind {
            FormKind::EditSession(id) => w.sessions.iter().position(|s| s.id == id),
            _ => None,
        };
        let facilitator = form
            .choice(first + 1)
            .checked_sub(1)
            .and_then(|i| w.team.get(i))
            .map(|m| m.id);
        let cycle = form
            .choice(first + 2)
            .checked_sub(1)
            .and_then(|i| w.cycles.get(i))
            .map(|c| c.id);
        if let FormKind::EditSession(_) = form.kind
            && existing.is_none()
        {
            // Deleted meanwhile (an undo under the form): nothing to save into.
            return true;
        }
        if let Some(i) = existing {
            let mut s = w.sessions[i].clone();
            s.date = date;
            s.facilitator = facilitator;
            s.cycle = cycle;
            s.notes = form.text(first + 3).trim_end().to_string();
            return self.apply(Edit::Session(Box::new(VecEdit::Replace(i, s))), env);
        }
        let kind = SessionKind::ALL[form.choice(0).min(SessionKind::ALL.len() - 1)];
        let mut s = SessionRecord::new(w.fresh_id(), kind, date);
        s.facilitator = facilitator;
        s.cycle = cycle;
        s.attendees = w.team.iter().map(|m| m.id).collect();
        let wlang = w.language;
        s.log.push(LogEntry {
            at: stamp(env.now),
            kind: LogKind::Step,
            text: i18n::tf(
                wlang,
                T::LogStarted,
                &[("kind", i18n::session_kind(wlang, kind))],
            ),
        });
        let (id, n) = (s.id, w.sessions.len());
        if !self.apply(Edit::Session(Box::new(VecEdit::Insert(n, s))), env) {
            return false;
        }
        self.select_session(id, env);
        if kind.needs_cycle() && cycle.is_none() {
            self.info(self.t(T::SessionNoCycle).to_string());
        }
        true
    }

    pub(super) fn note_form_saved(&mut self, form: &Form, env: &Env) -> bool {
        let FormKind::SessionNote(id) = form.kind else {
            return false;
        };
        let text = form.text(0).trim();
        if text.is_empty() {
            return self
                .accept(crate::domain::non_empty(text).map(|_| ()))
                .is_some();
        }
        let kind = if form.choice(1) == 1 {
            LogKind::Decision
        } else {
            LogKind::Note
        };
        let edit = log_edit(id, env.now, kind, text.to_string());
        self.apply_plain(edit, env)
    }

    /// Space on the gathering step: present or absent.
    pub(super) fn toggle_presence(&mut self, env: &Env) -> bool {
        if self.attendance().is_none() || self.focus_screen() != Screen::Team {
            return false;
        }
        let (Some(i), Some(doc)) = (self.session_index(), &self.doc) else {
            return false;
        };
        let w = &doc.workshop;
        let Some(m) = w.team.get(self.view.team.selected) else {
            return true;
        };
        let mut s = w.sessions[i].clone();
        let wlang = w.language;
        let key = if let Some(k) = s.attendees.iter().position(|a| *a == m.id) {
            s.attendees.remove(k);
            T::LogAbsent
        } else {
            s.attendees.push(m.id);
            T::LogPresent
        };
        let text = i18n::tf(wlang, key, &[("name", &m.name)]);
        let edit = Edit::Batch(vec![
            Edit::Session(Box::new(VecEdit::Replace(i, s.clone()))),
            log_edit(s.id, env.now, LogKind::Note, text),
        ]);
        self.apply_plain(edit, env);
        true
    }

    /// What an edit made while a meeting is held brings with it: its line in
    /// the minutes, and a member added to the team counts as present.
    pub(super) fn meeting_edits(&self, edit: &Edit, env: &Env) -> Vec<Edit> {
        let Some(id) = self.live_session() else {
            return Vec::new();
        };
        let mut out = Vec::new();
        if let Edit::Member(VecEdit::Insert(_, m)) = edit
            && let (Some(i), Some(s)) = (self.session_index(), self.session())
            && !s.attendees.contains(&m.id)
        {
            let mut s = s.clone();
            s.attendees.push(m.id);
            out.push(Edit::Session(Box::new(VecEdit::Replace(i, s))));
        }
        if let Some((kind, text)) = self.minute_of(edit) {
            out.push(log_edit(id, env.now, kind, text));
        }
        out
    }

    /// What an edit made during a meeting adds to its minutes, if anything.
    /// Votes name neither the voter nor the item: counts stay hidden until revealed.
    pub(super) fn minute_of(&self, edit: &Edit) -> Option<(LogKind, String)> {
        let w = &self.doc.as_ref()?.workshop;
        let lang = w.language;
        let tf = |key: T, text: &str| i18n::tf(lang, key, &[("text", first_line(text))]);
        match edit {
            Edit::Item(VecEdit::Insert(_, item)) => {
                let author = super::diagnosis::author_name(w, lang, item.author);
                Some((
                    LogKind::Item,
                    format!(
                        "{} · {}: {} ({author})",
                        if item.category.is_strength() {
                            "+"
                        } else {
                            "-"
                        },
                        i18n::category(lang, item.category),
                        first_line(&item.text)
                    ),
                ))
            }
            Edit::Cluster(VecEdit::Insert(_, c)) => {
                Some((LogKind::Item, tf(T::LogCluster, &c.title)))
            }
            Edit::Vote(VecEdit::Insert(..)) => Some((LogKind::Vote, String::new())),
            Edit::SetVotesRevealed(true) if !w.diagnosis.votes_revealed => {
                Some((LogKind::Decision, reveal_text(w, lang)))
            }
            Edit::SetVotesRevealed(false) if w.diagnosis.votes_revealed => {
                Some((LogKind::Note, i18n::t(lang, T::LogHidden).to_string()))
            }
            Edit::Action(kind, VecEdit::Insert(_, a)) => Some((
                LogKind::Action,
                format!(
                    "{}: {}{}",
                    i18n::plan_name(lang, *kind),
                    first_line(&a.what),
                    action_details(w, lang, a)
                ),
            )),
            Edit::Action(kind, VecEdit::Replace(i, a)) => {
                let old = w.plans.list(*kind).get(*i)?;
                (a.status.is_open() != old.status.is_open() && !a.status.is_open())
                    .then(|| (LogKind::Decision, tf(T::LogActionDone, &a.what)))
            }
            Edit::SetProject(card) => {
                let old = &w.project;
                if card.research_question.trim() != old.research_question.trim()
                    && !card.research_question.trim().is_empty()
                {
                    Some((
                        LogKind::Decision,
                        tf(T::LogQuestion, &card.research_question),
                    ))
                } else if card.goal.trim() != old.goal.trim() && !card.goal.trim().is_empty() {
                    Some((LogKind::Decision, tf(T::LogGoal, &card.goal)))
                } else {
                    None
                }
            }
            Edit::Member(VecEdit::Insert(_, m)) => Some((
                LogKind::Note,
                i18n::tf(lang, T::LogJoined, &[("name", &m.name)]),
            )),
            Edit::Cycle(e) => match e.as_ref() {
                VecEdit::Insert(_, c) => Some((LogKind::Decision, tf(T::LogCycle, &c.name))),
                VecEdit::Replace(i, c) => {
                    let old = w.cycles.get(*i)?;
                    (c.disruptions.len() > old.disruptions.len())
                        .then(|| c.disruptions.last())
                        .flatten()
                        .map(|d| (LogKind::Decision, tf(T::LogDisruption, &d.description)))
                }
                VecEdit::Remove(_) => None,
            },
            Edit::Batch(edits) => edits.iter().find_map(|e| self.minute_of(e)),
            _ => None,
        }
    }
}

fn reveal_text(w: &Workshop, lang: Language) -> String {
    let top: Vec<String> = w
        .diagnosis
        .ranking()
        .into_iter()
        .take(3)
        .enumerate()
        .map(|(k, (n, text, _))| format!("{}. {} ({n})", k + 1, first_line(text)))
        .collect();
    let top = if top.is_empty() {
        i18n::count(lang, P::Dots, 0)
    } else {
        top.join(" · ")
    };
    i18n::tf(lang, T::LogReveal, &[("top", &top)])
}

fn action_details(w: &Workshop, lang: Language, a: &crate::domain::PlanAction) -> String {
    let mut parts = Vec::new();
    if let Some(m) = a.who.and_then(|id| w.member(id)) {
        parts.push(m.name.clone());
    }
    if let Some(d) = a.due {
        parts.push(i18n::date(lang, d));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!(" ({})", parts.join(", "))
    }
}

pub fn log_edit(session: Id, now: NaiveDateTime, kind: LogKind, text: String) -> Edit {
    Edit::Log {
        session,
        entry: Some(Box::new(LogEntry {
            at: stamp(now),
            kind,
            text,
        })),
    }
}

fn note_form(lang: Language, session: Id) -> Form {
    Form::new(
        FormKind::SessionNote(session),
        T::NewNote,
        vec![
            FormField::text(T::FieldText, "", true),
            FormField::choice(
                T::FieldKind,
                0,
                vec![
                    i18n::log_kind(lang, LogKind::Note).to_string(),
                    i18n::log_kind(lang, LogKind::Decision).to_string(),
                ],
            ),
        ],
    )
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

    #[test]
    fn runs_of_votes_fold_into_one_line() {
        let at = chrono::NaiveDate::from_ymd_opt(2026, 3, 10)
            .unwrap()
            .and_hms_opt(14, 0, 0)
            .unwrap();
        let mut s = SessionRecord::new(Id(1), SessionKind::FirstWorkshop, at.date());
        let e = |kind, text: &str| LogEntry {
            at,
            kind,
            text: text.into(),
        };
        s.log = vec![
            e(LogKind::Item, "a"),
            e(LogKind::Vote, ""),
            e(LogKind::Vote, ""),
            e(LogKind::Vote, ""),
            e(LogKind::Decision, "d"),
            e(LogKind::Vote, ""),
        ];
        let lines = minute_lines(&s, Language::En);
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["a", "3 dots", "d", "1 dot"]);
    }
}
