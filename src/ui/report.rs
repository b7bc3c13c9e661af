//! Screen 8: the report's options on the left, a preview on the right.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use super::{Ui, text};
use crate::app::{App, Doc};
use crate::i18n::{D, T};
use crate::report::{Format, Section};

pub fn draw(frame: &mut Frame, app: &App, _doc: &Doc, ui: &Ui, area: Rect) {
    let left_w = (area.width / 3).clamp(26, 40);
    let [left, right] =
        Layout::horizontal([Constraint::Length(left_w), Constraint::Min(10)]).areas(area);
    options(frame, app, ui, left);
    preview(frame, app, ui, right);
}

fn options(frame: &mut Frame, app: &App, ui: &Ui, area: Rect) {
    let block = ui.block(app.t(T::ScreenReport));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let v = &app.view.report;
    let method = app
        .shared
        .doc
        .as_ref()
        .map_or(crate::domain::Method::Innovation, |d| d.workshop.method);
    let g = ui.glyphs();
    let width = inner.width as usize;
    let mut lines = Vec::new();
    let row = |lines: &mut Vec<Line<'static>>, i: usize, label: String| {
        lines.push(super::choice_line(ui, &label, v.row == i, width));
    };
    lines.push(Line::from(ui.span(app.t(T::ReportFormat), ui.theme.dim)));
    row(
        &mut lines,
        0,
        format!("{} {} {}", g.left, v.format.name(), g.right),
    );
    lines.push(Line::from(ui.span(app.t(T::ReportKind), ui.theme.dim)));
    row(
        &mut lines,
        1,
        format!(
            "{} {} {}",
            g.left,
            app.t(v.kind.within(method).title()),
            g.right
        ),
    );
    // A document of the regulation has its own parts: say what they are
    // (a CSV holds the measurements, whatever the kind).
    match v.kind.within(method).holds() {
        Some(_) if v.format == Format::Csv => {}
        Some(holds) => {
            lines.push(Line::from(ui.span(app.t(D::DocHolds), ui.theme.dim)));
            for r in text::wrap(&ui.s(app.t(holds)), width.max(1)) {
                lines.push(Line::from(Span::styled(r.text, ui.theme.base)));
            }
        }
        None => sections(app, ui, &mut lines, width),
    }
    lines.push(Line::default());
    if let Some(path) = app.report_path() {
        let file = path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let msg = crate::i18n::tf(app.lang, T::ReportWriteTo, &[("file", &file)]);
        for r in text::wrap(&ui.s(&msg), width.max(1)) {
            lines.push(Line::from(Span::styled(r.text, ui.theme.accent)));
        }
    } else {
        for r in text::wrap(&ui.s(app.t(T::ReportNoFile)), width.max(1)) {
            lines.push(Line::from(Span::styled(r.text, ui.theme.warn)));
        }
    }
    super::put_lines(frame.buffer_mut(), inner, &lines);
}

/// The sections a project's report is made of, each ticked or not.
fn sections(app: &App, ui: &Ui, lines: &mut Vec<Line<'static>>, width: usize) {
    let v = &app.view.report;
    let g = ui.glyphs();
    lines.push(Line::from(ui.span(app.t(T::ReportSections), ui.theme.dim)));
    let csv = v.format == Format::Csv;
    for (k, s) in Section::ALL.iter().enumerate() {
        let mark = if v.sections[k] { g.on } else { g.off };
        let label = format!("{mark} {}", app.t(s.title()));
        lines.push(super::choice_line(ui, &label, v.row == k + 2, width));
        if csv {
            // CSV holds the measurements whatever is ticked.
            if let Some(last) = lines.last_mut() {
                *last = last.clone().style(ui.theme.dim);
            }
        }
    }
}

fn preview(frame: &mut Frame, app: &App, ui: &Ui, area: Rect) {
    let block = ui.block(app.t(T::ReportPreview));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let v = &app.view.report;
    // HTML previews as its text (the Markdown of the same document).
    let text = app.report_preview.as_ref().map_or("", |c| c.text.as_str());
    let note: Option<crate::i18n::Words> = match v.format {
        Format::Csv => Some(T::ReportCsvNote.into()),
        Format::Html => Some(T::ReportHtmlNote.into()),
        Format::Xlsx => Some(D::XlsxNote.into()),
        Format::Md => None,
    };
    let width = inner.width as usize;
    let mut lines: Vec<Line> = Vec::new();
    if let Some(n) = note {
        lines.push(Line::from(Span::styled(
            text::truncate(&ui.s(app.t(n)), width, ui.ascii),
            ui.theme.dim,
        )));
    }
    let body: Vec<&str> = text.trim_start_matches('\u{feff}').lines().collect();
    let room = (inner.height as usize).saturating_sub(lines.len());
    let first = v.scroll.min(body.len().saturating_sub(room.max(1)));
    for l in body.iter().skip(first).take(room) {
        let style = if l.starts_with('#') {
            ui.theme.title
        } else {
            ui.theme.base
        };
        lines.push(Line::from(Span::styled(
            text::truncate(&ui.s(l.trim_end_matches('\r')), width, ui.ascii),
            style,
        )));
    }
    super::put_lines(frame.buffer_mut(), inner, &lines);
}
