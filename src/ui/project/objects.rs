//! A monitoring's objects of assessment, each with its procedures, on the
//! project screen.

use ratatui::text::{Line, Span};

use super::Item;
use crate::app::project::Field;
use crate::app::{App, Doc};
use crate::domain::regulation::AssessObject;
use crate::i18n;
use crate::ui::{Ui, text};

/// One line per object (its procedures counted), one per procedure under it.
pub(in crate::ui) fn object_items(
    app: &App,
    doc: &Doc,
    ui: &Ui,
    fields: &[Field],
    offset: usize,
    width: usize,
) -> Vec<Item> {
    let w = &doc.workshop;
    let g = ui.glyphs();
    let mut items = Vec::new();
    for (k, field) in fields.iter().enumerate() {
        let idx = offset + k;
        let selected = app.view.project.selected == idx;
        let marker = Span::styled(
            format!("{} ", if selected { g.marker } else { " " }),
            ui.theme.accent,
        );
        let lines = match *field {
            Field::Object(o) => {
                let object = AssessObject::ALL[o];
                let n = w
                    .project
                    .procedures
                    .iter()
                    .filter(|p| p.object == object)
                    .count();
                let count = format!("  ({n})");
                // The regulation's long names wrap rather than lose their end.
                let name = ui.s(i18n::object(app.lang, object));
                let style = if selected {
                    ui.theme.selected
                } else {
                    ui.theme.title
                };
                let rows = text::wrap(&name, width.saturating_sub(2).max(1));
                let last = rows.len().saturating_sub(1);
                let mut lines = Vec::new();
                for (r, row) in rows.iter().enumerate() {
                    let mut spans = vec![if r == 0 {
                        marker.clone()
                    } else {
                        Span::raw("  ")
                    }];
                    spans.push(Span::styled(row.text.clone(), style));
                    let fits = 2 + text::width(&row.text) + text::width(&count) <= width;
                    if r == last && fits {
                        spans.push(Span::styled(count.clone(), ui.theme.dim));
                    }
                    lines.push(Line::from(spans));
                    if r == last && !fits {
                        let shown =
                            text::truncate(count.trim_start(), width.saturating_sub(2), ui.ascii);
                        lines.push(Line::from(vec![
                            Span::raw("  "),
                            Span::styled(shown, ui.theme.dim),
                        ]));
                    }
                }
                lines
            }
            Field::Procedure(i) => {
                let Some(p) = w.project.procedures.get(i) else {
                    continue;
                };
                let who = i18n::responsible(w, app.lang, &p.responsible);
                let details: Vec<&str> = [p.timing.as_str(), p.participants.as_str(), &who]
                    .into_iter()
                    .filter(|s| !s.trim().is_empty())
                    .collect();
                // The name, and under it when, who takes part, who answers for it.
                let head = "  - ";
                let room = width.saturating_sub(2 + head.len());
                let mut lines = vec![Line::from(vec![
                    marker,
                    Span::styled(head, ui.theme.dim),
                    Span::styled(
                        text::truncate(&ui.s(&p.name), room, ui.ascii),
                        if selected {
                            ui.theme.selected
                        } else {
                            ui.theme.base
                        },
                    ),
                ])];
                if !details.is_empty() {
                    lines.push(Line::from(vec![
                        Span::raw(" ".repeat(2 + head.len())),
                        Span::styled(
                            text::truncate(&ui.s(&details.join(" · ")), room, ui.ascii),
                            ui.theme.dim,
                        ),
                    ]));
                }
                lines
            }
            _ => continue,
        };
        items.push(Item {
            field: Some(idx),
            lines,
            cursor: None,
        });
    }
    items
}
