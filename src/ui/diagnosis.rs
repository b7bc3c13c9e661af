//! Screen 3: the diagnosis board, one line per category, cluster or item, with
//! the selected item in full below; or the summary of the group.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Ui, text};
use crate::app::diagnosis::{Mode, Row, author_name, plan_of, rows};
use crate::app::{App, Doc};
use crate::domain::{Author, Category, Workshop};
use crate::i18n::{self, T};

pub fn draw(frame: &mut Frame, app: &App, doc: &Doc, ui: &Ui, area: Rect) {
    let w = &doc.workshop;
    let v = &app.view.diagnosis;
    let title = header(app, w, ui);
    let block = ui.block(&title);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if v.mode == Mode::Summary {
        return summary(frame, app, w, ui, inner);
    }
    let detail_h = if inner.height >= 14 { 4 } else { 2 };
    let [list, detail] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(detail_h)]).areas(inner);
    let all = rows(w, v);
    let h = list.height as usize;
    let sel = v.selected.min(all.len().saturating_sub(1));
    let first = sel.saturating_sub(h.saturating_sub(1));
    let lines: Vec<Line> = all
        .iter()
        .enumerate()
        .skip(first)
        .take(h)
        .map(|(i, row)| row_line(app, w, ui, *row, i == sel, list.width as usize))
        .collect();
    for k in 0..lines.len() {
        super::hits::note_line(
            list,
            k,
            crate::app::keys::Target::Row(crate::app::lists::List::Board, first + k),
        );
    }
    super::put_lines(frame.buffer_mut(), list, &lines);
    if let Some(row) = all.get(sel) {
        details(frame, app, w, ui, *row, detail);
    }
}

/// "Diagnosis · author: Ana · 2 of 3 dots left · dots hidden · whole group"
fn header(app: &App, w: &Workshop, ui: &Ui) -> String {
    let v = &app.view.diagnosis;
    let lang = app.lang;
    let author = v.author(w);
    let who = author_name(w, lang, author);
    let mut parts = vec![
        app.t(T::ScreenDiagnosis).to_string(),
        i18n::tf(lang, T::AuthorNow, &[("who", &who)]),
    ];
    if let Author::Member(id) = author {
        let all = w.diagnosis.votes_per_member;
        let left = usize::from(all).saturating_sub(w.diagnosis.votes_of(id));
        parts.push(i18n::tf(
            lang,
            T::VotesLeft,
            &[("left", &left.to_string()), ("all", &all.to_string())],
        ));
    }
    parts.push(
        app.t(if w.diagnosis.votes_revealed {
            T::VotesShown
        } else {
            T::VotesHidden
        })
        .to_string(),
    );
    if v.anonymous {
        parts.push(app.t(T::Anonymous).to_string());
    }
    parts.push(match v.mode {
        Mode::Group => app.t(T::ModeGroup).to_string(),
        Mode::Member => i18n::tf(lang, T::ModeMember, &[("who", &who)]),
        Mode::Summary => app.t(T::ModeSummary).to_string(),
    });
    ui.s(&parts.join(" · "))
}

/// Dots: the total once revealed; before that only the current voter's own.
fn dots(app: &App, w: &Workshop, ui: &Ui, target: crate::domain::Id) -> Span<'static> {
    let d = &w.diagnosis;
    let (full, empty) = if ui.ascii { ("*", "o") } else { ("●", "○") };
    if d.votes_revealed {
        let n = d.votes_for(target);
        if n == 0 {
            return Span::raw(String::new());
        }
        let shown = if n <= 5 {
            full.repeat(n)
        } else {
            format!("{}{n}", full)
        };
        return Span::styled(format!(" {shown}"), ui.theme.accent);
    }
    match app.view.diagnosis.author(w) {
        Author::Member(id) => {
            let mine = d
                .votes
                .iter()
                .filter(|v| v.voter == id && v.target == target)
                .count();
            Span::styled(
                if mine == 0 {
                    String::new()
                } else {
                    format!(" {}", empty.repeat(mine))
                },
                ui.theme.dim,
            )
        }
        Author::Group => Span::raw(String::new()),
    }
}

fn row_line(
    app: &App,
    w: &Workshop,
    ui: &Ui,
    row: Row,
    selected: bool,
    width: usize,
) -> Line<'static> {
    let g = ui.glyphs();
    let d = &w.diagnosis;
    let marker = Span::styled(
        format!("{} ", if selected { g.marker } else { " " }),
        ui.theme.accent,
    );
    let style = if selected {
        ui.theme.selected
    } else {
        ui.theme.base
    };
    match row {
        Row::Header(cat) => {
            let n = d.items_in(cat).count();
            let name = format!("{} ({n})", i18n::category(app.lang, cat));
            let group = app.t(if cat.is_strength() {
                T::Strengths
            } else {
                T::Weaknesses
            });
            let name = text::truncate(
                &ui.s(&name),
                width.saturating_sub(4 + text::width(group)),
                ui.ascii,
            );
            let pad = width.saturating_sub(2 + text::width(&name) + text::width(group) + 1);
            Line::from(vec![
                marker,
                Span::styled(
                    name,
                    if selected {
                        ui.theme.selected
                    } else {
                        ui.theme.title
                    },
                ),
                Span::raw(" ".repeat(pad)),
                Span::styled(ui.s(group), ui.theme.dim),
            ])
        }
        Row::Cluster(id) => {
            let Some(c) = d.clusters.iter().find(|c| c.id == id) else {
                return Line::default();
            };
            let n = d.members_of(id).count();
            let count = i18n::count(app.lang, i18n::P::Items, n);
            let box_ = if ui.ascii { "[#]" } else { "▣" };
            let tail = tail_spans(app, w, ui, id);
            let tail_w: usize = tail.iter().map(|s| text::width(&s.content)).sum();
            let room = width.saturating_sub(6 + tail_w + text::width(&count) + 3);
            let mut spans = vec![
                marker,
                Span::styled(format!("  {box_} "), ui.theme.accent),
                Span::styled(text::truncate(&ui.s(&c.title), room, ui.ascii), style),
                Span::styled(format!(" · {count}"), ui.theme.dim),
            ];
            spans.extend(tail);
            Line::from(spans)
        }
        Row::Item { id, nested } => {
            let Some(item) = d.items.iter().find(|i| i.id == id) else {
                return Line::default();
            };
            let marked = app.view.diagnosis.marked.contains(&id);
            let mark = if marked {
                if ui.ascii { "#" } else { "◆" }
            } else {
                " "
            };
            let indent = if nested { "      " } else { "  " };
            // A card from the room not yet revealed: the facilitator sees it
            // apart.
            let bullet = match (item.private, ui.ascii) {
                (true, true) => "?",
                (true, false) => "◌",
                (false, true) => "-",
                (false, false) => "•",
            };
            let author = if app.view.diagnosis.anonymous {
                String::new()
            } else {
                format!(" — {}", author_name(w, app.lang, item.author))
            };
            let author = ui.s(&author);
            let tail = tail_spans(app, w, ui, id);
            let tail_w: usize = tail.iter().map(|s| text::width(&s.content)).sum();
            let first_line = item.text.lines().next().unwrap_or("");
            let fixed = 2 + indent.len() + 3 + tail_w;
            let author_w = text::width(&author).min(width.saturating_sub(fixed) / 3);
            let author = text::truncate(&author, author_w, ui.ascii);
            let room = width.saturating_sub(fixed + text::width(&author));
            let mut spans = vec![
                marker,
                Span::styled(format!("{indent}{mark}{bullet} "), ui.theme.accent),
                Span::styled(text::truncate(&ui.s(first_line), room, ui.ascii), style),
                Span::styled(author, ui.theme.dim),
            ];
            spans.extend(tail);
            Line::from(spans)
        }
    }
}

/// Dots and the "in plan" mark at the end of a row.
fn tail_spans(app: &App, w: &Workshop, ui: &Ui, id: crate::domain::Id) -> Vec<Span<'static>> {
    let mut v = vec![dots(app, w, ui, id)];
    if plan_of(w, id).is_some() {
        let mark = if ui.ascii { " [P]" } else { " ➜" };
        v.push(Span::styled(mark.to_string(), ui.theme.good));
    }
    v
}

fn details(frame: &mut Frame, app: &App, w: &Workshop, ui: &Ui, row: Row, area: Rect) {
    let d = &w.diagnosis;
    let width = area.width.max(1) as usize;
    let (text_, who, id) = match row {
        Row::Item { id, .. } => match d.items.iter().find(|i| i.id == id) {
            Some(i) => (i.text.clone(), Some(i.author), id),
            None => return,
        },
        Row::Cluster(id) => match d.clusters.iter().find(|c| c.id == id) {
            Some(c) => (c.title.clone(), None, id),
            None => return,
        },
        Row::Header(cat) => {
            let hint = if d.items_in(cat).next().is_none() {
                app.t(T::NoItems)
            } else {
                ""
            };
            frame.render_widget(Paragraph::new(ui.span(hint, ui.theme.dim)), area);
            return;
        }
    };
    let mut lines: Vec<Line> = Vec::new();
    let rule = if ui.ascii { "-" } else { "─" };
    lines.push(Line::from(Span::styled(
        rule.repeat(width),
        ui.theme.border,
    )));
    let mut body = ui.s(&text_);
    if let Some(a) = who
        && !app.view.diagnosis.anonymous
    {
        body.push_str(&ui.s(&format!(" — {}", author_name(w, app.lang, a))));
    }
    if let Some((kind, action)) = plan_of(w, id) {
        body.push_str(&ui.s(&format!(
            " ({}: {})",
            i18n::plan_name(app.lang, kind),
            action.what
        )));
    }
    for row in text::wrap(&body, width)
        .into_iter()
        .take(area.height.saturating_sub(1) as usize)
    {
        lines.push(Line::from(Span::styled(row.text, ui.theme.base)));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

fn summary(frame: &mut Frame, app: &App, w: &Workshop, ui: &Ui, area: Rect) {
    let d = &w.diagnosis;
    let lang = app.lang;
    let width = area.width as usize;
    let mut lines = vec![Line::from(ui.span(app.t(T::SummaryCounts), ui.theme.title))];
    let lw = Category::ALL
        .iter()
        .map(|c| text::width(&ui.s(i18n::category(lang, *c))))
        .max()
        .unwrap_or(0)
        .min(width.saturating_sub(8));
    for cat in Category::ALL {
        let label = text::truncate(&ui.s(i18n::category(lang, cat)), lw, ui.ascii);
        let pad = " ".repeat(lw.saturating_sub(text::width(&label)));
        lines.push(Line::from(vec![
            Span::styled(format!("  {label}{pad}"), ui.theme.base),
            Span::styled(format!("{:>5}", d.items_in(cat).count()), ui.theme.accent),
        ]));
    }
    lines.push(Line::default());
    let per = i18n::tf(
        lang,
        T::SummaryVotes,
        &[("n", &d.votes_per_member.to_string())],
    );
    lines.push(Line::from(ui.span(&per, ui.theme.title)));
    let used: Vec<String> = w
        .team
        .iter()
        .map(|m| format!("{} {}/{}", m.name, d.votes_of(m.id), d.votes_per_member))
        .collect();
    let voters = format!("{}: {}", app.t(T::SummaryVoters), used.join(" · "));
    for row in text::wrap(&ui.s(&voters), width.saturating_sub(2).max(1))
        .into_iter()
        .take(3)
    {
        lines.push(Line::from(Span::styled(
            format!("  {}", row.text),
            ui.theme.dim,
        )));
    }
    lines.push(Line::default());
    lines.push(Line::from(
        ui.span(app.t(T::SummaryRanking), ui.theme.title),
    ));
    if !d.votes_revealed {
        lines.push(Line::from(
            ui.span(app.t(T::SummaryHiddenRanking), ui.theme.dim),
        ));
    } else {
        let ranked = d.ranking();
        let room = (area.height as usize).saturating_sub(lines.len());
        for (k, (n, t, cat)) in ranked.into_iter().take(room).enumerate() {
            let tag = if cat.is_strength() { "+" } else { "-" };
            let head = format!("  {:>2}. {tag} {n:>3}  ", k + 1);
            let body = text::truncate(
                &ui.s(t.lines().next().unwrap_or("")),
                width.saturating_sub(text::width(&head)),
                ui.ascii,
            );
            lines.push(Line::from(vec![
                Span::styled(head, ui.theme.accent),
                Span::styled(body, ui.theme.base),
            ]));
        }
    }
    frame.render_widget(Paragraph::new(lines), area);
}
