//! The register: periods, groups, criteria and indicators with their
//! monitoring plans, added and edited from the keyboard.

use super::super::Overlay;
use super::super::form::{Form, FormField, FormKind};
use super::super::outcome::{Outcome, Seen, accept};
use super::{IndicatorsView, Mode, shown_rows};
use crate::domain::Workshop;
use crate::domain::indicators::{
    Criterion, Direction, Group, Indicator, Method, MonitoringPlan, PeriodDef, Periodicity,
    Responsible, Unit, check_number,
};
use crate::domain::{Edit, Id, VecEdit, non_empty};
use crate::i18n::{self, T};

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
        FormKind::NewPeriod => {
            let year = w
                .monitoring
                .periods
                .last()
                .map_or_else(|| w.project.school_year.clone(), |p| p.school_year.clone());
            Form::new(
                kind,
                T::NewPeriod,
                vec![
                    FormField::text(T::FieldLabel, "", false),
                    FormField::text(T::FieldSchoolYear, &year, false),
                ],
            )
        }
        FormKind::NewGroup => {
            let mut members = vec![s.t(T::Nobody).to_string()];
            members.extend(w.team.iter().map(|m| m.name.clone()));
            Form::new(
                kind,
                T::NewGroup,
                vec![
                    FormField::text(T::FieldThingName, "", false),
                    FormField::choice(T::FieldGroupTeacher, 0, members),
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
            let mut members = vec![s.t(T::Nobody).to_string()];
            members.extend(w.team.iter().map(|m| m.name.clone()));
            let (who, other) = match &p.responsible {
                Responsible::Member(id) => {
                    (w.member_index(*id).map_or(0, |i| i + 1), String::new())
                }
                Responsible::Person(name) => (0, name.clone()),
                Responsible::Unassigned => (0, String::new()),
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
                ],
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
            },
        )),
        FormKind::NewGroup => {
            let teacher = form
                .choice(1)
                .checked_sub(1)
                .and_then(|k| w.team.get(k))
                .map(|m| m.id);
            Edit::Group(VecEdit::Insert(m.groups.len(), Group { id, name, teacher }))
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
    let responsible = match form.choice(6).checked_sub(1).and_then(|i| w.team.get(i)) {
        Some(mbr) => Responsible::Member(mbr.id),
        None if !other.is_empty() => Responsible::Person(other),
        None => Responsible::Unassigned,
    };
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
