//! Colours a terminal can show: 24-bit colours become the nearest of the
//! 256-colour palette or of the 16 basic colours, or go, so that a theme
//! drawn for a truecolor terminal reads right on one that is not.

use ratatui::buffer::Buffer;
use ratatui::style::Color;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Depth {
    TrueColor,
    Palette256,
    Basic16,
    /// No colours at all (`TERM=dumb`, `NO_COLOR`).
    None,
}

impl Depth {
    /// What a terminal says of itself: `COLORTERM=truecolor|24bit`, a
    /// `TERM` with `256color` or `direct`, the usual 16-colour terminals,
    /// `dumb`.
    pub fn of(term: &str, colorterm: &str) -> Depth {
        let term = term.to_ascii_lowercase();
        let colorterm = colorterm.to_ascii_lowercase();
        if term == "dumb" {
            Depth::None
        } else if colorterm == "truecolor" || colorterm == "24bit" || term.contains("direct") {
            Depth::TrueColor
        } else if term.contains("256") {
            Depth::Palette256
        } else {
            Depth::Basic16
        }
    }
}

/// Makes every colour in the buffer one the terminal can show.
pub fn fit(buf: &mut Buffer, depth: Depth) {
    if depth == Depth::TrueColor {
        return;
    }
    let area = buf.area;
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            if let Some(cell) = buf.cell_mut((x, y)) {
                cell.fg = convert(cell.fg, depth);
                cell.bg = convert(cell.bg, depth);
                cell.underline_color = convert(cell.underline_color, depth);
            }
        }
    }
}

fn convert(c: Color, depth: Depth) -> Color {
    match (depth, c) {
        (Depth::None, _) => Color::Reset,
        (Depth::Palette256, Color::Rgb(r, g, b)) => Color::Indexed(to_256(r, g, b)),
        (Depth::Basic16, Color::Rgb(r, g, b)) => to_16(r, g, b),
        (Depth::Basic16, Color::Indexed(i)) => {
            let (r, g, b) = from_256(i);
            to_16(r, g, b)
        }
        (_, other) => other,
    }
}

/// The xterm 256-colour palette's levels on each axis of its 6×6×6 cube.
const CUBE: [u8; 6] = [0, 95, 135, 175, 215, 255];

fn nearest_level(v: u8) -> usize {
    CUBE.iter()
        .enumerate()
        .min_by_key(|(_, l)| (i32::from(**l) - i32::from(v)).abs())
        .map_or(0, |(i, _)| i)
}

fn dist(a: (u8, u8, u8), b: (u8, u8, u8)) -> i32 {
    let d = |x: u8, y: u8| (i32::from(x) - i32::from(y)).pow(2);
    d(a.0, b.0) + d(a.1, b.1) + d(a.2, b.2)
}

/// The nearest colour of the cube or of the grey ramp.
pub fn to_256(r: u8, g: u8, b: u8) -> u8 {
    let (ri, gi, bi) = (nearest_level(r), nearest_level(g), nearest_level(b));
    let cube = (CUBE[ri], CUBE[gi], CUBE[bi]);
    let cube_index = 16 + 36 * ri + 6 * gi + bi;
    let avg = (u16::from(r) + u16::from(g) + u16::from(b)) / 3;
    let grey_step = ((avg.saturating_sub(8)) / 10).min(23) as u8;
    let grey = 8 + 10 * grey_step;
    if dist((grey, grey, grey), (r, g, b)) < dist(cube, (r, g, b)) {
        232 + grey_step
    } else {
        cube_index as u8
    }
}

fn from_256(i: u8) -> (u8, u8, u8) {
    match i {
        0..=15 => BASIC[usize::from(i)].1,
        16..=231 => {
            let k = usize::from(i - 16);
            (CUBE[k / 36], CUBE[(k / 6) % 6], CUBE[k % 6])
        }
        _ => {
            let v = 8 + 10 * (i - 232);
            (v, v, v)
        }
    }
}

/// The 16 basic colours as most terminals show them.
const BASIC: [(Color, (u8, u8, u8)); 16] = [
    (Color::Black, (0, 0, 0)),
    (Color::Red, (205, 0, 0)),
    (Color::Green, (0, 205, 0)),
    (Color::Yellow, (205, 205, 0)),
    (Color::Blue, (0, 0, 238)),
    (Color::Magenta, (205, 0, 205)),
    (Color::Cyan, (0, 205, 205)),
    (Color::Gray, (229, 229, 229)),
    (Color::DarkGray, (127, 127, 127)),
    (Color::LightRed, (255, 0, 0)),
    (Color::LightGreen, (0, 255, 0)),
    (Color::LightYellow, (255, 255, 0)),
    (Color::LightBlue, (92, 92, 255)),
    (Color::LightMagenta, (255, 0, 255)),
    (Color::LightCyan, (0, 255, 255)),
    (Color::White, (255, 255, 255)),
];

pub fn to_16(r: u8, g: u8, b: u8) -> Color {
    BASIC
        .iter()
        .min_by_key(|(_, rgb)| dist(*rgb, (r, g, b)))
        .map_or(Color::Reset, |(c, _)| *c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;

    #[test]
    fn terminals_say_what_they_show() {
        assert_eq!(Depth::of("xterm-256color", "truecolor"), Depth::TrueColor);
        assert_eq!(Depth::of("xterm-256color", ""), Depth::Palette256);
        assert_eq!(Depth::of("screen", ""), Depth::Basic16);
        assert_eq!(Depth::of("dumb", "truecolor"), Depth::None);
    }

    #[test]
    fn colours_become_the_nearest_one_there_is() {
        assert_eq!(to_256(0, 0, 0), 16);
        assert_eq!(to_256(255, 255, 255), 231);
        assert_eq!(to_256(128, 128, 128), 244, "a grey stays grey");
        assert_eq!(to_256(255, 0, 0), 196);
        assert_eq!(to_16(250, 10, 10), Color::LightRed);
        assert_eq!(to_16(20, 20, 20), Color::Black);
        let mut buf = Buffer::empty(Rect::new(0, 0, 2, 1));
        buf[(0, 0)].fg = Color::Rgb(255, 0, 0);
        buf[(1, 0)].bg = Color::Indexed(231);
        let mut b16 = buf.clone();
        fit(&mut buf, Depth::Palette256);
        assert_eq!(buf[(0, 0)].fg, Color::Indexed(196));
        fit(&mut b16, Depth::Basic16);
        assert_eq!(b16[(0, 0)].fg, Color::LightRed);
        assert_eq!(b16[(1, 0)].bg, Color::White);
        fit(&mut b16, Depth::None);
        assert_eq!(b16[(0, 0)].fg, Color::Reset);
    }
}
