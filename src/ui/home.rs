//! The home screen: what can be opened, grouped. The workshops (of the data
//! directory and the recent ones elsewhere) form the consultant's portfolio:
//! a line each with where it stands, what is late and what is due next.

use super::hits;
use crate::app::keys::Target;
use crate::app::lists::List;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Ui, text};
use crate::app::App;
use crate::app::home::Entry;
use crate::i18n::{self, F, T};
use crate::render::portfolio::{self as pf, Cells, Col};
use crate::store::portfolio::Listed;

/// A workshop's line: the columns, styled by what needs attention.
fn portfolio_line(
    ui: &Ui,
    c: &Cells,
    cols: &[(Col, usize)],
    selected: bool,
    width: usize,
) -> Line<'static> {
    let g = ui.glyphs();
    let base = if selected {
        ui.theme.selected
    } else {
        ui.theme.base
    };
    let mut spans = vec![Span::styled(
        format!("{} ", if selected { g.marker } else { " " }),
        ui.theme.accent,
    )];
    let mut used = 2;
    for (i, &(col, w)) in cols.iter().enumerate() {
        if i > 0 {
            spans.push(Span::raw("  "));
            used += 2;
        }
        if col != Col::Name
            && let Some(why) = &c.error
        {
            let rest = width.saturating_sub(used);
            spans.push(Span::styled(
                text::truncate(&ui.s(why), rest, ui.ascii),
                ui.theme.warn,
            ));
            break;
        }
        let attention = match col {
            Col::Overdue => c.overdue > 0,
            Col::Off => c.off > 0,
            Col::Deadline => c.late,
            _ => false,
        };
        let style: Style = if attention && !selected {
            ui.theme.warn
        } else if col == Col::Name || selected {
            base
        } else {
            ui.theme.dim.patch(ui.theme.base)
        };
        let cell = pf::fit(&ui.s(c.get(col)), w, col.right(), ui.ascii);
        used += text::width(&cell);
        spans.push(Span::styled(cell, style));
    }
    Line::from(spans)
}

pub fn draw(frame: &mut Frame, app: &App, ui: &Ui, area: Rect) {
    let block = ui.block(app.t(T::ScreenHome));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let h = &app.home;
    let by = app.view.home.sort;
    let width = inner.width as usize;
    let today = app.view.today;
    let mut lines: Vec<Line> = vec![
        Line::from(ui.span(app.t(T::HomeIntro), ui.theme.dim)),
        Line::default(),
    ];
    let mut selected_line = 0;
    let dir = h
        .data_dir
        .as_ref()
        .map_or_else(String::new, |d| crate::store::shown(d));
    // The workshops of both groups share the columns, so they line up.
    let cells = |l: &Listed| pf::cells(l, app.lang, today);
    let all: Vec<Cells> = h.workshops.iter().chain(&h.recent).map(cells).collect();
    let cols = pf::layout(app.lang, &all, width.saturating_sub(2));
    let column_heads = |lines: &mut Vec<Line>| {
        lines.push(Line::from(Span::styled(
            text::truncate(
                &ui.s(&format!(
                    "  {}",
                    pf::heading_line(app.lang, &cols, ui.ascii)
                )),
                width,
                ui.ascii,
            ),
            ui.theme.dim,
        )));
    };
    let header = |lines: &mut Vec<Line>, text: String, sorted: bool| {
        if lines.len() > 2 {
            lines.push(Line::default());
        }
        let mut spans = vec![Span::styled(
            text::truncate(&ui.s(&text), width, ui.ascii),
            ui.theme.title,
        )];
        let head = text::width(&text);
        let sort = i18n::tf(app.lang, F::SortedBy, &[("by", app.t(pf::sort_name(by)))]);
        // Where it fits, the order is said on the group's line.
        if sorted && head + 2 + text::width(&sort) <= width {
            spans.push(Span::raw("  "));
            spans.push(ui.span(&sort, ui.theme.dim));
        }
        lines.push(Line::from(spans));
    };
    let mut last_kind = None;
    let mut selected_path = None;
    // Each entry's line, for the mouse.
    let mut rows: Vec<(usize, usize)> = Vec::new();
    for (i, entry) in h.entries(by).iter().enumerate() {
        let kind = std::mem::discriminant(entry);
        if last_kind != Some(kind) {
            match entry {
                Entry::Workshop(_) => {
                    header(
                        &mut lines,
                        i18n::tf(app.lang, T::HomeWorkshops, &[("dir", &dir)]),
                        true,
                    );
                    column_heads(&mut lines);
                }
                Entry::Recent(_) => {
                    // The order is said once, on the first group.
                    let first = h.workshops.is_empty();
                    header(&mut lines, app.t(T::HomeRecent).to_string(), first);
                    column_heads(&mut lines);
                }
                Entry::Recovered(_) => {
                    header(&mut lines, app.t(T::HomeRecovered).to_string(), false);
                }
                Entry::Sample(_) => header(&mut lines, app.t(T::HomeSamples).to_string(), false),
                Entry::New => {
                    if h.workshops.is_empty() {
                        header(
                            &mut lines,
                            i18n::tf(app.lang, T::HomeWorkshops, &[("dir", &dir)]),
                            false,
                        );
                        lines.push(Line::from(ui.span(app.t(T::HomeNone), ui.theme.dim)));
                    }
                    lines.push(Line::default());
                }
            }
            last_kind = Some(kind);
        }
        let is_sel = i == app.view.home.selected;
        if is_sel {
            selected_line = lines.len();
        }
        rows.push((lines.len(), i));
        let listed = match entry {
            Entry::Workshop(k) => h.workshops.get(*k),
            Entry::Recent(k) => h.recent.get(*k),
            _ => None,
        };
        if let Some(l) = listed {
            if is_sel {
                selected_path = Some(crate::store::shown(&l.path));
            }
            lines.push(portfolio_line(ui, &cells(l), &cols, is_sel, width));
            continue;
        }
        let label = match entry {
            Entry::Recovered(i) => crate::store::shown(&h.recovered[*i].0),
            Entry::Sample(i) => format!("{} · {}", h.samples[*i].0, app.t(h.samples[*i].1)),
            _ => app.t(T::HomeNew).to_string(),
        };
        lines.push(super::choice_line(ui, &label, is_sel, width));
    }
    // The file of the workshop selected, on the last line.
    let mut list_area = inner;
    if let Some(path) = selected_path
        && inner.height > 4
    {
        list_area.height -= 1;
        let foot = Rect {
            y: inner.y + inner.height - 1,
            height: 1,
            ..inner
        };
        frame.render_widget(
            Paragraph::new(Line::from(
                ui.span(&text::truncate(&ui.s(&path), width, ui.ascii), ui.theme.dim),
            )),
            foot,
        );
    }
    let height = list_area.height as usize;
    let scroll = selected_line.saturating_sub(height.saturating_sub(2));
    for (line, i) in rows {
        if let Some(k) = line.checked_sub(scroll) {
            hits::note_line(list_area, k, Target::Row(List::Home, i));
        }
    }
    frame.render_widget(Paragraph::new(lines).scroll((scroll as u16, 0)), list_area);
}
