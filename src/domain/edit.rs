//! Every change to a workshop is an `Edit`. Applying one returns its inverse, so
//! undo and redo are two stacks of edits and cost only what changed.

use super::{
    Cluster, Cycle, DiagnosisItem, DomainError, Id, Member, PlanAction, ProjectCard, Vote,
    Workshop,
    indicators::{Criterion, Group, PeriodDef, Value},
    plans::PlanKind,
    sessions::{LogEntry, SessionRecord},
};

#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    SetTitle(String),
    /// Replaces the whole project card (small; one edit per form commit).
    SetProject(Box<ProjectCard>),
    Member(VecEdit<Member>),
    Item(VecEdit<DiagnosisItem>),
    Cluster(VecEdit<Cluster>),
    Vote(VecEdit<Vote>),
    Action(PlanKind, VecEdit<PlanAction>),
    /// Boxed: a cycle is large, and every edit on the undo stack pays the largest variant.
    Cycle(Box<VecEdit<Cycle>>),
    Period(VecEdit<PeriodDef>),
    /// An entry of a monitoring's plan of internal control.
    Control(VecEdit<super::regulation::ControlItem>),
    Group(VecEdit<Group>),
    /// Boxed like cycles: a criterion carries its indicators and their data.
    Criterion(Box<VecEdit<Criterion>>),
    /// Sets (or, with `None`, clears) one measurement.
    Measure {
        indicator: Id,
        period: Id,
        group: Option<Id>,
        value: Option<Value>,
    },
    /// Within this many percent of the reference counts as "close".
    SetCloseThreshold(f64),
    SetVotesRevealed(bool),
    SetVotesPerMember(u8),
    /// A session record added, removed or its details changed. Replacing keeps
    /// the time already recorded, which is kept outside undo.
    Session(Box<VecEdit<SessionRecord>>),
    /// Moves a session's marker to a step.
    SessionStep {
        session: Id,
        step: u16,
    },
    /// Appends a line to a session's minutes (`Some`) or takes the last off.
    Log {
        session: Id,
        entry: Option<Box<LogEntry>>,
    },
    /// Replaces the whole workshop (restoring a recovery copy).
    ReplaceWorkshop(Box<Workshop>),
    /// Several edits applied as one step of undo.
    Batch(Vec<Edit>),
}

/// An edit of one list: the inverse of an insert is a remove, and so on.
#[derive(Debug, Clone, PartialEq)]
pub enum VecEdit<T> {
    Insert(usize, T),
    Remove(usize),
    Replace(usize, T),
}

impl<T> VecEdit<T> {
    fn apply(self, v: &mut Vec<T>) -> Result<VecEdit<T>, DomainError> {
        match self {
            VecEdit::Insert(i, x) if i <= v.len() => {
                v.insert(i, x);
                Ok(VecEdit::Remove(i))
            }
            VecEdit::Remove(i) if i < v.len() => Ok(VecEdit::Insert(i, v.remove(i))),
            VecEdit::Replace(i, x) if i < v.len() => {
                Ok(VecEdit::Replace(i, std::mem::replace(&mut v[i], x)))
            }
            VecEdit::Insert(i, _) | VecEdit::Remove(i) | VecEdit::Replace(i, _) => {
                Err(DomainError::NoSuchIndex(i))
            }
        }
    }
}

impl Edit {
    pub fn cycle(e: VecEdit<Cycle>) -> Edit {
        Edit::Cycle(Box::new(e))
    }

    /// Applies the edit and returns the edit that undoes it. On error the
    /// workshop is unchanged.
    pub fn apply(self, w: &mut Workshop) -> Result<Edit, DomainError> {
        match self {
            Edit::SetTitle(t) => Ok(Edit::SetTitle(std::mem::replace(&mut w.title, t))),
            Edit::SetProject(card) => Ok(Edit::SetProject(Box::new(std::mem::replace(
                &mut w.project,
                *card,
            )))),
            Edit::Member(e) => e.apply(&mut w.team).map(Edit::Member),
            Edit::Item(e) => e.apply(&mut w.diagnosis.items).map(Edit::Item),
            Edit::Cluster(e) => e.apply(&mut w.diagnosis.clusters).map(Edit::Cluster),
            Edit::Vote(e) => e.apply(&mut w.diagnosis.votes).map(Edit::Vote),
            Edit::Cycle(e) => e.apply(&mut w.cycles).map(Edit::cycle),
            Edit::Action(kind, e) => e
                .apply(w.plans.list_mut(kind))
                .map(|inv| Edit::Action(kind, inv)),
            Edit::Period(e) => e.apply(&mut w.monitoring.periods).map(Edit::Period),
            Edit::Control(e) => e.apply(&mut w.monitoring.control).map(Edit::Control),
            Edit::Group(e) => e.apply(&mut w.monitoring.groups).map(Edit::Group),
            Edit::Criterion(e) => e
                .apply(&mut w.monitoring.criteria)
                .map(|e| Edit::Criterion(Box::new(e))),
            Edit::Measure {
                indicator,
                period,
                group,
                value,
            } => {
                let ind = w
                    .monitoring
                    .criteria
                    .iter_mut()
                    .flat_map(|c| c.indicators.iter_mut())
                    .find(|i| i.id == indicator)
                    .ok_or(DomainError::DanglingRef {
                        what: "a measurement".into(),
                        id: indicator.0,
                    })?;
                let before = ind
                    .measurements
                    .iter()
                    .find(|m| m.period == period && m.group == group)
                    .map(|m| m.value);
                match value {
                    Some(v) => ind.record(period, group, v)?,
                    None => {
                        ind.clear(period, group);
                    }
                }
                Ok(Edit::Measure {
                    indicator,
                    period,
                    group,
                    value: before,
                })
            }
            Edit::SetCloseThreshold(t) => {
                if !t.is_finite() || !(0.0..=100.0).contains(&t) {
                    return Err(DomainError::ShareOutOfRange(t));
                }
                Ok(Edit::SetCloseThreshold(std::mem::replace(
                    &mut w.monitoring.close_threshold,
                    t,
                )))
            }
            Edit::SetVotesRevealed(on) => Ok(Edit::SetVotesRevealed(std::mem::replace(
                &mut w.diagnosis.votes_revealed,
                on,
            ))),
            Edit::SetVotesPerMember(n) => Ok(Edit::SetVotesPerMember(std::mem::replace(
                &mut w.diagnosis.votes_per_member,
                n,
            ))),
            Edit::Session(e) => {
                let mut e = *e;
                if let VecEdit::Replace(i, new) = &mut e
                    && let Some(old) = w.sessions.get(*i)
                {
                    new.step_seconds.clone_from(&old.step_seconds);
                }
                e.apply(&mut w.sessions)
                    .map(|inv| Edit::Session(Box::new(inv)))
            }
            Edit::SessionStep { session, step } => {
                let s = session_mut(w, session)?;
                if usize::from(step) > s.steps().len() {
                    return Err(DomainError::NoSuchIndex(usize::from(step)));
                }
                let before = std::mem::replace(&mut s.step, step);
                Ok(Edit::SessionStep {
                    session,
                    step: before,
                })
            }
            Edit::Log { session, entry } => {
                let s = session_mut(w, session)?;
                match entry {
                    Some(e) => {
                        s.log.push(*e);
                        Ok(Edit::Log {
                            session,
                            entry: None,
                        })
                    }
                    None => {
                        let last = s.log.pop().ok_or(DomainError::NoSuchIndex(0))?;
                        Ok(Edit::Log {
                            session,
                            entry: Some(Box::new(last)),
                        })
                    }
                }
            }
            Edit::ReplaceWorkshop(new) => {
                Ok(Edit::ReplaceWorkshop(Box::new(std::mem::replace(w, *new))))
            }
            Edit::Batch(edits) => {
                let mut inverses = Vec::with_capacity(edits.len());
                for e in edits {
                    match e.apply(w) {
                        Ok(inv) => inverses.push(inv),
                        Err(err) => {
                            // Roll back what was applied so the batch is all or nothing.
                            for inv in inverses.into_iter().rev() {
                                let _ = inv.apply(w);
                            }
                            return Err(err);
                        }
                    }
                }
                inverses.reverse();
                Ok(Edit::Batch(inverses))
            }
        }
    }
}

fn session_mut(w: &mut Workshop, id: Id) -> Result<&mut SessionRecord, DomainError> {
    w.sessions
        .iter_mut()
        .find(|s| s.id == id)
        .ok_or(DomainError::DanglingRef {
            what: "a session".into(),
            id: id.0,
        })
}

/// The edits that take a member off every attendance list, to go with
/// deleting them.
pub fn without_attendee(w: &Workshop, id: Id) -> Vec<Edit> {
    w.sessions
        .iter()
        .enumerate()
        .filter(|(_, s)| s.attendees.contains(&id))
        .map(|(i, s)| {
            let mut s = s.clone();
            s.attendees.retain(|a| *a != id);
            Edit::Session(Box::new(VecEdit::Replace(i, s)))
        })
        .collect()
}

/// Places where a member is named; a member still named somewhere is not
/// deleted, so that no link in the file is left dangling.
pub fn member_references(w: &Workshop, id: super::Id) -> usize {
    use super::{Author, indicators::Responsible};
    let items = w
        .diagnosis
        .items
        .iter()
        .filter(|i| i.author == Author::Member(id))
        .count();
    let votes = w.diagnosis.votes_of(id);
    let actions = w.plans.all().filter(|a| a.who == Some(id)).count();
    let plans = w
        .monitoring
        .indicators()
        .filter(|i| i.plan.responsible == Responsible::Member(id))
        .count();
    // Being on a meeting's attendance list does not keep a member: deleting
    // takes them off it (see `without_attendee`).
    let sessions = w
        .sessions
        .iter()
        .filter(|s| s.facilitator == Some(id))
        .count();
    items + votes + actions + plans + sessions
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Id, Language, Role};

    fn ws() -> Workshop {
        let mut w = Workshop::new("T", Language::Sl);
        w.team.push(Member::new(Id(1), "Ana", Role::Teacher));
        w.team.push(Member::new(Id(2), "Bor", Role::Parent));
        w
    }

    #[test]
    fn every_edit_undoes_to_the_original() {
        let edits = vec![
            Edit::SetTitle("Novo".into()),
            Edit::Member(VecEdit::Insert(
                1,
                Member::new(Id(3), "Cene", Role::Student),
            )),
            Edit::Member(VecEdit::Remove(0)),
            Edit::Member(VecEdit::Replace(
                1,
                Member::new(Id(2), "Bor Novak", Role::Head),
            )),
            Edit::SetVotesRevealed(true),
            Edit::SetVotesPerMember(5),
            Edit::Vote(VecEdit::Insert(
                0,
                crate::domain::Vote {
                    voter: Id(1),
                    target: Id(2),
                },
            )),
            Edit::Action(
                PlanKind::Curative,
                VecEdit::Insert(0, PlanAction::new(Id(9), "x")),
            ),
            Edit::ReplaceWorkshop(Box::new(Workshop::new("Obnovljeno", Language::Sl))),
            Edit::SetProject(Box::new(ProjectCard {
                goal: "Skupni cilj".into(),
                ..ProjectCard::default()
            })),
        ];
        for e in edits {
            let mut w = ws();
            let before = w.clone();
            let inverse = e.clone().apply(&mut w).unwrap();
            assert_ne!(w, before, "{e:?} changed nothing");
            let redo = inverse.apply(&mut w).unwrap();
            assert_eq!(w, before, "undo of {e:?}");
            redo.apply(&mut w).unwrap();
            assert_ne!(w, before, "redo of {e:?}");
        }
    }

    fn with_session() -> Workshop {
        use crate::domain::SessionKind;
        let mut w = ws();
        let date = chrono::NaiveDate::from_ymd_opt(2026, 3, 10).unwrap();
        w.sessions
            .push(SessionRecord::new(Id(7), SessionKind::FirstWorkshop, date));
        w
    }

    #[test]
    fn session_edits_undo_and_keep_recorded_time() {
        use crate::domain::{LogKind, SessionKind};
        let at = chrono::NaiveDate::from_ymd_opt(2026, 3, 10)
            .unwrap()
            .and_hms_opt(14, 5, 0)
            .unwrap();
        let entry = LogEntry {
            at,
            kind: LogKind::Item,
            text: "x".into(),
        };
        let edits = vec![
            Edit::SessionStep {
                session: Id(7),
                step: 3,
            },
            Edit::Log {
                session: Id(7),
                entry: Some(Box::new(entry)),
            },
            Edit::Session(Box::new(VecEdit::Remove(0))),
            Edit::Session(Box::new(VecEdit::Insert(
                1,
                SessionRecord::new(Id(8), SessionKind::Council, at.date()),
            ))),
        ];
        for e in edits {
            let mut w = with_session();
            let before = w.clone();
            let inverse = e.clone().apply(&mut w).unwrap();
            assert_ne!(w, before, "{e:?} changed nothing");
            inverse.apply(&mut w).unwrap();
            assert_eq!(w, before, "undo of {e:?}");
        }
        // Time is recorded outside undo: replacing the details keeps it.
        let mut w = with_session();
        let mut changed = w.sessions[0].clone();
        changed.notes = "notes".into();
        w.sessions[0].add_time(0, 300);
        let inverse = Edit::Session(Box::new(VecEdit::Replace(0, changed)))
            .apply(&mut w)
            .unwrap();
        assert_eq!(w.sessions[0].notes, "notes");
        assert_eq!(w.sessions[0].step_seconds, vec![300]);
        w.sessions[0].add_time(0, 60);
        inverse.apply(&mut w).unwrap();
        assert_eq!(w.sessions[0].notes, "");
        assert_eq!(w.sessions[0].step_seconds, vec![360]);
        // Out of range: a step past the end, a session that is not there, an empty log.
        let before = w.clone();
        let bad = [
            Edit::SessionStep {
                session: Id(7),
                step: 8,
            },
            Edit::SessionStep {
                session: Id(99),
                step: 1,
            },
            Edit::Log {
                session: Id(7),
                entry: None,
            },
        ];
        for e in bad {
            assert!(e.apply(&mut w).is_err());
        }
        assert_eq!(w, before);
    }

    #[test]
    fn out_of_range_edits_fail_without_change() {
        let mut w = ws();
        let before = w.clone();
        assert!(Edit::Member(VecEdit::Remove(5)).apply(&mut w).is_err());
        assert!(
            Edit::Member(VecEdit::Insert(9, Member::new(Id(9), "X", Role::Other)))
                .apply(&mut w)
                .is_err()
        );
        assert_eq!(w, before);
    }

    #[test]
    fn a_failing_batch_changes_nothing() {
        let mut w = ws();
        let before = w.clone();
        let batch = Edit::Batch(vec![
            Edit::SetTitle("X".into()),
            Edit::Member(VecEdit::Remove(7)),
        ]);
        assert!(batch.apply(&mut w).is_err());
        assert_eq!(w, before);
    }

    #[test]
    fn a_batch_undoes_in_reverse_order() {
        let mut w = ws();
        let before = w.clone();
        let batch = Edit::Batch(vec![
            Edit::Member(VecEdit::Remove(0)),
            Edit::Member(VecEdit::Remove(0)),
        ]);
        let inv = batch.apply(&mut w).unwrap();
        assert!(w.team.is_empty());
        inv.apply(&mut w).unwrap();
        assert_eq!(w, before);
    }

    #[test]
    fn references_to_a_member_are_counted() {
        let mut w = ws();
        assert_eq!(member_references(&w, Id(1)), 0);
        w.diagnosis.votes.push(crate::domain::Vote {
            voter: Id(1),
            target: Id(1),
        });
        assert_eq!(member_references(&w, Id(1)), 1);
    }
}
