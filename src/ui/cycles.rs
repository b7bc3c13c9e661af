//! Screen 5: the spiral with its legend, and the selected cycle in detail —
//! phases, data and triangulation, the second workshop, disruptions.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use super::{Ui, hits, put_lines, spiral, text};
use crate::app::keys::Target;
use crate::app::lists::List;
use crate::app::{App, Doc};
use crate::domain::cycles::TRIANGULATION_MIN;
use crate::domain::{Cycle, Phase, Workshop};
use crate::i18n::{self, N, T};

pub fn draw(frame: &mut Frame, app: &App, doc: &Doc, ui: &Ui, area: Rect) {
    let w = &doc.workshop;
    let (left, right) = if area.width >= 110 {
        let [l, r] = Layout::horizontal([Constraint::Percentage(58), Constraint::Percentage(42)])
            .areas(area);
        (l, r)
    } else {
        let [l, r] =
            Layout::vertical([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(area);
        (l, r)
    };
    let block = ui.block(app.t(T::SpiralTitle));
    let inner = block.inner(left);
    frame.render_widget(block, left);
    let selected = (!w.cycles.is_empty()).then(|| app.view.cycles.selected.min(w.cycles.len() - 1));
    if w.cycles.is_empty() {
        put_lines(
            frame.buffer_mut(),
            inner,
            &[Line::from(ui.span(app.t(T::CyclesEmpty), ui.theme.dim))],
        );
    } else {
        let placed = spiral::render(frame.buffer_mut(), inner, &w.cycles, app.lang, ui, selected);
        for (area, i) in placed.legend {
            hits::note(area, Target::Row(List::Cycles, i));
        }
        // A mark is one cell: the cells beside it count too.
        for (x, y, cycle, phase) in placed.marks {
            let left = x.saturating_sub(1).max(inner.x);
            let right = (x + 2).min(inner.right());
            let phase = Phase::ALL.iter().position(|p| *p == phase).unwrap_or(0);
            hits::note(
                Rect::new(left, y, right.saturating_sub(left), 1),
                Target::Phase { cycle, phase },
            );
        }
    }
    let title = selected.map_or_else(
        || app.t(T::ScreenCycles).to_string(),
        |i| w.cycles[i].name.clone(),
    );
    let block = ui.block(&title);
    let inner = block.inner(right);
    frame.render_widget(block, right);
    if let Some(i) = selected {
        let (lines, phases_at) = details(app, w, &w.cycles[i], ui, usize::from(inner.width));
        for phase in 0..Phase::ALL.len() {
            hits::note_line(inner, phases_at + phase, Target::Phase { cycle: i, phase });
        }
        put_lines(frame.buffer_mut(), inner, &lines);
    }
}

fn wrapped(
    out: &mut Vec<Line<'static>>,
    ui: &Ui,
    indent: &str,
    body: &str,
    width: usize,
    style: ratatui::style::Style,
    max_rows: usize,
) {
    let room = width.saturating_sub(indent.len()).max(1);
    let rows = text::wrap(&ui.s(body), room);
    let cut = rows.len() > max_rows;
    for (i, row) in rows.iter().take(max_rows).enumerate() {
        // A text longer than its rows says so at the end of the last.
        let shown = if cut && i + 1 == max_rows {
            text::truncate(
                &format!("{} {}", row.text.trim_end(), rows[i + 1].text),
                room,
                ui.ascii,
            )
        } else {
            row.text.clone()
        };
        out.push(Line::from(vec![
            Span::raw(indent.to_string()),
            Span::styled(shown, style),
        ]));
    }
}

/// The cycle's lines, and the line its four phases begin on.
fn details(
    app: &App,
    w: &Workshop,
    c: &Cycle,
    ui: &Ui,
    width: usize,
) -> (Vec<Line<'static>>, usize) {
    let lang = app.lang;
    let g = ui.glyphs();
    let mut out = Vec::new();
    let mut head = format!(
        "{} – {} · {}",
        i18n::date(lang, c.start),
        i18n::date(lang, c.end),
        i18n::tier(lang, c.tier)
    );
    if let Some(prev) = c
        .follows
        .and_then(|id| w.cycles.iter().find(|x| x.id == id))
    {
        head.push_str(&format!(
            " · {}",
            i18n::tf(lang, T::Follows, &[("cycle", &prev.name)])
        ));
    }
    wrapped(&mut out, ui, "", &head, width, ui.theme.dim, 2);
    if !c.goal.trim().is_empty() {
        wrapped(&mut out, ui, "", &c.goal, width, ui.theme.title, 3);
    }
    out.push(Line::default());
    let now = crate::domain::spiral::current(&w.cycles);
    let idx = w.cycles.iter().position(|x| x.id == c.id);
    let phases_at = out.len();
    for (k, p) in Phase::ALL.into_iter().enumerate() {
        let rec = c.phase(p);
        let sel = app.view.cycles.phase % 4 == k;
        let current = now.is_some_and(|(i, q)| Some(i) == idx && q == p);
        let marker = if sel { g.marker } else { " " };
        let glyph = spiral::glyph(ui, rec.status, current);
        let name = format!(
            "{} · {}",
            i18n::phase(lang, p),
            i18n::phase_status(lang, rec.status)
        );
        let notes = rec.notes.lines().next().unwrap_or("");
        let name_w = text::width(&name);
        let room = width.saturating_sub(name_w + 8);
        let mut spans = vec![
            Span::styled(format!("{marker} "), ui.theme.accent),
            Span::styled(
                format!("{glyph} "),
                if current {
                    ui.theme.accent
                } else {
                    ui.theme.base
                },
            ),
            Span::styled(
                ui.s(&name),
                if sel {
                    ui.theme.selected
                } else {
                    ui.theme.base
                },
            ),
        ];
        if !notes.is_empty() && room > 4 {
            spans.push(Span::styled(
                format!("  {}", text::truncate(&ui.s(notes), room, ui.ascii)),
                ui.theme.dim,
            ));
        }
        out.push(Line::from(spans));
    }
    out.push(Line::default());
    let kinds = c.source_kinds();
    let tri = if c.is_triangulated() {
        (
            i18n::tf(lang, T::Triangulated, &[("kinds", &kinds.to_string())]),
            ui.theme.good,
        )
    } else {
        (
            i18n::tf(lang, T::NotTriangulated, &[("kinds", &kinds.to_string())]),
            ui.theme.warn,
        )
    };
    let mark = if kinds >= TRIANGULATION_MIN {
        String::new()
    } else {
        format!("{} ", g.warn)
    };
    let line = format!("{}: {mark}{}", app.t(T::DataSources), tri.0);
    wrapped(&mut out, ui, "", &line, width, tri.1, 2);
    for s in c.data_sources.iter().take(6) {
        let whose = s
            .perspective
            .map(|p| format!(" ({})", i18n::perspective(lang, p)))
            .unwrap_or_default();
        let line = format!(
            "· {}: {}{whose}",
            i18n::source_kind(lang, &s.kind),
            s.description
        );
        wrapped(&mut out, ui, "  ", &line, width, ui.theme.base, 1);
    }
    // Triangulation by perspective: whose views the sources give, and
    // which is still missing.
    if !c.data_sources.is_empty() {
        let line = format!(
            "{}: {}",
            app.t(N::Perspectives),
            i18n::perspectives_line(lang, c)
        );
        let style = if c.has_perspectives() {
            ui.theme.good
        } else {
            ui.theme.warn
        };
        let mark = if c.has_perspectives() {
            String::new()
        } else {
            format!("{} ", g.warn)
        };
        wrapped(&mut out, ui, "", &format!("{mark}{line}"), width, style, 3);
    }
    for (label, body) in [
        (N::ReferenceLevel, &c.reference_level),
        (N::ActualLevel, &c.actual_level),
    ] {
        if !body.trim().is_empty() {
            let line = format!("{}: {body}", app.t(label));
            wrapped(&mut out, ui, "", &line, width, ui.theme.base, 2);
        }
    }
    if !c.references.is_empty() {
        let line = format!("{}: {}", app.t(N::References), c.references.join("; "));
        wrapped(&mut out, ui, "", &line, width, ui.theme.base, 2);
    }
    for (label, body) in [
        (T::FieldDataCollected, &c.data_collected),
        (T::FieldInterpretation, &c.interpretation),
        (T::FieldFindings, &c.findings),
        (T::FieldReflection, &c.reflection),
        (T::FieldEvaluation, &c.evaluation),
    ] {
        if !body.trim().is_empty() {
            let l = app.t(label).split(" (").next().unwrap_or("");
            wrapped(
                &mut out,
                ui,
                "",
                &format!("{l}: {body}"),
                width,
                ui.theme.base,
                2,
            );
        }
    }
    if !c.pitfalls.is_empty() {
        let names: Vec<&str> = c.pitfalls.iter().map(|p| i18n::pitfall(lang, *p)).collect();
        let line = format!(
            "{} {}: {}",
            g.warn,
            app.t(T::PitfallsTicked),
            names.join(", ")
        );
        wrapped(&mut out, ui, "", &line, width, ui.theme.warn, 3);
    }
    if !c.disruptions.is_empty() {
        out.push(Line::default());
        out.push(Line::from(ui.span(app.t(T::Disruptions), ui.theme.title)));
        for d in &c.disruptions {
            let mut line = format!("· {} ({}/5)", d.description, d.steps.filled());
            if d.action.is_some() {
                line.push_str(&format!(" · {}", app.t(T::RemedyPlanned)));
            }
            wrapped(&mut out, ui, "  ", &line, width, ui.theme.base, 2);
        }
    }
    (out, phases_at)
}
