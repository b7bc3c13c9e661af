//! Records of workshop runs: who was there, how far the group got, how long each
//! step took, and the minutes of what happened.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::Id;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionRecord {
    pub id: Id,
    pub kind: SessionKind,
    pub date: NaiveDate,
    #[serde(default)]
    pub facilitator: Option<Id>,
    #[serde(default)]
    pub attendees: Vec<Id>,
    /// The cycle a review or second workshop is about.
    #[serde(default)]
    pub cycle: Option<Id>,
    /// Index of the step reached.
    #[serde(default)]
    pub step: u16,
    /// Seconds spent on each step, by step index.
    #[serde(default)]
    pub step_seconds: Vec<u32>,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub log: Vec<LogEntry>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SessionKind {
    FirstWorkshop,
    SecondWorkshop,
    CycleReview,
    Council,
    /// A monitoring's administrative review of the indicators (совещание
    /// при директоре): the figures, their analysis, decisions.
    AdminReview,
}

/// One line of the minutes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogEntry {
    pub at: NaiveDateTime,
    pub kind: LogKind,
    #[serde(default)]
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum LogKind {
    Step,
    Item,
    Vote,
    Decision,
    Action,
    Note,
}

impl SessionKind {
    pub const ALL: [SessionKind; 5] = [
        SessionKind::FirstWorkshop,
        SessionKind::SecondWorkshop,
        SessionKind::CycleReview,
        SessionKind::Council,
        SessionKind::AdminReview,
    ];

    /// The steps of this kind of meeting, in order (from the method).
    pub fn steps(self) -> &'static [Step] {
        use Step::*;
        match self {
            SessionKind::FirstWorkshop => {
                &[Gather, Question, Goal, Strengths, Weaknesses, Vote, Plans]
            }
            SessionKind::SecondWorkshop => &[
                Gather,
                DataCollected,
                Interpretation,
                Disruptions,
                Remedies,
                Evaluation,
                Disseminate,
                EverydayUse,
            ],
            SessionKind::CycleReview => {
                &[Position, Phases, Triangulation, ActionsReview, NextCycle]
            }
            SessionKind::Council => &[Dashboard, DataEntry, Analysis, Decisions, Minutes],
            SessionKind::AdminReview => &[Dashboard, Analysis, Decisions, Minutes],
        }
    }

    /// The meetings a workshop of a method holds: a project's reflection
    /// workshops and cycle reviews, a monitoring's pedagogical council.
    pub fn of(method: super::Method) -> &'static [SessionKind] {
        match method {
            super::Method::Innovation => &[
                SessionKind::FirstWorkshop,
                SessionKind::SecondWorkshop,
                SessionKind::CycleReview,
                SessionKind::Council,
            ],
            super::Method::Monitoring => &[SessionKind::Council, SessionKind::AdminReview],
        }
    }

    /// Whether the meeting is about one cycle.
    pub fn needs_cycle(self) -> bool {
        matches!(self, SessionKind::SecondWorkshop | SessionKind::CycleReview)
    }
}

/// One step of a guided meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    Gather,
    Question,
    Goal,
    Strengths,
    Weaknesses,
    Vote,
    Plans,
    DataCollected,
    Interpretation,
    Disruptions,
    Remedies,
    Evaluation,
    Position,
    Phases,
    Triangulation,
    ActionsReview,
    NextCycle,
    Dashboard,
    DataEntry,
    Analysis,
    Decisions,
    Minutes,
    /// Passing the novelty on (other schools, the collection of good
    /// practice, the yearly report to the expert council).
    Disseminate,
    /// The novelty in everyday practice.
    EverydayUse,
}

impl Step {
    /// The time the step is planned to take, in minutes.
    pub fn timebox_minutes(self) -> u32 {
        use Step::*;
        match self {
            Gather | Position | Minutes => 5,
            Question | Goal | Vote | Evaluation | Triangulation | NextCycle | Dashboard
            | Disseminate | EverydayUse => 10,
            DataCollected | Remedies | Phases | ActionsReview | DataEntry | Analysis
            | Decisions => 15,
            Interpretation | Disruptions | Plans => 20,
            Strengths | Weaknesses => 25,
        }
    }
}

impl SessionRecord {
    /// A meeting about to start: everyone on the team attending.
    pub fn new(id: Id, kind: SessionKind, date: NaiveDate) -> SessionRecord {
        SessionRecord {
            id,
            kind,
            date,
            facilitator: None,
            attendees: Vec::new(),
            cycle: None,
            step: 0,
            step_seconds: Vec::new(),
            notes: String::new(),
            log: Vec::new(),
        }
    }

    pub fn steps(&self) -> &'static [Step] {
        self.kind.steps()
    }

    /// The step reached, or `None` once every step is done.
    pub fn current(&self) -> Option<Step> {
        self.steps().get(usize::from(self.step)).copied()
    }

    pub fn finished(&self) -> bool {
        self.current().is_none()
    }

    pub fn seconds_on(&self, step: usize) -> u32 {
        self.step_seconds.get(step).copied().unwrap_or(0)
    }

    /// Adds time to a step, growing the per-step table as needed.
    pub fn add_time(&mut self, step: usize, seconds: u32) {
        if self.step_seconds.len() <= step {
            self.step_seconds.resize(step + 1, 0);
        }
        self.step_seconds[step] = self.step_seconds[step].saturating_add(seconds);
    }

    pub fn total_seconds(&self) -> u64 {
        self.step_seconds.iter().map(|&s| u64::from(s)).sum()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_steps_with_a_timebox() {
        for kind in SessionKind::ALL {
            let steps = kind.steps();
            assert!(steps.len() >= 4, "{kind:?}");
            assert!(steps.iter().all(|s| s.timebox_minutes() > 0));
        }
        let first = SessionKind::FirstWorkshop.steps();
        assert_eq!(first.first(), Some(&Step::Gather));
        assert_eq!(first.last(), Some(&Step::Plans));
        let total: u32 = first.iter().map(|s| s.timebox_minutes()).sum();
        assert!(
            (90..=150).contains(&total),
            "a workshop fits an afternoon: {total}"
        );
    }

    #[test]
    fn a_session_is_finished_past_its_last_step() {
        let mut s = SessionRecord::new(
            Id(1),
            SessionKind::Council,
            NaiveDate::from_ymd_opt(2025, 10, 2).unwrap(),
        );
        assert_eq!(s.current(), Some(Step::Dashboard));
        s.step = 4;
        assert_eq!(s.current(), Some(Step::Minutes));
        s.step = 5;
        assert!(s.finished());
    }

    #[test]
    fn time_accumulates_per_step() {
        let mut s = SessionRecord::new(
            Id(1),
            SessionKind::FirstWorkshop,
            NaiveDate::from_ymd_opt(2025, 10, 2).unwrap(),
        );
        s.add_time(2, 60);
        s.add_time(2, 30);
        s.add_time(0, 5);
        assert_eq!(s.step_seconds, vec![5, 0, 90]);
        assert_eq!(s.total_seconds(), 95);
        s.add_time(0, u32::MAX);
        assert_eq!(s.step_seconds[0], u32::MAX);
    }
}
