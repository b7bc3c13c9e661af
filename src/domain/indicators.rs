//! Internal quality monitoring: criteria with indicators, their monitoring plans,
//! and measurements per period and group; the derived gap and status.

use serde::{Deserialize, Serialize};

use super::{DomainError, Id};

pub mod import;
mod rows;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Monitoring {
    /// Periods in chronological order (e.g. school year and term).
    pub periods: Vec<PeriodDef>,
    /// Groups compared side by side (classes, year groups).
    pub groups: Vec<Group>,
    pub criteria: Vec<Criterion>,
    /// The plan of internal control (ВШК): the procedures in the periods.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub control: Vec<super::regulation::ControlItem>,
    /// Within this many percent of the reference level counts as "close".
    pub close_threshold: f64,
}

impl Default for Monitoring {
    fn default() -> Self {
        Monitoring {
            periods: Vec::new(),
            groups: Vec::new(),
            criteria: Vec::new(),
            control: Vec::new(),
            close_threshold: 10.0,
        }
    }
}

impl Monitoring {
    pub fn indicators(&self) -> impl Iterator<Item = &Indicator> {
        self.criteria.iter().flat_map(|c| c.indicators.iter())
    }

    /// The entries of a period's plan of internal control, as positions in
    /// `control`, in the order of their dates (undated last, then as entered).
    pub fn plan_of(&self, period: Id) -> Vec<usize> {
        self.plan_where(|p| p == period)
    }

    /// The entries of the periods chosen, in the order of their dates.
    pub fn plan_where(&self, period: impl Fn(Id) -> bool) -> Vec<usize> {
        let mut v: Vec<usize> = (0..self.control.len())
            .filter(|&i| period(self.control[i].period))
            .collect();
        v.sort_by_key(|&i| (self.control[i].due.is_none(), self.control[i].due));
        v
    }

    /// Whether a group is a figure from outside the school (municipal,
    /// regional) rather than one of its classes.
    pub fn is_outside(&self, group: Id) -> bool {
        self.groups
            .iter()
            .any(|g| g.id == group && g.scope.is_some())
    }
}

impl super::Workshop {
    /// Whether a member enters this value: the indicator is theirs (the
    /// monitoring plan names them, or a role they hold), or the group is
    /// (its teacher).
    pub fn enters(&self, member: Id, ind: &Indicator, group: Option<Id>) -> bool {
        let theirs = match ind.plan.responsible {
            Responsible::Member(m) => m == member,
            Responsible::Role(r) => self.member(member).is_some_and(|m| m.role == r),
            Responsible::Person(_) | Responsible::Unassigned => false,
        };
        theirs
            || group.is_some_and(|g| {
                self.monitoring
                    .groups
                    .iter()
                    .any(|x| x.id == g && x.teacher == Some(member))
            })
    }

    /// The groups (`None`: the whole school) where a member enters anything.
    pub fn groups_of(&self, member: Id) -> Vec<Option<Id>> {
        let m = &self.monitoring;
        std::iter::once(None)
            .chain(m.groups.iter().map(|g| Some(g.id)))
            .filter(|g| m.indicators().any(|i| self.enters(member, i, *g)))
            .collect()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PeriodDef {
    pub id: Id,
    pub label: String,
    /// The school year it belongs to, e.g. "2024/25": periods with the same
    /// label in different years are compared across years.
    #[serde(default)]
    pub school_year: String,
    /// Year, half-year, quarter or trimester.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<super::regulation::PeriodKind>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub id: Id,
    pub name: String,
    /// Who enters this group's values in the room (a class's teacher).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub teacher: Option<Id>,
    /// A municipal or regional figure to compare with: entered like a class,
    /// never counted into the school's values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<super::regulation::Scope>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub indicators: Vec<Indicator>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub id: Id,
    pub name: String,
    pub unit: Unit,
    #[serde(default)]
    pub direction: Direction,
    /// The reference (target) level.
    #[serde(default)]
    pub reference: Option<f64>,
    #[serde(default)]
    pub plan: MonitoringPlan,
    #[serde(default)]
    pub measurements: Vec<Measurement>,
    /// One of the regulation's key indicators (ключевой показатель).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub key: bool,
    /// The procedure (of the card's) that yields this indicator.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub procedure: Option<Id>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Unit {
    /// A share in percent, 0–100.
    Share,
    Count,
    Score,
    YesNo,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Direction {
    #[default]
    HigherIsBetter,
    LowerIsBetter,
}

/// A measured value. A share may be kept as its counts (23 of 118) so that the
/// percentage is derived and never typed twice.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum Value {
    Number(f64),
    Ratio(u32, u32),
}

impl Value {
    /// The value as a number; a ratio becomes a percentage. `None` for 0 of 0.
    pub fn number(self) -> Option<f64> {
        match self {
            Value::Number(x) => Some(x),
            Value::Ratio(_, 0) => None,
            Value::Ratio(part, whole) => Some(f64::from(part) * 100.0 / f64::from(whole)),
        }
    }
}

/// Written as a short row, `(period, group, value)`: see `rows`.
#[derive(Debug, Clone, PartialEq)]
pub struct Measurement {
    pub period: Id,
    /// `None`: the whole school (or the only group).
    pub group: Option<Id>,
    pub value: Value,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MonitoringPlan {
    pub object: String,
    pub periodicity: Periodicity,
    pub responsible: Responsible,
    pub method: Method,
    pub source: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Periodicity {
    Continuous,
    Monthly,
    #[default]
    Termly,
    Yearly,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Responsible {
    #[default]
    Unassigned,
    Member(Id),
    Person(String),
    /// Whoever holds a role on the team (a monitoring's deputy head, …).
    Role(super::Role),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Method {
    ExpertRating,
    Test,
    Questionnaire,
    Ranking,
    ControlWork,
    #[default]
    Statistics,
    Observation,
}

/// How an indicator stands against its reference level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    OnTarget,
    Close,
    Off,
}

impl Indicator {
    /// Checks that a value fits the indicator's unit.
    pub fn check(&self, value: Value) -> Result<(), DomainError> {
        match value {
            Value::Ratio(part, whole) if part > whole => {
                Err(DomainError::PartExceedsWhole { part, whole })
            }
            Value::Ratio(..) => Ok(()),
            Value::Number(x) => check_number(self.unit, x),
        }
    }

    /// Records (or replaces) the value for a period and group.
    pub fn record(
        &mut self,
        period: Id,
        group: Option<Id>,
        value: Value,
    ) -> Result<(), DomainError> {
        self.check(value)?;
        match self
            .measurements
            .iter_mut()
            .find(|m| m.period == period && m.group == group)
        {
            Some(m) => m.value = value,
            None => self.measurements.push(Measurement {
                period,
                group,
                value,
            }),
        }
        Ok(())
    }

    /// Removes the value for a period and group ("no value"); returns what was there.
    pub fn clear(&mut self, period: Id, group: Option<Id>) -> Option<Value> {
        let i = self
            .measurements
            .iter()
            .position(|m| m.period == period && m.group == group)?;
        Some(self.measurements.remove(i).value)
    }

    pub fn value_at(&self, period: Id, group: Option<Id>) -> Option<f64> {
        self.measurements
            .iter()
            .find(|m| m.period == period && m.group == group)
            .and_then(|m| m.value.number())
    }

    /// Signed distance to the reference level, positive when better than it.
    pub fn gap(&self, actual: f64) -> Option<f64> {
        let reference = self.reference?;
        Some(match self.direction {
            Direction::HigherIsBetter => actual - reference,
            Direction::LowerIsBetter => reference - actual,
        })
    }

    /// On target, close (within `threshold` percent of the reference), or off.
    pub fn standing(&self, actual: f64, threshold_percent: f64) -> Option<Standing> {
        let gap = self.gap(actual)?;
        let reference = self.reference?;
        let tolerance = (reference.abs() * threshold_percent / 100.0).max(f64::EPSILON);
        Some(if gap >= 0.0 {
            Standing::OnTarget
        } else if -gap <= tolerance {
            Standing::Close
        } else {
            Standing::Off
        })
    }
}

/// A typed value for a unit: decimal comma or point; "23/118" for counts of a
/// share; empty means no value.
pub fn parse_value(text: &str, unit: Unit) -> Result<Option<Value>, DomainError> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    if let Some((a, b)) = t.split_once('/') {
        if unit != Unit::Share {
            return Err(DomainError::RatioNotShare);
        }
        let n = |s: &str| s.trim().parse::<u32>().map_err(|_| DomainError::NotFinite);
        return Ok(Some(Value::Ratio(n(a)?, n(b)?)));
    }
    let lowered = t.to_lowercase();
    if unit == Unit::YesNo {
        if ["yes", "da", "да", "y", "d"].contains(&lowered.as_str()) {
            return Ok(Some(Value::Number(1.0)));
        }
        if ["no", "ne", "нет", "n"].contains(&lowered.as_str()) {
            return Ok(Some(Value::Number(0.0)));
        }
    }
    let x: f64 = t
        .trim_end_matches('%')
        .trim()
        .replace(',', ".")
        .parse()
        .map_err(|_| DomainError::NotFinite)?;
    check_number(unit, x)?;
    if unit == Unit::Count && x.fract() != 0.0 {
        return Err(DomainError::CountNotWhole(x));
    }
    Ok(Some(Value::Number(x)))
}

pub fn check_number(unit: Unit, x: f64) -> Result<(), DomainError> {
    if !x.is_finite() {
        return Err(DomainError::NotFinite);
    }
    match unit {
        Unit::Share if !(0.0..=100.0).contains(&x) => Err(DomainError::ShareOutOfRange(x)),
        Unit::Count if x < 0.0 => Err(DomainError::NegativeCount(x)),
        Unit::YesNo if x != 0.0 && x != 1.0 => Err(DomainError::NotYesNo(x)),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn share(reference: f64, direction: Direction) -> Indicator {
        Indicator {
            id: Id(1),
            name: "Delež".into(),
            unit: Unit::Share,
            direction,
            reference: Some(reference),
            plan: MonitoringPlan::default(),
            measurements: Vec::new(),
            key: false,
            procedure: None,
        }
    }

    #[test]
    fn shares_stay_between_0_and_100() {
        let i = share(50.0, Direction::HigherIsBetter);
        assert!(i.check(Value::Number(100.0)).is_ok());
        assert!(i.check(Value::Number(0.0)).is_ok());
        assert_eq!(
            i.check(Value::Number(100.5)),
            Err(DomainError::ShareOutOfRange(100.5))
        );
        assert!(i.check(Value::Number(-1.0)).is_err());
    }

    #[test]
    fn numbers_must_be_finite() {
        for unit in [Unit::Share, Unit::Count, Unit::Score, Unit::YesNo] {
            assert_eq!(check_number(unit, f64::NAN), Err(DomainError::NotFinite));
            assert_eq!(
                check_number(unit, f64::INFINITY),
                Err(DomainError::NotFinite)
            );
        }
    }

    #[test]
    fn counts_are_not_negative_and_yes_no_is_binary() {
        assert!(check_number(Unit::Count, -2.0).is_err());
        assert!(check_number(Unit::Count, 0.0).is_ok());
        assert!(check_number(Unit::Score, -2.0).is_ok());
        assert!(check_number(Unit::YesNo, 0.5).is_err());
        assert!(check_number(Unit::YesNo, 1.0).is_ok());
    }

    #[test]
    fn ratios_derive_the_share() {
        assert_eq!(
            Value::Ratio(23, 118).number().map(|x| (x * 10.0).round()),
            Some(195.0)
        );
        assert_eq!(Value::Ratio(0, 0).number(), None);
        let i = share(50.0, Direction::HigherIsBetter);
        assert_eq!(
            i.check(Value::Ratio(5, 3)),
            Err(DomainError::PartExceedsWhole { part: 5, whole: 3 })
        );
    }

    #[test]
    fn record_replaces_and_clear_removes() {
        let mut i = share(50.0, Direction::HigherIsBetter);
        i.record(Id(5), None, Value::Number(40.0)).unwrap();
        i.record(Id(5), None, Value::Number(45.0)).unwrap();
        i.record(Id(5), Some(Id(9)), Value::Number(30.0)).unwrap();
        assert_eq!(i.measurements.len(), 2);
        assert_eq!(i.value_at(Id(5), None), Some(45.0));
        assert!(i.record(Id(6), None, Value::Number(140.0)).is_err());
        assert_eq!(i.measurements.len(), 2);
        assert_eq!(i.clear(Id(5), Some(Id(9))), Some(Value::Number(30.0)));
        assert_eq!(i.value_at(Id(5), Some(Id(9))), None);
    }

    #[test]
    fn gap_and_standing_follow_the_direction() {
        let up = share(80.0, Direction::HigherIsBetter);
        assert_eq!(up.gap(70.0), Some(-10.0));
        assert_eq!(up.standing(85.0, 10.0), Some(Standing::OnTarget));
        assert_eq!(up.standing(75.0, 10.0), Some(Standing::Close));
        assert_eq!(up.standing(60.0, 10.0), Some(Standing::Off));
        let down = share(5.0, Direction::LowerIsBetter);
        assert_eq!(down.gap(3.0), Some(2.0));
        assert_eq!(down.standing(3.0, 10.0), Some(Standing::OnTarget));
        assert_eq!(down.standing(9.0, 10.0), Some(Standing::Off));
        let mut none = share(1.0, Direction::HigherIsBetter);
        none.reference = None;
        assert_eq!(none.standing(3.0, 10.0), None);
    }
}
