//! Screen 5, the action-research cycles: planning the year, the four phases of
//! each cycle, its data and the second reflection workshop, disruptions whose
//! remedies become actions of the next cycle, and follow-up cycles.

use chrono::{Datelike, Days, NaiveDate};

use super::form::{Form, FormField, FormKind};
use super::keymap::Action;
use super::{App, Env};
use crate::domain::cycles::{DataSource, SourceKind, check_no_overlap, check_period};
use crate::domain::dates::parse_date;
use crate::domain::{
    Cycle, Disruption, Edit, GoalTier, Id, Language, Phase, PhaseStatus, Pitfall, PlanAction,
    PlanKind, ProblemSteps, VecEdit, Workshop, non_empty,
};
use crate::i18n::{self, T};

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
        let doc = self.doc.as_ref()?;
        (!doc.workshop.cycles.is_empty())
            .then(|| self.view.cycles.selected.min(doc.workshop.cycles.len() - 1))
    }

    pub(super) fn cycles_action(&mut self, action: Action, env: &Env) {
        let Some(doc) = &self.doc else { return };
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
                        self.doc.as_ref().map_or(Id(0), |d| d.workshop.cycles[i].id),
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
        let w = self.doc.as_ref().map(|d| &d.workshop);
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
            check_period(start, end)?;
            Ok((name, start, end))
        });
        let Some((name, start, end)) = self.accept(parsed) else {
            return false;
        };
        let Some(doc) = &self.doc else { return false };
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
        let Some(doc) = &self.doc else { return };
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
            self.info(i18n::tf(
                self.lang,
                T::YearPlanned,
                &[("year", &format!("{year}/{}", (year + 1) % 100))],
            ));
        }
    }

    fn replace_cycle(&mut self, i: usize, c: Cycle, env: &Env) -> bool {
        self.apply(Edit::cycle(VecEdit::Replace(i, c)), env)
    }

    /// Space: the selected phase moves on (not started → in progress → done).
    fn step_phase(&mut self, env: &Env) {
        let Some(i) = self.cycle_index() else { return };
        let Some(doc) = &self.doc else { return };
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

    fn open_phase_form(&mut self) {
        let Some(i) = self.cycle_index() else { return };
        let Some(doc) = &self.doc else { return };
        let c = &doc.workshop.cycles[i];
        let p = Phase::ALL[self.view.cycles.phase % 4];
        let rec = c.phase(p);
        let statuses = [
            PhaseStatus::NotStarted,
            PhaseStatus::InProgress,
            PhaseStatus::Done,
        ];
        let names = statuses
            .iter()
            .map(|s| i18n::phase_status(self.lang, *s).to_string())
            .collect();
        let date = |d: Option<NaiveDate>| d.map(|d| date_text(self.lang, d)).unwrap_or_default();
        let form = Form::new(
            FormKind::EditPhase(c.id, p),
            T::EditPhase,
            vec![
                FormField::text(T::FieldNotes, &rec.notes, true),
                FormField::choice(
                    T::FieldStatus,
                    statuses.iter().position(|s| *s == rec.status).unwrap_or(0),
                    names,
                ),
                FormField::text(T::FieldStartOptional, &date(rec.start), false),
                FormField::text(T::FieldEndOptional, &date(rec.end), false),
            ],
        );
        self.open_form(form);
    }

    fn open_workshop_form(&mut self) {
        let Some(i) = self.cycle_index() else { return };
        let Some(doc) = &self.doc else { return };
        let c = &doc.workshop.cycles[i];
        let form = Form::new(
            FormKind::CycleWorkshop(c.id),
            T::SecondWorkshop,
            vec![
                FormField::text(T::FieldDataCollected, &c.data_collected, true),
                FormField::text(T::FieldInterpretation, &c.interpretation, true),
                FormField::text(T::FieldFindings, &c.findings, true),
                FormField::text(T::FieldReflection, &c.reflection, true),
                FormField::text(T::FieldEvaluation, &c.evaluation, true),
            ],
        );
        self.open_form(form);
    }

    /// `S` / `X`: the last data source or disruption goes (a correction; undoable).
    fn remove_last(&mut self, source: bool, env: &Env) {
        let Some(i) = self.cycle_index() else { return };
        let Some(doc) = &self.doc else { return };
        let mut c = doc.workshop.cycles[i].clone();
        let what = if source {
            match c.data_sources.pop() {
                Some(s) => format!(
                    "{}: {}",
                    i18n::source_kind(self.lang, &s.kind),
                    s.description
                ),
                None => return,
            }
        } else {
            match c.disruptions.last() {
                Some(d) if d.action.is_some() => {
                    return self.error(self.t(T::DisruptionPlanned).to_string());
                }
                Some(_) => c
                    .disruptions
                    .pop()
                    .map(|d| d.description)
                    .unwrap_or_default(),
                None => return,
            }
        };
        if self.replace_cycle(i, c, env) {
            self.info(i18n::tf(self.lang, T::Deleted, &[("what", &what)]));
        }
    }

    /// `k`: at the cycle review, tick the known pitfalls that hit this cycle.
    fn open_pitfalls_form(&mut self) {
        let Some(i) = self.cycle_index() else { return };
        let Some(doc) = &self.doc else { return };
        let c = &doc.workshop.cycles[i];
        let fields = Pitfall::ALL
            .iter()
            .map(|p| {
                FormField::toggle(
                    i18n::pitfall(self.lang, *p).to_string(),
                    c.pitfalls.contains(p),
                )
            })
            .collect();
        self.open_form(Form::new(
            FormKind::Pitfalls(c.id),
            T::PitfallsTitle,
            fields,
        ));
    }

    fn open_source_form(&mut self) {
        let Some(i) = self.cycle_index() else { return };
        let Some(doc) = &self.doc else { return };
        let id = doc.workshop.cycles[i].id;
        let kinds = SOURCE_KINDS
            .iter()
            .map(|k| i18n::source_kind(self.lang, k))
            .collect();
        self.open_form(Form::new(
            FormKind::AddSource(id),
            T::NewSource,
            vec![
                FormField::text(T::FieldDescription, "", false),
                FormField::choice(T::FieldSourceKind, 0, kinds),
            ],
        ));
    }

    /// Saves the phase, workshop, source and disruption forms of a cycle.
    pub(super) fn cycle_detail_saved(&mut self, form: &Form, env: &Env) -> bool {
        let id = match form.kind {
            FormKind::Pitfalls(id)
            | FormKind::EditPhase(id, _)
            | FormKind::CycleWorkshop(id)
            | FormKind::AddSource(id)
            | FormKind::NewDisruption(id) => id,
            _ => return true,
        };
        let Some(doc) = &self.doc else { return false };
        let Some(i) = doc.workshop.cycles.iter().position(|c| c.id == id) else {
            return true;
        };
        let mut c = doc.workshop.cycles[i].clone();
        let text = |k: usize| form.text(k).trim().to_string();
        match form.kind {
            FormKind::EditPhase(_, p) => {
                let dates = parse_optional(form.text(2))
                    .and_then(|s| Ok((s, parse_optional(form.text(3))?)));
                let (start, end) = match dates {
                    Ok(x) => x,
                    Err(e) => {
                        self.refuse(&e);
                        return false;
                    }
                };
                if let (Some(s), Some(e)) = (start, end)
                    && let Err(err) = check_period(s, e)
                {
                    self.refuse(&err);
                    return false;
                }
                let statuses = [
                    PhaseStatus::NotStarted,
                    PhaseStatus::InProgress,
                    PhaseStatus::Done,
                ];
                let rec = c.phase_mut(p);
                rec.notes = text(0);
                rec.status = statuses[form.choice(1).min(2)];
                rec.start = start;
                rec.end = end;
            }
            FormKind::Pitfalls(_) => {
                c.pitfalls = Pitfall::ALL
                    .iter()
                    .enumerate()
                    .filter(|(k, _)| form.toggled(*k))
                    .map(|(_, p)| *p)
                    .collect();
            }
            FormKind::CycleWorkshop(_) => {
                c.data_collected = text(0);
                c.interpretation = text(1);
                c.findings = text(2);
                c.reflection = text(3);
                c.evaluation = text(4);
            }
            FormKind::AddSource(_) => {
                let kind = SOURCE_KINDS[form.choice(1).min(SOURCE_KINDS.len() - 1)].clone();
                c.data_sources.push(DataSource {
                    kind,
                    description: text(0),
                });
            }
            FormKind::NewDisruption(_) => {
                let description = match non_empty(form.text(0)) {
                    Ok(x) => x,
                    Err(e) => {
                        self.refuse(&e);
                        return false;
                    }
                };
                let steps = ProblemSteps {
                    define: text(1),
                    cause: text(2),
                    remedies: text(3),
                    introduce: text(4),
                    measure: text(5),
                };
                c.disruptions.push(Disruption {
                    id: doc.workshop.fresh_id(),
                    description,
                    steps,
                    action: None,
                });
            }
            _ => return true,
        }
        if c == doc.workshop.cycles[i] {
            return true;
        }
        self.replace_cycle(i, c, env)
    }

    fn delete_cycle(&mut self, env: &Env) {
        let Some(i) = self.cycle_index() else { return };
        let Some(doc) = &self.doc else { return };
        let w = &doc.workshop;
        let id = w.cycles[i].id;
        let linked = w.plans.all().any(|a| a.cycle == Some(id))
            || w.sessions.iter().any(|s| s.cycle == Some(id))
            || w.cycles.iter().any(|c| c.follows == Some(id));
        if linked {
            return self.error(self.t(T::CycleStillLinked).to_string());
        }
        let name = w.cycles[i].name.clone();
        if self.apply(Edit::cycle(VecEdit::Remove(i)), env) {
            let n = self.doc.as_ref().map_or(0, |d| d.workshop.cycles.len());
            self.view.cycles.selected = self.view.cycles.selected.min(n.saturating_sub(1));
            self.info(i18n::tf(self.lang, T::Deleted, &[("what", &name)]));
        }
    }

    /// `r`: each disruption of the cycle whose remedy is not yet planned becomes
    /// an action of the curative plan, in the next cycle.
    fn remedies_to_next_cycle(&mut self, env: &Env) {
        let Some(i) = self.cycle_index() else { return };
        let Some(doc) = &self.doc else { return };
        let w = &doc.workshop;
        let Some(next) = w.cycles.get(i + 1) else {
            return self.error(self.t(T::NoNextCycle).to_string());
        };
        let mut c = w.cycles[i].clone();
        let mut edits = Vec::new();
        let first_id = w.fresh_id().0;
        let base = w.plans.curative.len();
        let pending = c.disruptions.iter_mut().filter(|d| d.action.is_none());
        for (k, d) in pending.enumerate() {
            let what = if d.steps.remedies.trim().is_empty() {
                d.description.clone()
            } else {
                d.steps.remedies.clone()
            };
            let mut a = PlanAction::new(Id(first_id + k as u32), &what);
            a.origin = Some(d.id);
            a.cycle = Some(next.id);
            a.steps = Some(d.steps.clone());
            d.action = Some(a.id);
            edits.push(Edit::Action(
                PlanKind::Curative,
                VecEdit::Insert(base + k, a),
            ));
        }
        if edits.is_empty() {
            return self.info(self.t(T::NoRemediesPending).to_string());
        }
        let n = edits.len();
        let next_name = next.name.clone();
        edits.push(Edit::cycle(VecEdit::Replace(i, c)));
        if self.apply(Edit::Batch(edits), env) {
            let msg = i18n::tf(
                self.lang,
                T::RemediesPlanned,
                &[("n", &n.to_string()), ("cycle", &next_name)],
            );
            self.info(msg);
        }
    }

    /// `f`: a new cycle after the selected one, starting from its evaluation.
    fn follow_up(&mut self, env: &Env) {
        let Some(i) = self.cycle_index() else { return };
        let Some(doc) = &self.doc else { return };
        let w = &doc.workshop;
        let prev = &w.cycles[i];
        let len = (prev.end - prev.start).num_days().max(30) as u64;
        let start = prev.end + Days::new(1);
        let name = i18n::tf(
            self.lang,
            T::CycleName,
            &[("n", &(w.cycles.len() + 1).to_string())],
        );
        let Ok(mut c) = Cycle::new(w.fresh_id(), &name, start, start + Days::new(len)) else {
            return;
        };
        c.follows = Some(prev.id);
        c.tier = TIERS[(TIERS.iter().position(|t| *t == prev.tier).unwrap_or(0) + 1).min(2)];
        c.goal = prev.evaluation.clone();
        c.plan.notes = prev.evaluation.clone();
        let mut list = w.cycles.clone();
        list.insert(i + 1, c.clone());
        if let Err(e) = check_no_overlap(&list) {
            return self.refuse(&e);
        }
        if self.apply(Edit::cycle(VecEdit::Insert(i + 1, c)), env) {
            self.view.cycles.selected = i + 1;
        }
    }

    /// `o`: open actions of the previous cycle move into this one.
    fn carry_over(&mut self, env: &Env) {
        let Some(i) = self.cycle_index() else { return };
        let Some(doc) = &self.doc else { return };
        let w = &doc.workshop;
        let Some(prev) = i.checked_sub(1).map(|k| &w.cycles[k]) else {
            return self.error(self.t(T::NoPreviousCycle).to_string());
        };
        let here = w.cycles[i].id;
        let mut edits = Vec::new();
        for kind in [PlanKind::Prevention, PlanKind::Curative] {
            for (k, a) in w.plans.list(kind).iter().enumerate() {
                if a.cycle == Some(prev.id) && a.status.is_open() {
                    edits.push(Edit::Action(
                        kind,
                        VecEdit::Replace(
                            k,
                            PlanAction {
                                cycle: Some(here),
                                ..a.clone()
                            },
                        ),
                    ));
                }
            }
        }
        if edits.is_empty() {
            return self.info(self.t(T::NothingToCarry).to_string());
        }
        let n = edits.len();
        if self.apply(Edit::Batch(edits), env) {
            self.info(i18n::tf(
                self.lang,
                T::CarriedOver,
                &[("n", &n.to_string())],
            ));
        }
    }
}

/// The disruption form: what went wrong, then the five problem-solving steps.
pub fn disruption_form(cycle: Id) -> Form {
    Form::new(
        FormKind::NewDisruption(cycle),
        T::NewDisruption,
        vec![
            FormField::text(T::FieldDescription, "", true),
            FormField::text(T::StepDefine, "", true),
            FormField::text(T::StepCause, "", true),
            FormField::text(T::StepRemedies, "", true),
            FormField::text(T::StepIntroduce, "", true),
            FormField::text(T::StepMeasure, "", true),
        ],
    )
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
