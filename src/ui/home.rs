//! The home screen: what can be opened, grouped.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Ui, text};
use crate::app::App;
use crate::app::home::Entry;
use crate::i18n::{self, T};

pub fn draw(frame: &mut Frame, app: &App, ui: &Ui, area: Rect) {
    let block = ui.block(app.t(T::ScreenHome));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let h = &app.home;
    let width = inner.width as usize;
    let mut lines: Vec<Line> = vec![
        Line::from(ui.span(app.t(T::HomeIntro), ui.theme.dim)),
        Line::default(),
    ];
    let mut selected_line = 0;
    let dir = h
        .data_dir
        .as_ref()
        .map_or_else(String::new, |d| crate::store::shown(d));
    let header = |lines: &mut Vec<Line>, text: String| {
        if lines.len() > 2 {
            lines.push(Line::default());
        }
        lines.push(Line::from(Span::styled(
            text::truncate(&ui.s(&text), width, ui.ascii),
            ui.theme.title,
        )));
    };
    let mut last_kind = None;
    for (i, entry) in h.entries().iter().enumerate() {
        let kind = std::mem::discriminant(entry);
        if last_kind != Some(kind) {
            match entry {
                Entry::Workshop(_) => header(
                    &mut lines,
                    i18n::tf(app.lang, T::HomeWorkshops, &[("dir", &dir)]),
                ),
                Entry::Recent(_) => header(&mut lines, app.t(T::HomeRecent).to_string()),
                Entry::Recovered(_) => header(&mut lines, app.t(T::HomeRecovered).to_string()),
                Entry::Sample(_) => header(&mut lines, app.t(T::HomeSamples).to_string()),
                Entry::New => {
                    if h.workshops.is_empty() {
                        header(
                            &mut lines,
                            i18n::tf(app.lang, T::HomeWorkshops, &[("dir", &dir)]),
                        );
                        lines.push(Line::from(ui.span(app.t(T::HomeNone), ui.theme.dim)));
                    }
                    lines.push(Line::default());
                }
            }
            last_kind = Some(kind);
        }
        let label = match entry {
            Entry::Workshop(i) => h.workshops[*i]
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
            Entry::Recent(i) => crate::store::shown(&h.recent[*i]),
            Entry::Recovered(i) => crate::store::shown(&h.recovered[*i].0),
            Entry::New => app.t(T::HomeNew).to_string(),
            Entry::Sample(i) => format!("{} · {}", h.samples[*i].0, app.t(h.samples[*i].1)),
        };
        let is_sel = i == app.view.home.selected;
        if is_sel {
            selected_line = lines.len();
        }
        lines.push(super::choice_line(ui, &label, is_sel, width));
    }
    let height = inner.height as usize;
    let scroll = selected_line.saturating_sub(height.saturating_sub(2));
    frame.render_widget(Paragraph::new(lines).scroll((scroll as u16, 0)), inner);
}
