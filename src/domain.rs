//! The workshop model and the method's rules, in plain Rust.
//! Nothing here knows about terminals, files or the clock: time and ids come in
//! as arguments so that every rule is deterministic and testable.

pub mod cycles;
pub mod dashboard;
pub mod dates;
pub mod diagnosis;
pub mod edit;
pub mod indicators;
pub mod plans;
pub mod portfolio;
pub mod project;
pub mod regulation;
pub mod sessions;
pub mod spiral;
pub mod team;
pub mod validate;

use serde::{Deserialize, Serialize};

pub use cycles::{Cycle, Disruption, GoalTier, Phase, PhaseRecord, PhaseStatus, Pitfall};
pub use diagnosis::{Author, Category, Cluster, Diagnosis, DiagnosisItem, Vote};
pub use edit::{Edit, VecEdit};
pub use indicators::{Criterion, Indicator, Measurement, Monitoring, Value};
pub use plans::{ActionStatus, PlanAction, PlanKind, Plans, ProblemSteps};
pub use project::{ArModel, InnovationLevel, ProjectCard, ProjectKind, ResearchArea};
pub use sessions::{LogEntry, LogKind, SessionKind, SessionRecord, Step};
pub use team::{Member, Role};

/// The file format version this build writes and reads natively.
pub const FORMAT_VERSION: u32 = 2;

/// A stable identifier, unique within one workshop across all kinds of things,
/// so that links (an action to its diagnosis item, a measurement to its period)
/// survive reordering and hand edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Id(pub u32);

/// The languages the app speaks; a workshop also remembers its own language
/// (used for reports and as a default for the interface).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Language {
    #[default]
    #[serde(rename = "en")]
    En,
    #[serde(rename = "sl")]
    Sl,
    #[serde(rename = "ru")]
    Ru,
}

impl Language {
    pub const ALL: [Language; 3] = [Language::En, Language::Sl, Language::Ru];

    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Sl => "sl",
            Language::Ru => "ru",
        }
    }

    /// Accepts "sl", "sl_SI.UTF-8", "ru-RU", "EN" ...
    pub fn from_code(code: &str) -> Option<Language> {
        let head: String = code
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect::<String>()
            .to_ascii_lowercase();
        match head.as_str() {
            "en" => Some(Language::En),
            "sl" => Some(Language::Sl),
            "ru" => Some(Language::Ru),
            _ => None,
        }
    }
}

/// Why an operation on the model was refused. Each variant is a rule of the method
/// or of plain data sanity; the interface translates them.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum DomainError {
    #[error("innovation level must be 1 to 5, got {0}")]
    InnovationLevel(u8),
    #[error("a share must be between 0 and 100, got {0}")]
    ShareOutOfRange(f64),
    #[error("a value must be a finite number")]
    NotFinite,
    #[error("a count cannot be negative, got {0}")]
    NegativeCount(f64),
    #[error("a part ({part}) cannot exceed its whole ({whole})")]
    PartExceedsWhole { part: u32, whole: u32 },
    #[error("a yes/no indicator takes 0 or 1, got {0}")]
    NotYesNo(f64),
    #[error("not a date: {0:?} (use dd.mm.yyyy or yyyy-mm-dd)")]
    BadDate(String),
    #[error("a count takes whole numbers, not {0}")]
    CountNotWhole(f64),
    #[error("counts like 23/118 are for shares only")]
    RatioNotShare,
    #[error("a period must not end ({end}) before it starts ({start})")]
    PeriodReversed { start: String, end: String },
    #[error("cycle periods overlap: {0:?} and {1:?}")]
    CyclesOverlap(String, String),
    #[error("a name or text must not be empty")]
    EmptyText,
    #[error("id {0} is used more than once")]
    DuplicateId(u32),
    #[error("{what} refers to id {id}, which does not exist")]
    DanglingRef { what: String, id: u32 },
    #[error("{voter} has no votes left ({limit} per member)")]
    NoVotesLeft { voter: String, limit: u8 },
    #[error("nothing at position {0}")]
    NoSuchIndex(usize),
    #[error("the file format version {0} is unknown")]
    UnknownVersion(u32),
}

/// The practice a workshop follows (`shared/domain/METHOD.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Method {
    /// The Slovenian innovation project: card, diagnosis, plans, cycles on
    /// the spiral, indicators as evidence.
    #[default]
    Innovation,
    /// The Russian quality monitoring (СОКО): objects, criteria and
    /// indicators, the monitoring plan, periods, the regulation's documents.
    Monitoring,
}

impl Method {
    pub const ALL: [Method; 2] = [Method::Innovation, Method::Monitoring];

    pub fn code(self) -> &'static str {
        match self {
            Method::Innovation => "innovation",
            Method::Monitoring => "monitoring",
        }
    }
}

/// One workshop: a project or a school's monitoring, with everything the
/// team does in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Workshop {
    pub version: u32,
    pub title: String,
    pub language: Language,
    /// Kept in the file; a file without it is an innovation project.
    #[serde(skip_serializing_if = "is_innovation")]
    pub method: Method,
    pub project: ProjectCard,
    pub team: Vec<Member>,
    pub diagnosis: Diagnosis,
    pub plans: Plans,
    pub cycles: Vec<Cycle>,
    pub monitoring: Monitoring,
    pub sessions: Vec<SessionRecord>,
}

fn is_innovation(m: &Method) -> bool {
    *m == Method::Innovation
}

impl Default for Workshop {
    fn default() -> Self {
        Workshop {
            version: FORMAT_VERSION,
            title: String::new(),
            language: Language::En,
            method: Method::Innovation,
            project: ProjectCard::default(),
            team: Vec::new(),
            diagnosis: Diagnosis::default(),
            plans: Plans::default(),
            cycles: Vec::new(),
            monitoring: Monitoring::default(),
            sessions: Vec::new(),
        }
    }
}

impl Workshop {
    pub fn new(title: &str, language: Language) -> Workshop {
        Workshop {
            title: title.trim().to_string(),
            language,
            ..Workshop::default()
        }
    }

    /// A new workshop of a method.
    pub fn with_method(title: &str, language: Language, method: Method) -> Workshop {
        Workshop {
            method,
            ..Workshop::new(title, language)
        }
    }

    /// Every id in use, in no particular order.
    pub fn all_ids(&self) -> Vec<Id> {
        let mut ids: Vec<Id> = Vec::new();
        ids.extend(self.project.calendar.iter().map(|a| a.id));
        ids.extend(self.project.procedures.iter().map(|p| p.id));
        ids.extend(self.project.levels.iter().map(|l| l.id));
        ids.extend(self.project.dissemination.iter().map(|d| d.id));
        ids.extend(self.monitoring.control.iter().map(|c| c.id));
        ids.extend(self.team.iter().map(|m| m.id));
        ids.extend(self.diagnosis.items.iter().map(|i| i.id));
        ids.extend(self.diagnosis.clusters.iter().map(|c| c.id));
        ids.extend(self.plans.all().map(|a| a.id));
        for c in &self.cycles {
            ids.push(c.id);
            ids.extend(c.disruptions.iter().map(|d| d.id));
        }
        ids.extend(self.monitoring.periods.iter().map(|p| p.id));
        ids.extend(self.monitoring.groups.iter().map(|g| g.id));
        for c in &self.monitoring.criteria {
            ids.push(c.id);
            ids.extend(c.indicators.iter().map(|i| i.id));
        }
        ids.extend(self.sessions.iter().map(|s| s.id));
        ids
    }

    /// The next free id: one above the largest in use. Computed rather than
    /// stored, so a hand-edited file can never carry a stale counter.
    pub fn fresh_id(&self) -> Id {
        Id(self.all_ids().iter().map(|i| i.0).max().unwrap_or(0) + 1)
    }

    pub fn member(&self, id: Id) -> Option<&Member> {
        self.team.iter().find(|m| m.id == id)
    }

    pub fn member_index(&self, id: Id) -> Option<usize> {
        self.team.iter().position(|m| m.id == id)
    }
}

/// Trims and refuses an empty name.
pub fn non_empty(text: &str) -> Result<String, DomainError> {
    let t = text.trim();
    if t.is_empty() {
        Err(DomainError::EmptyText)
    } else {
        Ok(t.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_codes_parse_from_locale_strings() {
        assert_eq!(Language::from_code("sl_SI.UTF-8"), Some(Language::Sl));
        assert_eq!(Language::from_code("ru-RU"), Some(Language::Ru));
        assert_eq!(Language::from_code("EN"), Some(Language::En));
        assert_eq!(Language::from_code("de_DE"), None);
        assert_eq!(Language::from_code(""), None);
    }

    #[test]
    fn fresh_id_is_above_every_id_in_use() {
        let mut w = Workshop::new("T", Language::Sl);
        assert_eq!(w.fresh_id(), Id(1));
        w.team.push(Member::new(Id(7), "Ana", Role::Teacher));
        w.monitoring.groups.push(indicators::Group {
            id: Id(12),
            name: "5.a".into(),
            teacher: None,
            scope: None,
        });
        assert_eq!(w.fresh_id(), Id(13));
    }

    #[test]
    fn empty_names_are_refused() {
        assert_eq!(non_empty("   "), Err(DomainError::EmptyText));
        assert_eq!(non_empty(" Ana "), Ok("Ana".to_string()));
    }
}
