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

impl SessionRecord {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_accumulates_per_step() {
        let mut s = SessionRecord {
            id: Id(1),
            kind: SessionKind::FirstWorkshop,
            date: NaiveDate::from_ymd_opt(2025, 10, 2).unwrap(),
            facilitator: None,
            attendees: vec![],
            cycle: None,
            step: 0,
            step_seconds: vec![],
            notes: String::new(),
            log: vec![],
        };
        s.add_time(2, 60);
        s.add_time(2, 30);
        s.add_time(0, 5);
        assert_eq!(s.step_seconds, vec![5, 0, 90]);
        assert_eq!(s.total_seconds(), 95);
        s.add_time(0, u32::MAX);
        assert_eq!(s.step_seconds[0], u32::MAX);
    }
}
