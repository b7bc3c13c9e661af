//! Block letters for the board: titles, step names and the card being
//! discussed, large enough for the back row of a staff room.
//!
//! The glyphs come from the X11 bitmap fonts that `embedded-graphics` ships
//! in its ISO 8859-2 (Latin with č, š, ž, ć, đ) and ISO 8859-5 (Cyrillic)
//! sets; each character is taken from the set its script is in. Two pixel
//! rows make one row of cells with half blocks (`▀ ▄ █`), which keeps the
//! letters' proportions; under `--ascii` the same pixels are drawn with
//! `" _ #`, so even a 7-bit terminal shows Slovenian and Russian shapes.

use embedded_graphics::image::GetPixel;
use embedded_graphics::mono_font::{MonoFont, iso_8859_2, iso_8859_5};
use embedded_graphics::pixelcolor::BinaryColor;
use embedded_graphics::prelude::{OriginDimensions, Point};
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

/// The sizes there are, largest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Size {
    /// 10×20 pixels: 10 columns and up to 10 rows a letter.
    Large,
    /// 6×10 pixels: 6 columns, up to 5 rows.
    Medium,
    /// 4×6 pixels: 4 columns, up to 3 rows.
    Small,
}

impl Size {
    const ALL: [Size; 3] = [Size::Large, Size::Medium, Size::Small];

    /// Larger sizes rank higher.
    pub fn rank(self) -> u8 {
        match self {
            Size::Large => 3,
            Size::Medium => 2,
            Size::Small => 1,
        }
    }

    fn fonts(self) -> (&'static MonoFont<'static>, &'static MonoFont<'static>) {
        match self {
            Size::Large => (&iso_8859_2::FONT_10X20, &iso_8859_5::FONT_10X20),
            Size::Medium => (&iso_8859_2::FONT_6X10, &iso_8859_5::FONT_6X10),
            Size::Small => (&iso_8859_2::FONT_4X6, &iso_8859_5::FONT_4X6),
        }
    }

    fn advance(self) -> usize {
        let (latin, _) = self.fonts();
        (latin.character_size.width + latin.character_spacing) as usize
    }
}

fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{045F}').contains(&c)
}

/// Glyph bitmaps by character and size rank.
type Glyphs = HashMap<(char, u8), Vec<u16>>;

/// The glyph's pixels, a row per entry, bit `x` set for ink at column `x`
/// (the fonts are at most 10 pixels wide). Read once per character and
/// size, then kept: a board draws the same few letters every frame.
fn glyph(c: char, size: Size) -> Vec<u16> {
    static CACHE: OnceLock<Mutex<Glyphs>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    let key = (c, size.rank());
    if let Some(g) = cache.lock().ok().and_then(|m| m.get(&key).cloned()) {
        return g;
    }
    let g = read_glyph(c, size);
    if let Ok(mut m) = cache.lock() {
        m.insert(key, g.clone());
    }
    g
}

fn read_glyph(c: char, size: Size) -> Vec<u16> {
    let (latin, cyrillic) = size.fonts();
    let font = if is_cyrillic(c) { cyrillic } else { latin };
    let (w, h) = (font.character_size.width, font.character_size.height);
    let per_row = font.image.size().width / w.max(1);
    let index = font.glyph_mapping.index(c) as u32;
    let (gx, gy) = ((index % per_row) * w, (index / per_row) * h);
    (0..h)
        .map(|y| {
            (0..w.min(16)).fold(0u16, |row, x| {
                let on = font
                    .image
                    .pixel(Point::new((gx + x) as i32, (gy + y) as i32))
                    == Some(BinaryColor::On);
                row | (u16::from(on) << x)
            })
        })
        .collect()
}

/// The width in cells of a text at a size.
pub fn width(text: &str, size: Size) -> usize {
    text.chars().count() * size.advance()
}

/// The largest size at which the text fits in `max_w` columns and `max_h`
/// rows, if any.
pub fn fit(text: &str, max_w: usize, max_h: usize) -> Option<Size> {
    Size::ALL
        .into_iter()
        .find(|&s| width(text, s) <= max_w && !text.is_empty() && rows_needed(text, s) <= max_h)
}

/// The text in block letters, as rows of cells; blank pixel rows above and
/// below the ink are left out (a line of capitals needs no room for
/// descenders).
pub fn render(text: &str, size: Size, ascii: bool) -> Vec<String> {
    let glyphs: Vec<Vec<u16>> = text.chars().map(|c| glyph(c, size)).collect();
    let Some(height) = glyphs.first().map(Vec::len) else {
        return Vec::new();
    };
    let (top, bottom) = ink_rows(&glyphs, height);
    let Some(top) = top else {
        return Vec::new();
    };
    let width = size.advance();
    let (full, upper, lower) = if ascii {
        ('#', '"', '_')
    } else {
        ('█', '▀', '▄')
    };
    let mut rows = Vec::new();
    let mut y = top;
    while y <= bottom {
        let mut line = String::with_capacity(glyphs.len() * width * 3);
        for g in &glyphs {
            let (a, b) = (g[y], if y < bottom { g[y + 1] } else { 0 });
            for x in 0..width {
                let bit = 1u16 << x;
                line.push(match (a & bit != 0, b & bit != 0) {
                    (true, true) => full,
                    (true, false) => upper,
                    (false, true) => lower,
                    (false, false) => ' ',
                });
            }
        }
        rows.push(line.trim_end().to_string());
        y += 2;
    }
    rows
}

/// The first and last pixel rows with ink in any of the glyphs.
fn ink_rows(glyphs: &[Vec<u16>], height: usize) -> (Option<usize>, usize) {
    let inked = |y: usize| glyphs.iter().any(|g| g[y] != 0);
    let top = (0..height).find(|&y| inked(y));
    let bottom = (0..height).rev().find(|&y| inked(y)).unwrap_or(0);
    (top, bottom)
}

/// The rows of cells a text takes at a size, without drawing it.
fn rows_needed(text: &str, size: Size) -> usize {
    let glyphs: Vec<Vec<u16>> = text.chars().map(|c| glyph(c, size)).collect();
    let height = glyphs.first().map_or(0, Vec::len);
    match ink_rows(&glyphs, height) {
        (Some(top), bottom) => (bottom - top) / 2 + 1,
        (None, _) => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ink(rows: &[String]) -> usize {
        rows.iter()
            .flat_map(|r| r.chars())
            .filter(|c| *c != ' ')
            .count()
    }

    #[test]
    fn slovenian_and_russian_letters_have_their_own_shapes() {
        for size in Size::ALL {
            // A letter with a caron is not the plain letter, and Cyrillic is
            // not a row of question marks.
            assert_ne!(render("Č", size, false), render("C", size, false));
            assert_ne!(render("Ž", size, false), render("Z", size, false));
            assert_ne!(render("Ш", size, false), render("?", size, false));
            assert_ne!(render("Я", size, false), render("?", size, false));
            assert!(ink(&render("ČŠŽ ЖЯЩ", size, false)) > 10);
        }
    }

    #[test]
    fn the_seven_bit_variant_draws_the_same_pixels() {
        let wide = render("ŠOLA ШКОЛА", Size::Medium, false);
        let narrow = render("ŠOLA ШКОЛА", Size::Medium, true);
        assert_eq!(wide.len(), narrow.len());
        assert!(narrow.iter().all(|r| r.is_ascii()));
        for (a, b) in wide.iter().zip(&narrow) {
            assert_eq!(a.chars().count(), b.chars().count());
            for (x, y) in a.chars().zip(b.chars()) {
                assert_eq!(x == ' ', y == ' ');
            }
        }
    }

    #[test]
    fn the_largest_size_that_fits_is_chosen() {
        let word = "GLASOVANJE";
        assert_eq!(width(word, Size::Large), 100);
        assert_eq!(width(word, Size::Medium), 60);
        assert_eq!(width(word, Size::Small), 40);
        assert_eq!(fit(word, 120, 12), Some(Size::Large));
        assert_eq!(fit(word, 99, 12), Some(Size::Medium));
        assert_eq!(fit(word, 59, 12), Some(Size::Small));
        assert_eq!(fit(word, 39, 12), None);
        assert_eq!(fit(word, 120, 2), None);
        assert_eq!(fit("", 120, 12), None);
        for size in Size::ALL {
            let rows = render(word, size, false);
            assert!(rows.iter().all(|r| r.chars().count() <= width(word, size)));
        }
    }
}
