//! The board on a monitoring's screen 5: the selected period's plan of
//! internal control, large, with who answers for each entry and by when.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::layout::{block, column_width, columns_for, place_as};
use super::nothing;
use crate::app::App;
use crate::app::control::{entries, period_name};
use crate::domain::Workshop;
use crate::i18n::{self, B};
use crate::render::Ui;

pub(super) fn control(frame: &mut Frame, app: &App, w: &Workshop, ui: &Ui, area: Rect) {
    let cols = columns_for(area.width, 2);
    let width = column_width(area.width, cols);
    let m = &w.monitoring;
    let v = &app.view.control;
    let lang = app.lang;
    let Some(period) = m.periods.get(v.period) else {
        return super::empty(frame, area, ui, lang, B::NoPeriods);
    };
    let mut blocks = vec![vec![Line::from(Span::styled(
        ui.s(&period_name(period).to_uppercase()),
        ui.theme.title,
    ))]];
    let list = entries(w, period.id);
    if list.is_empty() {
        blocks.push(vec![nothing(ui, lang, B::NothingPlanned)]);
    }
    let mut focus = None;
    for (k, &i) in list.iter().enumerate() {
        let c = &m.control[i];
        let chosen = k == v.selected;
        if chosen {
            focus = Some(blocks.len());
        }
        let who = i18n::responsible(w, lang, &c.responsible);
        let mut note = if who.trim().is_empty() {
            i18n::t(lang, B::Unassigned).to_string()
        } else {
            who
        };
        if let Some(due) = c.due {
            note.push_str(&format!(" · {}", i18n::date(lang, due)));
            if !c.done && due < app.view.today {
                note.push_str(&format!(" · {}", i18n::t(lang, B::Overdue)));
            }
        }
        note.push_str(&format!(" · {}", i18n::summary(lang, c.summary)));
        let glyph = match (c.done, ui.ascii) {
            (true, false) => "●",
            (false, false) => "○",
            (true, true) => "x",
            (false, true) => "o",
        };
        let style = if chosen {
            ui.theme.selected
        } else {
            ui.theme.base
        };
        blocks.push(block(ui, glyph, &c.what, style, Some(note), width, 3));
    }
    place_as(frame, area, &blocks, cols, focus, ui, true);
}
