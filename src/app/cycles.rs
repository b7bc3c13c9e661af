//! Screen 5, the action-research cycles: planning the year, the four phases of
//! each cycle, its data and the second reflection workshop, disruptions whose
//! remedies become actions of the next cycle, and follow-up cycles.

use chrono::{Datelike, Days, NaiveDate};

use super::Overlay;
use super::form::{Form, FormField, FormKind};
use super::keymap::Action;
use super::outcome::{Outcome, Seen, accept};
use crate::domain::cycles::{SourceKind, check_no_overlap, check_period};
use crate::domain::dates::parse_date;
use crate::domain::{
    Cycle, Edit, GoalTier, Id, Language, Phase, PhaseStatus, VecEdit, Workshop, non_empty,
};
use crate::i18n::{self, N, T};

mod details;
pub use details::{cycle_detail_saved, disruption_form, own_note_form};

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
fn as_typed(err: crate::domain::DomainError, start: &str, end: &str) -> crate::domain::DomainError {
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

/// The selected cycle's position, if there is one.
fn index(v: &CyclesView, w: &Workshop) -> Option<usize> {
    (!w.cycles.is_empty()).then(|| v.selected.min(w.cycles.len() - 1))
}

fn form(f: Form) -> Outcome<CyclesView> {
    Outcome::open(Overlay::Form(f))
}

/// Screen 5's keys.
pub fn update(v: &mut CyclesView, s: &Seen, action: Action) -> Outcome<CyclesView> {
    let w = s.w;
    let n = w.cycles.len();
    match action {
        Action::Up => v.selected = v.selected.saturating_sub(1),
        Action::Down => v.selected = (v.selected + 1).min(n.saturating_sub(1)),
        Action::First | Action::PageUp => v.selected = 0,
        Action::Last | Action::PageDown => v.selected = n.saturating_sub(1),
        Action::Left => v.phase = (v.phase + 3) % 4,
        Action::Right => v.phase = (v.phase + 1) % 4,
        Action::Add => return form(cycle_form(s, None)),
        Action::Edit => {
            if let Some(i) = index(v, w) {
                return form(cycle_form(s, Some(i)));
            }
        }
        Action::PlanYear => return plan_year(s),
        _ => {
            let Some(i) = index(v, w) else {
                return Outcome::none();
            };
            return on_cycle(v, s, i, action);
        }
    }
    Outcome::none()
}

/// The keys that work on the selected cycle (at position `i`).
fn on_cycle(v: &CyclesView, s: &Seen, i: usize, action: Action) -> Outcome<CyclesView> {
    let c = &s.w.cycles[i];
    match action {
        Action::Open => form(details::phase_form(s, c, v.phase)),
        Action::Toggle => step_phase(v, s, i),
        Action::Delete => delete_cycle(s, i),
        Action::Workshop => form(details::workshop_form(c)),
        Action::AddSource => form(details::source_form(s, c)),
        Action::AddDisruption => form(disruption_form(c.id)),
        Action::Remedies => details::remedies_to_next_cycle(s, i),
        Action::FollowUp => details::follow_up(s, i),
        Action::CarryOver => details::carry_over(s, i),
        Action::Pitfalls => form(details::pitfalls_form(s, c)),
        Action::RemoveSource | Action::RemoveDisruption => {
            details::remove_last(s, i, action == Action::RemoveSource)
        }
        _ => Outcome::none(),
    }
}

fn cycle_form(s: &Seen, i: Option<usize>) -> Form {
    let w = s.w;
    let c = i.and_then(|i| w.cycles.get(i));
    let n = w.cycles.len();
    let (start, end) = match (c, w.cycles.last()) {
        (Some(c), _) => (c.start, c.end),
        (None, Some(last)) => (last.end + Days::new(1), last.end + Days::new(91)),
        (None, None) => (s.today, s.today + Days::new(90)),
    };
    let name = c.map_or_else(
        || i18n::tf(s.lang, T::CycleName, &[("n", &(n + 1).to_string())]),
        |c| c.name.clone(),
    );
    let tier = c.map_or(n.min(2), |c| {
        TIERS.iter().position(|t| *t == c.tier).unwrap_or(0)
    });
    let tiers = TIERS
        .iter()
        .map(|t| i18n::tier(s.lang, *t).to_string())
        .collect();
    Form::new(
        c.map_or(FormKind::NewCycle, |c| FormKind::EditCycle(c.id)),
        if c.is_some() {
            T::EditCycle
        } else {
            T::NewCycle
        },
        vec![
            FormField::text(T::FieldThingName, &name, false),
            FormField::text(T::FieldStart, &date_text(s.lang, start), false),
            FormField::text(T::FieldEnd, &date_text(s.lang, end), false),
            FormField::choice(T::FieldTier, tier, tiers),
            FormField::text(T::FieldCycleGoal, c.map_or("", |c| &c.goal), true),
            FormField::text(
                N::FieldReferenceLevel,
                c.map_or("", |c| &c.reference_level),
                true,
            ),
            FormField::text(
                N::FieldReferences,
                &c.map_or_else(String::new, |c| c.references.join("\n")),
                true,
            ),
        ],
    )
}

pub fn cycle_form_saved(s: &Seen, form: &Form) -> Outcome<CyclesView> {
    let parsed = non_empty(form.text(0)).and_then(|name| {
        let start = parse_date(form.text(1))?;
        let end = parse_date(form.text(2))?;
        check_period(start, end).map_err(|e| as_typed(e, form.text(1), form.text(2)))?;
        Ok((name, start, end))
    });
    let (name, start, end) = accept!(parsed);
    let w = s.w;
    let tier = TIERS[form.choice(3).min(2)];
    let goal = form.text(4).trim().to_string();
    let existing = match form.kind {
        FormKind::EditCycle(id) => match w.cycles.iter().position(|c| c.id == id) {
            Some(i) => Some(i),
            None => return Outcome::warn(T::GoneMeanwhile, &[]),
        },
        _ => None,
    };
    let mut cycle = match existing {
        Some(i) => w.cycles[i].clone(),
        None => {
            let mut c = accept!(Cycle::new(w.fresh_id(), &name, start, end));
            c.follows = w.cycles.last().map(|l| l.id);
            c
        }
    };
    cycle.name = name;
    cycle.start = start;
    cycle.end = end;
    cycle.tier = tier;
    cycle.goal = goal;
    cycle.reference_level = form.text(5).trim().to_string();
    cycle.references = form
        .text(6)
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect();
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
    accept!(check_no_overlap(&list));
    let edit = match existing {
        Some(i) if i == at => Edit::cycle(VecEdit::Replace(i, cycle)),
        Some(i) => Edit::Batch(vec![
            Edit::cycle(VecEdit::Remove(i)),
            Edit::cycle(VecEdit::Insert(at, cycle)),
        ]),
        None => Edit::cycle(VecEdit::Insert(at, cycle)),
    };
    Outcome::edit(edit).then(move |v: &mut CyclesView, _| v.selected = at)
}

/// `y`: three cycles for the card's school year, tiers first to desired.
fn plan_year(s: &Seen) -> Outcome<CyclesView> {
    let w = s.w;
    let year = school_year_start(w, s.today);
    let mut list = w.cycles.clone();
    let first_id = w.fresh_id().0;
    let mut follows = w.cycles.last().map(|c| c.id);
    let mut added = Vec::new();
    for (k, (start, end)) in year_plan(year).into_iter().enumerate() {
        let name = i18n::tf(
            s.lang,
            T::CycleName,
            &[("n", &(w.cycles.len() + k + 1).to_string())],
        );
        let mut c = accept!(Cycle::new(Id(first_id + k as u32), &name, start, end));
        c.tier = TIERS[k];
        c.follows = follows;
        follows = Some(c.id);
        added.push(c.clone());
        list.push(c);
    }
    list.sort_by_key(|c| c.start);
    accept!(check_no_overlap(&list));
    let edits = added
        .into_iter()
        .map(|c| {
            let at = list.iter().position(|x| x.id == c.id).unwrap_or(0);
            Edit::cycle(VecEdit::Insert(at, c))
        })
        .collect();
    let year = format!("{year}/{}", (year + 1) % 100);
    Outcome::edit(Edit::Batch(edits)).saying(T::YearPlanned, &[("year", &year)])
}

/// Space: the selected phase moves on (not started → in progress → done).
fn step_phase(v: &CyclesView, s: &Seen, i: usize) -> Outcome<CyclesView> {
    let mut c = s.w.cycles[i].clone();
    let rec = c.phase_mut(Phase::ALL[v.phase % 4]);
    rec.status = match rec.status {
        PhaseStatus::NotStarted => PhaseStatus::InProgress,
        PhaseStatus::InProgress => PhaseStatus::Done,
        PhaseStatus::Done => PhaseStatus::NotStarted,
    };
    Outcome::edit(Edit::cycle(VecEdit::Replace(i, c)))
}

fn delete_cycle(s: &Seen, i: usize) -> Outcome<CyclesView> {
    let w = s.w;
    let id = w.cycles[i].id;
    let linked = w.plans.all().any(|a| a.cycle == Some(id))
        || w.sessions.iter().any(|s| s.cycle == Some(id))
        || w.cycles.iter().any(|c| c.follows == Some(id));
    if linked {
        return Outcome::warn(T::CycleStillLinked, &[]);
    }
    Outcome::edit(Edit::cycle(VecEdit::Remove(i)))
        .saying(T::Deleted, &[("what", &w.cycles[i].name)])
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
