//! The board's heavier moves: clusters, dots, deletions and turning items into
//! plan actions, each one undoable step.

use super::super::Overlay;
use super::super::form::{Form, FormField, FormKind};
use super::super::outcome::{Outcome, Seen, accept};
use super::{DiagnosisView, Row, plan_of, row, rows};
use crate::domain::{
    Author, Category, Cluster, DiagnosisItem, Edit, Id, PlanAction, Plans, VecEdit, Vote, Workshop,
    non_empty,
};
use crate::i18n::{self, T};

/// Saves the cluster form (a new cluster of the marked items, or a title).
pub fn cluster_form_saved(v: &DiagnosisView, s: &Seen, form: &Form) -> Outcome<DiagnosisView> {
    let title = accept!(non_empty(form.text(0)));
    let d = &s.w.diagnosis;
    match form.kind {
        FormKind::EditCluster(id) => {
            let Some(i) = d.clusters.iter().position(|c| c.id == id) else {
                return Outcome::warn(T::GoneMeanwhile, &[]);
            };
            let new = Cluster {
                title,
                ..d.clusters[i].clone()
            };
            Outcome::edit(Edit::Cluster(VecEdit::Replace(i, new)))
        }
        _ => {
            let items: Vec<(usize, DiagnosisItem)> = d
                .items
                .iter()
                .enumerate()
                .filter(|(_, i)| v.marked.contains(&i.id))
                .map(|(k, i)| (k, i.clone()))
                .collect();
            let Some((_, first)) = items.first() else {
                return Outcome::none();
            };
            let cluster = Cluster {
                id: s.w.fresh_id(),
                title,
                category: first.category,
            };
            let mut edits = vec![Edit::Cluster(VecEdit::Insert(
                d.clusters.len(),
                cluster.clone(),
            ))];
            for (k, item) in items {
                edits.push(Edit::Item(VecEdit::Replace(
                    k,
                    DiagnosisItem {
                        cluster: Some(cluster.id),
                        ..item
                    },
                )));
            }
            Outcome::edit(Edit::Batch(edits)).then(|v: &mut DiagnosisView, _| v.marked.clear())
        }
    }
}

pub(super) fn toggle_mark(v: &mut DiagnosisView, w: &Workshop) {
    let n = rows(w, v).len();
    if let Some(Row::Item { id, .. }) = row(v, w) {
        match v.marked.iter().position(|x| *x == id) {
            Some(p) => {
                v.marked.remove(p);
            }
            None => v.marked.push(id),
        }
        // On to the next row, so a run of items is marked with Space Space Space.
        v.selected = (v.selected + 1).min(n.saturating_sub(1));
    }
}

/// `c`: the marked items become a cluster (or join the selected one).
pub(super) fn cluster_marked(v: &mut DiagnosisView, s: &Seen) -> Outcome<DiagnosisView> {
    let d = &s.w.diagnosis;
    let mut marked = v.marked.clone();
    if marked.is_empty()
        && let Some(Row::Item { id, .. }) = row(v, s.w)
    {
        marked.push(id);
    }
    marked.retain(|id| d.items.iter().any(|i| i.id == *id));
    if marked.is_empty() {
        return Outcome::info(T::MarkFirst, &[]);
    }
    let cats: Vec<Category> = d
        .items
        .iter()
        .filter(|i| marked.contains(&i.id))
        .map(|i| i.category)
        .collect();
    if cats.iter().any(|c| *c != cats[0]) {
        return Outcome::warn(T::OneCategoryPerCluster, &[]);
    }
    if let Some(Row::Cluster(cid)) = row(v, s.w) {
        // Marked items join the selected cluster.
        let edits: Vec<Edit> = d
            .items
            .iter()
            .enumerate()
            .filter(|(_, i)| marked.contains(&i.id))
            .map(|(k, i)| {
                Edit::Item(VecEdit::Replace(
                    k,
                    DiagnosisItem {
                        cluster: Some(cid),
                        ..i.clone()
                    },
                ))
            })
            .collect();
        return Outcome::edit(Edit::Batch(edits)).then(|v: &mut DiagnosisView, _| v.marked.clear());
    }
    let title = d
        .items
        .iter()
        .find(|i| i.id == marked[0])
        .map(|i| i.text.clone())
        .unwrap_or_default();
    v.marked = marked;
    Outcome::open(Overlay::Form(Form::new(
        FormKind::NewCluster,
        T::NewCluster,
        vec![FormField::text(T::FieldTitle, &title, false)],
    )))
}

/// `u`: a cluster dissolves (its items stay, its dots go); an item leaves its cluster.
pub(super) fn unmerge(v: &DiagnosisView, s: &Seen) -> Outcome<DiagnosisView> {
    let d = &s.w.diagnosis;
    let edits = match row(v, s.w) {
        Some(Row::Cluster(cid)) => {
            // A cluster a plan action came from stays, like on delete.
            if let Some((_, a)) = plan_of(s.w, cid) {
                return Outcome::warn(T::StillInPlan, &[("what", &a.what)]);
            }
            dissolve(s.w, cid)
        }
        Some(Row::Item { id, nested: true }) => d
            .items
            .iter()
            .position(|i| i.id == id)
            .map(|k| {
                vec![Edit::Item(VecEdit::Replace(
                    k,
                    DiagnosisItem {
                        cluster: None,
                        ..d.items[k].clone()
                    },
                ))]
            })
            .unwrap_or_default(),
        _ => return Outcome::none(),
    };
    Outcome::edit(Edit::Batch(edits))
}

pub(super) fn delete_selected(v: &DiagnosisView, s: &Seen) -> Outcome<DiagnosisView> {
    let w = s.w;
    let d = &w.diagnosis;
    let row = row(v, w);
    let target = match row {
        Some(Row::Item { id, .. } | Row::Cluster(id)) => id,
        _ => return Outcome::none(),
    };
    // What a plan action came from stays, so the link is never left dangling.
    if let Some((_, a)) = plan_of(w, target) {
        return Outcome::warn(T::StillInPlan, &[("what", &a.what)]);
    }
    let (edits, what) = match row {
        Some(Row::Item { id, .. }) => {
            let Some(k) = d.items.iter().position(|i| i.id == id) else {
                return Outcome::none();
            };
            let mut edits = remove_votes(w, id);
            edits.push(Edit::Item(VecEdit::Remove(k)));
            (edits, d.items[k].text.clone())
        }
        _ => {
            let title = d
                .clusters
                .iter()
                .find(|c| c.id == target)
                .map(|c| c.title.clone())
                .unwrap_or_default();
            (dissolve(w, target), title)
        }
    };
    Outcome::edit(Edit::Batch(edits)).saying(T::Deleted, &[("what", &what)])
}

/// `+` / `-`: the current author places or takes back a dot.
pub(super) fn vote(v: &DiagnosisView, s: &Seen, up: bool) -> Outcome<DiagnosisView> {
    let w = s.w;
    let target = match row(v, w) {
        Some(Row::Item { id, .. } | Row::Cluster(id)) => id,
        _ => return Outcome::none(),
    };
    let Author::Member(voter) = v.author(w) else {
        return Outcome::warn(T::GroupCannotVote, &[]);
    };
    let name = w.member(voter).map(|m| m.name.clone()).unwrap_or_default();
    if up {
        let mut d = w.diagnosis.clone();
        if let Err(e) = d.cast_vote(voter, &name, target) {
            return Outcome::refused(e);
        }
        let at = w.diagnosis.votes.len();
        Outcome::edit(Edit::Vote(VecEdit::Insert(at, Vote { voter, target })))
    } else if let Some(k) = w
        .diagnosis
        .votes
        .iter()
        .rposition(|v| v.voter == voter && v.target == target)
    {
        Outcome::edit(Edit::Vote(VecEdit::Remove(k)))
    } else {
        Outcome::none()
    }
}

/// `p`: the selected item or cluster becomes an action of the plan its
/// category feeds, linked back to it.
pub(super) fn make_plan_action(v: &DiagnosisView, s: &Seen) -> Outcome<DiagnosisView> {
    let w = s.w;
    let (id, text, category) = match row(v, w) {
        Some(Row::Item { id, .. }) => match w.diagnosis.items.iter().find(|i| i.id == id) {
            Some(i) => (id, i.text.clone(), i.category),
            None => return Outcome::none(),
        },
        Some(Row::Cluster(id)) => match w.diagnosis.clusters.iter().find(|c| c.id == id) {
            Some(c) => (id, c.title.clone(), c.category),
            None => return Outcome::none(),
        },
        _ => return Outcome::none(),
    };
    if let Some((_, a)) = plan_of(w, id) {
        return Outcome::info(T::AlreadyInPlan, &[("what", &a.what)]);
    }
    let kind = Plans::kind_for(category);
    let mut action = PlanAction::new(w.fresh_id(), &text);
    action.origin = Some(id);
    let at = w.plans.list(kind).len();
    let plan = i18n::plan_name(s.lang, kind);
    Outcome::edit(Edit::Action(kind, VecEdit::Insert(at, action)))
        .saying(T::AddedToPlan, &[("plan", plan), ("what", &text)])
}

/// In the summary: `+` / `-` change the dots each member has.
pub(super) fn set_votes_per_member(s: &Seen, up: bool) -> Outcome<DiagnosisView> {
    let w = s.w;
    let n = w.diagnosis.votes_per_member;
    let most_used = w
        .team
        .iter()
        .map(|m| w.diagnosis.votes_of(m.id))
        .max()
        .unwrap_or(0);
    let next = if up {
        n.saturating_add(1).min(20)
    } else {
        n.saturating_sub(1).max(1)
    };
    if usize::from(next) < most_used {
        return Outcome::warn(T::VotesAlreadyPlaced, &[]);
    }
    if next == n {
        return Outcome::none();
    }
    Outcome::edit(Edit::SetVotesPerMember(next))
}

/// Edits removing every dot on a target (highest index first, so indices hold).
fn remove_votes(w: &Workshop, target: Id) -> Vec<Edit> {
    let mut idx: Vec<usize> = w
        .diagnosis
        .votes
        .iter()
        .enumerate()
        .filter(|(_, v)| v.target == target)
        .map(|(k, _)| k)
        .collect();
    idx.reverse();
    idx.into_iter()
        .map(|k| Edit::Vote(VecEdit::Remove(k)))
        .collect()
}

/// Edits dissolving a cluster: its items leave it, its dots go, it goes.
fn dissolve(w: &Workshop, cid: Id) -> Vec<Edit> {
    let d = &w.diagnosis;
    let mut edits: Vec<Edit> = d
        .items
        .iter()
        .enumerate()
        .filter(|(_, i)| i.cluster == Some(cid))
        .map(|(k, i)| {
            Edit::Item(VecEdit::Replace(
                k,
                DiagnosisItem {
                    cluster: None,
                    ..i.clone()
                },
            ))
        })
        .collect();
    edits.extend(remove_votes(w, cid));
    if let Some(k) = d.clusters.iter().position(|c| c.id == cid) {
        edits.push(Edit::Cluster(VecEdit::Remove(k)));
    }
    edits
}
