//! The lists of the project screen: the calendar of activities and the two
//! checklists.

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

/// The calendar of activities: a heading, then one line per activity.
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
    let mut items = heading(
        app,
        ui,
        T::CalendarTitle.into(),
        calendar.len(),
        T::CalendarEmpty.into(),
    );
    for (k, field) in fields.iter().enumerate() {
        let Field::Activity(i) = *field else { continue };
        let Some(a) = calendar.get(i) else { continue };
        let idx = offset + k;
        let selected = app.view.project.selected == idx;
        let marker = if selected { g.marker } else { " " };
        let style = if selected {
            ui.theme.selected
        } else if a.done {
            ui.theme.dim
        } else {
            ui.theme.base
        };
        let date = i18n::date(app.lang, a.date);
        let head = format!(
            "{} {:>12}  ",
            if a.done { g.on } else { g.off },
            ui.s(&date)
        );
        // A milestone or a report due says so before its text.
        let tag = match a.kind {
            ActivityKind::Activity => String::new(),
            ActivityKind::Milestone => format!("[{}] ", app.t(N::TagMilestone)),
            ActivityKind::Report => format!("[{}] ", app.t(N::TagReport)),
        };
        let late = !a.done && !a.kind.is_plain() && a.date < app.view.today;
        let rest = width.saturating_sub(2 + text::width(&head));
        let tag = text::truncate(&ui.s(&tag), rest, ui.ascii);
        let rest = rest.saturating_sub(text::width(&tag));
        items.push(Item {
            field: Some(idx),
            lines: vec![Line::from(vec![
                Span::styled(format!("{marker} "), ui.theme.accent),
                Span::styled(head, if a.done { ui.theme.good } else { ui.theme.base }),
                Span::styled(tag, if late { ui.theme.warn } else { ui.theme.accent }),
                Span::styled(text::truncate(&ui.s(&a.what), rest, ui.ascii), style),
            ])],
            cursor: None,
        });
    }
    // The institute's annual report, when the calendar names no report.
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
    let g = ui.glyphs();
    let list = &doc.workshop.project.dissemination;
    let mut items = heading(
        app,
        ui,
        N::DisseminationTitle.into(),
        list.len(),
        N::DisseminationEmpty.into(),
    );
    for (k, field) in fields.iter().enumerate() {
        let Field::Dissemination(i) = *field else {
            continue;
        };
        let Some(d) = list.get(i) else { continue };
        let idx = offset + k;
        let selected = app.view.project.selected == idx;
        let marker = if selected { g.marker } else { " " };
        let head = format!(
            "{} {:>12}  ",
            if d.done { g.on } else { g.off },
            ui.s(&i18n::date(app.lang, d.date))
        );
        let mut text = app.t(crate::app::project::channel(d.channel)).to_string();
        if !d.what.trim().is_empty() {
            text.push_str(" · ");
            text.push_str(&d.what);
        }
        let rest = width.saturating_sub(2 + text::width(&head));
        items.push(Item {
            field: Some(idx),
            lines: vec![Line::from(vec![
                Span::styled(format!("{marker} "), ui.theme.accent),
                Span::styled(head, if d.done { ui.theme.good } else { ui.theme.base }),
                Span::styled(
                    text::truncate(&ui.s(&text), rest, ui.ascii),
                    if selected {
                        ui.theme.selected
                    } else if d.done {
                        ui.theme.dim
                    } else {
                        ui.theme.base
                    },
                ),
            ])],
            cursor: None,
        });
    }
    items
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
    let g = ui.glyphs();
    let levels = &doc.workshop.project.levels;
    let mut items = heading(
        app,
        ui,
        N::LevelsTitle.into(),
        levels.len(),
        N::LevelsEmpty.into(),
    );
    for (k, field) in fields.iter().enumerate() {
        let Field::LevelEntry(i) = *field else {
            continue;
        };
        let Some(r) = levels.get(i) else { continue };
        let idx = offset + k;
        let selected = app.view.project.selected == idx;
        let marker = if selected { g.marker } else { " " };
        let reached = r
            .reached
            .map_or_else(|| app.t(N::NotYet).to_string(), |l| l.get().to_string());
        let line = i18n::tf(
            app.lang,
            N::LevelLine,
            &[
                ("expected", &r.expected.get().to_string()),
                ("reached", &reached),
            ],
        );
        let date = format!("{:>12}  ", ui.s(&i18n::date(app.lang, r.date)));
        let mut text = line;
        if !r.note.trim().is_empty() {
            text.push_str(" · ");
            text.push_str(r.note.lines().next().unwrap_or(""));
        }
        let rest = width.saturating_sub(2 + text::width(&date));
        items.push(Item {
            field: Some(idx),
            lines: vec![Line::from(vec![
                Span::styled(format!("{marker} "), ui.theme.accent),
                Span::styled(date, ui.theme.dim),
                Span::styled(
                    text::truncate(&ui.s(&text), rest, ui.ascii),
                    if selected {
                        ui.theme.selected
                    } else {
                        ui.theme.base
                    },
                ),
            ])],
            cursor: None,
        });
    }
    items
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
