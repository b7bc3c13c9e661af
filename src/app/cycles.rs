//! Screen 5, the action-research cycles: planning the year, the four phases of
//! each cycle, its data and the second reflection workshop, disruptions whose
//! remedies become actions of the next cycle, and follow-up cycles.

use chrono::{Datelike, Days, NaiveDate};

use super::form::{Form, FormField, FormKind};
use super::keymap::Action;
use super::{App, Env};
use crate::domain::cycles::{SourceKind, check_no_overlap, check_period};
use crate::domain::dates::parse_date;
use crate::domain::{
    Cycle, Edit, GoalTier, Id, Language, Phase, PhaseStatus, VecEdit, Workshop, non_empty,
};
use crate::i18n::{self, T};

mod details;
pub use details::disruption_form;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct CyclesView {
    pub selected: usize,
    pub phase: usize,
}

pub const TIERS: [GoalTier; 3] = [GoalTier::First, GoalTier::Intermediate, GoalTier::Desired];
pub const SOURCE_KINDS: [SourceKind; 7] = [
    SourceKind::Observation,
    SourceKind::Questionnaire,
    SourceKind::Interview,
    SourceKind::Test,
    SourceKind::Artefact,
    SourceKind::SelfAssessment,
    SourceKind::Statistics,
];

pub fn date_text(lang: Language, d: NaiveDate) -> String {
    match lang {
        Language::En => d.format("%Y-%m-%d").to_string(),
        _ => d.format("%d.%m.%Y").to_string(),
    }
}

/// A reversed period told back in the dates as the user typed them.
pub(super) fn as_typed(
    err: crate::domain::DomainError,
    start: &str,
    end: &str,
) -> crate::domain::DomainError {
    match err {
        crate::domain::DomainError::PeriodReversed { .. } => {
            crate::domain::DomainError::PeriodReversed {
                start: start.trim().to_string(),
                end: end.trim().to_string(),
            }
        }
        other => other,
    }
}

fn parse_optional(text: &str) -> Result<Option<NaiveDate>, crate::domain::DomainError> {
    if text.trim().is_empty() {
        Ok(None)
    } else {
        parse_date(text).map(Some)
    }
}

/// Three cycles for the school year starting in September of `year`.
pub fn year_plan(year: i32) -> [(NaiveDate, NaiveDate); 3] {
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default();
    let feb_end = d(year + 1, 3, 1) - Days::new(1);
    [
        (d(year, 9, 15), d(year, 11, 30)),
        (d(year, 12, 1), feb_end),
        (d(year + 1, 3, 1), d(year + 1, 6, 20)),
    ]
}

/// The school year a card names ("2025/26" → 2025), else the one today is in.
pub fn school_year_start(w: &Workshop, today: NaiveDate) -> i32 {
    let digits: String = w
        .project
        .school_year
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    match digits.parse::<i32>() {
        Ok(y) if (1990..2200).contains(&y) => y,
        _ if today.month() >= 8 => today.year(),
        _ => today.year() - 1,
    }
}

impl App {
    fn cycle_index(&self) -> Option<usize> {
        let doc = self.shared.doc.as_ref()?;
        (!doc.workshop.cycles.is_empty())
            .then(|| self.view.cycles.selected.min(doc.workshop.cycles.len() - 1))
    }

    pub(super) fn cycles_action(&mut self, action: Action, env: &Env) {
        let Some(doc) = &self.shared.doc else { return };
        let n = doc.workshop.cycles.len();
        let v = &mut self.view.cycles;
        match action {
            Action::Up => v.selected = v.selected.saturating_sub(1),
            Action::Down => v.selected = (v.selected + 1).min(n.saturating_sub(1)),
            Action::First | Action::PageUp => v.selected = 0,
            Action::Last | Action::PageDown => v.selected = n.saturating_sub(1),
            Action::Left => v.phase = (v.phase + 3) % 4,
            Action::Right => v.phase = (v.phase + 1) % 4,
            Action::Add => {
                let form = self.cycle_form(None, env.now.date());
                self.open_form(form);
            }
            Action::Edit => {
                if let Some(i) = self.cycle_index() {
                    let form = self.cycle_form(Some(i), env.now.date());
                    self.open_form(form);
                }
            }
            Action::Open => self.open_phase_form(),
            Action::Toggle => self.step_phase(env),
            Action::Delete => self.delete_cycle(env),
            Action::PlanYear => self.plan_year(env),
            Action::Workshop => self.open_workshop_form(),
            Action::AddSource => self.open_source_form(),
            Action::AddDisruption => {
                if let Some(i) = self.cycle_index() {
                    self.open_form(disruption_form(
                        self.shared
                            .doc
                            .as_ref()
                            .map_or(Id(0), |d| d.workshop.cycles[i].id),
                    ));
                }
            }
            Action::Remedies => self.remedies_to_next_cycle(env),
            Action::FollowUp => self.follow_up(env),
            Action::CarryOver => self.carry_over(env),
            Action::Pitfalls => self.open_pitfalls_form(),
            Action::RemoveSource | Action::RemoveDisruption => {
                self.remove_last(action == Action::RemoveSource, env)
            }
            _ => {}
        }
    }

    fn cycle_form(&self, i: Option<usize>, today: NaiveDate) -> Form {
        let w = self.shared.doc.as_ref().map(|d| &d.workshop);
        let c = i.and_then(|i| w.and_then(|w| w.cycles.get(i)));
        let n = w.map_or(0, |w| w.cycles.len());
        let (start, end) = match (c, w.and_then(|w| w.cycles.last())) {
            (Some(c), _) => (c.start, c.end),
            (None, Some(last)) => (last.end + Days::new(1), last.end + Days::new(91)),
            (None, None) => (today, today + Days::new(90)),
        };
        let name = c.map_or_else(
            || i18n::tf(self.lang, T::CycleName, &[("n", &(n + 1).to_string())]),
            |c| c.name.clone(),
        );
        let tier = c.map_or(n.min(2), |c| {
            TIERS.iter().position(|t| *t == c.tier).unwrap_or(0)
        });
        let tiers = TIERS
            .iter()
            .map(|t| i18n::tier(self.lang, *t).to_string())
            .collect();
        Form::new(
            c.map_or(FormKind::NewCycle, |c| FormKind::EditCycle(c.id)),
            if c.is_some() {
                T::EditCycle
            } else {
                T::NewCycle
            },
            vec![
                FormField::text(T::FieldName, &name, false),
                FormField::text(T::FieldStart, &date_text(self.lang, start), false),
                FormField::text(T::FieldEnd, &date_text(self.lang, end), false),
                FormField::choice(T::FieldTier, tier, tiers),
                FormField::text(T::FieldCycleGoal, c.map_or("", |c| &c.goal), true),
            ],
        )
    }

    pub(super) fn cycle_form_saved(&mut self, form: &Form, env: &Env) -> bool {
        let parsed = non_empty(form.text(0)).and_then(|name| {
            let start = parse_date(form.text(1))?;
            let end = parse_date(form.text(2))?;
            check_period(start, end).map_err(|e| as_typed(e, form.text(1), form.text(2)))?;
            Ok((name, start, end))
        });
        let Some((name, start, end)) = self.accept(parsed) else {
            return false;
        };
        let Some(doc) = &self.shared.doc else {
            return false;
        };
        let w = &doc.workshop;
        let tier = TIERS[form.choice(3).min(2)];
        let goal = form.text(4).trim().to_string();
        let existing = match form.kind {
            FormKind::EditCycle(id) => w.cycles.iter().position(|c| c.id == id),
            _ => None,
        };
        let mut cycle = match existing {
            Some(i) => w.cycles[i].clone(),
            None => {
                let mut c = Cycle::new(w.fresh_id(), &name, start, end)
                    .unwrap_or_else(|_| w.cycles[0].clone());
                c.follows = w.cycles.last().map(|l| l.id);
                c
            }
        };
        cycle.name = name;
        cycle.start = start;
        cycle.end = end;
        cycle.tier = tier;
        cycle.goal = goal;
        // Cycles stay in time order; a changed period may move one.
        let mut list = w.cycles.clone();
        if let Some(i) = existing {
            list.remove(i);
        }
        let at = list
            .iter()
            .position(|c| c.start > cycle.start)
            .unwrap_or(list.len());
        list.insert(at, cycle.clone());
        if let Err(e) = check_no_overlap(&list) {
            self.refuse(&e);
            return false;
        }
        let edit = match existing {
            Some(i) if i == at => Edit::cycle(VecEdit::Replace(i, cycle)),
            Some(i) => Edit::Batch(vec![
                Edit::cycle(VecEdit::Remove(i)),
                Edit::cycle(VecEdit::Insert(at, cycle)),
            ]),
            None => Edit::cycle(VecEdit::Insert(at, cycle)),
        };
        let ok = self.apply(edit, env);
        if ok {
            self.view.cycles.selected = at;
        }
        ok
    }

    /// `y`: three cycles for the card's school year, tiers first to desired.
    fn plan_year(&mut self, env: &Env) {
        let Some(doc) = &self.shared.doc else { return };
        let w = &doc.workshop;
        let year = school_year_start(w, env.now.date());
        let mut list = w.cycles.clone();
        let first_id = w.fresh_id().0;
        let mut follows = w.cycles.last().map(|c| c.id);
        let mut added = Vec::new();
        for (k, (start, end)) in year_plan(year).into_iter().enumerate() {
            let name = i18n::tf(
                self.lang,
                T::CycleName,
                &[("n", &(w.cycles.len() + k + 1).to_string())],
            );
            let Ok(mut c) = Cycle::new(Id(first_id + k as u32), &name, start, end) else {
                return;
            };
            c.tier = TIERS[k];
            c.follows = follows;
            follows = Some(c.id);
            added.push(c.clone());
            list.push(c);
        }
        list.sort_by_key(|c| c.start);
        if let Err(e) = check_no_overlap(&list) {
            return self.refuse(&e);
        }
        let edits = added
            .into_iter()
            .map(|c| {
                let at = list.iter().position(|x| x.id == c.id).unwrap_or(0);
                Edit::cycle(VecEdit::Insert(at, c))
            })
            .collect();
        if self.apply(Edit::Batch(edits), env) {
            self.say(
                T::YearPlanned,
                &[("year", &format!("{year}/{}", (year + 1) % 100))],
            );
        }
    }

    fn replace_cycle(&mut self, i: usize, c: Cycle, env: &Env) -> bool {
        self.apply(Edit::cycle(VecEdit::Replace(i, c)), env)
    }

    /// Space: the selected phase moves on (not started → in progress → done).
    fn step_phase(&mut self, env: &Env) {
        let Some(i) = self.cycle_index() else { return };
        let Some(doc) = &self.shared.doc else { return };
        let mut c = doc.workshop.cycles[i].clone();
        let p = Phase::ALL[self.view.cycles.phase % 4];
        let rec = c.phase_mut(p);
        rec.status = match rec.status {
            PhaseStatus::NotStarted => PhaseStatus::InProgress,
            PhaseStatus::InProgress => PhaseStatus::Done,
            PhaseStatus::Done => PhaseStatus::NotStarted,
        };
        self.replace_cycle(i, c, env);
    }

    fn delete_cycle(&mut self, env: &Env) {
        let Some(i) = self.cycle_index() else { return };
        let Some(doc) = &self.shared.doc else { return };
        let w = &doc.workshop;
        let id = w.cycles[i].id;
        let linked = w.plans.all().any(|a| a.cycle == Some(id))
            || w.sessions.iter().any(|s| s.cycle == Some(id))
            || w.cycles.iter().any(|c| c.follows == Some(id));
        if linked {
            return self.warn(T::CycleStillLinked, &[]);
        }
        let name = w.cycles[i].name.clone();
        if self.apply(Edit::cycle(VecEdit::Remove(i)), env) {
            let n = self
                .shared
                .doc
                .as_ref()
                .map_or(0, |d| d.workshop.cycles.len());
            self.view.cycles.selected = self.view.cycles.selected.min(n.saturating_sub(1));
            self.say(T::Deleted, &[("what", &name)]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_year_has_three_cycles_that_do_not_overlap() {
        let plan = year_plan(2027);
        assert_eq!(plan[1].1.to_string(), "2028-02-29", "leap year");
        let list: Vec<Cycle> = plan
            .iter()
            .enumerate()
            .map(|(k, (s, e))| Cycle::new(Id(k as u32 + 1), "K", *s, *e).unwrap())
            .collect();
        assert!(check_no_overlap(&list).is_ok());
    }

    #[test]
    fn the_school_year_comes_from_the_card_or_the_date() {
        let mut w = Workshop::default();
        let d = |y, m| NaiveDate::from_ymd_opt(y, m, 1).unwrap();
        w.project.school_year = "2025/26".into();
        assert_eq!(school_year_start(&w, d(2030, 1)), 2025);
        w.project.school_year = "next year".into();
        assert_eq!(school_year_start(&w, d(2030, 10)), 2030);
        assert_eq!(school_year_start(&w, d(2030, 3)), 2029);
    }
}
