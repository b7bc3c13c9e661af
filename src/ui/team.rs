//! Screen 2: the team, as a list with the selected member's details.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Ui, text};
use crate::app::{App, Doc};
use crate::i18n::{self, P, T};

pub fn draw(frame: &mut Frame, app: &App, doc: &Doc, ui: &Ui, area: Rect) {
    let team = &doc.workshop.team;
    let title = format!(
        "{} · {}",
        app.t(T::ScreenTeam),
        i18n::count(app.lang, P::Members, team.len())
    );
    let (list_area, detail_area) = if area.width >= 110 {
        let [l, r] = Layout::horizontal([Constraint::Percentage(62), Constraint::Percentage(38)])
            .areas(area);
        (l, r)
    } else {
        let detail_h = (area.height / 3).clamp(5, 9);
        let [l, r] =
            Layout::vertical([Constraint::Min(3), Constraint::Length(detail_h)]).areas(area);
        (l, r)
    };
    let block = ui.block(&title);
    let inner = block.inner(list_area);
    frame.render_widget(block, list_area);
    if team.is_empty() {
        frame.render_widget(
            Paragraph::new(ui.span(app.t(T::TeamEmpty), ui.theme.dim)),
            inner,
        );
    } else {
        list(frame, app, doc, ui, inner);
    }
    let block = ui.block(app.t(T::FieldPersonalGoal));
    let inner = block.inner(detail_area);
    frame.render_widget(block, detail_area);
    if let Some(m) = team.get(app.view.team.selected) {
        let mut lines = vec![Line::from(vec![
            ui.span(&m.name, ui.theme.title),
            Span::styled(
                ui.s(&format!(" · {}", i18n::role(app.lang, m.role))),
                ui.theme.dim,
            ),
        ])];
        if m.personal_goal.trim().is_empty() {
            lines.push(Line::from(ui.span(app.t(T::NoPersonalGoal), ui.theme.warn)));
        } else {
            for row in text::wrap(&ui.s(&m.personal_goal), inner.width.max(1) as usize) {
                lines.push(Line::from(Span::styled(row.text, ui.theme.base)));
            }
        }
        frame.render_widget(Paragraph::new(lines), inner);
    }
}

fn list(frame: &mut Frame, app: &App, doc: &Doc, ui: &Ui, area: Rect) {
    let g = ui.glyphs();
    let width = area.width as usize;
    let name_w = (width * 35 / 100).max(8);
    let role_w = (width * 22 / 100).max(6);
    let attendance = app.attendance();
    let presence_w = if attendance.is_some() { 2 } else { 0 };
    let goal_w = width.saturating_sub(name_w + role_w + 4 + presence_w);
    let header = Line::from(vec![
        Span::raw(" ".repeat(2 + presence_w)),
        Span::styled(
            pad(
                &text::truncate(&ui.s(app.t(T::FieldName)), name_w, ui.ascii),
                name_w + 1,
            ),
            ui.theme.dim,
        ),
        Span::styled(
            pad(
                &text::truncate(&ui.s(app.t(T::FieldRole)), role_w, ui.ascii),
                role_w + 1,
            ),
            ui.theme.dim,
        ),
        Span::styled(
            text::truncate(&ui.s(app.t(T::FieldPersonalGoal)), goal_w, ui.ascii),
            ui.theme.dim,
        ),
    ]);
    let rows = (area.height as usize).saturating_sub(1).max(1);
    let sel = app.view.team.selected;
    // Scroll so the selection stays in view; derived, so no state to drift.
    let first = sel.saturating_sub(rows - 1);
    let mut lines = vec![header];
    for (i, m) in doc.workshop.team.iter().enumerate().skip(first).take(rows) {
        super::hits::note_line(
            area,
            lines.len(),
            crate::app::keys::Target::Row(crate::app::lists::List::Team, i),
        );
        let selected = i == sel;
        let marker = if selected { g.marker } else { " " };
        // On the gathering step of a meeting: who is here.
        let presence = attendance.map(|here| {
            if here.contains(&m.id) {
                Span::styled(if ui.ascii { "+ " } else { "✓ " }, ui.theme.good)
            } else {
                Span::styled(if ui.ascii { "- " } else { "✗ " }, ui.theme.warn)
            }
        });
        let name_style = if selected {
            ui.theme.selected
        } else {
            ui.theme.base
        };
        let goal = m.personal_goal.lines().next().unwrap_or("");
        let mut spans = vec![Span::styled(format!("{marker} "), ui.theme.accent)];
        spans.extend(presence);
        spans.extend([
            Span::styled(
                pad(
                    &text::truncate(&ui.s(&m.name), name_w, ui.ascii),
                    name_w + 1,
                ),
                name_style,
            ),
            Span::styled(
                pad(
                    &text::truncate(&ui.s(i18n::role(app.lang, m.role)), role_w, ui.ascii),
                    role_w + 1,
                ),
                ui.theme.dim,
            ),
            Span::styled(text::truncate(&ui.s(goal), goal_w, ui.ascii), ui.theme.base),
        ]);
        lines.push(Line::from(spans));
    }
    super::put_lines(frame.buffer_mut(), area, &lines);
}

fn pad(s: &str, w: usize) -> String {
    let have = text::width(s);
    format!("{s}{}", " ".repeat(w.saturating_sub(have)))
}
