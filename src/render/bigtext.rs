//! Big block figures for the timer in projector mode: a 3×5 pixel font of the
//! digits, the colon and the plus sign, drawn with full blocks (or `#`) and
//! scaled to the room there is.
//!
//! Only figures: the prompts are Slovenian and Russian as much as English, and a
//! block font of Latin Extended and Cyrillic letters would be unreadable at
//! the sizes a terminal allows. Prompts are enlarged by layout instead.

const ROWS: usize = 5;

/// The pixels of a glyph, `#` for ink, each row the same width.
fn glyph(c: char) -> Option<[&'static str; ROWS]> {
    Some(match c {
        '0' => ["###", "# #", "# #", "# #", "###"],
        '1' => ["## ", " # ", " # ", " # ", "###"],
        '2' => ["###", "  #", "###", "#  ", "###"],
        '3' => ["###", "  #", "###", "  #", "###"],
        '4' => ["# #", "# #", "###", "  #", "  #"],
        '5' => ["###", "#  ", "###", "  #", "###"],
        '6' => ["###", "#  ", "###", "# #", "###"],
        '7' => ["###", "  #", "  #", "  #", "  #"],
        '8' => ["###", "# #", "###", "# #", "###"],
        '9' => ["###", "# #", "###", "  #", "###"],
        ':' => [" ", "#", " ", "#", " "],
        '+' => ["   ", " # ", "###", " # ", "   "],
        ' ' => [" ", " ", " ", " ", " "],
        _ => return None,
    })
}

/// Cells per pixel: columns and rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scale {
    pub w: usize,
    pub h: usize,
}

/// The width in cells of a text drawn at a scale (one pixel of gap between glyphs).
pub fn width(text: &str, scale: Scale) -> usize {
    let pixels: usize = text.chars().filter_map(glyph).map(|g| g[0].len() + 1).sum();
    pixels.saturating_sub(1) * scale.w
}

pub fn height(scale: Scale) -> usize {
    ROWS * scale.h
}

/// The largest scale at which the text fits, if any.
pub fn fit(text: &str, max_w: usize, max_h: usize) -> Option<Scale> {
    [
        Scale { w: 4, h: 2 },
        Scale { w: 2, h: 2 },
        Scale { w: 2, h: 1 },
        Scale { w: 1, h: 1 },
    ]
    .into_iter()
    .find(|&s| width(text, s) <= max_w && height(s) <= max_h)
}

/// The text as rows of cells; characters the font lacks are left out.
pub fn render(text: &str, scale: Scale, ascii: bool) -> Vec<String> {
    let ink = if ascii { "#" } else { "█" };
    let glyphs: Vec<[&str; ROWS]> = text.chars().filter_map(glyph).collect();
    let mut out = Vec::with_capacity(height(scale));
    for row in 0..ROWS {
        let mut line = String::new();
        for (k, g) in glyphs.iter().enumerate() {
            if k > 0 {
                line.push_str(&" ".repeat(scale.w));
            }
            for px in g[row].chars() {
                let cell = if px == '#' { ink } else { " " };
                line.push_str(&cell.repeat(scale.w));
            }
        }
        for _ in 0..scale.h {
            out.push(line.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_render_at_the_width_they_claim() {
        for scale in [Scale { w: 1, h: 1 }, Scale { w: 4, h: 2 }] {
            let rows = render("+12:34", scale, true);
            assert_eq!(rows.len(), height(scale));
            for r in &rows {
                assert_eq!(r.chars().count(), width("+12:34", scale));
            }
        }
        let rows = render("10", Scale { w: 1, h: 1 }, true);
        assert_eq!(rows[0], "##  ###");
        assert_eq!(rows[4], "### ###");
    }

    #[test]
    fn the_largest_scale_that_fits_is_chosen() {
        // "08:30" is 3+1+3+1+1+1+3+1+3 = 17 pixels wide.
        assert_eq!(width("08:30", Scale { w: 1, h: 1 }), 17);
        assert_eq!(fit("08:30", 80, 12), Some(Scale { w: 4, h: 2 }));
        assert_eq!(fit("08:30", 40, 12), Some(Scale { w: 2, h: 2 }));
        assert_eq!(fit("08:30", 40, 5), Some(Scale { w: 2, h: 1 }));
        assert_eq!(fit("08:30", 20, 5), Some(Scale { w: 1, h: 1 }));
        assert_eq!(fit("08:30", 10, 5), None);
        assert_eq!(fit("08:30", 80, 4), None);
    }
}
