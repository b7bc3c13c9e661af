//! Screen 3, the first reflection workshop's board: strengths and weaknesses by
//! category, typed in fast with a round-robin author, clustered, dot-voted by a
//! scribe with counts hidden until revealed, and turned into plan actions.

use super::Overlay;
use super::form::{Form, FormField, FormKind};
use super::keymap::Action;
use super::outcome::{Outcome, Seen, accept};
use crate::domain::{
    Author, Category, DiagnosisItem, Edit, Id, PlanAction, PlanKind, VecEdit, Workshop, non_empty,
};
use crate::i18n::{self, T};

mod board;

pub use board::cluster_form_saved;

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
    /// Whose cards are shown: a console sees every card, a participant the
    /// revealed ones and their own.
    pub reader: Reader,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Reader {
    #[default]
    Console,
    Participant(Option<Id>),
}

impl Reader {
    pub fn sees(self, i: &DiagnosisItem) -> bool {
        match self {
            Reader::Console => true,
            Reader::Participant(me) => {
                !i.private || me.is_some_and(|m| i.author == Author::Member(m))
            }
        }
    }
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
    let shown =
        |i: &DiagnosisItem| v.reader.sees(i) && (v.mode != Mode::Member || i.author == author);
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

/// The selected row, if any.
fn row(v: &DiagnosisView, w: &Workshop) -> Option<Row> {
    let rows = rows(w, v);
    rows.get(v.selected.min(rows.len().saturating_sub(1)))
        .copied()
}

/// The category the selection is in (where `a` adds).
pub fn category(v: &DiagnosisView, w: &Workshop) -> Category {
    let d = &w.diagnosis;
    match row(v, w) {
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

/// Screen 3's keys.
pub fn update(v: &mut DiagnosisView, s: &Seen, action: Action) -> Outcome<DiagnosisView> {
    let w = s.w;
    let n = rows(w, v).len();
    match action {
        Action::Up => v.selected = v.selected.saturating_sub(1),
        Action::Down => v.selected = (v.selected + 1).min(n.saturating_sub(1)),
        Action::PageUp => v.selected = v.selected.saturating_sub(10),
        Action::PageDown => v.selected = (v.selected + 10).min(n.saturating_sub(1)),
        Action::First => v.selected = 0,
        Action::Last => v.selected = n.saturating_sub(1),
        Action::NextField | Action::PrevField => jump_category(v, w, action == Action::NextField),
        Action::Add => return item_form(v, s, None, 0),
        Action::Edit | Action::Open => return edit_selected(v, s, 0),
        Action::Move => return edit_selected(v, s, 1),
        Action::Delete => return board::delete_selected(v, s),
        Action::Toggle => board::toggle_mark(v, w),
        Action::Cluster => return board::cluster_marked(v, s),
        Action::Unmerge => return board::unmerge(v, s),
        Action::NextAuthor => step_author(v, w, 1),
        Action::PrevAuthor => step_author(v, w, -1),
        Action::VoteUp => return board::vote(v, s, true),
        Action::VoteDown => return board::vote(v, s, false),
        Action::DotsMore => return board::set_votes_per_member(s, true),
        Action::DotsFewer => return board::set_votes_per_member(s, false),
        Action::Reveal => {
            // The room's new cards first; once everyone sees them, the votes.
            let cards: Vec<Edit> = w
                .diagnosis
                .items
                .iter()
                .enumerate()
                .filter(|(_, i)| i.private)
                .map(|(k, i)| {
                    Edit::Item(VecEdit::Replace(
                        k,
                        DiagnosisItem {
                            private: false,
                            ..i.clone()
                        },
                    ))
                })
                .collect();
            if !cards.is_empty() {
                let n = cards.len().to_string();
                return Outcome::edit(Edit::Batch(cards)).saying(T::CardsRevealed, &[("n", &n)]);
            }
            let on = !w.diagnosis.votes_revealed;
            return Outcome::edit(Edit::SetVotesRevealed(on));
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
        Action::ToPlan => return board::make_plan_action(v, s),
        _ => {}
    }
    Outcome::none()
}

/// Tab / Shift-Tab: to the next or previous category heading.
fn jump_category(v: &mut DiagnosisView, w: &Workshop, forward: bool) {
    let rows = rows(w, v);
    let at = v.selected;
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
        v.selected = h;
    }
}

fn step_author(v: &mut DiagnosisView, w: &Workshop, dir: i32) {
    // The group, then each member in team order.
    let ring: Vec<Author> = std::iter::once(Author::Group)
        .chain(w.team.iter().map(|m| Author::Member(m.id)))
        .collect();
    let now = v.author(w);
    let pos = ring.iter().position(|a| *a == now).unwrap_or(0) as i32;
    v.author = Some(ring[(pos + dir).rem_euclid(ring.len() as i32) as usize]);
}

fn author_options(s: &Seen) -> (Vec<Author>, Vec<String>) {
    let mut authors = vec![Author::Group];
    let mut names = vec![s.t(T::TheGroup).to_string()];
    for m in &s.w.team {
        authors.push(Author::Member(m.id));
        names.push(m.name.clone());
    }
    (authors, names)
}

/// The item form: text first, then category and author; `focus` picks the field.
fn item_form(
    v: &DiagnosisView,
    s: &Seen,
    item: Option<&DiagnosisItem>,
    focus: usize,
) -> Outcome<DiagnosisView> {
    let w = s.w;
    let category = item.map_or_else(|| category(v, w), |i| i.category);
    let author = item.map_or_else(|| v.author(w), |i| i.author);
    let (authors, names) = author_options(s);
    let cats = Category::ALL
        .iter()
        .map(|c| i18n::category(s.lang, *c).to_string())
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
    Outcome::open(Overlay::Form(form))
}

fn edit_selected(v: &DiagnosisView, s: &Seen, focus: usize) -> Outcome<DiagnosisView> {
    let d = &s.w.diagnosis;
    match row(v, s.w) {
        Some(Row::Item { id, .. }) => {
            let item = d.items.iter().find(|i| i.id == id);
            item_form(v, s, item, focus)
        }
        Some(Row::Cluster(id)) => {
            let title = d
                .clusters
                .iter()
                .find(|c| c.id == id)
                .map(|c| c.title.clone())
                .unwrap_or_default();
            Outcome::open(Overlay::Form(Form::new(
                FormKind::EditCluster(id),
                T::EditCluster,
                vec![FormField::text(T::FieldTitle, &title, false)],
            )))
        }
        _ => Outcome::none(),
    }
}

/// Where a new item of a category goes: after the last of its category, so
/// that the board's order is the order of typing.
fn typing_order(w: &Workshop, category: Category) -> usize {
    w.diagnosis
        .items
        .iter()
        .rposition(|i| i.category == category)
        .map_or(w.diagnosis.items.len(), |p| p + 1)
}

/// A participant's own card: its text, then its category (Tab turns it).
pub fn own_item_form(
    lang: crate::domain::Language,
    member: Id,
    category: Category,
    editing: Option<&DiagnosisItem>,
) -> Form {
    let cats = Category::ALL
        .iter()
        .map(|c| i18n::category(lang, *c).to_string())
        .collect();
    Form::new(
        FormKind::OwnItem(member, editing.map(|i| i.id)),
        if editing.is_some() {
            T::EditItem
        } else {
            T::NewItem
        },
        vec![
            FormField::text(T::FieldText, editing.map_or("", |i| i.text.as_str()), true),
            FormField::choice(
                T::FieldCategory,
                Category::ALL
                    .iter()
                    .position(|c| *c == category)
                    .unwrap_or(0),
                cats,
            ),
        ],
    )
}

/// Saves a participant's card, by them, after the last of its category.
pub fn own_item_saved(s: &Seen, form: &Form) -> Outcome<DiagnosisView> {
    let FormKind::OwnItem(member, editing) = form.kind else {
        return Outcome::none();
    };
    let text = accept!(non_empty(form.text(0)));
    let w = s.w;
    if w.member(member).is_none() {
        return Outcome::warn(T::GoneMeanwhile, &[]);
    }
    let category = Category::ALL[form.choice(1).min(Category::ALL.len() - 1)];
    if let Some(id) = editing {
        // Their own card, still there and still theirs.
        let Some(k) = w
            .diagnosis
            .items
            .iter()
            .position(|i| i.id == id && i.author == Author::Member(member))
        else {
            return Outcome::warn(T::GoneMeanwhile, &[]);
        };
        let old = &w.diagnosis.items[k];
        let new = DiagnosisItem {
            text,
            category,
            cluster: old.cluster.filter(|_| old.category == category),
            ..old.clone()
        };
        if &new == old {
            return Outcome::none();
        }
        return Outcome::edit(Edit::Item(VecEdit::Replace(k, new))).saying(T::Saved, &[]);
    }
    let at = typing_order(w, category);
    let item = DiagnosisItem {
        id: w.fresh_id(),
        category,
        text,
        author: Author::Member(member),
        cluster: None,
        private: true,
    };
    let what = i18n::category(s.lang, category);
    Outcome::edit(Edit::Item(VecEdit::Insert(at, item))).saying(T::CardAdded, &[("category", what)])
}

/// Saves an item form; a refusal keeps the form open.
pub fn item_form_saved(s: &Seen, form: &Form) -> Outcome<DiagnosisView> {
    let text = accept!(non_empty(form.text(0)));
    let w = s.w;
    let category = Category::ALL[form.choice(1).min(Category::ALL.len() - 1)];
    let (authors, _) = author_options(s);
    let author = authors
        .get(form.choice(2))
        .copied()
        .unwrap_or(Author::Group);
    let edit = match form.kind {
        FormKind::EditItem(id) => {
            let Some(i) = w.diagnosis.items.iter().position(|x| x.id == id) else {
                return Outcome::warn(T::GoneMeanwhile, &[]);
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
                private: old.private,
            };
            if &new == old {
                return Outcome::none();
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
                private: false,
            };
            Edit::Item(VecEdit::Insert(typing_order(w, category), item))
        }
    };
    let id = match &edit {
        Edit::Item(VecEdit::Insert(_, item) | VecEdit::Replace(_, item)) => item.id,
        _ => return Outcome::edit(edit),
    };
    // Keep the selection on the item just typed.
    Outcome::edit(edit).then(move |v: &mut DiagnosisView, w| {
        if let Some(pos) = rows(w, v)
            .iter()
            .position(|r| matches!(r, Row::Item { id: x, .. } if *x == id))
        {
            v.selected = pos;
        }
    })
}

pub use crate::i18n::author_name;

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
