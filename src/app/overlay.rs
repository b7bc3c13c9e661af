//! Keys given to the top overlay first: help (scrolling), messages, the
//! recovery offer, and forms (field editing, saving, cancelling).

use super::form::{Form, FormKind, FormOutcome};
use super::keymap::{self, Action, Ctx};
use super::keys::Key;
use super::outcome::Seen;
use super::router::route;
use super::{
    App, Effect, Env, Overlay, control, cycles, diagnosis, home, indicators, plans, project,
    report, session, team,
};

impl App {
    pub(super) fn paste(&mut self, text: &str) {
        let refused = if let Some(Overlay::Form(form)) = self.view.overlays.last_mut() {
            form.paste(text).err()
        } else if let Some(field) = self.view.project.editing.as_mut() {
            (!field.insert(text)).then(|| field.limit())
        } else {
            None
        };
        if let Some(limit) = refused {
            let n = text.chars().count().to_string();
            let limit = limit.to_string();
            let args = [("n", n.as_str()), ("limit", limit.as_str())];
            self.warn(crate::i18n::T::PasteTooLong, &args);
        }
    }

    /// The keymap context of an overlay.
    pub fn overlay_ctx(overlay: &Overlay) -> Ctx {
        match overlay {
            Overlay::Help => Ctx::HelpView,
            Overlay::Form(_) => Ctx::Form,
            Overlay::Message { .. } => Ctx::Notice,
            Overlay::Recovery { .. } => Ctx::Recovery,
            Overlay::Overwrite(_) => Ctx::Overwrite,
            Overlay::Conflict { .. } => Ctx::Conflict,
            Overlay::StaleLock { .. } => Ctx::StaleLock,
            Overlay::CreateAsk(_) => Ctx::CreateAsk,
            Overlay::Room => Ctx::RoomPanel,
            Overlay::CloseRoomAsk => Ctx::CloseRoomAsk,
        }
    }

    pub(super) fn overlay_key(&mut self, top: Overlay, key: Key, env: &Env) -> Vec<Effect> {
        match top {
            Overlay::Form(_) => return self.form_key(key, env),
            Overlay::Room => return self.room_panel_key(key),
            _ => {}
        }
        let action = keymap::resolve(&[App::overlay_ctx(&top), Ctx::Always], key);
        // After a failed save, the second Ctrl-Q leaves even from a message.
        if action == Some(Action::Quit) && self.quit_armed {
            self.view.overlays.pop();
            return vec![Effect::Quit];
        }
        let Some(action) = action else {
            return Vec::new();
        };
        let effect = match (&top, action) {
            (Overlay::Help, Action::Cancel) => None,
            (Overlay::Help, scroll) => {
                let s = &mut self.view.help_scroll;
                match scroll {
                    Action::Down => *s = s.saturating_add(1),
                    Action::Up => *s = s.saturating_sub(1),
                    Action::PageDown => *s = s.saturating_add(10),
                    Action::PageUp => *s = s.saturating_sub(10),
                    Action::First => *s = 0,
                    _ => {}
                }
                return Vec::new();
            }
            (_, Action::Cancel | Action::No) => None,
            (Overlay::Conflict { theirs, .. }, Action::OpenTheirs) => {
                Some(Effect::Open(theirs.clone()))
            }
            (Overlay::StaleLock { .. }, Action::Yes) => Some(Effect::TakeOverLock),
            (Overlay::CreateAsk(path), Action::Yes) => Some(Effect::Create {
                path: path.clone(),
                title: path
                    .file_stem()
                    .map_or_else(String::new, |s| s.to_string_lossy().into_owned()),
                language: self.lang,
                method: crate::domain::Method::Innovation,
            }),
            (Overlay::Recovery { .. }, Action::Restore) => Some(Effect::RestoreRecovery),
            (Overlay::Recovery { .. }, Action::Discard) => Some(Effect::DiscardRecovery),
            (Overlay::CloseRoomAsk, Action::Yes) => {
                // The question and the panel under it.
                self.view
                    .overlays
                    .retain(|o| !matches!(o, Overlay::CloseRoomAsk | Overlay::Room));
                return vec![Effect::RoomClose];
            }
            (Overlay::Overwrite(_), Action::Yes) => {
                self.view.overlays.pop();
                return route!(self, env, report, |v: &mut _, s| report::write(v, s, true)).1;
            }
            // Global chords other than quitting wait until the box is closed.
            _ => return Vec::new(),
        };
        self.view.overlays.pop();
        effect.into_iter().collect()
    }

    fn form_key(&mut self, key: Key, env: &Env) -> Vec<Effect> {
        let own = matches!(
            self.view.overlays.last(),
            Some(Overlay::Form(f)) if matches!(f.kind, FormKind::OwnItem(..))
        );
        let action = if own {
            keymap::resolve(&[Ctx::OwnCard, Ctx::Form, Ctx::Always], key)
        } else {
            keymap::resolve(&[Ctx::Form, Ctx::Always], key)
        };
        // In the open-a-file prompt, Tab completes the path (the runtime
        // looks at the folder).
        if matches!(action, Some(Action::NextField))
            && matches!(
                self.view.overlays.last(),
                Some(Overlay::Form(f)) if f.kind == FormKind::OpenPath
            )
        {
            return vec![Effect::CompletePath];
        }
        // Under a form only saving, quitting and help pass through: undo would
        // change the model under the form's feet. Quitting keeps the draft.
        if let Some(a @ (Action::Save | Action::Quit | Action::Help)) = action {
            if a == Action::Quit
                && let Some(Overlay::Form(form)) = self.view.overlays.last().cloned()
            {
                let mut effects = self.save_form(&form, env);
                effects.push(Effect::Quit);
                return effects;
            }
            return self.action(a, env);
        }
        let Some(Overlay::Form(form)) = self.view.overlays.last_mut() else {
            return Vec::new();
        };
        match form.handle(action, key) {
            FormOutcome::Continue => Vec::new(),
            FormOutcome::Cancel => {
                self.view.overlays.pop();
                Vec::new()
            }
            FormOutcome::Save => {
                let form = form.clone();
                self.save_form(&form, env)
            }
        }
    }

    /// Saves a form through its screen: the form closes once what it asks
    /// for is done; a refusal keeps it open, the draft as typed.
    pub(crate) fn save_form(&mut self, form: &Form, env: &Env) -> Vec<Effect> {
        use FormKind as K;
        let (done, effects) = match form.kind {
            K::NewMember | K::EditMember(_) => {
                route!(self, env, team, |v: &mut _, s| team::form_saved(v, s, form))
            }
            K::NewItem | K::EditItem(_) => route!(self, env, diagnosis, |_: &mut _, s| {
                diagnosis::item_form_saved(s, form)
            }),
            K::OwnItem(..) => route!(self, env, diagnosis, |_: &mut _, s| {
                diagnosis::own_item_saved(s, form)
            }),
            K::NewCluster | K::EditCluster(_) => route!(self, env, diagnosis, |v: &mut _, s| {
                diagnosis::cluster_form_saved(v, s, form)
            }),
            K::NewAction(_) | K::EditAction(..) => route!(self, env, plans, |_: &mut _, s| {
                plans::action_form_saved(s, form)
            }),
            K::ActionSteps(..) => route!(self, env, plans, |_: &mut _, s| {
                plans::steps_form_saved(s, form)
            }),
            K::NewPeriod
            | K::NewGroup
            | K::NewCriterion
            | K::NewIndicator(_)
            | K::EditIndicator(_) => {
                route!(self, env, indicators, |_: &mut _, s| {
                    indicators::register_form_saved(s, form)
                })
            }
            // The file is read by the runtime; the form closes (what the
            // import found is said, or shown).
            K::OpenPath => match form.text(0).trim() {
                "" => (false, Vec::new()),
                typed => (
                    true,
                    vec![Effect::Open(crate::text::expand_home(
                        std::path::Path::new(typed),
                    ))],
                ),
            },
            K::ImportSheet => match form.text(0).trim() {
                "" => (false, Vec::new()),
                typed => (true, vec![Effect::Import(std::path::PathBuf::from(typed))]),
            },
            K::NewCycle | K::EditCycle(_) => route!(self, env, cycles, |_: &mut _, s| {
                cycles::cycle_form_saved(s, form)
            }),
            K::Pitfalls(_)
            | K::EditPhase(..)
            | K::CycleWorkshop(_)
            | K::AddSource(_)
            | K::NewDisruption(_)
            | K::OwnNote(..) => route!(self, env, cycles, |_: &mut _, s| {
                cycles::cycle_detail_saved(s, form)
            }),
            K::NewActivity | K::EditActivity(_) => route!(self, env, project, |_: &mut _, s| {
                project::activity_form_saved(s, form)
            }),
            K::NewLevel | K::EditLevel(_) => route!(self, env, project, |_: &mut _, s| {
                project::level_form_saved(s, form)
            }),
            K::NewDissemination | K::EditDissemination(_) => {
                route!(self, env, project, |_: &mut _, s| {
                    project::dissemination_form_saved(s, form)
                })
            }
            K::NewControl | K::EditControl(_) => route!(self, env, control, |_: &mut _, s| {
                control::control_form_saved(s, form)
            }),
            K::NewProcedure | K::EditProcedure(_) => {
                route!(self, env, project, |_: &mut _, s| {
                    project::procedure_form_saved(s, form)
                })
            }
            K::NewSession | K::EditSession(_) => route!(self, env, session, |v: &mut _, s| {
                session::session_form_saved(v, s, form)
            }),
            K::SessionNote(_) => route!(self, env, session, |_: &mut _, s| {
                session::note_form_saved(s, form)
            }),
            K::NewWorkshop => {
                let out = home::new_workshop_saved(&self.home, form);
                self.finish(out, |v| &mut v.home, env)
            }
        };
        if done {
            self.view.overlays.pop();
        }
        effects
    }
}
