//! The frame around every screen: tab bar, status line, hint bar.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{Ui, text};
use crate::app::keymap::{self, Ctx};
use crate::app::{App, ReadOnly, Screen, StatusKind};
use crate::i18n::{self, T};

/// The tab bar's parts, left to right, and the screen number a part
/// switches to when clicked (the tabs themselves, not their separators).
fn tab_parts(app: &App, ui: &Ui, area_width: u16) -> Vec<(Span<'static>, Option<u8>)> {
    let g = ui.glyphs();
    let mut spans: Vec<(Span<'static>, Option<u8>)> =
        vec![(Span::styled(" premisli ", ui.theme.accent), None)];
    if app.shared.doc.is_some() {
        // Every tab named when they fit (without the name of the app if need
        // be); else the current one named and the others by number only (the
        // numbers are the keys).
        let method = app
            .shared
            .doc
            .as_ref()
            .map_or(crate::domain::Method::Innovation, |d| d.workshop.method);
        let tabs: usize = Screen::tabs(method)
            .map(|(_, s)| text::width(app.screen_title(s)) + 5)
            .sum();
        let width = area_width as usize;
        if tabs + 10 > width && tabs <= width {
            spans.clear();
        }
        let compact = tabs > width;
        for (n, screen) in Screen::tabs(method) {
            let active = app.view.screen == screen;
            let style = if active {
                ui.theme.tab_active
            } else {
                ui.theme.tab
            };
            spans.push((Span::styled(g.sep.to_string(), ui.theme.border), None));
            let tab = if compact && !active {
                Span::styled(format!(" {n} "), style)
            } else {
                ui.span(&format!(" {n} {} ", app.screen_title(screen)), style)
            };
            spans.push((tab, Some(n)));
        }
    } else {
        spans.push((Span::styled(g.sep.to_string(), ui.theme.border), None));
        spans.push((
            ui.span(&format!(" {} ", app.t(T::ScreenHome)), ui.theme.tab_active),
            None,
        ));
    }
    spans
}

pub fn tab_bar(frame: &mut Frame, app: &App, ui: &Ui, area: Rect) {
    let mut spans: Vec<Span> = Vec::new();
    let mut x = area.x;
    for (span, n) in tab_parts(app, ui, area.width) {
        let w = text::width(&span.content) as u16;
        if let Some(n) = n {
            super::hits::note(
                Rect::new(x, area.y, w.min(area.right().saturating_sub(x)), 1),
                crate::app::keys::Target::Tab(n),
            );
        }
        x = x.saturating_add(w);
        spans.push(span);
    }
    let used: usize = spans.iter().map(|s| text::width(&s.content)).sum();
    if let Some(doc) = &app.shared.doc {
        let room = (area.width as usize).saturating_sub(used + 2);
        if room > 4 {
            let title = text::truncate(&ui.s(&doc.workshop.title), room, ui.ascii);
            let pad = room.saturating_sub(text::width(&title));
            spans.push(Span::raw(" ".repeat(pad + 1)));
            spans.push(Span::styled(title, ui.theme.title));
        }
    }
    super::put_lines(frame.buffer_mut(), area, &[Line::from(spans)]);
}

pub fn status_line(frame: &mut Frame, app: &App, ui: &Ui, area: Rect) {
    let lang = app.lang;
    let mut right: Vec<String> = Vec::new();
    let mut left = String::new();
    let mut left_style = ui.theme.status;
    if let Some(doc) = &app.shared.doc {
        left = match &doc.path {
            Some(p) => p
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
            None => app.t(T::NoFile).to_string(),
        };
        if let Some(ReadOnly::HeldBy(who)) = &doc.read_only {
            // user@host is enough here; the process and time are in the lock.
            let (short, _) = crate::store::lock::holder_parts(who);
            right.push(i18n::tf(lang, T::ReadOnlyHeld, &[("who", short)]));
        } else if let Some(ReadOnly::NotWritable(_)) = &doc.read_only {
            right.push(app.t(T::ReadOnlyPlace).to_string());
        } else if let Some(ReadOnly::NoPermission) = &doc.read_only {
            right.push(app.t(T::ReadOnlyPermission).to_string());
        } else if let Some(ReadOnly::Stale(who)) = &doc.read_only {
            let (short, _) = crate::store::lock::holder_parts(who);
            right.push(i18n::tf(lang, T::ReadOnlyStale, &[("who", short)]));
        } else if let Some((why, _)) = &doc.save_error {
            right.push(i18n::tf(lang, T::NotSaved, &[("why", why)]));
        } else if doc.dirty {
            right.push(app.t(T::Unsaved).to_string());
        } else if let Some(at) = doc.saved_at {
            let time = at.format("%H:%M:%S").to_string();
            right.push(i18n::tf(lang, T::SavedAt, &[("time", &time)]));
        } else {
            right.push(app.t(T::Saved).to_string());
        }
    }
    if let Some(room) = &app.room
        && !room.closed
    {
        let n = room.people.len().to_string();
        right.push(i18n::tf(
            lang,
            T::RoomStatus,
            &[("code", &room.code), ("n", &n)],
        ));
    }
    if let Some(c) = app.timer_clock() {
        let glyph = super::session::clock_glyph(ui, &c);
        right.push(format!("{glyph} {}", c.shown()));
    }
    right.push(lang.code().to_uppercase());
    if let Some((kind, msg)) = &app.view.status {
        left = msg.render(lang);
        if *kind == StatusKind::Error {
            left_style = ui.theme.error;
        }
    }
    // A search: its query (with the cursor while it is typed) and where
    // the selection is among its matches.
    let mut cursor = None;
    if let Some(f) = app.find()
        && (f.typing || app.view.status.is_none())
    {
        let query = f.query.text();
        let count = match f.count(app) {
            Some((k, n)) => i18n::tf(
                lang,
                T::FindCount,
                &[("k", &k.to_string()), ("n", &n.to_string())],
            ),
            None if query.trim().is_empty() => String::new(),
            None => app.t(T::FindNone).to_string(),
        };
        let head = format!("{}: /", app.t(T::FindPrompt));
        let before = query.get(..f.query.cursor()).unwrap_or(query);
        if f.typing {
            cursor = Some(1 + text::width(&ui.s(&head)) + text::width(&ui.s(before)));
        }
        left = format!("{head}{query}   {count}");
        left_style = ui.theme.accent;
    }
    let right = format!(" {} ", right.join(" · "));
    let right = ui.s(&right);
    let width = area.width as usize;
    let rw = text::width(&right).min(width);
    let left = text::truncate(
        &ui.s(&format!(" {left}")),
        width.saturating_sub(rw),
        ui.ascii,
    );
    let pad = width.saturating_sub(rw + text::width(&left));
    let error_right = app
        .shared
        .doc
        .as_ref()
        .is_some_and(|d| d.save_error.is_some());
    let line = Line::from(vec![
        Span::styled(left, left_style),
        Span::styled(" ".repeat(pad), ui.theme.status),
        Span::styled(
            right,
            if error_right {
                ui.theme.error
            } else {
                ui.theme.status
            },
        ),
    ]);
    frame.buffer_mut().set_style(area, ui.theme.status);
    super::put_lines(frame.buffer_mut(), area, &[line]);
    if let Some(c) = cursor
        && c < width.saturating_sub(rw)
    {
        frame.set_cursor_position(ratatui::layout::Position::new(area.x + c as u16, area.y));
    }
}

/// The keys worth showing now, from the keymap table.
pub fn hint_bar(frame: &mut Frame, app: &App, ui: &Ui, area: Rect) {
    let ctxs: Vec<Ctx> = match app.view.overlays.last() {
        Some(crate::app::Overlay::Form(_)) => vec![Ctx::Form],
        Some(o) => vec![App::overlay_ctx(o)],
        _ if app.in_field() && app.in_grid() => vec![Ctx::Grid],
        _ if app.in_field() => vec![Ctx::Field],
        _ => match app.find() {
            Some(f) if f.typing => vec![Ctx::Find],
            Some(_) => [Ctx::Found]
                .into_iter()
                .chain(app.screen_contexts())
                .collect(),
            None => app.screen_contexts(),
        },
    };
    let mut spans = Vec::new();
    let mut used = 0usize;
    // A step's input on screen 7: its own keys, and the way back out.
    if app.focus_screen() != app.view.screen && app.view.overlays.is_empty() && !app.in_field() {
        let what = ui.s(app.t(T::KeyBackToSteps));
        used += text::width(&what) + 6;
        spans.push(Span::styled(" Esc", ui.theme.key));
        spans.push(Span::styled(format!(" {what} "), ui.theme.dim));
    }
    // In the entry grid digits are values: say, at every width, how screens switch.
    if app.in_grid() && app.view.overlays.is_empty() {
        let last = crate::app::Screen::TABS.len();
        let key = ui.s(&format!("Alt-1…{last}"));
        let what = ui.s(app.t(T::KeyScreen));
        used += text::width(&key) + text::width(&what) + 3;
        spans.push(Span::styled(format!(" {key}"), ui.theme.key));
        spans.push(Span::styled(format!(" {what} "), ui.theme.dim));
    }
    let mut shown = Vec::new();
    for ctx in ctxs {
        // Without a workshop there is nothing to undo.
        let useful =
            |b: &&keymap::Binding| app.shared.doc.is_some() || b.action != keymap::Action::Undo;
        for bd in keymap::bindings(ctx).filter(|b| b.hint).filter(useful) {
            // A key an earlier context already explained means that here.
            if shown.contains(&bd.key) {
                continue;
            }
            shown.push(bd.key);
            let key = ui.s(&bd.key.label());
            let what = ui.s(app.t(bd.help));
            let w = text::width(&key) + text::width(&what) + 3;
            if used + w > area.width as usize {
                break;
            }
            used += w;
            spans.push(Span::styled(format!(" {key}"), ui.theme.key));
            spans.push(Span::styled(format!(" {what} "), ui.theme.dim));
        }
    }
    super::put_lines(frame.buffer_mut(), area, &[Line::from(spans)]);
}
