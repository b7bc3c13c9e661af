//! The board's heavier moves: clusters, dots, deletions and turning items into
//! plan actions, each one undoable step.

use super::super::form::{Form, FormField, FormKind};
use super::super::{App, Env};
use super::{Row, plan_of, rows};
use crate::domain::{
    Author, Category, Cluster, DiagnosisItem, Edit, Id, PlanAction, Plans, VecEdit, Vote, Workshop,
    non_empty,
};
use crate::i18n::{self, T};

impl App {
    pub(in crate::app) fn cluster_form_saved(&mut self, form: &Form, env: &Env) -> bool {
        let Some(title) = self.accept(non_empty(form.text(0))) else {
            return false;
        };
        let Some(doc) = &self.shared.doc else {
            return false;
        };
        let d = &doc.workshop.diagnosis;
        match form.kind {
            FormKind::EditCluster(id) => {
                let Some(i) = d.clusters.iter().position(|c| c.id == id) else {
                    return true;
                };
                let new = Cluster {
                    title,
                    ..d.clusters[i].clone()
                };
                self.apply(Edit::Cluster(VecEdit::Replace(i, new)), env)
            }
            _ => {
                let marked = self.view.diagnosis.marked.clone();
                let items: Vec<(usize, DiagnosisItem)> = d
                    .items
                    .iter()
                    .enumerate()
                    .filter(|(_, i)| marked.contains(&i.id))
                    .map(|(k, i)| (k, i.clone()))
                    .collect();
                let Some((_, first)) = items.first() else {
                    return true;
                };
                let cluster = Cluster {
                    id: doc.workshop.fresh_id(),
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
                let ok = self.apply(Edit::Batch(edits), env);
                if ok {
                    self.view.diagnosis.marked.clear();
                }
                ok
            }
        }
    }

    pub(super) fn toggle_mark(&mut self) {
        let Some(doc) = &self.shared.doc else { return };
        let n = rows(&doc.workshop, &self.view.diagnosis).len();
        if let Some(Row::Item { id, .. }) = self.diag_row() {
            let v = &mut self.view.diagnosis;
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
    pub(super) fn cluster_marked(&mut self, env: &Env) {
        let Some(doc) = &self.shared.doc else { return };
        let d = &doc.workshop.diagnosis;
        let mut marked = self.view.diagnosis.marked.clone();
        if marked.is_empty()
            && let Some(Row::Item { id, .. }) = self.diag_row()
        {
            marked.push(id);
        }
        marked.retain(|id| d.items.iter().any(|i| i.id == *id));
        if marked.is_empty() {
            self.say(T::MarkFirst, &[]);
            return;
        }
        let cats: Vec<Category> = d
            .items
            .iter()
            .filter(|i| marked.contains(&i.id))
            .map(|i| i.category)
            .collect();
        if cats.iter().any(|c| *c != cats[0]) {
            self.warn(T::OneCategoryPerCluster, &[]);
            return;
        }
        if let Some(Row::Cluster(cid)) = self.diag_row() {
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
            if self.apply(Edit::Batch(edits), env) {
                self.view.diagnosis.marked.clear();
            }
            return;
        }
        self.view.diagnosis.marked = marked.clone();
        let title = d
            .items
            .iter()
            .find(|i| i.id == marked[0])
            .map(|i| i.text.clone())
            .unwrap_or_default();
        self.open_form(Form::new(
            FormKind::NewCluster,
            T::NewCluster,
            vec![FormField::text(T::FieldTitle, &title, false)],
        ));
    }

    /// `u`: a cluster dissolves (its items stay, its dots go); an item leaves its cluster.
    pub(super) fn unmerge(&mut self, env: &Env) {
        let Some(doc) = &self.shared.doc else { return };
        let d = &doc.workshop.diagnosis;
        let edits = match self.diag_row() {
            Some(Row::Cluster(cid)) => {
                // A cluster a plan action came from stays, like on delete.
                if let Some(what) = plan_of(&doc.workshop, cid).map(|(_, a)| a.what.clone()) {
                    return self.warn(T::StillInPlan, &[("what", &what)]);
                }
                dissolve(&doc.workshop, cid)
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
            _ => return,
        };
        self.apply(Edit::Batch(edits), env);
    }

    pub(super) fn delete_selected(&mut self, env: &Env) {
        let Some(doc) = &self.shared.doc else { return };
        let w = &doc.workshop;
        let d = &w.diagnosis;
        let row = self.diag_row();
        let target = match row {
            Some(Row::Item { id, .. } | Row::Cluster(id)) => id,
            _ => return,
        };
        // What a plan action came from stays, so the link is never left dangling.
        if let Some(what) = plan_of(w, target).map(|(_, a)| a.what.clone()) {
            return self.warn(T::StillInPlan, &[("what", &what)]);
        }
        let (edits, what) = match row {
            Some(Row::Item { id, .. }) => {
                let Some(k) = d.items.iter().position(|i| i.id == id) else {
                    return;
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
        if self.apply(Edit::Batch(edits), env) {
            let n = self
                .shared
                .doc
                .as_ref()
                .map_or(0, |d| rows(&d.workshop, &self.view.diagnosis).len());
            self.view.diagnosis.selected = self.view.diagnosis.selected.min(n.saturating_sub(1));
            self.say(T::Deleted, &[("what", &what)]);
        }
    }

    /// `+` / `-`: the current author places or takes back a dot.
    pub(super) fn vote(&mut self, up: bool, env: &Env) {
        let Some(doc) = &self.shared.doc else { return };
        let w = &doc.workshop;
        let target = match self.diag_row() {
            Some(Row::Item { id, .. } | Row::Cluster(id)) => id,
            _ => return,
        };
        let Author::Member(voter) = self.view.diagnosis.author(w) else {
            return self.warn(T::GroupCannotVote, &[]);
        };
        let name = w.member(voter).map(|m| m.name.clone()).unwrap_or_default();
        if up {
            let mut d = w.diagnosis.clone();
            if let Err(e) = d.cast_vote(voter, &name, target) {
                return self.refuse(&e);
            }
            self.apply(
                Edit::Vote(VecEdit::Insert(
                    w.diagnosis.votes.len(),
                    Vote { voter, target },
                )),
                env,
            );
        } else if let Some(k) = w
            .diagnosis
            .votes
            .iter()
            .rposition(|v| v.voter == voter && v.target == target)
        {
            self.apply(Edit::Vote(VecEdit::Remove(k)), env);
        }
    }

    /// `p`: the selected item or cluster becomes an action of the plan its
    /// category feeds, linked back to it.
    pub(super) fn make_plan_action(&mut self, env: &Env) {
        let Some(doc) = &self.shared.doc else { return };
        let w = &doc.workshop;
        let (id, text, category) = match self.diag_row() {
            Some(Row::Item { id, .. }) => match w.diagnosis.items.iter().find(|i| i.id == id) {
                Some(i) => (id, i.text.clone(), i.category),
                None => return,
            },
            Some(Row::Cluster(id)) => match w.diagnosis.clusters.iter().find(|c| c.id == id) {
                Some(c) => (id, c.title.clone(), c.category),
                None => return,
            },
            _ => return,
        };
        let in_plan = plan_of(w, id).map(|(_, a)| a.what.clone());
        if let Some(what) = in_plan {
            return self.say(T::AlreadyInPlan, &[("what", &what)]);
        }
        let kind = Plans::kind_for(category);
        let mut action = PlanAction::new(w.fresh_id(), &text);
        action.origin = Some(id);
        let at = w.plans.list(kind).len();
        if self.apply(Edit::Action(kind, VecEdit::Insert(at, action)), env) {
            let plan = i18n::plan_name(self.lang, kind);
            self.say(T::AddedToPlan, &[("plan", plan), ("what", &text)]);
        }
    }

    /// In the summary: `+` / `-` change the dots each member has.
    pub(in crate::app) fn set_votes_per_member(&mut self, up: bool, env: &Env) {
        let Some(doc) = &self.shared.doc else { return };
        let n = doc.workshop.diagnosis.votes_per_member;
        let most_used = doc
            .workshop
            .team
            .iter()
            .map(|m| doc.workshop.diagnosis.votes_of(m.id))
            .max()
            .unwrap_or(0);
        let next = if up {
            n.saturating_add(1).min(20)
        } else {
            n.saturating_sub(1).max(1)
        };
        if usize::from(next) < most_used {
            return self.warn(T::VotesAlreadyPlaced, &[]);
        }
        if next != n {
            self.apply(Edit::SetVotesPerMember(next), env);
        }
    }
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
