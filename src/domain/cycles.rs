//! Action-research cycles (about three a school year) on the action spiral, and
//! the second reflection workshop held on each: data, interpretation, disruptions.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{DomainError, Id, plans::ProblemSteps};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cycle {
    pub id: Id,
    pub name: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    #[serde(default)]
    pub tier: GoalTier,
    #[serde(default)]
    pub goal: String,
    #[serde(default)]
    pub plan: PhaseRecord,
    #[serde(default)]
    pub act: PhaseRecord,
    #[serde(default)]
    pub reflect: PhaseRecord,
    #[serde(default)]
    pub evaluate: PhaseRecord,
    #[serde(default)]
    pub data_sources: Vec<DataSource>,
    #[serde(default)]
    pub findings: String,
    #[serde(default)]
    pub reflection: String,
    #[serde(default)]
    pub evaluation: String,
    /// Second reflection workshop: the data collected and what it means.
    #[serde(default)]
    pub data_collected: String,
    #[serde(default)]
    pub interpretation: String,
    #[serde(default)]
    pub disruptions: Vec<Disruption>,
    /// Known pitfalls ticked at the cycle review.
    #[serde(default)]
    pub pitfalls: Vec<Pitfall>,
    /// The cycle whose evaluation this one starts from.
    #[serde(default)]
    pub follows: Option<Id>,
    /// Reference sources looked up in this cycle (literature, a theory
    /// input), one per entry.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<String>,
    /// The reference level: what this cycle aims at, and
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reference_level: String,
    /// the actual level it found (the feedback between the two drives the
    /// next cycle).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub actual_level: String,
}

impl Cycle {
    pub fn new(id: Id, name: &str, start: NaiveDate, end: NaiveDate) -> Result<Cycle, DomainError> {
        check_period(start, end)?;
        Ok(Cycle {
            id,
            name: name.trim().to_string(),
            start,
            end,
            tier: GoalTier::First,
            goal: String::new(),
            plan: PhaseRecord::default(),
            act: PhaseRecord::default(),
            reflect: PhaseRecord::default(),
            evaluate: PhaseRecord::default(),
            data_sources: Vec::new(),
            findings: String::new(),
            reflection: String::new(),
            evaluation: String::new(),
            data_collected: String::new(),
            interpretation: String::new(),
            disruptions: Vec::new(),
            pitfalls: Vec::new(),
            follows: None,
            references: Vec::new(),
            reference_level: String::new(),
            actual_level: String::new(),
        })
    }

    pub fn phase(&self, p: Phase) -> &PhaseRecord {
        match p {
            Phase::Plan => &self.plan,
            Phase::Act => &self.act,
            Phase::Reflect => &self.reflect,
            Phase::Evaluate => &self.evaluate,
        }
    }

    pub fn phase_mut(&mut self, p: Phase) -> &mut PhaseRecord {
        match p {
            Phase::Plan => &mut self.plan,
            Phase::Act => &mut self.act,
            Phase::Reflect => &mut self.reflect,
            Phase::Evaluate => &mut self.evaluate,
        }
    }

    pub fn overlaps(&self, other: &Cycle) -> bool {
        self.start <= other.end && other.start <= self.end
    }

    /// Distinct kinds of data source: triangulation asks for at least three.
    pub fn source_kinds(&self) -> usize {
        let mut kinds: Vec<&SourceKind> = self.data_sources.iter().map(|s| &s.kind).collect();
        kinds.sort_by_key(|k| format!("{k:?}"));
        kinds.dedup();
        kinds.len()
    }

    pub fn is_triangulated(&self) -> bool {
        self.source_kinds() >= TRIANGULATION_MIN
    }

    /// The perspectives the data sources give, in the usual order.
    pub fn perspectives(&self) -> Vec<Perspective> {
        Perspective::ALL
            .into_iter()
            .filter(|p| self.data_sources.iter().any(|s| s.perspective == Some(*p)))
            .collect()
    }

    /// The perspectives no data source gives yet: the teacher's, the
    /// pupils' and an observer's (or critical friend's) are expected; the
    /// parents' is named too while no source gives it.
    pub fn missing_perspectives(&self) -> Vec<Perspective> {
        let have = self.perspectives();
        Perspective::ALL
            .into_iter()
            .filter(|p| !have.contains(p))
            .collect()
    }

    /// Triangulated by perspective: at least the three expected ones.
    pub fn has_perspectives(&self) -> bool {
        let have = self.perspectives();
        Perspective::EXPECTED.iter().all(|p| have.contains(p))
    }

    /// The phase the cycle is in: the first not yet done.
    pub fn current_phase(&self) -> Option<Phase> {
        Phase::ALL
            .into_iter()
            .find(|&p| self.phase(p).status != PhaseStatus::Done)
    }
}

pub const TRIANGULATION_MIN: usize = 3;

pub fn check_period(start: NaiveDate, end: NaiveDate) -> Result<(), DomainError> {
    if end < start {
        Err(DomainError::PeriodReversed {
            start: start.to_string(),
            end: end.to_string(),
        })
    } else {
        Ok(())
    }
}

/// Refuses a set of cycles in which two periods overlap.
pub fn check_no_overlap(cycles: &[Cycle]) -> Result<(), DomainError> {
    for (i, a) in cycles.iter().enumerate() {
        for b in &cycles[i + 1..] {
            if a.overlaps(b) {
                return Err(DomainError::CyclesOverlap(a.name.clone(), b.name.clone()));
            }
        }
    }
    Ok(())
}

/// The four phases of a cycle, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Phase {
    /// Plan or re-plan.
    Plan,
    /// Act and collect data.
    Act,
    Reflect,
    Evaluate,
}

impl Pitfall {
    pub const ALL: [Pitfall; 18] = [
        Pitfall::DirectiveLeaders,
        Pitfall::DivergingInterests,
        Pitfall::NoTime,
        Pitfall::PoorInformation,
        Pitfall::TeamRelations,
        Pitfall::TooManyGoals,
        Pitfall::LittleArExperience,
        Pitfall::Rigidity,
        Pitfall::ProblemTooBroad,
        Pitfall::WeakReports,
        Pitfall::ResultsNotMeasurable,
        Pitfall::UselessInterpretation,
        Pitfall::FadingMotivation,
        Pitfall::WeakObservation,
        Pitfall::SelfEducation,
        Pitfall::DataNotIntoNextPlan,
        Pitfall::PersonalCyclesUnlinked,
        Pitfall::LeadershipNotShared,
    ];
}

impl Phase {
    pub const ALL: [Phase; 4] = [Phase::Plan, Phase::Act, Phase::Reflect, Phase::Evaluate];
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PhaseRecord {
    pub status: PhaseStatus,
    pub notes: String,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum PhaseStatus {
    #[default]
    NotStarted,
    InProgress,
    Done,
}

/// Where a cycle stands on the spiral.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum GoalTier {
    #[default]
    First,
    Intermediate,
    Desired,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DataSource {
    pub kind: SourceKind,
    #[serde(default)]
    pub description: String,
    /// Whose view the source gives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub perspective: Option<Perspective>,
}

/// Whose view a data source gives: triangulation asks for several
/// perspectives as well as several methods.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Perspective {
    Teacher,
    Pupils,
    /// An observer or a critical friend.
    Observer,
    Parents,
}

impl Perspective {
    pub const ALL: [Perspective; 4] = [
        Perspective::Teacher,
        Perspective::Pupils,
        Perspective::Observer,
        Perspective::Parents,
    ];
    /// The three a triangulated cycle has.
    pub const EXPECTED: [Perspective; 3] = [
        Perspective::Teacher,
        Perspective::Pupils,
        Perspective::Observer,
    ];
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum SourceKind {
    Observation,
    Questionnaire,
    Interview,
    Test,
    Artefact,
    SelfAssessment,
    Statistics,
    Other(String),
}

/// A disruption found at the second reflection workshop, worked through the five
/// problem-solving steps; its remedy may become an action of the next cycle.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Disruption {
    pub id: Id,
    pub description: String,
    #[serde(default)]
    pub steps: ProblemSteps,
    /// The plan action made from its remedy.
    #[serde(default)]
    pub action: Option<Id>,
}

/// Known weaknesses of past projects, a checklist for the cycle review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Pitfall {
    DirectiveLeaders,
    DivergingInterests,
    NoTime,
    PoorInformation,
    TeamRelations,
    TooManyGoals,
    LittleArExperience,
    Rigidity,
    ProblemTooBroad,
    WeakReports,
    ResultsNotMeasurable,
    UselessInterpretation,
    FadingMotivation,
    WeakObservation,
    SelfEducation,
    DataNotIntoNextPlan,
    PersonalCyclesUnlinked,
    LeadershipNotShared,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_period_cannot_run_backwards() {
        assert!(Cycle::new(Id(1), "K1", d(2025, 12, 1), d(2025, 9, 1)).is_err());
        assert!(Cycle::new(Id(1), "K1", d(2025, 9, 1), d(2025, 9, 1)).is_ok());
    }

    #[test]
    fn overlapping_cycles_are_refused() {
        let a = Cycle::new(Id(1), "K1", d(2025, 9, 1), d(2025, 11, 30)).unwrap();
        let b = Cycle::new(Id(2), "K2", d(2025, 12, 1), d(2026, 2, 28)).unwrap();
        let c = Cycle::new(Id(3), "K3", d(2026, 2, 28), d(2026, 5, 31)).unwrap();
        assert!(check_no_overlap(&[a.clone(), b.clone()]).is_ok());
        assert_eq!(
            check_no_overlap(&[a, b, c]),
            Err(DomainError::CyclesOverlap("K2".into(), "K3".into()))
        );
    }

    #[test]
    fn triangulation_needs_three_kinds() {
        let mut c = Cycle::new(Id(1), "K1", d(2025, 9, 1), d(2025, 11, 30)).unwrap();
        for kind in [
            SourceKind::Observation,
            SourceKind::Observation,
            SourceKind::Test,
        ] {
            c.data_sources.push(DataSource {
                kind,
                description: String::new(),
                perspective: None,
            });
        }
        assert_eq!(c.source_kinds(), 2);
        assert!(!c.is_triangulated());
        c.data_sources.push(DataSource {
            kind: SourceKind::Other("dnevnik".into()),
            description: String::new(),
            perspective: None,
        });
        assert!(c.is_triangulated());
    }

    #[test]
    fn the_check_names_the_perspective_missing() {
        let mut c = Cycle::new(Id(1), "K1", d(2025, 9, 1), d(2025, 11, 30)).unwrap();
        for (kind, p) in [
            (SourceKind::Observation, Some(Perspective::Observer)),
            (SourceKind::Questionnaire, Some(Perspective::Pupils)),
            (SourceKind::Test, None),
        ] {
            c.data_sources.push(DataSource {
                kind,
                description: String::new(),
                perspective: p,
            });
        }
        // Three methods, two perspectives.
        assert!(c.is_triangulated());
        assert!(!c.has_perspectives());
        assert_eq!(
            c.missing_perspectives(),
            vec![Perspective::Teacher, Perspective::Parents]
        );
        c.data_sources[2].perspective = Some(Perspective::Teacher);
        assert!(c.has_perspectives());
        assert_eq!(c.missing_perspectives(), vec![Perspective::Parents]);
    }

    #[test]
    fn current_phase_is_the_first_unfinished() {
        let mut c = Cycle::new(Id(1), "K1", d(2025, 9, 1), d(2025, 11, 30)).unwrap();
        assert_eq!(c.current_phase(), Some(Phase::Plan));
        c.plan.status = PhaseStatus::Done;
        c.act.status = PhaseStatus::InProgress;
        assert_eq!(c.current_phase(), Some(Phase::Act));
        for p in Phase::ALL {
            c.phase_mut(p).status = PhaseStatus::Done;
        }
        assert_eq!(c.current_phase(), None);
    }
}
