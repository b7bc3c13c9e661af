//! The board's body for each step and screen: cards in columns, the ranking
//! after the reveal, plan actions with owner and date, the spiral with the
//! cycle's record, indicator rows a few at a time.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::cards::{cards, ranking, vote};
use super::layout::{
    GAP, above, block, bullet, column_width, columns_for, large, place, place_as, place_rows,
};
use super::{Shown, empty, nothing, put_lines, text};
use crate::app::{App, Screen, indicators as iview, plans as pview};
use crate::domain::{Cycle, Language, LogKind, PlanKind, SessionRecord, Step, Workshop};
use crate::i18n::{self, B, T};
use crate::render::{Ui, dashboard, spiral};

pub(super) fn body(
    frame: &mut Frame,
    app: &App,
    w: &Workshop,
    session: Option<&SessionRecord>,
    shown: Shown,
    ui: &Ui,
    area: Rect,
) {
    let lang = app.lang;
    match shown {
        Shown::Step(_, Step::Gather) => team(frame, app, w, session, ui, area),
        Shown::Screen(Screen::Team) => team(frame, app, w, None, ui, area),
        Shown::Step(_, Step::Question) => words(
            frame,
            ui,
            area,
            &w.project.research_question,
            lang,
            B::NoQuestion,
        ),
        Shown::Step(_, Step::Goal) => words(frame, ui, area, &w.project.goal, lang, B::NoGoal),
        Shown::Screen(Screen::Project | Screen::Home | Screen::Report) => {
            card(frame, app, w, ui, area)
        }
        Shown::Step(_, Step::Strengths) => cards(frame, app, w, Some(true), ui, area),
        Shown::Step(_, Step::Weaknesses) => cards(frame, app, w, Some(false), ui, area),
        Shown::Screen(Screen::Diagnosis) if w.diagnosis.votes_revealed => {
            ranking(frame, app, w, ui, area)
        }
        Shown::Screen(Screen::Diagnosis) => cards(frame, app, w, None, ui, area),
        Shown::Step(_, Step::Vote) => vote(frame, app, w, session, ui, area),
        Shown::Step(_, Step::Plans | Step::Decisions) | Shown::Screen(Screen::Plans) => {
            plans(frame, app, w, &[app.view.plans.pane], ui, area)
        }
        Shown::Step(_, Step::ActionsReview) => plans(
            frame,
            app,
            w,
            &[PlanKind::Prevention, PlanKind::Curative],
            ui,
            area,
        ),
        Shown::Step(_, Step::Dashboard | Step::DataEntry | Step::Analysis)
        | Shown::Screen(Screen::Indicators) => indicators(frame, app, w, ui, area),
        Shown::Step(_, Step::Disseminate | Step::EverydayUse) => {
            passing_on(frame, app, w, ui, area)
        }
        Shown::Step(_, Step::Minutes) | Shown::Finished => {
            minutes(frame, app, session, shown, ui, area)
        }
        Shown::Step(_, step) => cycle(frame, app, w, Some(step), ui, area),
        Shown::Screen(Screen::Cycles) if w.method == crate::domain::Method::Monitoring => {
            super::control::control(frame, app, w, ui, area)
        }
        Shown::Screen(Screen::Cycles) => cycle(frame, app, w, None, ui, area),
        Shown::Screen(Screen::Session) => idle(frame, app, w, ui, area),
    }
}

/// The team, or those present at the gathering.
fn team(
    frame: &mut Frame,
    app: &App,
    w: &Workshop,
    s: Option<&SessionRecord>,
    ui: &Ui,
    area: Rect,
) {
    let cols = columns_for(area.width, 4);
    let width = column_width(area.width, cols);
    let mut head = Vec::new();
    if let Some(s) = s {
        let n = w
            .team
            .iter()
            .filter(|m| s.attendees.contains(&m.id))
            .count();
        head.push(Line::from(Span::styled(
            ui.s(&i18n::tf(
                app.lang,
                B::Present,
                &[("n", &n.to_string()), ("total", &w.team.len().to_string())],
            )),
            ui.theme.title,
        )));
        head.push(Line::default());
    }
    let blocks: Vec<Vec<Line>> = w
        .team
        .iter()
        .map(|m| {
            let (mark, style) = match s {
                Some(s) if s.attendees.contains(&m.id) => {
                    (if ui.ascii { "+" } else { "✓" }, ui.theme.base)
                }
                Some(_) => ("·", ui.theme.dim),
                None => (bullet(ui), ui.theme.base),
            };
            block(
                ui,
                mark,
                &m.name,
                style,
                Some(i18n::role(app.lang, m.role).to_string()),
                width,
                2,
            )
        })
        .collect();
    let rest = above(frame, area, &head);
    if w.team.is_empty() {
        put_lines(
            frame.buffer_mut(),
            rest,
            &[Line::from(Span::styled(
                ui.s(i18n::t(app.lang, B::NoMembers)),
                ui.theme.dim,
            ))],
        );
        return;
    }
    place(frame, rest, &blocks, cols, None, ui);
}

/// The question or the goal: large, with room around it.
fn words(frame: &mut Frame, ui: &Ui, area: Rect, body: &str, lang: Language, none: B) {
    if body.trim().is_empty() {
        return empty(frame, area, ui, lang, none);
    }
    put_lines(
        frame.buffer_mut(),
        area,
        &large(ui, body, area.width, area.height),
    );
}

/// The workshop's last steps: the novelty's everyday use and where it is
/// passed on.
fn passing_on(frame: &mut Frame, app: &App, w: &Workshop, ui: &Ui, area: Rect) {
    let width = area.width as usize;
    let card = &w.project;
    let mut lines = vec![Line::from(Span::styled(
        ui.s(app.t(i18n::N::FieldEverydayUse)),
        ui.theme.dim,
    ))];
    if card.everyday_use.trim().is_empty() {
        lines.push(Line::from(Span::styled(
            ui.s(app.t(T::Empty)),
            ui.theme.dim,
        )));
    }
    for r in text::wrap(&ui.s(card.everyday_use.trim()), width) {
        lines.push(Line::from(Span::styled(r.text, ui.theme.title)));
    }
    lines.push(Line::default());
    lines.push(Line::from(Span::styled(
        ui.s(app.t(i18n::N::DisseminationTitle)),
        ui.theme.dim,
    )));
    for d in &card.dissemination {
        let mark = if d.done {
            if ui.ascii { "+" } else { "✓" }
        } else {
            bullet(ui)
        };
        let mut l = format!(
            "{mark} {} · {}",
            i18n::date(app.lang, d.date),
            app.t(crate::app::project::channel(d.channel))
        );
        if !d.what.trim().is_empty() {
            l.push_str(&format!(" · {}", d.what.trim()));
        }
        for r in text::wrap(&ui.s(&l), width).into_iter().take(2) {
            lines.push(Line::from(Span::styled(r.text, ui.theme.base)));
        }
    }
    put_lines(frame.buffer_mut(), area, &lines);
}

/// The card for the room: a project's question and goal; a monitoring's
/// school and year.
fn card(frame: &mut Frame, app: &App, w: &Workshop, ui: &Ui, area: Rect) {
    let width = area.width as usize;
    let mut lines = Vec::new();
    if w.method == crate::domain::Method::Monitoring {
        for body in [&w.project.institution, &w.project.school_year] {
            for r in text::wrap(&ui.s(body.trim()), width) {
                lines.push(Line::from(Span::styled(r.text, ui.theme.title)));
            }
        }
        put_lines(frame.buffer_mut(), area, &lines);
        return;
    }
    for (label, body, empty) in [
        (
            T::FieldQuestion,
            &w.project.research_question,
            B::NoQuestion,
        ),
        (T::FieldGoal, &w.project.goal, B::NoGoal),
    ] {
        lines.push(Line::from(Span::styled(ui.s(app.t(label)), ui.theme.dim)));
        if body.trim().is_empty() {
            lines.push(nothing(ui, app.lang, empty));
        }
        for r in text::wrap(&ui.s(body.trim()), width) {
            lines.push(Line::from(Span::styled(r.text, ui.theme.title)));
        }
        lines.push(Line::default());
    }
    put_lines(frame.buffer_mut(), area, &lines);
}

/// Plan actions with owner and date; the facilitator's selection shown.
fn plans(frame: &mut Frame, app: &App, w: &Workshop, kinds: &[PlanKind], ui: &Ui, area: Rect) {
    let cols = columns_for(area.width, 2);
    let width = column_width(area.width, cols);
    let mut blocks = Vec::new();
    let mut focus = None;
    let today = app.view.today;
    for &kind in kinds {
        let visible = pview::visible(w, kind, &app.view.plans, today);
        let list = w.plans.list(kind);
        blocks.push(vec![Line::from(Span::styled(
            ui.s(&i18n::plan_name(app.lang, kind).to_uppercase()),
            ui.theme.title,
        ))]);
        if visible.is_empty() {
            blocks.push(vec![nothing(ui, app.lang, B::NoActions)]);
        }
        let sel = app.view.plans.selected[pview::pane_index(kind)];
        for (pos, &k) in visible.iter().enumerate() {
            let a = &list[k];
            let chosen = kinds.len() == 1 && pos == sel && app.view.plans.pane == kind;
            if chosen {
                focus = Some(blocks.len());
            }
            let who = a.who.and_then(|id| w.member(id)).map_or_else(
                || i18n::t(app.lang, B::Unassigned).to_string(),
                |m| m.name.clone(),
            );
            let mut note = who;
            if let Some(due) = a.due {
                note.push_str(&format!(" · {}", i18n::date(app.lang, due)));
            }
            if a.is_overdue(today) {
                note.push_str(&format!(" · {}", i18n::t(app.lang, B::Overdue)));
            }
            let style = if chosen {
                ui.theme.selected
            } else {
                ui.theme.base
            };
            blocks.push(block(
                ui,
                super::super::plans::status_glyph(ui, a.status),
                &a.what,
                style,
                Some(note),
                width,
                3,
            ));
        }
    }
    place_as(frame, area, &blocks, cols, focus, ui, true);
}

/// The spiral with the cycle the facilitator is on, and the part of its
/// record the step is about.
fn cycle(frame: &mut Frame, app: &App, w: &Workshop, step: Option<Step>, ui: &Ui, area: Rect) {
    if w.cycles.is_empty() {
        put_lines(
            frame.buffer_mut(),
            area,
            &[Line::from(Span::styled(
                ui.s(app.t(T::SpiralNone)),
                ui.theme.dim,
            ))],
        );
        return;
    }
    let sel = app.view.cycles.selected.min(w.cycles.len() - 1);
    let c = &w.cycles[sel];
    let side = area.width >= 70;
    let (left, right) = if side {
        let lw = area.width * 45 / 100;
        (
            Rect { width: lw, ..area },
            Rect {
                x: area.x + lw + GAP,
                width: area.width.saturating_sub(lw + GAP),
                ..area
            },
        )
    } else {
        let sh = area.height / 2;
        (
            Rect { height: sh, ..area },
            Rect {
                y: area.y + sh + 1,
                height: area.height.saturating_sub(sh + 1),
                ..area
            },
        )
    };
    spiral::render(frame.buffer_mut(), left, &w.cycles, app.lang, ui, Some(sel));
    put_lines(
        frame.buffer_mut(),
        right,
        &record(app, c, step, ui, right.width),
    );
}

fn record(app: &App, c: &Cycle, step: Option<Step>, ui: &Ui, width: u16) -> Vec<Line<'static>> {
    let lang = app.lang;
    let w = width as usize;
    let mut out = vec![Line::from(Span::styled(
        ui.s(&c.name.to_uppercase()),
        ui.theme.title,
    ))];
    let para = |out: &mut Vec<Line<'static>>, label: Option<&str>, body: &str, rows: usize| {
        if let Some(l) = label {
            out.push(Line::from(Span::styled(ui.s(l), ui.theme.dim)));
        }
        for r in text::wrap(&ui.s(body.trim()), w).into_iter().take(rows) {
            out.push(Line::from(Span::styled(r.text, ui.theme.base)));
        }
    };
    let label = |t: T| app.t(t).split(" (").next().unwrap_or("").to_string();
    let empty = Line::from(Span::styled(
        ui.s(app.t(T::SessionMinutesEmpty)),
        ui.theme.dim,
    ));
    match step {
        Some(Step::DataCollected) => para(
            &mut out,
            Some(&label(T::FieldDataCollected)),
            &c.data_collected,
            12,
        ),
        Some(Step::Interpretation) => para(
            &mut out,
            Some(&label(T::FieldInterpretation)),
            &c.interpretation,
            12,
        ),
        Some(Step::Evaluation) => para(
            &mut out,
            Some(&label(T::FieldEvaluation)),
            &c.evaluation,
            12,
        ),
        Some(Step::Disruptions | Step::Remedies) => {
            out.push(Line::from(Span::styled(
                ui.s(app.t(T::Disruptions)),
                ui.theme.dim,
            )));
            for d in &c.disruptions {
                let mut l = format!("{} {}", bullet(ui), d.description);
                if d.action.is_some() {
                    l.push_str(&format!(" · {}", app.t(T::RemedyPlanned)));
                }
                para(&mut out, None, &l, 3);
            }
        }
        Some(Step::Triangulation) => {
            out.push(Line::from(Span::styled(
                ui.s(i18n::t(lang, B::Triangulation)),
                ui.theme.dim,
            )));
            for s in &c.data_sources {
                para(
                    &mut out,
                    None,
                    &format!(
                        "{} {}: {}",
                        bullet(ui),
                        i18n::source_kind(lang, &s.kind),
                        s.description
                    ),
                    2,
                );
            }
            if !c.data_sources.is_empty() {
                let line = format!(
                    "{}: {}",
                    i18n::t(lang, i18n::N::Perspectives),
                    i18n::perspectives_line(lang, c)
                );
                para(&mut out, None, &line, 3);
            }
        }
        _ => {
            if !c.goal.trim().is_empty() {
                para(&mut out, None, &c.goal, 3);
            }
            out.push(Line::default());
            for p in crate::domain::Phase::ALL {
                let rec = c.phase(p);
                out.push(Line::from(vec![
                    Span::styled(
                        format!("{} ", spiral::glyph(ui, rec.status, false)),
                        ui.theme.accent,
                    ),
                    Span::styled(
                        ui.s(&format!(
                            "{} · {}",
                            i18n::phase(lang, p),
                            i18n::phase_status(lang, rec.status)
                        )),
                        ui.theme.base,
                    ),
                ]));
            }
        }
    }
    let specific = matches!(
        step,
        Some(
            Step::DataCollected
                | Step::Interpretation
                | Step::Evaluation
                | Step::Disruptions
                | Step::Remedies
                | Step::Triangulation
        )
    );
    if specific && out.len() <= 2 {
        out.push(empty);
    }
    out
}

/// Indicator rows a few at a time, following the facilitator's selection:
/// the standing, the value and the target close together, then the name.
fn indicators(frame: &mut Frame, app: &App, w: &Workshop, ui: &Ui, area: Rect) {
    let v = &app.view.indicators;
    let computed;
    let rows: &[crate::domain::dashboard::Row] = match app.cached_rows() {
        Some(r) => r,
        None => {
            computed = iview::shown_rows(w, v);
            &computed
        }
    };
    if rows.is_empty() {
        empty(frame, area, ui, app.lang, B::NoIndicators);
        return;
    }
    let focus_id = match v.mode {
        iview::Mode::Dashboard => rows.get(v.row).map(|r| r.indicator),
        iview::Mode::Grid => w.monitoring.indicators().nth(v.row).map(|i| i.id),
    };
    let num_w = 9;
    let name_w = (area.width as usize).saturating_sub(2 * num_w + 6).max(10) as u16;
    let mut blocks = Vec::new();
    let mut focus = None;
    let mut last = None;
    for r in rows {
        let Some(ind) = w.monitoring.indicators().find(|i| i.id == r.indicator) else {
            continue;
        };
        if last != Some(r.criterion) {
            last = Some(r.criterion);
            let name = w
                .monitoring
                .criteria
                .get(r.criterion)
                .map_or("", |c| c.name.as_str());
            blocks.push(vec![Line::from(Span::styled(
                ui.s(&name.to_uppercase()),
                ui.theme.title,
            ))]);
        }
        if Some(r.indicator) == focus_id {
            focus = Some(blocks.len());
        }
        let latest = r.latest.map_or_else(
            || "—".to_string(),
            |(_, x)| i18n::number(app.lang, ind.unit, x),
        );
        let target = ind.reference.map_or_else(String::new, |x| {
            format!("/ {}", i18n::number(app.lang, ind.unit, x))
        });
        let chosen = Some(r.indicator) == focus_id;
        let name_rows = text::wrap(&ui.s(&dashboard::key_name(ind, ui.ascii)), name_w as usize);
        let mut b = Vec::new();
        for (k, nr) in name_rows.into_iter().take(2).enumerate() {
            let lead = if k == 0 {
                vec![
                    Span::styled(
                        format!("{} ", dashboard::standing_glyph(ui, r.standing)),
                        dashboard::standing_style(ui, r.standing),
                    ),
                    Span::styled(format!("{:>num_w$} ", ui.s(&latest)), ui.theme.title),
                    Span::styled(format!("{:<num_w$} ", ui.s(&target)), ui.theme.dim),
                ]
            } else {
                vec![Span::raw(" ".repeat(2 * num_w + 4))]
            };
            let mut spans = lead;
            spans.push(Span::styled(
                nr.text,
                if chosen {
                    ui.theme.selected
                } else {
                    ui.theme.base
                },
            ));
            b.push(Line::from(spans));
        }
        blocks.push(b);
    }
    // One column: the rows read across, as on a dashboard.
    let compact: Vec<Vec<Line>> = blocks;
    place_rows(frame, area, &compact, focus, ui);
}

/// The decisions and notes of the meeting, the latest last.
fn minutes(
    frame: &mut Frame,
    app: &App,
    s: Option<&SessionRecord>,
    shown: Shown,
    ui: &Ui,
    area: Rect,
) {
    let mut lines = Vec::new();
    if shown == Shown::Finished {
        lines.push(Line::from(Span::styled(
            ui.s(i18n::t(app.lang, B::MeetingDone)),
            ui.theme.good,
        )));
        lines.push(Line::default());
    }
    let Some(s) = s else { return };
    let said: Vec<_> = s
        .log
        .iter()
        .filter(|e| matches!(e.kind, LogKind::Decision | LogKind::Action | LogKind::Note))
        .collect();
    lines.push(Line::from(Span::styled(
        ui.s(&i18n::t(app.lang, B::Decisions).to_uppercase()),
        ui.theme.title,
    )));
    if said.is_empty() {
        lines.push(Line::from(Span::styled(
            ui.s(app.t(T::SessionMinutesEmpty)),
            ui.theme.dim,
        )));
    }
    let mut body = Vec::new();
    for e in &said {
        let mark = match e.kind {
            LogKind::Decision => "!",
            LogKind::Action => bullet(ui),
            _ => "·",
        };
        body.push(block(ui, mark, &e.text, ui.theme.base, None, area.width, 3));
    }
    lines.push(Line::default());
    let rest = above(frame, area, &lines);
    // The latest decisions are what the room needs to see.
    let n = body.len();
    place_rows(frame, rest, &body, n.checked_sub(1), ui);
}

/// No meeting running: the question, and the next meeting's date.
fn idle(frame: &mut Frame, app: &App, w: &Workshop, ui: &Ui, area: Rect) {
    let mut lines = vec![Line::from(Span::styled(
        ui.s(i18n::t(app.lang, B::NoMeeting)),
        ui.theme.dim,
    ))];
    if let Some(next) = super::next_meeting(w, app.view.today) {
        lines.push(Line::from(Span::styled(
            ui.s(&i18n::tf(
                app.lang,
                B::NextMeeting,
                &[("date", &i18n::date(app.lang, next.date))],
            )),
            ui.theme.title,
        )));
    }
    lines.push(Line::default());
    put_lines(frame.buffer_mut(), area, &lines);
    let h = lines.len() as u16;
    card(
        frame,
        app,
        w,
        ui,
        Rect {
            y: area.y + h,
            height: area.height.saturating_sub(h),
            ..area
        },
    );
}
