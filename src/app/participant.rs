//! A participant in the room: their view follows the facilitator's marked
//! step and screen, keeps their own place in the lists, their own language
//! and their own dots; their keys do what a teacher may do (write, edit and
//! delete their own cards, place and take back their own dots, mark their
//! own actions done, add a note or a disruption at the second workshop) and
//! go through the same update path as the console's.

use super::diagnosis::{self, Reader, Row};
use super::keymap::{self, Action, Ctx};
use super::keys::Key;
use super::outcome::{Outcome, Seen};
use super::{App, Effect, Env, Overlay, Screen, Seat, View, plans, session};
use crate::domain::{ActionStatus, Author, Edit, Id, Language, PlanAction, Step, VecEdit};
use crate::i18n::{self, T};

impl App {
    /// Makes this view follow the lead's (the facilitator's): the board
    /// takes it as it is; a participant keeps their own lists' places,
    /// forms and messages, and sees the marked step's work, never the
    /// facilitator's look-ahead.
    pub fn follow(&mut self, lead: &View, seat: Seat) {
        let mine = std::mem::replace(&mut self.view, View::on(Screen::Home));
        let mut next = View {
            size: mine.size,
            projector: true,
            seat,
            ..lead.clone()
        };
        if let Seat::Participant(me) = seat {
            // The marked step's work, never the facilitator's look-ahead.
            let doc = self.shared.doc.as_ref();
            if let Some(s) = doc.and_then(|d| session::shown(&lead.session, &d.workshop)) {
                next.session.look = usize::from(s.step);
                next.session.focus = session::Focus::Input;
                next.session.minutes = false;
            }
            // Come to another step or screen: their lists start afresh.
            let moved = next.screen != mine.screen || next.session.look != mine.session.look;
            next.overlays = mine.overlays;
            next.status = mine.status;
            next.help_scroll = mine.help_scroll;
            next.diagnosis = diagnosis::DiagnosisView {
                selected: if moved { 0 } else { mine.diagnosis.selected },
                marked: Vec::new(),
                author: me.map(Author::Member),
                anonymous: lead.diagnosis.anonymous,
                mode: diagnosis::Mode::Group,
                reader: Reader::Participant(me),
            };
            // The facilitator's plan on coming to the step; then their own.
            next.plans.selected = mine.plans.selected;
            next.plans.pane = if moved {
                lead.plans.pane
            } else {
                mine.plans.pane
            };
            next.indicators = super::indicators::IndicatorsView {
                mode: lead.indicators.mode,
                only: me,
                col: if moved {
                    lead.indicators.col
                } else {
                    mine.indicators.col
                },
                ..mine.indicators
            };
            if let (Some(me), Some(d)) = (me, self.shared.doc.as_ref()) {
                // Their own class on coming to the step, and a row of theirs.
                let w = &d.workshop;
                let v = &mut next.indicators;
                let theirs = w.groups_of(me);
                if moved || !theirs.contains(&v.group) {
                    let class = w
                        .monitoring
                        .groups
                        .iter()
                        .find(|g| g.teacher == Some(me))
                        .map(|g| Some(g.id));
                    v.group = class.or(theirs.first().copied()).flatten();
                }
                let rows = super::indicators::grid_rows(w, v);
                if !rows.contains(&v.row)
                    && let Some(r) = rows.first()
                {
                    v.row = *r;
                }
            }
        }
        self.view = next;
        self.clamp_selections();
    }

    /// A participant's key (the view already following the room).
    pub fn participant_key(&mut self, me: Option<Id>, key: Key, env: &Env) -> Vec<Effect> {
        // Their own form (a card, a note): the same keys as anyone's.
        if !self.view.overlays.is_empty() {
            return self.key(key, env);
        }
        // Typing a value into the entry grid: only into their own cells
        // (the grid refuses the others).
        let grid = self.focus_screen() == Screen::Indicators
            && self.view.indicators.mode == super::indicators::Mode::Grid;
        let typing = self.view.indicators.editing.is_some()
            || key
                .typed_char()
                .is_some_and(|c| c.is_ascii_digit() || matches!(c, '-' | '.' | ','));
        if grid && me.is_some() && typing {
            if self.input_closed() && self.view.indicators.editing.is_none() {
                self.say(T::InputClosed, &[]);
                return Vec::new();
            }
            return self.key(key, env);
        }
        let Some(action) = keymap::resolve(&[Ctx::Participant], key) else {
            return Vec::new();
        };
        let screen = self.focus_screen();
        match action {
            Action::Quit => return vec![Effect::Quit],
            Action::Undo | Action::Redo => return self.action(action, env),
            Action::Language => {
                let all = Language::ALL;
                let at = all.iter().position(|l| *l == self.lang).unwrap_or(0);
                self.lang = all[(at + 1) % all.len()];
                self.say(
                    T::LanguageNow,
                    &[("language", i18n::language_name(self.lang))],
                );
                return Vec::new();
            }
            _ => {}
        }
        let Some(me) = me else { return Vec::new() };
        let adds = matches!(
            action,
            Action::Add
                | Action::Edit
                | Action::Delete
                | Action::VoteUp
                | Action::VoteDown
                | Action::Toggle
        );
        if adds && self.input_closed() {
            self.say(T::InputClosed, &[]);
            return Vec::new();
        }
        let moves = matches!(
            action,
            Action::Up
                | Action::Down
                | Action::PageUp
                | Action::PageDown
                | Action::First
                | Action::Last
        );
        let sideways = matches!(
            action,
            Action::Left | Action::Right | Action::NextField | Action::PrevField
        );
        match (screen, action) {
            // Moving about, and their own dots: the screen's own keys.
            (Screen::Diagnosis, Action::VoteUp | Action::VoteDown) => self.action(action, env),
            (Screen::Diagnosis | Screen::Plans, _) if moves || sideways => self.action(action, env),
            (Screen::Indicators, _) if grid && (moves || sideways || action == Action::Group) => {
                self.action(action, env)
            }
            (Screen::Diagnosis, Action::Add) => {
                self.open_own_card(me);
                Vec::new()
            }
            (Screen::Diagnosis, Action::Edit | Action::Delete) => self.own_card(me, action, env),
            (Screen::Plans, Action::Toggle) => self.own_action_done(me, env),
            // A monitoring's screen 5 (its control plan) is read in the room.
            (Screen::Cycles, Action::Add) if self.method() == crate::domain::Method::Innovation => {
                self.open_own_note(me)
            }
            _ => Vec::new(),
        }
    }

    /// Called to the marked step by the facilitator: the lists from the top
    /// and a line saying what to look at.
    pub fn summoned(&mut self) {
        self.view.diagnosis.selected = 0;
        self.view.plans.selected = [0, 0];
        let step = match self.session().and_then(|s| s.current()) {
            Some(step) if self.view.screen == Screen::Session => {
                i18n::step_title(self.lang, step).to_string()
            }
            _ => self.screen_title(self.view.screen).to_string(),
        };
        self.say(T::Summoned, &[("step", &step)]);
    }

    /// The card under a participant's cursor, if it is theirs.
    fn own_selected(&self, me: Id) -> Option<crate::domain::DiagnosisItem> {
        let w = &self.shared.doc.as_ref()?.workshop;
        let rows = diagnosis::rows(w, &self.view.diagnosis);
        let Some(Row::Item { id, .. }) = rows.get(self.view.diagnosis.selected).copied() else {
            return None;
        };
        w.diagnosis
            .items
            .iter()
            .find(|i| i.id == id && i.author == Author::Member(me))
            .cloned()
    }

    /// `e` or `d` on a card: only on their own.
    fn own_card(&mut self, me: Id, action: Action, env: &Env) -> Vec<Effect> {
        let Some(item) = self.own_selected(me) else {
            self.say(T::NotYourCard, &[]);
            return Vec::new();
        };
        if action == Action::Delete {
            return self.action(Action::Delete, env);
        }
        let form = diagnosis::own_item_form(self.lang, me, item.category, Some(&item));
        self.open_overlay(Overlay::Form(form));
        Vec::new()
    }

    /// Space on an action: theirs is marked done (or open again).
    fn own_action_done(&mut self, me: Id, env: &Env) -> Vec<Effect> {
        let Some(doc) = &self.shared.doc else {
            return Vec::new();
        };
        let w = &doc.workshop;
        let v = &self.view.plans;
        let kind = v.pane;
        let visible = plans::visible(w, kind, v, self.view.today);
        let Some(&k) = visible.get(v.selected[plans::pane_index(kind)]) else {
            return Vec::new();
        };
        let a = &w.plans.list(kind)[k];
        if a.who != Some(me) {
            self.say(T::NotYourAction, &[]);
            return Vec::new();
        }
        let status = if a.status == ActionStatus::Done {
            ActionStatus::InProgress
        } else {
            ActionStatus::Done
        };
        let new = PlanAction {
            status,
            ..a.clone()
        };
        let done = status == ActionStatus::Done;
        let what = a.what.clone();
        super::router::route!(self, env, plans, |_: &mut _, _| {
            let out = Outcome::edit(Edit::Action(kind, VecEdit::Replace(k, new)));
            if done {
                out.saying(T::MarkedDone, &[("what", &what)])
            } else {
                out
            }
        })
        .1
    }

    /// `a` at the second workshop: a note on the step's record, or a
    /// disruption at the disruptions' steps.
    fn open_own_note(&mut self, me: Id) -> Vec<Effect> {
        let Some(doc) = &self.shared.doc else {
            return Vec::new();
        };
        let w = &doc.workshop;
        let Some(c) = w.cycles.get(self.view.cycles.selected) else {
            return Vec::new();
        };
        let step = self.looked_step().map(|(_, s)| s);
        let form = match step {
            Some(Step::Disruptions | Step::Remedies) => super::cycles::disruption_form(c.id),
            Some(s @ (Step::DataCollected | Step::Interpretation | Step::Evaluation)) => {
                super::cycles::own_note_form(c.id, me, s)
            }
            _ => return Vec::new(),
        };
        self.open_overlay(Overlay::Form(form));
        Vec::new()
    }
}
