//! A workshop at a glance, for a consultant who follows several schools:
//! where it stands, what is late, what is due next.

use chrono::NaiveDate;

use super::cycles::{Cycle, Phase};
use super::indicators::Standing;
use super::project::ActivityKind;
use super::{Method, Workshop};

/// One workshop's line of the portfolio.
#[derive(Debug, Clone, PartialEq)]
pub struct Glance {
    pub school: String,
    pub title: String,
    pub method: Method,
    pub place: Place,
    /// The first meeting on or after today.
    pub next_meeting: Option<NaiveDate>,
    /// Plan actions past their date and, of a monitoring, internal-control
    /// entries past their date, not done.
    pub overdue: usize,
    /// Indicators whose latest school-wide value is off target, of how many
    /// have a value to judge.
    pub off_target: usize,
    pub judged: usize,
    /// The earliest deadline not met (it may have passed).
    pub deadline: Option<Deadline>,
}

/// Where a workshop stands.
#[derive(Debug, Clone, PartialEq)]
pub enum Place {
    /// A project's cycle (its position among the cycles) and the phase it
    /// is in; `None` when all four are done.
    Cycle {
        name: String,
        number: usize,
        of: usize,
        phase: Option<Phase>,
    },
    /// A monitoring's latest period with values.
    Period { label: String, school_year: String },
    /// No cycle planned, no value entered.
    Nothing,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Deadline {
    pub date: NaiveDate,
    pub kind: DeadlineKind,
    /// The calendar's or the plan's words; empty for the annual report the
    /// institute's rule implies.
    pub what: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeadlineKind {
    Milestone,
    Report,
    /// An entry of a monitoring's plan of internal control.
    Control,
}

impl Deadline {
    pub fn is_late(&self, today: NaiveDate) -> bool {
        self.date < today
    }
}

/// The cycle a project is in on a day: the one whose period holds the day,
/// else the first not finished, else the last.
pub fn current_cycle(cycles: &[Cycle], today: NaiveDate) -> Option<(usize, &Cycle)> {
    let mut order: Vec<(usize, &Cycle)> = cycles.iter().enumerate().collect();
    order.sort_by_key(|(_, c)| c.start);
    let numbered = |i: usize| order.iter().position(|(k, _)| *k == i).unwrap_or(i);
    let found = cycles
        .iter()
        .enumerate()
        .find(|(_, c)| c.start <= today && today <= c.end)
        .or_else(|| {
            order
                .iter()
                .copied()
                .find(|(_, c)| c.current_phase().is_some())
        })
        .or_else(|| order.last().copied())?;
    Some((numbered(found.0), found.1))
}

pub fn glance(w: &Workshop, today: NaiveDate) -> Glance {
    let place = match w.method {
        Method::Innovation => match current_cycle(&w.cycles, today) {
            Some((i, c)) => Place::Cycle {
                name: c.name.clone(),
                number: i + 1,
                of: w.cycles.len(),
                phase: c.current_phase(),
            },
            None => Place::Nothing,
        },
        Method::Monitoring => latest_period(w),
    };
    let next_meeting = w
        .sessions
        .iter()
        .map(|s| s.date)
        .filter(|d| *d >= today)
        .min();
    let mut overdue = w
        .plans
        .prevention
        .iter()
        .chain(&w.plans.curative)
        .filter(|a| a.is_overdue(today))
        .count();
    let mut deadlines: Vec<Deadline> = Vec::new();
    match w.method {
        Method::Innovation => {
            deadlines.extend(
                w.project
                    .open_deadlines()
                    .into_iter()
                    .map(|(date, what, kind)| Deadline {
                        date,
                        what,
                        kind: match kind {
                            ActivityKind::Milestone => DeadlineKind::Milestone,
                            _ => DeadlineKind::Report,
                        },
                    }),
            );
        }
        Method::Monitoring => {
            for c in w.monitoring.control.iter().filter(|c| !c.done) {
                if let Some(due) = c.due {
                    if due < today {
                        overdue += 1;
                    }
                    deadlines.push(Deadline {
                        date: due,
                        what: c.what.clone(),
                        kind: DeadlineKind::Control,
                    });
                }
            }
        }
    }
    let deadline = deadlines.into_iter().min_by_key(|d| d.date);
    let rows = super::dashboard::rows(w, None);
    let judged = rows.iter().filter(|r| r.standing.is_some()).count();
    let off_target = rows
        .iter()
        .filter(|r| r.standing == Some(Standing::Off))
        .count();
    Glance {
        school: w.project.institution.trim().to_string(),
        title: w.title.trim().to_string(),
        method: w.method,
        place,
        next_meeting,
        overdue,
        off_target,
        judged,
        deadline,
    }
}

fn latest_period(w: &Workshop) -> Place {
    let m = &w.monitoring;
    let measured = |id| {
        m.indicators()
            .any(|i| i.measurements.iter().any(|v| v.period == id))
    };
    m.periods
        .iter()
        .rev()
        .find(|p| measured(p.id))
        .map_or(Place::Nothing, |p| Place::Period {
            label: p.label.clone(),
            school_year: p.school_year.clone(),
        })
}

/// How the portfolio is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortBy {
    /// The earliest deadline first (none last).
    #[default]
    Deadline,
    /// The most overdue first.
    Overdue,
    /// The next meeting first (none last).
    Meeting,
    /// By school, then title.
    School,
}

impl SortBy {
    pub const ALL: [SortBy; 4] = [
        SortBy::Deadline,
        SortBy::Overdue,
        SortBy::Meeting,
        SortBy::School,
    ];

    pub fn next(self) -> SortBy {
        let i = SortBy::ALL.iter().position(|s| *s == self).unwrap_or(0);
        SortBy::ALL[(i + 1) % SortBy::ALL.len()]
    }
}

/// The order of a portfolio's lines: `None` stands for a file that could
/// not be read, which goes last (but is never left out).
pub fn compare(a: Option<&Glance>, b: Option<&Glance>, by: SortBy) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    let (a, b) = match (a, b) {
        (Some(a), Some(b)) => (a, b),
        (Some(_), None) => return Ordering::Less,
        (None, Some(_)) => return Ordering::Greater,
        (None, None) => return Ordering::Equal,
    };
    // A date first, none last.
    fn dated(a: Option<NaiveDate>, b: Option<NaiveDate>) -> Ordering {
        match (a, b) {
            (Some(a), Some(b)) => a.cmp(&b),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        }
    }
    let school = |g: &Glance| (g.school.to_lowercase(), g.title.to_lowercase());
    let first = match by {
        SortBy::Deadline => dated(
            a.deadline.as_ref().map(|d| d.date),
            b.deadline.as_ref().map(|d| d.date),
        ),
        SortBy::Overdue => b
            .overdue
            .cmp(&a.overdue)
            .then(b.off_target.cmp(&a.off_target)),
        SortBy::Meeting => dated(a.next_meeting, b.next_meeting),
        SortBy::School => Ordering::Equal,
    };
    first.then_with(|| school(a).cmp(&school(b)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plans::PlanAction;
    use crate::domain::project::Activity;
    use crate::domain::{Id, Language};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn the_cycle_of_today_else_the_first_unfinished() {
        let mut cycles = vec![
            Cycle::new(Id(1), "K2", d(2025, 12, 1), d(2026, 2, 28)).unwrap(),
            Cycle::new(Id(2), "K1", d(2025, 9, 1), d(2025, 11, 30)).unwrap(),
        ];
        let (n, c) = current_cycle(&cycles, d(2026, 1, 10)).unwrap();
        assert_eq!((n, c.name.as_str()), (1, "K2"));
        // Between periods: the first (by date) not finished.
        let (n, c) = current_cycle(&cycles, d(2026, 8, 1)).unwrap();
        assert_eq!((n, c.name.as_str()), (0, "K1"));
        for p in Phase::ALL {
            cycles[1].phase_mut(p).status = crate::domain::cycles::PhaseStatus::Done;
        }
        let (_, c) = current_cycle(&cycles, d(2026, 8, 1)).unwrap();
        assert_eq!(c.name, "K2");
        assert!(current_cycle(&[], d(2026, 8, 1)).is_none());
    }

    #[test]
    fn a_glance_counts_what_is_late_and_finds_the_next_deadline() {
        let mut w = Workshop::new("Bralna pismenost", Language::Sl);
        w.project.institution = "OŠ Polje".into();
        w.project.school_year = "2025/26".into();
        let mut late = PlanAction::new(Id(10), "Hospitacije");
        late.due = Some(d(2025, 11, 1));
        let mut later = PlanAction::new(Id(11), "Vprašalnik");
        later.due = Some(d(2026, 3, 1));
        w.plans.curative = vec![late, later];
        let g = glance(&w, d(2025, 12, 1));
        assert_eq!(g.overdue, 1);
        assert_eq!(g.school, "OŠ Polje");
        // No report in the calendar: the institute's rule (end of October).
        let due = g.deadline.unwrap();
        assert_eq!(
            (due.date, due.kind),
            (d(2026, 10, 31), DeadlineKind::Report)
        );
        w.project.calendar.push(Activity {
            id: Id(20),
            date: d(2026, 2, 15),
            what: "Srečanje mreže".into(),
            done: false,
            kind: ActivityKind::Milestone,
        });
        let g = glance(&w, d(2025, 12, 1));
        assert_eq!(g.deadline.unwrap().what, "Srečanje mreže");
        assert_eq!(g.place, Place::Nothing);
    }

    #[test]
    fn unreadable_files_sort_last_and_dates_before_none() {
        let w = Workshop::new("A", Language::En);
        let mut a = glance(&w, d(2026, 1, 1));
        let b = a.clone();
        a.next_meeting = Some(d(2026, 2, 1));
        use std::cmp::Ordering;
        assert_eq!(compare(Some(&a), Some(&b), SortBy::Meeting), Ordering::Less);
        assert_eq!(compare(None, Some(&b), SortBy::School), Ordering::Greater);
        a.overdue = 3;
        assert_eq!(compare(Some(&a), Some(&b), SortBy::Overdue), Ordering::Less);
    }
}
