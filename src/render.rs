//! Pictures made of text, shared by the screens and the headless outputs
//! (`spiral`, `dashboard`, reports): the theme, text on its way to a cell
//! (control characters made visible, widths, wrapping), the spiral and the
//! dashboard rows as styled lines, block letters. Depends on the domain and
//! the text catalogue only: never on the app or the screens.

pub mod bigtext;
pub mod colour;
pub mod dashboard;
pub mod frame;
pub mod letters;
pub mod periods;
pub mod portfolio;
pub mod spiral;
pub mod text;
pub mod theme;

use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::symbols::border;
use ratatui::text::{Line, Span};
use ratatui::widgets::Block;

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
