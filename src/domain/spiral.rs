//! The action spiral as geometry: one turn per cycle, growing outward from the
//! centre, with the four phases marked on each turn. Pure numbers on a grid of
//! sub-cells (2 across and 4 down per character cell, as braille has), so the
//! screen and the printed spiral share one computation.

use super::cycles::{Cycle, Phase, PhaseStatus};

/// Sub-cells per character cell.
pub const SUB_X: u16 = 2;
pub const SUB_Y: u16 = 4;
/// Distance between turns, in sub-cells (two rows, four columns).
const SPACING: f64 = 8.0;
/// The tightest spacing still read as separate turns, when room is short.
const MIN_SPACING: f64 = 5.0;
/// Radius where the first turn starts.
const INNER: f64 = 4.0;

#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub col: u16,
    pub row: u16,
    /// Index into the cycles given.
    pub cycle: usize,
    pub phase: Phase,
    pub status: PhaseStatus,
    pub current: bool,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Spiral {
    pub cols: u16,
    pub rows: u16,
    /// Points of the curve in sub-cells, with the direction of travel there
    /// (radians, screen coordinates: y grows downward).
    pub dots: Vec<(u16, u16, f32)>,
    pub marks: Vec<Mark>,
    /// The cycle's number, written where its turn begins: (col, row, cycle index).
    pub numbers: Vec<(u16, u16, usize)>,
    /// The first cycle drawn and how many are drawn: when not all fit, the
    /// window keeps the current cycle in view with a little of what follows.
    pub first_shown: usize,
    pub shown: usize,
}

/// Rows and columns the spiral of `turns` turns needs at full size.
pub fn natural_size(turns: usize) -> (u16, u16) {
    let r = INNER + SPACING * turns as f64 + 2.0;
    let cols = (2.0 * r / f64::from(SUB_X)).ceil() as u16 + 2;
    let rows = (2.0 * r / f64::from(SUB_Y)).ceil() as u16 + 1;
    (cols, rows)
}

/// The cycle the team is in and its phase: the first cycle not fully done.
pub fn current(cycles: &[Cycle]) -> Option<(usize, Phase)> {
    cycles
        .iter()
        .enumerate()
        .find_map(|(i, c)| c.current_phase().map(|p| (i, p)))
}

/// Lays the spiral out in `cols` × `rows` character cells.
pub fn layout(cycles: &[Cycle], cols: u16, rows: u16) -> Spiral {
    let mut s = Spiral {
        cols,
        rows,
        ..Spiral::default()
    };
    if cycles.is_empty() || cols < 3 || rows < 3 {
        return s;
    }
    let (w, h) = (f64::from(cols * SUB_X), f64::from(rows * SUB_Y));
    let (cx, cy) = (w / 2.0, h / 2.0);
    let room = (cx.min(cy) - 2.0).max(0.0);
    // As many of the latest turns as fit with readable spacing.
    let fit = (((room - INNER) / MIN_SPACING).floor().max(1.0)) as usize;
    let shown = cycles.len().min(fit);
    let now = current(cycles);
    let latest = cycles.len() - shown;
    s.first_shown = match now {
        Some((i, _)) => (i + 1 + (shown / 3).min(2))
            .saturating_sub(shown)
            .min(latest),
        None => latest,
    };
    s.shown = shown;
    // Turns spread out to fill the room (a projector), up to a point.
    let spacing = ((room - INNER) / shown as f64).clamp(1.0, SPACING * 2.5);
    let point = |theta: f64| {
        let r = INNER + spacing * theta / std::f64::consts::TAU;
        // Start at twelve o'clock and turn clockwise, like a clock face.
        let (x, y) = (cx + r * theta.sin(), cy - r * theta.cos());
        (x, y)
    };
    let total = std::f64::consts::TAU * shown as f64;
    let mut theta = 0.0;
    let mut last = (u16::MAX, u16::MAX);
    while theta <= total {
        let (x, y) = point(theta);
        if x >= 0.0 && y >= 0.0 && x < w && y < h {
            let p = (x as u16, y as u16);
            if p != last {
                // The direction is needed only for the dots kept.
                let (nx, ny) = point(theta + 0.01);
                s.dots.push((p.0, p.1, (ny - y).atan2(nx - x) as f32));
                last = p;
            }
        }
        // Steps of under one sub-cell along the curve, so it has no gaps.
        let r = INNER + spacing * theta / std::f64::consts::TAU;
        theta += 0.7 / r.max(1.0);
    }
    let cell = |theta: f64| {
        let (x, y) = point(theta);
        (
            ((x / f64::from(SUB_X)) as u16).min(cols - 1),
            ((y / f64::from(SUB_Y)) as u16).min(rows - 1),
        )
    };
    for (j, i) in (s.first_shown..s.first_shown + shown).enumerate() {
        let (col, row) = cell(std::f64::consts::TAU * j as f64);
        s.numbers.push((col, row, i));
        for (p, phase) in Phase::ALL.into_iter().enumerate() {
            let theta = std::f64::consts::TAU * (j as f64 + (p as f64 + 0.5) / 4.0);
            let (col, row) = cell(theta);
            s.marks.push(Mark {
                col,
                row,
                cycle: i,
                phase,
                status: cycles[i].phase(phase).status,
                current: now == Some((i, phase)),
            });
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::domain::Id;

    fn cycles(n: usize) -> Vec<Cycle> {
        (0..n)
            .map(|i| {
                let start = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap()
                    + chrono::Days::new(100 * i as u64);
                Cycle::new(
                    Id(i as u32 + 1),
                    &format!("K{}", i + 1),
                    start,
                    start + chrono::Days::new(90),
                )
                .unwrap()
            })
            .collect()
    }

    #[test]
    fn every_turn_has_four_marks_and_a_number() {
        let c = cycles(3);
        let (cols, rows) = natural_size(3);
        let s = layout(&c, cols, rows);
        assert_eq!(s.first_shown, 0);
        assert_eq!(s.marks.len(), 12);
        assert_eq!(s.numbers.len(), 3);
        assert!(s.marks.iter().all(|m| m.col < cols && m.row < rows));
        assert!(
            s.dots
                .iter()
                .all(|&(x, y, _)| x < cols * SUB_X && y < rows * SUB_Y)
        );
    }

    #[test]
    fn the_spiral_grows_outward() {
        let c = cycles(4);
        let (cols, rows) = natural_size(4);
        let s = layout(&c, cols, rows);
        let (cx, cy) = (f64::from(cols * SUB_X) / 2.0, f64::from(rows * SUB_Y) / 2.0);
        let dist = |&(x, y, _): &(u16, u16, f32)| {
            ((f64::from(x) - cx).powi(2) + (f64::from(y) - cy).powi(2)).sqrt()
        };
        let first = dist(&s.dots[0]);
        let last = dist(s.dots.last().unwrap());
        assert!(last > first + 20.0, "{first} .. {last}");
    }

    #[test]
    fn the_current_phase_is_the_first_unfinished() {
        let mut c = cycles(2);
        for p in Phase::ALL {
            c[0].phase_mut(p).status = PhaseStatus::Done;
        }
        c[1].plan.status = PhaseStatus::Done;
        c[1].act.status = PhaseStatus::InProgress;
        assert_eq!(current(&c), Some((1, Phase::Act)));
        let s = layout(&c, 60, 30);
        let cur: Vec<&Mark> = s.marks.iter().filter(|m| m.current).collect();
        assert_eq!(cur.len(), 1);
        assert_eq!((cur[0].cycle, cur[0].phase), (1, Phase::Act));
    }

    #[test]
    fn small_areas_show_a_window_of_turns() {
        let mut all_done = cycles(24);
        for cycle in &mut all_done {
            for p in Phase::ALL {
                cycle.phase_mut(p).status = PhaseStatus::Done;
            }
        }
        let s = layout(&all_done, 40, 20);
        assert!(s.first_shown > 0 && s.first_shown < 24);
        assert_eq!(
            s.numbers.last().map(|n| n.2),
            Some(23),
            "all done: the latest turns"
        );
        let mut midway = all_done.clone();
        midway[10].act.status = PhaseStatus::InProgress;
        for later in &mut midway[11..] {
            for p in Phase::ALL {
                later.phase_mut(p).status = PhaseStatus::NotStarted;
            }
        }
        let s = layout(&midway, 40, 20);
        assert!(
            s.first_shown <= 10 && 10 < s.first_shown + s.shown,
            "the current cycle is drawn"
        );
        assert_eq!(
            layout(&midway, 2, 2).marks.len(),
            0,
            "no room, no marks, no panic"
        );
        assert_eq!(
            layout(&[], 80, 40),
            Spiral {
                cols: 80,
                rows: 40,
                ..Spiral::default()
            }
        );
    }
}
