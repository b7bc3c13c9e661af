//! What the console knows of the room it serves, for its panel (F6): where
//! to connect, the code, the host key, who is in; and the panel's keys
//! (remove someone, close the room), which become effects for the room.

use super::keymap::{self, Action, Ctx};
use super::keys::Key;
use super::{App, Effect, Overlay};
use crate::i18n::T;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersonRole {
    Board,
    Participant,
    Facilitator,
}

/// Someone connected.
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    pub conn: u64,
    /// The member they picked, or their SSH user name.
    pub name: String,
    pub role: PersonRole,
    pub addr: String,
    /// The member a participant picked.
    pub member: Option<crate::domain::Id>,
}

/// The room's input closed for one step of one meeting (or, with no
/// meeting, for now): participants read, they do not add.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InputClosed {
    pub session: Option<crate::domain::Id>,
    pub step: u16,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoomPanel {
    /// Host (or "HOST" when listening on every address) and port.
    pub host: String,
    pub port: u16,
    pub code: String,
    pub fingerprint: String,
    pub people: Vec<Person>,
    /// The room no longer takes anyone (closed from the panel).
    pub closed: bool,
    /// The input closed for a step (it opens again with the next step).
    pub input_closed: Option<InputClosed>,
}

impl App {
    /// The meeting and its marked step this view is at.
    fn step_here(&self) -> InputClosed {
        let s = if self.view.screen == super::Screen::Session {
            self.session()
        } else {
            None
        };
        InputClosed {
            session: s.map(|s| s.id),
            step: s.map_or(0, |s| s.step),
        }
    }

    /// Whether the room takes no input at this view's step.
    pub fn input_closed(&self) -> bool {
        self.room
            .as_ref()
            .and_then(|r| r.input_closed)
            .is_some_and(|c| c == self.step_here())
    }

    /// A participant's `a` on the board: their own card, in the category
    /// the room is at.
    pub fn open_own_card(&mut self, member: crate::domain::Id) {
        if self.focus_screen() != super::Screen::Diagnosis {
            return;
        }
        let Some(doc) = &self.shared.doc else { return };
        let category = super::diagnosis::category(&self.view.diagnosis, &doc.workshop);
        let form = super::diagnosis::own_item_form(self.lang, member, category, None);
        self.open_overlay(Overlay::Form(form));
    }

    /// F6: the room's panel, when this console serves a room.
    pub(super) fn open_room_panel(&mut self) {
        if self.room.is_none() {
            return self.say(T::RoomNone, &[]);
        }
        self.view.room_selected = 0;
        self.view.overlays.retain(|o| !matches!(o, Overlay::Room));
        self.view.overlays.push(Overlay::Room);
    }

    /// Keys in the room panel.
    pub(super) fn room_panel_key(&mut self, key: Key) -> Vec<Effect> {
        let n = self.room.as_ref().map_or(0, |r| r.people.len());
        let sel = &mut self.view.room_selected;
        match keymap::resolve(&[Ctx::RoomPanel, Ctx::Always], key) {
            Some(Action::Up) => *sel = sel.saturating_sub(1),
            Some(Action::Down) => *sel = (*sel + 1).min(n.saturating_sub(1)),
            Some(Action::Cancel | Action::RoomPanel) => {
                self.view.overlays.pop();
            }
            Some(Action::Delete) => {
                let who = self.room.as_ref().and_then(|r| r.people.get(*sel)).cloned();
                if let Some(p) = who {
                    self.say(T::RoomRemoved, &[("name", &p.name)]);
                    return vec![Effect::RoomRemove(p.conn)];
                }
            }
            Some(Action::CloseRoom) => {
                self.view.overlays.push(Overlay::CloseRoomAsk);
            }
            Some(Action::CloseInput) => {
                let here = self.step_here();
                let closed = self.input_closed();
                if let Some(room) = self.room.as_mut() {
                    room.input_closed = if closed { None } else { Some(here) };
                }
                self.say(
                    if closed {
                        T::InputOpened
                    } else {
                        T::InputClosedNow
                    },
                    &[],
                );
            }
            Some(Action::Summon) => {
                self.say(T::SummonedAll, &[]);
                return vec![Effect::RoomSummon];
            }
            Some(Action::Quit) => return vec![Effect::Quit],
            _ => {}
        }
        Vec::new()
    }
}
