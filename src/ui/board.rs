//! The board: what the room reads on the projector (`ssh board@`, and F5 in
//! a console). It follows the facilitator's marked step and screen and
//! shows the room's work laid out for distance: a title in block letters
//! with the step's timer beside it, the step's question to the room, and the
//! cards, plans, spiral or indicators under it. Never the facilitator's
//! look-ahead, forms, messages or keys; never an author the facilitator has
//! hidden, a card not yet revealed, or a dot before the reveal.

mod cards;
mod control;
mod layout;
mod parts;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::{Ui, bigtext, put_lines, text};
use crate::app::{App, Screen};
use crate::domain::{SessionRecord, Step, Workshop};
use crate::i18n::{self, B};
use crate::render::letters;

/// Below this the board shows its title and the timer only.
const TINY: (u16, u16) = (30, 8);

/// What the board is showing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    /// A meeting's marked step (index among the meeting's steps).
    Step(usize, Step),
    /// A meeting past its last step.
    Finished,
    /// A screen outside a meeting.
    Screen(Screen),
}

/// What the board shows for the facilitator's view.
pub fn shown(app: &App) -> Shown {
    match (app.view.screen, app.session()) {
        (Screen::Session, Some(s)) => match s.current() {
            Some(step) => Shown::Step(usize::from(s.step), step),
            None => Shown::Finished,
        },
        (screen, _) => Shown::Screen(screen),
    }
}

pub fn draw(frame: &mut Frame, app: &App, ui: &Ui) {
    let area = frame.area();
    frame.buffer_mut().set_style(area, ui.theme.base);
    let Some(doc) = &app.shared.doc else {
        heading(frame, "premisli", area, 6, ui, ui.theme.accent);
        return;
    };
    let w = &doc.workshop;
    let shown = shown(app);
    let session = app.session();
    let title = match shown {
        Shown::Step(_, step) => i18n::step_title(app.lang, step).to_string(),
        Shown::Finished => session.map_or_else(String::new, |s| {
            i18n::session_kind(app.lang, s.kind).to_string()
        }),
        Shown::Screen(Screen::Home | Screen::Project) => w.title.clone(),
        Shown::Screen(s) => app.screen_title(s).to_string(),
    };
    // A margin of one column keeps the letters off the projector's edge.
    let area = Rect {
        x: area.x + u16::from(area.width > 40),
        width: area.width.saturating_sub(2 * u16::from(area.width > 40)),
        ..area
    };
    let big = area.height >= 40;
    let max_h: u16 = if big || area.height >= 28 {
        10
    } else if area.height >= 24 {
        6
    } else {
        3
    };
    // The timer at the right, in big figures.
    let clock = match (shown, session) {
        (Shown::Step(i, _), Some(_)) => app.step_clock(i),
        _ => None,
    };
    let timer = clock.map(|c| {
        let text = c.shown();
        // Big figures when they fit beside the title; else the title's
        // letters; else plain.
        let room = area.width as usize * 35 / 100;
        let rows: Vec<String> = match bigtext::fit(&text, room, usize::from(max_h)) {
            Some(sc) => bigtext::render(&text, sc, ui.ascii),
            None => match letters::fit(&text, room, usize::from(max_h)) {
                Some(size) => letters::render(&text, size, ui.ascii),
                None => vec![text],
            },
        };
        let style = if c.overrun() {
            ui.theme.error
        } else if c.running {
            ui.theme.good
        } else {
            ui.theme.dim
        };
        (rows, style)
    });
    let timer_w = timer.as_ref().map_or(0, |(rows, _)| {
        rows.iter().map(|r| text::width(r)).max().unwrap_or(0) as u16 + 3
    });
    let head_area = Rect {
        width: area.width.saturating_sub(timer_w),
        height: max_h.min(area.height),
        ..area
    };
    let used = heading(frame, &title, head_area, max_h, ui, ui.theme.accent);
    let mut head_h = used;
    if let Some((rows, style)) = &timer {
        let t = Rect {
            x: area.x + area.width.saturating_sub(timer_w) + 3,
            width: timer_w.saturating_sub(3),
            height: (rows.len() as u16).min(area.height),
            ..area
        };
        let lines: Vec<Line> = rows
            .iter()
            .map(|r| Line::from(Span::styled(r.clone(), *style)))
            .collect();
        put_lines(frame.buffer_mut(), t, &lines);
        head_h = head_h.max(rows.len() as u16);
    }
    if area.width < TINY.0 || area.height < TINY.1 {
        return;
    }
    let mut y = area.y + head_h;
    // Where the meeting is, and the step's question to the room.
    let mut sub = Vec::new();
    if let (Shown::Step(i, step), Some(s)) = (shown, session) {
        sub.push(Line::from(Span::styled(
            ui.s(&format!(
                "{} · {} / {}",
                i18n::session_kind(app.lang, s.kind),
                i + 1,
                s.steps().len()
            )),
            ui.theme.dim,
        )));
        let most = if area.height >= 24 { 3 } else { 2 };
        let rows = text::wrap(
            &ui.s(i18n::room_prompt(app.lang, step)),
            area.width as usize,
        );
        let cut = rows.len() > most;
        for (k, r) in rows.into_iter().take(most).enumerate() {
            let t = if cut && k + 1 == most {
                text::truncate(
                    &format!("{} …", r.text.trim_end()),
                    area.width as usize,
                    ui.ascii,
                )
            } else {
                r.text
            };
            sub.push(Line::from(Span::styled(t, ui.theme.title)));
        }
    }
    if !sub.is_empty() {
        y += 1;
        let h = (sub.len() as u16).min(area.bottom().saturating_sub(y));
        put_lines(
            frame.buffer_mut(),
            Rect {
                y,
                height: h,
                ..area
            },
            &sub,
        );
        y += h;
    }
    y += 1;
    if y >= area.bottom() {
        return;
    }
    let body = Rect {
        y,
        height: area.bottom() - y,
        ..area
    };
    parts::body(frame, app, w, session, shown, ui, body);
}

/// A title in block letters when it fits (on up to two lines), else in
/// capitals; returns the rows used.
pub fn heading(
    frame: &mut Frame,
    title: &str,
    area: Rect,
    max_h: u16,
    ui: &Ui,
    style: Style,
) -> u16 {
    let upper = title.trim().to_uppercase();
    let width = area.width as usize;
    let max_h = usize::from(max_h.min(area.height));
    // One line of letters, or two (split at the space nearest the middle)
    // when that makes them larger.
    let one = letters::fit(&upper, width, max_h);
    let two = split_middle(&upper).and_then(|(a, b)| {
        let half = max_h / 2;
        let (x, y) = (letters::fit(a, width, half)?, letters::fit(b, width, half)?);
        Some((a, b, if x.rank() < y.rank() { x } else { y }))
    });
    let mut rows: Vec<String> = match (one, two) {
        (one, Some((a, b, size))) if one.is_none_or(|s| size.rank() > s.rank()) => {
            let mut r = letters::render(a, size, ui.ascii);
            r.extend(letters::render(b, size, ui.ascii));
            r
        }
        (Some(size), _) => letters::render(&upper, size, ui.ascii),
        _ => Vec::new(),
    };
    if rows.len() > max_h {
        rows.clear();
    }
    if rows.is_empty() {
        rows = text::wrap(&ui.s(&upper), width.max(1))
            .into_iter()
            .take(max_h.max(1))
            .map(|r| r.text)
            .collect();
    }
    let lines: Vec<Line> = rows
        .into_iter()
        .map(|r| Line::from(Span::styled(r, style)))
        .collect();
    let h = (lines.len() as u16).min(area.height);
    put_lines(frame.buffer_mut(), Rect { height: h, ..area }, &lines);
    h
}

fn split_middle(s: &str) -> Option<(&str, &str)> {
    let mid = s.chars().count() / 2;
    let (k, _) = s
        .char_indices()
        .filter(|(_, c)| *c == ' ')
        .min_by_key(|(i, _)| s[..*i].chars().count().abs_diff(mid))?;
    Some((s[..k].trim(), s[k..].trim()))
}

/// The meeting's next date, for a board with no meeting running.
fn next_meeting(w: &Workshop, today: chrono::NaiveDate) -> Option<&SessionRecord> {
    w.sessions
        .iter()
        .filter(|s| s.date >= today && !s.finished())
        .min_by_key(|s| s.date)
}

/// Says in an area that there is nothing to show yet.
fn empty(frame: &mut Frame, area: Rect, ui: &Ui, lang: crate::domain::Language, key: B) {
    put_lines(frame.buffer_mut(), area, &[nothing(ui, lang, key)]);
}

/// A line saying there is nothing to show yet.
fn nothing(ui: &Ui, lang: crate::domain::Language, key: B) -> Line<'static> {
    Line::from(Span::styled(ui.s(i18n::t(lang, key)), ui.theme.dim))
}
