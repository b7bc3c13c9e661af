//! The mouse, beside the keys: a click on a tab switches to its screen, on
//! a row selects it (a double click opens it, as Enter), on a phase of the
//! spiral selects the cycle and the phase, on a cell of the entry grid
//! selects the cell; the wheel moves as the arrows do.

use super::keys::{self, Key, KeyCode, Mouse, MouseKind, Target};
use super::lists::List;
use super::outcome::Seen;
use super::router::route;
use super::{App, Effect, Env, Screen, indicators, session};

impl App {
    pub(super) fn wheel(&mut self, m: Mouse, env: &Env) -> Vec<Effect> {
        let code = match m.kind {
            MouseKind::ScrollUp => KeyCode::Up,
            MouseKind::ScrollDown => KeyCode::Down,
            _ => return Vec::new(),
        };
        // Typing is not interrupted by a scroll.
        if self.in_field() {
            return Vec::new();
        }
        self.view.status = None;
        self.key(Key::plain(code), env)
    }

    pub(super) fn click(&mut self, target: Target, double: bool, env: &Env) -> Vec<Effect> {
        // Over a form, a click goes to one of its fields (a tick box flips,
        // as Space does); other boxes take keys only, and what is under a
        // box is not there to click.
        if let Some(top) = self.view.overlays.last_mut() {
            if let (super::Overlay::Form(form), Target::FormField(i)) = (top, target)
                && i < form.fields.len()
            {
                form.focus = i;
                if matches!(form.fields[i].input, super::form::Input::Toggle(_)) {
                    form.handle(None, Key::ch(' '));
                }
            }
            return Vec::new();
        }
        self.view.status = None;
        // A tab switches as its number does (whatever keys.ron made of it).
        if let Target::Tab(n) = target {
            if self.in_field() {
                self.commit_field(env);
            }
            return self.action(super::keymap::Action::Screen(n), env);
        }
        // What is being typed is kept, as when the screen is switched.
        if self.in_field() {
            if self.focus_screen() == Screen::Project {
                self.commit_field(env);
            } else {
                let (kept, _) = route!(self, env, indicators, indicators::commit_typed);
                if !kept || self.view.indicators.editing.is_some() {
                    return Vec::new();
                }
            }
        }
        // A search typed but not taken with Enter stays where it led.
        if let Some(f) = self.view.find.as_mut() {
            f.typing = false;
        }
        // On screen 7 a click in the step's input works in it.
        let into_input = match target {
            Target::Row(List::Steps, _) | Target::Tab(_) | Target::FormField(_) => false,
            _ => self.view.screen == Screen::Session,
        };
        if into_input {
            self.view.session.focus = session::Focus::Input;
        } else if self.view.screen == Screen::Session {
            self.view.session.focus = session::Focus::Steps;
        }
        let taken = match target {
            Target::Tab(_) | Target::FormField(_) => false,
            Target::Row(list, i) => {
                let here = self.current_list();
                let same_screen = here == Some(list)
                    || matches!((here, list), (Some(List::Plan(_)), List::Plan(_)))
                    || matches!(
                        (here, list),
                        (
                            Some(List::Periods | List::Control),
                            List::Periods | List::Control
                        )
                    );
                if same_screen {
                    self.select_row(list, i, env);
                }
                same_screen
            }
            Target::Phase { cycle, phase } => {
                let on = self.focus_screen() == Screen::Cycles;
                if on {
                    self.view.cycles.selected = cycle;
                    self.view.cycles.phase = phase;
                    self.clamp_selections();
                }
                on
            }
            Target::Cell { row, col } => {
                let on = self.in_grid();
                if on {
                    let v = &mut self.view.indicators;
                    v.row = row;
                    v.col = col;
                }
                on
            }
        };
        if taken && double {
            return self.key(Key::plain(keys::KeyCode::Enter), env);
        }
        Vec::new()
    }
}
