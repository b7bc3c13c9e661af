//! Screen 7, the guided meeting: the steps with the marker on the left and the
//! minutes under them; on the right the step's prompt, its timer and its input
//! (another screen's widget, embedded). Projector mode shows the prompt and a
//! big timer above the input, and nothing else.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Ui, bigtext, text};
use crate::app::session::{Clock, Focus, Input, MinuteLine, hmmss, input_of, minute_lines, mmss};
use crate::app::{App, Doc};
use crate::domain::{LogKind, SessionRecord, Step};
use crate::i18n::{self, T};

pub fn draw(frame: &mut Frame, app: &App, doc: &Doc, ui: &Ui, area: Rect) {
    let Some(s) = app.session() else {
        return empty(frame, app, ui, area);
    };
    let left_w = (area.width / 4).clamp(22, 36);
    let [left, right] =
        Layout::horizontal([Constraint::Length(left_w), Constraint::Min(10)]).areas(area);
    let steps_h = (s.steps().len() as u16 + 2).min(left.height);
    let [steps_area, minutes_area] =
        Layout::vertical([Constraint::Length(steps_h), Constraint::Min(0)]).areas(left);
    steps_pane(frame, app, s, ui, steps_area);
    if minutes_area.height >= 3 {
        let all = minute_lines(s, app.lang);
        let block = ui.block(&format!("{} ({})", app.t(T::SessionMinutes), all.len()));
        let inner = block.inner(minutes_area);
        frame.render_widget(block, minutes_area);
        minutes(frame, app, &all, ui, inner, 0);
    }
    let mut title = i18n::tf(
        app.lang,
        T::SessionHeld,
        &[
            ("kind", i18n::session_kind(app.lang, s.kind)),
            ("date", &i18n::date(app.lang, s.date)),
        ],
    );
    let n = doc.workshop.sessions.len();
    if n > 1 {
        let k = doc
            .workshop
            .sessions
            .iter()
            .position(|x| x.id == s.id)
            .map_or(0, |i| i + 1);
        let of = i18n::tf(
            app.lang,
            T::SessionOf,
            &[("n", &k.to_string()), ("total", &n.to_string())],
        );
        title = format!("{title} · {of}");
    }
    let input_focused = app.view.session.focus == Focus::Input;
    let block = ui.block(&title).border_style(if input_focused {
        ui.theme.accent
    } else {
        ui.theme.border
    });
    let inner = block.inner(right);
    frame.render_widget(block, right);
    if s.finished() {
        return summary(frame, app, s, ui, inner);
    }
    let head = header_lines(app, s, ui, inner.width as usize);
    let head_h = (head.len() as u16).min(inner.height / 2);
    let [head_area, input_area] =
        Layout::vertical([Constraint::Length(head_h), Constraint::Min(0)]).areas(inner);
    frame.render_widget(Paragraph::new(head), head_area);
    step_input(frame, app, s, ui, input_area);
}

fn empty(frame: &mut Frame, app: &App, ui: &Ui, area: Rect) {
    let block = ui.block(app.t(T::ScreenSession));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let none = match app.method() {
        crate::domain::Method::Innovation => app.t(T::SessionNone),
        crate::domain::Method::Monitoring => app.t(crate::i18n::R::SessionNoneMonitoring),
    };
    let lines: Vec<Line> = text::wrap(&ui.s(none), inner.width as usize)
        .into_iter()
        .map(|r| Line::from(Span::styled(r.text, ui.theme.base)))
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The glyph of a timer: running, paused, or over time.
pub fn clock_glyph(ui: &Ui, c: &Clock) -> &'static str {
    if c.overrun() {
        ui.glyphs().warn
    } else if c.running {
        if ui.ascii { ">" } else { "▶" }
    } else if ui.ascii {
        "||"
    } else {
        "‖"
    }
}

/// The timer as shown: its glyph and the time, coloured by how it stands.
fn clock_span(ui: &Ui, c: &Clock) -> Span<'static> {
    let style = if c.overrun() {
        ui.theme.error
    } else if c.running {
        ui.theme.good
    } else {
        ui.theme.dim
    };
    Span::styled(format!("{} {}", clock_glyph(ui, c), c.shown()), style)
}

/// What the keys do now: work in the step, or move between steps.
fn focus_hint(app: &App) -> T {
    if app.view.session.focus == Focus::Input {
        T::SessionInputHint
    } else {
        T::SessionEnterHint
    }
}

/// Said while a step other than the marked one is looked at.
fn looking_note(app: &App, looked: usize, marker: usize) -> String {
    i18n::tf(
        app.lang,
        T::SessionLooking,
        &[
            ("n", &(looked + 1).to_string()),
            ("at", &(marker + 1).to_string()),
        ],
    )
}

fn steps_pane(frame: &mut Frame, app: &App, s: &SessionRecord, ui: &Ui, area: Rect) {
    let focused = app.view.session.focus == Focus::Steps && !app.view.session.minutes;
    let block = ui.block(app.t(T::SessionSteps)).border_style(if focused {
        ui.theme.accent
    } else {
        ui.theme.border
    });
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = inner.width as usize;
    let marker = usize::from(s.step);
    let look = app.looked_step().map(|(i, _)| i);
    let g = ui.glyphs();
    let mut lines = Vec::new();
    for (i, step) in s.steps().iter().enumerate() {
        super::hits::note_line(
            inner,
            i,
            crate::app::keys::Target::Row(crate::app::lists::List::Steps, i),
        );
        let (mark, mark_style) = if i < marker {
            (if ui.ascii { "x" } else { "✓" }, ui.theme.good)
        } else if i == marker {
            (g.marker, ui.theme.accent)
        } else {
            (" ", ui.theme.dim)
        };
        let clock = app.step_clock(i);
        let time = match clock {
            Some(c) if i == marker => clock_span(ui, &c),
            Some(c) if i < marker => Span::styled(
                mmss(c.elapsed_s),
                if c.overrun() {
                    ui.theme.warn
                } else {
                    ui.theme.dim
                },
            ),
            Some(c) => Span::styled(mmss(c.timebox_s), ui.theme.dim),
            None => Span::raw(""),
        };
        let head = format!("{mark} {} ", i + 1);
        let room = width.saturating_sub(text::width(&head) + text::width(&time.content) + 1);
        let title = text::truncate(&ui.s(i18n::step_title(app.lang, *step)), room, ui.ascii);
        let pad = room.saturating_sub(text::width(&title)) + 1;
        let title_style = if Some(i) == look {
            if focused {
                ui.theme.selected
            } else {
                ui.theme.title
            }
        } else if i < marker {
            ui.theme.dim
        } else {
            ui.theme.base
        };
        lines.push(Line::from(vec![
            Span::styled(head, mark_style),
            Span::styled(title, title_style),
            Span::raw(" ".repeat(pad)),
            time,
        ]));
    }
    super::put_lines(frame.buffer_mut(), inner, &lines);
}

fn kind_glyph(ui: &Ui, k: LogKind) -> &'static str {
    match (k, ui.ascii) {
        (LogKind::Step, false) => "→",
        (LogKind::Item, false) => "•",
        (LogKind::Vote, false) => "∙",
        (LogKind::Action, false) => "▸",
        (LogKind::Step, true) => ">",
        (LogKind::Item, true) => "*",
        (LogKind::Vote, true) => ".",
        (LogKind::Action, true) => "+",
        (LogKind::Decision, _) => "!",
        (LogKind::Note, _) => "-",
    }
}

/// The minutes, newest at the bottom, `scroll` lines up from the end.
fn minutes(frame: &mut Frame, app: &App, all: &[MinuteLine], ui: &Ui, area: Rect, scroll: usize) {
    if all.is_empty() {
        frame.render_widget(
            Paragraph::new(ui.span(app.t(T::SessionMinutesEmpty), ui.theme.dim)),
            area,
        );
        return;
    }
    let width = area.width as usize;
    let rows = area.height as usize;
    let end = all
        .len()
        .saturating_sub(scroll.min(all.len().saturating_sub(1)));
    let start = end.saturating_sub(rows);
    let lines: Vec<Line> = all[start..end]
        .iter()
        .map(|m| {
            let head = format!("{} {} ", m.at.format("%H:%M"), kind_glyph(ui, m.kind));
            let style = match m.kind {
                LogKind::Decision => ui.theme.accent,
                LogKind::Step => ui.theme.title,
                LogKind::Vote => ui.theme.dim,
                _ => ui.theme.base,
            };
            let body = text::truncate(
                &ui.s(&m.text),
                width.saturating_sub(text::width(&head)),
                ui.ascii,
            );
            Line::from(vec![
                Span::styled(head, ui.theme.dim),
                Span::styled(body, style),
            ])
        })
        .collect();
    super::put_lines(frame.buffer_mut(), area, &lines);
}

/// Step number and name with its timer, the prompt, and what to press.
fn header_lines(app: &App, s: &SessionRecord, ui: &Ui, width: usize) -> Vec<Line<'static>> {
    let Some((i, step)) = app.looked_step() else {
        return Vec::new();
    };
    let n = s.steps().len();
    let of = i18n::tf(
        app.lang,
        T::SessionStepOf,
        &[("n", &(i + 1).to_string()), ("total", &n.to_string())],
    );
    let title = format!("{} · {of}", i18n::step_title(app.lang, step));
    let clock = app.step_clock(i);
    let time = clock.map(|c| clock_span(ui, &c));
    let time_w = time.as_ref().map_or(0, |t| text::width(&t.content));
    let title = text::truncate(&ui.s(&title), width.saturating_sub(time_w + 1), ui.ascii);
    let pad = width.saturating_sub(text::width(&title) + time_w);
    let mut lines = vec![Line::from(vec![
        Span::styled(title, ui.theme.title),
        Span::raw(" ".repeat(pad)),
        time.unwrap_or_else(|| Span::raw("")),
    ])];
    for r in text::wrap(&ui.s(i18n::step_prompt(app.lang, step)), width.max(1)) {
        lines.push(Line::from(Span::styled(r.text, ui.theme.base)));
    }
    let marker = usize::from(s.step);
    let mut notes: Vec<(String, Style)> = Vec::new();
    if i != marker {
        notes.push((looking_note(app, i, marker), ui.theme.warn));
    }
    if step == Step::Gather
        && let Some(doc) = &app.shared.doc
    {
        let total = doc.workshop.team.len();
        let here = doc
            .workshop
            .team
            .iter()
            .filter(|m| s.attendees.contains(&m.id))
            .count();
        notes.push((
            i18n::tf(
                app.lang,
                T::SessionPresent,
                &[("n", &here.to_string()), ("total", &total.to_string())],
            ),
            ui.theme.accent,
        ));
    }
    if s.kind.needs_cycle() && s.cycle.is_none() {
        notes.push((app.t(T::SessionNoCycle).to_string(), ui.theme.warn));
    }
    let hint = focus_hint(app);
    notes.push((app.t(hint).to_string(), ui.theme.dim));
    for (note, style) in notes {
        lines.push(Line::from(Span::styled(
            text::truncate(&ui.s(&note), width, ui.ascii),
            style,
        )));
    }
    lines
}

fn step_input(frame: &mut Frame, app: &App, s: &SessionRecord, ui: &Ui, area: Rect) {
    if area.height == 0 {
        return;
    }
    let input = app.looked_step().map(|(_, st)| input_of(st));
    match input {
        Some(Input::Screen(screen)) if !app.view.session.minutes => {
            super::body(frame, app, ui, area, screen);
        }
        _ => {
            let block = ui.block(app.t(T::SessionMinutes));
            let inner = block.inner(area);
            frame.render_widget(block, area);
            let notes = s.notes.trim();
            let mut list_area = inner;
            if !notes.is_empty() && inner.height > 4 {
                let rows = text::wrap(&ui.s(notes), inner.width as usize);
                let h = (rows.len() as u16).min(inner.height / 3);
                let [n, rest] =
                    Layout::vertical([Constraint::Length(h), Constraint::Min(1)]).areas(inner);
                let lines: Vec<Line> = rows
                    .into_iter()
                    .map(|r| Line::from(Span::styled(r.text, ui.theme.title)))
                    .collect();
                frame.render_widget(Paragraph::new(lines), n);
                list_area = rest;
            }
            let all = minute_lines(s, app.lang);
            minutes(
                frame,
                app,
                &all,
                ui,
                list_area,
                app.view.session.minutes_scroll,
            );
        }
    }
}

/// A finished meeting: the time of each step against its timebox.
fn summary(frame: &mut Frame, app: &App, s: &SessionRecord, ui: &Ui, area: Rect) {
    let width = area.width as usize;
    let total = s.total_seconds();
    let mut lines = vec![
        Line::from(ui.span(
            &i18n::tf(app.lang, T::SessionDone, &[("time", &hmmss(total))]),
            ui.theme.good,
        )),
        Line::default(),
    ];
    for (i, step) in s.steps().iter().enumerate() {
        let spent = u64::from(s.seconds_on(i));
        let planned = u64::from(step.timebox_minutes()) * 60;
        let times = format!("{} / {}", mmss(spent), mmss(planned));
        let head = format!("{:>2} ", i + 1);
        let room = width.saturating_sub(text::width(&head) + times.len() + 1);
        let title = text::truncate(&ui.s(i18n::step_title(app.lang, *step)), room, ui.ascii);
        let pad = room.saturating_sub(text::width(&title)) + 1;
        lines.push(Line::from(vec![
            Span::styled(head, ui.theme.dim),
            Span::styled(title, ui.theme.base),
            Span::raw(" ".repeat(pad)),
            Span::styled(
                times,
                if spent > planned {
                    ui.theme.warn
                } else {
                    ui.theme.dim
                },
            ),
        ]));
    }
    lines.push(Line::default());
    for r in text::wrap(&ui.s(app.t(T::SessionDoneHint)), width.max(1)) {
        lines.push(Line::from(Span::styled(r.text, ui.theme.dim)));
    }
    let used = lines.len() as u16;
    frame.render_widget(Paragraph::new(lines), area);
    if area.height > used + 3 {
        let rest = Rect {
            y: area.y + used + 1,
            height: area.height - used - 1,
            ..area
        };
        let block = ui.block(app.t(T::SessionMinutes));
        let inner = block.inner(rest);
        frame.render_widget(block, rest);
        let all = minute_lines(s, app.lang);
        minutes(frame, app, &all, ui, inner, app.view.session.minutes_scroll);
    }
}

/// Projector mode on screen 7: the step and its prompt beside a big timer,
/// and the step's input below, where the room can see it.
pub fn draw_projector(frame: &mut Frame, app: &App, ui: &Ui, area: Rect) {
    let Some(s) = app.session() else {
        return empty(frame, app, ui, area);
    };
    let Some((i, step)) = app.looked_step().filter(|_| !s.finished()) else {
        return summary(frame, app, s, ui, area);
    };
    let marker = usize::from(s.step).min(s.steps().len() - 1);
    let clock = app.step_clock(marker);
    let shown = clock.map_or_else(String::new, |c| c.shown());
    let max_h = if area.height >= 40 { 10 } else { 5 };
    let scale = bigtext::fit(&shown, area.width as usize * 45 / 100, max_h);
    let timer_w = scale.map_or(12, |sc| bigtext::width(&shown, sc) as u16);
    let gap = 3;
    let text_w = area.width.saturating_sub(timer_w + gap).max(10) as usize;
    // The step's name letter-spaced in capitals when it fits, plainly when not.
    let name = i18n::step_title(app.lang, step).to_uppercase();
    let spaced: String = name
        .chars()
        .map(|c| c.to_string())
        .collect::<Vec<_>>()
        .join(" ");
    let count = format!("{} / {}   ", i + 1, s.steps().len());
    let name = if text::width(&count) + text::width(&spaced) <= text_w {
        spaced
    } else {
        name
    };
    let mut left = vec![
        Line::from(vec![
            Span::styled(count, ui.theme.dim),
            Span::styled(
                text::truncate(&ui.s(&name), text_w.saturating_sub(8), ui.ascii),
                ui.theme.accent,
            ),
        ]),
        Line::default(),
    ];
    let prompt_style = ui.theme.title;
    // A participant reads the room's words, without the facilitator's keys.
    let prompt = if app.view.seat == crate::app::Seat::Console {
        i18n::step_prompt(app.lang, step)
    } else {
        i18n::room_prompt(app.lang, step)
    };
    for r in text::wrap(&ui.s(prompt), text_w) {
        left.push(Line::from(Span::styled(r.text, prompt_style)));
    }
    if i != marker {
        left.push(Line::from(Span::styled(
            text::truncate(&ui.s(&looking_note(app, i, marker)), text_w, ui.ascii),
            ui.theme.warn,
        )));
    }
    // Which pane has the keys, though the steps are hidden.
    // Which pane has the facilitator's keys (a participant's are at the
    // bottom).
    if app.view.seat == crate::app::Seat::Console {
        let hint = focus_hint(app);
        left.push(Line::from(Span::styled(
            text::truncate(&ui.s(app.t(hint)), text_w, ui.ascii),
            ui.theme.dim,
        )));
    }
    let timer_h = scale.map_or(1, |sc| bigtext::height(sc) as u16) + 1;
    let head_h = (left.len() as u16).max(timer_h).min(area.height / 2);
    let [head, input] =
        Layout::vertical([Constraint::Length(head_h + 1), Constraint::Min(0)]).areas(area);
    let [text_area, _, timer_area] = Layout::horizontal([
        Constraint::Min(10),
        Constraint::Length(gap),
        Constraint::Length(timer_w),
    ])
    .areas(head);
    frame.render_widget(Paragraph::new(left), text_area);
    if let Some(c) = clock {
        let style = if c.overrun() {
            ui.theme.error
        } else if c.running {
            ui.theme.good
        } else {
            ui.theme.base
        };
        let mut rows: Vec<Line> = match scale {
            Some(sc) => bigtext::render(&shown, sc, ui.ascii)
                .into_iter()
                .map(|r| Line::from(Span::styled(r, style)))
                .collect(),
            None => vec![Line::from(Span::styled(shown.clone(), style))],
        };
        let word = if c.overrun() {
            T::TimeOver
        } else if c.running {
            T::TimeLeft
        } else {
            T::TimePaused
        };
        let g = ui.glyphs();
        let caption = if c.overrun() {
            format!("{} {}", g.warn, app.t(word))
        } else {
            app.t(word).to_string()
        };
        rows.push(Line::from(Span::styled(
            text::truncate(&ui.s(&caption), timer_w as usize, ui.ascii),
            if c.overrun() {
                ui.theme.error
            } else {
                ui.theme.dim
            },
        )));
        frame.render_widget(Paragraph::new(rows), timer_area);
    }
    step_input(frame, app, s, ui, input);
}
