//! The lists of the project screen: the calendar of activities, the
//! dissemination, the level's history, and the two checklists.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::Item;
use crate::app::project::Field;
use crate::app::{App, Doc};
use crate::domain::project::{ActivityKind, GoalChecks, QuestionChecks};
use crate::i18n::{self, N, T, Words};
use crate::ui::{Ui, text};

/// A list's heading with its count, and what to do while it is empty.
fn heading(app: &App, ui: &Ui, title: Words, n: usize, empty: Words) -> Vec<Item> {
    let mut items = vec![Item {
        field: None,
        lines: vec![
            Line::default(),
            Line::from(vec![
                ui.span(app.t(title), ui.theme.title),
                Span::styled(format!("  ({n})"), ui.theme.dim),
            ]),
        ],
        cursor: None,
    }];
    if n == 0 {
        items.push(Item {
            field: None,
            lines: vec![Line::from(ui.span(app.t(empty), ui.theme.dim))],
            cursor: None,
        });
    }
    items
}

/// One dated line of a card's list, before it is laid out.
struct Row {
    /// The tick (when the entry has one) and the date, padded.
    head: String,
    head_style: Style,
    /// A word set apart before the text (a milestone, a report due).
    tag: Option<(String, Style)>,
    text: String,
    text_style: Style,
}

/// A list of the card: its heading with the count (or what to do while it
/// is empty), then a line for each of its entries among the fields.
fn dated_list(
    app: &App,
    ui: &Ui,
    (title, empty, n): (Words, Words, usize),
    (fields, offset, width): (&[Field], usize, usize),
    row: impl Fn(Field) -> Option<Row>,
) -> Vec<Item> {
    let g = ui.glyphs();
    let mut items = heading(app, ui, title, n, empty);
    for (k, field) in fields.iter().enumerate() {
        let idx = offset + k;
        let selected = app.view.project.selected == idx;
        let Some(r) = row(*field) else {
            continue;
        };
        let marker = if selected { g.marker } else { " " };
        let mut rest = width.saturating_sub(2 + text::width(&r.head));
        let mut spans = vec![
            Span::styled(format!("{marker} "), ui.theme.accent),
            Span::styled(r.head, r.head_style),
        ];
        if let Some((tag, style)) = r.tag {
            let tag = text::truncate(&ui.s(&tag), rest, ui.ascii);
            rest = rest.saturating_sub(text::width(&tag));
            spans.push(Span::styled(tag, style));
        }
        let text_style = if selected {
            ui.theme.selected
        } else {
            r.text_style
        };
        spans.push(Span::styled(
            text::truncate(&ui.s(&r.text), rest, ui.ascii),
            text_style,
        ));
        items.push(Item {
            field: Some(idx),
            lines: vec![Line::from(spans)],
            cursor: None,
        });
    }
    items
}

/// A ticked entry's head: its tick and its date.
fn ticked_head(app: &App, ui: &Ui, done: bool, date: chrono::NaiveDate) -> (String, Style) {
    let g = ui.glyphs();
    (
        format!(
            "{} {:>12}  ",
            if done { g.on } else { g.off },
            ui.s(&i18n::date(app.lang, date))
        ),
        if done { ui.theme.good } else { ui.theme.base },
    )
}

/// The calendar of activities: a heading, then one line per activity, and
/// the institute's annual report while the calendar names no report.
pub(super) fn calendar_items(
    app: &App,
    doc: &Doc,
    ui: &Ui,
    fields: &[Field],
    offset: usize,
    width: usize,
) -> Vec<Item> {
    let g = ui.glyphs();
    let calendar = &doc.workshop.project.calendar;
    let list = (
        T::CalendarTitle.into(),
        T::CalendarEmpty.into(),
        calendar.len(),
    );
    let mut items = dated_list(app, ui, list, (fields, offset, width), |f| {
        let Field::Activity(i) = f else { return None };
        let a = calendar.get(i)?;
        let (head, head_style) = ticked_head(app, ui, a.done, a.date);
        // A milestone or a report due says so before its text.
        let late = !a.done && !a.kind.is_plain() && a.date < app.view.today;
        let tag = match a.kind {
            ActivityKind::Activity => None,
            ActivityKind::Milestone => Some(N::TagMilestone),
            ActivityKind::Report => Some(N::TagReport),
        }
        .map(|t| {
            let style = if late { ui.theme.warn } else { ui.theme.accent };
            (format!("[{}] ", app.t(t)), style)
        });
        Some(Row {
            head,
            head_style,
            tag,
            text: a.what.clone(),
            text_style: if a.done { ui.theme.dim } else { ui.theme.base },
        })
    });
    let card = &doc.workshop.project;
    if doc.workshop.method == crate::domain::Method::Innovation
        && !card.calendar.iter().any(|a| a.kind == ActivityKind::Report)
        && let Some(due) = card.annual_report_due()
    {
        let line = format!(
            "  {} {:>12}  {}",
            g.off,
            i18n::date(app.lang, due),
            i18n::tf(
                app.lang,
                N::AnnualReportDue,
                &[("year", card.school_year.trim())]
            )
        );
        items.push(Item {
            field: None,
            lines: vec![Line::from(Span::styled(
                text::truncate(&ui.s(&line), width, ui.ascii),
                ui.theme.dim,
            ))],
            cursor: None,
        });
    }
    items
}

/// Where the novelty is passed on: a heading, then one line per entry.
pub(super) fn dissemination_items(
    app: &App,
    doc: &Doc,
    ui: &Ui,
    fields: &[Field],
    offset: usize,
    width: usize,
) -> Vec<Item> {
    let entries = &doc.workshop.project.dissemination;
    let list = (
        N::DisseminationTitle.into(),
        N::DisseminationEmpty.into(),
        entries.len(),
    );
    dated_list(app, ui, list, (fields, offset, width), |f| {
        let Field::Dissemination(i) = f else {
            return None;
        };
        let d = entries.get(i)?;
        let (head, head_style) = ticked_head(app, ui, d.done, d.date);
        let mut text = app.t(i18n::channel(d.channel)).to_string();
        if !d.what.trim().is_empty() {
            text.push_str(" · ");
            text.push_str(&d.what);
        }
        Some(Row {
            head,
            head_style,
            tag: None,
            text,
            text_style: if d.done { ui.theme.dim } else { ui.theme.base },
        })
    })
}

/// The innovation level over time: a heading, then one line per entry.
pub(super) fn level_items(
    app: &App,
    doc: &Doc,
    ui: &Ui,
    fields: &[Field],
    offset: usize,
    width: usize,
) -> Vec<Item> {
    let levels = &doc.workshop.project.levels;
    let list = (N::LevelsTitle.into(), N::LevelsEmpty.into(), levels.len());
    dated_list(app, ui, list, (fields, offset, width), |f| {
        let Field::LevelEntry(i) = f else {
            return None;
        };
        let r = levels.get(i)?;
        let reached = r
            .reached
            .map_or_else(|| app.t(N::NotYet).to_string(), |l| l.get().to_string());
        let mut text = i18n::tf(
            app.lang,
            N::LevelLine,
            &[
                ("expected", &r.expected.get().to_string()),
                ("reached", &reached),
            ],
        );
        if !r.note.trim().is_empty() {
            text.push_str(" · ");
            text.push_str(r.note.lines().next().unwrap_or(""));
        }
        Some(Row {
            head: format!("{:>12}  ", ui.s(&i18n::date(app.lang, r.date))),
            head_style: ui.theme.dim,
            tag: None,
            text,
            text_style: ui.theme.base,
        })
    })
}

pub(super) fn check_items(app: &App, doc: &Doc, ui: &Ui, first: usize, width: usize) -> Vec<Item> {
    let card = &doc.workshop.project;
    let g = ui.glyphs();
    let goal = [
        T::GoalMotivates,
        T::GoalMethodsFree,
        T::GoalPlannable,
        T::GoalObservable,
        T::GoalGrowth,
    ];
    let question = [
        T::QuestionSingle,
        T::QuestionShort,
        T::QuestionClear,
        T::QuestionWanted,
    ];
    let mut items = Vec::new();
    let heading = |title: T, done: usize, all: usize| {
        let count = ui.s(&i18n::tf(
            app.lang,
            T::ChecksTicked,
            &[("done", &done.to_string()), ("all", &all.to_string())],
        ));
        let title = ui.s(app.t(title));
        // The count shares the heading's line when there is room.
        let lines = if text::width(&title) + 2 + text::width(&count) <= width {
            vec![Line::from(vec![
                Span::styled(title, ui.theme.title),
                Span::styled(format!("  {count}"), ui.theme.dim),
            ])]
        } else {
            vec![
                Line::from(Span::styled(
                    text::truncate(&title, width, ui.ascii),
                    ui.theme.title,
                )),
                Line::from(Span::styled(
                    text::truncate(&count, width, ui.ascii),
                    ui.theme.dim,
                )),
            ]
        };
        Item {
            field: None,
            lines,
            cursor: None,
        }
    };
    items.push(heading(
        T::GoalChecksTitle,
        card.goal_checks.ticked(),
        GoalChecks::COUNT,
    ));
    let mut idx = first;
    let push = |items: &mut Vec<Item>, label: T, on: bool, idx: usize| {
        let selected = app.view.project.selected == idx;
        let marker = if selected { g.marker } else { " " };
        let style: Style = if selected {
            ui.theme.selected
        } else if on {
            ui.theme.good
        } else {
            ui.theme.base
        };
        let box_ = if on { g.on } else { g.off };
        let rows = text::wrap(&ui.s(app.t(label)), width.saturating_sub(6).max(1));
        let mut lines = Vec::new();
        for (r, row) in rows.into_iter().enumerate() {
            lines.push(if r == 0 {
                Line::from(vec![
                    Span::styled(format!("{marker} "), ui.theme.accent),
                    Span::styled(format!("{box_} "), style),
                    Span::styled(row.text, style),
                ])
            } else {
                Line::from(vec![Span::raw("      "), Span::styled(row.text, style)])
            });
        }
        items.push(Item {
            field: Some(idx),
            lines,
            cursor: None,
        });
    };
    for (i, label) in goal.iter().enumerate() {
        push(&mut items, *label, card.goal_checks.get(i), idx);
        idx += 1;
    }
    items.push(Item {
        field: None,
        lines: vec![Line::default()],
        cursor: None,
    });
    items.push(heading(
        T::QuestionChecksTitle,
        card.question_checks.ticked(),
        QuestionChecks::COUNT,
    ));
    for (i, label) in question.iter().enumerate() {
        push(&mut items, *label, card.question_checks.get(i), idx);
        idx += 1;
    }
    items
}
