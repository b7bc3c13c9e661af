//! A cycle's details: phase notes, the second workshop's texts, data sources,
//! disruptions and pitfalls; and the moves between cycles (remedies into the
//! next one, follow-up cycles, carried-over actions).

use chrono::{Days, NaiveDate};

use super::super::form::{Form, FormField, FormKind};
use super::super::{App, Env};
use super::{SOURCE_KINDS, TIERS, date_text, parse_optional};
use crate::domain::cycles::{DataSource, check_no_overlap, check_period};
use crate::domain::{
    Cycle, Disruption, Edit, Id, Phase, PhaseStatus, Pitfall, PlanAction, PlanKind, ProblemSteps,
    VecEdit, non_empty,
};
use crate::i18n::{self, T};

impl App {
    pub(super) fn open_phase_form(&mut self) {
        let Some(i) = self.cycle_index() else { return };
        let Some(doc) = &self.shared.doc else { return };
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

    pub(super) fn open_workshop_form(&mut self) {
        let Some(i) = self.cycle_index() else { return };
        let Some(doc) = &self.shared.doc else { return };
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

    pub(super) fn open_source_form(&mut self) {
        let Some(i) = self.cycle_index() else { return };
        let Some(doc) = &self.shared.doc else { return };
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

    /// `k`: at the cycle review, tick the known pitfalls that hit this cycle.
    pub(super) fn open_pitfalls_form(&mut self) {
        let Some(i) = self.cycle_index() else { return };
        let Some(doc) = &self.shared.doc else { return };
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

    /// `S` / `X`: the last data source or disruption goes (a correction; undoable).
    pub(super) fn remove_last(&mut self, source: bool, env: &Env) {
        let Some(i) = self.cycle_index() else { return };
        let Some(doc) = &self.shared.doc else { return };
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
                    return self.warn(T::DisruptionPlanned, &[]);
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
            self.say(T::Deleted, &[("what", &what)]);
        }
    }

    /// Saves the phase, workshop, source and disruption forms of a cycle.
    pub(in crate::app) fn cycle_detail_saved(&mut self, form: &Form, env: &Env) -> bool {
        let id = match form.kind {
            FormKind::Pitfalls(id)
            | FormKind::EditPhase(id, _)
            | FormKind::CycleWorkshop(id)
            | FormKind::AddSource(id)
            | FormKind::NewDisruption(id) => id,
            _ => return true,
        };
        let Some(doc) = &self.shared.doc else {
            return false;
        };
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
                    self.refuse(&super::as_typed(err, form.text(2), form.text(3)));
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

    /// `r`: each disruption of the cycle whose remedy is not yet planned becomes
    /// an action of the curative plan, in the next cycle.
    pub(super) fn remedies_to_next_cycle(&mut self, env: &Env) {
        let Some(i) = self.cycle_index() else { return };
        let Some(doc) = &self.shared.doc else { return };
        let w = &doc.workshop;
        let Some(next) = w.cycles.get(i + 1) else {
            return self.warn(T::NoNextCycle, &[]);
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
            return self.say(T::NoRemediesPending, &[]);
        }
        let n = edits.len();
        let next_name = next.name.clone();
        edits.push(Edit::cycle(VecEdit::Replace(i, c)));
        if self.apply(Edit::Batch(edits), env) {
            let n = n.to_string();
            self.say(T::RemediesPlanned, &[("n", &n), ("cycle", &next_name)]);
        }
    }

    /// `f`: a new cycle after the selected one, starting from its evaluation.
    pub(super) fn follow_up(&mut self, env: &Env) {
        let Some(i) = self.cycle_index() else { return };
        let Some(doc) = &self.shared.doc else { return };
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
    pub(super) fn carry_over(&mut self, env: &Env) {
        let Some(i) = self.cycle_index() else { return };
        let Some(doc) = &self.shared.doc else { return };
        let w = &doc.workshop;
        let Some(prev) = i.checked_sub(1).map(|k| &w.cycles[k]) else {
            return self.warn(T::NoPreviousCycle, &[]);
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
            return self.say(T::NothingToCarry, &[]);
        }
        let n = edits.len();
        if self.apply(Edit::Batch(edits), env) {
            self.say(T::CarriedOver, &[("n", &n.to_string())]);
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
