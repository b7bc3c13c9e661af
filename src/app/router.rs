//! The router: a key goes to the top overlay, the entry grid or a field,
//! else through the keymap to an action, and the action to the focused
//! screen's `update`; what the update returns (an edit, a message, a form, a
//! focus request, effects) is carried out here, and only here.

use super::keymap::{self, Action, Ctx};
use super::keys::{self, Key};
use super::outcome::{Outcome, Seen, TimerOp};
use super::{
    App, Effect, Env, Overlay, Screen, View, control, cycles, diagnosis, home, indicators, plans,
    project, report, session, team,
};
use crate::i18n::T;

/// Runs a screen's update on its own view with what it may see, then carries
/// out the outcome; evaluates to whether it was done, and the effects.
macro_rules! route {
    ($app:ident, $env:ident, $part:ident, $update:expr) => {{
        match $app.shared.doc.as_ref() {
            None => (false, Vec::new()),
            Some(doc) => {
                let seen = Seen {
                    w: &doc.workshop,
                    lang: $app.lang,
                    today: $env.now.date(),
                    now: $env.now,
                    now_ms: $env.now_ms,
                    read_only: doc.read_only.is_some(),
                    path: doc.path.as_deref(),
                };
                let out = ($update)(&mut $app.view.$part, &seen);
                $app.finish(out, |v| &mut v.$part, $env)
            }
        }
    }};
}
pub(super) use route;

impl App {
    /// Carries out what an update asked for: commits its edit (and says so
    /// only if it holds), runs the view's follow-up, opens its overlay,
    /// applies its focus request. True when it was done.
    pub(super) fn finish<V>(
        &mut self,
        out: Outcome<V>,
        part: fn(&mut View) -> &mut V,
        env: &Env,
    ) -> (bool, Vec<Effect>) {
        let Outcome {
            edit,
            plain,
            timer,
            then,
            say,
            refused,
            overlay,
            focus,
            effects,
        } = out;
        if refused {
            self.view.status = say;
            return (false, Vec::new());
        }
        if let Some(edit) = edit {
            let held = if plain {
                self.apply_plain(edit, env)
            } else {
                self.apply(edit, env)
            };
            if !held {
                return (false, Vec::new());
            }
            self.clamp_selections();
        }
        if let Some(op) = timer {
            self.shared.timer_op(op, env.now_ms);
            if let TimerOp::Advance {
                session,
                finished: true,
                ..
            } = op
            {
                let total = self.shared.doc.as_ref().and_then(|d| {
                    let s = d.workshop.sessions.iter().find(|s| s.id == session)?;
                    Some(s.total_seconds())
                });
                let time = crate::domain::sessions::hmmss(total.unwrap_or(0));
                self.say(T::SessionDone, &[("time", &time)]);
            }
        }
        if let (Some(then), Some(doc)) = (then, &self.shared.doc) {
            then(part(&mut self.view), &doc.workshop);
        }
        if say.is_some() {
            self.view.status = say;
        }
        if let Some(o) = overlay {
            self.open_overlay(*o);
        }
        if let Some(req) = focus {
            self.apply_focus(req);
        }
        (true, effects)
    }

    /// Opens an overlay; a form is refused while the file cannot be written.
    pub(super) fn open_overlay(&mut self, overlay: Overlay) {
        let read_only = self
            .shared
            .doc
            .as_ref()
            .is_some_and(|d| d.read_only.is_some());
        if read_only && matches!(overlay, Overlay::Form(_)) {
            self.warn(T::IsReadOnly, &[]);
            return;
        }
        self.view.overlays.push(overlay);
    }

    /// The keymap's contexts for the focused screen (no overlay open), most
    /// specific first.
    pub fn screen_contexts(&self) -> Vec<Ctx> {
        let screen = self.focus_screen();
        let mut ctxs = Vec::new();
        if screen == Screen::Team && self.attendance().is_some() {
            ctxs.push(Ctx::Gathering);
        }
        if screen == Screen::Project
            && !self.in_field()
            && let Some(doc) = &self.shared.doc
            && matches!(
                self.view.project.field(&doc.workshop),
                project::Field::Object(_) | project::Field::Procedure(_)
            )
        {
            ctxs.push(Ctx::Procedures);
        }
        if screen == Screen::Project
            && !self.in_field()
            && let Some(doc) = &self.shared.doc
            && matches!(
                self.view.project.field(&doc.workshop),
                project::Field::Level | project::Field::LevelEntry(_)
            )
        {
            ctxs.push(Ctx::Levels);
        }
        if screen == Screen::Project
            && !self.in_field()
            && let Some(doc) = &self.shared.doc
            && matches!(
                self.view.project.field(&doc.workshop),
                project::Field::EverydayUse | project::Field::Dissemination(_)
            )
        {
            ctxs.push(Ctx::Dissemination);
        }
        if screen == Screen::Diagnosis
            && !self.in_field()
            && self.view.diagnosis.mode == diagnosis::Mode::Summary
        {
            ctxs.push(Ctx::Summary);
        }
        ctxs.extend(keymap::contexts(
            screen.ctx_in(self.method()),
            self.in_field(),
        ));
        ctxs
    }

    /// Keys while a card field has the keyboard: leaving the field first
    /// (commit) keeps undo about the model, not half a word.
    fn field_key(&mut self, action: Option<Action>, key: Key, env: &Env) -> Vec<Effect> {
        match action {
            Some(
                a @ (Action::Undo | Action::Redo | Action::Screen(_) | Action::Save | Action::Quit),
            ) => {
                self.commit_field(env);
                self.action(a, env)
            }
            Some(Action::Help) => self.action(Action::Help, env),
            _ => {
                route!(self, env, project, |v, s| project::field_key(
                    v, s, action, key
                ))
                .1
            }
        }
    }

    /// Writes a card field being typed into the card.
    pub(super) fn commit_field(&mut self, env: &Env) {
        route!(self, env, project, project::commit_field);
    }

    pub(super) fn key(&mut self, key: Key, env: &Env) -> Vec<Effect> {
        // Projector mode switches anywhere, even over a form.
        if keymap::resolve(&[Ctx::Always], key) == Some(Action::Projector) {
            self.view.projector = !self.view.projector;
            if self.view.projector {
                self.say(T::ProjectorOn, &[]);
            }
            return Vec::new();
        }
        if let Some(top) = self.view.overlays.last().cloned() {
            return self.overlay_key(top, key, env);
        }
        // A search takes what it needs: the query while it is typed, then
        // `n`, `N` and Esc.
        if self.view.find.is_some()
            && let Some(effects) = self.find_key(key, env)
        {
            return effects;
        }
        // In the entry grid, typing is data: it goes to the cell before the keymap
        // (screens switch with Alt-digit there); global chords still pass.
        let global = key.ctrl
            || matches!(key.code, keys::KeyCode::F(_))
            || (key.alt && !matches!(key.code, keys::KeyCode::Enter));
        if !global && self.focus_screen() == Screen::Indicators {
            let mut taken = false;
            let (_, effects) = route!(self, env, indicators, |v, s| {
                let out = indicators::typed(v, s, key);
                taken = out.is_some();
                out.unwrap_or_default()
            });
            if taken {
                return effects;
            }
        }
        let ctxs = self.screen_contexts();
        let action = keymap::resolve(&ctxs, key);
        if self.in_field() {
            return self.field_key(action, key, env);
        }
        match action {
            Some(a) => self.action(a, env),
            None => Vec::new(),
        }
    }

    pub(super) fn action(&mut self, action: Action, env: &Env) -> Vec<Effect> {
        match action {
            // The step timer's last seconds go into the file with everything else.
            Action::Quit => {
                self.flush_timer(env.now_ms);
                return vec![Effect::Quit];
            }
            Action::Save => {
                self.flush_timer(env.now_ms);
                return vec![Effect::Save];
            }
            Action::Presence => {
                let member = self.view.team.selected;
                return route!(self, env, session, |v: &mut _, s| session::presence(
                    v, member, s
                ))
                .1;
            }
            Action::RoomPanel => self.open_room_panel(),
            Action::Interrupt => self.say(T::HowToQuit, &[]),
            Action::Find => self.start_find(),
            Action::Undo => self.undo_redo(true, env),
            Action::Redo => self.undo_redo(false, env),
            Action::Timer => self.toggle_timer(env),
            Action::Help => {
                self.view.help_scroll = 0;
                self.view.overlays.push(Overlay::Help);
            }
            Action::Screen(n) => {
                if self.shared.doc.is_some()
                    && let Some((_, s)) = Screen::TABS.iter().find(|(k, _)| *k == n)
                {
                    let method = self.shared.doc.as_ref().map(|d| d.workshop.method);
                    if method.is_some_and(|m| !s.in_method(m)) {
                        self.say(T::NotInMonitoring, &[]);
                        return Vec::new();
                    }
                    self.view.overlays.retain(|o| !matches!(o, Overlay::Help));
                    if self.view.overlays.is_empty() {
                        self.view.project.editing = None;
                        self.view.screen = *s;
                        if *s == Screen::Session {
                            let doc = self.shared.doc.as_ref();
                            let req = doc
                                .and_then(|d| session::enter(&mut self.view.session, &d.workshop));
                            if let Some(req) = req {
                                self.apply_focus(req);
                            }
                        }
                    }
                }
            }
            Action::Cancel
                if self.focus_screen() == Screen::Indicators
                    && self.view.indicators.mode == indicators::Mode::Grid =>
            {
                return route!(self, env, indicators, |v, s| {
                    indicators::update(v, s, Action::ViewMode)
                })
                .1;
            }
            // Out of the step's input (or the minutes), back to the steps.
            Action::Cancel
                if self.view.screen == Screen::Session
                    && (self.view.session.focus == session::Focus::Input
                        || self.view.session.minutes) =>
            {
                self.view.session.focus = session::Focus::Steps;
                self.view.session.minutes = false;
            }
            Action::Cancel if self.view.screen != Screen::Home => {
                self.view.screen = Screen::Home;
                return vec![Effect::RefreshHome];
            }
            other => {
                return match self.focus_screen() {
                    Screen::Home => {
                        let out = home::update(&mut self.view.home, &self.home, self.lang, other);
                        self.finish(out, |v| &mut v.home, env).1
                    }
                    Screen::Session => {
                        route!(self, env, session, |v, s| session::update(v, s, other)).1
                    }
                    Screen::Report => {
                        route!(self, env, report, |v, s| report::update(v, s, other)).1
                    }
                    Screen::Project => {
                        route!(self, env, project, |v, s| project::update(v, s, other)).1
                    }
                    Screen::Team => route!(self, env, team, |v, s| team::update(v, s, other)).1,
                    Screen::Diagnosis => {
                        route!(self, env, diagnosis, |v, s| diagnosis::update(v, s, other)).1
                    }
                    Screen::Plans => route!(self, env, plans, |v, s| plans::update(v, s, other)).1,
                    Screen::Cycles if self.method() == crate::domain::Method::Monitoring => {
                        route!(self, env, control, |v, s| control::update(v, s, other)).1
                    }
                    Screen::Cycles => {
                        route!(self, env, cycles, |v, s| cycles::update(v, s, other)).1
                    }
                    Screen::Indicators => {
                        route!(self, env, indicators, |v, s| indicators::update(
                            v, s, other
                        ))
                        .1
                    }
                };
            }
        }
        Vec::new()
    }
}
