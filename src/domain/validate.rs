//! Whole-workshop consistency: unique ids, links that point somewhere, values
//! that fit their units, cycles that do not overlap. Run on every load, so a
//! hand-edited file with a broken link is reported rather than half-opened.

use std::collections::HashSet;

use super::{
    Author, DomainError, Id, Workshop, cycles, indicators::Responsible, plans::PlanAction,
};

impl Workshop {
    /// Every rule the file breaks; empty when it is consistent.
    pub fn validate(&self) -> Vec<DomainError> {
        let mut errors = Vec::new();
        let mut seen = HashSet::new();
        for id in self.all_ids() {
            if !seen.insert(id) {
                errors.push(DomainError::DuplicateId(id.0));
            }
        }
        let members: HashSet<Id> = self.team.iter().map(|m| m.id).collect();
        let mut need = |what: &str, id: Id, pool: &HashSet<Id>| {
            if !pool.contains(&id) {
                errors.push(DomainError::DanglingRef {
                    what: what.to_string(),
                    id: id.0,
                });
            }
        };
        let clusters: HashSet<Id> = self.diagnosis.clusters.iter().map(|c| c.id).collect();
        let mut vote_targets: HashSet<Id> = self.diagnosis.items.iter().map(|i| i.id).collect();
        vote_targets.extend(clusters.iter().copied());
        for item in &self.diagnosis.items {
            if let Author::Member(m) = item.author {
                need("a diagnosis item's author", m, &members);
            }
            if let Some(c) = item.cluster {
                need("a diagnosis item's cluster", c, &clusters);
            }
        }
        for v in &self.diagnosis.votes {
            need("a vote's voter", v.voter, &members);
            need("a vote's target", v.target, &vote_targets);
        }
        let indicators: HashSet<Id> = self.monitoring.indicators().map(|i| i.id).collect();
        let cycle_ids: HashSet<Id> = self.cycles.iter().map(|c| c.id).collect();
        let mut origins = vote_targets.clone();
        origins.extend(self.plans.all().map(|a| a.id));
        origins.extend(
            self.cycles
                .iter()
                .flat_map(|c| c.disruptions.iter().map(|d| d.id)),
        );
        let actions: HashSet<Id> = self.plans.all().map(|a| a.id).collect();
        for a in self.plans.all() {
            check_action(a, &mut need, &members, &indicators, &cycle_ids, &origins);
        }
        for c in &self.cycles {
            if let Some(f) = c.follows {
                need("a cycle's predecessor", f, &cycle_ids);
            }
            for d in &c.disruptions {
                if let Some(a) = d.action {
                    need("a disruption's action", a, &actions);
                }
            }
        }
        let periods: HashSet<Id> = self.monitoring.periods.iter().map(|p| p.id).collect();
        let groups: HashSet<Id> = self.monitoring.groups.iter().map(|g| g.id).collect();
        let procedures: HashSet<Id> = self.project.procedures.iter().map(|p| p.id).collect();
        for p in &self.project.procedures {
            if let Responsible::Member(m) = p.responsible {
                need("a procedure's responsible person", m, &members);
            }
        }
        for c in &self.monitoring.control {
            need("a control's period", c.period, &periods);
            if let Some(p) = c.procedure {
                need("a control's procedure", p, &procedures);
            }
            if let Responsible::Member(m) = c.responsible {
                need("a control's responsible person", m, &members);
            }
        }
        let mut value_errors = Vec::new();
        for ind in self.monitoring.indicators() {
            if let Responsible::Member(m) = ind.plan.responsible {
                need("a monitoring plan's responsible person", m, &members);
            }
            if let Some(p) = ind.procedure {
                need("an indicator's procedure", p, &procedures);
            }
            for m in &ind.measurements {
                need("a measurement's period", m.period, &periods);
                if let Some(g) = m.group {
                    need("a measurement's group", g, &groups);
                }
                if let Err(e) = ind.check(m.value) {
                    value_errors.push(e);
                }
            }
            if let Some(r) = ind.reference
                && let Err(e) = super::indicators::check_number(ind.unit, r)
            {
                value_errors.push(e);
            }
        }
        for s in &self.sessions {
            if let Some(f) = s.facilitator {
                need("a session's facilitator", f, &members);
            }
            for a in &s.attendees {
                need("a session's attendee", *a, &members);
            }
            if let Some(c) = s.cycle {
                need("a session's cycle", c, &cycle_ids);
            }
        }
        errors.extend(value_errors);
        for c in &self.cycles {
            if let Err(e) = cycles::check_period(c.start, c.end) {
                errors.push(e);
            }
        }
        if let Err(e) = cycles::check_no_overlap(&self.cycles) {
            errors.push(e);
        }
        let limit = usize::from(self.diagnosis.votes_per_member);
        for m in &self.team {
            if self.diagnosis.votes_of(m.id) > limit {
                errors.push(DomainError::NoVotesLeft {
                    voter: m.name.clone(),
                    limit: self.diagnosis.votes_per_member,
                });
            }
        }
        errors
    }
}

fn check_action(
    a: &PlanAction,
    need: &mut impl FnMut(&str, Id, &HashSet<Id>),
    members: &HashSet<Id>,
    indicators: &HashSet<Id>,
    cycles: &HashSet<Id>,
    origins: &HashSet<Id>,
) {
    if let Some(w) = a.who {
        need("an action's owner", w, members);
    }
    if let Some(i) = a.indicator {
        need("an action's indicator", i, indicators);
    }
    if let Some(c) = a.cycle {
        need("an action's cycle", c, cycles);
    }
    if let Some(o) = a.origin {
        need("an action's origin", o, origins);
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::domain::{
        Category, Cycle, DiagnosisItem, Language, Member, Role,
        indicators::{Criterion, Indicator, Measurement, MonitoringPlan, PeriodDef, Unit, Value},
    };

    fn base() -> Workshop {
        let mut w = Workshop::new("T", Language::En);
        w.team.push(Member::new(Id(1), "Ana", Role::Teacher));
        w
    }

    #[test]
    fn a_fresh_workshop_is_valid() {
        assert!(Workshop::new("x", Language::Sl).validate().is_empty());
        assert!(base().validate().is_empty());
    }

    #[test]
    fn duplicate_ids_are_reported() {
        let mut w = base();
        w.team.push(Member::new(Id(1), "Bor", Role::Parent));
        assert_eq!(w.validate(), vec![DomainError::DuplicateId(1)]);
    }

    #[test]
    fn dangling_links_are_reported() {
        let mut w = base();
        w.diagnosis.items.push(DiagnosisItem {
            id: Id(2),
            category: Category::Curiosity,
            text: "x".into(),
            author: Author::Member(Id(99)),
            cluster: None,
            private: false,
        });
        assert_eq!(
            w.validate(),
            vec![DomainError::DanglingRef {
                what: "a diagnosis item's author".into(),
                id: 99
            }]
        );
    }

    #[test]
    fn measurements_are_checked_against_units() {
        let mut w = base();
        w.monitoring.periods.push(PeriodDef {
            id: Id(3),
            label: "T1".into(),
            school_year: String::new(),
            kind: None,
        });
        w.monitoring.criteria.push(Criterion {
            id: Id(4),
            name: "C".into(),
            indicators: vec![Indicator {
                id: Id(5),
                name: "I".into(),
                unit: Unit::Share,
                direction: Default::default(),
                reference: Some(120.0),
                plan: MonitoringPlan::default(),
                measurements: vec![Measurement {
                    period: Id(3),
                    group: None,
                    value: Value::Number(101.0),
                }],
                key: false,
                procedure: None,
            }],
        });
        let errs = w.validate();
        assert!(errs.contains(&DomainError::ShareOutOfRange(101.0)));
        assert!(errs.contains(&DomainError::ShareOutOfRange(120.0)));
    }

    #[test]
    fn overlapping_cycles_are_reported() {
        let d = |m| NaiveDate::from_ymd_opt(2025, m, 1).unwrap();
        let mut w = base();
        w.cycles.push(Cycle::new(Id(2), "A", d(9), d(11)).unwrap());
        w.cycles.push(Cycle::new(Id(3), "B", d(10), d(12)).unwrap());
        assert_eq!(
            w.validate(),
            vec![DomainError::CyclesOverlap("A".into(), "B".into())]
        );
    }

    #[test]
    fn too_many_votes_are_reported() {
        let mut w = base();
        w.diagnosis.votes_per_member = 1;
        w.diagnosis.items.push(DiagnosisItem {
            id: Id(2),
            category: Category::Curiosity,
            text: "x".into(),
            author: Author::Group,
            cluster: None,
            private: false,
        });
        for _ in 0..2 {
            w.diagnosis.votes.push(crate::domain::Vote {
                voter: Id(1),
                target: Id(2),
            });
        }
        assert_eq!(w.validate().len(), 1);
    }
}
