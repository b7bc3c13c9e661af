//! Draws the spiral geometry into a ratatui buffer (braille, or 7-bit
//! characters following the curve), beside or above a legend of the cycles.
//! The screen and `premisli spiral` both come through here.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::{Ui, put_lines, text};
use crate::domain::spiral::{self, SUB_X, SUB_Y, Spiral};
use crate::domain::{Cycle, Language, PhaseStatus};
use crate::i18n::{self, T};

/// Legend beside the drawing from this width up; below it otherwise.
const SIDE_LEGEND: u16 = 100;

pub fn glyph(ui: &Ui, status: PhaseStatus, current: bool) -> &'static str {
    match (ui.ascii, current, status) {
        (false, true, _) => "◉",
        (true, true, _) => "@",
        (false, _, PhaseStatus::NotStarted) => "○",
        (false, _, PhaseStatus::InProgress) => "◐",
        (false, _, PhaseStatus::Done) => "●",
        (true, _, PhaseStatus::NotStarted) => ".",
        (true, _, PhaseStatus::InProgress) => "o",
        (true, _, PhaseStatus::Done) => "*",
    }
}

fn mark_style(ui: &Ui, status: PhaseStatus, current: bool) -> Style {
    if current {
        return ui
            .theme
            .accent
            .add_modifier(Modifier::REVERSED | Modifier::BOLD);
    }
    match status {
        PhaseStatus::Done => ui.theme.good,
        PhaseStatus::InProgress => ui.theme.accent,
        PhaseStatus::NotStarted => ui.theme.base,
    }
}

/// The character for a stretch of curve going in direction `dir` (7-bit).
fn ascii_stroke(dir: f32) -> char {
    let a = dir.rem_euclid(std::f32::consts::PI);
    let eighth = std::f32::consts::PI / 8.0;
    if !(eighth..7.0 * eighth).contains(&a) {
        '-'
    } else if a < 3.0 * eighth {
        '\\'
    } else if a < 5.0 * eighth {
        '|'
    } else {
        '/'
    }
}

/// Draws the curve, the phase marks and the cycle numbers.
pub fn draw_curve(buf: &mut Buffer, area: Rect, s: &Spiral, ui: &Ui) {
    let cols = usize::from(s.cols.min(area.width));
    let rows = usize::from(s.rows.min(area.height));
    if cols == 0 || rows == 0 {
        return;
    }
    if ui.ascii {
        let mut cells: Vec<Option<char>> = vec![None; cols * rows];
        for &(x, y, dir) in &s.dots {
            let (c, r) = (usize::from(x / SUB_X), usize::from(y / SUB_Y));
            if c < cols && r < rows && cells[r * cols + c].is_none() {
                cells[r * cols + c] = Some(ascii_stroke(dir));
            }
        }
        for (k, ch) in cells.into_iter().enumerate() {
            if let Some(ch) = ch {
                let (c, r) = ((k % cols) as u16, (k / cols) as u16);
                buf[(area.x + c, area.y + r)]
                    .set_char(ch)
                    .set_style(ui.theme.dim);
            }
        }
    } else {
        let mut bits: Vec<u8> = vec![0; cols * rows];
        for &(x, y, _) in &s.dots {
            let (c, r) = (usize::from(x / SUB_X), usize::from(y / SUB_Y));
            if c < cols && r < rows {
                const DOTS: [[u8; 4]; 2] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]];
                bits[r * cols + c] |= DOTS[usize::from(x % SUB_X)][usize::from(y % SUB_Y)];
            }
        }
        for (k, b) in bits.into_iter().enumerate() {
            if b != 0 {
                let (c, r) = ((k % cols) as u16, (k / cols) as u16);
                let ch = char::from_u32(0x2800 + u32::from(b)).unwrap_or(' ');
                buf[(area.x + c, area.y + r)]
                    .set_char(ch)
                    .set_style(ui.theme.dim);
            }
        }
    }
    for &(c, r, i) in &s.numbers {
        let label = (i + 1).to_string();
        for (k, ch) in label.chars().enumerate() {
            let x = c + k as u16;
            if usize::from(x) < cols && usize::from(r) < rows {
                buf[(area.x + x, area.y + r)]
                    .set_char(ch)
                    .set_style(ui.theme.title);
            }
        }
    }
    for m in &s.marks {
        if usize::from(m.col) < cols && usize::from(m.row) < rows {
            let cell = &mut buf[(area.x + m.col, area.y + m.row)];
            cell.set_symbol(glyph(ui, m.status, m.current))
                .set_style(mark_style(ui, m.status, m.current));
        }
    }
}

/// The legend: a key to the glyphs, where the team is now, one line per
/// cycle (two when narrow); with each line's cycle, if it is one's.
pub fn legend(
    cycles: &[Cycle],
    s: &Spiral,
    lang: Language,
    ui: &Ui,
    width: usize,
    selected: Option<usize>,
) -> (Vec<Line<'static>>, Vec<Option<usize>>) {
    let mut owners = Vec::new();
    let (first_shown, end) = (s.first_shown, (s.first_shown + s.shown).min(cycles.len()));
    let mut lines = Vec::new();
    let key = [
        PhaseStatus::NotStarted,
        PhaseStatus::InProgress,
        PhaseStatus::Done,
    ]
    .iter()
    .map(|s| format!("{} {}", glyph(ui, *s, false), i18n::phase_status(lang, *s)))
    .collect::<Vec<_>>()
    .join("  ");
    let now = match spiral::current(cycles) {
        Some((i, p)) => {
            let name = cycles[i].name.clone();
            format!(
                "{} {}",
                glyph(ui, PhaseStatus::NotStarted, true),
                i18n::tf(
                    lang,
                    T::SpiralNow,
                    &[("cycle", &name), ("phase", i18n::phase(lang, p))]
                )
            )
        }
        None => i18n::t(lang, T::SpiralAllDone).to_string(),
    };
    lines.push(Line::from(Span::styled(
        text::truncate(&ui.s(&key), width, ui.ascii),
        ui.theme.dim,
    )));
    lines.push(Line::from(Span::styled(
        text::truncate(&ui.s(&now), width, ui.ascii),
        ui.theme.accent,
    )));
    lines.push(Line::default());
    if first_shown > 0 {
        let msg = i18n::tf(lang, T::SpiralEarlier, &[("n", &first_shown.to_string())]);
        lines.push(Line::from(Span::styled(
            text::truncate(&ui.s(&msg), width, ui.ascii),
            ui.theme.dim,
        )));
    }
    let current = spiral::current(cycles);
    for (i, c) in cycles.iter().enumerate().take(end).skip(first_shown) {
        let marks: Vec<Span> = crate::domain::Phase::ALL
            .iter()
            .map(|p| {
                let cur = current == Some((i, *p));
                let st = c.phase(*p).status;
                Span::styled(glyph(ui, st, cur).to_string(), mark_style(ui, st, cur))
            })
            .collect();
        let period = format!(
            "{} – {}",
            i18n::date(lang, c.start),
            i18n::date(lang, c.end)
        );
        let sel = selected == Some(i);
        let head = format!(
            "{}{:>2} ",
            if sel { ui.glyphs().marker } else { " " },
            i + 1
        );
        let style = if sel {
            ui.theme.selected
        } else {
            ui.theme.base
        };
        // Narrow: the period goes on a line of its own under the name.
        let two_lines = width < 56;
        let rest = if two_lines {
            format!(" {} · {}", c.name, i18n::tier(lang, c.tier))
        } else {
            format!(" {} · {} · {}", c.name, period, i18n::tier(lang, c.tier))
        };
        let room = width.saturating_sub(text::width(&head) + 4);
        let mut spans = vec![Span::styled(
            head.clone(),
            if sel {
                ui.theme.selected
            } else {
                ui.theme.title
            },
        )];
        spans.extend(marks);
        spans.push(Span::styled(
            text::truncate(&ui.s(&rest), room, ui.ascii),
            style,
        ));
        if two_lines {
            lines.push(Line::from(spans));
            owners.resize(lines.len() - 1, None);
            owners.push(Some(i));
            let indent = " ".repeat(text::width(&head) + 5);
            spans = vec![Span::styled(
                text::truncate(&ui.s(&format!("{indent}{period}")), width, ui.ascii),
                ui.theme.dim,
            )];
        }
        lines.push(Line::from(spans));
        owners.resize(lines.len() - 1, None);
        owners.push(Some(i));
    }
    if end < cycles.len() {
        let msg = i18n::tf(
            lang,
            T::SpiralLater,
            &[("n", &(cycles.len() - end).to_string())],
        );
        lines.push(Line::from(Span::styled(
            text::truncate(&ui.s(&msg), width, ui.ascii),
            ui.theme.dim,
        )));
    }
    owners.resize(lines.len(), None);
    (lines, owners)
}

/// Where the drawing and the legend go in an area, and the spiral laid out.
pub fn arrange(cycles: &[Cycle], area: Rect, legend_lines: u16) -> (Rect, Rect, Spiral) {
    // Beside when wide; also when short, where a legend below would squeeze the drawing.
    if area.width >= SIDE_LEGEND || (area.height < 20 && area.width >= 60) {
        let lw = (area.width * 2 / 5).clamp(28, 64);
        let draw = Rect::new(area.x, area.y, area.width - lw - 1, area.height);
        let leg = Rect::new(area.x + area.width - lw, area.y, lw, area.height);
        let s = spiral::layout(cycles, draw.width, draw.height.min(draw.width / 2 + 1));
        (draw, leg, s)
    } else {
        let leg_h = legend_lines.min(area.height / 2);
        let draw = Rect::new(area.x, area.y, area.width, area.height - leg_h);
        let leg = Rect::new(area.x, area.y + draw.height, area.width, leg_h);
        let s = spiral::layout(cycles, draw.width, draw.height.min(draw.width / 2 + 1));
        (draw, leg, s)
    }
}

/// Where `render` put what a click can choose.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Placed {
    /// Each phase's mark: its cell, the cycle's index and the phase.
    pub marks: Vec<(u16, u16, usize, crate::domain::Phase)>,
    /// Each cycle's line in the legend: its row, and the area's columns.
    pub legend: Vec<(Rect, usize)>,
}

/// The whole spiral (drawing and legend) into an area.
pub fn render(
    buf: &mut Buffer,
    area: Rect,
    cycles: &[Cycle],
    lang: Language,
    ui: &Ui,
    selected: Option<usize>,
) -> Placed {
    let mut placed = Placed::default();
    if cycles.is_empty() {
        put_lines(
            buf,
            area,
            &[Line::from(
                ui.span(i18n::t(lang, T::SpiralNone), ui.theme.dim),
            )],
        );
        return placed;
    }
    let rough = cycles.len() as u16 * if area.width < 56 { 2 } else { 1 } + 4;
    let (draw, leg, s) = arrange(cycles, area, rough);
    // Centre the drawing vertically in its room.
    let top = draw.y + draw.height.saturating_sub(s.rows) / 2;
    let draw = Rect::new(draw.x, top, draw.width, s.rows.min(draw.height));
    draw_curve(buf, draw, &s, ui);
    let cols = s.cols.min(draw.width);
    let rows = s.rows.min(draw.height);
    placed.marks = s
        .marks
        .iter()
        .filter(|m| m.col < cols && m.row < rows)
        .map(|m| (draw.x + m.col, draw.y + m.row, m.cycle, m.phase))
        .collect();
    let (lines, owners) = legend(cycles, &s, lang, ui, usize::from(leg.width), selected);
    // Keep the selected cycle's line in view.
    let skip = selected.map_or(0, |i| {
        (i + 4)
            .saturating_sub(s.first_shown)
            .saturating_sub(usize::from(leg.height).max(1))
    });
    for (k, owner) in owners.iter().enumerate().skip(skip) {
        let row = (k - skip) as u16;
        if let Some(i) = owner
            && row < leg.height
        {
            placed
                .legend
                .push((Rect::new(leg.x, leg.y + row, leg.width, 1), *i));
        }
    }
    put_lines(buf, leg, lines.get(skip..).unwrap_or_default());
    placed
}

/// The spiral as text for stdout: width columns, as many rows as it needs.
pub fn to_text(cycles: &[Cycle], title: &str, lang: Language, ui: &Ui, width: u16) -> String {
    let width = width.max(20);
    let (nat_cols, nat_rows) = spiral::natural_size(cycles.len().max(1));
    let legend_h = cycles.len() as u16 * if width < 56 { 2 } else { 1 } + 4;
    let height = if width >= SIDE_LEGEND {
        let draw_cols = width - (width * 2 / 5).clamp(28, 64) - 1;
        nat_rows.min(draw_cols / 2 + 1).max(legend_h).max(6)
    } else {
        nat_rows.min(width / 2 + 1).max(6) + legend_h
    };
    let _ = nat_cols;
    let area = Rect::new(0, 0, width, height + 2);
    let mut buf = Buffer::empty(area);
    let title = text::truncate(
        &ui.s(&format!("{} · {}", i18n::t(lang, T::SpiralTitle), title)),
        usize::from(width),
        ui.ascii,
    );
    put_lines(&mut buf, Rect::new(0, 0, width, 1), &[Line::from(title)]);
    if cycles.is_empty() {
        put_lines(
            &mut buf,
            Rect::new(0, 2, width, 1),
            &[Line::from(ui.s(i18n::t(lang, T::SpiralNone)))],
        );
    } else if width >= SIDE_LEGEND {
        render(
            &mut buf,
            Rect::new(0, 2, width, height),
            cycles,
            lang,
            ui,
            None,
        );
    } else {
        // Below the drawing, the whole legend (stdout has no height limit).
        let draw_h = height - legend_h;
        let s = spiral::layout(cycles, width, draw_h);
        draw_curve(&mut buf, Rect::new(0, 2, width, draw_h), &s, ui);
        let (lines, _) = legend(cycles, &s, lang, ui, usize::from(width), None);
        put_lines(&mut buf, Rect::new(0, 2 + draw_h, width, legend_h), &lines);
    }
    let mut out = String::new();
    for y in 0..area.height {
        let mut line = String::new();
        for x in 0..area.width {
            line.push_str(buf[(x, y)].symbol());
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}
