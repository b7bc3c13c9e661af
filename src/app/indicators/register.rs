//! The register: periods, groups, criteria and indicators with their
//! monitoring plans, added and edited from the keyboard.

use super::super::form::{Form, FormField, FormKind};
use super::super::{App, Env};
use super::{Mode, shown_rows};
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

impl App {
    /// The selected indicator's criterion index and the indicator's id.
    fn selected_indicator(&self) -> Option<(usize, Option<Id>)> {
        let w = &self.shared.doc.as_ref()?.workshop;
        let v = &self.view.indicators;
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

    pub(in crate::app) fn open_register_form(&mut self, kind: FormKind) {
        let Some(doc) = &self.shared.doc else { return };
        let w = &doc.workshop;
        let lang = self.lang;
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
            FormKind::NewGroup => Form::new(
                kind,
                T::NewGroup,
                vec![FormField::text(T::FieldName, "", false)],
            ),
            FormKind::NewCriterion => Form::new(
                kind,
                T::NewCriterion,
                vec![FormField::text(T::FieldName, "", false)],
            ),
            FormKind::NewIndicator(_) | FormKind::EditIndicator(_) => {
                let ind = match kind {
                    FormKind::EditIndicator(id) => w.monitoring.indicators().find(|i| i.id == id),
                    _ => None,
                };
                let p = ind.map(|i| i.plan.clone()).unwrap_or_default();
                let names = |v: Vec<&str>| v.into_iter().map(str::to_string).collect::<Vec<_>>();
                let mut members = vec![self.t(T::Nobody).to_string()];
                members.extend(w.team.iter().map(|m| m.name.clone()));
                let (who, other) = match &p.responsible {
                    Responsible::Member(id) => {
                        (w.member_index(*id).map_or(0, |i| i + 1), String::new())
                    }
                    Responsible::Person(s) => (0, s.clone()),
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
                        FormField::text(T::FieldName, ind.map_or("", |i| &i.name), false),
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
                    ],
                )
            }
            _ => return,
        };
        self.open_form(form);
    }

    pub(in crate::app) fn register_add(&mut self, kind: FormKind) {
        match kind {
            FormKind::NewIndicator(_) => match self.selected_indicator() {
                Some((ci, _)) => {
                    let id = self
                        .shared
                        .doc
                        .as_ref()
                        .and_then(|d| d.workshop.monitoring.criteria.get(ci).map(|c| c.id));
                    if let Some(id) = id {
                        self.open_register_form(FormKind::NewIndicator(id));
                    }
                }
                None => self.warn(T::NoCriterion, &[]),
            },
            FormKind::EditIndicator(_) => {
                if let Some((_, Some(id))) = self.selected_indicator() {
                    self.open_register_form(FormKind::EditIndicator(id));
                }
            }
            other => self.open_register_form(other),
        }
    }

    /// Saves a register form; false keeps it open.
    pub(in crate::app) fn register_form_saved(&mut self, form: &Form, env: &Env) -> bool {
        let Some(name) = self.accept(non_empty(form.text(0))) else {
            return false;
        };
        let Some(doc) = &self.shared.doc else {
            return false;
        };
        let w = &doc.workshop;
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
            FormKind::NewGroup => Edit::Group(VecEdit::Insert(m.groups.len(), Group { id, name })),
            FormKind::NewCriterion => Edit::Criterion(Box::new(VecEdit::Insert(
                m.criteria.len(),
                Criterion {
                    id,
                    name,
                    indicators: Vec::new(),
                },
            ))),
            FormKind::NewIndicator(_) | FormKind::EditIndicator(_) => {
                return self.indicator_saved(form, name, env);
            }
            _ => return true,
        };
        self.apply(edit, env)
    }

    fn indicator_saved(&mut self, form: &Form, name: String, env: &Env) -> bool {
        let unit = UNITS[form.choice(1).min(3)];
        let reference_text = form.text(3).trim().replace(',', ".");
        let reference = if reference_text.is_empty() {
            None
        } else {
            match reference_text.trim_end_matches('%').trim().parse::<f64>() {
                Ok(x) => match check_number(unit, x) {
                    Ok(()) => Some(x),
                    Err(e) => {
                        self.refuse(&e);
                        return false;
                    }
                },
                Err(_) => {
                    self.refuse(&crate::domain::DomainError::NotFinite);
                    return false;
                }
            }
        };
        let Some(doc) = &self.shared.doc else {
            return false;
        };
        let w = &doc.workshop;
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
                    self.warn(T::GoneMeanwhile, &[]);
                    return true;
                };
                let ind = Indicator {
                    id: w.fresh_id(),
                    name,
                    unit,
                    direction: DIRECTIONS[form.choice(2).min(1)],
                    reference,
                    plan,
                    measurements: Vec::new(),
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
                    self.warn(T::GoneMeanwhile, &[]);
                    return true;
                };
                let Some(old) = w.monitoring.criteria[ci]
                    .indicators
                    .iter()
                    .find(|i| i.id == id)
                else {
                    return true;
                };
                // A new unit must fit the values already measured.
                if let Some(bad) = old.measurements.iter().find_map(|m| match m.value {
                    crate::domain::indicators::Value::Number(x) => check_number(unit, x).err(),
                    _ => None,
                }) {
                    self.refuse(&bad);
                    return false;
                }
                let ind = Indicator {
                    name,
                    unit,
                    direction: DIRECTIONS[form.choice(2).min(1)],
                    reference,
                    plan,
                    ..old.clone()
                };
                (ci, ind)
            }
            _ => return true,
        };
        let Some(crit) = w.monitoring.criteria.get(ci) else {
            return true;
        };
        let mut crit = crit.clone();
        match crit.indicators.iter().position(|i| i.id == ind.id) {
            Some(k) => crit.indicators[k] = ind,
            None => crit.indicators.push(ind),
        }
        if crit == w.monitoring.criteria[ci] {
            return true;
        }
        self.apply(Edit::Criterion(Box::new(VecEdit::Replace(ci, crit))), env)
    }
}
