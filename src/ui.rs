//! Drawing, from `&App` only: the tab bar, the current screen, the status line,
//! the hint bar, and overlays on top. Nothing here changes the workshop.

pub mod bigtext;
pub mod chrome;
pub mod cycles;
pub mod dashboard;
pub mod diagnosis;
pub mod home;
pub mod indicators;
pub mod overlay;
pub mod plans;
pub mod project;
pub mod report;
pub mod session;
pub mod spiral;
pub mod team;
pub mod text;
pub mod theme;

use std::sync::OnceLock;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::symbols::border;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::app::{App, MIN_HEIGHT, MIN_WIDTH, Screen};
use crate::i18n::{self, T};
pub use theme::Theme;

/// How to draw: the theme and whether to stay within 7-bit ASCII.
pub struct Ui<'a> {
    pub theme: &'a Theme,
    pub ascii: bool,
}

/// Glyphs with their 7-bit stand-ins.
pub struct Glyphs {
    pub marker: &'static str,
    pub on: &'static str,
    pub off: &'static str,
    pub warn: &'static str,
    pub sep: &'static str,
    pub left: &'static str,
    pub right: &'static str,
}

impl Ui<'_> {
    pub fn glyphs(&self) -> Glyphs {
        if self.ascii {
            Glyphs {
                marker: ">",
                on: "[x]",
                off: "[ ]",
                warn: "!",
                sep: "|",
                left: "<",
                right: ">",
            }
        } else {
            Glyphs {
                marker: "▶",
                on: "[x]",
                off: "[ ]",
                warn: "⚠",
                sep: "│",
                left: "◀",
                right: "▶",
            }
        }
    }

    /// User or catalogue text made safe for this terminal.
    pub fn s(&self, text: &str) -> String {
        text::safe(text, self.ascii).into_owned()
    }

    pub fn span(&self, text: &str, style: Style) -> Span<'static> {
        Span::styled(self.s(text), style)
    }

    pub fn block(&self, title: &str) -> Block<'static> {
        let set = if self.ascii {
            border::Set {
                top_left: "+",
                top_right: "+",
                bottom_left: "+",
                bottom_right: "+",
                vertical_left: "|",
                vertical_right: "|",
                horizontal_top: "-",
                horizontal_bottom: "-",
            }
        } else {
            border::ROUNDED
        };
        Block::bordered()
            .border_set(set)
            .border_style(self.theme.border)
            .title(Span::styled(
                format!(" {} ", self.s(title)),
                self.theme.title,
            ))
    }
}

/// One line of a list of choices: the marker on the selected one, its label
/// cut to the width.
pub fn choice_line(ui: &Ui, label: &str, selected: bool, width: usize) -> Line<'static> {
    let g = ui.glyphs();
    let marker = if selected { g.marker } else { " " };
    let style = if selected {
        ui.theme.selected
    } else {
        ui.theme.base
    };
    Line::from(vec![
        Span::styled(format!("{marker} "), ui.theme.accent),
        Span::styled(
            text::truncate(&ui.s(label), width.saturating_sub(2), ui.ascii),
            style,
        ),
    ])
}

/// Writes lines top-down into an area, clipped to it. Simple characters go
/// straight into cells; only other text takes ratatui's grapheme path. Used
/// for long lists, where Paragraph's general machinery costs the most.
pub fn put_lines(buf: &mut ratatui::buffer::Buffer, area: Rect, lines: &[Line]) {
    for (k, line) in lines.iter().enumerate().take(area.height as usize) {
        let y = area.y + k as u16;
        let end = area.right().min(buf.area.right());
        let mut col = area.x;
        for span in &line.spans {
            if col >= end {
                break;
            }
            let style = line.style.patch(span.style);
            let text: &str = &span.content;
            let mut rest = "";
            let mut prev = None;
            for (i, c) in text.char_indices() {
                if col >= end {
                    break;
                }
                if !text::simple(c) {
                    // A combining mark belongs to the character before it: redo that one too.
                    rest = match prev {
                        Some(p) => {
                            col -= 1;
                            &text[p..]
                        }
                        None => &text[i..],
                    };
                    break;
                }
                buf[(col, y)].set_char(c).set_style(style);
                col += 1;
                prev = Some(i);
            }
            // From the first character that needs it, ratatui's grapheme-aware path.
            if !rest.is_empty() && col < end {
                let (next, _) = buf.set_stringn(col, y, rest, usize::from(end - col), style);
                col = next;
            }
        }
    }
}

/// The high-contrast theme of projector mode; without colours when the
/// chosen theme has none (`NO_COLOR`, monochrome).
fn projector_theme(colourless: bool) -> &'static Theme {
    static WITH: OnceLock<Theme> = OnceLock::new();
    static WITHOUT: OnceLock<Theme> = OnceLock::new();
    let base = || Theme::built_in("projector").unwrap_or_else(Theme::fallback);
    if colourless {
        WITHOUT.get_or_init(|| base().without_colors())
    } else {
        WITH.get_or_init(base)
    }
}

fn colourless(t: &Theme) -> bool {
    [t.base, t.accent, t.selected, t.error, t.tab_active]
        .iter()
        .all(|s| s.fg.is_none() && s.bg.is_none())
}

pub fn draw(frame: &mut Frame, app: &App, ui: &Ui) {
    if app.view.projector {
        let theme = projector_theme(colourless(ui.theme));
        return draw_projector(
            frame,
            app,
            &Ui {
                theme,
                ascii: ui.ascii,
            },
        );
    }
    let area = frame.area();
    frame.buffer_mut().set_style(area, ui.theme.base);
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return draw_too_small(frame, app, ui, area);
    }
    let [tabs, body, status, hints] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    chrome::tab_bar(frame, app, ui, tabs);
    self::body(frame, app, ui, body, app.view.screen);
    chrome::status_line(frame, app, ui, status);
    chrome::hint_bar(frame, app, ui, hints);
    overlay::draw(frame, app, ui, area);
}

/// One screen's body in an area (also a step's input on screen 7).
pub fn body(frame: &mut Frame, app: &App, ui: &Ui, area: Rect, screen: Screen) {
    match (screen, &app.doc) {
        (Screen::Project, Some(doc)) => project::draw(frame, app, doc, ui, area),
        (Screen::Team, Some(doc)) => team::draw(frame, app, doc, ui, area),
        (Screen::Diagnosis, Some(doc)) => diagnosis::draw(frame, app, doc, ui, area),
        (Screen::Plans, Some(doc)) => plans::draw(frame, app, doc, ui, area),
        (Screen::Cycles, Some(doc)) => cycles::draw(frame, app, doc, ui, area),
        (Screen::Indicators, Some(doc)) => indicators::draw(frame, app, doc, ui, area),
        (Screen::Session, Some(doc)) => session::draw(frame, app, doc, ui, area),
        (Screen::Report, Some(doc)) => report::draw(frame, app, doc, ui, area),
        _ => home::draw(frame, app, ui, area),
    }
}

/// Projector mode: no tab bar, status or hints; the screen fills the frame,
/// with a message line at the bottom only while there is something to say.
fn draw_projector(frame: &mut Frame, app: &App, ui: &Ui) {
    let area = frame.area();
    frame.buffer_mut().set_style(area, ui.theme.base);
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return draw_too_small(frame, app, ui, area);
    }
    let message = app.view.status.as_ref();
    let [body, status] = Layout::vertical([
        Constraint::Min(1),
        Constraint::Length(u16::from(message.is_some())),
    ])
    .areas(area);
    match (app.view.screen, &app.doc) {
        (Screen::Session, Some(_)) => session::draw_projector(frame, app, ui, body),
        (screen, _) => self::body(frame, app, ui, body, screen),
    }
    if let Some((kind, msg)) = message {
        let style = match kind {
            crate::app::StatusKind::Error => ui.theme.error,
            crate::app::StatusKind::Info => ui.theme.status,
        };
        frame.buffer_mut().set_style(status, style);
        let line = Line::from(Span::styled(
            text::truncate(&ui.s(&format!(" {msg}")), status.width as usize, ui.ascii),
            style,
        ));
        put_lines(frame.buffer_mut(), status, &[line]);
    }
    overlay::draw(frame, app, ui, area);
}

fn draw_too_small(frame: &mut Frame, app: &App, ui: &Ui, area: Rect) {
    let need = format!("{MIN_WIDTH}×{MIN_HEIGHT}");
    let have = format!("{}×{}", area.width, area.height);
    let msg = i18n::tf(app.lang, T::Enlarge, &[("need", &need), ("have", &have)]);
    let p = Paragraph::new(Line::from(ui.span(&msg, ui.theme.warn))).wrap(Wrap { trim: true });
    frame.render_widget(p, area);
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::buffer::Buffer;

    fn cells(spans: Vec<Span<'static>>, w: u16) -> Vec<String> {
        let mut buf = Buffer::empty(Rect::new(0, 0, w, 1));
        let area = buf.area;
        put_lines(&mut buf, area, &[Line::from(spans)]);
        (0..w).map(|x| buf[(x, 0)].symbol().to_string()).collect()
    }

    #[test]
    fn put_lines_clips_and_keeps_graphemes_whole() {
        assert_eq!(
            cells(vec![Span::raw("abc"), Span::raw("def")], 4),
            ["a", "b", "c", "d"]
        );
        let nfd = cells(vec![Span::raw("ac\u{30C}e")], 5);
        assert_eq!(
            nfd[..3],
            ["a", "c\u{30C}", "e"],
            "the mark stays with its letter"
        );
        let wide = cells(vec![Span::raw("漢字x")], 4);
        assert_eq!(
            (wide[0].as_str(), wide[2].as_str()),
            ("漢", "字"),
            "wide characters take two cells, x is clipped"
        );
        assert_eq!(cells(vec![Span::raw("Мир")], 5), ["М", "и", "р", " ", " "]);
    }
}
