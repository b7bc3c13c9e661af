//! The prevention plan (from strengths: enrich or open the curriculum) and the
//! curative plan (from weaknesses: improve the curriculum as implemented).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::Id;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Plans {
    pub prevention: Vec<PlanAction>,
    pub curative: Vec<PlanAction>,
}

/// Which of the two plans.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlanKind {
    /// From strengths: enrich or open the curriculum.
    Prevention,
    /// From weaknesses: improve the curriculum as implemented.
    Curative,
}

impl Plans {
    pub fn all(&self) -> impl Iterator<Item = &PlanAction> {
        self.prevention.iter().chain(self.curative.iter())
    }

    pub fn list(&self, kind: PlanKind) -> &Vec<PlanAction> {
        match kind {
            PlanKind::Prevention => &self.prevention,
            PlanKind::Curative => &self.curative,
        }
    }

    pub fn list_mut(&mut self, kind: PlanKind) -> &mut Vec<PlanAction> {
        match kind {
            PlanKind::Prevention => &mut self.prevention,
            PlanKind::Curative => &mut self.curative,
        }
    }

    /// The plan an item of this category feeds: strengths → prevention.
    pub fn kind_for(category: super::Category) -> PlanKind {
        if category.is_strength() {
            PlanKind::Prevention
        } else {
            PlanKind::Curative
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanAction {
    pub id: Id,
    pub what: String,
    #[serde(default)]
    pub who: Option<Id>,
    #[serde(default)]
    pub due: Option<NaiveDate>,
    #[serde(default)]
    pub indicator: Option<Id>,
    #[serde(default)]
    pub status: ActionStatus,
    /// Where the action came from: a diagnosis item or cluster, a disruption,
    /// or an unfinished action carried over.
    #[serde(default)]
    pub origin: Option<Id>,
    /// The cycle whose plan this action belongs to, if any.
    #[serde(default)]
    pub cycle: Option<Id>,
    /// The five problem-solving steps, for curative actions that need them.
    #[serde(default)]
    pub steps: Option<ProblemSteps>,
}

impl PlanAction {
    pub fn new(id: Id, what: &str) -> PlanAction {
        PlanAction {
            id,
            what: what.trim().to_string(),
            who: None,
            due: None,
            indicator: None,
            status: ActionStatus::Planned,
            origin: None,
            cycle: None,
            steps: None,
        }
    }

    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.status.is_open() && self.due.is_some_and(|d| d < today)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ActionStatus {
    #[default]
    Planned,
    InProgress,
    Done,
    Dropped,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 4] = [
        ActionStatus::Planned,
        ActionStatus::InProgress,
        ActionStatus::Done,
        ActionStatus::Dropped,
    ];

    pub fn is_open(self) -> bool {
        matches!(self, ActionStatus::Planned | ActionStatus::InProgress)
    }
}

/// Kaizen-style problem solving, in the method's five steps.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ProblemSteps {
    pub define: String,
    pub cause: String,
    pub remedies: String,
    pub introduce: String,
    pub measure: String,
}

impl ProblemSteps {
    pub const COUNT: usize = 5;

    pub fn step(&self, i: usize) -> &str {
        match i {
            0 => &self.define,
            1 => &self.cause,
            2 => &self.remedies,
            3 => &self.introduce,
            _ => &self.measure,
        }
    }

    /// How many steps have been written down.
    pub fn filled(&self) -> usize {
        (0..Self::COUNT)
            .filter(|&i| !self.step(i).trim().is_empty())
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn overdue_means_open_and_past_due() {
        let mut a = PlanAction::new(Id(1), "x");
        a.due = Some(d(2026, 1, 1));
        assert!(a.is_overdue(d(2026, 1, 2)));
        assert!(!a.is_overdue(d(2026, 1, 1)));
        a.status = ActionStatus::Dropped;
        assert!(!a.is_overdue(d(2026, 5, 1)));
    }

    #[test]
    fn problem_steps_count_what_is_written() {
        let s = ProblemSteps {
            define: "Učenci zamujajo".into(),
            cause: "  ".into(),
            measure: "Število zamud".into(),
            ..ProblemSteps::default()
        };
        assert_eq!(s.filled(), 2);
    }
}
