//! How the board lays things out for distance: blocks of wrapped text in
//! columns with space between them, paged around what the facilitator has
//! selected; text as large as the terminal allows.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::{put_lines, text};
use crate::render::{Ui, letters};

/// Space between columns.
pub(super) const GAP: u16 = 3;
/// Lists longer than this are made only as far as the page shown (shorter
/// ones are counted whole, so their page marks say "2 / 3").
const LAZY_FROM: usize = 30;
/// Columns are at least this wide.
pub(super) const COLUMN: u16 = 26;

/// Blocks of lines placed in columns, each into the column that is
/// shortest so far (reading goes across, and the columns end level), a
/// blank line between blocks; the page that holds `focus` is shown, with its
/// number at the bottom right when there are several.
pub(super) fn place(
    frame: &mut Frame,
    area: Rect,
    blocks: &[Vec<Line<'static>>],
    cols: u16,
    focus: Option<usize>,
    ui: &Ui,
) {
    place_as(frame, area, blocks, cols, focus, ui, false);
}

/// As `place`, or with `down` top to bottom then left to right (a ranking
/// and a plan read down their first column first).
pub(super) fn place_as(
    frame: &mut Frame,
    area: Rect,
    blocks: &[Vec<Line<'static>>],
    cols: u16,
    focus: Option<usize>,
    ui: &Ui,
    down: bool,
) {
    let how = Flow { cols, down, focus };
    place_lazy(frame, area, blocks.len(), &|k| blocks[k].clone(), how, ui);
}

/// How blocks flow into columns.
#[derive(Clone, Copy)]
pub(super) struct Flow {
    pub cols: u16,
    pub down: bool,
    pub focus: Option<usize>,
}

/// Blocks made only as far as the page that holds the focus: a long list
/// (a hundred cards) costs a page of wrapping, not the whole list. The
/// page's number shows when there are several ("2 / 5", or "2 ▸" when the
/// pages after it were not counted).
pub(super) fn place_lazy(
    frame: &mut Frame,
    area: Rect,
    n: usize,
    make: &dyn Fn(usize) -> Vec<Line<'static>>,
    how: Flow,
    ui: &Ui,
) {
    let Flow { cols, down, focus } = how;
    let col_w = column_width(area.width, cols);
    let mut made: Vec<Option<Vec<Line<'static>>>> = vec![None; n];
    // Pages of (column, row, block); whether every block was placed.
    let mut layout = |height: u16| {
        let mut pages: Vec<Vec<(u16, u16, usize)>> = vec![Vec::new()];
        let mut used = vec![0u16; usize::from(cols)];
        let wanted = focus.unwrap_or(0);
        for (k, slot) in made.iter_mut().enumerate() {
            let h = slot
                .get_or_insert_with(|| make(k))
                .len()
                .min(usize::from(height.max(1))) as u16;
            let (mut col, mut y) = if down {
                let c = used.iter().rposition(|u| *u > 0).unwrap_or(0);
                if used[c] > 0 && used[c] + h > height && c + 1 < used.len() {
                    (c + 1, 0)
                } else {
                    (c, used[c])
                }
            } else {
                shortest(&used)
            };
            if y > 0 && y + h > height {
                // The page with the focus is full: the rest need not be made.
                if k > wanted && n > LAZY_FROM {
                    return (pages, false);
                }
                pages.push(Vec::new());
                used.iter_mut().for_each(|u| *u = 0);
                (col, y) = (0, 0);
            }
            if let Some(p) = pages.last_mut() {
                p.push((col as u16, y, k));
            }
            used[col] = y + h + 1;
        }
        (pages, true)
    };
    let (mut pages, mut all) = layout(area.height);
    if pages.len() > 1 || !all {
        (pages, all) = layout(area.height.saturating_sub(1));
    }
    let page = focus
        .and_then(|f| pages.iter().position(|p| p.iter().any(|(_, _, k)| *k == f)))
        .unwrap_or(0);
    for &(col, y, k) in &pages[page] {
        let r = Rect {
            x: area.x + col * (col_w + GAP),
            y: area.y + y,
            width: col_w,
            height: area.height.saturating_sub(y),
        };
        if let Some(b) = &made[k] {
            put_lines(frame.buffer_mut(), r, b);
        }
    }
    if pages.len() > 1 || !all {
        let mark = if all {
            format!("{} / {}", page + 1, pages.len())
        } else {
            format!("{} {}", page + 1, if ui.ascii { ">" } else { "▸" })
        };
        page_mark(frame, area, &mark, ui);
    }
}

/// The column with the least in it (the leftmost of equals), and its height.
pub(super) fn shortest(used: &[u16]) -> (usize, u16) {
    used.iter()
        .enumerate()
        .min_by_key(|(i, u)| (**u, *i))
        .map_or((0, 0), |(i, u)| (i, *u))
}

/// "2 / 3" at the bottom right.
pub(super) fn page_mark(frame: &mut Frame, area: Rect, mark: &str, ui: &Ui) {
    let mark = mark.to_string();
    let r = Rect {
        x: area.right().saturating_sub(text::width(&mark) as u16),
        y: area.bottom().saturating_sub(1),
        width: text::width(&mark) as u16,
        height: 1,
    };
    put_lines(
        frame.buffer_mut(),
        r,
        &[Line::from(Span::styled(mark, ui.theme.dim))],
    );
}

pub(super) fn columns_for(width: u16, most: u16) -> u16 {
    ((width + GAP) / (COLUMN + GAP)).clamp(1, most)
}

pub(super) fn column_width(width: u16, cols: u16) -> u16 {
    (width.saturating_sub(GAP * (cols - 1))) / cols
}

/// A block: a mark, the text wrapped beside it (at most `rows` rows), and a
/// dim note under it.
pub(super) fn block(
    ui: &Ui,
    mark: &str,
    body: &str,
    style: Style,
    note: Option<String>,
    width: u16,
    rows: usize,
) -> Vec<Line<'static>> {
    let indent = text::width(mark) + 1;
    let room = (width as usize).saturating_sub(indent).max(4);
    let wrapped = text::wrap(&ui.s(body), room);
    let cut = wrapped.len() > rows;
    let mut out: Vec<Line<'static>> = Vec::new();
    for (k, r) in wrapped.into_iter().take(rows).enumerate() {
        let lead = if k == 0 {
            format!("{mark} ")
        } else {
            " ".repeat(indent)
        };
        let mut t = r.text;
        if cut && k + 1 == rows {
            t = text::truncate(&format!("{} …", t.trim_end()), room, ui.ascii);
        }
        out.push(Line::from(vec![
            Span::styled(lead, ui.theme.accent),
            Span::styled(t, style),
        ]));
    }
    if let Some(n) = note {
        out.push(Line::from(vec![
            Span::raw(" ".repeat(indent)),
            Span::styled(text::truncate(&ui.s(&n), room, ui.ascii), ui.theme.dim),
        ]));
    }
    out
}

pub(super) fn bullet(ui: &Ui) -> &'static str {
    if ui.ascii { "*" } else { "•" }
}

/// Text as large as a terminal allows: in block letters when it is short
/// enough, else wrapped in bold with a blank line between rows.
pub(super) fn large(ui: &Ui, body: &str, width: u16, height: u16) -> Vec<Line<'static>> {
    let one = body.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some(size) = letters::fit(&one, width as usize, usize::from(height.min(5)))
        .filter(|_| one.chars().count() <= 24)
    {
        return letters::render(&one, size, ui.ascii)
            .into_iter()
            .map(|r| Line::from(Span::styled(r, ui.theme.title)))
            .collect();
    }
    let rows = text::wrap(&ui.s(&one), width as usize);
    let spaced = rows.len() * 2 <= height as usize;
    let mut out = Vec::new();
    for r in rows {
        out.push(Line::from(Span::styled(r.text, ui.theme.title)));
        if spaced {
            out.push(Line::default());
        }
    }
    out
}

/// Blocks one under another without blank lines, paged around `focus`.
pub(super) fn place_rows(
    frame: &mut Frame,
    area: Rect,
    blocks: &[Vec<Line<'static>>],
    focus: Option<usize>,
    ui: &Ui,
) {
    let height = area.height as usize;
    let total: usize = blocks.iter().map(Vec::len).sum();
    let room = if total > height {
        height.saturating_sub(1)
    } else {
        height
    };
    let mut pages: Vec<(usize, usize)> = Vec::new();
    let (mut start, mut used) = (0, 0);
    for (k, b) in blocks.iter().enumerate() {
        if used > 0 && used + b.len() > room {
            pages.push((start, k));
            start = k;
            used = 0;
        }
        used += b.len();
    }
    pages.push((start, blocks.len()));
    let page = focus
        .and_then(|f| pages.iter().position(|(a, b)| (*a..*b).contains(&f)))
        .unwrap_or(0);
    let (a, b) = pages[page];
    let lines: Vec<Line> = blocks[a..b].iter().flatten().cloned().collect();
    put_lines(frame.buffer_mut(), area, &lines);
    if pages.len() > 1 {
        page_mark(frame, area, &format!("{} / {}", page + 1, pages.len()), ui);
    }
}

/// Lines at the top of an area; the rest of the area below them.
pub(super) fn above(frame: &mut Frame, area: Rect, lines: &[Line<'static>]) -> Rect {
    let h = (lines.len() as u16).min(area.height);
    put_lines(frame.buffer_mut(), area, lines);
    Rect {
        y: area.y + h,
        height: area.height - h,
        ..area
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::Theme;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use std::cell::Cell;

    #[test]
    fn a_long_list_is_made_only_as_far_as_the_page_shown() {
        let theme = Theme::fallback();
        let ui = Ui {
            theme: &theme,
            ascii: false,
        };
        let made = Cell::new(0);
        let make = |k: usize| {
            made.set(made.get() + 1);
            vec![Line::from(format!("card {k}")), Line::from("author")]
        };
        let mut term = Terminal::new(TestBackend::new(60, 10)).unwrap();
        let how = Flow {
            cols: 2,
            down: false,
            focus: Some(7),
        };
        term.draw(|f| place_lazy(f, f.area(), 200, &make, how, &ui))
            .unwrap();
        // Pages of six cards (3 rows each, two columns, nine rows): the
        // second holds card 7; a handful were made, not two hundred.
        assert!(made.get() < 40, "{} made", made.get());
        let text: String = term
            .backend()
            .buffer()
            .content()
            .iter()
            .map(|c| c.symbol())
            .collect();
        assert!(text.contains("card 7") && !text.contains("card 0 "));
        assert!(text.contains("2 ▸"), "{text}");
        // A short list is counted whole.
        made.set(0);
        term.draw(|f| place_lazy(f, f.area(), 12, &make, how, &ui))
            .unwrap();
        let text: String = term
            .backend()
            .buffer()
            .content()
            .iter()
            .map(|c| c.symbol())
            .collect();
        assert!(text.contains("2 / 2"), "{text}");
    }
}
