//! Screen 4: the prevention and curative plans, side by side when there is
//! room, with the selected action's origin, indicator and steps below.

use crate::app::keys::Target;
use crate::app::lists::List;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Ui, text};
use crate::app::plans::{Filter, SortBy, pane_index, visible};
use crate::app::{App, Doc};
use crate::domain::{ActionStatus, PlanAction, PlanKind, Workshop};
use crate::i18n::{self, R, T};

pub fn draw(frame: &mut Frame, app: &App, doc: &Doc, ui: &Ui, area: Rect) {
    let w = &doc.workshop;
    let [panes, detail] = Layout::vertical([Constraint::Min(4), Constraint::Length(4)]).areas(area);
    let [a, b] = if panes.width >= 120 {
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(panes)
    } else {
        Layout::vertical([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(panes)
    };
    pane(frame, app, w, ui, PlanKind::Prevention, a);
    pane(frame, app, w, ui, PlanKind::Curative, b);
    details(frame, app, w, ui, detail);
}

pub(super) fn status_glyph(ui: &Ui, s: ActionStatus) -> &'static str {
    match (s, ui.ascii) {
        (ActionStatus::Planned, false) => "○",
        (ActionStatus::InProgress, false) => "◐",
        (ActionStatus::Done, false) => "●",
        (ActionStatus::Dropped, false) => "✕",
        (ActionStatus::Planned, true) => "o",
        (ActionStatus::InProgress, true) => "~",
        (ActionStatus::Done, true) => "x",
        (ActionStatus::Dropped, true) => "-",
    }
}

fn pane(frame: &mut Frame, app: &App, w: &Workshop, ui: &Ui, kind: PlanKind, area: Rect) {
    let v = &app.view.plans;
    let active = v.pane == kind;
    let list = w.plans.list(kind);
    // A monitoring's plans come from its indicators, not from a diagnosis.
    let monitoring = w.method == crate::domain::Method::Monitoring;
    let (name, hint): (T, crate::i18n::Words) = match (kind, monitoring) {
        (PlanKind::Prevention, false) => (T::PlanPrevention, T::PlanPreventionHint.into()),
        (PlanKind::Curative, false) => (T::PlanCurative, T::PlanCurativeHint.into()),
        (PlanKind::Prevention, true) => (T::PlanPrevention, R::PlanDevelopHint.into()),
        (PlanKind::Curative, true) => (T::PlanCurative, R::PlanCorrectHint.into()),
    };
    let empty: crate::i18n::Words = if monitoring {
        R::PlanEmptyMonitoring.into()
    } else {
        T::PlanEmpty.into()
    };
    let shown = visible(w, kind, v, app.view.today);
    let count = if shown.len() == list.len() {
        list.len().to_string()
    } else {
        format!("{}/{}", shown.len(), list.len())
    };
    let mut block = ui.block(&format!("{} · {count}", app.t(name)));
    if active {
        block = block.border_style(ui.theme.accent);
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = inner.width as usize;
    let mut lines = vec![Line::from(Span::styled(
        text::truncate(&ui.s(app.t(hint)), width, ui.ascii),
        ui.theme.dim,
    ))];
    if list.is_empty() {
        lines.push(Line::from(ui.span(app.t(empty), ui.theme.dim)));
    } else if shown.is_empty() {
        lines.push(Line::from(ui.span(app.t(T::PlanNoneShown), ui.theme.dim)));
    }
    let rows = (inner.height as usize).saturating_sub(1).max(1);
    let sel = v.selected[pane_index(kind)].min(shown.len().saturating_sub(1));
    let first = sel.saturating_sub(rows - 1);
    // A click in the pane goes to it; on an action, selects it too.
    super::hits::note(inner, Target::Row(List::Plan(kind), sel));
    for (pos, &i) in shown.iter().enumerate().skip(first).take(rows) {
        super::hits::note_line(inner, lines.len(), Target::Row(List::Plan(kind), pos));
        lines.push(action_line(
            app,
            w,
            ui,
            &list[i],
            active && pos == sel,
            width,
        ));
    }
    super::put_lines(frame.buffer_mut(), inner, &lines);
}

fn action_line(
    app: &App,
    w: &Workshop,
    ui: &Ui,
    a: &PlanAction,
    selected: bool,
    width: usize,
) -> Line<'static> {
    let g = ui.glyphs();
    let overdue = a.is_overdue(app.view.today);
    let who = a
        .who
        .and_then(|id| w.member(id))
        .map_or_else(String::new, |m| m.name.clone());
    let due = a.due.map_or_else(String::new, |d| i18n::date(app.lang, d));
    let due = if overdue {
        format!("{} {due}", g.warn)
    } else {
        due
    };
    let who = text::truncate(&ui.s(&who), (width / 4).max(6), ui.ascii);
    let due = ui.s(&due);
    let fixed = 2 + 2 + 2 + text::width(&who) + 2 + text::width(&due);
    let what = text::truncate(
        &ui.s(a.what.lines().next().unwrap_or("")),
        width.saturating_sub(fixed),
        ui.ascii,
    );
    let pad = width.saturating_sub(fixed + text::width(&what));
    let style = if selected {
        ui.theme.selected
    } else if a.status.is_open() {
        ui.theme.base
    } else {
        ui.theme.dim
    };
    let status_style = match a.status {
        ActionStatus::Done => ui.theme.good,
        ActionStatus::InProgress => ui.theme.accent,
        _ => ui.theme.dim,
    };
    Line::from(vec![
        Span::styled(
            format!("{} ", if selected { g.marker } else { " " }),
            ui.theme.accent,
        ),
        Span::styled(format!("{} ", status_glyph(ui, a.status)), status_style),
        Span::styled(what, style),
        Span::raw(" ".repeat(pad + 2)),
        Span::styled(who, ui.theme.dim),
        Span::raw("  "),
        Span::styled(due, if overdue { ui.theme.warn } else { ui.theme.dim }),
    ])
}

fn details(frame: &mut Frame, app: &App, w: &Workshop, ui: &Ui, area: Rect) {
    let v = &app.view.plans;
    let lang = app.lang;
    let width = area.width.max(1) as usize;
    let sort = app.t(match v.sort {
        SortBy::Entered => T::SortEntered,
        SortBy::Due => T::SortDue,
        SortBy::Owner => T::SortOwner,
        SortBy::Status => T::SortStatus,
    });
    let filter = match v.filter {
        Filter::All => app.t(T::FilterAll).to_string(),
        Filter::Open => app.t(T::FilterOpen).to_string(),
        Filter::Overdue => app.t(T::FilterOverdue).to_string(),
        Filter::Closed => app.t(T::FilterClosed).to_string(),
        Filter::Owner(id) => w.member(id).map_or_else(String::new, |m| m.name.clone()),
    };
    let head = format!(
        "{} · {}",
        i18n::tf(lang, T::SortLabel, &[("how", sort)]),
        i18n::tf(lang, T::FilterLabel, &[("what", &filter)])
    );
    let mut lines = vec![Line::from(Span::styled(
        text::truncate(&ui.s(&head), width, ui.ascii),
        ui.theme.dim,
    ))];
    let shown = visible(w, v.pane, v, app.view.today);
    let sel = v.selected[pane_index(v.pane)];
    if let Some(a) = shown.get(sel).map(|&i| &w.plans.list(v.pane)[i]) {
        let mut parts = vec![i18n::status(lang, a.status).to_string()];
        if a.is_overdue(app.view.today) {
            parts.push(app.t(T::Overdue).to_string());
        }
        if let Some(ind) = a
            .indicator
            .and_then(|id| w.monitoring.indicators().find(|i| i.id == id))
        {
            parts.push(format!("{}: {}", app.t(T::FieldIndicator), ind.name));
        }
        let n = a.steps.as_ref().map_or(0, |s| s.filled());
        if v.pane == PlanKind::Curative || n > 0 {
            parts.push(i18n::tf(lang, T::StepsFilled, &[("n", &n.to_string())]));
        }
        lines.push(Line::from(Span::styled(
            text::truncate(&ui.s(&parts.join(" · ")), width, ui.ascii),
            ui.theme.base,
        )));
        if let Some(origin) = a.origin.and_then(|id| origin_text(w, id)) {
            let o = i18n::tf(lang, T::Origin, &[("what", &origin)]);
            lines.push(Line::from(Span::styled(
                text::truncate(&ui.s(&o), width, ui.ascii),
                ui.theme.dim,
            )));
        }
    }
    frame.render_widget(Paragraph::new(lines), area);
}

fn origin_text(w: &Workshop, id: crate::domain::Id) -> Option<String> {
    let d = &w.diagnosis;
    d.items
        .iter()
        .find(|i| i.id == id)
        .map(|i| i.text.clone())
        .or_else(|| {
            d.clusters
                .iter()
                .find(|c| c.id == id)
                .map(|c| c.title.clone())
        })
        .or_else(|| w.plans.all().find(|a| a.id == id).map(|a| a.what.clone()))
}
