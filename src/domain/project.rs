//! The innovation project card (the application form of the method) and the
//! checklists for a good goal and a good research question.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{DomainError, Id};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ProjectCard {
    pub institution: String,
    pub school_year: String,
    pub area: ResearchArea,
    pub kind: ProjectKind,
    /// The common goal (expected result).
    pub goal: String,
    pub research_question: String,
    pub innovation_level: InnovationLevel,
    /// `None`: follow the model suggested by the innovation level.
    pub ar_model: Option<ArModel>,
    pub calendar: Vec<Activity>,
    pub goal_checks: GoalChecks,
    pub question_checks: QuestionChecks,
    /// What is new (opredelitev novosti, dosežka): for whom, with what evidence.
    #[serde(skip_serializing_if = "Novelty::is_empty")]
    pub novelty: Novelty,
    /// The innovation level over time: expected and reached, as the project
    /// moves between levels.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub levels: Vec<LevelRecord>,
    /// A level-5 project's comparison of the reference model of the
    /// programme with the one in use, and the gaps it shows.
    #[serde(skip_serializing_if = "Models::is_empty")]
    pub models: Models,
    /// How the novelty becomes everyday practice.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub everyday_use: String,
    /// Where the novelty is passed on: to whom, how, when.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub dissemination: Vec<Dissemination>,
    /// A monitoring's responsible structure (who runs it: the methodical
    /// council, the deputy heads, …).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub structure: String,
    /// A monitoring's procedures, each under its object of assessment.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub procedures: Vec<super::regulation::Procedure>,
}

impl Default for ProjectCard {
    fn default() -> Self {
        ProjectCard {
            institution: String::new(),
            school_year: String::new(),
            area: ResearchArea::LearningEnvironments,
            kind: ProjectKind::Preventive,
            goal: String::new(),
            research_question: String::new(),
            innovation_level: InnovationLevel::default(),
            ar_model: None,
            calendar: Vec::new(),
            goal_checks: GoalChecks::default(),
            question_checks: QuestionChecks::default(),
            novelty: Novelty::default(),
            levels: Vec::new(),
            models: Models::default(),
            everyday_use: String::new(),
            dissemination: Vec::new(),
            structure: String::new(),
            procedures: Vec::new(),
        }
    }
}

/// The novelty (the achievement) the project develops.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Novelty {
    /// What is new.
    pub what: String,
    /// For whom (pupils, teachers, the school, other schools).
    pub for_whom: String,
    /// What shows it (the evidence).
    pub evidence: String,
}

impl Novelty {
    pub fn is_empty(&self) -> bool {
        self.what.trim().is_empty()
            && self.for_whom.trim().is_empty()
            && self.evidence.trim().is_empty()
    }
}

/// Level 5 (the didactic transformation of the whole programme): the
/// project group sets out a reference model, compares it with the model in
/// use, and names the gaps and their causes, from which the goals follow.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Models {
    pub reference: String,
    pub actual: String,
    pub gaps: String,
}

impl Models {
    pub fn is_empty(&self) -> bool {
        self.reference.trim().is_empty()
            && self.actual.trim().is_empty()
            && self.gaps.trim().is_empty()
    }
}

/// Passing the novelty on: to other schools, into the institute's
/// collection of good practice, in the yearly report to the expert council.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dissemination {
    pub id: Id,
    pub date: NaiveDate,
    pub channel: Channel,
    /// To whom and where, in the group's words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub what: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub done: bool,
}

/// Where a novelty is passed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Channel {
    /// The school's own staff (the teachers' council).
    Staff,
    /// The parents.
    Parents,
    /// Other schools (a network meeting, a visit).
    OtherSchools,
    /// The institute's collection of good practice (Skriti zaklad).
    Collection,
    /// The yearly report to the expert council.
    ExpertCouncil,
    /// A conference or an article.
    Conference,
    Other,
}

impl Channel {
    pub const ALL: [Channel; 7] = [
        Channel::Staff,
        Channel::Parents,
        Channel::OtherSchools,
        Channel::Collection,
        Channel::ExpertCouncil,
        Channel::Conference,
        Channel::Other,
    ];
}

/// One entry of the innovation level's history: on a date, the level the
/// project expected and the level it reached (when known).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelRecord {
    pub id: Id,
    pub date: NaiveDate,
    pub expected: InnovationLevel,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reached: Option<InnovationLevel>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl ProjectCard {
    /// The model in force: the one chosen, or the one the level suggests.
    pub fn effective_ar_model(&self) -> ArModel {
        self.ar_model
            .unwrap_or_else(|| ArModel::suggested_for(self.innovation_level))
    }

    /// The institute reports on a school year by the end of the October
    /// that follows it: the day the project's report on this card's year is due.
    pub fn annual_report_due(&self) -> Option<NaiveDate> {
        let start = school_year_start(&self.school_year)?;
        NaiveDate::from_ymd_opt(start + 1, 10, 31)
    }

    /// The deadlines not yet met, earliest first: the calendar's milestones
    /// and reports not done, and the annual report when the calendar names
    /// no report of its own.
    pub fn open_deadlines(&self) -> Vec<(NaiveDate, String, ActivityKind)> {
        let mut v: Vec<(NaiveDate, String, ActivityKind)> = self
            .calendar
            .iter()
            .filter(|a| !a.kind.is_plain() && !a.done)
            .map(|a| (a.date, a.what.clone(), a.kind))
            .collect();
        let names_a_report = self.calendar.iter().any(|a| a.kind == ActivityKind::Report);
        if !names_a_report && let Some(due) = self.annual_report_due() {
            v.push((due, String::new(), ActivityKind::Report));
        }
        v.sort_by_key(|d| d.0);
        v
    }

    pub fn set_innovation_level(&mut self, level: u8) -> Result<(), DomainError> {
        self.innovation_level = InnovationLevel::new(level)?;
        Ok(())
    }
}

/// The three research areas of the method, or the team's own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ResearchArea {
    LearningEnvironments,
    ClassroomClimate,
    ProfessionalDevelopment,
    Custom(String),
}

impl ResearchArea {
    pub const PRESET: [ResearchArea; 3] = [
        ResearchArea::LearningEnvironments,
        ResearchArea::ClassroomClimate,
        ResearchArea::ProfessionalDevelopment,
    ];
}

/// Curative: remove a disruption. Preventive: protect and enrich.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProjectKind {
    Curative,
    Preventive,
}

/// The taxonomy of innovation, 1 (personal development of a professional)
/// to 5 (didactic transformation of the whole school programme).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct InnovationLevel(u8);

impl InnovationLevel {
    pub const MIN: u8 = 1;
    pub const MAX: u8 = 5;

    pub fn new(level: u8) -> Result<InnovationLevel, DomainError> {
        if (Self::MIN..=Self::MAX).contains(&level) {
            Ok(InnovationLevel(level))
        } else {
            Err(DomainError::InnovationLevel(level))
        }
    }

    pub fn get(self) -> u8 {
        self.0
    }
}

impl Default for InnovationLevel {
    fn default() -> Self {
        InnovationLevel(1)
    }
}

impl TryFrom<u8> for InnovationLevel {
    type Error = DomainError;
    fn try_from(v: u8) -> Result<Self, DomainError> {
        InnovationLevel::new(v)
    }
}

impl From<InnovationLevel> for u8 {
    fn from(l: InnovationLevel) -> u8 {
        l.0
    }
}

/// Action-research models, matched to the innovation level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ArModel {
    /// Practical / collaborative.
    Practical,
    Technical,
    Emancipatory,
}

impl ArModel {
    pub const ALL: [ArModel; 3] = [
        ArModel::Practical,
        ArModel::Technical,
        ArModel::Emancipatory,
    ];

    pub fn suggested_for(level: InnovationLevel) -> ArModel {
        match level.get() {
            1 => ArModel::Practical,
            2 => ArModel::Technical,
            _ => ArModel::Emancipatory,
        }
    }
}

/// A dated entry of the project's calendar of activities.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Activity {
    pub id: Id,
    pub date: NaiveDate,
    pub what: String,
    #[serde(default)]
    pub done: bool,
    /// An activity of the group, a milestone the institute sets, or a
    /// reporting deadline; kept in the file only when not an activity.
    #[serde(default, skip_serializing_if = "ActivityKind::is_plain")]
    pub kind: ActivityKind,
}

/// What an entry of the calendar is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ActivityKind {
    /// Something the project group does.
    #[default]
    Activity,
    /// A milestone of the institute's programme (a consultation, a
    /// meeting of the network, a presentation).
    Milestone,
    /// A report due to the institute.
    Report,
}

impl ActivityKind {
    pub const ALL: [ActivityKind; 3] = [
        ActivityKind::Activity,
        ActivityKind::Milestone,
        ActivityKind::Report,
    ];

    pub fn is_plain(&self) -> bool {
        *self == ActivityKind::Activity
    }
}

/// The first calendar year of a school year written "2025/26",
/// "2025/2026", "2025-26" or "2025".
pub fn school_year_start(text: &str) -> Option<i32> {
    let digits: String = text
        .trim()
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .collect();
    (digits.len() == 4).then(|| digits.parse().ok()).flatten()
}

/// The five marks of a good goal; the group ticks them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct GoalChecks {
    pub motivates_from_within: bool,
    pub leaves_methods_free: bool,
    pub can_become_a_plan: bool,
    pub observable: bool,
    pub drives_growth: bool,
}

impl GoalChecks {
    pub const COUNT: usize = 5;

    pub fn get(&self, i: usize) -> bool {
        match i {
            0 => self.motivates_from_within,
            1 => self.leaves_methods_free,
            2 => self.can_become_a_plan,
            3 => self.observable,
            _ => self.drives_growth,
        }
    }

    pub fn toggle(&mut self, i: usize) {
        let slot = match i {
            0 => &mut self.motivates_from_within,
            1 => &mut self.leaves_methods_free,
            2 => &mut self.can_become_a_plan,
            3 => &mut self.observable,
            _ => &mut self.drives_growth,
        };
        *slot = !*slot;
    }

    pub fn ticked(&self) -> usize {
        (0..Self::COUNT).filter(|&i| self.get(i)).count()
    }
}

/// The rules for a research question; the group ticks them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct QuestionChecks {
    pub single: bool,
    pub short: bool,
    pub clear: bool,
    pub answer_wanted: bool,
}

impl QuestionChecks {
    pub const COUNT: usize = 4;

    pub fn get(&self, i: usize) -> bool {
        match i {
            0 => self.single,
            1 => self.short,
            2 => self.clear,
            _ => self.answer_wanted,
        }
    }

    pub fn toggle(&mut self, i: usize) {
        let slot = match i {
            0 => &mut self.single,
            1 => &mut self.short,
            2 => &mut self.clear,
            _ => &mut self.answer_wanted,
        };
        *slot = !*slot;
    }

    pub fn ticked(&self) -> usize {
        (0..Self::COUNT).filter(|&i| self.get(i)).count()
    }
}

/// An obvious miss the app can see in the text itself; the finer judgement
/// stays with the group's checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextFlag {
    Empty,
    /// More than one question mark: probably more than one question.
    SeveralQuestions(usize),
    NoQuestionMark,
    /// Word count above the limit.
    TooLong {
        words: usize,
        limit: usize,
    },
    /// A goal phrased as a question.
    GoalIsQuestion,
}

pub const QUESTION_WORD_LIMIT: usize = 25;
pub const GOAL_WORD_LIMIT: usize = 40;

pub fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

pub fn question_flags(question: &str) -> Vec<TextFlag> {
    let q = question.trim();
    if q.is_empty() {
        return vec![TextFlag::Empty];
    }
    let mut flags = Vec::new();
    let marks = q.chars().filter(|&c| c == '?' || c == '？').count();
    if marks > 1 {
        flags.push(TextFlag::SeveralQuestions(marks));
    } else if marks == 0 {
        flags.push(TextFlag::NoQuestionMark);
    }
    let words = word_count(q);
    if words > QUESTION_WORD_LIMIT {
        flags.push(TextFlag::TooLong {
            words,
            limit: QUESTION_WORD_LIMIT,
        });
    }
    flags
}

pub fn goal_flags(goal: &str) -> Vec<TextFlag> {
    let g = goal.trim();
    if g.is_empty() {
        return vec![TextFlag::Empty];
    }
    let mut flags = Vec::new();
    if g.ends_with('?') {
        flags.push(TextFlag::GoalIsQuestion);
    }
    let words = word_count(g);
    if words > GOAL_WORD_LIMIT {
        flags.push(TextFlag::TooLong {
            words,
            limit: GOAL_WORD_LIMIT,
        });
    }
    flags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn innovation_level_accepts_one_to_five_only() {
        assert!(InnovationLevel::new(0).is_err());
        assert!(InnovationLevel::new(6).is_err());
        for l in 1..=5 {
            assert_eq!(InnovationLevel::new(l).map(|l| l.get()), Ok(l));
        }
        let mut card = ProjectCard::default();
        assert_eq!(
            card.set_innovation_level(9),
            Err(DomainError::InnovationLevel(9))
        );
        assert_eq!(card.innovation_level.get(), 1);
    }

    #[test]
    fn ar_model_follows_level_unless_chosen() {
        let mut card = ProjectCard::default();
        assert_eq!(card.effective_ar_model(), ArModel::Practical);
        card.set_innovation_level(2).unwrap();
        assert_eq!(card.effective_ar_model(), ArModel::Technical);
        for l in 3..=5 {
            card.set_innovation_level(l).unwrap();
            assert_eq!(card.effective_ar_model(), ArModel::Emancipatory);
        }
        card.ar_model = Some(ArModel::Practical);
        assert_eq!(card.effective_ar_model(), ArModel::Practical);
    }

    #[test]
    fn question_flags_catch_obvious_misses() {
        assert_eq!(question_flags("  "), vec![TextFlag::Empty]);
        assert_eq!(
            question_flags("Kateri je skupni cilj dejavnikov pouka?"),
            vec![]
        );
        assert_eq!(
            question_flags("Kaj? In zakaj?"),
            vec![TextFlag::SeveralQuestions(2)]
        );
        assert_eq!(
            question_flags("Skupni cilj dejavnikov pouka"),
            vec![TextFlag::NoQuestionMark]
        );
        let long = format!("{}?", "beseda ".repeat(40));
        assert_eq!(
            question_flags(&long),
            vec![TextFlag::TooLong {
                words: 40,
                limit: QUESTION_WORD_LIMIT
            }]
        );
    }

    #[test]
    fn goal_flags_catch_questions_and_length() {
        assert_eq!(goal_flags(""), vec![TextFlag::Empty]);
        assert_eq!(goal_flags("Vsi udeleženci se razvijajo."), vec![]);
        assert_eq!(
            goal_flags("Ali se razvijamo?"),
            vec![TextFlag::GoalIsQuestion]
        );
        let long = "slovo ".repeat(41);
        assert_eq!(
            goal_flags(&long),
            vec![TextFlag::TooLong {
                words: 41,
                limit: GOAL_WORD_LIMIT
            }]
        );
    }

    #[test]
    fn word_count_ignores_punctuation_tokens() {
        assert_eq!(word_count("Kaj — in zakaj ?"), 3);
    }

    #[test]
    fn checklists_toggle_and_count() {
        let mut g = GoalChecks::default();
        g.toggle(0);
        g.toggle(4);
        assert_eq!(g.ticked(), 2);
        assert!(g.get(4) && !g.get(1));
        let mut q = QuestionChecks::default();
        q.toggle(3);
        q.toggle(3);
        assert_eq!(q.ticked(), 0);
    }
}
