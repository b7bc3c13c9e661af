//! A cycle's details: phase notes, the second workshop's texts, data sources,
//! disruptions and pitfalls; and the moves between cycles (remedies into the
//! next one, follow-up cycles, carried-over actions).

use chrono::{Days, NaiveDate};

use super::super::form::{Form, FormField, FormKind};
use super::super::outcome::{Outcome, Seen, accept};
use super::{CyclesView, SOURCE_KINDS, TIERS, date_text, parse_optional};
use crate::domain::Step;
use crate::domain::cycles::{DataSource, Perspective, check_no_overlap, check_period};
use crate::domain::{
    Cycle, Disruption, Edit, Id, Phase, PhaseStatus, Pitfall, PlanAction, PlanKind, ProblemSteps,
    VecEdit, non_empty,
};
use crate::i18n::{self, N, T};

pub(super) fn phase_form(s: &Seen, c: &Cycle, phase: usize) -> Form {
    let p = Phase::ALL[phase % 4];
    let rec = c.phase(p);
    let statuses = [
        PhaseStatus::NotStarted,
        PhaseStatus::InProgress,
        PhaseStatus::Done,
    ];
    let names = statuses
        .iter()
        .map(|st| i18n::phase_status(s.lang, *st).to_string())
        .collect();
    let date = |d: Option<NaiveDate>| d.map(|d| date_text(s.lang, d)).unwrap_or_default();
    Form::new(
        FormKind::EditPhase(c.id, p),
        T::EditPhase,
        vec![
            FormField::text(T::FieldNotes, &rec.notes, true),
            FormField::choice(
                T::FieldStatus,
                statuses
                    .iter()
                    .position(|st| *st == rec.status)
                    .unwrap_or(0),
                names,
            ),
            FormField::text(T::FieldStartOptional, &date(rec.start), false),
            FormField::text(T::FieldEndOptional, &date(rec.end), false),
        ],
    )
}

pub(super) fn workshop_form(c: &Cycle) -> Form {
    Form::new(
        FormKind::CycleWorkshop(c.id),
        T::SecondWorkshop,
        vec![
            FormField::text(T::FieldDataCollected, &c.data_collected, true),
            FormField::text(T::FieldInterpretation, &c.interpretation, true),
            FormField::text(T::FieldFindings, &c.findings, true),
            FormField::text(T::FieldReflection, &c.reflection, true),
            FormField::text(T::FieldEvaluation, &c.evaluation, true),
            FormField::text(N::FieldActualLevel, &c.actual_level, true),
        ],
    )
}

pub(super) fn source_form(s: &Seen, c: &Cycle) -> Form {
    let kinds = SOURCE_KINDS
        .iter()
        .map(|k| i18n::source_kind(s.lang, k))
        .collect();
    Form::new(
        FormKind::AddSource(c.id),
        T::NewSource,
        vec![
            FormField::text(T::FieldDescription, "", false),
            FormField::choice(T::FieldSourceKind, 0, kinds),
            FormField::choice(
                N::FieldPerspective,
                0,
                std::iter::once(i18n::t(s.lang, N::PerspectiveNone).to_string())
                    .chain(
                        Perspective::ALL
                            .iter()
                            .map(|p| i18n::perspective(s.lang, *p).to_string()),
                    )
                    .collect(),
            ),
        ],
    )
}

/// `k`: at the cycle review, tick the known pitfalls that hit this cycle.
pub(super) fn pitfalls_form(s: &Seen, c: &Cycle) -> Form {
    let fields = Pitfall::ALL
        .iter()
        .map(|p| {
            FormField::toggle(
                i18n::pitfall(s.lang, *p).to_string(),
                c.pitfalls.contains(p),
            )
        })
        .collect();
    Form::new(FormKind::Pitfalls(c.id), T::PitfallsTitle, fields)
}

/// `S` / `X`: the last data source or disruption goes (a correction; undoable).
pub(super) fn remove_last(s: &Seen, i: usize, source: bool) -> Outcome<CyclesView> {
    let mut c = s.w.cycles[i].clone();
    let what = if source {
        match c.data_sources.pop() {
            Some(d) => format!("{}: {}", i18n::source_kind(s.lang, &d.kind), d.description),
            None => return Outcome::none(),
        }
    } else {
        match c.disruptions.last() {
            Some(d) if d.action.is_some() => {
                return Outcome::warn(T::DisruptionPlanned, &[]);
            }
            Some(_) => c
                .disruptions
                .pop()
                .map(|d| d.description)
                .unwrap_or_default(),
            None => return Outcome::none(),
        }
    };
    Outcome::edit(Edit::cycle(VecEdit::Replace(i, c))).saying(T::Deleted, &[("what", &what)])
}

/// Saves the phase, workshop, source and disruption forms of a cycle.
pub fn cycle_detail_saved(s: &Seen, form: &Form) -> Outcome<CyclesView> {
    let id = match form.kind {
        FormKind::Pitfalls(id)
        | FormKind::EditPhase(id, _)
        | FormKind::CycleWorkshop(id)
        | FormKind::AddSource(id)
        | FormKind::NewDisruption(id)
        | FormKind::OwnNote(id, ..) => id,
        _ => return Outcome::none(),
    };
    let Some(i) = s.w.cycles.iter().position(|c| c.id == id) else {
        return Outcome::warn(T::GoneMeanwhile, &[]);
    };
    let mut c = s.w.cycles[i].clone();
    let text = |k: usize| form.text(k).trim().to_string();
    match form.kind {
        FormKind::EditPhase(_, p) => {
            let start = accept!(parse_optional(form.text(2)));
            let end = accept!(parse_optional(form.text(3)));
            if let (Some(a), Some(b)) = (start, end) {
                accept!(check_period(a, b).map_err(|e| super::as_typed(
                    e,
                    form.text(2),
                    form.text(3)
                )));
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
            c.actual_level = text(5);
        }
        FormKind::AddSource(_) => {
            let kind = SOURCE_KINDS[form.choice(1).min(SOURCE_KINDS.len() - 1)].clone();
            let perspective = form
                .choice(2)
                .checked_sub(1)
                .and_then(|k| Perspective::ALL.get(k).copied());
            c.data_sources.push(DataSource {
                kind,
                description: text(0),
                perspective,
            });
        }
        FormKind::OwnNote(_, member, step) => {
            let note = accept!(non_empty(form.text(0)));
            let name = s.w.member(member).map_or("", |m| m.name.as_str());
            let field = match step {
                Step::Interpretation => &mut c.interpretation,
                Step::Evaluation => &mut c.evaluation,
                _ => &mut c.data_collected,
            };
            if !field.trim().is_empty() {
                field.push('\n');
            }
            field.push_str(&format!("{name}: {}", note.replace('\n', " ")));
        }
        FormKind::NewDisruption(_) => {
            let description = accept!(non_empty(form.text(0)));
            let steps = ProblemSteps {
                define: text(1),
                cause: text(2),
                remedies: text(3),
                introduce: text(4),
                measure: text(5),
            };
            c.disruptions.push(Disruption {
                id: s.w.fresh_id(),
                description,
                steps,
                action: None,
            });
        }
        _ => return Outcome::none(),
    }
    if c == s.w.cycles[i] {
        return Outcome::none();
    }
    Outcome::edit(Edit::cycle(VecEdit::Replace(i, c)))
}

/// `r`: each disruption of the cycle whose remedy is not yet planned becomes
/// an action of the curative plan, in the next cycle.
pub(super) fn remedies_to_next_cycle(s: &Seen, i: usize) -> Outcome<CyclesView> {
    let w = s.w;
    let Some(next) = w.cycles.get(i + 1) else {
        return Outcome::warn(T::NoNextCycle, &[]);
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
        return Outcome::info(T::NoRemediesPending, &[]);
    }
    let n = edits.len().to_string();
    edits.push(Edit::cycle(VecEdit::Replace(i, c)));
    Outcome::edit(Edit::Batch(edits))
        .saying(T::RemediesPlanned, &[("n", &n), ("cycle", &next.name)])
}

/// `f`: a new cycle after the selected one, starting from its evaluation.
pub(super) fn follow_up(s: &Seen, i: usize) -> Outcome<CyclesView> {
    let w = s.w;
    let prev = &w.cycles[i];
    let len = (prev.end - prev.start).num_days().max(30) as u64;
    let start = prev.end + Days::new(1);
    let name = i18n::tf(
        s.lang,
        T::CycleName,
        &[("n", &(w.cycles.len() + 1).to_string())],
    );
    let mut c = accept!(Cycle::new(
        w.fresh_id(),
        &name,
        start,
        start + Days::new(len)
    ));
    c.follows = Some(prev.id);
    c.tier = TIERS[(TIERS.iter().position(|t| *t == prev.tier).unwrap_or(0) + 1).min(2)];
    c.goal = prev.evaluation.clone();
    c.plan.notes = prev.evaluation.clone();
    let mut list = w.cycles.clone();
    list.insert(i + 1, c.clone());
    accept!(check_no_overlap(&list));
    Outcome::edit(Edit::cycle(VecEdit::Insert(i + 1, c)))
        .then(move |v: &mut CyclesView, _| v.selected = i + 1)
}

/// `o`: open actions of the previous cycle move into this one.
pub(super) fn carry_over(s: &Seen, i: usize) -> Outcome<CyclesView> {
    let w = s.w;
    let Some(prev) = i.checked_sub(1).map(|k| &w.cycles[k]) else {
        return Outcome::warn(T::NoPreviousCycle, &[]);
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
        return Outcome::info(T::NothingToCarry, &[]);
    }
    let n = edits.len().to_string();
    Outcome::edit(Edit::Batch(edits)).saying(T::CarriedOver, &[("n", &n)])
}

/// A participant's note at the second workshop: one text, signed with their
/// name on the step's record.
pub fn own_note_form(cycle: Id, member: Id, step: Step) -> Form {
    let label = match step {
        Step::Interpretation => T::FieldInterpretation,
        Step::Evaluation => T::FieldEvaluation,
        _ => T::FieldDataCollected,
    };
    Form::new(
        FormKind::OwnNote(cycle, member, step),
        T::OwnNote,
        vec![FormField::text(label, "", true)],
    )
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
