//! Overlays drawn last: help (generated from the keymap), forms, messages, the
//! recovery offer.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::{Ui, text};
use crate::app::form::{Form, Input};
use crate::app::keymap::{self, Ctx};
use crate::app::{App, Overlay, Screen};
use crate::i18n::{self, T};

pub fn draw(frame: &mut Frame, app: &App, ui: &Ui, area: Rect) {
    for overlay in &app.view.overlays {
        match overlay {
            Overlay::Help => help(frame, app, ui, area),
            Overlay::Room => room_panel(frame, app, ui, area),
            Overlay::CloseRoomAsk => {
                let keys = box_keys(app, ui, Ctx::CloseRoomAsk);
                let body = app.t(T::RoomCloseAsk);
                message(frame, ui, area, app.t(T::RoomPanelTitle), body, &keys);
            }
            Overlay::Form(form) => draw_form(frame, app, ui, area, form),
            Overlay::Message { title, body } => {
                let keys = box_keys(app, ui, Ctx::Notice);
                message(frame, ui, area, app.t(*title), body, &keys)
            }
            Overlay::Overwrite(path) => {
                let shown = crate::store::shown(path);
                let body = i18n::tf(app.lang, T::ReportExists, &[("path", &shown)]);
                let keys = box_keys(app, ui, Ctx::Overwrite);
                message(frame, ui, area, app.t(T::ScreenReport), &body, &keys);
            }
            Overlay::Recovery { time, copy } => {
                let path = crate::store::shown(copy);
                let body = i18n::tf(
                    app.lang,
                    T::RecoveryText,
                    &[("time", time), ("path", &path)],
                );
                let keys = box_keys(app, ui, Ctx::Recovery);
                message(frame, ui, area, app.t(T::RecoveryTitle), &body, &keys);
            }
            Overlay::Conflict { theirs, mine } => {
                let (theirs, mine) = (crate::store::shown(theirs), crate::store::shown(mine));
                let args = [("theirs", theirs.as_str()), ("mine", mine.as_str())];
                let body = i18n::tf(app.lang, T::ConflictText, &args);
                let keys = box_keys(app, ui, Ctx::Conflict);
                message(frame, ui, area, app.t(T::ConflictTitle), &body, &keys);
            }
            Overlay::StaleLock { who } => {
                let (who, since) = crate::store::lock::holder_parts(who);
                let args = [("who", who), ("since", since.unwrap_or("?"))];
                let body = i18n::tf(app.lang, T::StaleText, &args);
                let keys = box_keys(app, ui, Ctx::StaleLock);
                message(frame, ui, area, app.t(T::StaleTitle), &body, &keys);
            }
            Overlay::CreateAsk(path) => {
                let shown = crate::store::shown(path);
                let body = i18n::tf(app.lang, T::CreateAskText, &[("path", &shown)]);
                let keys = box_keys(app, ui, Ctx::CreateAsk);
                message(frame, ui, area, app.t(T::CreateAskTitle), &body, &keys);
            }
        }
    }
}

/// A box of the given size, centred and clipped to the area.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

/// Key lines for a context: keys with the same description share a line.
fn key_lines(app: &App, ui: &Ui, ctx: Ctx) -> Vec<(String, String)> {
    let mut rows: Vec<(String, String)> = Vec::new();
    for bd in keymap::bindings(ctx) {
        // In the entry grid a digit is a value, not a screen.
        if app.in_grid() && matches!(bd.action, keymap::Action::Screen(_)) && !bd.key.alt {
            continue;
        }
        let what = ui.s(app.t(bd.help));
        // The screen numbers read as a range, not a dozen separate keys.
        let key = match bd.action {
            keymap::Action::Screen(_) => {
                let last = crate::app::Screen::TABS.len();
                let alt = if bd.key.alt { "Alt-" } else { "" };
                ui.s(&format!("{alt}1…{alt}{last}"))
            }
            _ => ui.s(&bd.key.label()),
        };
        rows.push((key, what));
    }
    merge(rows)
}

fn help(frame: &mut Frame, app: &App, ui: &Ui, area: Rect) {
    let screen_ctx = app.view.screen.ctx_in(app.method());
    let mut sections: Vec<(String, Vec<(String, String)>)> = vec![(
        app.screen_title(app.view.screen).to_string(),
        key_lines(app, ui, screen_ctx),
    )];
    // A monitoring's card: the keys of its objects and procedures.
    if app.view.screen == Screen::Project
        && app
            .shared
            .doc
            .as_ref()
            .is_some_and(|d| d.workshop.method == crate::domain::Method::Monitoring)
    {
        sections.push((
            app.t(crate::i18n::R::ObjectsTitle).to_string(),
            key_lines(app, ui, Ctx::Procedures),
        ));
    }
    // A project's card: the keys of its level's history.
    if app.view.screen == Screen::Project && app.method() == crate::domain::Method::Innovation {
        sections.push((
            app.t(crate::i18n::N::LevelsTitle).to_string(),
            key_lines(app, ui, Ctx::Levels),
        ));
        sections.push((
            app.t(crate::i18n::N::DisseminationTitle).to_string(),
            key_lines(app, ui, Ctx::Dissemination),
        ));
    }
    // On screen 7 with a step's input in use, that screen's keys too.
    let inner = app.focus_screen();
    if inner == Screen::Diagnosis {
        sections.push((
            app.t(T::HelpInSummary).to_string(),
            key_lines(app, ui, Ctx::Summary),
        ));
    }
    if inner != app.view.screen {
        sections.push((
            format!("{} ({})", app.screen_title(inner), app.t(T::KeyWorkInStep)),
            key_lines(app, ui, inner.ctx_in(app.method())),
        ));
    }
    sections.push((app.t(T::HelpGlobal).to_string(), {
        let mut v = key_lines(app, ui, Ctx::Always);
        v.extend(key_lines(app, ui, Ctx::OutsideField));
        merge(v)
    }));
    sections.push((app.t(T::HelpFinding).to_string(), {
        let mut v = key_lines(app, ui, Ctx::Find);
        v.extend(key_lines(app, ui, Ctx::Found));
        merge(v)
    }));
    if app.in_grid() {
        sections.push((
            app.t(T::HelpInGrid).to_string(),
            key_lines(app, ui, Ctx::Grid),
        ));
    }
    let mut typing = key_lines(app, ui, Ctx::Field);
    typing.extend(key_lines(app, ui, Ctx::Form));
    typing.extend(key_lines(app, ui, Ctx::Text));
    typing = merge(typing);
    sections.push((app.t(T::HelpInField).to_string(), typing));
    // Each box under its own name: the same key means different things in
    // different boxes (r restores, r opens the changed file).
    for ctx in keymap::OVERLAYS {
        let name = app.t(box_title(ctx));
        let title = format!("{} · {name}", app.t(T::HelpInOverlays));
        sections.push((title, key_lines(app, ui, ctx)));
    }
    sections.push((
        app.t(T::HelpInHelp).to_string(),
        key_lines(app, ui, Ctx::HelpView),
    ));
    let key_w = sections
        .iter()
        .flat_map(|(_, r)| r.iter().map(|(k, _)| text::width(k)))
        .max()
        .unwrap_or(0)
        .min(18);
    let mut lines = Vec::new();
    for (title, rows) in sections {
        lines.push(Line::from(Span::styled(ui.s(&title), ui.theme.title)));
        for (k, w) in rows {
            let pad = key_w.saturating_sub(text::width(&k)).max(1);
            lines.push(Line::from(vec![
                Span::styled(format!("  {k}{} ", " ".repeat(pad)), ui.theme.key),
                Span::styled(w, ui.theme.base),
            ]));
        }
        lines.push(Line::default());
    }
    lines.push(Line::from(ui.span(app.t(T::HelpClose), ui.theme.dim)));
    let title = i18n::tf(
        app.lang,
        T::HelpTitle,
        &[("screen", app.screen_title(app.view.screen))],
    );
    let h = (lines.len() as u16).saturating_add(2);
    let rect = centered(area, 76, h);
    frame.render_widget(Clear, rect);
    let block = ui.block(&title);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    // Scrolled with the arrows when it does not fit; the last line says how to close.
    let max_scroll = lines.len().saturating_sub(inner.height as usize);
    let scroll = app.view.help_scroll.min(max_scroll);
    if max_scroll > 0 && inner.height > 1 {
        let more = if scroll < max_scroll {
            T::HelpMore
        } else {
            T::HelpClose
        };
        let bottom = Rect::new(inner.x, inner.y + inner.height - 1, inner.width, 1);
        let body = Rect::new(inner.x, inner.y, inner.width, inner.height - 1);
        frame.render_widget(Paragraph::new(lines).scroll((scroll as u16, 0)), body);
        frame.render_widget(Paragraph::new(ui.span(app.t(more), ui.theme.key)), bottom);
    } else {
        frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
    }
}

fn merge(rows: Vec<(String, String)>) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for (k, w) in rows {
        match out.iter_mut().find(|(_, x)| *x == w) {
            Some((keys, _)) => {
                // Rows merged before come in as "Esc / Ctrl-C": each key once.
                for part in k.split(" / ") {
                    if !keys.split(" / ").any(|have| have == part) {
                        keys.push_str(" / ");
                        keys.push_str(part);
                    }
                }
            }
            None => out.push((k, w)),
        }
    }
    out
}

fn draw_form(frame: &mut Frame, app: &App, ui: &Ui, area: Rect, form: &Form) {
    let g = ui.glyphs();
    let w = area.width.saturating_sub(4).min(72);
    let inner_w = w.saturating_sub(4) as usize;
    let mut lines: Vec<Line> = Vec::new();
    let mut cursor: Option<(usize, usize)> = None;
    // Lines of the focused field, to scroll it into view.
    let mut focus = (0, 0);
    // Each field's lines, for the mouse.
    let mut spans_of: Vec<(usize, usize)> = Vec::with_capacity(form.fields.len());
    for (i, field) in form.fields.iter().enumerate() {
        let focused = i == form.focus;
        let start = lines.len();
        let label_style = if focused {
            ui.theme.selected
        } else {
            ui.theme.dim
        };
        let marker = Span::styled(
            format!("{} ", if focused { g.marker } else { " " }),
            ui.theme.accent,
        );
        let caption = field
            .caption
            .clone()
            .unwrap_or_else(|| app.t(field.label).to_string());
        let value_style = if focused {
            ui.theme.editing
        } else {
            ui.theme.base
        };
        match &field.input {
            Input::Toggle(on) => {
                let tick = if *on { g.on } else { g.off };
                let body = text::truncate(&ui.s(&caption), inner_w.saturating_sub(6), ui.ascii);
                lines.push(Line::from(vec![
                    marker,
                    Span::styled(
                        format!("{tick} "),
                        if *on { ui.theme.good } else { ui.theme.base },
                    ),
                    Span::styled(
                        body,
                        if focused {
                            ui.theme.selected
                        } else {
                            ui.theme.base
                        },
                    ),
                ]));
            }
            Input::Text(t) => {
                lines.push(Line::from(vec![marker, ui.span(&caption, label_style)]));
                let rows = text::wrap(t.text(), inner_w.saturating_sub(2).max(1));
                let shown_rows = if t.multiline {
                    rows.len().clamp(1, 4)
                } else {
                    1
                };
                let (crow, ccol) = text::locate(&rows, t.cursor());
                let first = crow.saturating_sub(shown_rows - 1);
                if focused {
                    cursor = Some((lines.len() + crow - first, 2 + ccol));
                }
                for row in rows.iter().skip(first).take(shown_rows) {
                    let body = ui.s(&row.text);
                    let pad = inner_w.saturating_sub(2 + text::width(&body));
                    lines.push(Line::from(vec![
                        Span::raw("  "),
                        Span::styled(format!("{body}{}", " ".repeat(pad)), value_style),
                    ]));
                }
            }
            Input::Choice { selected, options } => {
                lines.push(Line::from(vec![marker, ui.span(&caption, label_style)]));
                let label = options.get(*selected).cloned().unwrap_or_default();
                lines.push(Line::from(vec![
                    Span::raw("  "),
                    Span::styled(
                        format!("{} {} {}", g.left, ui.s(&label), g.right),
                        value_style,
                    ),
                ]));
            }
        }
        if focused {
            focus = (start, lines.len());
        }
        spans_of.push((start, lines.len()));
    }
    lines.push(Line::default());
    let ctx = match form.kind {
        crate::app::form::FormKind::OwnItem(..) => Ctx::OwnCard,
        _ => Ctx::Form,
    };
    lines.push(Line::from(ui.span(&box_keys(app, ui, ctx), ui.theme.dim)));
    let h = (lines.len() as u16).saturating_add(2);
    let rect = centered(area, w, h);
    frame.render_widget(Clear, rect);
    let block = ui.block(app.t(form.title));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    // A form taller than the window scrolls to keep the focused field in view.
    let avail = usize::from(inner.height);
    let scroll = focus.1.saturating_sub(avail).min(focus.0);
    for (i, (start, end)) in spans_of.into_iter().enumerate() {
        for line in start.max(scroll)..end {
            super::hits::note_line(inner, line - scroll, crate::app::keys::Target::FormField(i));
        }
    }
    frame.render_widget(Paragraph::new(lines).scroll((scroll as u16, 0)), inner);
    if let Some((row, col)) = cursor
        && row >= scroll
        && ((row - scroll) as u16) < inner.height
        && (col as u16) < inner.width
    {
        frame.set_cursor_position(Position::new(
            inner.x + col as u16,
            inner.y + (row - scroll) as u16,
        ));
    }
}

/// The room's panel: how to join, the code and the host key, who is in.
fn room_panel(frame: &mut Frame, app: &App, ui: &Ui, area: Rect) {
    let Some(room) = &app.room else { return };
    let lang = app.lang;
    let w = area.width.saturating_sub(4).min(76);
    let inner_w = usize::from(w.saturating_sub(2)).max(1);
    let mut lines: Vec<Line> = Vec::new();
    let port = room.port.to_string();
    let said = [
        i18n::tf(
            lang,
            T::RoomJoinLine,
            &[("host", &room.host), ("port", &port)],
        ),
        i18n::tf(lang, T::RoomCodeLine, &[("code", &room.code)]),
        i18n::tf(lang, T::RoomKeyLine, &[("key", &room.fingerprint)]),
    ];
    for (i, s) in said.iter().enumerate() {
        let style = if i == 1 {
            ui.theme.title
        } else {
            ui.theme.base
        };
        for row in text::wrap(s, inner_w) {
            lines.push(Line::from(ui.span(&row.text, style)));
        }
    }
    if room.closed {
        lines.push(Line::from(
            ui.span(app.t(T::RoomClosedHere), ui.theme.error),
        ));
    }
    lines.push(Line::default());
    let n = room.people.len().to_string();
    lines.push(Line::from(ui.span(
        &i18n::tf(lang, T::RoomPeople, &[("n", &n)]),
        ui.theme.title,
    )));
    if room.people.is_empty() {
        lines.push(Line::from(ui.span(app.t(T::RoomNobody), ui.theme.dim)));
    }
    let room_for = usize::from(area.height.saturating_sub(lines.len() as u16 + 6)).max(1);
    let sel = app
        .view
        .room_selected
        .min(room.people.len().saturating_sub(1));
    let first = sel.saturating_sub(room_for.saturating_sub(1));
    for (i, p) in room.people.iter().enumerate().skip(first).take(room_for) {
        let role = app.t(match p.role {
            crate::app::room::PersonRole::Board => T::RoomRoleBoard,
            crate::app::room::PersonRole::Participant => T::RoomRoleParticipant,
            crate::app::room::PersonRole::Facilitator => T::RoomRoleFacilitator,
        });
        let (mark, style) = if i == sel {
            (ui.glyphs().marker, ui.theme.selected)
        } else {
            (" ", ui.theme.base)
        };
        let mut row = format!("{mark} {} · {role} · {}", p.name, p.addr);
        // What they have written, and whether they have voted (never for what).
        if let (Some(me), Some(doc)) = (p.member, &app.shared.doc) {
            let d = &doc.workshop.diagnosis;
            let cards = d
                .items
                .iter()
                .filter(|i| i.author == crate::domain::Author::Member(me))
                .count()
                .to_string();
            let dots = d.votes_of(me).to_string();
            let all = d.votes_per_member.to_string();
            row.push_str(&format!(
                " · {} · {}",
                i18n::tf(lang, T::RoomCards, &[("n", &cards)]),
                i18n::tf(lang, T::RoomDots, &[("n", &dots), ("all", &all)])
            ));
        }
        lines.push(Line::from(
            ui.span(&text::truncate(&ui.s(&row), inner_w, ui.ascii), style),
        ));
    }
    lines.push(Line::default());
    for row in text::wrap(&box_keys(app, ui, Ctx::RoomPanel), inner_w) {
        lines.push(Line::from(ui.span(&row.text, ui.theme.key)));
    }
    let h = (lines.len() as u16).saturating_add(2);
    let rect = centered(area, w, h);
    frame.render_widget(Clear, rect);
    let block = ui.block(app.t(T::RoomPanelTitle));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The name a box goes by, for its section of the help.
fn box_title(ctx: Ctx) -> T {
    match ctx {
        Ctx::Recovery => T::RecoveryTitle,
        Ctx::Conflict => T::ConflictTitle,
        Ctx::StaleLock => T::StaleTitle,
        Ctx::CreateAsk => T::CreateAskTitle,
        Ctx::Overwrite => T::ScreenReport,
        Ctx::RoomPanel | Ctx::CloseRoomAsk => T::RoomPanelTitle,
        Ctx::OwnCard => T::NewItem,
        _ => T::HelpMessageBox,
    }
}

/// A box's keys, from the keymap: "r restore it · d discard it · Esc …".
fn box_keys(app: &App, ui: &Ui, ctx: Ctx) -> String {
    keymap::bindings(ctx)
        .filter(|bd| bd.hint)
        .map(|bd| format!("{} {}", ui.s(&bd.key.label()), ui.s(app.t(bd.help))))
        .collect::<Vec<_>>()
        .join(" · ")
}

fn message(frame: &mut Frame, ui: &Ui, area: Rect, title: &str, body: &str, keys: &str) {
    let w = area.width.saturating_sub(4).min(72);
    let inner_w = w.saturating_sub(2) as usize;
    let mut lines: Vec<Line> = Vec::new();
    for row in text::wrap(body, inner_w.max(1)) {
        lines.push(Line::from(ui.span(&row.text, ui.theme.base)));
    }
    lines.push(Line::default());
    for row in text::wrap(keys, inner_w.max(1)) {
        lines.push(Line::from(ui.span(&row.text, ui.theme.key)));
    }
    let h = (lines.len() as u16).saturating_add(2);
    let rect = centered(area, w, h);
    frame.render_widget(Clear, rect);
    let block = ui.block(title);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    frame.render_widget(Paragraph::new(lines), inner);
}
