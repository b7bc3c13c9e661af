//! Focus requests: one screen asks that another screen's view be made ready
//! for it (a meeting's step works in the project card, the board, the plans,
//! the cycle or the entry grid); the router applies the request, and each
//! view places itself. No screen edits another screen's view.

use super::{App, Screen, diagnosis, indicators, project::Field, session};
use crate::domain::{Author, Category, Id, PlanKind, Step, Workshop};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FocusRequest {
    /// The project card, on a field.
    CardField(Field),
    /// The board, the whole group, each member in turn from the first, at a
    /// category's heading (or the top).
    Board(Option<Category>),
    /// The prevention or the curative plan.
    Plan(PlanKind),
    /// The entry grid, or the dashboard.
    Indicators(indicators::Mode),
    /// A cycle, by position.
    Cycle(usize),
}

impl diagnosis::DiagnosisView {
    /// A round of cards: the whole group shown, the first member's turn, the
    /// cursor at a category's heading.
    pub fn start_round(&mut self, w: &Workshop, at: Option<Category>) {
        self.author = w.team.first().map(|m| Author::Member(m.id));
        self.mode = diagnosis::Mode::Group;
        self.selected = at
            .and_then(|cat| {
                diagnosis::rows(w, self)
                    .iter()
                    .position(|r| *r == diagnosis::Row::Header(cat))
            })
            .unwrap_or(0);
    }
}

impl App {
    /// The screen whose keys and widget are in use: on screen 7 with the input
    /// focused, the embedded one.
    pub fn focus_screen(&self) -> Screen {
        if self.view.screen != Screen::Session
            || self.view.session.focus != session::Focus::Input
            || self.view.session.minutes
        {
            return self.view.screen;
        }
        match self.looked_step().map(|(_, s)| session::input_of(s)) {
            Some(session::Input::Screen(s)) => s,
            _ => Screen::Session,
        }
    }

    /// The members marked present, when the gathering step is on screen.
    pub fn attendance(&self) -> Option<&[Id]> {
        if self.view.screen != Screen::Session {
            return None;
        }
        let s = self.session()?;
        matches!(self.looked_step(), Some((_, Step::Gather))).then_some(s.attendees.as_slice())
    }

    /// Applies a focus request to the view it names.
    pub(super) fn apply_focus(&mut self, req: FocusRequest) {
        let Some(doc) = &self.shared.doc else { return };
        let w = &doc.workshop;
        let v = &mut self.view;
        match req {
            FocusRequest::CardField(f) => {
                v.project.selected = Field::of(w).iter().position(|x| *x == f).unwrap_or(0);
            }
            FocusRequest::Board(at) => v.diagnosis.start_round(w, at),
            FocusRequest::Plan(kind) => v.plans.pane = kind,
            FocusRequest::Indicators(mode) => {
                // The data step enters the newest period's values.
                if mode == indicators::Mode::Grid && v.indicators.mode != mode {
                    v.indicators.col = w.monitoring.periods.len().saturating_sub(1);
                }
                v.indicators.mode = mode;
            }
            FocusRequest::Cycle(i) => v.cycles.selected = i,
        }
    }
}
