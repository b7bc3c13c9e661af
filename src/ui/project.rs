//! Screen 1: the project card and the goal/question checklists.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};

mod lists;
mod objects;

use lists::{calendar_items, check_items, dissemination_items, level_items};
use objects::object_items;

use super::{Ui, text};
use crate::app::project::Field;
use crate::app::{App, Doc};
use crate::domain::project::{TextFlag, goal_flags, question_flags};
use crate::i18n::{self, N, P, R, T, Words};

/// A block of lines belonging to one field (or a heading, with no field).
struct Item {
    field: Option<usize>,
    lines: Vec<Line<'static>>,
    /// Cursor within this item's lines: (line, column).
    cursor: Option<(usize, usize)>,
}

pub fn draw(frame: &mut Frame, app: &App, doc: &Doc, ui: &Ui, area: Rect) {
    let fields = Field::of(&doc.workshop);
    // The checklists (a project) or the objects of assessment (a
    // monitoring) go beside the card when there is room, else under it.
    let split = fields
        .iter()
        .position(|f| matches!(f, Field::GoalCheck(_) | Field::Object(_)))
        .unwrap_or(fields.len());
    let monitoring = matches!(fields.get(split), Some(Field::Object(_)));
    let side = |width: usize| {
        if monitoring {
            object_items(app, doc, ui, &fields[split..], split, width)
        } else {
            check_items(app, doc, ui, split, width)
        }
    };
    let side_title = if monitoring {
        app.t(R::ObjectsTitle)
    } else {
        app.t(T::Checklists)
    };
    if area.width >= 100 && split < fields.len() {
        let card = if monitoring { 50 } else { 60 };
        let [left, right] = Layout::horizontal([
            Constraint::Percentage(card),
            Constraint::Percentage(100 - card),
        ])
        .areas(area);
        let block = ui.block(app.t(T::ScreenProject));
        let inner = block.inner(left);
        frame.render_widget(block, left);
        let items = card_items(app, doc, ui, &fields[..split], 0, inner.width as usize);
        render_items(frame, app, &items, inner);
        let block = ui.block(side_title);
        let inner = block.inner(right);
        frame.render_widget(block, right);
        let items = side(inner.width as usize);
        render_items(frame, app, &items, inner);
    } else {
        let block = ui.block(app.t(T::ScreenProject));
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let mut items = card_items(app, doc, ui, &fields[..split], 0, inner.width as usize);
        if split < fields.len() {
            items.push(Item {
                field: None,
                lines: vec![Line::default()],
                cursor: None,
            });
            if monitoring {
                items.push(Item {
                    field: None,
                    lines: vec![Line::from(ui.span(side_title, ui.theme.title))],
                    cursor: None,
                });
            }
            items.extend(side(inner.width as usize));
        }
        render_items(frame, app, &items, inner);
    }
}

fn render_items(frame: &mut Frame, app: &App, items: &[Item], area: Rect) {
    let selected = app.view.project.selected;
    let mut lines: Vec<Line> = Vec::new();
    let mut sel_range = (0, 0);
    let mut cursor = None;
    for item in items {
        if item.field == Some(selected) {
            sel_range = (lines.len(), lines.len() + item.lines.len());
            if let Some((l, c)) = item.cursor {
                cursor = Some((lines.len() + l, c));
            }
        }
        lines.extend(item.lines.iter().cloned());
    }
    let h = area.height as usize;
    // Keep the selected field in view, its first line first.
    let scroll = sel_range.1.saturating_sub(h).min(sel_range.0);
    // Every line of a field is where a click selects it.
    let mut at = 0;
    for item in items {
        if let Some(f) = item.field {
            for l in at..at + item.lines.len() {
                if let Some(k) = l.checked_sub(scroll) {
                    super::hits::note_line(
                        area,
                        k,
                        crate::app::keys::Target::Row(crate::app::lists::List::Card, f),
                    );
                }
            }
        }
        at += item.lines.len();
    }
    super::put_lines(
        frame.buffer_mut(),
        area,
        lines.get(scroll..).unwrap_or_default(),
    );
    if let Some((l, c)) = cursor
        && l >= scroll
        && l - scroll < h
        && c < area.width as usize
    {
        frame.set_cursor_position(Position::new(
            area.x + c as u16,
            area.y + (l - scroll) as u16,
        ));
    }
}

/// A card field's label (the lists and checklists have headings instead).
fn label_of(field: Field, method: crate::domain::Method) -> Option<Words> {
    Some(match field {
        Field::Title => T::FieldTitle.into(),
        // A project's school is its holder (nosilec).
        Field::Institution if method == crate::domain::Method::Innovation => N::FieldHolder.into(),
        Field::Institution => T::FieldInstitution.into(),
        Field::SchoolYear => T::FieldSchoolYear.into(),
        Field::Area => T::FieldArea.into(),
        Field::Kind => T::FieldKind.into(),
        Field::Goal => T::FieldGoal.into(),
        Field::Question => T::FieldQuestion.into(),
        Field::Level => T::FieldLevel.into(),
        Field::Model => T::FieldModel.into(),
        Field::Structure => R::FieldStructure.into(),
        Field::NoveltyWhat => N::FieldNoveltyWhat.into(),
        Field::NoveltyFor => N::FieldNoveltyFor.into(),
        Field::NoveltyEvidence => N::FieldNoveltyEvidence.into(),
        Field::ModelReference => N::FieldModelReference.into(),
        Field::ModelActual => N::FieldModelActual.into(),
        Field::ModelGaps => N::FieldModelGaps.into(),
        Field::EverydayUse => N::FieldEverydayUse.into(),
        _ => return None,
    })
}

/// The labels' column: as wide as the longest label shown.
fn label_width(app: &App, ui: &Ui, fields: &[Field], width: usize) -> usize {
    let w = fields
        .iter()
        .filter_map(|f| label_of(*f, app.method()))
        .map(|l| text::width(&ui.s(app.t(l))))
        .max()
        .unwrap_or(10)
        + 3;
    w.min(width * 2 / 5).max(8)
}

fn card_items(
    app: &App,
    doc: &Doc,
    ui: &Ui,
    fields: &[Field],
    offset: usize,
    width: usize,
) -> Vec<Item> {
    let w = &doc.workshop;
    let card = &w.project;
    let lang = app.lang;
    let g = ui.glyphs();
    let lw = label_width(app, ui, fields, width);
    let vw = width.saturating_sub(lw + 2).max(1);
    let mut items = Vec::new();
    for (k, &field) in fields.iter().enumerate() {
        let idx = offset + k;
        let selected = app.view.project.selected == idx;
        let editing = selected && app.view.project.editing.is_some();
        let Some(label) = label_of(field, w.method) else {
            continue;
        };
        let value = match field {
            Field::Structure => card.structure.clone(),
            Field::NoveltyWhat => card.novelty.what.clone(),
            Field::NoveltyFor => card.novelty.for_whom.clone(),
            Field::NoveltyEvidence => card.novelty.evidence.clone(),
            Field::ModelReference => card.models.reference.clone(),
            Field::ModelActual => card.models.actual.clone(),
            Field::ModelGaps => card.models.gaps.clone(),
            Field::EverydayUse => card.everyday_use.clone(),
            Field::Title => w.title.clone(),
            Field::Institution => card.institution.clone(),
            Field::SchoolYear => card.school_year.clone(),
            Field::Area => i18n::area(lang, &card.area),
            Field::Kind => i18n::kind(lang, card.kind).to_string(),
            Field::Goal => card.goal.clone(),
            Field::Question => card.research_question.clone(),
            Field::Level => {
                let l = card.innovation_level.get();
                format!("{l} · {}", i18n::level(lang, l))
            }
            Field::Model => {
                let m = i18n::ar_model(lang, card.effective_ar_model());
                match card.ar_model {
                    Some(_) => m.to_string(),
                    None => i18n::tf(
                        lang,
                        T::Suggested,
                        &[
                            ("model", m),
                            ("level", &card.innovation_level.get().to_string()),
                        ],
                    ),
                }
            }
            _ => continue,
        };
        let marker = if selected { g.marker } else { " " };
        let label_style = if selected {
            ui.theme.selected
        } else {
            ui.theme.dim
        };
        let label_txt = text::truncate(&ui.s(app.t(label)), lw.saturating_sub(2), ui.ascii);
        let pad = lw.saturating_sub(text::width(&label_txt) + 1);
        let head = vec![
            Span::styled(format!("{marker} "), ui.theme.accent),
            Span::styled(format!("{label_txt}{}", " ".repeat(pad)), label_style),
        ];
        let mut item = Item {
            field: Some(idx),
            lines: Vec::new(),
            cursor: None,
        };
        let indent = " ".repeat(lw + 1);
        if editing && let Some(tf) = &app.view.project.editing {
            let rows = text::wrap(tf.text(), vw.saturating_sub(1).max(1));
            let (crow, ccol) = text::locate(&rows, tf.cursor());
            item.cursor = Some((crow, lw + 1 + ccol));
            for (r, row) in rows.iter().enumerate() {
                let body = ui.s(&row.text);
                let fill = vw.saturating_sub(text::width(&body));
                let cell = Span::styled(format!("{body}{}", " ".repeat(fill)), ui.theme.editing);
                item.lines.push(value_row(r, &head, &indent, cell));
            }
        } else {
            let is_choice = !field.is_text();
            let shown = if value.trim().is_empty() {
                app.t(T::Empty).to_string()
            } else {
                value
            };
            let style = if shown == app.t(T::Empty) {
                ui.theme.dim
            } else {
                ui.theme.base
            };
            let shown = if is_choice && selected {
                format!("{} {} {}", g.left, shown, g.right)
            } else {
                shown
            };
            for (r, row) in text::wrap(&ui.s(&shown), vw).iter().enumerate() {
                let cell = Span::styled(row.text.clone(), style);
                item.lines.push(value_row(r, &head, &indent, cell));
            }
        }
        let flags = match field {
            Field::Goal => goal_flags(&card.goal),
            Field::Question => question_flags(&card.research_question),
            _ => Vec::new(),
        };
        for f in flags {
            let msg = format!("{} {}", g.warn, flag_text(app, f));
            for row in text::wrap(&ui.s(&msg), vw) {
                item.lines.push(Line::from(vec![
                    Span::raw(indent.clone()),
                    Span::styled(row.text, ui.theme.warn),
                ]));
            }
        }
        items.push(item);
    }
    if doc.workshop.method == crate::domain::Method::Innovation {
        items.extend(dissemination_items(app, doc, ui, fields, offset, width));
        items.extend(level_items(app, doc, ui, fields, offset, width));
    }
    items.extend(calendar_items(app, doc, ui, fields, offset, width));
    items
}

/// A row of a field's value: the first beside its label, the rest indented under it.
fn value_row(r: usize, head: &[Span<'static>], indent: &str, cell: Span<'static>) -> Line<'static> {
    let mut spans = if r == 0 {
        head.to_vec()
    } else {
        vec![Span::raw(indent.to_string())]
    };
    spans.push(cell);
    Line::from(spans)
}

pub fn flag_text(app: &App, f: TextFlag) -> String {
    let lang = app.lang;
    match f {
        TextFlag::Empty => app.t(T::FlagEmpty).to_string(),
        TextFlag::SeveralQuestions(n) => {
            let marks = i18n::count(lang, P::QuestionMarks, n);
            i18n::tf(lang, T::FlagSeveral, &[("marks", &marks)])
        }
        TextFlag::NoQuestionMark => app.t(T::FlagNoMark).to_string(),
        TextFlag::TooLong { words, limit } => {
            let words = i18n::count(lang, P::Words, words);
            i18n::tf(
                lang,
                T::FlagTooLong,
                &[("words", &words), ("limit", &limit.to_string())],
            )
        }
        TextFlag::GoalIsQuestion => app.t(T::FlagGoalQuestion).to_string(),
    }
}
