//! Screen 3, the first reflection workshop's board: strengths and weaknesses by
//! category, typed in fast with a round-robin author, clustered, dot-voted by a
//! scribe with counts hidden until revealed, and turned into plan actions.

use super::form::{Form, FormField, FormKind};
use super::keymap::Action;
use super::{App, Env};
use crate::domain::{
    Author, Category, Cluster, DiagnosisItem, Edit, Id, Language, PlanAction, PlanKind, Plans,
    VecEdit, Vote, Workshop, non_empty,
};
use crate::i18n::{self, T};

/// What the board shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// Everyone's items.
    #[default]
    Group,
    /// Only the current author's items.
    Member,
    /// Counts per category and, once revealed, the ranking.
    Summary,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DiagnosisView {
    pub selected: usize,
    /// Items marked for clustering.
    pub marked: Vec<Id>,
    /// Who the next item is by, and whose dots `+` places.
    pub author: Option<Author>,
    /// Authors hidden (for the projector).
    pub anonymous: bool,
    pub mode: Mode,
}

impl DiagnosisView {
    /// The current author: the one chosen, else the first member, else the group.
    pub fn author(&self, w: &Workshop) -> Author {
        match self.author {
            Some(Author::Member(id)) if w.member(id).is_some() => Author::Member(id),
            Some(Author::Group) => Author::Group,
            _ => w
                .team
                .first()
                .map_or(Author::Group, |m| Author::Member(m.id)),
        }
    }
}

/// One line of the board.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    Header(Category),
    Cluster(Id),
    /// An item; `nested` when shown inside its cluster.
    Item {
        id: Id,
        nested: bool,
    },
}

/// The board's rows, derived from the model and the view (never stored).
pub fn rows(w: &Workshop, v: &DiagnosisView) -> Vec<Row> {
    let d = &w.diagnosis;
    let author = v.author(w);
    let shown = |i: &DiagnosisItem| v.mode != Mode::Member || i.author == author;
    let mut out = Vec::with_capacity(d.items.len() + d.clusters.len() + 5);
    for cat in Category::ALL {
        out.push(Row::Header(cat));
        for c in d.clusters.iter().filter(|c| c.category == cat) {
            let members: Vec<&DiagnosisItem> = d.members_of(c.id).filter(|i| shown(i)).collect();
            if v.mode == Mode::Member && members.is_empty() {
                continue;
            }
            out.push(Row::Cluster(c.id));
            out.extend(members.iter().map(|i| Row::Item {
                id: i.id,
                nested: true,
            }));
        }
        let clustered = |i: &DiagnosisItem| {
            i.cluster
                .is_some_and(|c| d.clusters.iter().any(|k| k.id == c))
        };
        out.extend(
            d.items_in(cat)
                .filter(|i| !clustered(i) && shown(i))
                .map(|i| Row::Item {
                    id: i.id,
                    nested: false,
                }),
        );
    }
    out
}

impl App {
    fn diag_row(&self) -> Option<Row> {
        let doc = self.doc.as_ref()?;
        let rows = rows(&doc.workshop, &self.view.diagnosis);
        rows.get(
            self.view
                .diagnosis
                .selected
                .min(rows.len().saturating_sub(1)),
        )
        .copied()
    }

    /// The category the selection is in (where `a` adds).
    fn diag_category(&self) -> Category {
        let Some(doc) = &self.doc else {
            return Category::Expectations;
        };
        let d = &doc.workshop.diagnosis;
        match self.diag_row() {
            Some(Row::Header(c)) => c,
            Some(Row::Cluster(id)) => d
                .clusters
                .iter()
                .find(|c| c.id == id)
                .map_or(Category::Expectations, |c| c.category),
            Some(Row::Item { id, .. }) => d
                .items
                .iter()
                .find(|i| i.id == id)
                .map_or(Category::Expectations, |i| i.category),
            None => Category::Expectations,
        }
    }

    pub(super) fn diagnosis_action(&mut self, action: Action, env: &Env) {
        let Some(doc) = &self.doc else { return };
        let n = rows(&doc.workshop, &self.view.diagnosis).len();
        let v = &mut self.view.diagnosis;
        match action {
            Action::Up => v.selected = v.selected.saturating_sub(1),
            Action::Down => v.selected = (v.selected + 1).min(n.saturating_sub(1)),
            Action::PageUp => v.selected = v.selected.saturating_sub(10),
            Action::PageDown => v.selected = (v.selected + 10).min(n.saturating_sub(1)),
            Action::First => v.selected = 0,
            Action::Last => v.selected = n.saturating_sub(1),
            Action::NextField | Action::PrevField => {
                self.jump_category(action == Action::NextField)
            }
            Action::Add => self.open_item_form(None, 0),
            Action::Edit | Action::Open => self.edit_selected(0),
            Action::Move => self.edit_selected(1),
            Action::Delete => self.delete_selected(env),
            Action::Toggle => self.toggle_mark(),
            Action::Cluster => self.cluster_marked(env),
            Action::Unmerge => self.unmerge(env),
            Action::NextAuthor => self.step_author(1),
            Action::PrevAuthor => self.step_author(-1),
            Action::VoteUp => self.vote(true, env),
            Action::VoteDown => self.vote(false, env),
            Action::Reveal => {
                let on = !doc.workshop.diagnosis.votes_revealed;
                self.apply(Edit::SetVotesRevealed(on), env);
            }
            Action::Anonymous => v.anonymous = !v.anonymous,
            Action::ViewMode => {
                v.mode = match v.mode {
                    Mode::Group => Mode::Member,
                    Mode::Member => Mode::Summary,
                    Mode::Summary => Mode::Group,
                };
                v.selected = 0;
            }
            Action::ToPlan => self.make_plan_action(env),
            _ => {}
        }
    }

    /// Tab / Shift-Tab: to the next or previous category heading.
    fn jump_category(&mut self, forward: bool) {
        let Some(doc) = &self.doc else { return };
        let rows = rows(&doc.workshop, &self.view.diagnosis);
        let at = self.view.diagnosis.selected;
        let headers: Vec<usize> = rows
            .iter()
            .enumerate()
            .filter(|(_, r)| matches!(r, Row::Header(_)))
            .map(|(i, _)| i)
            .collect();
        let next = if forward {
            headers.iter().find(|&&h| h > at).or(headers.first())
        } else {
            headers.iter().rev().find(|&&h| h < at).or(headers.last())
        };
        if let Some(&h) = next {
            self.view.diagnosis.selected = h;
        }
    }

    fn step_author(&mut self, dir: i32) {
        let Some(doc) = &self.doc else { return };
        let w = &doc.workshop;
        // The group, then each member in team order.
        let ring: Vec<Author> = std::iter::once(Author::Group)
            .chain(w.team.iter().map(|m| Author::Member(m.id)))
            .collect();
        let now = self.view.diagnosis.author(w);
        let pos = ring.iter().position(|a| *a == now).unwrap_or(0) as i32;
        let next = ring[(pos + dir).rem_euclid(ring.len() as i32) as usize];
        self.view.diagnosis.author = Some(next);
    }

    fn author_options(&self, w: &Workshop) -> (Vec<Author>, Vec<String>) {
        let mut authors = vec![Author::Group];
        let mut names = vec![self.t(T::TheGroup).to_string()];
        for m in &w.team {
            authors.push(Author::Member(m.id));
            names.push(m.name.clone());
        }
        (authors, names)
    }

    /// The item form: text first, then category and author; `focus` picks the field.
    fn open_item_form(&mut self, item: Option<&DiagnosisItem>, focus: usize) {
        let Some(doc) = &self.doc else { return };
        let w = &doc.workshop;
        let category = item.map_or_else(|| self.diag_category(), |i| i.category);
        let author = item.map_or_else(|| self.view.diagnosis.author(w), |i| i.author);
        let (authors, names) = self.author_options(w);
        let cats = Category::ALL
            .iter()
            .map(|c| i18n::category(self.lang, *c).to_string())
            .collect();
        let mut form = Form::new(
            item.map_or(FormKind::NewItem, |i| FormKind::EditItem(i.id)),
            if item.is_some() {
                T::EditItem
            } else {
                T::NewItem
            },
            vec![
                FormField::text(T::FieldText, item.map_or("", |i| &i.text), true),
                FormField::choice(
                    T::FieldCategory,
                    Category::ALL
                        .iter()
                        .position(|c| *c == category)
                        .unwrap_or(0),
                    cats,
                ),
                FormField::choice(
                    T::FieldAuthor,
                    authors.iter().position(|a| *a == author).unwrap_or(0),
                    names,
                ),
            ],
        );
        form.focus = focus;
        self.open_form(form);
    }

    fn edit_selected(&mut self, focus: usize) {
        let Some(doc) = &self.doc else { return };
        let d = &doc.workshop.diagnosis;
        match self.diag_row() {
            Some(Row::Item { id, .. }) => {
                let item = d.items.iter().find(|i| i.id == id).cloned();
                self.open_item_form(item.as_ref(), focus);
            }
            Some(Row::Cluster(id)) => {
                let title = d
                    .clusters
                    .iter()
                    .find(|c| c.id == id)
                    .map(|c| c.title.clone())
                    .unwrap_or_default();
                self.open_form(Form::new(
                    FormKind::EditCluster(id),
                    T::EditCluster,
                    vec![FormField::text(T::FieldTitle, &title, false)],
                ));
            }
            _ => {}
        }
    }

    /// Saves an item form; false keeps the form open.
    pub(super) fn item_form_saved(&mut self, form: &Form, env: &Env) -> bool {
        let Some(text) = self.accept(non_empty(form.text(0))) else {
            return false;
        };
        let Some(doc) = &self.doc else { return false };
        let w = &doc.workshop;
        let category = Category::ALL[form.choice(1).min(Category::ALL.len() - 1)];
        let (authors, _) = self.author_options(w);
        let author = authors
            .get(form.choice(2))
            .copied()
            .unwrap_or(Author::Group);
        let edit = match form.kind {
            FormKind::EditItem(id) => {
                let Some(i) = w.diagnosis.items.iter().position(|x| x.id == id) else {
                    return true;
                };
                let old = &w.diagnosis.items[i];
                // Moving to another category takes the item out of its cluster.
                let cluster = if category == old.category {
                    old.cluster
                } else {
                    None
                };
                let new = DiagnosisItem {
                    text,
                    category,
                    author,
                    cluster,
                    id,
                };
                if &new == old {
                    return true;
                }
                Edit::Item(VecEdit::Replace(i, new))
            }
            _ => {
                let item = DiagnosisItem {
                    id: w.fresh_id(),
                    category,
                    text,
                    author,
                    cluster: None,
                };
                // The new item goes after the last of its category, so the board order is the typing order.
                let at = w
                    .diagnosis
                    .items
                    .iter()
                    .rposition(|i| i.category == category)
                    .map_or(w.diagnosis.items.len(), |p| p + 1);
                Edit::Item(VecEdit::Insert(at, item))
            }
        };
        let new_id = match &edit {
            Edit::Item(VecEdit::Insert(_, item) | VecEdit::Replace(_, item)) => Some(item.id),
            _ => None,
        };
        let ok = self.apply(edit, env);
        if ok && let (Some(id), Some(doc)) = (new_id, &self.doc) {
            // Keep the selection on the item just typed.
            if let Some(pos) = rows(&doc.workshop, &self.view.diagnosis)
                .iter()
                .position(|r| matches!(r, Row::Item { id: x, .. } if *x == id))
            {
                self.view.diagnosis.selected = pos;
            }
        }
        ok
    }

    pub(super) fn cluster_form_saved(&mut self, form: &Form, env: &Env) -> bool {
        let Some(title) = self.accept(non_empty(form.text(0))) else {
            return false;
        };
        let Some(doc) = &self.doc else { return false };
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

    fn toggle_mark(&mut self) {
        let Some(doc) = &self.doc else { return };
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
    fn cluster_marked(&mut self, env: &Env) {
        let Some(doc) = &self.doc else { return };
        let d = &doc.workshop.diagnosis;
        let mut marked = self.view.diagnosis.marked.clone();
        if marked.is_empty()
            && let Some(Row::Item { id, .. }) = self.diag_row()
        {
            marked.push(id);
        }
        marked.retain(|id| d.items.iter().any(|i| i.id == *id));
        if marked.is_empty() {
            self.info(self.t(T::MarkFirst).to_string());
            return;
        }
        let cats: Vec<Category> = d
            .items
            .iter()
            .filter(|i| marked.contains(&i.id))
            .map(|i| i.category)
            .collect();
        if cats.iter().any(|c| *c != cats[0]) {
            self.error(self.t(T::OneCategoryPerCluster).to_string());
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
    fn unmerge(&mut self, env: &Env) {
        let Some(doc) = &self.doc else { return };
        let d = &doc.workshop.diagnosis;
        let edits = match self.diag_row() {
            Some(Row::Cluster(cid)) => dissolve(&doc.workshop, cid),
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

    fn delete_selected(&mut self, env: &Env) {
        let Some(doc) = &self.doc else { return };
        let w = &doc.workshop;
        let d = &w.diagnosis;
        let row = self.diag_row();
        let target = match row {
            Some(Row::Item { id, .. } | Row::Cluster(id)) => id,
            _ => return,
        };
        // What a plan action came from stays, so the link is never left dangling.
        if let Some(what) = plan_of(w, target).map(|(_, a)| a.what.clone()) {
            let msg = i18n::tf(self.lang, T::StillInPlan, &[("what", &what)]);
            return self.error(msg);
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
                .doc
                .as_ref()
                .map_or(0, |d| rows(&d.workshop, &self.view.diagnosis).len());
            self.view.diagnosis.selected = self.view.diagnosis.selected.min(n.saturating_sub(1));
            self.info(i18n::tf(self.lang, T::Deleted, &[("what", &what)]));
        }
    }

    /// `+` / `-`: the current author places or takes back a dot.
    fn vote(&mut self, up: bool, env: &Env) {
        let Some(doc) = &self.doc else { return };
        let w = &doc.workshop;
        let target = match self.diag_row() {
            Some(Row::Item { id, .. } | Row::Cluster(id)) => id,
            _ => return,
        };
        let Author::Member(voter) = self.view.diagnosis.author(w) else {
            return self.error(self.t(T::GroupCannotVote).to_string());
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
    fn make_plan_action(&mut self, env: &Env) {
        let Some(doc) = &self.doc else { return };
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
            let msg = i18n::tf(self.lang, T::AlreadyInPlan, &[("what", &what)]);
            return self.info(msg);
        }
        let kind = Plans::kind_for(category);
        let mut action = PlanAction::new(w.fresh_id(), &text);
        action.origin = Some(id);
        let at = w.plans.list(kind).len();
        if self.apply(Edit::Action(kind, VecEdit::Insert(at, action)), env) {
            let plan = i18n::plan_name(self.lang, kind);
            self.info(i18n::tf(
                self.lang,
                T::AddedToPlan,
                &[("plan", plan), ("what", &text)],
            ));
        }
    }

    /// In the summary: `+` / `-` change the dots each member has.
    pub(super) fn set_votes_per_member(&mut self, up: bool, env: &Env) {
        let Some(doc) = &self.doc else { return };
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
            return self.error(self.t(T::VotesAlreadyPlaced).to_string());
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

/// The author as shown: a name, "the group", or nothing when anonymous.
pub fn author_name(w: &Workshop, lang: Language, a: Author) -> String {
    match a {
        Author::Group => i18n::t(lang, T::TheGroup).to_string(),
        Author::Member(id) => w.member(id).map_or_else(|| "?".into(), |m| m.name.clone()),
    }
}

/// The plan action made from a diagnosis item or cluster, if any.
pub fn plan_of(w: &Workshop, id: Id) -> Option<(PlanKind, &PlanAction)> {
    [PlanKind::Prevention, PlanKind::Curative]
        .into_iter()
        .find_map(|k| {
            w.plans
                .list(k)
                .iter()
                .find(|a| a.origin == Some(id))
                .map(|a| (k, a))
        })
}
