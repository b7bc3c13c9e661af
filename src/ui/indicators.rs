//! Screen 6: the dashboard (with the selected indicator's monitoring plan and
//! its groups side by side), or the entry grid of indicators × periods.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

use super::{Ui, dashboard, hits, put_lines, text};
use crate::app::indicators::{Mode, Sort, shown_rows};
use crate::app::keys::Target;
use crate::app::lists::List;
use crate::app::{App, Doc};
use crate::domain::Workshop;
use crate::domain::dashboard::{across_years, by_group};
use crate::i18n::{self, T};

fn group_name(app: &App, w: &Workshop) -> String {
    match app.view.indicators.group {
        None => app.t(T::WholeSchool).to_string(),
        Some(id) => w
            .monitoring
            .groups
            .iter()
            .find(|g| g.id == id)
            .map_or_else(String::new, |g| g.name.clone()),
    }
}

pub fn draw(frame: &mut Frame, app: &App, doc: &Doc, ui: &Ui, area: Rect) {
    match app.view.indicators.mode {
        Mode::Dashboard => draw_dashboard(frame, app, &doc.workshop, ui, area),
        Mode::Grid => draw_grid(frame, app, &doc.workshop, ui, area),
    }
}

fn draw_dashboard(frame: &mut Frame, app: &App, w: &Workshop, ui: &Ui, area: Rect) {
    let v = &app.view.indicators;
    let sort = app.t(match v.sort {
        Sort::Register => T::SortRegister,
        Sort::Gap => T::SortGap,
        Sort::Name => T::SortName,
    });
    let filter = v
        .criterion
        .and_then(|c| w.monitoring.criteria.get(c))
        .map_or_else(|| app.t(T::AllCriteria).to_string(), |c| c.name.clone());
    let close = i18n::tf(
        app.lang,
        T::CloseWithin,
        &[("n", &format!("{}", w.monitoring.close_threshold))],
    );
    let title = format!(
        "{} · {} · {sort} · {filter} · {close}",
        app.t(T::DashTitle),
        group_name(app, w)
    );
    let [top, bottom] = Layout::vertical([Constraint::Min(4), Constraint::Length(7)]).areas(area);
    let block = ui.block(&title);
    let inner = block.inner(top);
    frame.render_widget(block, top);
    // Kept by update; a state never updated (a test's) computes them here.
    let computed;
    let rows: &[crate::domain::dashboard::Row] = match app.cached_rows() {
        Some(r) => r,
        None => {
            computed = shown_rows(w, v);
            &computed
        }
    };
    if rows.is_empty() {
        put_lines(
            frame.buffer_mut(),
            inner,
            &[Line::from(ui.span(app.t(T::DashEmpty), ui.theme.dim))],
        );
        return;
    }
    let sel = v.row.min(rows.len() - 1);
    let lines = dashboard::lines(w, rows, app.lang, ui, usize::from(inner.width), Some(sel));
    // Each row's line: one header line, plus a heading per criterion so far.
    let mut row_lines = Vec::with_capacity(rows.len());
    let mut line: usize = 1;
    let mut last = None;
    for r in rows {
        if last != Some(r.criterion) {
            last = Some(r.criterion);
            line += 1;
        }
        row_lines.push(line);
        line += 1;
    }
    let at = row_lines[sel];
    let h = usize::from(inner.height);
    let scroll = (at + 1).saturating_sub(h);
    for (k, l) in row_lines.iter().enumerate() {
        if let Some(y) = l.checked_sub(scroll) {
            hits::note_line(inner, y, Target::Row(List::Dashboard, k));
        }
    }
    put_lines(
        frame.buffer_mut(),
        inner,
        lines.get(scroll..).unwrap_or_default(),
    );
    let Some(ind) = w
        .monitoring
        .indicators()
        .find(|i| i.id == rows[sel].indicator)
    else {
        return;
    };
    let block = ui.block(&ind.name);
    let inner = block.inner(bottom);
    frame.render_widget(block, bottom);
    let p = &ind.plan;
    let responsible = match crate::i18n::responsible(w, app.lang, &p.responsible) {
        who if who.trim().is_empty() => "—".to_string(),
        who => who,
    };
    let plan = format!(
        "{}: {} · {}: {} · {}: {}",
        app.t(T::PlanObject),
        p.object,
        app.t(T::PlanResponsible),
        responsible,
        app.t(T::PlanMethod),
        i18n::method(app.lang, p.method)
    );
    let width = usize::from(inner.width);
    let mut out = vec![Line::from(Span::styled(
        text::truncate(&ui.s(&plan), width, ui.ascii),
        ui.theme.dim,
    ))];
    out.push(Line::from(ui.span(app.t(T::ByGroup), ui.theme.title)));
    let groups = by_group(w, ind);
    let max = groups
        .iter()
        .filter_map(|(_, v)| *v)
        .fold(0.0f64, f64::max)
        .max(1e-9);
    let bar_w = width.saturating_sub(24).min(40);
    for (gid, val) in groups
        .iter()
        .take(usize::from(inner.height).saturating_sub(2))
    {
        let name = w
            .monitoring
            .groups
            .iter()
            .find(|g| g.id == *gid)
            .map_or("", |g| g.name.as_str());
        let (bar, num) = match val {
            Some(x) => {
                let n = ((x / max) * bar_w as f64).round() as usize;
                (
                    (if ui.ascii { "#" } else { "█" }).repeat(n),
                    dashboard::number(app.lang, ind.unit, *x),
                )
            }
            None => (String::new(), "—".into()),
        };
        out.push(Line::from(vec![
            Span::styled(
                format!("  {:<10} ", text::truncate(&ui.s(name), 10, ui.ascii)),
                ui.theme.base,
            ),
            Span::styled(bar, ui.theme.accent),
            Span::styled(format!(" {}", ui.s(&num)), ui.theme.base),
        ]));
    }
    // The latest period's label compared across school years (dynamic analysis by year).
    let latest = rows[sel]
        .latest
        .and_then(|(i, _)| w.monitoring.periods.get(i));
    if let Some(p) = latest {
        let years = across_years(w, ind, &p.label, v.group);
        if years.len() > 1 {
            let parts: Vec<String> = years
                .iter()
                .map(|(y, val)| {
                    format!(
                        "{y}: {}",
                        val.map_or_else(
                            || "—".into(),
                            |x| dashboard::number(app.lang, ind.unit, x)
                        )
                    )
                })
                .collect();
            let line = format!(
                "{} ({}): {}",
                app.t(T::SameTermAcrossYears),
                p.label,
                parts.join(" · ")
            );
            // Second, under the plan: the group bars below may run past the bottom.
            out.insert(
                1,
                Line::from(Span::styled(
                    text::truncate(&ui.s(&line), width, ui.ascii),
                    ui.theme.base,
                )),
            );
        }
    }
    put_lines(frame.buffer_mut(), inner, &out);
}

fn draw_grid(frame: &mut Frame, app: &App, w: &Workshop, ui: &Ui, area: Rect) {
    let v = &app.view.indicators;
    let title = i18n::tf(app.lang, T::GridTitle, &[("group", &group_name(app, w))]);
    let block = ui.block(&title);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let name_w = (width / 3).clamp(12, 32);
    let cell_w = 10usize;
    let periods = &w.monitoring.periods;
    let ncols = ((width.saturating_sub(name_w + 1)) / cell_w).max(1);
    let first_col = v.col.saturating_sub(ncols - 1);
    let all: Vec<_> = w.monitoring.indicators().collect();
    // A participant's grid holds only the values they enter.
    let inds: Vec<(usize, &crate::domain::indicators::Indicator)> =
        crate::app::indicators::grid_rows(w, v)
            .into_iter()
            .map(|k| (k, all[k]))
            .collect();
    let hint = text::truncate(&ui.s(app.t(T::GridHint)), width, ui.ascii);
    let mut lines = vec![Line::from(Span::styled(hint, ui.theme.dim))];
    let mut head1 = vec![Span::raw(" ".repeat(name_w + 1))];
    let mut head2 = vec![Span::raw(" ".repeat(name_w + 1))];
    for p in periods.iter().skip(first_col).take(ncols) {
        head1.push(Span::styled(
            format!(
                "{:>w$}",
                text::truncate(&ui.s(&p.label), cell_w - 1, ui.ascii),
                w = cell_w
            ),
            ui.theme.title,
        ));
        head2.push(Span::styled(
            format!(
                "{:>w$}",
                text::truncate(&ui.s(&p.school_year), cell_w - 1, ui.ascii),
                w = cell_w
            ),
            ui.theme.dim,
        ));
    }
    lines.push(Line::from(head1));
    lines.push(Line::from(head2));
    let body_h = usize::from(inner.height).saturating_sub(lines.len());
    let at = inds.iter().position(|(k, _)| *k == v.row).unwrap_or(0);
    let first_row = at.saturating_sub(body_h.saturating_sub(1));
    let mut cursor = None;
    for &(r, ind) in inds.iter().skip(first_row).take(body_h) {
        // The name selects the row (in the period selected); a cell, itself.
        let y = lines.len();
        hits::note_line(inner, y, Target::Cell { row: r, col: v.col });
        for c in (first_col..periods.len()).take(ncols) {
            let x = name_w + 1 + (c - first_col) * cell_w;
            if x < width && y < usize::from(inner.height) {
                hits::note(
                    Rect::new(
                        inner.x + x as u16,
                        inner.y + y as u16,
                        cell_w.min(width - x) as u16,
                        1,
                    ),
                    Target::Cell { row: r, col: c },
                );
            }
        }
        let name = text::truncate(&ui.s(&ind.name), name_w, ui.ascii);
        let pad = name_w.saturating_sub(text::width(&name));
        let mut spans = vec![Span::styled(
            format!("{name}{} ", " ".repeat(pad)),
            if r == v.row {
                ui.theme.selected
            } else {
                ui.theme.base
            },
        )];
        for (c, p) in periods.iter().enumerate().skip(first_col).take(ncols) {
            let here = r == v.row && c == v.col;
            let shown = match (&v.editing, here) {
                (Some(f), true) => {
                    let t = ui.s(f.text());
                    let col =
                        name_w + 1 + (c - first_col) * cell_w + 1 + text::width(&t).min(cell_w - 2);
                    cursor = Some((lines.len(), col));
                    format!(" {:<w$}", t, w = cell_w - 1)
                }
                _ => {
                    let val = crate::domain::dashboard::value(&w.monitoring, ind, p.id, v.group);
                    let s = val.map_or_else(
                        || "·".to_string(),
                        |x| dashboard::number(app.lang, ind.unit, x),
                    );
                    format!("{:>w$}", ui.s(&s), w = cell_w)
                }
            };
            let style = if here {
                ui.theme.selected.add_modifier(Modifier::REVERSED)
            } else {
                ui.theme.base
            };
            spans.push(Span::styled(
                text::truncate(&shown, cell_w, ui.ascii),
                style,
            ));
        }
        lines.push(Line::from(spans));
    }
    put_lines(frame.buffer_mut(), inner, &lines);
    if let Some((row, col)) = cursor
        && row < usize::from(inner.height)
        && col < width
    {
        frame.set_cursor_position(Position::new(inner.x + col as u16, inner.y + row as u16));
    }
}
