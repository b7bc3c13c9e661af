//! What a participant sees before the room's work: picking their name from
//! the team.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph};

use super::overlay::centered;
use super::{Ui, text};
use crate::domain::{Language, Workshop};
use crate::i18n::{self, T};

/// The team as a list to pick one's name from (`selected` is highlighted).
pub fn draw_pick(frame: &mut Frame, w: &Workshop, selected: usize, lang: Language, ui: &Ui) {
    let area = frame.area();
    frame.buffer_mut().set_style(area, ui.theme.base);
    let title = i18n::t(lang, T::RoomWhoAreYou);
    let mut lines: Vec<Line> = Vec::new();
    if w.team.is_empty() {
        lines.push(Line::from(
            ui.span(i18n::t(lang, T::RoomNoTeam), ui.theme.base),
        ));
    }
    let width = area.width.saturating_sub(4).min(60);
    let inner = usize::from(width.saturating_sub(4));
    let room = usize::from(area.height.saturating_sub(6)).max(1);
    let first = selected.saturating_sub(room.saturating_sub(1));
    for (i, m) in w.team.iter().enumerate().skip(first).take(room) {
        let (mark, style) = if i == selected {
            (ui.glyphs().marker, ui.theme.selected)
        } else {
            (" ", ui.theme.base)
        };
        let name = text::truncate(&ui.s(&m.name), inner.saturating_sub(2), ui.ascii);
        lines.push(Line::from(ui.span(&format!("{mark} {name}"), style)));
    }
    lines.push(Line::default());
    lines.push(Line::from(
        ui.span(i18n::t(lang, T::RoomPickKeys), ui.theme.key),
    ));
    let h = (lines.len() as u16).saturating_add(2);
    let rect: Rect = centered(area, width, h);
    frame.render_widget(Clear, rect);
    let block = ui.block(title);
    let body = block.inner(rect);
    frame.render_widget(block, rect);
    frame.render_widget(Paragraph::new(lines), body);
}
