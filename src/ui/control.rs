//! A monitoring's screen 5: its periods on the left, the selected period's
//! plan of internal control (план ВШК) on the right.

use crate::app::keys::Target;
use crate::app::lists::List;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use super::{Ui, text};
use crate::app::control::{Pane, entries, period_name};
use crate::app::{App, Doc};
use crate::domain::Workshop;
use crate::i18n::{self, R};

pub fn draw(frame: &mut Frame, app: &App, doc: &Doc, ui: &Ui, area: Rect) {
    let w = &doc.workshop;
    let left = if area.width >= 100 { 34 } else { 28 };
    let [a, b] = Layout::horizontal([Constraint::Length(left), Constraint::Min(20)]).areas(area);
    periods(frame, app, w, ui, a);
    plan(frame, app, w, ui, b);
}

/// What an empty list says instead, wrapped to its pane.
fn say(frame: &mut Frame, ui: &Ui, area: Rect, what: &str) {
    let lines: Vec<Line> = text::wrap(&ui.s(what), (area.width as usize).max(1))
        .into_iter()
        .map(|r| Line::from(Span::styled(r.text, ui.theme.dim)))
        .collect();
    super::put_lines(frame.buffer_mut(), area, &lines);
}

/// Puts a list's lines with the selected rows (`sel`) kept in view; `rows`
/// says which entry each line belongs to (for the mouse).
fn put_list(
    frame: &mut Frame,
    area: Rect,
    lines: &[Line<'static>],
    rows: &[usize],
    sel: (usize, usize),
    list: List,
) {
    let scroll = sel.1.saturating_sub(area.height as usize).min(sel.0);
    for (line, &entry) in rows.iter().enumerate().skip(scroll) {
        super::hits::note_line(area, line - scroll, Target::Row(list, entry));
    }
    super::put_lines(
        frame.buffer_mut(),
        area,
        lines.get(scroll..).unwrap_or_default(),
    );
}

fn periods(frame: &mut Frame, app: &App, w: &Workshop, ui: &Ui, area: Rect) {
    let v = &app.view.control;
    let g = ui.glyphs();
    let mut block = ui.block(app.t(R::PeriodsTitle));
    if v.pane == Pane::Periods {
        block = block.border_style(ui.theme.accent);
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = inner.width as usize;
    let m = &w.monitoring;
    if m.periods.is_empty() {
        return say(frame, ui, inner, app.t(R::NoPeriodsYet));
    }
    let mut lines = Vec::new();
    for (k, p) in m.periods.iter().enumerate() {
        let list = entries(w, p.id);
        let done = list.iter().filter(|&&i| m.control[i].done).count();
        let count = if list.is_empty() {
            String::new()
        } else {
            format!(" {done}/{}", list.len())
        };
        let selected = k == v.period;
        let marker = if selected { g.marker } else { " " };
        let style = if selected && v.pane == Pane::Periods {
            ui.theme.selected
        } else if selected {
            ui.theme.title
        } else {
            ui.theme.base
        };
        let room = width.saturating_sub(2 + text::width(&count));
        let name = text::truncate(&ui.s(&period_name(p)), room, ui.ascii);
        let pad = room.saturating_sub(text::width(&name));
        let count_style = if !list.is_empty() && done == list.len() {
            ui.theme.good
        } else {
            ui.theme.dim
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{marker} "), ui.theme.accent),
            Span::styled(format!("{name}{}", " ".repeat(pad)), style),
            Span::styled(count, count_style),
        ]));
    }
    let sel = (v.period, v.period + 1);
    let rows: Vec<usize> = (0..lines.len()).collect();
    put_list(frame, inner, &lines, &rows, sel, List::Periods);
}

fn plan(frame: &mut Frame, app: &App, w: &Workshop, ui: &Ui, area: Rect) {
    let v = &app.view.control;
    let g = ui.glyphs();
    let lang = app.lang;
    let m = &w.monitoring;
    let period = m.periods.get(v.period);
    let title = match period {
        Some(p) => {
            let kind = p
                .kind
                .map(|k| format!(" ({})", i18n::period_kind(lang, k)))
                .unwrap_or_default();
            format!("{} · {}{kind}", app.t(R::ControlTitle), period_name(p))
        }
        None => app.t(R::ControlTitle).to_string(),
    };
    let mut block = ui.block(&title);
    if v.pane == Pane::Plan {
        block = block.border_style(ui.theme.accent);
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = inner.width as usize;
    let Some(period) = period else {
        return;
    };
    let list = entries(w, period.id);
    if list.is_empty() {
        return say(frame, ui, inner, app.t(R::PlanEmpty));
    }
    let mut lines = Vec::new();
    let mut owner: Vec<usize> = Vec::new();
    let mut sel = (0, 0);
    let done_glyph = if ui.ascii { "[x]" } else { "✓" };
    let open_glyph = if ui.ascii { "[ ]" } else { "○" };
    for (k, &i) in list.iter().enumerate() {
        let c = &m.control[i];
        let selected = k == v.selected;
        if selected {
            sel.0 = lines.len();
        }
        let marker = if selected { g.marker } else { " " };
        let overdue = !c.done && c.due.is_some_and(|d| d < app.view.today);
        let date = c
            .due
            .map(|d| format!("{:>10}  ", i18n::date(lang, d)))
            .unwrap_or_else(|| format!("{:>10}  ", "—"));
        let head = format!("{} ", if c.done { done_glyph } else { open_glyph });
        let room = width.saturating_sub(2 + text::width(&head) + text::width(&date));
        let style = if selected && v.pane == Pane::Plan {
            ui.theme.selected
        } else if c.done {
            ui.theme.dim
        } else {
            ui.theme.base
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{marker} "), ui.theme.accent),
            Span::styled(
                head.clone(),
                if c.done { ui.theme.good } else { ui.theme.dim },
            ),
            Span::styled(
                ui.s(&date),
                if overdue { ui.theme.warn } else { ui.theme.dim },
            ),
            Span::styled(text::truncate(&ui.s(&c.what), room, ui.ascii), style),
        ]));
        // Under it: the procedure (when it is not the entry's own words),
        // who answers for it, what it ends in.
        let procedure = c
            .procedure
            .and_then(|id| w.project.procedures.iter().find(|p| p.id == id))
            .map(|p| p.name.clone())
            .filter(|name| *name != c.what);
        let who = i18n::responsible(w, lang, &c.responsible);
        let details: Vec<String> = [
            procedure,
            (!who.trim().is_empty()).then_some(who),
            Some(i18n::summary(lang, c.summary).to_string()),
        ]
        .into_iter()
        .flatten()
        .collect();
        let indent = 2 + text::width(&head) + text::width(&date);
        let room = width.saturating_sub(indent).max(1);
        let mut rows = text::wrap(&ui.s(&details.join(" · ")), room);
        // Two lines at most; the second says when more was cut.
        if rows.len() > 2 {
            rows.truncate(2);
            let last = &mut rows[1];
            last.text = text::truncate(&format!("{}…", last.text), room, ui.ascii);
        }
        for r in rows {
            lines.push(Line::from(vec![
                Span::raw(" ".repeat(indent.min(width))),
                Span::styled(r.text, ui.theme.dim),
            ]));
        }
        if selected {
            sel.1 = lines.len();
        }
        owner.resize(lines.len(), k);
    }
    put_list(frame, inner, &lines, &owner, sel, List::Control);
}
