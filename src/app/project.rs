//! Screen 1, the project card: a list of fields edited in place, with the goal
//! and research-question checklists, and the calendar of activities.

use chrono::NaiveDate;

use super::Overlay;
use super::form::{Form, FormField, FormKind, edit_text};
use super::keymap::Action;
use super::keys::Key;
use super::outcome::{Outcome, Seen, accept};
use super::text_field::TextField;
use crate::domain::dates::parse_date;
use crate::domain::project::{Activity, ActivityKind, GoalChecks, ProjectCard, QuestionChecks};
use crate::domain::{ArModel, Edit, Language, ProjectKind, ResearchArea, Workshop, non_empty};
use crate::i18n::{self, N, T};

mod dissemination;
mod levels;
mod procedures;

pub use crate::i18n::channel;
pub use dissemination::dissemination_form_saved;
pub use levels::level_form_saved;
pub use procedures::procedure_form_saved;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Title,
    Institution,
    SchoolYear,
    Area,
    Kind,
    Goal,
    Question,
    Level,
    Model,
    /// A project's novelty: what is new, for whom, the evidence.
    NoveltyWhat,
    NoveltyFor,
    NoveltyEvidence,
    /// A level-5 project's reference model, the model in use, the gaps.
    ModelReference,
    ModelActual,
    ModelGaps,
    /// How the novelty becomes everyday practice.
    EverydayUse,
    /// An entry of where the novelty is passed on.
    Dissemination(usize),
    /// An entry of the innovation level's history.
    LevelEntry(usize),
    /// A monitoring's responsible structure.
    Structure,
    /// An entry of the calendar of activities.
    Activity(usize),
    /// One of the regulation's objects of assessment (by its place in
    /// `AssessObject::ALL`), with its procedures after it.
    Object(usize),
    /// A monitoring's procedure, by its place in the card's list.
    Procedure(usize),
    GoalCheck(usize),
    QuestionCheck(usize),
}

impl Field {
    /// A workshop's card: a project's fields, calendar and checklists; a
    /// monitoring's school, year, responsible structure, calendar, and its
    /// objects of assessment with their procedures (it has no research
    /// question, goal, area, kind, innovation level or model).
    pub fn of(w: &Workshop) -> Vec<Field> {
        let n = w.project.calendar.len();
        match w.method {
            crate::domain::Method::Innovation => Field::all(w),
            crate::domain::Method::Monitoring => {
                let mut v = vec![
                    Field::Title,
                    Field::Institution,
                    Field::SchoolYear,
                    Field::Structure,
                ];
                v.extend((0..n).map(Field::Activity));
                v.extend(procedures::object_fields(w));
                v
            }
        }
    }

    /// A project's card: its fields, the novelty (with a level-5 project's
    /// models), its everyday use and dissemination, the level's history, the
    /// calendar, then the two checklists.
    fn all(w: &Workshop) -> Vec<Field> {
        let card = &w.project;
        let mut v = vec![
            Field::Title,
            Field::Institution,
            Field::SchoolYear,
            Field::Area,
            Field::Kind,
            Field::Goal,
            Field::Question,
            Field::Level,
            Field::Model,
            Field::NoveltyWhat,
            Field::NoveltyFor,
            Field::NoveltyEvidence,
        ];
        if card.innovation_level.get() == 5 || !card.models.is_empty() {
            v.extend([Field::ModelReference, Field::ModelActual, Field::ModelGaps]);
        }
        v.push(Field::EverydayUse);
        v.extend((0..card.dissemination.len()).map(Field::Dissemination));
        v.extend((0..card.levels.len()).map(Field::LevelEntry));
        v.extend((0..card.calendar.len()).map(Field::Activity));
        v.extend((0..GoalChecks::COUNT).map(Field::GoalCheck));
        v.extend((0..QuestionChecks::COUNT).map(Field::QuestionCheck));
        v
    }

    pub fn is_text(self) -> bool {
        self == Field::Title || card_text(&mut ProjectCard::default(), self).is_some()
    }

    /// Texts typed over several lines.
    pub fn is_multiline(self) -> bool {
        matches!(
            self,
            Field::Goal
                | Field::NoveltyWhat
                | Field::NoveltyEvidence
                | Field::ModelReference
                | Field::ModelActual
                | Field::ModelGaps
                | Field::EverydayUse
        )
    }
}

/// The card's text behind a field (the title is the workshop's).
pub fn card_text(card: &mut ProjectCard, f: Field) -> Option<&mut String> {
    Some(match f {
        Field::Institution => &mut card.institution,
        Field::SchoolYear => &mut card.school_year,
        Field::Structure => &mut card.structure,
        Field::NoveltyWhat => &mut card.novelty.what,
        Field::NoveltyFor => &mut card.novelty.for_whom,
        Field::NoveltyEvidence => &mut card.novelty.evidence,
        Field::ModelReference => &mut card.models.reference,
        Field::ModelActual => &mut card.models.actual,
        Field::ModelGaps => &mut card.models.gaps,
        Field::EverydayUse => &mut card.everyday_use,
        Field::Goal => &mut card.goal,
        Field::Question => &mut card.research_question,
        _ => return None,
    })
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProjectView {
    pub selected: usize,
    /// The field being typed into, with the field it belongs to.
    pub editing: Option<TextField>,
    /// Editing the custom research area rather than a card text.
    pub editing_area: bool,
}

impl ProjectView {
    pub fn field(&self, w: &Workshop) -> Field {
        let all = Field::of(w);
        all[self.selected.min(all.len() - 1)]
    }
}

/// The form for a calendar entry: what first (the item's text), then the date.
pub fn activity_form(
    lang: Language,
    kind: FormKind,
    a: Option<&Activity>,
    today: NaiveDate,
) -> Form {
    let date = a.map_or(today, |a| a.date);
    let shown = match lang {
        Language::En => date.format("%Y-%m-%d").to_string(),
        _ => date.format("%d.%m.%Y").to_string(),
    };
    Form::new(
        kind,
        if a.is_some() {
            T::EditActivity
        } else {
            T::NewActivity
        },
        vec![
            FormField::text(T::FieldWhat, a.map_or("", |a| &a.what), false),
            FormField::text(T::FieldDate, &shown, false),
            FormField::choice(
                N::FieldActivityKind,
                ActivityKind::ALL
                    .iter()
                    .position(|k| Some(*k) == a.map(|a| a.kind))
                    .unwrap_or(0),
                ActivityKind::ALL
                    .iter()
                    .map(|k| i18n::t(lang, activity_kind(*k)).to_string())
                    .collect(),
            ),
        ],
    )
}

pub use crate::i18n::activity_kind;

fn form(f: Form) -> Outcome<ProjectView> {
    Outcome::open(Overlay::Form(f))
}

/// Screen 1's keys (typing in a field goes to `field_key`).
pub fn update(v: &mut ProjectView, s: &Seen, action: Action) -> Outcome<ProjectView> {
    let w = s.w;
    let n = Field::of(w).len();
    match v.field(w) {
        Field::Object(k) if matches!(action, Action::Open | Action::Edit | Action::Add) => {
            let object = crate::domain::regulation::AssessObject::ALL[k];
            return procedures::procedure_form(s, object, None);
        }
        f if levels::is_level(f) && action == Action::Add => return levels::level_form(s, None),
        f if dissemination::is_dissemination(f) && action == Action::Add => {
            return dissemination::dissemination_form(s, None);
        }
        Field::Dissemination(i) => {
            let Some(d) = w.project.dissemination.get(i) else {
                return Outcome::none();
            };
            match action {
                Action::Open | Action::Edit => {
                    return dissemination::dissemination_form(s, Some(d));
                }
                Action::Delete => return dissemination::delete_dissemination(s, i),
                _ => {}
            }
        }
        Field::LevelEntry(i) => {
            let Some(r) = w.project.levels.get(i) else {
                return Outcome::none();
            };
            match action {
                Action::Open | Action::Edit => return levels::level_form(s, Some(r)),
                Action::Delete => return levels::delete_level(s, i),
                _ => {}
            }
        }
        Field::Procedure(i) => {
            let Some(p) = w.project.procedures.get(i) else {
                return Outcome::none();
            };
            match action {
                Action::Open | Action::Edit => {
                    return procedures::procedure_form(s, p.object, Some(p));
                }
                Action::Add => return procedures::procedure_form(s, p.object, None),
                Action::Delete => return procedures::delete_procedure(s, i),
                _ => {}
            }
        }
        _ => {}
    }
    if let Field::Activity(i) = v.field(w) {
        match action {
            Action::Open | Action::Edit => {
                let Some(a) = w.project.calendar.get(i) else {
                    return Outcome::none();
                };
                return form(activity_form(
                    s.lang,
                    FormKind::EditActivity(a.id),
                    Some(a),
                    s.today,
                ));
            }
            Action::Delete => return delete_activity(s, i),
            _ => {}
        }
    }
    match action {
        Action::Up | Action::PrevField => v.selected = v.selected.saturating_sub(1),
        Action::Down | Action::NextField => v.selected = (v.selected + 1).min(n - 1),
        Action::PageUp | Action::First => v.selected = 0,
        Action::PageDown | Action::Last => v.selected = n - 1,
        Action::Open | Action::Edit => return start_or_step(v, s, 1, action == Action::Edit),
        Action::Toggle | Action::Right => return step(v, s, 1),
        Action::Left => return step(v, s, -1),
        Action::Add => return form(activity_form(s.lang, FormKind::NewActivity, None, s.today)),
        _ => {}
    }
    Outcome::none()
}

fn delete_activity(s: &Seen, i: usize) -> Outcome<ProjectView> {
    let mut card = s.w.project.clone();
    if i >= card.calendar.len() {
        return Outcome::none();
    }
    let gone = card.calendar.remove(i);
    Outcome::edit(Edit::SetProject(Box::new(card))).saying(T::Deleted, &[("what", &gone.what)])
}

/// Saves the activity form; a refusal keeps it open (empty text, bad date).
pub fn activity_form_saved(s: &Seen, form: &Form) -> Outcome<ProjectView> {
    let what = accept!(non_empty(form.text(0)));
    let date = accept!(parse_date(form.text(1)));
    let kind = ActivityKind::ALL[form.choice(2).min(ActivityKind::ALL.len() - 1)];
    let w = s.w;
    let mut card = w.project.clone();
    let id = match form.kind {
        FormKind::EditActivity(id) => match card.calendar.iter_mut().find(|a| a.id == id) {
            Some(a) => {
                a.what = what;
                a.date = date;
                a.kind = kind;
                id
            }
            None => return Outcome::warn(T::GoneMeanwhile, &[]),
        },
        _ => {
            let id = w.fresh_id();
            card.calendar.push(Activity {
                id,
                date,
                what,
                done: false,
                kind,
            });
            id
        }
    };
    // The calendar stays in date order (stable for equal dates).
    card.calendar.sort_by_key(|a| a.date);
    if card == w.project {
        return Outcome::none();
    }
    let at = card.calendar.iter().position(|a| a.id == id).unwrap_or(0);
    Outcome::edit(Edit::SetProject(Box::new(card))).then(move |v: &mut ProjectView, w| {
        // The calendar's entries follow the card's own fields (and come
        // before a project's checklists).
        let first = Field::of(w)
            .iter()
            .position(|f| matches!(f, Field::Activity(_) | Field::GoalCheck(_)))
            .unwrap_or(0);
        v.selected = first + at;
    })
}

/// Enter/e: edit a text field; on a choice or a tick, move it on.
fn start_or_step(v: &mut ProjectView, s: &Seen, dir: i32, edit_key: bool) -> Outcome<ProjectView> {
    let w = s.w;
    let field = v.field(w);
    let mut card = w.project.clone();
    let text = match field {
        Field::Title => w.title.clone(),
        f if f.is_text() => card_text(&mut card, f)
            .map(|t| t.clone())
            .unwrap_or_default(),
        Field::Area if edit_key => {
            let custom = match &w.project.area {
                ResearchArea::Custom(t) => t.clone(),
                _ => String::new(),
            };
            v.editing_area = true;
            v.editing = Some(TextField::new(&custom, false));
            return Outcome::none();
        }
        _ => return step(v, s, dir),
    };
    if s.read_only {
        return Outcome::warn(T::IsReadOnly, &[]);
    }
    v.editing_area = false;
    v.editing = Some(TextField::new(&text, field.is_multiline()));
    Outcome::none()
}

/// Moves a choice forward or back, or flips a tick: one undoable edit.
fn step(v: &mut ProjectView, s: &Seen, dir: i32) -> Outcome<ProjectView> {
    let field = v.field(s.w);
    let mut card = s.w.project.clone();
    match field {
        Field::Area => {
            let presets = ResearchArea::PRESET;
            let pos = presets
                .iter()
                .position(|a| *a == card.area)
                .unwrap_or(presets.len());
            let next = (pos as i32 + dir).rem_euclid(presets.len() as i32 + 1) as usize;
            card.area = match presets.get(next) {
                Some(a) => a.clone(),
                None => ResearchArea::Custom(String::new()),
            };
            if card.area == ResearchArea::Custom(String::new()) {
                v.editing_area = true;
                v.editing = Some(TextField::new("", false));
                return Outcome::none();
            }
        }
        Field::Kind => {
            card.kind = match card.kind {
                ProjectKind::Curative => ProjectKind::Preventive,
                ProjectKind::Preventive => ProjectKind::Curative,
            }
        }
        Field::Level => {
            let l = (i32::from(card.innovation_level.get()) - 1 + dir).rem_euclid(5) + 1;
            accept!(card.set_innovation_level(l as u8));
        }
        Field::Model => {
            // None (as suggested) → practical → technical → emancipatory → None.
            let options: [Option<ArModel>; 4] = [
                None,
                Some(ArModel::Practical),
                Some(ArModel::Technical),
                Some(ArModel::Emancipatory),
            ];
            let pos = options
                .iter()
                .position(|m| *m == card.ar_model)
                .unwrap_or(0);
            card.ar_model = options[(pos as i32 + dir).rem_euclid(4) as usize];
        }
        Field::GoalCheck(i) => card.goal_checks.toggle(i),
        Field::Activity(i) => match card.calendar.get_mut(i) {
            Some(a) => a.done = !a.done,
            None => return Outcome::none(),
        },
        Field::Dissemination(i) => match card.dissemination.get_mut(i) {
            Some(d) => d.done = !d.done,
            None => return Outcome::none(),
        },
        Field::QuestionCheck(i) => card.question_checks.toggle(i),
        _ => return Outcome::none(),
    }
    Outcome::edit(Edit::SetProject(Box::new(card)))
}

/// Keys while typing into a card field (the router commits the field
/// before undo, a screen change, saving or quitting).
pub fn field_key(
    v: &mut ProjectView,
    s: &Seen,
    action: Option<Action>,
    key: Key,
) -> Outcome<ProjectView> {
    match action {
        Some(Action::Commit) => return commit_field(v, s),
        Some(Action::Cancel) => {
            v.editing = None;
            v.editing_area = false;
        }
        Some(Action::Newline) => {
            if let Some(f) = v.editing.as_mut() {
                f.newline();
            }
        }
        _ => {
            if let Some(f) = v.editing.as_mut() {
                edit_text(f, key);
            }
        }
    }
    Outcome::none()
}

/// Writes the field's text into the card as one undoable edit.
pub fn commit_field(v: &mut ProjectView, s: &Seen) -> Outcome<ProjectView> {
    let Some(field) = v.editing.take() else {
        return Outcome::none();
    };
    let area = std::mem::take(&mut v.editing_area);
    let text = field.text().trim().to_string();
    let w = s.w;
    let field_now = v.field(w);
    if !area && field_now == Field::Title {
        if text != w.title {
            return Outcome::edit(Edit::SetTitle(text));
        }
        return Outcome::none();
    }
    let mut card = w.project.clone();
    match field_now {
        Field::Area if area => {
            card.area = if text.is_empty() {
                ResearchArea::PRESET[0].clone()
            } else {
                ResearchArea::Custom(text)
            }
        }
        f => match card_text(&mut card, f) {
            Some(t) => *t = text,
            None => return Outcome::none(),
        },
    }
    if card == w.project {
        return Outcome::none();
    }
    Outcome::edit(Edit::SetProject(Box::new(card)))
}
