//! The diagnosis on the board: the cards of the category the room is at,
//! the vote (how many have voted, never for what), the ranking after the
//! reveal. Only revealed cards; authors only when not hidden.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::empty;
use super::layout::{
    Flow, above, block, bullet, column_width, columns_for, large, place, place_as, place_lazy,
};
use crate::app::{App, diagnosis as dview};
use crate::domain::{Author, Category, Cluster, DiagnosisItem, SessionRecord, Workshop};
use crate::i18n::{self, B};
use crate::render::Ui;

/// Whether the board may show a card: revealed ones only.
pub(super) fn public(i: &DiagnosisItem) -> bool {
    !i.private
}

/// The cards of the category the facilitator is at (within strengths or
/// weaknesses at those steps), clusters first; the card in discussion
/// large above them.
pub(super) fn cards(
    frame: &mut Frame,
    app: &App,
    w: &Workshop,
    strengths: Option<bool>,
    ui: &Ui,
    area: Rect,
) {
    let v = &app.view.diagnosis;
    let d = &w.diagnosis;
    let mut cat = dview::category(v, w);
    match strengths {
        Some(true) if !cat.is_strength() => cat = Category::Expectations,
        Some(false) if cat.is_strength() => cat = Category::ContentNeeds,
        _ => {}
    }
    let rows = dview::rows(w, v);
    let focus_row = rows
        .get(v.selected.min(rows.len().saturating_sub(1)))
        .copied();
    let items: Vec<&DiagnosisItem> = d.items_in(cat).filter(|i| public(i)).collect();
    let clusters: Vec<_> = d.clusters.iter().filter(|c| c.category == cat).collect();
    let cols = columns_for(area.width, 3);
    let width = column_width(area.width, cols);
    // Clusters first, then the cards in none; made into blocks only as far
    // as the page shown.
    let in_cluster = |i: &DiagnosisItem| {
        i.cluster
            .is_some_and(|c| clusters.iter().any(|k| k.id == c))
    };
    let entries: Vec<Result<&Cluster, &DiagnosisItem>> = clusters
        .iter()
        .map(|c| Ok(*c))
        .chain(items.iter().filter(|i| !in_cluster(i)).map(|i| Err(*i)))
        .collect();
    let focus = entries.iter().position(|e| match (e, focus_row) {
        (Ok(c), Some(dview::Row::Cluster(id))) => c.id == id,
        (Err(i), Some(dview::Row::Item { id, .. })) => i.id == id,
        _ => false,
    });
    let current = focus.map(|f| match entries[f] {
        Ok(c) => c.title.clone(),
        Err(i) => i.text.clone(),
    });
    let make = |k: usize| match entries[k] {
        Ok(c) => {
            let n = d.members_of(c.id).filter(|i| public(i)).count();
            let style = if focus == Some(k) {
                ui.theme.selected
            } else {
                ui.theme.title
            };
            let mark = if ui.ascii { "[]" } else { "▣" };
            let note = Some(i18n::count(app.lang, i18n::P::Items, n));
            block(ui, mark, &c.title, style, note, width, 3)
        }
        Err(i) => {
            let style = if focus == Some(k) {
                ui.theme.selected
            } else {
                ui.theme.base
            };
            let note = author_note(app, w, i.author);
            block(ui, bullet(ui), &i.text, style, note, width, 4)
        }
    };
    let mut head = vec![Line::from(vec![
        Span::styled(
            ui.s(&i18n::category(app.lang, cat).to_uppercase()),
            ui.theme.title,
        ),
        Span::styled(format!("  {}", items.len()), ui.theme.dim),
    ])];
    // The card in discussion, large, when there is room for it.
    if let Some(t) = current.filter(|_| area.height >= 14) {
        head.push(Line::default());
        head.extend(large(ui, &t, area.width, 4).into_iter().take(4));
    }
    head.push(Line::default());
    let rest = above(frame, area, &head);
    if entries.is_empty() {
        empty(frame, rest, ui, app.lang, B::NoCards);
        return;
    }
    let how = Flow {
        cols,
        down: false,
        focus,
    };
    place_lazy(frame, rest, entries.len(), &make, how, ui);
}

/// An author under a card, unless the facilitator hides authors.
pub(super) fn author_note(app: &App, w: &Workshop, a: Author) -> Option<String> {
    if app.view.diagnosis.anonymous {
        return None;
    }
    match a {
        Author::Member(id) => w.member(id).map(|m| m.name.clone()),
        Author::Group => None,
    }
}

/// The vote: before the reveal, what can be voted for and how many have
/// voted (never for what); after it, the ranking.
pub(super) fn vote(
    frame: &mut Frame,
    app: &App,
    w: &Workshop,
    s: Option<&SessionRecord>,
    ui: &Ui,
    area: Rect,
) {
    let d = &w.diagnosis;
    if d.votes_revealed {
        return ranking(frame, app, w, ui, area);
    }
    let voters: std::collections::HashSet<_> = d.votes.iter().map(|v| v.voter).collect();
    let total = s
        .filter(|s| !s.attendees.is_empty())
        .map_or(w.team.len(), |s| s.attendees.len());
    let head = vec![
        Line::from(Span::styled(
            ui.s(&i18n::tf(
                app.lang,
                B::Voted,
                &[
                    ("n", &voters.len().to_string()),
                    ("total", &total.to_string()),
                ],
            )),
            ui.theme.title,
        )),
        Line::from(Span::styled(
            ui.s(i18n::t(app.lang, B::DotsHidden)),
            ui.theme.dim,
        )),
        Line::default(),
    ];
    let rest = above(frame, area, &head);
    let cols = columns_for(rest.width, 3);
    let width = column_width(rest.width, cols);
    let mut blocks = Vec::new();
    for cat in Category::ALL {
        let tag = if cat.is_strength() { "+" } else { "-" };
        for c in d.clusters.iter().filter(|c| c.category == cat) {
            blocks.push(block(ui, tag, &c.title, ui.theme.title, None, width, 2));
        }
        for i in d.items_in(cat).filter(|i| {
            public(i)
                && i.cluster
                    .is_none_or(|c| !d.clusters.iter().any(|k| k.id == c))
        }) {
            blocks.push(block(ui, tag, &i.text, ui.theme.base, None, width, 2));
        }
    }
    if blocks.is_empty() {
        empty(frame, rest, ui, app.lang, B::NoCards);
        return;
    }
    place(frame, rest, &blocks, cols, None, ui);
}

/// The ranking after the reveal: dots as a row of marks and the count.
pub(super) fn ranking(frame: &mut Frame, app: &App, w: &Workshop, ui: &Ui, area: Rect) {
    let d = &w.diagnosis;
    let ranked: Vec<_> = d.ranking().into_iter().filter(|(n, _, _)| *n > 0).collect();
    let head = [
        Line::from(Span::styled(
            ui.s(&i18n::t(app.lang, B::Ranking).to_uppercase()),
            ui.theme.title,
        )),
        Line::default(),
    ];
    let rest = above(frame, area, &head);
    if ranked.is_empty() {
        empty(frame, rest, ui, app.lang, B::NoCards);
        return;
    }
    let cols = columns_for(rest.width, 2).min(if ranked.len() > 6 { 2 } else { 1 });
    let width = column_width(rest.width, cols);
    let dot = if ui.ascii { "o" } else { "●" };
    let blocks: Vec<Vec<Line>> = ranked
        .iter()
        .enumerate()
        .map(|(k, (n, t, cat))| {
            let tag = if cat.is_strength() { "+" } else { "-" };
            let dots = if *n > 12 {
                format!("{}…", dot.repeat(12))
            } else {
                dot.repeat(*n)
            };
            let mut b = block(
                ui,
                &format!("{:>2}.", k + 1),
                t,
                ui.theme.base,
                None,
                width,
                2,
            );
            b.push(Line::from(vec![
                Span::raw("    "),
                Span::styled(format!("{tag} {dots} {n}"), ui.theme.accent),
            ]));
            b
        })
        .collect();
    place_as(frame, rest, &blocks, cols, None, ui, true);
}
