//! The register: periods, groups, criteria and indicators with their
//! monitoring plans, added and edited from the keyboard.

use super::super::Overlay;
use super::super::form::{Form, FormField, FormKind};
use super::super::outcome::{Outcome, Seen, accept};
use super::{IndicatorsView, Mode, shown_rows};
use crate::domain::Role;
use crate::domain::Workshop;
use crate::domain::indicators::{
    Criterion, Direction, Group, Indicator, Method, MonitoringPlan, PeriodDef, Periodicity,
    Responsible, Unit, check_number,
};
use crate::domain::regulation::{PeriodKind, Scope};
use crate::domain::{Edit, Id, VecEdit, non_empty};
use crate::i18n::{self, R, T};

pub const UNITS: [Unit; 4] = [Unit::Share, Unit::Count, Unit::Score, Unit::YesNo];
pub const DIRECTIONS: [Direction; 2] = [Direction::HigherIsBetter, Direction::LowerIsBetter];
pub const PERIODICITIES: [Periodicity; 4] = [
    Periodicity::Continuous,
    Periodicity::Monthly,
    Periodicity::Termly,
    Periodicity::Yearly,
];
pub const METHODS: [Method; 7] = [
    Method::ExpertRating,
    Method::Test,
    Method::Questionnaire,
    Method::Ranking,
    Method::ControlWork,
    Method::Statistics,
    Method::Observation,
];

/// The selected indicator's criterion index and the indicator's id.
fn selected_indicator(v: &IndicatorsView, w: &Workshop) -> Option<(usize, Option<Id>)> {
    match v.mode {
        Mode::Dashboard => {
            let rows = shown_rows(w, v);
            rows.get(v.row)
                .map(|r| (r.criterion, Some(r.indicator)))
                .or((!w.monitoring.criteria.is_empty()).then_some((0, None)))
        }
        Mode::Grid => {
            let mut k = 0;
            for (ci, c) in w.monitoring.criteria.iter().enumerate() {
                for ind in &c.indicators {
                    if k == v.row {
                        return Some((ci, Some(ind.id)));
                    }
                    k += 1;
                }
            }
            (!w.monitoring.criteria.is_empty()).then_some((0, None))
        }
    }
}

fn register_form(s: &Seen, kind: FormKind) -> Outcome<IndicatorsView> {
    let w = s.w;
    let lang = s.lang;
    let form = match kind {
        FormKind::NewPeriod => period_form(s),
        FormKind::NewGroup => {
            let mut members = vec![s.t(T::Nobody).to_string()];
            members.extend(w.team.iter().map(|m| m.name.clone()));
            Form::new(
                kind,
                T::NewGroup,
                vec![
                    FormField::text(T::FieldThingName, "", false),
                    FormField::choice(T::FieldGroupTeacher, 0, members),
                    FormField::choice(R::FieldGroupScope, 0, scopes(lang)),
                ],
            )
        }
        FormKind::NewCriterion => Form::new(
            kind,
            T::NewCriterion,
            vec![FormField::text(T::FieldThingName, "", false)],
        ),
        FormKind::NewIndicator(_) | FormKind::EditIndicator(_) => {
            let ind = match kind {
                FormKind::EditIndicator(id) => w.monitoring.indicators().find(|i| i.id == id),
                _ => None,
            };
            let p = ind.map(|i| i.plan.clone()).unwrap_or_default();
            let names = |v: Vec<&str>| v.into_iter().map(str::to_string).collect::<Vec<_>>();
            let (who, members) = responsible_choice(s, &p.responsible);
            let other = match &p.responsible {
                Responsible::Person(name) => name.clone(),
                _ => String::new(),
            };
            let unit = ind.map_or(0, |i| UNITS.iter().position(|u| *u == i.unit).unwrap_or(0));
            let dir = ind.map_or(0, |i| {
                DIRECTIONS
                    .iter()
                    .position(|d| *d == i.direction)
                    .unwrap_or(0)
            });
            let reference = ind
                .and_then(|i| i.reference)
                .map(|r| r.to_string())
                .unwrap_or_default();
            Form::new(
                kind,
                if ind.is_some() {
                    T::EditIndicator
                } else {
                    T::NewIndicator
                },
                vec![
                    FormField::text(T::FieldThingName, ind.map_or("", |i| &i.name), false),
                    FormField::choice(
                        T::FieldUnit,
                        unit,
                        names(UNITS.iter().map(|u| i18n::unit(lang, *u)).collect()),
                    ),
                    FormField::choice(
                        T::FieldDirection,
                        dir,
                        names(
                            DIRECTIONS
                                .iter()
                                .map(|d| i18n::direction(lang, *d))
                                .collect(),
                        ),
                    ),
                    FormField::text(T::FieldReference, &reference, false),
                    FormField::text(T::FieldObject, &p.object, false),
                    FormField::choice(
                        T::FieldPeriodicity,
                        PERIODICITIES
                            .iter()
                            .position(|x| *x == p.periodicity)
                            .unwrap_or(2),
                        names(
                            PERIODICITIES
                                .iter()
                                .map(|x| i18n::periodicity(lang, *x))
                                .collect(),
                        ),
                    ),
                    FormField::choice(T::FieldResponsible, who, members),
                    FormField::text(T::FieldResponsibleName, &other, false),
                    FormField::choice(
                        T::FieldMethod,
                        METHODS.iter().position(|m| *m == p.method).unwrap_or(5),
                        names(METHODS.iter().map(|m| i18n::method(lang, *m)).collect()),
                    ),
                    FormField::text(T::FieldSource, &p.source, false),
                    FormField::toggle(
                        s.t(T::FieldKeyIndicator).to_string(),
                        ind.is_some_and(|i| i.key),
                    ),
                ]
                .into_iter()
                .chain(procedure_field(s, ind.and_then(|i| i.procedure)))
                .collect(),
            )
        }
        _ => return Outcome::none(),
    };
    Outcome::open(Overlay::Form(form))
}

/// `a` (a new indicator in the selected one's criterion), `e`, and the
/// register's other additions: the form for each.
pub(super) fn register_add(
    v: &IndicatorsView,
    s: &Seen,
    kind: FormKind,
) -> Outcome<IndicatorsView> {
    match kind {
        FormKind::NewIndicator(_) => match selected_indicator(v, s.w) {
            Some((ci, _)) => match s.w.monitoring.criteria.get(ci) {
                Some(c) => register_form(s, FormKind::NewIndicator(c.id)),
                None => Outcome::none(),
            },
            None => Outcome::warn(T::NoCriterion, &[]),
        },
        FormKind::EditIndicator(_) => match selected_indicator(v, s.w) {
            Some((_, Some(id))) => register_form(s, FormKind::EditIndicator(id)),
            _ => Outcome::none(),
        },
        other => register_form(s, other),
    }
}

/// Saves a register form; a refusal keeps it open.
pub fn register_form_saved(s: &Seen, form: &Form) -> Outcome<IndicatorsView> {
    let name = accept!(non_empty(form.text(0)));
    let w = s.w;
    let m = &w.monitoring;
    let id = w.fresh_id();
    let edit = match form.kind {
        FormKind::NewPeriod => Edit::Period(VecEdit::Insert(
            m.periods.len(),
            PeriodDef {
                id,
                label: name,
                school_year: form.text(1).trim().to_string(),
                kind: form
                    .choice(2)
                    .checked_sub(1)
                    .and_then(|k| PeriodKind::ALL.get(k).copied()),
            },
        )),
        FormKind::NewGroup => {
            let teacher = form
                .choice(1)
                .checked_sub(1)
                .and_then(|k| w.team.get(k))
                .map(|m| m.id);
            let scope = match form.choice(2) {
                1 => Some(Scope::Municipal),
                2 => Some(Scope::Regional),
                _ => None,
            };
            Edit::Group(VecEdit::Insert(
                m.groups.len(),
                Group {
                    id,
                    name,
                    teacher: teacher.filter(|_| scope.is_none()),
                    scope,
                },
            ))
        }
        FormKind::NewCriterion => Edit::Criterion(Box::new(VecEdit::Insert(
            m.criteria.len(),
            Criterion {
                id,
                name,
                indicators: Vec::new(),
            },
        ))),
        FormKind::NewIndicator(_) | FormKind::EditIndicator(_) => {
            return indicator_saved(s, form, name);
        }
        _ => return Outcome::none(),
    };
    Outcome::edit(edit)
}

fn indicator_saved(s: &Seen, form: &Form, name: String) -> Outcome<IndicatorsView> {
    let unit = UNITS[form.choice(1).min(3)];
    let reference_text = form.text(3).trim().replace(',', ".");
    let reference = if reference_text.is_empty() {
        None
    } else {
        let x = accept!(
            reference_text
                .trim_end_matches('%')
                .trim()
                .parse::<f64>()
                .map_err(|_| crate::domain::DomainError::NotFinite)
        );
        accept!(check_number(unit, x));
        Some(x)
    };
    let w = s.w;
    let other = form.text(7).trim().to_string();
    let responsible = match chosen_responsible(s, form.choice(6)) {
        Responsible::Unassigned if !other.is_empty() => Responsible::Person(other),
        chosen => chosen,
    };
    // Only a monitoring's form asks for the procedure.
    let procedure = (form.fields.len() > 11).then(|| {
        form.choice(11)
            .checked_sub(1)
            .and_then(|k| w.project.procedures.get(k))
            .map(|p| p.id)
    });
    let plan = MonitoringPlan {
        object: form.text(4).trim().to_string(),
        periodicity: PERIODICITIES[form.choice(5).min(3)],
        responsible,
        method: METHODS[form.choice(8).min(6)],
        source: form.text(9).trim().to_string(),
    };
    let (ci, ind) = match form.kind {
        FormKind::NewIndicator(cid) => {
            let Some(ci) = w.monitoring.criteria.iter().position(|c| c.id == cid) else {
                return Outcome::warn(T::GoneMeanwhile, &[]);
            };
            let ind = Indicator {
                id: w.fresh_id(),
                name,
                unit,
                direction: DIRECTIONS[form.choice(2).min(1)],
                reference,
                plan,
                measurements: Vec::new(),
                key: form.toggled(10),
                procedure: procedure.flatten(),
            };
            (ci, ind)
        }
        FormKind::EditIndicator(id) => {
            let Some(ci) = w
                .monitoring
                .criteria
                .iter()
                .position(|c| c.indicators.iter().any(|i| i.id == id))
            else {
                return Outcome::warn(T::GoneMeanwhile, &[]);
            };
            let Some(old) = w.monitoring.criteria[ci]
                .indicators
                .iter()
                .find(|i| i.id == id)
            else {
                return Outcome::warn(T::GoneMeanwhile, &[]);
            };
            // A new unit must fit the values already measured.
            if let Some(bad) = old.measurements.iter().find_map(|m| match m.value {
                crate::domain::indicators::Value::Number(x) => check_number(unit, x).err(),
                _ => None,
            }) {
                return Outcome::refused(bad);
            }
            let ind = Indicator {
                name,
                unit,
                direction: DIRECTIONS[form.choice(2).min(1)],
                reference,
                plan,
                key: form.toggled(10),
                procedure: procedure.unwrap_or(old.procedure),
                ..old.clone()
            };
            (ci, ind)
        }
        _ => return Outcome::none(),
    };
    let Some(crit) = w.monitoring.criteria.get(ci) else {
        return Outcome::none();
    };
    let mut crit = crit.clone();
    match crit.indicators.iter().position(|i| i.id == ind.id) {
        Some(k) => crit.indicators[k] = ind,
        None => crit.indicators.push(ind),
    }
    if crit == w.monitoring.criteria[ci] {
        return Outcome::none();
    }
    Outcome::edit(Edit::Criterion(Box::new(VecEdit::Replace(ci, crit))))
}

/// The period form's kinds: unspecified first, then the regulation's.
fn period_kinds(lang: crate::domain::Language) -> Vec<String> {
    std::iter::once("—")
        .chain(PeriodKind::ALL.iter().map(|k| i18n::period_kind(lang, *k)))
        .map(str::to_string)
        .collect()
}

/// A group is a class of the school, or a figure from outside to compare with.
fn scopes(lang: crate::domain::Language) -> Vec<String> {
    [
        i18n::t(lang, R::GroupOfSchool),
        i18n::scope(lang, Scope::Municipal),
        i18n::scope(lang, Scope::Regional),
    ]
    .into_iter()
    .map(str::to_string)
    .collect()
}

/// Who may be responsible: nobody, a member of the team, or a role of the
/// workshop's method (whoever holds it). Returns the option of `now` too.
pub(crate) fn responsible_choice(s: &Seen, now: &Responsible) -> (usize, Vec<String>) {
    let w = s.w;
    let roles = Role::offered(w.method, None);
    let mut options = vec![s.t(T::Nobody).to_string()];
    options.extend(w.team.iter().map(|m| m.name.clone()));
    options.extend(
        roles
            .iter()
            .map(|r| i18n::tf(s.lang, R::AsRole, &[("role", i18n::role(s.lang, *r))])),
    );
    let at = match now {
        Responsible::Member(id) => w.member_index(*id).map_or(0, |i| i + 1),
        Responsible::Role(r) => roles
            .iter()
            .position(|x| x == r)
            .map_or(0, |i| 1 + w.team.len() + i),
        _ => 0,
    };
    (at, options)
}

/// The responsible person the choice names (see `responsible_choice`).
pub(crate) fn chosen_responsible(s: &Seen, choice: usize) -> Responsible {
    let w = s.w;
    let Some(k) = choice.checked_sub(1) else {
        return Responsible::Unassigned;
    };
    if let Some(m) = w.team.get(k) {
        return Responsible::Member(m.id);
    }
    Role::offered(w.method, None)
        .get(k - w.team.len())
        .map_or(Responsible::Unassigned, |r| Responsible::Role(*r))
}

/// A monitoring's indicator names the procedure that yields it.
fn procedure_field(s: &Seen, now: Option<Id>) -> Option<FormField> {
    let w = s.w;
    if w.method != crate::domain::Method::Monitoring {
        return None;
    }
    let mut options = vec!["—".to_string()];
    options.extend(w.project.procedures.iter().map(|p| p.name.clone()));
    let at = now
        .and_then(|id| w.project.procedures.iter().position(|p| p.id == id))
        .map_or(0, |i| i + 1);
    Some(FormField::choice(R::FieldProcedure, at, options))
}

/// The form for a new period: its label, school year (the last period's,
/// else the card's) and kind.
pub(crate) fn period_form(s: &Seen) -> Form {
    let w = s.w;
    let year = w
        .monitoring
        .periods
        .last()
        .map_or_else(|| w.project.school_year.clone(), |p| p.school_year.clone());
    Form::new(
        FormKind::NewPeriod,
        T::NewPeriod,
        vec![
            FormField::text(T::FieldLabel, "", false),
            FormField::text(T::FieldSchoolYear, &year, false),
            FormField::choice(R::FieldPeriodKind, 0, period_kinds(s.lang)),
        ],
    )
}
